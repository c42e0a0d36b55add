"""A torn last record (an append cut short by a kill or a power cut): read around, cut off.

Readers read every whole record of a file whose only fault is a torn tail and say nothing
to the user (a log line); the writer cuts the tail off under its lock before it appends.
Damage anywhere else is still damage: moved aside by the writer, reported by readers.
"""

from __future__ import annotations

import logging
import tomllib
from collections.abc import Callable
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest

from deadbutt_tray.core.model.records import BreakRecord, Outcome, PainArea, PainRecord
from deadbutt_tray.core.storage import history
from deadbutt_tray.core.storage.history import (
    CORRUPT_MARKER,
    HistoryStore,
    check_history_file,
    dump_document,
)
from deadbutt_tray.core.storage.torn_tail import torn_tail_start
from deadbutt_tray.core.translatable import Text
from tests.fakes import TEST_DEVICE

CET = timezone(timedelta(hours=1))
NOW = datetime(2026, 11, 24, 9, 41, 30, tzinfo=CET)
EVER = (datetime(1, 1, 2, tzinfo=UTC), datetime(9999, 12, 30, tzinfo=UTC))
NAME = f"2026-11.{TEST_DEVICE}.toml"


def brk(minute: int, sat_for_s: int = 2359) -> BreakRecord:
    return BreakRecord(
        NOW + timedelta(minutes=minute), Outcome.COMPLETED, sat_for_s, "desk-micro-1a", 124,
        ("standing-glute-squeeze",),
    )  # fmt: skip


def appended(*records: BreakRecord | PainRecord) -> bytes:
    """The text appends write for ``records``: one whole table each, after a blank line."""
    return "".join("\n" + dump_document({r.TABLE: [r.to_toml()]}) for r in records).encode()


WHOLE = b"schema = 1\n" + appended(brk(0), brk(1))
NEXT = appended(brk(2))[1:]  # the record an append was writing when it was cut short
PAIN = appended(PainRecord(NOW + timedelta(minutes=2), "standing-kickback", PainArea.KNEE, 10))

# What a cut-short append can leave after the whole records, and where its tail starts.
TORN = {
    "in the header": (WHOLE + b"\n[[bre", len(WHOLE) + 1),
    "in a key": (WHOLE + b"\n" + NEXT[: NEXT.index(b"outcome") + 3], len(WHOLE) + 1),
    "in a string": (WHOLE + b"\n" + NEXT[: NEXT.index(b'"desk') + 3], len(WHOLE) + 1),
    # Parses, with the wrong value (sat_for_s = 2 of 2359): a line with no newline is torn.
    "in a number": (WHOLE + b"\n" + NEXT[: NEXT.index(b"= 2359") + 3], len(WHOLE) + 1),
    # The rating 1 of 10 would parse as a whole, valid record: still torn.
    "in the last number": (WHOLE + PAIN[:-2], len(WHOLE) + 1),
    "before the final newline": (WHOLE + b"\n" + NEXT[:-1], len(WHOLE) + 1),
    "zeros (ext4 after a power cut)": (WHOLE + b"\0" * 4096, len(WHOLE)),
    "text, then zeros": (WHOLE + b"\n" + NEXT[:40] + b"\0" * 300, len(WHOLE) + 1),
    "only a blank line, then zeros": (WHOLE + b"\n\0\0\0", len(WHOLE) + 1),
    "with Windows line ends": (
        WHOLE.replace(b"\n", b"\r\n") + b"\r\n[[break]]\r\nat = 2026",
        len(WHOLE.replace(b"\n", b"\r\n")) + 2,
    ),
}


def tell(told: list[str]) -> Callable[[Text], None]:
    """An on_problem that keeps what the store said, in English."""
    return lambda message: told.append(str(message))


@pytest.fixture
def hdir(data_dir: Path) -> Path:
    folder = data_dir / "history"
    folder.mkdir()
    return folder


def test_where_a_torn_tail_starts() -> None:
    for data, start in TORN.values():
        assert torn_tail_start(data) == start, data[-60:]
    assert torn_tail_start(WHOLE) is None  # ends in a newline: whole
    assert torn_tail_start(b"") is None
    assert torn_tail_start(b"\0" * 8) == 0  # only zeros: nothing whole to keep
    assert torn_tail_start(b"schema = 1") is None  # no table before it: judged whole
    # A last table an append never writes (a hand edit gone wrong) is damage, not a tear.
    assert torn_tail_start(WHOLE + b"\n[[break]\nat = 2026") is None
    assert torn_tail_start(WHOLE + b"\n[break]]\nat = 2026") is None
    assert torn_tail_start(WHOLE + b"\nexercises = [\n[1, 2") is None


