"""The sitting tracker: turns ``(now, seconds idle)`` samples into sitting spans.

Continuous sitting is the time since the last *qualifying* break: a guided break that
counted, or being away (no input, screen locked, machine asleep) for at least
``min_break``. Shorter absences do not reset it. Durations come from the clock's
``elapsed`` counter, so wall-clock jumps and DST neither create nor erase sitting; the
wall time of a record is its start plus its measured duration.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, time, timedelta
from enum import StrEnum

from deadbutt_tray.core.clock import local_at, seconds_between, shifted
from deadbutt_tray.core.model.records import EndedBy, SittingSpan


class Presence(StrEnum):
    """Where the user is, as far as the tracker can tell."""

    SITTING = "sitting"
    AWAY = "away"  # locked, idle or asleep; sitting resets once this lasts min_break
    ON_BREAK = "on_break"  # a guided break is running


@dataclass(frozen=True)
class Sample:
    """One observation of the machine."""

    now: datetime  # aware local wall time
    elapsed: float  # suspend-aware monotonic seconds
    idle_s: float | None  # seconds since the last input; None when nobody can tell
    locked: bool | None = None  # screen locked? None when unknown
    awake: float | None = None  # the clock's awake counter (stops in sleep); None: unknown


@dataclass(frozen=True)
class _Mark:
    """A moment on both clocks."""

    elapsed: float
    wall: datetime

    def moved(self, seconds: float) -> _Mark:
        return _Mark(self.elapsed + seconds, shifted(self.wall, seconds))


@dataclass(frozen=True)
class SpanEvent:
    """What happened to the sitting span during one observation."""

    ended: tuple[SittingSpan, ...] = ()
    natural_break: bool = False  # the user was away long enough: sitting reset
    sat_for_s: float = 0.0  # continuous sitting that the natural break ended
    left_at: datetime | None = None  # when the user left, for the natural break


class SittingTracker:
    """Follows continuous sitting from idle samples, lock and sleep signals."""

    def __init__(self, min_break_s: float, tick_s: float = 10.0) -> None:
        self.min_break_s = min_break_s
        # A gap between samples this much larger than the tick means the machine slept
        # (or the app was frozen): that time is away, never sitting.
        self.sleep_gap_s = max(60.0, 6 * tick_s)
        self.presence = Presence.SITTING
        self._span: _Mark | None = None  # start of the open span record
        self._sitting_since: _Mark | None = None  # start of continuous sitting
        self._away: _Mark | None = None  # when the current absence began
        self._last: _Mark | None = None  # the previous sample
        self._last_awake: float | None = None  # its awake counter
        self._locked_at: _Mark | None = None
        self._break_start: _Mark | None = None
        self._absent_in_break = False  # locked or asleep while a guided break was open

    # -- what the rest of the app asks -------------------------------------------------

    def sitting_s(self, elapsed: float) -> float:
        """Continuous sitting at ``elapsed`` (0 when no span is open)."""
        if self._sitting_since is None:
            return 0.0
        return max(0.0, elapsed - self._sitting_since.elapsed)

    def away_s(self, elapsed: float) -> float:
        """How long the current absence has lasted (0 when present)."""
        return 0.0 if self._away is None else max(0.0, elapsed - self._away.elapsed)

    # -- feeding it --------------------------------------------------------------------

    def start(self, now: datetime, elapsed: float) -> None:
        """Begin tracking: the user is at the machine from now on."""
        mark = _Mark(elapsed, now)
        self._span = self._sitting_since = mark
        self._away, self._last = None, mark
        self.presence = Presence.SITTING

    def observe(self, sample: Sample) -> SpanEvent:
        """Take one sample; returns the spans it ended and whether sitting reset."""
        here = _Mark(sample.elapsed, sample.now)
        left_at: datetime | None = None
        if self._last is None:
            self.start(sample.now, sample.elapsed)
            self._last_awake = sample.awake
            return SpanEvent()
        ended: list[SittingSpan] = []
        natural = False
        sat_for = 0.0
        slept = self._slept_since_last(sample)
        self._last_awake = sample.awake
        if self.presence is Presence.ON_BREAK:
            # The break's samples don't count, but a lock or a sleep during it does: the
            # user was away, not sitting, whatever the dialog says when it is closed.
            if sample.locked or slept:
                self._absent_in_break = True
            self._last = here
            return SpanEvent()

        gap = sample.elapsed - self._last.elapsed
        if slept and self._away is None:
            # Asleep since the last sample: away from then on.
            self._away = self._last

        if sample.locked and self._locked_at is None:
            self._locked_at = here
        elif sample.locked is False:
            self._locked_at = None

        inactive_since = self._inactive_since(sample, here, slept)
        if inactive_since is not None:
            if self._away is None or inactive_since.elapsed < self._away.elapsed:
                self._away = inactive_since
            self.presence = Presence.AWAY
            if self._span is not None and self.away_s(sample.elapsed) >= self.min_break_s:
                natural, sat_for = self._end_by_away(ended)
                left_at = self._away.wall
        elif self._away is not None:
            # Back. A long absence was already a break; a short one leaves the span open.
            back = here.moved(-min(sample.idle_s or 0.0, max(0.0, gap)))
            away_for = back.elapsed - self._away.elapsed
            if self._span is not None and away_for >= self.min_break_s:
                natural, sat_for = self._end_by_away(ended)
                left_at = self._away.wall
            if self._span is None:
                self._span = back if back.elapsed > self._away.elapsed else here
                self._sitting_since = self._span
            self._away = None
            self.presence = Presence.SITTING

        ended.extend(self._split_at_midnight(here))
        self._last = here
        return SpanEvent(tuple(ended), natural, sat_for, left_at if natural else None)

    def _inactive_since(self, sample: Sample, here: _Mark, slept: bool) -> _Mark | None:
        """The moment the current absence began, or None if the user is present."""
        if sample.locked and self._locked_at is not None:
            return self._locked_at
        if self._away is not None and slept:
            # Just woke up: whether the user is back is decided by input since resume.
            if sample.idle_s is None or sample.idle_s >= sample.elapsed - self._away.elapsed:
                return self._away
            return None
        if sample.idle_s is not None and sample.idle_s >= self.min_break_s:
            return here.moved(-sample.idle_s)
        # Away because of sleep or lock earlier, and still no input since then?
        if (
            self._away is not None
            and sample.idle_s is not None
            and sample.idle_s >= sample.elapsed - self._away.elapsed
        ):
            return self._away
        return None

    def _slept_since_last(self, sample: Sample) -> bool:
        """True if the gap since the last sample was the machine asleep.

        A gap far longer than the tick is a sleep, unless the awake counter (which stops
        in sleep) says the machine was awake through most of it: then the app was frozen
        (stopped, swapped out, starved) while the machine ran, and the idle sample says
        whether the user was there, like any other sample.
        """
        assert self._last is not None
        gap = sample.elapsed - self._last.elapsed
        if gap <= self.sleep_gap_s:
            return False
        if sample.awake is None or self._last_awake is None:
            return True  # can't tell a sleep from a freeze: take it as a sleep
        asleep = gap - (sample.awake - self._last_awake)
        return asleep > self.sleep_gap_s / 2

    def note_sleep(self, now: datetime, elapsed: float) -> None:
        """The OS says the machine is about to sleep: the user is away from now."""
        if self.presence is Presence.ON_BREAK:
            self._absent_in_break = True
        elif self._away is None:
            self._away = _Mark(elapsed, now)
            self.presence = Presence.AWAY

    def begin_break(self, now: datetime, elapsed: float) -> None:
        """A guided break starts; samples are ignored until it ends."""
        if self._span is None:
            self._span = self._sitting_since = _Mark(elapsed, now)
        self._away = None
        self._break_start = _Mark(elapsed, now)
        self._absent_in_break = False
        self.presence = Presence.ON_BREAK

    def end_break(self, now: datetime, elapsed: float, counts: bool) -> SpanEvent:
        """The guided break ended; if it ``counts`` the sitting span ended when it began.

        A break during which the screen was locked or the machine slept counts whatever
        its outcome: the user was away, and that time must not become sitting.
        """
        start = self._break_start or _Mark(elapsed, now)
        self._break_start = None
        counts = counts or self._absent_in_break
        self._absent_in_break = False
        self.presence = Presence.SITTING
        here = _Mark(elapsed, now)
        self._last = here
        if not counts:
            return SpanEvent()
        ended = (self._close(start, EndedBy.BREAK),) if self._span is not None else ()
        self._span = self._sitting_since = here
        return SpanEvent(ended)

    def close(self, now: datetime, elapsed: float, ended_by: EndedBy) -> tuple[SittingSpan, ...]:
        """End tracking (quit): the open span, if any, as records, one per local day."""
        span = self.open_span(now, elapsed, ended_by)
        self._span = self._sitting_since = None
        return () if span is None else split_at_midnight(span)

    def open_span(
        self, now: datetime, elapsed: float, ended_by: EndedBy = EndedBy.QUIT
    ) -> SittingSpan | None:
        """The open span as it would be recorded if tracking ended now (None: no span).

        What the app checkpoints, so that a hard end (``kill -9``, a power cut) loses
        only what came after the last checkpoint.
        """
        if self._span is None:
            return None
        end = self._away if self._away is not None else _Mark(elapsed, now)
        if end.elapsed < self._span.elapsed:
            end = self._span
        return _span_record(self._span, end, ended_by)

    # -- helpers -----------------------------------------------------------------------

    def _end_by_away(self, ended: list[SittingSpan]) -> tuple[bool, float]:
        """Close the span where the absence began; (natural break?, sitting it ended).

        An absence that began before the span did (the app started while nobody was
        at the machine) ends nothing: there was no sitting to record.
        """
        assert self._away is not None and self._span is not None
        since = self._sitting_since
        if since is None or self._away.elapsed <= since.elapsed:
            self._span = self._sitting_since = None
            return False, 0.0
        sat_for = self.sitting_s(self._away.elapsed)
        if self._away.elapsed <= self._span.elapsed:
            # Left just before a midnight split: the new day's span holds no sitting.
            self._span = self._sitting_since = None
        else:
            ended.append(self._close(self._away, EndedBy.AWAY))
        return True, sat_for

    def _close(self, end: _Mark, ended_by: EndedBy) -> SittingSpan:
        start = self._span
        assert start is not None
        self._span = None
        if ended_by is not EndedBy.DAY_END:
            self._sitting_since = None
        return _span_record(start, end, ended_by)

    def _split_at_midnight(self, here: _Mark) -> list[SittingSpan]:
        """Close a span that crossed local midnight, so each day holds its own sitting."""
        spans: list[SittingSpan] = []
        while self._span is not None and self._away is None:
            start = self._span
            tz = here.wall.tzinfo
            start_local = start.wall.astimezone(tz)
            if start_local.date() >= here.wall.date():
                break
            midnight = local_at(start_local.date() + timedelta(days=1), time(0), here.wall)
            into = seconds_between(start.wall, midnight)
            if into <= 0 or start.elapsed + into > here.elapsed:
                break
            split = _Mark(start.elapsed + into, midnight)
            spans.append(self._close(split, EndedBy.DAY_END))
            self._span = split
        return spans


def _span_record(start: _Mark, end: _Mark, ended_by: EndedBy) -> SittingSpan:
    """The record of a span between two marks.

    Its end is its start plus the measured duration, shown in the offset that is current
    at the end, so clock jumps cannot stretch or shrink it.
    """
    seconds = max(0.0, end.elapsed - start.elapsed)
    wall_end = shifted(start.wall, seconds).astimezone(end.wall.tzinfo)
    return SittingSpan(start.wall, wall_end, ended_by)


def split_at_midnight(span: SittingSpan) -> tuple[SittingSpan, ...]:
    """``span`` cut at each local midnight it crosses, so each day (and month file) holds
    its own sitting; every part but the last ends by ``day_end``."""
    parts: list[SittingSpan] = []
    start = span.start
    while True:
        local_start = start.astimezone(span.end.tzinfo)
        midnight = local_at(local_start.date() + timedelta(days=1), time(0), span.end)
        if seconds_between(midnight, span.end) <= 0 or seconds_between(start, midnight) <= 0:
            break
        parts.append(SittingSpan(start, midnight, EndedBy.DAY_END))
        start = midnight
    parts.append(SittingSpan(start, span.end, span.ended_by))
    return tuple(parts)
