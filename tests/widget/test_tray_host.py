"""A tray host that comes late or goes away; a tray whose host shows no menu."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtDBus import QDBusConnection
from PySide6.QtWidgets import QSystemTrayIcon
from pytestqt.qtbot import QtBot

from deadbutt_tray.app import AppConfig, TrayApp
from deadbutt_tray.core.model.settings import Settings
from deadbutt_tray.core.storage.paths import AppPaths
from deadbutt_tray.instance import SingleInstance
from deadbutt_tray.platform.tray_host import TrayHostWatcher
from deadbutt_tray.ui.tray import Tray
from tests.fakes import FakeAutostart, FakeChime, FakeFullscreen, FakeIdle
from tests.teardown import close_app


class Host:
    """Whether a tray host is there now (the probe the watcher asks)."""

    def __init__(self, there: bool) -> None:
        self.there = there

    def __call__(self) -> bool:
        return self.there


def no_bus() -> QDBusConnection:
    return QDBusConnection("deadbutt-tray-test-no-bus")  # never connected


class FakeSelection(QObject):
    """Plays the X11 tray selection watch: the test says when the owner changed."""

    changed = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.closed = False

    def close(self) -> None:
        self.closed = True


def test_on_x11_the_selection_owner_tells_and_nothing_polls(qtbot: QtBot) -> None:
    """An idle app must not wake to ask (each look is a D-Bus round trip): a host that
    comes or goes changes the tray selection's owner, and that brings the look."""
    host = Host(False)
    selection = FakeSelection()
    watcher = TrayHostWatcher(False, host, bus=no_bus(), x11=selection)
    seen: list[bool] = []
    watcher.changed.connect(seen.append)
    watcher.start()
    assert watcher.told and watcher.next_look_ms is None
    assert not watcher._timer.isActive()
    host.there = True
    selection.changed.emit()  # trayer took the selection
    qtbot.waitUntil(lambda: seen == [True], timeout=3000)
    assert not watcher._timer.isActive()  # a tray there: still nothing to poll
    host.there = False
    selection.changed.emit()  # its window went away: a panel restarting, or gone?
    qtbot.waitUntil(lambda: watcher._timer.isActive(), timeout=3000)
    assert seen == [True] and watcher._timer.interval() == watcher._poll_ms
    watcher.check()  # the second look (what the timer does after poll_ms)
    assert seen == [True, False]
    assert not watcher._timer.isActive()
    watcher.stop()
    assert selection.closed


def test_a_panel_that_restarts_within_the_second_look_is_no_change(qtbot: QtBot) -> None:
    host = Host(True)
    selection = FakeSelection()
    watcher = TrayHostWatcher(True, host, bus=no_bus(), x11=selection, poll_ms=300)
    seen: list[bool] = []
    watcher.changed.connect(seen.append)
    watcher.start()
    host.there = False
    selection.changed.emit()
    qtbot.waitUntil(lambda: watcher._timer.isActive(), timeout=3000)  # first look: gone
    host.there = True  # back before the second look
    selection.changed.emit()
    qtbot.wait(1200)
    assert seen == [] and watcher.available and not watcher._timer.isActive()
    watcher.stop()


