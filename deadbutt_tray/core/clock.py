"""Clocks: wall time for records, a suspend-aware monotonic counter for durations.

Durations (how long someone sat) come from ``elapsed()``, never from subtracting wall
times, so DST changes and manual clock changes neither create nor erase sitting time.
On Linux ``elapsed()`` is ``CLOCK_BOOTTIME``, which keeps counting while the machine
sleeps, so a suspend shows up as a gap between samples. On macOS it is
``CLOCK_MONOTONIC`` (which includes sleep there), elsewhere ``time.monotonic()``.
"""

from __future__ import annotations

import datetime as dt
import sys
import time
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta, timezone, tzinfo
from typing import Protocol


def shifted(moment: datetime, seconds: float) -> datetime:
    """``moment`` plus real ``seconds``, in ``moment``'s zone.

    Plain ``moment + timedelta`` is wall-clock arithmetic for zones with DST (01:30 plus
    one hour is 02:30 even on the night 02:00 doesn't exist); this goes through UTC.
    """
    zone = moment.tzinfo
    return (moment.astimezone(UTC) + timedelta(seconds=seconds)).astimezone(zone)


def local_at(day: date, at: dt.time, like: datetime) -> datetime:
    """``day`` at ``at`` in the zone of ``like``, DST included.

    The system clock's datetimes carry a fixed UTC offset (the one of that moment), which
    is wrong on the other side of a DST change; such a naive local time is resolved by
    the operating system's zone instead. Named zones (tests, ZoneInfo) resolve
    themselves.
    """
    naive = datetime.combine(day, at)
    if isinstance(like.tzinfo, timezone) or like.tzinfo is None:
        return naive.astimezone()
    return naive.replace(tzinfo=like.tzinfo)


def seconds_between(start: datetime, end: datetime) -> float:
    """Real seconds from ``start`` to ``end`` (through UTC, for the same DST reason)."""
    return (end.astimezone(UTC) - start.astimezone(UTC)).total_seconds()


class Clock(Protocol):
    """What the core needs to know about time."""

    def now(self) -> datetime:
        """The current local time, timezone-aware."""
        ...

    def elapsed(self) -> float:
        """Seconds on a counter that only moves forward (and keeps counting in sleep)."""
        ...

    def awake(self) -> float | None:
        """Seconds on a counter that stops while the machine sleeps (None: no such counter).

        Beside ``elapsed`` it tells a machine that slept from an app that was frozen
        (stopped, swapped out, starved): only a sleep leaves ``awake`` behind.
        """
        ...


def _elapsed_source(platform: str = sys.platform) -> Callable[[], float]:
    """A monotonic counter that keeps counting while the machine sleeps, where there is one.

    Linux: ``CLOCK_BOOTTIME``. macOS: ``clock_gettime(CLOCK_MONOTONIC)``, which (unlike
    ``time.monotonic``'s ``mach_absolute_time``) includes sleep. Windows:
    ``time.monotonic`` (``QueryPerformanceCounter``), which includes sleep too.
    """
    names = {"linux": "CLOCK_BOOTTIME", "darwin": "CLOCK_MONOTONIC"}
    clock_id = getattr(time, names.get(platform, ""), None)
    if clock_id is not None:
        try:
            time.clock_gettime(clock_id)
        except OSError:
            return time.monotonic
        return lambda: time.clock_gettime(clock_id)
    return time.monotonic


def _awake_source(platform: str = sys.platform) -> Callable[[], float] | None:
    """A monotonic counter that stops while the machine sleeps, where there is one.

    Linux: ``CLOCK_MONOTONIC``; macOS: ``time.monotonic`` (``mach_absolute_time``).
    Windows has none in the standard library: None (a gap is then taken as a sleep).
    """
    if platform == "linux":
        clock_id = getattr(time, "CLOCK_MONOTONIC", None)
        if clock_id is not None:
            return lambda: time.clock_gettime(clock_id)
    if platform == "darwin":
        return time.monotonic
    return None


class SystemClock:
    """The real clock of this machine."""

    def __init__(self) -> None:
        self._elapsed = _elapsed_source()
        self._awake = _awake_source()

    def awake(self) -> float | None:
        return self._awake() if self._awake is not None else None

    def now(self) -> datetime:
        return datetime.now().astimezone()

    def elapsed(self) -> float:
        return self._elapsed()


class FakeClock:
    """A clock for tests: time moves only when told to.

    ``advance`` moves every clock (time passing with the machine awake); ``sleep`` moves
    the wall clock and ``elapsed`` but not ``awake`` (the machine asleep); ``jump_wall``
    moves only the wall clock (someone changed the time by hand).
    """

    def __init__(self, start: datetime, tz: tzinfo | None = None) -> None:
        if start.tzinfo is None:
            raise ValueError("FakeClock needs an aware start time")
        self._utc = start.astimezone(UTC)
        self._tz = tz or start.tzinfo
        self._elapsed = 1000.0
        self._asleep = 0.0  # how much of ``elapsed`` the machine slept

    def now(self) -> datetime:
        return self._utc.astimezone(self._tz)

    def elapsed(self) -> float:
        return self._elapsed

    def awake(self) -> float:
        return self._elapsed - self._asleep

    def advance(self, seconds: float) -> None:
        self._utc += timedelta(seconds=seconds)
        self._elapsed += seconds

    def sleep(self, seconds: float) -> None:
        """The machine sleeps for ``seconds``: time passes, but not awake time."""
        self.advance(seconds)
        self._asleep += seconds

    def jump_wall(self, seconds: float) -> None:
        self._utc += timedelta(seconds=seconds)


# -- calendar helpers: local days in a zone --------------------------------------------


def localize(naive: datetime, tz: tzinfo | None) -> datetime:
    """A wall time in ``tz`` as an aware datetime (``None``: this computer's zone, DST too)."""
    return naive.astimezone() if tz is None else naive.replace(tzinfo=tz)


def local_midnight(day: date, tz: tzinfo | None) -> datetime:
    """The aware start of ``day`` in ``tz``."""
    return localize(datetime.combine(day, dt.time()), tz)


def local_date(moment: datetime, tz: tzinfo | None) -> date:
    return moment.astimezone(tz).date()
