"""One running copy per user, and a way for later starts to talk to it.

A ``QLockFile`` in the user's runtime folder decides who is first (a lock left by a
crashed process is recognised by Qt and taken over). Only the lock holder removes a
stale socket and listens, so a crash never leaves an "already running" dead end. The
socket lives in a folder only this user can enter (0700), so other users on the machine
cannot connect. Messages are one JSON line each way; ``commands.py`` owns their format.
"""

from __future__ import annotations

import logging
import os
import stat
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QLockFile, QObject
from PySide6.QtNetwork import QLocalServer, QLocalSocket

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

log = logging.getLogger(__name__)

TIMEOUT_MS = 2000
STARTING_GRACE_S = 5.0


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


class SingleInstance(QObject):
    """The lock, and the control server of the first copy."""

    def __init__(self, runtime_dir: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.runtime_dir = private_dir(runtime_dir)
        self.socket_path = str(self.runtime_dir / "control.sock")
        self._lock = QLockFile(str(self.runtime_dir / "instance.lock"))
        self._lock.setStaleLockTime(0)
        self._server: QLocalServer | None = None
        self.handler: Callable[[Command], Reply] | None = None

    def try_become_primary(self) -> bool:
        """True if this is the first copy; it then listens for later ones."""
        if not self.try_lock():
            return False
        self.listen()
        return True

    def try_lock(self) -> bool:
        """Take the lock (needs no QApplication yet); False if another copy holds it.

        ``InstanceError`` when the lock can't even be written (a full or read-only
        disk): that is not "another copy is running", and must not be reported so.
        """
        if self._lock.tryLock(100):
            return True
        if self._lock.error() == QLockFile.LockError.LockFailedError:
            return False
        reason = "is the disk full or read-only?"
        try:  # QLockFile doesn't say why; the OS does
            with tempfile.TemporaryFile(dir=self.runtime_dir) as probe:
                probe.write(b"pid\n" * 64)  # a full disk still has room for an empty file
                probe.flush()
                os.fsync(probe.fileno())
        except OSError as error:
            reason = error.strerror or str(error)
        raise InstanceError(f"can't create its lock file in {self.runtime_dir}: {reason}")

    def listen(self) -> None:
        """Serve later starts; only the lock holder may (needs a QCoreApplication)."""
        QLocalServer.removeServer(self.socket_path)  # a crashed copy's socket
        server = QLocalServer(self)
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        if not server.listen(self.socket_path):
            raise InstanceError(f"can't listen on {self.socket_path}: {server.errorString()}")
        server.newConnection.connect(self._on_connection)
        self._server = server

    def release(self) -> None:
        if self._server is not None:
            self._server.close()
            self._server = None
        self._lock.unlock()

    def _on_connection(self) -> None:
        assert self._server is not None
        while (conn := self._server.nextPendingConnection()) is not None:
            conn.readyRead.connect(lambda c=conn: self._on_ready(c))
            conn.disconnected.connect(conn.deleteLater)
            if conn.bytesAvailable():  # data that came before readyRead was connected
                self._on_ready(conn)

    def _on_ready(self, conn: QLocalSocket) -> None:
        if not conn.canReadLine():
            if conn.bytesAvailable() > MAX_MESSAGE:
                conn.abort()
            return
        raw = bytes(conn.readLine(MAX_MESSAGE).data())
        conn.write(encode_reply(self._answer(raw)))
        conn.flush()
        conn.disconnectFromServer()

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


def send_to_primary(runtime_dir: Path, command: Command) -> Reply:
    """Send one command to the running copy and return its reply."""
    sock = QLocalSocket()
    # The first copy may hold the lock but not listen yet (both started at login):
    # keep trying for a few seconds before calling it unresponsive.
    deadline = time.monotonic() + STARTING_GRACE_S
    while True:
        sock.connectToServer(str(runtime_dir / "control.sock"))
        if sock.waitForConnected(TIMEOUT_MS):
            break
        if time.monotonic() > deadline:
            raise InstanceError(
                f"deadbutt-tray is running but not answering ({sock.errorString()})"
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
