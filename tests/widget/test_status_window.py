"""The status window stands in for the tray: same status, same actions, never lost."""

from __future__ import annotations

import os
import subprocess
import sys
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from deadbutt_tray.core.rules.sitting import Presence
from deadbutt_tray.ui.actions import UNTIL_TOMORROW
from deadbutt_tray.ui.status_window import StatusWindow, no_tray_hint
from tests.fakes import SITTING_STATUS
from tests.widget.conftest import save_shot

BASE = SITTING_STATUS


# -- fixtures ----------------------------------------------------------------------------


@pytest.fixture
def window(qtbot: QtBot) -> StatusWindow:
    window = StatusWindow()
    qtbot.addWidget(window)
    window.show_status(BASE)
    return window


def shown(qtbot: QtBot, window: QWidget) -> None:
    window.show()
    qtbot.waitExposed(window)


# -- rendering ---------------------------------------------------------------------------


def test_shows_status_ring_and_limit(window: StatusWindow) -> None:
    assert window.windowTitle() == "deadbutt-tray"
    assert not window.windowIcon().isNull()
    assert window.status_label.text() == "Sitting for 23 min"
    assert window.detail_label.text() == "Next break in 7 min"
    assert window.limit_label.text() == "Sitting limit: 30 min"
    assert window.ring.pixmap().width() >= 96
    # The whole tray tooltip line, for screen readers.
    assert window.ring.accessibleDescription() == "Sitting for 23 min · next break in 7 min"


def test_a_status_without_detail_hides_the_detail_line(qtbot: QtBot, window: StatusWindow) -> None:
    shown(qtbot, window)
    window.show_status(replace(BASE, presence=Presence.ON_BREAK))
    assert window.status_label.text() == "On a break"
    assert window.detail_label.isHidden()


def test_ring_is_redrawn_only_when_it_would_change(window: StatusWindow) -> None:
    first = window.ring.pixmap().cacheKey()
    window.show_status(replace(BASE, sitting_s=BASE.sitting_s + 1))  # same 1/24 step
    assert window.ring.pixmap().cacheKey() == first
    window.show_status(replace(BASE, due_in_s=0.0))
    assert window.ring.pixmap().cacheKey() != first


def test_feature_actions_hidden_until_they_exist(qtbot: QtBot) -> None:
    window = StatusWindow()
    qtbot.addWidget(window)
    hidden = (window.break_button, window.summary_button, window.balance_button)
    assert all(button.isHidden() for button in hidden)
    window.set_feature_actions(guided_break=True, summary=True, balance=True)
    assert not any(button.isHidden() for button in hidden)
    flagged = StatusWindow(show_break_action=True)
    qtbot.addWidget(flagged)
    assert not flagged.break_button.isHidden() and flagged.summary_button.isHidden()


# -- intents -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("button", "signal"),
    [
        ("summary_button", "summary_requested"),
        ("balance_button", "balance_requested"),
        ("settings_button", "settings_requested"),
        ("about_button", "about_requested"),
        ("quit_button", "quit_requested"),
    ],
)
def test_buttons_emit_intents_by_click_and_by_enter(
    qtbot: QtBot, window: StatusWindow, button: str, signal: str
) -> None:
    window.set_feature_actions(guided_break=True, summary=True, balance=True)
    shown(qtbot, window)
    target = getattr(window, button)
    with qtbot.waitSignal(getattr(window, signal), timeout=1000):
        qtbot.mouseClick(target, Qt.MouseButton.LeftButton)
    target.setFocus()
    with qtbot.waitSignal(getattr(window, signal), timeout=1000):
        qtbot.keyClick(target, Qt.Key.Key_Return)


@pytest.mark.parametrize(("index", "choice"), [(0, "desk-micro"), (1, "home"), (2, "pre-run")])
def test_the_guided_break_button_opens_the_routine_menu(
    window: StatusWindow, qtbot: QtBot, index: int, choice: str
) -> None:
    window.set_feature_actions(guided_break=True)
    assert window.break_button.menu() is window.break_menu
    assert window.break_button.text() == "Guided &break"
    with qtbot.waitSignal(window.break_requested, timeout=1000) as blocker:
        window.break_menu.actions()[index].trigger()
    assert blocker.args == [choice]