def write(hdir: Path, data: bytes, name: str = NAME) -> Path:
    path = hdir / name
    path.write_bytes(data)
    return path


@pytest.mark.parametrize("kind", TORN)
def test_readers_read_every_whole_record_and_change_nothing(
    hdir: Path, kind: str, caplog: pytest.LogCaptureFixture
) -> None:
    data, _start = TORN[kind]
    path = write(hdir, data)
    told: list[str] = []
    caplog.set_level(logging.INFO, logger=history.__name__)
    for store in (
        HistoryStore(hdir, tell(told), now=lambda: NOW, device=TEST_DEVICE),  # the app
        HistoryStore(hdir, tell(told), now=lambda: NOW),  # summary, export, check
    ):
        store.verify(NOW)
        assert store.records(*EVER) == [brk(0), brk(1)]
        assert store.problems == []
    assert told == []
    assert check_history_file(path) == []
    assert path.read_bytes() == data  # never moved aside, never cut by a reader
    assert [p.name for p in hdir.iterdir()] == [NAME]
    assert "cut short" in caplog.text and str(path) in caplog.text


@pytest.mark.parametrize("kind", TORN)
def test_the_writer_cuts_the_torn_tail_off_before_it_appends(
    hdir: Path, kind: str, caplog: pytest.LogCaptureFixture
) -> None:
    data, start = TORN[kind]
    path = write(hdir, data)
    told: list[str] = []
    store = HistoryStore(hdir, tell(told), now=lambda: NOW, device=TEST_DEVICE)
    assert store.append(brk(5))
    after = path.read_bytes()
    assert after == data[:start] + appended(brk(5))
    assert tomllib.loads(after.decode())["break"] == [b.to_toml() for b in (brk(0), brk(1), brk(5))]
    assert told == [] and [p.name for p in hdir.iterdir()] == [NAME]
    assert "Cut " in caplog.text and "never reported saved" in caplog.text
    assert HistoryStore(hdir, device=TEST_DEVICE).records(*EVER) == [brk(0), brk(1), brk(5)]


def test_a_file_of_nothing_but_zeros_starts_afresh(hdir: Path) -> None:
    path = write(hdir, b"\0" * 4096)
    store = HistoryStore(hdir, now=lambda: NOW, device=TEST_DEVICE)
    assert store.records(*EVER) == []
    assert store.append(brk(0))
    assert path.read_bytes() == b"schema = 1\n" + appended(brk(0))


