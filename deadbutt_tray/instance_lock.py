"""One running copy per data folder: an operating-system lock on ``DATA/instance.lock``.

The kernel holds the lock for the process and drops it when the process ends, however
it ends (quit, crash, ``kill -9``, power loss), so there is no such thing as a stale
lock: a lock file nobody holds is free, whichever host or PID it names and whatever
process now has that PID. Being in the data folder, the lock keeps out a second copy on
the same folder even when the two have different runtime folders (a shared home, or
``--data-dir`` pointing at the default folder).

The file records who holds it (PID, host, control socket, start time) for messages and
for a later start to find the running copy's socket. It is only information: the OS
lock decides. A data folder where the file cannot be created (read-only, full) falls
back to a lock in the private runtime folder named after the data folder.
"""

from __future__ import annotations

import contextlib
import errno
import logging
import os
import socket
import sys
import tomllib
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

log = logging.getLogger(__name__)

# The data folder can't hold the lock file: use the fallback instead of refusing to run.
_CANNOT_CREATE = frozenset(
    {errno.EROFS, errno.EACCES, errno.EPERM, errno.ENOSPC, errno.EDQUOT, errno.ENOENT}
)
MAX_INFO_BYTES = 4096


class LockError(OSError):
    """The lock file can be neither used nor replaced by the fallback."""


@dataclass(frozen=True)
class Holder:
    """Who holds the lock, as it wrote in the file (possibly out of date: info only)."""

    pid: int
    host: str
    socket: str
    started: str

    def describe(self) -> str:
        here = self.host == socket.gethostname()
        where = "" if here else f" on {self.host or 'another computer'}"
        return f"process {self.pid}{where}, started {self.started}"


class InstanceLock:
    """An exclusive, non-blocking OS lock on ``path`` (``fallback`` if ``path`` can't be made)."""

    def __init__(self, path: Path, fallback: Path) -> None:
        self.path = Path(path)
        self.fallback = Path(fallback)
        self.used: Path = self.path  # the file actually locked (or tried)
        self._fd: int | None = None

    @property
    def held(self) -> bool:
        return self._fd is not None

    def try_acquire(self, socket_path: str, started: datetime) -> bool:
        """Take the lock; False if another process holds it. ``LockError`` if neither
        the file nor the fallback can be opened."""
        if self._fd is not None:
            return True
        fd = self._open_either()
        try:
            locked = _try_lock(fd)
        except LockError as error:
            if error.errno != errno.EBADF:
                os.close(fd)
                raise
            # NFS emulates flock with record locks, which want the file open for writing.
            os.close(fd)
            fd = os.open(self.used, os.O_RDWR | getattr(os, "O_CLOEXEC", 0))
            locked = _try_lock(fd)
        if not locked:
            os.close(fd)
            return False
        self._fd = fd
        self._write_info(socket_path, started)
        return True

    def holder(self) -> Holder | None:
        """What the holder wrote about itself, if it can be read."""
        try:
            with open(self.used, "rb") as handle:
                data = tomllib.loads(handle.read(MAX_INFO_BYTES).decode("utf-8", "replace"))
        except (OSError, tomllib.TOMLDecodeError, ValueError):
            return None
        pid = data.get("pid")
        if not isinstance(pid, int):
            return None
        return Holder(
            pid,
            str(data.get("host", "")),
            str(data.get("socket", "")),
            str(data.get("started", "")),
        )

    def release(self) -> None:
        """Let go (the OS would at exit anyway). The file stays: deleting it would race a
        start that has just opened it."""
        fd, self._fd = self._fd, None
        if fd is None:
            return
        with contextlib.suppress(OSError):
            _overwrite(self.used, b"")  # no longer true: say nothing rather than something stale
        _unlock(fd)
        os.close(fd)

    def _open_either(self) -> int:
        try:
            self.used = self.path
            return _open_lock_file(self.path)
        except OSError as error:
            if error.errno not in _CANNOT_CREATE:
                raise LockError(error.errno, _why(error), str(self.path)) from None
            log.warning(
                "can't keep the lock in %s (%s); using %s", self.path, _why(error), self.fallback
            )
        try:
            self.used = self.fallback
            return _open_lock_file(self.fallback)
        except OSError as error:
            raise LockError(error.errno, _why(error), str(self.fallback)) from None

    def _write_info(self, socket_path: str, started: datetime) -> None:
        text = (
            "# deadbutt-tray runs on this data folder. Only information: the lock itself\n"
            "# is the operating system's and ends with the process.\n"
            f"pid = {os.getpid()}\n"
            f"host = {_toml_string(socket.gethostname())}\n"
            f"socket = {_toml_string(socket_path)}\n"
            f'started = "{started.isoformat(timespec="seconds")}"\n'
        )
        try:
            _overwrite(self.used, text.encode("utf-8", "surrogateescape"))
        except OSError as error:  # a full or read-only disk: the lock still holds
            log.info("could not write who holds %s: %s", self.used, _why(error))


def _open_lock_file(path: Path) -> int:
    """Open (creating if needed) a lock file, for reading: flock needs no more, and a file
    open for writing would keep its disk from being remounted read-only."""
    flags = os.O_RDONLY | os.O_CREAT | getattr(os, "O_CLOEXEC", 0) | getattr(os, "O_NOFOLLOW", 0)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        return os.open(path, flags, 0o600)
    except OSError as error:
        if error.errno in (errno.EROFS, errno.EACCES, errno.EPERM) and path.is_file():
            return os.open(path, os.O_RDONLY | getattr(os, "O_CLOEXEC", 0))
        raise


if sys.platform == "win32":  # pragma: no cover - not run here; the same contract on Windows
    import msvcrt

    _REGION = 1 << 30  # lock a byte far past the text, so others can still read it

    def _try_lock(fd: int) -> bool:
        os.lseek(fd, _REGION, os.SEEK_SET)
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True

    def _unlock(fd: int) -> None:
        os.lseek(fd, _REGION, os.SEEK_SET)
        with contextlib.suppress(OSError):
            msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _try_lock(fd: int) -> bool:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return False
        except OSError as error:
            if error.errno in (errno.EACCES, errno.EAGAIN):
                return False
            raise LockError(error.errno, _why(error)) from None
        return True

    def _unlock(fd: int) -> None:
        with contextlib.suppress(OSError):
            fcntl.flock(fd, fcntl.LOCK_UN)


def _overwrite(path: Path, data: bytes) -> None:
    """Replace the lock file's text in place (never by rename: the lock is on this file)."""
    fd = os.open(path, os.O_WRONLY | os.O_TRUNC | getattr(os, "O_CLOEXEC", 0))
    try:
        os.write(fd, data)
    finally:
        os.close(fd)


def _why(error: OSError) -> str:
    return error.strerror or str(error)


def _toml_string(text: str) -> str:
    """A TOML basic string (control characters and quotes escaped; bad bytes as \\uFFFD)."""
    clean = text.encode("utf-8", "replace").decode("utf-8")
    escaped = clean.replace("\\", "\\\\").replace('"', '\\"')
    return '"' + "".join(c if c >= " " or c == "\t" else f"\\u{ord(c):04x}" for c in escaped) + '"'
