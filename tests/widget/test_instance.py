"""One instance per user: the lock, the control socket, stale-socket recovery, privacy."""

from __future__ import annotations

import json
import os
import shutil
import signal
import stat
import subprocess
import sys
import tempfile
import textwrap
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtNetwork import QLocalSocket
from pytestqt.qtbot import QtBot

from deadbutt_tray.commands import Command, ErrorCode, Pause, Reply, decode_reply
from deadbutt_tray.instance import SingleInstance


@pytest.fixture
def runtime(tmp_path: Path) -> Path:
    return tmp_path / "run"


@pytest.fixture
def primary(qapp: object, runtime: Path) -> Iterator[SingleInstance]:
    instance = SingleInstance(runtime)
    assert instance.try_become_primary()
    yield instance
    instance.release()


def ask(runtime: Path, command: str, qtbot: QtBot) -> dict:
    """Send ``command`` (source text, e.g. ``"Show()"``) from another process, as a later
    start would, while this one serves; the reply's fields, or the error."""
    script = textwrap.dedent(
        f"""
        import dataclasses, json, sys
        from pathlib import Path
        from PySide6.QtCore import QCoreApplication
        from deadbutt_tray.commands import *
        from deadbutt_tray.instance import InstanceError, send_to_primary, socket_path_for
        app = QCoreApplication([])
        runtime = Path({str(runtime)!r})
        try:
            reply = send_to_primary(socket_path_for(runtime, runtime), {command})
            print(json.dumps({{"reply": dataclasses.asdict(reply)}}))
        except InstanceError as error:
            print(json.dumps({{"error": str(error)}}))
        """
    )
    proc = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE, text=True)
    qtbot.waitUntil(lambda: proc.poll() is not None, timeout=20000)
    out, _ = proc.communicate()
    return json.loads(out)


def test_the_runtime_folder_is_private(primary: SingleInstance, runtime: Path) -> None:
    assert stat.S_IMODE(runtime.stat().st_mode) == 0o700


def test_a_second_copy_is_not_primary_and_its_command_arrives(
    primary: SingleInstance, runtime: Path, qtbot: QtBot
) -> None:
    received: list[Command] = []
    primary.handler = lambda command: (received.append(command), Reply(True, data={"n": 1}))[1]
    second = SingleInstance(runtime)
    assert not second.try_become_primary()
    result = ask(runtime, "Pause(minutes=30)", qtbot)
    assert result == {"reply": {"ok": True, "code": None, "error": "", "data": {"n": 1}}}
    assert received == [Pause(minutes=30)]


def test_garbage_on_the_socket_gets_an_error_reply_not_a_crash(
    primary: SingleInstance, runtime: Path, qtbot: QtBot
) -> None:
    primary.handler = lambda command: Reply(ok=True)
    sock = QLocalSocket()
    sock.connectToServer(primary.socket_path)
    assert sock.waitForConnected(2000)
    sock.write(b'{"no": "cmd"}\n')
    qtbot.waitUntil(sock.canReadLine, timeout=5000)
    reply = decode_reply(bytes(sock.readLine(4096).data()))
    assert not reply.ok and reply.code is ErrorCode.BAD_MESSAGE


def test_after_a_crash_the_next_start_takes_over(runtime: Path, qapp: object) -> None:
    """A copy killed with SIGKILL leaves its lock and socket; the next start recovers."""
    script = textwrap.dedent(
        f"""
        import sys, time
        from pathlib import Path
        from PySide6.QtCore import QCoreApplication
        from deadbutt_tray.instance import SingleInstance
        app = QCoreApplication([])
        inst = SingleInstance(Path({str(runtime)!r}))
        assert inst.try_become_primary()
        print("ready", flush=True)
        time.sleep(60)
        """
    )
    with subprocess.Popen(
        [sys.executable, "-c", script], stdout=subprocess.PIPE, text=True
    ) as proc:
        try:
            assert proc.stdout is not None and proc.stdout.readline().strip() == "ready"
            assert Path(SingleInstance(runtime).socket_path).exists()
            assert not SingleInstance(runtime).try_become_primary()  # alive: holds the lock
            os.kill(proc.pid, signal.SIGKILL)
            proc.wait(10)
        finally:
            proc.kill()
    successor = SingleInstance(runtime)
    assert successor.try_become_primary()
    successor.release()


@pytest.mark.skipif(os.name != "posix" or os.geteuid() != 0, reason="needs root to be another user")
def test_another_user_cannot_talk_to_this_users_instance(qapp: object, qtbot: QtBot) -> None:
    """Everything above the runtime folder is open to others (as /run/user is), so only
    the app's own protection (a 0700 folder, a user-only socket) stands in the way."""
    base = Path(tempfile.mkdtemp(dir="/tmp"))
    base.chmod(0o755)
    runtime = base / "run"
    primary = SingleInstance(runtime)
    assert primary.try_become_primary()
    try:
        primary.handler = lambda command: Reply(ok=True)
        client = textwrap.dedent(
            f"""
            import socket, sys
            s = socket.socket(socket.AF_UNIX)
            try:
                s.connect({primary.socket_path!r})
            except PermissionError:
                sys.exit(13)
            sys.exit(0)
            """
        )
        python = shutil.which("python3", path="/usr/bin:/bin")
        if python is None:
            pytest.skip("no system python3 that another user may run")
        result = subprocess.run([python, "-c", client], user=65534, timeout=30, cwd="/")
        assert result.returncode == 13
        # …and it is the app's own 0700 folder that refuses: opened up, the user-only
        # socket still does.
        runtime.chmod(0o755)
        result = subprocess.run([python, "-c", client], user=65534, timeout=30, cwd="/")
        assert result.returncode == 13
    finally:
        primary.release()
        shutil.rmtree(base, ignore_errors=True)


def test_a_start_while_the_first_copy_is_still_starting_waits_for_it(
    runtime: Path, qtbot: QtBot, qapp: object
) -> None:
    """Autostart and a click at login: the first copy holds the lock but isn't listening
    yet. The second waits for it instead of calling it unresponsive."""
    first = SingleInstance(runtime)
    assert first.try_lock()
    first.handler = lambda command: Reply(ok=True)
    QTimer.singleShot(1500, first.listen)  # listening only after a moment
    try:
        assert ask(runtime, "Show()", qtbot)["reply"]["ok"] is True
    finally:
        first.release()
