"""'This hurts': safety advice first, then where and how much; keyboard friendly."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from deadbutt_tray.core.model.records import PainArea
from deadbutt_tray.ui.pain_dialog import DEFAULT_RATING, PainDialog, area_names
from deadbutt_tray.ui.safety import SafetyNote
from tests.widget.test_break_dialog import activate

pytestmark = pytest.mark.qt_log_ignore(
    r"This plugin does not support (propagateSizeHints|raise)\(\)"
)


@pytest.fixture
def dialog(qtbot: QtBot) -> PainDialog:
    dialog = PainDialog("Clamshell <floor>")
    qtbot.addWidget(dialog)
    return dialog


def test_shows_the_safety_advice_and_what_happens_next(dialog: PainDialog) -> None:
    assert dialog.windowTitle() == "This hurts"
    assert isinstance(dialog.safety, SafetyNote)
    assert "physical therapist" in dialog.safety.label.text()
    # the name is escaped, and the user is told how to get the exercise back
    assert "<b>Clamshell &lt;floor&gt;</b> will be left out" in dialog.left_out.text()
    assert "Settings" in dialog.left_out.text()


def test_every_pain_area_is_offered() -> None:
    assert set(area_names()) == set(PainArea)


def test_ok_waits_for_an_area_then_reports_area_and_rating(
    qtbot: QtBot, dialog: PainDialog
) -> None:
    activate(qtbot, dialog)
    assert not dialog.ok_button.isEnabled() and dialog.hint.isVisible()
    assert dialog.rating.value() == DEFAULT_RATING
    dialog.area_buttons[PainArea.ANKLE_FOOT].setChecked(True)
    assert dialog.ok_button.isEnabled() and not dialog.hint.isVisible()
    qtbot.keyClick(dialog, Qt.Key.Key_8)  # a digit sets the rating from anywhere
    assert dialog.rating.value() == 8
    with (
        qtbot.waitSignal(dialog.reported) as reported,
        qtbot.waitSignal(dialog.finished) as finished,
    ):
        qtbot.keyClick(dialog, Qt.Key.Key_Return)
    assert reported.args == [PainArea.ANKLE_FOOT, 8]
    assert finished.args == [QDialog.DialogCode.Accepted]


def test_the_keyboard_reaches_every_answer(qtbot: QtBot, dialog: PainDialog) -> None:
    activate(qtbot, dialog)
    first = dialog.area_buttons[PainArea.HIP]
    assert first.hasFocus()
    qtbot.keyClick(first, Qt.Key.Key_Space)  # tick the focused area
    assert dialog.area is PainArea.HIP
    qtbot.keyClick(first, Qt.Key.Key_Right)  # arrows move between areas
    assert dialog.area is PainArea.KNEE
    dialog.rating.setFocus()
    qtbot.keyClick(dialog.rating, Qt.Key.Key_End)
    assert dialog.rating.value() == 10
    assert dialog.rating_value.text() == "10"
    assert dialog.rating.accessibleName() == "Pain rating from 0 to 10"


def test_cancel_reports_nothing(qtbot: QtBot, dialog: PainDialog) -> None:
    activate(qtbot, dialog)
    dialog.area_buttons[PainArea.KNEE].setChecked(True)
    reports = []
    dialog.reported.connect(lambda *args: reports.append(args))
    with qtbot.waitSignal(dialog.finished) as finished:
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert finished.args == [QDialog.DialogCode.Rejected]
    assert reports == []


def test_enter_without_an_area_does_nothing(qtbot: QtBot, dialog: PainDialog) -> None:
    activate(qtbot, dialog)
    reports = []
    dialog.reported.connect(lambda *args: reports.append(args))
    qtbot.keyClick(dialog, Qt.Key.Key_Return)
    assert dialog.isVisible() and reports == []
