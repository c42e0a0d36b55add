"""X11 source with the libX11/libXss boundary faked (the real thing: tests/e2e)."""

from __future__ import annotations

import ctypes
from types import SimpleNamespace

import pytest

from deadbutt_tray.platform.idle.base import IdleSourceUnavailableError
from deadbutt_tray.platform.idle.x11 import X11IdleSource
from deadbutt_tray.platform.x11 import XScreenSaverInfo

DISPLAY_PTR = 0xD15


class FakeX:
    """Plays libX11 and libXss: records calls, reports a settable idle time."""

    def __init__(self, *, opens: bool = True, has_extension: bool = True) -> None:
        self.opens = opens
        self.has_extension = has_extension
        self.idle_ms = 0
        self.query_ok = True
        self.calls: list[str] = []
        self.info = XScreenSaverInfo()
        self.x11 = SimpleNamespace(
            XOpenDisplay=self.open,
            XDefaultRootWindow=lambda d: self._log("root", 0x1234),
            XCloseDisplay=lambda d: self._log(f"close {d:#x}", 0),
            XFree=lambda p: self._log("free", 0),
        )
        self.xss = SimpleNamespace(
            XScreenSaverQueryExtension=self.query_extension,
            XScreenSaverAllocInfo=lambda: self._log("alloc", ctypes.pointer(self.info)),
            XScreenSaverQueryInfo=self.query_info,
        )

    def _log(self, what: str, result: object) -> object:
        self.calls.append(what)
        return result

    def open(self, name: bytes) -> int | None:
        self.calls.append(f"open {name.decode()}")
        return DISPLAY_PTR if self.opens else None

    def query_extension(self, display: int, event_base: object, error_base: object) -> int:
        self.calls.append("query_extension")
        return 1 if self.has_extension else 0

    def query_info(self, display: int, root: int, info: ctypes._Pointer) -> int:
        assert (display, root) == (DISPLAY_PTR, 0x1234)
        info.contents.idle = self.idle_ms
        return 1 if self.query_ok else 0

    def load(self) -> tuple[object, object]:
        return self.x11, self.xss


def test_reads_idle_milliseconds_as_seconds() -> None:
    fake = FakeX()
    source = X11IdleSource(":7", load=fake.load)  # type: ignore[arg-type]
    assert fake.calls[0] == "open :7"
    fake.idle_ms = 61_250
    assert source.seconds_idle() == 61.25
    fake.idle_ms = 3
    assert source.seconds_idle() == 0.003
    assert source.name == "X11 XScreenSaver"


def test_failed_query_reads_none() -> None:
    fake = FakeX()
    source = X11IdleSource(":0", load=fake.load)  # type: ignore[arg-type]
    fake.query_ok = False
    assert source.seconds_idle() is None


def test_close_frees_once_and_then_reads_none() -> None:
    fake = FakeX()
    source = X11IdleSource(":0", load=fake.load)  # type: ignore[arg-type]
    source.close()
    source.close()
    assert fake.calls.count("free") == 1
    assert fake.calls.count(f"close {DISPLAY_PTR:#x}") == 1
    assert source.seconds_idle() is None


def test_display_that_will_not_open_is_unavailable() -> None:
    fake = FakeX(opens=False)
    with pytest.raises(IdleSourceUnavailableError, match="cannot open X display ':9'"):
        X11IdleSource(":9", load=fake.load)  # type: ignore[arg-type]


def test_missing_extension_is_unavailable_and_closes_the_display() -> None:
    fake = FakeX(has_extension=False)
    with pytest.raises(IdleSourceUnavailableError, match="no MIT-SCREEN-SAVER"):
        X11IdleSource(":0", load=fake.load)  # type: ignore[arg-type]
    assert f"close {DISPLAY_PTR:#x}" in fake.calls
    assert "alloc" not in fake.calls


