"""The guided break's plan and its state machine, driven by fake elapsed seconds."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from deadbutt_tray.core.model.exercises import Dose, Exercise, Level, Place, Sides, Target
from deadbutt_tray.core.model.records import ExerciseDone, Outcome
from deadbutt_tray.core.rules.break_plan import (
    GET_READY_S,
    MIN_SWITCH_S,
    BreakSession,
    RepStage,
    RestReason,
    Side,
    StepKind,
    plan,
)


def exercise(ex_id: str, dose: Dose) -> Exercise:
    return Exercise(
        id=ex_id,
        name=ex_id.replace("-", " ").title(),
        level=Level.WAKE_UP,
        place=Place.DESK,
        dose=dose,
        summary="",
        cues=("one", "two", "three"),
        mistakes=(),
        targets=(Target.GLUTE_MAX,),
        reference="",
        frames=(Path("a.svg"), Path("b.svg")),
    )


SQUEEZE = exercise("squeeze", Dose(sets=2, hold_s=5, rest_s=4))  # 2 × 5 s hold
KICKBACK = exercise("kickback", Dose(reps=3, hold_s=1, sides=Sides.EACH, tempo_s=2, rest_s=5))
STRETCH = exercise("stretch", Dose(sets=2, hold_s=10, sides=Sides.EACH, rest_s=0))


def walk(session: BreakSession, start: float, end: float, step: float = 0.1) -> float:
    """Tick from ``start`` to ``end`` like the dialog's timer does."""
    t = start
    while t < end:
        t = min(end, t + step)
        session.tick(t)
    return t


def kinds(steps: tuple) -> list[tuple]:
    return [(s.kind, s.exercise_id, s.side, s.set_no, s.rest) for s in steps]


# -- the plan ----------------------------------------------------------------------------


def test_plan_has_a_step_per_exercise_set_and_side_with_rests_between() -> None:
    steps = plan([SQUEEZE, KICKBACK])
    rest, hold, reps = StepKind.REST, StepKind.HOLD, StepKind.REPS
    ready, switch, again = RestReason.GET_READY, RestReason.SWITCH_SIDE, RestReason.NEXT_SET
    both, left, right = Side.BOTH, Side.LEFT, Side.RIGHT
    assert kinds(steps) == [
        (rest, "squeeze", both, 1, ready),
        (hold, "squeeze", both, 1, None),
        (rest, "squeeze", both, 2, again),
        (hold, "squeeze", both, 2, None),
        (rest, "kickback", left, 1, ready),
        (reps, "kickback", left, 1, None),
        (rest, "kickback", right, 1, switch),
        (reps, "kickback", right, 1, None),
    ]
    assert [s.exercise_index for s in steps] == [0, 0, 0, 0, 1, 1, 1, 1]
    assert steps[0].seconds == GET_READY_S
    assert steps[1].seconds == 5
    assert steps[2].seconds == 4  # rest_s between sets
    assert steps[5].reps == 3 and steps[5].tempo_s == 2 and steps[5].rep_hold_s == 1
    assert steps[5].seconds == 3 * (2 + 1)
    assert steps[6].seconds == 5


def test_legs_alternate_set_by_set_and_a_switch_is_shown_even_without_rest() -> None:
    steps = plan([STRETCH], get_ready_s=0)
    assert [(s.kind, s.side, s.set_no) for s in steps] == [
        (StepKind.HOLD, Side.LEFT, 1),
        (StepKind.REST, Side.RIGHT, 1),
        (StepKind.HOLD, Side.RIGHT, 1),
        # rest_s = 0: no rest between sets, straight on to the left leg
        (StepKind.HOLD, Side.LEFT, 2),
        (StepKind.REST, Side.RIGHT, 2),
        (StepKind.HOLD, Side.RIGHT, 2),
    ]
    assert steps[1].seconds == MIN_SWITCH_S
    assert all(s.sets == 2 for s in steps)


