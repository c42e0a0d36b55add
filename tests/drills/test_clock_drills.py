"""Wall-clock jumps, DST nights, suspends for hours and a break due while the laptop slept:
no phantom sitting time, and no burst of stacked prompts.

The sitting engine is fed as the running app feeds it (a sample every 10 s while the
machine is awake) on a ``FakeClock`` whose wall time and monotonic time can part ways.
The person at the desk types all the time they are awake and ignores every prompt, so
the truth is simple: sitting is the awake time since the machine last woke, and the
nudges are a heads-up at 29 minutes, the prompt at 30 and a re-nudge every 5 minutes.
The heartbeat drills then run the real ``TrayApp`` with its real ``SafeQtScheduler``
on the fake clock, to show that overdue jobs after a sleep do not stack up.
"""

from __future__ import annotations

import itertools
import logging
import os
import random
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from deadbutt_tray.core.clock import FakeClock
from deadbutt_tray.core.model.records import BreakRecord, EndedBy, Outcome, Record, SittingSpan
from deadbutt_tray.core.model.settings import Settings
from deadbutt_tray.core.rules.engine import SittingEngine, Step
from deadbutt_tray.core.rules.policy import NudgeKind
from deadbutt_tray.core.storage.history import HistoryStore
from tests.drills.conftest import BERLIN, TICK_S, InProcessApp, history_rows, no_welcome
from tests.fakes import TEST_DEVICE

LIMIT_S = Settings().sit_limit_s
HEADS_UP_AT_S = LIMIT_S - 60
RENUDGE_S = Settings().renudge_s


