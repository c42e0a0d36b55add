"""The sitting engine: tracker + policy + the history records they produce.

The app feeds it idle samples and user intents; it answers with records to store, a
nudge to show (if any) and a status to render. It reads time only through its clock,
so a whole day runs in milliseconds under a fake one.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from deadbutt_tray.core.clock import Clock, seconds_between
from deadbutt_tray.core.model.records import BreakRecord, EndedBy, Outcome, Record, SittingSpan
from deadbutt_tray.core.model.settings import Settings
from deadbutt_tray.core.rules.break_plan import BreakResult
from deadbutt_tray.core.rules.policy import BreakPolicy, Hold, Nudge
from deadbutt_tray.core.rules.sitting import Presence, Sample, SittingTracker, SpanEvent

# Holds that take an open prompt off the screen (idle at the desk does not: the user may
# be reading it).
WITHDRAWING_HOLDS = (Hold.PAUSED, Hold.DO_NOT_DISTURB, Hold.OUTSIDE_HOURS)


@dataclass(frozen=True)
class Status:
    """Everything the tray icon and tooltip show."""

    presence: Presence
    sitting_s: float
    due_in_s: float  # sitting seconds left before the prompt is due (0 when due)
    hold: Hold | None
    paused_until: datetime | None
    prompt_open: bool
    snoozes_left: int  # snoozes still allowed in a row (the prompt's snooze button)
    limit_s: float
    snoozes_in_row: int = 0  # snoozes taken in a row (the "no more snoozes" note)


@dataclass(frozen=True)
class Step:
    """The result of one engine call."""

    records: tuple[Record, ...]
    nudge: Nudge | None
    withdraw_prompt: bool  # the prompt's moment passed (the user took a break anyway)
    status: Status


class SittingEngine:
    """Decides when someone has sat too long; everything is driven by ``clock``."""

    def __init__(self, settings: Settings, clock: Clock, tick_s: float = 10.0) -> None:
        self.clock = clock
        self.settings = settings
        self.tracker = SittingTracker(settings.min_break_s, tick_s)
        self.policy = BreakPolicy(settings)
        self._idle_s: float | None = None
        self._sat_before_break = 0.0
        self._break_started: datetime | None = None
        self.tracker.start(clock.now(), clock.elapsed())

    # -- status ------------------------------------------------------------------------

    def status(self) -> Status:
        now, elapsed = self.clock.now(), self.clock.elapsed()
        sitting = self.tracker.sitting_s(elapsed)
        present = self.tracker.presence is Presence.SITTING
        return Status(
            presence=self.tracker.presence,
            sitting_s=sitting,
            due_in_s=max(0.0, self.policy.due_at_s - sitting),
            hold=self.policy.hold(now, elapsed, present, self._idle_s),
            paused_until=self.policy.paused_until(now, elapsed),
            prompt_open=self.policy.prompt_open,
            snoozes_left=self.policy.snoozes_left,
            limit_s=self.settings.sit_limit_s,
            snoozes_in_row=self.policy.snoozes_in_row,
        )

    def seconds_to_next_check(self) -> float | None:
        """Real seconds until a nudge could be due, for the scheduler's date job.

        None when nothing can become due by time alone (away, on a break, or held by
        something only a sample or an intent can change).
        """
        now, elapsed = self.clock.now(), self.clock.elapsed()
        if self.tracker.presence is not Presence.SITTING:
            return None
        until = self.policy.paused_until(now, elapsed)
        if until is not None:
            return max(0.0, seconds_between(now, until))
        if self.policy.hold(now, elapsed, True, self._idle_s) is not None:
            return None  # the next sample (a tick) ends the hold, not time alone
        sitting = self.tracker.sitting_s(elapsed)
        return self.policy.seconds_to_next(sitting, elapsed)

    # -- samples -----------------------------------------------------------------------

    def observe(self, idle_s: float | None, locked: bool | None = None) -> Step:
        """One tick: a fresh idle sample."""
        self._idle_s = idle_s
        sample = Sample(self.clock.now(), self.clock.elapsed(), idle_s, locked, self.clock.awake())
        return self._after(self.tracker.observe(sample))

    def evaluate(self) -> Step:
        """Re-decide without a new sample (the prompt's date job, a hold ending)."""
        return self._after(SpanEvent())

    def note_sleep(self) -> None:
        """The machine is going to sleep."""
        self.tracker.note_sleep(self.clock.now(), self.clock.elapsed())

    def _after(self, event: SpanEvent, extra: tuple[Record, ...] = ()) -> Step:
        records: list[Record] = list(extra)
        withdraw = False
        records.extend(event.ended)
        if event.natural_break:
            left_at = event.left_at or (event.ended[-1].end if event.ended else self.clock.now())
            records.append(BreakRecord(left_at, Outcome.NATURAL, round(event.sat_for_s)))
            withdraw = self.policy.prompt_open
            self.policy.new_span()
        now, elapsed = self.clock.now(), self.clock.elapsed()
        present = self.tracker.presence is Presence.SITTING
        hold = self.policy.hold(now, elapsed, present, self._idle_s)
        sitting = self.tracker.sitting_s(elapsed)
        if self.policy.prompt_open and (
            hold in WITHDRAWING_HOLDS or sitting < self.policy.due_at_s
        ):
            # Paused, presenting, after hours, or no longer due (a longer limit): the
            # prompt goes away now and comes back, as a new prompt, when it is due again.
            self.policy.prompt_open = False
            withdraw = True
        nudge = self.policy.evaluate(sitting, elapsed, hold)
        return Step(tuple(records), nudge, withdraw, self.status())

    # -- intents -----------------------------------------------------------------------

    def snooze(self) -> Step | None:
        """Snooze the prompt; None when no snoozes are left in a row."""
        now, elapsed = self.clock.now(), self.clock.elapsed()
        sitting = self.tracker.sitting_s(elapsed)
        if not self.policy.snooze(sitting):
            return None
        record = BreakRecord(now, Outcome.SNOOZED, round(sitting))
        return self._after(SpanEvent(), (record,))

    def skip(self) -> Step:
        """Skip this break."""
        now, elapsed = self.clock.now(), self.clock.elapsed()
        sitting = self.tracker.sitting_s(elapsed)
        self.policy.skip(sitting)
        return self._after(SpanEvent(), (BreakRecord(now, Outcome.SKIPPED, round(sitting)),))

    def pause(self, minutes: float | None) -> datetime:
        """Hold prompts for ``minutes`` (None: until tomorrow). Sitting keeps counting."""
        return self.policy.pause(self.clock.now(), self.clock.elapsed(), minutes)

    def restore_pause(self, until: datetime) -> bool:
        """Go on with a pause from before a restart; False if it has ended meanwhile."""
        if self.clock.now() >= until:
            return False
        self.policy.pause_until(until)
        return True

    def resume(self) -> Step:
        self.policy.resume()
        return self.evaluate()

    def set_do_not_disturb(self, on: bool) -> Step:
        self.policy.do_not_disturb = on
        return self.evaluate()

    def begin_break(self) -> float:
        """A guided break starts; returns the sitting it interrupts (seconds)."""
        now, elapsed = self.clock.now(), self.clock.elapsed()
        self._sat_before_break = self.tracker.sitting_s(elapsed)
        self._break_started = now
        self.policy.prompt_open = False
        self.tracker.begin_break(now, elapsed)
        return self._sat_before_break

    def end_break(self, result: BreakResult) -> Step:
        """The guided break ended. Completed (or long enough) breaks reset sitting."""
        now, elapsed = self.clock.now(), self.clock.elapsed()
        outcome = result.outcome
        counts = outcome is Outcome.COMPLETED or (
            outcome in (Outcome.PARTIAL, Outcome.STOPPED_FOR_PAIN)
            and result.duration_s >= self.settings.min_break_s
        )
        event = self.tracker.end_break(now, elapsed, counts)
        record = result.to_record(self._break_started or now, self._sat_before_break)
        sitting = self.tracker.sitting_s(elapsed)
        if counts:
            self.policy.new_span()
        elif outcome is Outcome.SKIPPED:
            self.policy.skip(sitting)
        else:
            # Some exercise, too short to count: ask again after a snooze's length
            # rather than at once.
            self.policy.postpone(sitting)
        return self._after(event, (record,))

    def update_settings(self, settings: Settings) -> Step:
        self.settings = settings
        self.tracker.min_break_s = settings.min_break_s
        self.policy.update_settings(settings)
        return self.evaluate()

    def shutdown(self) -> tuple[Record, ...]:
        """The app quits: the open sitting span as a record."""
        return self.tracker.close(self.clock.now(), self.clock.elapsed(), EndedBy.QUIT)

    def open_span(self) -> SittingSpan | None:
        """The open sitting span as quitting now would record it (for the checkpoint)."""
        return self.tracker.open_span(self.clock.now(), self.clock.elapsed())
