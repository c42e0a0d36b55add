"""The history store: format, routing, preservation, quarantine, failing disks, properties."""

from __future__ import annotations

import contextlib
import errno
import itertools
import os
import tempfile
import tomllib
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest
import tomli_w
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from deadbutt_tray.core.model.records import BreakRecord, EndedBy, Outcome, Record, SittingSpan
from deadbutt_tray.core.storage import history
from deadbutt_tray.core.storage.history import (
    CORRUPT_MARKER,
    HistoryStore,
    check_history_dir,
    check_history_file,
    dump_document,
)
from deadbutt_tray.core.storage.torn_tail import torn_tail_start
from deadbutt_tray.core.translatable import Text, Words
from tests.fakes import TEST_DEVICE

CET = timezone(timedelta(hours=1))
EST = timezone(timedelta(hours=-5))
NOW = datetime(2026, 11, 24, 9, 41, 30, tzinfo=CET)
QUARANTINE = f"2026-11.{TEST_DEVICE}.toml.corrupt-20261124T094130"
EVER = (datetime(1, 1, 2, tzinfo=UTC), datetime(9999, 12, 30, tzinfo=UTC))

DOCUMENTED = """\
schema = 1

[[sitting]]
start = 2026-11-24T09:02:11+01:00
end = 2026-11-24T09:41:30+01:00
ended_by = "break"

[[break]]
at = 2026-11-24T09:41:30+01:00
outcome = "completed"
sat_for_s = 2359
routine = "desk-micro"
duration_s = 124
exercises = ["standing-glute-squeeze", "standing-hip-flexor-stretch"]
"""


def brk(at: datetime, sat_for_s: int = 60, outcome: Outcome = Outcome.COMPLETED) -> BreakRecord:
    return BreakRecord(at, outcome, sat_for_s, "desk-micro", 90, ("standing-glute-squeeze",))


def sit(start: datetime, end: datetime, ended_by: EndedBy = EndedBy.AWAY) -> SittingSpan:
    return SittingSpan(start, end, ended_by)


class Messages(list[str]):
    """Collects on_problem messages, in English."""

    def __call__(self, message: Text) -> None:
        assert isinstance(message, Words)  # said in the user's language by the app
        self.append(str(message))


@pytest.fixture
def hdir(data_dir: Path) -> Path:
    return data_dir / "history"


@pytest.fixture
def told() -> Messages:
    return Messages()


@pytest.fixture
def store(hdir: Path, told: Messages) -> HistoryStore:
    return HistoryStore(hdir, told, now=lambda: NOW, device=TEST_DEVICE)


def load(path: Path) -> dict[str, Any]:
    return tomllib.loads(path.read_text(encoding="utf-8"))


def snapshot(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir())}


# -- format and routing ----------------------------------------------------------------------


def test_writes_the_documented_format_exactly(store: HistoryStore, hdir: Path) -> None:
    start = datetime(2026, 11, 24, 9, 2, 11, tzinfo=CET)
    assert store.append(sit(start, NOW, EndedBy.BREAK))
    assert store.append(
        BreakRecord(
            NOW,
            Outcome.COMPLETED,
            2359,
            "desk-micro",
            124,
            ("standing-glute-squeeze", "standing-hip-flexor-stretch"),
        )
    )
    assert (hdir / f"2026-11.{TEST_DEVICE}.toml").read_text(encoding="utf-8") == DOCUMENTED
    assert store.pending == 0 and store.last_error is None


def test_round_trip_through_a_fresh_store(store: HistoryStore, hdir: Path) -> None:
    written = [
        sit(NOW - timedelta(minutes=40), NOW - timedelta(minutes=5)),
        brk(NOW, 2100),
        brk(NOW + timedelta(hours=1), 30, Outcome.SKIPPED),
    ]
    assert store.append_many(written)
    again = HistoryStore(hdir, device=TEST_DEVICE)
    assert again.records(*EVER) == written
    assert [r.at.utcoffset() for r in again.records(*EVER)] == [timedelta(hours=1)] * 3


def test_microseconds_are_dropped_consistently(store: HistoryStore, hdir: Path) -> None:
    precise = brk(NOW.replace(microsecond=123456))
    assert store.append(precise)
    expected = brk(NOW)
    assert store.records(*EVER) == [expected]
    assert HistoryStore(hdir, device=TEST_DEVICE).records(*EVER) == [expected]


def test_record_goes_to_the_month_of_its_own_offset(store: HistoryStore, hdir: Path) -> None:
    late = datetime(2026, 11, 30, 23, 30, tzinfo=EST)  # already December in UTC
    assert store.append(brk(late))
    assert store.months() == [(2026, 11)]
    assert load(hdir / f"2026-11.{TEST_DEVICE}.toml")["break"][0]["at"] == late
    # A sitting span is filed by its end.
    assert store.append(sit(late, datetime(2026, 12, 1, 0, 10, tzinfo=EST)))
    assert store.months() == [(2026, 11), (2026, 12)]
    assert "sitting" in load(hdir / f"2026-12.{TEST_DEVICE}.toml")


