"""Helper process for ``test_history_kill.py``: appends history records until killed.

Usage: ``python history_writer.py FOLDER FIRST_NUMBER [--torn | --tear WHERE] [--stop-after N]``

Prints ``ready`` once the store exists, then ``saved N`` (flushed) each time a record
numbered N was reported durably saved. Records rotate over four months so several files
are written, and every fifth step saves two records in two months with one call.

``--torn`` swaps the append for a naive rewrite that stops halfway (after a few real
saves) and prints ``torn``: the parent kills it there, proving its checks catch damage.

``--tear WHERE`` replays what ``kill -9`` inside an append leaves, without its timing:
after a few real saves one append writes only part of its text (or zeros) and the
process SIGKILLs itself at once. WHERE is one of ``TEARS``: ``page`` stops where the
kernel stops a write cut by a fatal signal (at a page boundary: the CI failure of seed
603881762), the others at a chosen place in the record's text.

``--stop-after N`` exits (status 0) after N records instead of running until killed.
"""

from __future__ import annotations

import os
import signal
import sys
import time
from collections.abc import Callable
from datetime import datetime, timedelta, timezone
from pathlib import Path

from deadbutt_tray.core.model.records import BreakRecord, Outcome
from deadbutt_tray.core.storage import history
from deadbutt_tray.core.storage.history import HistoryStore
from tests.fakes import TEST_DEVICE

MONTHS = ((2026, 9), (2026, 10), (2026, 11), (2026, 12))
ROUTINE = "kill-test"
TORN_AFTER = 8  # real saves before the torn one, so a torn file loses saved records
PAGE = 4096
# Where a torn append stops, as a function of its bytes (None: this one is not torn).
TEARS = {
    "header": lambda data: data.index(b"[[") + len(b"[[bre"),
    "key": lambda data: data.index(b"\nsat_for_s") + len(b"\nsat_"),
    "value": lambda data: data.index(b'routine = "') + len(b'routine = "kill'),
    "number": lambda data: data.index(b"sat_for_s = ") + len(b"sat_for_s = 1"),
    "newline": lambda data: len(data) - 1,
}


def record_for(number: int) -> BreakRecord:
    """Record ``number``: its month rotates, its ``sat_for_s`` is the number itself."""
    year, month = MONTHS[number % len(MONTHS)]
    offset = timezone(timedelta(hours=number % 5 - 2))
    at = datetime(year, month, 1 + number % 28, 12, tzinfo=offset) + timedelta(
        seconds=number % 3600
    )
    return BreakRecord(at, Outcome.COMPLETED, number, ROUTINE, 60, ("standing-glute-squeeze",))


# History's one low-level write: ``(fd, data)``.
Write = Callable[[int, bytes], None]
# What a damaging write does instead: ``(real_write, fd, data, writes_so_far)``.
Damage = Callable[[Write, int, bytes, int], None]


def _damage_after_real_saves(damage: Damage) -> None:
    """The first ``TORN_AFTER`` writes are real; every later one goes to ``damage``."""
    real = history._write_all
    writes = 0

    def write(fd: int, data: bytes) -> None:
        nonlocal writes
        writes += 1
        if writes <= TORN_AFTER:
            real(fd, data)
        else:
            damage(real, fd, data, writes)

    history._write_all = write


def _torn(real: Write, fd: int, data: bytes, writes: int) -> None:
    os.ftruncate(fd, 0)  # the unsafe way: truncate, then write
    os.write(fd, data[: len(data) // 2])
    print("torn", flush=True)
    time.sleep(60)


def _tear(where: str) -> Damage:
    def tear(real: Write, fd: int, data: bytes, writes: int) -> None:
        if where == "zeros":  # the file grew, its new block never reached the disk
            real(fd, b"\0" * len(data))
        elif where == "page":
            size = os.fstat(fd).st_size
            stop = PAGE - size % PAGE
            if stop >= len(data):  # this write stays within one page: the kernel copies it whole
                real(fd, data)
                return
            real(fd, data[:stop])
        else:
            real(fd, data[: TEARS[where](data)])
        print(f"tearing after {writes - 1} writes", flush=True)
        os.kill(os.getpid(), signal.SIGKILL)

    return tear


def main(argv: list[str]) -> int:
    """Append until killed (by the parent's SIGKILL, or a tear's own), or N records."""
    folder, number = Path(argv[1]), int(argv[2])
    if "--torn" in argv:
        _damage_after_real_saves(_torn)
    if "--tear" in argv:
        _damage_after_real_saves(_tear(argv[argv.index("--tear") + 1]))
    last = int(argv[argv.index("--stop-after") + 1]) + number if "--stop-after" in argv else None
    store = HistoryStore(folder, device=TEST_DEVICE)
    print("ready", flush=True)
    while last is None or number < last:
        if number % 5 == 0:
            batch = [number, number + 1]  # two months in one call
            ok = store.append_many(record_for(n) for n in batch)
        else:
            batch = [number]
            ok = store.append(record_for(number))
        if ok:
            for n in batch:
                print(f"saved {n}", flush=True)
        else:
            print(f"failed {batch}: {store.last_error}", flush=True)
        number += len(batch)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
