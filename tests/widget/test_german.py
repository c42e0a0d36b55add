"""With German loaded, the windows people see most speak German (the real .qm files)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from deadbutt_tray.core.content.exercise_locale import load_localized
from deadbutt_tray.core.content.resources import resources_root
from deadbutt_tray.core.rules.summary import IsoWeek, week_loader
from deadbutt_tray.core.storage.history import HistoryStore
from deadbutt_tray.ui.actions import AppActions
from deadbutt_tray.ui.break_dialog import BreakDialog
from deadbutt_tray.ui.language import Translations
from deadbutt_tray.ui.prompt import PromptWindow
from deadbutt_tray.ui.summary_window import SummaryWindow
from deadbutt_tray.ui.text import decimal_text, long_date, percent_text, tr
from deadbutt_tray.ui.welcome import WelcomeDialog

BERLIN = ZoneInfo("Europe/Berlin")
NOW = datetime(2026, 11, 26, 16, 30, tzinfo=BERLIN)  # a Thursday


@pytest.fixture
def translations(qtbot: QtBot) -> Iterator[Translations]:
    app = QCoreApplication.instance()
    assert app is not None
    before = QLocale()
    languages = Translations(app)
    yield languages
    languages.use("en")
    QLocale.setDefault(before)


@pytest.fixture
def german(translations: Translations) -> Translations:
    assert translations.use("de") == "de"
    return translations


def test_the_app_and_qt_speak_german(german: Translations) -> None:
    assert tr("Time to wake up your glutes.") == "Zeit, deinen Po aufzuwecken."
    assert tr("%n day(s) in a row", "", 1) == "1 Tag in Folge"
    assert tr("%n day(s) in a row", "", 3) == "3 Tage in Folge"
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    assert box.buttons()[0].text() == "Abbrechen"  # Qt's own qtbase_de.qm
    assert QLocale().toString(2.5) == "2,5"
    assert long_date(NOW.date()) == "Donnerstag, 26. November"


def test_numbers_and_percentages_as_german_writes_them(german: Translations) -> None:
    assert percent_text(62) == "62\u00a0%"  # a space that never breaks the line
    assert decimal_text(12.34, 1) == "12,3"
    german.use("fr")
    assert percent_text(62) == "62\u202f%"  # French: a narrow one
    german.use("en")
    assert percent_text(62) == "62%"


def test_back_to_english(german: Translations) -> None:
    german.use("en")
    assert tr("Time to wake up your glutes.") == "Time to wake up your glutes."
    assert tr("%n day(s) in a row", "", 1) == "1 day in a row"


def test_welcome(german: Translations, qtbot: QtBot, tmp_path: Path) -> None:
    dialog = WelcomeDialog(30.0, tmp_path)
    qtbot.addWidget(dialog)
    assert dialog.title.text() == "Willkommen bei deadbutt-tray"
    assert dialog.limit.text().startswith("Du bekommst eine Erinnerung nach 30 min Sitzen")
    assert dialog.ok_button.text() == "Los geht’s"
    assert dialog.safety.label.text().count("Physiotherap") >= 1


def test_prompt(german: Translations, qtbot: QtBot) -> None:
    prompt = PromptWindow()
    qtbot.addWidget(prompt)
    prompt.show_prompt(sat_for_s=31 * 60, snooze_min=5.0, can_snooze=True, snoozes_left=3)
    try:
        assert prompt.headline.text() == "Du sitzt seit 31 min."
        assert prompt.message.text() == "Zeit, deinen Po aufzuwecken."
        assert prompt.start_button.text() == "Geführte Pause &starten"
        assert prompt.snooze_button.text() == "5 min auf&schieben"
    finally:
        prompt.withdraw()


def test_guided_break_with_german_exercises(german: Translations, qtbot: QtBot) -> None:
    library, problems = load_localized(resources_root(), None, "de")
    assert problems == []
    routine = library.routines["desk-micro-1a"]
    exercises = library.routine_exercises(routine.id)
    dialog = BreakDialog(
        routine.name, exercises, routine_id=routine.id, clock=lambda: 1000.0, now=lambda: NOW
    )
    qtbot.addWidget(dialog)
    assert dialog.title.text() == "Den Po aufwecken"
    assert dialog.name.text() == "Gesäß anspannen im Stehen"
    assert dialog.summary.text().startswith("Aufrecht stehen")
    assert dialog.banner.text() == "Bereit machen"
    assert dialog.windowTitle() == "Geführte Pause · Den Po aufwecken"


def test_summary(german: Translations, qtbot: QtBot, tmp_path: Path) -> None:
    loader = week_loader(HistoryStore(tmp_path), BERLIN, 1800.0, now=lambda: NOW)
    window = SummaryWindow(loader, lambda: NOW.date(), week=IsoWeek(2026, 48))
    qtbot.addWidget(window)
    assert window.windowTitle() == "Wochenübersicht"
    assert window.title.text() == "Woche 48 · 23. Nov. – 29. Nov. 2026"


def test_the_tray_menu_retranslates(translations: Translations, qtbot: QtBot) -> None:
    actions = AppActions()
    assert actions.summary.text() == "&Weekly summary…"
    translations.use("de")
    actions.retranslate()
    assert actions.summary.text() == "&Wochenübersicht …"
    assert actions.quit.text() == "&Beenden"


def test_the_level_suggestion_in_german(german: Translations) -> None:
    from deadbutt_tray.core.model.exercises import Level
    from deadbutt_tray.core.rules.program import Suggestion
    from deadbutt_tray.ui.text import level_suggestion_text

    suggestion = Suggestion(Level.WAKE_UP, Level.WITH_CORE, "", 12, 6, 8.0, 21.4)
    assert level_suggestion_text(suggestion) == (
        "12 geschaffte Pausen an 6 verschiedenen Tagen auf Stufe 1, und dein Gleichgewicht "
        "hat sich auf dem schwächeren Bein von 8 s auf 21 s verbessert."
    )


def test_english_on_a_c_locale_keeps_its_formats(translations: Translations) -> None:
    """Tests and servers run under LANG=C: English must not switch them to US formats."""
    translations.use("en")
    assert QLocale().name() == QLocale.system().name()
