"""The weekly summary arithmetic against weeks computed by hand."""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from deadbutt_tray.core.model.records import (
    BalanceSign,
    BalanceTestRecord,
    BreakRecord,
    EndedBy,
    Eyes,
    Outcome,
    Record,
    SittingSpan,
)
from deadbutt_tray.core.rules.summary import (
    DAILY_TARGET,
    IsoWeek,
    WeekSummary,
    duration_text,
    format_summary,
    iso_week_bounds,
    load_range,
    summarize_week,
    week_loader,
)
from deadbutt_tray.core.storage import history
from deadbutt_tray.core.storage.history import HistoryStore
from tests.fakes import TEST_DEVICE

BERLIN = ZoneInfo("Europe/Berlin")
MIN = 60.0
LIMIT = 30 * MIN
W48 = IsoWeek(2026, 48)  # Mon 23 Nov - Sun 29 Nov 2026
AFTER = datetime(2027, 1, 20, 12, tzinfo=BERLIN)  # a "now" long after the weeks tested


def t(text: str) -> datetime:
    """A local Berlin time from "2026-11-23 09:00"."""
    return datetime.fromisoformat(text).replace(tzinfo=BERLIN)


def span(start: str, end: str, ended_by: EndedBy = EndedBy.AWAY) -> SittingSpan:
    return SittingSpan(t(start), t(end), ended_by)


def brk(at: str, outcome: Outcome, sat_min: float = 30, duration_s: int = 0) -> BreakRecord:
    return BreakRecord(t(at), outcome, round(sat_min * 60), duration_s=duration_s)


def summarize(
    records: Sequence[Record], week: IsoWeek = W48, now: datetime = AFTER, **kw: object
) -> WeekSummary:
    return summarize_week(records, week, limit_s=LIMIT, now=now, tz=BERLIN, **kw)  # type: ignore[arg-type]


# -- weeks -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "week"),
    [("2026-W48", W48), ("2026w48", W48), (" 2026-W05 ", IsoWeek(2026, 5)), ("2026W53", None)],
)
def test_week_strings_parse(text: str, week: IsoWeek | None) -> None:
    assert IsoWeek.parse(text) == (week or IsoWeek(2026, 53))
    assert str(IsoWeek.parse(text)) == str(week or "2026-W53")


@pytest.mark.parametrize("text", ["2026-48", "W48", "2026-W00", "2025-W53", "2026-W54", "x"])
def test_bad_week_strings_say_what_is_accepted(text: str) -> None:
    with pytest.raises(ValueError, match=r"2026-W48|weeks 1 to"):
        IsoWeek.parse(text)


def test_week_arithmetic_crosses_years() -> None:
    assert IsoWeek(2026, 53).shifted(1) == IsoWeek(2027, 1)
    assert IsoWeek(2027, 1).shifted(-1) == IsoWeek(2026, 53)
    assert IsoWeek(2026, 53).days()[0] == date(2026, 12, 28)
    assert IsoWeek(2026, 53).days()[-1] == date(2027, 1, 3)
    assert IsoWeek.containing(date(2027, 1, 1)) == IsoWeek(2026, 53)


@pytest.mark.parametrize(("week", "hours"), [(13, 167), (43, 169), (48, 168)])
def test_a_dst_week_has_167_or_169_hours(week: int, hours: int) -> None:
    start, end = iso_week_bounds(2026, week, BERLIN)
    assert (start.hour, end.hour) == (0, 0)
    assert (end.astimezone(UTC) - start.astimezone(UTC)) == timedelta(hours=hours)


def test_week_bounds_in_the_computers_own_zone() -> None:
    start, end = iso_week_bounds(2026, 48, None)
    assert start.tzinfo is not None and start.replace(tzinfo=None) == datetime(2026, 11, 23)
    assert end.replace(tzinfo=None) == datetime(2026, 11, 30)


# -- a plain week -------------------------------------------------------------------------

MONDAY = [
    span("2026-11-23 09:00", "2026-11-23 09:40", EndedBy.BREAK),  # 40 min: 30 within, 10 beyond
    brk("2026-11-23 09:30", Outcome.SNOOZED),
    brk("2026-11-23 09:40", Outcome.COMPLETED, 40, duration_s=120),
    span("2026-11-23 09:42", "2026-11-23 10:02"),  # 20 min, all within
    brk("2026-11-23 10:02", Outcome.NATURAL, 20),
    span("2026-11-23 10:05", "2026-11-23 11:20"),  # 75 min: 30 within, 45 beyond
    brk("2026-11-23 10:35", Outcome.SKIPPED),
    brk("2026-11-23 11:20", Outcome.NATURAL, 75),
]