@pytest.mark.parametrize(("index", "minutes"), [(0, 30), (1, 60), (2, UNTIL_TOMORROW)])
def test_pause_menu_emits_minutes(
    window: StatusWindow, qtbot: QtBot, index: int, minutes: int
) -> None:
    actions = [a for a in window.pause_menu.actions() if not a.isSeparator()]
    with qtbot.waitSignal(window.pause_requested, timeout=1000) as blocker:
        actions[index].trigger()
    assert blocker.args == [minutes]
    assert window.pause_button.menu() is window.pause_menu


def test_resume_only_when_paused(window: StatusWindow, qtbot: QtBot) -> None:
    assert not window.resume_action.isEnabled()
    window.show_status(replace(BASE, paused_until=datetime(2026, 11, 25, 14, 0, tzinfo=UTC)))
    assert window.resume_action.isEnabled()
    assert window.detail_label.text() == "Paused until 14:00"
    with qtbot.waitSignal(window.resume_requested, timeout=1000):
        window.resume_action.trigger()


def test_mnemonics_on_every_action(window: StatusWindow) -> None:
    buttons = [
        window.break_button,
        window.pause_button,
        window.summary_button,
        window.balance_button,
        window.settings_button,
        window.about_button,
        window.quit_button,
    ]
    keys = [button.text()[button.text().index("&") + 1].lower() for button in buttons]
    assert len(set(keys)) == len(keys)  # each Alt+letter reaches exactly one action
    for button in buttons:
        assert button.accessibleName() and "&" not in button.accessibleName()
    assert all("&" in action.text() for action in window.pause_menu.actions()[:3])


@pytest.mark.parametrize(
    ("key", "signal"),
    [
        (Qt.Key.Key_T, "settings_requested"),
        (Qt.Key.Key_A, "about_requested"),
        (Qt.Key.Key_Q, "quit_requested"),
    ],
)
def test_alt_letter_reaches_actions(
    qtbot: QtBot, window: StatusWindow, key: Qt.Key, signal: str
) -> None:
    shown(qtbot, window)
    window.activateWindow()
    # Mnemonics are window shortcuts: they work only once Qt counts the window as active.
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=2000)
    with qtbot.waitSignal(getattr(window, signal), timeout=2000):
        qtbot.keyClick(window, key, Qt.KeyboardModifier.AltModifier)


def test_focus_starts_on_the_primary_action(qtbot: QtBot) -> None:
    plain = StatusWindow()
    qtbot.addWidget(plain)
    shown(qtbot, plain)
    assert plain.focusWidget() is plain.pause_button
    with_break = StatusWindow(show_break_action=True)
    qtbot.addWidget(with_break)
    shown(qtbot, with_break)
    assert with_break.focusWidget() is with_break.break_button


# -- never lost --------------------------------------------------------------------------


def test_title_bar_close_minimises_instead_of_quitting(qtbot: QtBot, window: StatusWindow) -> None:
    shown(qtbot, window)
    event = QCloseEvent()
    # What the window manager's close does: a close event to the native window.
    QApplication.sendEvent(window.windowHandle(), event)
    assert not event.isAccepted()
    assert window.isVisible()
    assert window.isMinimized()
    window.present()
    assert not window.isMinimized()


def test_esc_minimises(qtbot: QtBot, window: StatusWindow) -> None:
    shown(qtbot, window)
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    assert window.isVisible() and window.isMinimized()


def test_close_from_code_really_closes(qtbot: QtBot, window: StatusWindow) -> None:
    shown(qtbot, window)
    assert window.close()
    assert not window.isVisible()


def test_app_quit_is_not_blocked_by_the_window(tmp_path: Path) -> None:
    """Qt 6 cancels QCoreApplication.quit() if a window refuses to close: run it for real."""
    script = tmp_path / "quit.py"
    script.write_text(
        "from PySide6.QtCore import QCoreApplication, QTimer\n"
        "from PySide6.QtWidgets import QApplication\n"
        "from deadbutt_tray.ui.status_window import StatusWindow\n"
        "app = QApplication([])\n"
        "app.setQuitOnLastWindowClosed(False)\n"
        "window = StatusWindow()\n"
        "window.show()\n"
        "QTimer.singleShot(50, QCoreApplication.quit)\n"
        "QTimer.singleShot(3000, lambda: QCoreApplication.exit(3))  # quit was refused\n"
        "raise SystemExit(app.exec())\n",
        encoding="utf-8",
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, str(script)], env=env, capture_output=True, timeout=30, check=False
    )
    assert result.returncode == 0, result.stderr.decode(errors="replace")


