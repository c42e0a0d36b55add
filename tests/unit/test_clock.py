"""Clocks: aware wall time, and a monotonic counter that includes sleep where possible."""

from __future__ import annotations

import sys
import time
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from deadbutt_tray.core.clock import FakeClock, SystemClock, _elapsed_source


def test_system_clock_is_aware_and_moves_forward() -> None:
    clock = SystemClock()
    assert clock.now().tzinfo is not None
    first = clock.elapsed()
    time.sleep(0.01)
    assert clock.elapsed() > first


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Linux clock")
def test_on_linux_elapsed_is_boottime_which_counts_sleep() -> None:
    source = _elapsed_source("linux")
    assert abs(source() - time.clock_gettime(time.CLOCK_BOOTTIME)) < 0.5


def test_unknown_platforms_fall_back_to_monotonic() -> None:
    assert _elapsed_source("plan9") is time.monotonic


def test_fake_clock_advance_moves_both_and_jump_only_the_wall() -> None:
    start = datetime(2026, 3, 29, 1, 30, tzinfo=ZoneInfo("Europe/Berlin"))
    clock = FakeClock(start)
    e0 = clock.elapsed()
    clock.advance(3600)  # across the spring-forward change: 01:30 CET → 03:30 CEST
    assert clock.now().hour == 3 and clock.now().utcoffset() == timedelta(hours=2)
    assert clock.elapsed() - e0 == 3600
    clock.jump_wall(-7200)
    assert clock.elapsed() - e0 == 3600
    assert clock.now() == start - timedelta(hours=1)


def test_fake_clock_refuses_naive_times() -> None:
    with pytest.raises(ValueError):
        FakeClock(datetime(2026, 1, 1))
