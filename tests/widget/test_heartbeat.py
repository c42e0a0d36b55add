"""The three QtScheduler traps, each shown to be real with the stock class and fixed here."""

from __future__ import annotations

import logging
import threading
from collections.abc import Iterator
from datetime import datetime, timedelta

import pytest
from apscheduler.schedulers.qt import QtScheduler
from pytestqt.qtbot import QtBot

from deadbutt_tray.heartbeat import SafeQtScheduler


def noop() -> None:
    pass


class Counting:
    """Counts how often a scheduler processes its jobs."""

    def __init__(self, scheduler: QtScheduler) -> None:
        self.count = 0
        original = scheduler._process_jobs

        def counted() -> None:
            self.count += 1
            original()

        scheduler._process_jobs = counted  # type: ignore[method-assign]


@pytest.fixture
def safe(qapp: object) -> Iterator[SafeQtScheduler]:
    scheduler = SafeQtScheduler()
    yield scheduler
    if scheduler.running:
        scheduler.shutdown()


def far_future() -> datetime:
    return datetime.now().astimezone() + timedelta(hours=1)


def test_the_stock_scheduler_leaks_a_timer_chain_per_add_job(qtbot: QtBot) -> None:
    """The trap is real: this is why SafeQtScheduler exists."""
    stock = QtScheduler(executors={"default": {"type": "debug"}})
    counter = Counting(stock)
    stock.start()
    try:
        stock.add_job(noop, "interval", seconds=1, id="tick")
        for n in range(20):
            stock.add_job(noop, "date", run_date=far_future(), id=f"j{n}")
        qtbot.wait(2200)
    finally:
        stock.shutdown(wait=False)
    qtbot.wait(1100)  # let the leaked chains run dry against a stopped scheduler
    assert counter.count > 20


def test_thousands_of_reschedules_leave_one_timer(safe: SafeQtScheduler, qtbot: QtBot) -> None:
    safe.start()
    safe.add_job(noop, "interval", seconds=1, id="tick")
    for _ in range(3000):
        safe.schedule_in("prompt", 3600, noop)
    before = safe.process_count
    qtbot.wait(2200)
    # One pass per second of the interval job (plus the wakeup) — not thousands.
    assert safe.process_count - before <= 4
    assert len(safe.get_jobs()) == 2
    assert safe.timer.isActive()


def test_jobs_run_on_the_qt_thread(safe: SafeQtScheduler, qtbot: QtBot) -> None:
    ran_on: list[int] = []
    safe.start()
    safe.schedule_in("once", 0, lambda: ran_on.append(threading.get_ident()))
    qtbot.waitUntil(lambda: bool(ran_on), timeout=2000)
    assert ran_on == [threading.main_thread().ident]


def test_a_job_due_while_asleep_still_runs_once(
    safe: SafeQtScheduler, qtbot: QtBot, caplog: pytest.LogCaptureFixture
) -> None:
    """A date job 10 minutes overdue runs (stock: dropped after 1 s of grace)."""
    ran: list[str] = []
    now = datetime.now().astimezone()
    safe.add_job(lambda: ran.append("late"), "date", run_date=now - timedelta(minutes=10))
    missed: list[str] = []
    safe.add_job(
        lambda: missed.append("x"), "interval", seconds=1, next_run_time=now - timedelta(minutes=5)
    )
    with caplog.at_level(logging.WARNING, logger="apscheduler"):
        safe.start()
        qtbot.waitUntil(lambda: bool(ran), timeout=2000)
    assert ran == ["late"]
    assert len(missed) == 1  # 300 missed runs coalesced into one, not a burst
    assert "missed" not in caplog.text


def test_the_stock_defaults_drop_an_overdue_job(qtbot: QtBot) -> None:
    ran: list[str] = []
    stock = QtScheduler(executors={"default": {"type": "debug"}})
    now = datetime.now().astimezone()
    stock.add_job(lambda: ran.append("late"), "date", run_date=now - timedelta(minutes=10))
    stock.start()
    try:
        qtbot.wait(300)
    finally:
        stock.shutdown(wait=False)
    assert ran == []


def test_a_wall_clock_jump_restarts_interval_jobs_and_is_reported(qapp: object) -> None:
    clocks = {"elapsed": 100.0, "wall": 1_000_000.0}
    scheduler = SafeQtScheduler(elapsed=lambda: clocks["elapsed"], wall=lambda: clocks["wall"])
    jumps: list[float] = []
    scheduler.jump_listeners.append(jumps.append)
    scheduler.start(paused=True)
    try:
        job = scheduler.add_job(noop, "interval", minutes=10, id="tick")
        scheduler._check_clock_jump()
        clocks["elapsed"] += 10
        clocks["wall"] -= 3600  # someone set the clock back an hour
        scheduler._check_clock_jump()
        assert jumps == [pytest.approx(-3610)]
        assert job.next_run_time <= datetime.now().astimezone() + timedelta(seconds=1)
        clocks["elapsed"] += 10
        clocks["wall"] += 10
        scheduler._check_clock_jump()
        assert len(jumps) == 1  # an ordinary tick is not a jump
    finally:
        scheduler.shutdown()


def test_the_timer_never_sleeps_longer_than_max_wait(safe: SafeQtScheduler) -> None:
    safe.start()
    safe.schedule_in("prompt", 7200, noop)
    assert safe.timer.interval() <= safe.max_wait_s * 1000


def test_a_date_job_can_reschedule_itself(safe: SafeQtScheduler, qtbot: QtBot) -> None:
    """The prompt job plans the next prompt when it fires; that plan must survive."""
    fired: list[int] = []

    def prompt() -> None:
        fired.append(len(fired))
        if len(fired) < 3:
            safe.schedule_in("prompt", 0.05, prompt)

    safe.start()
    safe.schedule_in("prompt", 0.05, prompt)
    qtbot.waitUntil(lambda: len(fired) == 3, timeout=3000)


def test_a_daily_job_missed_for_days_runs_once_on_wake(safe: SafeQtScheduler, qtbot: QtBot) -> None:
    """The daily program: asleep through three program times, one run on wake, no burst."""
    ran: list[str] = []
    safe.schedule_daily(
        "program", lambda: ran.append("offer"), hour=18, minute=0,
        day_of_week="mon,tue,wed,thu,fri,sat,sun",
    )  # fmt: skip
    job = safe.get_job("program")
    assert job is not None and job.coalesce and job.misfire_grace_time == 24 * 3600
    fields = {f.name: str(f) for f in job.trigger.fields}
    assert (fields["hour"], fields["minute"], fields["second"]) == ("18", "0", "0")
    assert fields["day_of_week"] == "mon,tue,wed,thu,fri,sat,sun"
    now = datetime.now().astimezone()
    job.modify(next_run_time=now - timedelta(hours=20))  # as if the machine slept
    safe.start()
    qtbot.waitUntil(lambda: bool(ran), timeout=3000)
    qtbot.wait(300)
    assert ran == ["offer"]
    after = safe.get_job("program")
    assert after is not None and after.next_run_time > now  # the next one is ahead
    # Rescheduling replaces the job: one job, never two offers.
    safe.schedule_daily("program", noop, hour=7, minute=30, day_of_week="sat,sun")
    assert [j.id for j in safe.get_jobs()] == ["program"]
