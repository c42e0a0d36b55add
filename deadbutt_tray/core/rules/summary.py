"""The weekly sitting summary: one week of history, day by day, against the week before.

A week is an ISO week (``IsoWeek``: Monday to Sunday; the ``summary`` command and its JSON)
or the seven days from the first day of the user's week (``LocalWeek``: Sunday in the
US, Saturday in Egypt; the summary window). Every figure covers exactly the seven days
shown, and "the week before" the seven days before them.

Pure functions on history records; ``week_loader`` is the one place that reads the store,
so the ``summary`` command and the summary window compute the same figures the same way.

Definitions (also in the README, "Weekly summary"):

* **Stretch**: uninterrupted sitting. Spans joined end to start are one stretch when the
  first ended by ``day_end`` (the app's split at local midnight) or ``pause`` (not a
  break): a 90-minute sit across midnight is one 90-minute stretch. A stretch belongs
  to the day (and week) in which it *ends*, like a span belongs to the month file of
  its end; its sitting time is still split between the days it covers.
* **Within / beyond the limit**: of each stretch, the first ``limit_s`` seconds are
  "within the limit" and the rest "beyond", whichever day they fall on.
* **Prompted** = completed + partial + skipped + snoozed: every answer the user gave to a
  prompt (each snooze is a prompt put off). **Adherence** = completed / prompted.
  Natural breaks (walking away long enough) are breaks, but not answers to a prompt,
  so they are in neither. A prompt left unanswered until the user walked away leaves a
  natural break, not a prompt record, so it is not counted either. A break that "This
  hurts" stopped is counted apart (``stopped_for_pain``), in neither.
* **Sessions**: home routines and before-a-run routines done (completed or partly) are
  counted next to the desk breaks (``home``, ``pre_run``), not among them; the daily
  program's "later" and "skip" answers stay in the history only.
* **Daily target**: ``DAILY_TARGET`` breaks (completed or natural) a day; on a light day
  the target is the number of sitting limits the day held, so a day with less sitting
  than one limit needs none. A day with no target (a weekend, a day off) neither
  extends nor ends the **streak**; nor does today while it is not reached yet. The
  streak looks back at most ``STREAK_LOOKBACK_DAYS`` before the week; a longer one is
  shown as "at least".

Time: day and week bounds are local midnights in ``tz`` (``None`` = this computer's
zone, DST included), so a DST week has 167 or 169 hours; all differences go through UTC.
"""

from __future__ import annotations

import bisect
import math
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime, timedelta, tzinfo
from typing import Any, Protocol

from deadbutt_tray.core.clock import local_date, local_midnight, localize, seconds_between
from deadbutt_tray.core.model.records import (
    BalanceSign,
    BalanceTestRecord,
    BreakRecord,
    EndedBy,
    Eyes,
    Outcome,
    Record,
    SittingSpan,
    session_kind,
)
from deadbutt_tray.core.rules.balance import weaker_leg_s
from deadbutt_tray.core.translatable import Translate, WordsError, english, words

__all__ = [
    "BOUT_EDGES_MIN",
    "BOUT_LABELS",
    "DAILY_TARGET",
    "BalanceTrend",
    "Change",
    "DaySummary",
    "IsoWeek",
    "LocalWeek",
    "Week",
    "WeekFigures",
    "WeekSummary",
    "change_text",
    "duration_text",
    "format_summary",
    "iso_week_bounds",
    "load_range",
    "summarize_week",
    "week_loader",
]

# Breaking sitting every 30 minutes (EXERCISES.md, the default limit) over an 8-hour
# working day is up to 16 breaks; lunch, meetings and errands break about half of those
# stretches anyway, and Thosar et al. 2015 saw the benefit with a break each hour. Six
# completed or natural breaks is a floor that a person at a desk can reach every day.
DAILY_TARGET = 6

# Uninterrupted stretches by length, in minutes: [0, 15), [15, 30), … [60, ∞).
BOUT_EDGES_MIN = (15, 30, 45, 60)
BOUT_LABELS = ("under 15 min", "15–30 min", "30–45 min", "45–60 min", "60 min or more")

# Spans written to the second: one that continues another may start a second off.
JOIN_TOLERANCE_S = 1.0
# A span in an old or hand-edited file may run past midnight; records are found by their
# end, so a day of margin after the week catches one that ends the day after.
SPAN_MARGIN = timedelta(days=1)
# The counts a day and a week both hold, in the order ``to_dict`` gives them.
ANSWER_COUNTS = (
    "completed",
    "partial",
    "skipped",
    "snoozed",
    "natural",
    "stopped_for_pain",
    "home",
    "pre_run",
)
# "About the same" as the week before: within a quarter of an hour, or 5 %.
SAME_S, SAME_FRACTION = 15 * 60.0, 0.05
# The streak reads further back only this far: each extra month is a file to parse.
STREAK_LOOKBACK_DAYS = 91

_JOINING = frozenset({EndedBy.DAY_END, EndedBy.PAUSE})
_WEEK_TEXT = re.compile(r"^\s*(\d{4})-?[Ww](\d{1,2})\s*$")


# -- weeks -----------------------------------------------------------------------------------


