"""Export history records for spreadsheets and scripts: CSV or JSON, one row per record.

The columns are a public contract (README, "Export"); new ones are only ever added at
the end. Every row has every column; one that does not apply to the record's ``type``
is empty in CSV and ``null`` in JSON.

| column | for | meaning |
|---|---|---|
| type | all | ``sitting``, ``break``, ``balance_test`` or ``pain`` (the history table) |
| at | all | the record's moment, ISO 8601 with its UTC offset (a span: its end) |
| date | all | the local date of ``at`` (as written, in its own offset) |
| start, end | sitting | the span |
| seconds | sitting | its length in real seconds |
| ended_by | sitting | ``break``, ``away``, ``quit``, ``day_end`` (``pause``) |
| outcome | break | ``completed``, ``partial``, ``stopped_for_pain``, ``skipped``, |
|  |  | ``snoozed``, ``natural`` |
| sat_for_s | break | continuous sitting before it, seconds |
| routine, duration_s | break | the guided routine and its length in seconds |
| exercises | break | the routine's exercise ids (CSV: separated by ``;``) |
| exercises_completed | break | the ids of the exercises done in full |
| left_s, right_s, eyes | balance_test | best time per leg, seconds; ``open``/``closed`` |
| exercise, area, rating | pain | the exercise, where it hurt, 0-10 |
| kind | break | the routine's kind: ``desk-micro``, ``home``, ``pre-run`` (empty if none) |
| left_signs, right_signs | balance_test | the mirror check per standing leg (empty: none
  seen; CSV ``;``-separated); ``null`` / empty when not checked |

Rows are in time order. A file is written atomically and never replaces an existing
one unless asked to.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable, Sequence
from datetime import UTC, date, datetime, timedelta, tzinfo
from pathlib import Path
from typing import Any, Protocol

from deadbutt_tray.core.clock import local_midnight
from deadbutt_tray.core.model.records import (
    BalanceTestRecord,
    BreakRecord,
    PainRecord,
    Record,
    SittingSpan,
)
from deadbutt_tray.core.storage import atomic

__all__ = [
    "COLUMNS",
    "FORMATS",
    "export_text",
    "records_between",
    "row",
    "write_export",
]

COLUMNS = (
    "type",
    "at",
    "date",
    "start",
    "end",
    "seconds",
    "ended_by",
    "outcome",
    "sat_for_s",
    "routine",
    "duration_s",
    "exercises",
    "exercises_completed",
    "left_s",
    "right_s",
    "eyes",
    "exercise",
    "area",
    "rating",
    "kind",  # columns are only ever added at the end
    "left_signs",
    "right_signs",
)
FORMATS = ("csv", "json")
LIST_SEPARATOR = ";"
# A cell starting with one of these is a formula to a spreadsheet; text from a hand-made
# history file must not run as one (OWASP "CSV injection"), so it gets a leading quote.
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_TEXT_COLUMNS = frozenset({"routine", "exercise", "exercises", "exercises_completed"})


class RecordSource(Protocol):
    """What the export needs of ``HistoryStore``."""

    def records(self, start: datetime, end: datetime) -> list[Record]: ...


def _time(moment: datetime) -> str:
    return moment.replace(microsecond=0).isoformat()


def row(record: Record) -> dict[str, Any]:
    """One record as a row: every column, ``None`` where it does not apply."""
    values: dict[str, Any] = dict.fromkeys(COLUMNS)
    values.update(type=record.TABLE, at=_time(record.at), date=record.at.date().isoformat())
    if isinstance(record, SittingSpan):
        values["at"] = _time(record.end)  # a span ending at midnight: dated the day before
        values.update(
            start=_time(record.start),
            end=_time(record.end),
            seconds=round(record.seconds),
            ended_by=str(record.ended_by),
        )
    elif isinstance(record, BreakRecord):
        values.update(
            outcome=str(record.outcome),
            sat_for_s=record.sat_for_s,
            routine=record.routine,
            duration_s=record.duration_s,
            exercises=list(record.exercises),
            exercises_completed=[done.id for done in record.done if done.completed],
            kind=record.kind,
        )
    elif isinstance(record, BalanceTestRecord):
        values.update(left_s=record.left_s, right_s=record.right_s, eyes=str(record.eyes))
        for column, signs in (
            ("left_signs", record.left_signs),
            ("right_signs", record.right_signs),
        ):
            values[column] = None if signs is None else [str(sign) for sign in signs]
    elif isinstance(record, PainRecord):
        values.update(exercise=record.exercise, area=str(record.area), rating=record.rating)
    return values


def _cell(column: str, value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, list):
        value = LIST_SEPARATOR.join(value)
    text = str(value)
    if column in _TEXT_COLUMNS and text.startswith(_FORMULA_START):
        return "'" + text
    return text


def export_text(records: Iterable[Record], fmt: str) -> str:
    """The records as CSV (RFC 4180, header row) or JSON (an array of objects)."""
    rows = [row(record) for record in records]
    if fmt == "json":
        return json.dumps(rows, indent=1, ensure_ascii=False) + "\n"
    if fmt != "csv":
        raise ValueError(f"format {fmt!r} is not accepted: one of {', '.join(FORMATS)}")
    buffer = io.StringIO()
    writer = csv.writer(buffer)  # RFC 4180: CRLF line ends, quotes only where needed
    writer.writerow(COLUMNS)
    for values in rows:
        writer.writerow(_cell(column, values[column]) for column in COLUMNS)
    return buffer.getvalue()


def records_between(
    store: RecordSource, first: date | None, last: date | None, tz: tzinfo | None = None
) -> Sequence[Record]:
    """Records whose moment falls on the local days ``first`` to ``last`` (inclusive).

    ``None`` leaves that end open. Only the month files of the range are read.
    """
    start = local_midnight(first, tz) if first is not None else datetime(1, 1, 2, tzinfo=UTC)
    end = (
        local_midnight(last + timedelta(days=1), tz)
        if last is not None
        else datetime(9999, 12, 30, tzinfo=UTC)
    )
    return store.records(start, end)


def write_export(path: Path, text: str, *, force: bool = False) -> None:
    """Write ``text`` to ``path`` atomically; ``FileExistsError`` if it exists, unless ``force``."""
    if path.exists() and not force:
        raise FileExistsError(f"{path} already exists; add --force to replace it")
    # An export killed mid-write (kill -9) left its hidden temporary file: clear it.
    atomic.remove_stale_temps(path)
    atomic.atomic_write_text(path, text)