def test_new_file_starts_with_schema(store: HistoryStore, hdir: Path) -> None:
    store.append(brk(NOW))
    assert (
        (hdir / f"2026-11.{TEST_DEVICE}.toml")
        .read_text(encoding="utf-8")
        .startswith("schema = 1\n")
    )


def test_month_path_and_months(store: HistoryStore, hdir: Path) -> None:
    assert store.month_path(2026, 3) == hdir / f"2026-03.{TEST_DEVICE}.toml"
    assert store.months() == []  # no folder yet
    with pytest.raises(ValueError):
        store.month_path(2026, 13)
    hdir.mkdir()
    names = ["2026-03.toml", "2025-12.toml", "2026-13.toml", "notes.toml", "2026-1.toml"]
    names += ["2024-01.pc-1a2b3c.toml", "2024-02.pc-1a2b3c.2.toml", "2024-03.pc-1a2b3c.1.toml"]
    names += ["2024-04.pc.toml", "2024-05.2.toml", "2024-06.sync-conflict-x.toml"]
    for name in names:
        (hdir / name).write_text("schema = 1\n")
    # Older releases' names, and each device's (shards from 2 up; an id has a dash).
    assert store.months() == [(2024, 1), (2024, 2), (2025, 12), (2026, 3)]
    assert store.devices() == ["pc-1a2b3c"]


