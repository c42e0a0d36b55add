"""Edge cases of the sitting tracker that the simulated day does not reach."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from deadbutt_tray.core.clock import FakeClock
from deadbutt_tray.core.engine import SittingEngine
from deadbutt_tray.core.records import BreakRecord, SittingSpan
from deadbutt_tray.core.settings import Settings
from deadbutt_tray.core.sitting import Presence

START = datetime(2026, 11, 24, 8, 0, tzinfo=ZoneInfo("Europe/Berlin"))


def test_starting_while_nobody_is_there_records_nothing_until_they_come_back() -> None:
    clock = FakeClock(START)
    engine = SittingEngine(Settings(), clock)
    step = engine.observe(idle_s=2291.0)  # autostart at login, user at the coffee machine
    assert step.records == ()
    assert engine.status().presence is Presence.AWAY
    clock.advance(10)
    step = engine.observe(idle_s=0.0)
    assert step.records == ()
    assert engine.status().presence is Presence.SITTING
    for _ in range(60):
        clock.advance(10)
        engine.observe(idle_s=0.0)
    (span,) = [r for r in engine.shutdown() if isinstance(r, SittingSpan)]
    assert span.seconds == 600  # from the first sample with input (t = 10 s)


def test_a_short_absence_does_not_reset_sitting() -> None:
    clock = FakeClock(START)
    engine = SittingEngine(Settings(), clock)
    for _ in range(60):
        clock.advance(10)
        engine.observe(idle_s=0.0)
    for idle in range(10, 100, 10):  # 90 s without input: reading, thinking
        clock.advance(10)
        step = engine.observe(idle_s=float(idle))
        assert step.records == ()
    clock.advance(10)
    engine.observe(idle_s=0.0)
    assert engine.status().sitting_s == 700


def test_a_screen_lock_counts_as_away_from_the_moment_it_locks() -> None:
    clock = FakeClock(START)
    engine = SittingEngine(Settings(), clock)
    for _ in range(30):
        clock.advance(10)
        engine.observe(idle_s=0.0)
    records = []
    for _ in range(13):
        clock.advance(10)
        records += engine.observe(idle_s=0.0, locked=True).records
    span = next(r for r in records if isinstance(r, SittingSpan))
    assert span.seconds == 310 and span.ended_by == "away"  # locked at the 31st sample
    assert [r.outcome for r in records if isinstance(r, BreakRecord)] == ["natural"]
