"""What opening the weekly summary costs a fresh process: resident memory and time.

Imports Qt, the app's text and widget modules and creates the ``QApplication`` first (what a
running app already has), reads ``VmRSS``, then constructs, shows and paints the summary
window (``grab()``: the first complete frame) on a history folder and reads ``VmRSS``
again. Prints one JSON line; run it a few times, alternating the code being compared.

    .venv/bin/python benchmarks/summary_memory.py DATA_DIR     # DATA_DIR/history: make_history.py
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, os.getcwd())  # the code of the folder it is run from (an A/B worktree)


def rss_mib() -> float:
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    raise RuntimeError("no VmRSS in /proc/self/status")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data_dir", type=Path, help="a data folder with history/ inside")
    args = parser.parse_args()

    from PySide6.QtWidgets import QApplication

    import deadbutt_tray.ui.text
    import deadbutt_tray.ui.widgets  # the running app has them already
    from deadbutt_tray.core.rules.summary import week_loader
    from deadbutt_tray.core.storage.history import HistoryStore

    app = QApplication([])
    app.processEvents()
    before = rss_mib()
    started = time.perf_counter()
    from deadbutt_tray.ui.summary_window import SummaryWindow

    loader = week_loader(HistoryStore(args.data_dir / "history"), None, 1800.0)
    window = SummaryWindow(loader, date.today)
    window.show()
    window.grab()
    elapsed_ms = (time.perf_counter() - started) * 1000
    app.processEvents()
    after = rss_mib()
    print(
        json.dumps(
            {
                "code": str(Path(deadbutt_tray.ui.text.__file__).parents[2]),
                "qtcharts_loaded": "PySide6.QtCharts" in sys.modules,
                "rss_before_mib": round(before, 1),
                "rss_after_open_mib": round(after, 1),
                "first_open_ms": round(elapsed_ms),
            }
        )
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