def test_geometry_round_trip(qtbot: QtBot, window: StatusWindow) -> None:
    shown(qtbot, window)
    window.setGeometry(QRect(120, 90, 420, 330))
    saved = window.geometry_state()
    assert isinstance(saved, str) and saved
    again = StatusWindow()
    qtbot.addWidget(again)
    assert again.restore_geometry(saved)
    shown(qtbot, again)
    assert again.geometry().size() == window.geometry().size()
    assert again.geometry().topLeft() == window.geometry().topLeft()


@pytest.mark.parametrize("junk", ["", "not base64 at all", "AAAA", "ünicode"])
def test_unusable_geometry_is_refused(window: StatusWindow, junk: str) -> None:
    assert window.restore_geometry(junk) is False


# -- the no-tray hint ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("env", "expected"),
    [
        ({"XDG_CURRENT_DESKTOP": "ubuntu:GNOME"}, "gnome-shell-extension-appindicator"),
        ({"XDG_CURRENT_DESKTOP": "GNOME"}, "log out and back in"),
        ({"XDG_SESSION_DESKTOP": "gnome-xorg"}, "AppIndicator and KStatusNotifierItem"),
        ({"XDG_CURRENT_DESKTOP": "KDE"}, "“System Tray” widget"),
        ({"DESKTOP_SESSION": "plasma"}, "“System Tray” widget"),
        ({"XDG_CURRENT_DESKTOP": "sway"}, "waybar"),
        ({"XDG_CURRENT_DESKTOP": "Hyprland"}, "waybar"),
        ({"SWAYSOCK": "/run/user/1000/sway-ipc.sock"}, "swaybar"),
        ({"XDG_CURRENT_DESKTOP": "i3"}, "tray_output primary"),
        ({"I3SOCK": "/run/user/1000/i3/ipc-socket.1"}, "tray_output primary"),
        ({"XDG_CURRENT_DESKTOP": "XFCE"}, "“System Tray”, “Notification Area”"),
        ({}, "Most panels can show one"),
    ],
)
def test_no_tray_hint_fits_the_desktop(env: dict[str, str], expected: str) -> None:
    assert expected in no_tray_hint(env)


def test_hint_shows_until_dismissed(qtbot: QtBot, window: StatusWindow) -> None:
    shown(qtbot, window)
    assert window.hint.isHidden()
    window.show_tray_hint(no_tray_hint({"XDG_CURRENT_DESKTOP": "GNOME"}))
    assert window.hint.isVisible() and "GNOME" in window.hint_label.text()
    window.hint_button.setFocus()
    with qtbot.waitSignal(window.hint_dismissed, timeout=1000):
        qtbot.keyClick(window.hint_button, Qt.Key.Key_Return)
    assert window.hint.isHidden()
    assert window.focusWidget() is window.pause_button


# -- look ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "change", "hint"),
    [
        ("sitting", {}, True),
        ("due", {"sitting_s": 34 * 60.0, "due_in_s": 0.0}, False),
        ("paused", {"paused_until": datetime(2026, 11, 25, 14, 0, tzinfo=UTC)}, False),
    ],
)
def test_screenshot(qtbot: QtBot, theme: str, name: str, change: dict, hint: bool) -> None:
    window = StatusWindow(show_break_action=name == "due")
    qtbot.addWidget(window)
    window.show_status(replace(BASE, **change))
    if hint:
        window.show_tray_hint(no_tray_hint({"XDG_CURRENT_DESKTOP": "ubuntu:GNOME"}))
    shown(qtbot, window)
    save_shot(window, f"status-window-{name}-{theme}")


def test_notices_show_apart_from_the_tray_hint_and_go_away(qtbot: QtBot) -> None:
    window = StatusWindow()
    qtbot.addWidget(window)
    window.show_tray_hint("Install the AppIndicator extension")
    window.show_notice("Break coming up", "A short glute break is due soon.", seconds=1)
    assert window.hint_label.text() == "Install the AppIndicator extension"
    (notice,) = window.notices()
    assert "Break coming up" in notice.text()
    assert not notice.isHidden()
    qtbot.waitUntil(lambda: not window.notices(), timeout=3000)


IDLE = "Idle detection is unavailable on this desktop: breaks are counted from screen lock."
NUDGE = ("Break coming up", "A short glute break is due soon.")


def told(window: StatusWindow) -> list[str]:
    """The notices shown, top to bottom, as plain text."""
    return [notice.label.accessibleDescription() for notice in window.notices()]


