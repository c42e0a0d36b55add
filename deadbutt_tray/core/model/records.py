"""History records: the values that go into ``history/YYYY-MM.toml``.

The file format is a public contract (see README, "History format"). Each record type is
an array of tables in the month file of the moment it happened (``[[sitting]]`` by its
end, ``[[break]]`` by ``at``). Readers ignore tables and keys they do not know, and
writers keep them, so an older release never destroys what a newer one wrote.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime, time, timedelta
from enum import StrEnum
from typing import Any

from deadbutt_tray.core.clock import seconds_between
from deadbutt_tray.core.fields import FieldReader, one_of, quoted_list
from deadbutt_tray.core.problems import Problem
from deadbutt_tray.core.translatable import words

SCHEMA = 1


# The kinds of routine a break record can be for (``RoutineKind`` values, which this
# module does not import: model/records stays below model/exercises).
SESSION_KINDS = ("desk-micro", "home", "pre-run")


def session_kind(routine: str, kind: str = "") -> str:
    """The kind of routine a break was for: its ``kind``, or read off the routine id
    ("home-2" → "home", "pre-run" → "pre-run", any other → "desk-micro")."""
    if kind in SESSION_KINDS:
        return kind
    for known in SESSION_KINDS[1:]:
        if routine == known or routine.startswith(known + "-"):
            return known
    return SESSION_KINDS[0]


class EndedBy(StrEnum):
    """Why a continuous sitting span ended."""

    BREAK = "break"  # a guided break that counted
    AWAY = "away"  # no input, screen locked or asleep for at least min_break
    PAUSE = "pause"  # reserved: accepted when read, never written (a pause is not a break)
    QUIT = "quit"  # the app stopped while the user sat
    DAY_END = "day_end"  # split at local midnight so each day holds its own spans


class Outcome(StrEnum):
    """What came of a break prompt (or of a break taken without one)."""

    COMPLETED = "completed"
    PARTIAL = "partial"
    SKIPPED = "skipped"
    SNOOZED = "snoozed"
    NATURAL = "natural"  # the user walked away long enough: a break all the same
    STOPPED_FOR_PAIN = "stopped_for_pain"  # "This hurts" ended an exercise ([[pain]] says which)


def _whole_seconds(moment: datetime) -> datetime:
    return moment.replace(microsecond=0)


@dataclass(frozen=True)
class SittingSpan:
    """A continuous sitting span that has ended."""

    start: datetime
    end: datetime
    ended_by: EndedBy

    TABLE = "sitting"

    @property
    def at(self) -> datetime:
        """The moment that files this record into a day and a month: its last instant.

        That is its end, except that a span ending exactly at midnight (a ``day_end``
        split) belongs to the day before, whose sitting it holds.
        """
        if self.end > self.start and self.end.time() == time(0):
            return self.end - timedelta(microseconds=1)
        return self.end

    @property
    def seconds(self) -> float:
        return seconds_between(self.start, self.end)

    def to_toml(self) -> dict[str, Any]:
        return {
            "start": _whole_seconds(self.start),
            "end": _whole_seconds(self.end),
            "ended_by": str(self.ended_by),
        }


@dataclass(frozen=True)
class ExerciseDone:
    """How much of one exercise was done in a guided break (adherence)."""

    id: str
    sides_done: int = 0  # sides finished (2 for a both-sides exercise done fully)
    reps_done: int = 0  # reps counted, all sides and sets together
    holds_done: int = 0  # holds completed, all sides and sets together
    completed: bool = False

    def to_toml(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "sides_done": self.sides_done,
            "reps_done": self.reps_done,
            "holds_done": self.holds_done,
            "completed": self.completed,
        }


@dataclass(frozen=True)
class BreakRecord:
    """One prompt outcome, or a break taken without a prompt."""

    at: datetime
    outcome: Outcome
    sat_for_s: int
    routine: str = ""
    duration_s: int = 0
    exercises: tuple[str, ...] = field(default=())
    done: tuple[ExerciseDone, ...] = field(default=())  # per-exercise adherence
    # The kind of routine (a ``RoutineKind`` value: "desk-micro", "home", "pre-run") the
    # break was for; "" for a natural break and in records written before it existed
    # (``session_kind`` then reads it off the routine id).
    kind: str = ""

    TABLE = "break"

    def to_toml(self) -> dict[str, Any]:
        table = {
            "at": _whole_seconds(self.at),
            "outcome": str(self.outcome),
            "sat_for_s": int(self.sat_for_s),
            "routine": self.routine,
            "duration_s": int(self.duration_s),
            "exercises": list(self.exercises),
        }
        if self.kind:
            table["kind"] = self.kind
        if self.done:
            table["done"] = [item.to_toml() for item in self.done]
        return table


class Eyes(StrEnum):
    OPEN = "open"
    CLOSED = "closed"


class BalanceSign(StrEnum):
    """What the mirror shows while standing on one leg (the observation step)."""

    PELVIS_DROP = "pelvis_drop"  # the pelvis drops on the lifted side
    KNEE_IN = "knee_in"  # the standing knee rolls in
    TRUNK_LEAN = "trunk_lean"  # the trunk leans over the standing leg
    ARCH_COLLAPSE = "arch_collapse"  # the standing foot's arch collapses
    ARMS = "arms"  # arms flail or grab for support


@dataclass(frozen=True)
class BalanceTestRecord:
    """One single-leg balance self-test: best time per leg, in seconds.

    ``left_signs`` / ``right_signs``: what the user saw in the mirror standing on that
    leg (eyes open only); ``None`` when not observed (eyes closed, or an older record),
    ``()`` when observed and nothing was seen.
    """

    at: datetime
    left_s: float
    right_s: float
    eyes: Eyes = Eyes.OPEN
    left_signs: tuple[BalanceSign, ...] | None = None
    right_signs: tuple[BalanceSign, ...] | None = None

    TABLE = "balance_test"

    @property
    def observed(self) -> bool:
        return self.left_signs is not None and self.right_signs is not None

    def signs(self, leg: str) -> tuple[BalanceSign, ...] | None:
        """The signs seen standing on ``leg`` ("left" or "right")."""
        return self.left_signs if leg == "left" else self.right_signs

    def to_toml(self) -> dict[str, Any]:
        table: dict[str, Any] = {
            "at": _whole_seconds(self.at),
            "left_s": round(float(self.left_s), 1),
            "right_s": round(float(self.right_s), 1),
            "eyes": str(self.eyes),
        }
        if self.left_signs is not None:
            table["left_signs"] = [str(sign) for sign in self.left_signs]
        if self.right_signs is not None:
            table["right_signs"] = [str(sign) for sign in self.right_signs]
        return table


class PainArea(StrEnum):
    HIP = "hip"
    KNEE = "knee"
    LOW_BACK = "low_back"
    ANKLE_FOOT = "ankle_foot"
    OTHER = "other"


@dataclass(frozen=True)
class PainRecord:
    """ "This hurts" during an exercise: what, where, how much (0-10)."""

    at: datetime
    exercise: str
    area: PainArea
    rating: int

    TABLE = "pain"

    def to_toml(self) -> dict[str, Any]:
        return {
            "at": _whole_seconds(self.at),
            "exercise": self.exercise,
            "area": str(self.area),
            "rating": int(self.rating),
        }


Record = SittingSpan | BreakRecord | BalanceTestRecord | PainRecord
RECORD_TYPES: dict[str, type[Record]] = {
    kind.TABLE: kind for kind in (SittingSpan, BreakRecord, BalanceTestRecord, PainRecord)
}


class _Reader(FieldReader):
    """The shared field reader, with the record formats' own kinds of value."""

    def __init__(self, file: str, where: str, data: Mapping[str, Any]) -> None:
        super().__init__(file, data, f"{where}.")

    def count(self, key: str, default: int | None = None) -> int | None:
        return self.whole(
            key, 0, math.inf, required=default is None, default=default,
            accepted=words("a whole number of seconds, 0 or more"),
        )  # fmt: skip

    def seconds(self, key: str, maximum: float) -> float | None:
        return self.number(
            key, 0, maximum,
            accepted=words("a number of seconds from 0 to {high}", high=f"{maximum:g}"),
        )  # fmt: skip

    def rating(self, key: str) -> int | None:
        return self.whole(key, 0, 10)

    def done(self, key: str) -> tuple[ExerciseDone, ...] | None:
        value = self.get(key, False, [])
        items: list[ExerciseDone] = []
        if isinstance(value, list):
            for item in value:
                if not isinstance(item, Mapping) or not isinstance(item.get("id"), str):
                    break
                numbers = [item.get(k, 0) for k in ("sides_done", "reps_done", "holds_done")]
                if not all(
                    isinstance(n, int) and not isinstance(n, bool) and n >= 0 for n in numbers
                ):
                    break
                completed = item.get("completed", False)
                if not isinstance(completed, bool):
                    break
                sides, reps, holds = numbers
                items.append(ExerciseDone(item["id"], sides, reps, holds, completed))
            else:
                return tuple(items)
        example = '{ id = "…", sides_done = 0, reps_done = 0, holds_done = 0, completed = … }'
        self.reject(key, value, words("a list of {example}", example=example))
        return None

    def signs(self, key: str) -> tuple[BalanceSign, ...] | None:
        """An optional list of balance signs; None when absent (not observed)."""
        value = self.get(key, False)
        if value is None:
            return None
        names = [sign.value for sign in BalanceSign]
        if isinstance(value, list) and all(isinstance(v, str) for v in value):
            # Signs a later release adds are dropped, not the record.
            known = [BalanceSign(v) for v in value if v in names]
            return tuple(dict.fromkeys(known))
        self.reject(key, value, words("a list of {choices}", choices=quoted_list(names)))
        return None

    def texts_list(self, key: str) -> tuple[str, ...] | None:
        return self.strings(key, words('a list of exercise ids, e.g. ["a", "b"]'))


