"""The one libX11 binding: structure layouts and prototypes (the real calls: tests/e2e)."""

from __future__ import annotations

import ctypes
from collections.abc import Iterator

import pytest

from deadbutt_tray.platform import x11
from deadbutt_tray.platform.fullscreen.x11 import load_libraries as fullscreen_libraries
from deadbutt_tray.platform.idle.x11 import load_libraries as idle_libraries


def test_xscreensaverinfo_layout_matches_the_c_header() -> None:
    # window, state, kind, til_or_since, idle, eventMask: on LP64 idle sits at byte 24.
    longs = ctypes.sizeof(ctypes.c_ulong)
    ints = ctypes.sizeof(ctypes.c_int)
    assert x11.XScreenSaverInfo.idle.offset == longs + 2 * ints + longs
    assert ctypes.sizeof(x11.XScreenSaverInfo) == 4 * longs + 2 * ints


def test_xlib_structs_have_the_c_layout() -> None:
    # Sizes from Xlib.h and Xinerama.h on LP64 (Linux x86-64/arm64).
    if ctypes.sizeof(ctypes.c_long) != 8:
        pytest.skip("layout figures are for LP64")
    assert ctypes.sizeof(x11.XWindowAttributes) == 136
    assert ctypes.sizeof(x11.XErrorEvent) == 40
    assert ctypes.sizeof(x11.XineramaScreenInfo) == 12


def test_idle_and_fullscreen_share_one_loaded_library() -> None:
    try:
        libx11, xss = idle_libraries()
    except OSError as exc:
        pytest.skip(f"libX11/libXss not installed here: {exc}")
    same_x11, xinerama = fullscreen_libraries()
    assert same_x11 is libx11 is x11.load_x11()
    assert xss is x11.load_xss()
    assert xinerama is x11.load_xinerama()


def test_every_prototype_is_set_on_the_real_libraries() -> None:
    try:
        libx11, xss = x11.load_x11(), x11.load_xss()
    except OSError as exc:
        pytest.skip(f"libX11/libXss not installed here: {exc}")
    for library, prototypes in ((libx11, x11._X11_PROTOTYPES), (xss, x11._XSS_PROTOTYPES)):
        for name, (argtypes, restype) in prototypes.items():
            function = getattr(library, name)
            assert function.argtypes == argtypes and function.restype is restype, name
    assert libx11.XOpenDisplay.restype is ctypes.c_void_p  # a 64-bit pointer, not an int
    assert xss.XScreenSaverQueryInfo.restype is ctypes.c_int


@pytest.fixture
def fresh_loaders() -> Iterator[None]:
    """Empty the loaders' caches before and after, so no fake library outlives the test."""
    loaders = (x11.load_x11, x11.load_xss, x11.load_xinerama)
    for loader in loaders:
        loader.cache_clear()
    yield
    for loader in loaders:
        loader.cache_clear()


@pytest.mark.usefixtures("fresh_loaders")
def test_a_missing_library_is_an_oserror_and_is_not_cached(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    calls: list[str] = []

    def refuse(name: str) -> ctypes.CDLL:
        calls.append(name)
        raise OSError(f"{name}: cannot open shared object file")

    monkeypatch.setattr(ctypes, "CDLL", refuse)
    for _ in range(2):
        with pytest.raises(OSError, match="libXss"):
            x11.load_xss()
    assert calls == ["libXss.so.1", "libXss.so.1"]  # tried again: it may be installed later
    assert x11.load_xinerama() is None  # optional: single-monitor answers still work
