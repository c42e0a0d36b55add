"""Which routine a menu entry, a command or the daily program means.

A *choice* is what a person asks for: one of the three menu entries (a routine kind:
``desk-micro``, ``home``, ``pre-run``), or the id of one routine (``home-2``). A kind means
the routine of that kind for the user's level (desk micro-breaks take turns); an id means
that routine, whatever its level. ``pre-run`` is both a kind and the id of the one pre-run
routine, and means the same either way.
"""

from __future__ import annotations

from collections.abc import Iterable

from deadbutt_tray.core.content.exercise_library import Library
from deadbutt_tray.core.model.exercises import Level, Routine, RoutineKind

__all__ = [
    "DEFAULT_CHOICE",
    "MENU_CHOICES",
    "UnknownRoutineError",
    "choice_ids",
    "choose_routine",
    "menu_minutes",
]

DEFAULT_CHOICE = RoutineKind.DESK_MICRO.value
# The "Guided break" submenu, in order.
MENU_CHOICES = (RoutineKind.DESK_MICRO, RoutineKind.HOME, RoutineKind.PRE_RUN)


class UnknownRoutineError(ValueError):
    """A choice that names no kind and no routine; ``known`` lists what is accepted."""

    def __init__(self, choice: str, known: tuple[str, ...]) -> None:
        shown = choice if len(choice) <= 40 else choice[:37] + "..."
        super().__init__(f"unknown routine {shown!r}; known are: {', '.join(known)}")
        self.choice = choice
        self.known = known


def choice_ids(library: Library) -> tuple[str, ...]:
    """Every accepted choice: the three kinds first, then each routine id in order."""
    kinds = [kind.value for kind in MENU_CHOICES]
    return (*kinds, *(rid for rid in sorted(library.routines) if rid not in kinds))


def choose_routine(
    library: Library,
    choice: str,
    level: Level,
    excluded: Iterable[str] = frozenset(),
    turn: int = 0,
) -> Routine | None:
    """The routine ``choice`` means for a user at ``level``.

    ``None`` when the kind has no routine at that level (a broken install); raises
    ``UnknownRoutineError`` for a choice that is neither a kind nor a routine id.
    """
    kinds = {kind.value: kind for kind in RoutineKind}
    if choice in kinds:
        return library.routine_for(kinds[choice], level, excluded, turn)
    routine = library.routines.get(choice)
    if routine is None:
        raise UnknownRoutineError(choice, choice_ids(library))
    return routine


def menu_minutes(library: Library, kind: RoutineKind, level: Level) -> float | None:
    """The intended length of the routine a menu entry starts, from the routine files."""
    routine = library.routine_for(kind, level)
    return None if routine is None else routine.minutes
