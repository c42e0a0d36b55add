"""The UI's shared words (ui/text.py): plurals through Qt's numerus, durations, dates."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator
from pytestqt.qtbot import QtBot

from deadbutt_tray.ui import text
from deadbutt_tray.ui.text import (
    countdown_text,
    day_month,
    day_month_year,
    number_text,
    seconds_text,
    short_duration,
    sitting_text,
    time_of_day,
    total_text,
    tr,
)


@pytest.mark.parametrize(
    ("n", "expected"),
    [(0, "0 stretches"), (1, "1 stretch"), (2, "2 stretches"), (11, "11 stretches")],
)
def test_english_plurals_without_a_translation(qtbot: QtBot, n: int, expected: str) -> None:
    assert tr("%n stretch(es)", "", n) == expected


def test_plural_markers_only_after_a_word(qtbot: QtBot) -> None:
    assert tr("{0} (%n stretch(es))", "", 1).format("40 min") == "40 min (1 stretch)"
    assert tr("Daily target of %n break(s) missed ({0}).", "", 3).format(2) == (
        "Daily target of 3 breaks missed (2)."
    )
    assert tr("%n day(s) in a row", "", 1) == "1 day in a row"


class _Numerus(QTranslator):
    """A translation that has its own forms, as a .qm file would."""

    def translate(
        self, context: str, source: str, disambiguation: object = None, n: int = -1
    ) -> str:
        if context == text.CONTEXT and source == "%n stretch(es)":
            return f"{n} Sitzung" if n == 1 else f"{n} Sitzungen"
        return ""


def test_a_translation_gives_its_own_forms(qtbot: QtBot) -> None:
    translator = _Numerus()
    app = QCoreApplication.instance()
    assert app is not None
    app.installTranslator(translator)
    try:
        assert tr("%n stretch(es)", "", 1) == "1 Sitzung"
        assert tr("%n stretch(es)", "", 4) == "4 Sitzungen"
    finally:
        app.removeTranslator(translator)
    assert tr("%n stretch(es)", "", 4) == "4 stretches"


def test_durations(qtbot: QtBot) -> None:
    assert sitting_text(20) == "less than a minute"
    assert sitting_text(23 * 60) == "23 min"
    assert sitting_text(65 * 60) == "1 h 5 min"
    assert total_text(0) == "0 min" and total_text(20) == "less than a minute"
    assert short_duration(45) == "45 s" and short_duration(125) == "2 min 5 s"
    assert seconds_text(12.34) == "12.3 s" and seconds_text(43.2, decimals=0) == "43 s"
    assert number_text(5.0) == "5" and number_text(2.5) == "2.5"


def test_countdown_rounds_up_and_shows_minutes_past_one() -> None:
    assert countdown_text(4.01) == "5"
    assert countdown_text(5.0) == "5"
    assert countdown_text(0.0) == "0"
    assert countdown_text(90.0) == "1:30"


def test_dates(qtbot: QtBot) -> None:
    assert time_of_day(datetime(2026, 11, 25, 14, 5)) == "14:05"
    assert day_month(date(2026, 11, 5)) == "5 Nov"
    assert day_month_year(date(2026, 11, 25)) == "25 Nov 2026"


def test_local_dates(qtbot: QtBot) -> None:
    from PySide6.QtCore import QLocale

    from deadbutt_tray.ui.text import (
        local_day_month,
        local_day_month_year,
        long_date,
        weekday_and_day,
    )

    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    try:
        wednesday = date(2026, 11, 25)
        assert local_day_month(wednesday) == "25 Nov"
        assert local_day_month_year(wednesday) == "25 Nov 2026"
        assert long_date(wednesday) == "Wednesday 25 November"
        assert weekday_and_day(wednesday) == "Wed 25"
    finally:
        QLocale.setDefault(before)


def test_formats_follow_the_locale(qtbot: QtBot) -> None:
    """Decimal marks and clock times are the locale's (the words come from the .qm)."""
    from PySide6.QtCore import QLocale

    before = QLocale()
    try:
        QLocale.setDefault(QLocale(QLocale.Language.German, QLocale.Country.Germany))
        assert number_text(2.5) == "2,5" and seconds_text(12.34) == "12,3 s"
        assert time_of_day(datetime(2026, 11, 25, 14, 5)) == "14:05"
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
        assert time_of_day(datetime(2026, 11, 25, 14, 5)) == "2:05\u202fPM"
    finally:
        QLocale.setDefault(before)


@pytest.mark.parametrize("text", ["", "plain", "a < b > c & d", "&amp;", '<b>"x"</b>', "it's"])
def test_rich_escaped_shows_text_literally_as_html_escape_does(text: str) -> None:
    import html

    from deadbutt_tray.ui.text import rich_escaped

    assert rich_escaped(text) == html.escape(text).replace("&#x27;", "'")


def test_level_suggestion_words_its_figures(qtbot: QtBot) -> None:
    from deadbutt_tray.core.model.exercises import Level
    from deadbutt_tray.core.rules.program import Suggestion
    from deadbutt_tray.ui.text import level_suggestion_text

    improved = Suggestion(Level.WAKE_UP, Level.WITH_CORE, "", 12, 6, 8.0, 21.4)
    assert level_suggestion_text(improved) == (
        "12 completed breaks on 6 different days at level 1, and your balance improved "
        "from 8 s to 21 s on the weaker leg."
    )
    steady = Suggestion(Level.WITH_CORE, Level.TOGETHER, "", 1, 1, None, 30.0)
    assert level_suggestion_text(steady) == (
        "1 completed break on 1 different day at level 2, and you balance 30 s on each leg."
    )
