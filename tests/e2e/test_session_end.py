"""The session ends under the running app: the X server goes away (logout).

Qt ends the process as soon as it sees the display connection broke; before that, the
app must have recorded the open sitting span.
"""

from __future__ import annotations

import os
import select
import subprocess
import sys
import time
import tomllib
from pathlib import Path

import pytest

from tests.e2e.conftest import display_env, require_tool, seen_data_folder

pytestmark = pytest.mark.e2e


def start_xvfb(size: str = "1024x768x24") -> tuple[subprocess.Popen[bytes], str]:
    """An Xvfb this test may kill; its display (``-displayfd``: it picks a free number)."""
    xvfb = require_tool("Xvfb", "xvfb")
    for _attempt in range(3):
        read_fd, write_fd = os.pipe()
        server = subprocess.Popen(
            [xvfb, "-displayfd", str(write_fd), "-screen", "0", size, "-nolisten", "tcp"],
            pass_fds=(write_fd,),
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        os.close(write_fd)
        number = b""
        while not number.endswith(b"\n"):
            ready, _, _ = select.select([read_fd], [], [], 20)
            chunk = os.read(read_fd, 64) if ready else b""
            if not chunk:
                break
            number += chunk
        os.close(read_fd)
        display = f":{number.strip().decode()}"
        # A number whose socket another server still holds makes this one exit at once.
        time.sleep(0.3)
        if number.strip().isdigit() and server.poll() is None:
            probe = subprocess.run(
                ["xdpyinfo", "-display", display], capture_output=True, timeout=20, check=False
            )
            if probe.returncode == 0:
                return server, display
        server.kill()
        server.wait()
    pytest.fail("Xvfb did not start")


def test_the_x_server_going_away_saves_the_open_span(tmp_path: Path) -> None:
    require_tool("xdpyinfo", "x11-utils")
    server, display = start_xvfb()
    env = display_env(display)
    env.pop("DEADBUTT_TRAY_HOME", None)
    env.pop("DBUS_SESSION_BUS_ADDRESS", None)
    env["PYTHONFAULTHANDLER"] = "1"
    data = seen_data_folder(tmp_path / "data")
    errors = (tmp_path / "stderr.txt").open("w")
    app = subprocess.Popen(
        [sys.executable, "-m", "deadbutt_tray", "--data-dir", str(data)],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=errors,
    )
    log = data / "logs" / "deadbutt-tray.log"
    try:
        deadline = time.monotonic() + 90
        while "started;" not in (log.read_text() if log.exists() else ""):
            assert app.poll() is None, (tmp_path / "stderr.txt").read_text() + (
                log.read_text() if log.exists() else "no log"
            )
            assert time.monotonic() < deadline, "the app did not start"
            time.sleep(0.2)
        time.sleep(1.5)  # a little sitting to record
        server.kill()  # the X server dies, as at logout
        server.wait(10)
        app.wait(30)
    finally:
        if app.poll() is None:
            app.kill()
            app.wait()
        if server.poll() is None:
            server.kill()
            server.wait()
    errors.close()
    spans = []
    for path in (data / "history").glob("*.toml"):
        spans += tomllib.loads(path.read_text()).get("sitting", [])
    assert [span["ended_by"] for span in spans] == ["quit"], log.read_text()[-2000:]
    assert "the display connection broke: saving the open sitting span" in log.read_text()


LISTENER = """
import sys, time
from pathlib import Path
from deadbutt_tray.platform.x11 import load_x11, on_connection_lost
x11 = load_x11()
display = x11.XOpenDisplay(sys.argv[1].encode())
assert display
on_connection_lost(lambda: Path(sys.argv[2]).write_text("saved"))
print("ready", flush=True)
while True:  # as the idle source does every tick
    x11.XSync(display, 0)
    time.sleep(0.05)
"""


def test_our_own_xlib_connection_noticing_first_still_saves(tmp_path: Path) -> None:
    """The idle source's libX11 connection may see the dead server before Qt does."""
    require_tool("xdpyinfo", "x11-utils")
    server, display = start_xvfb("640x480x24")
    marker = tmp_path / "saved"
    listener = subprocess.Popen(
        [sys.executable, "-c", LISTENER, display, str(marker)],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    try:
        assert listener.stdout is not None
        first = listener.stdout.readline().strip()
        assert first == "ready", first + listener.stdout.read()
        server.kill()
        server.wait(10)
        assert listener.wait(30) != 0  # Xlib ends the process after the handler
    finally:
        for proc in (listener, server):
            if proc.poll() is None:
                proc.kill()
                proc.wait()
        if listener.stdout is not None:
            listener.stdout.close()
    assert marker.read_text() == "saved"