@dataclass(frozen=True, order=True)
class IsoWeek:
    """An ISO 8601 week: Monday to Sunday, numbered 1 to 52 or 53 within its ISO year."""

    year: int
    week: int

    def __post_init__(self) -> None:
        if not 1 <= self.year <= 9998:  # 9998: next() of its last week must still exist
            raise WordsError(words("year {year} is not accepted: 1 to 9998", year=self.year))
        last = weeks_in_year(self.year)
        if not 1 <= self.week <= last:
            raise WordsError(
                words(
                    "{year} has weeks 1 to {last}, not week {week}",
                    year=self.year,
                    last=last,
                    week=self.week,
                )
            )

    @classmethod
    def parse(cls, text: str) -> IsoWeek:
        """``"2026-W48"`` (or ``2026W48``, ``2026-w48``) as a week; ``ValueError`` says why not."""
        match = _WEEK_TEXT.match(text)
        if match is None:
            raise WordsError(words("{text} is not a week: write it like 2026-W48", text=repr(text)))
        return cls(int(match.group(1)), int(match.group(2)))

    @classmethod
    def summarizable(cls, text: str) -> IsoWeek:
        """``parse``, for a week the summary can show: it reads the weeks on either side."""
        week = cls.parse(text)
        try:
            week.shifted(-1), week.shifted(1).shifted(1)
        except (OverflowError, ValueError):
            raise WordsError(
                words(
                    "{text} is not accepted: the summary reads the weeks on either side too, "
                    "so 0001-W02 to 9998-W51",
                    text=repr(text),
                )
            ) from None
        return week

    @classmethod
    def containing(cls, day: date) -> IsoWeek:
        iso = day.isocalendar()
        return cls(iso.year, iso.week)

    def monday(self) -> date:
        return date.fromisocalendar(self.year, self.week, 1)

    def first_day(self) -> date:
        return self.monday()

    def thursday(self) -> date:
        return self.monday() + timedelta(days=3)

    def days(self) -> tuple[date, ...]:
        first = self.monday()
        return tuple(first + timedelta(days=n) for n in range(7))

    def shifted(self, weeks: int) -> IsoWeek:
        return IsoWeek.containing(self.monday() + timedelta(weeks=weeks))

    def __str__(self) -> str:
        return f"{self.year:04d}-W{self.week:02d}"


@dataclass(frozen=True, order=True)
class LocalWeek:
    """Seven days from ``first``: a week as the user's locale counts it.

    The first day is the locale's first day of the week (ISO weekday: 1 = Monday ..
    7 = Sunday). Its number is the ISO week holding most of its days (the one of its
    Thursday), so a Sunday-to-Saturday week has the number of the Monday to Sunday one.
    """

    first: date

    @classmethod
    def containing(cls, day: date, first_weekday: int = 1) -> LocalWeek:
        if not 1 <= first_weekday <= 7:
            raise ValueError(f"first_weekday {first_weekday} is not 1 (Monday) to 7 (Sunday)")
        return cls(day - timedelta(days=(day.isoweekday() - first_weekday) % 7))

    def first_day(self) -> date:
        return self.first

    def days(self) -> tuple[date, ...]:
        return tuple(self.first + timedelta(days=n) for n in range(7))

    def shifted(self, weeks: int) -> LocalWeek:
        return LocalWeek(self.first + timedelta(weeks=weeks))

    def thursday(self) -> date:
        """Its Thursday: the day that places a week in the ISO calendar."""
        return self.first + timedelta(days=(4 - self.first.isoweekday()) % 7)

    @property
    def number(self) -> int:
        """The ISO week number of the ISO week that holds at least four of its days."""
        return self.thursday().isocalendar().week

    def __str__(self) -> str:
        return f"{self.first.isoformat()}/P7D"


Week = IsoWeek | LocalWeek


def weeks_in_year(year: int) -> int:
    """52 or 53: 28 December is always in the last ISO week of its year."""
    return date(year, 12, 28).isocalendar().week


def iso_week_bounds(year: int, week: int, tz: tzinfo | None) -> tuple[datetime, datetime]:
    """Local midnight of the week's Monday and of the next Monday (aware, in ``tz``).

    Across a DST change the week is 167 or 169 real hours long.
    """
    iso = IsoWeek(year, week)
    return local_midnight(iso.monday(), tz), local_midnight(iso.shifted(1).monday(), tz)


def load_range(week: Week, tz: tzinfo | None) -> tuple[datetime, datetime]:
    """What ``summarize_week`` needs: the week before and this week, a day either side.

    The day before the week before completes a stretch that crosses into it; the day
    after this week finds a span that began in it but was not split at midnight.
    """
    start = local_midnight(week.shifted(-1).first_day(), tz)
    end = local_midnight(week.shifted(1).first_day(), tz)
    return start - SPAN_MARGIN, end + SPAN_MARGIN


# -- results ---------------------------------------------------------------------------------


def _answer_counts(figures: DaySummary | WeekFigures) -> dict[str, int]:
    """``ANSWER_COUNTS`` and their values, for ``to_dict`` and sums."""
    return {name: getattr(figures, name) for name in ANSWER_COUNTS}


