"""One running copy per data folder, and a way for later starts to talk to it.

An operating-system lock on ``DATA/instance.lock`` (``instance_lock.py``) decides who is
first: the kernel drops it when the process ends, however it ends, so a lock is never
stale, whatever host or PID the file names. Only the lock holder removes a dead copy's
socket and listens (``control_server.py``), so a crash never leaves an "already running"
dead end. The socket lives in a folder only this user can enter (0700), named by a short
hash of the data folder (``AppPaths.socket_file``), so its path stays short whatever the
data folder is called, and copies on different data folders never meet.
"""

from __future__ import annotations

import logging
import os
import stat
import tempfile
import time
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtNetwork import QLocalSocket

from deadbutt_tray.commands import (
    MAX_MESSAGE,
    Command,
    CommandError,
    ErrorCode,
    Reply,
    decode_command,
    decode_reply,
    encode_command,
    encode_reply,
)
from deadbutt_tray.control_server import ControlServer, ControlServerError
from deadbutt_tray.core.storage.paths import LOCK_NAME, folder_key
from deadbutt_tray.instance_lock import Holder, InstanceLock, LockError

log = logging.getLogger(__name__)

TIMEOUT_MS = 2000
STARTING_GRACE_S = 5.0
# sockaddr_un holds 108 bytes on Linux, 104 on macOS; a longer path can't be listened on.
MAX_SOCKET_PATH = 100


class InstanceError(RuntimeError):
    """The runtime folder can't be made private, or the first copy doesn't answer."""


def private_dir(path: Path) -> Path:
    """Create ``path`` (0700) and refuse it if another user could get in."""
    try:
        path.mkdir(parents=True, exist_ok=True, mode=0o700)
        if os.name == "posix":
            info = path.stat()
            if info.st_uid != os.getuid():
                raise InstanceError(f"{path} belongs to another user")
            if stat.S_IMODE(info.st_mode) & 0o077:
                path.chmod(0o700)
    except OSError as error:
        raise InstanceError(f"can't use {path}: {error.strerror or error}") from None
    return path


def socket_path_for(runtime_dir: Path, data_dir: Path) -> Path:
    """The control socket: in the runtime folder, or a short private /tmp one if that
    folder's own path is too long for a socket."""
    path = runtime_dir / f"{folder_key(data_dir)}.sock"
    if len(os.fsencode(path)) <= MAX_SOCKET_PATH:
        return path
    uid = os.getuid() if hasattr(os, "getuid") else 0
    return Path(tempfile.gettempdir()) / f"deadbutt-tray-{uid}" / path.name


class SingleInstance(QObject):
    """The lock, and the control server of the first copy.

    ``data_dir`` is the folder the lock guards (without it, tests: the runtime folder).
    """

    def __init__(
        self, runtime_dir: Path, parent: QObject | None = None, *, data_dir: Path | None = None
    ) -> None:
        super().__init__(parent)
        self.runtime_dir = private_dir(runtime_dir)
        guarded = data_dir if data_dir is not None else runtime_dir
        socket_file = socket_path_for(self.runtime_dir, guarded)
        self.socket_path = str(socket_file)
        self._socket_dir = socket_file.parent
        private_dir(self._socket_dir)
        self._lock = InstanceLock(
            guarded / LOCK_NAME, self.runtime_dir / f"{folder_key(guarded)}.lock"
        )
        self._server: ControlServer | None = None
        self.handler: Callable[[Command], Reply] | None = None

    @property
    def server(self) -> ControlServer | None:
        return self._server

    def try_become_primary(self) -> bool:
        """True if this is the first copy; it then listens for later ones."""
        if not self.try_lock():
            return False
        self.listen()
        return True

    def try_lock(self) -> bool:
        """Take the lock (needs no QApplication yet); False if another copy holds it.

        ``InstanceError`` when the lock can't even be opened (say, a data folder and a
        runtime folder that are both unwritable): that is not "another copy is running",
        and must not be reported so.
        """
        try:
            return self._lock.try_acquire(self.socket_path, datetime.now().astimezone())
        except LockError as error:
            raise InstanceError(
                f"can't create its lock file {error.filename}: {error.strerror or error}"
            ) from None

    @property
    def lock_file(self) -> Path:
        """The file whose OS lock this copy holds (or tried to take)."""
        return self._lock.used

    def holder(self) -> Holder | None:
        """Who holds the lock, as it recorded (when this copy is not the first)."""
        return self._lock.holder()

    def listen(self) -> None:
        """Serve later starts; only the lock holder may (needs a QCoreApplication)."""
        server = ControlServer(
            self.socket_path,
            lambda raw: encode_reply(self._answer(raw)),
            self,
            prepare_folder=lambda: private_dir(self._socket_dir),
        )
        try:
            server.listen()
        except ControlServerError as error:
            raise InstanceError(str(error)) from None
        self._server = server

    def check(self) -> None:
        """The control server's safety net: listen again if its socket went away.

        Called from the app's tick, so the check costs no wake-up of its own.
        """
        if self._server is not None:
            self._server.check()

    def release(self) -> None:
        if self._server is not None:
            self._server.close()
            self._server = None
        self._lock.release()

    def _answer(self, raw: bytes) -> Reply:
        """The reply to one line from the socket; nothing anyone sends may crash the app."""
        try:
            command = decode_command(raw)
        except CommandError as error:
            return Reply.refused(error)
        if self.handler is None:
            return Reply(ok=True)
        try:
            return self.handler(command)
        except Exception:
            log.exception("command %r failed", command.NAME)
            return Reply(ok=False, code=ErrorCode.FAILED, error="the command failed")


def send_to_primary(
    socket_path: str | Path, command: Command, *, holder: Holder | None = None
) -> Reply:
    """Send one command to the running copy and return its reply.

    ``holder`` (what the lock file says) may name another socket: a copy started with
    another runtime folder on the same data folder is found there.
    """
    sock = QLocalSocket()
    candidates = [str(socket_path)]
    if holder is not None and holder.socket and holder.socket not in candidates:
        candidates.append(holder.socket)
    # The first copy may hold the lock but not listen yet (both started at login), or
    # be re-creating a deleted socket: keep trying for a few seconds before giving up.
    deadline = time.monotonic() + STARTING_GRACE_S
    attempt = 0
    while True:
        sock.connectToServer(candidates[attempt % len(candidates)])
        attempt += 1
        if sock.waitForConnected(TIMEOUT_MS):
            break
        if time.monotonic() > deadline:
            who = f" ({holder.describe()})" if holder is not None else ""
            raise InstanceError(
                f"deadbutt-tray is running{who} but not answering on "
                f"{' or '.join(candidates)} ({sock.errorString()})"
            )
        sock.abort()
        time.sleep(0.2)
    sock.write(encode_command(command))
    sock.flush()
    while not sock.canReadLine():
        if not sock.waitForReadyRead(TIMEOUT_MS):
            raise InstanceError("deadbutt-tray is running but did not reply")
    try:
        reply = decode_reply(bytes(sock.readLine(MAX_MESSAGE).data()))
    except CommandError:
        raise InstanceError("deadbutt-tray answered something this version can't read") from None
    sock.disconnectFromServer()
    return reply
