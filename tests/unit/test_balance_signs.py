"""The balance test's observation step: the signs per leg, their record and trend."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from deadbutt_tray.core.model.records import BalanceSign, BalanceTestRecord, Eyes, parse_record
from deadbutt_tray.core.rules.balance_signs import SIGNS, SignTrend, pelvis_drop_free, trends
from deadbutt_tray.core.rules.balance_trial import BalanceRun

AT = datetime(2026, 11, 24, 9, 0, tzinfo=UTC)
DROP, KNEE, ARMS = BalanceSign.PELVIS_DROP, BalanceSign.KNEE_IN, BalanceSign.ARMS


def observed(day: int, left=(), right=(), eyes: Eyes = Eyes.OPEN) -> BalanceTestRecord:
    return BalanceTestRecord(AT + timedelta(days=day), 20, 20, eyes, tuple(left), tuple(right))


def test_the_checklist_is_the_five_signs_in_order() -> None:
    assert [s.value for s in SIGNS] == [
        "pelvis_drop",
        "knee_in",
        "trunk_lean",
        "arch_collapse",
        "arms",
    ]


def test_a_run_asks_after_each_eyes_open_leg_and_records_the_signs() -> None:
    run = BalanceRun.planned(eyes_closed=True)
    for leg_signs in ((KNEE, DROP), ()):  # left (given out of order), then right
        run.trial.start(0.0)
        run.trial.stop(12.0)
        assert run.trial.observable
        run.observe(tuple(leg_signs))
        record = run.next_leg(AT)
    assert record is not None and record.eyes is Eyes.OPEN
    assert record.left_signs == (DROP, KNEE)  # checklist order
    assert record.right_signs == ()
    run.trial.start(0.0)
    run.trial.stop(3.0)
    assert not run.trial.observable  # eyes closed: no mirror
    run.next_leg(AT)
    run.trial.start(0.0)
    run.trial.stop(3.0)
    closed = run.next_leg(AT)
    assert closed is not None and closed.left_signs is None and not closed.observed


def test_the_signs_survive_the_history_file_and_old_records_read_as_unobserved() -> None:
    record = observed(0, left=(DROP,), right=())
    table = record.to_toml()
    assert table["left_signs"] == ["pelvis_drop"] and table["right_signs"] == []
    again, problems = parse_record("balance_test", table, "f", 0)
    assert problems == [] and again == record
    old = {"at": AT, "left_s": 10.0, "right_s": 11.0, "eyes": "open"}
    plain, _ = parse_record("balance_test", old, "f", 0)
    assert plain is not None and not plain.observed and "left_signs" not in plain.to_toml()
    newer, problems = parse_record(
        "balance_test",
        {**old, "left_signs": ["pelvis_drop", "hip_hike"], "right_signs": []},
        "f",
        0,
    )
    assert problems == [] and newer is not None and newer.left_signs == (DROP,)
    _, problems = parse_record("balance_test", {**old, "left_signs": "pelvis_drop"}, "f", 3)
    assert [p.key for p in problems] == ["balance_test[3].left_signs"]


def test_the_trend_counts_each_sign_per_side_over_the_last_four_observed_tests() -> None:
    history = [
        observed(0, right=(DROP,)),  # the fifth-latest: out of the window
        observed(1, right=(DROP,), left=(ARMS,)),
        observed(2, right=(DROP,)),
        observed(3, left=(KNEE,)),
        BalanceTestRecord(AT + timedelta(days=4), 20, 20),  # not observed: not counted
        observed(5, right=(DROP, KNEE)),
        observed(6, right=(DROP,), eyes=Eyes.CLOSED),  # eyes closed: not counted
    ]
    assert trends(history) == [
        SignTrend("right", DROP, 3, 4),
        SignTrend("left", KNEE, 1, 4),
        SignTrend("left", ARMS, 1, 4),
        SignTrend("right", KNEE, 1, 4),
    ]
    assert trends([]) == []


def test_the_level_3_criterion() -> None:
    assert pelvis_drop_free(observed(0, left=(KNEE,), right=(ARMS,)))
    assert not pelvis_drop_free(observed(0, left=(DROP,)))
    assert not pelvis_drop_free(BalanceTestRecord(AT, 40, 40))  # not observed
    assert not pelvis_drop_free(None)
