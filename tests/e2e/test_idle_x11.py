"""The X11 idle source against a real X server: idle grows, and input resets it."""

from __future__ import annotations

import subprocess
import time

import pytest

from deadbutt_tray.platform.idle.base import NullIdleSource
from deadbutt_tray.platform.idle.chooser import choose_idle_source
from deadbutt_tray.platform.idle.x11 import X11IdleSource
from tests.e2e.conftest import display_env, require_tool

pytestmark = pytest.mark.e2e


def move_mouse(display: str, x: int, y: int) -> None:
    """Real input through XTest, as a person's mouse would give."""
    xdotool = require_tool("xdotool", "xdotool")
    subprocess.run(
        [xdotool, "mousemove", "--sync", str(x), str(y)],
        env=display_env(display),
        check=True,
        timeout=10,
    )


def test_idle_grows_and_input_resets_it(xvfb_display: str) -> None:
    require_tool("xdotool", "xdotool")
    source = X11IdleSource(xvfb_display)
    try:
        move_mouse(xvfb_display, 10, 10)
        time.sleep(1.5)
        before = source.seconds_idle()
        assert before is not None and before >= 1.0, f"idle after 1.5 s quiet: {before}"

        move_mouse(xvfb_display, 200, 150)
        after = source.seconds_idle()
        assert after is not None and after < 0.5, f"idle right after input: {after}"

        time.sleep(0.6)
        again = source.seconds_idle()
        assert again is not None and again >= after + 0.5, "idle stopped counting"
    finally:
        # Close before the fixture stops Xvfb: Xlib exits the process on a lost display.
        source.close()


def test_auto_chooser_picks_x11_on_an_x11_session(xvfb_display: str) -> None:
    env = display_env(xvfb_display)
    source, reasons = choose_idle_source("auto", env, platform="linux")
    try:
        assert not isinstance(source, NullIdleSource), reasons
        assert source.name == "X11 XScreenSaver"
        assert len(reasons) == 1 and reasons[0].startswith("x11: picked X11 XScreenSaver")
    finally:
        source.close()


def test_the_server_screen_saver_state_counts_as_away(xvfb_display: str) -> None:
    """``xset s activate`` (and X-level blanking) shows in the MIT-SCREEN-SAVER state."""
    xset = require_tool("xset", "x11-xserver-utils")
    env = display_env(xvfb_display)
    source = X11IdleSource(xvfb_display)
    try:
        assert source.screen_saver_active() is False
        subprocess.run([xset, "s", "on"], env=env, check=True, timeout=10)
        subprocess.run([xset, "s", "activate"], env=env, check=True, timeout=10)
        assert source.screen_saver_active() is True
        subprocess.run([xset, "s", "reset"], env=env, check=True, timeout=10)
        assert source.screen_saver_active() is False
    finally:
        source.close()
