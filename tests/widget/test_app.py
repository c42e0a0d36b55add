"""The composed app (offscreen): heartbeat → engine → history and tray, with a fake clock."""

from __future__ import annotations

import logging
import tomllib
from collections.abc import Iterator
from dataclasses import replace
from datetime import datetime, time
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QObject, QPoint, Qt, Signal
from PySide6.QtGui import QSessionManager
from PySide6.QtWidgets import QApplication, QComboBox
from pytestqt.qtbot import QtBot

from deadbutt_tray.app import AppConfig, TrayApp
from deadbutt_tray.commands import Break, ErrorCode, GetStatus, Pause, Reply, Resume
from deadbutt_tray.core.clock import FakeClock
from deadbutt_tray.core.fields import not_accepted
from deadbutt_tray.core.model.settings import Overrides, Settings
from deadbutt_tray.core.problems import Problem
from deadbutt_tray.core.storage.paths import AppPaths
from deadbutt_tray.core.translatable import say, words
from deadbutt_tray.instance import SingleInstance
from deadbutt_tray.platform.idle.base import IdleSource, NullIdleSource
from deadbutt_tray.ui.status_window import StatusWindow
from deadbutt_tray.ui.text import tr
from tests.fakes import (
    FakeAutostart,
    FakeChime,
    FakeFullscreen,
    FakeIdle,
    FakeNotifications,
    refusing_watcher,
)
from tests.teardown import close_app
from tests.widget.conftest import save_shot


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(datetime(2026, 11, 24, 9, 0, tzinfo=ZoneInfo("Europe/Berlin")))


@pytest.fixture
def make_app(qtbot: QtBot, data_dir: Path, clock: FakeClock) -> Iterator[callable]:  # type: ignore[valid-type]
    apps: list[TrayApp] = []

    def make(
        settings: Settings | None = None,
        problems: list[Problem] | None = None,
        idle: IdleSource | None = None,
        notifications: FakeNotifications | None = None,
    ) -> TrayApp:
        paths = AppPaths.under(data_dir)
        instance = SingleInstance(paths.runtime_dir, data_dir=paths.data_dir)
        assert instance.try_become_primary()
        app = TrayApp(
            AppConfig(paths, settings or Settings(), problems or []),
            instance,
            clock=clock,
            idle_source=idle or FakeIdle(),
            fullscreen=FakeFullscreen(),
            autostart=FakeAutostart(),
            tray_available=True,
            notifications=notifications,  # None: the tray's own balloon
        )
        app.shell.chime = FakeChime()  # no sound server here; the chime has its own tests
        apps.append(app)
        return app

    yield make
    for app in apps:
        close_app(app)


