"""How long the guided-break dialog takes to open, with its illustrations rendered.

Measures, in one process on Qt's offscreen platform, the time from constructing the
dialog for a real desk routine to its first complete frame (show, process events, and
render the window into a pixmap, which paints the SVG illustration). The first open
(cold: module import, SVG parse) is reported apart from the median of later opens.

With ``--in-app`` the process first imports what a started app has loaded when its
first break comes (``deadbutt_tray.app``: the shell, tray, prompt, settings and history
code; the dialog's own module is imported on the first break, as in ``Shell``), so the
first open is the one a user waits for. Without it nothing of the app is loaded yet.

    .venv/bin/python benchmarks/break_dialog_open.py [--runs 20] [--in-app] [--json FILE]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=20)
    parser.add_argument("--in-app", action="store_true", help="as in a started app")
    parser.add_argument("--json", type=Path)
    args = parser.parse_args()
    if args.in_app:
        import deadbutt_tray.app  # noqa: F401  (what a started app has loaded)

    from PySide6.QtWidgets import QApplication

    from deadbutt_tray.core.content.exercise_library import load_library
    from deadbutt_tray.core.content.resources import resources_root
    from deadbutt_tray.core.model.exercises import Level, RoutineKind

    app = QApplication([])
    library, problems = load_library(resources_root(), None)
    assert not problems, problems
    routine = library.routine_for(RoutineKind.DESK_MICRO, Level.WAKE_UP)
    assert routine is not None
    exercises = library.routine_exercises(routine.id)

    def open_once() -> float:
        began = time.perf_counter()
        from deadbutt_tray.ui.break_dialog import BreakDialog

        dialog = BreakDialog(routine.name, exercises, routine_id=routine.id)
        dialog.show()
        app.processEvents()
        dialog.grab()  # paint everything, the illustration included
        took = time.perf_counter() - began
        dialog.reject()
        dialog.deleteLater()
        app.processEvents()
        return took

    cold = open_once()
    warm = [open_once() for _ in range(args.runs)]
    result = {
        "routine": routine.id,
        "cold_open_ms": cold * 1000,
        "warm_open_ms": {"median": statistics.median(warm) * 1000, "max": max(warm) * 1000},
        "runs": args.runs,
        "in_app": args.in_app,
    }
    where = " in a started app" if args.in_app else ""
    print(
        f"guided-break dialog ({routine.id}){where}: first open {cold * 1000:.0f} ms, "
        f"then median {result['warm_open_ms']['median']:.0f} ms "
        f"(max {result['warm_open_ms']['max']:.0f} ms, {args.runs} runs)"
    )
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps(result, indent=2) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