def test_first_side_can_be_right() -> None:
    steps = plan([STRETCH], get_ready_s=0, first_side=Side.RIGHT)
    assert steps[0].side is Side.RIGHT and steps[2].side is Side.LEFT


def test_a_dose_with_nothing_to_time_is_refused() -> None:
    with pytest.raises(ValueError, match="neither reps nor hold_s"):
        plan([exercise("nothing", Dose())])
    with pytest.raises(ValueError):
        plan([SQUEEZE], first_side=Side.BOTH)


def test_a_too_fast_tempo_is_slowed_to_a_followable_pace() -> None:
    steps = plan([exercise("fast", Dose(reps=4, tempo_s=0.0))], get_ready_s=0)
    assert steps[0].tempo_s == 0.5 and steps[0].seconds == 2.0


# -- the session: time -------------------------------------------------------------------


def test_holds_count_down_and_advance_by_themselves() -> None:
    session = BreakSession(plan([SQUEEZE]), routine="r")
    session.start(100.0)
    assert session.step.rest is RestReason.GET_READY
    assert session.remaining_s == 5
    walk(session, 100.0, 105.0)
    assert session.step.kind is StepKind.HOLD and session.step.set_no == 1
    walk(session, 105.0, 107.0)
    assert session.remaining_s == pytest.approx(3.0)
    walk(session, 107.0, 110.0)
    assert session.step.rest is RestReason.NEXT_SET
    walk(session, 110.0, 119.0)
    assert session.finished
    result = session.result
    assert result is not None
    assert result.outcome is Outcome.COMPLETED
    assert result.duration_s == pytest.approx(19.0)  # 5 ready + 5 + 4 rest + 5
    assert result.done == (ExerciseDone("squeeze", sides_done=1, holds_done=2, completed=True),)
    assert result.exercises == ("squeeze",)
    assert result.routine == "r"


def test_one_big_tick_advances_through_every_step_that_ran_out() -> None:
    session = BreakSession(plan([SQUEEZE]))
    session.start(0.0)
    session.tick(12.0)  # 5 ready + 5 hold, then 2 s into the 4 s rest
    assert session.index == 2
    assert session.remaining_s == pytest.approx(2.0)
    session.tick(1000.0)
    assert session.finished
    assert session.result.duration_s == pytest.approx(19.0)  # not 1000: it ended at 19


def test_reps_count_with_the_tempo_and_the_stage_follows_lift_hold_lower() -> None:
    session = BreakSession(plan([KICKBACK], get_ready_s=0))
    session.start(0.0)
    step = session.step
    assert step.kind is StepKind.REPS and step.side is Side.LEFT
    seen = []
    t = 0.0
    for t in (0.0, 0.5, 1.2, 1.9, 2.6, 3.0, 4.5, 6.1, 8.9):
        session.tick(t)
        seen.append((t, session.rep, session.reps_counted, session.rep_stage))
    # Per rep: 1 s lift, 1 s hold, 1 s lower (tempo 2 s split around the 1 s hold).
    assert seen == [
        (0.0, 1, 0, RepStage.LIFT),
        (0.5, 1, 0, RepStage.LIFT),
        (1.2, 1, 0, RepStage.HOLD),
        (1.9, 1, 0, RepStage.HOLD),
        (2.6, 1, 0, RepStage.LOWER),
        (3.0, 2, 1, RepStage.LIFT),
        (4.5, 2, 1, RepStage.HOLD),
        (6.1, 3, 2, RepStage.LIFT),
        (8.9, 3, 2, RepStage.LOWER),
    ]
    session.tick(9.0)
    assert session.step.rest is RestReason.SWITCH_SIDE
    assert session.step.side is Side.RIGHT
    assert session.rep == 0 and session.rep_stage is None


def test_phase_moves_the_picture_in_time_with_the_reps() -> None:
    session = BreakSession(plan([KICKBACK], get_ready_s=0))
    session.start(0.0)
    phases = []
    for t in (0.0, 0.5, 1.0, 1.5, 2.25, 2.75, 3.0):
        session.tick(t)
        phases.append(round(session.phase, 2))
    assert phases == [0.0, 0.5, 1.0, 1.0, 0.75, 0.25, 0.0]
    assert session.rep_fraction == 0.0
    session.tick(4.5)
    assert session.rep_fraction == pytest.approx(0.5)