@dataclass(frozen=True)
class DaySummary:
    """One local day of the week."""

    day: date
    sitting_s: float  # sitting within this day (spans clipped to its midnights)
    within_s: float  # of which within the sitting limit
    beyond_s: float  # of which beyond it
    stretches: int  # stretches that ended this day
    longest_s: float  # the longest of them (0 when none)
    completed: int = 0
    partial: int = 0
    skipped: int = 0
    snoozed: int = 0
    natural: int = 0
    stopped_for_pain: int = 0  # guided breaks "This hurts" stopped (any routine)
    home: int = 0  # home routines done (completed or partly)
    pre_run: int = 0  # before-a-run routines done (completed or partly)
    guided_s: int = 0  # minutes of guided breaks, in seconds
    target: int = 0  # breaks this day needed (0: none, see the module)
    future: bool = False  # after today: nothing could have happened yet
    today: bool = False

    @property
    def target_breaks(self) -> int:
        """Breaks that count towards the daily target: completed and natural."""
        return self.completed + self.natural

    @property
    def met_target(self) -> bool | None:
        """True / False; None when the day needs no breaks or is today and not met yet."""
        if self.target == 0 or self.future:
            return None
        if self.target_breaks >= self.target:
            return True
        return None if self.today else False

    @property
    def has_data(self) -> bool:
        return self.sitting_s > 0 or self.stretches > 0 or self.breaks > 0

    @property
    def breaks(self) -> int:
        return sum(_answer_counts(self).values())

    @property
    def prompted(self) -> int:
        return self.completed + self.partial + self.skipped + self.snoozed

    def to_dict(self) -> dict[str, Any]:
        return {
            "date": self.day.isoformat(),
            "sitting_s": round(self.sitting_s),
            "within_limit_s": round(self.within_s),
            "beyond_limit_s": round(self.beyond_s),
            "stretches": self.stretches,
            "longest_stretch_s": round(self.longest_s),
            **_answer_counts(self),
            "guided_s": self.guided_s,
            "target": self.target,
            "met_target": self.met_target,
            "future": self.future,
        }


@dataclass(frozen=True)
class WeekFigures:
    """Totals for one week (this week or the one before)."""

    sitting_s: float = 0.0
    within_s: float = 0.0
    beyond_s: float = 0.0
    stretch_count: int = 0
    longest_s: float = 0.0
    average_s: float | None = None  # mean stretch; None without stretches
    bouts: tuple[int, ...] = (0, 0, 0, 0, 0)  # stretches per BOUT_LABELS bin
    completed: int = 0
    partial: int = 0
    skipped: int = 0
    snoozed: int = 0
    natural: int = 0
    stopped_for_pain: int = 0
    home: int = 0
    pre_run: int = 0
    guided_s: int = 0

    @property
    def prompted(self) -> int:
        return self.completed + self.partial + self.skipped + self.snoozed

    @property
    def adherence(self) -> float | None:
        """completed / prompted (0..1); None when there was no prompt."""
        return self.completed / self.prompted if self.prompted else None

    @property
    def has_data(self) -> bool:
        sessions = self.natural + self.stopped_for_pain + self.home + self.pre_run
        return self.sitting_s > 0 or self.stretch_count > 0 or self.prompted + sessions > 0

    def to_dict(self) -> dict[str, Any]:
        return {
            "sitting_s": round(self.sitting_s),
            "within_limit_s": round(self.within_s),
            "beyond_limit_s": round(self.beyond_s),
            "stretches": self.stretch_count,
            "longest_stretch_s": round(self.longest_s),
            "average_stretch_s": None if self.average_s is None else round(self.average_s),
            "bouts": dict(zip(BOUT_LABELS, self.bouts, strict=True)),
            **_answer_counts(self),
            "prompted": self.prompted,
            "adherence": None if self.adherence is None else round(self.adherence, 3),
            "guided_s": self.guided_s,
        }


@dataclass(frozen=True)
class Change:
    """Sitting this week against the week before (up to the same moment for this week)."""

    this_s: float
    last_s: float
    to_date: bool  # the week is still going: compared with last week up to the same time

    @property
    def difference_s(self) -> float:
        return self.this_s - self.last_s

    @property
    def kind(self) -> str:
        """``"none"`` (nothing last week), ``"same"``, ``"less"`` or ``"more"``."""
        if self.last_s <= 0:
            return "none"
        if abs(self.difference_s) < max(SAME_S, SAME_FRACTION * self.last_s):
            return "same"
        return "less" if self.difference_s < 0 else "more"

    def to_dict(self) -> dict[str, Any]:
        return {
            "this_s": round(self.this_s),
            "last_s": round(self.last_s),
            "difference_s": round(self.difference_s),
            "to_date": self.to_date,
            "kind": self.kind,
        }


@dataclass(frozen=True)
class BalanceTrend:
    """The latest eyes-open balance test up to the end of the week, and the one before.

    Only this week and the week before are searched: the summary reads no further.
    """

    latest_s: float | None = None  # weaker leg, seconds
    latest_at: datetime | None = None
    previous_s: float | None = None
    in_week: bool = False  # the latest test was taken this week
    # The latest test's mirror check per standing leg (None: not checked).
    left_signs: tuple[BalanceSign, ...] | None = None
    right_signs: tuple[BalanceSign, ...] | None = None

    @property
    def change_s(self) -> float | None:
        if self.latest_s is None or self.previous_s is None:
            return None
        return self.latest_s - self.previous_s

    def to_dict(self) -> dict[str, Any]:
        return {
            "latest_weaker_leg_s": self.latest_s,
            "latest_at": None if self.latest_at is None else self.latest_at.isoformat(),
            "previous_weaker_leg_s": self.previous_s,
            "change_s": self.change_s,
            "in_week": self.in_week,
            "left_signs": _sign_names(self.left_signs),
            "right_signs": _sign_names(self.right_signs),
        }


