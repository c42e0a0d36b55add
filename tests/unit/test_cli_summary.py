"""``deadbutt-tray summary`` and ``export``: output, exit codes, and no Qt."""

from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest

from deadbutt_tray.cli import main
from deadbutt_tray.core.model.records import BreakRecord, EndedBy, Outcome, SittingSpan
from deadbutt_tray.core.rules.summary import IsoWeek
from deadbutt_tray.core.storage.history import HistoryStore
from tests.fakes import TEST_DEVICE


def local(day: date, hour: int, minute: int = 0) -> datetime:
    """A time in this computer's zone, as the command reads it."""
    return datetime(day.year, day.month, day.day, hour, minute).astimezone()


@pytest.fixture
def history(data_dir: Path) -> Path:
    """Two days of records in the week before this one, in the computer's own zone."""
    monday = IsoWeek.containing(date.today()).shifted(-1).monday()
    store = HistoryStore(data_dir / "history", device=TEST_DEVICE)
    for day in (monday, monday + timedelta(days=1)):
        store.append_many(
            [
                SittingSpan(local(day, 9), local(day, 9, 40), EndedBy.BREAK),
                BreakRecord(local(day, 9, 40), Outcome.COMPLETED, 2400, "desk", 120),
                SittingSpan(local(day, 10), local(day, 10, 20), EndedBy.AWAY),
                BreakRecord(local(day, 10, 20), Outcome.NATURAL, 1200),
                BreakRecord(local(day, 10, 10), Outcome.SKIPPED, 600),
            ]
        )
    return data_dir


def last_week() -> str:
    return str(IsoWeek.containing(date.today()).shifted(-1))


def test_summary_prints_the_week(history: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--data-dir", str(history), "summary", "--week", last_week()]) == 0
    out = capsys.readouterr().out
    assert out.startswith(f"Week {last_week()} · ")
    assert "Sitting          2 h 0 min (1 h 40 min within the 30 min limit" in out
    assert "Breaks           2 completed of 4 prompted (50%)" in out


def test_summary_uses_the_sitting_limit_from_settings(
    history: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (history / "config.toml").write_text("sit_limit_min = 20\n", encoding="utf-8")
    assert main(["--data-dir", str(history), "summary", "--week", last_week(), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["sit_limit_s"] == 1200
    assert data["this_week"]["beyond_limit_s"] == 2 * 20 * 60  # two 40-min stretches


def test_summary_json_is_the_same_figures(
    history: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--data-dir", str(history), "summary", "--week", last_week(), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["week"] == last_week()
    assert data["this_week"]["sitting_s"] == 2 * 60 * 60
    assert data["this_week"]["prompted"] == 4 and data["this_week"]["natural"] == 2
    assert [day["completed"] for day in data["days"]] == [1, 1, 0, 0, 0, 0, 0]


def test_summary_defaults_to_this_week(history: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--data-dir", str(history), "summary", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["week"] == str(IsoWeek.containing(date.today()))
    assert data["current"] is True
    assert data["last_week"]["sitting_s"] == 2 * 60 * 60


@pytest.mark.parametrize("week", ["2026-48", "2026-W54", "last"])
def test_a_bad_week_is_a_usage_error(
    data_dir: Path, week: str, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["--data-dir", str(data_dir), "summary", "--week", week])
    assert exit_info.value.code == 2
    err = capsys.readouterr().err
    assert "--week" in err and ("2026-W48" in err or "weeks 1 to" in err)


def test_an_empty_history_is_a_quiet_week(
    data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--data-dir", str(data_dir), "summary", "--week", "2020-W10"]) == 0
    assert "Nothing was recorded this week." in capsys.readouterr().out


def test_export_csv_and_json(history: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = history / "export.csv"
    assert (
        main(["--data-dir", str(history), "export", "--format", "csv", "--output", str(out)]) == 0
    )
    rows = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8"), newline="")))
    assert len(rows) == 10 and {r["type"] for r in rows} == {"sitting", "break"}
    assert "Exported 10 records" in capsys.readouterr().err
    # An existing file is kept.
    assert main(["--data-dir", str(history), "export", "--format", "json", "-o", str(out)]) != 0
    assert "--force" in capsys.readouterr().err
    args = ["--data-dir", str(history), "export", "--format", "json", "--output", str(out)]
    assert main([*args, "--force"]) == 0
    assert len(json.loads(out.read_text(encoding="utf-8"))) == 10


def test_export_a_date_range_to_stdout(history: Path, capsys: pytest.CaptureFixture[str]) -> None:
    tuesday = IsoWeek.containing(date.today()).shifted(-1).monday() + timedelta(days=1)
    args = ["--data-dir", str(history), "export", "--format", "json", "--output", "-"]
    assert main([*args, "--from", str(tuesday), "--to", str(tuesday)]) == 0
    data = json.loads(capsys.readouterr().out)
    assert len(data) == 5 and {item["date"] for item in data} == {str(tuesday)}


@pytest.mark.parametrize(
    "extra", [["--from", "2026-13-01"], ["--from", "2026-11-02", "--to", "2026-11-01"]]
)
def test_export_bad_dates_are_usage_errors(data_dir: Path, extra: list[str]) -> None:
    args = ["--data-dir", str(data_dir), "export", "--format", "csv", "--output", "-", *extra]
    try:
        code = main(args)
    except SystemExit as exit_info:
        code = exit_info.code  # type: ignore[assignment]
    assert code == 2


def test_summary_and_export_never_load_qt(history: Path, tmp_path: Path) -> None:
    script = (
        "import sys; from deadbutt_tray.cli import main; "
        f"main(['--data-dir', {str(history)!r}, 'summary']); "
        f"main(['--data-dir', {str(history)!r}, 'export', '--format', 'csv', "
        f"'--output', {str(tmp_path / 'x.csv')!r}]); "
        "assert not [m for m in sys.modules if m.startswith('PySide6')], 'Qt was loaded'"
    )
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, env=env, timeout=60
    )
    assert done.returncode == 0, done.stderr
    assert "Week " in done.stdout


def test_the_export_formats_offered_are_the_ones_written() -> None:
    from deadbutt_tray import cli
    from deadbutt_tray.core.storage import export

    assert cli.EXPORT_FORMATS == export.FORMATS
