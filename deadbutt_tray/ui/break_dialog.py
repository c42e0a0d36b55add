"""The guided break: one exercise at a time, with its picture, cues and a clock.

All timing rules live in :class:`deadbutt_tray.core.rules.break_plan.BreakSession`; this dialog
feeds it the injected monotonic clock ~10 times a second while it runs, renders what the
session says, and turns keys and buttons into session intents. The timer stops whenever
the break is paused, hidden or over, so an idle dialog costs no CPU.

Keys: Space pause/resume, → next, ← back, Enter done, Esc skip, H (or Alt+H) "This hurts".
Enter and Esc do nothing in the first 2 s (the Enter that started the break, pressed twice
or held, must not end it), and held keys do not repeat.
"""

from __future__ import annotations

import html
import logging
import time
from collections.abc import Callable, Sequence
from datetime import datetime

from PySide6.QtCore import QSize, Qt, QTimer, Signal
from PySide6.QtGui import QHideEvent, QKeyEvent, QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QBoxLayout,
    QDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from deadbutt_tray.core.model.exercises import (
    DEFAULT_PHASES,
    Dose,
    Exercise,
    PhaseWord,
    SideMeans,
    Sides,
)
from deadbutt_tray.core.model.records import Outcome, PainArea, PainRecord
from deadbutt_tray.core.rules.break_plan import (
    BreakResult,
    BreakSession,
    PlanStep,
    RepStage,
    RestReason,
    Side,
    StepKind,
    plan,
)
from deadbutt_tray.ui.illustration import IllustrationView
from deadbutt_tray.ui.pain_dialog import PainDialog
from deadbutt_tray.ui.safety import safety_short
from deadbutt_tray.ui.text import countdown_text, directional, short_duration, tr
from deadbutt_tray.ui.widgets import (
    arrow_keys,
    available_area,
    bind_keys,
    fit_window,
    push_button,
    text_scroll_area,
)

log = logging.getLogger(__name__)

TICK_MS = 100  # 10 Hz: smooth enough for a seconds countdown and the rep animation
MAX_GAP_S = 3.0  # a longer silence between ticks is sleep or a stall, not exercise
KEY_GUARD_S = 2.0  # no single key ends a break this soon after it starts
MAX_CUES = 4
NARROW_PX = 640  # narrower: the buttons take two rows
DEFAULT_SIZE = QSize(820, 560)
MAX_ZOOM = 1.8  # text grows with the window up to this factor
# The "This hurts" red: the tray icon's "due" colour, readable on light and dark windows.
_HURT = "214, 69, 69"


def local_now() -> datetime:
    return datetime.now().astimezone()


# -- texts ---------------------------------------------------------------------------------


def dose_text(dose: Dose) -> str:
    """The dose in a line: "10 reps per side · 2 s hold", "2 × 30 s hold per side"."""
    each = dose.sides is Sides.EACH
    if dose.reps:
        amount = (
            tr("{0} × %n rep(s)", "", dose.reps).format(dose.sets)
            if dose.sets > 1
            else tr("%n rep(s)", "", dose.reps)
        )
        if each:
            amount = tr("{0} per side").format(amount)
        if dose.hold_s:
            amount = tr("{0} · {1} s hold").format(amount, dose.hold_s)
        return amount
    hold = dose.hold_s or 0
    amount = (
        tr("{0} × {1} s hold").format(dose.sets, hold)
        if dose.sets > 1
        else tr("{0} s hold").format(hold)
    )
    return tr("{0} per side").format(amount) if each else amount


def side_name(side: Side) -> str:
    return {Side.LEFT: tr("left leg"), Side.RIGHT: tr("right leg"), Side.BOTH: ""}[side]


def side_phrase(side: Side, means: SideMeans = SideMeans.MOVING) -> str:
    """Which leg, said so it cannot be misread: "Standing on your left leg"."""
    if side is Side.BOTH:
        return ""
    left = side is Side.LEFT
    phrases = {
        SideMeans.MOVING: (tr("Left leg moving"), tr("Right leg moving")),
        SideMeans.STANDING: (tr("Standing on your left leg"), tr("Standing on your right leg")),
        SideMeans.FRONT: (tr("Left foot in front"), tr("Right foot in front")),
        SideMeans.BACK: (tr("Left leg behind"), tr("Right leg behind")),
        SideMeans.LEADING: (tr("Leading with your left leg"), tr("Leading with your right leg")),
        SideMeans.LYING: (tr("Lying on your left side"), tr("Lying on your right side")),
    }
    return phrases[means][0 if left else 1]


