"""Give memory back to the system once a window has closed.

A closed window's objects go back to Python's and C's allocators, but not to the system:
CPython keeps freed arenas only when whole, and glibc's ``malloc`` keeps freed pages in
its heaps, so the app's resident size stays at its peak. After a window is destroyed the
shell asks for one ``release_memory()``: a ``gc.collect()`` (Qt wrappers in reference
cycles) and, on glibc, ``malloc_trim(0)``, which returns every free page of every heap
(a few milliseconds). Elsewhere (musl, Windows, macOS) only the collection runs.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import gc
import logging
from collections.abc import Callable
from functools import cache

from PySide6.QtCore import QObject, QTimer

log = logging.getLogger(__name__)

RELEASE_DELAY_MS = 250  # after the last window closed: deferred deletes are done by then


@cache
def _malloc_trim() -> Callable[[int], int] | None:
    """glibc's ``malloc_trim``, or None where the C library has none."""
    name = ctypes.util.find_library("c")
    if name is None:
        return None
    try:
        libc = ctypes.CDLL(name)
        trim = libc.malloc_trim
    except (OSError, AttributeError):
        return None  # not glibc
    trim.argtypes = [ctypes.c_size_t]
    trim.restype = ctypes.c_int
    return trim


def release_memory(trim: Callable[[int], int] | None = None) -> bool:
    """Collect garbage and return free heap pages to the system; True if trimmed."""
    gc.collect()
    trim = trim or _malloc_trim()
    if trim is None:
        return False
    trim(0)
    return True


class MemoryReleaser(QObject):
    """Runs ``release_memory`` once, a moment after the last of several requests."""

    def __init__(
        self,
        parent: QObject | None = None,
        *,
        release: Callable[[], object] = release_memory,
        delay_ms: int = RELEASE_DELAY_MS,
    ) -> None:
        super().__init__(parent)
        self._release = release
        self.count = 0  # how often memory was released (tests, benchmarks)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(delay_ms)
        self._timer.timeout.connect(self._run)

    @property
    def pending(self) -> bool:
        return self._timer.isActive()

    def request(self) -> None:
        """A window went away: release memory soon (requests close together run once)."""
        self._timer.start()

    def _run(self) -> None:
        self.count += 1
        self._release()
        log.debug("memory released after a window closed")
