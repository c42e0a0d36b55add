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

import contextlib
import importlib
import logging
import sys
import time
import types
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from typing import Any, ClassVar

from PySide6.QtCore import Qt, QTimer

# -- APScheduler without what this app never uses ----------------------------------------
#
# APScheduler 3 imports at module level, for features this app does not use: asyncio (only
# for ``iscoroutinefunction``), concurrent.futures and multiprocessing (its pool
# executors), importlib.metadata (its own version, and its plugins' entry points, which
# reads the metadata of every installed distribution) and tzlocal. Together they are
# about 12 MiB resident, a sixth of the app after start. While APScheduler is imported
# they are held off by stand-ins whose functions import the real module when first
# called: ``asyncio.iscoroutinefunction`` is called only by the asyncio and tornado
# executors, the pools only as a default executor, ``get_localzone`` only without a
# ``timezone``. Afterwards the stand-ins are gone from ``sys.modules``, so a later
# ``import`` gets the real module, and APScheduler behaves as stock: its plugin maps read
# their entry points on first use, its version is read on first use.


def _forwarder(module: str, name: str) -> Callable[..., Any]:
    def call(*args: Any, **kwargs: Any) -> Any:
        return getattr(importlib.import_module(module), name)(*args, **kwargs)

    call.__name__ = call.__qualname__ = name
    return call


class _PackageNotFoundError(ModuleNotFoundError):
    """The stand-in ``importlib.metadata.PackageNotFoundError``."""


def _no_version(_name: str) -> str:
    raise _PackageNotFoundError(_name)  # APScheduler's own fallback; fixed after import


def _no_entry_points(**_selection: Any) -> tuple[()]:
    return ()  # the plugin maps are replaced by _EntryPoints after import


def _stand_in(name: str, **attributes: Any) -> types.ModuleType:
    module = types.ModuleType(name, f"a stand-in for {name} while APScheduler is imported")
    module.__dict__.update(attributes)
    return module


def _stand_ins() -> dict[str, types.ModuleType]:
    """What stands in for each module while APScheduler is imported."""
    pool = "apscheduler.executors.pool"
    return {
        "asyncio": _stand_in(
            "asyncio", iscoroutinefunction=_forwarder("asyncio", "iscoroutinefunction")
        ),
        "importlib.metadata": _stand_in(
            "importlib.metadata",
            version=_no_version,
            entry_points=_no_entry_points,
            PackageNotFoundError=_PackageNotFoundError,
        ),
        "tzlocal": _stand_in("tzlocal", get_localzone=_forwarder("tzlocal", "get_localzone")),
        pool: _stand_in(
            pool,
            ThreadPoolExecutor=_forwarder(pool, "ThreadPoolExecutor"),
            ProcessPoolExecutor=_forwarder(pool, "ProcessPoolExecutor"),
        ),
    }


@contextlib.contextmanager
def _held_off(stand_ins: dict[str, types.ModuleType]) -> Iterator[None]:
    """Put ``stand_ins`` into ``sys.modules`` for the block (those not imported yet)."""
    placed = {name: module for name, module in stand_ins.items() if name not in sys.modules}
    sys.modules.update(placed)
    try:
        yield
    finally:
        for name, module in placed.items():
            if sys.modules.get(name, module) is module:
                sys.modules.pop(name, None)


class _EntryPoints(dict[str, Any]):
    """APScheduler's map of one plugin group, read from the entry points on first use."""

    def __init__(self, group: str) -> None:
        super().__init__()
        self._group: str | None = group

    def _read(self) -> None:
        if self._group is not None:
            from importlib.metadata import entry_points

            group, self._group = self._group, None
            self.update({ep.name: ep for ep in entry_points(group=group)})

    def __contains__(self, key: object) -> bool:
        self._read()
        return super().__contains__(key)

    def __getitem__(self, key: str) -> Any:
        self._read()
        return super().__getitem__(key)


def _apscheduler_version(name: str) -> object:
    """The version attributes of ``apscheduler``, read on first use (PEP 562)."""
    if name not in ("release", "version_info", "version", "__version__"):
        raise AttributeError(f"module 'apscheduler' has no attribute {name!r}")
    from importlib.metadata import version

    release = version("APScheduler").split("-")[0]
    info = tuple(int(x) if x.isdigit() else x for x in release.split("."))
    text = ".".join(str(x) for x in info[:3])
    values = {"release": release, "version_info": info, "version": text, "__version__": text}
    return values[name]


_STOCK = "apscheduler.schedulers.base" in sys.modules  # imported before us: leave it be

with _held_off({} if _STOCK else _stand_ins()):
    import apscheduler
    from apscheduler.executors.debug import DebugExecutor
    from apscheduler.schedulers.base import BaseScheduler
    from apscheduler.schedulers.qt import QtScheduler
    from apscheduler.triggers.date import DateTrigger
    from apscheduler.triggers.interval import IntervalTrigger

if not _STOCK:
    for _attr in ("release", "version_info", "version", "__version__"):
        apscheduler.__dict__.pop(_attr, None)
    apscheduler.__getattr__ = _apscheduler_version
    BaseScheduler._trigger_plugins = _EntryPoints("apscheduler.triggers")
    BaseScheduler._executor_plugins = _EntryPoints("apscheduler.executors")
    BaseScheduler._jobstore_plugins = _EntryPoints("apscheduler.jobstores")

log = logging.getLogger(__name__)

JOB_DEFAULTS: dict[str, Any] = {
    "coalesce": True,  # many missed runs of a job become one
    "max_instances": 1,
    "misfire_grace_time": None,  # run late rather than never
}
JUMP_TOLERANCE_S = 5.0
# A daily job missed while the machine slept runs late once (coalesced) within this
# grace; the job itself asks the core whether the offer still stands (the same day).
DAILY_GRACE_S = 24 * 3600
MAX_TIMER_MS = 2_147_483_647


class SafeQtScheduler(QtScheduler):
    """A ``QtScheduler`` with one owned timer, jobs on the Qt thread, and jump detection.

    Its clock is UTC unless ``timezone`` says otherwise: its jobs are intervals and
    moments ("in 90 s"), which need no local zone (and no DST arithmetic).
    """

    # The triggers the app names, known without reading entry points (other names still
    # resolve through them, as in the stock scheduler).
    _trigger_classes: ClassVar[dict[str, type]] = {"date": DateTrigger, "interval": IntervalTrigger}

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
        options.setdefault("timezone", UTC)
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

    def schedule_daily(
        self,
        job_id: str,
        func: Callable[[], Any],
        *,
        hour: int,
        minute: int,
        day_of_week: str,
    ) -> None:
        """Run ``func`` at ``hour``:``minute`` local time on ``day_of_week`` ("mon,wed"),
        replacing any earlier such job.

        Missed runs (the machine slept, the app was busy) coalesce into one late run on
        wake, never a burst; ``misfire_grace_time`` bounds how late (a day), and ``func``
        decides whether a late run still means anything (core/rules/daily_program.py).
        Like ``schedule_in``, ``func`` runs on the next turn of the event loop.
        """
        # Imported here: most people never set a program time, and every module kept
        # out of start-up is memory saved.
        from apscheduler.triggers.cron import CronTrigger

        trigger = CronTrigger(
            hour=hour, minute=minute, day_of_week=day_of_week, timezone=self.timezone
        )
        self.add_job(
            QTimer.singleShot, trigger, args=(0, func), id=job_id, replace_existing=True,
            coalesce=True, misfire_grace_time=DAILY_GRACE_S, max_instances=1,
        )  # fmt: skip
