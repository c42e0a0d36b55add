"""Read-only commands are read-only: ``summary``, ``export`` and ``check`` change nothing.

Each drill runs the real command (``python -m deadbutt_tray``) in a process of its own,
on a history folder with the damage users meet: a month file cut short, one written by a
newer release, a bad record. The folder must be byte-for-byte the same afterwards; the
damage is named on stderr (file, line, what), the figures come from the rest, and the
exit status says so. Then the rough edges: a week at the end of the calendar, a reader
that stops early (``| head``), a folder that can't be read, warnings said once, an export
killed mid-write, and records dated in the future.
"""

from __future__ import annotations

import hashlib
import os
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest

from deadbutt_tray.core.model.records import BreakRecord, EndedBy, Outcome, SittingSpan
from deadbutt_tray.core.rules.summary import IsoWeek, format_summary, summarize_week
from deadbutt_tray.core.storage import atomic
from tests.drills.conftest import (
    BERLIN,
    REPO,
    InProcessApp,
    app_env,
    month_file_name,
    no_welcome,
    run_cli,
)

EXIT_PROBLEMS, EXIT_USAGE, EXIT_PARTIAL = 1, 2, 3  # as documented in --help
CORRUPT = ".corrupt-"
GOOD_SPAN = (
    '[[sitting]]\nstart = {day}T09:00:00+01:00\nend = {day}T09:40:00+01:00\nended_by = "break"\n\n'
)


def snapshot(folder: Path) -> dict[str, str]:
    """Every file under ``folder`` (names, hidden ones included) with a hash of its bytes."""
    return {
        str(path.relative_to(folder)): hashlib.sha256(path.read_bytes()).hexdigest()
        for path in sorted(folder.rglob("*"))
        if path.is_file()
    }


@pytest.fixture
def damaged(tmp_path: Path) -> Path:
    """A data folder whose history has a good month, a cut one, a newer one, a bad record."""
    data = tmp_path / "data"
    history = data / "history"
    history.mkdir(parents=True)
    monday = IsoWeek.containing(date.today()).shifted(-1).monday()
    good = "schema = 1\n\n" + GOOD_SPAN.format(day=monday)
    good += '[[break]]\nat = 2026-01-01T10:00:00+01:00\noutcome = "sideways"\nsat_for_s = 1\n'
    (history / f"{monday:%Y-%m}.toml").write_text(good, encoding="utf-8")
    (history / "2025-02.toml").write_text("schema = 1\n\n[[sitting]\nstart = 20", "utf-8")
    (history / "2025-03.toml").write_text("schema = 7\nfuture = true\n", "utf-8")
    (data / "config.toml").write_text("sit_limit_min = 5000\n", encoding="utf-8")
    return data


@pytest.mark.parametrize(
    ("command", "code"),
    [
        (["summary", "--week", str(IsoWeek.containing(date.today()).shifted(-1))], EXIT_PARTIAL),
        (["summary", "--json"], EXIT_PARTIAL),
        (["export", "--format", "csv", "--output", "-"], EXIT_PARTIAL),
        (["check"], EXIT_PROBLEMS),
    ],
)
def test_readers_change_nothing_and_name_the_damage(
    damaged: Path, command: list[str], code: int
) -> None:
    before = snapshot(damaged)
    result = run_cli("--data-dir", str(damaged), *command)
    assert snapshot(damaged) == before, "a read-only command changed the data folder"
    assert result.returncode == code, result.stderr
    assert "Traceback" not in result.stderr
    cut = damaged / "history" / "2025-02.toml"
    if command[0] != "summary":  # summary reads only the months of its weeks
        assert str(cut) in result.stdout + result.stderr
        assert "line 3" in result.stdout + result.stderr  # where the damage is
        assert "schema 7" in result.stdout + result.stderr
    assert "sideways" in result.stdout + result.stderr  # the bad record, by its value
    if command[0] == "summary" and "--json" not in command:
        assert "40 min" in result.stdout  # the good month still counts


def test_a_week_at_the_edge_of_the_calendar_is_a_usage_error_not_a_traceback(
    tmp_path: Path,
) -> None:
    for week in ("0001-W01", "9999-W52"):
        result = run_cli("--data-dir", str(tmp_path), "summary", "--week", week)
        assert result.returncode == EXIT_USAGE, result.stderr
        assert "Traceback" not in result.stderr and "is not accepted" in result.stderr
    result = run_cli("--data-dir", str(tmp_path), "summary", "--week", "0002-W01")
    assert result.returncode == 0, result.stderr


