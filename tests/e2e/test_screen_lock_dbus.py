"""MATE's and Cinnamon's screen lock, told over a real session bus, make the real app
count the user as away, and the unlock brings them back.

The app runs on Xvfb with a private session bus (what ``dbus-run-session`` makes);
another process on that bus, ``dbus-send``, emits the screen saver's ``ActiveChanged``
signal exactly as mate-screensaver and cinnamon-screensaver do (their interface, their
object path, a broadcast with no destination), and ``deadbutt-tray status --json`` says
what the running copy counts.
"""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.e2e.conftest import require_tool, seen_data_folder, wait_for

pytestmark = pytest.mark.e2e


@pytest.fixture
def data(bus_env: dict[str, str], tmp_path: Path) -> Iterator[Path]:
    """The app's data folder, with the app running on it (quit at the end)."""
    folder = seen_data_folder(tmp_path / "data")
    app = subprocess.Popen(
        [sys.executable, "-m", "deadbutt_tray", "--data-dir", str(folder)],
        env=bus_env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    log = folder / "logs" / "deadbutt-tray.log"
    try:
        wait_for(
            lambda: log.exists() and "org.cinnamon.ScreenSaver.ActiveChanged" in log.read_text(),
            30,
            "the app subscribed to the screen savers' signals",
        )
        yield folder
        subprocess.run(
            [sys.executable, "-m", "deadbutt_tray", "--data-dir", str(folder), "quit"],
            env=bus_env, capture_output=True, timeout=60, check=False,
        )  # fmt: skip
        assert app.wait(20) == 0
    finally:
        if app.poll() is None:
            app.kill()
            app.wait(10)


def status_class(bus_env: dict[str, str], data: Path) -> str:
    answer = subprocess.run(
        [sys.executable, "-m", "deadbutt_tray", "--data-dir", str(data), "status", "--json"],
        env=bus_env, capture_output=True, text=True, timeout=60, check=False,
    )  # fmt: skip
    assert answer.returncode == 0, answer.stderr
    return str(json.loads(answer.stdout)["class"])


@pytest.mark.parametrize(
    ("interface", "path"),
    [
        ("org.mate.ScreenSaver", "/org/mate/ScreenSaver"),
        ("org.cinnamon.ScreenSaver", "/org/cinnamon/ScreenSaver"),
    ],
)
def test_a_screen_saver_lock_over_the_bus_counts_as_away(
    bus_env: dict[str, str], data: Path, interface: str, path: str
) -> None:
    dbus_send = require_tool("dbus-send", "dbus")
    xdotool = require_tool("xdotool", "xdotool")

    def emit(active: bool) -> None:
        subprocess.run(
            [dbus_send, "--session", "--type=signal", path, f"{interface}.ActiveChanged",
             f"boolean:{'true' if active else 'false'}"],
            env=bus_env, check=True, timeout=10,
        )  # fmt: skip

    subprocess.run([xdotool, "mousemove", "10", "10"], env=bus_env, check=True, timeout=10)
    assert status_class(bus_env, data) in {"sitting", "due"}
    emit(True)
    wait_for(lambda: status_class(bus_env, data) == "away", 20, f"away after {interface} lock")
    log = (data / "logs" / "deadbutt-tray.log").read_text()
    assert "Screen locked (ScreenSaver.ActiveChanged)" in log
    emit(False)
    subprocess.run([xdotool, "mousemove", "20", "20"], env=bus_env, check=True, timeout=10)
    wait_for(
        lambda: status_class(bus_env, data) in {"sitting", "due"}, 20, f"back after {interface}"
    )
    assert (
        "Screen unlocked (ScreenSaver.ActiveChanged)"
        in (data / "logs" / "deadbutt-tray.log").read_text()
    )