def _sign_names(signs: tuple[BalanceSign, ...] | None) -> list[str] | None:
    return None if signs is None else [str(sign) for sign in signs]


@dataclass(frozen=True)
class WeekSummary:
    """Everything the summary window and ``deadbutt-tray summary`` show for one week."""

    week: Week
    start: datetime
    end: datetime
    limit_s: float
    daily_target: int
    days: tuple[DaySummary, ...]
    this: WeekFigures
    last: WeekFigures
    change: Change
    streak_days: int
    streak_capped: bool  # the streak reached the look-back limit: at least streak_days
    level: int | None
    balance: BalanceTrend
    current: bool  # this is the week of today
    future: bool = False  # the week has not begun
    streak_open: bool = field(default=False, repr=False)  # reaches the first day read

    @property
    def has_data(self) -> bool:
        return self.this.has_data

    @property
    def hours(self) -> float:
        """The real length of the week in hours (167 or 169 across a DST change)."""
        return seconds_between(self.start, self.end) / 3600

    def to_dict(self) -> dict[str, Any]:
        """The summary as plain JSON values (``deadbutt-tray summary --json``)."""
        return {
            "week": str(self.week),
            "start": self.start.isoformat(),
            "end": self.end.isoformat(),
            "current": self.current,
            "sit_limit_s": round(self.limit_s),
            "daily_target": self.daily_target,
            "this_week": self.this.to_dict(),
            "last_week": self.last.to_dict(),
            "change": self.change.to_dict(),
            "streak_days": self.streak_days,
            "streak_at_least": self.streak_capped,
            "level": self.level,
            "balance": self.balance.to_dict(),
            "days": [day.to_dict() for day in self.days],
        }


# -- the arithmetic --------------------------------------------------------------------------


@dataclass(frozen=True)
class _Stretch:
    start: datetime  # UTC
    end: datetime  # UTC
    seconds: float


def _stretches(spans: Iterable[SittingSpan]) -> list[_Stretch]:
    """Spans joined into uninterrupted stretches, oldest first (UTC)."""
    ordered = sorted(
        ((s.start.astimezone(UTC), s.end.astimezone(UTC), s.ended_by) for s in spans),
        key=lambda item: (item[0], item[1]),
    )
    found: list[_Stretch] = []
    joins = False  # the previous span continues into the next one
    for start, end, ended_by in ordered:
        if found:
            last = found[-1]
            # Overlapping spans (a duplicate pasted by hand) must not count twice.
            start = max(start, last.end)
            if end <= start:
                joins = joins or ended_by in _JOINING
                continue
            if joins and (start - last.end).total_seconds() <= JOIN_TOLERANCE_S:
                seconds = last.seconds + (end - start).total_seconds()
                found[-1] = _Stretch(last.start, end, seconds)
                joins = ended_by in _JOINING
                continue
        if end > start:
            found.append(_Stretch(start, end, (end - start).total_seconds()))
        joins = ended_by in _JOINING
    return found


def _overlap(a0: datetime, a1: datetime, b0: datetime, b1: datetime) -> float:
    return max(0.0, (min(a1, b1) - max(a0, b0)).total_seconds())


def _bout_bin(seconds: float) -> int:
    return bisect.bisect_right(BOUT_EDGES_MIN, seconds / 60)


def _last_instant(stretch: _Stretch) -> datetime:
    """The stretch's end, as the day it belongs to sees it (ending at 00:00 is yesterday)."""
    return stretch.end - timedelta(microseconds=1)


class _Tally:
    """Break counts for one period."""

    __slots__ = (
        "completed",
        "guided_s",
        "home",
        "natural",
        "partial",
        "pre_run",
        "skipped",
        "snoozed",
        "stopped_for_pain",
    )

    def __init__(self) -> None:
        self.completed = self.partial = self.skipped = self.snoozed = self.natural = 0
        self.stopped_for_pain = self.home = self.pre_run = 0
        self.guided_s = 0

    def add(self, record: BreakRecord) -> None:
        outcome = record.outcome
        self.guided_s += record.duration_s  # 0 for all but guided breaks
        if outcome is Outcome.STOPPED_FOR_PAIN:
            self.stopped_for_pain += 1
            return
        kind = session_kind(record.routine, record.kind)
        if kind != "desk-micro" and outcome is not Outcome.NATURAL:
            # A home or before-a-run session: counted as such, not as a desk break (the
            # daily program's "later" and "skip" stay in the history, not in these counts).
            if outcome in (Outcome.COMPLETED, Outcome.PARTIAL):
                if kind == "home":
                    self.home += 1
                else:
                    self.pre_run += 1
            return
        if outcome is Outcome.COMPLETED:
            self.completed += 1
        elif outcome is Outcome.PARTIAL:
            self.partial += 1
        elif outcome is Outcome.SKIPPED:
            self.skipped += 1
        elif outcome is Outcome.SNOOZED:
            self.snoozed += 1
        else:
            self.natural += 1

    def counts(self) -> dict[str, int]:
        return {name: getattr(self, name) for name in self.__slots__}