def test_a_problem_stays_above_routine_notices_past_their_time(qtbot: QtBot) -> None:
    """A problem notice is not pushed out by a routine one, nor gone after its time:
    both are shown, the problem first, until the user dismisses it (it was replaced)."""
    window = StatusWindow()
    qtbot.addWidget(window)
    shown(qtbot, window)
    window.show_notice("deadbutt-tray", IDLE, seconds=0.2, key="problem: idle", problem=True)
    window.show_notice(*NUDGE, seconds=0.3, key="nudge")
    assert told(window) == [f"deadbutt-tray. {IDLE}", "Break coming up. " + NUDGE[1]]
    assert all(notice.isVisible() for notice in window.notices())
    assert window.notice_times_left()["problem: idle"] is None  # no timeout
    # A second problem goes below the first, still above the routine notice.
    window.show_notice("deadbutt-tray", "Settings file: volume", key="problem: settings",
                       problem=True)  # fmt: skip
    assert [notice.key for notice in window.notices()] == [
        "problem: idle", "problem: settings", "nudge"
    ]  # fmt: skip
    qtbot.waitUntil(lambda: len(window.notices()) == 2, timeout=3000)
    qtbot.wait(300)  # well past the 0.2 s asked for the problem
    assert [notice.key for notice in window.notices()] == ["problem: idle", "problem: settings"]
    assert window.notices()[0].isVisible() and IDLE in window.notices()[0].text()


def test_a_routine_notice_replaces_the_last_of_its_kind(qtbot: QtBot) -> None:
    window = StatusWindow()
    qtbot.addWidget(window)
    window.show_notice("Break coming up", "first", seconds=5, key="nudge")
    window.show_notice("Break coming up", "second", seconds=5, key="nudge")
    assert told(window) == ["Break coming up. second"]
    window.show_notice("No more snoozes", "Take the break or skip it.", seconds=5)
    snoozes = "No more snoozes. Take the break or skip it."
    assert told(window) == ["Break coming up. second", snoozes]
    # The same problem told again is one notice too.
    window.show_notice("deadbutt-tray", IDLE, key="problem: idle", problem=True)
    window.show_notice("deadbutt-tray", IDLE, key="problem: idle", problem=True)
    assert [notice.key for notice in window.notices()] == ["problem: idle", "nudge", ""]


def test_a_problem_is_dismissed_with_its_button_reached_by_tab(qtbot: QtBot) -> None:
    """The Dismiss button has an accessible name and comes in reading order (after the
    tray hint, before the actions); pressing it, or Esc in the notice, dismisses it and
    the keyboard goes on to the next one, then to the first action. The window stays."""
    window = StatusWindow(show_break_action=True)
    qtbot.addWidget(window)
    shown(qtbot, window)
    window.activateWindow()
    window.show_notice("deadbutt-tray", IDLE, key="problem: idle", problem=True)
    window.show_notice("deadbutt-tray", "Settings file: volume", key="problem: settings",
                       problem=True)  # fmt: skip
    window.show_notice(*NUDGE, seconds=30, key="nudge")
    first, second, routine = window.notices()
    assert routine.dismiss_button is None  # a routine notice goes by itself
    assert first.dismiss_button is not None and second.dismiss_button is not None
    assert first.dismiss_button.accessibleName() == "Dismiss this notice"
    assert first.dismiss_button.text() == "Dismiss"
    assert IDLE in first.dismiss_button.accessibleDescription()  # which notice it is
    window.break_button.setFocus()
    # Shift+Tab from the first action reaches the notices' buttons, bottom up.
    qtbot.keyClick(window.focusWidget(), Qt.Key.Key_Backtab)
    assert window.focusWidget() is second.dismiss_button
    qtbot.keyClick(window.focusWidget(), Qt.Key.Key_Backtab)
    assert window.focusWidget() is first.dismiss_button
    qtbot.keyClick(window.focusWidget(), Qt.Key.Key_Tab)
    assert window.focusWidget() is second.dismiss_button
    qtbot.keyClick(window.focusWidget(), Qt.Key.Key_Backtab)
    qtbot.keyClick(first.dismiss_button, Qt.Key.Key_Space)
    assert told(window) == ["deadbutt-tray. Settings file: volume", "Break coming up. " + NUDGE[1]]
    assert window.focusWidget() is second.dismiss_button  # on to the next one
    qtbot.keyClick(second.dismiss_button, Qt.Key.Key_Escape)  # Esc in a notice: that notice
    assert [notice.key for notice in window.notices()] == ["nudge"]
    assert window.isVisible() and not window.isMinimized()
    assert window.focusWidget() is window.break_button
    assert window.notice_times_left()["nudge"] is not None
