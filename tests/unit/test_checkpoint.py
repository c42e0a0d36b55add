"""The open span's checkpoint, the midnight split and the frozen-app rule, in core."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from deadbutt_tray.core.clock import FakeClock
from deadbutt_tray.core.model.records import EndedBy, SittingSpan
from deadbutt_tray.core.model.settings import Settings
from deadbutt_tray.core.rules.checkpoint import recovered_spans
from deadbutt_tray.core.rules.engine import SittingEngine
from deadbutt_tray.core.rules.sitting import split_at_midnight
from deadbutt_tray.core.storage.state import AppState, OpenSpan, load_state, save_state

BERLIN = ZoneInfo("Europe/Berlin")


def at(*args: int) -> datetime:
    return datetime(*args, tzinfo=BERLIN)  # type: ignore[misc]


def test_a_span_is_cut_at_every_midnight_it_crosses() -> None:
    span = SittingSpan(at(2026, 12, 30, 22), at(2027, 1, 1, 1), EndedBy.QUIT)
    parts = split_at_midnight(span)
    assert [(p.start, p.end, p.ended_by) for p in parts] == [
        (at(2026, 12, 30, 22), at(2026, 12, 31), EndedBy.DAY_END),
        (at(2026, 12, 31), at(2027, 1, 1), EndedBy.DAY_END),
        (at(2027, 1, 1), at(2027, 1, 1, 1), EndedBy.QUIT),
    ]
    assert split_at_midnight(parts[0]) == (parts[0],)  # ending at midnight: nothing to cut


def test_a_span_ending_at_midnight_belongs_to_the_day_before() -> None:
    span = SittingSpan(at(2026, 12, 31, 23), at(2027, 1, 1), EndedBy.DAY_END)
    assert (span.at.year, span.at.month, span.at.day) == (2026, 12, 31)
    empty = SittingSpan(at(2027, 1, 1), at(2027, 1, 1), EndedBy.QUIT)
    assert empty.at == at(2027, 1, 1)


def test_a_checkpoint_becomes_records_once() -> None:
    checkpoint = OpenSpan(at(2026, 11, 24, 23, 30), at(2026, 11, 25, 0, 10), "pc-1a2b3c")
    spans = recovered_spans(checkpoint, "pc-1a2b3c", [])
    assert [s.ended_by for s in spans] == [EndedBy.DAY_END, EndedBy.QUIT]
    assert recovered_spans(checkpoint, "other-9f9f9f", []) == ()  # another device's
    done = SittingSpan(checkpoint.start, checkpoint.end, EndedBy.QUIT)
    assert recovered_spans(checkpoint, "pc-1a2b3c", [done]) == ()  # quit recorded it
    moment = OpenSpan(checkpoint.start, checkpoint.start, "pc-1a2b3c")
    assert recovered_spans(moment, "pc-1a2b3c", []) == ()


def test_the_checkpoint_survives_the_state_file(tmp_path: Path) -> None:
    path = tmp_path / "state.toml"
    span = OpenSpan(at(2026, 11, 24, 9), at(2026, 11, 24, 9, 41), "pc-1a2b3c")
    save_state(path, AppState(open_span=span, device_ids={"pc": "pc-1a2b3c"}))
    state, problems = load_state(path)
    assert problems == [] and state.open_span == span
    assert state.device_ids == {"pc": "pc-1a2b3c"}
    path.write_text("[open_span]\nstart = 2026-11-24T09:00:00+01:00\ndevice = 3\n")
    state, problems = load_state(path)
    assert state.open_span is None and "open_span" in problems[0]


def test_the_engine_reports_the_open_span_without_closing_it() -> None:
    clock = FakeClock(at(2026, 11, 24, 9))
    engine = SittingEngine(Settings(), clock)
    for _ in range(30):
        clock.advance(10)
        engine.observe(0.0)
    span = engine.open_span()
    assert span is not None and span.seconds == 300 and span.ended_by is EndedBy.QUIT
    assert engine.status().sitting_s == 300  # still open


def test_a_freeze_with_input_is_sitting_and_a_sleep_is_away() -> None:
    for pause, sitting in (("freeze", 20 * 60), ("sleep", 2.0)):  # back 2 s ago
        clock = FakeClock(at(2026, 11, 24, 9))
        engine = SittingEngine(Settings(), clock)
        for _ in range(60):
            clock.advance(10)
            engine.observe(0.0)
        if pause == "freeze":
            clock.advance(600)
        else:
            clock.sleep(600)
        step = engine.observe(2.0)
        assert engine.status().sitting_s == sitting, pause
        assert bool(step.records) is (pause == "sleep")
    clock = FakeClock(at(2026, 11, 24, 9))
    engine = SittingEngine(Settings(), clock)
    clock.advance(10)
    engine.observe(0.0)
    clock.advance(600)  # frozen, and nobody touched anything since before the freeze
    engine.observe(615.0)
    assert engine.status().sitting_s == 0
