"""The balance self-test's timing: one leg at a time, best of three, a 45-second ceiling.

Plain data driven by the caller's clock: every method takes ``t``, seconds on a monotonic
clock (``time.monotonic()`` in the app, a fake one in tests), so the whole protocol runs
in tests without a timer or a window. The dialog (``ui/balance_dialog.py``) only shows
what this says and forwards Space, Enter and its timer ticks.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum

from deadbutt_tray.core.model.records import BalanceSign, BalanceTestRecord, Eyes
from deadbutt_tray.core.rules.balance import CAP_S, TRIALS, best_of

__all__ = ["BalanceRun", "Leg", "LegTrial", "Press"]


class Leg(StrEnum):
    """The standing leg of a trial; left goes first."""

    LEFT = "left"
    RIGHT = "right"


class Press(StrEnum):
    """What a press of the start/stop key did."""

    STARTED = "started"
    STOPPED = "stopped"
    DONE = "done"  # no try left on this leg: the caller moves on


@dataclass
class LegTrial:
    """Up to three timed tries on one leg; the best counts."""

    leg: Leg
    eyes: Eyes
    tries: list[float] = field(default_factory=list)
    started_at: float | None = None
    # What the mirror showed (the observation step after the tries, eyes open only);
    # None until observed.
    signs: tuple[BalanceSign, ...] | None = None

    @property
    def observable(self) -> bool:
        """Whether this leg gets the observation step: eyes open, with a time to go on."""
        return self.eyes is Eyes.OPEN and bool(self.tries)

    @property
    def timing(self) -> bool:
        return self.started_at is not None

    @property
    def best(self) -> float | None:
        return best_of(self.tries) if self.tries else None

    @property
    def can_try(self) -> bool:
        """Another try makes sense: fewer than three, and none reached the ceiling."""
        return len(self.tries) < TRIALS and (self.best or 0.0) < CAP_S

    @property
    def try_number(self) -> int:
        """The try the timer shows: the running one, else the last one (at least 1)."""
        return max(1, len(self.tries) + (1 if self.timing else 0))

    def elapsed(self, t: float) -> float:
        """Seconds of the running try at ``t``, else the last try's time (0 before any)."""
        if self.started_at is None:
            return self.tries[-1] if self.tries else 0.0
        return min(CAP_S, max(0.0, t - self.started_at))

    def start(self, t: float) -> None:
        if not self.timing and self.can_try:
            self.started_at = t

    def stop(self, t: float) -> None:
        if self.started_at is not None:
            self.tries.append(round(self.elapsed(t), 1))
            self.started_at = None

    def press(self, t: float) -> Press:
        """The start/stop key: stop a running try, start another, or say this leg is done."""
        if self.timing:
            self.stop(t)
            return Press.STOPPED
        if self.can_try:
            self.start(t)
            return Press.STARTED
        return Press.DONE

    def tick(self, t: float) -> bool:
        """True when this tick stopped the timer at the 45-second ceiling."""
        if self.started_at is not None and t - self.started_at >= CAP_S:
            self.stop(t)
            return True
        return False


@dataclass
class BalanceRun:
    """A whole test: left then right leg, eyes open, then optionally eyes closed.

    ``current`` is the trial being timed; ``next_leg`` moves on and, after each right
    leg, gives the round's ``BalanceTestRecord``; ``finished`` once the last leg is done.
    """

    trials: list[LegTrial]
    current: int = 0
    finished: bool = False

    @classmethod
    def planned(cls, *, eyes_closed: bool) -> BalanceRun:
        eyes = [Eyes.OPEN, Eyes.CLOSED] if eyes_closed else [Eyes.OPEN]
        return cls([LegTrial(leg, e) for e in eyes for leg in (Leg.LEFT, Leg.RIGHT)])

    @property
    def trial(self) -> LegTrial:
        return self.trials[self.current]

    @property
    def upcoming(self) -> LegTrial | None:
        """The trial after this one, or ``None`` when this is the last."""
        index = self.current + 1
        return self.trials[index] if index < len(self.trials) else None

    def enter(self, t: float) -> bool:
        """The move-on key: stops a running try, starts the first one, else moves on.

        True when the caller should call ``next_leg`` (there is a time to keep and the
        clock is not running).
        """
        trial = self.trial
        if trial.timing:
            trial.stop(t)  # moving on is a second press
            return False
        if not trial.tries:
            trial.start(t)  # nothing to move on from: start
            return False
        return True

    def observe(self, signs: tuple[BalanceSign, ...]) -> None:
        """The observation step's answer for the current leg (checklist order kept)."""
        self.trial.signs = tuple(sign for sign in BalanceSign if sign in signs)

    def next_leg(self, at: datetime) -> BalanceTestRecord | None:
        """Move to the next trial; after a right leg, the round's record taken ``at``."""
        trial = self.trial
        record = None
        if trial.leg is Leg.RIGHT:
            left = self.trials[self.current - 1]
            record = BalanceTestRecord(
                at,
                left.best or 0.0,
                trial.best or 0.0,
                trial.eyes,
                left_signs=left.signs if trial.eyes is Eyes.OPEN else None,
                right_signs=trial.signs if trial.eyes is Eyes.OPEN else None,
            )
        if self.current + 1 < len(self.trials):
            self.current += 1
        else:
            self.finished = True
        return record
