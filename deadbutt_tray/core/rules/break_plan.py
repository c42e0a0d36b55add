"""A guided break as a plan of timed steps, and the state machine that walks through it.

Pure Python: the dialog feeds :class:`BreakSession` monotonic seconds (``t``) from its
clock and renders what the session says, so every rule about counting down, counting
reps, switching sides and what counts as "done" is tested here without a display.

Step order for an exercise done on each side, with sets: left set 1, switch, right
set 1, rest, left set 2, switch, right set 2 — the legs alternate, so one rests while the
other works, and each exercise starts with a short "get ready" step that shows it before
the clock runs.

What counts (the adherence record is honest rather than generous):

- a hold counts when it was held to the end (within :data:`GRACE_S`);
- reps count as the rep counter counted them, at the exercise's tempo;
- a side counts when all of its sets were completed; an exercise done with both legs
  at once (``Sides.BOTH``) has one side, one done on each side has two;
- an exercise is *completed* when all of its steps were, and the user did not report
  pain during it.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from deadbutt_tray.core.model.exercises import Exercise, Sides
from deadbutt_tray.core.model.records import BreakRecord, ExerciseDone, Outcome

GET_READY_S = 5.0  # time to read the card and get into position before the clock runs
MIN_SWITCH_S = 3.0  # a side switch is shown at least this long, even with rest_s = 0
GRACE_S = 1.0  # pressing Next in a hold's last second still counts the hold
MIN_TEMPO_S = 0.5  # a faster tempo is not a pace anyone can follow


class StepKind(StrEnum):
    HOLD = "hold"  # hold a position for ``seconds``
    REPS = "reps"  # ``reps`` repetitions at ``tempo_s`` each (plus ``rep_hold_s``)
    REST = "rest"  # get ready, switch sides or rest between sets


class Side(StrEnum):
    LEFT = "left"
    RIGHT = "right"
    BOTH = "both"  # both legs at once, or an exercise without sides


class RestReason(StrEnum):
    GET_READY = "get_ready"  # before an exercise starts
    SWITCH_SIDE = "switch_side"  # between the left and the right side of one set
    NEXT_SET = "next_set"  # between sets


class RepStage(StrEnum):
    """Where in one repetition the pace is: the tempo indicator and the picture follow it."""

    LIFT = "lift"
    HOLD = "hold"
    LOWER = "lower"


@dataclass(frozen=True)
class PlanStep:
    """One step of a guided break.

    For a REST step, ``side`` and ``set_no`` describe the work that comes next, so the
    banner can say "Switch sides · Standing on your right leg" or "Next: set 2 of 3".
    """

    kind: StepKind
    exercise_id: str
    exercise_index: int  # position of the exercise in the routine (for the progress bar)
    seconds: float  # how long the step runs before it advances by itself
    side: Side = Side.BOTH
    set_no: int = 1
    sets: int = 1
    reps: int = 0
    tempo_s: float = 0.0  # seconds per repetition (moving), REPS only
    rep_hold_s: float = 0.0  # hold at the top of each repetition, REPS only
    rest: RestReason | None = None  # REST only

    @property
    def is_work(self) -> bool:
        """A step that does the exercise (not a rest)."""
        return self.kind is not StepKind.REST

    @property
    def rep_s(self) -> float:
        """Seconds one repetition takes: the tempo plus the hold at the top."""
        return self.tempo_s + self.rep_hold_s


def plan(
    exercises: Sequence[Exercise],
    *,
    get_ready_s: float = GET_READY_S,
    first_side: Side = Side.LEFT,
) -> tuple[PlanStep, ...]:
    """The steps of a break through ``exercises``: one per (exercise, set, side), with rests.

    Raises ValueError for a dose with neither reps nor a hold: there would be nothing to
    time (the exercise loader rejects such files before they get here).
    """
    if first_side is Side.BOTH:
        raise ValueError("first_side is LEFT or RIGHT")
    second_side = Side.RIGHT if first_side is Side.LEFT else Side.LEFT
    steps: list[PlanStep] = []
    for index, exercise in enumerate(exercises):
        dose = exercise.dose
        if not dose.reps and not dose.hold_s:
            raise ValueError(f"exercise {exercise.id!r}: the dose has neither reps nor hold_s")
        sets = max(1, dose.sets)
        sides = (first_side, second_side) if dose.sides is Sides.EACH else (Side.BOTH,)
        if get_ready_s > 0:
            steps.append(
                PlanStep(
                    StepKind.REST,
                    exercise.id,
                    index,
                    float(get_ready_s),
                    sides[0],
                    1,
                    sets,
                    rest=RestReason.GET_READY,
                )
            )
        for set_no in range(1, sets + 1):
            for position, side in enumerate(sides):
                if position > 0:
                    rest_s = max(float(dose.rest_s), MIN_SWITCH_S)
                    reason = RestReason.SWITCH_SIDE
                elif set_no > 1:
                    rest_s, reason = float(dose.rest_s), RestReason.NEXT_SET
                else:
                    rest_s = 0.0
                if rest_s > 0:
                    steps.append(
                        PlanStep(
                            StepKind.REST,
                            exercise.id,
                            index,
                            rest_s,
                            side,
                            set_no,
                            sets,
                            rest=reason,
                        )
                    )
                steps.append(_work_step(exercise, index, side, set_no, sets))
    return tuple(steps)


def _work_step(exercise: Exercise, index: int, side: Side, set_no: int, sets: int) -> PlanStep:
    dose = exercise.dose
    if dose.reps:
        tempo = max(float(dose.tempo_s), MIN_TEMPO_S)
        hold = float(dose.hold_s or 0)
        return PlanStep(
            StepKind.REPS,
            exercise.id,
            index,
            dose.reps * (tempo + hold),
            side,
            set_no,
            sets,
            reps=dose.reps,
            tempo_s=tempo,
            rep_hold_s=hold,
        )
    return PlanStep(StepKind.HOLD, exercise.id, index, float(dose.hold_s or 0), side, set_no, sets)


@dataclass(frozen=True)
class BreakResult:
    """How a guided break ended, and what was done in it."""

    outcome: Outcome
    routine: str
    duration_s: float  # exercising time, pauses not included
    exercises: tuple[str, ...]  # ids of exercises with at least one rep or hold done
    done: tuple[ExerciseDone, ...]  # adherence for every exercise the break reached
    hurt: tuple[str, ...] = ()  # exercises stopped with "This hurts"
    kind: str = ""  # the routine's kind (a RoutineKind value), "" when not known

    def to_record(self, at: datetime, sat_for_s: float) -> BreakRecord:
        """The ``[[break]]`` record for the history file."""
        return BreakRecord(
            at=at,
            outcome=self.outcome,
            sat_for_s=round(sat_for_s),
            routine=self.routine,
            duration_s=round(self.duration_s),
            exercises=self.exercises,
            done=self.done,
            kind=self.kind,
        )


class BreakSession:
    """Walks a plan in time: counts holds down, counts reps at tempo, advances by itself.

    Every method takes ``t``, seconds on a monotonic clock; properties describe the
    session at the last ``t`` it was given. Once :attr:`finished`, methods do nothing.

    ``max_gap_s``: a gap between two calls longer than this is not exercise time (the
    machine slept, or the dialog's timer stalled): the session pauses where it was
    instead of racing through the steps that "ran out" meanwhile.
    """

    def __init__(
        self,
        steps: Sequence[PlanStep],
        *,
        routine: str = "",
        kind: str = "",
        max_gap_s: float | None = None,
    ) -> None:
        self.steps = tuple(steps)
        self.routine = routine
        self.kind = kind
        self.max_gap_s = max_gap_s
        self._index = 0
        self._now = 0.0
        self._started = False
        self._running_since: float | None = None
        self._step_base = 0.0  # step seconds accumulated before _running_since
        self._active_base = 0.0  # session seconds accumulated before _running_since
        self._best: dict[int, float] = {}  # step index -> furthest elapsed reached
        self._reached: set[int] = set()  # exercise indexes whose work was shown
        self._hurt: list[int] = []
        self._result: BreakResult | None = None
        self.serial = 0  # bumps on every step change (the dialog chimes and redraws)
        self.stalled = False  # paused by the gap guard, not by the user

    # -- state -------------------------------------------------------------------------

    @property
    def started(self) -> bool:
        return self._started

    @property
    def finished(self) -> bool:
        return self._result is not None

    @property
    def result(self) -> BreakResult | None:
        """The outcome, once finished."""
        return self._result

    @property
    def paused(self) -> bool:
        return self._started and not self.finished and self._running_since is None

    @property
    def index(self) -> int:
        return self._index

    @property
    def step(self) -> PlanStep | None:
        """The current step (None for an empty plan)."""
        return self.steps[self._index] if self.steps else None

    @property
    def exercise_count(self) -> int:
        return 1 + max((step.exercise_index for step in self.steps), default=-1)

    @property
    def hurt_candidate(self) -> str | None:
        """The exercise "This hurts" is about right now.

        The current one; but while getting ready for the next exercise, the one just done
        (pain shows up after a movement as often as during it), unless that one was
        already reported.
        """
        step = self.step
        if step is None or self.finished:
            return None
        previous = step.exercise_index - 1
        if (
            step.rest is RestReason.GET_READY
            and previous in self._reached
            and previous not in self._hurt
        ):
            return next(s.exercise_id for s in self.steps if s.exercise_index == previous)
        return step.exercise_id

    @property
    def step_elapsed_s(self) -> float:
        elapsed = self._step_base
        if self._running_since is not None:
            elapsed += self._now - self._running_since
        return elapsed

    @property
    def active_s(self) -> float:
        """Seconds spent exercising so far (pauses excluded)."""
        active = self._active_base
        if self._running_since is not None:
            active += self._now - self._running_since
        return active

    @property
    def remaining_s(self) -> float:
        """Seconds left in the current step (the countdown)."""
        step = self.step
        return max(0.0, step.seconds - self.step_elapsed_s) if step else 0.0

    @property
    def reps_counted(self) -> int:
        """Repetitions finished in the current step, by the tempo."""
        step = self.step
        if step is None or step.kind is not StepKind.REPS:
            return 0
        return _reps_in(step, self.step_elapsed_s)

    @property
    def rep(self) -> int:
        """The repetition under way, from 1 (the rep counter's "4 / 10")."""
        step = self.step
        if step is None or step.kind is not StepKind.REPS:
            return 0
        return min(step.reps, self.reps_counted + 1)

    @property
    def rep_stage(self) -> RepStage | None:
        """Lift, hold or lower, for the tempo indicator (None outside reps)."""
        step = self.step
        if step is None or step.kind is not StepKind.REPS:
            return None
        within = self._within_rep(step)
        half = step.tempo_s / 2
        if within < half:
            return RepStage.LIFT
        if within < half + step.rep_hold_s:
            return RepStage.HOLD
        return RepStage.LOWER

    @property
    def rep_fraction(self) -> float:
        """How far through the current repetition (0..1), for the tempo indicator."""
        step = self.step
        if step is None or step.kind is not StepKind.REPS:
            return 0.0
        return self._within_rep(step) / step.rep_s

    @property
    def phase(self) -> float:
        """The illustration between its start (0) and end (1) position.

        Reps lift to the end position in the first half of the tempo, stay there through
        the hold, and lower in the second half; a hold moves into position within its
        first second and stays; a rest shows the start position.
        """
        step = self.step
        if step is None or step.kind is StepKind.REST:
            return 0.0
        if step.kind is StepKind.HOLD:
            ramp = min(1.0, step.seconds / 4) or 1.0
            return min(1.0, self.step_elapsed_s / ramp)
        within = self._within_rep(step)
        half = step.tempo_s / 2
        if within < half:
            return within / half
        if within < half + step.rep_hold_s:
            return 1.0
        return max(0.0, 1.0 - (within - half - step.rep_hold_s) / half)

    @property
    def progress(self) -> float:
        """How far through the whole routine (0..1), by planned time."""
        if self.finished:
            return 1.0
        total = sum(step.seconds for step in self.steps)
        if total <= 0:
            return 0.0
        before = sum(step.seconds for step in self.steps[: self._index])
        return min(
            1.0, (before + min(self.step_elapsed_s, self.steps[self._index].seconds)) / total
        )

    def _within_rep(self, step: PlanStep) -> float:
        elapsed = self.step_elapsed_s
        if elapsed >= step.seconds:
            return 0.0
        return math.fmod(elapsed, step.rep_s)

    # -- intents -----------------------------------------------------------------------

    def start(self, t: float) -> None:
        """Start the clock at ``t`` (the first step shows from now)."""
        if self._started:
            return
        self._started = True
        self._now = t
        if not self.steps:
            self._finish()
            return
        self._running_since = t
        self._enter(0)

    def tick(self, t: float) -> None:
        """Time passes: count down, and advance through every step that ran out."""
        if not self._live():
            return
        self._advance_to(t)

    def pause(self, t: float) -> None:
        if not self._live():
            return
        self._advance_to(t)
        if self._running_since is not None:
            self._stop_running()

    def resume(self, t: float) -> None:
        if not self._live():
            return
        self._now = max(self._now, t)
        if self._running_since is None:
            self._running_since = self._now
        self.stalled = False

    def next(self, t: float) -> None:
        """Move on to the next step now (a rest, the other side, the next exercise)."""
        if not self._live():
            return
        self._advance_to(t)
        if not self.finished:
            self._go(self._index + 1)

    def back(self, t: float) -> None:
        """Go back to the previous exercise step (rests are passed over), from its start."""
        if not self._live():
            return
        self._advance_to(t)
        if self.finished:
            return
        target = next(
            (i for i in range(self._index - 1, -1, -1) if self.steps[i].is_work),
            0,
        )
        self._go(target)

    def done(self, t: float) -> None:
        """Finish now: the record says what was done."""
        if not self._live():
            return
        self._advance_to(t)
        if not self.finished:
            self._leave()
            self._finish()

    def skip(self, t: float) -> None:
        """Skip the rest of the break; what was done so far still counts."""
        self.done(t)

    def hurt(self, t: float, exercise_id: str | None = None) -> None:
        """'This hurts': end that exercise (the current one by default) and move past it."""
        if not self._live():
            return
        self._advance_to(t)
        if self.finished:
            return
        step = self.steps[self._index]
        if exercise_id is None or exercise_id == step.exercise_id:
            hurt_index = step.exercise_index
        else:
            found = [s.exercise_index for s in self.steps if s.exercise_id == exercise_id]
            if not found:
                return
            hurt_index = found[0]
        self._reached.add(hurt_index)
        if hurt_index not in self._hurt:
            self._hurt.append(hurt_index)
        if hurt_index != step.exercise_index:
            return  # an earlier exercise: its record changes, the break goes on
        following = next(
            (
                i
                for i in range(self._index, len(self.steps))
                if self.steps[i].exercise_index > hurt_index
            ),
            None,
        )
        if following is None:
            self._leave()
            self._finish()
        else:
            self._go(following)

    # -- mechanics ---------------------------------------------------------------------

    def _live(self) -> bool:
        return self._started and not self.finished

    def _advance_to(self, t: float) -> None:
        if self._running_since is None:
            self._now = max(self._now, t)
            return
        if self.max_gap_s is not None and t - self._now > self.max_gap_s:
            # The time since the last call was not spent exercising: stop where we were.
            self._stop_running()
            self.stalled = True
            self._now = t
            return
        self._now = max(self._now, t)
        while self._running_since is not None:
            step = self.steps[self._index]
            overrun = self.step_elapsed_s - step.seconds
            if overrun < 0:
                return
            # The step ended ``overrun`` seconds ago: the next one started then.
            ended_at = self._now - overrun
            self._note_progress(step.seconds)
            if self._index + 1 >= len(self.steps):
                self._now, now = ended_at, self._now
                self._finish()
                self._now = now
                return
            self._switch(self._index + 1, ended_at)

    def _stop_running(self) -> None:
        assert self._running_since is not None
        ran = self._now - self._running_since
        self._step_base += ran
        self._active_base += ran
        self._running_since = None

    def _note_progress(self, elapsed: float) -> None:
        if self.steps[self._index].is_work:
            best = self._best.get(self._index, 0.0)
            self._best[self._index] = max(best, elapsed)

    def _leave(self) -> None:
        step = self.steps[self._index]
        self._note_progress(min(self.step_elapsed_s, step.seconds))

    def _go(self, index: int) -> None:
        """Leave the current step at ``_now`` and enter ``index`` (or finish past the end)."""
        self._leave()
        if index >= len(self.steps):
            self._finish()
            return
        self._switch(index, self._now)

    def _switch(self, index: int, at: float) -> None:
        if self._running_since is not None:
            self._active_base += at - self._running_since
            self._running_since = at
        self._step_base = 0.0
        self._enter(index)

    def _enter(self, index: int) -> None:
        self._index = index
        step = self.steps[index]
        if step.is_work:
            self._reached.add(step.exercise_index)
        self.serial += 1

    def _finish(self) -> None:
        if self._running_since is not None:
            self._stop_running()
        self._result = self._tally()

    # -- the record --------------------------------------------------------------------

    def _tally(self) -> BreakResult:
        ids: dict[int, str] = {}
        for step in self.steps:
            ids.setdefault(step.exercise_index, step.exercise_id)
        done: list[ExerciseDone] = []
        all_completed = bool(ids)
        for exercise_index, exercise_id in ids.items():
            item = self._adherence(exercise_index, exercise_id)
            all_completed = all_completed and item.completed
            if exercise_index in self._reached:
                done.append(item)
        did = tuple(item.id for item in done if item.reps_done or item.holds_done)
        if all_completed:
            outcome = Outcome.COMPLETED
        elif self._hurt:
            # Not a skip: the break ended (or went on without an exercise) because it hurt.
            outcome = Outcome.STOPPED_FOR_PAIN
        elif did:
            outcome = Outcome.PARTIAL
        else:
            outcome = Outcome.SKIPPED
        return BreakResult(
            outcome=outcome,
            routine=self.routine,
            duration_s=self.active_s,
            exercises=did,
            done=tuple(done),
            hurt=tuple(ids[i] for i in self._hurt),
            kind=self.kind,
        )

    def _adherence(self, exercise_index: int, exercise_id: str) -> ExerciseDone:
        reps = holds = 0
        side_complete: dict[Side, bool] = {}
        for index, step in enumerate(self.steps):
            if step.exercise_index != exercise_index or not step.is_work:
                continue
            best = self._best.get(index, 0.0)
            complete = best >= step.seconds - min(GRACE_S, step.seconds / 10)
            if step.kind is StepKind.REPS:
                reps += step.reps if complete else _reps_in(step, best)
            elif complete:
                holds += 1
            side_complete[step.side] = side_complete.get(step.side, True) and complete
        hurt = exercise_index in self._hurt
        return ExerciseDone(
            id=exercise_id,
            sides_done=sum(side_complete.values()),
            reps_done=reps,
            holds_done=holds,
            completed=bool(side_complete) and all(side_complete.values()) and not hurt,
        )


def _reps_in(step: PlanStep, elapsed: float) -> int:
    # A small epsilon: 20.0 / 2.0 is exactly 10, but 0.1 ticks can add up to 19.999999.
    return min(step.reps, int((elapsed + 1e-6) // step.rep_s))
