"""An operating-system lock on an open file, so two processes never append at once.

POSIX: ``flock`` (whole file, released when the file is closed or the process ends, even
by ``kill -9``). Windows: ``msvcrt.locking`` on one byte far past any real content, so
the lock never stops another process from reading the records. The lock is held only
for the moment of one append; a writer that can't get it within ``timeout_s`` gets
``TimeoutError`` and keeps its records in memory for the next try.
"""

from __future__ import annotations

import contextlib
import os
import sys
import time
from collections.abc import Iterator

__all__ = ["locked"]

_WINDOWS_LOCK_OFFSET = 2**62  # a byte no history file will ever reach
_POLL_S = 0.005


@contextlib.contextmanager
def locked(fd: int, timeout_s: float = 5.0) -> Iterator[None]:
    """Hold an exclusive lock on the open file ``fd`` for the ``with`` block."""
    deadline = time.monotonic() + timeout_s
    while not _try_lock(fd):
        if time.monotonic() > deadline:
            raise TimeoutError(f"another process holds the lock for more than {timeout_s:g} s")
        time.sleep(_POLL_S)
    try:
        yield
    finally:
        _unlock(fd)


if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
    import msvcrt

    def _try_lock(fd: int) -> bool:
        position = os.lseek(fd, 0, os.SEEK_CUR)
        os.lseek(fd, _WINDOWS_LOCK_OFFSET, os.SEEK_SET)
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        finally:
            os.lseek(fd, position, os.SEEK_SET)
        return True

    def _unlock(fd: int) -> None:
        position = os.lseek(fd, 0, os.SEEK_CUR)
        os.lseek(fd, _WINDOWS_LOCK_OFFSET, os.SEEK_SET)
        try:
            msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)
        finally:
            os.lseek(fd, position, os.SEEK_SET)

else:
    import fcntl

    def _try_lock(fd: int) -> bool:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return False
        return True

    def _unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)
