"""Sitting time at the edges: midnight, a year's end, and an app frozen while the user works.

The real ``TrayApp`` on a fake clock (``make_tray_app``), its history files read back as
written, and the real ``export`` / ``summary`` commands run on them.

* A stretch across midnight is split so each part lies in its own day and its own month
  file: the evening of 31 December is in the December file and exported as that day,
  also when the app quits a few seconds after midnight, before a tick could split it.
* An app frozen for ten minutes (SIGSTOP, swapped out, starved) while the machine ran
  and the user kept typing records no break: the idle sample after the gap says input
  came during it, so the user was there. A real sleep of the same length still counts
  as away.
"""

from __future__ import annotations

import json
import tomllib
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest

from tests.drills.conftest import (
    BERLIN,
    TICK_S,
    InProcessApp,
    app_env,
    month_file_name,
    no_welcome,
    run_cli,
)


def rows(data: Path, name: str, table: str) -> list[dict[str, Any]]:
    path = data / "history" / name
    if not path.exists():
        return []
    rows: list[dict[str, Any]] = tomllib.loads(path.read_text("utf-8")).get(table, [])
    return rows


def berlin(*args: int) -> datetime:
    return datetime(*args, tzinfo=BERLIN)  # type: ignore[misc]


@pytest.fixture
def data(tmp_path: Path) -> Path:
    """The app's data folder, the welcome already seen."""
    folder = tmp_path / "data"
    no_welcome(folder)
    return folder


@pytest.fixture
def start_at(
    make_tray_app: Callable[..., InProcessApp], data: Path
) -> Callable[[datetime], InProcessApp]:
    """Start the real app on ``data`` at a given moment of the fake clock."""

    def start(moment: datetime) -> InProcessApp:
        running = make_tray_app(data, moment)
        running.app.start()
        return running

    return start


def test_a_stretch_across_new_year_lies_in_each_day_and_month(
    start_at: Callable[[datetime], InProcessApp], data: Path
) -> None:
    running = start_at(berlin(2026, 12, 31, 23, 20))
    running.sit(60 * 60)  # until 00:20 on 1 January
    running.app.quit()
    december = rows(data, month_file_name(berlin(2026, 12, 1)), "sitting")
    january = rows(data, month_file_name(berlin(2027, 1, 1)), "sitting")
    assert [(r["start"].hour, r["end"].hour, r["ended_by"]) for r in december] == [
        (23, 0, "day_end")
    ], december
    assert [(r["start"].hour, r["ended_by"]) for r in january] == [(0, "quit")], january
    # The export of that one day finds the evening; the summary shows it on that day.
    env = app_env(TZ="Europe/Berlin")
    args = ["--data-dir", str(data), "export", "--format", "json", "--output", "-"]
    result = run_cli(*args, "--from", "2026-12-31", "--to", "2026-12-31", env=env)
    assert result.returncode == 0, result.stderr
    exported = json.loads(result.stdout)
    assert [(r["type"], r["date"], r["seconds"]) for r in exported] == [
        ("sitting", "2026-12-31", 40 * 60)
    ], exported
    summary = run_cli("--data-dir", str(data), "summary", "--week", "2026-W53", "--json", env=env)
    days = {day["date"]: day["sitting_s"] for day in json.loads(summary.stdout)["days"]}
    assert days["2026-12-31"] == 40 * 60, days


def test_quitting_just_after_midnight_still_splits_the_stretch(
    start_at: Callable[[datetime], InProcessApp], data: Path
) -> None:
    """No tick came after midnight: the quit itself cuts the span at midnight."""
    running = start_at(berlin(2026, 11, 30, 23, 30))
    running.sit(29 * 60 + 50)  # 23:59:50
    running.clock.advance(15)  # 00:00:05: the next tick (at 00:00:00) never came
    running.app.quit()
    november = rows(data, month_file_name(berlin(2026, 11, 1)), "sitting")
    december = rows(data, month_file_name(berlin(2026, 12, 1)), "sitting")
    assert [r["ended_by"] for r in november] == ["day_end"]
    assert november[0]["end"] == berlin(2026, 12, 1)
    assert [(r["start"], r["ended_by"]) for r in december] == [(berlin(2026, 12, 1), "quit")]


def test_a_frozen_app_while_the_user_kept_typing_records_no_break(
    start_at: Callable[[datetime], InProcessApp], data: Path
) -> None:
    running = start_at(berlin(2026, 11, 24, 9))
    app = running.app
    running.sit(10 * 60)
    running.clock.advance(10 * 60)  # frozen ten minutes; the machine ran, the user typed
    running.idle.value = 2.0  # the last key press was two seconds ago
    app.tick()
    status = app.engine.status()
    print(f"after a 10-minute freeze: sitting {status.sitting_s / 60:.1f} min")
    assert status.sitting_s >= 20 * 60 - TICK_S, "the frozen ten minutes were sitting"
    running.sit(60)
    app.quit()
    name = month_file_name(berlin(2026, 11, 1))
    assert rows(data, name, "break") == [], "a freeze is not a break"
    [span] = rows(data, name, "sitting")
    assert span["ended_by"] == "quit"
    assert (span["end"] - span["start"]).total_seconds() >= 21 * 60 - TICK_S


def test_a_real_sleep_of_the_same_length_is_still_time_away(
    start_at: Callable[[datetime], InProcessApp], data: Path
) -> None:
    running = start_at(berlin(2026, 11, 24, 9))
    app = running.app
    running.sit(10 * 60)
    running.clock.sleep(10 * 60)  # the lid closed
    running.idle.value = 2.0  # a key press woke it
    app.tick()
    app.quit()
    name = month_file_name(berlin(2026, 11, 1))
    assert [b["outcome"] for b in rows(data, name, "break")] == ["natural"]
    assert next(s["ended_by"] for s in rows(data, name, "sitting")) == "away"
