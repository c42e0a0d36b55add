"""How fast the weekly summary is with ten years of history on disk.

Generates ``--years`` of realistic history (``make_history.py``, ~15 sitting spans and
~20 breaks per working day) into a temporary data folder, then measures, for this week
and for a week five years back, and the first week after it that spans two month files:

* ``deadbutt-tray summary --week W``: wall time of the whole command as a subprocess
  (interpreter start, imports, reading the month files, output); median of ``--runs``;
* the summary window: construct + show + first complete frame (``grab()`` paints every
  chart), in this process on Qt's offscreen platform, each time with a fresh
  ``HistoryStore`` (nothing cached: the cost of a week not opened before), median of
  ``--runs`` after a first, cold open that also pays for importing the window's modules.

    .venv/bin/python benchmarks/summary_speed.py [--years 10] [--runs 7] [--json FILE]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent))

from make_history import generate, on_vacation  # beside this file (benchmarks/ is not a package)

from deadbutt_tray.core.rules.summary import IsoWeek


def command_times(data_dir: Path, week: IsoWeek, runs: int) -> list[float]:
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    args = [sys.executable, "-m", "deadbutt_tray", "--data-dir", str(data_dir)]
    times = []
    for _ in range(runs):
        began = time.perf_counter()
        done = subprocess.run(
            [*args, "summary", "--week", str(week)], capture_output=True, env=env, check=True
        )
        times.append(time.perf_counter() - began)
        assert done.stdout.startswith(b"Week "), done.stdout[:200]
    return times


def window_times(data_dir: Path, weeks: list[IsoWeek], runs: int) -> dict[str, object]:
    from PySide6.QtWidgets import QApplication

    from deadbutt_tray.core.rules.summary import week_loader
    from deadbutt_tray.core.storage.history import HistoryStore

    app = QApplication.instance() or QApplication([])

    def open_once(week: IsoWeek) -> float:
        began = time.perf_counter()
        from deadbutt_tray.ui.summary_window import SummaryWindow

        store = HistoryStore(
            data_dir / "history", device="bench-host-000000"
        )  # cold: every month file parsed anew
        load = week_loader(store, None, 1800.0, level=1)
        window = SummaryWindow(load, date.today, week=week)
        window.show()
        app.processEvents()
        window.grab()
        took = time.perf_counter() - began
        assert window.summary is not None and window.summary.has_data, week
        window.close()
        window.deleteLater()
        app.processEvents()
        return took

    result: dict[str, object] = {"first_open_ms": open_once(weeks[0]) * 1000}
    for week in weeks:
        times = [open_once(week) for _ in range(runs)]
        result[str(week)] = {
            "median_ms": statistics.median(times) * 1000,
            "max_ms": max(times) * 1000,
        }
    return result


def working_week(week: IsoWeek, *, across_months: bool = False) -> IsoWeek:
    """``week`` or the first week after it with no working day on vacation (and, if
    ``across_months``, whose days fall in two months)."""

    def fits(candidate: IsoWeek) -> bool:
        days = candidate.days()
        if any(on_vacation(day) for day in days[:5]):
            return False
        return not across_months or days[0].month != days[-1].month

    while not fits(week):
        week = week.shifted(1)
    return week


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--years", type=float, default=10.0)
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--json", type=Path)
    args = parser.parse_args()

    now = datetime.now(UTC)
    today = date.today()
    # This week, or the last one with history if today is the first working day of the
    # week or the generated person is on vacation (a week with no records has nothing to draw).
    worked = today - timedelta(days=1)
    while worked.weekday() >= 5 or on_vacation(worked):
        worked -= timedelta(days=1)
    this_week = IsoWeek.containing(worked)
    # A week five years back, and the first week after it spread over two month files
    # (the worst case: it and the week before it read two files). Either may fall in the
    # generated person's vacation (no records, so no summary to draw): the next week
    # with working days at work is taken then, by the generator's own rule.
    old_week = working_week(IsoWeek.containing(today - timedelta(days=5 * 365)))
    edge_week = working_week(old_week.shifted(1), across_months=True)
    with tempfile.TemporaryDirectory(prefix="deadbutt-summary-") as folder:
        data_dir = Path(folder)
        began = time.perf_counter()
        counts = generate(data_dir, args.years, now)
        made = time.perf_counter() - began
        history_line = (
            f"{args.years:g} years: {counts['months']} month files, {counts['records']} "
            f"records, {counts['bytes'] / 1024 / 1024:.1f} MB (generated in {made:.1f} s)"
        )
        print(history_line)
        weeks = [this_week, old_week, edge_week]
        command = {str(w): command_times(data_dir, w, args.runs) for w in weeks}
        window = window_times(data_dir, weeks, args.runs)

    print()
    print(f"{'measure (ms)':<44}{'median':>8}{'max':>8}")
    for week in weeks:
        times = command[str(week)]
        label = f"`summary --week {week}` (subprocess)"
        print(f"{label:<44}{statistics.median(times) * 1000:>8.0f}{max(times) * 1000:>8.0f}")
    for week in weeks:
        figures = window[str(week)]
        assert isinstance(figures, dict)
        label = f"window {week}: construct → first frame"
        print(f"{label:<44}{figures['median_ms']:>8.0f}{figures['max_ms']:>8.0f}")
    print(f"{'window, first open in the process':<44}{window['first_open_ms']:>8.0f}")
    result = {
        "history": counts,
        "weeks": {
            "now": str(this_week),
            "five_years_back": str(old_week),
            "across_two_months": str(edge_week),
        },
        "command_ms": {
            w: {"median": statistics.median(t) * 1000, "max": max(t) * 1000}
            for w, t in command.items()
        },
        "window_ms": window,
        "runs": args.runs,
    }
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps(result, indent=2) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
