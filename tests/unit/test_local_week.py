"""A week as the user's locale counts it: Sunday, Monday or Saturday first."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from deadbutt_tray.core.model.records import BreakRecord, EndedBy, Outcome, SittingSpan
from deadbutt_tray.core.rules.summary import IsoWeek, LocalWeek, summarize_week

BERLIN = ZoneInfo("Europe/Berlin")
MONDAY, SUNDAY, SATURDAY = 1, 7, 6  # ISO weekdays, as QLocale.firstDayOfWeek() gives them
THURSDAY = date(2026, 11, 26)  # in 2026-W48 (Mon 23 - Sun 29 Nov)


@pytest.mark.parametrize(
    ("first_weekday", "first", "last"),
    [
        (MONDAY, date(2026, 11, 23), date(2026, 11, 29)),  # de_DE: the ISO week
        (SUNDAY, date(2026, 11, 22), date(2026, 11, 28)),  # en_US
        (SATURDAY, date(2026, 11, 21), date(2026, 11, 27)),  # ar_EG
    ],
)
def test_the_week_starts_on_the_locales_first_day(
    first_weekday: int, first: date, last: date
) -> None:
    week = LocalWeek.containing(THURSDAY, first_weekday)
    assert week.days()[0] == week.first_day() == first
    assert week.days()[-1] == last
    assert week.days()[0].isoweekday() == first_weekday
    assert len(set(week.days())) == 7
    assert LocalWeek.containing(first, first_weekday) == week  # its first day
    assert LocalWeek.containing(last, first_weekday) == week  # and its last
    assert LocalWeek.containing(last + timedelta(days=1), first_weekday) == week.shifted(1)
    assert week.shifted(-1).days()[-1] == first - timedelta(days=1)
    assert week.number == 48  # the ISO week holding most of its days


def test_a_monday_week_is_the_iso_week() -> None:
    iso = IsoWeek(2026, 53)
    week = LocalWeek.containing(iso.monday(), MONDAY)
    assert week.days() == iso.days() and week.number == 53
    assert week.shifted(1).days() == iso.shifted(1).days()


def test_the_number_follows_the_thursday_across_new_year() -> None:
    # Sun 27 Dec 2026 - Sat 2 Jan 2027: its Thursday, 31 Dec, is in 2026-W53.
    assert LocalWeek.containing(date(2027, 1, 1), SUNDAY).number == 53
    # Sat 2 Jan - Fri 8 Jan 2027: its Thursday, 7 Jan, is in 2027-W01.
    assert LocalWeek.containing(date(2027, 1, 2), SATURDAY).number == 1


def test_a_first_weekday_outside_1_to_7_is_refused() -> None:
    with pytest.raises(ValueError, match="1 \\(Monday\\) to 7 \\(Sunday\\)"):
        LocalWeek.containing(THURSDAY, 0)


def at(day: int, hour: int) -> datetime:
    return datetime(2026, 11, day, hour, tzinfo=BERLIN)


RECORDS = [
    # Sat 21, Sun 22, Sun 29 and Mon 30 Nov: the days that move between weeks.
    SittingSpan(at(21, 9), at(21, 10), EndedBy.AWAY),  # 1 h
    SittingSpan(at(22, 9), at(22, 11), EndedBy.AWAY),  # 2 h
    SittingSpan(at(25, 9), at(25, 12), EndedBy.AWAY),  # 3 h (Wednesday: in every week)
    SittingSpan(at(29, 9), at(29, 13), EndedBy.AWAY),  # 4 h
    SittingSpan(at(30, 9), at(30, 14), EndedBy.AWAY),  # 5 h
    BreakRecord(at(22, 11), Outcome.COMPLETED, 7200),
    BreakRecord(at(29, 13), Outcome.NATURAL, 14400),
]


@pytest.mark.parametrize(
    ("first_weekday", "hours", "last_week_hours", "completed", "natural"),
    [
        (MONDAY, 3 + 4, 1 + 2, 0, 1),  # Mon 23 - Sun 29
        (SUNDAY, 2 + 3, 1, 1, 0),  # Sun 22 - Sat 28
        (SATURDAY, 1 + 2 + 3, 0, 1, 0),  # Sat 21 - Fri 27
    ],
)
def test_the_totals_are_the_days_shown(
    first_weekday: int, hours: float, last_week_hours: float, completed: int, natural: int
) -> None:
    week = LocalWeek.containing(THURSDAY, first_weekday)
    now = datetime(2027, 1, 20, 12, tzinfo=BERLIN)
    summary = summarize_week(RECORDS, week, limit_s=1800.0, now=now, tz=BERLIN)
    assert [day.day for day in summary.days] == list(week.days())
    assert summary.this.sitting_s == 3600 * hours
    assert summary.this.sitting_s == sum(day.sitting_s for day in summary.days)
    assert summary.this.completed == sum(day.completed for day in summary.days) == completed
    assert summary.this.natural == natural
    assert summary.last.sitting_s == 3600 * last_week_hours  # the seven days before
    assert summary.start == datetime.combine(week.first_day(), datetime.min.time(), BERLIN)
    assert summary.hours == 7 * 24


def test_the_current_week_begins_on_the_locales_first_day() -> None:
    sunday_morning = at(22, 12)
    week = LocalWeek.containing(sunday_morning.date(), SUNDAY)
    summary = summarize_week(RECORDS, week, limit_s=1800.0, now=sunday_morning, tz=BERLIN)
    assert summary.current and summary.days[0].today
    assert all(day.future for day in summary.days[1:])
    iso = summarize_week(RECORDS, IsoWeek(2026, 47), limit_s=1800.0, now=sunday_morning, tz=BERLIN)
    assert iso.current and iso.days[-1].today  # the same Sunday ends the ISO week


def test_a_weeks_thursday_places_it_in_the_iso_calendar() -> None:
    for first_weekday in range(1, 8):
        week = LocalWeek.containing(THURSDAY, first_weekday)
        assert week.thursday() == THURSDAY and week.thursday() in week.days()
    assert IsoWeek(2026, 48).thursday() == THURSDAY
