"""The summary's bar chart: values to bar heights, labels that fit, keys, tooltips, palette."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtGui import QColor, QFont, QHelpEvent, QPalette
from PySide6.QtWidgets import QToolTip, QWidget
from pytestqt.qtbot import QtBot

from deadbutt_tray.ui.bar_chart import BarChart, Category, Series, nice_scale
from deadbutt_tray.ui.text import weekday_labels
from tests.widget.conftest import dark_palette, save_shot

MONDAY = date(2026, 11, 23)
SITTING = {
    "within": [4.0, 5.0, 0.0, 2.0, 6.5, 0.0, 0.0],
    "beyond": [1.0, 2.5, 0.0, 0.0, 1.0, 0.0, 0.0],
}
COLOURS = {"within": QColor("#4f7fe0"), "beyond": QColor("#e0663a")}


def days() -> list[Category]:
    return [
        Category(weekday_labels(MONDAY + timedelta(days=n)), f"day {n}: {n} h") for n in range(7)
    ]


def make_chart(qtbot: QtBot, width: int = 640, *, stacked: bool = True) -> BarChart:
    chart = BarChart(
        "Sitting per day (hours)",
        [Series("within", "Within the limit"), Series("beyond", "Beyond the limit")],
        name="Sitting per day",
        stacked=stacked,
        step=1,
    )
    qtbot.addWidget(chart)
    chart.set_data(days(), SITTING)
    chart.set_colours(COLOURS)
    chart.resize(width, chart.heightForWidth(width))
    chart.show()
    qtbot.waitExposed(chart)
    return chart


@pytest.mark.parametrize(
    ("top", "step", "expected"),
    [(7.5, 1, (4, 2)), (3.2, 1, (4, 1)), (0, 1, (1, 1)), (23, 5, (5, 5)), (61, 5, (3, 25))],
)
def test_the_y_axis_takes_a_few_round_steps(
    top: float, step: float, expected: tuple[int, float]
) -> None:
    steps, size = nice_scale(top, step)
    assert (steps, size) == expected
    assert steps * size > top  # room above the tallest bar


def test_stacked_bars_are_as_tall_as_their_values(qtbot: QtBot) -> None:
    chart = make_chart(qtbot)
    assert chart.axis_top == 8  # 7.5 h tallest: 0, 2, 4, 6, 8
    per_hour = chart.bar_rect("within", 0).height() / 4.0
    assert per_hour > 10
    assert chart.bar_rect("beyond", 1).height() == pytest.approx(2.5 * per_hour, abs=0.01)
    assert chart.bar_rect("within", 4).height() == pytest.approx(6.5 * per_hour, abs=0.01)
    # Stacked: "beyond" sits on "within", on the same baseline as every other day.
    assert chart.bar_rect("beyond", 1).bottom() == pytest.approx(chart.bar_rect("within", 1).top())
    assert chart.bar_rect("within", 0).bottom() == chart.bar_rect("within", 3).bottom()
    assert chart.bar_rect("within", 2).height() == 0
    # Left to right, one column a day.
    lefts = [chart.bar_rect("within", n).left() for n in range(7)]
    assert lefts == sorted(lefts)


def test_grouped_bars_stand_side_by_side(qtbot: QtBot) -> None:
    chart = make_chart(qtbot, stacked=False)
    assert chart.axis_top == 8  # the taller of the two, not their sum
    within, beyond = chart.bar_rect("within", 1), chart.bar_rect("beyond", 1)
    assert within.right() == pytest.approx(beyond.left())
    assert within.bottom() == beyond.bottom()
    assert within.height() / beyond.height() == pytest.approx(5.0 / 2.5)


def test_day_names_in_full_when_they_fit_shorter_only_when_they_do_not(qtbot: QtBot) -> None:
    chart = make_chart(qtbot, width=900)
    assert chart.drawn_labels()[0] == "Monday 23"
    assert chart.drawn_labels()[2] == "Wednesday 25"
    chart.resize(480, chart.heightForWidth(480))
    assert chart.drawn_labels()[0] == "Mon 23"
    chart.resize(260, chart.heightForWidth(260))
    assert chart.drawn_labels()[0] == "Mon"
    chart.resize(130, chart.heightForWidth(130))
    labels = chart.drawn_labels()
    assert all(chart.fontMetrics().horizontalAdvance(label) <= 130 / 7 for label in labels)


def test_labels_follow_the_widget_font(qtbot: QtBot) -> None:
    chart = make_chart(qtbot, width=900)
    small = chart.heightForWidth(900)
    assert chart.drawn_labels()[0] == "Monday 23"
    font = QFont(chart.font())
    font.setPointSizeF(font.pointSizeF() * 2.2)  # a large font: full names no longer fit
    chart.setFont(font)
    assert chart.drawn_labels()[0] in {"Mon 23", "Mon"}
    assert chart.heightForWidth(900) > small * 1.5  # and the chart grows with it


def test_keys_move_between_days_and_say_the_value(qtbot: QtBot) -> None:
    chart = make_chart(qtbot)
    moved: list[int] = []
    chart.current_changed.connect(moved.append)
    chart.set_current(3)
    assert chart.accessibleName() == "Sitting per day"
    assert chart.accessibleDescription() == "day 3: 3 h"
    chart.setFocus()
    qtbot.waitUntil(chart.hasFocus)
    qtbot.keyClick(chart, Qt.Key.Key_Right)
    assert chart.current == 4 and moved == [4]
    assert chart.accessibleDescription() == "day 4: 4 h"
    qtbot.waitUntil(QToolTip.isVisible)
    assert QToolTip.text() == "day 4: 4 h"
    for _ in range(6):
        qtbot.keyClick(chart, Qt.Key.Key_Left)
    assert chart.current == 0 and moved[-1] == 0  # stops at the first day
    save_shot(chart, "bar-chart-focus")


def test_right_to_left_mirrors_the_days_and_the_arrow_keys(qtbot: QtBot) -> None:
    chart = make_chart(qtbot)
    chart.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    assert chart.column_rect(0).left() > chart.column_rect(6).left()  # first day on the right
    chart.set_current(2)
    chart.setFocus()
    qtbot.waitUntil(chart.hasFocus)
    qtbot.keyClick(chart, Qt.Key.Key_Left)  # towards the later days
    assert chart.current == 3
    save_shot(chart, "bar-chart-rtl")


def test_the_window_keeps_its_arrow_shortcuts_while_the_chart_has_no_focus(
    qtbot: QtBot,
) -> None:
    from PySide6.QtGui import QKeyEvent

    chart = make_chart(qtbot)
    override = QKeyEvent(
        QEvent.Type.ShortcutOverride, Qt.Key.Key_Left, Qt.KeyboardModifier.NoModifier
    )
    assert chart.event(override) and override.isAccepted()  # the chart takes ←/→
    other = QKeyEvent(QEvent.Type.ShortcutOverride, Qt.Key.Key_Home, Qt.KeyboardModifier.NoModifier)
    other.ignore()
    chart.event(other)
    assert not other.isAccepted()  # not Home: the window's "this week"


def test_hover_click_and_tooltip_name_the_day_under_the_mouse(qtbot: QtBot) -> None:
    chart = make_chart(qtbot)
    hovered: list[int] = []
    clicked: list[int] = []
    chart.hovered.connect(hovered.append)
    chart.current_changed.connect(clicked.append)
    tuesday = chart.column_rect(1).center().toPoint()
    qtbot.mouseMove(chart, tuesday)
    qtbot.waitUntil(lambda: hovered[-1:] == [1])
    assert chart.index_at(QPoint(1, 1)) is None  # the title is no day
    help_event = QHelpEvent(QEvent.Type.ToolTip, tuesday, chart.mapToGlobal(tuesday))
    chart.event(help_event)
    qtbot.waitUntil(QToolTip.isVisible)
    assert QToolTip.text() == "day 1: 1 h"
    qtbot.mouseClick(chart, Qt.MouseButton.LeftButton, pos=tuesday)
    assert clicked == [1] and chart.current == 1
    QToolTip.hideText()


def _colours_in(chart: QWidget) -> set[str]:
    image = chart.grab().toImage()
    return {
        image.pixelColor(x, y).name()
        for x in range(0, image.width(), 2)
        for y in range(0, image.height(), 2)
    }


def test_text_and_grid_follow_the_palette(qtbot: QtBot) -> None:
    chart = make_chart(qtbot)
    light_text = chart.palette().color(QPalette.ColorRole.WindowText).name()
    assert light_text in _colours_in(chart)
    chart.setPalette(dark_palette())
    colours = _colours_in(chart)
    assert "#e8e8e8" in colours  # the dark palette's text
    assert light_text not in colours
    assert {"#4f7fe0", "#e0663a"} <= colours  # the series' own colours
    save_shot(chart, "bar-chart-dark")


def test_bars_have_sharp_edges(qtbot: QtBot) -> None:
    """Bars on whole pixels: across a bar's edge no pixel is a blend of two colours."""
    chart = make_chart(qtbot)
    image = chart.grab().toImage()
    bar = chart.bar_rect("within", 0)
    y = int(bar.bottom()) - 3  # between grid lines (0 and 2 h)
    row = {image.pixelColor(x, y).name() for x in range(int(bar.left()) - 3, int(bar.right()) + 3)}
    background = chart.palette().color(QPalette.ColorRole.Window).name()
    assert row <= {"#4f7fe0", background}


def test_clear_lets_go_of_the_data(qtbot: QtBot) -> None:
    chart = make_chart(qtbot)
    chart.clear()
    assert chart.categories == () and chart.current is None
    chart.grab()  # paints an empty chart without failing