def banner_text(step: PlanStep, means: SideMeans = SideMeans.MOVING) -> str:
    """The side banner: which side, a switch, a rest, or getting ready."""
    sets = tr("set {0} of {1}").format(step.set_no, step.sets) if step.sets > 1 else ""
    side = side_phrase(step.side, means)
    if step.rest is RestReason.GET_READY:
        if step.side is Side.BOTH:
            return tr("Get ready")
        return tr("Get ready · first: {0}").format(side)
    if step.rest is RestReason.SWITCH_SIDE:
        return tr("Switch sides · {0}").format(side)
    if step.rest is RestReason.NEXT_SET:
        upcoming = " · ".join(part for part in (sets, side) if part)
        return tr("Rest · next: {0}").format(upcoming)
    parts = [side, sets[:1].upper() + sets[1:]]
    return " · ".join(part for part in parts if part)


def phase_word(word: PhaseWord) -> str:
    """A repetition's phase word, translated (the TOML names one of a fixed list)."""
    return {
        PhaseWord.LIFT: tr("Lift"),
        PhaseWord.LOWER: tr("Lower"),
        PhaseWord.DOWN: tr("Down"),
        PhaseWord.UP: tr("Up"),
        PhaseWord.SQUEEZE: tr("Squeeze"),
        PhaseWord.RELAX: tr("Relax"),
        PhaseWord.BACK: tr("Back"),
        PhaseWord.RETURN: tr("Return"),
        PhaseWord.OUT: tr("Out"),
        PhaseWord.IN: tr("In"),
        PhaseWord.OPEN: tr("Open"),
        PhaseWord.CLOSE: tr("Close"),
        PhaseWord.REACH: tr("Reach"),
        PhaseWord.STAND: tr("Stand"),
        PhaseWord.SIT: tr("Sit"),
        PhaseWord.HINGE: tr("Hinge"),
        PhaseWord.ROCK_FORWARD: tr("Rock forward"),
        PhaseWord.ROCK_BACK: tr("Rock back"),
        PhaseWord.STEP_OUT: tr("Step out"),
        PhaseWord.FOLLOW: tr("Follow"),
    }[word]


def stage_text(stage: RepStage | None, phases: tuple[PhaseWord, PhaseWord] = DEFAULT_PHASES) -> str:
    """The rep caption: the exercise's own word for each half ("Down", "Hold", "Up")."""
    if stage is None:
        return ""
    if stage is RepStage.HOLD:
        return tr("Hold")
    return phase_word(phases[0] if stage is RepStage.LIFT else phases[1])


def avoid_text(exercise: Exercise) -> str:
    """The one mistake to watch for (the first listed), or nothing."""
    if not exercise.mistakes:
        return ""
    return tr("Avoid: {0}").format(exercise.mistakes[0])


# -- the dialog ----------------------------------------------------------------------------


