"""Reading TOML that a person (or a crash, or a disk) may have mangled.

One parser for every file the app reads (settings, history, state, exercises), so each
of them survives the same bad input the same way: whatever the bytes, the answer is a
document or a ``TomlReadError`` with the reason in plain words, never a crash.
"""

from __future__ import annotations

import tomllib
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
