"""The three-level program: when to suggest moving up, and what pain leaves out.

Pure functions on history records; the caller passes them in (from
``HistoryStore.records``), so nothing here reads files or the clock.

Moving up (the defaults follow EXERCISES.md, "Moving up"): about two weeks of regular
practice at the current level (at least 10 completed guided breaks on at least 5
different days since the user reached the level), and a better single-leg balance
(the weaker leg's eyes-open time in the latest test beats the first test at this level,
or both legs reach the 45 s cap). Moving into level 3 also needs 30 s or more on each leg,
eyes open, in the latest test, and that test's mirror check without a pelvic drop on
either side (``balance_signs.pelvis_drop_free``). Level 3 is the top.

Moving down is never suggested automatically. Pain is answered per exercise ("This
hurts" leaves that exercise out and shows the safety advice: stop, see a physical
therapist), not by a level change the user did not ask for; a quiet spell (no breaks) is
not a reason to demote anyone either. The user can move up or down by hand at any time.

Exclusions: ``Settings.excluded_exercises`` is the list the user sees and edits. When
"This hurts" is pressed the app records a ``PainRecord`` and adds the id to that list
(``add_exclusion``). ``merged_exclusions`` also honours pain reports newer than the last
time the settings were saved, so an exclusion is not lost if saving failed, while an
exercise the user put back by hand (a later save) stays back.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

from deadbutt_tray.core.model.exercises import Level
from deadbutt_tray.core.model.records import (
    BalanceTestRecord,
    BreakRecord,
    Eyes,
    Outcome,
    PainRecord,
    Record,
)
from deadbutt_tray.core.rules.balance import CAP_S, weaker_leg_s
from deadbutt_tray.core.rules.balance_signs import pelvis_drop_free

__all__ = [
    "LEVEL_LOOKBACK",
    "Progress",
    "ProgressionRule",
    "Suggestion",
    "add_exclusion",
    "completed_breaks",
    "excluded_from_pain",
    "level_window_start",
    "merged_exclusions",
    "next_level_suggestion",
    "progress",
    "suggest_level_change",
]


@dataclass(frozen=True)
class ProgressionRule:
    """When the app suggests the next level (defaults from EXERCISES.md)."""

    min_completed_breaks: int = 10
    min_distinct_days: int = 5
    level_3_balance_s: float = 30.0  # each leg, eyes open, in the latest test
    # A better weaker-leg time must beat the first by this much: a best of three moves by
    # a second or so from day to day without any real change.
    min_balance_gain_s: float = 2.0


@dataclass(frozen=True)
class Progress:
    """Where the user stands at the current level, for the suggestion and for the UI."""

    level: Level
    completed_breaks: int
    distinct_days: int
    first_balance: BalanceTestRecord | None  # first eyes-open test at this level
    latest_balance: BalanceTestRecord | None  # latest eyes-open test at this level
    consistent: bool
    balance_improved: bool
    balance_ready: bool  # the level-3 gate; True when the next level is not 3
    missing: tuple[str, ...]  # what is still needed, in words; empty when ready

    @property
    def ready(self) -> bool:
        return self.level < Level.TOGETHER and not self.missing


@dataclass(frozen=True)
class Suggestion:
    """Move to ``to_level``, because ``reason``."""

    from_level: Level
    to_level: Level
    reason: str  # in English, for the log; the UI words the figures below itself
    breaks: int = 0  # completed breaks at from_level
    days: int = 0  # on this many different days
    first_balance_s: float | None = None  # the weaker leg at the first test, if improved
    latest_balance_s: float = 0.0  # the weaker leg at the latest test


def progress(
    level: Level,
    breaks: Sequence[BreakRecord],
    balance: Sequence[BalanceTestRecord],
    since: datetime,
    rule: ProgressionRule = ProgressionRule(),
) -> Progress:
    """Counts and checks at ``level`` since ``since`` (an aware datetime: when the user
    reached this level, or first started the app)."""
    done = [b for b in breaks if b.outcome is Outcome.COMPLETED and b.at >= since]
    days = len({b.at.date() for b in done})
    tests = sorted(
        (t for t in balance if t.eyes is Eyes.OPEN and t.at >= since), key=lambda t: t.at
    )
    first, latest = (tests[0], tests[-1]) if tests else (None, None)

    missing: list[str] = []
    consistent = len(done) >= rule.min_completed_breaks and days >= rule.min_distinct_days
    if not consistent:
        missing.append(
            f"{len(done)} of {rule.min_completed_breaks} completed breaks on "
            f"{days} of {rule.min_distinct_days} different days"
        )

    improved = False
    if first is None or latest is None:
        missing.append("a balance test at this level")
    else:
        gain = weaker_leg_s(latest) - weaker_leg_s(first)
        at_cap = weaker_leg_s(latest) >= CAP_S
        improved = at_cap or (first is not latest and gain >= rule.min_balance_gain_s)
        if not improved and first is latest:
            missing.append("a second balance test to compare with the first")
        elif not improved:
            missing.append(
                "a better balance test than the first at this level "
                f"({weaker_leg_s(first):.0f} s on the weaker leg)"
            )

    ready_for_3 = True
    if level + 1 == Level.TOGETHER:
        long_enough = latest is not None and weaker_leg_s(latest) >= rule.level_3_balance_s
        if not long_enough:
            missing.append(
                f"single-leg balance of {rule.level_3_balance_s:.0f} s on each leg, eyes open"
            )
        # Level 3 is single-leg work under load: the hip must hold the pelvis level.
        level_pelvis = pelvis_drop_free(latest)
        if not level_pelvis:
            missing.append("a balance test with the mirror check and no pelvic drop on either side")
        ready_for_3 = long_enough and level_pelvis
    if level >= Level.TOGETHER:
        missing = ["nothing: this is the top level"]
    return Progress(
        level=level,
        completed_breaks=len(done),
        distinct_days=days,
        first_balance=first,
        latest_balance=latest,
        consistent=consistent,
        balance_improved=improved,
        balance_ready=ready_for_3,
        missing=tuple(missing),
    )


def suggest_level_change(
    level: Level,
    breaks: Sequence[BreakRecord],
    balance: Sequence[BalanceTestRecord],
    since: datetime,
    rule: ProgressionRule = ProgressionRule(),
) -> Suggestion | None:
    """A suggestion to move up one level, or ``None`` (never a move down; see the module)."""
    state = progress(level, breaks, balance, since, rule)
    if not state.ready:
        return None
    assert state.latest_balance is not None  # ready implies a test exists
    latest = weaker_leg_s(state.latest_balance)
    if state.first_balance is not None and state.first_balance is not state.latest_balance:
        balance_text = (
            f"your balance improved from {weaker_leg_s(state.first_balance):.0f} s "
            f"to {latest:.0f} s on the weaker leg"
        )
    else:
        balance_text = f"you balance {latest:.0f} s on each leg"
    reason = (
        f"{state.completed_breaks} completed breaks on {state.distinct_days} different days "
        f"at level {int(level)}, and {balance_text}"
    )
    first = (
        weaker_leg_s(state.first_balance)
        if state.first_balance is not None and state.first_balance is not state.latest_balance
        else None
    )
    return Suggestion(
        level,
        Level(level + 1),
        reason,
        breaks=state.completed_breaks,
        days=state.distinct_days,
        first_balance_s=first,
        latest_balance_s=latest,
    )


# The level question never reads more than this much history, however long ago the
# level began: two weeks of practice is what it asks for.
LEVEL_LOOKBACK = timedelta(days=90)


def level_window_start(level_since: datetime | None, now: datetime) -> datetime:
    """From when the current level's practice counts: when it began, at most
    ``LEVEL_LOOKBACK`` before ``now`` (also when unknown)."""
    floor = now - LEVEL_LOOKBACK
    if level_since is None or level_since.tzinfo is None:
        return floor
    return max(level_since, floor)


def next_level_suggestion(
    level: Level,
    records: Iterable[Record],
    since: datetime,
    already_suggested: int,
    rule: ProgressionRule = ProgressionRule(),
) -> Suggestion | None:
    """The suggestion to tell the user now: one they have not been given yet, or ``None``.

    ``records`` are the history since ``since`` (any kinds; breaks and balance tests count).
    """
    breaks: list[BreakRecord] = []
    balance: list[BalanceTestRecord] = []
    for record in records:
        if isinstance(record, BreakRecord):
            breaks.append(record)
        elif isinstance(record, BalanceTestRecord):
            balance.append(record)
    suggestion = suggest_level_change(level, breaks, balance, since, rule)
    if suggestion is None or int(suggestion.to_level) == already_suggested:
        return None
    return suggestion


def completed_breaks(records: Iterable[Record]) -> int:
    """How many of ``records`` are completed guided breaks (picks today's routine turn)."""
    return sum(1 for r in records if isinstance(r, BreakRecord) and r.outcome is Outcome.COMPLETED)


def excluded_from_pain(pains: Iterable[PainRecord], *, after: datetime | None = None) -> set[str]:
    """Exercise ids with a "This hurts" report (only reports after ``after``, if given)."""
    return {p.exercise for p in pains if p.exercise and (after is None or p.at > after)}


def merged_exclusions(
    settings_excluded: Iterable[str],
    pains: Iterable[PainRecord],
    settings_saved_at: datetime | None,
) -> frozenset[str]:
    """The ids to leave out: the settings list plus pain reported since it was saved.

    ``settings_saved_at`` is when the settings file was last written (e.g. its modification
    time), or ``None`` if there is no file: then every pain report counts.
    """
    return frozenset(settings_excluded) | excluded_from_pain(pains, after=settings_saved_at)


def add_exclusion(excluded: Sequence[str], exercise_id: str) -> tuple[str, ...]:
    """``excluded`` with ``exercise_id`` added (sorted, no repeats), for saving to settings."""
    return tuple(sorted({*excluded, exercise_id}))
