"""One set of commands (ui/actions.py) for the tray menu and the status window."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime

from pytestqt.qtbot import QtBot

from deadbutt_tray.ui.actions import UNTIL_TOMORROW, AppActions, Features
from deadbutt_tray.ui.status_window import StatusWindow
from deadbutt_tray.ui.text import plain_text
from deadbutt_tray.ui.tray import Tray
from tests.widget.test_tray import BASE

ALL = Features(guided_break=True, summary=True, balance=True)


def test_features_decide_which_window_commands_are_offered(qtbot: QtBot) -> None:
    actions = AppActions()
    window_commands = (*actions.breaks, actions.summary, actions.balance)
    assert not any(a.isVisible() for a in window_commands)
    actions.set_features(ALL)
    assert all(a.isVisible() for a in window_commands)
    assert actions.settings.isVisible() and actions.quit.isVisible()


def test_status_decides_resume_and_snooze(qtbot: QtBot) -> None:
    actions = AppActions()
    assert not actions.resume.isEnabled() and not actions.snooze.isVisible()
    actions.update(replace(BASE, paused_until=datetime(2026, 1, 1, tzinfo=UTC)))
    assert actions.resume.isEnabled()
    actions.update(replace(BASE, prompt_open=True))
    assert actions.snooze.isVisible() and not actions.resume.isEnabled()
    actions.update(replace(BASE, prompt_open=True, snoozes_left=0))
    assert not actions.snooze.isVisible()


def test_do_not_disturb_is_shown_without_emitting(qtbot: QtBot) -> None:
    actions = AppActions()
    toggled: list[bool] = []
    actions.dnd_toggled.connect(toggled.append)
    actions.update(BASE, do_not_disturb=True)
    assert actions.do_not_disturb.isChecked() and toggled == []
    actions.do_not_disturb.trigger()  # the user unticks it
    assert toggled == [False]


def test_each_action_emits_its_intent(qtbot: QtBot) -> None:
    actions = AppActions(features=ALL)
    for action, signal, args in [
        (actions.break_desk, actions.break_requested, ["desk-micro"]),
        (actions.break_home, actions.break_requested, ["home"]),
        (actions.break_pre_run, actions.break_requested, ["pre-run"]),
        (actions.snooze, actions.snooze_requested, []),
        (actions.pause_30, actions.pause_requested, [30]),
        (actions.pause_60, actions.pause_requested, [60]),
        (actions.pause_tomorrow, actions.pause_requested, [UNTIL_TOMORROW]),
        (actions.summary, actions.summary_requested, []),
        (actions.balance, actions.balance_requested, []),
        (actions.settings, actions.settings_requested, []),
        (actions.about, actions.about_requested, []),
        (actions.quit, actions.quit_requested, []),
    ]:
        with qtbot.waitSignal(signal, timeout=1000) as blocker:
            action.trigger()
        assert blocker.args == args, action.text()


def test_tray_menu_and_status_window_show_the_same_actions(qtbot: QtBot) -> None:
    actions = AppActions(features=ALL)
    tray = Tray(actions=actions)
    window = StatusWindow(actions=actions, show_break_action=True, show_summary_action=True)
    qtbot.addWidget(window)
    tray.menu.aboutToShow.emit()
    in_menu = set(tray.menu.actions()) | set(tray.pause_menu.actions())
    assert {actions.settings, actions.about, actions.quit, actions.resume} <= in_menu
    assert {actions.pause_30, actions.pause_tomorrow} <= set(window.pause_menu.actions())
    assert window.resume_action is actions.resume
    assert window.break_menu.actions() == tray.break_menu.actions() == list(actions.breaks)
    for button, action in [
        (window.settings_button, actions.settings),
        (window.quit_button, actions.quit),
    ]:
        assert button.text() == action.text()
        assert button.accessibleName() == plain_text(action.text())
    # The window's own signals still carry the intents (one emit per press).
    seen: list[str] = []
    window.settings_requested.connect(lambda: seen.append("window"))
    actions.settings_requested.connect(lambda: seen.append("actions"))
    window.settings_button.click()
    assert sorted(seen) == ["actions", "window"]


def test_status_window_buttons_follow_what_is_offered(qtbot: QtBot) -> None:
    actions = AppActions()
    window = StatusWindow(actions=actions)
    qtbot.addWidget(window)
    assert window.balance_button.isHidden()
    actions.set_features(Features(balance=True))
    assert not window.balance_button.isHidden()


def test_plain_text_drops_mnemonics_and_ellipsis() -> None:
    assert plain_text("Se&ttings…") == "Settings"
    assert plain_text("Fish && &chips") == "Fish & chips"
