"""Rescue files: records the data folder would not take, kept elsewhere until next start."""

from __future__ import annotations

import errno
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from deadbutt_tray.core.model.records import BreakRecord, EndedBy, Outcome, SittingSpan
from deadbutt_tray.core.storage.atomic import atomic_write_text, write_target
from deadbutt_tray.core.storage.rescue import read_rescue, rescue_files, write_rescue

AT = datetime(2026, 11, 24, 9, 30, tzinfo=timezone(timedelta(hours=1)))
RECORDS = [
    SittingSpan(AT - timedelta(minutes=30), AT, EndedBy.QUIT),
    BreakRecord(AT, Outcome.SKIPPED, 1800),
]


def test_written_to_the_first_place_that_works_and_read_back(tmp_path: Path) -> None:
    blocked = tmp_path / "file"
    blocked.write_text("")  # not a folder: nothing can be written under it
    data = tmp_path / "data"
    where = write_rescue([blocked / "cache", tmp_path / "run"], data, RECORDS)
    assert where.parent == tmp_path / "run" and where.name.startswith("rescue-")
    assert rescue_files([blocked / "cache", tmp_path / "run"], data) == [where]
    assert rescue_files([tmp_path / "run"], tmp_path / "other-data") == []
    assert read_rescue(where) == (RECORDS, [])


def test_no_place_at_all_raises(tmp_path: Path) -> None:
    blocked = tmp_path / "file"
    blocked.write_text("")
    with pytest.raises(OSError):
        write_rescue([blocked / "a", blocked / "b"], tmp_path / "data", RECORDS)


def test_a_damaged_rescue_file_is_reported_not_raised(tmp_path: Path) -> None:
    path = tmp_path / "rescue-x.toml"
    path.write_bytes(b"[[sitting]\n\xff")
    records, [problem] = read_rescue(path)
    assert records == [] and "can't be read" in problem.message


def test_a_link_to_a_file_is_written_through_and_stays_a_link(tmp_path: Path) -> None:
    target = tmp_path / "synced" / "real.toml"
    target.parent.mkdir()
    target.write_text("old\n")
    link = tmp_path / "link.toml"
    link.symlink_to(target)
    atomic_write_text(link, "new\n")
    assert link.is_symlink() and target.read_text() == "new\n"


def test_a_link_to_nothing_is_refused_and_nothing_is_created(tmp_path: Path) -> None:
    link = tmp_path / "link.toml"
    link.symlink_to(tmp_path / "gone" / "deeper" / "real.toml")
    with pytest.raises(OSError) as caught:
        atomic_write_text(link, "new\n")
    assert caught.value.errno == errno.ENOENT and "does not exist" in str(caught.value)
    assert not (tmp_path / "gone").exists()
    folder_link = tmp_path / "folder-link"
    folder_link.symlink_to(tmp_path)
    with pytest.raises(OSError, match="not a regular file"):
        write_target(folder_link)
