"""The level program on hand-built records (a fake calendar, no files, no clock), and the
settings it reads: level, excluded exercises, age range."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from deadbutt_tray.core.model.exercises import Level
from deadbutt_tray.core.model.records import (
    BalanceSign,
    BalanceTestRecord,
    BreakRecord,
    Eyes,
    Outcome,
    PainArea,
    PainRecord,
)
from deadbutt_tray.core.model.setting_kinds import AgeRange, IdList
from deadbutt_tray.core.model.settings import SETTING, Settings
from deadbutt_tray.core.rules.program import (
    ProgressionRule,
    add_exclusion,
    excluded_from_pain,
    merged_exclusions,
    progress,
    suggest_level_change,
)
from deadbutt_tray.core.storage.settings_file import load_settings, save_settings

TZ = timezone(timedelta(hours=1))
START = datetime(2026, 3, 2, 9, 0, tzinfo=TZ)  # a Monday: the user reached this level


def breaks(per_day: list[int], outcome: Outcome = Outcome.COMPLETED) -> list[BreakRecord]:
    """``per_day[i]`` breaks on day ``i`` after START, an hour apart from 10:00."""
    return [
        BreakRecord(START + timedelta(days=day, hours=1 + n), outcome, 1800, "desk-micro-1a", 150)
        for day, count in enumerate(per_day)
        for n in range(count)
    ]


def bt(day: float, left: float, right: float, eyes: Eyes = Eyes.OPEN) -> BalanceTestRecord:
    """A balance test ``day`` days after START."""
    return BalanceTestRecord(START + timedelta(days=day), left, right, eyes)


IMPROVED = [bt(0, 15, 12), bt(12, 22, 19)]  # weaker leg 12 s -> 19 s


def test_the_defaults_follow_exercises_md() -> None:
    rule = ProgressionRule()
    assert (rule.min_completed_breaks, rule.min_distinct_days) == (10, 5)
    assert rule.level_3_balance_s == 30


def test_enough_breaks_but_too_few_days() -> None:
    records = breaks([4, 3, 3, 2])  # 12 breaks on 4 days
    assert suggest_level_change(Level.WAKE_UP, records, IMPROVED, START) is None
    state = progress(Level.WAKE_UP, records, IMPROVED, START)
    assert (state.completed_breaks, state.distinct_days) == (12, 4)
    assert not state.consistent and state.balance_improved
    assert state.missing == ("12 of 10 completed breaks on 4 of 5 different days",)


def test_enough_days_but_too_few_breaks() -> None:
    records = breaks([1, 0, 2, 1, 0, 1, 3])  # 8 on 5 days
    assert suggest_level_change(Level.WAKE_UP, records, IMPROVED, START) is None


def test_consistent_and_improved_suggests_level_2() -> None:
    records = breaks([2, 2, 0, 2, 2, 0, 0, 1, 1])  # 10 on 6 days
    suggestion = suggest_level_change(Level.WAKE_UP, records, IMPROVED, START)
    assert suggestion is not None
    assert (suggestion.from_level, suggestion.to_level) == (Level.WAKE_UP, Level.WITH_CORE)
    assert "10 completed breaks on 6 different days at level 1" in suggestion.reason
    assert "from 12 s to 19 s" in suggestion.reason


def test_only_completed_breaks_since_the_level_count() -> None:
    before = [
        BreakRecord(START - timedelta(days=d), Outcome.COMPLETED, 1800, "desk-micro-1a")
        for d in range(1, 20)
    ]
    others = [
        *breaks([3, 3, 3, 3, 3], Outcome.PARTIAL),
        *breaks([3, 3, 3, 3, 3], Outcome.SKIPPED),
        *breaks([3, 3, 3, 3, 3], Outcome.SNOOZED),
        *breaks([3, 3, 3, 3, 3], Outcome.NATURAL),
    ]
    state = progress(Level.WAKE_UP, before + others + breaks([9, 0, 0, 0, 1]), IMPROVED, START)
    assert (state.completed_breaks, state.distinct_days) == (10, 2)
    assert suggest_level_change(Level.WAKE_UP, before + others, IMPROVED, START) is None


def test_days_are_local_calendar_days() -> None:
    # 23:30 and 00:30 local are two days, though only an hour apart.
    late = START.replace(hour=23, minute=30)
    records = [
        BreakRecord(late + timedelta(days=d, hours=h), Outcome.COMPLETED, 1800, "r")
        for d in range(0, 6, 2)
        for h in (0, 1)
    ]
    assert progress(Level.WAKE_UP, records, [], START).distinct_days == 6


@pytest.mark.parametrize(
    ("tests", "missing"),
    [
        ([], "a balance test at this level"),
        ([bt(3, 20, 20)], "a second balance test to compare with the first"),
        ([bt(1, 20, 14), bt(9, 25, 15)], "better balance test than the first"),  # +1 s
        ([bt(1, 20, 14), bt(9, 25, 19, Eyes.CLOSED)], "second balance test"),
        ([bt(-5, 10, 10), bt(9, 25, 19)], "second balance test"),  # before the level
    ],
)
def test_balance_must_improve(tests: list[BalanceTestRecord], missing: str) -> None:
    records = breaks([2] * 7)
    assert suggest_level_change(Level.WAKE_UP, records, tests, START) is None
    state = progress(Level.WAKE_UP, records, tests, START)
    assert state.consistent and not state.balance_improved
    assert any(missing in text for text in state.missing), state.missing


def test_a_balance_test_at_the_cap_counts_as_improved() -> None:
    suggestion = suggest_level_change(Level.WAKE_UP, breaks([2] * 7), [bt(2, 45, 50)], START)
    assert suggestion is not None and "45 s on each leg" in suggestion.reason


def test_level_3_needs_30_seconds_on_each_leg() -> None:
    records = breaks([2] * 7)
    short = [bt(0, 18, 15), bt(10, 35, 28)]  # improved, but the weaker leg is 28 s
    assert suggest_level_change(Level.WITH_CORE, records, short, START) is None
    state = progress(Level.WITH_CORE, records, short, START)
    assert state.balance_improved and not state.balance_ready
    assert state.missing == (
        "single-leg balance of 30 s on each leg, eyes open",
        "a balance test with the mirror check and no pelvic drop on either side",
    )
    # The same numbers move a level-1 user up: the gate is only for level 3.
    assert suggest_level_change(Level.WAKE_UP, records, short, START) is not None
    ready = [bt(0, 18, 15), replace(bt(10, 35, 31), left_signs=(), right_signs=())]
    suggestion = suggest_level_change(Level.WITH_CORE, records, ready, START)
    assert suggestion is not None and suggestion.to_level is Level.TOGETHER


def test_level_3_needs_a_mirror_check_without_a_pelvic_drop() -> None:
    records = breaks([2] * 7)
    long = bt(10, 35, 31)
    for latest, why in [
        (long, "not observed (an older test): no"),
        (replace(long, left_signs=(), right_signs=(BalanceSign.PELVIS_DROP,)), "a drop"),
    ]:
        state = progress(Level.WITH_CORE, records, [bt(0, 18, 15), latest], START)
        assert not state.balance_ready, why
        assert state.missing == (
            "a balance test with the mirror check and no pelvic drop on either side",
        )
    other_signs = replace(long, left_signs=(BalanceSign.KNEE_IN,), right_signs=(BalanceSign.ARMS,))
    state = progress(Level.WITH_CORE, records, [bt(0, 18, 15), other_signs], START)
    assert state.balance_ready and state.ready  # other signs are for the trend, not the gate


def test_nothing_is_suggested_at_the_top_and_never_a_move_down() -> None:
    records = breaks([3] * 14)
    assert suggest_level_change(Level.TOGETHER, records, IMPROVED, START) is None
    assert not progress(Level.TOGETHER, records, IMPROVED, START).ready
    # No breaks for weeks and worse balance: still no suggestion (never down).
    worse = [bt(0, 30, 30), bt(30, 10, 10)]
    for level in Level:
        assert suggest_level_change(level, [], worse, START) is None


def test_a_custom_rule() -> None:
    rule = ProgressionRule(min_completed_breaks=3, min_distinct_days=2, min_balance_gain_s=0.5)
    tests = [bt(0, 10, 10), bt(2, 10.6, 10.5)]
    assert suggest_level_change(Level.WAKE_UP, breaks([2, 1]), tests, START, rule) is not None


# --- exclusions ---------------------------------------------------------------------------


def pain(day: float, exercise: str) -> PainRecord:
    return PainRecord(START + timedelta(days=day), exercise, PainArea.KNEE, 6)


def test_pain_reports_exclude_their_exercise() -> None:
    pains = [pain(1, "split-squat"), pain(3, "clamshell"), pain(4, "split-squat"), pain(5, "")]
    assert excluded_from_pain(pains) == {"split-squat", "clamshell"}
    assert excluded_from_pain(pains, after=START + timedelta(days=3)) == {"split-squat"}


def test_merged_exclusions_respect_a_later_put_back() -> None:
    pains = [pain(1, "split-squat"), pain(6, "clamshell")]
    # Settings saved on day 3 without split-squat: the user put it back by hand.
    saved = START + timedelta(days=3)
    assert merged_exclusions(["step-up"], pains, saved) == {"step-up", "clamshell"}
    # No settings file yet: every report counts.
    assert merged_exclusions([], pains, None) == {"split-squat", "clamshell"}


def test_add_exclusion_is_sorted_without_repeats() -> None:
    assert add_exclusion(("step-up", "clamshell"), "bird-dog") == (
        "bird-dog",
        "clamshell",
        "step-up",
    )
    assert add_exclusion(("clamshell",), "clamshell") == ("clamshell",)


# --- the settings the program reads ------------------------------------------------------


def load_text(tmp_path: Path, text: str) -> tuple[Settings, list[str]]:
    path = tmp_path / "config.toml"
    path.write_text(text, encoding="utf-8")
    settings, problems = load_settings(path)
    return settings, [f"{p.key}: {p.message}" for p in problems]


def test_program_settings_defaults() -> None:
    settings = Settings()
    assert (settings.level, settings.excluded_exercises, settings.age_range) == (1, (), "")


def test_program_settings_load(tmp_path: Path) -> None:
    settings, problems = load_text(
        tmp_path,
        'level = 2\nexcluded_exercises = ["split-squat", "clamshell"]\nage_range = "50-59"\n',
    )
    assert problems == []
    assert settings.level == 2
    assert settings.excluded_exercises == ("split-squat", "clamshell")
    assert settings.age_range == "50-59"


@pytest.mark.parametrize(
    ("line", "key", "accepted"),
    [
        ("level = 4", "level", "from 1 to 3"),
        ("level = 1.5", "level", "from 1 to 3"),
        ("level = true", "level", "from 1 to 3"),
        ('excluded_exercises = "clamshell"', "excluded_exercises", "a list of ids"),
        ('excluded_exercises = ["Clam Shell"]', "excluded_exercises", "lower-case"),
        ('excluded_exercises = ["a", "a"]', "excluded_exercises", "at most once"),
        ("excluded_exercises = [1]", "excluded_exercises", "a list of ids"),
        ('age_range = "30"', "age_range", '"18-39"'),
        ("age_range = 30", "age_range", '"" = not given'),
    ],
)
def test_program_settings_reject_bad_values(
    tmp_path: Path, line: str, key: str, accepted: str
) -> None:
    settings, problems = load_text(tmp_path, line + "\n")
    assert len(problems) == 1 and problems[0].startswith(f"{key}: ")
    assert accepted in problems[0]
    assert getattr(settings, key) == getattr(Settings(), key)


def test_program_settings_round_trip(tmp_path: Path) -> None:
    path = tmp_path / "config.toml"
    changed = Settings(level=3, excluded_exercises=("bird-dog", "step-up"), age_range="80+")
    save_settings(path, changed)
    assert load_settings(path) == (changed, [])
    with pytest.raises(ValueError, match="excluded_exercises"):
        save_settings(path, Settings(excluded_exercises=("Not An Id",)))


def test_the_ids_kind_is_described() -> None:
    setting = SETTING["excluded_exercises"]
    assert isinstance(setting.kind, IdList)
    assert "lower-case letters, digits and dashes" in setting.accepted
    age = SETTING["age_range"].kind
    assert isinstance(age, AgeRange) and age.choices[0] == ""


def test_next_level_suggestion_is_given_once_per_level() -> None:
    from deadbutt_tray.core.rules.program import next_level_suggestion

    records = [*breaks([2, 2, 0, 2, 2, 0, 0, 1, 1]), *IMPROVED]
    first = next_level_suggestion(Level.WAKE_UP, records, START, already_suggested=0)
    assert first is not None and first.to_level == Level.WITH_CORE
    assert next_level_suggestion(Level.WAKE_UP, records, START, already_suggested=2) is None
    assert next_level_suggestion(Level.WAKE_UP, records[:5], START, already_suggested=0) is None


def test_level_window_starts_when_the_level_began_but_at_most_90_days_back() -> None:
    from deadbutt_tray.core.rules.program import LEVEL_LOOKBACK, level_window_start

    now = START + timedelta(days=200)
    assert level_window_start(None, now) == now - LEVEL_LOOKBACK
    assert level_window_start(START, now) == now - LEVEL_LOOKBACK
    recent = now - timedelta(days=3)
    assert level_window_start(recent, now) == recent
    assert level_window_start(recent.replace(tzinfo=None), now) == now - LEVEL_LOOKBACK


def test_completed_breaks_counts_only_completed_ones() -> None:
    from deadbutt_tray.core.rules.program import completed_breaks

    records = [*breaks([3]), *breaks([2], Outcome.SKIPPED), bt(0, 10, 10)]
    assert completed_breaks(records) == 3
