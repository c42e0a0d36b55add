"""Full-screen detection with the X11 and Windows boundaries faked (real X11: tests/e2e)."""

from __future__ import annotations

import ctypes
from types import SimpleNamespace

import pytest

from deadbutt_tray.platform.fullscreen.base import FullscreenDetector, NullFullscreenDetector
from deadbutt_tray.platform.fullscreen.chooser import choose_fullscreen_detector
from deadbutt_tray.platform.fullscreen.windows import (
    QUNS_ACCEPTS_NOTIFICATIONS,
    QUNS_APP,
    QUNS_BUSY,
    QUNS_NOT_PRESENT,
    QUNS_PRESENTATION_MODE,
    QUNS_QUIET_TIME,
    QUNS_RUNNING_D3D_FULL_SCREEN,
    WindowsFullscreenDetector,
    bind_shell32,
)
from deadbutt_tray.platform.fullscreen.x11 import (
    Rect,
    X11FullscreenDetector,
    XError,
    XlibConnection,
)

ROOT = 0x100
APP = 0x2A00001
ATOMS = {
    "_NET_WM_STATE_FULLSCREEN": 301,
    "_NET_WM_STATE_ABOVE": 302,
    "_NET_WM_STATE_MAXIMIZED_VERT": 303,
    "_NET_WM_WINDOW_TYPE_DESKTOP": 311,
    "_NET_WM_WINDOW_TYPE_DOCK": 312,
    "_NET_WM_WINDOW_TYPE_NORMAL": 313,
}
SCREEN = Rect(0, 0, 1920, 1080)


class FakeX:
    """Plays an X server's answers: properties per window, geometry, monitors."""

    def __init__(self) -> None:
        self.props: dict[tuple[int, str], list[int]] = {}
        self.frames: dict[int, Rect] = {}
        self.monitors = [SCREEN]
        self.focus: int | None = None
        self.gone: set[int] = set()  # windows that give BadWindow
        self.closed = 0

    def root(self) -> int:
        return ROOT

    def atom(self, name: str) -> int:
        return ATOMS[name]

    def property_items(self, window: int, name: str) -> list[int] | None:
        if window in self.gone:
            raise XError("X error code 3")
        return self.props.get((window, name))

    def input_focus(self) -> int | None:
        return self.focus

    def frame(self, window: int) -> Rect:
        if window in self.gone:
            raise XError("X error code 3")
        return self.frames[window]

    def screens(self) -> list[Rect]:
        return self.monitors

    def close(self) -> None:
        self.closed += 1

    # helpers
    def activate(self, window: int) -> None:
        self.props[(ROOT, "_NET_ACTIVE_WINDOW")] = [window]

    def state(self, window: int, *names: str) -> None:
        self.props[(window, "_NET_WM_STATE")] = [ATOMS[n] for n in names]


@pytest.fixture
def x() -> FakeX:
    fake = FakeX()
    fake.activate(APP)
    fake.frames[APP] = Rect(100, 100, 800, 600)
    return fake


def detect(fake: FakeX) -> bool | None:
    return X11FullscreenDetector(fake).is_fullscreen_active()


# -- X11, EWMH ---------------------------------------------------------------------------


def test_ewmh_fullscreen_state_is_fullscreen(x: FakeX) -> None:
    x.state(APP, "_NET_WM_STATE_ABOVE", "_NET_WM_STATE_FULLSCREEN")
    assert detect(x) is True


def test_other_ewmh_states_are_not(x: FakeX) -> None:
    x.state(APP, "_NET_WM_STATE_MAXIMIZED_VERT")
    assert detect(x) is False
    x.state(APP)  # the window manager keeps an empty state
    assert detect(x) is False


def test_a_managed_window_covering_the_screen_is_trusted_to_its_state(x: FakeX) -> None:
    # A maximized, undecorated window on a screen without panels covers it all.
    x.frames[APP] = SCREEN
    x.state(APP, "_NET_WM_STATE_MAXIMIZED_VERT")
    assert detect(x) is False


