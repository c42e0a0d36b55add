"""The weekly summary window: charts, figures, days, weeks, keys, themes and screenshots."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, timedelta
from pathlib import Path
from types import ModuleType
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from deadbutt_tray.core.model.records import BreakRecord, EndedBy, Outcome, SittingSpan
from deadbutt_tray.core.rules.summary import IsoWeek, LocalWeek, Week, WeekSummary, week_loader
from deadbutt_tray.core.storage.history import DeviceView, HistoryStore
from deadbutt_tray.ui.summary_window import SummaryWindow
from tests.by_path import ROOT, load_module
from tests.fakes import TEST_DEVICE
from tests.widget.conftest import save_shot

BERLIN = ZoneInfo("Europe/Berlin")
NOW = datetime(2026, 11, 26, 16, 30, tzinfo=BERLIN)  # Thursday of 2026-W48
THIS = LocalWeek(date(2026, 11, 23))  # 2026-W48: the test locale ("C") starts on Monday
LIMIT_S = 1800.0


def make_history() -> ModuleType:
    """benchmarks/make_history.py: the same realistic generator the benchmark uses."""
    return load_module(ROOT / "benchmarks" / "make_history.py", "make_history")


def activate(qtbot: QtBot, widget: QWidget) -> None:
    """Show and activate: window shortcuts only fire in the active window."""
    widget.show()
    qtbot.waitExposed(widget)
    widget.activateWindow()
    qtbot.waitUntil(widget.isActiveWindow, timeout=1000)


class Harness:
    def __init__(self, qtbot: QtBot, store: HistoryStore, now: datetime = NOW) -> None:
        self.store = store
        self.loads: list[Week] = []
        loader = week_loader(store, BERLIN, LIMIT_S, level=2, now=lambda: now)

        def load(week: Week) -> WeekSummary:
            self.loads.append(week)
            return loader(week)

        self.window = SummaryWindow(load, lambda: now.date())
        qtbot.addWidget(self.window)
        self.qtbot = qtbot

    def key(self, key: Qt.Key) -> None:
        self.qtbot.keyClick(self.window, key)

    def figure(self, name: str) -> str:
        return self.window.figures[name].text()


@pytest.fixture
def realistic(tmp_path: Path) -> HistoryStore:
    """Four weeks of generated history up to NOW (seeded: always the same)."""
    make_history().generate(tmp_path, 4 / 52, NOW, seed=7)
    return HistoryStore(tmp_path / "history", device=TEST_DEVICE)


def test_a_realistic_week(qtbot: QtBot, realistic: HistoryStore, theme: str) -> None:
    harness = Harness(qtbot, realistic)
    window = harness.window
    activate(qtbot, window)
    summary = window.summary
    assert summary is not None and summary.has_data and window.week == THIS
    assert window.pages.currentIndex() == 0  # the charts, not the empty message
    sitting = window.sitting_chart
    hours = sum(sitting.value("within", i) + sitting.value("beyond", i) for i in range(7))
    assert hours == pytest.approx(summary.this.sitting_s / 3600)
    assert [window.bouts_chart.value("this_week", i) for i in range(5)] == list(summary.this.bouts)
    assert window.selected_day == NOW.date()  # today is selected
    assert window.details.text().startswith("Thursday 26 November")
    assert "prompts (" in harness.figure("adherence")
    assert harness.figure("level") == "2"
    assert (
        "less" in window.comparison.text()
        or "more" in window.comparison.text()
        or ("about as much" in window.comparison.text().lower())
    )
    assert not window.next_button.isEnabled() and not window.this_week_button.isEnabled()
    save_shot(window, f"summary-week-{theme}")
    harness.key(Qt.Key.Key_Left)
    assert window.week == THIS.shifted(-1)
    save_shot(window, f"summary-last-week-{theme}")


def test_an_empty_week(qtbot: QtBot, tmp_path: Path, theme: str) -> None:
    harness = Harness(qtbot, HistoryStore(tmp_path, device=TEST_DEVICE))
    window = harness.window
    harness.window.show_week(IsoWeek(2026, 33))
    activate(qtbot, window)
    assert window.pages.currentWidget() is window.empty
    assert "Nothing recorded this week" in window.empty.text()
    assert window.comparison.text() == ""
    save_shot(window, f"summary-empty-{theme}")


def test_the_first_day_of_a_week_without_records_yet(qtbot: QtBot, tmp_path: Path) -> None:
    store = HistoryStore(tmp_path, device=TEST_DEVICE)
    friday = datetime(2026, 11, 20, 9, tzinfo=BERLIN)
    store.append_many(
        [
            SittingSpan(friday, friday + timedelta(hours=1), EndedBy.AWAY),
            BreakRecord(friday + timedelta(hours=1), Outcome.NATURAL, 3600),
        ]
    )
    monday_morning = datetime(2026, 11, 23, 8, 5, tzinfo=BERLIN)
    window = Harness(qtbot, store, now=monday_morning).window
    activate(qtbot, window)
    text = window.empty.text()
    assert "Nothing recorded yet this week" in text and "next break" in text
    assert "The week before: 1 h 0 min of sitting" in text


def test_keys_move_between_weeks_and_days(qtbot: QtBot, realistic: HistoryStore) -> None:
    harness = Harness(qtbot, realistic)
    window = harness.window
    activate(qtbot, window)
    harness.key(Qt.Key.Key_Right)  # no future weeks
    assert window.week == THIS
    harness.key(Qt.Key.Key_PageUp)
    harness.key(Qt.Key.Key_Left)
    assert window.week == THIS.shifted(-2)
    assert window.next_button.isEnabled() and window.this_week_button.isEnabled()
    harness.key(Qt.Key.Key_PageDown)
    assert window.week == THIS.shifted(-1)
    harness.key(Qt.Key.Key_Home)
    assert window.week == THIS
    harness.key(Qt.Key.Key_Up)
    assert window.selected_day == date(2026, 11, 25)
    assert window.details.text().startswith("Wednesday 25 November: sat ")
    for _ in range(6):
        harness.key(Qt.Key.Key_Down)
    assert window.selected_day == date(2026, 11, 29)
    assert window.details.text() == "Sunday 29 November: still to come."
    harness.key(Qt.Key.Key_Escape)
    assert not window.isVisible()


def test_it_can_open_on_another_week(qtbot: QtBot, realistic: HistoryStore) -> None:
    loader = week_loader(realistic, BERLIN, LIMIT_S, now=lambda: NOW)
    window = SummaryWindow(loader, lambda: NOW.date(), week=THIS.shifted(-2))
    qtbot.addWidget(window)
    assert window.week == THIS.shifted(-2) and window.summary is not None
    assert window.summary.week == THIS.shifted(-2)
    latest = [day.day for day in window.summary.days if day.has_data][-1]
    assert window.selected_day == latest  # a past week opens on its latest day with records


def test_buttons_have_mnemonics_and_names(qtbot: QtBot, realistic: HistoryStore) -> None:
    window = Harness(qtbot, realistic).window
    window.show_week(THIS.shifted(-3))
    assert "&" in window.previous_button.text() and "&" in window.next_button.text()
    window.previous_button.click()
    assert window.week == THIS.shifted(-4)
    window.this_week_button.click()
    assert window.week == THIS
    assert window.previous_button.accessibleName() == "Previous week"
    assert window.sitting_chart.accessibleName() == "Sitting per day"
    # The selected day's figures, in words: what a screen reader says for the chart.
    assert window.sitting_chart.accessibleDescription().startswith("Thursday 26 November: sat ")
    assert window.bouts_chart.accessibleName() == "Stretch lengths"
    assert window.figures["streak"].accessibleName() == "Streak"


def test_hovering_or_clicking_a_bar_shows_that_day(qtbot: QtBot, realistic: HistoryStore) -> None:
    window = Harness(qtbot, realistic).window
    activate(qtbot, window)
    chart = window.sitting_chart
    monday = chart.column_rect(0).center().toPoint()
    qtbot.mouseMove(chart, monday)
    qtbot.waitUntil(lambda: window.details.text().startswith("Monday 23 November"))
    qtbot.mouseMove(window.title)
    qtbot.waitUntil(lambda: window.details.text().startswith("Thursday 26 November"))
    tuesday = window.breaks_chart.column_rect(1).center().toPoint()
    qtbot.mouseClick(window.breaks_chart, Qt.MouseButton.LeftButton, pos=tuesday)
    assert window.selected_day == date(2026, 11, 24)
    assert chart.current == window.breaks_chart.current == 1


def test_arrow_keys_in_a_chart_move_between_days(qtbot: QtBot, realistic: HistoryStore) -> None:
    harness = Harness(qtbot, realistic)
    window = harness.window
    activate(qtbot, window)
    chart = window.breaks_chart
    chart.setFocus()
    qtbot.waitUntil(chart.hasFocus)
    qtbot.keyClick(chart, Qt.Key.Key_Left)  # a day back, not a week back
    assert window.week == THIS and window.selected_day == date(2026, 11, 25)
    assert chart.accessibleDescription().startswith("Wednesday 25 November: Breaks: ")
    assert window.details.text().startswith("Wednesday 25 November: sat ")
    assert window.sitting_chart.current == 2
    for _ in range(9):
        qtbot.keyClick(chart, Qt.Key.Key_Right)
    assert window.selected_day == date(2026, 11, 29)  # stops at the last day
    qtbot.keyClick(chart, Qt.Key.Key_PageUp)  # the window's keys still work
    assert window.week == THIS.shifted(-1)


def test_refresh_shows_new_records(qtbot: QtBot, tmp_path: Path) -> None:
    store = HistoryStore(tmp_path, device=TEST_DEVICE)
    start = datetime(2026, 11, 26, 9, tzinfo=BERLIN)
    store.append(SittingSpan(start, start + timedelta(minutes=40), EndedBy.BREAK))
    harness = Harness(qtbot, store)
    assert harness.figure("sitting") == "40 min"
    store.append(SittingSpan(start + timedelta(hours=1), start + timedelta(hours=2), EndedBy.AWAY))
    harness.window.refresh()
    assert harness.figure("sitting") == "1 h 40 min"
    assert harness.figure("longest") == "1 h 0 min"
    assert harness.window.selected_day == NOW.date()  # a refresh keeps the selected day


def test_a_week_that_cannot_be_read_leaves_the_window_usable(qtbot: QtBot) -> None:
    def load(week: Week) -> WeekSummary:
        raise OSError("disk on fire")

    today: Callable[[], date] = lambda: NOW.date()  # noqa: E731
    window = SummaryWindow(load, today)
    qtbot.addWidget(window)
    assert window.summary is None
    assert "could not be read" in window.empty.text()
    window.previous_week()
    assert window.week == THIS.shifted(-1)


def test_the_palette_follows_a_theme_change(qtbot: QtBot, realistic: HistoryStore) -> None:
    from tests.widget.conftest import dark_palette

    window = Harness(qtbot, realistic).window
    light = window.sitting_chart.grab().toImage().pixelColor(2, 2)
    window.setPalette(dark_palette())
    dark = window.sitting_chart.grab().toImage().pixelColor(2, 2)
    assert dark.lightness() < 80 < light.lightness()
    # The bars take the dark theme's lighter colours too.
    within = window.sitting_chart.bar_rect("within", 3).center().toPoint()
    assert window.sitting_chart.grab().toImage().pixelColor(within).name() == "#6f9bff"


def test_several_devices_offer_a_device_filter(qtbot: QtBot, tmp_path: Path) -> None:
    """A synced folder with two devices' files: all of them, or one device's records."""
    monday = datetime(2026, 11, 23, 9, tzinfo=BERLIN)
    for device, start, hours in ((TEST_DEVICE, 0, 1), ("home-pc-4d5e6f", 4, 2)):
        begin = monday + timedelta(hours=start)
        HistoryStore(tmp_path, device=device).append(
            SittingSpan(begin, begin + timedelta(hours=hours), EndedBy.AWAY)
        )
    store = HistoryStore(tmp_path, device=TEST_DEVICE)
    view = DeviceView(store)
    loader = week_loader(view, BERLIN, LIMIT_S, now=lambda: NOW)
    window = SummaryWindow(
        loader,
        lambda: NOW.date(),
        devices=store.devices(),
        choose_device=lambda device: setattr(view, "device", device),
    )
    qtbot.addWidget(window)
    activate(qtbot, window)
    box = window.device_box
    assert box is not None and box.count() == 3 and box.accessibleName() == "Device"
    assert window.summary is not None and window.summary.this.sitting_s == 3 * 3600
    box.setCurrentIndex(box.findData("home-pc-4d5e6f"))
    assert window.summary.this.sitting_s == 2 * 3600
    save_shot(window, "summary-device-filter")
    box.setCurrentIndex(0)
    assert window.summary.this.sitting_s == 3 * 3600


def test_one_device_shows_no_filter(qtbot: QtBot, tmp_path: Path) -> None:
    store = HistoryStore(tmp_path, device=TEST_DEVICE)
    store.append(SittingSpan(NOW - timedelta(hours=1), NOW, EndedBy.AWAY))
    window = SummaryWindow(
        week_loader(store, BERLIN, LIMIT_S, now=lambda: NOW),
        lambda: NOW.date(),
        devices=store.devices(),
        choose_device=lambda _device: None,
    )
    qtbot.addWidget(window)
    assert window.device_box is None


def test_home_and_pre_run_sessions_show_next_to_desk_breaks(
    qtbot: QtBot, realistic: HistoryStore, theme: str
) -> None:
    tuesday = datetime(2026, 11, 24, 19, 0, tzinfo=BERLIN)
    realistic.append_many(
        [
            BreakRecord(tuesday, Outcome.COMPLETED, 0, "home-2", 610, kind="home"),
            BreakRecord(
                tuesday + timedelta(hours=1), Outcome.COMPLETED, 0, "pre-run", 300, kind="pre-run"
            ),
            BreakRecord(
                tuesday - timedelta(hours=8),
                Outcome.STOPPED_FOR_PAIN,
                900,
                "desk-micro-2a",
                30,
                kind="desk-micro",
            ),
        ]
    )
    harness = Harness(qtbot, realistic)
    window = harness.window
    activate(qtbot, window)
    assert harness.figure("sessions") == "1 home routine · 1 before a run"
    assert "1 stopped: it hurt" in harness.figure("others")
    assert window.breaks_chart.value("home", 1) == 1
    assert window.breaks_chart.value("pre_run", 1) == 1
    assert window.breaks_chart.value("stopped_for_pain", 1) == 1
    window.select_day(1)
    details = window.details.text()
    assert "Sessions: 1 home routine · 1 before a run." in details
    assert "1 stopped because it hurt." in details
    save_shot(window, f"summary-sessions-{theme}")


def test_no_streak_reads_none_yet_not_0_days(qtbot: QtBot, tmp_path: Path) -> None:
    store = HistoryStore(tmp_path, device=TEST_DEVICE)
    monday = datetime(2026, 11, 23, 9, tzinfo=BERLIN)
    store.append_many([SittingSpan(monday, monday + timedelta(minutes=20), EndedBy.AWAY)])
    harness = Harness(qtbot, store)
    assert harness.figure("streak") == "none yet"
    assert harness.figure("average") == "20 min (1 stretch)"


def test_the_balance_figure_names_a_pelvic_drop(qtbot: QtBot, tmp_path: Path) -> None:
    from deadbutt_tray.core.model.records import BalanceSign, BalanceTestRecord, Eyes

    store = HistoryStore(tmp_path, device=TEST_DEVICE)
    tuesday = datetime(2026, 11, 24, 9, tzinfo=BERLIN)
    store.append_many(
        [
            SittingSpan(tuesday, tuesday + timedelta(minutes=20), EndedBy.AWAY),
            BalanceTestRecord(tuesday, 21.0, 15.0, Eyes.OPEN, (), (BalanceSign.PELVIS_DROP,)),
        ]
    )
    harness = Harness(qtbot, store)
    assert harness.figure("balance") == "15 s · pelvis drop standing on the right"


@pytest.mark.parametrize(
    ("name", "first"),
    [
        ("en_US", date(2026, 11, 22)),  # Sunday
        ("de_DE", date(2026, 11, 23)),  # Monday: the ISO week
        ("ar_EG", date(2026, 11, 21)),  # Saturday
    ],
)
def test_the_week_starts_on_the_locales_first_day(
    qtbot: QtBot, realistic: HistoryStore, name: str, first: date
) -> None:
    from PySide6.QtCore import QLocale

    from deadbutt_tray.ui.text import total_text

    before = QLocale()
    QLocale.setDefault(QLocale(name))
    try:
        harness = Harness(qtbot, realistic)
        window = harness.window
        activate(qtbot, window)
        assert window.week.first == first and window.week.days()[-1] == first + timedelta(6)
        assert window.selected_day == NOW.date()  # this week holds today, whatever its start
        summary = window.summary
        assert summary is not None
        assert [day.day for day in summary.days] == list(window.week.days())
        # The totals are those of the seven days shown, in the charts and the figures.
        shown = sum(day.sitting_s for day in summary.days)
        assert summary.this.sitting_s == pytest.approx(shown)
        chart = window.sitting_chart
        hours = sum(chart.value("within", i) + chart.value("beyond", i) for i in range(7))
        assert hours == pytest.approx(shown / 3600)
        assert harness.figure("sitting") == total_text(shown)
        assert sum(window.breaks_chart.value("completed", i) for i in range(7)) == (
            summary.this.completed
        )
        # The charts' first column is the week's first day, named by the locale.
        day_name = QLocale().dayName(first.isoweekday(), QLocale.FormatType.LongFormat)
        assert chart.categories[0].labels[0] == f"{day_name} {first.day}"
        assert "48" in window.title.text()  # the ISO week holding most of its days
        window.previous_week()
        assert window.week.first == first - timedelta(7)
        assert window.summary is not None and window.summary.days[0].day == first - timedelta(7)
        assert harness.loads[-1] == window.week
        window.this_week()
        assert window.week.first == first
        save_shot(window, f"summary-week-{name}")
    finally:
        QLocale.setDefault(before)


@pytest.mark.parametrize(
    ("week", "first_weekday", "first"),
    [
        (IsoWeek(2026, 46), 7, date(2026, 11, 8)),  # Mon 9 - Sun 15 → Sun 8 - Sat 14
        (IsoWeek(2026, 46), 6, date(2026, 11, 7)),  # → Sat 7 - Fri 13
        (LocalWeek(date(2026, 11, 22)), 1, date(2026, 11, 23)),  # Sun 22 - Sat 28 → W48
        (LocalWeek(date(2026, 11, 23)), 7, date(2026, 11, 22)),  # and back
    ],
)
def test_a_week_opens_on_the_locale_week_with_its_number(
    qtbot: QtBot, realistic: HistoryStore, week: Week, first_weekday: int, first: date
) -> None:
    """An ISO week, or the same window rebuilt in a language whose weeks start elsewhere."""
    loader = week_loader(realistic, BERLIN, LIMIT_S, now=lambda: NOW)
    window = SummaryWindow(loader, lambda: NOW.date(), week=week, first_weekday=first_weekday)
    qtbot.addWidget(window)
    assert window.week == LocalWeek(first)
    assert window.week.number == (week.week if isinstance(week, IsoWeek) else week.number)
    assert window.summary is not None and window.summary.week == window.week
