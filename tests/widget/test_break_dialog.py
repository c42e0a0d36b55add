"""The guided break dialog, driven by keys and a fake clock; screenshots on request.

``DEADBUTT_TRAY_SHOTS=/tmp/shots pytest tests/widget/test_break_dialog.py`` saves a PNG of
every step type in a light and a dark palette (add ``QT_SCALE_FACTOR=2`` for HiDPI).
"""

from __future__ import annotations

import logging
import os
import subprocess
import sys
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from deadbutt_tray.core.content.resources import resource_path
from deadbutt_tray.core.model.exercises import (
    Dose,
    Exercise,
    LegSide,
    Level,
    PhaseWord,
    Place,
    SideMeans,
    Sides,
    Target,
)
from deadbutt_tray.core.model.records import ExerciseDone, Outcome, PainArea, PainRecord
from deadbutt_tray.core.rules.break_plan import BreakResult, RestReason, Side, StepKind
from deadbutt_tray.ui import illustration as illustration_module
from deadbutt_tray.ui.break_dialog import BreakDialog, dose_text
from deadbutt_tray.ui.illustration import IllustrationView, ease
from tests.widget.conftest import save_shot

# Offscreen Qt warns when a window with size constraints is shown, and on raise();
# real platforms support both.
pytestmark = pytest.mark.qt_log_ignore(
    r"This plugin does not support (propagateSizeHints|raise)\(\)"
)

NOW = datetime(2026, 11, 25, 10, 30, tzinfo=UTC)


# -- shared helpers (the balance and pain dialog tests import these) ---------------------


class FakeClock:
    """A monotonic clock the test moves by hand."""

    def __init__(self, start: float = 1000.0) -> None:
        self.t = start

    def __call__(self) -> float:
        return self.t


FIGURE = """<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 200 240" width="200"
 height="240"><rect x="130" y="118" width="62" height="8" rx="2" fill="#8a6d4b"/>
<rect x="180" y="126" width="6" height="100" fill="#8a6d4b"/>
<line x1="10" y1="228" x2="192" y2="228" stroke="#9a948a" stroke-width="3"/>
<g fill="none" stroke="#2c2b29" stroke-width="9" stroke-linecap="round"
 stroke-linejoin="round"><circle cx="{hx}" cy="36" r="17" fill="#f1c9a5"/>
<path d="M{hx} 56 L{px} 130"/><path d="M{hx} 70 L150 112"/>
<path d="M{px} 130 L{px} 178 L{px} 224"/>
<path d="M{px} 130 {leg}" stroke="#d64545"/></g></svg>"""


def figure_svg(end: bool) -> str:
    """A simple figure at a desk: standing (start) or kicking one leg back (end)."""
    if end:
        return FIGURE.format(hx=98, px=96, leg="L60 170 L30 206")
    return FIGURE.format(hx=96, px=96, leg="L104 178 L104 224")


@pytest.fixture
def frames(tmp_path: Path) -> tuple[Path, Path]:
    """Start and end frames: the shipped kickback pictures if they exist, else ours."""
    shipped = resource_path("illustrations")
    pair = (shipped / "standing-kickback-start.svg", shipped / "standing-kickback-end.svg")
    if all(path.is_file() for path in pair):
        return pair
    start, end = tmp_path / "start.svg", tmp_path / "end.svg"
    start.write_text(figure_svg(False))
    end.write_text(figure_svg(True))
    return start, end


def activate(qtbot: QtBot, widget: QWidget) -> None:
    """Show and activate: window shortcuts only fire in the active window."""
    widget.show()
    qtbot.waitExposed(widget)
    widget.activateWindow()
    qtbot.waitUntil(widget.isActiveWindow, timeout=1000)


# -- fixtures ----------------------------------------------------------------------------


