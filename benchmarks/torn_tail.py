"""What the torn-tail check and repair cost on a busy month file (2,000 records by default).

Builds a month file of this device as appends write it (sitting spans and breaks,
alternating, each one ``[[table]]`` after a blank line), then times, median of ``--runs``:

* ``check, whole file``: the writer's check before an append to a file it did not write
  last (a fresh store: the app's first append after a start, or another process's): one
  byte read (the file ends in a newline), nothing parsed;
* ``torn_tail_start``: finding where a torn tail begins in the file's bytes;
* ``read, whole`` / ``read, torn``: a fresh store reading the month (what the app does at
  start and the summary on open) on the whole file and on the same file with a torn last
  record;
* ``cut, fresh store``: the writer's repair with nothing cached: read the file, parse the
  head once, truncate, fsync;
* ``cut, after a read``: the repair right after a reader parsed the file (the app's case:
  it reads the month at start): read, truncate, fsync; no parse;
* ``first append, whole`` / ``first append, torn``: a fresh store's first append (the
  app's first save after a start without a read, or the kill test's writer): the whole
  file's check, parsed once either way; on the torn file that includes the cut;
* ``append``: one later append (write + fsync) to the cached month, for scale.

    .venv/bin/python benchmarks/torn_tail.py [--records 2000] [--runs 15] [--json FILE]
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import datetime, timedelta, timezone
from pathlib import Path

from deadbutt_tray.core.model.records import BreakRecord, EndedBy, Outcome, Record, SittingSpan
from deadbutt_tray.core.storage.history import HistoryStore, dump_document
from deadbutt_tray.core.storage.torn_tail import torn_tail_start

DEVICE = "bench-host-0a1b2c"
CET = timezone(timedelta(hours=1))
START = datetime(2026, 11, 1, 8, tzinfo=CET)


def records(count: int) -> list[Record]:
    found: list[Record] = []
    for n in range(count):
        at = START + timedelta(minutes=20 * n)
        if n % 2:
            found.append(
                BreakRecord(
                    at,
                    Outcome.COMPLETED,
                    1800 + n % 900,
                    "desk-micro-1a",
                    124,
                    ("standing-glute-squeeze", "standing-hip-flexor-stretch"),
                    kind="desk-micro",
                )
            )
        else:
            found.append(SittingSpan(at - timedelta(minutes=19), at, EndedBy.AWAY))
    return found


def month_text(count: int) -> bytes:
    text = "schema = 1\n" + "".join(
        "\n" + dump_document({r.TABLE: [r.to_toml()]}) for r in records(count)
    )
    return text.encode()


def median_ms(runs: int, setup: Callable[[], object], measure: Callable[[object], object]) -> float:
    times: list[float] = []
    for _ in range(runs):
        state = setup()
        started = time.perf_counter()
        measure(state)
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times)


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--records", type=int, default=2000)
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--json", type=Path)
    args = parser.parse_args(argv)
    logging.getLogger("deadbutt_tray").setLevel(logging.ERROR)  # each cut logs a warning
    whole = month_text(args.records)
    torn = whole + b'\n[[break]]\nat = 2026-11-30T18:00:00+01:00\noutcome = "compl'
    results: dict[str, float] = {}
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        path = folder / f"2026-11.{DEVICE}.toml"

        def fresh(data: bytes) -> Callable[[], HistoryStore]:
            def setup() -> HistoryStore:
                path.write_bytes(data)
                return HistoryStore(folder, device=DEVICE)

            return setup

        def check(store: object) -> None:
            assert isinstance(store, HistoryStore)
            fd = os.open(path, os.O_RDWR | os.O_APPEND)
            try:
                store._cut_torn_tail(path, fd, os.fstat(fd))
            finally:
                os.close(fd)

        def read(store: object) -> None:
            assert isinstance(store, HistoryStore)
            store.verify(START)

        def read_first(data: bytes) -> Callable[[], HistoryStore]:
            def setup() -> HistoryStore:
                store = fresh(data)()
                store.verify(START)
                return store

            return setup

        results["check, whole file"] = median_ms(args.runs, fresh(whole), check)
        results["torn_tail_start"] = median_ms(
            args.runs,
            lambda: torn,
            lambda data: torn_tail_start(data),  # type: ignore[arg-type]
        )
        results["read, whole"] = median_ms(args.runs, fresh(whole), read)
        results["read, torn"] = median_ms(args.runs, fresh(torn), read)
        results["cut, fresh store"] = median_ms(args.runs, fresh(torn), check)
        assert path.read_bytes() == whole + b"\n"  # the blank line before the torn table
        results["cut, after a read"] = median_ms(args.runs, read_first(torn), check)
        assert path.read_bytes() == whole + b"\n"  # the blank line before the torn table
        extra = iter(records(args.records + 3 * args.runs + 1)[args.records :])

        def append(store: object) -> None:
            assert isinstance(store, HistoryStore)
            store.append(next(extra))

        results["first append, whole"] = median_ms(args.runs, fresh(whole), append)
        results["first append, torn"] = median_ms(args.runs, fresh(torn), append)
        store = fresh(whole)()
        store.append(next(extra))
        results["append"] = median_ms(args.runs, lambda: store, append)
        size_kb = len(whole) / 1024
    print(f"month file: {args.records} records, {size_kb:.0f} KiB; median of {args.runs} runs")
    for label, ms in results.items():
        print(f"  {label:<20} {ms:8.3f} ms")
    if args.json:
        figures = {"records": args.records, "kib": round(size_kb), "runs": args.runs, "ms": results}
        args.json.write_text(json.dumps(figures, indent=2) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
