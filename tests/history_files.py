"""Reading a month file back in tests the way the format promises, torn tail and all.

Every append ends in a newline, so zero bytes at the end of a device's file, and a last
line with no newline together with the table it belongs to, are what an append cut short
(``kill -9``, a power cut) left: no record there was reported saved. This is the tests'
own statement of that rule, kept apart from the app's (``core/storage/torn_tail.py``).
"""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Any

from deadbutt_tray.core.storage.history import HistoryFile


def whole_records(data: bytes) -> bytes:
    """``data`` without its torn tail (all of it when its end is whole)."""
    body = data.rstrip(b"\0")
    if body.endswith(b"\n") or not body:
        return body
    return body[: body.rindex(b"\n[[") + 1]


def load_whole(path: Path) -> tuple[dict[str, Any], bool]:
    """A month file's whole records, parsed, and whether a torn tail was left out.

    Only a device's file is appended to; an older release's ``YYYY-MM.toml`` is parsed
    as it is. Raises ``tomllib.TOMLDecodeError`` / ``UnicodeDecodeError`` for damage.
    """
    data = path.read_bytes()
    named = HistoryFile.parse(path.name)
    whole = whole_records(data) if named is not None and named.device else data
    return tomllib.loads(whole.decode("utf-8")), whole != data