def test_a_day_by_hand() -> None:
    summary = summarize(MONDAY)
    monday = summary.days[0]
    assert monday.day == date(2026, 11, 23)
    assert monday.sitting_s == 135 * MIN
    assert (monday.within_s, monday.beyond_s) == (80 * MIN, 55 * MIN)
    assert (monday.stretches, monday.longest_s) == (3, 75 * MIN)
    assert (monday.completed, monday.snoozed, monday.skipped, monday.natural) == (1, 1, 1, 2)
    assert monday.guided_s == 120
    assert monday.target == 4  # 135 min is four limits: a light day needs only four breaks
    assert monday.met_target is False  # three (1 completed + 2 natural)
    week = summary.this
    assert week.sitting_s == 135 * MIN
    assert week.bouts == (0, 1, 1, 0, 1)  # 20, 40 and 75 minutes
    assert (week.longest_s, week.average_s) == (75 * MIN, 45 * MIN)
    assert week.prompted == 3  # completed + snoozed + skipped; natural breaks are not answers
    assert week.adherence == pytest.approx(1 / 3)
    assert all(not day.has_data for day in summary.days[1:])
    assert summary.has_data and not summary.last.has_data
    assert summary.change.kind == "none"


def test_bout_edges_belong_to_the_longer_bin() -> None:
    records = [
        span("2026-11-24 08:00", "2026-11-24 08:15"),  # exactly 15: 15-30
        span("2026-11-24 09:00", "2026-11-24 09:14"),  # under 15
        span("2026-11-24 10:00", "2026-11-24 11:00"),  # exactly 60: 60 or more
        span("2026-11-24 12:00", "2026-11-24 12:45"),  # exactly 45: 45-60
    ]
    assert summarize(records).this.bouts == (1, 1, 0, 1, 1)


def test_overlapping_duplicate_spans_count_once() -> None:
    one = span("2026-11-24 08:00", "2026-11-24 08:40")
    summary = summarize([one, one, span("2026-11-24 08:20", "2026-11-24 08:50")])
    assert summary.this.sitting_s == 50 * MIN
    assert summary.this.stretch_count == 2  # 40 min, then the 10 min that didn't overlap


# -- across midnight ------------------------------------------------------------------------


@pytest.mark.parametrize("split", [True, False], ids=["split-by-the-app", "one-hand-made-span"])
def test_a_stretch_across_midnight_is_one_stretch_split_between_days(split: bool) -> None:
    """23:30 Sunday to 01:00 Monday: one 90-minute stretch, ending (so counted) on Monday."""
    if split:
        records = [
            span("2026-11-22 23:30", "2026-11-23 00:00", EndedBy.DAY_END),
            span("2026-11-23 00:00", "2026-11-23 01:00"),
        ]
    else:
        records = [span("2026-11-22 23:30", "2026-11-23 01:00")]
    summary = summarize(records)
    monday = summary.days[0]
    assert monday.sitting_s == 60 * MIN
    # The first 30 minutes of the stretch (within the limit) were on Sunday.
    assert (monday.within_s, monday.beyond_s) == (0, 60 * MIN)
    assert (monday.stretches, monday.longest_s) == (1, 90 * MIN)
    assert summary.this.bouts == (0, 0, 0, 0, 1)
    assert summary.last.sitting_s == 30 * MIN  # Sunday belongs to the week before
    assert (summary.last.within_s, summary.last.stretch_count) == (30 * MIN, 0)


def test_a_day_end_split_joins_only_what_continues_at_that_moment() -> None:
    records = [
        span("2026-11-24 23:50", "2026-11-25 00:00", EndedBy.DAY_END),
        span("2026-11-25 00:10", "2026-11-25 00:30"),  # a new stretch: ten minutes later
        span("2026-11-25 09:00", "2026-11-25 09:20", EndedBy.QUIT),
        span("2026-11-25 09:20", "2026-11-25 09:40"),  # after a quit: a new stretch
    ]
    summary = summarize(records)
    assert summary.this.stretch_count == 4
    assert summary.days[1].stretches == 1  # ended at midnight: Tuesday's
    assert summary.days[2].stretches == 3