def test_phase_of_a_hold_moves_into_position_and_stays_and_a_rest_shows_the_start() -> None:
    session = BreakSession(plan([SQUEEZE]))
    session.start(0.0)
    assert session.phase == 0.0  # get ready: start position
    session.tick(5.0)
    assert session.phase == 0.0
    session.tick(5.5)
    assert session.phase == pytest.approx(0.5)
    session.tick(8.0)
    assert session.phase == 1.0


def test_pause_freezes_everything_and_resume_carries_on() -> None:
    session = BreakSession(plan([SQUEEZE], get_ready_s=0))
    session.start(0.0)
    session.tick(2.0)
    session.pause(2.0)
    assert session.paused
    session.tick(50.0)
    assert session.remaining_s == pytest.approx(3.0)
    assert session.index == 0
    session.resume(60.0)
    assert not session.paused
    session.tick(61.0)
    assert session.remaining_s == pytest.approx(2.0)
    session.done(61.0)
    assert session.result.duration_s == pytest.approx(3.0)  # the pause is not counted


def test_a_long_gap_between_ticks_pauses_instead_of_racing_ahead() -> None:
    session = BreakSession(plan([SQUEEZE], get_ready_s=0), max_gap_s=5.0)
    session.start(0.0)
    session.tick(1.0)
    session.tick(3600.0)  # the laptop slept for an hour
    assert session.paused and session.stalled
    assert session.index == 0
    assert session.remaining_s == pytest.approx(4.0)
    session.resume(3601.0)
    assert not session.stalled
    session.tick(3602.0)
    assert session.remaining_s == pytest.approx(3.0)


def test_progress_runs_across_the_whole_routine_by_planned_time() -> None:
    session = BreakSession(plan([SQUEEZE], get_ready_s=0))  # 5 + 4 + 5 = 14 s
    assert session.exercise_count == 1
    session.start(0.0)
    assert session.progress == 0.0
    session.tick(7.0)
    assert session.progress == pytest.approx(7 / 14)
    session.tick(100.0)
    assert session.progress == 1.0


# -- the session: intents ----------------------------------------------------------------


def test_next_and_back_move_between_steps_and_back_passes_over_rests() -> None:
    session = BreakSession(plan([SQUEEZE, KICKBACK]))
    session.start(0.0)
    serial = session.serial
    session.next(1.0)  # get ready -> hold 1
    assert session.index == 1 and session.serial == serial + 1
    session.next(2.0)  # -> rest
    session.next(3.0)  # -> hold 2
    assert session.index == 3
    session.back(4.0)  # -> hold 1 again (not the rest)
    assert session.index == 1
    assert session.remaining_s == 5.0  # from its start
    session.back(4.0)  # the get-ready step is where the routine starts
    assert session.index == 0
    session.back(4.0)
    assert session.index == 0
    for _ in range(7):
        session.next(5.0)
    assert session.index == 7
    session.next(6.0)
    assert session.finished


def test_done_at_the_end_is_completed_and_midway_is_partial_with_honest_numbers() -> None:
    session = BreakSession(plan([SQUEEZE, KICKBACK]))
    session.start(0.0)
    walk(session, 0.0, 19.0)  # the squeeze, all of it
    assert session.step.exercise_id == "kickback"
    walk(session, 19.0, 24.0)  # kickback get-ready
    assert session.step.kind is StepKind.REPS
    walk(session, 24.0, 31.0)  # 7 s = two reps of 3 s, and a bit
    session.done(31.0)
    result = session.result
    assert result.outcome is Outcome.PARTIAL
    assert result.exercises == ("squeeze", "kickback")
    assert result.done == (
        ExerciseDone("squeeze", sides_done=1, holds_done=2, completed=True),
        ExerciseDone("kickback", sides_done=0, reps_done=2, completed=False),
    )
    # finished: further intents change nothing
    session.next(40.0)
    session.tick(50.0)
    assert session.result is result


