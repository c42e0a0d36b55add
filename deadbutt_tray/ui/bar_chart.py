"""A small bar chart drawn with ``QPainter``: bars per category, stacked or side by side.

The weekly summary's three charts (sitting per day, breaks per day, stretch lengths) are
drawn with it instead of QtCharts, which cost ~4.4 MiB resident for three bar charts and
shortened day names on its own. Here:

- text uses the widget's font (``QT_FONT_DPI``, the app font); each category offers its
  labels longest first ("Monday 23", "Mon 23", "M 23") and the chart draws the longest
  that fits every column, measured with ``QFontMetrics``;
- colours come from the palette (text, grid, highlight) and from ``set_colours`` for
  the series, so it reads in light and dark themes;
- every text is drawn isolated (``ui.text.isolated``): right to left, "0–15" still reads
  "0–15", not "15–0", and "So. 29." keeps its full stop at the end;
- geometry is snapped to device pixels, so bars and grid lines are crisp at any scale;
- it takes keyboard focus: ←/→ move between categories (mirrored right to left), and
  the category's figures in words show in a tooltip and become the accessible
  description; hovering shows the same tooltip, clicking selects.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QLocale, QPoint, QPointF, QRect, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QAccessible,
    QAccessibleEvent,
    QColor,
    QFont,
    QFontMetrics,
    QHelpEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
)
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from deadbutt_tray.ui.text import isolated

__all__ = ["MAX_STEPS", "BarChart", "Category", "Series", "nice_scale"]

MAX_STEPS = 5  # y-axis steps: what reads at a glance in a chart a few lines high
PLOT_LINES = 6  # the plot's least height, in lines of the font
STACKED_WIDTH = 0.62  # of a column, for one stacked bar
GROUPED_WIDTH = 0.8  # of a column, for the bars side by side


@dataclass(frozen=True)
class Series:
    """One kind of bar: its key (values, colours) and its name in the legend."""

    key: str
    name: str


@dataclass(frozen=True)
class Category:
    """One column: its labels, longest first, and its figures in words."""

    labels: tuple[str, ...]
    text: str  # the tooltip and accessible description when it is the current one


def nice_scale(top: float, step: float) -> tuple[int, float]:
    """(steps, size of a step): from 0 to above ``top`` in at most ``MAX_STEPS`` round steps."""
    nice = step
    for nice in (step, step * 2, step * 5, step * 10, step * 20, step * 50, step * 100):
        steps = int(top // nice) + 1  # room over the tallest bar
        if steps <= MAX_STEPS:
            return steps, nice
    return math.ceil(top / nice) + 1, nice


@dataclass
class _Layout:
    """Where everything goes at one size (left-to-right; mirrored when painted)."""

    title: QRect
    plot: QRectF
    labels_top: float
    legend: list[tuple[QRect, QRect, Series]]  # swatch, text, series
    label_index: int  # which of each category's labels fits
    elide: bool  # not even the shortest fits: the labels are elided


class BarChart(QWidget):
    """Bars per category with a title, a y axis, category labels and a legend.

    ``stacked``: the series' values stack in one bar per category; otherwise they stand
    side by side. ``legend_beside``: the legend is a column on the right (many series),
    else rows under the chart. ``current_changed(index)`` when a click or a key moves
    the current category; ``hovered(index)`` as the mouse moves over one (-1: none).
    """

    current_changed = Signal(int)
    hovered = Signal(int)

    def __init__(
        self,
        title: str,
        series: Sequence[Series],
        *,
        name: str,
        stacked: bool,
        step: float = 1.0,
        legend_beside: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._title = title
        self._series = tuple(series)
        self._stacked = stacked
        self._step = step
        self._legend_beside = legend_beside
        self._categories: tuple[Category, ...] = ()
        self._values: dict[str, tuple[float, ...]] = {}
        self._colours: dict[str, QColor] = {}
        self._current: int | None = None
        self._hover: int | None = None
        self._steps, self._step_size = 1, step
        self.setAccessibleName(name)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)
        policy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    # -- data --------------------------------------------------------------------------

    def set_data(
        self, categories: Sequence[Category], values: Mapping[str, Sequence[float]]
    ) -> None:
        """Show ``values[series key][category index]``; the y axis fits the tallest bar."""
        self._categories = tuple(categories)
        count = len(self._categories)
        self._values = {s.key: tuple(float(v) for v in values[s.key]) for s in self._series}
        if any(len(row) != count for row in self._values.values()):
            raise ValueError("every series needs one value per category")
        tallest = max((self._bar_top(i) for i in range(count)), default=0.0)
        self._steps, self._step_size = nice_scale(tallest, self._step)
        if self._current is not None and self._current >= count:
            self._current = None
        self._describe()
        self.updateGeometry()
        self.update()

    def clear(self) -> None:
        """Let go of the data (the window is going away)."""
        self._categories = ()
        self._values = {}
        self._current = self._hover = None
        self.update()

    def set_colours(self, colours: Mapping[str, QColor]) -> None:
        self._colours = {key: QColor(colours[key]) for key in (s.key for s in self._series)}
        self.update()

    def set_current(self, index: int | None) -> None:
        """Mark category ``index`` as the current one (no signal: the caller knows)."""
        if index is not None and not 0 <= index < len(self._categories):
            index = None
        self._current = index
        self._describe()
        self.update()

    @property
    def current(self) -> int | None:
        return self._current

    @property
    def categories(self) -> tuple[Category, ...]:
        return self._categories

    @property
    def series(self) -> tuple[Series, ...]:
        return self._series

    @property
    def axis_top(self) -> float:
        """The value at the top of the y axis."""
        return self._steps * self._step_size

    def ticks(self) -> list[float]:
        return [n * self._step_size for n in range(self._steps + 1)]

    def value(self, key: str, index: int) -> float:
        return self._values[key][index]

    def bar_rect(self, key: str, index: int) -> QRectF:
        """Where the bar of series ``key`` in category ``index`` is drawn now."""
        return self._mirror(self._bar_rects(self._layout())[index][key])

    def column_rect(self, index: int) -> QRectF:
        """The column of category ``index`` (its whole height in the plot)."""
        return self._mirror(self._column(self._layout().plot, index))

    def drawn_labels(self) -> list[str]:
        """The category labels as drawn at the current width."""
        layout = self._layout()
        metrics = self.fontMetrics()
        width = int(self._slot_width(layout.plot))
        labels = [category.labels[layout.label_index] for category in self._categories]
        if layout.elide:
            elide = Qt.TextElideMode.ElideRight
            return [metrics.elidedText(label, elide, width) for label in labels]
        return labels

    def index_at(self, point: QPoint | QPointF) -> int | None:
        """The category whose column holds ``point`` (widget coordinates), if any."""
        for index in range(len(self._categories)):
            column = self.column_rect(index)
            column.setBottom(self._layout().labels_top + self.fontMetrics().height())
            if column.contains(QPointF(point)):
                return index
        return None

    # -- size --------------------------------------------------------------------------

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        metrics, gap = self.fontMetrics(), self._gap()
        title = self._title_height(width)
        chart = title + gap + metrics.height() // 2 + metrics.lineSpacing() * PLOT_LINES
        chart += gap // 2 + metrics.height() + gap
        rows = self._legend_rows(width)
        legend = len(rows) * (metrics.height() + gap // 2)
        if self._legend_beside_fits(width):
            return max(chart, title + gap + legend) + gap
        return chart + legend + gap

    def sizeHint(self) -> QSize:
        width = self._axis_width() + self._least_columns_width(0) + 2 * self._gap()
        width += self._legend_width() if self._legend_beside else 0
        return QSize(width, self.heightForWidth(width))

    def minimumSizeHint(self) -> QSize:
        columns = max(1, len(self._categories)) * self.fontMetrics().horizontalAdvance("00")
        width = self._axis_width() + columns + 2 * self._gap()
        return QSize(width, self.heightForWidth(self.sizeHint().width()))

    # -- geometry ----------------------------------------------------------------------

    def _gap(self) -> int:
        return max(2, self.fontMetrics().height() // 3)

    def _title_font(self) -> QFont:
        font = QFont(self.font())
        font.setBold(True)
        return font

    def _bar_top(self, index: int) -> float:
        values = [row[index] for row in self._values.values()]
        return sum(values) if self._stacked else max(values, default=0.0)

    def _tick_text(self, value: float) -> str:
        if float(value).is_integer():
            return QLocale().toString(int(value))
        return QLocale().toString(value, "g", 3)

    def _axis_width(self) -> int:
        metrics = self.fontMetrics()
        return max(metrics.horizontalAdvance(self._tick_text(t)) for t in self.ticks())

    def _least_columns_width(self, label_index: int) -> int:
        """Columns wide enough for every category's label number ``label_index``."""
        metrics = self.fontMetrics()
        widest = max(
            (
                metrics.horizontalAdvance(c.labels[min(label_index, len(c.labels) - 1)])
                for c in self._categories
            ),
            default=metrics.horizontalAdvance("Wednesday 30"),
        )
        return (widest + self._gap()) * max(1, len(self._categories))

    def _legend_items(self) -> list[tuple[int, Series]]:
        """(width, series) of each legend entry: swatch, gap, name."""
        metrics = self.fontMetrics()
        swatch = max(4, metrics.height() * 2 // 3)
        return [(swatch + self._gap() + metrics.horizontalAdvance(s.name), s) for s in self._series]

    def _legend_width(self) -> int:
        return max((width for width, _s in self._legend_items()), default=0) + self._gap() * 2

    def _legend_beside_fits(self, width: int) -> bool:
        """A legend beside the chart only while the chart keeps most of the width."""
        return self._legend_beside and self._legend_width() * 5 <= width * 2

    def _title_height(self, width: int) -> int:
        flags = int(Qt.AlignmentFlag.AlignHCenter) | int(Qt.TextFlag.TextWordWrap)
        box = QRect(0, 0, max(1, width), 10_000)
        return QFontMetrics(self._title_font()).boundingRect(box, flags, self._title).height()

    def _legend_rows(self, width: int) -> list[list[tuple[int, Series]]]:
        """The legend's entries in rows: one entry a row beside the chart, else wrapped."""
        items = self._legend_items()
        if self._legend_beside_fits(width):
            return [[item] for item in items]
        rows: list[list[tuple[int, Series]]] = []
        row_width = 0
        for item in items:
            step = item[0] + (self._gap() * 2 if rows and rows[-1] else 0)
            if not rows or row_width + step > width:
                rows.append([item])
                row_width = item[0]
            else:
                rows[-1].append(item)
                row_width += step
        return rows

    def _layout(self, size: QSize | None = None) -> _Layout:
        size = size or self.size()
        width, height = size.width(), size.height()
        metrics, gap = self.fontMetrics(), self._gap()
        line = metrics.height()
        title = QRect(0, 0, width, self._title_height(width))
        beside = self._legend_beside_fits(width)
        right = width - (self._legend_width() if beside else 0)
        rows = self._legend_rows(width)
        legend_height = 0 if beside else len(rows) * (line + gap // 2)
        plot_top = title.bottom() + gap + line // 2  # room for the top tick's label
        plot_bottom = height - gap - legend_height - line - gap
        axis = self._axis_width() + gap * 2
        plot = QRectF(
            axis, plot_top, max(1.0, right - axis - gap), max(1.0, plot_bottom - plot_top)
        )
        labels_top = plot.bottom() + gap // 2
        # The legend: a column on the right, or centred rows under the labels.
        legend: list[tuple[QRect, QRect, Series]] = []
        swatch_size = max(4, line * 2 // 3)
        y = int(plot.top()) if beside else int(labels_top + line + gap)
        for row in rows:
            total = sum(w for w, _s in row) + gap * 2 * (len(row) - 1)
            x = right + gap if beside else (width - total) // 2
            for item_width, series in row:
                swatch = QRect(x, y + (line - swatch_size) // 2, swatch_size, swatch_size)
                text = QRect(x + swatch_size + gap, y, item_width - swatch_size - gap, line)
                legend.append((swatch, text, series))
                x += item_width + gap * 2
            y += line + gap // 2
        label_index, elide = self._fitting_labels(self._slot_width(plot))
        return _Layout(title, plot, labels_top, legend, label_index, elide)

    def _slot_width(self, plot: QRectF) -> float:
        return plot.width() / max(1, len(self._categories))

    def _fitting_labels(self, slot: float) -> tuple[int, bool]:
        """The longest label choice that fits every column, and whether it must be elided."""
        if not self._categories:
            return 0, False
        metrics = self.fontMetrics()
        room = slot - self._gap() / 2
        choices = max(len(c.labels) for c in self._categories)
        for index in range(choices):
            if all(
                metrics.horizontalAdvance(c.labels[min(index, len(c.labels) - 1)]) <= room
                for c in self._categories
            ):
                return index, False
        return choices - 1, True

    def _column(self, plot: QRectF, index: int) -> QRectF:
        slot = self._slot_width(plot)
        return QRectF(plot.left() + index * slot, plot.top(), slot, plot.height())

    def _y(self, plot: QRectF, value: float) -> float:
        top = self.axis_top or 1.0
        return plot.bottom() - plot.height() * min(value, top) / top

    def _bar_rects(self, layout: _Layout) -> list[dict[str, QRectF]]:
        plot = layout.plot
        rects: list[dict[str, QRectF]] = []
        for index in range(len(self._categories)):
            column = self._column(plot, index)
            found: dict[str, QRectF] = {}
            if self._stacked:
                bar_width = column.width() * STACKED_WIDTH
                left = column.center().x() - bar_width / 2
                base = 0.0
                for series in self._series:
                    value = self._values[series.key][index]
                    top, bottom = self._y(plot, base + value), self._y(plot, base)
                    found[series.key] = QRectF(left, top, bar_width, bottom - top)
                    base += value
            else:
                bar_width = column.width() * GROUPED_WIDTH / max(1, len(self._series))
                left = column.center().x() - bar_width * len(self._series) / 2
                for number, series in enumerate(self._series):
                    value = self._values[series.key][index]
                    top = self._y(plot, value)
                    found[series.key] = QRectF(
                        left + number * bar_width, top, bar_width, plot.bottom() - top
                    )
            rects.append(found)
        return rects

    def _mirror(self, rect: QRectF) -> QRectF:
        if not self.isRightToLeft():
            return QRectF(rect)
        return QRectF(self.width() - rect.right(), rect.top(), rect.width(), rect.height())

    def _snap(self, rect: QRectF) -> QRectF:
        """``rect`` on whole device pixels: crisp edges at any scale."""
        ratio = self.devicePixelRatioF()
        left, top = round(rect.left() * ratio), round(rect.top() * ratio)
        right, bottom = round(rect.right() * ratio), round(rect.bottom() * ratio)
        return QRectF(left / ratio, top / ratio, (right - left) / ratio, (bottom - top) / ratio)

    def _line_y(self, y: float) -> float:
        """The middle of the device pixel row at ``y``: a 1-pixel line stays one pixel."""
        ratio = self.devicePixelRatioF()
        return (math.floor(y * ratio) + 0.5) / ratio

    # -- painting ----------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        layout = self._layout()
        palette = self.palette()
        text_colour = palette.color(QPalette.ColorRole.WindowText)
        painter = QPainter(self)
        try:
            painter.setFont(self._title_font())
            painter.setPen(text_colour)
            flags = int(Qt.AlignmentFlag.AlignHCenter) | int(Qt.TextFlag.TextWordWrap)
            painter.drawText(layout.title, flags, isolated(self._title))
            painter.setFont(self.font())
            if self._categories:
                self._paint_highlight(painter, layout, palette)
                self._paint_grid(painter, layout, text_colour)
                self._paint_bars(painter, layout)
                self._paint_labels(painter, layout, text_colour)
                self._paint_focus(painter, layout)
            self._paint_legend(painter, layout, text_colour)
        finally:
            painter.end()

    def _paint_highlight(self, painter: QPainter, layout: _Layout, palette: QPalette) -> None:
        for index, alpha in ((self._hover, 28), (self._current, 60)):
            if index is None or index >= len(self._categories):
                continue
            band = QColor(palette.color(QPalette.ColorRole.Highlight))
            band.setAlpha(alpha)
            painter.fillRect(self._snap(self._mirror(self._column(layout.plot, index))), band)

    def _paint_grid(self, painter: QPainter, layout: _Layout, text_colour: QColor) -> None:
        plot = layout.plot
        grid = QColor(text_colour)
        grid.setAlpha(45)
        pen = QPen(grid)
        pen.setCosmetic(True)
        pen.setWidth(1)
        metrics = self.fontMetrics()
        gap = self._gap()
        rtl = self.isRightToLeft()
        for tick in self.ticks():
            y = self._line_y(self._y(plot, tick))
            painter.setPen(pen)
            line = self._mirror(QRectF(plot.left(), y, plot.width(), 0))
            painter.drawLine(QPointF(line.left(), y), QPointF(line.right(), y))
            painter.setPen(text_colour)
            box = QRectF(0, y - metrics.height() / 2, plot.left() - gap, metrics.height())
            align = Qt.AlignmentFlag.AlignLeft if rtl else Qt.AlignmentFlag.AlignRight
            painter.drawText(
                self._mirror(box),
                int(align | Qt.AlignmentFlag.AlignVCenter),
                isolated(self._tick_text(tick)),
            )

    def _paint_bars(self, painter: QPainter, layout: _Layout) -> None:
        mid = self.palette().color(QPalette.ColorRole.Mid)
        for bars in self._bar_rects(layout):
            for key, rect in bars.items():
                if rect.height() > 0:
                    painter.fillRect(self._snap(self._mirror(rect)), self._colours.get(key, mid))

    def _paint_labels(self, painter: QPainter, layout: _Layout, text_colour: QColor) -> None:
        metrics = self.fontMetrics()
        painter.setPen(text_colour)
        for index, label in enumerate(self.drawn_labels()):
            column = self._mirror(self._column(layout.plot, index))
            box = QRectF(column.left(), layout.labels_top, column.width(), metrics.height())
            font = QFont(self.font())
            font.setBold(index == self._current)
            painter.setFont(font)
            if font.bold() and QFontMetrics(font).horizontalAdvance(label) > column.width():
                painter.setFont(self.font())  # bold would not fit: the band shows it anyway
            painter.drawText(box, int(Qt.AlignmentFlag.AlignCenter), isolated(label))
        painter.setFont(self.font())

    def _paint_focus(self, painter: QPainter, layout: _Layout) -> None:
        """A frame in the highlight colour around the current day while the chart has focus."""
        if not self.hasFocus():
            return
        index = self._current if self._current is not None else 0
        column = self._mirror(self._column(layout.plot, index))
        column.setBottom(layout.labels_top + self.fontMetrics().height())
        pen = QPen(self.palette().color(QPalette.ColorRole.Highlight), 2)
        pen.setCosmetic(True)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(self._snap(column.adjusted(1, 1, -1, 0)))

    def _paint_legend(self, painter: QPainter, layout: _Layout, text_colour: QColor) -> None:
        align = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        for swatch, text, series in layout.legend:
            colour = self._colours.get(series.key, self.palette().color(QPalette.ColorRole.Mid))
            painter.fillRect(self._snap(self._mirror(QRectF(swatch))), colour)
            painter.setPen(text_colour)
            painter.drawText(self._mirror(QRectF(text)), align, isolated(series.name))

    # -- the user ----------------------------------------------------------------------

    def _describe(self) -> None:
        """The current category's figures as the accessible description."""
        index = self._current if self._current is not None else 0
        text = self._categories[index].text if self._categories else ""
        if text != self.accessibleDescription():
            self.setAccessibleDescription(text)
            if QAccessible.isActive():
                event = QAccessibleEvent(self, QAccessible.Event.DescriptionChanged)
                QAccessible.updateAccessibility(event)

    def move_current(self, step: int) -> None:
        """Move the current category by ``step`` (keyboard); its figures show in a tooltip."""
        if not self._categories:
            return
        last = len(self._categories) - 1
        if self._current is None:
            index = 0 if step > 0 else last
        else:
            index = max(0, min(last, self._current + step))
        self.set_current(index)
        self.current_changed.emit(index)
        self._show_tip(index)

    def _show_tip(self, index: int) -> None:
        if not self.isVisible():
            return
        column = self.column_rect(index).toAlignedRect()
        where = self.mapToGlobal(QPoint(column.center().x(), column.top()))
        QToolTip.showText(where, self._categories[index].text, self, column)

    def _arrow_step(self, key: int) -> int:
        """+1 / -1 for →/← (mirrored right to left), 0 for any other key."""
        step = {int(Qt.Key.Key_Right): 1, int(Qt.Key.Key_Left): -1}.get(key, 0)
        return -step if self.isRightToLeft() else step

    def event(self, event: QEvent) -> bool:
        # ←/→ belong to the chart while it has focus, not to the window's shortcuts.
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and self._arrow_step(event.key())
            and not event.modifiers()
        ):
            event.accept()
            return True
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            index = self.index_at(event.pos())
            if index is None:
                QToolTip.hideText()
                event.ignore()
            else:
                area = self.column_rect(index).toAlignedRect()
                QToolTip.showText(event.globalPos(), self._categories[index].text, self, area)
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        step = self._arrow_step(event.key())
        if step and not event.modifiers():
            self.move_current(step)
            return
        super().keyPressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        index = self.index_at(event.position())
        if index != self._hover:
            self._hover = index
            self.hovered.emit(-1 if index is None else index)
            self.update()
        super().mouseMoveEvent(event)

    def leaveEvent(self, event: QEvent) -> None:
        if self._hover is not None:
            self._hover = None
            self.hovered.emit(-1)
            self.update()
        super().leaveEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        index = self.index_at(event.position())
        if index is not None and event.button() == Qt.MouseButton.LeftButton:
            self.set_current(index)
            self.current_changed.emit(index)
        super().mousePressEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.LayoutDirectionChange):
            self.updateGeometry()
        super().changeEvent(event)
