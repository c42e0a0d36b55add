"""End-to-end fixtures: a real X server (Xvfb) per test.

Missing tools skip the test with a loud reason on a developer machine. Under CI
(``CI`` set) or ``./dev test`` they fail it instead: those install the tools, so a
skip there would hide that the end-to-end tests silently stopped running.
"""

from __future__ import annotations

import os
import select
import shutil
import subprocess
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from tests.processes import stop

XVFB_START_TIMEOUT_S = 20.0
XVFB_SCREEN = "1280x800x24"


def wait_for(
    condition: Callable[[], object], timeout: float, what: str, every: float = 0.2
) -> object:
    """Poll ``condition`` until it returns something true; fail naming ``what``."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = condition()
        if value:
            return value
        time.sleep(every)
    raise AssertionError(f"timed out after {timeout} s waiting for {what}")


def eventually(check: Callable[[], object], expected: object, timeout: float = 10.0) -> None:
    """Poll ``check()`` until it gives ``expected``; fail saying what it still gives."""
    deadline = time.monotonic() + timeout
    while (got := check()) != expected:
        if time.monotonic() > deadline:
            pytest.fail(f"expected {expected!r}, still {got!r} after {timeout} s")
        time.sleep(0.05)


def require_tool(tool: str, package: str) -> str:
    """The path of ``tool``; skips (or fails under CI) with the Debian package to install."""
    path = shutil.which(tool)
    if path is None:
        message = (
            f"!!! {tool} is not installed: end-to-end tests cannot run. "
            f"Install it with: apt-get install {package}"
        )
        if os.environ.get("CI") or os.environ.get("DEADBUTT_TRAY_REQUIRE_E2E"):
            pytest.fail(message, pytrace=False)
        pytest.skip(message)
    return path


def display_env(display: str) -> dict[str, str]:
    """This process's environment pointed at ``display`` only (no Wayland, no offscreen)."""
    env = dict(os.environ)
    env["DISPLAY"] = display
    env["XDG_SESSION_TYPE"] = "x11"
    env.pop("WAYLAND_DISPLAY", None)
    env.pop("QT_QPA_PLATFORM", None)
    return env


def seen_data_folder(folder: Path) -> Path:
    """``folder``, made, with the first-run windows (welcome, no-tray hint) marked seen."""
    folder.mkdir(parents=True)
    (folder / "state.toml").write_text("welcome_seen = true\nno_tray_hint_seen = true\n")
    return folder


@contextmanager
def running_xvfb(screen: str = XVFB_SCREEN) -> Iterator[str]:
    """A fresh Xvfb server; yields its DISPLAY string such as ``":141"``.

    Xvfb picks a free display number itself (``-displayfd``) and reports it once it
    accepts connections, so parallel test runs cannot collide and no sleep is needed.
    """
    xvfb = require_tool("Xvfb", "xvfb")
    read_fd, write_fd = os.pipe()
    proc = subprocess.Popen(
        [xvfb, "-displayfd", str(write_fd), "-screen", "0", screen, "-nolisten", "tcp",
         "-noreset"],
        pass_fds=(write_fd,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )  # fmt: skip
    os.close(write_fd)
    try:
        number = b""
        ready, _, _ = select.select([read_fd], [], [], XVFB_START_TIMEOUT_S)
        while ready:
            chunk = os.read(read_fd, 64)
            number += chunk
            if not chunk or number.endswith(b"\n"):
                break
            ready, _, _ = select.select([read_fd], [], [], XVFB_START_TIMEOUT_S)
        if not number.strip().isdigit():
            proc.kill()
            _, err = proc.communicate(timeout=5)
            pytest.fail(f"Xvfb did not start: {err.decode(errors='replace')[-2000:]}")
        yield f":{number.strip().decode()}"
    finally:
        os.close(read_fd)
        stop(proc)


@pytest.fixture
def xvfb_display() -> Iterator[str]:
    """A fresh Xvfb server for one test (``running_xvfb``); its DISPLAY string."""
    with running_xvfb() as display:
        yield display


def start_session_bus(env: dict[str, str] | None = None) -> tuple[subprocess.Popen[bytes], str]:
    """A private D-Bus session bus (what ``dbus-run-session`` starts): the daemon, its address.

    Services the bus starts on demand (xfconfd, dunst) get ``env``.
    """
    daemon = require_tool("dbus-daemon", "dbus")
    read_fd, write_fd = os.pipe()
    proc = subprocess.Popen(
        [daemon, "--session", "--nofork", "--nopidfile", f"--print-address={write_fd}"],
        pass_fds=(write_fd,),
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    os.close(write_fd)
    try:
        address = b""
        while not address.endswith(b"\n"):
            ready, _, _ = select.select([read_fd], [], [], XVFB_START_TIMEOUT_S)
            chunk = os.read(read_fd, 256) if ready else b""
            if not chunk:
                proc.kill()
                proc.wait()
                pytest.fail("dbus-daemon did not start")
            address += chunk
    finally:
        os.close(read_fd)
    return proc, address.decode().strip()


@pytest.fixture
def session_bus() -> Iterator[str]:
    """A private D-Bus session bus for one test; its address."""
    proc, address = start_session_bus()
    try:
        yield address
    finally:
        proc.terminate()
        proc.wait(10)


@pytest.fixture
def bus_env(xvfb_display: str, session_bus: str) -> dict[str, str]:
    """The environment of a fresh Xvfb with a private session bus (the default data folder
    not set: each test names its own)."""
    env = display_env(xvfb_display)
    env.pop("DEADBUTT_TRAY_HOME", None)
    env["DBUS_SESSION_BUS_ADDRESS"] = session_bus
    return env


@contextmanager
def window_manager(display: str) -> Iterator[None]:
    """openbox managing ``display`` (skips the test where it is not installed)."""
    openbox = shutil.which("openbox")
    if openbox is None:
        pytest.skip("!!! openbox is not installed: apt-get install openbox (real-WM check)")
    xprop = require_tool("xprop", "x11-utils")
    env = display_env(display)
    wm = subprocess.Popen(
        [openbox, "--sm-disable"], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )

    def managing() -> bool:  # openbox sets _NET_SUPPORTING_WM_CHECK on the root window
        done = subprocess.run(
            [xprop, "-root", "_NET_SUPPORTING_WM_CHECK"],
            env=env, capture_output=True, timeout=10, check=False,
        )  # fmt: skip
        return b"window id" in done.stdout

    try:
        eventually(managing, True)
        yield
    finally:
        stop(wm)