def test_a_full_each_side_routine_counts_two_sides() -> None:
    session = BreakSession(plan([KICKBACK]))
    session.start(0.0)
    walk(session, 0.0, 5 + 9 + 5 + 9)
    assert session.finished
    assert session.result.outcome is Outcome.COMPLETED
    assert session.result.done == (
        ExerciseDone("kickback", sides_done=2, reps_done=6, completed=True),
    )


def test_one_side_done_counts_that_side() -> None:
    session = BreakSession(plan([STRETCH], get_ready_s=0))
    session.start(0.0)
    walk(session, 0.0, 10 + 3 + 10)  # left 1, switch, right 1
    session.next(23.0)  # skip left set 2
    walk(session, 23.0, 23 + 3 + 10)  # switch, right 2
    assert session.finished
    assert session.result.done == (
        ExerciseDone("stretch", sides_done=1, holds_done=3, completed=False),
    )
    assert session.result.outcome is Outcome.PARTIAL


def test_next_in_the_last_second_of_a_hold_still_counts_it_but_not_earlier() -> None:
    session = BreakSession(plan([SQUEEZE], get_ready_s=0))
    session.start(0.0)
    session.tick(4.5)
    session.next(4.5)  # 0.5 s early: counts
    session.next(4.5)  # skip the rest
    session.tick(6.0)
    session.next(6.0)  # 1.5 s in: does not count
    assert session.finished
    assert session.result.done == (ExerciseDone("squeeze", holds_done=1),)
    assert session.result.outcome is Outcome.PARTIAL


def test_going_back_and_redoing_keeps_the_best_attempt() -> None:
    session = BreakSession(plan([KICKBACK], get_ready_s=0))
    session.start(0.0)
    walk(session, 0.0, 9.0)  # left, all 3 reps
    session.back(9.0)  # the left side again
    assert session.step.side is Side.LEFT
    session.tick(10.0)
    session.done(10.0)
    assert session.result.done == (ExerciseDone("kickback", sides_done=1, reps_done=3),)


def test_skip_at_once_is_skipped_with_nothing_recorded() -> None:
    session = BreakSession(plan([SQUEEZE, KICKBACK]))
    session.start(0.0)
    session.tick(2.0)
    session.skip(2.0)
    result = session.result
    assert result.outcome is Outcome.SKIPPED
    assert result.exercises == () and result.done == ()


def test_skip_after_some_work_is_partial() -> None:
    session = BreakSession(plan([SQUEEZE, KICKBACK]))
    session.start(0.0)
    walk(session, 0.0, 10.0)
    session.skip(10.0)
    assert session.result.outcome is Outcome.PARTIAL
    assert session.result.done == (ExerciseDone("squeeze", holds_done=1),)


def test_skipping_through_an_exercise_records_it_with_zeros() -> None:
    session = BreakSession(plan([SQUEEZE, KICKBACK], get_ready_s=0))
    session.start(0.0)
    session.next(0.0)
    session.next(0.0)
    session.next(0.0)  # past the squeeze without doing it
    walk(session, 0.0, 9 + 5 + 9)
    result = session.result
    assert result.outcome is Outcome.PARTIAL
    assert result.exercises == ("kickback",)
    assert result.done[0] == ExerciseDone("squeeze")


def test_hurt_ends_that_exercise_and_moves_on_to_the_next() -> None:
    session = BreakSession(plan([KICKBACK, SQUEEZE]))
    session.start(0.0)
    walk(session, 0.0, 5 + 4)  # get ready, then 4 s of left reps: 1 rep
    session.pause(9.0)
    session.hurt(9.0, "kickback")
    assert session.step.exercise_id == "squeeze"
    assert session.step.rest is RestReason.GET_READY
    assert session.paused  # the user decides when to go on
    session.resume(20.0)
    walk(session, 20.0, 39.0)
    result = session.result
    assert result.outcome is Outcome.STOPPED_FOR_PAIN
    assert result.hurt == ("kickback",)
    assert result.done == (
        ExerciseDone("kickback", reps_done=1),
        ExerciseDone("squeeze", sides_done=1, holds_done=2, completed=True),
    )


