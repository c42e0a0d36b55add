"""The break prompt renders what it is told and emits intents; it never takes focus."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QAbstractAnimation, QRect, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from deadbutt_tray.ui.prompt import SCREEN_MARGIN_PX, PromptWindow, tray_corner
from tests.widget.conftest import dark_palette

# The offscreen platform (widget tests) implements neither raising windows nor size
# hints for the window manager; Qt says so on every show. Harmless, and only here.
pytestmark = pytest.mark.qt_log_ignore(
    r"^This plugin does not support (raise|propagateSizeHints)\(\)$"
)


@pytest.fixture
def prompt(qtbot: QtBot) -> Iterator[PromptWindow]:
    window = PromptWindow(key_grace_ms=0)  # keys at once (the grace has its own test)
    qtbot.addWidget(window)
    yield window
    window.withdraw()


def show(window: PromptWindow, **kwargs: object) -> None:
    args = {"sat_for_s": 31 * 60, "snooze_min": 5.0, "can_snooze": True, "snoozes_left": 3}
    args.update(kwargs)
    window.show_prompt(**args)  # type: ignore[arg-type]


def prompt_windows() -> list[QWidget]:
    """Prompt windows on screen (earlier tests' windows may await deletion, hidden)."""
    return [
        w for w in QApplication.topLevelWidgets() if isinstance(w, PromptWindow) and w.isVisible()
    ]


# -- text --------------------------------------------------------------------------------


def test_says_how_long_and_what_to_do(prompt: PromptWindow) -> None:
    show(prompt)
    assert prompt.is_showing()
    assert prompt.headline.text() == "You've been sitting 31 min."
    assert prompt.message.text() == "Time to wake up your glutes."
    assert prompt.snooze_button.text() == "S&nooze 5 min"
    assert prompt.snooze_button.isEnabled() and not prompt.note.isVisible()
    assert prompt.start_button.text() == "&Start guided break"
    assert prompt.skip_button.text() == "S&kip"
    assert "3" in prompt.snooze_button.toolTip()


def test_no_more_snoozes_disables_the_button_and_says_why(prompt: PromptWindow) -> None:
    show(prompt, can_snooze=False, snoozes_left=0, snoozes_in_row=3)
    assert not prompt.snooze_button.isEnabled()
    assert prompt.note.isVisible()
    assert prompt.note.text() == "No more snoozes — 3 in a row already"
    assert prompt.snooze_button.accessibleDescription() == prompt.note.text()
    # Once snoozing is possible again the note goes.
    show(prompt, snooze_min=2.5)
    assert prompt.snooze_button.isEnabled() and not prompt.note.isVisible()
    assert prompt.snooze_button.text() == "S&nooze 2.5 min"


def test_no_more_snoozes_without_a_count(prompt: PromptWindow) -> None:
    show(prompt, can_snooze=False, snoozes_left=0)
    assert prompt.note.text() == "No more snoozes in a row"


# -- one window, updated -----------------------------------------------------------------


def test_showing_twice_updates_the_one_window(prompt: PromptWindow) -> None:
    show(prompt, sat_for_s=30 * 60)
    first = prompt.geometry()
    show(prompt, sat_for_s=65 * 60, snooze_min=10)
    assert prompt_windows() == [prompt]
    assert prompt.headline.text() == "You've been sitting 1 h 5 min."
    assert prompt.snooze_button.text() == "S&nooze 10 min"
    assert prompt.geometry() == first


def test_renudge_pulses_the_shown_window_without_a_second_one(prompt: PromptWindow) -> None:
    show(prompt)
    prompt.renudge()
    assert prompt_windows() == [prompt] and prompt.is_showing()
    assert prompt._pulse.state() is QAbstractAnimation.State.Running


def test_renudge_does_nothing_when_no_prompt_is_pending(qtbot: QtBot) -> None:
    window = PromptWindow()
    qtbot.addWidget(window)
    window.renudge()  # never shown
    assert not window.is_showing()
    show(window)
    window.withdraw()
    window.renudge()  # withdrawn: the moment passed
    assert not window.is_showing()
    assert window._pulse.state() is QAbstractAnimation.State.Stopped
    assert window.focus_prompt() is False


def test_withdraw_hides(prompt: PromptWindow) -> None:
    show(prompt)
    prompt.renudge()
    prompt.withdraw()
    assert not prompt.is_showing() and not prompt.isVisible()
    assert prompt._pulse.state() is QAbstractAnimation.State.Stopped


# -- intents -----------------------------------------------------------------------------


def test_enter_starts(prompt: PromptWindow, qtbot: QtBot) -> None:
    show(prompt)
    with qtbot.waitSignal(prompt.start_requested, timeout=1000):
        qtbot.keyClick(prompt.focusWidget() or prompt, Qt.Key.Key_Return)
    assert not prompt.is_showing()


def test_keypad_enter_starts_too(prompt: PromptWindow, qtbot: QtBot) -> None:
    show(prompt)
    with qtbot.waitSignal(prompt.start_requested, timeout=1000):
        qtbot.keyClick(prompt, Qt.Key.Key_Enter, Qt.KeyboardModifier.KeypadModifier)


def test_escape_skips(prompt: PromptWindow, qtbot: QtBot) -> None:
    show(prompt)
    with (
        qtbot.waitSignal(prompt.skip_requested, timeout=1000),
        qtbot.assertNotEmitted(prompt.start_requested),
    ):
        qtbot.keyClick(prompt, Qt.Key.Key_Escape)
    assert not prompt.is_showing()


def test_snooze_click_snoozes(prompt: PromptWindow, qtbot: QtBot) -> None:
    show(prompt)
    with qtbot.waitSignal(prompt.snooze_requested, timeout=1000):
        qtbot.mouseClick(prompt.snooze_button, Qt.MouseButton.LeftButton)
    assert not prompt.is_showing()


def test_enter_presses_the_focused_button(prompt: PromptWindow, qtbot: QtBot) -> None:
    show(prompt)
    prompt.snooze_button.setFocus()
    with (
        qtbot.waitSignal(prompt.snooze_requested, timeout=1000),
        qtbot.assertNotEmitted(prompt.start_requested),
    ):
        qtbot.keyClick(prompt.snooze_button, Qt.Key.Key_Return)


def test_disabled_snooze_cannot_be_pressed(prompt: PromptWindow, qtbot: QtBot) -> None:
    show(prompt, can_snooze=False, snoozes_left=0, snoozes_in_row=3)
    with qtbot.assertNotEmitted(prompt.snooze_requested):
        qtbot.mouseClick(prompt.snooze_button, Qt.MouseButton.LeftButton)
    assert prompt.is_showing()


def test_alt_letters_press_the_buttons(prompt: PromptWindow, qtbot: QtBot) -> None:
    show(prompt)
    prompt.focus_prompt()  # mnemonics work in the active window only
    qtbot.waitUntil(lambda: QApplication.activeWindow() is prompt, timeout=2000)
    with qtbot.waitSignal(prompt.snooze_requested, timeout=1000):
        qtbot.keyClick(prompt, Qt.Key.Key_N, Qt.KeyboardModifier.AltModifier)


def test_close_counts_as_nothing_and_renudge_brings_it_back(
    prompt: PromptWindow, qtbot: QtBot
) -> None:
    show(prompt)
    with (
        qtbot.assertNotEmitted(prompt.start_requested),
        qtbot.assertNotEmitted(prompt.snooze_requested),
        qtbot.assertNotEmitted(prompt.skip_requested),
    ):
        with qtbot.waitSignal(prompt.dismissed, timeout=1000):
            qtbot.mouseClick(prompt.close_button, Qt.MouseButton.LeftButton)
        assert not prompt.is_showing()
        prompt.renudge()  # still pending: the next re-nudge shows it again
        assert prompt.is_showing() and prompt_windows() == [prompt]
        # The window manager's close (Alt+F4) is the same as ×, never a skip.
        with qtbot.waitSignal(prompt.dismissed, timeout=1000):
            prompt.close()
        assert not prompt.is_showing()


# -- focus and accessibility -------------------------------------------------------------


def test_shows_without_activating_or_accepting_focus_until_reached_for(
    prompt: PromptWindow,
) -> None:
    assert prompt.testAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
    flags = prompt.windowFlags()
    assert flags & Qt.WindowType.WindowStaysOnTopHint
    assert flags & Qt.WindowType.Tool == Qt.WindowType.Tool
    show(prompt)
    # What the xcb and Windows platform plugins read to skip activation on map.
    assert prompt.windowHandle().property("_q_showWithoutActivating") is True
    # X11's input hint / what Wayland compositors read: not focused when it appears.
    assert prompt.windowHandle().flags() & Qt.WindowType.WindowDoesNotAcceptFocus
    assert prompt.focus_prompt() is True  # the tray menu reaches for it: keys may come
    assert not prompt.windowHandle().flags() & Qt.WindowType.WindowDoesNotAcceptFocus
    prompt.withdraw()
    show(prompt)  # shown again: quiet again
    assert prompt.windowHandle().flags() & Qt.WindowType.WindowDoesNotAcceptFocus


def test_keys_in_the_first_second_are_not_the_prompts(qtbot: QtBot) -> None:
    window = PromptWindow()  # the real grace
    qtbot.addWidget(window)
    acted: list[str] = []
    window.start_requested.connect(lambda: acted.append("start"))
    window.skip_requested.connect(lambda: acted.append("skip"))
    show(window)
    # A compositor focused it anyway while the user was typing: Enter, Esc, Alt+S.
    qtbot.keyClick(window.start_button, Qt.Key.Key_Return)
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    qtbot.keyClick(window.start_button, Qt.Key.Key_Space)
    assert acted == [] and window.is_showing()
    qtbot.wait(window.key_grace_ms + 100)
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    assert acted == ["skip"]
    window.withdraw()


def test_reaching_for_the_prompt_ends_the_grace_at_once(qtbot: QtBot) -> None:
    window = PromptWindow(key_grace_ms=60_000)
    qtbot.addWidget(window)
    show(window)
    assert window.in_key_grace()
    window.focus_prompt()
    assert not window.in_key_grace()
    with qtbot.waitSignal(window.start_requested, timeout=1000):
        qtbot.keyClick(window.start_button, Qt.Key.Key_Return)


def test_focus_prompt_puts_keyboard_focus_on_start(prompt: PromptWindow, qtbot: QtBot) -> None:
    show(prompt)
    assert prompt.focus_prompt() is True
    qtbot.waitUntil(lambda: QApplication.focusWidget() is prompt.start_button, timeout=2000)


def test_tab_order_follows_the_buttons_and_ends_on_close(prompt: PromptWindow) -> None:
    show(prompt)
    chain, widget = [], prompt.nextInFocusChain()
    while widget is not prompt:
        if widget.focusPolicy() & Qt.FocusPolicy.TabFocus and widget.isVisible():
            chain.append(widget)
        widget = widget.nextInFocusChain()
    buttons = sorted(prompt.buttons.buttons(), key=lambda b: b.x())
    assert chain == [*buttons, prompt.close_button]


def test_everything_has_an_accessible_name(prompt: PromptWindow) -> None:
    show(prompt)
    assert prompt.accessibleName() == "Break reminder"
    assert "31 min" in prompt.accessibleDescription()
    names = {
        prompt.start_button: "Start guided break",
        prompt.snooze_button: "Snooze 5 min",
        prompt.skip_button: "Skip",
        prompt.close_button: "Close",
    }
    for widget, name in names.items():
        assert widget.accessibleName() == name
        assert widget.accessibleDescription() or widget.toolTip()


# -- placement ---------------------------------------------------------------------------


def available() -> QRect:
    screen = QApplication.primaryScreen()
    assert screen is not None
    return screen.availableGeometry()


def test_appears_bottom_right_by_default(prompt: PromptWindow) -> None:
    show(prompt)
    area, frame = available(), prompt.geometry()
    assert frame.right() == area.right() - SCREEN_MARGIN_PX
    assert frame.bottom() == area.bottom() - SCREEN_MARGIN_PX


def test_follows_a_tray_at_the_top(prompt: PromptWindow) -> None:
    area = available()
    show(prompt, anchor=QRect(area.right() - 30, area.top(), 24, 24))
    frame = prompt.geometry()
    assert frame.top() == area.top() + SCREEN_MARGIN_PX
    assert frame.right() == area.right() - SCREEN_MARGIN_PX


def test_follows_a_tray_at_the_top_left(prompt: PromptWindow) -> None:
    area = available()
    show(prompt, anchor=QRect(area.left() + 4, area.top(), 24, 24))
    frame = prompt.geometry()
    assert (frame.left(), frame.top()) == (
        area.left() + SCREEN_MARGIN_PX,
        area.top() + SCREEN_MARGIN_PX,
    )


def test_an_unknown_tray_geometry_means_bottom_right(prompt: PromptWindow) -> None:
    show(prompt, anchor=QRect())  # what QSystemTrayIcon.geometry() gives when unknown
    area, frame = available(), prompt.geometry()
    assert frame.right() == area.right() - SCREEN_MARGIN_PX
    assert frame.bottom() == area.bottom() - SCREEN_MARGIN_PX


# -- looks -------------------------------------------------------------------------------


@pytest.mark.skipif(not os.environ.get("DEADBUTT_TRAY_SHOTS"), reason="DEADBUTT_TRAY_SHOTS unset")
def test_screenshots(prompt: PromptWindow) -> None:
    out = Path("/tmp/shots")
    out.mkdir(parents=True, exist_ok=True)
    show(prompt)
    assert prompt.grab().save(str(out / "prompt-light.png"))
    show(prompt, can_snooze=False, snoozes_left=0, snoozes_in_row=3)
    assert prompt.grab().save(str(out / "prompt-light-nosnooze.png"))
    prompt.setPalette(dark_palette())
    show(prompt)
    assert prompt.grab().save(str(out / "prompt-dark.png"))
    show(prompt, can_snooze=False, snoozes_left=0, snoozes_in_row=3)
    prompt._set_glow(1.0)  # the re-nudge pulse at its brightest
    prompt.focus_prompt()
    assert prompt.grab().save(str(out / "prompt-dark-nosnooze-pulse.png"))


@pytest.mark.parametrize(
    ("available", "corner"),
    [
        (QRect(0, 30, 1280, 770), (True, False)),  # a panel along the top: top-right
        (QRect(0, 0, 1280, 760), (False, False)),  # along the bottom: bottom-right
        (QRect(48, 0, 1232, 800), (False, True)),  # a dock on the left: bottom-left
        (QRect(64, 27, 1216, 773), (True, False)),  # Ubuntu: top bar + left dock
        (QRect(0, 0, 1280, 800), (False, False)),  # no panel: bottom-right
    ],
)
def test_without_the_icons_geometry_the_panels_edge_decides(
    available: QRect, corner: tuple[bool, bool]
) -> None:
    assert tray_corner(None, QRect(0, 0, 1280, 800), available) == corner


def test_the_icons_geometry_wins_over_the_panels_edge() -> None:
    screen, top_panel = QRect(0, 0, 1280, 800), QRect(0, 30, 1280, 770)
    assert tray_corner(QRect(4, 780, 16, 16), screen, top_panel) == (False, True)


class AskedNoFocus:
    """Plays platform/sway.FloatNoFocus: records what the prompt asked."""

    def __init__(self) -> None:
        self.asked: list[tuple[str, str]] = []

    def ask(self, app_id: str, title: str) -> bool:
        self.asked.append((app_id, title))
        return True


def test_on_wayland_sway_is_asked_not_to_focus_the_prompt_before_it_shows(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked = AskedNoFocus()
    window = PromptWindow(no_focus=asked)  # type: ignore[arg-type]
    qtbot.addWidget(window)
    window.show_prompt(25 * 60, 5, True, 3)
    assert asked.asked == []  # not Wayland (offscreen here): nothing to ask
    window.withdraw()
    monkeypatch.setattr(QGuiApplication, "platformName", staticmethod(lambda: "wayland"))
    window.show_prompt(25 * 60, 5, True, 3)
    assert asked.asked == [(QGuiApplication.desktopFileName(), window.windowTitle())]
    window.show_prompt(26 * 60, 5, True, 3)  # updated in place: not shown anew
    assert len(asked.asked) == 1
