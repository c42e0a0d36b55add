"""The weekly summary window: a week of sitting and breaks, day by day, against the week before.

It only shows a ``core.summary.WeekSummary``; every figure is computed in the core by
the same code as ``deadbutt-tray summary``. The app passes ``load_week`` (built with
``core.summary.week_loader``) and calls ``refresh()`` when new records arrive.

Keyboard: ←/→ or PageUp/PageDown for the previous/next week (right to left the week
buttons swap sides and the arrows with them: → previous, ← next, and the key hint says so),
Home for this week, ↑/↓ to move between days (the details panel follows), Esc closes.
Hovering or clicking a bar shows that day too. Colours follow the widget palette, so the
charts read in light and dark themes; every chart also has its figures in words (details
panel, accessible description), so nothing depends on telling colours apart.
"""

from __future__ import annotations

import html
import logging
from collections.abc import Callable, Sequence
from datetime import date

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QCloseEvent, QColor, QPalette
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from deadbutt_tray.core.model.records import BalanceSign
from deadbutt_tray.core.rules.summary import (
    DaySummary,
    LocalWeek,
    Week,
    WeekFigures,
    WeekSummary,
    change_text,
)
from deadbutt_tray.ui.bar_chart import BarChart, Category, Series
from deadbutt_tray.ui.text import (
    directional,
    first_day_of_week,
    local_day_month,
    local_day_month_year,
    long_date,
    percent_text,
    seconds_text,
    total_text,
    tr,
    weekday_labels,
)
from deadbutt_tray.ui.widgets import (
    arrow_keys,
    available_area,
    bind_keys,
    fit_window,
    heading,
    heading_font,
    muted,
    paragraph,
    push_button,
    text_scroll_area,
    text_width,
)

log = logging.getLogger(__name__)

# (light, dark) colours; the dark ones are lighter so bars stand out on a dark window.
COLOURS: dict[str, tuple[str, str]] = {
    "within": ("#4f7fe0", "#6f9bff"),
    "beyond": ("#e0663a", "#ff8a5c"),
    "completed": ("#2e9e5b", "#45c17a"),
    "partial": ("#9ccf6e", "#b5e08c"),
    "natural": ("#3aa7b0", "#5fd0d8"),
    "snoozed": ("#e3a008", "#f5b82e"),
    "skipped": ("#9a9aa2", "#8a8a92"),
    "stopped_for_pain": ("#c2410c", "#f97316"),
    "home": ("#7c4dcc", "#a78bfa"),
    "pre_run": ("#b0388a", "#e879c6"),
    "this_week": ("#4f7fe0", "#6f9bff"),
    "last_week": ("#b7c3dd", "#56627e"),
}
WIDTH_CHARS = 150  # the window's width in average characters of the user's font
HEIGHT_LINES = 46  # and its height in lines, when the screen has the room
BREAK_KINDS = (
    "completed",
    "partial",
    "natural",
    "snoozed",
    "skipped",
    "stopped_for_pain",
    "home",
    "pre_run",
)


def _page(title: str, *paragraphs: str) -> str:
    """Rich text for the message shown instead of charts: a heading and a few lines."""
    body = "".join(f"<p>{html.escape(text)}</p>" for text in paragraphs if text)
    return f"<h2>{html.escape(title)}</h2>{body}"


def _is_dark(palette: QPalette) -> bool:
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


def sessions_text(home: int, pre_run: int) -> str:
    """ "2 home routines · 1 before a run"; "" when there were none."""
    parts = []
    if home:
        parts.append(tr("%n home routine(s)", "", home))
    if pre_run:
        parts.append(tr("%n before a run", "", pre_run))
    return tr(" · ").join(parts)


def _break_names() -> dict[str, str]:
    return {
        "completed": tr("Completed"),
        "partial": tr("Partial"),
        "natural": tr("Natural"),
        "snoozed": tr("Snoozed"),
        "skipped": tr("Skipped"),
        "stopped_for_pain": tr("It hurt"),
        "home": tr("Home routine"),
        "pre_run": tr("Before a run"),
    }