def make_exercise(ex_id: str, name: str, dose: Dose, frames: tuple[Path, ...]) -> Exercise:
    return Exercise(
        id=ex_id,
        name=name,
        level=Level.WAKE_UP,
        place=Place.DESK,
        dose=dose,
        summary=f"{name}: the one-sentence summary.",
        cues=(
            "Stand tall, a hand on the desk",
            "Move the leg from the glute, not the low back",
            "Ribs down, breathe",
            "Keep the pelvis level",
            "A fifth cue that is not shown",
        ),
        mistakes=("Arching the low back", "A second mistake that is not shown"),
        targets=(Target.GLUTE_MAX,),
        reference="",
        frames=frames,
    )


@pytest.fixture
def exercises(frames: tuple[Path, Path]) -> tuple[Exercise, Exercise]:
    squeeze = make_exercise(
        "standing-glute-squeeze", "Standing glute squeeze", Dose(sets=2, hold_s=5, rest_s=4), frames
    )
    kickback = make_exercise(
        "standing-kickback",
        "Standing hip extension",
        Dose(reps=3, hold_s=1, sides=Sides.EACH, tempo_s=2, rest_s=5),
        frames,
    )
    return squeeze, kickback


class Harness:
    """The dialog with its fake clock, and what it emitted."""

    def __init__(self, qtbot: QtBot, exercises: tuple[Exercise, ...]) -> None:
        self.qtbot = qtbot
        self.clock = FakeClock()
        self.steps = 0
        self.results: list[BreakResult] = []
        self.pains: list[PainRecord] = []
        self.dialog = BreakDialog(
            "Desk micro-break",
            exercises,
            routine_id="desk-1",
            clock=self.clock,
            now=lambda: NOW,
            on_step=self.chime,
        )
        self.dialog.finished.connect(self.results.append)
        self.dialog.pain_reported.connect(self.pains.append)
        qtbot.addWidget(self.dialog)

    def chime(self) -> None:
        self.steps += 1

    def show(self) -> BreakDialog:
        activate(self.qtbot, self.dialog)
        return self.dialog

    def advance(self, seconds: float, step: float = 0.1) -> None:
        """Time passes as the dialog's 10 Hz timer would see it."""
        end = self.clock.t + seconds
        while self.clock.t < end:
            self.clock.t = min(end, self.clock.t + step)
            self.dialog.tick()

    def key(self, key: Qt.Key) -> None:
        self.qtbot.keyClick(self.dialog, key)

    @property
    def step(self):
        return self.dialog.session.step


@pytest.fixture
def harness(qtbot: QtBot, exercises: tuple[Exercise, Exercise]) -> Harness:
    return Harness(qtbot, exercises)


# -- texts -------------------------------------------------------------------------------


def test_dose_reads_like_a_physio_would_say_it() -> None:
    assert dose_text(Dose(reps=10, hold_s=2, sides=Sides.EACH)) == "10 reps per side · 2 s hold"
    assert dose_text(Dose(sets=2, hold_s=30, sides=Sides.EACH)) == "2 × 30 s hold per side"
    assert dose_text(Dose(sets=5, hold_s=5)) == "5 × 5 s hold"
    assert dose_text(Dose(sets=2, reps=10, hold_s=3)) == "2 × 10 reps · 3 s hold"
    assert dose_text(Dose(hold_s=30)) == "30 s hold"
    assert dose_text(Dose(reps=10)) == "10 reps"
    assert dose_text(Dose(reps=1)) == "1 rep"
    assert dose_text(Dose(sets=3, reps=1)) == "3 × 1 rep"


# -- the walk-through --------------------------------------------------------------------


