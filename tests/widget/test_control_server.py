"""The control server keeps answering: a crowd waits its turn, idle connections end,
and a removed socket is listened on again."""

from __future__ import annotations

import os
import socket
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from pytestqt.qtbot import QtBot

from deadbutt_tray import control_server
from deadbutt_tray.control_server import (
    IDLE_TIMEOUT_MS,
    MAX_CONNECTIONS,
    ControlServer,
)
from tests.fakes import starved_watcher


def ask(path: Path, line: bytes = b"hello\n") -> bytes:
    with socket.socket(socket.AF_UNIX) as sock:
        sock.settimeout(5)
        sock.connect(str(path))
        sock.sendall(line)
        return sock.recv(100)


def test_a_crowd_of_idle_connections_waits_its_turn_and_ends(qtbot: QtBot, tmp_path: Path) -> None:
    path = tmp_path / "c.sock"
    server = ControlServer(str(path), lambda raw: b"echo " + raw)
    server.listen()
    crowd = []
    for _ in range(MAX_CONNECTIONS * 2):
        sock = socket.socket(socket.AF_UNIX)
        sock.setblocking(False)
        try:
            sock.connect(str(path))
        except BlockingIOError:
            sock.close()
            break
        crowd.append(sock)
    qtbot.waitUntil(lambda: server.open_connections == MAX_CONNECTIONS, timeout=3000)
    qtbot.waitUntil(lambda: server.timed_out >= MAX_CONNECTIONS, timeout=IDLE_TIMEOUT_MS * 3)
    for sock in crowd:
        sock.close()
    qtbot.waitUntil(lambda: server.open_connections == 0, timeout=3000)
    assert os.path.exists(path)
    server.close()


def test_a_removed_socket_is_listened_on_again(qtbot: QtBot, tmp_path: Path) -> None:
    path = tmp_path / "run" / "c.sock"
    server = ControlServer(
        str(path), lambda raw: b"ok\n", prepare_folder=lambda: path.parent.mkdir(exist_ok=True)
    )
    server.listen()
    path.unlink()
    # At once through the folder watch; where the machine has no inotify instance to
    # spare, by the owner's safety check (the app's tick).
    if not server.folder_watched:
        server.check()
    qtbot.waitUntil(lambda: server.restarts == 1, timeout=3000)
    assert path.exists()
    with ThreadPoolExecutor(1) as pool:  # the client in a thread: Qt's loop serves here
        reply = pool.submit(ask, path)
        qtbot.waitUntil(reply.done, timeout=5000)
    assert reply.result() == b"ok\n"
    server.close()


@pytest.mark.skipif(sys.platform != "linux", reason="inotify and RLIMIT_NOFILE: Linux")
def test_without_a_watch_from_the_system_qts_poll_is_dropped_and_the_safety_check_serves(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    """Inotify instances used up: Qt would poll the folder every second (a wake-up a
    second, for good); the server drops that watcher and its safety check finds a
    removed socket instead."""
    monkeypatch.setattr(control_server, "QFileSystemWatcher", starved_watcher)
    path = tmp_path / "run" / "c.sock"
    server = ControlServer(
        str(path), lambda raw: b"ok\n", prepare_folder=lambda: path.parent.mkdir(exist_ok=True)
    )
    server.listen()
    assert not server.folder_watched
    assert "looked at every" in caplog.text and "inotify instances used up" in caplog.text
    path.unlink()
    qtbot.wait(300)
    assert server.restarts == 0  # nothing watches: the owner's next check finds it
    server.check()  # what the app's tick does every CHECK_EVERY_MS
    assert server.restarts == 1
    assert not server.folder_watched and caplog.text.count("inotify instances used up") == 1
    with ThreadPoolExecutor(1) as pool:
        reply = pool.submit(ask, path)
        qtbot.waitUntil(reply.done, timeout=5000)
    assert reply.result() == b"ok\n"
    server.close()


def test_a_listen_that_failed_is_tried_again_at_the_next_check_and_no_timer_wakes_it(
    qtbot: QtBot, tmp_path: Path
) -> None:
    """The safety net rides on the owner's tick (``SingleInstance.check``): the server
    keeps no repeating timer of its own that would wake an idle app."""
    path = tmp_path / "run" / "c.sock"
    can_make = [True]

    def prepare() -> None:
        if not can_make[0]:
            raise OSError("the runtime folder can't be made")
        path.parent.mkdir(exist_ok=True)

    server = ControlServer(str(path), lambda raw: b"ok\n", prepare_folder=prepare)
    server.listen()
    assert not [t for t in server.findChildren(QTimer) if t.isActive()]
    can_make[0] = False
    path.unlink()
    server.check()  # listening again fails
    assert server.restarts == 1 and not path.exists()
    server.check()  # and is tried again, at every check, until it works
    assert server.restarts == 2
    can_make[0] = True
    server.check()
    assert server.restarts == 3 and path.exists()
    server.check()  # all well: nothing to do
    assert server.restarts == 3
    with ThreadPoolExecutor(1) as pool:
        reply = pool.submit(ask, path)
        qtbot.waitUntil(reply.done, timeout=5000)
    assert reply.result() == b"ok\n"
    server.close()
    server.check()  # closed: stays closed
    assert server.restarts == 3
