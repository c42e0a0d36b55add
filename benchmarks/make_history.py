"""Write years of realistic, deterministic history into a data folder (for benchmarks, shots).

A simulated office worker in Europe/Berlin (so DST changes are in it): work on weekdays
from about 08:30 to 17:30 with lunch, holidays and a summer vacation; the odd weekend
session and the odd late evening that runs past midnight (split at midnight with
``day_end``, as the app does). Sitting is prompted at a 30-minute limit; prompts are
completed, snoozed, skipped or half done, and people walk away by themselves too. That
gives about 15 sitting spans and 20 breaks per working day, roughly 200 KB per month file.
A balance test every week or two, improving slowly; a "this hurts" now and then.

    .venv/bin/python benchmarks/make_history.py DATA_DIR [--years 10] [--until ISO] [--seed 1]

The same arguments always give the same files. Files are written in the documented format
(``core.history.dump_document``), one per month, like the app writes them.
"""

from __future__ import annotations

import argparse
import random
import sys
from collections import defaultdict
from collections.abc import Iterator
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from pathlib import Path
from zoneinfo import ZoneInfo

from deadbutt_tray.core.model.records import (
    SCHEMA,
    BalanceTestRecord,
    BreakRecord,
    EndedBy,
    ExerciseDone,
    Outcome,
    PainArea,
    PainRecord,
    Record,
    SittingSpan,
)
from deadbutt_tray.core.storage import atomic
from deadbutt_tray.core.storage.history import dump_document

ZONE = "Europe/Berlin"
LIMIT_MIN = 30.0
SNOOZE_MIN = 5.0
ROUTINES = {
    "desk-micro-1a": ("standing-glute-squeeze", "standing-hip-flexor-stretch"),
    "desk-micro-1b": ("standing-kickback", "standing-hip-abduction"),
    "desk-micro-1c": ("single-leg-balance", "standing-glute-squeeze"),
    "desk-micro-2a": ("standing-march", "wall-sit-squeeze", "sit-to-stand-squeeze"),
}
# What people answer to a prompt (a snooze asks again in 5 minutes, at most 3 in a row).
ANSWERS = (
    (Outcome.COMPLETED, 0.56),
    (Outcome.SNOOZED, 0.22),
    (Outcome.SKIPPED, 0.15),
    (Outcome.PARTIAL, 0.07),
)
# On a crunch day (deadlines, one in eight working days) prompts are put off and people
# hardly get up: such a day misses the daily target and ends the streak.
CRUNCH_ANSWERS = (
    (Outcome.COMPLETED, 0.05),
    (Outcome.SNOOZED, 0.35),
    (Outcome.SKIPPED, 0.55),
    (Outcome.PARTIAL, 0.05),
)
WALK_AWAY, CRUNCH_WALK_AWAY = 0.32, 0.04


