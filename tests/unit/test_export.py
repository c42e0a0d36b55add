"""Exporting history: columns, CSV and JSON, date ranges, never replacing a file unasked."""

from __future__ import annotations

import csv
import io
import json
from dataclasses import replace
from datetime import date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from deadbutt_tray.core.model.records import (
    BalanceSign,
    BalanceTestRecord,
    BreakRecord,
    EndedBy,
    ExerciseDone,
    Eyes,
    Outcome,
    PainArea,
    PainRecord,
    SittingSpan,
)
from deadbutt_tray.core.storage.export import (
    COLUMNS,
    export_text,
    records_between,
    row,
    write_export,
)
from deadbutt_tray.core.storage.history import HistoryStore
from tests.fakes import TEST_DEVICE

BERLIN = ZoneInfo("Europe/Berlin")


def t(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=BERLIN)


SPAN = SittingSpan(t("2026-11-24 09:02:11"), t("2026-11-24 09:41:30"), EndedBy.BREAK)
BREAK = BreakRecord(
    t("2026-11-24 09:41:30"),
    Outcome.COMPLETED,
    2359,
    "desk-micro",
    124,
    ("standing-glute-squeeze", "standing-hip-flexor-stretch"),
    (ExerciseDone("standing-glute-squeeze", 2, 10, 0, True), ExerciseDone("x", 0, 3, 0, False)),
)
BALANCE = BalanceTestRecord(t("2026-11-25 10:00"), 23.5, 19.0, Eyes.OPEN)
PAIN = PainRecord(t("2026-11-26 15:00"), "=cmd|' /C calc'!A0", PainArea.KNEE, 4)
ALL = [SPAN, BREAK, BALANCE, PAIN]


def test_the_columns_are_the_documented_contract() -> None:
    assert COLUMNS == (
        "type", "at", "date", "start", "end", "seconds", "ended_by", "outcome", "sat_for_s",
        "routine", "duration_s", "exercises", "exercises_completed", "left_s", "right_s",
        "eyes", "exercise", "area", "rating", "kind", "left_signs", "right_signs",
    )  # fmt: skip


def test_each_record_type_fills_its_own_columns() -> None:
    span, brk, balance, pain = (row(record) for record in ALL)
    assert span["type"] == "sitting" and span["at"] == "2026-11-24T09:41:30+01:00"
    assert (span["start"], span["seconds"], span["ended_by"]) == (
        "2026-11-24T09:02:11+01:00",
        2359,
        "break",
    )
    assert span["outcome"] is None
    assert brk["exercises"] == ["standing-glute-squeeze", "standing-hip-flexor-stretch"]
    assert brk["exercises_completed"] == ["standing-glute-squeeze"]
    assert (brk["outcome"], brk["sat_for_s"], brk["duration_s"]) == ("completed", 2359, 124)
    assert (balance["left_s"], balance["right_s"], balance["eyes"]) == (23.5, 19.0, "open")
    assert (pain["area"], pain["rating"], pain["date"]) == ("knee", 4, "2026-11-26")
    assert all(set(r) == set(COLUMNS) for r in (span, brk, balance, pain))
    assert balance["left_signs"] is None  # not checked
    checked = row(replace(BALANCE, left_signs=(), right_signs=(BalanceSign.PELVIS_DROP,)))
    assert (checked["left_signs"], checked["right_signs"]) == ([], ["pelvis_drop"])
    assert row(replace(BREAK, kind="home"))["kind"] == "home"


def test_csv_reads_back_in_a_spreadsheet_shape() -> None:
    text = export_text(ALL, "csv")
    assert text.startswith(",".join(COLUMNS) + "\r\n")
    rows = list(csv.DictReader(io.StringIO(text, newline="")))
    assert [r["type"] for r in rows] == ["sitting", "break", "balance_test", "pain"]
    assert rows[1]["exercises"] == "standing-glute-squeeze;standing-hip-flexor-stretch"
    assert rows[0]["outcome"] == "" and rows[2]["left_s"] == "23.5"
    # A formula from a hand-made file is text in a spreadsheet, not something it runs.
    assert rows[3]["exercise"] == "'=cmd|' /C calc'!A0"


def test_json_is_an_array_of_objects_with_every_column() -> None:
    data = json.loads(export_text(ALL, "json"))
    assert [item["type"] for item in data] == ["sitting", "break", "balance_test", "pain"]
    assert data[0]["outcome"] is None and data[1]["duration_s"] == 124
    assert data[3]["exercise"] == "=cmd|' /C calc'!A0"  # JSON keeps the text as it is
    assert list(data[0]) == list(COLUMNS)


def test_an_empty_export_still_has_its_header() -> None:
    assert export_text([], "csv") == ",".join(COLUMNS) + "\r\n"
    assert json.loads(export_text([], "json")) == []
    with pytest.raises(ValueError, match="csv, json"):
        export_text([], "xlsx")


def test_a_date_range_is_local_days_both_included(tmp_path: Path) -> None:
    store = HistoryStore(tmp_path, device=TEST_DEVICE)
    store.append_many(
        [
            BreakRecord(t("2026-10-31 23:59:59"), Outcome.SKIPPED, 1800),
            BreakRecord(t("2026-11-01 00:00:00"), Outcome.SKIPPED, 1800),
            BreakRecord(t("2026-11-30 23:59:59"), Outcome.SKIPPED, 1800),
            BreakRecord(t("2026-12-01 00:00:00"), Outcome.SKIPPED, 1800),
        ]
    )
    inside = records_between(store, date(2026, 11, 1), date(2026, 11, 30), BERLIN)
    assert [r.at.day for r in inside] == [1, 30]
    assert len(records_between(store, None, None)) == 4
    assert len(records_between(store, date(2026, 11, 2), None, BERLIN)) == 2


def test_an_existing_file_is_kept_unless_forced(tmp_path: Path) -> None:
    target = tmp_path / "out.csv"
    target.write_text("mine", encoding="utf-8")
    with pytest.raises(FileExistsError, match="--force"):
        write_export(target, "new")
    assert target.read_text(encoding="utf-8") == "mine"
    write_export(target, "new", force=True)
    assert target.read_text(encoding="utf-8") == "new"
    assert [p.name for p in tmp_path.iterdir()] == ["out.csv"]  # no temporary file left
