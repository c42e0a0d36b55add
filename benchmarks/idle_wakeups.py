"""Idle wake-ups of ours alone, per thread: what ``./dev bench`` counts, in ~1.5 minutes.

The app as ``run_all.py`` starts it (``whole_process``: a private Xvfb with trayer, its own
``dbus-run-session``, a fresh HOME), ``--settle`` seconds to settle, then the voluntary and
involuntary context switches of every thread over ``--seconds`` of nobody touching
anything, read from ``/proc/PID/task/*/status`` every 5 s (threads that end in the window
still count). ``--no-tray`` runs it without trayer (the tray host watcher's quick pace).

    .venv/bin/python benchmarks/idle_wakeups.py [--seconds 60] [--settle 20] [--runs 1]
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from whole_process import OURS, Desktop, Running, Tracker  # beside this file

SAMPLE_S = 5.0


def measure(seconds: float, settle_s: float, tray: bool) -> dict[str, object]:
    desktop = Desktop()
    run: Running | None = None
    try:
        if tray:
            desktop.start_tray()
        run = Running(OURS, desktop)
        if tray:
            run.wait_icon()
        else:
            time.sleep(3)
        time.sleep(settle_s)
        tracker = Tracker(run.pids)
        until = time.monotonic() + seconds
        while time.monotonic() < until:
            time.sleep(min(SAMPLE_S, max(0.0, until - time.monotonic())))
            tracker.sample()
        return tracker.usage()
    finally:
        if run is not None:
            run.stop()
        desktop.close()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=60.0)
    parser.add_argument("--settle", type=float, default=20.0)
    parser.add_argument("--runs", type=int, default=1)
    parser.add_argument("--no-tray", action="store_true", help="no tray host on the display")
    parser.add_argument("--json", type=Path, default=None)
    args = parser.parse_args()
    results = []
    for number in range(args.runs):
        result = measure(args.seconds, args.settle, tray=not args.no_tray)
        results.append(result)
        by_thread = result["switches_by_thread"]
        assert isinstance(by_thread, dict)
        minutes = float(result["seconds"]) / 60  # type: ignore[arg-type]
        threads = ", ".join(f"{name} {count / minutes:.0f}" for name, count in by_thread.items())
        print(
            f"run {number + 1}: {result['switches_per_min']:.1f} wake-ups/min "
            f"({result['voluntary_per_min']:.1f} voluntary); by thread: {threads}"
        )
    if args.json is not None:
        args.json.write_text(json.dumps(results, indent=2) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
