"""The break policy: when to nudge, and what snooze, skip and pause mean.

All in terms of continuous sitting (from the tracker) and the clocks, so it is tested
with a fake clock. A pause or do-not-disturb holds prompts back but is *not* a break:
sitting keeps counting, and a prompt held back appears once the hold ends.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, time, timedelta
from enum import StrEnum

from deadbutt_tray.core.clock import local_at, shifted
from deadbutt_tray.core.model.settings import WEEKDAYS, Settings

# Idle this long (but not yet away) means the user isn't at the keyboard right now:
# hold the prompt until they are back rather than nudge an empty chair.
QUIET_IDLE_S = 60.0


class NudgeKind(StrEnum):
    HEADS_UP = "heads_up"  # a break is coming shortly
    PROMPT = "prompt"  # a break is due now
    RENUDGE = "renudge"  # the prompt was ignored and the user kept working


class Hold(StrEnum):
    """Why no prompt can appear right now."""

    PAUSED = "paused"
    DO_NOT_DISTURB = "do_not_disturb"  # by hand, or a full-screen window is active
    OUTSIDE_HOURS = "outside_hours"
    NOT_AT_DESK = "not_at_desk"


@dataclass(frozen=True)
class Nudge:
    """Something to show the user."""

    kind: NudgeKind
    sat_for_s: float
    can_snooze: bool


class BreakPolicy:
    """Decides when heads-ups and prompts are due."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.due_at_s = settings.sit_limit_s  # sitting time at which the next prompt is due
        self.snoozes_in_row = 0
        self.heads_up_done = False
        self.prompt_open = False
        self._last_nudge_e: float | None = None
        self._paused_until_e: float | None = None  # for "pause 30 min / 1 h"
        self._paused_until_wall: datetime | None = None  # for "until tomorrow"
        self.do_not_disturb = False

    # -- settings and cycle ------------------------------------------------------------

    def update_settings(self, settings: Settings) -> None:
        """New settings apply to the current cycle at once."""
        if not self.snoozes_in_row and self.due_at_s == self.settings.sit_limit_s:
            self.due_at_s = settings.sit_limit_s
        self.settings = settings

    def new_span(self) -> None:
        """Sitting reset (a break): start a fresh cycle."""
        self.due_at_s = self.settings.sit_limit_s
        self.snoozes_in_row = 0
        self.heads_up_done = False
        self.prompt_open = False
        self._last_nudge_e = None

    @property
    def heads_up_s(self) -> float:
        """The heads-up lead, never more than a quarter of the limit (short test limits)."""
        return min(float(self.settings.heads_up_s), self.settings.sit_limit_s / 4)

    @property
    def can_snooze(self) -> bool:
        return self.snoozes_in_row < self.settings.max_snoozes

    @property
    def snoozes_left(self) -> int:
        return max(0, self.settings.max_snoozes - self.snoozes_in_row)

    # -- holds -------------------------------------------------------------------------

    def pause(self, now: datetime, elapsed: float, minutes: float | None) -> datetime:
        """Hold prompts for ``minutes``, or until tomorrow when None; returns the end."""
        if minutes is None:
            self._paused_until_wall = self.tomorrow_start(now)
            self._paused_until_e = None
            return self._paused_until_wall
        self._paused_until_e = elapsed + minutes * 60.0
        self._paused_until_wall = None
        return shifted(now, minutes * 60.0)

    def pause_until(self, until: datetime) -> None:
        """Hold prompts until ``until`` (a pause kept across a restart: wall time is all
        that survives one)."""
        self._paused_until_e = None
        self._paused_until_wall = until

    def resume(self) -> None:
        self._paused_until_e = None
        self._paused_until_wall = None

    def paused_until(self, now: datetime, elapsed: float) -> datetime | None:
        """When the pause ends, or None if not paused (an ended pause is cleared)."""
        if self._paused_until_e is not None:
            if elapsed < self._paused_until_e:
                return shifted(now, self._paused_until_e - elapsed)
            self._paused_until_e = None
        if self._paused_until_wall is not None:
            if now < self._paused_until_wall:
                return self._paused_until_wall
            self._paused_until_wall = None
        return None

    def tomorrow_start(self, now: datetime) -> datetime:
        """Start of tomorrow: its working hours if set, else midnight."""
        day = now.date() + timedelta(days=1)
        at = self.settings.work_start if self.settings.working_hours else time(0)
        return local_at(day, at, now)

    def in_working_hours(self, now: datetime) -> bool:
        s = self.settings
        if not s.working_hours:
            return True
        if WEEKDAYS[now.weekday()] not in s.work_days:
            return False
        return s.work_start <= now.time().replace(tzinfo=None) < s.work_end

    def hold(
        self, now: datetime, elapsed: float, present: bool, idle_s: float | None
    ) -> Hold | None:
        """The reason prompts are held back right now, if any."""
        if self.paused_until(now, elapsed) is not None:
            return Hold.PAUSED
        if self.do_not_disturb:
            return Hold.DO_NOT_DISTURB
        if not self.in_working_hours(now):
            return Hold.OUTSIDE_HOURS
        quiet = min(QUIET_IDLE_S, self.settings.min_break_s / 2)
        if not present or (idle_s is not None and idle_s >= quiet):
            return Hold.NOT_AT_DESK
        return None

    # -- the decision ------------------------------------------------------------------

    def evaluate(self, sitting_s: float, elapsed: float, hold: Hold | None) -> Nudge | None:
        """What to show now, given continuous sitting and any hold."""
        if hold is not None:
            return None
        if sitting_s >= self.due_at_s:
            if not self.prompt_open:
                self.prompt_open = True
                self.heads_up_done = True
                self._last_nudge_e = elapsed
                return Nudge(NudgeKind.PROMPT, sitting_s, self.can_snooze)
            assert self._last_nudge_e is not None
            if elapsed - self._last_nudge_e >= self.settings.renudge_s:
                self._last_nudge_e = elapsed
                return Nudge(NudgeKind.RENUDGE, sitting_s, self.can_snooze)
            return None
        heads_up = self.heads_up_s
        if (
            heads_up > 0
            and not self.heads_up_done
            and self.snoozes_in_row == 0
            and sitting_s >= self.due_at_s - heads_up
        ):
            self.heads_up_done = True
            return Nudge(NudgeKind.HEADS_UP, sitting_s, self.can_snooze)
        return None

    def seconds_to_next(self, sitting_s: float, elapsed: float) -> float:
        """Sitting seconds until the next heads-up, prompt or re-nudge would be due."""
        if self.prompt_open and self._last_nudge_e is not None and sitting_s >= self.due_at_s:
            return max(0.0, self._last_nudge_e + self.settings.renudge_s - elapsed)
        heads_up = self.heads_up_s
        target = self.due_at_s
        if heads_up > 0 and not self.heads_up_done and self.snoozes_in_row == 0:
            target -= heads_up
        return max(0.0, target - sitting_s)

    # -- outcomes ----------------------------------------------------------------------

    def snooze(self, sitting_s: float) -> bool:
        """Put the prompt off by the snooze length; False when no snoozes are left."""
        if not self.can_snooze:
            return False
        self.snoozes_in_row += 1
        self.due_at_s = sitting_s + self.settings.snooze_s
        self.prompt_open = False
        self._last_nudge_e = None
        return True

    def postpone(self, sitting_s: float) -> None:
        """Ask again after a snooze's length, without using up a snooze."""
        self.due_at_s = sitting_s + self.settings.snooze_s
        self.prompt_open = False
        self._last_nudge_e = None

    def skip(self, sitting_s: float) -> None:
        """No break now: the next prompt comes after another full sitting limit."""
        self.snoozes_in_row = 0
        self.due_at_s = sitting_s + self.settings.sit_limit_s
        self.heads_up_done = False
        self.prompt_open = False
        self._last_nudge_e = None
