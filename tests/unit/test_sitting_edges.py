"""Edge cases of the sitting tracker that the simulated day does not reach."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from deadbutt_tray.core.clock import FakeClock
from deadbutt_tray.core.model.records import BreakRecord, SittingSpan
from deadbutt_tray.core.model.settings import Settings
from deadbutt_tray.core.rules.break_plan import BreakResult
from deadbutt_tray.core.rules.engine import SittingEngine
from deadbutt_tray.core.rules.sitting import Presence

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


def test_walking_away_just_before_midnight_is_still_a_natural_break() -> None:
    clock = FakeClock(datetime(2026, 11, 24, 23, 0, tzinfo=ZoneInfo("Europe/Berlin")))
    engine = SittingEngine(Settings(), clock)
    for _ in range(353):  # typing until 23:58:50; the prompt opened at 23:30
        clock.advance(10)
        engine.observe(idle_s=0.0)
    assert engine.status().prompt_open
    records, withdrawn = [], False
    for idle in range(10, 3600, 10):  # away all night
        clock.advance(10)
        step = engine.observe(idle_s=float(idle))
        records += step.records
        withdrawn = withdrawn or step.withdraw_prompt
    (natural,) = [r for r in records if isinstance(r, BreakRecord)]
    assert natural.outcome == "natural" and (natural.at.hour, natural.at.minute) == (23, 58)
    assert natural.sat_for_s == 3530
    assert withdrawn and not engine.status().prompt_open


def test_a_screen_lock_during_a_guided_break_is_not_sitting() -> None:
    from deadbutt_tray.core.model.records import Outcome

    clock = FakeClock(START)
    engine = SittingEngine(Settings(), clock)
    for _ in range(120):
        clock.advance(10)
        engine.observe(idle_s=0.0)
    engine.begin_break()
    for _ in range(360):  # an hour locked with the dialog still open
        clock.advance(10)
        engine.observe(idle_s=0.0, locked=True)
    step = engine.end_break(BreakResult(Outcome.PARTIAL, "desk-micro-1a", 20.0, (), ()))
    (span,) = [r for r in step.records if isinstance(r, SittingSpan)]
    assert span.seconds == 1200 and span.ended_by == "break"
    assert engine.status().sitting_s == 0


def test_a_sleep_during_a_guided_break_is_not_sitting() -> None:
    from deadbutt_tray.core.model.records import Outcome

    clock = FakeClock(START)
    engine = SittingEngine(Settings(), clock)
    for _ in range(60):
        clock.advance(10)
        engine.observe(idle_s=0.0)
    engine.begin_break()
    clock.sleep(14 * 3600)  # the lid closed on the dialog
    engine.observe(idle_s=0.0)
    engine.end_break(BreakResult(Outcome.SKIPPED, "", 0.0, (), ()))
    assert engine.status().sitting_s == 0
    assert [r.ended_by for r in engine.shutdown()] == ["quit"]


def test_the_status_says_how_many_snoozes_are_taken_and_left() -> None:
    clock = FakeClock(START)
    engine = SittingEngine(Settings(sit_limit_min=10, max_snoozes=2), clock)
    for _ in range(61):
        clock.advance(10)
        engine.observe(idle_s=0.0)
    status = engine.status()
    assert (status.snoozes_in_row, status.snoozes_left) == (0, 2)
    assert engine.snooze() is not None
    status = engine.status()
    assert (status.snoozes_in_row, status.snoozes_left) == (1, 1)


def test_a_restored_pause_holds_prompts_until_its_end_and_an_ended_one_is_refused() -> None:
    from datetime import timedelta

    clock = FakeClock(START)
    engine = SittingEngine(Settings(sit_limit_min=10), clock)
    assert engine.restore_pause(START - timedelta(seconds=1)) is False
    assert engine.status().paused_until is None
    until = START + timedelta(minutes=30)
    assert engine.restore_pause(until) is True
    nudges = []
    for _ in range(6 * 29):  # 29 minutes of sitting, limit 10: paused all along
        clock.advance(10)
        nudges.append(engine.observe(0.0, False).nudge)
    assert nudges == [None] * len(nudges)
    assert engine.status().paused_until == until
    for _ in range(6 * 2):
        clock.advance(10)
        nudges.append(engine.observe(0.0, False).nudge)
    assert engine.status().paused_until is None
    assert any(nudge is not None for nudge in nudges)  # the held-back prompt came
