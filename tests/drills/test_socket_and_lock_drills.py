"""The control socket and the lock: crowds, odd folder names, stale locks, deleted folders.

Each drill runs the real program and then asks of it what a person would: ``quit``,
``break``, a second start. A flood of idle connections must not shut the control server
down; a long or non-UTF-8 data folder must get a working socket or a true reason; a lock
file left by another host or naming a recycled PID must not keep the app from starting;
two copies on one data folder must meet whatever their runtime folders; and deleting the
runtime folder must never make a command start a second copy.
"""

from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import sys
import textwrap
import time
from pathlib import Path

from tests.drills.conftest import Launch, RealApp, no_welcome, platform_layout_env

FLOOD = 1100  # more than the common limit of 1024 open files
HOLD_S = 3.0
FLOODER = textwrap.dedent(
    """
    import errno, json, resource, socket, sys, time
    path, total, hold = sys.argv[1], int(sys.argv[2]), float(sys.argv[3])
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    resource.setrlimit(resource.RLIMIT_NOFILE, (min(hard, 8192), hard))
    held, attempts, refused, failed, peak = [], 0, 0, {}, 0
    deadline = time.monotonic() + hold
    while time.monotonic() < deadline:
        while len(held) < total:  # keep the pressure on: refill what the server closed
            s = socket.socket(socket.AF_UNIX)
            s.setblocking(False)
            attempts += 1
            try:
                s.connect(path)
            except OSError as e:
                s.close()
                if e.errno == errno.EAGAIN:
                    refused += 1
                else:
                    failed[errno.errorcode.get(e.errno, str(e.errno))] = 1 + failed.get(
                        errno.errorcode.get(e.errno, str(e.errno)), 0)
                break
            held.append(s)
        still = []
        for s in held:  # drop the ones the server hung up on
            try:
                if s.recv(1, socket.MSG_PEEK) == b"":
                    s.close()
                    continue
            except BlockingIOError:
                pass
            except OSError:
                s.close()
                continue
            still.append(s)
        held = still
        peak = max(peak, len(held))
        time.sleep(0.01)
    for s in held:
        s.close()
    print(json.dumps({"attempts": attempts, "peak": peak, "refused": refused, "failed": failed}))
    """
)


