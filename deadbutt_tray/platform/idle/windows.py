"""Idle time on Windows: ``GetLastInputInfo`` against ``GetTickCount64``, via ctypes.

``LASTINPUTINFO.dwTime`` is a 32-bit tick count that wraps every 49.7 days, while
``GetTickCount64`` does not wrap; subtracting modulo 2**32 gives the right answer
across a wrap as long as the idle time itself is under 49.7 days.
"""

from __future__ import annotations

import ctypes
from collections.abc import Callable
from typing import Any

from deadbutt_tray.platform.idle.base import IdleSourceUnavailableError

_DWORD = 2**32


class LASTINPUTINFO(ctypes.Structure):
    """``LASTINPUTINFO`` from winuser.h."""

    _fields_ = [
        ("cbSize", ctypes.c_uint32),
        ("dwTime", ctypes.c_uint32),
    ]


def idle_ms(tick_count64: int, last_input_tick: int) -> int:
    """Milliseconds since the last input, correct across the 32-bit wrap of ``dwTime``."""
    return (tick_count64 - last_input_tick) % _DWORD


def bind_windll(windll: Any) -> tuple[Callable[[], int | None], Callable[[], int]]:
    """Wrap ``user32.GetLastInputInfo`` and ``kernel32.GetTickCount64`` from ``windll``.

    Returns ``(last_input_tick, tick_count64)``; ``last_input_tick`` returns ``None``
    when the call fails (it does, for instance, in a service without a desktop).
    """
    get_last_input_info = windll.user32.GetLastInputInfo
    get_last_input_info.argtypes = [ctypes.POINTER(LASTINPUTINFO)]
    get_last_input_info.restype = ctypes.c_int
    get_tick_count64 = windll.kernel32.GetTickCount64
    get_tick_count64.argtypes = []
    # Without this ctypes would truncate the 64-bit result to a C int.
    get_tick_count64.restype = ctypes.c_uint64

    def last_input_tick() -> int | None:
        info = LASTINPUTINFO()
        info.cbSize = ctypes.sizeof(LASTINPUTINFO)
        if not get_last_input_info(ctypes.pointer(info)):
            return None
        return int(info.dwTime)

    def tick_count64() -> int:
        return int(get_tick_count64())

    return last_input_tick, tick_count64


class WindowsIdleSource:
    """Idle time of the interactive Windows session.

    Pass ``last_input_tick`` and ``tick_count64`` to fake the OS; by default they come
    from ``ctypes.windll``.
    """

    name = "Windows GetLastInputInfo"

    def __init__(
        self,
        last_input_tick: Callable[[], int | None] | None = None,
        tick_count64: Callable[[], int] | None = None,
    ) -> None:
        if last_input_tick is None or tick_count64 is None:
            windll = getattr(ctypes, "windll", None)
            if windll is None:
                raise IdleSourceUnavailableError("not running on Windows")
            last_input_tick, tick_count64 = bind_windll(windll)
        self._last_input_tick: Callable[[], int | None] | None = last_input_tick
        self._tick_count64 = tick_count64

    def seconds_idle(self) -> float | None:
        """Seconds since the last input anywhere in this session; ``None`` if unknown."""
        if self._last_input_tick is None:
            return None
        last = self._last_input_tick()
        if last is None:
            return None
        return idle_ms(self._tick_count64(), last) / 1000.0

    def close(self) -> None:
        """Nothing to release; later readings return ``None``."""
        self._last_input_tick = None
