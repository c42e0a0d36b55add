"""The running copy's control socket: later starts and CLI commands talk to it.

It must keep answering whatever arrives. So: at most ``MAX_CONNECTIONS`` connections are
served at once (the rest wait in Qt's queue and the kernel's backlog instead of using up
the process's file descriptors); a connection that sends no complete line within
``IDLE_TIMEOUT_MS`` is closed; and if the listening socket goes away (Qt closes the
server on any accept error, and removes its file; or someone deletes the file or the
whole runtime folder), the server notices and listens again: at once through a watch on
the socket's folder, and, as a safety net, whenever the owner calls :meth:`ControlServer.check`
(the app's tick does, every ``CHECK_EVERY_MS``: one ``stat``, no timer of its own that
would wake an idle app). Each of these is logged.
Messages are one JSON line each way; ``commands.py`` owns their format.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable
from pathlib import Path

import shiboken6
from PySide6.QtCore import QFileSystemWatcher, QObject, QTimer
from PySide6.QtNetwork import QLocalServer, QLocalSocket

from deadbutt_tray.commands import MAX_MESSAGE
from deadbutt_tray.native_watch import NO_WATCH, qt_is_polling

log = logging.getLogger(__name__)

MAX_CONNECTIONS = 32
IDLE_TIMEOUT_MS = 2000
CHECK_EVERY_MS = 10_000  # how often the owner calls check() (the app's tick): the safety net
RECHECK_MS = 100


class ControlServerError(RuntimeError):
    """The socket cannot be listened on; the message says why."""


class ControlServer(QObject):
    """Listens on ``path``; ``answer`` turns one request line into one reply line."""

    def __init__(
        self,
        path: str,
        answer: Callable[[bytes], bytes],
        parent: QObject | None = None,
        *,
        prepare_folder: Callable[[], object] = lambda: None,
    ) -> None:
        super().__init__(parent)
        self.path = path
        self._answer = answer
        self._prepare_folder = prepare_folder  # (re)creates the private runtime folder
        self._server: QLocalServer | None = None
        self._open: set[QLocalSocket] = set()
        self._identity: tuple[int, int] | None = None
        self._crowded = False
        self.restarts = 0  # how often it had to listen again (tests, the log)
        self._failed_listens = 0  # in a row, since the last listen that worked
        self._wanted = False  # listen() was called and close() was not: keep listening
        self.served = 0
        self.timed_out = 0
        self._watch: QFileSystemWatcher | None = None  # made by listen(), gone at close()
        self._told_no_watch = False
        self._recheck = QTimer(self)
        self._recheck.setSingleShot(True)
        self._recheck.setInterval(RECHECK_MS)
        self._recheck.timeout.connect(self.check)

    @property
    def folder_watched(self) -> bool:
        """True while a system watch on the socket's folder tells of its removal at once."""
        return self._watch is not None

    @property
    def open_connections(self) -> int:
        return len(self._open)

    def listen(self) -> None:
        """Listen on the socket (removing a dead copy's file); ``ControlServerError`` if not."""
        self._wanted = True
        self._close_server()
        self._prepare_folder()
        QLocalServer.removeServer(self.path)
        server = QLocalServer(self)
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        server.setMaxPendingConnections(MAX_CONNECTIONS)
        if not server.listen(self.path):
            reason = server.errorString()
            server.deleteLater()
            raise ControlServerError(f"can't listen on {self.path}: {reason}")
        server.newConnection.connect(self._take)
        self._server = server
        self._identity = _identity(self.path)
        # Watched afresh: a watch on a folder that was deleted and made again may still
        # point at the old one.
        self._watch_folder()

    def _watch_folder(self) -> None:
        """Watch the socket's folder, if the system gives a watch; the owner's safety check
        every ``CHECK_EVERY_MS`` covers it otherwise (Qt's silent fallback, a poll every
        second, is not kept: a wake-up a second for what the safety check does anyway)."""
        if self._watch is None:
            self._watch = QFileSystemWatcher(self)
            self._watch.directoryChanged.connect(self._soon)
        folder = str(Path(self.path).parent)
        if folder in self._watch.directories():
            self._watch.removePath(folder)
        self._watch.addPath(folder)
        if qt_is_polling(self._watch):
            self._drop_watch()
            if not self._told_no_watch:
                self._told_no_watch = True
                log.warning(
                    "control socket: %s; its folder is looked at every %d s instead",
                    NO_WATCH,
                    CHECK_EVERY_MS // 1000,
                )

    def _drop_watch(self) -> None:
        # Its inotify instance (128 per user on Linux) is given back now, not whenever
        # this object is collected. Never called from the watcher's own signal.
        watch, self._watch = self._watch, None
        if watch is not None:
            shiboken6.delete(watch)

    def close(self) -> None:
        self._wanted = False
        self._recheck.stop()
        for conn in list(self._open):
            conn.abort()
        self._close_server()
        self._drop_watch()

    def check(self) -> None:
        """Listen again if the server stopped or its socket file is gone or replaced.

        Cheap (one ``stat``): the owner calls it regularly, as a safety net under the
        folder watch; it also retries a listen that failed before.
        """
        if not self._wanted:
            return
        why = ""
        if self._server is None:
            why = "listening failed the last time"
        elif not self._server.isListening():
            why = f"the server stopped ({self._server.errorString()})"
        elif self._identity is not None and _identity(self.path) != self._identity:
            why = "its socket file was removed or replaced"
        if not why:
            return
        self.restarts += 1
        failing = self._server is None  # said already: once in a while, not every tick
        if not failing or self._failed_listens in (1, 10, 100) or self._failed_listens % 1000 == 0:
            log.warning("control socket %s: %s; listening again", self.path, why)
        try:
            self.listen()
        except (ControlServerError, OSError) as error:
            self._failed_listens += 1
            if self._failed_listens in (1, 10, 100) or self._failed_listens % 1000 == 0:
                log.error("control socket: %s; trying again at the next check", error)
        else:
            if self._failed_listens:
                log.info("control socket listens again after %d failed tries", self._failed_listens)
            self._failed_listens = 0

    def _soon(self, _folder: str = "") -> None:
        self._recheck.start()

    def _close_server(self) -> None:
        server, self._server = self._server, None
        if server is not None:
            server.newConnection.disconnect(self._take)
            server.close()
            server.deleteLater()

    def _take(self) -> None:
        server = self._server
        if server is None:
            return
        while len(self._open) < MAX_CONNECTIONS:
            conn = server.nextPendingConnection()
            if conn is None:
                break
            self._serve(conn)
        crowded = server.hasPendingConnections()
        if crowded and not self._crowded:
            log.warning(
                "control socket: %d connections open; later ones wait their turn",
                len(self._open),
            )
        self._crowded = crowded
        if not server.isListening():
            self._soon()

    def _serve(self, conn: QLocalSocket) -> None:
        self._open.add(conn)
        timer = QTimer(conn)
        timer.setSingleShot(True)
        timer.timeout.connect(lambda: self._time_out(conn))
        timer.start(IDLE_TIMEOUT_MS)
        conn.readyRead.connect(lambda: self._on_ready(conn))
        conn.disconnected.connect(lambda: self._forget(conn))
        if conn.bytesAvailable():  # data that came before readyRead was connected
            self._on_ready(conn)
        if conn.state() != QLocalSocket.LocalSocketState.ConnectedState:
            self._forget(conn)  # hung up while it waited in the queue: its signal has passed

    def _time_out(self, conn: QLocalSocket) -> None:
        self.timed_out += 1
        if self.timed_out in (1, 10, 100, 1000) or self.timed_out % 10_000 == 0:
            log.warning(
                "control socket: %d connection(s) closed for sending nothing in %d s",
                self.timed_out,
                IDLE_TIMEOUT_MS // 1000,
            )
        conn.abort()
        self._forget(conn)

    def _forget(self, conn: QLocalSocket) -> None:
        if conn not in self._open:
            return
        self._open.discard(conn)
        conn.deleteLater()
        QTimer.singleShot(0, self._take)  # a waiting connection may come in now

    def _on_ready(self, conn: QLocalSocket) -> None:
        if conn not in self._open:
            return
        if not conn.canReadLine():
            if conn.bytesAvailable() > MAX_MESSAGE:
                conn.abort()
                self._forget(conn)
            return
        raw = bytes(conn.readLine(MAX_MESSAGE).data())
        self.served += 1
        conn.write(self._answer(raw))
        conn.flush()
        conn.disconnectFromServer()


def _identity(path: str) -> tuple[int, int] | None:
    """Which file is at ``path`` (device, inode); None if nothing is (or on Windows)."""
    if os.name == "nt":  # a named pipe, not a file: nothing to compare
        return (0, 0)
    try:
        info = os.stat(path)
    except OSError:
        return None
    return (info.st_dev, info.st_ino)