def flood(app: RealApp) -> dict[str, object]:
    result = subprocess.run(
        [sys.executable, "-c", FLOODER, str(app.socket_path), str(FLOOD), str(HOLD_S)],
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    report: dict[str, object] = json.loads(result.stdout)
    return report


def test_a_flood_of_idle_connections_never_shuts_the_control_server_down(
    tmp_path: Path, launch: Launch
) -> None:
    data = tmp_path / "data"
    no_welcome(data)
    app = launch(data, nofile=1024)  # the common limit of open files
    app.wait_started()
    report = flood(app)
    print(f"flood of {FLOOD} idle connections held {HOLD_S:.0f} s: {report}")
    assert app.alive(), app.tail()
    started = time.monotonic()
    broke = app.cli("break")
    assert broke.returncode == 0, broke.stderr + app.tail()
    answered_s = time.monotonic() - started
    second = launch(data)  # a new start hands over to the running copy
    assert second.proc.wait(30) == 0, second.tail()
    assert "already running" in second.output()
    log = app.log()
    assert "later ones wait their turn" in log, log[-3000:]
    assert "closed for sending nothing" in log, log[-3000:]
    assert app.quit() == 0, app.tail()
    print(f"after the flood: break answered in {answered_s * 1000:.0f} ms, new start, quit")


CYRILLIC = "Данные пользователя для проверки длинного пути сокета приложений!"


def test_a_long_cyrillic_data_folder_starts_and_answers(tmp_path: Path, launch: Launch) -> None:
    assert len(CYRILLIC) == 65
    data = tmp_path / CYRILLIC
    no_welcome(data)
    app = launch(data)
    app.wait_started()
    assert len(os.fsencode(data / "run" / "control.sock")) > 108  # too long for a socket
    assert app.cli("pause", "5").returncode == 0, app.tail()
    app.wait_for("paused until")
    assert app.quit() == 0, app.tail()
    print(f"data folder of {len(os.fsencode(data))} bytes: started, paused, quit")


def test_a_non_utf8_data_folder_is_refused_with_the_true_reason(
    tmp_path: Path, launch: Launch
) -> None:
    data = Path(os.fsdecode(os.fsencode(tmp_path) + b"/caf\xe9-data"))
    app = launch(data)
    assert app.proc.wait(30) == 2, app.output()
    said = app.output()
    assert "not UTF-8" in said and "0xe9" in said, said
    assert "disk full" not in said and "read-only" not in said, said
    assert "Traceback" not in said, said
    check = app.cli("check")  # the commands that only read files work with it
    assert check.returncode == 0, check.stdout + check.stderr
    print(f"refused: {said.strip()}")


def write_stale_locks(data: Path, pid: int, host: str) -> None:
    """What a copy that died elsewhere leaves: this version's lock file, and the
    QLockFile an older version kept in DATA/run (a synced folder carries both)."""
    data.mkdir(parents=True, exist_ok=True)
    (data / "instance.lock").write_text(
        f'pid = {pid}\nhost = "{host}"\nsocket = "/run/user/1000/x.sock"\n'
        'started = "2026-11-20T09:00:00+01:00"\n'
    )
    (data / "run").mkdir(exist_ok=True)
    (data / "run" / "instance.lock").write_text(f"{pid}\ndeadbutt-tray\n{host}\n")


def test_stale_locks_from_another_host_or_a_recycled_pid_never_block_a_start(
    tmp_path: Path, launch: Launch
) -> None:
    cases = {
        "another host": (12345, "laptop-at-home"),
        "a recycled pid (now a live python process)": (os.getpid(), socket.gethostname()),
        "pid 1 on another host": (1, "office-pc"),
    }
    for number, (case, (pid, host)) in enumerate(cases.items()):
        data = tmp_path / f"data-{number}"
        no_welcome(data)
        write_stale_locks(data, pid, host)
        app = launch(data)
        app.wait_started()
        assert app.cli("resume").returncode == 0, f"{case}: {app.tail()}"
        assert f"pid = {app.pid}\n" in (data / "instance.lock").read_text(), case
        assert app.quit() == 0, f"{case}: {app.tail()}"
    print(f"{len(cases)} stale locks ({', '.join(cases)}): every start worked")


def test_two_copies_on_one_data_folder_with_different_runtime_folders_meet(
    tmp_path: Path, launch: Launch
) -> None:
    """A shared home (two sessions, each with its own $XDG_RUNTIME_DIR): one app."""
    home = tmp_path / "home"
    data = home / ".local" / "share" / "deadbutt-tray"
    no_welcome(data)
    copies = []
    for name in ("runtime-a", "runtime-b"):
        env = platform_layout_env(home, tmp_path / name)
        log_file = home / ".local" / "state" / "deadbutt-tray" / "log" / "deadbutt-tray.log"
        runtime = tmp_path / name / "deadbutt-tray"
        copies.append(launch(None, env=env, log_file=log_file, runtime_dir=runtime))
        if name == "runtime-a":
            copies[0].wait_started()
    first, second = copies
    assert second.proc.wait(30) == 0, second.tail()
    assert "already running" in second.output(), second.output()
    pause = second.cli("pause", "5")  # from the other session, too
    assert pause.returncode == 0, pause.stderr
    first.wait_for("paused until")
    assert first.alive() and first.quit() == 0, first.tail()
    print("a second copy with another runtime folder handed over to the first")


def test_deleting_the_runtime_folder_never_makes_a_command_start_a_second_copy(
    tmp_path: Path, launch: Launch
) -> None:
    data = tmp_path / "data"
    no_welcome(data)
    app = launch(data)
    app.wait_started()
    timings = []
    for what, command in (("the runtime folder", ("pause", "5")), ("the socket", ("resume",))):
        target = app.socket_path.parent if what == "the runtime folder" else app.socket_path
        if target.is_dir():
            shutil.rmtree(target)
            shutil.rmtree(data / "run", ignore_errors=True)  # where older versions had it
        else:
            target.unlink()
        started = time.monotonic()
        result = app.cli(*command, timeout=20)
        timings.append(time.monotonic() - started)
        assert result.returncode == 0, f"{what} deleted: {result.stderr}\n{app.tail()}"
        assert "started" not in result.stdout + result.stderr
        assert app.socket_path.exists(), what
    log = app.log()
    assert "paused until" in log and "listening again" in log, log[-2000:]
    assert app.quit() == 0, app.tail()
    print(
        "runtime folder, then socket deleted: commands answered in "
        f"{', '.join(f'{t * 1000:.0f} ms' for t in timings)}, no second copy"
    )