def test_full_keyboard_walk_through(harness: Harness) -> None:
    dialog = harness.show()
    session = dialog.session
    assert dialog.windowTitle() == "Guided break · Desk micro-break"
    assert not dialog.isModal()
    # It opens on "get ready" for the first exercise, with its card.
    assert session.step.rest is RestReason.GET_READY
    assert dialog.name.text() == "Standing glute squeeze"
    assert dialog.dose.text() == "2 × 5 s hold"
    assert dialog.cues.text().count("<li>") == 4  # three or four cues, never a wall
    assert dialog.banner.text() == "Get ready"
    assert dialog.counter.text() == "5"
    assert dialog.progress.text() == "Exercise 1 of 2"
    assert dialog.timer.isActive()

    harness.key(Qt.Key.Key_Right)  # → skip the get-ready
    assert session.step.kind is StepKind.HOLD
    assert harness.steps == 1  # the step sound
    harness.advance(2.0)
    assert dialog.counter.text() == "3"
    assert "hold" in dialog.caption.text()
    assert dialog.banner.text() == "Set 1 of 2"

    harness.key(Qt.Key.Key_Space)  # pause: the clock stops, and so does the timer
    assert session.paused and not dialog.timer.isActive()
    assert dialog.pause_button.text() == "Resume"
    assert "Paused" in dialog.caption.text()
    harness.clock.t += 60
    assert dialog.counter.text() == "3"
    harness.key(Qt.Key.Key_Space)  # resume
    assert not session.paused and dialog.timer.isActive()
    assert dialog.pause_button.text() == "Pause"

    harness.advance(3.0)  # the hold runs out: on to the rest by itself
    assert session.step.rest is RestReason.NEXT_SET
    assert dialog.banner.text() == "Rest · next: set 2 of 2"
    harness.key(Qt.Key.Key_Right)  # → past the rest
    assert session.step.kind is StepKind.HOLD and session.step.set_no == 2
    harness.key(Qt.Key.Key_Left)  # ← back to set 1
    assert session.step.set_no == 1 and dialog.counter.text() == "5"
    harness.advance(5.0)
    harness.key(Qt.Key.Key_Right)
    harness.advance(5.0)  # set 2, held: the squeeze is done
    assert session.step.exercise_id == "standing-kickback"
    assert dialog.progress.text() == "Exercise 2 of 2"
    assert dialog.banner.text() == "Get ready · first: Left leg moving"
    harness.advance(5.0)
    assert session.step.kind is StepKind.REPS
    assert dialog.banner.text() == "Left leg moving"
    assert dialog.counter.text() == "1 / 3"
    harness.advance(4.0)
    assert dialog.counter.text() == "2 / 3"

    harness.key(Qt.Key.Key_Return)  # Enter: done now
    assert not dialog.isVisible()
    assert len(harness.results) == 1
    result = harness.results[0]
    assert result.outcome is Outcome.PARTIAL
    assert result.routine == "desk-1"
    assert result.exercises == ("standing-glute-squeeze", "standing-kickback")
    assert result.done == (
        ExerciseDone("standing-glute-squeeze", sides_done=1, holds_done=2, completed=True),
        ExerciseDone("standing-kickback", reps_done=1),
    )
    assert result.duration_s == pytest.approx(2 + 3 + 5 + 5 + 5 + 4)
    assert not dialog.timer.isActive()


def test_side_switch_has_its_own_banner(harness: Harness) -> None:
    dialog = harness.show()
    dialog.go_next()
    dialog.go_next()
    dialog.go_next()
    dialog.go_next()  # past the squeeze: the kickback's get-ready
    dialog.go_next()
    assert harness.step.kind is StepKind.REPS
    harness.advance(9.0)  # three reps of 3 s
    assert harness.step.rest is RestReason.SWITCH_SIDE
    assert dialog.banner.text() == "Switch sides · Right leg moving"
    assert dialog.banner.property("switch") is True
    harness.advance(5.0)
    assert dialog.banner.text() == "Right leg moving"
    assert dialog.banner.property("switch") is False


def test_the_whole_routine_runs_by_itself_to_completed(harness: Harness) -> None:
    dialog = harness.show()
    harness.advance(5 + 5 + 4 + 5 + 5 + 9 + 5 + 9)
    assert len(harness.results) == 1
    result = harness.results[0]
    assert result.outcome is Outcome.COMPLETED
    assert result.done == (
        ExerciseDone("standing-glute-squeeze", sides_done=1, holds_done=2, completed=True),
        ExerciseDone("standing-kickback", sides_done=2, reps_done=6, completed=True),
    )
    assert dialog.finish_heading.text() == "Well done: your glutes are awake."
    assert dialog.isVisible() and not dialog.timer.isActive()
    assert dialog.close_button.isVisible() and not dialog.done_button.isVisible()
    assert harness.steps == 8  # every step change, and the end
    harness.key(Qt.Key.Key_Return)  # Enter closes the final page
    assert not dialog.isVisible()
    assert len(harness.results) == 1  # emitted once


