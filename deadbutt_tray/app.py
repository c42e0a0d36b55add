"""Composition root: builds every piece, owns the scheduler, wires signals. Kept short."""

from __future__ import annotations

import contextlib
import logging
import os
import signal
import socket
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QSocketNotifier, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from deadbutt_tray.core.clock import Clock, SystemClock
from deadbutt_tray.core.engine import SittingEngine, Step
from deadbutt_tray.core.history import HistoryStore
from deadbutt_tray.core.paths import AppPaths
from deadbutt_tray.core.policy import NudgeKind
from deadbutt_tray.core.problems import Problem
from deadbutt_tray.core.settings import Settings
from deadbutt_tray.heartbeat import SafeQtScheduler
from deadbutt_tray.instance import SingleInstance
from deadbutt_tray.platform.idle import IdleSource, choose_idle_source
from deadbutt_tray.platform.session_events import SessionMonitor
from deadbutt_tray.ui.tray import UNTIL_TOMORROW, Tray, sitting_text, status_text

log = logging.getLogger(__name__)

TICK_S = 10.0
FLUSH_EVERY_TICKS = 6  # retry held-back history writes about once a minute


def tr(text: str) -> str:
    return QCoreApplication.translate("App", text)


@dataclass
class AppConfig:
    """What the command line and files decided before the app is built."""

    paths: AppPaths
    settings: Settings
    problems: list[Problem] = field(default_factory=list)


