"""History cost as it grows: one append, and one week's summary, with 1, 5 and 10 years on disk.

Generates 10 years of realistic history once (``make_history.generate``: ~15 sitting
spans and ~20 breaks per working day, ~200 KB per month file) and copies its last 1 and
5 years into folders of their own, so all three share the very same current month. Then,
for each folder, in this process (no Qt):

* append: ``HistoryStore.append`` of one break record to the current month. The first
  append of a fresh store parses that month's file (as after the app starts); the app's
  store then keeps it cached, so the figure that matters is the median of the later
  ones: each rewrites the month file atomically (temp file, fsync, rename, fsync of the
  folder);
* summary: ``week_loader`` (``deadbutt_tray.core.rules.summary``) computing this week's
  summary, each time with a fresh ``HistoryStore`` (nothing cached in the app; the month
  files are in the OS page cache, having just been written), median of ``--runs``; with
  the number of month files it had to parse.

Flat means: the same figures whatever the number of years before this month.

    .venv/bin/python benchmarks/history_scaling.py [--appends 50] [--runs 9] [--json FILE]
"""

from __future__ import annotations

import argparse
import json
import shutil
import statistics
import sys
import tempfile
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from make_history import generate  # beside this file (benchmarks/ is not a package)

from deadbutt_tray.core.model.records import BreakRecord, Outcome
from deadbutt_tray.core.rules.summary import IsoWeek, week_loader
from deadbutt_tray.core.storage.history import HistoryStore

YEARS = (1, 5, 10)


def make_folders(root: Path, years: tuple[int, ...] = YEARS) -> dict[int, Path]:
    """``root/<N>y`` holding the last N years of one generated history, for each N."""
    longest = max(years)
    now = datetime.now(UTC)
    full = root / f"{longest}y"
    generate(full, longest, now)
    folders = {longest: full}
    for count in years:
        if count == longest:
            continue
        first = (now - timedelta(days=round(count * 365.25))).strftime("%Y-%m")
        history = root / f"{count}y" / "history"
        history.mkdir(parents=True)
        for path in sorted((full / "history").glob("*.toml")):
            if path.stem >= first:
                shutil.copy2(path, history / path.name)
        folders[count] = root / f"{count}y"
    return dict(sorted(folders.items()))


def folder_size(data_dir: Path) -> dict[str, float]:
    files = list((data_dir / "history").glob("*.toml"))
    return {"month_files": len(files), "mb": sum(f.stat().st_size for f in files) / 1e6}


def append_times(data_dir: Path, appends: int) -> dict[str, float]:
    store = HistoryStore(data_dir / "history", device="bench-host-000000")
    now = datetime.now().astimezone().replace(microsecond=0)
    times = []
    for _ in range(appends):
        record = BreakRecord(now, Outcome.SKIPPED, 1800)
        began = time.perf_counter()
        saved = store.append(record)
        times.append(time.perf_counter() - began)
        assert saved, store.last_error
    later = times[1:]
    return {
        "first_ms": times[0] * 1000,
        "median_ms": statistics.median(later) * 1000,
        "max_ms": max(later) * 1000,
        "appends": appends,
    }


def summary_times(data_dir: Path, runs: int, week: IsoWeek) -> dict[str, float]:
    times, parsed = [], 0
    for _ in range(runs):
        store = HistoryStore(
            data_dir / "history", device="bench-host-000000"
        )  # cold: every month file parsed anew
        load = week_loader(store, None, 1800.0, level=1)
        began = time.perf_counter()
        summary = load(week)
        times.append(time.perf_counter() - began)
        assert summary.has_data, week
        parsed = len(store._cache)  # month files it had to read
    return {
        "median_ms": statistics.median(times) * 1000,
        "max_ms": max(times) * 1000,
        "month_files_parsed": parsed,
        "runs": runs,
    }


def measure(appends: int = 50, runs: int = 9, years: tuple[int, ...] = YEARS) -> dict:
    week = IsoWeek.containing(date.today())
    result: dict = {"week": str(week), "years": {}}
    with tempfile.TemporaryDirectory(prefix="bench-history-") as folder:
        began = time.perf_counter()
        folders = make_folders(Path(folder), years)
        result["generated_s"] = time.perf_counter() - began
        for count, data_dir in folders.items():
            # Summary first: the appends add records to this week.
            result["years"][str(count)] = {
                **folder_size(data_dir),
                "summary": summary_times(data_dir, runs, week),
                "append": append_times(data_dir, appends),
            }
    return result


def print_result(result: dict) -> None:
    print(f"history on disk; this week {result['week']}")
    print(
        f"{'years':>5}{'files':>7}{'MB':>7}  {'append first':>13}{'append median':>15}"
        f"{'max':>7}  {'week summary':>13}{'max':>7}{'files read':>11}"
    )
    for count, row in result["years"].items():
        append, summary = row["append"], row["summary"]
        print(
            f"{count:>5}{row['month_files']:>7}{row['mb']:>7.1f}  "
            f"{append['first_ms']:>10.1f} ms{append['median_ms']:>12.1f} ms"
            f"{append['max_ms']:>7.1f}  {summary['median_ms']:>10.1f} ms{summary['max_ms']:>7.1f}"
            f"{summary['month_files_parsed']:>11}"
        )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--appends", type=int, default=50)
    parser.add_argument("--runs", type=int, default=9)
    parser.add_argument("--json", type=Path)
    args = parser.parse_args()
    result = measure(args.appends, args.runs)
    print_result(result)
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps(result, indent=2) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