def test_append_many_writes_each_month_once(
    store: HistoryStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    writes: list[int] = []
    real = history._write_all

    def counting(fd: int, data: bytes) -> None:
        writes.append(fd)
        real(fd, data)

    monkeypatch.setattr(history, "_write_all", counting)
    records = [brk(NOW + timedelta(days=d)) for d in (0, 1, 10, 20, 30)]  # Nov x3... Dec x2
    assert store.append_many(records)
    assert len(writes) == 2  # one append per month file
    assert sorted(p.name for p in store.history_dir.iterdir()) == [
        f"2026-11.{TEST_DEVICE}.toml",
        f"2026-12.{TEST_DEVICE}.toml",
    ]
    assert store.records(*EVER) == records


def test_bad_record_is_refused_before_it_is_queued(store: HistoryStore, hdir: Path) -> None:
    naive = brk(datetime(2026, 11, 24, 9, 0))
    with pytest.raises(ValueError, match="date-time with offset"):
        store.append(naive)
    with pytest.raises(ValueError):
        store.append(brk(NOW, sat_for_s=-5))
    with pytest.raises(ValueError):  # nothing of a refused batch is queued
        store.append_many([brk(NOW), brk(NOW, sat_for_s=-1)])
    with pytest.raises(ValueError):  # an offset TOML cannot write
        store.append(brk(NOW.replace(tzinfo=timezone(timedelta(minutes=19, seconds=32)))))
    assert store.pending == 0
    assert not hdir.exists()


# -- preserving what this version does not know ---------------------------------------------

FUTURE_FILE = """\
schema = 1
written_by = "deadbutt-tray 3.0"

[meta]
device = "laptop"
nested = { deep = [1, 2, { x = 1979-05-27 }] }

[[sitting]]
start = 2026-11-24T08:00:00+01:00
end = 2026-11-24T08:30:00+01:00
ended_by = "away"
posture = "standing desk"

[[balance_test]]
at = 2026-11-20T10:00:00+01:00
left_s = 23.5
right_s = 19.0
eyes = "closed"

[[pain]]
at = 2026-11-21T10:00:00+01:00
where = "lower back"
level = 3
when = 07:30:00
notes = [
  "after a long meeting",
]

[[pain.details]]
side = "left"
"""


def test_unknown_tables_and_keys_survive_appends(store: HistoryStore, hdir: Path) -> None:
    hdir.mkdir()
    path = hdir / f"2026-11.{TEST_DEVICE}.toml"
    path.write_text(FUTURE_FILE, encoding="utf-8")
    before = tomllib.loads(FUTURE_FILE)
    assert store.append(brk(NOW))
    assert store.append(sit(NOW, NOW + timedelta(minutes=20)))
    after = load(path)
    for key, value in before.items():
        if key == "sitting":
            assert after[key][0] == value[0]  # including the unknown "posture"
        else:
            assert after[key] == value, key
    assert len(after["sitting"]) == 2 and len(after["break"]) == 1
    spans = [r for r in store.records(*EVER) if isinstance(r, SittingSpan)]
    assert spans[0] == sit(
        datetime(2026, 11, 24, 8, tzinfo=CET), datetime(2026, 11, 24, 8, 30, tzinfo=CET)
    )


def test_invalid_record_is_skipped_on_read_but_kept_on_write(
    store: HistoryStore, hdir: Path
) -> None:
    hdir.mkdir()
    path = hdir / f"2026-11.{TEST_DEVICE}.toml"
    bad = (
        'schema = 1\n\n[[break]]\nat = 2026-11-02T10:00:00+01:00\noutcome = "teleported"\n'
        "sat_for_s = 5\n\n[[break]]\nat = 2026-11-03T10:00:00+01:00\n"
        'outcome = "skipped"\nsat_for_s = 7\n'
    )
    path.write_text(bad, encoding="utf-8")
    got = store.records(*EVER)
    assert [r.sat_for_s for r in got if isinstance(r, BreakRecord)] == [7]
    assert store.append(brk(NOW))
    assert [b["outcome"] for b in load(path)["break"]] == ["teleported", "skipped", "completed"]
    problems = check_history_file(path)
    assert [p.key for p in problems] == ["break[0].outcome"]
    assert "teleported" in problems[0].message


def test_missing_schema_is_read_and_added_on_write(store: HistoryStore, hdir: Path) -> None:
    hdir.mkdir()
    path = hdir / f"2026-11.{TEST_DEVICE}.toml"
    path.write_text(
        '[[break]]\nat = 2026-11-02T10:00:00+01:00\noutcome = "skipped"\nsat_for_s = 1\n'
    )
    assert [p.key for p in check_history_file(path)] == ["schema"]
    assert len(store.records(*EVER)) == 1
    store.append(brk(NOW))  # appended: the file is not rewritten, so no schema is added
    assert len(load(path)["break"]) == 2
    assert len(HistoryStore(hdir).records(*EVER)) == 2


@pytest.mark.parametrize(
    "original",
    [
        b'schema = 1\nbreak = "oops"\n[[sitting]]\nstart = 2026-11-01T08:00:00Z\n',
        b'schema = 1\nbreak = [{ at = 2026-11-01T08:00:00Z, outcome = "skipped", sat_for_s = 1 }]'
        b"\n",
        b"schema = 9\n",  # a newer release's file
    ],
)
def test_a_file_that_cannot_take_new_records_is_left_alone_and_the_next_shard_used(
    store: HistoryStore, hdir: Path, told: Messages, original: bytes
) -> None:
    hdir.mkdir()
    path = hdir / f"2026-11.{TEST_DEVICE}.toml"
    path.write_bytes(original)
    store.records(*EVER)  # reading leaves it alone
    assert path.read_bytes() == original
    assert store.append(brk(NOW))
    assert path.read_bytes() == original, "a healthy file must not be moved aside"
    shard = hdir / f"2026-11.{TEST_DEVICE}.2.toml"
    assert load(shard)["break"][0]["sat_for_s"] == 60
    assert not any(CORRUPT_MARKER in p.name for p in hdir.iterdir())


# -- records(): range, selectivity, cache ----------------------------------------------------


def test_records_range_is_half_open_sorted_and_includes_other_offsets(
    store: HistoryStore,
) -> None:
    base = datetime(2026, 3, 1, tzinfo=UTC)
    records = [
        brk(datetime(2026, 2, 28, 23, 59, 59, tzinfo=UTC)),
        brk(base),  # exactly start: in
        brk(datetime(2026, 3, 1, 0, 30, tzinfo=CET), 1),  # 23:30 UTC Feb 28: out
        brk(datetime(2026, 3, 31, 22, 0, tzinfo=EST), 2),  # April 1 in UTC: in, via slack
        brk(datetime(2026, 3, 10, tzinfo=UTC), 3),
        brk(datetime(2026, 4, 2, tzinfo=UTC), 4),  # exactly end: out
    ]
    assert store.append_many(reversed(records))
    got = store.records(base, datetime(2026, 4, 2, tzinfo=UTC))
    assert got == [records[1], records[4], records[3]]


def test_records_finds_neighbours_filed_under_another_month(store: HistoryStore) -> None:
    in_march_file = brk(datetime(2026, 3, 31, 22, 0, tzinfo=EST))  # 04-01 03:00 UTC
    in_april_file = brk(datetime(2026, 4, 1, 0, 30, tzinfo=CET))  # 03-31 23:30 UTC
    assert store.append_many([in_march_file, in_april_file])
    april_morning = datetime(2026, 4, 1, tzinfo=UTC)
    assert store.records(april_morning, april_morning + timedelta(hours=12)) == [in_march_file]
    march_evening = datetime(2026, 3, 31, 20, tzinfo=UTC)
    assert store.records(march_evening, april_morning - timedelta(seconds=1)) == [in_april_file]


def test_records_needs_aware_bounds(store: HistoryStore) -> None:
    with pytest.raises(ValueError):
        store.records(datetime(2026, 1, 1), datetime(2026, 2, 1))


def _ten_years(hdir: Path) -> None:
    hdir.mkdir(parents=True)
    for year in range(2017, 2027):
        for month in range(1, 13):
            at = datetime(year, month, 15, 12, tzinfo=CET)
            doc = {"schema": 1, "break": [brk(at).to_toml()]}
            (hdir / f"{year:04d}-{month:02d}.toml").write_text(dump_document(doc))


@pytest.fixture
def parse_calls(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    calls: list[int] = []
    real = history._parse

    def counting(data: bytes) -> dict[str, Any]:
        calls.append(len(data))
        return real(data)

    monkeypatch.setattr(history, "_parse", counting)
    return calls


def test_one_week_query_reads_only_neighbouring_months(
    store: HistoryStore, hdir: Path, parse_calls: list[int]
) -> None:
    _ten_years(hdir)
    assert len(store.months()) == 120
    week = datetime(2026, 6, 10, tzinfo=CET)
    got = store.records(week, week + timedelta(days=7))
    assert got == [brk(datetime(2026, 6, 15, 12, tzinfo=CET))]
    assert len(parse_calls) == 1  # June alone: never the other 119


def test_repeated_queries_hit_the_cache_until_the_file_changes(
    store: HistoryStore, hdir: Path, parse_calls: list[int]
) -> None:
    _ten_years(hdir)
    week = datetime(2026, 6, 10, tzinfo=CET)
    store.records(week, week + timedelta(days=7))
    assert len(parse_calls) == 1
    store.records(week, week + timedelta(days=7))
    assert len(parse_calls) == 1
    # Our own append refreshes the cache without a re-parse.
    assert store.append(brk(datetime(2026, 6, 11, tzinfo=CET)))
    assert len(store.records(week, week + timedelta(days=7))) == 2
    assert len(parse_calls) == 1
    # Someone else changing a file is noticed.
    june = hdir / f"2026-06.{TEST_DEVICE}.toml"
    june.write_text(june.read_text() + "\n# edited\n")
    assert len(store.records(week, week + timedelta(days=7))) == 2
    assert len(parse_calls) == 2


def test_forget_months_drops_parsed_files_except_those_kept(
    store: HistoryStore, hdir: Path, parse_calls: list[int]
) -> None:
    _ten_years(hdir)
    year = (datetime(2026, 1, 1, tzinfo=CET), datetime(2026, 12, 31, tzinfo=CET))
    store.records(*year)
    assert (2026, 1) in store.months_in_memory and (2026, 11) in store.months_in_memory
    parsed = len(parse_calls)
    assert store.forget_months(keep=[(2026, 11)]) == len(store.months_in_memory) + 11
    assert store.months_in_memory == [(2026, 11)]
    # The kept month needs no re-parse for an append; a forgotten one is read again.
    assert store.append(brk(NOW))
    assert len(parse_calls) == parsed
    week = datetime(2026, 6, 10, tzinfo=CET)
    assert store.records(week, week + timedelta(days=7))
    assert len(parse_calls) == parsed + 1
    assert store.forget_months() > 0
    assert store.months_in_memory == []


def test_forget_months_never_drops_records_waiting_to_be_written(
    store: HistoryStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    with monkeypatch.context() as broken:
        _break_disk(broken, "write", errno.ENOSPC)
        assert store.append(brk(NOW)) is False
        store.forget_months()
        assert store.pending == 1
        assert store.records(*EVER) == [brk(NOW)]
    assert store.flush()
    assert store.records(*EVER) == [brk(NOW)]


def test_leftover_temp_and_corrupt_files_are_never_read(store: HistoryStore, hdir: Path) -> None:
    hdir.mkdir()
    lure = dump_document({"schema": 1, "break": [brk(NOW).to_toml()]})
    (hdir / ".2026-11.toml.tmp-4242-abc123").write_text(lure)
    (hdir / f"{QUARANTINE}").write_text(lure)
    (hdir / "2026-11.toml.bak").write_text(lure)
    assert store.months() == []
    assert store.records(*EVER) == []
    assert store.append(brk(NOW - timedelta(days=1)))
    assert store.records(*EVER) == [brk(NOW - timedelta(days=1))]


# -- quarantine ------------------------------------------------------------------------------


def _truncated() -> bytes:
    """Cut inside the first record, with the second whole after it: damage, not a torn
    tail (a file cut at its end is a torn append: tests/unit/test_history_torn.py)."""
    cut = DOCUMENTED.index("end = ") + 12
    return DOCUMENTED.encode()[:cut] + DOCUMENTED.encode()[DOCUMENTED.index("\n\n[[break]]") :]


CORRUPT = {
    "invalid toml": b"schema = 1\n[[break]\nat = ",  # no header an append writes: not torn
    "truncated": _truncated(),
    "binary": bytes(range(256)) * 3,
    "invalid utf-8": b'schema = 1\nnote = "\xff\xfe"\n',
    "schema not a number": b'schema = "one"\n',
}
# Not damage: a newer release's file, and one too large to read. The writer leaves them
# as they are and rolls over to the next shard; a reader says why it skipped them.
NOT_OURS_TO_MOVE = {
    "future schema": b"schema = 2\n[[break]]\nat = 2026-11-01T00:00:00Z\n",
    "huge": b"schema = 1\n" + b"# padding\n" * 200,
}


@pytest.mark.parametrize("kind", NOT_OURS_TO_MOVE)
def test_a_newer_or_huge_file_is_left_alone_and_the_writer_rolls_over(
    hdir: Path, told: Messages, kind: str
) -> None:
    hdir.mkdir()
    path = hdir / f"2026-11.{TEST_DEVICE}.toml"
    path.write_bytes(NOT_OURS_TO_MOVE[kind])
    store = HistoryStore(hdir, told, now=lambda: NOW, max_file_bytes=1000, device=TEST_DEVICE)
    assert store.records(*EVER) == []
    assert store.append(brk(NOW))
    assert store.records(*EVER) == [brk(NOW)]
    assert path.read_bytes() == NOT_OURS_TO_MOVE[kind]
    assert (hdir / f"2026-11.{TEST_DEVICE}.2.toml").exists()
    assert len(told) == 1 and ("newer version" in told[0] or "larger than 1000" in told[0])


@pytest.mark.parametrize("via", ["append", "read"])
@pytest.mark.parametrize("kind", CORRUPT)
def test_unreadable_file_is_moved_aside_byte_identical(
    hdir: Path, told: Messages, kind: str, via: str
) -> None:
    hdir.mkdir()
    path = hdir / f"2026-11.{TEST_DEVICE}.toml"
    path.write_bytes(CORRUPT[kind])
    store = HistoryStore(hdir, told, now=lambda: NOW, max_file_bytes=1000, device=TEST_DEVICE)
    if via == "append":
        assert store.append(brk(NOW))
        assert store.records(*EVER) == [brk(NOW)]
    else:
        assert store.records(*EVER) == []
        assert not path.exists()
    assert (hdir / QUARANTINE).read_bytes() == CORRUPT[kind]
    assert len(told) == 1
    message = told[0]
    assert str(path) in message and QUARANTINE in message and "nothing was deleted" in message
    if via == "append":
        assert load(path) == {"schema": 1, "break": [brk(NOW).to_toml()]}
    # Telling once: further use of the (now healthy) month says nothing more.
    store.append(brk(NOW + timedelta(minutes=1)))
    store.records(*EVER)
    assert len(told) == 1


def test_second_quarantine_never_overwrites_the_first(
    store: HistoryStore, hdir: Path, told: Messages
) -> None:
    hdir.mkdir()
    path = hdir / f"2026-11.{TEST_DEVICE}.toml"
    for n in range(3):
        path.write_bytes(b"garbage %d [[" % n)
        assert store.append(brk(NOW))
    names = [QUARANTINE, f"{QUARANTINE}-1", f"{QUARANTINE}-2"]
    assert [(hdir / name).read_bytes() for name in names] == [
        b"garbage %d [[" % n for n in range(3)
    ]
    assert len(told) == 3
    assert names[2] in told[2]


def test_quarantine_without_hard_links_still_never_overwrites(
    store: HistoryStore, hdir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def no_links(*_args: object) -> None:
        raise OSError(errno.EPERM, "Operation not permitted")

    monkeypatch.setattr(os, "link", no_links)
    hdir.mkdir()
    (hdir / QUARANTINE).write_bytes(b"first")
    (hdir / f"2026-11.{TEST_DEVICE}.toml").write_bytes(b"second [[")
    assert store.append(brk(NOW))
    assert (hdir / QUARANTINE).read_bytes() == b"first"
    assert (hdir / f"{QUARANTINE}-1").read_bytes() == b"second [["


def test_file_that_cannot_be_moved_aside_is_left_alone_and_records_wait(
    store: HistoryStore, hdir: Path, told: Messages, monkeypatch: pytest.MonkeyPatch
) -> None:
    hdir.mkdir()
    path = hdir / f"2026-11.{TEST_DEVICE}.toml"
    path.write_bytes(b"garbage [[")
    for name in ("link", "rename"):
        monkeypatch.setattr(os, name, lambda *_a: (_ for _ in ()).throw(OSError(errno.EROFS, "RO")))
    assert store.append(brk(NOW)) is False
    assert store.pending == 1
    assert path.read_bytes() == b"garbage [[" and snapshot(hdir) == {
        f"2026-11.{TEST_DEVICE}.toml": b"garbage [["
    }
    assert len(told) == 1 and "could not be moved aside" in told[0]
    monkeypatch.undo()
    assert store.flush()
    assert (hdir / QUARANTINE).read_bytes() == b"garbage [["


def test_unreadable_permissions_are_not_mistaken_for_corruption(
    store: HistoryStore, hdir: Path, told: Messages, monkeypatch: pytest.MonkeyPatch
) -> None:
    hdir.mkdir()
    path = hdir / f"2026-11.{TEST_DEVICE}.toml"
    path.write_text(DOCUMENTED)

    def denied(*_args: object) -> bytes:
        raise PermissionError(errno.EACCES, "Permission denied")

    monkeypatch.setattr(history, "_read_limited", denied)
    monkeypatch.setattr(history, "_read_at", denied)
    assert store.records(*EVER) == []
    assert store.records(*EVER) == []
    assert len(told) == 1 and "Permission denied" in told[0]
    assert store.append(brk(NOW)) is False  # can't read it, so can't extend it safely
    assert path.read_text() == DOCUMENTED
    monkeypatch.undo()
    assert store.flush()
    assert len(store.records(*EVER)) == 3


# -- failing storage -------------------------------------------------------------------------


def _break_disk(monkeypatch: pytest.MonkeyPatch, where: str, err: int) -> None:
    def fail(*_args: object, **_kwargs: object) -> None:
        raise OSError(err, os.strerror(err))

    monkeypatch.setattr(os, where, fail)


@pytest.mark.parametrize(
    ("where", "err"),
    [("write", errno.EROFS), ("fsync", errno.ENOSPC), ("open", errno.EACCES)],
)
def test_failing_disk_keeps_records_in_memory_then_saves_them_in_order(
    store: HistoryStore, hdir: Path, told: Messages, monkeypatch: pytest.MonkeyPatch,
    where: str, err: int,
) -> None:  # fmt: skip
    old = [brk(datetime(2026, 10, 5, tzinfo=CET)), brk(datetime(2026, 11, 5, tzinfo=CET))]
    assert store.append_many(old)
    before = snapshot(hdir)
    held = [
        brk(datetime(2026, 11, 20, tzinfo=CET), 1),
        brk(datetime(2026, 12, 1, tzinfo=CET), 2),
        brk(datetime(2026, 11, 10, tzinfo=CET), 3),  # earlier "at", later append
    ]
    with monkeypatch.context() as broken:
        _break_disk(broken, where, err)
        results = [store.append(record) for record in held]
        assert results == [False, False, False]
        assert store.pending == 3
        assert store.flush() is False
        assert len(told) == 1  # once for this kind of failure, not per retry
        assert store.last_error is not None
        error = str(store.last_error)
        assert os.strerror(err) in error and str(hdir) in error
        assert "3 records kept in memory" in error
        assert told[0].startswith(f"Can't save history to {hdir}")
        assert snapshot(hdir) == before  # nothing on disk touched, no temp files
        assert store.records(*EVER) == sorted([*old, *held], key=lambda r: r.at)
    assert store.flush() is True
    assert store.pending == 0 and store.last_error is None
    assert [b["sat_for_s"] for b in load(hdir / f"2026-11.{TEST_DEVICE}.toml")["break"]] == [
        60,
        1,
        3,
    ]
    assert HistoryStore(hdir, device=TEST_DEVICE).records(*EVER) == sorted(
        [*old, *held], key=lambda r: r.at
    )
    assert len(told) == 1
    # A new outage after recovery is news again.
    with monkeypatch.context() as broken:
        _break_disk(broken, where, err)
        assert store.append(brk(NOW)) is False
    assert len(told) == 2


def test_next_append_after_recovery_saves_the_held_ones_too(
    store: HistoryStore, hdir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with monkeypatch.context() as broken:
        _break_disk(broken, "write", errno.ENOSPC)
        assert store.append(brk(NOW, 1)) is False
        assert store.last_error is not None and "1 record kept" in str(store.last_error)
    assert store.append(brk(NOW, 2)) is True
    assert [b["sat_for_s"] for b in load(hdir / f"2026-11.{TEST_DEVICE}.toml")["break"]] == [1, 2]


def test_a_different_failure_is_reported_again(
    store: HistoryStore, told: Messages, monkeypatch: pytest.MonkeyPatch
) -> None:
    with monkeypatch.context() as broken:
        _break_disk(broken, "write", errno.ENOSPC)
        store.append(brk(NOW, 1))
        store.append(brk(NOW, 2))
    with monkeypatch.context() as broken:
        _break_disk(broken, "write", errno.EROFS)
        store.append(brk(NOW, 3))
    assert len(told) == 2
    assert "No space left" in told[0] and "Read-only" in told[1]


def test_history_folder_that_cannot_be_created(tmp_path: Path, told: Messages) -> None:
    blocker = tmp_path / "data"
    blocker.write_bytes(b"a file where the folder should be")
    store = HistoryStore(blocker / "history", told, now=lambda: NOW, device=TEST_DEVICE)
    assert store.append(brk(NOW)) is False
    assert store.records(*EVER) == [brk(NOW)]
    assert len(told) == 1 and store.pending == 1
    assert f"the history folder {blocker / 'history'} can't be created" in told[0]
    blocker.unlink()
    assert store.flush()
    assert store.records(*EVER) == [brk(NOW)]
    assert (blocker / "history" / f"2026-11.{TEST_DEVICE}.toml").exists()


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root ignores chmod")
def test_really_read_only_folder(store: HistoryStore, hdir: Path, told: Messages) -> None:
    assert store.append(brk(NOW - timedelta(days=1)))
    before = snapshot(hdir)
    hdir.chmod(0o500)
    try:
        assert store.append(brk(NOW)) is False
        assert store.pending == 1 and len(told) == 1
        assert snapshot(hdir) == before
    finally:
        hdir.chmod(0o700)
    assert store.flush()
    assert len(HistoryStore(hdir, device=TEST_DEVICE).records(*EVER)) == 2


def test_failing_listener_does_not_stop_saving(hdir: Path) -> None:
    def broken_listener(_message: str) -> None:
        raise RuntimeError("listener bug")

    hdir.mkdir()
    (hdir / f"2026-11.{TEST_DEVICE}.toml").write_bytes(b"[[[")
    store = HistoryStore(hdir, broken_listener, now=lambda: NOW, device=TEST_DEVICE)
    assert store.append(brk(NOW))


# -- check -----------------------------------------------------------------------------------


def test_check_accepts_the_documented_file_and_changes_nothing(hdir: Path) -> None:
    hdir.mkdir()
    path = hdir / f"2026-11.{TEST_DEVICE}.toml"
    path.write_text(DOCUMENTED)
    stamp = path.stat().st_mtime_ns
    assert check_history_file(path) == []
    assert check_history_dir(hdir) == []
    assert path.read_text() == DOCUMENTED and path.stat().st_mtime_ns == stamp


def test_check_reports_corrupt_files_without_moving_them(hdir: Path) -> None:
    hdir.mkdir()
    path = hdir / f"2026-11.{TEST_DEVICE}.toml"
    path.write_bytes(NOT_OURS_TO_MOVE["future schema"])
    problems = check_history_file(path)
    assert len(problems) == 1 and "newer version" in problems[0].message
    assert check_history_file(path, max_bytes=10)[0].message.startswith("it is larger")
    assert path.read_bytes() == NOT_OURS_TO_MOVE["future schema"]
    assert check_history_file(hdir / "missing.toml")[0].message.startswith("can't be read")


def test_check_reports_misfiled_records(hdir: Path) -> None:
    hdir.mkdir()
    (hdir / f"2026-10.{TEST_DEVICE}.toml").write_text(DOCUMENTED)
    problems = check_history_file(hdir / f"2026-10.{TEST_DEVICE}.toml")
    assert len(problems) == 2
    assert all("belongs in a 2026-11 file" in p.message for p in problems)


def test_check_dir_points_at_files_needing_attention(hdir: Path) -> None:
    assert check_history_dir(hdir) == []  # no history yet
    hdir.mkdir()
    (hdir / f"2026-11.{TEST_DEVICE}.toml").write_text(DOCUMENTED)
    (hdir / QUARANTINE).write_bytes(b"x")
    (hdir / ".2026-11.toml.tmp-1-abc").write_bytes(b"x")
    (hdir / "2026-1.toml").write_text("schema = 1\n")
    (hdir / "readme.txt").write_text("mine")
    problems = {Path(p.file).name: p.message for p in check_history_dir(hdir)}
    assert set(problems) == {QUARANTINE, "2026-1.toml"}  # a leftover temp file is harmless
    assert "moved aside" in problems[QUARANTINE]
    assert "YYYY-MM.DEVICE.toml" in problems["2026-1.toml"]


# -- properties ------------------------------------------------------------------------------

FUZZ = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])

OFFSETS = st.integers(-14 * 60, 14 * 60).map(lambda m: timezone(timedelta(minutes=m)))
KEYS = st.sampled_from(["schema", "sitting", "break", "at", "start", "end", "outcome"]) | st.text(
    max_size=8
)
SCALARS = st.one_of(
    st.integers(min_value=-(2**63), max_value=2**63 - 1),
    st.floats(allow_nan=False),  # nan != nan would hide real differences
    st.booleans(),
    st.text(max_size=12),
    st.datetimes(timezones=st.none() | OFFSETS),
    st.dates(),
    st.times(),
)
VALUES = st.recursive(
    SCALARS,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(KEYS, inner, max_size=4),
    max_leaves=16,
)
MOMENTS = st.datetimes(
    min_value=datetime(1970, 1, 1), max_value=datetime(2100, 1, 1), timezones=OFFSETS
).map(lambda moment: moment.replace(microsecond=0, fold=0))  # fold: no meaning in a fixed offset
RECORD_LIKE = st.fixed_dictionaries(
    {},
    optional={
        "at": MOMENTS | SCALARS,
        "start": MOMENTS,
        "end": MOMENTS,
        "ended_by": st.sampled_from([e.value for e in EndedBy]) | SCALARS,
        "outcome": st.sampled_from([o.value for o in Outcome]) | SCALARS,
        "sat_for_s": st.integers(-3, 10**6) | SCALARS,
        "routine": st.text(max_size=10),
        "exercises": st.lists(st.text(max_size=6), max_size=3) | VALUES,
        "extra": VALUES,
    },
)
DOCUMENTS = st.builds(
    lambda base, schema, tables: {**base, **schema, **tables},
    st.dictionaries(KEYS, VALUES, max_size=5),
    st.fixed_dictionaries({}, optional={"schema": st.sampled_from([1, 1, 1, 2, 0, "1", True])}),
    st.fixed_dictionaries(
        {},
        optional={
            "sitting": st.lists(RECORD_LIKE, max_size=4) | VALUES,
            "break": st.lists(RECORD_LIKE, max_size=4) | VALUES,
        },
    ),
)
BREAKS = st.builds(
    BreakRecord,
    at=MOMENTS,
    outcome=st.sampled_from(Outcome),
    sat_for_s=st.integers(0, 10**7),
    routine=st.text(max_size=30),
    duration_s=st.integers(0, 10**5),
    exercises=st.lists(st.text(max_size=15), max_size=4).map(tuple),
)
SPANS = st.builds(
    lambda start, seconds, ended_by: SittingSpan(
        start, start + timedelta(seconds=seconds), ended_by
    ),
    MOMENTS,
    st.integers(0, 2 * 86400),
    st.sampled_from(EndedBy),
)


@contextlib.contextmanager
def fresh_dir() -> Iterator[Path]:
    # Hypothesis runs many examples per test: a function-scoped tmp_path would be shared.
    with tempfile.TemporaryDirectory() as name:
        yield Path(name)


def _survives_anything(original: bytes) -> None:
    """The store and check never raise on these bytes; append then keeps its promises."""
    with fresh_dir() as folder:
        path = folder / f"2026-11.{TEST_DEVICE}.toml"
        path.write_bytes(original)
        assert all(isinstance(p.message, str) for p in check_history_file(path))
        assert path.read_bytes() == original  # check never modifies
        told = Messages()
        store = HistoryStore(folder, told, now=lambda: NOW, device=TEST_DEVICE)
        store.records(*EVER)
        assert store.append(brk(NOW)) is True
        assert brk(NOW) in store.records(*EVER)
        kept, before = _as_appended_to(original)
        schema = before.get("schema", 1) if before is not None else None
        damaged = before is None or type(schema) is not int or schema < 1
        shard = folder / f"2026-11.{TEST_DEVICE}.2.toml"
        if kept != original:  # a torn tail, cut off; the rest as it was, and no word of it
            assert told == [] and not (folder / QUARANTINE).exists() and before is not None
            assert path.read_bytes().startswith(kept) and not shard.exists()
            expected = dict(before) if kept else {"schema": 1}  # cut to nothing: new
            expected["break"] = [*before.get("break", []), brk(NOW).to_toml()]
            assert load(path) == expected
        elif damaged:  # moved aside whole; the month starts afresh
            assert len(told) == 1
            assert (folder / QUARANTINE).read_bytes() == original
            assert load(path) == {"schema": 1, "break": [brk(NOW).to_toml()]}
        elif shard.exists():  # healthy but can't take [[break]]: left exactly as it was
            assert path.read_bytes() == original and not (folder / QUARANTINE).exists()
            assert load(shard) == {"schema": 1, "break": [brk(NOW).to_toml()]}
        else:  # appended in place, everything there kept
            assert before is not None and schema == 1
            assert told == [] and not (folder / QUARANTINE).exists()
            assert path.read_bytes().startswith(original)
            expected = dict(before) if original else {"schema": 1}  # an empty file: new
            expected["break"] = [*before.get("break", []), brk(NOW).to_toml()]
            assert load(path) == expected


def _loads(data: bytes) -> dict[str, Any] | None:
    try:
        return tomllib.loads(data.decode("utf-8-sig"))
    except (UnicodeDecodeError, tomllib.TOMLDecodeError):
        return None


def _as_appended_to(original: bytes) -> tuple[bytes, dict[str, Any] | None]:
    """What the writer keeps of a file (all, or the head before a torn tail), parsed."""
    start = torn_tail_start(original)
    if start is not None:
        head = original[:start]
        doc = _loads(head)
        schema = doc.get("schema", 1) if doc is not None else None
        if type(schema) is int and schema > 1:
            return original, doc  # a newer release's: left as it is, torn or not
        if schema == 1 and type(schema) is int and history._appendable(head):
            return head, doc
    return original, _loads(original)


@FUZZ
@given(st.binary(max_size=600))
def test_arbitrary_bytes_never_break_the_store_or_check(original: bytes) -> None:
    _survives_anything(original)


@FUZZ
@given(DOCUMENTS, st.booleans())
def test_arbitrary_documents_are_preserved_or_moved_aside(doc: dict[str, Any], cut: bool) -> None:
    data = tomli_w.dumps(doc).encode("utf-8")
    if cut:  # a torn copy of a plausible file
        data = data[: len(data) // 2]
    _survives_anything(data)


@FUZZ
@given(st.lists(BREAKS | SPANS, max_size=12))
def test_valid_records_round_trip_exactly(records: list[Record]) -> None:
    with fresh_dir() as folder:
        assert HistoryStore(folder, device=TEST_DEVICE).append_many(records)
        got = HistoryStore(folder, device=TEST_DEVICE).records(*EVER)
        # Equal instants in other offsets compare equal: repr pins the offset too.
        assert sorted(map(repr, got)) == sorted(map(repr, records))
        assert all(a.at <= b.at for a, b in itertools.pairwise(got))
        for path in folder.iterdir():
            assert check_history_file(path) == []


def test_a_record_filed_in_the_next_month_by_its_offset_is_still_found(
    store: HistoryStore, hdir: Path
) -> None:
    """Kiribati (UTC+14) files 10:30 UTC on 30 June under July: a June query finds it."""
    far_east = timezone(timedelta(hours=14))
    record = brk(datetime(2026, 7, 1, 0, 30, tzinfo=far_east))
    assert store.append(record)
    assert (hdir / f"2026-07.{TEST_DEVICE}.toml").exists()
    utc = UTC
    june_30 = datetime(2026, 6, 30, tzinfo=utc)
    assert store.records(june_30, june_30 + timedelta(days=1)) == [record]
