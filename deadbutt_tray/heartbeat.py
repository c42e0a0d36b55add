"""The app's heartbeat: APScheduler's ``QtScheduler``, with its three traps handled.

Verified with APScheduler 3.11.3 and PySide6 6.12:

1. Stock ``QtScheduler._start_timer`` keeps the return value of the *static*
   ``QTimer.singleShot`` (``None``), so it can never stop a timer: each ``add_job``,
   ``reschedule_job`` or ``wakeup`` starts one more timer chain that lives forever.
   Here the scheduler owns one real single-shot ``QTimer`` and restarts it.
2. The default executor is a thread pool: jobs would run off the GUI thread. Here jobs
   run on the Qt thread (``DebugExecutor`` calls them in place from the timer's slot).
3. The default ``misfire_grace_time`` is 1 s: a job due while the laptop slept is
   silently dropped. Here jobs coalesce and have no grace limit: a late job runs once;
   the core decides what "late" means.

Two more things a tray app needs: the wall clock can jump (manual change, resume on
systems whose timers stall in sleep), and APScheduler's triggers are wall-clock based,
so after a jump an interval job could wait an hour. The scheduler therefore never
sleeps longer than ``max_wait_s`` and, when it sees the wall clock move differently from
the monotonic clock, restarts its interval jobs from now and tells its listeners.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import Any

from apscheduler.executors.debug import DebugExecutor
from apscheduler.schedulers.base import BaseScheduler
from apscheduler.schedulers.qt import QtScheduler
from apscheduler.triggers.interval import IntervalTrigger
from PySide6.QtCore import Qt, QTimer

log = logging.getLogger(__name__)

JOB_DEFAULTS: dict[str, Any] = {
    "coalesce": True,  # many missed runs of a job become one
    "max_instances": 1,
    "misfire_grace_time": None,  # run late rather than never
}
JUMP_TOLERANCE_S = 5.0
MAX_TIMER_MS = 2_147_483_647


class SafeQtScheduler(QtScheduler):
    """A ``QtScheduler`` with one owned timer, jobs on the Qt thread, and jump detection."""

    def __init__(
        self,
        *,
        max_wait_s: float = 60.0,
        elapsed: Callable[[], float] = time.monotonic,
        wall: Callable[[], float] = time.time,
        **options: Any,
    ) -> None:
        self._qtimer = QTimer()
        self._qtimer.setSingleShot(True)
        # Coarse timers may be 5% late: 90 s on a 30-minute prompt. One precise timer
        # costs nothing extra.
        self._qtimer.setTimerType(Qt.TimerType.PreciseTimer)
        self._qtimer.timeout.connect(self._process_jobs)
        self.max_wait_s = max_wait_s
        self._elapsed, self._wall = elapsed, wall
        self._last_clocks: tuple[float, float] | None = None
        self.jump_listeners: list[Callable[[float], None]] = []
        self.process_count = 0  # how often jobs were processed (tests, benchmarks)
        options.setdefault("executors", {"default": DebugExecutor()})
        options.setdefault("job_defaults", dict(JOB_DEFAULTS))
        super().__init__(**options)

    @property
    def timer(self) -> QTimer:
        """The one timer this scheduler runs on."""
        return self._qtimer

    def _start_timer(self, wait_seconds: float | None) -> None:
        self._qtimer.stop()
        if wait_seconds is None:
            wait_seconds = self.max_wait_s
        wait_seconds = min(max(0.0, wait_seconds), self.max_wait_s)
        self._qtimer.start(min(int(wait_seconds * 1000), MAX_TIMER_MS))

    def _stop_timer(self) -> None:
        self._qtimer.stop()

    def wakeup(self) -> None:
        self._start_timer(0)

    def shutdown(self, wait: bool = True) -> None:
        super().shutdown(wait=False)
        self._qtimer.stop()

    def _process_jobs(self) -> None:
        self.process_count += 1
        self._check_clock_jump()
        wait_seconds = BaseScheduler._process_jobs(self)
        if self.running:
            self._start_timer(wait_seconds)

    def _check_clock_jump(self) -> None:
        elapsed, wall = self._elapsed(), self._wall()
        last, self._last_clocks = self._last_clocks, (elapsed, wall)
        if last is None:
            return
        jump = (wall - last[1]) - (elapsed - last[0])
        if abs(jump) < JUMP_TOLERANCE_S:
            return
        log.info("wall clock jumped by %+.0f s; restarting interval jobs from now", jump)
        now = datetime.now(self.timezone)
        for job in self.get_jobs():
            if isinstance(job.trigger, IntervalTrigger):
                job.modify(next_run_time=now)
        for listener in list(self.jump_listeners):
            listener(jump)

    def schedule_in(self, job_id: str, seconds: float, func: Callable[[], Any]) -> None:
        """Run ``func`` once, ``seconds`` from now, replacing any earlier such job.

        ``func`` runs on the next turn of the event loop after the job fires, not inside
        APScheduler's job processing: after a date job runs, APScheduler removes the job
        *by id*, which would delete the replacement that ``func`` itself scheduled.
        """
        # In UTC: wall-clock arithmetic in a DST zone would be an hour off on that night.
        run_at = datetime.now(UTC) + timedelta(seconds=max(0.0, seconds))
        self.add_job(
            QTimer.singleShot, "date", args=(0, func), run_date=run_at, id=job_id,
            replace_existing=True,
        )  # fmt: skip
