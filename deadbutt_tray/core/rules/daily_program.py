"""The daily program time: when the home routine is offered, and whether a late offer
still stands.

"Be consistent and find a time every day": with ``program_time_on``, the home routine of
the user's level is offered at ``program_time`` on each of ``program_days`` (local time).
The heartbeat runs a cron job at that time; a machine asleep then runs it once on wake
(coalesced, never a burst). Whether that late run still offers anything is decided
here: only on the same local day as the time it was due, and once a day.

"Later" puts the offer off by ``LATER_MIN`` minutes, again only within that day.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta

from deadbutt_tray.core.clock import local_at
from deadbutt_tray.core.model.settings import WEEKDAYS, Settings

__all__ = [
    "LATER_MIN",
    "CronFields",
    "cron_fields",
    "due_today",
    "latest_due",
    "may_offer",
    "offer_later",
]

LATER_MIN = 30  # "Later" offers the routine again this much later (the same day only)


@dataclass(frozen=True)
class CronFields:
    """The program time as a cron schedule (APScheduler's ``CronTrigger`` fields)."""

    hour: int
    minute: int
    day_of_week: str  # "mon,tue,…": the program days


def cron_fields(settings: Settings) -> CronFields | None:
    """The schedule of the daily offer; None when the program time is off."""
    if not settings.program_time_on or not settings.program_days:
        return None
    at = settings.program_time
    return CronFields(at.hour, at.minute, ",".join(settings.program_days))


def _weekday(day: date) -> str:
    return WEEKDAYS[day.weekday()]


def due_today(settings: Settings, now: datetime) -> datetime | None:
    """Today's program time (aware, in ``now``'s zone), or None if today has none."""
    if not settings.program_time_on or _weekday(now.date()) not in settings.program_days:
        return None
    return local_at(now.date(), settings.program_time, now)


def latest_due(settings: Settings, now: datetime) -> datetime | None:
    """The program time most recently passed, at most a week back; None if none."""
    if not settings.program_time_on:
        return None
    for back in range(8):
        day = now.date() - timedelta(days=back)
        if _weekday(day) not in settings.program_days:
            continue
        due = local_at(day, settings.program_time, now)
        if due <= now:
            return due
    return None


def may_offer(settings: Settings, now: datetime, offered_on: date | None) -> bool:
    """Whether the daily job, running at ``now`` (on time or late after a sleep), offers
    the home routine: the time it was due is today's, and today's is not offered yet.

    A machine that slept through the program time and wakes the next day offers
    nothing: yesterday's offer is gone, and today's comes at today's time.
    """
    due = latest_due(settings, now)
    if due is None or due.date() != now.date():
        return False
    return offered_on != now.date()


def offer_later(now: datetime, minutes: float = LATER_MIN) -> float | None:
    """Seconds until "Later" offers again; None when that would be tomorrow."""
    again = now + timedelta(minutes=minutes)
    if again.astimezone(now.tzinfo).date() != now.date():
        return None
    return minutes * 60.0
