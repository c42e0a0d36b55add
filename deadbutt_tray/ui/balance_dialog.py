"""The single-leg balance self-test: a timed dialog, one leg at a time, best of three.

Protocol (EXERCISES.md, after Springer et al. 2007): barefoot, arms folded or hands on the
hips, in front of a mirror and near the desk; lift one foot and time until it touches
down, the standing foot moves, or 45 s pass; best of three per leg, left then right; eyes
open, and optionally a second round with eyes closed.

Space starts and stops the timer, Enter moves on, Esc cancels. Each finished round (both
legs) is emitted at once as a ``BalanceTestRecord``, so a round is kept even if the user
stops before the optional eyes-closed one. Comparisons with age norms and the left/right
note come from ``core.balance``; this dialog only shows them.
"""

from __future__ import annotations

import html
import itertools
import logging
import time
from collections.abc import Callable, Sequence
from datetime import datetime

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, QTimer, Signal
from PySide6.QtGui import (
    QColor,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
)
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from deadbutt_tray.core.content.resources import resource_path
from deadbutt_tray.core.model.records import BalanceSign, BalanceTestRecord, Eyes
from deadbutt_tray.core.rules import balance
from deadbutt_tray.core.rules.balance_signs import SIGNS, SignTrend, pelvis_drop_free, trends
from deadbutt_tray.core.rules.balance_trial import BalanceRun, Leg, LegTrial, Press
from deadbutt_tray.ui.illustration import IllustrationView
from deadbutt_tray.ui.text import (
    day_month,
    day_month_year,
    decimal_text,
    plain_text,
    seconds_text,
    tr,
)
from deadbutt_tray.ui.widgets import (
    available_area,
    bind_keys,
    fit_window,
    follow_content,
    heading,
    muted,
    paragraph,
    push_button,
    scaled_font,
    text_scroll_area,
    text_width,
)

log = logging.getLogger(__name__)

MAX_S = balance.CAP_S  # the protocol's ceiling: the timer stops by itself here
TRIES = balance.TRIALS  # best of three per leg
TICK_MS = 100  # the timer shows tenths of a second
PICTURE = ("start", "end")  # resources/illustrations/single-leg-balance-*.svg
WIDTH_CHARS = 86  # the dialog's width in average characters of the user's font
HISTORY_SHOWN = 5  # previous results listed under the chart
CHART_POINTS = 12  # results drawn in the chart
LEFT_COLOUR = QColor("#4f7fe0")
RIGHT_COLOUR = QColor("#e3a008")


def local_now() -> datetime:
    return datetime.now().astimezone()


def sign_text(sign: BalanceSign, leg: Leg) -> str:
    """A checklist line for standing on ``leg``: what the mirror may show."""
    left = leg is Leg.LEFT
    return {
        BalanceSign.PELVIS_DROP: tr("&Pelvis drops on the lifted side (your right hip sinks)")
        if left
        else tr("&Pelvis drops on the lifted side (your left hip sinks)"),
        BalanceSign.KNEE_IN: tr("Left &knee rolls in") if left else tr("Right &knee rolls in"),
        BalanceSign.TRUNK_LEAN: tr("&Trunk leans over the left leg")
        if left
        else tr("&Trunk leans over the right leg"),
        BalanceSign.ARCH_COLLAPSE: tr("&Arch of the left foot collapses")
        if left
        else tr("&Arch of the right foot collapses"),
        BalanceSign.ARMS: tr("Ar&ms flail, or you grab for support"),
    }[sign]


def sign_name(sign: BalanceSign) -> str:
    """A sign in a few words, for the result and the trend."""
    return {
        BalanceSign.PELVIS_DROP: tr("pelvis drop"),
        BalanceSign.KNEE_IN: tr("knee rolling in"),
        BalanceSign.TRUNK_LEAN: tr("trunk lean"),
        BalanceSign.ARCH_COLLAPSE: tr("arch collapsing"),
        BalanceSign.ARMS: tr("arms flailing or grabbing"),
    }[sign]