class Simulator:
    """Deterministic days of sitting and breaks for one person."""

    def __init__(self, seed: int, zone: tzinfo) -> None:
        self.rng = random.Random(seed)
        self.zone = zone
        self.balance_left, self.balance_right = 14.0, 11.0  # seconds, eyes open, improving
        self.crunch = False

    # -- helpers ---------------------------------------------------------------------

    def _local(self, day: date, hours: float) -> datetime:
        """``day`` at ``hours`` past local midnight (a wall time), as UTC."""
        wall = datetime.combine(day, time()) + timedelta(hours=hours)
        return wall.replace(tzinfo=self.zone).astimezone(UTC)

    def _at(self, moment: datetime) -> datetime:
        """A record's time: local, with its offset, whole seconds."""
        return moment.astimezone(self.zone).replace(microsecond=0)

    def _answer(self) -> Outcome:
        roll, total = self.rng.random(), 0.0
        for outcome, share in CRUNCH_ANSWERS if self.crunch else ANSWERS:
            total += share
            if roll < total:
                return outcome
        return Outcome.COMPLETED

    def _guided(self, at: datetime, sat_s: float, outcome: Outcome) -> tuple[BreakRecord, float]:
        routine = self.rng.choice(sorted(ROUTINES))
        exercises = ROUTINES[routine]
        full = outcome is Outcome.COMPLETED
        seconds = self.rng.uniform(100, 200) if full else self.rng.uniform(25, 90)
        done_count = len(exercises) if full else self.rng.randint(0, len(exercises) - 1)
        done = tuple(
            ExerciseDone(ex, sides_done=2, reps_done=10, holds_done=0, completed=True)
            for ex in exercises[:done_count]
        )
        record = BreakRecord(
            self._at(at), outcome, round(sat_s), routine, round(seconds), exercises, done
        )
        return record, seconds

    def _span(self, start: datetime, end: datetime, ended_by: EndedBy) -> Iterator[SittingSpan]:
        """The span, split at each local midnight it crosses (as the app splits it)."""
        while True:
            local = start.astimezone(self.zone)
            midnight = self._local(local.date() + timedelta(days=1), 0)
            if midnight >= end:
                break
            yield SittingSpan(self._at(start), self._at(midnight), EndedBy.DAY_END)
            start = midnight
        yield SittingSpan(self._at(start), self._at(end), ended_by)

    # -- a session of work -----------------------------------------------------------

    def session(self, start: datetime, end: datetime, out: list[Record]) -> None:
        """Sit from ``start`` to ``end`` (UTC), with prompts, breaks and walks."""
        rng = self.rng
        limit = LIMIT_MIN * 60
        t = start
        while (end - t).total_seconds() > 120:
            since = t  # continuous sitting began here
            due = limit  # sitting seconds at which the next prompt comes
            snoozes = 0
            while True:
                # People walk away by themselves before the prompt about a third of the time.
                if rng.random() < (CRUNCH_WALK_AWAY if self.crunch else WALK_AWAY):
                    sat = rng.uniform(max(60.0, due - limit + 60), max(120.0, due - 60))
                    left = since + timedelta(seconds=sat)
                    if left >= end:
                        left = end
                    sat = (left - since).total_seconds()
                    out.extend(self._span(since, left, EndedBy.AWAY))
                    out.append(BreakRecord(self._at(left), Outcome.NATURAL, round(sat)))
                    t = left + timedelta(minutes=rng.uniform(2.5, 14))
                    break
                prompt = since + timedelta(seconds=due)
                if prompt >= end:  # the session ends first: the screen is locked
                    sat = (end - since).total_seconds()
                    out.extend(self._span(since, end, EndedBy.AWAY))
                    out.append(BreakRecord(self._at(end), Outcome.NATURAL, round(sat)))
                    t = end
                    break
                answer = self._answer()
                if answer is Outcome.SNOOZED and snoozes >= 3:
                    answer = Outcome.COMPLETED
                if answer is Outcome.COMPLETED:
                    record, seconds = self._guided(prompt, due, answer)
                    out.extend(self._span(since, prompt, EndedBy.BREAK))
                    out.append(record)
                    t = prompt + timedelta(seconds=seconds)
                    break
                if answer is Outcome.PARTIAL:
                    record, seconds = self._guided(prompt, due, answer)
                    out.append(record)  # too short to count: sitting goes on
                    due += seconds + SNOOZE_MIN * 60
                elif answer is Outcome.SNOOZED:
                    out.append(BreakRecord(self._at(prompt), answer, round(due)))
                    snoozes += 1
                    due += SNOOZE_MIN * 60
                else:
                    out.append(BreakRecord(self._at(prompt), answer, round(due)))
                    due += limit
            if t >= end:
                return

    def day(self, day: date) -> list[Record]:
        rng = self.rng
        out: list[Record] = []
        weekday = day.weekday()
        vacation = on_vacation(day)
        working = weekday < 5 and not vacation and rng.random() > 0.05
        self.crunch = rng.random() < 0.125
        if working:
            begin = rng.gauss(8.6, 0.35)
            lunch = rng.gauss(12.4, 0.25)
            lunch_end = lunch + rng.uniform(0.5, 1.0)
            finish = rng.gauss(17.5, 0.5)
            self.session(self._local(day, begin), self._local(day, lunch), out)
            self.session(self._local(day, lunch_end), self._local(day, finish), out)
            if rng.random() < 0.04:  # a late evening that runs past midnight
                late = rng.uniform(22.3, 23.4)
                self.session(self._local(day, late), self._local(day, late + 1.6), out)
            if rng.random() < 0.12:
                out.append(self._balance(self._local(day, 10.1)))
            if rng.random() < 0.015:
                out.append(
                    PainRecord(
                        self._at(self._local(day, 15)),
                        rng.choice(["standing-kickback", "wall-sit-squeeze"]),
                        rng.choice(list(PainArea)),
                        rng.randint(2, 6),
                    )
                )
        elif weekday >= 5 and not vacation and rng.random() < 0.15:
            begin = rng.uniform(10, 16)
            self.session(self._local(day, begin), self._local(day, begin + rng.uniform(1, 2)), out)
        return out

    def _balance(self, at: datetime) -> BalanceTestRecord:
        rng = self.rng
        self.balance_left = min(45.0, self.balance_left + rng.uniform(-0.5, 1.2))
        self.balance_right = min(45.0, self.balance_right + rng.uniform(-0.5, 1.3))
        left = max(1.0, min(45.0, self.balance_left + rng.gauss(0, 1.5)))
        right = max(1.0, min(45.0, self.balance_right + rng.gauss(0, 1.5)))
        return BalanceTestRecord(self._at(at), round(left, 1), round(right, 1))


