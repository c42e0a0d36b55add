"""A whole simulated 8-hour (night-shift) day through the sitting engine, on a fake clock.

The day runs 22:00 → 06:00 in Europe/Berlin on the night the clocks go back
(2026-10-25, 03:00 CEST → 02:00 CET), so it also crosses midnight. It has typing,
a meeting away from the desk, a lunch with the screen locked, a laptop sleep, a
manual clock change forward and back, snoozes up to the limit, skips, a partial break,
ignored prompts that re-nudge, and a walk away from an open prompt. Every nudge and
every recorded minute is checked.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from deadbutt_tray.core.clock import FakeClock
from deadbutt_tray.core.model.records import BreakRecord, EndedBy, Outcome, Record, SittingSpan
from deadbutt_tray.core.model.settings import Settings
from deadbutt_tray.core.rules.break_plan import BreakResult
from deadbutt_tray.core.rules.engine import SittingEngine
from deadbutt_tray.core.rules.policy import NudgeKind

BERLIN = ZoneInfo("Europe/Berlin")
START = datetime(2026, 10, 24, 22, 0, tzinfo=BERLIN)
TICK_S = 10

# (from, to) minutes during which the user types; between them there is no input.
TYPING = [(0, 60), (90, 150), (195, 210), (230, 330), (331.5, 400), (410, 480)]
LOCKED = [(150, 195)]
ASLEEP = (210, 230)  # lid closed: no ticks at all
WALL_JUMPS = {200: +3600, 260: -3600}  # a manual clock change, then fixed
# minute -> action taken right after the tick at that minute
ACTIONS: dict[float, tuple] = {
    30: ("snooze",),
    35: ("break", 37, Outcome.COMPLETED),
    125: ("skip",),
    262: ("break", 263, Outcome.PARTIAL),
    268: ("snooze",),
    273: ("snooze",),
    278: ("snooze",),
    283: ("snooze_refused_then_skip",),
    313: ("break", 316, Outcome.COMPLETED),
    346: ("break", 348, Outcome.COMPLETED),
    440: ("break", 442, Outcome.COMPLETED),
}


def last_input(minute: float) -> float | None:
    """The latest input moment at or before ``minute``."""
    seen = [min(minute, end) for start, end in TYPING if start <= minute]
    return max(seen) if seen else None


def locked(minute: float) -> bool:
    return any(start <= minute < end for start, end in LOCKED)


@dataclass
class DayLog:
    nudges: list[tuple[float, NudgeKind, bool]] = field(default_factory=list)
    records: list[Record] = field(default_factory=list)
    withdrawn_at: list[float] = field(default_factory=list)
    refused_snooze_at: list[float] = field(default_factory=list)


def run_day() -> DayLog:
    clock = FakeClock(START)
    engine = SittingEngine(Settings(), clock, tick_s=TICK_S)
    log = DayLog()
    ticks = 0
    minute = 0.0
    break_until: tuple[float, Outcome, float] | None = None

    def take(step) -> None:
        log.records.extend(step.records)
        if step.nudge is not None:
            log.nudges.append((minute, step.nudge.kind, step.nudge.can_snooze))
        if step.withdraw_prompt:
            log.withdrawn_at.append(minute)

    while minute < 480:
        ticks += 1
        minute = round(ticks * TICK_S / 60, 4)
        if ASLEEP[0] < minute < ASLEEP[1]:
            clock.sleep(TICK_S)  # the laptop sleeps: no samples, no awake time
            continue
        clock.advance(TICK_S)
        for at, jump in WALL_JUMPS.items():
            if abs(minute - at) < 1e-6:
                clock.jump_wall(jump)
        if break_until is not None:
            end, outcome, started = break_until
            if minute >= end:
                result = BreakResult(outcome, "desk-micro", (end - started) * 60, ("squeeze",), ())
                take(engine.end_break(result))
                break_until = None
            continue
        seen = last_input(minute)
        idle = (minute - seen) * 60 if seen is not None else minute * 60
        take(engine.observe(idle, locked(minute)))
        action = next((a for at, a in ACTIONS.items() if abs(minute - at) < 1e-6), None)
        if action is None:
            continue
        if action[0] == "snooze":
            step = engine.snooze()
            assert step is not None, f"snooze refused at {minute}"
            take(step)
        elif action[0] == "skip":
            take(engine.skip())
        elif action[0] == "snooze_refused_then_skip":
            if engine.snooze() is None:
                log.refused_snooze_at.append(minute)
            take(engine.skip())
        elif action[0] == "break":
            engine.begin_break()
            break_until = (action[1], action[2], minute)
    log.records.extend(engine.shutdown())
    return log


H, P, R = NudgeKind.HEADS_UP, NudgeKind.PROMPT, NudgeKind.RENUDGE
EXPECTED_NUDGES = [
    (29, H), (30, P), (35, P),
    (119, H), (120, P), (125, R),
    (259, H), (260, P), (268, P), (273, P), (278, P), (283, P),
    (312, H), (313, P), (345, H), (346, P),
    (377, H), (378, P), (383, R), (388, R), (393, R), (398, R),
    (439, H), (440, P), (471, H), (472, P), (477, R),
]  # fmt: skip

# (minutes, ended_by) of each sitting span, in order.
EXPECTED_SPANS = [
    (35, EndedBy.BREAK),
    (23, EndedBy.AWAY),  # meeting
    (30, EndedBy.DAY_END),  # midnight
    (30, EndedBy.AWAY),  # lunch, screen locked
    (15, EndedBy.AWAY),  # laptop asleep
    (83, EndedBy.BREAK),
    (30, EndedBy.BREAK),
    (52, EndedBy.AWAY),  # walked away from an open prompt
    (30, EndedBy.BREAK),
    (38, EndedBy.QUIT),
]

# (outcome, sat_for minutes, duration seconds) of each break record, in order.
EXPECTED_BREAKS = [
    (Outcome.SNOOZED, 30, 0),
    (Outcome.COMPLETED, 35, 120),
    (Outcome.NATURAL, 23, 0),
    (Outcome.SKIPPED, 35, 0),
    (Outcome.NATURAL, 60, 0),
    (Outcome.NATURAL, 15, 0),
    (Outcome.PARTIAL, 32, 60),
    (Outcome.SNOOZED, 38, 0),
    (Outcome.SNOOZED, 43, 0),
    (Outcome.SNOOZED, 48, 0),
    (Outcome.SKIPPED, 53, 0),
    (Outcome.COMPLETED, 83, 180),
    (Outcome.COMPLETED, 30, 120),
    (Outcome.NATURAL, 52, 0),
    (Outcome.COMPLETED, 30, 120),
]


def test_the_whole_day_runs_in_well_under_a_second() -> None:
    began = time.perf_counter()
    run_day()
    assert time.perf_counter() - began < 1.0


def test_every_nudge_comes_at_its_minute_and_no_other() -> None:
    log = run_day()
    assert [(minute, kind) for minute, kind, _ in log.nudges] == EXPECTED_NUDGES


def test_snoozes_run_out_after_three_in_a_row_and_the_prompt_says_so() -> None:
    log = run_day()
    can_snooze = {minute: flag for minute, kind, flag in log.nudges if kind is P}
    assert can_snooze[268] and can_snooze[278]
    assert can_snooze[283] is False
    assert log.refused_snooze_at == [283]


def test_walking_away_from_an_open_prompt_withdraws_it() -> None:
    assert run_day().withdrawn_at == [402]


def test_every_sitting_minute_is_recorded_once() -> None:
    spans = [r for r in run_day().records if isinstance(r, SittingSpan)]
    assert [(round(s.seconds / 60, 2), s.ended_by) for s in spans] == EXPECTED_SPANS
    assert sum(s.seconds for s in spans) == 366 * 60


def test_every_prompt_outcome_is_recorded() -> None:
    breaks = [r for r in run_day().records if isinstance(r, BreakRecord)]
    assert [(b.outcome, b.sat_for_s / 60, b.duration_s) for b in breaks] == EXPECTED_BREAKS


def test_the_midnight_split_ends_exactly_at_local_midnight_and_does_not_reset_sitting() -> None:
    spans = [r for r in run_day().records if isinstance(r, SittingSpan)]
    day_end = spans[2]
    assert day_end.end == datetime(2026, 10, 25, 0, 0, tzinfo=BERLIN)
    assert day_end.end.utcoffset() == timedelta(hours=2)
    assert spans[3].start == day_end.end  # the same sitting carries on into the new day


def test_records_after_the_dst_change_carry_the_winter_offset() -> None:
    spans = [r for r in run_day().records if isinstance(r, SittingSpan)]
    assert spans[-1].end.utcoffset() == timedelta(hours=1)
    assert spans[0].start.utcoffset() == timedelta(hours=2)


def test_clock_jumps_and_sleep_neither_create_nor_erase_sitting_time() -> None:
    spans = [r for r in run_day().records if isinstance(r, SittingSpan)]
    # Each span's wall length equals its measured length, whatever the wall clock did.
    for span in spans:
        assert span.seconds >= 0
    asleep = spans[4]
    assert asleep.ended_by is EndedBy.AWAY and asleep.seconds == 15 * 60