def trend_text(trend: SignTrend) -> str:
    """ "Your right side: pelvis drop on 3 of the last 4 tests." """
    side = tr("Your left side") if trend.leg == "left" else tr("Your right side")
    if trend.of == 1:
        return tr("{0}: {1} in this test.").format(side, sign_name(trend.sign))
    return tr("{0}: {1} on {2} of the last {3} tests.").format(
        side, sign_name(trend.sign), trend.count, trend.of
    )


def typical_text(seconds: float) -> str:
    """A norm as the paper's precision allows: whole seconds, tenths below 10 s."""
    return seconds_text(seconds, decimals=0 if seconds >= 10 else 1)


# -- the history chart -------------------------------------------------------------------


class BalanceChart(QWidget):
    """Best times per leg over the last tests (eyes open), as two small lines."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.records: list[BalanceTestRecord] = []
        self.norm_s: float | None = None
        self.setMinimumHeight(90)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.setAccessibleName(tr("Balance results over time"))

    def set_records(self, records: Sequence[BalanceTestRecord], norm_s: float | None) -> None:
        self.records = sorted(records, key=lambda r: r.at)[-CHART_POINTS:]
        self.norm_s = norm_s
        description = "; ".join(
            tr("{0}: left {1}, right {2}").format(
                day_month(r.at), seconds_text(r.left_s), seconds_text(r.right_s)
            )
            for r in self.records
        )
        self.setAccessibleDescription(description)
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(320, 110)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        text = palette.color(QPalette.ColorRole.WindowText)
        metrics = self.fontMetrics()
        left_margin = metrics.horizontalAdvance("45 s") + 6
        plot = QRectF(self.rect()).adjusted(left_margin, 6, -8, -metrics.height() - 6)
        if plot.width() < 20 or plot.height() < 20:
            return
        grid = QColor(text)
        grid.setAlphaF(0.25)
        painter.setPen(QPen(grid, 1))
        for seconds in (0, 15, 30, 45):
            y = plot.bottom() - plot.height() * seconds / MAX_S
            painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            painter.setPen(text)
            painter.drawText(
                QRectF(0, y - metrics.height() / 2, left_margin - 4, metrics.height()),
                int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
                f"{seconds}",
            )
            painter.setPen(QPen(grid, 1))
        if self.norm_s is not None:
            y = plot.bottom() - plot.height() * min(self.norm_s, MAX_S) / MAX_S
            painter.setPen(QPen(text, 1, Qt.PenStyle.DashLine))
            painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
        if not self.records:
            painter.setPen(text)
            painter.drawText(plot, int(Qt.AlignmentFlag.AlignCenter), tr("No results yet"))
            return
        count = len(self.records)

        def point(index: int, seconds: float) -> QPointF:
            x = (
                plot.center().x()
                if count == 1
                else plot.left() + plot.width() * index / (count - 1)
            )
            return QPointF(x, plot.bottom() - plot.height() * min(seconds, MAX_S) / MAX_S)

        for colour, values in (
            (LEFT_COLOUR, [r.left_s for r in self.records]),
            (RIGHT_COLOUR, [r.right_s for r in self.records]),
        ):
            points = [point(i, v) for i, v in enumerate(values)]
            painter.setPen(QPen(colour, 2))
            for a, b in itertools.pairwise(points):
                painter.drawLine(a, b)
            painter.setBrush(colour)
            for p in points:
                painter.drawEllipse(p, 3, 3)
        # The legend, under the plot: which colour is which leg.
        painter.setPen(text)
        y = plot.bottom() + 4
        x = plot.left()
        for colour, name in ((LEFT_COLOUR, tr("left")), (RIGHT_COLOUR, tr("right"))):
            painter.fillRect(QRectF(x, y + metrics.height() / 2 - 2, 12, 4), colour)
            painter.drawText(QPointF(x + 16, y + metrics.ascent()), name)
            x += 16 + metrics.horizontalAdvance(name) + 14
        if self.norm_s is not None:
            painter.drawText(QPointF(x, y + metrics.ascent()), tr("- - typical for your age"))


# -- the dialog --------------------------------------------------------------------------


class BalanceTestDialog(QDialog):
    """The guided single-leg balance self-test.

    ``history``: earlier results (any order) for the chart and list. ``age_range``: the
    user's age band as ``core.balance`` names it (None: no comparison, the user may pick one
    on the first page). ``clock``: monotonic seconds; ``now``: aware local time for the
    records.

    Signal ``recorded(BalanceTestRecord)``: a round (both legs, eyes open or closed) ended.
    """

    recorded = Signal(BalanceTestRecord)

    def __init__(
        self,
        *,
        history: Sequence[BalanceTestRecord] = (),
        age_range: str | None = None,
        clock: Callable[[], float] = time.monotonic,
        now: Callable[[], datetime] = local_now,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.history = list(history)
        self.clock = clock
        self.now = now
        self.session = BalanceRun([])
        self.records: list[BalanceTestRecord] = []
        self.setWindowTitle(tr("Balance self-test"))
        self.setObjectName("balanceDialog")

        self.timer = QTimer(self)
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(self.tick)

        self.pages = QStackedWidget()
        self.pages.addWidget(self._intro_page(age_range))
        self.pages.addWidget(self._trial_page())
        self.pages.addWidget(self._result_page())
        self.pages.addWidget(self._observe_page())

        # Space and Enter are the dialog's own keys: the buttons never take focus.
        self.primary = push_button(tr("Start the test"), self.advance, name="", keys_are_ours=True)
        self.primary.setObjectName("primaryButton")
        self.cancel_button = push_button(tr("Cancel"), self.reject, name="", keys_are_ours=True)
        self.cancel_button.setToolTip(tr("Stop the test (Esc)"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.cancel_button)
        buttons.addStretch(1)
        buttons.addWidget(self.primary)

        layout = QVBoxLayout(self)
        # A page taller than the screen (the result at a large font) scrolls; the buttons
        # stay in view.
        self.scroll_area = text_scroll_area(self.pages, self)
        layout.addWidget(self.scroll_area, 1)
        layout.addLayout(buttons)

        # Space belongs to the timer only on the timing pages; elsewhere it keeps its usual
        # meaning (tick the checkbox, open the age list).
        self.space, *self.enter_keys = bind_keys(
            self,
            [
                (Qt.Key.Key_Space, self.start_stop),
                (Qt.Key.Key_Return, self.advance),
                (Qt.Key.Key_Enter, self.advance),
            ],
        )
        self._render()
        # 560x560 at 9 pt, growing with the font; never below what the pages need (an
        # explicit minimum would override the layout's), never beyond the screen.
        fit_window(self, text_width(self, WIDTH_CHARS))
        room = available_area(self).height()
        self.resize(self.width(), max(self.height(), min(text_width(self, WIDTH_CHARS), room)))
        follow_content(self)  # the result page is longer than the first: grow to show it

    # -- pages ---------------------------------------------------------------------------

    def _intro_page(self, age_range: str | None) -> QWidget:
        page = QWidget()
        title = heading(tr("Single-leg balance test"), 1.4)
        steps = [
            tr("Take your shoes off. Stand in front of a mirror, close enough to your desk "
               "to steady yourself if you wobble."),
            tr("Fold your arms across your chest, or put your hands on your hips."),
            tr("Lift one foot just off the floor, without resting it on the other leg."),
            tr("Start the timer (Space) as the foot leaves the floor. Stop it (Space) when the "
               "lifted foot touches down, the standing foot moves or you reach for support. "
               "It stops by itself at 45 seconds."),
            tr("Three tries on each leg, left first; the best one counts."),
        ]  # fmt: skip
        items = "".join(f"<li>{html.escape(step)}</li>" for step in steps)
        self.instructions = QLabel(f"<ol style='-qt-list-indent:1'>{items}</ol>")
        self.instructions.setTextFormat(Qt.TextFormat.RichText)
        self.instructions.setWordWrap(True)
        self.instructions.setAccessibleName(tr("How to do the test"))

        self.eyes_closed = QCheckBox(
            tr("Also test with eyes &closed (harder: keep the desk in reach)")
        )
        self.age = QComboBox()
        self.age.setAccessibleName(tr("Your age, to compare with typical results"))
        self.age.addItem(tr("Not given"), None)
        for band in balance.AGE_RANGES:
            self.age.addItem(band.replace("-", "–"), band)
        if age_range is not None:
            index = self.age.findData(age_range)
            self.age.setCurrentIndex(max(0, index))
        form = QFormLayout()
        form.addRow(tr("Your &age (optional):"), self.age)

        layout = QVBoxLayout(page)
        layout.addWidget(title)
        layout.addWidget(self.instructions)
        layout.addWidget(self.eyes_closed)
        layout.addLayout(form)
        # The single-leg balance exercise's pictures show the stance, when they are there.
        frames = [resource_path("illustrations", f"single-leg-balance-{n}.svg") for n in PICTURE]
        self.picture = IllustrationView()
        if all(frame.is_file() for frame in frames):
            self.picture.set_frames(frames, tr("Single-leg balance"))
            self.picture.set_phase(1.0)
            layout.addWidget(self.picture, 1)
        else:
            self.picture.hide()
            layout.addStretch(1)
        return page

    def _trial_page(self) -> QWidget:
        page = QWidget()
        self.leg_heading = heading("", 1.5)
        self.leg_hint = QLabel()
        self.leg_hint.setWordWrap(True)
        self.leg_hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.try_label = QLabel()
        self.try_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.big_timer = QLabel()
        self.big_timer.setObjectName("balanceTimer")
        self.big_timer.setAlignment(Qt.AlignmentFlag.AlignCenter)
        font = self.big_timer.font()
        font.setPointSizeF(font.pointSizeF() * 4.5)
        font.setBold(True)
        font.setStyleHint(font.StyleHint.Monospace)
        self.big_timer.setFont(font)
        self.big_timer.setAccessibleName(tr("Timer"))
        self.tries_label = heading("", 1.1)
        self.tries_label.setFont(scaled_font(self.font(), 1.15, bold=False))
        self.tries_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.tries_label.setAccessibleName(tr("Times of the tries"))
        self.best_label = heading("", 1.15)
        self.best_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.key_hint = QLabel()
        self.key_hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.key_hint.setWordWrap(True)
        self.key_hint.setEnabled(False)  # muted: a hint
        self.start_button = QPushButton()
        self.start_button.setAutoDefault(False)
        self.start_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.start_button.setMinimumHeight(self.fontMetrics().height() * 3)
        self.start_button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.start_button.clicked.connect(self.start_stop)

        layout = QVBoxLayout(page)
        self.leg_heading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.leg_heading)
        layout.addWidget(self.leg_hint)
        layout.addStretch(1)
        layout.addWidget(self.try_label)
        layout.addWidget(self.big_timer)
        layout.addWidget(self.start_button)
        layout.addWidget(self.tries_label)
        layout.addWidget(self.best_label)
        layout.addStretch(1)
        layout.addWidget(self.key_hint)
        return page

    def _observe_page(self) -> QWidget:
        """After each leg's tries (eyes open): what the mirror showed."""
        page = QWidget()
        self.observe_heading = heading("", 1.4)
        self.observe_hint = paragraph("")
        self.sign_boxes: dict[BalanceSign, QCheckBox] = {}
        layout = QVBoxLayout(page)
        layout.addWidget(self.observe_heading)
        layout.addWidget(self.observe_hint)
        for sign in SIGNS:
            box = QCheckBox()
            box.setObjectName(f"sign_{sign.value}")
            self.sign_boxes[sign] = box
            layout.addWidget(box)
        self.observe_note = muted(
            paragraph(
                tr(
                    "Nothing ticked means you saw none of these. A pelvis that drops on "
                    "the lifted side is the sign to watch: the side muscles of the "
                    "standing hip (gluteus medius) are not holding it level yet."
                )
            )
        )
        layout.addWidget(self.observe_note)
        # The stance, standing on the leg just timed (the frames stand on the left).
        frames = [resource_path("illustrations", f"single-leg-balance-{n}.svg") for n in PICTURE]
        self.observe_picture = IllustrationView()
        if all(frame.is_file() for frame in frames):
            self.observe_picture.set_frames(frames, tr("Single-leg balance"))
            self.observe_picture.set_phase(1.0)
            layout.addWidget(self.observe_picture, 1)
        else:
            self.observe_picture.hide()
            layout.addStretch(1)
        return page

    def _result_page(self) -> QWidget:
        page = QWidget()
        title = heading(tr("Your result"), 1.4)
        self.result_grid = QGridLayout()
        self.result_grid.setHorizontalSpacing(24)
        self.comparison = QLabel()
        self.comparison.setWordWrap(True)
        self.difference = QLabel()
        self.difference.setWordWrap(True)
        self.signs_label = QLabel()
        self.signs_label.setObjectName("balanceSigns")
        self.signs_label.setWordWrap(True)
        self.signs_label.setAccessibleName(tr("Mirror check"))
        self.chart = BalanceChart()
        self.history_list = QLabel()
        self.history_list.setWordWrap(True)
        self.history_list.setTextFormat(Qt.TextFormat.RichText)
        layout = QVBoxLayout(page)
        layout.addWidget(title)
        layout.addLayout(self.result_grid)
        layout.addWidget(self.comparison)
        layout.addWidget(self.difference)
        layout.addWidget(self.signs_label)
        layout.addWidget(heading(tr("Over time (eyes open)"), 1.0))
        layout.addWidget(self.chart, 1)
        layout.addWidget(self.history_list)
        return page

    # -- state ---------------------------------------------------------------------------

    @property
    def page(self) -> str:
        return ("intro", "trial", "result", "observe")[self.pages.currentIndex()]

    @property
    def trial(self) -> LegTrial | None:
        if self.page != "trial":
            return None
        return self.session.trial

    @property
    def age_range(self) -> str | None:
        return self.age.currentData()

    # -- intents -------------------------------------------------------------------------

    def start_stop(self) -> None:
        """Space: start a try, stop the running one, or move on once no try is left."""
        trial = self.trial
        if trial is None:
            return
        if trial.press(self.clock()) is Press.DONE:
            self.advance()
            return
        self._render()

    def advance(self) -> None:
        """Enter: begin, go on to the next leg (stopping a running try), or close."""
        page = self.page
        if page == "intro":
            self.session = BalanceRun.planned(eyes_closed=self.eyes_closed.isChecked())
            self.pages.setCurrentIndex(1)
        elif page == "trial":
            if self.session.enter(self.clock()):
                if self.session.trial.observable:
                    self._observe()
                else:
                    self._next_leg()
        elif page == "observe":
            self.session.observe(
                tuple(sign for sign, box in self.sign_boxes.items() if box.isChecked())
            )
            self._next_leg()
        else:
            self.accept()
            return
        self._render()

    def tick(self) -> None:
        trial = self.trial
        if trial is not None:
            trial.tick(self.clock())
        self._render()

    def reject(self) -> None:
        self.timer.stop()
        super().reject()

    def _observe(self) -> None:
        """The mirror check for the leg just timed: a fresh checklist."""
        leg = self.session.trial.leg
        self.pages.setCurrentIndex(3)
        self.observe_heading.setText(
            tr("Left leg: what did the mirror show?")
            if leg is Leg.LEFT
            else tr("Right leg: what did the mirror show?")
        )
        self.observe_hint.setText(
            tr(
                "Think back to your tries standing on that leg, or stand on it once more "
                "and look. Tick what you saw (Space ticks, Tab moves), then Enter."
            )
        )
        self.observe_picture.set_mirrored(leg is Leg.RIGHT)
        for sign, box in self.sign_boxes.items():
            box.setText(sign_text(sign, leg))
            box.setAccessibleName(plain_text(box.text()))
            box.setChecked(False)
        self.sign_boxes[SIGNS[0]].setFocus(Qt.FocusReason.OtherFocusReason)

    def _next_leg(self) -> None:
        self.pages.setCurrentIndex(1)
        record = self.session.next_leg(self.now())
        if record is not None:
            self.records.append(record)
            log.info(
                "balance test (%s): left %.1f s, right %.1f s",
                record.eyes,
                record.left_s,
                record.right_s,
            )
            self.recorded.emit(record)
        if self.session.finished:
            self.pages.setCurrentIndex(2)
            self._fill_results()

    # -- comparisons (the rules are core.balance's) ----------------------------------------

    def _signs_text(self, record: BalanceTestRecord | None) -> str:
        """The mirror check of this test, then the trend over the latest tests."""
        if record is None or not record.observed:
            return ""
        lines = [tr("Mirror check:")]
        for leg, signs in (
            (tr("• standing on the left leg: {0}"), record.left_signs),
            (tr("• standing on the right leg: {0}"), record.right_signs),
        ):
            seen = tr(", ").join(sign_name(sign) for sign in signs or ()) or tr("nothing seen")
            lines.append(leg.format(seen))
        if not pelvis_drop_free(record):
            lines.append(
                tr(
                    "A pelvis that drops: the side muscles of the standing hip are not "
                    "holding it level yet (the hip abduction exercises train them). Level 3 "
                    "waits for a test without a drop."
                )
            )
        # The trend says more than this test only once there are earlier observed ones.
        if any(r.observed for r in self.history):
            found = trends([*self.history, *self.records])
            if found:
                lines.append(tr("Over your latest tests:"))
                lines.extend(tr("• {0}").format(trend_text(trend)) for trend in found)
        return "\n".join(lines)

    def _norm_line(self, record: BalanceTestRecord, age_range: str | None) -> str:
        """A round against the age norm: the typical time, and where each leg stands."""
        if age_range is None:
            return ""
        left = balance.compare(record.left_s, age_range, record.eyes)
        right = balance.compare(record.right_s, age_range, record.eyes)
        eyes = tr("Eyes open") if record.eyes is Eyes.OPEN else tr("Eyes closed")
        return tr("{0}: typical for ages {1} is about {2}. Left leg {3}, right leg {4}.").format(
            eyes,
            age_range.replace("-", "–"),
            typical_text(left.norm_s),
            standing_text(left.standing),
            standing_text(right.standing),
        )

    def _asymmetry_line(self, record: BalanceTestRecord) -> str:
        left, right = record.left_s, record.right_s
        if abs(left - right) < balance.ASYMMETRY_FLOOR_S:
            # Says nothing about how good the time is: 2 s on each leg is "the same" too.
            return tr("Left and right are within {0} of each other.").format(
                seconds_text(balance.ASYMMETRY_FLOOR_S)
            )
        weaker = tr("left") if left < right else tr("right")
        fact = tr("Your {0} leg is {1} behind the other.").format(
            weaker, seconds_text(abs(left - right))
        )
        if not balance.is_asymmetric(left, right):
            return fact
        advice = tr(
            "That is a big difference, and the place to start: give the {0} leg extra "
            "single-leg practice."
        ).format(weaker)
        return f"{fact} {advice}"

    # -- rendering -----------------------------------------------------------------------

    def _render(self) -> None:
        page = self.page
        trial = self.trial
        self.space.setEnabled(page == "trial")
        if trial is not None and trial.timing:
            if not self.timer.isActive():
                self.timer.start()
        elif self.timer.isActive():
            self.timer.stop()
        if page == "intro":
            self.primary.setText(tr("Start the test"))
            self.primary.setToolTip(tr("Begin with the left leg (Enter)"))
            return
        if page == "observe":
            upcoming = self.session.upcoming
            self.primary.setText(
                tr("See the result")
                if upcoming is None
                else tr("Next: {0}").format(self._next_name(upcoming))
            )
            self.primary.setEnabled(True)
            self.primary.setToolTip(tr("Move on (Enter)"))
            return
        if page == "result":
            self.primary.setText(tr("Close"))
            self.primary.setToolTip(tr("Close (Enter)"))
            self.cancel_button.hide()
            return
        assert trial is not None
        t = self.clock()
        leg = tr("Left leg") if trial.leg is Leg.LEFT else tr("Right leg")
        eyes = tr("eyes open") if trial.eyes is Eyes.OPEN else tr("eyes closed")
        self.leg_heading.setText(tr("{0} · {1}").format(leg, eyes))
        self.leg_hint.setText(
            tr("Stand on your left leg and lift your right foot.")
            if trial.leg is Leg.LEFT
            else tr("Stand on your right leg and lift your left foot.")
        )
        self.try_label.setText(tr("Try {0} of {1}").format(trial.try_number, TRIES))
        self.big_timer.setText(decimal_text(trial.elapsed(t), 1))
        shown = [seconds_text(s) for s in trial.tries] + ["–"] * (TRIES - len(trial.tries))
        self.tries_label.setText("  ·  ".join(shown))
        best = trial.best
        self.best_label.setText(
            tr("Best: {0}").format(seconds_text(best)) if best is not None else ""
        )
        upcoming = self.session.upcoming
        onward = (
            tr("See the result")
            if upcoming is None
            else tr("Next: {0}").format(self._next_name(upcoming))
        )
        if trial.timing:
            self.start_button.setText(tr("Stop (Space)"))
            self.key_hint.setText(tr("Space when your foot touches down. It stops at 45 s."))
        elif trial.can_try:
            self.start_button.setText(
                tr("Start (Space)") if not trial.tries else tr("Try again (Space)")
            )
            self.key_hint.setText(
                tr("Space starts the timer as your foot leaves the floor.")
                if not trial.tries
                else tr("Space for another try, Enter to move on.")
            )
        else:
            self.start_button.setText(tr("{0} (Space)").format(onward))
            self.key_hint.setText(tr("Done with this leg."))
        self.primary.setText(onward)
        # While the clock runs, Enter only stops it: the button says where it goes next,
        # but is not offered until there is a time to keep.
        self.primary.setEnabled(bool(trial.tries) and not trial.timing)
        self.primary.setToolTip(tr("Move on (Enter)"))

    def _next_name(self, upcoming: LegTrial) -> str:
        leg = tr("right leg") if upcoming.leg is Leg.RIGHT else tr("left leg")
        if upcoming.eyes is Eyes.CLOSED and self.session.trial.eyes is Eyes.OPEN:
            return tr("{0}, eyes closed").format(leg)
        return leg

    def _fill_results(self) -> None:
        grid = self.result_grid
        grid.addWidget(QLabel(""), 0, 0)
        for column, name in enumerate((tr("Left leg"), tr("Right leg")), start=1):
            grid.addWidget(heading(name), 0, column)
        for row, record in enumerate(self.records, start=1):
            eyes = tr("Eyes open") if record.eyes is Eyes.OPEN else tr("Eyes closed")
            grid.addWidget(heading(eyes), row, 0)
            for column, seconds in enumerate((record.left_s, record.right_s), start=1):
                label = heading(seconds_text(seconds), 1.3)
                grid.addWidget(label, row, column)
        grid.setColumnStretch(3, 1)

        age = self.age_range
        lines = [self._norm_line(record, age) for record in self.records]
        if age is None:
            lines = [
                tr(
                    "Set your age range on the first page next time to compare these times "
                    "with typical results for your age."
                )
            ]
        else:
            lines.append(tr("Source of the typical times: {0}.").format(balance.NORMS_SOURCE))
        self.comparison.setText("\n".join(line for line in lines if line))
        self.comparison.setVisible(any(lines))
        opened = next((r for r in self.records if r.eyes is Eyes.OPEN), None)
        self.difference.setText(self._asymmetry_line(opened) if opened else "")
        self.difference.setVisible(bool(self.difference.text()))
        self.signs_label.setText(self._signs_text(opened))
        self.signs_label.setVisible(bool(self.signs_label.text()))

        everything = [r for r in self.history + self.records if r.eyes is Eyes.OPEN]
        norm = balance.norm_for(age, Eyes.OPEN) if age is not None else None
        self.chart.set_records(everything, norm)
        earlier = sorted(self.history, key=lambda r: r.at, reverse=True)[:HISTORY_SHOWN]
        if earlier:
            rows = "".join(
                "<li>"
                + html.escape(
                    tr("{0}: left {1}, right {2} ({3})").format(
                        day_month_year(r.at),
                        seconds_text(r.left_s),
                        seconds_text(r.right_s),
                        tr("eyes open") if r.eyes is Eyes.OPEN else tr("eyes closed"),
                    )
                )
                + "</li>"
                for r in earlier
            )
            self.history_list.setText(
                html.escape(tr("Earlier tests:")) + f"<ul style='-qt-list-indent:1'>{rows}</ul>"
            )
        else:
            first = tr(
                "This is your first test: do it again in a couple of weeks to see the change."
            )
            self.history_list.setText(html.escape(first))


def standing_text(standing: balance.Standing) -> str:
    return {
        balance.Standing.BELOW: tr("below it"),
        balance.Standing.AROUND: tr("around it"),
        balance.Standing.ABOVE: tr("above it"),
    }[standing]