class _Days:
    """Local days between two dates, with their UTC bounds, for clipping and lookup."""

    def __init__(self, first: date, count: int, tz: tzinfo | None) -> None:
        self.days = [first + timedelta(days=n) for n in range(count)]
        self.bounds = [local_midnight(first + timedelta(days=n), tz) for n in range(count + 1)]
        self.utc = [moment.astimezone(UTC) for moment in self.bounds]

    def index(self, moment: datetime) -> int | None:
        """The day holding ``moment`` (any zone), or None outside the days."""
        at = moment.astimezone(UTC)
        position = bisect.bisect_right(self.utc, at) - 1
        return position if 0 <= position < len(self.days) else None

    def clip(self, start: datetime, end: datetime) -> Iterable[tuple[int, float]]:
        """(day index, seconds) of ``[start, end)`` (UTC) in each day it touches."""
        first = self.index(start)
        first = 0 if first is None and start < self.utc[0] else first
        if first is None:
            return
        for index in range(first, len(self.days)):
            low, high = self.utc[index], self.utc[index + 1]
            if low >= end:
                break
            seconds = _overlap(start, end, low, high)
            if seconds > 0:
                yield index, seconds


@dataclass
class _DayAcc:
    sitting_s: float = 0.0
    within_s: float = 0.0
    beyond_s: float = 0.0
    stretches: list[float] = field(default_factory=list)
    breaks: _Tally = field(default_factory=_Tally)


def _accumulate(
    records: Iterable[Record], days: _Days, limit_s: float
) -> tuple[list[_DayAcc], list[BalanceTestRecord]]:
    """Per-day sitting (within/beyond the limit), stretches and break counts."""
    acc = [_DayAcc() for _ in days.days]
    spans: list[SittingSpan] = []
    tests: list[BalanceTestRecord] = []
    for record in records:
        if isinstance(record, SittingSpan):
            spans.append(record)
        elif isinstance(record, BreakRecord):
            index = days.index(record.at)
            if index is not None:
                acc[index].breaks.add(record)
        elif isinstance(record, BalanceTestRecord) and record.eyes is Eyes.OPEN:
            tests.append(record)
    for stretch in _stretches(spans):
        turn = min(stretch.end, stretch.start + timedelta(seconds=limit_s))
        for index, seconds in days.clip(stretch.start, turn):
            acc[index].within_s += seconds
            acc[index].sitting_s += seconds
        for index, seconds in days.clip(turn, stretch.end):
            acc[index].beyond_s += seconds
            acc[index].sitting_s += seconds
        home = days.index(_last_instant(stretch))
        if home is not None:
            acc[home].stretches.append(stretch.seconds)
    return acc, tests


def day_target(sitting_s: float, limit_s: float, daily_target: int) -> int:
    """Breaks a day needs: the daily target, or fewer on a day of little sitting."""
    if limit_s <= 0:
        return daily_target
    return min(daily_target, math.floor(sitting_s / limit_s))


def _figures(acc: Sequence[_DayAcc]) -> WeekFigures:
    stretches = [seconds for day in acc for seconds in day.stretches]
    bouts = [0] * (len(BOUT_EDGES_MIN) + 1)
    for seconds in stretches:
        bouts[_bout_bin(seconds)] += 1
    totals = _Tally()
    for day in acc:
        for name, value in day.breaks.counts().items():
            setattr(totals, name, getattr(totals, name) + value)
    return WeekFigures(
        sitting_s=sum(day.sitting_s for day in acc),
        within_s=sum(day.within_s for day in acc),
        beyond_s=sum(day.beyond_s for day in acc),
        stretch_count=len(stretches),
        longest_s=max(stretches, default=0.0),
        average_s=sum(stretches) / len(stretches) if stretches else None,
        bouts=tuple(bouts),
        **totals.counts(),
    )


def _sitting_until(records: Iterable[Record], start: datetime, end: datetime) -> float:
    """Seconds of sitting inside ``[start, end)``."""
    low, high = start.astimezone(UTC), end.astimezone(UTC)
    return sum(
        _overlap(s.start.astimezone(UTC), s.end.astimezone(UTC), low, high)
        for s in _stretches(r for r in records if isinstance(r, SittingSpan))
    )


def _streak(
    acc: Sequence[_DayAcc],
    last: int,
    limit_s: float,
    daily_target: int,
    today: int | None = None,
    stop: int = 0,
) -> tuple[int, bool]:
    """Days meeting their target, counting back from ``acc[last]`` to ``acc[stop]``.

    Returns (count, open): open when no day missed its target, so the streak may go on
    before ``stop``. Day ``today`` ends nothing while it is not reached yet.
    """
    count = 0
    for index in range(last, stop - 1, -1):
        day = acc[index]
        target = day_target(day.sitting_s, limit_s, daily_target)
        if target == 0:
            continue
        if day.breaks.completed + day.breaks.natural >= target:
            count += 1
        elif index != today:
            return count, False
    return count, True


