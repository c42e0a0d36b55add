"""Spotting an idle source that answers but cannot see input.

The most reported bug of sitting/break apps on Wayland is an idle counter that reads 0
forever (or one frozen value): the app believes the person never left, and breaks are
never detected. A real counter grows between inputs, so over half an hour of samples
it changes and, at some point, goes past a second.

:class:`StuckSourceGuard` is the pure logic, fed ``(elapsed_seconds, value)``.
:class:`GuardedIdleSource` wraps a real source with it: while the source looks stuck it
reads ``None`` ("cannot know"), so the app falls back to lock and sleep signals, and it
keeps sampling the real source so it recovers by itself once the values move.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication

from deadbutt_tray.platform.idle.base import IdleSource

logger = logging.getLogger(__name__)

DEFAULT_WINDOW_S = 30 * 60.0
COUNTS_UP_ABOVE_S = 1.0
# Two readings closer than this are "the same"; counters are in ms or coarser.
_SAME = 1e-6


class StuckSourceGuard:
    """Decides whether an idle source looks stuck, from its readings over time.

    Suspect when, over at least ``window_s`` of readings, either

    * the source has *never* read more than ``counts_up_above_s`` since it started
      (0 forever: it never saw a gap between two inputs, which a real person leaves), or
    * every reading was the same value above that threshold (a frozen counter).

    Once a source has counted past the threshold, a long run of readings near 0 means
    someone is busy (typing steadily, or gaming, for a source such as ext-idle-notify
    that reads exactly 0 while input flows), so it is not flagged. ``None`` readings
    are ignored: they are "unknown", not "stuck".
    """

    def __init__(
        self,
        source_name: str,
        window_s: float = DEFAULT_WINDOW_S,
        counts_up_above_s: float = COUNTS_UP_ABOVE_S,
    ) -> None:
        self.source_name = source_name
        self.window_s = window_s
        self.counts_up_above_s = counts_up_above_s
        self._first_at: float | None = None
        self._counted_up = False
        self._run_value: float | None = None
        self._run_since = 0.0
        self._last_at = 0.0
        self.suspect = False

    def observe(self, elapsed_s: float, value: float | None) -> bool:
        """Record one reading at ``elapsed_s`` (a monotonic clock); returns ``suspect``."""
        if value is None:
            return self.suspect
        if self._first_at is None:
            self._first_at = elapsed_s
        if value > self.counts_up_above_s:
            self._counted_up = True
        if self._run_value is None or abs(value - self._run_value) > _SAME:
            self._run_value = value
            self._run_since = elapsed_s
        self._last_at = elapsed_s
        frozen = elapsed_s - self._run_since >= self.window_s and value > self.counts_up_above_s
        never_counted = not self._counted_up and elapsed_s - self._first_at >= self.window_s
        self.suspect = frozen or never_counted
        return self.suspect

    @property
    def stuck_for_s(self) -> float:
        """How long the current suspicious stretch has lasted (0 when not suspect)."""
        if not self.suspect or self._first_at is None:
            return 0.0
        if self._counted_up:
            return self._last_at - self._run_since
        return self._last_at - self._first_at

    @property
    def message(self) -> str | None:
        """A sentence for the person, or ``None`` when the source looks fine."""
        if not self.suspect or self._first_at is None:
            return None
        minutes = round(self.stuck_for_s / 60.0)
        value = self._run_value if self._run_value is not None else 0.0
        if self._run_since <= self._first_at or self._counted_up:
            # One value all along (or a frozen counter): say which.
            what = QCoreApplication.translate(
                "StuckSourceGuard", "has read {value:g} s for {minutes} minutes"
            ).format(value=round(value, 3), minutes=minutes)
        else:
            what = QCoreApplication.translate(
                "StuckSourceGuard", "has not gone past {limit:g} s in {minutes} minutes"
            ).format(limit=self.counts_up_above_s, minutes=minutes)
        return QCoreApplication.translate(
            "StuckSourceGuard",
            "Idle time from {source} {what}: it probably can't see your input on this "
            "desktop. Breaks are now detected only from screen lock and sleep; you can "
            "pick another idle source in Settings.",
        ).format(source=self.source_name, what=what)


class GuardedIdleSource:
    """An :class:`IdleSource` that reads ``None`` while the wrapped source looks stuck.

    ``suspect`` and ``message`` are there for the tray and the Settings dialog;
    ``inner`` is the wrapped source.
    """

    def __init__(
        self,
        inner: IdleSource,
        guard: StuckSourceGuard | None = None,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.inner = inner
        self.name = inner.name
        self.guard = guard if guard is not None else StuckSourceGuard(inner.name)
        self._clock = clock

    @property
    def suspect(self) -> bool:
        """True while the wrapped source looks stuck."""
        return self.guard.suspect

    @property
    def message(self) -> str | None:
        """Why the source is distrusted, for the person; ``None`` when it looks fine."""
        return self.guard.message

    def seconds_idle(self) -> float | None:
        """The wrapped reading, or ``None`` while the source looks stuck."""
        value = self.inner.seconds_idle()
        was_suspect = self.guard.suspect
        suspect = self.guard.observe(self._clock(), value)
        if suspect and not was_suspect:
            logger.warning("%s", self.guard.message)
        elif was_suspect and not suspect:
            logger.info("Idle time from %s is moving again; trusting it", self.name)
        return None if suspect else value

    def screen_saver_active(self) -> bool | None:
        """The wrapped source's answer, where it has one (X11)."""
        ask = getattr(self.inner, "screen_saver_active", None)
        return ask() if callable(ask) else None

    def close(self) -> None:
        """Close the wrapped source."""
        self.inner.close()
