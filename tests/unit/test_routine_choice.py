"""Which routine a menu entry, ``break --routine`` or the daily program means."""

from __future__ import annotations

import pytest

from deadbutt_tray.core.content.exercise_library import Library, load_library
from deadbutt_tray.core.content.resources import resources_root
from deadbutt_tray.core.content.routine_choice import (
    MENU_CHOICES,
    UnknownRoutineError,
    choice_ids,
    choose_routine,
    menu_minutes,
)
from deadbutt_tray.core.model.exercises import Level, RoutineKind
from deadbutt_tray.core.model.records import session_kind


@pytest.fixture(scope="module")
def shipped() -> Library:
    library, problems = load_library(resources_root(), None, check_frames=False)
    assert problems == []
    return library


@pytest.mark.parametrize("level", list(Level))
def test_each_menu_entry_means_a_routine_of_the_users_level(shipped: Library, level: Level) -> None:
    desk = choose_routine(shipped, "desk-micro", level)
    home = choose_routine(shipped, "home", level)
    pre_run = choose_routine(shipped, "pre-run", level)
    assert desk is not None and desk.kind is RoutineKind.DESK_MICRO and desk.level is level
    assert home is not None and home.id == f"home-{int(level)}"
    assert pre_run is not None and pre_run.id == "pre-run"
    assert menu_minutes(shipped, RoutineKind.HOME, level) == 10
    assert menu_minutes(shipped, RoutineKind.PRE_RUN, level) == 5


def test_desk_breaks_take_turns(shipped: Library) -> None:
    turns = {choose_routine(shipped, "desk-micro", Level.WAKE_UP, turn=n).id for n in range(3)}  # type: ignore[union-attr]
    assert turns == {"desk-micro-1a", "desk-micro-1b", "desk-micro-1c"}


def test_a_routine_id_means_that_routine_whatever_the_level(shipped: Library) -> None:
    routine = choose_routine(shipped, "home-3", Level.WAKE_UP)
    assert routine is not None and routine.id == "home-3"


def test_an_unknown_choice_names_every_accepted_id(shipped: Library) -> None:
    with pytest.raises(UnknownRoutineError) as caught:
        choose_routine(shipped, "home-9", Level.WAKE_UP)
    error = caught.value
    assert error.known == choice_ids(shipped)
    assert error.known[:3] == tuple(kind.value for kind in MENU_CHOICES)
    assert "pre-run" in error.known and error.known.count("pre-run") == 1
    assert {"home-1", "home-2", "home-3", "desk-micro-2a"} <= set(error.known)
    assert str(error).startswith("unknown routine 'home-9'; known are: desk-micro, home, pre-run")


@pytest.mark.parametrize(
    ("routine", "kind", "expected"),
    [
        ("home-2", "", "home"),
        ("pre-run", "", "pre-run"),
        ("desk-micro-1a", "", "desk-micro"),
        ("", "", "desk-micro"),
        ("my-own", "home", "home"),
        ("home-2", "something-newer", "home"),
    ],
)
def test_the_session_kind_of_a_record(routine: str, kind: str, expected: str) -> None:
    assert session_kind(routine, kind) == expected