def test_a_span_not_split_at_the_end_of_the_week_counts_in_both() -> None:
    """Sunday 23:00 to Monday of the next week 00:40: 60 min in this week, none after."""
    summary = summarize([span("2026-11-29 23:00", "2026-11-30 00:40")])
    sunday = summary.days[-1]
    assert (sunday.sitting_s, sunday.within_s, sunday.beyond_s) == (60 * MIN, 30 * MIN, 30 * MIN)
    assert summary.this.stretch_count == 0  # it ends next week, so it is counted there


# -- DST ------------------------------------------------------------------------------------


def test_sitting_through_the_autumn_change_counts_real_time() -> None:
    """25 Oct 2026: 03:00 CEST becomes 02:00 CET. 01:30+02:00 to 02:30+01:00 is 2 hours."""
    records = [
        SittingSpan(
            datetime.fromisoformat("2026-10-25T01:30:00+02:00"),
            datetime.fromisoformat("2026-10-25T02:30:00+01:00"),
            EndedBy.AWAY,
        ),
        span("2026-10-24 23:00", "2026-10-25 00:00", EndedBy.DAY_END),
        span("2026-10-25 00:00", "2026-10-25 00:30"),
    ]
    summary = summarize(records, IsoWeek(2026, 43))
    assert summary.hours == 169
    saturday, sunday = summary.days[5], summary.days[6]
    assert saturday.sitting_s == 60 * MIN
    assert sunday.sitting_s == 150 * MIN
    assert sunday.longest_s == 120 * MIN  # the DST night's stretch
    assert sunday.stretches == 2  # 90-minute (23:00-00:30) and 120-minute stretches


def test_sitting_through_the_spring_change() -> None:
    """29 Mar 2026: 02:00 CET becomes 03:00 CEST. 01:30+01:00 to 03:30+02:00 is 1 hour."""
    records = [
        SittingSpan(
            datetime.fromisoformat("2026-03-29T01:30:00+01:00"),
            datetime.fromisoformat("2026-03-29T03:30:00+02:00"),
            EndedBy.AWAY,
        )
    ]
    summary = summarize(records, IsoWeek(2026, 13))
    assert summary.hours == 167
    assert summary.days[6].sitting_s == 60 * MIN


def test_records_written_in_another_offset_fall_on_the_right_local_day() -> None:
    """Written while travelling (UTC-5): 2026-11-23T20:00-05:00 is 02:00 on Tuesday in Berlin."""
    at = datetime.fromisoformat("2026-11-23T20:00:00-05:00")
    summary = summarize([BreakRecord(at, Outcome.COMPLETED, 1800, duration_s=60)])
    assert (summary.days[0].completed, summary.days[1].completed) == (0, 1)


# -- this week, going on ----------------------------------------------------------------------


def test_the_current_week_compares_with_last_week_up_to_the_same_time() -> None:
    now = t("2026-11-24 12:00")  # Tuesday noon
    records = [
        span("2026-11-16 09:00", "2026-11-16 12:00"),  # last Monday, 3 h
        span("2026-11-17 09:00", "2026-11-17 11:00"),  # last Tuesday morning, 2 h
        span("2026-11-17 14:00", "2026-11-17 18:00"),  # last Tuesday afternoon: after "now"
        span("2026-11-23 09:00", "2026-11-23 10:00"),  # this Monday, 1 h
    ]
    summary = summarize(records, now=now)
    assert summary.current and not summary.future
    assert summary.change.to_date
    assert (summary.change.this_s, summary.change.last_s) == (1 * 3600, 5 * 3600)
    assert summary.change.kind == "less"
    assert [day.future for day in summary.days] == [False, False] + [True] * 5
    assert summary.days[1].today
    assert "So far you sat 4 h 0 min less than by this time last week." in format_summary(summary)


def test_a_future_week_is_not_begun() -> None:
    summary = summarize([], now=t("2026-11-01 12:00"))
    assert summary.future and not summary.current and summary.streak_days == 0
    assert "not begun" in format_summary(summary)


@pytest.mark.parametrize(
    ("this_h", "last_h", "kind"), [(20, 20.2, "same"), (18, 20, "less"), (23, 20, "more")]
)
def test_the_comparison_with_the_week_before(this_h: float, last_h: float, kind: str) -> None:
    records = [
        span("2026-11-16 06:00", (t("2026-11-16 06:00") + timedelta(hours=last_h)).isoformat()),
        span("2026-11-23 06:00", (t("2026-11-23 06:00") + timedelta(hours=this_h)).isoformat()),
    ]
    summary = summarize(records)
    assert summary.change.kind == kind


