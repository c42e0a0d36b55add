"""Full-screen detection against a real X server.

Bare Xvfb has no window manager, so the tests play its part with ``xprop``: they set
the root's ``_NET_ACTIVE_WINDOW`` and a window's ``_NET_WM_STATE`` by hand. With
openbox installed, one more test lets a real window manager do it for a Qt window that
goes full-screen and back.
"""

from __future__ import annotations

import subprocess
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from deadbutt_tray.platform.fullscreen.chooser import choose_fullscreen_detector
from deadbutt_tray.platform.fullscreen.x11 import X11FullscreenDetector, XlibConnection
from tests.e2e.conftest import (
    XVFB_SCREEN,
    display_env,
    eventually,
    require_tool,
    window_manager,
)
from tests.processes import ScriptChild

pytestmark = pytest.mark.e2e

ROOT_DIR = Path(__file__).resolve().parents[2]
SCREEN_W, SCREEN_H = (int(n) for n in XVFB_SCREEN.split("x")[:2])

# Top-level Qt windows at the geometries given as "x,y,w,h" arguments; prints their X
# window ids, then obeys "full N" / "normal N" lines on stdin until it is closed.
WINDOWS_SCRIPT = r"""
import sys
from PySide6.QtCore import QSocketNotifier
from PySide6.QtWidgets import QApplication, QWidget

app = QApplication(sys.argv)
windows = []
for spec in sys.argv[1:]:
    x, y, w, h = (int(n) for n in spec.split(","))
    win = QWidget()
    win.setWindowTitle(f"window-{len(windows)}")
    win.setGeometry(x, y, w, h)
    win.show()
    windows.append(win)
app.processEvents()
for win in windows:
    print(int(win.winId()), flush=True)

def command():
    line = sys.stdin.readline()
    if not line:
        app.quit()
        return
    verb, index = line.split()
    win = windows[int(index)]
    win.showFullScreen() if verb == "full" else win.showNormal()
    print("OK", flush=True)

notifier = QSocketNotifier(sys.stdin.fileno(), QSocketNotifier.Type.Read)
notifier.activated.connect(command)
app.exec()
"""


class Windows(ScriptChild):
    """The Qt process holding the test's windows."""

    what = "the window process"
    ends_with_its_input = True

    def __init__(self, display: str, *geometries: tuple[int, int, int, int]) -> None:
        sizes = (",".join(map(str, g)) for g in geometries)
        super().__init__(WINDOWS_SCRIPT, *sizes, env=display_env(display), cwd=ROOT_DIR)
        self.ids = [int(self.read_line()) for _ in geometries]

    def send(self, command: str) -> None:
        super().send(command)
        assert self.read_line() == "OK"


@contextmanager
def detector_on(display: str) -> Iterator[X11FullscreenDetector]:
    detector = X11FullscreenDetector(XlibConnection(display))
    try:
        yield detector
    finally:
        # Before the fixture stops Xvfb: Xlib exits the process on a lost display.
        detector.close()


def xprop(display: str, *args: str) -> None:
    tool = require_tool("xprop", "x11-utils")
    subprocess.run([tool, *args], env=display_env(display), check=True, timeout=10)


def set_active(display: str, window: int) -> None:
    xprop(display, "-root", "-f", "_NET_ACTIVE_WINDOW", "32x", "-set", "_NET_ACTIVE_WINDOW",
          hex(window))  # fmt: skip


def set_state(display: str, window: int, atom: str) -> None:
    # One atom only: xprop's -set reads "A,B" as a single atom named "A,B".
    xprop(display, "-id", hex(window), "-f", "_NET_WM_STATE", "32a", "-set", "_NET_WM_STATE",
          atom)  # fmt: skip


def remove_state(display: str, window: int) -> None:
    xprop(display, "-id", hex(window), "-remove", "_NET_WM_STATE")


def test_ewmh_state_of_the_active_window(xvfb_display: str) -> None:
    with Windows(xvfb_display, (100, 100, 400, 300)) as held, detector_on(xvfb_display) as d:
        (win,) = held.ids
        remove_state(xvfb_display, win)  # whatever Qt wrote: the test decides
        set_active(xvfb_display, win)
        assert d.is_fullscreen_active() is False

        set_state(xvfb_display, win, "_NET_WM_STATE_FULLSCREEN")
        assert d.is_fullscreen_active() is True

        set_state(xvfb_display, win, "_NET_WM_STATE_ABOVE")  # full-screen ended
        assert d.is_fullscreen_active() is False


def test_a_window_covering_the_screen_without_state(xvfb_display: str) -> None:
    geometries = ((0, 0, SCREEN_W, SCREEN_H), (50, 50, 300, 200))
    with Windows(xvfb_display, *geometries) as held, detector_on(xvfb_display) as d:
        big, small = held.ids
        for win in held.ids:
            remove_state(xvfb_display, win)
        set_active(xvfb_display, big)
        assert d.is_fullscreen_active() is True
        set_active(xvfb_display, small)
        assert d.is_fullscreen_active() is False
        # A window manager that keeps states decides: covering the screen alone is not
        # full-screen then (a maximized window without panels covers it too).
        set_active(xvfb_display, big)
        set_state(xvfb_display, big, "_NET_WM_STATE_MAXIMIZED_VERT")
        assert d.is_fullscreen_active() is False


def test_an_active_window_that_no_longer_exists_does_not_kill_us(xvfb_display: str) -> None:
    with Windows(xvfb_display, (0, 0, SCREEN_W, SCREEN_H)) as held, detector_on(xvfb_display) as d:
        (win,) = held.ids
        remove_state(xvfb_display, win)
        set_active(xvfb_display, 0x7FFFF0)  # no such window: BadWindow
        for _ in range(3):
            assert d.is_fullscreen_active() is None
        set_active(xvfb_display, win)
        assert d.is_fullscreen_active() is True  # the connection is still fine


def test_no_window_manager_and_no_active_window(xvfb_display: str) -> None:
    with detector_on(xvfb_display) as d:
        xprop(xvfb_display, "-root", "-remove", "_NET_ACTIVE_WINDOW")
        assert d.is_fullscreen_active() is False  # focus is PointerRoot: nothing active


def test_the_chooser_picks_x11(xvfb_display: str) -> None:
    detector = choose_fullscreen_detector(display_env(xvfb_display), platform="linux")
    try:
        assert isinstance(detector, X11FullscreenDetector)
        assert detector.is_fullscreen_active() is False
    finally:
        detector.close()


def test_a_real_window_manager_and_a_qt_window_going_fullscreen(xvfb_display: str) -> None:
    with (
        window_manager(xvfb_display),
        detector_on(xvfb_display) as d,
        Windows(xvfb_display, (80, 80, 500, 300)) as held,
    ):
        eventually(d.is_fullscreen_active, False)
        held.send("full 0")
        eventually(d.is_fullscreen_active, True)
        held.send("normal 0")
        eventually(d.is_fullscreen_active, False)
