"""A lock with no unlock: real input on two ticks in a row ends it."""

from __future__ import annotations

from deadbutt_tray.core.rules.stale_lock import StaleLock


def feed(lock: StaleLock, samples: list[tuple[bool | None, float | None]]) -> list[bool]:
    return [lock.is_stale(locked, idle) for locked, idle in samples]


def test_input_on_two_ticks_while_locked_makes_the_lock_stale() -> None:
    lock = StaleLock()
    # Locked and idle grows: away. Then input twice (the idle time falls each tick).
    answers = feed(lock, [(True, 100), (True, 110), (True, 120), (True, 3), (True, 2)])
    assert answers == [False, False, False, False, True]


def test_one_bump_of_the_mouse_is_not_enough() -> None:
    lock = StaleLock()
    answers = feed(lock, [(True, 100), (True, 2), (True, 12), (True, 22), (True, 32)])
    assert not any(answers)


def test_unlocked_or_unknown_never_stale_and_resets_the_count() -> None:
    lock = StaleLock()
    assert not any(feed(lock, [(False, 5), (False, 1), (None, 0.5), (None, 0.1)]))
    assert feed(lock, [(True, 100), (True, 1), (False, 0.5), (True, 0.2)]) == [
        False,
        False,
        False,
        False,
    ]
    assert not any(feed(StaleLock(), [(True, None), (True, None), (True, None)]))
