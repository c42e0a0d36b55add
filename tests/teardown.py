"""Ending what a test built: apps quit and deleted, and inotify instances counted.

A long test process builds hundreds of apps. Each file watcher holds an inotify instance
(128 per user on Linux, shared with everything else the user runs); an app object that is
quit but never deleted kept its watchers, and a full run once used up 126. Qt then polls
silently and a test of the file watch saw nothing. So every app a test builds is closed
with ``close_app``, and the widget tests fail a test that leaves instances behind.
"""

from __future__ import annotations

import gc
import os
import time
from pathlib import Path
from typing import Any

INOTIFY = "anon_inode:inotify"


def inotify_instances_held() -> int | None:
    """How many inotify instances this process holds; None where that can't be told."""
    fds = Path("/proc/self/fd")
    if not fds.is_dir():
        return None
    held = 0
    for fd in fds.iterdir():
        try:
            held += os.readlink(fd) == INOTIFY
        except OSError:  # the descriptor listing the folder, closed by now
            continue
    return held


def flush_deletes() -> None:
    """Collect Python's cycles and run Qt's pending ``deleteLater``s now."""
    gc.collect()
    from PySide6.QtCore import QCoreApplication, QEvent

    if QCoreApplication.instance() is not None:
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        QCoreApplication.processEvents()
    gc.collect()


def close_app(app: Any) -> None:
    """Quit a ``TrayApp`` (a second quit does nothing) and delete it and all it owns now.

    Quitting closes its watchers; deleting it takes its windows and timers with it, so
    nothing of it is left for later tests (a quit app is otherwise kept alive by its own
    signal connections, which Python's collector cannot see through).
    """
    import shiboken6

    app.quit()
    if shiboken6.isValid(app):
        app.deleteLater()
    flush_deletes()


def settled_inotify_count(limit: int, timeout_s: float = 2.0) -> int | None:
    """The count once deletes have run, waiting (up to ``timeout_s``) for it to fall to
    ``limit``: a watcher deleted on another thread goes a little later."""
    deadline = time.monotonic() + timeout_s
    while True:
        flush_deletes()
        held = inotify_instances_held()
        if held is None or held <= limit or time.monotonic() > deadline:
            return held
        time.sleep(0.05)