# -- streak -----------------------------------------------------------------------------------


def good_day(day: str, breaks: int = DAILY_TARGET) -> list[Record]:
    """Seven hours of sitting and ``breaks`` completed breaks."""
    records: list[Record] = [span(f"{day} 09:00", f"{day} 16:00")]
    records += [brk(f"{day} 10:{n:02d}", Outcome.COMPLETED) for n in range(breaks)]
    return records


def test_the_streak_counts_back_over_days_without_sitting() -> None:
    records = [
        *good_day("2026-11-16", breaks=2),  # last Monday: missed, the streak starts after it
        *good_day("2026-11-17"),
        *good_day("2026-11-20"),  # Wed, Thu: no sitting at all, neither counts
        *good_day("2026-11-23"),
        *good_day("2026-11-24"),
        span("2026-11-28 10:00", "2026-11-28 10:50"),  # Saturday: 50 min needs one break
        brk("2026-11-28 10:50", Outcome.NATURAL, 50),
    ]
    summary = summarize(records)
    assert summary.streak_days == 5
    assert not summary.streak_capped
    assert [day.met_target for day in summary.days] == [True, True, None, None, None, True, None]


def test_today_ends_no_streak_while_it_is_going_on() -> None:
    records = [*good_day("2026-11-23"), *good_day("2026-11-24", breaks=1)]
    summary = summarize(records, now=t("2026-11-24 18:00"))
    assert summary.streak_days == 1
    assert summary.days[1].met_target is None
    assert summarize(records).streak_days == 0  # the day is over: missed


def test_the_loader_reads_further_back_for_a_long_streak(tmp_path: Path) -> None:
    store = HistoryStore(tmp_path, device=TEST_DEVICE)
    first = date(2026, 9, 7)  # a Monday, eleven weeks before 23 November
    records: list[Record] = [*good_day("2026-09-04", breaks=1)]
    day = first
    while day <= date(2026, 11, 29):
        if day.weekday() < 5:
            records += good_day(day.isoformat())
        day += timedelta(days=1)
    store.append_many(records)
    load = week_loader(store, BERLIN, LIMIT, now=lambda: AFTER)
    summary = load(W48)
    assert summary.streak_days == 60  # twelve weeks of five days
    assert not summary.streak_capped
    # Beyond STREAK_LOOKBACK_DAYS the streak is "at least".
    store.append_many(good_day("2026-09-04"))
    summary = load(W48)
    assert summary.streak_capped and summary.streak_days >= 60
    assert "at least" in format_summary(summary)


# -- balance ----------------------------------------------------------------------------------


def test_the_balance_trend_compares_the_latest_eyes_open_tests() -> None:
    records = [
        BalanceTestRecord(t("2026-11-17 10:00"), 20.0, 18.0),
        BalanceTestRecord(t("2026-11-18 10:00"), 5.0, 3.0, Eyes.CLOSED),  # not compared
        BalanceTestRecord(t("2026-11-25 10:00"), 24.0, 22.5),
        BalanceTestRecord(t("2026-12-01 10:00"), 40.0, 40.0),  # after the week
    ]
    trend = summarize(records).balance
    assert (trend.latest_s, trend.previous_s, trend.change_s) == (22.5, 18.0, 4.5)
    assert trend.in_week
    assert "4 s up on the test before" in format_summary(summarize([*records, *MONDAY]))


# -- the store: months read, week 53, corrupt files ---------------------------------------------


def test_a_week_reads_only_the_months_around_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = HistoryStore(tmp_path, device=TEST_DEVICE)
    for year in (2024, 2025, 2026):
        for month in range(1, 13):
            store.append(brk(f"{year}-{month:02d}-10 10:00", Outcome.COMPLETED))
    # A missed day the week before ends the streak there (else it would read further back).
    store.append(span("2025-05-07 09:00", "2025-05-07 12:00"))
    parsed: list[str] = []
    real = history._parse
    monkeypatch.setattr(history, "_parse", lambda data: parsed.append("x") or real(data))
    store = HistoryStore(tmp_path, device=TEST_DEVICE)  # a cold cache, like a fresh command
    summary = week_loader(store, BERLIN, LIMIT, now=lambda: AFTER)(IsoWeek(2025, 20))
    assert summary.days[0].day == date(2025, 5, 12)
    assert 1 <= len(parsed) <= 4, parsed  # May, and at most the store's month either side


