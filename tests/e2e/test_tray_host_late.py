"""The real app started before the tray host (a login race), then the host goes away.

Xvfb with no tray: the status window stands in. trayer starts: the icon is embedded and
the window goes. trayer is killed: the window comes back.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from deadbutt_tray.platform.tray_host.x11 import TraySelectionWatch
from tests.e2e.conftest import display_env, require_tool, seen_data_folder, wait_for

pytestmark = pytest.mark.e2e


def test_the_tray_selection_owner_tells_when_trayer_starts_and_ends(
    xvfb_display: str, qtbot: QtBot
) -> None:
    """XFixes on a real X server: trayer taking ``_NET_SYSTEM_TRAY_S0`` and trayer ending
    (its window destroyed, its client gone) each reach the watch, with no polling."""
    require_tool("trayer", "trayer")
    env = display_env(xvfb_display)
    env.pop("DBUS_SESSION_BUS_ADDRESS", None)
    watch = TraySelectionWatch(xvfb_display)
    trayer: subprocess.Popen[bytes] | None = None
    try:
        assert watch.selection_name == "_NET_SYSTEM_TRAY_S0" and watch.owner() == 0
        with qtbot.waitSignal(watch.changed, timeout=20_000):
            trayer = subprocess.Popen(
                ["trayer", "--edge", "top", "--align", "right", "--SetDockType", "true"],
                env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
            )  # fmt: skip
        assert watch.owner() != 0
        with qtbot.waitSignal(watch.changed, timeout=20_000):
            trayer.kill()
        trayer.wait(10)
        assert watch.owner() == 0
    finally:
        if trayer is not None and trayer.poll() is None:
            trayer.kill()
            trayer.wait(10)
        watch.close()  # before the fixture stops Xvfb: Xlib ends a process that loses it


def test_the_icon_takes_over_when_the_tray_comes_late_and_the_window_comes_back(
    xvfb_display: str, tmp_path: Path
) -> None:
    require_tool("trayer", "trayer")
    require_tool("xwininfo", "x11-utils")
    require_tool("xdotool", "xdotool")
    env = display_env(xvfb_display)
    env.pop("DEADBUTT_TRAY_HOME", None)
    env.pop("DBUS_SESSION_BUS_ADDRESS", None)  # XEmbed only: no StatusNotifier host here

    def run(*args: str) -> str:
        return subprocess.run(args, env=env, capture_output=True, text=True, timeout=30).stdout

    def status_window_shown() -> bool:
        found = run("xdotool", "search", "--onlyvisible", "--name", "^deadbutt-tray$")
        return bool(found.strip())

    def icon_in_panel() -> bool:
        tree = run("xwininfo", "-root", "-tree")
        panel = tree.find('"panel"')
        return panel >= 0 and '"deadbutt-tray"' in tree[panel:]

    data = seen_data_folder(tmp_path / "data")
    app = subprocess.Popen(
        [sys.executable, "-m", "deadbutt_tray", "--data-dir", str(data)],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    trayer: subprocess.Popen[bytes] | None = None
    try:
        wait_for(status_window_shown, 20, "the status window (no tray yet)")
        trayer = subprocess.Popen(
            ["trayer", "--edge", "top", "--align", "right", "--SetDockType", "true"],
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        # The tray selection's new owner tells the watcher (XFixes): no polling.
        wait_for(icon_in_panel, 20, "the icon in the late tray")
        wait_for(lambda: not status_window_shown(), 10, "the status window to go")
        trayer.kill()
        trayer.wait(10)
        wait_for(status_window_shown, 25, "the status window to come back")
        log = (data / "logs" / "deadbutt-tray.log").read_text()
        assert "system tray appeared" in log and "system tray went away" in log
        assert "tray host: told by events" in log  # no polling
        assert app.poll() is None
    finally:
        if trayer is not None and trayer.poll() is None:
            trayer.kill()
            trayer.wait(10)
        app.terminate()
        app.wait(20)
