"""A month file whose last record an append left torn (a kill or a power cut mid-write).

The file holds every record that was reported saved, then part of one that never was:
the text up to a page boundary (where the kernel stops a write cut by SIGKILL), or zeros
(ext4 after a power cut). ``check``, ``summary`` and ``export`` read every whole record,
find nothing wrong and change nothing; the real app starts without a word of damage,
moves nothing aside, and its first save cuts the torn tail off before appending, so the
file is whole again. Damage anywhere else is still damage (test_damaged_file_drills).
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import tomllib
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from deadbutt_tray.core.model.records import EndedBy, SittingSpan
from deadbutt_tray.core.storage.history import dump_document
from tests.drills.conftest import Launch, month_file_name, no_welcome, run_cli
from tests.history_files import whole_records

PAGE = 4096
CORRUPT = ".corrupt-"


def spans_text(count: int) -> tuple[bytes, list[SittingSpan]]:
    """A month file of ``count`` sitting spans as appends write them, early this month."""
    now = datetime.now().astimezone()
    first = now.replace(day=1, hour=7, minute=0, second=0, microsecond=0)
    spans = [
        SittingSpan(first + timedelta(minutes=10 * n), first + timedelta(minutes=10 * n + 7),
                    EndedBy.AWAY)
        for n in range(count)
    ]  # fmt: skip
    text = "schema = 1\n" + "".join("\n" + dump_document({"sitting": [s.to_toml()]}) for s in spans)
    return text.encode(), spans


def torn_file(kind: str) -> tuple[bytes, int]:
    """A torn month file and how many whole records it holds."""
    whole, spans = spans_text(60)  # ~6 KB: an append crosses the first page
    if kind == "zeros":  # the new block never reached the disk: zeros where the text was
        return whole + b"\0" * 180, len(spans)
    # SIGKILL during a write that crosses a page: the kernel copied up to the boundary.
    upto = next(n for n in range(len(spans)) if len(spans_text(n + 1)[0]) > PAGE)
    head, _ = spans_text(upto)
    cut = spans_text(upto + 1)[0][:PAGE]
    assert len(head) < PAGE and not cut.endswith(b"\n")
    return cut, upto


def digest(folder: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(folder.iterdir())}


@pytest.mark.parametrize("kind", ["page boundary", "zeros"])
def test_a_torn_last_record_is_read_around_reported_as_nothing_and_cut_off_by_the_next_save(
    tmp_path: Path, launch: Launch, kind: str
) -> None:
    data = tmp_path / "data"
    no_welcome(data)
    history = data / "history"
    history.mkdir()
    month = history / month_file_name()
    content, whole = torn_file(kind)
    month.write_bytes(content)
    before = digest(history)

    # The read-only commands: every whole record, no problem, exit 0, nothing changed.
    check = run_cli("--data-dir", str(data), "check")
    assert check.returncode == 0, check.stdout + check.stderr
    export = run_cli("--data-dir", str(data), "export", "--format", "csv", "--output", "-")
    assert export.returncode == 0, export.stderr
    rows = list(csv.DictReader(io.StringIO(export.stdout)))
    assert [row["type"] for row in rows] == ["sitting"] * whole, export.stdout[:500]
    summary = run_cli("--data-dir", str(data), "summary", "--json")
    assert summary.returncode == 0, summary.stderr
    json.loads(summary.stdout)
    assert digest(history) == before, "a reader changed the folder"

    # The app: starts without a word of damage, then its first save cuts the tail off.
    app = launch(data)
    app.wait_started()
    app.wait_for("cut short", 10)  # the month is read at start: a log line, and only that
    log = app.log()
    assert "could not be read" not in log and "can't be used" not in log, app.tail()
    assert app.quit() == 0  # saves the quit span: the first append to the torn file
    log = app.log()
    assert "Cut " in log and "never reported saved" in log, app.tail()
    assert not [p for p in history.iterdir() if CORRUPT in p.name]
    text = month.read_bytes()
    kept = whole_records(content)
    assert text.startswith(kept) and len(kept) < len(content)
    doc = tomllib.loads(text.decode("utf-8"))  # whole again
    ended = [row["ended_by"] for row in doc["sitting"]]
    assert ended == ["away"] * whole + ["quit"], ended
    after = app.cli("check")
    assert after.returncode == 0, after.stdout + after.stderr
    print(f"{kind}: {whole} whole records kept, {len(content) - len(kept)} torn bytes cut")