def test_iso_week_53_spans_two_years_and_two_month_files(tmp_path: Path) -> None:
    store = HistoryStore(tmp_path, device=TEST_DEVICE)
    store.append_many(
        [
            span("2026-12-31 23:40", "2027-01-01 00:00", EndedBy.DAY_END),
            span("2027-01-01 00:00", "2027-01-01 00:20"),
            brk("2027-01-01 00:20", Outcome.NATURAL, 40),
            span("2026-12-28 09:00", "2026-12-28 09:30", EndedBy.BREAK),
            brk("2026-12-28 09:30", Outcome.COMPLETED, 30, duration_s=90),
            span("2027-01-03 15:00", "2027-01-03 15:10"),
            span("2027-01-04 15:00", "2027-01-04 15:10"),  # next week
        ]
    )
    assert store.months() == [(2026, 12), (2027, 1)]
    summary = week_loader(store, BERLIN, LIMIT, now=lambda: AFTER)(IsoWeek(2026, 53))
    assert summary.this.sitting_s == 80 * MIN
    assert [day.sitting_s / MIN for day in summary.days] == [30, 0, 0, 20, 20, 0, 10]
    # The stretch across New Year: its first 30 min within the limit, 20 of them in 2026.
    assert (summary.days[4].within_s, summary.days[4].beyond_s) == (10 * MIN, 10 * MIN)
    assert summary.this.bouts == (1, 0, 2, 0, 0)  # 10; 30 and 40 (across New Year)
    assert (summary.this.completed, summary.this.natural, summary.this.guided_s) == (1, 1, 90)


def test_a_corrupt_month_file_is_moved_aside_and_the_rest_still_counts(tmp_path: Path) -> None:
    """The week of 28 Sep - 4 Oct 2026 spans two month files; September's is damaged."""
    store = HistoryStore(tmp_path, device=TEST_DEVICE)
    store.append_many(
        [span("2026-09-29 09:00", "2026-09-29 10:00"), span("2026-10-01 09:00", "2026-10-01 09:45")]
    )
    (tmp_path / f"2026-09.{TEST_DEVICE}.toml").write_text(
        "schema = 1\n[[sitting]\nbroken", encoding="utf-8"
    )
    told: list[str] = []
    store = HistoryStore(
        tmp_path, on_problem=lambda message: told.append(str(message)), device=TEST_DEVICE
    )
    summary = week_loader(store, BERLIN, LIMIT, now=lambda: AFTER)(IsoWeek(2026, 40))
    assert summary.this.sitting_s == 45 * MIN
    assert summary.days[3].sitting_s == 45 * MIN
    assert len(told) == 1 and "2026-09." in told[0] and "moved" in told[0]
    assert any(".corrupt-" in path.name for path in tmp_path.iterdir())


# -- output -----------------------------------------------------------------------------------


def test_the_json_form_has_every_figure() -> None:
    summary = summarize(MONDAY)
    data = json.loads(json.dumps(summary.to_dict()))
    assert data["week"] == "2026-W48"
    assert data["this_week"]["sitting_s"] == 135 * 60
    assert data["this_week"]["bouts"]["60 min or more"] == 1
    assert data["this_week"]["adherence"] == 0.333
    assert data["days"][0]["within_limit_s"] == 80 * 60
    assert data["change"]["kind"] == "none"
    assert len(data["days"]) == 7


def test_the_json_keys_of_a_day_and_a_week_keep_their_names_and_order() -> None:
    """Scripts read these: the answer counts shared by a day and a week stand in one place."""
    data = summarize(MONDAY).to_dict()
    answers = [
        "completed",
        "partial",
        "skipped",
        "snoozed",
        "natural",
        "stopped_for_pain",
        "home",
        "pre_run",
    ]
    figures = ["sitting_s", "within_limit_s", "beyond_limit_s", "stretches", "longest_stretch_s"]
    assert list(data["days"][0]) == [
        "date",
        *figures,
        *answers,
        "guided_s",
        "target",
        "met_target",
        "future",
    ]
    assert list(data["this_week"]) == [
        *figures,
        "average_stretch_s",
        "bouts",
        *answers,
        "prompted",
        "adherence",
        "guided_s",
    ]