def sit_for(app: TrayApp, clock: FakeClock, seconds: int) -> None:
    """Time passes in ticks, as it does in the running app (a big jump would be a sleep)."""
    for _ in range(seconds // 10):
        clock.advance(10)
        app.tick()


def rebuilt_in(app: TrayApp, qtbot: QtBot, language: str) -> StatusWindow:
    """Choose ``language`` in the app; the status window it rebuilds for it."""
    before = app.shell.window
    app.change_settings(replace(app.file_settings, language=language))
    qtbot.waitUntil(lambda: app.shell.window is not before)
    window = app.shell.window
    assert window is not None
    return window


def history_tables(data_dir: Path, table: str) -> list[dict]:
    rows: list[dict] = []
    for path in sorted((data_dir / "history").glob("*.toml")):
        rows += tomllib.loads(path.read_text()).get(table, [])
    return rows


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
    assert "Sitting for 10 min · next break in 20 min" in app.shell.tray.icon.toolTip()
    job = app.scheduler.get_job("prompt")
    assert job is not None  # the date job for the next heads-up


def test_a_prompt_and_a_natural_break_reach_the_history(
    make_app, clock: FakeClock, data_dir: Path
) -> None:
    app = make_app()
    shown: list[str] = []
    app.shell.notify = lambda title, *_a, **_k: shown.append(say(title, tr))  # type: ignore[method-assign]
    app.start()
    sit_for(app, clock, 30 * 60 + 10)
    assert shown == ["Break coming up"]  # then the prompt window itself
    assert app.shell.prompt.is_showing()
    app.idle.value = 0.0
    for step in range(13):  # walks away for a bit over two minutes
        clock.advance(10)
        app.idle.value = (step + 1) * 10.0
        app.tick()
    records = history(data_dir)
    assert [s["ended_by"] for s in records["sitting"]] == ["away"]
    assert [b["outcome"] for b in records["break"]] == ["natural"]
    assert "Away" in app.shell.tray.icon.toolTip()


def test_quit_saves_the_open_span_and_releases_the_instance(
    make_app, clock: FakeClock, data_dir: Path
) -> None:
    app = make_app()
    app.start()
    sit_for(app, clock, 600)
    app.quit()
    assert history(data_dir)["sitting"][0]["ended_by"] == "quit"
    assert app.idle.closed
    again = SingleInstance(AppPaths.under(data_dir).runtime_dir, data_dir=data_dir)
    assert again.try_become_primary()
    again.release()


def test_pause_holds_prompts_but_sitting_keeps_counting(make_app, clock: FakeClock) -> None:
    app = make_app()
    shown: list[str] = []
    app.shell.notify = lambda title, *_a, **_k: shown.append(say(title, tr))  # type: ignore[method-assign]
    app.start()
    app.pause(60)
    sit_for(app, clock, 45 * 60)
    assert shown == [] and not app.shell.prompt.is_showing()
    assert "Sitting for 45 min · paused until" in app.shell.tray.icon.toolTip()
    app.shell.resume_requested.emit()
    assert app.shell.prompt.is_showing()


def test_settings_problems_are_shown_at_start(make_app) -> None:
    shown: list[str] = []
    problem = Problem("config.toml", "volume", not_accepted(500, words("true or false")))
    app = make_app(problems=[problem])
    app.shell.notify = lambda _title, text, *_a, **_k: shown.append(say(text, tr))  # type: ignore[method-assign]
    app.start()
    assert "config.toml: volume: 500 is not accepted: true or false" in shown


def test_settings_problems_are_shown_in_the_users_language(make_app) -> None:
    shown: list[str] = []
    problem = Problem("config.toml", "volume", not_accepted(500, words("true or false")))
    app = make_app(settings=Settings(language="de"), problems=[problem])
    try:
        app.shell.notify = lambda _title, text, *_a, **_k: shown.append(say(text, tr))  # type: ignore[method-assign]
        app.start()
        assert "config.toml: volume: 500 geht nicht: erlaubt ist true oder false" in shown
        app._problem(words("Settings file: {problem}", problem=problem))
        assert shown[-1] == (
            "Einstellungsdatei: config.toml: volume: 500 geht nicht: erlaubt ist true oder false"
        )
    finally:
        app.translations.use("en")


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


def test_without_idle_detection_the_app_says_so_and_still_counts_sitting(
    make_app, clock: FakeClock
) -> None:
    app = make_app(idle=NullIdleSource("none available"))
    shown: list[str] = []
    app._problem = lambda text: shown.append(str(text))  # type: ignore[method-assign]
    app.start()
    sit_for(app, clock, 10 * 60)
    assert [p for p in shown if "Idle detection is unavailable" in p] == [
        "Idle detection is unavailable on this desktop: breaks are counted from "
        "screen lock and sleep, and when you take them."
    ]
    assert "Sitting for 10 min" in app.shell.tray.icon.toolTip()


def test_idle_detection_turned_off_by_the_user_is_said_to_be_a_choice(
    make_app, clock: FakeClock
) -> None:
    app = make_app(settings=Settings(idle_source="none"), idle=NullIdleSource("turned off"))
    shown: list[str] = []
    app._problem = lambda text: shown.append(str(text))  # type: ignore[method-assign]
    app.start()
    idle_lines = [p for p in shown if "Idle detection" in p]
    assert idle_lines == [
        "Idle detection is off, as chosen in Settings: breaks are counted from screen lock "
        "and sleep, and when you take them."
    ]
    app.open_settings()
    dialog = app.shell.settings_dialog()
    assert dialog is not None
    assert dialog.idle_in_use.text() == "none, as chosen (screen lock and sleep only)"


def test_with_an_idle_source_nothing_is_said_about_idle_detection(
    make_app, clock: FakeClock
) -> None:
    app = make_app()
    shown: list[str] = []
    app._problem = lambda text: shown.append(str(text))  # type: ignore[method-assign]
    app.start()
    assert not [p for p in shown if "Idle detection" in p]


# -- the tray-app issue: prompt, breaks, holds, settings, first run ---------------------


def reach_prompt(app: TrayApp, clock: FakeClock) -> None:
    sit_for(app, clock, 30 * 60 + 10)
    assert app.shell.prompt.is_showing()


def test_the_prompt_appears_with_a_chime_and_snooze_withdraws_it(
    make_app, clock: FakeClock, data_dir: Path
) -> None:
    app = make_app()
    app.start()
    reach_prompt(app, clock)
    assert app.shell.chime.played == [(60, True)]
    app.shell.prompt.snooze_requested.emit()
    assert not app.shell.prompt.is_showing()
    assert [b["outcome"] for b in history(data_dir)["break"]] == ["snoozed"]
    sit_for(app, clock, 5 * 60)
    assert app.shell.prompt.is_showing()  # back after the snooze


def test_snoozes_run_out_and_the_user_is_told(make_app, clock: FakeClock) -> None:
    app = make_app(Settings(max_snoozes=1))
    shown: list[str] = []
    app.start()
    app.shell.notify = lambda title, *_a, **_k: shown.append(say(title, tr))  # type: ignore[method-assign]
    reach_prompt(app, clock)
    app.shell.prompt.snooze_requested.emit()
    sit_for(app, clock, 5 * 60)
    app.shell.snooze_requested.emit()
    assert "No more snoozes" in shown
    assert app.shell.prompt.is_showing()


def test_skip_records_and_hides(make_app, clock: FakeClock, data_dir: Path) -> None:
    app = make_app()
    app.start()
    reach_prompt(app, clock)
    app.shell.prompt.skip_requested.emit()
    assert not app.shell.prompt.is_showing()
    assert [b["outcome"] for b in history(data_dir)["break"]] == ["skipped"]


def test_an_ignored_prompt_renudges_without_a_second_window(make_app, clock: FakeClock) -> None:
    app = make_app()
    renudges: list[int] = []
    app.start()
    app.shell.prompt.renudge = lambda: renudges.append(1)  # type: ignore[method-assign]
    reach_prompt(app, clock)
    sit_for(app, clock, 11 * 60)
    assert len(renudges) == 2


def test_walking_away_from_the_prompt_is_a_natural_break(
    make_app, clock: FakeClock, data_dir: Path
) -> None:
    app = make_app()
    app.start()
    reach_prompt(app, clock)
    for step in range(13):
        clock.advance(10)
        app.idle.value = (step + 1) * 10.0
        app.tick()
    assert not app.shell.prompt.is_showing()
    assert [b["outcome"] for b in history(data_dir)["break"]] == ["natural"]


def test_a_full_screen_window_holds_the_prompt_until_it_ends(make_app, clock: FakeClock) -> None:
    app = make_app()
    app.start()
    app.fullscreen.active = True
    sit_for(app, clock, 40 * 60)
    assert not app.shell.prompt.is_showing()
    assert "do not disturb" in app.shell.tray.icon.toolTip()
    app.fullscreen.active = False
    sit_for(app, clock, 10)
    assert app.shell.prompt.is_showing()


def test_do_not_disturb_by_hand_holds_prompts_and_sitting_keeps_counting(
    make_app, clock: FakeClock
) -> None:
    app = make_app()
    app.start()
    app.shell.dnd_toggled.emit(True)
    sit_for(app, clock, 35 * 60)
    assert not app.shell.prompt.is_showing()
    assert "Sitting for 35 min" in app.shell.tray.icon.toolTip()
    app.shell.dnd_toggled.emit(False)
    sit_for(app, clock, 10)
    assert app.shell.prompt.is_showing()


def test_start_from_the_prompt_opens_the_guided_break_and_records_adherence(
    make_app, clock: FakeClock, data_dir: Path, qtbot: QtBot
) -> None:
    app = make_app()
    app.start()
    reach_prompt(app, clock)
    app.shell.prompt.start_requested.emit()
    dialog = app.shell.break_dialog
    assert dialog is not None and dialog.isVisible()
    assert not app.shell.prompt.is_showing()
    assert app.engine.status().presence.value == "on_break"
    dialog.go_next()  # → past "get ready", into the first exercise
    dialog.finish_now()  # Enter (the dialog's own tests drive every key)
    assert app.shell.break_dialog is None
    assert app.engine.status().presence.value == "sitting"
    breaks = history(data_dir)["break"]
    assert breaks[-1]["routine"].startswith("desk-")
    assert breaks[-1]["done"][0]["id"]  # per-exercise adherence is recorded


@pytest.mark.parametrize(
    ("level", "entry", "routine", "kind"),
    [
        (2, "home", "home-2", "home"),
        (3, "pre-run", "pre-run", "pre-run"),
        (1, "home-3", "home-3", "home"),
    ],
)
def test_every_routine_is_reachable_and_its_record_names_it(
    make_app, data_dir: Path, level: int, entry: str, routine: str, kind: str
) -> None:
    app = make_app(Settings(level=level))
    app.start()
    if "-" in entry and entry != "pre-run":  # a routine id: through the command protocol
        assert app.handle_command(Break(routine=entry)) == Reply(ok=True)
        QApplication.processEvents()
    else:  # a menu entry of "Guided break ▸"
        {"home": app.shell.actions.break_home, "pre-run": app.shell.actions.break_pre_run}[
            entry
        ].trigger()
    dialog = app.shell.break_dialog
    assert dialog is not None and dialog.session.routine == routine
    dialog.go_next()
    dialog.finish_now()
    record = history(data_dir)["break"][-1]
    assert record["routine"] == routine and record["kind"] == kind


def test_the_menu_says_how_long_each_routine_takes_at_the_users_level(make_app) -> None:
    app = make_app(Settings(level=2))
    app.start()
    actions = app.shell.actions
    assert [a.text() for a in actions.breaks] == [
        "&Desk micro-break",
        "&Home routine (10 min)",
        "Before a &run (5 min)",
    ]


def test_an_unknown_routine_is_refused_with_the_list(make_app) -> None:
    app = make_app()
    app.start()
    reply = app.handle_command(Break(routine="home-9"))
    assert not reply.ok and reply.code is ErrorCode.BAD_ARGUMENT
    assert "home-9" in reply.error and "home-2" in reply.error and "pre-run" in reply.error
    assert app.shell.break_dialog is None


def test_a_second_break_request_raises_the_open_one(make_app) -> None:
    app = make_app()
    app.start()
    app.start_break()
    first = app.shell.break_dialog
    app.start_break()
    assert app.shell.break_dialog is first


def test_settings_changes_are_saved_and_applied_at_once(
    make_app, clock: FakeClock, data_dir: Path
) -> None:
    app = make_app()
    app.start()
    app.open_settings()
    dialog = app.shell.settings_dialog()
    assert dialog is not None and dialog.isVisible()
    app.shell.settings_changed.emit(Settings(sit_limit_min=45))
    assert "sit_limit_min = 45" in (data_dir / "config.toml").read_text()
    sit_for(app, clock, 20 * 60)
    assert "next break in 25 min" in app.shell.tray.icon.toolTip()


def test_a_hand_edit_is_applied_where_the_desktop_has_used_up_inotify(
    make_app, data_dir: Path, clock: FakeClock, monkeypatch: pytest.MonkeyPatch, qtbot: QtBot
) -> None:
    """IDEs and sync tools can use up a user's inotify instances (128 on Linux): the
    system then gives the config file no watch, and the app looks at it itself."""
    from deadbutt_tray import file_watch

    monkeypatch.setattr(file_watch, "QFileSystemWatcher", refusing_watcher)
    monkeypatch.setattr(file_watch, "POLL_MS", 100)
    config = data_dir / "config.toml"
    config.write_text("sit_limit_min = 30\n")
    app = make_app(settings=Settings(sit_limit_min=30))
    app.start()
    assert not app.settings_watch.watching
    with open(config, "w") as handle:  # the editor writes in place
        handle.write("sit_limit_min = 45  # my physio says so\n")
    qtbot.waitUntil(lambda: app.settings.sit_limit_min == 45, timeout=10_000)
    sit_for(app, clock, 20 * 60)
    assert "next break in 25 min" in app.shell.tray.icon.toolTip()
    app.quit()
    assert not app.settings_watch.polling  # quitting stops the looking


def test_a_sit_limit_override_is_never_written_to_the_file(qtbot: QtBot, data_dir: Path) -> None:
    paths = AppPaths.under(data_dir)
    instance = SingleInstance(paths.runtime_dir, data_dir=paths.data_dir)
    assert instance.try_become_primary()
    config = AppConfig(paths, Settings(), [], Overrides(sit_limit_min=0.1))
    app = TrayApp(config, instance, idle_source=FakeIdle(), fullscreen=FakeFullscreen(),
                  autostart=FakeAutostart(), tray_available=True, notifications=None)  # fmt: skip
    try:
        assert app.settings.sit_limit_min == 0.1
        app.change_settings(Settings(volume=20))
        text = (data_dir / "config.toml").read_text()
        assert text == "volume = 20\n"  # only what changed in the app: not the override
        assert app.settings.sit_limit_min == 0.1
    finally:
        close_app(app)


def test_this_hurts_records_pain_and_leaves_the_exercise_out(
    make_app, data_dir: Path, clock: FakeClock
) -> None:
    from deadbutt_tray.core.model.records import PainArea, PainRecord

    app = make_app()
    app.start()
    app.shell.pain_reported.emit(PainRecord(clock.now(), "standing-kickback", PainArea.KNEE, 6))
    assert history_tables(data_dir, "pain")[0]["exercise"] == "standing-kickback"
    assert "standing-kickback" in (data_dir / "config.toml").read_text()
    assert "standing-kickback" in app.settings.excluded_exercises


def test_the_welcome_shows_once(make_app, data_dir: Path) -> None:
    app = make_app()
    app.start()
    welcome = app.shell._dialogs.get("welcome")
    assert welcome is not None and welcome.isVisible()
    welcome.accept()
    assert "welcome_seen = true" in (data_dir / "state.toml").read_text()
    app.quit()
    again = make_app()
    again.start()
    assert "welcome" not in again.shell._dialogs


def test_without_a_tray_the_status_window_stands_in(qtbot: QtBot, data_dir: Path) -> None:
    paths = AppPaths.under(data_dir)
    instance = SingleInstance(paths.runtime_dir, data_dir=paths.data_dir)
    assert instance.try_become_primary()
    app = TrayApp(AppConfig(paths, Settings()), instance, idle_source=FakeIdle(),
                  fullscreen=FakeFullscreen(), autostart=FakeAutostart(),
                  tray_available=False, notifications=None)  # fmt: skip
    try:
        app.start()
        assert app.shell.tray is None and app.shell.window is not None
        assert app.shell.window.isVisible()
        app.shell.hint_dismissed.emit()
        assert "no_tray_hint_seen = true" in (data_dir / "state.toml").read_text()
        # First run: the welcome opens beside the status window, not on top of it.
        welcome = app.shell._dialogs["welcome"]
        assert welcome.isVisible()
        status = app.shell.window.frameGeometry()
        # (The test screen is 800 px wide, a little narrow for both: a sliver may overlap.)
        assert welcome.frameGeometry().intersected(status).width() < status.width() // 10
        assert welcome.screen().availableGeometry().contains(welcome.frameGeometry())
    finally:
        close_app(app)


def test_balance_results_reach_the_history(make_app, data_dir: Path, clock: FakeClock) -> None:
    from deadbutt_tray.core.model.records import BalanceTestRecord

    app = make_app()
    app.start()
    app.open_balance()
    assert app.shell._dialogs["balance"].isVisible()
    app.shell.balance_recorded.emit(BalanceTestRecord(clock.now(), 30.0, 25.5))
    assert history_tables(data_dir, "balance_test")[0]["right_s"] == 25.5


def test_commands_from_a_later_start(make_app, qtbot: QtBot) -> None:
    app = make_app()
    app.start()
    assert app.handle_command(Break()) == Reply(ok=True)
    qtbot.waitUntil(lambda: app.shell.break_dialog is not None, timeout=2000)
    assert app.handle_command(Pause(minutes=30)) == Reply(ok=True)
    assert app.engine.status().paused_until is not None
    assert app.handle_command(Resume()) == Reply(ok=True)
    assert app.engine.status().paused_until is None


def test_this_hurts_while_settings_are_open_updates_the_dialog(
    make_app, data_dir: Path, clock: FakeClock
) -> None:
    from deadbutt_tray.core.model.records import PainArea, PainRecord

    app = make_app()
    app.start()
    app.open_settings()
    dialog = app.shell.settings_dialog()
    assert dialog is not None
    app.shell.pain_reported.emit(PainRecord(clock.now(), "standing-kickback", PainArea.HIP, 4))
    assert "standing-kickback" in dialog.settings().excluded_exercises


def test_the_weekly_summary_opens_from_the_menu_and_follows_new_records(
    make_app, clock: FakeClock
) -> None:
    app = make_app()
    app.start()
    app.shell.summary_requested.emit()
    window = app.shell._dialogs["summary"]
    assert window.isVisible()
    before = window.summary.this.sitting_s
    sit_for(app, clock, 20 * 60)
    for step in range(13):  # a walk: the span becomes a record and the window refreshes
        clock.advance(10)
        app.idle.value = (step + 1) * 10.0
        app.tick()
    assert window.summary.this.sitting_s == before + 20 * 60


# -- found in review: each of these failed before its fix ------------------------------


def test_a_held_prompt_does_not_spin_the_scheduler(make_app, clock: FakeClock) -> None:
    app = make_app()
    app.start()
    app.shell.dnd_toggled.emit(True)
    sit_for(app, clock, 35 * 60)
    assert app.scheduler.get_job("prompt") is None  # the tick re-checks; no 0-s loop
    before = app.scheduler.process_count
    app._prompt_due()
    app._prompt_due()
    assert app.scheduler.get_job("prompt") is None
    assert app.scheduler.process_count == before


def test_a_full_screen_window_takes_an_open_prompt_away_until_it_ends(
    make_app, clock: FakeClock
) -> None:
    app = make_app()
    app.start()
    reach_prompt(app, clock)
    app.fullscreen.active = True
    sit_for(app, clock, 10)
    assert not app.shell.prompt.is_showing()
    app.fullscreen.active = None  # "can't tell" this time: still presenting
    sit_for(app, clock, 10)
    assert not app.shell.prompt.is_showing()
    app.fullscreen.active = False
    sit_for(app, clock, 10)
    assert app.shell.prompt.is_showing()


def test_a_longer_limit_takes_the_prompt_away(make_app, clock: FakeClock) -> None:
    app = make_app()
    app.start()
    reach_prompt(app, clock)
    app.change_settings(Settings(sit_limit_min=60))
    assert not app.shell.prompt.is_showing()
    assert "next break in 30 min" in app.shell.tray.icon.toolTip()


def test_pausing_closes_the_prompt_and_offers_no_snooze(make_app, clock: FakeClock) -> None:
    app = make_app()
    app.start()
    reach_prompt(app, clock)
    app.pause(30)
    assert not app.shell.prompt.is_showing()
    assert not app.engine.status().prompt_open


def test_reopening_the_summary_keeps_one_window(make_app, qtbot: QtBot) -> None:
    app = make_app()
    app.start()
    gone: list[int] = []
    for n in range(3):
        app.open_summary()
        window = app.shell._dialogs["summary"]
        window.destroyed.connect(lambda *_args, n=n: gone.append(n))
        window.close()
    # Each window is deleted once closed (by the event loop), and the shell forgets it.
    qtbot.waitUntil(lambda: gone == [0, 1, 2], timeout=3000)
    assert "summary" not in app.shell._dialogs


def test_quitting_during_a_guided_break_records_the_break_then_the_span(
    make_app, clock: FakeClock, data_dir: Path
) -> None:
    app = make_app()
    app.start()
    sit_for(app, clock, 20 * 60)
    app.start_break()
    clock.advance(150)
    app.quit()
    assert [b["outcome"] for b in history(data_dir)["break"]] == ["skipped"]
    assert app.scheduler.get_job("prompt") is None


def test_a_completed_break_suggests_the_next_level_once(
    make_app, clock: FakeClock, data_dir: Path
) -> None:
    from datetime import timedelta

    from deadbutt_tray.core.model.records import BalanceTestRecord, BreakRecord, Eyes, Outcome
    from deadbutt_tray.core.rules.break_plan import BreakResult
    from deadbutt_tray.core.storage.state import load_state

    app = make_app()
    app.start()
    now = clock.now()
    past = [
        BreakRecord(now - timedelta(days=day, hours=h), Outcome.COMPLETED, 1800, "desk-1a", 150)
        for day in range(1, 6)
        for h in (1, 2)
    ]
    tests = [
        BalanceTestRecord(now - timedelta(days=6), 12.0, 14.0, Eyes.OPEN),
        BalanceTestRecord(now - timedelta(days=1), 20.0, 22.0, Eyes.OPEN),
    ]
    app.store.append_many([*past, *tests])
    told: list[str] = []
    app.shell.notify = lambda title, *_a, **_k: told.append(say(title, tr))  # type: ignore[method-assign]

    def finish_a_break() -> None:
        app.engine.begin_break()
        clock.advance(150)
        app.shell.break_finished.emit(
            BreakResult(Outcome.COMPLETED, "desk-micro-1a", 150.0, ("squeeze",), ())
        )

    finish_a_break()
    assert told.count("Ready for the next level?") == 1
    assert load_state(app.paths.state_file)[0].suggested_level == 2
    finish_a_break()
    assert told.count("Ready for the next level?") == 1  # said once, not after every break


# Each notice is one log line saying where it went (the e2e tests count them).
NUDGE_BY = "notice (nudge) by {}: A short glute break is due soon."


def test_with_a_notification_daemon_every_notice_goes_to_it_not_the_tray(
    make_app, clock: FakeClock, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, logger="deadbutt_tray.ui.shell")
    daemon = FakeNotifications()
    app = make_app(notifications=daemon)
    balloons: list[str] = []
    app.shell.tray.notify = lambda title, *_a: balloons.append(title)  # type: ignore[method-assign]
    app.start()
    sit_for(app, clock, 30 * 60 + 10)
    assert [(title, key) for title, _body, _s, key in daemon.sent] == [("Break coming up", "nudge")]
    assert balloons == []
    assert NUDGE_BY.format("desktop notification") in caplog.messages
    app.quit()
    assert daemon.closed


def test_without_a_daemon_the_tray_balloon_tells(
    make_app, clock: FakeClock, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, logger="deadbutt_tray.ui.shell")
    app = make_app(notifications=FakeNotifications(daemon=False))
    balloons: list[str] = []
    app.shell.tray.notify = lambda title, *_a: balloons.append(title)  # type: ignore[method-assign]
    app.start()
    sit_for(app, clock, 30 * 60 + 10)
    assert balloons == ["Break coming up"]
    assert NUDGE_BY.format("tray balloon") in caplog.messages


def test_without_a_daemon_or_a_tray_the_status_window_tells(
    qtbot: QtBot, data_dir: Path, clock: FakeClock, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, logger="deadbutt_tray.ui.shell")
    paths = AppPaths.under(data_dir)
    instance = SingleInstance(paths.runtime_dir, data_dir=paths.data_dir)
    assert instance.try_become_primary()
    app = TrayApp(AppConfig(paths, Settings()), instance, clock=clock, idle_source=FakeIdle(),
                  fullscreen=FakeFullscreen(), autostart=FakeAutostart(), tray_available=False,
                  notifications=FakeNotifications(daemon=False))  # fmt: skip
    app.shell.chime = FakeChime()
    try:
        app.start()
        sit_for(app, clock, 30 * 60 + 10)
        assert app.shell.window is not None
        (notice,) = app.shell.window.notices()
        assert "Break coming up" in notice.text()
        assert notice.isVisible()
        assert NUDGE_BY.format("status window") in caplog.messages
    finally:
        close_app(app)


def test_the_status_command_answers_what_a_bar_shows(make_app, clock: FakeClock) -> None:
    app = make_app()
    app.start()
    sit_for(app, clock, 10 * 60)
    reply = app.handle_command(GetStatus())
    assert reply.ok
    assert reply.data["text"] == "10′"
    assert reply.data["class"] == "sitting"
    assert reply.data["tooltip"] == "Sitting for 10 min · next break in 20 min"
    assert reply.data["percentage"] == 33
    assert (reply.data["sitting_seconds"], reply.data["limit_seconds"]) == (600, 1800)
    app.pause(30)
    assert app.handle_command(GetStatus()).data["class"] == "paused"


PROGRAM = Settings(program_time_on=True, program_time=time(9, 0))


def test_the_daily_program_is_scheduled_only_when_on(make_app) -> None:
    app = make_app(PROGRAM)
    app.start()
    job = app.scheduler.get_job("program")
    assert job is not None
    fields = {f.name: str(f) for f in job.trigger.fields}
    assert (fields["hour"], fields["minute"]) == ("9", "0")
    assert fields["day_of_week"] == "mon,tue,wed,thu,fri,sat,sun"
    app.change_settings(Settings())  # off again
    assert app.scheduler.get_job("program") is None


def test_the_program_time_offers_the_home_routine_once_and_records_the_answers(
    make_app, clock: FakeClock, data_dir: Path
) -> None:
    app = make_app(replace(PROGRAM, level=2))
    app.start()
    app._program_due()  # 09:00 on a Tuesday: the cron job fired
    offer = app.shell.program_prompt
    assert offer.is_showing()
    assert offer.headline.text() == "Time for your home routine (10 min)."
    assert offer.message.text() == "Level 2, 7 exercises, some on the floor: a mat or a rug helps."
    assert offer.snooze_button.text() == "&Later (30 min)"
    save_shot(offer, "program-offer")
    offer.skip_button.click()
    assert not offer.is_showing()
    app._program_due()  # a second run the same day (e.g. a late run): nothing
    assert not offer.is_showing()
    (skip,) = [b for b in history(data_dir)["break"] if b.get("kind") == "home"]
    assert skip["outcome"] == "skipped" and skip["routine"] == ""


def test_program_later_offers_again_and_start_runs_the_home_routine(
    make_app, clock: FakeClock, data_dir: Path
) -> None:
    app = make_app(PROGRAM)
    app.start()
    app._program_due()
    app.shell.program_prompt.snooze_button.click()  # "Later"
    assert app.scheduler.get_job("program_again") is not None
    app._offer_program()  # the "later" job fires
    assert app.shell.program_prompt.is_showing()
    app.shell.program_prompt.start_button.click()
    dialog = app.shell.break_dialog
    assert dialog is not None and dialog.session.routine == "home-1"
    assert [b["outcome"] for b in history(data_dir)["break"] if b.get("kind") == "home"] == [
        "snoozed"
    ]


def test_a_machine_asleep_at_the_program_time_offers_it_on_wake_only_the_same_day(
    make_app, clock: FakeClock
) -> None:
    app = make_app(PROGRAM)
    app.start()
    clock.advance(23.5 * 3600)  # slept through Tuesday 09:00, woke Wednesday 08:30
    app._program_due()  # the coalesced late run: Tuesday's offer is gone
    assert not app.shell.program_prompt.is_showing()
    clock.advance(1.5 * 3600)  # slept through Wednesday 09:00 too, woke at 10:00
    app._program_due()  # the same day: offered once, late
    assert app.shell.program_prompt.is_showing()


def test_the_program_offer_waits_while_the_sitting_prompt_is_open(
    make_app, clock: FakeClock
) -> None:
    app = make_app(PROGRAM)
    app.start()
    reach_prompt(app, clock)
    assert app.shell.prompt.is_showing()
    app._program_due()
    assert not app.shell.program_prompt.is_showing()
    assert app.scheduler.get_job("program_again") is not None


def test_enter_starts_the_break_and_a_second_enter_does_not_end_it(
    make_app, clock: FakeClock, data_dir: Path, qtbot: QtBot
) -> None:
    """Enter on the prompt starts the break; the same Enter pressed twice (or held) a
    moment later lands in the break and must not end it as "skipped"."""
    app = make_app()
    app.start()
    reach_prompt(app, clock)
    prompt = app.shell.prompt
    prompt.focus_prompt()  # the user reached for it (keys before that are typing)
    qtbot.keyClick(prompt, Qt.Key.Key_Return)
    dialog = app.shell.break_dialog
    assert dialog is not None and dialog.isVisible()
    clock.advance(0.3)
    qtbot.keyClick(dialog, Qt.Key.Key_Return)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.isVisible() and not dialog.session.finished
    assert [b["outcome"] for b in history(data_dir)["break"]] == []
    clock.advance(2.0)  # a deliberate Esc, later, skips
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert [b["outcome"] for b in history(data_dir)["break"]] == ["skipped"]


class SessionApp(QObject):
    """Stands in for the QApplication's session signals."""

    aboutToQuit = Signal()  # noqa: N815 - Qt's name


def test_the_event_loop_ending_for_any_reason_saves_the_open_span(
    make_app, clock: FakeClock, data_dir: Path
) -> None:
    app = make_app()
    app.start()
    session = SessionApp()
    app.connect_session_end(session)  # type: ignore[arg-type]
    sit_for(app, clock, 600)
    session.aboutToQuit.emit()  # e.g. the session manager's "die" ended the loop
    assert history(data_dir)["sitting"][0]["ended_by"] == "quit"


def test_commit_data_saves_what_is_pending_and_asks_not_to_be_restarted(
    make_app, clock: FakeClock
) -> None:
    app = make_app()
    app.start()
    hints: list[object] = []

    class Manager:
        def setRestartHint(self, hint: object) -> None:
            hints.append(hint)

    flushed: list[bool] = []
    app.store.flush = lambda: flushed.append(True)  # type: ignore[method-assign]
    app.commit_data(Manager())  # type: ignore[arg-type]
    assert hints == [QSessionManager.RestartHint.RestartNever] and flushed == [True]


def test_a_lost_display_saves_the_span_without_touching_a_window(
    make_app, clock: FakeClock, data_dir: Path
) -> None:
    app = make_app()
    app.start()
    sit_for(app, clock, 600)
    touched: list[bool] = []
    real_hide = app.shell.hide
    app.shell.hide = lambda: touched.append(True)  # type: ignore[method-assign]
    app.save_at_once("the display connection broke")
    app.shell.hide = real_hide  # type: ignore[method-assign]
    assert touched == []
    assert history(data_dir)["sitting"][0]["ended_by"] == "quit"
    app.save_at_once("again")  # once only
    assert len(history(data_dir)["sitting"]) == 1


def test_a_lock_with_no_unlock_ends_when_real_input_follows(make_app, clock: FakeClock) -> None:
    app = make_app()
    app.start()
    sit_for(app, clock, 300)
    app.session.on_screensaver_active_changed(True)  # locked; the unlock never comes
    for step in range(15):  # 2.5 minutes away
        clock.advance(10)
        app.idle.value = (step + 1) * 10.0
        app.tick()
    assert "Away" in app.shell.tray.icon.toolTip()
    for idle in (2.0, 1.0):  # typing again, two ticks in a row
        clock.advance(10)
        app.idle.value = idle
        app.tick()
    assert app.session.is_locked() is False
    assert "Sitting for" in app.shell.tray.icon.toolTip()


def test_an_x11_screen_saver_that_blanked_counts_as_locked(make_app, clock: FakeClock) -> None:
    idle = FakeIdle()
    saver = {"on": False}
    idle.screen_saver_active = lambda: saver["on"]  # type: ignore[attr-defined]
    app = make_app(idle=idle)
    app.start()
    sit_for(app, clock, 300)
    saver["on"] = True  # xset s activate / xscreensaver blanked; idle stays low (a video)
    for _ in range(13):
        clock.advance(10)
        idle.value = 1.0
        app.tick()
    assert "Away" in app.shell.tray.icon.toolTip()


def test_open_windows_switch_language_at_once_where_they_are(make_app, qtbot: QtBot) -> None:
    """The language is chosen in Settings: Settings itself, the weekly summary, About and
    the status window are rebuilt in German where they were, the keyboard stays on the
    language choice, and nothing else changes (no settings lost, the week kept)."""
    app = make_app(Settings(level=2))
    app.start()
    shell = app.shell
    try:
        shell.open_status_window()
        app.open_settings()
        app.open_summary()
        shell._about_requested()
        settings, status = shell.settings_dialog(), shell.window
        summary, about = shell._dialogs["summary"], shell._dialogs["about"]
        assert settings is not None and status is not None
        summary.show_week(summary.week.shifted(-1))  # type: ignore[attr-defined]
        week = summary.week  # type: ignore[attr-defined]
        settings.move(settings.pos() + QPoint(30, 20))
        where = settings.pos()
        language = settings.findChild(QComboBox, "language")
        assert language is not None
        language.setFocus()
        language.setCurrentIndex(language.findData("de"))
        settings.flush()
        qtbot.waitUntil(lambda: shell.settings_dialog() is not settings)
        german = shell.settings_dialog()
        assert german is not None and german.isVisible() and not settings.isVisible()
        assert german.windowTitle() == "deadbutt-tray-Einstellungen"
        assert german.pos() == where
        assert german.settings().language == "de" and german.settings().level == 2
        assert german.focusWidget() is german.findChild(QComboBox, "language")
        new_summary, new_about = shell._dialogs["summary"], shell._dialogs["about"]
        assert new_summary is not summary and new_summary.windowTitle() == "Wochenübersicht"
        assert new_summary.week == week  # type: ignore[attr-defined]
        assert new_about is not about and new_about.windowTitle() == "Über deadbutt-tray"
        assert shell.window is not status and shell.window is not None
        assert shell.window.isVisible()
        assert shell.window.accessibleName() == "deadbutt-tray-Status"
        assert shell.window.limit_label.text().startswith("Sitzdauer bis zur Erinnerung: ")
        assert app.file_settings.language == "de"
    finally:
        app.change_settings(replace(app.file_settings, language="system"))
    qtbot.waitUntil(lambda: shell._dialogs["about"].windowTitle() == "About deadbutt-tray")
    assert shell.window is not None and shell.window.accessibleName() == "deadbutt-tray status"


def test_a_notice_in_the_status_window_outlives_a_language_change(
    make_app, qtbot: QtBot, clock: FakeClock
) -> None:
    """No tray and no notification daemon: the status window shows the app's notices.
    Rebuilt in another language, it shows the ones still up, said in that language: a
    problem until dismissed, a routine notice for the time it had left (they were lost:
    the new window had no notice)."""
    app = make_app(idle=NullIdleSource("none available"))
    shell = app.shell
    shell.set_tray_available(False)  # the status window stands in
    app.start()
    try:
        english = shell.window
        assert english is not None
        (idle,) = english.notices()
        assert idle.isVisible() and "Idle detection is unavailable on this desktop" in idle.text()
        sit_for(app, clock, 30 * 60 + 10)  # "Break coming up", for 5 s
        assert [notice.key for notice in english.notices()] == [idle.key, "nudge"]
        # The same heads-up for 60 s, so a slow machine rebuilding the window below
        # can't outlast it (it replaces the one above: a notice of a kind replaces the last).
        heads_up = words("Break coming up"), words("A short glute break is due soon.")
        shell.notify(*heads_up, 60, key="nudge")
        assert [notice.key for notice in english.notices()] == [idle.key, "nudge"]
        german = rebuilt_in(app, qtbot, "de")
        idle, nudge = german.notices()
        assert idle.isVisible() and nudge.isVisible()
        assert "Abwesenheit ist auf diesem Desktop nicht verfügbar" in idle.text()
        assert "Pause" in nudge.text() and "Break coming up" not in nudge.text()
        left = german.notice_times_left()
        assert left[idle.key] is None  # until dismissed
        assert 0 < (left["nudge"] or 0) <= 60 * 1.05  # a coarse timer: 5 % slack
        # A problem in the settings file, told in German, is said again in English.
        problem = Problem("config.toml", "volume", not_accepted(500, words("true or false")))
        app._problem(words("Settings file: {problem}", problem=problem))
        settings_file = german.notices()[1].text()
        assert "Einstellungsdatei: config.toml: volume: 500 geht nicht" in settings_file
        again = rebuilt_in(app, qtbot, "system")
        said = [notice.text() for notice in again.notices()]
        assert "Idle detection is unavailable on this desktop" in said[0]
        assert "Settings file: config.toml: volume: 500 is not accepted" in said[1]
    finally:
        app.change_settings(replace(app.file_settings, language="system"))


def test_a_problem_in_the_status_window_stays_until_dismissed_or_over(
    make_app, qtbot: QtBot, clock: FakeClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    """No tray, no daemon: the no-idle-detection notice is still there after a routine
    notice came and went (it was replaced at once, then gone after 15 s); the data folder
    that can't be written says so until it can again."""
    app = make_app(idle=NullIdleSource("none available"))
    shell = app.shell
    shell.set_tray_available(False)
    app.start()
    window = shell.window
    assert window is not None
    (idle,) = window.notices()
    shell.notify("Break coming up", "A short glute break is due soon.", 0, key="nudge")
    assert [notice.key for notice in window.notices()] == [idle.key, "nudge"]
    qtbot.waitUntil(lambda: len(window.notices()) == 1, timeout=3000)
    assert window.notices() == [idle] and idle.isVisible()
    reason = {"now": "Read-only file system"}
    monkeypatch.setattr("deadbutt_tray.app._unwritable_reason", lambda _folder: reason["now"])
    app._check_data_folder()
    assert "Can't save to the data folder" in window.notices()[1].text()
    reason["now"] = ""
    app._check_data_folder()  # it can be written again: the notice goes
    assert window.notices() == [idle]
    assert idle.dismiss_button is not None
    qtbot.mouseClick(idle.dismiss_button, Qt.MouseButton.LeftButton)
    assert window.notices() == []


def test_with_a_daemon_each_problem_is_its_own_notification_until_it_is_over(
    make_app, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A notification daemon: two different problems are two notifications (the second
    replaced the first: one kind "problem"), the same one told again replaces itself, and
    one that is over is taken off the screen."""
    daemon = FakeNotifications()
    app = make_app(idle=NullIdleSource("none available"), notifications=daemon)
    app.start()
    reason = {"now": "Read-only file system"}
    monkeypatch.setattr("deadbutt_tray.app._unwritable_reason", lambda _folder: reason["now"])
    app._check_data_folder()
    problems = [(body, key) for _title, body, _s, key in daemon.sent if key != "nudge"]
    assert len(problems) == 2, problems
    (idle_body, idle_key), (folder_body, folder_key) = problems
    assert "Idle detection is unavailable" in idle_body
    assert "Can't save to the data folder" in folder_body
    assert idle_key != folder_key
    app._problem(words("Idle detection is unavailable on this desktop: breaks are counted "
                       "from screen lock and sleep, and when you take them."))  # fmt: skip
    assert daemon.sent[-1][3] == idle_key  # the same problem: it replaces itself
    reason["now"] = ""
    app._check_data_folder()  # it can be written again
    assert daemon.withdrawn == [folder_key]


def test_many_problems_at_once_show_three_and_count_the_rest(make_app, qtbot: QtBot) -> None:
    """A folder of broken exercise files: 23 problems at start stacked 23 notices, each
    with its Dismiss button. Three are shown, one more notice counts the rest; once one
    of the three is dismissed, the next problem has a notice of its own again."""
    app = make_app()
    shell = app.shell
    shell.set_tray_available(False)
    app.start()
    window = shell.window
    assert window is not None
    for i in range(23):
        app._problem(words("{file}: not valid TOML; the file was skipped", file=f"x{i}.toml"))
    shown = window.notices()
    assert [n.problem for n in shown] == [True] * 4
    assert [n.key for n in shown][3] == "problem: more"
    assert "20 more problems: the log has each of them" in shown[3].text()
    app._problem(words("{file}: not valid TOML; the file was skipped", file="x0.toml"))
    assert len(window.notices()) == 4  # the same problem again is not one more
    assert "20 more problems" in window.notices()[3].text()
    first = shown[0]
    assert first.dismiss_button is not None
    qtbot.wait(20)  # the layout places the new buttons (a click on one 0 px high is lost)
    qtbot.mouseClick(first.dismiss_button, Qt.MouseButton.LeftButton)
    app._problem(words("{file}: not valid TOML; the file was skipped", file="late.toml"))
    assert ["late.toml" in n.text() for n in window.notices()] == [False, False, True, False]
    more = window.notices()[3]  # still the last of the problems
    assert more.key == "problem: more"
    assert more.dismiss_button is not None
    qtbot.wait(20)
    qtbot.mouseClick(more.dismiss_button, Qt.MouseButton.LeftButton)
    assert "problem: more" not in window.notice_times_left()
    app._problem(words("{file}: not valid TOML; the file was skipped", file="later.toml"))
    assert "1 more problem: the log" in window.notices()[-1].text()  # counted anew


def test_with_a_daemon_many_problems_are_three_notifications_and_a_count(make_app) -> None:
    daemon = FakeNotifications()
    app = make_app(notifications=daemon)
    app.start()
    for i in range(5):
        app._problem(words("{file}: not valid TOML; the file was skipped", file=f"x{i}.toml"))
    keys = [key for _title, _body, _s, key in daemon.sent]
    assert len(set(keys)) == 4 and keys[-1] == keys[-2] == "problem: more"
    assert daemon.sent[-2][1].startswith("1 more problem: ")
    assert daemon.sent[-1][1].startswith("2 more problems: ")


def test_settings_that_could_not_be_saved_are_said_once_in_the_open_dialog(
    make_app, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    """With Settings open, a change that can't be written is told in its banner, once
    (it read "Your settings could not be saved: Settings apply now but could not be
    saved: …")."""
    app = make_app()
    app.start()
    app.open_settings()
    dialog = app.shell.settings_dialog()
    assert dialog is not None

    def refuse(*_args: object, **_kwargs: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("deadbutt_tray.app.save_settings", refuse)
    app.change_settings(replace(app.file_settings, sound=not app.file_settings.sound))
    said = dialog.save_banner.text()
    assert said.startswith("Settings apply now but could not be saved: [Errno 28]"), said
    assert said.count("could not be saved") == 1, said


def test_problems_with_the_system_s_words_come_back_in_the_new_language(
    make_app, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Settings that apply but can't be saved, a data folder that can't be written: told
    in the status window, they are said again in the language chosen next, the system's
    reason as it is (they stayed in the language they were told in)."""
    app = make_app()
    shell = app.shell
    shell.set_tray_available(False)
    app.start()

    def refuse(*_args: object, **_kwargs: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("deadbutt_tray.app.save_settings", refuse)
    monkeypatch.setattr("deadbutt_tray.app._unwritable_reason", lambda _folder: "Disk full")
    try:
        app._check_data_folder()
        german = rebuilt_in(app, qtbot, "de")  # applied, not saved
        said = [notice.text() for notice in german.notices()]
        assert "Kann nicht im Datenordner" in said[0] and "Disk full" in said[0]
        assert "konnten aber nicht gespeichert werden: [Errno 28] No space" in said[1]
        again = rebuilt_in(app, qtbot, "system")
        said = [notice.text() for notice in again.notices()]
        assert "Can't save to the data folder" in said[0] and "Disk full" in said[0]
        assert "Settings apply now but could not be saved: [Errno 28]" in said[1]
        assert len(said) == 2  # the second refusal is the same problem: one notice
    finally:
        monkeypatch.undo()
        app.change_settings(replace(app.file_settings, language="system"))


def test_a_guided_break_in_progress_keeps_its_language(make_app, qtbot: QtBot) -> None:
    app = make_app()
    app.start()
    try:
        app.start_break("desk-micro")
        dialog = app.shell.break_dialog
        assert dialog is not None and dialog.isVisible()
        app.change_settings(replace(app.file_settings, language="de"))
        qtbot.wait(50)
        assert app.shell.break_dialog is dialog and dialog.isVisible()  # not interrupted
        assert app.shell.actions.summary.text() == "&Wochenübersicht …"
    finally:
        app.change_settings(replace(app.file_settings, language="system"))


def test_a_language_chosen_in_settings_applies_to_the_menu_and_the_exercises(
    make_app,
) -> None:
    app = make_app(Settings(level=2))
    app.start()
    try:
        app.change_settings(replace(app.file_settings, language="de"))
        assert app.translations.language == "de"
        assert app.shell.actions.summary.text() == "&Wochenübersicht …"
        assert app.shell.actions.break_home.text() == "Ablauf für &zu Hause (10 min)"
        assert app.library.exercises["glute-bridge"].name == "Beckenheben (Glute Bridge)"
        assert 'language = "de"' in app.paths.config_file.read_text(encoding="utf-8")
    finally:
        app.change_settings(replace(app.file_settings, language="system"))
    assert app.shell.actions.summary.text() == "&Weekly summary…"
    assert app.library.exercises["glute-bridge"].name == "Glute bridge"
