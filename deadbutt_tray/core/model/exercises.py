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