def test_hurt_in_the_last_exercise_ends_the_break() -> None:
    session = BreakSession(plan([SQUEEZE]))
    session.start(0.0)
    walk(session, 0.0, 12.0)
    session.hurt(12.0)
    assert session.finished
    assert session.result.outcome is Outcome.STOPPED_FOR_PAIN
    assert session.result.hurt == ("squeeze",)
    assert session.result.done == (ExerciseDone("squeeze", holds_done=1),)


def test_hurt_in_a_fully_done_exercise_is_not_completed() -> None:
    session = BreakSession(plan([SQUEEZE, KICKBACK]))
    session.start(0.0)
    walk(session, 0.0, 19.0)
    session.hurt(19.0, "squeeze")  # an earlier exercise: noted, the break goes on
    assert not session.finished and session.step.exercise_id == "kickback"
    session.hurt(19.0, "no-such-exercise")
    walk(session, 19.0, 19 + 28)
    assert session.result.outcome is Outcome.STOPPED_FOR_PAIN
    assert session.result.done[0].completed is False
    assert session.result.hurt == ("squeeze",)


def test_this_hurts_before_anything_was_done_is_not_a_skip() -> None:
    session = BreakSession(plan([SQUEEZE]), routine="home-1", kind="home")
    session.start(0.0)
    session.hurt(1.0)  # still getting ready: nothing done, the break ends
    assert session.finished
    result = session.result
    assert result.outcome is Outcome.STOPPED_FOR_PAIN and result.exercises == ()
    record = result.to_record(datetime(2026, 11, 25, 10, 0, tzinfo=UTC), 60)
    assert record.outcome is Outcome.STOPPED_FOR_PAIN
    assert record.routine == "home-1" and record.kind == "home"


def test_nothing_happens_before_start_and_an_empty_plan_finishes_skipped() -> None:
    session = BreakSession(plan([SQUEEZE]))
    session.tick(5.0)
    session.next(5.0)
    assert session.index == 0 and not session.started and not session.paused
    empty = BreakSession(())
    assert empty.step is None and empty.remaining_s == 0 and empty.progress == 0.0
    empty.start(0.0)
    assert empty.finished and empty.result.outcome is Outcome.SKIPPED


def test_result_becomes_a_break_record() -> None:
    session = BreakSession(plan([SQUEEZE]), routine="desk-1")
    session.start(0.0)
    session.tick(100.0)
    at = datetime(2026, 11, 25, 10, 0, tzinfo=UTC)
    record = session.result.to_record(at, sat_for_s=1805.4)
    assert record.outcome is Outcome.COMPLETED
    assert record.sat_for_s == 1805 and record.duration_s == 19
    assert record.routine == "desk-1" and record.exercises == ("squeeze",)
    assert record.done == session.result.done


def test_this_hurts_while_getting_ready_is_about_the_exercise_just_done() -> None:
    session = BreakSession(plan([SQUEEZE, KICKBACK]))
    assert session.hurt_candidate == "squeeze"
    session.start(0.0)
    assert session.hurt_candidate == "squeeze"  # nothing done before: the one coming
    walk(session, 0.0, 19.0)
    assert session.step.rest is RestReason.GET_READY
    assert session.hurt_candidate == "squeeze"  # just done
    walk(session, 19.0, 25.0)
    assert session.hurt_candidate == "kickback"
    session.skip(25.0)
    assert session.hurt_candidate is None


def test_hurt_candidate_is_never_an_exercise_already_reported() -> None:
    session = BreakSession(plan([SQUEEZE, KICKBACK]))
    session.start(0.0)
    session.hurt(0.0)
    assert session.step.exercise_id == "kickback"
    assert session.hurt_candidate == "kickback"
