"""Guard against the PySide6 build that leaks references to None.

PySide6 6.12.0 drops one reference to ``None`` on every call of a method that returns
nothing (``QTimer.start``, ``QObject.setObjectName`` …). Python 3.11's ``None`` is a
normal object, so after some thousands of calls the interpreter aborts with
"none_dealloc" — a tray app would die within hours. pyproject excludes that release on
Python < 3.12; this test fails if an affected build is installed anyway.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, QTimer


def test_calling_void_qt_methods_leaves_none_refcount_alone() -> None:
    timer, obj = QTimer(), QObject()
    before = sys.getrefcount(None)
    for _ in range(200):
        timer.setSingleShot(True)
        timer.stop()
        obj.setObjectName("x")
    drift = sys.getrefcount(None) - before
    # Immortal None (3.12+) reports a huge constant; on 3.11 the count must not sink.
    assert drift > -50, f"None lost {-drift} references: affected PySide6 build"
