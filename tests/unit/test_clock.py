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


def test_local_at_resolves_the_other_side_of_a_dst_change() -> None:
    from datetime import date, time

    from deadbutt_tray.core.clock import local_at

    berlin = ZoneInfo("Europe/Berlin")
    saturday = datetime(2026, 10, 24, 23, 0, tzinfo=berlin)  # summer time
    sunday_nine = local_at(date(2026, 10, 25), time(9, 0), saturday)
    assert sunday_nine.utcoffset() == timedelta(hours=1)  # winter time by then
    assert sunday_nine.hour == 9


def test_pause_until_tomorrow_ends_at_local_midnight_across_dst() -> None:
    from deadbutt_tray.core.model.settings import Settings
    from deadbutt_tray.core.rules.policy import BreakPolicy

    berlin = ZoneInfo("Europe/Berlin")
    policy = BreakPolicy(Settings())
    until = policy.pause(datetime(2026, 3, 28, 22, 0, tzinfo=berlin), 0.0, None)
    assert (until.day, until.hour, until.minute) == (29, 0, 0)
