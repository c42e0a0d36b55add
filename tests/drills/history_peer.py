"""Helper process for the sharing drills: one copy of the app's history writer.

Usage: ``python history_peer.py FOLDER DEVICE FIRST SECONDS [MAX_FILE_BYTES]``

Appends break records to ``FOLDER`` through ``HistoryStore`` (the code the app saves
with) as device ``DEVICE`` for ``SECONDS``, as fast as the store allows. Record ``n``
has ``sat_for_s = n`` (FIRST, FIRST + 1, ...), so every record is known by its number;
its time is spread over three months (several files, several shards with a small
``MAX_FILE_BYTES``). At the end it retries whatever is held in memory until all is
saved, and prints one JSON line: ``{"first": F, "count": N, "pending": P, "seconds": S}``:
records F..F+N-1 were all reported saved (P still held, which is a failure).

On a release without devices (``HistoryStore(folder)`` only) it writes the way that
release does, so the drill can measure what was lost there.
"""

from __future__ import annotations

import json
import sys
import time
from datetime import datetime, timedelta, timezone
from pathlib import Path

from deadbutt_tray.core.model.records import BreakRecord, Outcome
from deadbutt_tray.core.storage.history import HistoryStore

MONTHS = ((2026, 9), (2026, 10), (2026, 11))
PAUSE_S = 0.0005  # a breath between appends, so peers interleave on a shared CPU


def record_for(number: int) -> BreakRecord:
    year, month = MONTHS[number % len(MONTHS)]
    offset = timezone(timedelta(hours=number % 3 - 1))
    at = datetime(year, month, 2 + number % 26, 8, tzinfo=offset)
    at += timedelta(seconds=number % 36_000)
    return BreakRecord(at, Outcome.SKIPPED, number)


def open_store(folder: Path, device: str, max_bytes: int | None) -> HistoryStore:
    extra = {} if max_bytes is None else {"max_file_bytes": max_bytes}
    try:
        return HistoryStore(folder, device=device, **extra)  # type: ignore[arg-type]
    except TypeError:  # a release without devices
        return HistoryStore(folder, **extra)  # type: ignore[arg-type]


def main(argv: list[str]) -> int:
    folder, device, first, seconds = Path(argv[1]), argv[2], int(argv[3]), float(argv[4])
    max_bytes = int(argv[5]) if len(argv) > 5 else None
    store = open_store(folder, device, max_bytes)
    began = time.monotonic()
    number = first
    while time.monotonic() - began < seconds:
        store.append(record_for(number))
        number += 1
        time.sleep(PAUSE_S)
    deadline = time.monotonic() + 30
    while not store.flush() and time.monotonic() < deadline:
        time.sleep(0.1)
    report = {
        "first": first,
        "count": number - first,
        "pending": store.pending,
        "seconds": round(time.monotonic() - began, 1),
    }
    print(json.dumps(report), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
