"""The exercise model: exercises, their doses and illustrations, and routines.

Content lives as TOML in ``resources/exercises/`` and ``resources/routines/`` (and the
user's own ``exercises/`` folder); ``exercise_library.py`` loads and validates it.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import IntEnum, StrEnum
from pathlib import Path


class Level(IntEnum):
    """The physio's three-level progression."""

    WAKE_UP = 1  # "wake up the butt": isolated activation, low load
    WITH_CORE = 2  # "use it with your core": glutes while the trunk stays braced
    TOGETHER = 3  # "put it all together": single-leg, loaded, running-specific


class Place(StrEnum):
    DESK = "desk"  # standing beside a desk in office clothes
    FLOOR = "floor"  # at home, on the floor
    STAIRS = "stairs"


class Target(StrEnum):
    GLUTE_MAX = "glute_max"
    GLUTE_MED = "glute_med"
    HIP_FLEXOR_LENGTH = "hip_flexor_length"
    BALANCE = "balance"
    CORE = "core"


class Sides(StrEnum):
    BOTH = "both"  # both legs at once (a squeeze, a bridge)
    EACH = "each"  # the dose is done on the left, then on the right


class SideMeans(StrEnum):
    """What "left" means in an exercise done on each side: the words under the banner.

    "Left leg" alone is ambiguous (the moving leg in a kickback, the standing one in a
    balance): each sided exercise says which.
    """

    MOVING = "moving"  # the leg that moves (kickback, abduction, march)
    STANDING = "standing"  # the leg you stand on (balance, single-leg squat, deadlift)
    FRONT = "front"  # the front foot of a split stance (split squat)
    BACK = "back"  # the back leg of a split stance (hip-flexor stretch)
    LEADING = "leading"  # the leg that steps first (step-up, lateral step)
    LYING = "lying"  # the side you lie on (clamshell, side plank)


class LegSide(StrEnum):
    """The side a figure is drawn doing, in the exercise's ``side_means`` sense."""

    LEFT = "left"
    RIGHT = "right"


class PhaseWord(StrEnum):
    """Words for the two halves of a repetition (a fixed list, so the UI can translate)."""

    LIFT = "Lift"
    LOWER = "Lower"
    DOWN = "Down"
    UP = "Up"
    SQUEEZE = "Squeeze"
    RELAX = "Relax"
    BACK = "Back"
    RETURN = "Return"
    OUT = "Out"
    IN = "In"
    OPEN = "Open"
    CLOSE = "Close"
    REACH = "Reach"
    STAND = "Stand"
    SIT = "Sit"
    HINGE = "Hinge"
    ROCK_FORWARD = "Rock forward"
    ROCK_BACK = "Rock back"
    STEP_OUT = "Step out"
    FOLLOW = "Follow"


DEFAULT_PHASES = (PhaseWord.LIFT, PhaseWord.LOWER)


@dataclass(frozen=True)
class Dose:
    """How much: ``reps`` repetitions (each held ``hold_s`` if set) or one hold of ``hold_s``."""

    sets: int = 1
    reps: int | None = None  # None: a single hold per set
    hold_s: int | None = None  # a hold per rep (with reps) or the whole set (without)
    sides: Sides = Sides.BOTH
    tempo_s: float = 2.0  # seconds per repetition, for the rep counter's pace
    rest_s: int = 10  # between sets and sides


@dataclass(frozen=True)
class Exercise:
    """One exercise, with everything the guided break shows."""

    id: str
    name: str
    level: Level
    place: Place
    dose: Dose
    summary: str  # one sentence: what to do
    cues: tuple[str, ...]  # 3-4 short cues
    mistakes: tuple[str, ...]
    targets: tuple[Target, ...]
    reference: str
    frames: tuple[Path, ...]  # SVG illustrations: start position first, end position last
    source: Path = field(default=Path(), compare=False)  # the TOML file it came from
    user: bool = False  # from the user's own exercises folder
    # The figure's joint angles per frame (numbers only, same order as ``frames``), so a
    # dialog could interpolate between frames; empty for exercises without poses.
    poses: tuple[Mapping[str, float], ...] = field(default=(), compare=False)
    # The words for the first and second half of a repetition ("Down", "Up").
    phases: tuple[PhaseWord, PhaseWord] = DEFAULT_PHASES
    # Exercises done on each side: what "left" means, and which side the frames show (the
    # dialog mirrors them for the other side, so the picture always matches the banner).
    side_means: SideMeans = SideMeans.MOVING
    drawn_side: LegSide = LegSide.RIGHT


class RoutineKind(StrEnum):
    DESK_MICRO = "desk-micro"  # a 2-3 minute micro-break at the desk
    HOME = "home"  # a 10-minute daily routine at home
    PRE_RUN = "pre-run"  # activation before a run


@dataclass(frozen=True)
class Routine:
    """A named sequence of exercises."""

    id: str
    name: str
    kind: RoutineKind
    level: Level | None  # None: for every level (e.g. pre-run)
    exercises: tuple[str, ...]  # exercise ids, in order
    minutes: float  # the intended length
    # Doses this routine sets for some of its exercises (a desk break repeats through the
    # day, so it may do one set where the home routine does two): exercise id -> dose.
    doses: tuple[tuple[str, Dose], ...] = ()

    def dose_for(self, exercise: Exercise) -> Dose:
        """The dose of ``exercise`` in this routine."""
        return dict(self.doses).get(exercise.id, exercise.dose)
