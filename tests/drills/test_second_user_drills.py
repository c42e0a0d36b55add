"""A second user on the same machine cannot talk to this user's running app.

The other user is uid 65534 ("nobody", no supplementary groups) running the system
Python. The app's data folder sits in a folder everyone may pass through (unlike
pytest's tmp_path, whose 0700 parent would stop the other user before the app's own
protections are even reached), and a socket that is meant to be open proves that the
other user's client really can connect when nothing stops it.
"""

from __future__ import annotations

import os
import socket
import stat
import textwrap
from pathlib import Path

from tests.drills.conftest import (
    OTHER_UID,
    Launch,
    app_env,
    no_welcome,
    run_as_other_user,
    system_python,
)

EXIT_CONNECTED, EXIT_REFUSED = 0, 13
CLIENT = textwrap.dedent(
    """
    import socket, sys
    sock = socket.socket(socket.AF_UNIX)
    sock.settimeout(5)
    try:
        sock.connect(sys.argv[1])
    except PermissionError:
        sys.exit(13)
    except OSError as error:
        print(error)
        sys.exit(2)
    sock.sendall(b'{"cmd": "quit"}\\n')
    sock.settimeout(1)
    try:
        print(sock.recv(200))
    except OSError:
        pass  # connected is what counts
    """
)


def other_user_connects(path: Path) -> int:
    result = run_as_other_user([system_python(), "-c", CLIENT, str(path)])
    assert result.returncode in (EXIT_CONNECTED, EXIT_REFUSED), result.stdout + result.stderr
    return result.returncode


def test_a_second_user_cannot_reach_the_control_socket_and_the_app_keeps_running(
    shared_tmp: Path, launch: Launch
) -> None:
    # Control: a socket left open to everyone is reachable, so a refusal below is real.
    open_dir = shared_tmp / "open"
    open_dir.mkdir(mode=0o755)
    with socket.socket(socket.AF_UNIX) as server:
        server.bind(str(open_dir / "open.sock"))
        os.chmod(open_dir / "open.sock", 0o777)
        server.listen(1)
        assert other_user_connects(open_dir / "open.sock") == EXIT_CONNECTED

    data = shared_tmp / "data"
    no_welcome(data)
    data.chmod(0o755)
    app = launch(data, env=app_env())
    app.wait_started()
    run = app.runtime_dir
    info = run.stat()
    assert info.st_uid == os.getuid() and stat.S_IMODE(info.st_mode) == 0o700
    sock_mode = stat.S_IMODE(app.socket_path.stat().st_mode)
    assert sock_mode & 0o077 == 0, f"the socket itself is {oct(sock_mode)}"

    assert other_user_connects(app.socket_path) == EXIT_REFUSED
    # Defence in depth: even with the folder opened up, the socket alone refuses them.
    run.chmod(0o755)
    try:
        assert other_user_connects(app.socket_path) == EXIT_REFUSED
    finally:
        run.chmod(0o700)
    result = run_as_other_user([system_python(), "-c", f"import os; os.listdir({str(run)!r})"])
    assert result.returncode != 0 and "PermissionError" in result.stderr

    # Their "quit" never arrived: the app runs and still answers its own user.
    assert app.alive()
    assert "quitting" not in app.log()
    assert app.cli("resume").returncode == 0
    assert app.quit() == 0


def test_a_runtime_folder_squatted_by_a_second_user_is_never_used_and_the_app_still_runs(
    shared_tmp: Path, launch: Launch
) -> None:
    """Without $XDG_RUNTIME_DIR the lock and socket would go to $TMPDIR/runtime-<uid>, a
    name another user can create first. The app must not use it (they could then talk to
    it or impersonate it); it falls back to a private folder in the user's own cache and
    works as usual."""
    tmpdir = shared_tmp / "tmp"
    tmpdir.mkdir()
    tmpdir.chmod(0o1777)
    squatted = tmpdir / f"runtime-{os.getuid()}"
    made = run_as_other_user(["/bin/mkdir", "-m", "0777", str(squatted)])
    assert made.returncode == 0, made.stderr
    assert squatted.stat().st_uid == OTHER_UID
    home = shared_tmp / "home"
    env = app_env(HOME=str(home), TMPDIR=str(tmpdir), XDG_CONFIG_DIRS=str(home / "etc"))
    env.pop("XDG_RUNTIME_DIR", None)
    for name in ("CONFIG", "DATA", "STATE", "CACHE"):
        env[f"XDG_{name}_HOME"] = str(home / name.lower())
    fallback = home / "cache" / "deadbutt-tray" / "run"
    log_file = home / "state" / "deadbutt-tray" / "log" / "deadbutt-tray.log"
    app = launch(None, env=env, log_file=log_file, runtime_dir=fallback)
    app.wait_started()
    # The security promise: nothing of the app's lands in the other user's folder.
    assert list(squatted.iterdir()) == [], "the app used a folder another user owns"
    assert stat.S_IMODE(fallback.stat().st_mode) == 0o700
    assert app.cli("pause", "5").returncode == 0  # the control socket works from there
    assert app.quit() == 0, app.tail()
    assert "Traceback" not in app.output()
