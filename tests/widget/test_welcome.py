"""The first-run welcome: says what, how long, where, and how to stay safe; Enter closes."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from deadbutt_tray.ui.safety import SafetyNote, safety_html, safety_points, safety_short
from deadbutt_tray.ui.welcome import WelcomeDialog
from tests.widget.conftest import save_shot


@pytest.fixture
def dialog(qtbot: QtBot, tmp_path: Path) -> WelcomeDialog:
    dialog = WelcomeDialog(30.0, tmp_path / "deadbutt <data>")
    qtbot.addWidget(dialog)
    return dialog


def test_says_what_how_long_where_and_safety(dialog: WelcomeDialog, tmp_path: Path) -> None:
    assert dialog.title.text() == "Welcome to deadbutt-tray"
    assert "glutes" in dialog.what.text()
    assert "30 min" in dialog.limit.text()
    # The path is escaped: a folder name with markup characters shows as it is.
    assert "deadbutt &lt;data&gt;" in dialog.data.text()
    assert dialog.data.accessibleDescription() == str(tmp_path / "deadbutt <data>")
    assert isinstance(dialog.safety, SafetyNote)
    assert "physical therapist" in dialog.safety.label.text()


def test_limit_reads_naturally_for_long_limits(qtbot: QtBot, tmp_path: Path) -> None:
    dialog = WelcomeDialog(90.0, tmp_path)
    qtbot.addWidget(dialog)
    assert "1 h 30 min" in dialog.limit.text()


def test_enter_says_lets_go(qtbot: QtBot, dialog: WelcomeDialog) -> None:
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.ok_button.isDefault() and dialog.ok_button.text() == "Let's go"
    with qtbot.waitSignal(dialog.finished, timeout=1000) as blocker:
        qtbot.keyClick(dialog, Qt.Key.Key_Return)
    assert blocker.args == [QDialog.DialogCode.Accepted]
    assert not dialog.isVisible()


def test_esc_closes_too(qtbot: QtBot, dialog: WelcomeDialog) -> None:
    dialog.show()
    qtbot.waitExposed(dialog)
    with qtbot.waitSignal(dialog.finished, timeout=1000) as blocker:
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert blocker.args == [QDialog.DialogCode.Rejected]


def test_accessible_names(dialog: WelcomeDialog) -> None:
    assert dialog.accessibleName()
    assert dialog.ok_button.accessibleName() == "Let's go"
    assert dialog.data.accessibleName() == "Where your data is kept"
    assert dialog.safety.accessibleName() == "Safety first"


def test_safety_text_covers_the_norms() -> None:
    text = " ".join(safety_points()).lower()
    for phrase in (
        "not medical advice",
        "mild stretch",
        "sharp pain",
        "pain that builds",
        "numbness",
        "tingling",
        "joint",
        "physical therapist",
        "injury",
        "surgery",
        "pregnant",
        "health condition",
        "desk",
        "dizzy",
        "chest pain",
        "short of breath",
        "next day",
        "swelling",
        "lying flat on your back",
        "pelvic girdle pain",
        "split stances",
        "not socks",
    ):
        assert phrase in text, phrase
    assert "physical therapist" in safety_short()
    assert "chest pain" in safety_short()
    html_text = safety_html()
    assert html_text.count("<li") == len(safety_points()) - 1
    assert "Safety first" in html_text and "Safety first" not in safety_html(title=False)


def test_screenshot(qtbot: QtBot, theme: str, tmp_path: Path) -> None:
    dialog = WelcomeDialog(30.0, Path.home() / ".local/share/deadbutt-tray")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    save_shot(dialog, f"welcome-{theme}")


def test_the_whole_safety_note_shows(qtbot: QtBot) -> None:
    dialog = WelcomeDialog(30.0, Path.home() / ".local/share/deadbutt-tray")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    note = dialog.safety
    # As tall as its wrapped text needs at the width it got: nothing cut off at the bottom.
    assert note.height() >= note.layout().totalHeightForWidth(note.width()) - 1
    assert dialog.ok_button.geometry().top() > note.geometry().bottom()