def on_vacation(day: date) -> bool:
    """The generated person is away: ISO weeks 31–33, and from 24 December to the year's end."""
    return day.isocalendar().week in (31, 32, 33) or (day.month == 12 and day.day >= 24)


def generate(
    data_dir: Path, years: float, until: datetime, seed: int = 1, zone: str = ZONE
) -> dict[str, int]:
    """Write ``years`` of history ending at ``until`` into ``data_dir/history``.

    Returns counts (months, records, spans, breaks, bytes). Refuses a folder that already
    holds month files, so a real history is never mixed with made-up records.
    """
    history = data_dir / "history"
    if history.is_dir() and any(history.glob("*.toml")):
        raise FileExistsError(f"{history} already holds history; use an empty folder")
    tz = ZoneInfo(zone)
    simulator = Simulator(seed, tz)
    end_day = until.astimezone(tz).date()
    day = end_day - timedelta(days=round(years * 365.25))
    months: dict[tuple[int, int], dict[str, list[dict[str, object]]]] = defaultdict(
        lambda: defaultdict(list)
    )
    counts = {"records": 0, "sitting": 0, "break": 0, "days": 0}
    while day <= end_day:
        records = simulator.day(day)
        counts["days"] += bool(records)
        for record in records:
            if record.at > until:
                continue
            months[(record.at.year, record.at.month)][record.TABLE].append(record.to_toml())
            counts["records"] += 1
            counts[record.TABLE] = counts.get(record.TABLE, 0) + 1
        day += timedelta(days=1)
    size = 0
    for (year, month), tables in sorted(months.items()):
        for items in tables.values():
            items.sort(key=lambda table: str(table.get("at", table.get("end"))))
        text = dump_document({"schema": SCHEMA, **tables})
        path = history / f"{year:04d}-{month:02d}.toml"
        atomic.atomic_write_text(path, text)
        size += len(text.encode("utf-8"))
    return {**counts, "months": len(months), "bytes": size}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data_dir", type=Path, help="the data folder (history/ goes inside)")
    parser.add_argument("--years", type=float, default=10.0)
    parser.add_argument(
        "--until",
        type=datetime.fromisoformat,
        default=None,
        help="last moment of history, ISO with offset (default: now)",
    )
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args(argv)
    until = args.until or datetime.now(UTC)
    if until.tzinfo is None:
        parser.error("--until needs a UTC offset, e.g. 2026-11-25T12:00+01:00")
    counts = generate(args.data_dir, args.years, until, args.seed)
    days = max(1, counts["days"])
    print(
        f"{counts['months']} month files, {counts['records']} records, "
        f"{counts['bytes'] / 1024 / 1024:.1f} MB; per day at the desk "
        f"({counts['days']} days): {counts['sitting'] / days:.1f} sitting spans, "
        f"{counts['break'] / days:.1f} breaks"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