def streak_back(
    records: Iterable[Record],
    first: date,
    last: date,
    *,
    limit_s: float,
    tz: tzinfo | None = None,
    daily_target: int = DAILY_TARGET,
) -> tuple[int, bool]:
    """The streak over the days ``first``..``last`` only, counting back from ``last``.

    For reading further back than ``summarize_week`` did (``week_loader`` does it).
    Returns (days, open): open when it reaches ``first`` without a missed day.
    """
    days = _Days(first, (last - first).days + 1, tz)
    acc, _ = _accumulate(records, days, limit_s)
    return _streak(acc, len(acc) - 1, limit_s, daily_target)


def _balance(
    tests: Sequence[BalanceTestRecord], first: datetime, week_start: datetime, end: datetime
) -> BalanceTrend:
    """The trend among the tests from ``first`` (the week before) to ``end``."""
    before = sorted((t for t in tests if first <= t.at < end), key=lambda t: t.at)
    if not before:
        return BalanceTrend()
    latest = before[-1]
    previous = before[-2] if len(before) > 1 else None
    return BalanceTrend(
        latest_s=weaker_leg_s(latest),
        latest_at=latest.at,
        previous_s=None if previous is None else weaker_leg_s(previous),
        in_week=latest.at >= week_start,
        left_signs=latest.left_signs,
        right_signs=latest.right_signs,
    )


def summarize_week(
    records: Iterable[Record],
    week: Week,
    *,
    limit_s: float,
    now: datetime,
    tz: tzinfo | None = None,
    daily_target: int = DAILY_TARGET,
    level: int | None = None,
) -> WeekSummary:
    """The summary of ``week``, from the records of ``load_range(week, tz)``.

    ``now`` (aware) tells which days are still to come and which week is going on;
    ``limit_s`` is the sitting limit, ``level`` the program level to show (history does
    not record it). Records outside the range are ignored; more is harmless.
    """
    records = list(records)
    first_day = week.shifted(-1).first_day() - timedelta(days=1)
    days = _Days(first_day, 16, tz)  # the day before, two weeks, and the day after
    acc, tests = _accumulate(records, days, limit_s)
    today = local_date(now, tz)
    this_days = range(8, 15)  # indexes of this week's seven days
    last_days = range(1, 8)
    start, end = days.bounds[8], days.bounds[15]

    summaries: list[DaySummary] = []
    for index in this_days:
        day, day_acc = days.days[index], acc[index]
        summaries.append(
            DaySummary(
                day=day,
                sitting_s=day_acc.sitting_s,
                within_s=day_acc.within_s,
                beyond_s=day_acc.beyond_s,
                stretches=len(day_acc.stretches),
                longest_s=max(day_acc.stretches, default=0.0),
                target=day_target(day_acc.sitting_s, limit_s, daily_target),
                future=day > today,
                today=day == today,
                **day_acc.breaks.counts(),
            )
        )

    current = start <= now < end
    future = now < start
    this = _figures([acc[i] for i in this_days])
    last = _figures([acc[i] for i in last_days])
    if current:
        # "By this time last week": the same wall time seven days ago.
        wall = now.astimezone(tz).replace(tzinfo=None)
        then = localize(wall - timedelta(days=7), tz)
        last_to_date = _sitting_until(records, days.bounds[1], then)
        change = Change(this.sitting_s, last_to_date, to_date=True)
    else:
        change = Change(this.sitting_s, last.sitting_s, to_date=False)

    # The streak counts back from today (this week) or from the week's last day, over this
    # week and the one before (days 1..14); week_loader reads further back if need be.
    if future:
        streak, streak_open = 0, False
    elif current:
        today_index = days.index(now)
        assert today_index is not None  # now is inside this week
        streak, streak_open = _streak(acc, today_index, limit_s, daily_target, today_index, 1)
    else:
        streak, streak_open = _streak(acc, 14, limit_s, daily_target, stop=1)
    return WeekSummary(
        week=week,
        start=start,
        end=end,
        limit_s=limit_s,
        daily_target=daily_target,
        days=tuple(summaries),
        this=this,
        last=last,
        change=change,
        streak_days=streak,
        streak_capped=False,
        level=level,
        balance=_balance(tests, days.bounds[1], start, end),
        current=current,
        future=future,
        streak_open=streak_open,
    )


# -- reading the store -----------------------------------------------------------------------


class RecordSource(Protocol):
    """What the loader needs of ``HistoryStore``."""

    def records(self, start: datetime, end: datetime) -> list[Record]: ...


def _value(source: Any) -> Any:
    return source() if callable(source) else source