def test_no_active_window_is_not_fullscreen(x: FakeX) -> None:
    x.props[(ROOT, "_NET_ACTIVE_WINDOW")] = [0]  # the desktop has focus
    assert detect(x) is False
    x.props[(ROOT, "_NET_ACTIVE_WINDOW")] = []
    assert detect(x) is False
    x.activate(ROOT)
    assert detect(x) is False


# -- X11, by geometry (no EWMH state) ----------------------------------------------------


def test_a_window_covering_a_monitor_without_state_is_fullscreen(x: FakeX) -> None:
    x.frames[APP] = SCREEN
    assert detect(x) is True
    x.frames[APP] = Rect(-1, -1, 1922, 1082)  # a border hanging over the edges
    assert detect(x) is True


def test_a_smaller_window_without_state_is_not(x: FakeX) -> None:
    assert detect(x) is False
    x.frames[APP] = Rect(0, 30, 1920, 1050)  # below a top panel
    assert detect(x) is False


def test_covering_one_of_two_monitors_counts(x: FakeX) -> None:
    x.monitors = [Rect(0, 0, 1920, 1080), Rect(1920, 0, 2560, 1440)]
    x.frames[APP] = Rect(1920, 0, 2560, 1440)
    assert detect(x) is True
    x.frames[APP] = Rect(1920, 0, 1280, 1440)  # half the second monitor
    assert detect(x) is False


@pytest.mark.parametrize("kind", ["_NET_WM_WINDOW_TYPE_DESKTOP", "_NET_WM_WINDOW_TYPE_DOCK"])
def test_the_desktop_window_is_not_a_fullscreen_app(x: FakeX, kind: str) -> None:
    x.frames[APP] = SCREEN
    x.props[(APP, "_NET_WM_WINDOW_TYPE")] = [ATOMS[kind]]
    assert detect(x) is False
    x.props[(APP, "_NET_WM_WINDOW_TYPE")] = [ATOMS["_NET_WM_WINDOW_TYPE_NORMAL"]]
    assert detect(x) is True


def test_without_a_window_manager_the_focus_window_is_active(x: FakeX) -> None:
    del x.props[(ROOT, "_NET_ACTIVE_WINDOW")]
    x.focus = APP
    x.frames[APP] = SCREEN
    assert detect(x) is True
    x.focus = None  # focus None or PointerRoot
    assert detect(x) is False


# -- X11, errors -------------------------------------------------------------------------


def test_a_window_that_vanished_mid_check_means_cannot_tell(x: FakeX) -> None:
    x.gone.add(APP)
    assert detect(x) is None


def test_closed_detector_cannot_tell_and_closes_once(x: FakeX) -> None:
    detector = X11FullscreenDetector(x)
    detector.close()
    detector.close()
    assert x.closed == 1
    assert detector.is_fullscreen_active() is None


def test_rect_covers() -> None:
    assert Rect(0, 0, 10, 10).covers(Rect(0, 0, 10, 10))
    assert not Rect(0, 0, 10, 9).covers(Rect(0, 0, 10, 10))
    assert not Rect(1, 0, 10, 10).covers(Rect(0, 0, 10, 10))


def test_unopenable_display_is_an_oserror() -> None:
    fake = SimpleNamespace(XOpenDisplay=lambda name: None)
    with pytest.raises(OSError, match="cannot open X display ':9'"):
        XlibConnection(":9", load=lambda: (fake, None))  # type: ignore[arg-type,return-value]


# -- Windows -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("state", "expected"),
    [
        (QUNS_BUSY, True),
        (QUNS_RUNNING_D3D_FULL_SCREEN, True),
        (QUNS_PRESENTATION_MODE, True),
        (QUNS_ACCEPTS_NOTIFICATIONS, False),
        (QUNS_NOT_PRESENT, False),
        (QUNS_QUIET_TIME, False),
        (QUNS_APP, False),
        (None, None),
    ],
)
def test_windows_notification_states(state: int | None, expected: bool | None) -> None:
    assert WindowsFullscreenDetector(lambda: state).is_fullscreen_active() is expected