def test_missing_library_is_unavailable_with_a_hint() -> None:
    def load() -> tuple[object, object]:
        raise OSError("libXss.so.1: cannot open shared object file")

    with pytest.raises(IdleSourceUnavailableError, match="install libxss1"):
        X11IdleSource(":0", load=load)  # type: ignore[arg-type]


ATOMS = {b"_SCREENSAVER_STATUS": 301, b"BLANK": 302, b"LOCK": 303}


def with_screen_saver(fake: FakeX, state: int, status: list[int] | None) -> None:
    """The MIT-SCREEN-SAVER ``state`` and xscreensaver's root property (None: never ran)."""
    real_query = fake.query_info

    def query_info(display: int, root: int, info: ctypes._Pointer) -> int:
        info.contents.state = state
        return real_query(display, root, info)

    fake.xss.XScreenSaverQueryInfo = query_info
    buffer = (ctypes.c_ulong * 3)(*(status or [0, 0, 0]))
    fake.x11.XInternAtom = lambda d, name, only_if_exists: (
        ATOMS.get(name, 0) if status is not None else 0
    )

    def get_property(display, window, prop, offset, length, delete, kind, actual_type,
                     actual_format, count, after, data) -> int:  # fmt: skip
        assert prop == ATOMS[b"_SCREENSAVER_STATUS"]
        actual_format._obj.value = 32  # byref() arguments: write through to the caller
        count._obj.value = 3
        data._obj.value = ctypes.addressof(buffer)
        return 0

    fake.x11.XGetWindowProperty = get_property


@pytest.mark.parametrize(
    ("state", "status", "active"),
    [
        (0, None, False),  # nothing blanked, xscreensaver never ran
        (1, None, True),  # ScreenSaverOn: xset s activate, server blanking
        (0, [303, 0, 0], True),  # xscreensaver: LOCK
        (0, [302, 0, 0], True),  # xscreensaver: BLANK
        (0, [0, 0, 0], False),  # xscreensaver running, not blanked
    ],
)
def test_a_blanked_or_locked_x11_screen_saver_is_seen(
    state: int, status: list[int] | None, active: bool
) -> None:
    fake = FakeX()
    with_screen_saver(fake, state, status)
    source = X11IdleSource(":0", load=fake.load)
    assert source.screen_saver_active() is active
    source.close()
    assert source.screen_saver_active() is None


def test_a_tick_asks_the_server_once_and_a_missing_xscreensaver_once_a_minute(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Each question is a round trip (a wake-up): the tick's idle time and saver state
    come from one reply, and xscreensaver's atom is not looked for on every tick."""
    fake = FakeX()
    queries: list[int] = []
    looks: list[bytes] = []

    def saver(state: int) -> None:
        with_screen_saver(fake, state, None)  # xscreensaver never ran
        query = fake.xss.XScreenSaverQueryInfo
        fake.xss.XScreenSaverQueryInfo = lambda *args: queries.append(1) or query(*args)
        fake.x11.XInternAtom = lambda d, name, only: looks.append(name) or 0

    saver(1)
    now = [1000.0]
    monkeypatch.setattr("deadbutt_tray.platform.idle.x11.time.monotonic", lambda: now[0])
    source = X11IdleSource(":0", load=fake.load)
    assert source.seconds_idle() == 0.0
    assert source.screen_saver_active() is True  # ScreenSaverOn, from the same reply
    assert len(queries) == 1
    assert source.screen_saver_active() is True  # asked alone: a query of its own
    assert len(queries) == 2
    source.seconds_idle()
    now[0] += 2.0  # an old reading is not taken
    source.screen_saver_active()
    assert len(queries) == 4

    saver(0)
    for _tick in range(6):
        now[0] += 10.0
        source.seconds_idle()
        assert source.screen_saver_active() is False
    assert looks == [b"_SCREENSAVER_STATUS"]  # once in the minute
    now[0] += 10.0
    source.seconds_idle()
    source.screen_saver_active()
    assert looks == [b"_SCREENSAVER_STATUS"] * 2
    source.close()