@dataclass
class Desk:
    """The engine, fed a sample every tick of awake time, next to the truth it must match."""

    clock: FakeClock
    engine: SittingEngine = field(init=False)
    records: list[Record] = field(default_factory=list)
    nudges: list[tuple[float, NudgeKind]] = field(default_factory=list)  # (elapsed, kind)
    withdrawn: list[float] = field(default_factory=list)
    # the truth
    awake_s: float = 0.0
    expected: list[tuple[float, NudgeKind]] = field(default_factory=list)
    _since: float = 0.0  # elapsed when sitting last started (start, or waking up)
    _heads_up_done: bool = False
    _prompt_open: bool = False
    _last_nudge: float = 0.0

    def __post_init__(self) -> None:
        self.engine = SittingEngine(Settings(), self.clock, tick_s=TICK_S)
        self._since = self.clock.elapsed()

    @classmethod
    def at(cls, start: datetime) -> Desk:
        return cls(FakeClock(start))

    def _take(self, step: Step) -> None:
        self.records.extend(step.records)
        if step.nudge is not None:
            self.nudges.append((self.clock.elapsed(), step.nudge.kind))
        if step.withdraw_prompt:
            self.withdrawn.append(self.clock.elapsed())

    def _expect_after_tick(self) -> None:
        now = self.clock.elapsed()
        sitting = now - self._since
        if sitting >= LIMIT_S:
            if not self._prompt_open:
                self._prompt_open = self._heads_up_done = True
                self._last_nudge = now
                self.expected.append((now, NudgeKind.PROMPT))
            elif now - self._last_nudge >= RENUDGE_S:
                self._last_nudge = now
                self.expected.append((now, NudgeKind.RENUDGE))
        elif not self._heads_up_done and sitting >= HEADS_UP_AT_S:
            self._heads_up_done = True
            self.expected.append((now, NudgeKind.HEADS_UP))

    def work(self, seconds: float) -> None:
        """Typing at the desk, awake, for ``seconds`` (whole ticks)."""
        for _ in range(int(seconds // TICK_S)):
            self.clock.advance(TICK_S)
            self.awake_s += TICK_S
            self._take(self.engine.observe(0.0))
            self._expect_after_tick()

    def jump_wall(self, seconds: float) -> None:
        """Someone (or NTP, or a time zone change) sets the clock; no time passes."""
        self.clock.jump_wall(seconds)

    def sleep(self, seconds: float) -> None:
        """Lid closed for ``seconds`` (no samples at all); then the person wakes the
        laptop with a key press, and the app's next tick comes one tick later."""
        self.clock.sleep(seconds)
        self._since = self.clock.elapsed()
        self._heads_up_done = self._prompt_open = False
        self.clock.advance(TICK_S)
        self.awake_s += TICK_S
        self._take(self.engine.observe(float(TICK_S)))  # idle since the key press
        self._expect_after_tick()

    def quit(self) -> list[SittingSpan]:
        self.records.extend(self.engine.shutdown())
        return self.spans()

    def spans(self) -> list[SittingSpan]:
        return [r for r in self.records if isinstance(r, SittingSpan)]

    def sitting_now(self) -> float:
        return self.engine.status().sitting_s


def recorded_sitting(spans: list[SittingSpan]) -> float:
    for span in spans:
        # Through UTC: two times in one ZoneInfo compare as wall times, ignoring ``fold``.
        assert span.end.astimezone(UTC) >= span.start.astimezone(UTC), span
    return sum(span.seconds for span in spans)


def test_wall_clock_jumps_forward_and_back_neither_add_nor_erase_sitting() -> None:
    desk = Desk.at(datetime(2026, 11, 24, 9, 0, tzinfo=BERLIN))
    desk.work(10 * 60)
    desk.jump_wall(+3 * 3600)  # forward three hours
    desk.work(10 * 60)
    desk.jump_wall(-5 * 3600)  # back five: to before the app started
    desk.work(9 * 60 + 50)
    assert desk.sitting_now() == 29 * 60 + 50
    desk.work(20)
    # The heads-up came at 29 and the prompt at 30 minutes of real sitting: not early
    # after the jump forward, not late after the jump back.
    assert desk.nudges == desk.expected
    assert [kind for _e, kind in desk.nudges] == [NudgeKind.HEADS_UP, NudgeKind.PROMPT]
    [span] = desk.quit()
    assert span.seconds == desk.awake_s == 30 * 60 + 10


def test_wall_clock_jumps_across_midnight_neither_add_nor_erase_sitting() -> None:
    desk = Desk.at(datetime(2026, 11, 24, 23, 40, tzinfo=BERLIN))
    desk.work(10 * 60)
    desk.jump_wall(+2 * 3600)  # 23:50 → 01:50 the next day
    desk.work(15 * 60)
    desk.jump_wall(-3 * 3600)  # 02:05 → 23:05 the day before
    desk.work(45 * 60)
    spans = desk.quit()
    assert recorded_sitting(spans) == desk.awake_s
    assert desk.nudges == desk.expected
    assert {span.ended_by for span in spans} <= {EndedBy.DAY_END, EndedBy.QUIT}


@pytest.mark.parametrize(
    "start",
    [
        datetime(2026, 3, 29, 1, 40, tzinfo=BERLIN),  # 02:00 CET → 03:00 CEST: an hour vanishes
        datetime(2026, 10, 25, 2, 40, tzinfo=BERLIN, fold=0),  # 03:00 CEST → 02:00 CET: twice
    ],
    ids=["spring-forward", "fall-back"],
)
def test_a_dst_night_in_berlin_neither_adds_nor_erases_sitting(
    start: datetime, tmp_path: Path
) -> None:
    desk = Desk.at(start)
    desk.work(50 * 60)
    assert desk.nudges == desk.expected
    assert [kind for _e, kind in desk.nudges][:2] == [NudgeKind.HEADS_UP, NudgeKind.PROMPT]
    spans = desk.quit()
    assert recorded_sitting(spans) == desk.awake_s == 50 * 60
    assert spans[-1].start.utcoffset() != spans[-1].end.utcoffset()  # it did cross
    # Saved and read back, the offsets keep the real duration.
    store = HistoryStore(tmp_path / "history", device=TEST_DEVICE)
    assert store.append_many(spans)
    back = store.records(start - timedelta(days=1), start + timedelta(days=1))
    assert recorded_sitting([r for r in back if isinstance(r, SittingSpan)]) == 50 * 60


@pytest.mark.parametrize("idle_after_wake", ["key press", "counter kept counting", "unknown"])
def test_a_suspend_for_hours_is_time_away_not_phantom_sitting(idle_after_wake: str) -> None:
    desk = Desk.at(datetime(2026, 11, 24, 9, 0, tzinfo=BERLIN))
    desk.work(20 * 60)
    last_sample = desk.clock.now()
    hours = 6 * 3600
    woke = desk.clock.elapsed() + hours
    desk.clock.sleep(hours)  # asleep: no samples
    desk.clock.advance(TICK_S)
    if idle_after_wake == "key press":  # someone woke it: input a moment ago
        desk._take(desk.engine.observe(float(TICK_S)))
    elif idle_after_wake == "counter kept counting":  # woken by a timer, nobody there yet
        desk._take(desk.engine.observe(float(hours + 20 * 60)))
    else:  # no idle source on this desktop
        desk._take(desk.engine.observe(None))
    assert desk.sitting_now() <= TICK_S, "the sleep must not count as sitting"
    spans = desk.spans()
    assert [span.ended_by for span in spans] == [EndedBy.AWAY]
    assert spans[0].seconds == 20 * 60 and spans[0].end == last_sample
    assert [r.outcome for r in desk.records if isinstance(r, BreakRecord)] == [Outcome.NATURAL]
    desk.work(60)  # typing again
    assert desk.sitting_now() <= 70
    assert [at for at, _kind in desk.nudges if at >= woke] == [], "no nudge on waking"


def test_a_break_due_while_the_laptop_slept_brings_no_burst_of_prompts() -> None:
    desk = Desk.at(datetime(2026, 11, 24, 9, 0, tzinfo=BERLIN))
    desk.work(29 * 60 + 50)  # the heads-up came; the prompt is due in 10 s
    woke = desk.clock.elapsed() + 3 * 3600
    desk.sleep(3 * 3600)  # slept through it
    desk.work(29 * 60)
    after = [kind for at, kind in desk.nudges if at >= woke]
    assert after == [NudgeKind.HEADS_UP], "nothing stacked up: a fresh span, a heads-up at 29"
    desk.work(20 * 60)  # the prompt is ignored: one re-nudge every 5 minutes, no more
    assert desk.nudges == desk.expected
    prompts = [at for at, kind in desk.nudges if kind is not NudgeKind.HEADS_UP]
    assert all(b - a >= RENUDGE_S for a, b in itertools.pairwise(prompts))
    assert recorded_sitting(desk.quit()) == desk.awake_s


def test_a_prompt_left_open_over_a_long_sleep_is_withdrawn_not_repeated() -> None:
    desk = Desk.at(datetime(2026, 11, 24, 9, 0, tzinfo=BERLIN))
    desk.work(41 * 60)  # prompt at 30, re-nudges at 35 and 40, all ignored
    nudges_before = len(desk.nudges)
    desk.sleep(5 * 3600)
    assert desk.withdrawn == [desk.clock.elapsed()], "the open prompt goes on waking"
    assert len(desk.nudges) == nudges_before, "waking up shows no prompt"
    desk.work(10 * 60)
    assert len(desk.nudges) == nudges_before
    assert recorded_sitting(desk.quit()) == desk.awake_s


CHAOS_STARTS = [
    datetime(2026, 3, 28, 23, 0, tzinfo=BERLIN),  # into the spring-forward night
    datetime(2026, 10, 24, 23, 30, tzinfo=BERLIN),  # into the fall-back night
    datetime(2026, 12, 31, 22, 0, tzinfo=BERLIN),  # over midnight into a new year
    datetime(2026, 11, 24, 8, 0, tzinfo=BERLIN),  # an ordinary morning
]


def chaos(rng: random.Random) -> Desk:
    desk = Desk.at(rng.choice(CHAOS_STARTS) + timedelta(seconds=rng.randrange(4 * 3600)))
    for _ in range(rng.randrange(4, 12)):
        event = rng.random()
        if event < 0.5:
            desk.work(TICK_S * rng.randrange(1, 240))  # up to 40 minutes
        elif event < 0.8:
            desk.jump_wall(rng.choice([-1, 1]) * rng.randrange(60, 27 * 3600))
        else:
            desk.sleep(rng.randrange(5 * 60, 10 * 3600))
    return desk


def test_random_clock_chaos_never_creates_phantom_sitting_or_bursts_of_prompts() -> None:
    """Jumps of a minute to a day either way, sleeps of 5 minutes to 10 hours and DST
    nights, shuffled: the nudges are exactly the truth's and every span adds up."""
    seed = int(os.environ.get("DRILL_SEED") or random.SystemRandom().randrange(2**32))
    print(f"drill seed: {seed} (DRILL_SEED={seed} replays it)")
    rng = random.Random(seed)
    for scenario in range(120):
        desk = chaos(rng)
        where = f"scenario {scenario} (seed {seed})"
        assert desk.nudges == desk.expected, where
        assert recorded_sitting(desk.quit()) == desk.awake_s, where
        shown = [at for at, kind in desk.nudges if kind is not NudgeKind.HEADS_UP]
        assert all(b - a >= RENUDGE_S for a, b in itertools.pairwise(shown)), where


# -- the heartbeat: the real TrayApp and SafeQtScheduler on the fake clock --------------------


@pytest.fixture
def fake_wall_scheduler(monkeypatch: pytest.MonkeyPatch) -> dict[str, FakeClock]:
    """Make the app's SafeQtScheduler read the wall time of the test's FakeClock."""
    from deadbutt_tray import app as app_module
    from deadbutt_tray.heartbeat import SafeQtScheduler

    holder: dict[str, FakeClock] = {}

    def build(**options: object) -> SafeQtScheduler:
        return SafeQtScheduler(wall=lambda: holder["clock"].now().timestamp(), **options)  # type: ignore[arg-type]

    monkeypatch.setattr(app_module, "SafeQtScheduler", build)
    return holder


def overdue_jobs_run(running: InProcessApp, qtbot: object, hours: float) -> int:
    """What APScheduler sees when the machine wakes ``hours`` later: every job that fell
    due meanwhile is overdue. One pass runs them (coalesced); the prompt callback runs on
    the next turn of the event loop. Returns how many overdue jobs tick the app."""
    scheduler = running.app.scheduler
    now = datetime.now(scheduler.timezone)
    ticking = 0
    for job in scheduler.get_jobs():
        job.modify(next_run_time=job.next_run_time - timedelta(hours=hours))
        if job.next_run_time <= now and job.id in ("tick", "rollover"):
            ticking += 1  # "rollover" is due too if the sleep spanned midnight
    scheduler._process_jobs()
    qtbot.wait(50)  # type: ignore[attr-defined]
    return ticking


@pytest.fixture
def on_wall_clock(
    make_tray_app: Callable[..., InProcessApp],
    fake_wall_scheduler: dict[str, FakeClock],
    tmp_path: Path,
) -> InProcessApp:
    """The real app on ``tmp_path / "data"`` (welcome seen), its scheduler reading the
    fake clock's wall time, started on a Tuesday at 09:00 in Berlin."""
    data = tmp_path / "data"
    no_welcome(data)
    running = make_tray_app(data, datetime(2026, 11, 24, 9, 0, tzinfo=BERLIN))
    fake_wall_scheduler["clock"] = running.clock
    running.app.start()
    return running


def test_after_a_sleep_overdue_heartbeat_jobs_run_once_and_no_prompt_bursts_out(
    on_wall_clock: InProcessApp, tmp_path: Path, qtbot: object
) -> None:
    running, data = on_wall_clock, tmp_path / "data"
    app = running.app
    running.sit(29 * 60 + 50)
    assert app.scheduler.get_job("prompt") is not None, "the prompt is planned"
    assert running.prompts == []
    ticks = app._ticks
    running.clock.sleep(3 * 3600)  # asleep through the planned prompt
    running.idle.value = 5.0  # woken by a key press
    ticking_jobs = overdue_jobs_run(running, qtbot, hours=3)
    assert ticking_jobs >= 1
    assert app._ticks == ticks + ticking_jobs, "1080 missed ticks ran once, not 1080 times"
    assert running.prompts == [], "no prompt on waking"
    [span] = history_rows(data / "history", "sitting")
    assert span["ended_by"] == "away"
    assert (span["end"] - span["start"]).total_seconds() == 29 * 60 + 50, "sleep excluded"
    assert [b["outcome"] for b in history_rows(data / "history", "break")] == ["natural"]
    running.sit(29 * 60)
    assert running.prompts == []
    running.sit(60)
    assert len(running.prompts) == 1


def test_a_wall_clock_jump_seen_by_the_heartbeat_adds_no_sitting_and_no_prompt(
    on_wall_clock: InProcessApp, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    running, data = on_wall_clock, tmp_path / "data"
    app = running.app
    running.sit(20 * 60)
    app.scheduler._process_jobs()  # the heartbeat's first look at both clocks
    with caplog.at_level(logging.INFO, logger="deadbutt_tray.heartbeat"):
        for jump in (+2 * 3600, -5 * 3600, +26 * 3600):
            ticks = app._ticks
            running.clock.jump_wall(jump)
            app.scheduler._process_jobs()
            assert app._ticks > ticks, "a jump makes the app look again at once"
            assert "Sitting for 20 min" in app.shell.tray.icon.toolTip()
    assert caplog.text.count("wall clock jumped") == 3
    assert running.prompts == [] and history_rows(data / "history", "sitting") == []
    running.sit(9 * 60 + 50)
    assert running.prompts == []
    running.sit(20)
    assert len(running.prompts) == 1, "the prompt comes at 30 minutes of real sitting"
    app.quit()
    [span] = history_rows(data / "history", "sitting")
    assert (span["end"] - span["start"]).total_seconds() == 30 * 60 + 10
    assert span["start"].astimezone(UTC) < span["end"].astimezone(UTC)