@pytest.mark.parametrize("command", [["summary", "--json"], ["export", "--format", "json"]])
def test_a_reader_that_stops_early_ends_quietly(tmp_path: Path, command: list[str]) -> None:
    """``deadbutt-tray summary --json | head``: the pipe closes before the output comes."""
    args = [*command, "--output", "-"] if command[0] == "export" else command
    proc = subprocess.Popen(
        [sys.executable, "-m", "deadbutt_tray", "--data-dir", str(tmp_path), *args],
        env=app_env(),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert proc.stdout is not None and proc.stderr is not None
    proc.stdout.close()  # like head, gone before the command writes
    with proc.stderr:
        err = proc.stderr.read().decode()
    proc.wait(30)
    assert "Traceback" not in err and "BrokenPipe" not in err, err


def test_export_from_a_folder_that_cannot_be_read_fails_and_says_why(tmp_path: Path) -> None:
    data = tmp_path / "data"
    data.mkdir()
    (data / "history").write_text("not a folder", encoding="utf-8")  # unreadable even as root
    out = tmp_path / "out.csv"
    result = run_cli("--data-dir", str(data), "export", "--format", "csv", "--output", str(out))
    assert result.returncode == EXIT_PROBLEMS, result.stderr
    assert "Can't read the history folder" in result.stderr and "Nothing exported" in result.stderr
    assert not out.exists()


def test_each_warning_is_printed_once(damaged: Path) -> None:
    result = run_cli("--data-dir", str(damaged), "export", "--format", "csv", "--output", "-")
    for text in ("2025-02.toml", "2025-03.toml", "sideways"):
        assert result.stderr.count(text) == 1, f"{text!r} told more than once:\n{result.stderr}"
    week = str(IsoWeek.containing(date.today()).shifted(-1))
    result = run_cli("--data-dir", str(damaged), "summary", "--week", week)
    for text in ("sit_limit_min", "sideways"):
        assert result.stderr.count(text) == 1, f"{text!r} told more than once:\n{result.stderr}"


def test_an_export_killed_mid_write_leaves_no_temporary_file_behind(tmp_path: Path) -> None:
    """A real ``export`` process is SIGKILLed while its temporary file exists."""
    target = tmp_path / "out" / "week.csv"
    target.parent.mkdir()
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sys, tempfile, time\n"
            "from pathlib import Path\n"
            "from deadbutt_tray.core.storage import atomic\n"
            "path = Path(sys.argv[1])\n"
            "fd, name = tempfile.mkstemp(prefix=atomic.temp_prefix(path), dir=path.parent)\n"
            "print(name, flush=True)\n"
            "time.sleep(60)\n",
            str(target),
        ],
        env=app_env(),
        stdout=subprocess.PIPE,
        text=True,
        cwd=REPO,
    )
    assert holder.stdout is not None
    with holder.stdout:
        temp = Path(holder.stdout.readline().strip())
    assert temp.exists()
    os.kill(holder.pid, signal.SIGKILL)
    holder.wait(10)
    data = tmp_path / "data"
    result = run_cli("--data-dir", str(data), "export", "--format", "csv", "--output", str(target))
    assert result.returncode == 0, result.stderr
    assert target.exists() and not temp.exists(), "the killed export's temporary file stayed"
    assert [p.name for p in target.parent.iterdir()] == ["week.csv"]


def test_a_live_writers_temporary_file_is_left_alone(tmp_path: Path) -> None:
    target = tmp_path / "week.csv"
    fd, name = tempfile.mkstemp(prefix=atomic.temp_prefix(target), dir=tmp_path)
    os.close(fd)
    assert atomic.remove_stale_temps(target) == []  # this process is alive
    old = time.time() - atomic.STALE_AFTER_S - 60
    os.utime(name, (old, old))
    assert atomic.remove_stale_temps(target) == [Path(name)]


def test_future_records_count_the_same_in_the_week_and_the_day_table() -> None:
    """A clock set a day ahead leaves records on "tomorrow": the table shows them too."""
    today = date(2026, 11, 25)  # a Wednesday
    tz = datetime(2026, 11, 25, 12).astimezone().tzinfo
    tomorrow = today + timedelta(days=1)
    at = datetime(tomorrow.year, tomorrow.month, tomorrow.day, 10, tzinfo=tz)
    records = [
        SittingSpan(at - timedelta(minutes=45), at, EndedBy.BREAK),
        BreakRecord(at, Outcome.COMPLETED, 2700, "desk", 120),
    ]
    now = datetime(2026, 11, 25, 12, tzinfo=tz)
    summary = summarize_week(records, IsoWeek.containing(today), limit_s=1800, now=now, tz=tz)
    assert summary.this.sitting_s == sum(day.sitting_s for day in summary.days) == 45 * 60
    assert summary.this.completed == sum(day.completed for day in summary.days) == 1
    row = next(line for line in format_summary(summary).splitlines() if line.startswith("Thu"))
    assert "0:45" in row and "1/1" in row, row


def test_the_running_app_moves_its_damaged_month_aside_and_says_so_at_start(
    make_tray_app: Callable[..., InProcessApp], tmp_path: Path
) -> None:
    """Only the app moves a file aside, only one of its own device, and says so at start."""
    data = tmp_path / "data"
    no_welcome(data)
    start = datetime(2026, 11, 24, 9, tzinfo=BERLIN)
    history = data / "history"
    history.mkdir(parents=True)
    own = history / month_file_name(start)
    own.write_text("schema = 1\n\n[[sitting]\nstart = 2", "utf-8")
    other = history / month_file_name(start, "other-host-123abc")
    other.write_text("schema = 1\n\n[[sitting]\nstart = 3", "utf-8")
    running = make_tray_app(data, start)
    running.app.start()
    assert any("moved" in text and own.name in text for text in running.told), running.told
    assert any(other.name in text and "nothing was changed" in text for text in running.told)
    assert [p.name for p in history.iterdir() if CORRUPT in p.name] == [
        f"{own.name}{CORRUPT}20261124T090000"
    ]
    assert other.read_text("utf-8").endswith("start = 3"), "another device's file was touched"