class BreakDialog(QDialog):
    """The guided break dialog (non-modal).

    ``exercises`` are resolved by the app, in routine order, with exercises the user
    left out already removed. ``clock`` is a monotonic seconds counter, ``now`` gives the
    aware local time for pain records, ``on_step`` is called at every step change (the app
    passes its chime, or nothing for silence).

    Signals:
        finished(BreakResult): once, when the break ends in any way (done, skipped, closed,
            or the last step ran out). Shadows ``QDialog.finished(int)`` on purpose:
            connecting to ``dialog.finished`` gets the result.
        pain_reported(PainRecord): "This hurts" was confirmed; the app stores it and
            leaves that exercise out of future routines.
    """

    finished = Signal(BreakResult)
    pain_reported = Signal(PainRecord)

    def __init__(
        self,
        routine_name: str,
        exercises: Sequence[Exercise],
        *,
        routine_id: str = "",
        routine_kind: str = "",
        clock: Callable[[], float] = time.monotonic,
        now: Callable[[], datetime] = local_now,
        on_step: Callable[[], None] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.exercises = tuple(exercises)
        self.clock = clock
        self.now = now
        self.on_step = on_step
        self.session = BreakSession(
            plan(self.exercises), routine=routine_id, kind=routine_kind, max_gap_s=MAX_GAP_S
        )
        self.pain_dialog: PainDialog | None = None
        self._shown_serial = -1
        self._emitted = False
        self._started_at: float | None = None

        self.setWindowTitle(tr("Guided break · {0}").format(routine_name))
        self.setObjectName("breakDialog")
        self.setModal(False)
        self.setSizeGripEnabled(True)
        self.setMinimumSize(480, 360)
        room = available_area(self).size()
        self.resize(DEFAULT_SIZE.boundedTo(room))  # the window, not the text, gives way

        self.timer = QTimer(self)
        self.timer.setInterval(TICK_MS)
        self.timer.setTimerType(Qt.TimerType.CoarseTimer)  # lets the OS batch wakeups
        self.timer.timeout.connect(self.tick)

        self._build(routine_name)
        self._bind_keys()
        self._render()
        self._user_sized = False
        self._grow_to_words()

    # -- building ------------------------------------------------------------------------

    def _scaled(self, label: QLabel, factor: float, *, bold: bool) -> None:
        """Size ``label``'s font ``factor`` times the base, and again as the window grows."""
        self._scaled_labels.append((label, factor))
        _scale_font(label, factor, bold=bold)

    def _build(self, routine_name: str) -> None:
        self._scaled_labels: list[tuple[QLabel, float]] = []
        self._base_pt = self.font().pointSizeF()
        self._zoom = 1.0
        self.title = QLabel(routine_name)
        self.title.setObjectName("breakTitle")
        _scale_font(self.title, 1.2, bold=True)
        self.progress = QProgressBar()
        self.progress.setRange(0, 1000)
        self.progress.setAccessibleName(tr("Progress through the routine"))
        self.progress.setMaximumHeight(self.fontMetrics().height() + 8)

        self.illustration = IllustrationView()

        self.name = QLabel()
        self.name.setObjectName("exerciseName")
        self.name.setWordWrap(True)
        self._scaled(self.name, 1.5, bold=True)
        self.dose = QLabel()
        self.dose.setObjectName("exerciseDose")
        self.dose.setWordWrap(True)
        self._scaled(self.dose, 1.05, bold=False)
        self.summary = QLabel()
        self.summary.setObjectName("exerciseSummary")
        self.summary.setWordWrap(True)
        self._scaled(self.summary, 1.0, bold=False)
        self.cues = QLabel()
        self.cues.setObjectName("exerciseCues")
        self.cues.setWordWrap(True)
        self.cues.setTextFormat(Qt.TextFormat.RichText)
        self.cues.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.cues.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        self._scaled(self.cues, 1.0, bold=False)
        self.avoid = QLabel()
        self.avoid.setObjectName("exerciseAvoid")
        self.avoid.setWordWrap(True)
        self._scaled(self.avoid, 0.95, bold=False)

        self.banner = QLabel()
        self.banner.setObjectName("sideBanner")
        self.banner.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.banner.setWordWrap(True)
        self._scaled(self.banner, 1.15, bold=True)
        self.banner.setAccessibleName(tr("Side and step"))

        self.counter = QLabel()
        self.counter.setObjectName("bigCounter")
        self.counter.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._scaled(self.counter, 3.6, bold=True)
        self.counter.setAccessibleName(tr("Countdown or repetition count"))
        self.caption = QLabel()
        self.caption.setObjectName("counterCaption")
        self.caption.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._scaled(self.caption, 1.1, bold=False)
        self.tempo = QProgressBar()
        self.tempo.setObjectName("tempo")
        self.tempo.setRange(0, 1000)
        self.tempo.setTextVisible(False)
        self.tempo.setFixedHeight(8)
        self.tempo.setAccessibleName(tr("Tempo of the current repetition"))

        # The exercise's words scroll when the window is short (a small screen, a large
        # font); the side banner, the counter and the tempo below them stay in view.
        words = QWidget()
        words_layout = QVBoxLayout(words)
        words_layout.setContentsMargins(0, 0, 6, 0)  # room for the scroll bar
        for label in (self.name, self.dose, self.summary, self.cues, self.avoid):
            words_layout.addWidget(label)
        words_layout.addStretch(1)
        self.words_area = text_scroll_area(words)
        info = QWidget()
        info_layout = QVBoxLayout(info)
        info_layout.setContentsMargins(0, 0, 0, 0)
        info_layout.addWidget(self.words_area, 1)
        info_layout.addWidget(self.banner)
        info_layout.addWidget(self.counter)
        info_layout.addWidget(self.caption)
        info_layout.addWidget(self.tempo)
        info.setMinimumWidth(200)

        exercise_page = QWidget()
        self.body = QBoxLayout(QBoxLayout.Direction.LeftToRight, exercise_page)
        self.body.setContentsMargins(0, 0, 0, 0)
        self.body.setSpacing(16)
        self.body.addWidget(self.illustration, 3)
        self.body.addWidget(info, 2)

        self.finish_heading = QLabel()
        self.finish_heading.setObjectName("finishHeading")
        self.finish_heading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.finish_heading.setWordWrap(True)
        self._scaled(self.finish_heading, 1.8, bold=True)
        self.finish_text = QLabel()
        self.finish_text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.finish_text.setWordWrap(True)
        self._scaled(self.finish_text, 1.1, bold=False)
        finish_page = QWidget()
        finish_layout = QVBoxLayout(finish_page)
        finish_layout.addStretch(1)
        finish_layout.addWidget(self.finish_heading)
        finish_layout.addWidget(self.finish_text)
        finish_layout.addStretch(1)

        self.pages = QStackedWidget()
        self.pages.addWidget(exercise_page)
        self.pages.addWidget(finish_page)

        self.back_button = self._button(
            directional(tr("◀ Back")), directional(tr("Back to the previous exercise step (←)"))
        )
        self.pause_button = self._button(tr("Pause"), tr("Pause or resume (Space)"))
        self.next_button = self._button(
            directional(tr("Next ▶")), directional(tr("Go on to the next step (→)"))
        )
        self.hurt_button = self._button(
            tr("This hurts"), tr("Stop this exercise and get safety advice (H)")
        )
        self.hurt_button.setObjectName("hurtButton")
        self.hurt_button.setStyleSheet(
            f"QPushButton#hurtButton {{ color: rgb({_HURT}); font-weight: bold;"
            f" background: rgba({_HURT}, 0.10); border: 1px solid rgba({_HURT}, 0.8);"
            " border-radius: 5px; padding: 5px 14px; }"
            f" QPushButton#hurtButton:hover {{ background: rgba({_HURT}, 0.22); }}"
            f" QPushButton#hurtButton:pressed {{ background: rgba({_HURT}, 0.32); }}"
        )
        self.skip_button = self._button(tr("Skip"), tr("Skip the rest of this break (Esc)"))
        self.done_button = self._button(tr("Done"), tr("Finish the break now (Enter)"))
        self.close_button = self._button(tr("Close"), tr("Close (Enter)"))
        self.back_button.clicked.connect(self.go_back)
        self.pause_button.clicked.connect(self.toggle_pause)
        self.next_button.clicked.connect(self.go_next)
        self.hurt_button.clicked.connect(self.report_pain)
        self.skip_button.clicked.connect(self.skip)
        self.done_button.clicked.connect(self.finish_now)
        self.close_button.clicked.connect(self.accept)
        self.close_button.hide()

        # One row when there is room; below NARROW_PX "This hurts" gets a row of its own
        # rather than being squeezed (see resizeEvent).
        self.buttons = QGridLayout()
        self.buttons.setColumnStretch(3, 1)
        self.buttons.setColumnStretch(5, 1)
        for column, button in enumerate(
            (self.back_button, self.pause_button, self.next_button, None, self.hurt_button)
        ):
            if button is not None:
                self.buttons.addWidget(button, 0, column)
        for column, button in (
            (6, self.skip_button),
            (7, self.done_button),
            (8, self.close_button),
        ):
            self.buttons.addWidget(button, 0, column)
        self._narrow = False
        self._roomy = True

        header = QHBoxLayout()
        header.addWidget(self.title)
        header.addWidget(self.progress, 1)

        rule = QFrame()
        rule.setFrameShape(QFrame.Shape.HLine)
        rule.setFrameShadow(QFrame.Shadow.Sunken)

        root = QVBoxLayout(self)
        root.addLayout(header)
        root.addWidget(self.pages, 1)
        root.addWidget(rule)
        root.addLayout(self.buttons)

    def _button(self, text: str, tip: str) -> QPushButton:
        # Space and Enter are the dialog's own keys; a focused button would steal them.
        return push_button(text, tip=tip, name="", keys_are_ours=True)

    def _bind_keys(self) -> None:
        next_key, back_key = arrow_keys()  # mirrored right to left, as the buttons are
        self.shortcuts = bind_keys(
            self,
            [
                (Qt.Key.Key_Space, self.toggle_pause),
                (next_key, self.go_next),
                (back_key, self.go_back),
                (Qt.Key.Key_Return, self._guarded(self.finish_now)),
                (Qt.Key.Key_Enter, self._guarded(self.finish_now)),
                (Qt.Key.Key_Escape, self._guarded(self.skip)),
                # Plain keys rather than a mnemonic: mnemonics are off on some platforms.
                (Qt.Key.Key_H, self.report_pain),
                (Qt.Key.Key_H | Qt.KeyboardModifier.AltModifier, self.report_pain),
            ],
        )
        for shortcut in self.shortcuts:
            # A held key repeats: it must not press Next or Done over and over.
            shortcut.setAutoRepeat(False)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Keys that reach the dialog without its shortcuts (it is not the active window
        # yet, right after opening): QDialog would end the break on Esc at once. The
        # same guard applies.
        plain = not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if plain and event.key() == Qt.Key.Key_Escape:
            if not event.isAutoRepeat():
                self._guarded(self.skip)()
            event.accept()
            return
        if plain and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if not event.isAutoRepeat():
                self._guarded(self.finish_now)()
            event.accept()
            return
        super().keyPressEvent(event)

    def _guarded(self, slot: Callable[[], None]) -> Callable[[], None]:
        """``slot`` for a key that ends the break, ignored in the break's first seconds:
        the Enter that started it from the prompt, pressed twice or held, must not end it
        as "skipped" a moment later. The buttons (a deliberate click) always work."""

        def guarded() -> None:
            started = self._started_at
            if started is None or self.session.finished or self.clock() - started >= KEY_GUARD_S:
                slot()
            else:
                log.debug("ignored a key that ends the break %.1f s in", self.clock() - started)

        return guarded

    # -- intents -------------------------------------------------------------------------

    def start(self) -> None:
        """Start the break (done by the first show; harmless to call again)."""
        if not self.session.started:
            self._started_at = self.clock()
            self.session.start(self._started_at)
            self._after_change()

    def tick(self) -> None:
        """Feed the clock to the session and redraw (the timer calls this)."""
        self.session.tick(self.clock())
        if self.session.finished and not self._emitted and self.on_step is not None:
            self.on_step()  # the last step ran out: the routine is over, say so
        self._after_change()

    def toggle_pause(self) -> None:
        if self.session.finished:
            return
        if self.session.paused:
            self.session.resume(self.clock())
        else:
            self.session.pause(self.clock())
        self._after_change()

    def go_next(self) -> None:
        self.session.next(self.clock())
        self._after_change()

    def go_back(self) -> None:
        self.session.back(self.clock())
        self._after_change()

    def finish_now(self) -> None:
        """Enter / Done: end now, recording what was done (or close the final page)."""
        if self.session.started and not self.session.finished:
            self.session.done(self.clock())
            self._after_change()
        self.accept()

    def skip(self) -> None:
        """Esc / Skip: end at once; the record still says what was done."""
        self.reject()

    def reject(self) -> None:
        # Every way out that is not Done lands here: Esc, Skip, the window's close button
        # (QDialog.closeEvent calls reject) and the final page's Close.
        if self.session.started and not self.session.finished:
            self.session.skip(self.clock())
            self._after_change()
        super().reject()

    def report_pain(self) -> None:
        """'This hurts': pause, then ask where and how much (the break waits)."""
        exercise_id = self.session.hurt_candidate
        if exercise_id is None or self.pain_dialog is not None:
            return
        if not self.session.paused:
            self.session.pause(self.clock())
            self._after_change()
        exercise = next(e for e in self.exercises if e.id == exercise_id)
        dialog = PainDialog(exercise.name, self)
        dialog.reported.connect(
            lambda area, rating: self._pain_confirmed(exercise.id, area, rating)
        )
        dialog.finished.connect(self._pain_closed)
        self.pain_dialog = dialog
        dialog.open()

    def _pain_confirmed(self, exercise_id: str, area: PainArea, rating: int) -> None:
        self.pain_reported.emit(PainRecord(self.now(), exercise_id, area, rating))
        self.session.hurt(self.clock(), exercise_id)
        self._after_change()

    def _pain_closed(self) -> None:
        if self.pain_dialog is not None:
            self.pain_dialog.deleteLater()
        self.pain_dialog = None
        self.activateWindow()

    # -- Qt events -----------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.start()
        self._update_timer()

    def hideEvent(self, event: QHideEvent) -> None:
        # Hidden or minimised: the user is not watching, so the break waits for them.
        if self.session.started and not self.session.finished and not self.session.paused:
            self.session.pause(self.clock())
            self._render()
        self.timer.stop()
        super().hideEvent(event)

    def _grow_to_words(self) -> None:
        """Taller, while the screen has room, so the exercise's words need no scrolling;
        never once the user has sized the window, never smaller, never narrower than it
        is (the minimum stays the dialog's own: a short window drops the cue list)."""
        if not self._user_sized:
            fit_window(self, grow_only=True, widen=False, set_minimum=False)

    def resizeEvent(self, event: QResizeEvent) -> None:
        if event.spontaneous():  # the window manager's: the user dragged a border
            self._user_sized = True
        # Portrait windows put the picture on top, landscape ones beside the text.
        size = event.size()
        direction = (
            QBoxLayout.Direction.TopToBottom
            if size.width() < size.height()
            else QBoxLayout.Direction.LeftToRight
        )
        if self.body.direction() != direction:
            self.body.setDirection(direction)
        narrow = size.width() < NARROW_PX
        if narrow != self._narrow:
            self._narrow = narrow
            self.buttons.removeWidget(self.hurt_button)
            if narrow:
                self.buttons.addWidget(self.hurt_button, 1, 0, 1, 9, Qt.AlignmentFlag.AlignCenter)
            else:
                self.buttons.addWidget(self.hurt_button, 0, 4)
        # A big window (or a full screen across the room) gets bigger text, never smaller
        # than the desktop's own size: the point is to read it from a step away.
        fit = min(size.width() / DEFAULT_SIZE.width(), size.height() / DEFAULT_SIZE.height())
        zoom = round(min(max(fit, 1.0), MAX_ZOOM), 1)
        if zoom != self._zoom and self._base_pt > 0:
            self._zoom = zoom
            for label, factor in self._scaled_labels:
                font = label.font()
                font.setPointSizeF(self._base_pt * factor * zoom)
                label.setFont(font)
        # A short window drops the cue list before it squeezes the picture away.
        self._roomy = size.height() >= 420 or direction is QBoxLayout.Direction.TopToBottom
        self.cues.setVisible(self._roomy)
        self._show_extras()
        super().resizeEvent(event)

    def sizeHint(self) -> QSize:
        return DEFAULT_SIZE

    # -- rendering -----------------------------------------------------------------------

    def _after_change(self) -> None:
        """After any intent or tick: chime on a new step, emit the end, redraw, timer."""
        session = self.session
        if session.serial != self._shown_serial:
            if self._shown_serial >= 0 and self.on_step is not None:
                self.on_step()
            self._shown_serial = session.serial
            # A step's words may be longer: let them show before they render.
            QTimer.singleShot(0, self._grow_to_words)
        if session.finished and not self._emitted:
            self._emitted = True
            result = session.result
            assert result is not None
            log.info("guided break ended: %s", result.outcome)
            self.finished.emit(result)
        self._render()
        self._update_timer()

    def _update_timer(self) -> None:
        running = (
            self.session.started
            and not self.session.finished
            and not self.session.paused
            and self.isVisible()
        )
        if running and not self.timer.isActive():
            self.timer.start()
        elif not running and self.timer.isActive():
            self.timer.stop()

    def _render(self) -> None:
        session = self.session
        if session.finished:
            self._render_finish(session.result)
            return
        step = session.step
        if step is None:
            return
        exercise = self.exercises[step.exercise_index]
        count = session.exercise_count
        self.progress.setValue(round(session.progress * 1000))
        self.progress.setFormat(
            tr("Exercise {0} of {1}").format(step.exercise_index + 1, count).replace("%", "%%")
        )
        self.name.setText(exercise.name)
        self.dose.setText(dose_text(exercise.dose))
        cues = "".join(f"<li>{html.escape(cue)}</li>" for cue in exercise.cues[:MAX_CUES])
        self.cues.setText(f"<ul style='margin-left:0; -qt-list-indent:1'>{cues}</ul>")
        # What to do, in one sentence, while getting ready; then the cues carry it.
        self.summary.setText(exercise.summary if step.rest is RestReason.GET_READY else "")
        self.avoid.setText(avoid_text(exercise))
        self._show_extras()
        self.illustration.set_frames(exercise.frames, exercise.name)
        # The frames show one side; the other is its mirror image, so the picture always
        # does the side the banner names.
        self.illustration.set_mirrored(
            step.side is not Side.BOTH and step.side.value != exercise.drawn_side.value
        )
        self.illustration.set_phase(session.phase)

        banner = banner_text(step, exercise.side_means)
        switch = step.rest is RestReason.SWITCH_SIDE
        self.banner.setText(banner)
        self.banner.setVisible(bool(banner))
        style = _banner_style(switch, step.kind is StepKind.REST)
        if style != self.banner.styleSheet():  # re-styling re-polishes: not ten times a second
            self.banner.setProperty("switch", switch)
            self.banner.setStyleSheet(style)

        if step.kind is StepKind.REPS:
            self.counter.setText(tr("{0} / {1}").format(session.rep, step.reps))
            self.caption.setText(stage_text(session.rep_stage, exercise.phases))
            self.tempo.setValue(round(session.rep_fraction * 1000))
            self.tempo.show()
        else:
            self.counter.setText(countdown_text(session.remaining_s))
            self.caption.setText(
                {
                    StepKind.HOLD: tr("seconds · hold"),
                    RestReason.GET_READY: tr("seconds · get ready"),
                }.get(step.rest or step.kind, tr("seconds · rest"))
            )
            self.tempo.hide()
        if session.paused:
            self.caption.setText(
                tr("Paused while you were away · Space to go on")
                if session.stalled
                else tr("Paused · Space to go on")
            )
        self.pause_button.setText(tr("Resume") if session.paused else tr("Pause"))
        self.counter.setEnabled(not session.paused)  # dimmed while paused
        self.pages.setCurrentIndex(0)

    def _show_extras(self) -> None:
        self.summary.setVisible(bool(self.summary.text()))
        self.avoid.setVisible(self._roomy and bool(self.avoid.text()))

    def _render_finish(self, result: BreakResult | None) -> None:
        if result is None:
            return
        self.pages.setCurrentIndex(1)
        self.progress.setValue(1000)
        self.progress.setFormat(tr("Finished"))
        done = sum(1 for item in result.done if item.completed)
        total = len(self.exercises)
        if result.hurt:
            heading = tr("Stopped. Take care.")
            text = safety_short()
        elif result.outcome is Outcome.COMPLETED:
            heading = tr("Well done: your glutes are awake.")
            took = short_duration(result.duration_s)
            if total == 1:
                text = tr("The exercise is done, in {0}.").format(took)
            else:
                text = tr("All %n exercise(s) done in {0}.", "", total).format(took)
        else:
            heading = tr("Break saved.")
            text = tr(
                "{0} of %n exercise(s) done in full. Some is better than none.", "", total
            ).format(done)
        self.finish_heading.setText(heading)
        self.finish_text.setText(text)
        for button in (
            self.back_button,
            self.pause_button,
            self.next_button,
            self.hurt_button,
            self.skip_button,
            self.done_button,
        ):
            button.hide()
        self.close_button.show()


def _scale_font(label: QLabel, factor: float, *, bold: bool) -> None:
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * factor)
    font.setBold(bold)
    label.setFont(font)


def _banner_style(switch: bool, rest: bool) -> str:
    # Translucent tints over the window colour with the palette's text: readable on light
    # and dark themes. A side switch is amber so it catches the eye; work is green.
    tint = "227, 160, 8" if switch else ("79, 127, 224" if rest else "47, 158, 95")
    strength = 0.28 if switch else 0.14
    return (
        f"QLabel#sideBanner {{ background: rgba({tint}, {strength});"
        f" border: 1px solid rgba({tint}, 0.7); border-radius: 6px; padding: 4px 8px; }}"
    )
