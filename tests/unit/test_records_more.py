"""Balance tests, pain reports and per-exercise adherence survive the history files."""

from __future__ import annotations

import tomllib
from datetime import datetime, timedelta, timezone
from pathlib import Path

from deadbutt_tray.core.model.records import (
    BalanceTestRecord,
    BreakRecord,
    ExerciseDone,
    Eyes,
    Outcome,
    PainArea,
    PainRecord,
    parse_record,
)
from deadbutt_tray.core.storage.history import HistoryStore, check_history_file
from tests.fakes import TEST_DEVICE

AT = datetime(2026, 11, 24, 9, 41, 30, tzinfo=timezone(timedelta(hours=1)))


def test_new_record_kinds_round_trip_through_the_store(tmp_path: Path) -> None:
    store = HistoryStore(tmp_path, device=TEST_DEVICE)
    done = (
        ExerciseDone("standing-glute-squeeze", sides_done=1, holds_done=5, completed=True),
        ExerciseDone("standing-hip-flexor-stretch", sides_done=1, holds_done=2),
    )
    records = [
        BreakRecord(AT, Outcome.PARTIAL, 1900, "desk-micro-1", 95, ("a", "b"), done),
        BalanceTestRecord(AT + timedelta(minutes=1), 31.5, 44.0, Eyes.OPEN),
        PainRecord(AT + timedelta(minutes=2), "split-squat", PainArea.KNEE, 6),
    ]
    assert store.append_many(records)
    fresh = HistoryStore(tmp_path, device=TEST_DEVICE).records(
        AT - timedelta(days=1), AT + timedelta(days=1)
    )
    assert fresh == records
    text = (tmp_path / f"2026-11.{TEST_DEVICE}.toml").read_text()
    assert "[[balance_test]]" in text and "[[pain]]" in text
    assert 'done = [{ id = "standing-glute-squeeze"' in text
    assert tomllib.loads(text)["break"][0]["done"][1]["holds_done"] == 2
    assert check_history_file(tmp_path / f"2026-11.{TEST_DEVICE}.toml") == []


def test_a_break_without_done_reads_as_before() -> None:
    data = {"at": AT, "outcome": "skipped", "sat_for_s": 10}
    record, problems = parse_record("break", data, "f", 0)
    assert problems == [] and record is not None and record.done == ()


def test_bad_values_name_the_key_and_what_is_accepted() -> None:
    _, problems = parse_record(
        "pain", {"at": AT, "exercise": "x", "area": "elbow", "rating": 11}, "f.toml", 3
    )
    keys = {p.key for p in problems}
    assert keys == {"pain[3].area", "pain[3].rating"}
    assert any("0 to 10" in p.message for p in problems)
    _, problems = parse_record(
        "balance_test", {"at": AT, "left_s": -1, "right_s": "x", "eyes": "open"}, "f", 0
    )
    assert {p.key for p in problems} == {"balance_test[0].left_s", "balance_test[0].right_s"}
    _, problems = parse_record(
        "break",
        {"at": AT, "outcome": "completed", "sat_for_s": 1, "done": [{"id": 3}]},
        "f",
        0,
    )
    assert [p.key for p in problems] == ["break[0].done"]


def test_a_break_records_its_routine_kind_and_a_pain_stop() -> None:
    record = BreakRecord(
        AT, Outcome.STOPPED_FOR_PAIN, 600, "home-2", 240, ("glute-bridge",), kind="home"
    )
    table = record.to_toml()
    assert table["kind"] == "home" and table["outcome"] == "stopped_for_pain"
    again, problems = parse_record("break", table, "f", 0)
    assert problems == [] and again == record
    # Older records have no kind (read as ""); a kind from a later release is kept.
    old, _ = parse_record("break", {"at": AT, "outcome": "completed", "sat_for_s": 1}, "f", 0)
    assert old is not None and old.kind == "" and "kind" not in old.to_toml()
    newer, problems = parse_record(
        "break", {"at": AT, "outcome": "completed", "sat_for_s": 1, "kind": "swim"}, "f", 0
    )
    assert problems == [] and newer is not None and newer.kind == "swim"
    _, problems = parse_record(
        "break", {"at": AT, "outcome": "completed", "sat_for_s": 1, "kind": 3}, "f", 0
    )
    assert [p.key for p in problems] == ["break[0].kind"]
