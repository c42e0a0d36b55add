"""Reading TOML that a person (or a crash, or a disk) may have mangled.

One parser for every file the app reads (settings, history, state, exercises), so each
of them survives the same bad input the same way: whatever the bytes, the answer is a
document or a ``TomlReadError`` with the reason in plain words, never a crash.
"""

from __future__ import annotations

import errno
import os
import stat
import tomllib
from pathlib import Path
from typing import Any


class TomlReadError(ValueError):
    """The bytes are not a TOML document; ``str(error)`` says why, e.g. "not UTF-8 text"."""


def parse_toml(raw: bytes) -> dict[str, Any]:
    """The TOML document in ``raw``.

    A UTF-8 byte-order mark (left by some Windows editors) is accepted. ``tomllib``
    raises a plain ``ValueError`` for integers too long to convert and ``RecursionError``
    for absurd nesting; both become ``TomlReadError`` like any other damage.
    """
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise TomlReadError(f"not UTF-8 text (bad byte at offset {exc.start})") from None
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        reason = str(exc)
    except ValueError:
        reason = "a number is too long"
    except RecursionError:
        reason = "nested too deeply"
    raise TomlReadError(f"not valid TOML ({reason})")


def read_head(path: Path, max_bytes: int) -> bytes:
    """At most ``max_bytes + 1`` bytes of a regular file (so "too large" is visible).

    Opened without blocking and checked before reading: a named pipe, a device or a
    folder in place of a data file raises ``OSError`` instead of hanging the app.
    """
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            raise OSError(errno.EINVAL, "not a regular file", str(path))
        with os.fdopen(fd, "rb", closefd=False) as handle:
            return handle.read(max_bytes + 1)
    finally:
        os.close(fd)
