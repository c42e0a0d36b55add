"""Reading TOML that a person (or a crash, or a disk) may have mangled.

One parser for every file the app reads (settings, history, state, exercises), so each
of them survives the same bad input the same way: whatever the bytes, the answer is a
document or a ``TomlReadError`` with the reason in plain words, never a crash.
"""

from __future__ import annotations

import errno
import os
import re
import stat
import tomllib
from pathlib import Path
from typing import Any

from deadbutt_tray.core.translatable import Words, words

# tomllib's own words end with where: "Invalid value (at line 2, column 5)".
_WHERE = re.compile(r"^(?P<detail>.*) \(at line (?P<line>\d+), column (?P<column>\d+)\)$", re.S)


class TomlReadError(ValueError):
    """The bytes are not a TOML document; ``str(error)`` says why in English, e.g. "not
    UTF-8 text"; ``words`` the same as ``Words``, to say in the user's language."""

    def __init__(self, reason: Words) -> None:
        super().__init__(str(reason))
        self.words = reason


def _toml_error(exc: tomllib.TOMLDecodeError) -> Words:
    """tomllib's reason with its line and column as places (its detail stays English:
    Python's own words)."""
    match = _WHERE.match(str(exc))
    if match is None:
        return words("not valid TOML ({detail})", detail=str(exc))
    return words(
        "not valid TOML ({detail}, line {line}, column {column})",
        detail=match["detail"],
        line=int(match["line"]),
        column=int(match["column"]),
    )


def parse_toml(raw: bytes) -> dict[str, Any]:
    """The TOML document in ``raw``.

    A UTF-8 byte-order mark (left by some Windows editors) is accepted. ``tomllib``
    raises a plain ``ValueError`` for integers too long to convert and ``RecursionError``
    for absurd nesting; both become ``TomlReadError`` like any other damage.
    """
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise TomlReadError(
            words("not UTF-8 text (bad byte at offset {offset})", offset=exc.start)
        ) from None
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        reason = _toml_error(exc)
    except ValueError:
        reason = words("not valid TOML (a number is too long)")
    except RecursionError:
        reason = words("not valid TOML (nested too deeply)")
    raise TomlReadError(reason)


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
