"""Helper process for ``test_history_kill.py``: appends history records until killed.

Usage: ``python history_writer.py FOLDER FIRST_NUMBER [--torn]``

Prints ``ready`` once the store exists, then ``saved N`` (flushed) each time a record
numbered N was reported durably saved. Records rotate over four months so several files
are written, and every fifth step saves two records in two months with one call.

``--torn`` swaps the append for a naive rewrite that stops halfway (after a few real
saves) and prints ``torn``: the parent kills it there, proving its checks catch damage.
"""

from __future__ import annotations

import os
import sys
import time
from datetime import datetime, timedelta, timezone
from pathlib import Path

from deadbutt_tray.core.model.records import BreakRecord, Outcome
from deadbutt_tray.core.storage import history
from deadbutt_tray.core.storage.history import HistoryStore
from tests.fakes import TEST_DEVICE

MONTHS = ((2026, 9), (2026, 10), (2026, 11), (2026, 12))
ROUTINE = "kill-test"
TORN_AFTER = 8  # real saves before the torn one, so a torn file loses saved records


def record_for(number: int) -> BreakRecord:
    """Record ``number``: its month rotates, its ``sat_for_s`` is the number itself."""
    year, month = MONTHS[number % len(MONTHS)]
    offset = timezone(timedelta(hours=number % 5 - 2))
    at = datetime(year, month, 1 + number % 28, 12, tzinfo=offset) + timedelta(
        seconds=number % 3600
    )
    return BreakRecord(at, Outcome.COMPLETED, number, ROUTINE, 60, ("standing-glute-squeeze",))


def _install_torn_writer() -> None:
    real = history._write_all
    writes = 0

    def torn(fd: int, data: bytes) -> None:
        nonlocal writes
        writes += 1
        if writes <= TORN_AFTER:
            real(fd, data)
            return
        os.ftruncate(fd, 0)  # the unsafe way: truncate, then write
        os.write(fd, data[: len(data) // 2])
        print("torn", flush=True)
        time.sleep(60)

    history._write_all = torn


def main(argv: list[str]) -> int:
    """Append forever; the parent ends this process with SIGKILL."""
    folder, number = Path(argv[1]), int(argv[2])
    if "--torn" in argv:
        _install_torn_writer()
    store = HistoryStore(folder, device=TEST_DEVICE)
    print("ready", flush=True)
    while True:
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


if __name__ == "__main__":
    sys.exit(main(sys.argv))
