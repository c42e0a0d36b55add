"""The daily program time: the cron schedule, and whether a (late) run still offers."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, time
from zoneinfo import ZoneInfo

import pytest

from deadbutt_tray.core.model.settings import Settings
from deadbutt_tray.core.rules.daily_program import (
    LATER_MIN,
    CronFields,
    cron_fields,
    due_today,
    latest_due,
    may_offer,
    offer_later,
)

BERLIN = ZoneInfo("Europe/Berlin")
ON = Settings(program_time_on=True, program_time=time(18, 0), program_days=("mon", "wed", "fri"))


def at(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=BERLIN)


def test_off_by_default_and_then_nothing_is_scheduled_or_offered() -> None:
    assert Settings().program_time_on is False
    assert cron_fields(Settings()) is None
    assert not may_offer(Settings(), at("2026-11-23 18:00"), None)


def test_the_cron_schedule_is_the_time_and_the_days() -> None:
    assert cron_fields(ON) == CronFields(18, 0, "mon,wed,fri")


@pytest.mark.parametrize(
    ("now", "offered_on", "offers"),
    [
        ("2026-11-23 18:00", None, True),  # Monday, on time
        ("2026-11-23 23:40", None, True),  # asleep at 18:00, woken the same evening: once
        ("2026-11-23 23:40", date(2026, 11, 23), False),  # already offered today
        ("2026-11-24 08:00", None, False),  # woken the next morning: yesterday's is gone
        ("2026-11-24 18:00", None, False),  # Tuesday is not a program day
        ("2026-11-23 17:59", None, False),  # before today's time: last Friday's is stale
        ("2026-11-25 18:00", date(2026, 11, 23), True),  # Wednesday: a new day
    ],
)
def test_a_run_offers_only_on_the_day_it_was_due_and_once(
    now: str, offered_on: date | None, offers: bool
) -> None:
    assert may_offer(ON, at(now), offered_on) is offers


def test_latest_and_today() -> None:
    assert latest_due(ON, at("2026-11-24 10:00")) == at("2026-11-23 18:00")
    assert latest_due(ON, at("2026-11-23 17:00")) == at("2026-11-20 18:00")  # last Friday
    assert due_today(ON, at("2026-11-23 07:00")) == at("2026-11-23 18:00")
    assert due_today(ON, at("2026-11-24 07:00")) is None
    assert latest_due(replace(ON, program_time_on=False), at("2026-11-24 10:00")) is None


def test_a_dst_day_keeps_the_wall_time() -> None:
    # 25 Oct 2026 is a Sunday with 25 hours in Berlin: the offer is at 18:00 all the same.
    sunday = replace(ON, program_days=("sun",))
    due = due_today(sunday, at("2026-10-25 09:00"))
    assert due is not None and due.hour == 18 and due.utcoffset().total_seconds() == 3600  # type: ignore[union-attr]


def test_later_stays_within_the_day() -> None:
    assert offer_later(at("2026-11-23 18:00")) == LATER_MIN * 60
    assert offer_later(at("2026-11-23 23:45")) is None