def week_loader(
    store: RecordSource,
    tz: tzinfo | None,
    limit_s: float | Callable[[], float],
    *,
    level: int | Callable[[], int | None] | None = None,
    daily_target: int = DAILY_TARGET,
    now: Callable[[], datetime] | None = None,
) -> Callable[[Week], WeekSummary]:
    """A ``load_week(week)`` for the summary window and the ``summary`` command.

    Each call reads the store once: ``load_range(week)``, widened to the start of its
    first month (the store parses whole month files anyway, and caches them), so the
    streak can look back that far at no cost. Only when the streak runs through all of
    that does it read further, a month at a time, at most ``STREAK_LOOKBACK_DAYS``
    before the week. ``limit_s`` and ``level`` may be callables, so a window kept open
    follows changed settings; ``now`` defaults to the computer's clock.
    """

    def clock() -> datetime:
        return now() if now is not None else datetime.now(tz).astimezone(tz)

    def load(week: Week) -> WeekSummary:
        limit = float(_value(limit_s))
        start, end = load_range(week, tz)
        first = start.date().replace(day=1)
        records = store.records(local_midnight(first, tz), end)
        summary = summarize_week(
            records,
            week,
            limit_s=limit,
            now=clock(),
            tz=tz,
            daily_target=daily_target,
            level=_value(level),
        )
        if not summary.streak_open:
            return summary
        oldest = week.first_day() - timedelta(days=STREAK_LOOKBACK_DAYS)
        first = max(first, oldest)
        until = week.shifted(-1).first_day() - timedelta(days=1)  # summarize_week went to here
        streak = summary.streak_days
        while True:
            more, still_open = streak_back(
                records, first, until, limit_s=limit, tz=tz, daily_target=daily_target
            )
            streak += more
            if not still_open or first <= oldest:
                break
            until = first - timedelta(days=1)
            first = max(oldest, until.replace(day=1))  # the month before
            read_end = local_midnight(until + timedelta(days=1), tz) + SPAN_MARGIN
            records = store.records(local_midnight(first, tz), read_end)
        return replace(
            summary, streak_days=streak, streak_capped=still_open, streak_open=still_open
        )

    return load


# -- plain text (the command line; the window has its own, translatable) --------------------