def test_no_key_ends_the_break_in_its_first_2_seconds(harness: Harness) -> None:
    """The Enter that started the break from the prompt, pressed twice, held or followed by
    a reflexive Esc, must not end it as "skipped" a moment later."""
    dialog = harness.show()
    harness.advance(0.2)
    harness.key(Qt.Key.Key_Return)
    harness.key(Qt.Key.Key_Enter)
    harness.advance(1.5)
    harness.key(Qt.Key.Key_Escape)
    assert dialog.isVisible() and harness.results == [] and not dialog.session.finished
    assert all(not shortcut.autoRepeat() for shortcut in dialog.shortcuts)
    harness.advance(0.5)  # 2.2 s in: the keys work again
    harness.key(Qt.Key.Key_Escape)
    assert not dialog.isVisible() and len(harness.results) == 1


def test_the_skip_button_works_at_once(harness: Harness) -> None:
    dialog = harness.show()
    harness.advance(0.3)
    harness.qtbot.mouseClick(dialog.skip_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert [r.outcome for r in harness.results] == [Outcome.SKIPPED]


def test_esc_at_once_is_skipped(harness: Harness) -> None:
    dialog = harness.show()
    harness.advance(2.0)
    harness.key(Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert [r.outcome for r in harness.results] == [Outcome.SKIPPED]
    assert harness.results[0].done == ()


def test_esc_after_some_work_is_partial(harness: Harness) -> None:
    dialog = harness.show()
    harness.advance(10.0)  # get ready, one hold
    harness.key(Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    result = harness.results[0]
    assert result.outcome is Outcome.PARTIAL
    assert result.done == (ExerciseDone("standing-glute-squeeze", holds_done=1),)


def test_closing_the_window_midway_records_what_was_done(harness: Harness) -> None:
    dialog = harness.show()
    harness.advance(10.0)
    dialog.close()
    assert [r.outcome for r in harness.results] == [Outcome.PARTIAL]


def test_buttons_do_what_the_keys_do(harness: Harness) -> None:
    dialog = harness.show()
    harness.qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    assert harness.step.kind is StepKind.HOLD
    harness.qtbot.mouseClick(dialog.pause_button, Qt.MouseButton.LeftButton)
    assert dialog.session.paused
    harness.qtbot.mouseClick(dialog.pause_button, Qt.MouseButton.LeftButton)
    harness.qtbot.mouseClick(dialog.back_button, Qt.MouseButton.LeftButton)
    assert harness.step.rest is RestReason.GET_READY
    harness.qtbot.mouseClick(dialog.skip_button, Qt.MouseButton.LeftButton)
    assert [r.outcome for r in harness.results] == [Outcome.SKIPPED]


def test_done_button_finishes(harness: Harness) -> None:
    harness.show()
    harness.advance(10.0)
    harness.qtbot.mouseClick(harness.dialog.done_button, Qt.MouseButton.LeftButton)
    assert [r.outcome for r in harness.results] == [Outcome.PARTIAL]


def test_buttons_never_take_focus_so_space_and_enter_stay_the_dialogs(harness: Harness) -> None:
    dialog = harness.show()
    for button in (dialog.back_button, dialog.pause_button, dialog.hurt_button):
        assert button.focusPolicy() is Qt.FocusPolicy.NoFocus
        assert button.toolTip() and button.accessibleDescription()


# -- time and the timer ------------------------------------------------------------------


def test_timer_stops_when_paused_or_hidden_and_does_not_start_before_shown(
    harness: Harness,
) -> None:
    dialog = harness.dialog
    assert not dialog.timer.isActive() and not dialog.session.started
    harness.show()
    assert dialog.timer.isActive()
    assert dialog.timer.interval() == 100
    dialog.toggle_pause()
    assert not dialog.timer.isActive()
    dialog.toggle_pause()
    assert dialog.timer.isActive()
    dialog.hide()  # minimised or hidden: the break waits for the user
    assert dialog.session.paused and not dialog.timer.isActive()
    dialog.show()
    assert dialog.session.paused and not dialog.timer.isActive()


def test_a_stalled_clock_pauses_the_break(harness: Harness) -> None:
    dialog = harness.show()
    harness.advance(1.0)
    harness.clock.t += 3600  # the laptop slept with the dialog open
    dialog.tick()
    assert dialog.session.paused and not dialog.timer.isActive()
    assert dialog.caption.text().startswith("Paused while you were away")
    assert dialog.counter.text() == "4"


def test_the_picture_moves_with_the_reps(harness: Harness) -> None:
    dialog = harness.show()
    for _ in range(5):
        dialog.go_next()
    assert harness.step.kind is StepKind.REPS
    view = dialog.illustration
    assert not view.is_placeholder
    phases, weights = [], []
    for _ in range(6):
        phases.append(round(view.phase, 2))
        weights.append(view.frame_weights())
        harness.advance(0.5)
    # 1 s lift, 1 s hold at the top, 1 s lower (tempo 2 s around a 1 s hold)
    assert phases == [0.0, 0.5, 1.0, 1.0, 1.0, 0.5]
    assert weights[0] == [(0, 1.0)]
    assert weights[2] == [(1, 1.0)]
    assert dialog.tempo.isVisible()
    assert dialog.caption.text() in {"Lift", "Hold", "Lower"}


def test_the_get_ready_step_shows_the_summary_and_every_step_what_to_avoid(
    harness: Harness,
) -> None:
    dialog = harness.show()
    assert harness.step.rest is RestReason.GET_READY
    assert dialog.summary.isVisible()
    assert dialog.summary.text() == "Standing glute squeeze: the one-sentence summary."
    # One short line under the cues: the first mistake only.
    assert dialog.avoid.isVisible()
    assert dialog.avoid.text() == "Avoid: Arching the low back"
    dialog.go_next()  # the hold: the summary gives way, the cues and the warning stay
    assert harness.step.kind is StepKind.HOLD
    assert not dialog.summary.isVisible() and dialog.summary.text() == ""
    assert dialog.avoid.isVisible() and dialog.cues.isVisible()


def test_no_mistakes_no_avoid_line(qtbot: QtBot, frames: tuple[Path, Path]) -> None:
    plain = replace(make_exercise("x", "X", Dose(hold_s=5), frames), mistakes=(), summary="Do X.")
    harness = Harness(qtbot, (plain,))
    dialog = harness.show()
    assert dialog.summary.text() == "Do X." and dialog.summary.isVisible()
    assert not dialog.avoid.isVisible()


def test_the_rep_caption_uses_the_exercises_own_phase_words(
    qtbot: QtBot, frames: tuple[Path, Path]
) -> None:
    squat = replace(
        make_exercise("split-squat", "Split squat", Dose(reps=2, hold_s=1, tempo_s=2), frames),
        phases=(PhaseWord.DOWN, PhaseWord.UP),
    )
    harness = Harness(qtbot, (squat,))
    dialog = harness.show()
    dialog.go_next()
    captions = []
    for _ in range(6):
        captions.append(dialog.caption.text())
        harness.advance(0.5)
    # 1 s down, 1 s hold at the bottom, 1 s up: never "Lift" for the way down.
    assert captions == ["Down", "Down", "Hold", "Hold", "Up", "Up"]


@pytest.mark.parametrize(
    ("means", "left_words", "right_words"),
    [
        (SideMeans.STANDING, "Standing on your left leg", "Standing on your right leg"),
        (SideMeans.MOVING, "Left leg moving", "Right leg moving"),
        (SideMeans.FRONT, "Left foot in front", "Right foot in front"),
        (SideMeans.LYING, "Lying on your left side", "Lying on your right side"),
    ],
)
def test_the_banner_says_what_left_means_and_the_picture_does_that_side(
    qtbot: QtBot,
    frames: tuple[Path, Path],
    means: SideMeans,
    left_words: str,
    right_words: str,
) -> None:
    balance = replace(
        make_exercise("balance", "Balance", Dose(hold_s=4, sides=Sides.EACH, rest_s=3), frames),
        side_means=means,
        drawn_side=LegSide.LEFT,  # the frames show the left side
    )
    harness = Harness(qtbot, (balance,))
    dialog = harness.show()
    assert dialog.banner.text() == f"Get ready · first: {left_words}"
    assert not dialog.illustration.mirrored  # the left side, as drawn
    dialog.go_next()
    assert dialog.banner.text() == left_words
    assert not dialog.illustration.mirrored
    dialog.go_next()
    assert harness.step.rest is RestReason.SWITCH_SIDE
    assert dialog.banner.text() == f"Switch sides · {right_words}"
    assert dialog.illustration.mirrored  # shows the side that comes next
    dialog.go_next()
    assert dialog.banner.text() == right_words
    assert dialog.illustration.mirrored


def test_a_mirrored_picture_is_the_frame_flipped(qtbot: QtBot, frames: tuple[Path, Path]) -> None:
    view = IllustrationView()
    qtbot.addWidget(view)
    view.resize(300, 300)
    view.set_frames(frames, "Kickback")
    plain = view.grab().toImage()
    view.set_mirrored(True)
    flipped = view.grab().toImage()
    mirror_image = plain.flipped(Qt.Orientation.Horizontal)
    # The same picture flipped (up to a pixel of antialiasing at the edges), and not
    # the unflipped one: the figure is not symmetric.
    assert differing_pixels(flipped, mirror_image) < 0.01
    assert differing_pixels(flipped, plain) > 0.02


def differing_pixels(a: QImage, b: QImage) -> float:
    """The fraction of pixels that differ by more than a little between two images."""
    step = 2
    differ = total = 0
    for y in range(0, a.height(), step):
        for x in range(0, a.width(), step):
            pa, pb = a.pixelColor(x, y), b.pixelColor(x, y)
            total += 1
            if (
                max(
                    abs(pa.red() - pb.red()),
                    abs(pa.green() - pb.green()),
                    abs(pa.blue() - pb.blue()),
                )
                > 40
            ):
                differ += 1
    return differ / total


def test_an_exercise_for_both_legs_is_never_mirrored(harness: Harness) -> None:
    dialog = harness.show()
    for _ in range(4):
        assert harness.step.side is Side.BOTH
        assert not dialog.illustration.mirrored
        dialog.go_next()


def test_a_hold_shows_the_end_position_and_a_rest_the_start(harness: Harness) -> None:
    dialog = harness.show()
    assert dialog.illustration.phase == 0.0
    dialog.go_next()
    harness.advance(2.0)
    assert dialog.illustration.phase == 1.0
    assert not dialog.tempo.isVisible()


# -- "This hurts" ------------------------------------------------------------------------


def test_this_hurts_records_pain_and_ends_that_exercise(harness: Harness) -> None:
    dialog = harness.show()
    harness.advance(7.0)  # 2 s into the first hold
    harness.qtbot.mouseClick(dialog.hurt_button, Qt.MouseButton.LeftButton)
    pain = dialog.pain_dialog
    assert pain is not None and pain.isVisible()
    assert dialog.session.paused and not dialog.timer.isActive()
    assert "Standing glute squeeze" in pain.left_out.text()
    pain.area_buttons[PainArea.KNEE].setChecked(True)
    pain.rating.setValue(7)
    harness.qtbot.mouseClick(pain.ok_button, Qt.MouseButton.LeftButton)
    assert harness.pains == [PainRecord(NOW, "standing-glute-squeeze", PainArea.KNEE, 7)]
    # On to the next exercise, paused: the user decides whether to go on.
    assert harness.step.exercise_id == "standing-kickback"
    assert dialog.session.paused and not dialog.timer.isActive()
    harness.qtbot.waitUntil(lambda: dialog.pain_dialog is None, timeout=1000)
    harness.key(Qt.Key.Key_Escape)
    result = harness.results[0]
    assert result.hurt == ("standing-glute-squeeze",)
    assert result.outcome is Outcome.STOPPED_FOR_PAIN  # not "skipped": it hurt
    assert result.done[0] == ExerciseDone("standing-glute-squeeze")


def test_this_hurts_in_the_last_exercise_ends_the_break_with_advice(
    qtbot: QtBot, exercises: tuple[Exercise, Exercise]
) -> None:
    harness = Harness(qtbot, exercises[1:])
    dialog = harness.show()
    harness.advance(5 + 3)  # one rep
    dialog.report_pain()
    pain = dialog.pain_dialog
    pain.area_buttons[PainArea.HIP].setChecked(True)
    pain.ok_button.click()
    assert harness.pains[0].exercise == "standing-kickback"
    assert [r.outcome for r in harness.results] == [Outcome.STOPPED_FOR_PAIN]
    assert dialog.finish_heading.text() == "Stopped. Take care."
    assert "physical therapist" in dialog.finish_text.text()


def test_this_hurts_while_getting_ready_names_the_exercise_just_done(harness: Harness) -> None:
    dialog = harness.show()
    harness.advance(19.0)  # the squeeze, all of it; now getting ready for the kickback
    assert harness.step.rest is RestReason.GET_READY
    dialog.report_pain()
    assert "Standing glute squeeze" in dialog.pain_dialog.left_out.text()
    dialog.pain_dialog.area_buttons[PainArea.HIP].setChecked(True)
    dialog.pain_dialog.ok_button.click()
    assert harness.pains[0].exercise == "standing-glute-squeeze"
    assert harness.step.exercise_id == "standing-kickback"  # the break goes on (paused)
    assert not harness.results


def test_cancel_on_this_hurts_returns_to_the_break_paused(harness: Harness) -> None:
    dialog = harness.show()
    dialog.go_next()
    dialog.report_pain()
    dialog.report_pain()  # a second press while it is open opens nothing more
    pain = dialog.pain_dialog
    pain.cancel_button.click()
    assert harness.pains == [] and harness.results == []
    assert dialog.session.paused and harness.step.kind is StepKind.HOLD
    qtbot = harness.qtbot
    qtbot.waitUntil(lambda: dialog.pain_dialog is None, timeout=1000)


@pytest.mark.parametrize(
    "modifier", [Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.AltModifier]
)
def test_h_opens_this_hurts(harness: Harness, modifier: Qt.KeyboardModifier) -> None:
    dialog = harness.show()
    harness.qtbot.keyClick(dialog, Qt.Key.Key_H, modifier)
    assert dialog.pain_dialog is not None
    dialog.pain_dialog.reject()


# -- layout ------------------------------------------------------------------------------


def test_layout_turns_with_the_window_and_has_a_sane_minimum(harness: Harness) -> None:
    dialog = harness.show()
    assert dialog.minimumWidth() == 480 and dialog.minimumHeight() == 360
    dialog.resize(1200, 800)
    harness.qtbot.waitUntil(lambda: dialog.width() == 1200)
    assert dialog.body.direction() is QBoxLayout.Direction.LeftToRight
    assert dialog.cues.isVisible()
    dialog.resize(480, 360)
    harness.qtbot.waitUntil(lambda: dialog.height() == 360)
    assert dialog.body.direction() is QBoxLayout.Direction.LeftToRight
    assert not dialog.cues.isVisible()  # a short window keeps the picture, drops the cues
    assert dialog.illustration.width() >= 150
    dialog.resize(480, 700)
    harness.qtbot.waitUntil(lambda: dialog.height() == 700)
    assert dialog.body.direction() is QBoxLayout.Direction.TopToBottom


# -- the illustration --------------------------------------------------------------------


def test_ease_keeps_the_poses_clean_and_blends_in_the_middle() -> None:
    assert ease(0.0) == 0.0 and ease(0.2) == 0.0
    assert ease(0.5) == pytest.approx(0.5)
    assert ease(0.8) == 1.0 and ease(1.0) == 1.0


def test_missing_or_broken_frames_show_the_name_and_log_once(
    qtbot: QtBot, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    broken = tmp_path / "broken.svg"
    broken.write_text("<svg><g>")
    view = IllustrationView()
    qtbot.addWidget(view)
    view.resize(300, 300)
    with caplog.at_level(logging.WARNING, logger=illustration_module.__name__):
        view.set_frames([tmp_path / "missing.svg", broken], "Clamshell")
        view.grab()
        view.set_frames([], "x")
        view.set_frames([tmp_path / "missing.svg", broken], "Clamshell")
        view.grab()
    assert view.is_placeholder and view.frame_weights() == []
    logged = [r for r in caplog.records if "cannot be shown" in r.getMessage()]
    assert len(logged) == 2  # one per file, however often it is drawn
    save_shot(view, "illustration-placeholder")


def test_frames_scale_crisply_with_the_pixel_ratio(qtbot: QtBot, frames: tuple[Path, Path]) -> None:
    view = IllustrationView()
    qtbot.addWidget(view)
    view.resize(300, 200)
    view.set_frames(frames, "Kickback")
    view.set_phase(0.0)
    image = view.grab().toImage()
    assert image.width() == round(300 * view.devicePixelRatioF())
    pixmap = view._pixmap(0, view.rect().toRectF().adjusted(13, 13, -13, -13))
    assert pixmap.devicePixelRatio() == view.devicePixelRatioF()
    # fits the height (the figure is taller than wide), aspect ratio kept
    assert pixmap.deviceIndependentSize().height() == pytest.approx(174, abs=1)
    view.set_phase(2.0)
    assert view.phase == 1.0


# -- screenshots -------------------------------------------------------------------------


def test_screenshots_of_every_step_type(theme: str, harness: Harness) -> None:
    dialog = harness.show()
    for size in ((820, 560), (480, 360), (1200, 800)):
        dialog.resize(*size)
        harness.qtbot.waitUntil(lambda size=size: dialog.width() == size[0])
        save_shot(dialog, f"break-ready-{size[0]}x{size[1]}-{theme}")
    dialog.resize(820, 560)
    dialog.go_next()
    harness.advance(2.0)
    save_shot(dialog, f"break-hold-{theme}")
    harness.advance(3.5)
    save_shot(dialog, f"break-rest-{theme}")
    dialog.go_next()
    dialog.go_next()
    harness.advance(5.0 + 4.5)  # into the kickback's reps: rep 2, holding at the top
    assert harness.step.kind is StepKind.REPS
    save_shot(dialog, f"break-reps-{theme}")
    dialog.toggle_pause()
    save_shot(dialog, f"break-paused-{theme}")
    dialog.toggle_pause()
    harness.advance(5.0)
    assert harness.step.rest is RestReason.SWITCH_SIDE
    save_shot(dialog, f"break-switch-{theme}")
    dialog.resize(480, 700)
    harness.qtbot.waitUntil(lambda: dialog.height() == 700)
    save_shot(dialog, f"break-switch-portrait-{theme}")
    dialog.resize(820, 560)
    dialog.report_pain()
    pain = dialog.pain_dialog
    harness.qtbot.waitExposed(pain)
    save_shot(pain, f"pain-{theme}")
    pain.area_buttons[PainArea.LOW_BACK].setChecked(True)
    pain.rating.setValue(6)
    save_shot(pain, f"pain-filled-{theme}")
    pain.reject()
    dialog.toggle_pause()
    harness.advance(20.0)
    assert dialog.session.finished
    save_shot(dialog, f"break-finished-{theme}")


def test_opening_the_break_dialog_does_not_import_the_program_rules() -> None:
    """Its first open is timed (≤ 100 ms, benchmarks/README.md): the program and balance
    rules (~20 ms of imports) are no part of it; ui/text.py names them for a type only."""
    code = (
        "import sys; import deadbutt_tray.ui.break_dialog; "
        "print(sorted(m for m in sys.modules if m.startswith('deadbutt_tray.core.rules.')))"
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    out = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=60
    )
    assert out.returncode == 0, out.stderr
    assert "deadbutt_tray.core.rules.program" not in out.stdout
    assert "deadbutt_tray.core.rules.break_plan" in out.stdout  # the check does see imports
