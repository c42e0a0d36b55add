"""Right to left (a Hebrew or Arabic desktop): the layout mirrors, and so do the arrows.

The "◀ Back / Next ▶" buttons of the guided break and the week buttons of the summary
point the way the layout runs, and the arrow keys follow their buttons: → goes back and
← goes on. ``DEADBUTT_TRAY_SHOTS=/tmp/shots`` saves the windows to look at.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QLocale, QPoint, QRect, QRectF, Qt, QTime
from PySide6.QtGui import QColor, QFont, QImage, QPainter
from PySide6.QtWidgets import QApplication, QLabel, QScrollArea, QTimeEdit, QWidget
from pytestqt.qtbot import QtBot

from deadbutt_tray.core.content.exercise_library import load_library
from deadbutt_tray.core.content.resources import resources_root
from deadbutt_tray.core.model.records import BreakRecord, EndedBy, Outcome, SittingSpan
from deadbutt_tray.core.rules.break_plan import StepKind
from deadbutt_tray.core.rules.summary import IsoWeek, LocalWeek, week_loader
from deadbutt_tray.core.storage.history import HistoryStore
from deadbutt_tray.ui import bar_chart
from deadbutt_tray.ui.break_dialog import BreakDialog
from deadbutt_tray.ui.language import Translations
from deadbutt_tray.ui.settings_dialog import SettingsDialog
from deadbutt_tray.ui.summary_window import SummaryWindow
from deadbutt_tray.ui.text import (
    directional,
    first_day_of_week,
    isolated,
    long_date,
    set_first_day_of_week,
)
from tests.fakes import TEST_DEVICE, FakeAutostart
from tests.widget.conftest import save_shot
from tests.widget.test_break_dialog import activate
from tests.widget.test_settings_dialog import CUSTOM, NAMES

JERUSALEM = ZoneInfo("Asia/Jerusalem")
NOW = datetime(2026, 11, 26, 16, 30, tzinfo=JERUSALEM)


@pytest.fixture
def right_to_left(qapp: QApplication) -> Iterator[QLocale]:
    """A Hebrew locale, laid out right to left (the app itself still speaks English)."""
    before = QLocale()
    hebrew = QLocale("he_IL")
    assert hebrew.textDirection() == Qt.LayoutDirection.RightToLeft
    QLocale.setDefault(hebrew)
    qapp.setLayoutDirection(hebrew.textDirection())
    yield hebrew
    qapp.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    QLocale.setDefault(before)


def test_arrows_point_the_way_the_layout_runs(right_to_left: QLocale) -> None:
    assert directional("◀ Back") == "▶ Back"
    assert directional("Next ▶ (→)") == "Next ◀ (←)"
    QApplication.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    assert directional("◀ Back") == "◀ Back"


def test_the_guided_break_mirrors_its_arrows_and_keys(right_to_left: QLocale, qtbot: QtBot) -> None:
    library, problems = load_library(resources_root(), None)
    assert problems == []
    routine = library.routines["desk-micro-1a"]
    clock = [1000.0]
    dialog = BreakDialog(
        routine.name,
        library.routine_exercises(routine.id),
        routine_id=routine.id,
        clock=lambda: clock[0],
        now=lambda: NOW,
    )
    qtbot.addWidget(dialog)
    assert dialog.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert dialog.back_button.text() == "▶ Back"
    assert dialog.next_button.text() == "Next ◀"
    assert dialog.back_button.toolTip().endswith("(→)")
    assert dialog.next_button.toolTip().endswith("(←)")
    activate(qtbot, dialog)
    # Mirrored: Back sits right of Next, so its arrow and its key point right.
    assert dialog.back_button.x() > dialog.next_button.x()
    assert dialog.session.step.kind is StepKind.REST  # get ready
    qtbot.keyClick(dialog, Qt.Key.Key_Left)  # ← is "next" right to left
    assert dialog.session.step.kind is not StepKind.REST
    qtbot.keyClick(dialog, Qt.Key.Key_Right)  # → is "back"
    assert dialog.session.step.kind is StepKind.REST
    save_shot(dialog, "rtl-break")


def test_the_summary_mirrors_its_week_buttons_and_keys(
    right_to_left: QLocale, qtbot: QtBot, tmp_path: Path
) -> None:
    loader = week_loader(HistoryStore(tmp_path), JERUSALEM, 1800.0, now=lambda: NOW)
    window = SummaryWindow(loader, lambda: NOW.date(), week=IsoWeek(2026, 47))
    qtbot.addWidget(window)
    assert window.previous_button.text() == "▶ &Previous week"
    assert window.next_button.text() == "&Next week ◀"
    assert window.previous_button.toolTip() == "Previous week (→ or Page Up)"
    activate(qtbot, window)
    assert window.previous_button.x() > window.next_button.x()
    # he_IL weeks run Sunday to Saturday: 2026-W47 opens on Sun 15 Nov.
    assert window.week == LocalWeek(date(2026, 11, 15))
    qtbot.keyClick(window, Qt.Key.Key_Left)  # on to the next week
    assert window.week == LocalWeek(date(2026, 11, 22))
    qtbot.keyClick(window, Qt.Key.Key_Right)
    qtbot.keyClick(window, Qt.Key.Key_Right)
    assert window.week == LocalWeek(date(2026, 11, 8))
    save_shot(window, "rtl-summary")


def settings_dialog(qtbot: QtBot) -> SettingsDialog:
    """Settings with the test's custom values, closed with the test."""
    dialog = SettingsDialog(
        CUSTOM,
        idle_in_use="",
        idle_notes=[],
        autostart=FakeAutostart(),
        platform="linux",
        exercise_names=NAMES,
    )
    qtbot.addWidget(dialog)
    return dialog


