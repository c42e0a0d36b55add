"""The stuck-source guard: flags sources that never count up, not busy people."""

from __future__ import annotations

import logging
import random

import pytest

from deadbutt_tray.platform.idle.stuck import GuardedIdleSource, StuckSourceGuard

TICK = 5.0  # seconds between samples, as the app's tick job


def feed(guard: StuckSourceGuard, values: list[float | None], start: float = 0.0) -> list[bool]:
    """Observe ``values`` one tick apart; returns the suspect flag after each."""
    return [guard.observe(start + i * TICK, v) for i, v in enumerate(values)]


def minutes(n: float) -> int:
    """Number of ticks in ``n`` minutes, plus the sample at time 0."""
    return int(n * 60 / TICK) + 1


def test_all_zero_for_thirty_minutes_is_suspect() -> None:
    guard = StuckSourceGuard("Fake source")
    flags = feed(guard, [0.0] * minutes(30))
    assert flags[-1] is True
    assert not any(flags[:-1]), "flagged before the window was full"
    assert guard.message is not None
    assert guard.message.startswith("Idle time from Fake source has read 0 s for 30 minutes:")
    assert "can't see your input" in guard.message


def test_all_zero_for_less_than_the_window_is_not_suspect() -> None:
    guard = StuckSourceGuard("Fake")
    assert not any(feed(guard, [0.0] * minutes(29)))
    assert guard.message is None


def test_frozen_nonzero_counter_is_suspect() -> None:
    guard = StuckSourceGuard("Fake")
    feed(guard, [1.0, 2.0, 0.0] + [42.123] * minutes(30))
    assert guard.suspect
    assert guard.message is not None and "has read 42.123 s for 30 minutes" in guard.message


def test_tiny_varying_values_that_never_pass_a_second_are_suspect() -> None:
    # A seconds-based D-Bus counter read as milliseconds: 0.000, 0.001, 0.002 …
    guard = StuckSourceGuard("Fake")
    feed(guard, [(i % 7) / 1000 for i in range(minutes(31))])
    assert guard.suspect
    assert guard.message is not None and "has not gone past 1 s in 31 minutes" in guard.message


def test_healthy_source_with_busy_stretches_is_never_flagged() -> None:
    rng = random.Random(7)
    guard = StuckSourceGuard("Fake")
    # A real counter: a few seconds at first, then an hour of steady typing (readings
    # under a second, some exactly 0), then an hour of ordinary work.
    values: list[float | None] = [0.0, 3.2, 8.1, 0.4]
    values += [rng.choice([0.0, 0.0, round(rng.uniform(0, 0.9), 3)]) for _ in range(minutes(60))]
    values += [round(rng.uniform(0, 40), 3) for _ in range(minutes(60))]
    assert not any(feed(guard, values))


def test_busy_person_on_an_exact_zero_source_after_it_has_counted_up() -> None:
    # ext-idle-notify reads exactly 0.0 while input flows: 45 minutes of gaming after
    # the source has shown it counts up is a busy person, not a stuck source.
    guard = StuckSourceGuard("Fake")
    assert not any(feed(guard, [0.0, 10.0, 15.0] + [0.0] * minutes(45)))


def test_none_readings_neither_flag_nor_clear() -> None:
    guard = StuckSourceGuard("Fake")
    feed(guard, [None] * minutes(40))
    assert not guard.suspect
    feed(guard, [0.0] * minutes(30), start=40 * 60.0)
    assert guard.suspect
    guard.observe(71 * 60.0, None)
    assert guard.suspect


def test_recovers_when_the_source_counts_up() -> None:
    guard = StuckSourceGuard("Fake")
    feed(guard, [0.0] * minutes(30))
    assert guard.suspect
    guard.observe(31 * 60.0, 4.5)
    assert not guard.suspect
    assert guard.message is None


def test_frozen_counter_recovers_when_it_moves() -> None:
    guard = StuckSourceGuard("Fake")
    feed(guard, [5.0] * minutes(30))
    assert guard.suspect
    guard.observe(31 * 60.0, 5.0)
    assert guard.suspect
    guard.observe(32 * 60.0, 0.2)
    assert not guard.suspect


def test_window_is_configurable() -> None:
    guard = StuckSourceGuard("Fake", window_s=60.0)
    assert feed(guard, [0.0] * 13)[-1] is True


class ScriptedSource:
    """An idle source that replays a list of readings."""

    name = "Scripted"

    def __init__(self, values: list[float | None]) -> None:
        self.values = list(values)
        self.closed = False

    def seconds_idle(self) -> float | None:
        return self.values.pop(0)

    def close(self) -> None:
        self.closed = True


def test_guarded_source_reads_none_while_suspect_and_logs_once(
    caplog: pytest.LogCaptureFixture,
) -> None:
    n = minutes(30)
    inner = ScriptedSource([0.0] * (n + 2) + [3.0, 4.0])
    now = [0.0]

    def clock() -> float:
        now[0] += TICK
        return now[0]

    guarded = GuardedIdleSource(inner, StuckSourceGuard("Scripted"), clock=clock)
    with caplog.at_level(logging.INFO, logger="deadbutt_tray.platform.idle.stuck"):
        readings = [guarded.seconds_idle() for _ in range(n + 4)]
    assert readings[: n - 1] == [0.0] * (n - 1)
    assert readings[n - 1 : n + 2] == [None, None, None]
    assert readings[-2:] == [3.0, 4.0]
    assert not guarded.suspect
    warnings = [r for r in caplog.records if r.levelno == logging.WARNING]
    assert len(warnings) == 1
    assert "Idle time from Scripted has read 0 s for 30 minutes" in warnings[0].getMessage()
    assert "moving again" in caplog.text
    guarded.close()
    assert inner.closed


def test_guarded_source_exposes_message_for_the_ui() -> None:
    now = [0.0]

    def clock() -> float:
        now[0] += 60.0
        return now[0]

    guarded = GuardedIdleSource(ScriptedSource([0.0] * 40), clock=clock)
    assert guarded.message is None
    for _ in range(32):
        guarded.seconds_idle()
    assert guarded.suspect
    assert guarded.message is not None and guarded.message.startswith("Idle time from Scripted")