def parse_record(
    table: str, data: Any, file: str, index: int
) -> tuple[Record | None, list[Problem]]:
    """Turn one TOML table into a record; ``None`` and the problems if it is invalid."""
    where = f"{table}[{index}]"
    if not isinstance(data, Mapping):
        return None, [Problem(file, where, words("is not a table"))]
    read = _Reader(file, where, data)
    record: Record | None
    if table == SittingSpan.TABLE:
        start, end = read.moment("start"), read.moment("end")
        ended_by = read.member("ended_by", EndedBy)
        record = None
        if start and end and ended_by:
            if seconds_between(start, end) < 0:
                read.problems.append(
                    Problem(
                        file, f"{where}.end", words("is before start: accepted is end >= start")
                    )
                )
            else:
                record = SittingSpan(start, end, ended_by)
    elif table == BreakRecord.TABLE:
        at = read.moment("at")
        outcome = read.member("outcome", Outcome)
        sat_for = read.count("sat_for_s")
        routine = read.any_text("routine")
        duration = read.count("duration_s", 0)
        exercises = read.texts_list("exercises")
        done = read.done("done")
        # Any text: a later release may add kinds, and an older reader must keep them.
        kind = read.get("kind", False, "")
        if not isinstance(kind, str):
            read.reject("kind", kind, one_of(SESSION_KINDS))
            kind = ""
        record = None
        if at and outcome and None not in (sat_for, routine, duration, exercises, done):
            record = BreakRecord(at, outcome, sat_for, routine, duration, exercises, done, kind)  # type: ignore[arg-type]
    elif table == BalanceTestRecord.TABLE:
        at = read.moment("at")
        left, right = read.seconds("left_s", 600), read.seconds("right_s", 600)
        eyes = read.member("eyes", Eyes)
        left_signs, right_signs = read.signs("left_signs"), read.signs("right_signs")
        record = None
        if at and eyes and left is not None and right is not None:
            record = BalanceTestRecord(at, left, right, eyes, left_signs, right_signs)
    elif table == PainRecord.TABLE:
        at = read.moment("at")
        exercise = read.any_text("exercise")
        area = read.member("area", PainArea)
        rating = read.rating("rating")
        record = None
        if at and exercise is not None and area and rating is not None:
            record = PainRecord(at, exercise, area, rating)
    else:
        return None, []
    return (None if read.problems else record), read.problems