def duration_text(seconds: float, tr: Translate = english) -> str:
    """ "less than a minute", "23 min", "1 h 5 min" (like the tray's ``sitting_text``)."""
    if seconds < 60:
        return tr("less than a minute")
    total = round(seconds / 60)
    if total < 60:
        return tr("{0} min").format(total)
    return tr("{0} h {1} min").format(total // 60, total % 60)


def change_text(change: Change, tr: Translate = english) -> str:
    """One plain sentence comparing the week with the week before."""
    kind = change.kind
    if kind == "none":
        return tr("Nothing was recorded the week before, so there is nothing to compare with.")
    if kind == "same":
        if change.to_date:
            return tr("So far about as much sitting as by this time last week.")
        return tr("About as much sitting as the week before.")
    amount = duration_text(abs(change.difference_s), tr)
    if change.to_date:
        if kind == "less":
            return tr("So far you sat {0} less than by this time last week.").format(amount)
        return tr("So far you sat {0} more than by this time last week.").format(amount)
    if kind == "less":
        return tr("You sat {0} less than the week before.").format(amount)
    return tr("You sat {0} more than the week before.").format(amount)


def _weekday_names(tr: Translate) -> tuple[str, ...]:
    return (
        tr("Mon", "short weekday"),
        tr("Tue", "short weekday"),
        tr("Wed", "short weekday"),
        tr("Thu", "short weekday"),
        tr("Fri", "short weekday"),
        tr("Sat", "short weekday"),
        tr("Sun", "short weekday"),
    )


def _month_names(tr: Translate) -> tuple[str, ...]:
    return (
        tr("Jan", "short month"),
        tr("Feb", "short month"),
        tr("Mar", "short month"),
        tr("Apr", "short month"),
        tr("May", "short month"),
        tr("Jun", "short month"),
        tr("Jul", "short month"),
        tr("Aug", "short month"),
        tr("Sep", "short month"),
        tr("Oct", "short month"),
        tr("Nov", "short month"),
        tr("Dec", "short month"),
    )


def _date_text(day: date, tr: Translate = english) -> str:
    return tr("{0} {1} {2}", "date: short weekday, day, short month").format(
        _weekday_names(tr)[day.weekday()], day.day, _month_names(tr)[day.month - 1]
    )


def format_summary(summary: WeekSummary, tr: Translate = english) -> str:
    """The summary as a block of plain text for a terminal, in ``tr``'s language."""
    first, last = summary.days[0].day, summary.days[-1].day
    lines = [
        tr("Week {0} · {1} – {2} {3}").format(
            summary.week, _date_text(first, tr), _date_text(last, tr), last.year
        ),
    ]
    if not summary.has_data:
        if summary.future:
            lines.append(tr("This week has not begun yet."))
        elif summary.current:
            lines.append(
                tr("Nothing recorded yet this week: sitting shows up once a stretch ends.")
            )
        else:
            lines.append(tr("Nothing was recorded this week."))
        if summary.last.has_data:
            lines.append(
                tr("The week before: {0} of sitting.").format(
                    duration_text(summary.last.sitting_s, tr)
                )
            )
        return "\n".join(lines) + "\n"
    lines.append(change_text(summary.change, tr))
    this = summary.this
    adherence = ""
    if this.adherence is not None:
        percent = tr("{0}%", "percentage").format(round(this.adherence * 100))
        adherence = f" ({percent})"
    none = tr("none")
    rows = [
        (
            tr("Sitting"),
            tr("{0} ({1} within the {2} limit, {3} beyond it)").format(
                duration_text(this.sitting_s, tr),
                duration_text(this.within_s, tr),
                duration_text(summary.limit_s, tr),
                duration_text(this.beyond_s, tr),
            ),
        ),
        (
            tr("Longest stretch"),
            duration_text(this.longest_s, tr) if this.stretch_count else none,
        ),
        (
            tr("Average stretch"),
            none
            if this.average_s is None
            else tr("{0} (%n stretch(es))", "", this.stretch_count).format(
                duration_text(this.average_s, tr)
            ),
        ),
        (
            tr("Breaks"),
            tr("{0} completed of {1} prompted{2}").format(this.completed, this.prompted, adherence),
        ),
        (
            "",
            tr("{0} partial, {1} skipped, {2} snoozed; {3} natural; {4} stopped for pain").format(
                this.partial, this.skipped, this.snoozed, this.natural, this.stopped_for_pain
            ),
        ),
        (tr("Sessions"), _sessions_text(this.home, this.pre_run, tr) or none),
        (tr("Guided breaks"), duration_text(this.guided_s, tr) if this.guided_s else none),
        (tr("Streak"), _streak_text(summary, tr)),
        (tr("Level"), tr("not set") if summary.level is None else str(summary.level)),
        (tr("Balance"), _balance_text(summary.balance, tr)),
    ]
    width = max(16, *(len(name) + 1 for name, _value in rows))
    lines.append("")
    lines.extend(f"{name:<{width}} {value}".rstrip() for name, value in rows)
    lines.append("")
    columns = (tr("Sitting"), tr("Within"), tr("Beyond"), tr("Longest"))
    day_width = max(11, *(len(_date_text(day.day, tr)) for day in summary.days))
    day_label = tr("Day")  # not inside the f-string: lupdate would not see it there
    header = f"{day_label:<{day_width}} " + " ".join(f"{c:>11}" for c in columns)
    lines.append(header + "  " + tr("Breaks (completed/prompted, natural)  Sessions"))
    for day in summary.days:
        if day.future and not day.has_data:
            lines.append(f"{_date_text(day.day, tr):<{day_width}} {'–':>11}")
            continue
        figures = " ".join(
            f"{_short(value):>11}"
            for value in (day.sitting_s, day.within_s, day.beyond_s, day.longest_s)
        )
        mark = {True: " ✓", False: "", None: ""}[day.met_target]
        breaks = f"{day.completed}/{day.prompted}, {day.natural}{mark}"
        if day.stopped_for_pain:
            breaks += tr(", {0} stopped for pain").format(day.stopped_for_pain)
        sessions = _sessions_text(day.home, day.pre_run, tr)
        lines.append(
            f"{_date_text(day.day, tr):<{day_width}} {figures}  {breaks:<36} {sessions}".rstrip()
        )
    lines.append("")
    labels = _bout_labels(tr)
    lines.append(tr("Uninterrupted stretches") + "  " + "  ".join(labels))
    name_width = max(24, len(tr("Uninterrupted stretches")))
    for week_name, week in ((tr("this week"), this), (tr("the week before"), summary.last)):
        counts = "  ".join(
            f"{count:>{len(label)}}" for count, label in zip(week.bouts, labels, strict=True)
        )
        lines.append(f"{week_name:<{name_width}} {counts}")
    return "\n".join(lines) + "\n"


def _bout_labels(tr: Translate) -> tuple[str, ...]:
    """``BOUT_LABELS`` in ``tr``'s language (the JSON keeps the English ones)."""
    return (
        tr("under 15 min"),
        tr("15–30 min"),
        tr("30–45 min"),
        tr("45–60 min"),
        tr("60 min or more"),
    )


def _short(seconds: float) -> str:
    """A compact duration for table columns: "0:00", "6:45" (hours:minutes)."""
    total = round(seconds / 60)
    return f"{total // 60}:{total % 60:02d}"


def _sessions_text(home: int, pre_run: int, tr: Translate = english) -> str:
    """ "2 home routines, 1 before a run"; "" when there were none."""
    parts = []
    if home:
        parts.append(tr("%n home routine(s)", "", home))
    if pre_run:
        parts.append(tr("%n before a run", "", pre_run))
    return ", ".join(parts)


def _streak_text(summary: WeekSummary, tr: Translate = english) -> str:
    days = summary.streak_days
    target = tr("%n break(s)", "", summary.daily_target)
    if days == 0:
        return tr("no day in a row yet with the daily target of {0}").format(target)
    count = tr("%n day(s)", "", days)
    if summary.streak_capped:
        count = tr("at least {0}").format(count)
    return tr("{0} in a row with the daily target of {1}").format(count, target)


def _balance_text(trend: BalanceTrend, tr: Translate = english) -> str:
    if trend.latest_s is None:
        return tr("no test in these two weeks")
    text = tr("{0:.0f} s on the weaker leg, eyes open").format(trend.latest_s)
    if not trend.in_week:
        text += tr(" (tested the week before)")
    change = trend.change_s
    if change is not None:
        if abs(change) < 1:
            text += tr("; about the same as the test before")
        elif change > 0:
            text += tr("; {0:.0f} s up on the test before").format(abs(change))
        else:
            text += tr("; {0:.0f} s down on the test before").format(abs(change))
    # The sign that matters most, as the window shows it (JSON: every sign).
    for signs, sign_text in (
        (trend.right_signs, tr("; pelvis drop standing on the right")),
        (trend.left_signs, tr("; pelvis drop standing on the left")),
    ):
        if signs and BalanceSign.PELVIS_DROP in signs:
            text += sign_text
    return text
