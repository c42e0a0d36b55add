"""Where an appended history file's torn last record begins, judged by its bytes alone.

Each append writes whole ``[[table]]`` blocks that end with a newline, then ``fsync``-s.
An append cut short (``kill -9`` while the kernel copies a write that crosses a page,
a power cut before the data reached the disk) can leave part of its text at the end of
the file, and on ext4 after a power cut, zero bytes instead of text. Neither was ever
reported saved. So the end of a file is torn when:

* it ends in NUL bytes (no TOML text holds a NUL), which are torn tail; or
* its last line has no newline: the writer never leaves a line unfinished, and a line
  cut short can still parse, only with the wrong value (``rating = 1`` of ``rating = 10``),
  so the whole last table goes, from the line where its ``[[name]]`` header starts. What
  follows that line must be what an append cut short can leave: the header whole, or the
  one unfinished line being the start of it (``[[bre``).

A file that ends in a newline is never torn here, whatever its last record looks like:
damage there (a hand edit, say) is reported as damage, as anywhere else. This is only
where a torn tail would begin; the caller keeps the file's head only if that parses.
"""

from __future__ import annotations

import re

__all__ = ["torn_tail_start"]

# An array-of-tables header line, as appended; and what is left of one cut short.
_HEADER = re.compile(rb"\[\[[^\[\]\r\n]+\]\]\r?")
_HEADER_START = re.compile(rb"\[(?:\[[^\[\]\r\n]*(?:\]\]?)?)?")


def torn_tail_start(data: bytes) -> int | None:
    """The offset where ``data``'s torn tail begins, or None if its end is whole.

    None as well when the last line is unfinished but what comes before it is not an
    appended table's beginning (no header line, or a line an append never writes): then
    the whole file is judged as it is, and damage is damage.
    """
    body = data.rstrip(b"\0")
    if not body or body.endswith(b"\n"):
        return None if len(body) == len(data) else len(body)
    start = body.rfind(b"\n[") + 1
    if start == 0:
        return None
    first, newline, _rest = body[start:].partition(b"\n")
    header = _HEADER if newline else _HEADER_START
    return start if header.fullmatch(first) else None  # ``[[break]`` by hand: damage