def test_a_file_too_large_to_read_is_never_read_for_its_tail(
    hdir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Zeros past the size limit (a sparse 100 MB file, say): left as it is, not read."""
    path = write(hdir, WHOLE + b"\0" * 2000)
    read: list[int] = []
    real = history._read_at
    monkeypatch.setattr(history, "_read_at", lambda fd, at, n: read.append(n) or real(fd, at, n))
    told: list[str] = []
    store = HistoryStore(hdir, tell(told), now=lambda: NOW, max_file_bytes=1000, device=TEST_DEVICE)
    assert store.append(brk(5))
    assert path.read_bytes() == WHOLE + b"\0" * 2000
    assert (hdir / f"2026-11.{TEST_DEVICE}.2.toml").exists()  # rolled over, as before
    assert max(read, default=0) <= 1
    assert store.records(*EVER) == [brk(5)] and "larger than 1000" in told[0]


def test_the_writer_does_not_parse_again_what_the_reader_just_parsed(
    hdir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    data, start = TORN["in a string"]
    path = write(hdir, data)
    parsed: list[int] = []
    real = history._parse
    monkeypatch.setattr(history, "_parse", lambda raw: parsed.append(len(raw)) or real(raw))
    store = HistoryStore(hdir, now=lambda: NOW, device=TEST_DEVICE)
    store.verify(NOW)  # at start: reads the month, torn tail and all
    assert parsed == [start]
    assert store.append(brk(5))  # cuts, then appends: no second parse
    assert store.append(brk(6))
    assert parsed == [start]
    assert store.records(*EVER) == [brk(0), brk(1), brk(5), brk(6)]
    assert path.read_bytes() == data[:start] + appended(brk(5), brk(6))


def test_a_fresh_writer_parses_a_torn_file_once(
    hdir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    data, start = TORN["in the header"]
    write(hdir, data)
    parsed: list[int] = []
    real = history._parse
    monkeypatch.setattr(history, "_parse", lambda raw: parsed.append(len(raw)) or real(raw))
    store = HistoryStore(hdir, now=lambda: NOW, device=TEST_DEVICE)
    assert store.append(brk(5))
    assert parsed == [start]


def test_a_whole_file_is_never_read_for_the_tail_check(
    hdir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Appending to a whole file costs one byte of reading for the tail check, not a parse."""
    write(hdir, WHOLE)
    store = HistoryStore(hdir, now=lambda: NOW, device=TEST_DEVICE)
    assert store.append(brk(5))  # the first append checks the file once (as before)
    read: list[int] = []
    real = history._read_at
    monkeypatch.setattr(history, "_read_at", lambda fd, at, n: read.append(n) or real(fd, at, n))
    monkeypatch.setattr(history, "_parse", lambda raw: pytest.fail("parsed on append"))
    for minute in range(6, 16):
        assert store.append(brk(minute))
    assert sum(read) <= 10  # at most the last byte, per append


# -- damage that is not a torn tail keeps today's handling ---------------------------------

DAMAGED_IN_THE_MIDDLE = {
    "a torn tail after damage": WHOLE.replace(b"outcome = ", b"outcome = = ", 1) + b"\n[[bre",
    "zeros in the middle": WHOLE[:30] + b"\0" * 20 + WHOLE[50:],
    "a hand edit gone wrong, last": WHOLE + b'\n[[break]]\nat = 2026-11-24T10:00:00Z\nkind = "x\n',
    "an unfinished line that no append writes": WHOLE + b"\n[[break]\nat = 2026",
}


@pytest.mark.parametrize("kind", DAMAGED_IN_THE_MIDDLE)
def test_damage_elsewhere_is_moved_aside_by_the_writer_byte_for_byte(hdir: Path, kind: str) -> None:
    data = DAMAGED_IN_THE_MIDDLE[kind]
    path = write(hdir, data)
    told: list[str] = []
    store = HistoryStore(hdir, tell(told), now=lambda: NOW, device=TEST_DEVICE)
    assert store.append(brk(5))
    aside = [p for p in hdir.iterdir() if CORRUPT_MARKER in p.name]
    assert len(aside) == 1 and aside[0].read_bytes() == data
    assert len(told) == 1 and "nothing was deleted" in told[0]
    assert path.read_bytes() == b"schema = 1\n" + appended(brk(5))


@pytest.mark.parametrize("kind", DAMAGED_IN_THE_MIDDLE)
def test_damage_elsewhere_is_reported_by_readers_and_left_alone(hdir: Path, kind: str) -> None:
    data = DAMAGED_IN_THE_MIDDLE[kind]
    path = write(hdir, data)
    told: list[str] = []
    reader = HistoryStore(hdir, tell(told), now=lambda: NOW)
    assert reader.records(*EVER) == []
    assert len(reader.problems) == 1 and "can't be used" in told[0]
    assert str(check_history_file(path)[0].message).startswith("can't be used as history")
    assert path.read_bytes() == data


def test_an_older_release_file_is_never_read_as_torn(hdir: Path) -> None:
    """``YYYY-MM.toml`` was replaced whole, never appended to: a cut end there is damage."""
    data, _start = TORN["in a string"]
    path = write(hdir, data, "2026-11.toml")
    told: list[str] = []
    store = HistoryStore(hdir, tell(told), now=lambda: NOW, device=TEST_DEVICE)
    assert store.records(*EVER) == []
    assert len(told) == 1 and "can't be used" in told[0]
    assert check_history_file(path) != []
    assert path.read_bytes() == data


def test_a_newer_release_file_with_a_torn_tail_is_left_to_it(hdir: Path) -> None:
    data = WHOLE.replace(b"schema = 1", b"schema = 2") + b"\n[[bre"
    path = write(hdir, data)
    told: list[str] = []
    store = HistoryStore(hdir, tell(told), now=lambda: NOW, device=TEST_DEVICE)
    assert store.records(*EVER) == []
    assert store.append(brk(5))
    assert store.records(*EVER) == [brk(5)]
    assert path.read_bytes() == data
    assert (hdir / f"2026-11.{TEST_DEVICE}.2.toml").exists()
    assert len(told) == 1 and "newer version" in told[0]
    assert not any(CORRUPT_MARKER in p.name for p in hdir.iterdir())
