"""A screen lock reported with no matching unlock must not keep someone "away" for ever.

Some lockers say "locked" and never "unlocked" (``xdg-screensaver lock`` with
xscreensaver, a screensaver that crashed, a logind Lock whose Unlock went to another
listener). Real input while the screen is said to be locked, seen on two ticks in a row
(the idle time fell each time), means someone is using the computer: the lock is stale.
One tick is not enough: a bumped mouse, or the first keys typed into the lock screen.
"""

from __future__ import annotations

INPUT_TICKS = 2  # ticks in a row with fresh input before a reported lock counts as stale


class StaleLock:
    """Feed it each tick's (reported lock, idle seconds); it says when the lock is stale."""

    def __init__(self, input_ticks: int = INPUT_TICKS) -> None:
        self.input_ticks = input_ticks
        self._last_idle: float | None = None
        self._with_input = 0

    def is_stale(self, locked: bool | None, idle_s: float | None) -> bool:
        """True once the screen is reported locked yet used; then it starts over."""
        last, self._last_idle = self._last_idle, idle_s
        if not locked or idle_s is None or last is None:
            self._with_input = 0
            return False
        self._with_input = self._with_input + 1 if idle_s < last else 0
        if self._with_input >= self.input_ticks:
            self._with_input = 0
            return True
        return False