class FakeShell32Call:
    """Plays ``SHQueryUserNotificationState``: writes the state through the pointer."""

    def __init__(self, state: int, hresult: int = 0) -> None:
        self.state = state
        self.hresult = hresult
        self.argtypes: list[object] = []
        self.restype: object = None

    def __call__(self, pointer: ctypes._Pointer) -> int:
        pointer.contents.value = self.state
        return self.hresult


def test_bind_shell32_reads_the_state_through_ctypes() -> None:
    call = FakeShell32Call(QUNS_RUNNING_D3D_FULL_SCREEN)
    windll = SimpleNamespace(shell32=SimpleNamespace(SHQueryUserNotificationState=call))
    query = bind_shell32(windll)
    assert call.argtypes == [ctypes.POINTER(ctypes.c_int)] and call.restype is ctypes.c_long
    assert query() == QUNS_RUNNING_D3D_FULL_SCREEN
    assert WindowsFullscreenDetector(query).is_fullscreen_active() is True


def test_bind_shell32_failure_is_none() -> None:
    call = FakeShell32Call(QUNS_BUSY, hresult=-2147467259)  # E_FAIL
    windll = SimpleNamespace(shell32=SimpleNamespace(SHQueryUserNotificationState=call))
    assert WindowsFullscreenDetector(bind_shell32(windll)).is_fullscreen_active() is None


# -- choosing ----------------------------------------------------------------------------


def test_macos_and_wayland_cannot_tell() -> None:
    mac = choose_fullscreen_detector({}, platform="darwin")
    assert isinstance(mac, NullFullscreenDetector) and "macOS" in mac.reason
    assert mac.is_fullscreen_active() is None
    wayland = choose_fullscreen_detector(
        {"XDG_SESSION_TYPE": "wayland", "DISPLAY": ":0", "WAYLAND_DISPLAY": "wayland-0"},
        platform="linux",
    )
    assert isinstance(wayland, NullFullscreenDetector) and "Wayland" in wayland.reason
    assert wayland.is_fullscreen_active() is None
    wayland.close()


def test_no_display_cannot_tell() -> None:
    detector = choose_fullscreen_detector({}, platform="linux")
    assert isinstance(detector, NullFullscreenDetector)
    assert "DISPLAY" in detector.reason


def test_unreachable_x_display_degrades_to_cannot_tell() -> None:
    detector = choose_fullscreen_detector(
        {"DISPLAY": ":59999", "XDG_SESSION_TYPE": "x11"}, platform="linux"
    )
    assert isinstance(detector, NullFullscreenDetector)
    assert detector.reason.startswith("X11: ")


def test_windows_is_chosen_on_windows(monkeypatch: pytest.MonkeyPatch) -> None:
    call = FakeShell32Call(QUNS_ACCEPTS_NOTIFICATIONS)
    windll = SimpleNamespace(shell32=SimpleNamespace(SHQueryUserNotificationState=call))
    monkeypatch.setattr(ctypes, "windll", windll, raising=False)
    detector = choose_fullscreen_detector({}, platform="win32")
    assert isinstance(detector, WindowsFullscreenDetector)
    assert detector.is_fullscreen_active() is False


def test_windows_without_windll_degrades(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delattr(ctypes, "windll", raising=False)
    detector = choose_fullscreen_detector({}, platform="win32")
    assert isinstance(detector, NullFullscreenDetector)


def test_every_detector_meets_the_protocol(x: FakeX) -> None:
    for detector in (
        X11FullscreenDetector(x),
        WindowsFullscreenDetector(lambda: 5),
        NullFullscreenDetector("why"),
    ):
        assert isinstance(detector, FullscreenDetector)