def test_times_of_day_read_left_to_right(right_to_left: QLocale, qtbot: QtBot) -> None:
    # Right to left, QTimeEdit reverses its sections: the program time 7:15 read "15:7".
    dialog = settings_dialog(qtbot)
    assert dialog.layoutDirection() == Qt.LayoutDirection.RightToLeft
    times = {
        "work_start": CUSTOM.work_start,
        "work_end": CUSTOM.work_end,
        "program_time": CUSTOM.program_time,
    }
    for key, value in times.items():
        edit = dialog.fields[key]
        assert isinstance(edit, QTimeEdit)
        expected = right_to_left.toString(QTime(value.hour, value.minute), edit.displayFormat())
        assert edit.text() == expected, key
    program = dialog.fields["program_time"]
    dialog.show()
    program.parentWidget().setMinimumWidth(420)
    save_shot(program.parentWidget(), "rtl-settings-program-time")


def test_an_english_ui_on_a_hebrew_desktop_writes_its_dates_in_english(
    qapp: QApplication, qtbot: QtBot, tmp_path: Path
) -> None:
    # The window's words are English (there is no Hebrew translation): its month names
    # must be too, with the country's customs kept (weeks from Sunday in Israel).
    before = QLocale()
    languages = Translations(qapp, system=QLocale("he_IL"))
    try:
        assert languages.use("system") == "en"
        assert QLocale().language() == QLocale.Language.English
        loader = week_loader(HistoryStore(tmp_path), JERUSALEM, 1800.0, now=lambda: NOW)
        window = SummaryWindow(loader, lambda: NOW.date(), week=IsoWeek(2026, 47))
        qtbot.addWidget(window)
        assert window.title.text() == "Week 47 · 15 Nov – 21 Nov 2026"
        assert long_date(NOW.date()) == "Thursday 26 November"
    finally:
        QLocale.setDefault(before)


def drawn_alike(text: str, font: QFont) -> bool:
    """Does ``text`` drawn in a right-to-left layout look as it does left to right?"""
    images = []
    for direction in (Qt.LayoutDirection.LeftToRight, Qt.LayoutDirection.RightToLeft):
        image = QImage(600, 60, QImage.Format.Format_ARGB32)
        image.fill(QColor("white"))
        painter = QPainter(image)
        painter.setLayoutDirection(direction)
        painter.setFont(font)
        painter.setPen(QColor("black"))
        painter.drawText(QRectF(0, 0, 600, 60), int(Qt.AlignmentFlag.AlignCenter), text)
        painter.end()
        images.append(image)
    return images[0] == images[1]


