"""The composed app (offscreen): heartbeat → engine → history and tray, with a fake clock."""

from __future__ import annotations

import tomllib
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from pytestqt.qtbot import QtBot

from deadbutt_tray.app import AppConfig, TrayApp
from deadbutt_tray.core.clock import FakeClock
from deadbutt_tray.core.paths import AppPaths
from deadbutt_tray.core.problems import Problem
from deadbutt_tray.core.settings import Settings
from deadbutt_tray.instance import SingleInstance


class FakeIdle:
    name = "fake"

    def __init__(self) -> None:
        self.value: float | None = 0.0
        self.closed = False

    def seconds_idle(self) -> float | None:
        return self.value

    def close(self) -> None:
        self.closed = True


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(datetime(2026, 11, 24, 9, 0, tzinfo=ZoneInfo("Europe/Berlin")))


@pytest.fixture
def make_app(qtbot: QtBot, data_dir: Path, clock: FakeClock) -> Iterator[callable]:  # type: ignore[valid-type]
    apps: list[TrayApp] = []

    def make(settings: Settings | None = None, problems: list[Problem] | None = None) -> TrayApp:
        paths = AppPaths.under(data_dir)
        instance = SingleInstance(paths.runtime_dir)
        assert instance.try_become_primary()
        app = TrayApp(
            AppConfig(paths, settings or Settings(), problems or []),
            instance,
            clock=clock,
            idle_source=FakeIdle(),
        )
        apps.append(app)
        return app

    yield make
    for app in apps:
        app.quit()


def sit_for(app: TrayApp, clock: FakeClock, seconds: int) -> None:
    """Time passes in ticks, as it does in the running app (a big jump would be a sleep)."""
    for _ in range(seconds // 10):
        clock.advance(10)
        app.tick()


def history(data_dir: Path) -> dict[str, list[dict]]:
    merged: dict[str, list[dict]] = {"sitting": [], "break": []}
    for path in sorted((data_dir / "history").glob("*.toml")):
        doc = tomllib.loads(path.read_text())
        for table in merged:
            merged[table] += doc.get(table, [])
    return merged


def test_ticks_drive_the_tray_and_a_prompt_is_scheduled(make_app, clock: FakeClock) -> None:
    app = make_app()
    app.start()
    sit_for(app, clock, 10 * 60)
    assert "Sitting for 10 min · next break in 20 min" in app.tray.icon.toolTip()
    job = app.scheduler.get_job("prompt")
    assert job is not None  # the date job for the next heads-up


def test_a_prompt_and_a_natural_break_reach_the_history(
    make_app, clock: FakeClock, data_dir: Path
) -> None:
    app = make_app()
    shown: list[str] = []
    app.tray.notify = lambda title, text, seconds=10: shown.append(title)  # type: ignore[method-assign]
    app.start()
    sit_for(app, clock, 30 * 60 + 10)
    assert shown == ["Break coming up", "Time to wake up your glutes"]
    app.idle.value = 0.0
    for step in range(13):  # walks away for a bit over two minutes
        clock.advance(10)
        app.idle.value = (step + 1) * 10.0
        app.tick()
    records = history(data_dir)
    assert [s["ended_by"] for s in records["sitting"]] == ["away"]
    assert [b["outcome"] for b in records["break"]] == ["natural"]
    assert "Away" in app.tray.icon.toolTip()


def test_quit_saves_the_open_span_and_releases_the_instance(
    make_app, clock: FakeClock, data_dir: Path
) -> None:
    app = make_app()
    app.start()
    sit_for(app, clock, 600)
    app.quit()
    assert history(data_dir)["sitting"][0]["ended_by"] == "quit"
    assert app.idle.closed
    again = SingleInstance(AppPaths.under(data_dir).runtime_dir)
    assert again.try_become_primary()
    again.release()


def test_pause_holds_prompts_but_sitting_keeps_counting(make_app, clock: FakeClock) -> None:
    app = make_app()
    shown: list[str] = []
    app.tray.notify = lambda title, text, seconds=10: shown.append(title)  # type: ignore[method-assign]
    app.start()
    app.pause(60)
    sit_for(app, clock, 45 * 60)
    assert shown == []
    assert "Sitting for 45 min · paused until" in app.tray.icon.toolTip()
    app.tray.resume_requested.emit()
    assert shown == ["Time to wake up your glutes"]


def test_settings_problems_are_shown_at_start(make_app) -> None:
    shown: list[str] = []
    app = make_app(problems=[Problem("config.toml", "volume", "500 is not accepted")])
    app._problem = shown.append  # type: ignore[method-assign]
    app.start()
    assert any("volume" in text for text in shown)


def test_a_failing_disk_keeps_records_in_memory_and_tells_the_user(
    make_app, clock: FakeClock, data_dir: Path
) -> None:
    (data_dir / "history").write_text("not a folder")  # history can't be created
    app = make_app()
    problems: list[str] = []
    app.store._on_problem = problems.append  # type: ignore[attr-defined]
    app.start()
    sit_for(app, clock, 600)
    app.quit()
    assert app.store.pending == 1  # the span, held in memory
    assert problems


def test_a_stuck_idle_source_is_reported_once(make_app, clock: FakeClock) -> None:
    app = make_app()
    shown: list[str] = []
    app._problem = shown.append  # type: ignore[method-assign]
    app.start()
    app.idle.suspect = True  # type: ignore[attr-defined]
    app.idle.message = "Idle time from fake has read 0 for 30 minutes"  # type: ignore[attr-defined]
    sit_for(app, clock, 60)
    assert shown.count("Idle time from fake has read 0 for 30 minutes") == 1