class TrayApp(QObject):
    """The running app: heartbeat → engine → tray, history and notifications."""

    def __init__(
        self,
        config: AppConfig,
        instance: SingleInstance,
        clock: Clock | None = None,
        idle_source: IdleSource | None = None,
    ) -> None:
        super().__init__()
        self.config = config
        self.clock = clock or SystemClock()
        self.instance = instance
        self.instance.handler = self.handle_command
        self.store = HistoryStore(config.paths.history_dir, on_problem=self._problem)
        self.engine = SittingEngine(config.settings, self.clock, tick_s=TICK_S)
        if idle_source is None:
            idle_source, notes = choose_idle_source(config.settings.idle_source)
            for note in notes:
                log.info("idle detection: %s", note)
        self.idle = idle_source
        self.session = SessionMonitor(self)
        self.session.sleeping.connect(self.engine.note_sleep)
        self.session.resumed.connect(self._on_resume)
        self.session.locked.connect(self.tick)  # away starts now, not at the next tick
        self.session.unlocked.connect(self.tick)
        self.tray = Tray(self)
        self.tray.pause_requested.connect(self.pause)
        self.tray.resume_requested.connect(lambda: self._apply(self.engine.resume()))
        self.tray.quit_requested.connect(self.quit)
        self.scheduler = SafeQtScheduler(elapsed=self.clock.elapsed)
        self.scheduler.jump_listeners.append(lambda _jump: self.tick())
        self._ticks = 0
        self._told_stuck = False
        self._quitting = False

    # -- life cycle --------------------------------------------------------------------

    def start(self) -> None:
        self.scheduler.add_job(self.tick, "interval", seconds=TICK_S, id="tick")
        self.scheduler.add_job(self._rollover, "cron", hour=0, minute=0, second=5, id="rollover")
        self.scheduler.start()
        log.info("session events: %s", ", ".join(self.session.start()) or "none available")
        self.tray.render(self.engine.status())
        self.tray.show()
        log.info("started; tray available: %s", Tray.available())
        if self.idle is None:
            self._problem(
                tr(
                    "Idle detection is unavailable on this desktop: breaks are counted from "
                    "screen lock and sleep, and when you take them."
                )
            )
        for problem in self.config.problems:
            self._problem(str(problem))
        self.tick()

    def quit(self) -> None:
        """Record the open sitting span, save everything, and leave."""
        if self._quitting:
            return
        self._quitting = True
        log.info("quitting")
        self.store.append_many(self.engine.shutdown())
        self.store.flush()
        self.scheduler.shutdown()
        self.tray.hide()
        if self.idle is not None:
            self.idle.close()
        self.instance.release()
        QCoreApplication.quit()

    # -- heartbeat ---------------------------------------------------------------------

    def tick(self) -> None:
        """Sample idle time and let the engine decide."""
        if self._quitting:
            return
        self._ticks += 1
        idle = self.idle.seconds_idle() if self.idle is not None else None
        self._apply(self.engine.observe(idle, self.session.is_locked()))
        self._report_stuck_idle_source()
        if self.store.pending and self._ticks % FLUSH_EVERY_TICKS == 0:
            self.store.flush()

    def _report_stuck_idle_source(self) -> None:
        """Say once if idle detection turned out to read a constant (Wayland's classic)."""
        suspect = bool(getattr(self.idle, "suspect", False))
        if suspect and not self._told_stuck:
            self._problem(getattr(self.idle, "message", None) or tr("Idle detection is stuck."))
        self._told_stuck = suspect

    def _rollover(self) -> None:
        self.tick()
        self.store.flush()

    def _on_resume(self) -> None:
        log.info("resumed from sleep")
        self.scheduler.wakeup()
        self.tick()

    def _apply(self, step: Step | None) -> None:
        """Store what the engine recorded, show what it decided, plan the next check."""
        if step is None:
            return
        if step.records:
            self.store.append_many(step.records)
        if step.nudge is not None:
            self._show_nudge(step.nudge.kind, step.nudge.sat_for_s)
        self.tray.render(step.status)
        wait = self.engine.seconds_to_next_check()
        if wait is None:
            if self.scheduler.get_job("prompt") is not None:
                self.scheduler.remove_job("prompt")
        else:
            self.scheduler.schedule_in("prompt", wait, self._prompt_due)

    def _prompt_due(self) -> None:
        self._apply(self.engine.evaluate())

    def _show_nudge(self, kind: NudgeKind, sat_for_s: float) -> None:
        sat = sitting_text(sat_for_s)
        if kind is NudgeKind.HEADS_UP:
            self.tray.notify(tr("Break coming up"), tr("A short glute break is due soon."))
        else:
            self.tray.notify(
                tr("Time to wake up your glutes"),
                tr("You've been sitting {0}. Stand up for a two-minute break.").format(sat),
            )
        log.info("nudge: %s after %.0f s sitting", kind, sat_for_s)

    # -- intents -----------------------------------------------------------------------

    def pause(self, minutes: int) -> None:
        until = self.engine.pause(None if minutes == UNTIL_TOMORROW else float(minutes))
        log.info("paused until %s", until.isoformat(timespec="minutes"))
        self._apply(self.engine.evaluate())

    def handle_command(self, message: dict[str, Any]) -> dict[str, Any]:
        """A command from a later ``deadbutt-tray`` start."""
        cmd = message.get("cmd")
        if cmd == "show":
            self.tray.notify("deadbutt-tray", status_text(self.engine.status()), 5)
            return {"ok": True}
        if cmd == "quit":
            QTimer.singleShot(0, self.quit)  # reply first, then quit
            return {"ok": True}
        if cmd == "pause":
            minutes = message.get("minutes")
            if (
                not isinstance(minutes, int)
                or isinstance(minutes, bool)
                or not 0 <= minutes <= 1440
            ):
                return {"ok": False, "error": "pause needs whole minutes from 0 to 1440"}
            self.pause(minutes)
            return {"ok": True}
        if cmd == "resume":
            self._apply(self.engine.resume())
            return {"ok": True}
        return {"ok": False, "error": f"unknown command {cmd!r}"}

    def _problem(self, text: str) -> None:
        log.warning("%s", text)
        if Tray.available():
            self.tray.notify(tr("deadbutt-tray"), text, 15)


def install_signal_handlers(app: TrayApp) -> QSocketNotifier | None:
    """SIGTERM (logout, shutdown) and SIGINT quit cleanly, saving the open span."""
    if os.name != "posix":
        return None
    reader, writer = socket.socketpair()
    reader.setblocking(False)
    writer.setblocking(False)
    signal.set_wakeup_fd(writer.fileno())
    for signum in (signal.SIGTERM, signal.SIGINT, signal.SIGHUP):
        signal.signal(signum, lambda *_: None)
    notifier = QSocketNotifier(reader.fileno(), QSocketNotifier.Type.Read)

    def on_signal() -> None:
        with contextlib.suppress(OSError):
            reader.recv(64)
        app.quit()

    notifier.activated.connect(on_signal)
    notifier._sockets = (reader, writer)  # type: ignore[attr-defined]  # keep them open
    return notifier


def show_error_dialog(text: str) -> None:
    """The excepthook's way of telling the user instead of dying silently."""
    if QApplication.instance() is None:
        return
    QMessageBox.critical(None, tr("deadbutt-tray hit a problem"), text[-4000:])
