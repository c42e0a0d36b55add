"""Windows source with GetLastInputInfo/GetTickCount64 faked at the ctypes boundary."""

from __future__ import annotations

import ctypes
import sys
from types import SimpleNamespace

import pytest

from deadbutt_tray.platform.idle.base import IdleSourceUnavailableError
from deadbutt_tray.platform.idle.windows import (
    LASTINPUTINFO,
    WindowsIdleSource,
    bind_windll,
    idle_ms,
)

WRAP = 2**32


@pytest.mark.parametrize(
    ("tick64", "last", "expected"),
    [
        (10_000, 4_000, 6_000),
        (10_000, 10_000, 0),
        # GetTickCount64 is past 2**32 and dwTime is the wrapped low half.
        (WRAP + 5_000, 2_000, 3_000),
        (3 * WRAP + 100, 3_000_000, 100 - 3_000_000 + WRAP),
        # The last input was just before the 32-bit wrap, the clock just after it.
        (WRAP + 500, WRAP - 1_500, 2_000),
        (5 * WRAP + 10, WRAP - 20, 30),
    ],
)
def test_idle_ms_handles_the_dword_wrap(tick64: int, last: int, expected: int) -> None:
    assert idle_ms(tick64, last) == expected


def test_reads_seconds_from_injected_functions() -> None:
    ticks = {"now": 1_000_000, "last": 940_000}
    source = WindowsIdleSource(lambda: ticks["last"], lambda: ticks["now"])
    assert source.seconds_idle() == 60.0
    ticks["now"] = WRAP + 1_000
    ticks["last"] = WRAP - 1_000
    assert source.seconds_idle() == 2.0
    assert source.name == "Windows GetLastInputInfo"


def test_failed_call_reads_none_and_close_stops_reading() -> None:
    result: dict[str, int | None] = {"last": None}
    source = WindowsIdleSource(lambda: result["last"], lambda: 5_000)
    assert source.seconds_idle() is None
    result["last"] = 4_000
    assert source.seconds_idle() == 1.0
    source.close()
    source.close()
    assert source.seconds_idle() is None


class FakeWinFunction:
    """A stand-in for a ctypes foreign function: accepts argtypes/restype, calls ``impl``."""

    def __init__(self, impl) -> None:  # type: ignore[no-untyped-def]
        self.impl = impl
        self.argtypes: list[object] | None = None
        self.restype: object = None

    def __call__(self, *args):  # type: ignore[no-untyped-def]
        return self.impl(*args)


def fake_windll(dw_time: int, tick64: int, ok: bool = True) -> SimpleNamespace:
    seen: dict[str, object] = {}

    def get_last_input_info(pointer: ctypes._Pointer) -> int:
        info = pointer.contents
        seen["cbSize"] = info.cbSize
        info.dwTime = dw_time
        return 1 if ok else 0

    windll = SimpleNamespace(
        user32=SimpleNamespace(GetLastInputInfo=FakeWinFunction(get_last_input_info)),
        kernel32=SimpleNamespace(GetTickCount64=FakeWinFunction(lambda: tick64)),
        seen=seen,
    )
    return windll


def test_bind_windll_fills_the_struct_and_sets_prototypes() -> None:
    windll = fake_windll(dw_time=WRAP - 250, tick64=7 * WRAP + 750)
    last_input_tick, tick_count64 = bind_windll(windll)
    source = WindowsIdleSource(last_input_tick, tick_count64)
    assert source.seconds_idle() == 1.0
    assert windll.seen["cbSize"] == ctypes.sizeof(LASTINPUTINFO) == 8
    # Without restype c_uint64 a real GetTickCount64 result is cut to 32 bits.
    assert windll.kernel32.GetTickCount64.restype is ctypes.c_uint64
    assert windll.user32.GetLastInputInfo.argtypes == [ctypes.POINTER(LASTINPUTINFO)]


def test_bind_windll_failure_reads_none() -> None:
    source = WindowsIdleSource(*bind_windll(fake_windll(0, 10, ok=False)))
    assert source.seconds_idle() is None


@pytest.mark.skipif(sys.platform == "win32", reason="checks the refusal off Windows")
def test_default_constructor_off_windows_is_unavailable() -> None:
    with pytest.raises(IdleSourceUnavailableError, match="not running on Windows"):
        WindowsIdleSource()


@pytest.mark.skipif(sys.platform != "win32", reason="needs real Windows")
def test_real_windows_reading() -> None:
    value = WindowsIdleSource().seconds_idle()
    assert value is not None and value >= 0.0
