"""About: version, evidence, where data lives, the safety note; opens the data folder."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QRect, Qt, QUrl
from PySide6.QtWidgets import QApplication, QDialog
from pytestqt.qtbot import QtBot

from deadbutt_tray import __version__
from deadbutt_tray.core.storage.paths import AppPaths
from deadbutt_tray.ui import widgets
from deadbutt_tray.ui.about import AboutDialog, data_folder
from deadbutt_tray.ui.safety import SafetyNote
from tests.widget.conftest import save_shot


class Opener:
    """Stands in for QDesktopServices.openUrl: records what it was asked to open."""

    def __init__(self, result: bool = True) -> None:
        self.result = result
        self.urls: list[QUrl] = []

    def __call__(self, url: QUrl) -> bool:
        self.urls.append(url)
        return self.result


@pytest.fixture
def paths(tmp_path: Path) -> AppPaths:
    return AppPaths.under(tmp_path / "home")


def make(qtbot: QtBot, paths: AppPaths, opener: Opener) -> AboutDialog:
    dialog = AboutDialog(paths, open_url=opener)
    qtbot.addWidget(dialog)
    return dialog


def test_shows_version_evidence_paths_and_safety(qtbot: QtBot, paths: AppPaths) -> None:
    dialog = make(qtbot, paths, Opener())
    assert dialog.version.text() == f"Version {__version__}"
    assert dialog.description.text()
    evidence = dialog.evidence.text()
    assert "Dunstan" in evidence and "2012" in evidence
    assert "Buckley" in evidence and "2015" in evidence
    assert "≈" in evidence  # figures are quoted as approximate
    exercises = dialog.exercise_evidence.text()
    # Each study only for what it measured (issue 10).
    assert "Distefano et al. 2009 side-lying hip abduction" in exercises
    assert "one-leg bridge (moderate: a stabilisation exercise)" in exercises
    assert "Macadam et al. 2015 reviewed hip-abduction and rotation exercises only" in exercises
    assert "clinical reasoning" in exercises
    shown = [label.accessibleDescription() for label in dialog.path_labels]
    assert shown == [str(paths.history_dir.parent), str(paths.config_file), str(paths.logs_dir)]
    assert isinstance(dialog.safety, SafetyNote)
    assert "physical therapist" in dialog.safety.label.text()


def test_open_data_folder_uses_the_injected_opener(qtbot: QtBot, paths: AppPaths) -> None:
    data_folder(paths).mkdir(parents=True)
    opener = Opener()
    dialog = make(qtbot, paths, opener)
    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.mouseClick(dialog.open_button, Qt.MouseButton.LeftButton)
    assert [url.toLocalFile() for url in opener.urls] == [str(data_folder(paths))]
    assert dialog.message.isHidden()
    assert dialog.isVisible()  # opening the folder doesn't close About


def test_a_missing_folder_is_explained_not_opened(qtbot: QtBot, paths: AppPaths) -> None:
    opener = Opener()
    dialog = make(qtbot, paths, opener)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.open_button.click()
    assert opener.urls == []
    assert dialog.message.isVisible() and "doesn't exist yet" in dialog.message.text()


def test_a_failed_open_says_where_the_folder_is(qtbot: QtBot, paths: AppPaths) -> None:
    data_folder(paths).mkdir(parents=True)
    dialog = make(qtbot, paths, Opener(result=False))
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.open_button.click()
    assert dialog.message.isVisible()
    assert str(data_folder(paths)) in dialog.message.text()


@pytest.mark.parametrize("key", [Qt.Key.Key_Escape, Qt.Key.Key_Return])
def test_esc_and_enter_close(qtbot: QtBot, paths: AppPaths, key: Qt.Key) -> None:
    opener = Opener()
    dialog = make(qtbot, paths, opener)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.close_button.isDefault()
    with qtbot.waitSignal(dialog.finished, timeout=1000) as blocker:
        qtbot.keyClick(dialog, key)
    assert blocker.args == [QDialog.DialogCode.Rejected]
    assert opener.urls == []  # Enter means Close, not "open the folder"


def test_keyboard_reaches_the_folder_button(qtbot: QtBot, paths: AppPaths) -> None:
    data_folder(paths).mkdir(parents=True)
    opener = Opener()
    dialog = make(qtbot, paths, opener)
    dialog.show()
    dialog.activateWindow()
    # Mnemonics are window shortcuts: they work only once Qt counts the window as active.
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog, timeout=2000)
    qtbot.keyClick(dialog, Qt.Key.Key_O, Qt.KeyboardModifier.AltModifier)  # &Open data folder
    # A mnemonic "animates" the click: it lands a moment later.
    qtbot.waitUntil(lambda: len(opener.urls) == 1, timeout=2000)


def test_accessible_names(qtbot: QtBot, paths: AppPaths) -> None:
    dialog = make(qtbot, paths, Opener())
    assert dialog.accessibleName() == "About deadbutt-tray"
    assert dialog.open_button.accessibleName() == "Open data folder"
    assert dialog.close_button.accessibleName() == "Close"
    assert [label.accessibleName() for label in dialog.path_labels] == [
        "Data",
        "Settings",
        "Logs",
    ]


def screen_of(monkeypatch: pytest.MonkeyPatch, height: int) -> None:
    """Pretend the available screen (less a title bar) is 1280 x ``height``."""
    monkeypatch.setattr(widgets, "available_area", lambda _widget: QRect(0, 0, 1280, height))


def test_everything_shows_without_scrolling_where_it_fits(
    qtbot: QtBot, paths: AppPaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A 1200-px screen: the offscreen test screen (800 px) is too short for the whole text
    # since the exercise evidence and the longer safety note joined it (it scrolls there).
    screen_of(monkeypatch, 1200)
    dialog = make(qtbot, paths, Opener())
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.height() <= 1020  # fitted to the text, not to the screen
    assert dialog.scroll_area.verticalScrollBar().maximum() == 0  # nothing to scroll
    body = dialog.scroll_area.widget()
    assert dialog.scroll_area.height() >= body.layout().totalHeightForWidth(body.width())


def test_scrolls_on_a_short_screen(
    qtbot: QtBot, paths: AppPaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    screen_of(monkeypatch, 400)
    dialog = make(qtbot, paths, Opener())
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.height() <= 400
    assert dialog.scroll_area.verticalScrollBar().maximum() > 0  # the rest is a scroll away
    save_shot(dialog, "about-short-screen")


def test_screenshot(qtbot: QtBot, theme: str) -> None:
    paths = AppPaths.under(Path.home() / ".local/share/deadbutt-tray")
    dialog = AboutDialog(paths, open_url=Opener())
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    save_shot(dialog, f"about-{theme}")
