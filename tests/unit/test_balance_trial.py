"""The balance test's timing in core: best of three, the 45-s ceiling, the order of legs."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from deadbutt_tray.core.model.records import BalanceTestRecord, Eyes
from deadbutt_tray.core.rules.balance import CAP_S
from deadbutt_tray.core.rules.balance_trial import BalanceRun, Leg, LegTrial, Press

AT = datetime(2026, 11, 25, 12, 0, tzinfo=UTC)


def test_leg_trial_best_of_three_and_the_ceiling() -> None:
    trial = LegTrial(Leg.LEFT, Eyes.OPEN)
    assert trial.best is None and trial.can_try and trial.try_number == 1
    trial.start(0.0)
    assert trial.elapsed(12.34) == pytest.approx(12.34)
    trial.stop(12.34)
    assert trial.tries == [12.3]
    trial.start(20.0)
    assert trial.try_number == 2
    assert trial.tick(60.0) is False  # 40 s in: not yet
    assert trial.tick(65.0)  # 45 s: stops by itself, at exactly 45
    assert trial.tries == [12.3, CAP_S] and trial.best == CAP_S
    assert not trial.can_try  # the ceiling was reached: no need for a third
    trial.start(70.0)
    assert not trial.timing


def test_elapsed_never_runs_backwards_or_past_the_ceiling() -> None:
    trial = LegTrial(Leg.RIGHT, Eyes.CLOSED)
    assert trial.elapsed(5.0) == 0.0  # before any try
    trial.start(10.0)
    assert trial.elapsed(9.0) == 0.0  # a clock read before the start
    assert trial.elapsed(500.0) == CAP_S
    trial.stop(13.0)
    assert trial.elapsed(100.0) == 3.0  # stopped: the last try's time stays shown


def test_press_starts_stops_and_says_when_the_leg_is_done() -> None:
    trial = LegTrial(Leg.LEFT, Eyes.OPEN)
    results = []
    t = 0.0
    for _ in range(3):
        results += [trial.press(t), trial.press(t + 5.0)]
        t += 10.0
    assert results == [Press.STARTED, Press.STOPPED] * 3
    assert trial.tries == [5.0, 5.0, 5.0] and not trial.can_try
    assert trial.press(t) is Press.DONE and not trial.timing


def test_a_run_goes_left_right_and_records_each_round() -> None:
    run = BalanceRun.planned(eyes_closed=True)
    assert [(t.leg, t.eyes) for t in run.trials] == [
        (Leg.LEFT, Eyes.OPEN),
        (Leg.RIGHT, Eyes.OPEN),
        (Leg.LEFT, Eyes.CLOSED),
        (Leg.RIGHT, Eyes.CLOSED),
    ]
    records: list[BalanceTestRecord | None] = []
    holds = iter([20.0, 18.0, 4.0, 3.0])
    t = 0.0
    while not run.finished:
        assert run.enter(t) is False  # no try yet: Enter starts the clock
        t += next(holds)
        assert run.enter(t) is False  # Enter stops it; moving on is a second press
        assert run.enter(t) is True
        records.append(run.next_leg(AT))
    assert records == [
        None,
        BalanceTestRecord(AT, 20.0, 18.0, Eyes.OPEN),
        None,
        BalanceTestRecord(AT, 4.0, 3.0, Eyes.CLOSED),
    ]
    assert run.upcoming is None


def test_a_run_with_eyes_open_only_has_two_legs() -> None:
    run = BalanceRun.planned(eyes_closed=False)
    assert [t.leg for t in run.trials] == [Leg.LEFT, Leg.RIGHT]
    assert run.upcoming is run.trials[1]
    run.trial.press(0.0)
    run.trial.press(7.0)
    assert run.next_leg(AT) is None and run.current == 1 and run.upcoming is None
    run.trial.press(10.0)
    run.trial.tick(10.0 + CAP_S)  # the ceiling stops the right leg
    assert run.next_leg(AT) == BalanceTestRecord(AT, 7.0, CAP_S, Eyes.OPEN)
    assert run.finished