def test_the_text_form_reads_like_the_window() -> None:
    text = format_summary(summarize(MONDAY))
    assert text.startswith("Week 2026-W48 · Mon 23 Nov – Sun 29 Nov 2026\n")
    assert "Sitting          2 h 15 min (1 h 20 min within the 30 min limit" in text
    assert "Breaks           1 completed of 3 prompted (33%)" in text
    assert "Longest stretch  1 h 15 min" in text


def test_an_empty_week_says_so_plainly() -> None:
    text = format_summary(summarize([span("2026-11-17 09:00", "2026-11-17 11:00")]))
    assert "Nothing was recorded this week." in text
    assert "The week before: 2 h 0 min of sitting." in text


@pytest.mark.parametrize(
    ("seconds", "text"),
    [(0, "less than a minute"), (59, "less than a minute"), (1380, "23 min"), (3900, "1 h 5 min")],
)
def test_durations_read_like_the_tray(seconds: float, text: str) -> None:
    assert duration_text(seconds) == text


def test_the_load_range_covers_a_day_either_side() -> None:
    start, end = load_range(W48, BERLIN)
    assert start == t("2026-11-15 00:00") and end == t("2026-12-01 00:00")


def test_home_and_pre_run_sessions_and_pain_stops_are_counted_apart() -> None:
    records = [
        span("2026-11-24 09:00", "2026-11-24 09:30"),
        brk("2026-11-24 09:30", Outcome.COMPLETED, duration_s=150),  # a desk break
        BreakRecord(t("2026-11-24 18:00"), Outcome.COMPLETED, 0, "home-2", 600, kind="home"),
        BreakRecord(t("2026-11-25 07:00"), Outcome.PARTIAL, 0, "home-2", 300),  # no kind: old
        BreakRecord(t("2026-11-25 17:00"), Outcome.COMPLETED, 0, "pre-run", 280, kind="pre-run"),
        BreakRecord(t("2026-11-25 18:00"), Outcome.SKIPPED, 0, kind="home"),  # daily program
        BreakRecord(
            t("2026-11-26 10:00"),
            Outcome.STOPPED_FOR_PAIN,
            1800,
            "desk-micro-2a",
            40,
            kind="desk-micro",
        ),
    ]
    summary = summarize(records)
    this = summary.this
    assert (this.completed, this.prompted, this.home, this.pre_run) == (1, 1, 2, 1)
    assert this.stopped_for_pain == 1 and this.skipped == 0
    assert this.guided_s == 150 + 600 + 300 + 280 + 40
    tuesday, wednesday, thursday = summary.days[1:4]
    assert (tuesday.completed, tuesday.home) == (1, 1)
    assert (wednesday.home, wednesday.pre_run, wednesday.prompted) == (1, 1, 0)
    assert thursday.stopped_for_pain == 1 and thursday.breaks == 1
    data = summary.to_dict()
    assert data["this_week"]["home"] == 2 and data["this_week"]["pre_run"] == 1
    assert data["this_week"]["stopped_for_pain"] == 1
    assert data["days"][2]["pre_run"] == 1
    text = format_summary(summary)
    assert "Sessions         2 home routines, 1 before a run" in text
    assert "1 natural; 1 stopped for pain" in text or "0 natural; 1 stopped for pain" in text
    wed_line = next(line for line in text.splitlines() if line.startswith("Wed 25 Nov"))
    assert wed_line.endswith("1 home routine, 1 before a run")
    thu_line = next(line for line in text.splitlines() if line.startswith("Thu 26 Nov"))
    assert "1 stopped for pain" in thu_line


def test_counts_in_the_text_form_are_plural_aware() -> None:
    one = summarize([span("2026-11-24 09:00", "2026-11-24 09:20")])
    text = format_summary(one)
    assert "(1 stretch)" in text and "1 stretches" not in text
    assert "no day in a row yet" in text and "0 days" not in text


def test_the_balance_line_carries_the_latest_mirror_check() -> None:
    drop = BalanceTestRecord(
        t("2026-11-25 08:00"), 20.0, 14.0, Eyes.OPEN, (), (BalanceSign.PELVIS_DROP,)
    )
    summary = summarize([span("2026-11-24 09:00", "2026-11-24 09:30"), drop])
    assert summary.balance.right_signs == (BalanceSign.PELVIS_DROP,)
    assert summary.to_dict()["balance"]["right_signs"] == ["pelvis_drop"]
    assert summary.to_dict()["balance"]["left_signs"] == []
    assert "14 s on the weaker leg, eyes open; pelvis drop standing on the right" in (
        format_summary(summary)
    )