def test_chart_labels_keep_their_own_direction(
    right_to_left: QLocale,
    qapp: QApplication,
    qtbot: QtBot,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # Right to left, the neutral characters at a label's ends followed the layout: the
    # stretch lengths read "15–0" and "+ 60", German days ".So. 29" (for "So. 29.").
    drawn: list[str] = []

    class Recording(QPainter):
        def drawText(self, *args: object) -> None:  # type: ignore[override]
            drawn.append(next(arg for arg in args if isinstance(arg, str)))
            super().drawText(*args)  # type: ignore[call-overload]

    monkeypatch.setattr(bar_chart, "QPainter", Recording)
    store = HistoryStore(tmp_path, device=TEST_DEVICE)
    monday = datetime(2026, 11, 23, 9, tzinfo=JERUSALEM)
    store.append_many(
        [
            SittingSpan(monday, monday + timedelta(minutes=70), EndedBy.AWAY),
            BreakRecord(monday + timedelta(minutes=70), Outcome.COMPLETED, 600),
        ]
    )
    languages = Translations(qapp, system=QLocale("de_DE"))
    try:
        assert languages.use("de") == "de"
        qapp.setLayoutDirection(Qt.LayoutDirection.RightToLeft)  # German words, mirrored
        loader = week_loader(store, JERUSALEM, 1800.0, now=lambda: NOW)
        window = SummaryWindow(loader, lambda: NOW.date())
        qtbot.addWidget(window)
        window.resize(1000, 700)
        save_shot(window, "rtl-summary-charts")
        assert window.summary is not None and window.summary.has_data
        for chart in window.charts:
            drawn.clear()
            chart.grab()
            labels = set(chart.drawn_labels()) | {chart._tick_text(t) for t in chart.ticks()}
            assert labels <= {text.strip("\u2068\u2069") for text in drawn}, chart.accessibleName()
            for text in drawn:
                assert drawn_alike(text, chart.font()), text
        assert "So. 29." in window.sitting_chart.drawn_labels()
        assert "0–15" in window.bouts_chart.drawn_labels()
        assert isolated("0–15") in drawn
    finally:
        languages.use("en")


@pytest.fixture(params=[Qt.LayoutDirection.LeftToRight, Qt.LayoutDirection.RightToLeft])
def direction(
    request: pytest.FixtureRequest, right_to_left: QLocale, qapp: QApplication
) -> Qt.LayoutDirection:
    """Each layout direction in turn, with the Hebrew locale of ``right_to_left``."""
    qapp.setLayoutDirection(request.param)
    return request.param


def test_the_key_hint_points_like_the_week_buttons(
    direction: Qt.LayoutDirection, qtbot: QtBot, tmp_path: Path
) -> None:
    # The hint's first arrow is the previous week's ("← → previous / next week"): it must
    # point at the previous week's button, and be the key that goes there.
    loader = week_loader(HistoryStore(tmp_path), JERUSALEM, 1800.0, now=lambda: NOW)
    window = SummaryWindow(loader, lambda: NOW.date(), week=IsoWeek(2026, 47))
    qtbot.addWidget(window)
    activate(qtbot, window)
    hint = window.findChild(QLabel, "summaryKeys")
    assert isinstance(hint, QLabel)
    back, on = hint.text().split()[:2]
    assert {back, on} == {"←", "→"}
    previous_on_the_right = window.previous_button.x() > window.next_button.x()
    assert previous_on_the_right == (direction == Qt.LayoutDirection.RightToLeft)
    assert (back == "→") == previous_on_the_right
    # The week buttons' own arrows point the same way.
    assert ("▶" in window.previous_button.text()) == previous_on_the_right
    assert window.previous_button.toolTip() == f"Previous week ({back} or Page Up)"
    assert window.next_button.toolTip() == f"Next week ({on} or Page Down)"
    week = window.week
    qtbot.keyClick(window, Qt.Key.Key_Right if back == "→" else Qt.Key.Key_Left)
    assert window.week == week.shifted(-1)
    qtbot.keyClick(window, Qt.Key.Key_Right if on == "→" else Qt.Key.Key_Left)
    assert window.week == week
    save_shot(window, f"rtl-summary-hint-{direction.name}")


def inside_viewport(area: QScrollArea, widget: QWidget) -> bool:
    """Is all of ``widget`` (or as much as the viewport can hold) in the visible part?"""
    viewport = area.viewport()
    top_left = widget.mapTo(viewport, QPoint(0, 0))
    shown = QRect(top_left, widget.size()).intersected(viewport.rect())
    return shown.height() >= min(widget.height(), viewport.height()) - 1


def test_keyboard_focus_scrolls_into_view(
    direction: Qt.LayoutDirection, qtbot: QtBot, tmp_path: Path
) -> None:
    # On a short screen (1024x600, large fonts) the charts scroll: the one the keyboard
    # moves to must come into view, and ↑/↓ bring the day's details with them.
    store = HistoryStore(tmp_path, device=TEST_DEVICE)
    monday = datetime(2026, 11, 23, 9, tzinfo=JERUSALEM)
    store.append_many([SittingSpan(monday, monday + timedelta(minutes=70), EndedBy.AWAY)])
    loader = week_loader(store, JERUSALEM, 1800.0, now=lambda: NOW)
    window = SummaryWindow(loader, lambda: NOW.date())
    qtbot.addWidget(window)
    activate(qtbot, window)
    window.resize(900, 330)
    QApplication.sendPostedEvents()
    QApplication.processEvents()
    area = window.scroll_area
    assert area.verticalScrollBar().maximum() > 0  # it does scroll
    assert not inside_viewport(area, window.details)
    bar = area.verticalScrollBar()
    charts = set(window.charts)

    def tab(key: Qt.Key, modifier: Qt.KeyboardModifier) -> QWidget:
        window.previous_button.setFocus()
        for _ in range(12):
            qtbot.keyClick(QApplication.focusWidget(), key, modifier)
            if QApplication.focusWidget() in charts:
                break
        QApplication.processEvents()
        return QApplication.focusWidget()

    # From the buttons above into the charts: Tab with the charts scrolled to the bottom,
    # Shift+Tab (round to the last chart) with them at the top.
    bar.setValue(bar.maximum())
    assert not inside_viewport(area, window.sitting_chart)
    assert tab(Qt.Key.Key_Tab, Qt.KeyboardModifier.NoModifier) is window.sitting_chart
    assert inside_viewport(area, window.sitting_chart)
    bar.setValue(0)
    assert not inside_viewport(area, window.bouts_chart)
    assert tab(Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier) is window.bouts_chart
    assert inside_viewport(area, window.bouts_chart)
    save_shot(window, f"summary-focus-bouts-{direction.name}")
    # Focus given another way (a click on a chart's edge, a screen reader) too.
    window.sitting_chart.setFocus()
    QApplication.processEvents()
    assert inside_viewport(area, window.sitting_chart)
    # ↑/↓ (the window's keys, the focus on a button): the day's details come into view.
    window.previous_button.setFocus()
    qtbot.keyClick(window.previous_button, Qt.Key.Key_Up)
    assert inside_viewport(area, window.details)


class EnglishInEgypt(QLocale):
    """The system locale of LANG=en_EG: Qt has no en_EG, so it is en_US, but its first UI
    language still names Egypt (as QLocale.system() answers there)."""

    def __init__(self) -> None:
        super().__init__("en_EG")

    def uiLanguages(self, *_args: object) -> list[str]:  # type: ignore[override]
        return ["en-Latn-EG", "en-EG", "en-Latn-US", "en-US", "en-Latn", "en"]


@pytest.mark.parametrize(
    ("system", "dates", "first_day", "week_opens"),
    [
        # Qt has English in Israel: its locale says both.
        ("he_IL", "en_IL", Qt.DayOfWeek.Sunday, date(2026, 11, 22)),
        # No English in Egypt (Qt falls back to en_US, weeks from Sunday): the dates in
        # English, the week from Egypt's Saturday.
        ("ar_EG", "en_US", Qt.DayOfWeek.Saturday, date(2026, 11, 21)),
        ("LANG=en_EG", "en_US", Qt.DayOfWeek.Saturday, date(2026, 11, 21)),
        ("ar_SA", "en_US", Qt.DayOfWeek.Sunday, date(2026, 11, 22)),
        ("fa_IR", "en_US", Qt.DayOfWeek.Saturday, date(2026, 11, 21)),
        ("en_US", "en_US", Qt.DayOfWeek.Sunday, date(2026, 11, 22)),
        ("de_DE", "en_DE", Qt.DayOfWeek.Monday, date(2026, 11, 23)),
    ],
)
def test_english_on_a_desktop_of_a_country_qt_has_no_english_for_keeps_its_week(
    qapp: QApplication,
    qtbot: QtBot,
    tmp_path: Path,
    system: str,
    dates: str,
    first_day: Qt.DayOfWeek,
    week_opens: date,
) -> None:
    before = QLocale()
    locale = EnglishInEgypt() if system == "LANG=en_EG" else QLocale(system)
    languages = Translations(qapp, system=locale)
    try:
        assert languages.use("en") == "en"
        assert QLocale().name() == dates
        assert first_day_of_week() == first_day.value
        loader = week_loader(HistoryStore(tmp_path), JERUSALEM, 1800.0, now=lambda: NOW)
        window = SummaryWindow(loader, lambda: NOW.date())
        qtbot.addWidget(window)
        assert window.week.days()[0] == week_opens  # the week holding Thursday 26 Nov
        first, last = week_opens, week_opens + timedelta(days=6)
        assert window.title.text().endswith(f"{first.day} Nov – {last.day} Nov 2026")
        assert long_date(NOW.date()) == "Thursday 26 November"  # still English
    finally:
        set_first_day_of_week(None)
        QLocale.setDefault(before)


def accent_side(widget: QWidget, accent: QColor) -> str:
    """Which edge of ``widget`` carries its accent bar: "left" or "right"."""
    image = widget.grab().toImage()
    middle = image.height() // 2

    def distance(x: int) -> int:
        seen = image.pixelColor(x, middle)
        return sum(abs(a - b) for a, b in zip(seen.getRgb()[:3], accent.getRgb()[:3], strict=True))

    left, right = distance(1), distance(image.width() - 2)
    assert min(left, right) < 120, (left, right)  # the bar is on one of them
    return "left" if left < right else "right"


def test_accent_bars_sit_where_lines_start(direction: Qt.LayoutDirection, qtbot: QtBot) -> None:
    # Style sheets don't mirror: a note's accent bar stayed on the left right to left.
    from deadbutt_tray.ui.safety import SafetyNote
    from deadbutt_tray.ui.status_window import StatusWindow

    start = "right" if direction == Qt.LayoutDirection.RightToLeft else "left"
    red, amber = QColor(214, 69, 69), QColor(227, 160, 8)
    window = StatusWindow(show_break_action=True, show_summary_action=True)
    qtbot.addWidget(window)
    window.show_notice("deadbutt-tray", "Idle detection is unavailable.", None,
                       key="problem: idle", problem=True)  # fmt: skip
    window.show_notice("Break coming up", "A short glute break is due soon.", 60, key="nudge")
    window.set_warning("Can't save to the data folder.")
    window.show()
    qtbot.waitExposed(window)
    problem, routine = window.notices()
    assert accent_side(problem, red) == start
    assert accent_side(routine, amber) == start
    assert accent_side(window.warning, red) == start
    note = SafetyNote()
    qtbot.addWidget(note)
    note.resize(400, 200)
    assert accent_side(note, QColor(227, 160, 8)) == start
    dialog = settings_dialog(qtbot)
    assert accent_side(dialog.program_safety, amber) == start
    save_shot(window, f"rtl-status-notices-{direction.name}")
