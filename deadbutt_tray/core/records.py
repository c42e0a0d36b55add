"""History records: the values that go into ``history/YYYY-MM.toml``.

The file format is a public contract (see README, "History format"). Each record type is
an array of tables in the month file of the moment it happened (``[[sitting]]`` by its
end, ``[[break]]`` by ``at``). Readers ignore tables and keys they do not know, and
writers keep them, so an older release never destroys what a newer one wrote.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from typing import Any

from deadbutt_tray.core.clock import seconds_between
from deadbutt_tray.core.problems import Problem

SCHEMA = 1


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
        """The moment that files this record into a month."""
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
class BreakRecord:
    """One prompt outcome, or a break taken without a prompt."""

    at: datetime
    outcome: Outcome
    sat_for_s: int
    routine: str = ""
    duration_s: int = 0
    exercises: tuple[str, ...] = field(default=())

    TABLE = "break"

    def to_toml(self) -> dict[str, Any]:
        return {
            "at": _whole_seconds(self.at),
            "outcome": str(self.outcome),
            "sat_for_s": int(self.sat_for_s),
            "routine": self.routine,
            "duration_s": int(self.duration_s),
            "exercises": list(self.exercises),
        }


Record = SittingSpan | BreakRecord
RECORD_TYPES: dict[str, type[SittingSpan] | type[BreakRecord]] = {
    SittingSpan.TABLE: SittingSpan,
    BreakRecord.TABLE: BreakRecord,
}


class _Reader:
    """Reads fields of one table, collecting a Problem for each bad one."""

    def __init__(self, file: str, where: str, data: Mapping[str, Any]) -> None:
        self.file, self.where, self.data = file, where, data
        self.problems: list[Problem] = []

    def _bad(self, key: str, message: str) -> None:
        self.problems.append(Problem(self.file, f"{self.where}.{key}", message))

    def moment(self, key: str) -> datetime | None:
        value = self.data.get(key)
        if isinstance(value, datetime) and value.tzinfo is not None:
            return value
        self._bad(
            key,
            f"{value!r} is not accepted: a date-time with offset, e.g. 2026-11-24T09:02:11+01:00",
        )
        return None

    def choice(self, key: str, enum: type[StrEnum]) -> Any:
        value = self.data.get(key)
        try:
            return enum(value)
        except ValueError:
            accepted = " | ".join(member.value for member in enum)
            self._bad(key, f"{value!r} is not accepted: one of {accepted}")
            return None

    def count(self, key: str, default: int | None = None) -> int | None:
        value = self.data.get(key, default)
        if isinstance(value, int) and not isinstance(value, bool) and value >= 0:
            return value
        self._bad(key, f"{value!r} is not accepted: a whole number of seconds, 0 or more")
        return None

    def text(self, key: str) -> str | None:
        value = self.data.get(key, "")
        if isinstance(value, str):
            return value
        self._bad(key, f"{value!r} is not accepted: a text in quotes")
        return None

    def texts(self, key: str) -> tuple[str, ...] | None:
        value = self.data.get(key, [])
        if isinstance(value, list) and all(isinstance(item, str) for item in value):
            return tuple(value)
        self._bad(key, f'{value!r} is not accepted: a list of exercise ids, e.g. ["a", "b"]')
        return None


def parse_record(
    table: str, data: Any, file: str, index: int
) -> tuple[Record | None, list[Problem]]:
    """Turn one TOML table into a record; ``None`` and the problems if it is invalid."""
    where = f"{table}[{index}]"
    if not isinstance(data, Mapping):
        return None, [Problem(file, where, "is not a table")]
    read = _Reader(file, where, data)
    record: Record | None
    if table == SittingSpan.TABLE:
        start, end = read.moment("start"), read.moment("end")
        ended_by = read.choice("ended_by", EndedBy)
        record = None
        if start and end and ended_by:
            if seconds_between(start, end) < 0:
                read.problems.append(
                    Problem(file, f"{where}.end", "is before start: accepted is end >= start")
                )
            else:
                record = SittingSpan(start, end, ended_by)
    elif table == BreakRecord.TABLE:
        at = read.moment("at")
        outcome = read.choice("outcome", Outcome)
        sat_for = read.count("sat_for_s")
        routine = read.text("routine")
        duration = read.count("duration_s", 0)
        exercises = read.texts("exercises")
        record = None
        if at and outcome and None not in (sat_for, routine, duration, exercises):
            record = BreakRecord(at, outcome, sat_for, routine, duration, exercises)  # type: ignore[arg-type]
    else:
        return None, []
    return (None if read.problems else record), read.problems
