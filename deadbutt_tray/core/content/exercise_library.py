"""Loading and checking the exercise library: exercises and routines as TOML files.

Shipped content lives in ``resources/exercises/<id>.toml`` and
``resources/routines/<id>.toml``; people may add exercise files of their own to
``user_data_dir/exercises/``. Every key of every file is checked; each problem is reported
as a ``Problem`` with the file, the key and what is accepted. A file with a problem in a
required value is skipped (the rest of the library still loads); nothing here raises for
anything a file contains.

Where user exercises go (the merge rule): a valid user exercise is appended to the end of
the routines of its own level, by where it can be done:

- ``where = "desk"``: every ``desk-micro`` routine of that level, and the ``home`` routine
  of that level (standing exercises are fine at home too);
- ``where = "floor"`` or ``"stairs"``: the ``home`` routine of that level.

Pre-run routines are never changed. A user file whose id is already taken (by a shipped
exercise or another user file) is reported and skipped, so user files cannot silently
replace reviewed content. User exercises may name frames relative to their own file, or
leave ``frames`` out: then the generic frame pair (``illustrations/generic-*.svg``) is used.
A frame file that does not exist is reported and the generic pair is used instead, so a
missing picture never hides an exercise.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path, PurePosixPath
from types import MappingProxyType
from typing import Any

from deadbutt_tray.core.fields import ID_PATTERN, FieldReader, quoted_list, show_value
from deadbutt_tray.core.model.exercises import (
    DEFAULT_PHASES,
    Dose,
    Exercise,
    LegSide,
    Level,
    PhaseWord,
    Place,
    Routine,
    RoutineKind,
    SideMeans,
    Sides,
    Target,
)
from deadbutt_tray.core.problems import Problem
from deadbutt_tray.core.storage.tomlfile import TomlReadError, parse_toml, read_head
from deadbutt_tray.core.translatable import Text, Words, counted, words

__all__ = [
    "ANGLE_KEYS",
    "GENERIC_FRAMES",
    "LENGTH_KEYS",
    "MAX_FILE_BYTES",
    "MUSCLES",
    "POINTS",
    "PROPS",
    "SURFACES",
    "TRANSITION_S",
    "Library",
    "estimate_routine_seconds",
    "estimate_seconds",
    "load_library",
]

log = logging.getLogger(__name__)

# An exercise file is a couple of kilobytes; anything far bigger is a mistake (a picture
# or a log saved with the wrong name) and is not read whole.
MAX_FILE_BYTES = 64 * 1024

# Seconds to read the next card and get into position, between two exercises of a routine.
TRANSITION_S = 5.0

GENERIC_FRAMES = ("illustrations/generic-start.svg", "illustrations/generic-end.svg")


# --- the figure vocabulary (scripts/figures.py draws what these name) --------------------

# Joint angles in degrees. Side view: trunk from vertical (+ leans forward), hip/shoulder
# flexion (+ forward), knee flexion, elbow flexion, ankle (+ toes up). Front view: hip and
# shoulder abduction (+ away from the body), knee and elbow bend in the picture plane.
ANGLE_KEYS = (
    "trunk",
    "neck",
    "hip_l",
    "knee_l",
    "ankle_l",
    "hip_r",
    "knee_r",
    "ankle_r",
    "shoulder_l",
    "elbow_l",
    "shoulder_r",
    "elbow_r",
)
# Foreshortening of a segment that points towards or away from the viewer (1 = full length).
LENGTH_KEYS = tuple(
    f"len_{part}_{side}"
    for side in ("l", "r")
    for part in ("thigh", "shank", "foot", "arm", "forearm")
)
_PLACE_KEYS = ("anchor_x",)  # where the anchor point sits across the picture (0-240)
MUSCLES = (
    *(
        f"{muscle}_{side}"
        for muscle in ("glute_max", "glute_med", "hip_flexor", "quad", "hamstring")
        for side in ("l", "r")
    ),
    "core",
)
POINTS = (
    "head",
    "shoulders",
    "pelvis",
    "back",
    "elbow_l",
    "elbow_r",
    "hand_l",
    "hand_r",
    "knee_l",
    "knee_r",
    "foot_l",
    "foot_r",
    "heel_l",
    "heel_r",
    "toe_l",
    "toe_r",
)
SURFACES = ("ground", "desk", "chair", "wall", "step")
PROPS = ("desk", "chair", "wall", "step")
VIEWS = ("side", "front")
GROUNDS = ("standing", "floor")

_EXERCISE_KEYS = (
    "id",
    "name",
    "level",
    "where",
    "summary",
    "cues",
    "mistakes",
    "targets",
    "reference",
    "dose",
    "frames",
    "props",
    "pose",
    "phases",
    "side_means",
    "drawn_side",
)
_DOSE_KEYS = ("sets", "reps", "hold_s", "sides", "tempo_s", "rest_s")
_POSE_KEYS = (
    *ANGLE_KEYS,
    *LENGTH_KEYS,
    *_PLACE_KEYS,
    "view",
    "ground",
    "anchor",
    "contacts",
    "highlight",
    "arrow",
)
_ROUTINE_KEYS = ("id", "name", "kind", "level", "minutes", "exercises", "doses")
_ROUTINE_DOSE_KEYS = ("sets", "reps", "hold_s")

_MAX_ITEMS = 8


# --- the library ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Library:
    """Every valid exercise and routine, user exercises merged in (see the module doc)."""

    exercises: Mapping[str, Exercise]
    routines: Mapping[str, Routine]
    files: tuple[Path, ...] = field(default=(), compare=False)  # every file looked at

    def routine_exercises(
        self, routine_id: str, excluded: Iterable[str] = frozenset()
    ) -> tuple[Exercise, ...]:
        """The exercises of a routine, in order, without the ``excluded`` ids.

        Each carries the dose it has in this routine (a routine's ``[doses.<id>]``).

        Empty for an unknown routine or when every exercise is excluded: the UI then
        explains why there is nothing to do rather than showing an empty break.
        """
        routine = self.routines.get(routine_id)
        if routine is None:
            return ()
        left_out = set(excluded)
        chosen = (
            self.exercises[ex_id]
            for ex_id in routine.exercises
            if ex_id in self.exercises and ex_id not in left_out
        )
        return tuple(_with_dose(ex, routine.dose_for(ex)) for ex in chosen)

    def routines_for(self, kind: RoutineKind, level: Level) -> tuple[Routine, ...]:
        """Routines of ``kind`` for ``level`` (or for every level), ordered by id."""
        return tuple(
            routine
            for _id, routine in sorted(self.routines.items())
            if routine.kind is kind and routine.level in (None, level)
        )

    def routine_for(
        self,
        kind: RoutineKind,
        level: Level,
        excluded: Iterable[str] = frozenset(),
        turn: int = 0,
    ) -> Routine | None:
        """The routine to offer now; ``None`` if there is no routine of that kind and level.

        When several fit (a level has more than one desk micro-break, so the desk
        exercises take turns), ``turn`` (e.g. the number of breaks taken today) picks one
        in rotation, skipping those that exclusions have emptied. If all are empty the
        first is returned anyway, so the UI can say that everything is left out.
        """
        candidates = self.routines_for(kind, level)
        if not candidates:
            return None
        left_out = set(excluded)
        count = len(candidates)
        for step in range(count):
            routine = candidates[(turn + step) % count]
            if self.routine_exercises(routine.id, left_out):
                return routine
        return candidates[0]

    def exercises_for(self, level: Level, place: Place | None = None) -> tuple[Exercise, ...]:
        """Exercises of one level (and place), ordered by id."""
        return tuple(
            ex
            for _id, ex in sorted(self.exercises.items())
            if ex.level is level and (place is None or ex.place is place)
        )


def _with_dose(exercise: Exercise, dose: Dose) -> Exercise:
    return exercise if dose == exercise.dose else replace(exercise, dose=dose)


def estimate_seconds(exercise: Exercise) -> float:
    """How long an exercise takes as dosed: work, plus rests between sets and sides."""
    dose = exercise.dose
    sides = 2 if dose.sides is Sides.EACH else 1
    if dose.reps is not None:
        per_set = dose.reps * (dose.tempo_s + (dose.hold_s or 0))
    else:
        per_set = float(dose.hold_s or 0)
    bouts = dose.sets * sides
    return bouts * per_set + (bouts - 1) * dose.rest_s


def estimate_routine_seconds(exercises: Sequence[Exercise]) -> float:
    """A routine's length: its exercises plus a short change-over between each two."""
    if not exercises:
        return 0.0
    return sum(estimate_seconds(ex) for ex in exercises) + TRANSITION_S * (len(exercises) - 1)


# --- loading ---------------------------------------------------------------------------------


def load_library(
    resources_dir: Path, user_dir: Path | None, *, check_frames: bool = True
) -> tuple[Library, list[Problem]]:
    """The shipped library under ``resources_dir`` plus the user's exercises in ``user_dir``.

    Never raises for anything the files contain; every problem is returned. A missing
    ``user_dir`` is not a problem. ``check_frames=False`` skips checking that frame files
    exist (for the script that draws them).
    """
    problems: list[Problem] = []
    files: list[Path] = []
    exercises: dict[str, Exercise] = {}

    for path in _toml_files(resources_dir / "exercises", problems):
        files.append(path)
        exercise = _load_exercise(
            path, resources_dir, resources_dir, user=False, out=problems, frames=check_frames
        )
        if exercise is not None:
            _add_unique(exercises, exercise, path, problems)

    routines: dict[str, Routine] = {}
    for path in _toml_files(resources_dir / "routines", problems):
        files.append(path)
        routine = _load_routine(path, exercises, problems)
        if routine is None:
            continue
        if routine.id in routines:
            used = words("{id} is already used", id=repr(routine.id))
            problems.append(Problem(str(path), "id", used))
            continue
        routines[routine.id] = routine

    user_exercises: list[Exercise] = []
    if user_dir is not None and user_dir.is_dir():
        for path in _toml_files(user_dir, problems):
            files.append(path)
            exercise = _load_exercise(
                path, user_dir, resources_dir, user=True, out=problems, frames=check_frames
            )
            if exercise is not None and _add_unique(exercises, exercise, path, problems):
                user_exercises.append(exercise)

    routines = _merge_user_exercises(routines, user_exercises)
    library = Library(MappingProxyType(exercises), MappingProxyType(routines), tuple(files))
    return library, problems


def _add_unique(
    exercises: dict[str, Exercise], exercise: Exercise, path: Path, problems: list[Problem]
) -> bool:
    if exercise.id in exercises:
        other = exercises[exercise.id].source
        used = words("{id} is already used by {other}; skipped", id=repr(exercise.id), other=other)
        problems.append(Problem(str(path), "id", used))
        return False
    exercises[exercise.id] = exercise
    return True


def _merge_user_exercises(
    routines: dict[str, Routine], user_exercises: Sequence[Exercise]
) -> dict[str, Routine]:
    merged: dict[str, Routine] = {}
    for routine_id, routine in routines.items():
        extra = tuple(
            ex.id
            for ex in user_exercises
            if routine.level is ex.level and _joins(routine.kind, ex.place)
        )
        if extra:
            routine = replace(routine, exercises=routine.exercises + extra)
        merged[routine_id] = routine
    return merged


def _joins(kind: RoutineKind, place: Place) -> bool:
    if kind is RoutineKind.HOME:
        return True
    return kind is RoutineKind.DESK_MICRO and place is Place.DESK


def _toml_files(folder: Path, problems: list[Problem]) -> list[Path]:
    """The ``*.toml`` files of a folder in name order; hidden files are skipped."""
    try:
        return sorted(
            path
            for path in folder.iterdir()
            if path.suffix == ".toml" and not path.name.startswith(".") and not path.is_dir()
        )
    except FileNotFoundError:
        return []
    except OSError as exc:
        reason = words("cannot be read ({reason})", reason=exc.strerror or str(exc))
        problems.append(Problem(str(folder), "", reason))
        return []


def _read_document(path: Path, problems: list[Problem]) -> dict[str, Any] | None:
    """The parsed TOML file, or ``None`` with a problem saying why it cannot be used."""
    try:
        raw = read_head(path, MAX_FILE_BYTES)
    except OSError as exc:
        reason = words("cannot be read ({reason})", reason=exc.strerror or str(exc))
        problems.append(Problem(str(path), "", _skipped(reason)))
        return None
    if len(raw) > MAX_FILE_BYTES:
        too_large = words("larger than {size} KB", size=MAX_FILE_BYTES // 1024)
        problems.append(Problem(str(path), "", _skipped(too_large)))
        return None
    try:
        return parse_toml(raw)
    except TomlReadError as error:
        problems.append(Problem(str(path), "", _skipped(error.words)))
        return None


def _skipped(problem: Text) -> Words:
    return words("{problem}; the file was skipped", problem=problem)


def _not_file_name(ident: str, path: Path) -> Words:
    return words(
        "{id} is not accepted: it must match the file name ({name})",
        id=repr(ident),
        name=repr(path.stem),
    )


def _load_exercise(
    path: Path, base: Path, resources_dir: Path, *, user: bool, out: list[Problem], frames: bool
) -> Exercise | None:
    data = _read_document(path, out)
    if data is None:
        return None
    read = FieldReader(path, data)
    read.unknown(_EXERCISE_KEYS)
    ex_id = read.ident("id")
    if ex_id and ex_id != path.stem:
        read.bad("id", _not_file_name(ex_id, path))
    name = read.text("name")
    level_no = read.whole("level", 1, 3)
    where = read.choice("where", [p.value for p in Place])
    summary = read.text("summary")
    cues = read.texts("cues", low=1, high=6)
    mistakes = read.texts("mistakes", low=0, high=_MAX_ITEMS, required=False)
    targets = read.choices("targets", [t.value for t in Target])
    reference = read.text("reference", required=False)
    props = read.choices("props", PROPS)
    dose = _read_dose(path, data.get("dose"), read)
    phases = _read_phases(read)
    side_means = read.choice("side_means", [m.value for m in SideMeans], required=False)
    drawn_side = read.choice("drawn_side", [s.value for s in LegSide], required=False)
    poses = _read_poses(path, data.get("pose"), read)
    frame_paths = _read_frames(path, data, base, resources_dir, len(poses), read, check=frames)
    out.extend(read.problems)
    if read.failed or level_no is None or where is None or dose is None:
        return None
    del props  # checked here; only the figure generator draws them
    return Exercise(
        id=ex_id,
        name=name,
        level=Level(level_no),
        place=Place(where),
        dose=dose,
        summary=summary,
        cues=cues,
        mistakes=mistakes,
        targets=tuple(Target(t) for t in targets),
        reference=reference,
        frames=frame_paths,
        source=path,
        user=user,
        poses=tuple(MappingProxyType(p) for p in poses),
        phases=phases,
        side_means=SideMeans(side_means or SideMeans.MOVING),
        drawn_side=LegSide(drawn_side or LegSide.RIGHT),
    )


def _read_phases(read: FieldReader) -> tuple[PhaseWord, PhaseWord]:
    """The two words of a repetition; a bad list is reported and the default used."""
    value = read.get("phases", False)
    if value is None:
        return DEFAULT_PHASES
    allowed = [w.value for w in PhaseWord]
    if isinstance(value, list) and len(value) == 2 and all(v in allowed for v in value):
        return (PhaseWord(value[0]), PhaseWord(value[1]))
    accepted = words(
        "two words, for the first and the second half of a repetition, from: {choices}; "
        'e.g. ["Down", "Up"]',
        choices=quoted_list(allowed),
    )
    read.reject("phases", value, accepted, fatal=False)
    return DEFAULT_PHASES


def _read_dose(path: Path, value: Any, parent: FieldReader) -> Dose | None:
    if not isinstance(value, Mapping):
        parent.bad(
            "dose",
            words(
                "is missing or not a table: accepted is [dose] with sets, reps and/or hold_s, "
                'sides = "both" | "each", tempo_s, rest_s'
            ),
        )
        return None
    read = FieldReader(path, value, "dose.")
    read.unknown(_DOSE_KEYS)
    sets = read.whole("sets", 1, 10, required=False) or 1
    reps = read.whole("reps", 1, 50, required=False)
    hold = read.whole("hold_s", 1, 120, required=False)
    sides = read.choice("sides", [s.value for s in Sides], required=False) or "both"
    tempo = read.number("tempo_s", 0.5, 10, required=False)
    rest = read.whole("rest_s", 0, 120, required=False)
    if reps is None and hold is None and "reps" not in value and "hold_s" not in value:
        read.bad("reps", words("is missing: give reps (repetitions), hold_s (seconds), or both"))
    parent.problems.extend(read.problems)
    parent.failed = parent.failed or read.failed
    if read.failed:
        return None
    return Dose(
        sets=sets,
        reps=reps,
        hold_s=hold,
        sides=Sides(sides),
        tempo_s=2.0 if tempo is None else tempo,
        rest_s=10 if rest is None else rest,
    )


def _read_poses(path: Path, value: Any, parent: FieldReader) -> list[dict[str, float]]:
    """The numeric part of each ``[[pose]]``; the drawing keys are only checked here."""
    if value is None:
        return []
    if not isinstance(value, list) or not all(isinstance(p, Mapping) for p in value):
        parent.bad("pose", words("is not accepted: [[pose]] tables, one per frame"), fatal=False)
        return []
    if not 2 <= len(value) <= _MAX_ITEMS:
        parent.bad(
            "pose",
            counted(
                "has %n table(s): accepted is 2 to {most} [[pose]] tables, the start "
                "position first and the end position last",
                "",
                len(value),
                most=_MAX_ITEMS,
            ),
            fatal=False,
        )
        return []
    poses: list[dict[str, float]] = []
    for index, table in enumerate(value):
        read = FieldReader(path, table, f"pose[{index}].")
        read.unknown(_POSE_KEYS)
        numbers: dict[str, float] = {}
        for key in ANGLE_KEYS:
            angle = read.number(key, -180, 180, required=False)
            if angle is not None:
                numbers[key] = angle
        for key in LENGTH_KEYS:
            scale = read.number(key, 0.05, 1.5, required=False)
            if scale is not None:
                numbers[key] = scale
        anchor_x = read.number("anchor_x", 0, 240, required=False)
        if anchor_x is not None:
            numbers["anchor_x"] = anchor_x
        read.choice("view", VIEWS, required=False)
        read.choice("ground", GROUNDS, required=False)
        read.choice("anchor", POINTS, required=False)
        read.choice("arrow", POINTS, required=False)
        read.choices("highlight", MUSCLES)
        contacts = table.get("contacts")
        if contacts is not None and not (
            isinstance(contacts, Mapping)
            and all(k in POINTS and v in SURFACES for k, v in contacts.items())
        ):
            accepted = words(
                "a table of point = surface, e.g. {example}; points: {points}; surfaces: "
                "{surfaces}",
                example='{ foot_l = "ground", hand_r = "desk" }',
                points=", ".join(POINTS),
                surfaces=", ".join(SURFACES),
            )
            read.reject("contacts", contacts, accepted)
        # A bad pose spoils only the picture, not the exercise.
        parent.problems.extend(read.problems)
        poses.append(numbers)
    return poses


def _read_frames(
    path: Path,
    data: Mapping[str, Any],
    base: Path,
    resources_dir: Path,
    pose_count: int,
    parent: FieldReader,
    *,
    check: bool,
) -> tuple[Path, ...]:
    """The frames as absolute paths; the generic pair if there are none or one is missing."""
    generic = tuple(resources_dir.joinpath(*PurePosixPath(f).parts) for f in GENERIC_FRAMES)
    value = data.get("frames")
    if value is None:
        return generic
    accepted = words(
        "a list of 2 to {most} relative paths of .svg files, e.g. {example}, start first "
        "and end last",
        most=_MAX_ITEMS,
        example='["illustrations/wall-sit-start.svg", "illustrations/wall-sit-end.svg"]',
    )
    if not (
        isinstance(value, list)
        and 2 <= len(value) <= _MAX_ITEMS
        and all(isinstance(v, str) and _relative_svg(v) for v in value)
    ):
        parent.reject("frames", value, accepted, fatal=False)
        return generic
    if pose_count and pose_count != len(value):
        parent.bad(
            "frames",
            counted(
                "has %n path(s) but there are {poses} [[pose]] tables: accepted is one "
                "frame per pose",
                "",
                len(value),
                poses=pose_count,
            ),
            fatal=False,
        )
    frames = tuple(base.joinpath(*PurePosixPath(v).parts) for v in value)
    missing = [v for v, f in zip(value, frames, strict=True) if check and not _is_file(f)]
    if missing:
        parent.bad(
            "frames",
            words(
                "{paths} not found (relative to {folder}); the generic pictures are used",
                paths=show_value(missing),
                folder=str(base),
            ),
            fatal=False,
        )
        return generic
    return frames


def _relative_svg(text: str) -> bool:
    path = PurePosixPath(text)
    return (
        text.endswith(".svg")
        and not path.is_absolute()
        and "\\" not in text
        and ":" not in text
        and ".." not in path.parts
    )


def _load_routine(
    path: Path, exercises: Mapping[str, Exercise], out: list[Problem]
) -> Routine | None:
    data = _read_document(path, out)
    if data is None:
        return None
    read = FieldReader(path, data)
    read.unknown(_ROUTINE_KEYS)
    routine_id = read.ident("id")
    if routine_id and routine_id != path.stem:
        read.bad("id", _not_file_name(routine_id, path))
    name = read.text("name")
    kind = read.choice("kind", [k.value for k in RoutineKind])
    needs_level = kind in (RoutineKind.DESK_MICRO, RoutineKind.HOME)
    level_no = read.whole("level", 1, 3, required=needs_level)
    minutes = read.number("minutes", 0.5, 60)
    ids = data.get("exercises")
    if not (
        isinstance(ids, list)
        and 1 <= len(ids) <= 20
        and all(isinstance(v, str) and ID_PATTERN.fullmatch(v) for v in ids)
    ):
        read.reject("exercises", ids, words("a list of 1 to 20 exercise ids"))
        ids = []
    for index, ex_id in enumerate(ids):
        if ex_id not in exercises:
            read.bad(
                f"exercises[{index}]",
                words(
                    "{id} is not a known exercise; accepted: the id of a file in exercises/",
                    id=repr(ex_id),
                ),
            )
    doses = _read_routine_doses(path, data.get("doses"), ids, exercises, read)
    out.extend(read.problems)
    if read.failed or kind is None or minutes is None:
        return None
    return Routine(
        id=routine_id,
        name=name,
        kind=RoutineKind(kind),
        level=None if level_no is None else Level(level_no),
        exercises=tuple(ids),
        minutes=minutes,
        doses=doses,
    )


def _read_routine_doses(
    path: Path,
    value: Any,
    ids: Sequence[str],
    exercises: Mapping[str, Exercise],
    parent: FieldReader,
) -> tuple[tuple[str, Dose], ...]:
    """``[doses.<exercise-id>]`` tables: sets, reps or hold_s this routine changes."""
    if value is None:
        return ()
    if not isinstance(value, Mapping):
        parent.reject(
            "doses",
            value,
            words(
                "tables [doses.<exercise id>] with sets, reps and/or hold_s, for exercises of "
                "this routine"
            ),
        )
        return ()
    doses: list[tuple[str, Dose]] = []
    for ex_id, changes in value.items():
        key = f"doses.{ex_id}"
        if ex_id not in ids or ex_id not in exercises:
            not_listed = words("{id} is not an exercise of this routine's list", id=repr(ex_id))
            parent.bad(key, not_listed)
            continue
        if not isinstance(changes, Mapping) or not changes:
            parent.reject(key, changes, words("a table with sets, reps and/or hold_s"))
            continue
        read = FieldReader(path, changes, f"{key}.")
        read.unknown(_ROUTINE_DOSE_KEYS)
        base = exercises[ex_id].dose
        sets = read.whole("sets", 1, 10, required=False)
        reps = read.whole("reps", 1, 50, required=False)
        hold = read.whole("hold_s", 1, 120, required=False)
        if reps is not None and base.reps is None:
            read.bad("reps", words("is not accepted: the exercise is a hold, not repetitions"))
        parent.problems.extend(read.problems)
        parent.failed = parent.failed or read.failed
        if read.failed:
            continue
        dose = replace(
            base,
            sets=base.sets if sets is None else sets,
            reps=base.reps if reps is None else reps,
            hold_s=base.hold_s if hold is None else hold,
        )
        doses.append((ex_id, dose))
    return tuple(doses)


def _is_file(path: Path) -> bool:
    """``path.is_file()``, but a name the OS refuses (too long, …) is simply not there."""
    try:
        return path.is_file()
    except OSError:
        return False