def _bout_names() -> list[str]:
    return [tr("0–15"), tr("15–30"), tr("30–45"), tr("45–60"), tr("60 +")]


class SummaryWindow(QWidget):
    """The weekly sitting summary (tray menu "Weekly summary…").

    A week here is the seven days from the first day of the user's week
    (``ui.text.first_day_of_week()``: Sunday in the US, Monday in Germany, Saturday in
    Egypt, in English there too), or ``first_weekday`` (ISO: 1 = Monday .. 7 = Sunday);
    every figure covers those seven days. ``load_week(week)`` returns the ``WeekSummary``
    of a ``LocalWeek``; ``today()`` the local date (for "this week"); ``week`` the week to
    open on (default: this week; an ``IsoWeek`` opens on the week with its number).
    Closing only hides it, unless ``WA_DeleteOnClose`` is set (the shell sets it): then its
    chart data and the week it showed are let go of at once, and the window is deleted.
    """

    def __init__(
        self,
        load_week: Callable[[Week], WeekSummary],
        today: Callable[[], date],
        parent: QWidget | None = None,
        *,
        week: Week | None = None,
        devices: Sequence[str] = (),
        choose_device: Callable[[str | None], None] | None = None,
        first_weekday: int | None = None,
    ) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self._load_week = load_week
        # The history folder may hold several devices' files (a synced folder): the
        # window then offers to show one device's records, or all of them.
        self._devices = tuple(devices) if choose_device is not None else ()
        self._choose_device = choose_device
        self._today = today
        self._first_weekday = first_weekday or first_day_of_week()
        self._week = self._local(week) if week is not None else self._this_week()
        self._summary: WeekSummary | None = None
        self._selected = 0  # index of the selected day, 0 = the week's first day
        self._hovered: int | None = None
        self.setWindowTitle(tr("Weekly summary"))
        self.setObjectName("summaryWindow")
        self._build()
        self._shortcuts()
        self._apply_palette()
        self.show_week(self._week)
        self._fit()

    # -- public API ------------------------------------------------------------------

    @property
    def week(self) -> LocalWeek:
        """The week shown."""
        return self._week

    @property
    def summary(self) -> WeekSummary | None:
        """The summary shown (None if it could not be loaded)."""
        return self._summary

    @property
    def selected_day(self) -> date:
        return self._week.days()[self._selected]

    def show_week(self, week: Week) -> None:
        """Load and show ``week``; the selected day moves to today or the latest day."""
        week = self._local(week)
        changed = week != self._week or self._summary is None
        self._week = week
        self._load()
        if changed:
            self._selected = self._default_day()
        self._render()

    def refresh(self) -> None:
        """Reload the week shown (new records arrived, or the date changed)."""
        self._load()
        self._render()

    def previous_week(self) -> None:
        self.show_week(self._week.shifted(-1))

    def next_week(self) -> None:
        if self._week < self._this_week():
            self.show_week(self._week.shifted(1))

    def this_week(self) -> None:
        self.show_week(self._this_week())

    def select_day(self, index: int) -> None:
        """Show the details of day ``index`` (0 = the week's first day .. 6 = its last)."""
        self._selected = max(0, min(6, index))
        self._hovered = None
        self._render_selection()

    # -- building --------------------------------------------------------------------

    def _build(self) -> None:
        outer = QVBoxLayout(self)
        outer.setContentsMargins(14, 12, 14, 12)
        outer.setSpacing(8)

        nav = QHBoxLayout()
        self.previous_button = push_button(
            directional(tr("◀ &Previous week")), self.previous_week, name=tr("Previous week")
        )
        self.previous_button.setToolTip(directional(tr("Previous week (← or Page Up)")))
        self.title = QLabel()
        self.title.setObjectName("summaryTitle")
        self.title.setFont(heading_font(self.title.font(), 1.35))
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        # Wraps rather than widening the window past a small screen (long languages).
        self.title.setWordWrap(True)
        self.this_week_button = push_button(tr("This &week"), self.this_week, name="")
        self.this_week_button.setToolTip(tr("Back to this week (Home)"))
        self.next_button = push_button(
            directional(tr("&Next week ▶")), self.next_week, name=tr("Next week")
        )
        self.next_button.setToolTip(directional(tr("Next week (→ or Page Down)")))
        nav.addWidget(self.previous_button)
        nav.addWidget(self.title, 1)
        nav.addWidget(self.this_week_button)
        nav.addWidget(self.next_button)
        outer.addLayout(nav)
        self.device_box: QComboBox | None = None
        if len(self._devices) > 1:
            outer.addLayout(self._build_device_filter())

        self.comparison = QLabel()
        self.comparison.setObjectName("summaryComparison")
        self.comparison.setWordWrap(True)
        self.comparison.setAlignment(Qt.AlignmentFlag.AlignCenter)
        outer.addWidget(self.comparison)

        self.pages = QStackedWidget()
        # On a short screen (1024x600, large fonts) the charts and figures scroll; the
        # week's title, buttons and key hint stay in view.
        # (Only the charts scroll: the "nothing recorded" page stays in view, centred.)
        self.scroll_area = text_scroll_area(self._build_content(), self)
        outer.addWidget(self.pages, 1)
        self.pages.addWidget(self.scroll_area)
        self.empty = QLabel()
        self.empty.setObjectName("summaryEmpty")
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setAccessibleName(tr("No records this week"))
        self.empty.setTextFormat(Qt.TextFormat.RichText)
        self.pages.addWidget(self.empty)

        hint = QLabel(
            directional(tr("← → previous / next week · ↑ ↓ day · Home this week · Esc close"))
        )
        hint.setObjectName("summaryKeys")
        hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        muted(hint, smaller=False)
        outer.addWidget(hint)

    def _build_device_filter(self) -> QHBoxLayout:
        row = QHBoxLayout()
        box = QComboBox()
        box.setObjectName("summaryDevice")
        box.setAccessibleName(tr("Device"))
        box.addItem(tr("All devices"), None)
        for device in self._devices:
            box.addItem(device, device)
        box.currentIndexChanged.connect(self._device_changed)
        label = QLabel(tr("&Device:"))
        label.setBuddy(box)
        row.addStretch(1)
        row.addWidget(label)
        row.addWidget(box)
        row.addStretch(1)
        self.device_box = box
        return row

    def _device_changed(self, index: int) -> None:
        if self._choose_device is None or self.device_box is None:
            return
        self._choose_device(self.device_box.itemData(index))
        self.refresh()

    def _fit(self) -> None:
        """Roomy (about 980x700 at 9 pt, growing with the font), within the screen."""
        fit_window(self, text_width(self, WIDTH_CHARS))
        tall = self.fontMetrics().lineSpacing() * HEIGHT_LINES
        room = available_area(self).height()
        self.resize(self.width(), max(self.height(), min(tall, room)))

    def _build_content(self) -> QWidget:
        page = QWidget()
        grid = QGridLayout(page)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(16)
        grid.setVerticalSpacing(8)

        self.sitting_chart = BarChart(
            tr("Sitting per day (hours)"),
            [Series("within", tr("Within the limit")), Series("beyond", tr("Beyond the limit"))],
            name=tr("Sitting per day"),
            stacked=True,
            step=1,
        )
        self.breaks_chart = BarChart(
            tr("Breaks and sessions per day"),
            [Series(key, name) for key, name in _break_names().items()],
            name=tr("Breaks per day"),
            stacked=True,
            step=5,
            legend_beside=True,  # eight kinds: a column beside it while there is room
        )
        self.bouts_chart = BarChart(
            tr("Uninterrupted stretches (minutes)"),
            [Series("this_week", tr("This week")), Series("last_week", tr("Week before"))],
            name=tr("Stretch lengths"),
            stacked=False,
            step=5,
        )
        for chart in (self.sitting_chart, self.breaks_chart):
            chart.hovered.connect(self._on_hover)
            chart.current_changed.connect(self.select_day)

        grid.addWidget(self.sitting_chart, 0, 0)
        grid.addWidget(self.breaks_chart, 1, 0)
        grid.addWidget(self._build_figures(), 0, 1)
        grid.addWidget(self.bouts_chart, 1, 1)
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(1, 2)
        grid.setRowStretch(0, 1)
        grid.setRowStretch(1, 1)

        self.details = QLabel()
        self.details.setObjectName("summaryDetails")
        self.details.setWordWrap(True)
        self.details.setFrameShape(QFrame.Shape.StyledPanel)
        self.details.setMargin(8)
        self.details.setMinimumHeight(64)
        self.details.setAccessibleName(tr("Day details"))
        self.details.setTextFormat(Qt.TextFormat.PlainText)
        self.details.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        grid.addWidget(self.details, 2, 0, 1, 2)
        return page

    def _build_figures(self) -> QWidget:
        box = QFrame()
        box.setObjectName("summaryFigures")
        grid = QGridLayout(box)
        grid.setContentsMargins(4, 4, 4, 4)
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(5)
        grid.addWidget(heading(tr("The week in figures"), wrap=False), 0, 0, 1, 2)
        self.figures: dict[str, QLabel] = {}
        names = {
            "sitting": tr("Total sitting"),
            "split": tr("Within / beyond limit"),
            "longest": tr("Longest stretch"),
            "average": tr("Average stretch"),
            "adherence": tr("Breaks completed"),
            "others": tr("Other answers"),
            "natural": tr("Natural breaks"),
            "sessions": tr("Home / before a run"),
            "guided": tr("Guided-break time"),
            "streak": tr("Streak"),
            "level": tr("Program level"),
            "balance": tr("Balance (weaker leg)"),
        }
        for row, (key, name) in enumerate(names.items(), start=1):
            label = muted(QLabel(name), smaller=False)
            value = paragraph("")
            value.setObjectName(f"figure_{key}")
            value.setAccessibleName(name)
            label.setBuddy(value)
            grid.addWidget(label, row, 0, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(value, row, 1, Qt.AlignmentFlag.AlignTop)
            self.figures[key] = value
        grid.setColumnStretch(1, 1)
        grid.setRowStretch(len(names) + 1, 1)
        return box

    def _shortcuts(self) -> None:
        next_key, back_key = arrow_keys()  # mirrored right to left, as the buttons are
        keys: list[tuple[Qt.Key, Callable[[], object]]] = [
            (back_key, self.previous_week),
            (Qt.Key.Key_PageUp, self.previous_week),
            (next_key, self.next_week),
            (Qt.Key.Key_PageDown, self.next_week),
            (Qt.Key.Key_Home, self.this_week),
            (Qt.Key.Key_Up, lambda: self._step_day(-1)),
            (Qt.Key.Key_Down, lambda: self._step_day(1)),
            (Qt.Key.Key_Escape, self.close),
        ]
        self._keys = bind_keys(self, keys, Qt.ShortcutContext.WidgetWithChildrenShortcut)

    def _step_day(self, step: int) -> None:
        """↑/↓: the day before or after; its details come into view (a short screen)."""
        self.select_day(self._selected + step)
        self.scroll_area.ensureWidgetVisible(self.details)

    def closeEvent(self, event: QCloseEvent) -> None:
        super().closeEvent(event)
        if event.isAccepted() and self.testAttribute(Qt.WidgetAttribute.WA_DeleteOnClose):
            self.drop_charts()

    def drop_charts(self) -> None:
        """Let go of the charts' data and of the week shown."""
        for chart in self.charts:
            chart.clear()
        self._summary = None

    @property
    def charts(self) -> tuple[BarChart, BarChart, BarChart]:
        return (self.sitting_chart, self.breaks_chart, self.bouts_chart)

    # -- palette ---------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.PaletteChange:
            self._apply_palette()
        super().changeEvent(event)

    def _apply_palette(self) -> None:
        palette = self.palette()
        dark = _is_dark(palette)
        colours = {key: QColor(pair[1] if dark else pair[0]) for key, pair in COLOURS.items()}
        for chart in self.charts:
            chart.set_colours(colours)

    # -- showing ---------------------------------------------------------------------

    def _this_week(self) -> LocalWeek:
        return LocalWeek.containing(self._today(), self._first_weekday)

    def _local(self, week: Week) -> LocalWeek:
        """``week`` as the user counts weeks: the one with the same number (its Thursday).

        An ISO week, or a week counted from another first day (the language changed while
        the window was open), opens on the locale's week that shares most of its days.
        """
        return LocalWeek.containing(week.thursday(), self._first_weekday)

    def _load(self) -> None:
        try:
            self._summary = self._load_week(self._week)
        except Exception:
            # The window must stay usable (another week may load); the log has the cause.
            log.exception("Could not load the summary of %s", self._week)
            self._summary = None

    def _default_day(self) -> int:
        days = self._week.days()
        today = self._today()
        if today in days:
            return days.index(today)
        summary = self._summary
        if summary is not None:
            with_data = [i for i, day in enumerate(summary.days) if day.has_data]
            if with_data:
                return with_data[-1]
        return 0

    def _current_index(self) -> int:
        return self._hovered if self._hovered is not None else self._selected

    def _render(self) -> None:
        week, summary = self._week, self._summary
        first, last = week.days()[0], week.days()[-1]
        self.title.setText(
            tr("Week {0} · {1} – {2}").format(
                week.number, local_day_month(first), local_day_month_year(last)
            )
        )
        this_week = self._this_week()
        self.next_button.setEnabled(week < this_week)
        self.this_week_button.setEnabled(week != this_week)
        if summary is None:
            self.comparison.setText("")
            self.empty.setText(
                _page(
                    tr("This week could not be read"),
                    tr("Something went wrong reading the history; the log file says what."),
                )
            )
            self.pages.setCurrentWidget(self.empty)
            return
        self.comparison.setText(self._comparison_text(summary))
        if not summary.has_data:
            self.empty.setText(self._empty_text(summary))
            self.pages.setCurrentWidget(self.empty)
            return
        self.pages.setCurrentIndex(0)
        self._fill_charts(summary)
        self._fill_figures(summary)
        self._render_selection()

    def _fill_charts(self, summary: WeekSummary) -> None:
        days = summary.days
        labels = [weekday_labels(day.day) for day in days]
        hours = 3600.0
        self.sitting_chart.set_data(
            [
                Category(label, self._sitting_words(day))
                for label, day in zip(labels, days, strict=True)
            ],
            {
                "within": [day.within_s / hours for day in days],
                "beyond": [day.beyond_s / hours for day in days],
            },
        )
        self.breaks_chart.set_data(
            [
                Category(label, self._break_words(day))
                for label, day in zip(labels, days, strict=True)
            ],
            {kind: [getattr(day, kind) for day in days] for kind in BREAK_KINDS},
        )
        bouts = [
            Category(
                (name,),
                tr("{0} min: {1} this week, {2} the week before").format(name, this, last),
            )
            for name, this, last in zip(
                _bout_names(), summary.this.bouts, summary.last.bouts, strict=True
            )
        ]
        self.bouts_chart.set_data(
            bouts, {"this_week": summary.this.bouts, "last_week": summary.last.bouts}
        )

    def _sitting_words(self, day: DaySummary) -> str:
        """A day's sitting in words: the sitting chart's tooltip and accessible description."""
        name = long_date(day.day)
        if day.future and not day.has_data:
            return tr("{0}: still to come.").format(name)
        if not day.sitting_s:
            return tr("{0}: no sitting recorded.").format(name)
        return tr("{0}: sat {1} — {2} within the limit, {3} beyond it.").format(
            name, total_text(day.sitting_s), total_text(day.within_s), total_text(day.beyond_s)
        )

    def _break_words(self, day: DaySummary) -> str:
        """A day's breaks and sessions in words, for the breaks chart."""
        name = long_date(day.day)
        if day.future and not day.has_data:
            return tr("{0}: still to come.").format(name)
        lines = [
            tr("{0}: {1}").format(
                name,
                tr(
                    "Breaks: {0} completed, {1} partial, {2} natural; {3} snoozed, {4} skipped."
                ).format(day.completed, day.partial, day.natural, day.snoozed, day.skipped),
            )
        ]
        if day.stopped_for_pain:
            lines.append(tr("%n stopped because it hurt.", "", day.stopped_for_pain))
        sessions = sessions_text(day.home, day.pre_run)
        if sessions:
            lines.append(tr("Sessions: {0}.").format(sessions))
        return " ".join(lines)

    def _fill_figures(self, summary: WeekSummary) -> None:
        this: WeekFigures = summary.this
        set_text = {key: label.setText for key, label in self.figures.items()}
        set_text["sitting"](total_text(this.sitting_s))
        set_text["split"](
            tr("{0} / {1}").format(total_text(this.within_s), total_text(this.beyond_s))
        )
        self.figures["split"].setToolTip(
            tr(
                "Of each stretch, the first {0} are within the sitting limit, the rest beyond."
            ).format(total_text(summary.limit_s))
        )
        set_text["longest"](total_text(this.longest_s) if this.stretch_count else tr("none"))
        if this.average_s is None:
            set_text["average"](tr("none"))
        else:
            set_text["average"](
                tr("{0} (%n stretch(es))", "", this.stretch_count).format(
                    total_text(this.average_s)
                )
            )
        if this.adherence is None:
            set_text["adherence"](tr("no prompts this week"))
        else:
            set_text["adherence"](
                tr("{0} of %n prompt(s) ({1})", "", this.prompted).format(
                    this.completed, percent_text(round(this.adherence * 100))
                )
            )
        others = tr("{0} partial · {1} skipped · {2} snoozed").format(
            this.partial, this.skipped, this.snoozed
        )
        if this.stopped_for_pain:
            others = tr("{0} · {1}").format(
                others, tr("%n stopped: it hurt", "", this.stopped_for_pain)
            )
        set_text["others"](others)
        set_text["natural"](str(this.natural))
        set_text["sessions"](sessions_text(this.home, this.pre_run) or tr("none"))
        set_text["guided"](total_text(this.guided_s))
        streak = summary.streak_days
        if streak == 0:
            text = tr("none yet")  # never "at least 0 days in a row"
        else:
            text = tr("%n day(s) in a row", "", streak)
            if summary.streak_capped:
                text = tr("at least {0}").format(text)
        set_text["streak"](text)
        self.figures["streak"].setToolTip(
            tr(
                "Days with at least {0} completed or natural breaks (fewer on a day with "
                "little sitting). Days without sitting don't count either way."
            ).format(summary.daily_target)
        )
        set_text["level"](tr("not set") if summary.level is None else str(summary.level))
        set_text["balance"](self._balance_text(summary))
        self.figures["balance"].setToolTip(
            tr("The latest single-leg balance test, eyes open: the weaker leg's time.")
        )

    def _balance_text(self, summary: WeekSummary) -> str:
        trend = summary.balance
        if trend.latest_s is None:
            return tr("no test these two weeks")
        text = seconds_text(trend.latest_s, decimals=0)
        change = trend.change_s
        if change is not None and abs(change) >= 1:
            sign = "+" if change > 0 else "−"
            text = tr("{0}, {1}{2:.0f} s on the test before").format(text, sign, abs(change))
        if not trend.in_week:
            text = tr("{0} (week before)").format(text)
        if trend.right_signs and BalanceSign.PELVIS_DROP in trend.right_signs:
            text = tr("{0} · pelvis drop standing on the right").format(text)
        if trend.left_signs and BalanceSign.PELVIS_DROP in trend.left_signs:
            text = tr("{0} · pelvis drop standing on the left").format(text)
        return text

    def _comparison_text(self, summary: WeekSummary) -> str:
        if summary.future or (summary.change.kind == "none" and not summary.has_data):
            return ""
        return change_text(summary.change, tr)

    def _empty_text(self, summary: WeekSummary) -> str:
        if summary.future:
            title, text = tr("This week hasn't begun yet"), ""
        elif summary.current:
            title = tr("Nothing recorded yet this week")
            text = tr("Your sitting shows up here each time a stretch ends, so at your next break.")
        else:
            title = tr("Nothing recorded this week")
            text = tr("The app wasn't running, or you were away from the desk.")
        more = []
        if summary.last.has_data and not summary.future:
            more.append(
                tr(
                    "The week before: {0} of sitting, %n break(s) completed.",
                    "",
                    summary.last.completed,
                ).format(total_text(summary.last.sitting_s))
            )
        more.append(tr("Use ← and → to see other weeks."))
        return _page(title, text, *more)

    def _on_hover(self, index: int) -> None:
        """The mouse is over day ``index`` of a chart (-1: over none)."""
        self._hovered = index if index >= 0 else None
        self._render_selection()

    def _render_selection(self) -> None:
        summary = self._summary
        if summary is None or not summary.has_data:
            return
        self.sitting_chart.set_current(self._selected)
        self.breaks_chart.set_current(self._selected)
        index = self._current_index()
        self.details.setText(self._day_text(summary.days[index], summary.daily_target))

    def _day_text(self, day: DaySummary, target: int) -> str:
        name = long_date(day.day)
        if day.future and not day.has_data:  # a clock set ahead can leave records there
            return tr("{0}: still to come.").format(name)
        if not day.has_data:
            if day.today:
                return tr("{0} (today): nothing recorded yet.").format(name)
            return tr("{0}: no sitting recorded.").format(name)
        lines = [
            tr("{0}: sat {1} — {2} within the limit, {3} beyond it.").format(
                name, total_text(day.sitting_s), total_text(day.within_s), total_text(day.beyond_s)
            )
        ]
        if day.stretches:
            lines.append(
                tr(
                    "Longest stretch {0} (%n stretch(es) ended this day).", "", day.stretches
                ).format(total_text(day.longest_s))
            )
        breaks = tr(
            "Breaks: {0} completed, {1} partial, {2} natural; {3} snoozed, {4} skipped."
        ).format(day.completed, day.partial, day.natural, day.snoozed, day.skipped)
        if day.stopped_for_pain:
            breaks += " " + tr("%n stopped because it hurt.", "", day.stopped_for_pain)
        if day.guided_s:
            breaks += " " + tr("Guided: {0}.").format(total_text(day.guided_s))
        lines.append(breaks)
        sessions = sessions_text(day.home, day.pre_run)
        if sessions:
            lines.append(tr("Sessions: {0}.").format(sessions))
        met = day.met_target
        if met is True:
            lines.append(tr("Daily target of %n break(s) reached.", "", day.target))
        elif met is False:
            lines.append(
                tr("Daily target of %n break(s) missed ({0}).", "", day.target).format(
                    day.target_breaks
                )
            )
        elif day.today and day.target:
            lines.append(
                tr("{0} of %n break(s) for today's target so far.", "", day.target).format(
                    day.target_breaks
                )
            )
        return "\n".join(lines)