def test_on_x11_without_xfixes_it_looks_by_itself(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    import deadbutt_tray.platform.tray_host.watcher as watcher_module

    monkeypatch.setattr(watcher_module, "qt_x11_display", lambda: ":99")
    monkeypatch.setattr(watcher_module, "open_selection_watch", lambda display, parent: None)
    watcher = TrayHostWatcher(True, Host(True), bus=no_bus())
    watcher.start()
    assert not watcher.told and watcher._timer.isActive()
    assert watcher._timer.interval() == watcher._present_poll_ms
    watcher.stop()


def test_a_host_that_appears_counts_at_once_one_that_goes_after_two_looks(qtbot: QtBot) -> None:
    host = Host(False)
    watcher = TrayHostWatcher(False, host, bus=no_bus())
    seen: list[bool] = []
    watcher.changed.connect(seen.append)
    watcher.start()
    watcher.check()
    assert seen == []
    host.there = True
    watcher.check()
    assert seen == [True]
    host.there = False
    watcher.check()  # a panel restarting: not yet
    assert seen == [True]
    host.there = True
    watcher.check()
    host.there = False
    watcher.check()
    watcher.check()
    assert seen == [True, False]
    watcher.stop()


def test_the_watcher_polls_by_itself(qtbot: QtBot) -> None:
    host = Host(False)
    watcher = TrayHostWatcher(False, host, poll_ms=20, bus=no_bus())
    watcher.start()
    host.there = True
    with qtbot.waitSignal(watcher.changed, timeout=2000) as signal:
        pass
    assert signal.args == [True]
    watcher.stop()


def test_while_a_tray_is_there_it_looks_less_often_and_a_loss_is_looked_at_again_soon(
    qtbot: QtBot,
) -> None:
    """Each look is a D-Bus round trip: an idle app with a tray must not do one every 5 s."""
    host = Host(True)
    watcher = TrayHostWatcher(True, host, poll_ms=5000, present_poll_ms=15_000, bus=no_bus())
    watcher.start()
    timer = watcher._timer
    assert timer.isSingleShot() and timer.isActive()
    assert timer.interval() == 15_000
    host.there = False
    watcher.check()  # first look at a tray gone: the second comes at the quick pace
    assert timer.interval() == 5000 and watcher.available
    watcher.check()
    assert not watcher.available
    assert timer.interval() == 5000  # no tray: quick, to catch a panel that starts late
    host.there = True
    watcher.check()
    assert watcher.available and timer.interval() == 15_000
    watcher.stop()
    watcher.check()
    assert not timer.isActive()  # a look after stop (a late D-Bus signal) does not re-arm


def test_the_watcher_notices_a_tray_going_away_by_itself(qtbot: QtBot) -> None:
    host = Host(True)
    watcher = TrayHostWatcher(True, host, poll_ms=20, present_poll_ms=40, bus=no_bus())
    watcher.start()
    host.there = False
    with qtbot.waitSignal(watcher.changed, timeout=2000) as signal:
        pass
    assert signal.args == [False]
    watcher.stop()


def make_app(data_dir: Path, host: Host) -> TrayApp:
    paths = AppPaths.under(data_dir)
    instance = SingleInstance(paths.runtime_dir, data_dir=paths.data_dir)
    assert instance.try_become_primary()
    app = TrayApp(AppConfig(paths, Settings()), instance, idle_source=FakeIdle(),
                  fullscreen=FakeFullscreen(), autostart=FakeAutostart(),
                  tray_available=host(), notifications=None, tray_probe=host)  # fmt: skip
    app.shell.chime = FakeChime()
    return app


def test_the_icon_takes_over_when_a_panel_starts_after_the_app_and_back(
    qtbot: QtBot, data_dir: Path
) -> None:
    host = Host(False)
    app = make_app(data_dir, host)
    try:
        app.start()
        window = app.shell.window
        assert app.shell.tray is None and window is not None and window.isVisible()
        host.there = True
        app.tray_watcher.check()  # type: ignore[union-attr]
        assert app.shell.tray is not None
        assert not window.isVisible()
        # The icon shows what the window showed, at once.
        assert "Sitting for" in app.shell.tray.icon.toolTip()
        host.there = False
        app.tray_watcher.check()  # type: ignore[union-attr]
        app.tray_watcher.check()  # type: ignore[union-attr]
        assert app.shell.tray is None
        assert window.isVisible() and not window.hide_on_close
    finally:
        close_app(app)


def test_an_idle_app_with_a_tray_has_no_quick_timer_running(qtbot: QtBot, data_dir: Path) -> None:
    """Idle wake-ups (benchmarks/README.md): after start, once the start-up writes have
    settled, no timer of the app fires sooner than every 10 s; where the tray host can't
    be watched, it is looked at every 15 s (a D-Bus round trip each), not every 5 s."""
    host = Host(True)
    app = make_app(data_dir, host)
    try:
        app.start()
        qtbot.waitUntil(
            lambda: not any(t.isActive() and t.interval() < 1000 for t in app.findChildren(QTimer)),
            timeout=5000,
        )  # debounces of the files written at start
        active = [t for t in app.findChildren(QTimer) if t.isActive()]
        if not app.settings_watch.watching:  # no inotify left on this machine: it polls
            polls = app.settings_watch.findChildren(QTimer)
            active = [t for t in active if t not in polls]
        assert all(t.interval() >= 10_000 for t in active), [
            (type(t.parent()).__name__, t.interval()) for t in active
        ]
        watcher = app.tray_watcher
        assert watcher is not None and not watcher.told and watcher._timer in active
        assert watcher._timer.interval() == 15_000
    finally:
        close_app(app)


def test_an_idle_app_on_x11_runs_one_repeating_timer_the_tick(
    qtbot: QtBot, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """With the tray host told by events, the control socket's safety net and the span
    checkpoint riding on the tick, the only timer an idle app keeps is the 10 s tick's."""
    import deadbutt_tray.platform.tray_host.watcher as watcher_module

    selection = FakeSelection()
    monkeypatch.setattr(watcher_module, "qt_x11_display", lambda: ":99")
    monkeypatch.setattr(watcher_module, "open_selection_watch", lambda display, parent: selection)
    app = make_app(data_dir, Host(True))
    try:
        app.start()
        assert app.tray_watcher is not None and app.tray_watcher.told
        qtbot.waitUntil(
            lambda: not any(t.isActive() and t.interval() < 1000 for t in app.findChildren(QTimer)),
            timeout=5000,
        )  # debounces of the files written at start
        everywhere = [*app.findChildren(QTimer), *app.instance.findChildren(QTimer)]
        active = [t for t in everywhere if t.isActive()]
        assert active == [], [(type(t.parent()).__name__, t.interval()) for t in active]
        assert app.scheduler.timer.isActive()  # the scheduler's: its jobs follow
        jobs = {job.id: job.trigger for job in app.scheduler.get_jobs()}
        assert [key for key, trigger in jobs.items() if hasattr(trigger, "interval")] == ["tick"]
    finally:
        app.quit()


def test_where_no_menu_can_pop_up_a_click_opens_the_status_window(
    qtbot: QtBot, data_dir: Path
) -> None:
    host = Host(True)
    app = make_app(data_dir, host)
    try:
        app.start()
        tray = app.shell.tray
        assert tray is not None and app.shell.window is None
        tray.menu_can_pop_up = False  # as on Wayland (swaybar)
        tray.icon.activated.emit(QSystemTrayIcon.ActivationReason.Trigger)
        window = app.shell.window
        assert window is not None and window.isVisible()
        # Every action of the menu is there, as buttons.
        assert window.quit_button.isVisible() and window.settings_button.isVisible()
        # Esc (or the title bar's close) hides it: the icon brings it back.
        qtbot.keyClick(window, Qt.Key.Key_Escape)
        assert not window.isVisible() and not window.isMinimized()
        tray.icon.activated.emit(QSystemTrayIcon.ActivationReason.Context)
        assert window.isVisible()
    finally:
        close_app(app)


def test_on_x11_a_left_click_still_pops_the_menu_up(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    tray = Tray(menu_can_pop_up=True)
    asked: list[bool] = []
    popped: list[object] = []
    tray.window_requested.connect(lambda: asked.append(True))
    monkeypatch.setattr(tray.menu, "popup", lambda *args: popped.append(args))
    tray.icon.activated.emit(QSystemTrayIcon.ActivationReason.Trigger)
    assert asked == [] and len(popped) == 1
