"""Clocks: wall time for records, a suspend-aware monotonic counter for durations.

Durations (how long someone sat) come from ``elapsed()``, never from subtracting wall
times, so DST changes and manual clock changes neither create nor erase sitting time.
On Linux ``elapsed()`` is ``CLOCK_BOOTTIME``, which keeps counting while the machine
sleeps, so a suspend shows up as a gap between samples. Elsewhere it is
``time.monotonic()``; resume is then also detected from the wall clock and the OS's
sleep signal (see ``platform/``).
"""

from __future__ import annotations

import time
from datetime import datetime, timedelta, tzinfo
from typing import Protocol


class Clock(Protocol):
    """What the core needs to know about time."""

    def now(self) -> datetime:
        """The current local time, timezone-aware."""
        ...

    def elapsed(self) -> float:
        """Seconds on a counter that only moves forward (and keeps counting in sleep)."""
        ...


def _elapsed_source() -> object:
    boottime = getattr(time, "CLOCK_BOOTTIME", None)
    if boottime is not None:
        try:
            time.clock_gettime(boottime)
        except OSError:
            return time.monotonic
        return lambda: time.clock_gettime(boottime)
    return time.monotonic


class SystemClock:
    """The real clock of this machine."""

    def __init__(self) -> None:
        self._elapsed = _elapsed_source()

    def now(self) -> datetime:
        return datetime.now().astimezone()

    def elapsed(self) -> float:
        return self._elapsed()  # type: ignore[operator]


class FakeClock:
    """A clock for tests: time moves only when told to.

    ``advance`` moves both clocks (time passing, including sleep); ``jump_wall`` moves
    only the wall clock (someone changed the time by hand).
    """

    def __init__(self, start: datetime, tz: tzinfo | None = None) -> None:
        if start.tzinfo is None:
            raise ValueError("FakeClock needs an aware start time")
        self._utc = start.astimezone(tz or start.tzinfo)
        self._tz = tz or start.tzinfo
        self._elapsed = 1000.0

    def now(self) -> datetime:
        return self._utc.astimezone(self._tz)

    def elapsed(self) -> float:
        return self._elapsed

    def advance(self, seconds: float) -> None:
        self._utc += timedelta(seconds=seconds)
        self._elapsed += seconds

    def jump_wall(self, seconds: float) -> None:
        self._utc += timedelta(seconds=seconds)
