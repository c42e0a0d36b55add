"""Composition root: builds every piece, owns the scheduler, wires signals. Kept short."""

from __future__ import annotations

import contextlib
import logging
import os
import signal
import socket
import tempfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, time, timedelta
from pathlib import Path
from typing import Any, Literal

from PySide6.QtCore import QCoreApplication, QObject, QSocketNotifier, QTimer
from PySide6.QtGui import QGuiApplication, QSessionManager
from PySide6.QtWidgets import QApplication, QMessageBox

from deadbutt_tray import APP_NAME, DESKTOP_ID
from deadbutt_tray.commands import (
    Break,
    Command,
    ErrorCode,
    GetStatus,
    Pause,
    Quit,
    Reply,
    Resume,
    Show,
)
from deadbutt_tray.core.clock import Clock, SystemClock, local_at
from deadbutt_tray.core.content.exercise_locale import load_localized
from deadbutt_tray.core.content.resources import resources_root
from deadbutt_tray.core.content.routine_choice import (
    DEFAULT_CHOICE,
    UnknownRoutineError,
    choose_routine,
    menu_minutes,
)
from deadbutt_tray.core.model.exercises import Level, RoutineKind
from deadbutt_tray.core.model.records import (
    BalanceTestRecord,
    BreakRecord,
    Outcome,
    PainRecord,
    Record,
)
from deadbutt_tray.core.model.settings import Overrides, Settings
from deadbutt_tray.core.problems import Problem
from deadbutt_tray.core.rules.break_plan import BreakResult
from deadbutt_tray.core.rules.checkpoint import CHECKPOINT_EVERY_S, recovered_spans
from deadbutt_tray.core.rules.daily_program import (
    LATER_MIN,
    cron_fields,
    may_offer,
    offer_later,
)
from deadbutt_tray.core.rules.engine import SittingEngine, Step
from deadbutt_tray.core.rules.panel import panel_fields
from deadbutt_tray.core.rules.policy import Hold, NudgeKind
from deadbutt_tray.core.rules.program import (
    add_exclusion,
    completed_breaks,
    level_window_start,
    next_level_suggestion,
)
from deadbutt_tray.core.rules.stale_lock import StaleLock
from deadbutt_tray.core.storage.device import device_id_for, this_host
from deadbutt_tray.core.storage.history import DeviceView, HistoryStore
from deadbutt_tray.core.storage.paths import AppPaths
from deadbutt_tray.core.storage.rescue import (
    read_rescue,
    remove_rescue,
    rescue_files,
    write_rescue,
)
from deadbutt_tray.core.storage.settings_file import (
    SettingsError,
    changed_keys,
    reload_settings,
    save_settings,
)
from deadbutt_tray.core.storage.state import OpenSpan, load_state, save_state
from deadbutt_tray.core.translatable import Text, counted, say, words
from deadbutt_tray.file_watch import FileWatch
from deadbutt_tray.heartbeat import SafeQtScheduler
from deadbutt_tray.instance import SingleInstance
from deadbutt_tray.platform.autostart.base import Autostart
from deadbutt_tray.platform.autostart.chooser import autostart_for_platform
from deadbutt_tray.platform.fullscreen.base import FullscreenDetector
from deadbutt_tray.platform.fullscreen.chooser import choose_fullscreen_detector
from deadbutt_tray.platform.idle.base import IdleSource, NullIdleSource
from deadbutt_tray.platform.idle.chooser import NONE, choose_idle_source
from deadbutt_tray.platform.notifications import Notifier, desktop_notifications
from deadbutt_tray.platform.session_events import SessionMonitor
from deadbutt_tray.platform.tray_host import TrayHostWatcher
from deadbutt_tray.ui.language import Translations
from deadbutt_tray.ui.shell import Shell
from deadbutt_tray.ui.text import (
    directional,
    idle_off_words,
    idle_source_in_use,
    level_suggestion_text,
    tr,
)
from deadbutt_tray.ui.tray import Features, Tray, status_text
from deadbutt_tray.ui.tray_icon import save_app_icon_png

log = logging.getLogger(__name__)

TICK_S = 10.0
FLUSH_EVERY_TICKS = 6  # retry held-back history writes about once a minute
# The open span is kept in state.toml on the tick (no timer of its own to wake the app).
CHECKPOINT_EVERY_TICKS = max(1, round(CHECKPOINT_EVERY_S / TICK_S))
PROGRAM_RETRY_MIN = 5  # the daily offer waits while a break, a prompt or a hold is on
FEATURES = Features(guided_break=True, summary=True, balance=True)


@dataclass
class AppConfig:
    """What the command line and files decided before the app is built."""

    paths: AppPaths
    settings: Settings  # as in config.toml (what the Settings dialog shows and saves)
    problems: list[Problem] = field(default_factory=list)
    overrides: Overrides = field(default_factory=Overrides)  # for this run only


class TrayApp(QObject):
    """The running app: heartbeat → engine → shell, history and notifications."""

    def __init__(
        self,
        config: AppConfig,
        instance: SingleInstance,
        clock: Clock | None = None,
        idle_source: IdleSource | None = None,
        *,
        fullscreen: FullscreenDetector | None = None,
        autostart: Autostart | None = None,
        tray_available: bool | None = None,
        notifications: Notifier | Literal["auto"] | None = "auto",
        tray_probe: Callable[[], bool] | None = None,
        translations: Translations | None = None,
    ) -> None:
        super().__init__()
        self.config = config
        self.paths = config.paths
        self.file_settings = config.settings
        # Before any window is built: they read their words when they are made.
        app = QCoreApplication.instance()
        assert app is not None
        self.translations = translations or Translations(app)
        self.translations.use(self.file_settings.language)
        self.clock = clock or SystemClock()
        self.instance = instance
        self.instance.handler = self.handle_command
        self.engine = SittingEngine(self.settings, self.clock, tick_s=TICK_S)
        self.idle_notes: list[str] = []
        if idle_source is None:
            idle_source, self.idle_notes = choose_idle_source(self.settings.idle_source)
            for note in self.idle_notes:
                log.info("idle detection: %s", note)
        self.idle: IdleSource = idle_source
        self.fullscreen = fullscreen or choose_fullscreen_detector()
        self.autostart = autostart or autostart_for_platform(self.paths.start_args())
        # config.toml is the user's too: hand edits apply while the app runs.
        self.settings_watch = FileWatch(self.paths.config_file, self)
        self.settings_watch.changed.connect(self.reload_settings)
        config_file = str(self.paths.config_file)
        self._told_settings = {str(p) for p in config.problems if p.file == config_file}
        self.library, library_problems = load_localized(
            resources_root(), self.paths.exercises_dir, self.translations.language
        )
        self.startup_problems = [*config.problems, *library_problems]
        self.state, state_problems = load_state(self.paths.state_file)
        for problem in state_problems:
            log.warning("state: %s", problem)
        self.store = HistoryStore(
            config.paths.history_dir,
            on_problem=self._problem,
            now=self.clock.now,
            device=self._device_id(),
        )
        self.session = SessionMonitor(self)
        self.session.sleeping.connect(self.engine.note_sleep)
        self.session.resumed.connect(self._on_resume)
        self.session.locked.connect(self.tick)  # away starts now, not at the next tick
        self.session.unlocked.connect(self.tick)
        if notifications == "auto":
            notifications = desktop_notifications(
                APP_NAME,
                APP_NAME,
                save_app_icon_png(self.paths.runtime_dir / f"{APP_NAME}.png"),
                DESKTOP_ID,
            )
        self.notifications = notifications
        available = Tray.available() if tray_available is None else tray_available
        self.shell = Shell(FEATURES, available, self.paths, self, notifications=notifications)
        # A tray host that comes later (a login race) or goes away; a forced answer
        # (tests) is not watched unless the test gives a probe.
        if tray_probe is None and tray_available is None:
            tray_probe = Tray.available
        self.tray_watcher = (
            TrayHostWatcher(available, tray_probe, self) if tray_probe is not None else None
        )
        if self.tray_watcher is not None:
            self.tray_watcher.changed.connect(self.shell.set_tray_available)
        self._connect_shell()
        self.scheduler = SafeQtScheduler(elapsed=self.clock.elapsed)
        self.manual_dnd = False
        self._presenting = False
        self._prompt_target: float | None = None  # elapsed time the prompt job is set for
        self._ticks = 0
        self._told_stuck: Text | None = None  # what was said of idle detection stuck
        self._stale_lock = StaleLock()
        self._quitting = False
        self._unwritable = ""  # why the data folder can't be written ('' if it can)
        self._told_unwritable: Text | None = None  # what was said of it
        self._warning = ""
        self._program_offered_on: date | None = None  # the day the daily program was offered

    @property
    def settings(self) -> Settings:
        """The settings in effect: the file's, with this run's --sit-limit if given."""
        return self.config.overrides.apply(self.file_settings)

    def _connect_shell(self) -> None:
        shell = self.shell
        shell.pause_requested.connect(self.pause)
        shell.resume_requested.connect(self.resume)
        shell.snooze_requested.connect(self.snooze)
        shell.skip_requested.connect(self.skip)
        shell.dnd_toggled.connect(self.set_do_not_disturb)
        shell.break_requested.connect(self.start_break)
        shell.break_finished.connect(self._break_finished)
        shell.pain_reported.connect(self._pain_reported)
        shell.balance_requested.connect(self.open_balance)
        shell.summary_requested.connect(self.open_summary)
        shell.summary_closed.connect(self._forget_old_months)
        shell.balance_recorded.connect(self._balance_recorded)
        shell.settings_requested.connect(self.open_settings)
        shell.settings_changed.connect(self.change_settings)
        shell.welcome_closed.connect(lambda: self._remember(welcome_seen=True))
        shell.hint_dismissed.connect(lambda: self._remember(no_tray_hint_seen=True))
        shell.quit_requested.connect(self.quit)
        shell.program_answered.connect(self._program_answered)

    # -- life cycle --------------------------------------------------------------------

    def _show_break_lengths(self) -> None:
        """The Guided break menu says how long the home and pre-run routines take."""
        level = Level(self.settings.level)
        self.shell.actions.set_break_lengths(
            menu_minutes(self.library, RoutineKind.HOME, level),
            menu_minutes(self.library, RoutineKind.PRE_RUN, level),
        )

    def start(self) -> None:
        self._show_break_lengths()
        self._schedule_program()
        self.scheduler.add_job(self.tick, "interval", seconds=TICK_S, id="tick")
        self.scheduler.start()
        if self.tray_watcher is not None:
            self.tray_watcher.start()
        log.info("session events: %s", ", ".join(self.session.start()) or "none available")
        self.shell.render(self.engine.status(), self.manual_dnd)
        self.shell.show(
            self.state.status_window_geometry, show_hint=not self.state.no_tray_hint_seen
        )
        log.info("started; tray available: %s", self.shell.tray is not None)
        if isinstance(self.idle, NullIdleSource):
            self._problem(idle_off_words(by_choice=self._idle_off_by_choice()))
        for problem in self.startup_problems:
            self._problem(problem)
        self._restore_pause()
        # A damaged month file is moved aside and reported now, not at the first save.
        self.store.verify(self.clock.now())
        self._recover_open_span()
        if not self.state.welcome_seen:
            self.shell.show_welcome(self.settings.sit_limit_min, self.paths.data_dir)
        self._check_data_folder()
        self._take_rescued()
        self.tick()

    def _recover_open_span(self) -> None:
        """Record the span that was open when the app last ended without quitting."""
        checkpoint = self.state.open_span
        if checkpoint is None:
            return
        recorded = self.store.records(checkpoint.start, checkpoint.end + timedelta(days=2))
        spans = recovered_spans(checkpoint, self.store.device, recorded)
        if spans and self.store.append_many(spans):
            log.info(
                "recorded the sitting span open at the last hard end: %s to %s",
                checkpoint.start.isoformat(timespec="seconds"),
                checkpoint.end.isoformat(timespec="seconds"),
            )
        if not self.store.pending:
            self._remember(open_span=None)

    def checkpoint(self) -> None:
        """Keep the open sitting span in the state file (once a minute, and when it ends)."""
        if self._quitting:
            return
        span = self.engine.open_span()
        device = self.store.device or ""
        value = None if span is None else OpenSpan(span.start, span.end, device)
        if value != self.state.open_span:
            self._remember(open_span=value)

    def _restore_pause(self) -> None:
        """A pause ("pause tomorrow") outlives a restart; one that ended meanwhile is dropped."""
        until = self.state.paused_until
        if until is None:
            return
        if self.engine.restore_pause(until):
            log.info("pause restored: until %s", until.isoformat(timespec="minutes"))
        else:
            self._remember(paused_until=None)

    def connect_session_end(self, qapp: QCoreApplication) -> None:
        """Save on every way a session ends, not only on our own Quit.

        ``aboutToQuit``: the event loop is ending for any reason (the session manager's
        "die" arrives as a Quit event, which ends the loop without asking us).
        ``commitDataRequest`` (XSMP / Windows logoff): save what is pending now, and ask
        not to be restarted by the session (start at login does that).
        """
        qapp.aboutToQuit.connect(self.quit)
        if isinstance(qapp, QGuiApplication):
            qapp.commitDataRequest.connect(self.commit_data)

    def commit_data(self, manager: QSessionManager) -> None:
        """The session is ending (maybe): everything pending goes to disk now."""
        log.info("session manager asks to save (commitDataRequest)")
        manager.setRestartHint(QSessionManager.RestartHint.RestartNever)
        self.store.flush()

    def save_at_once(self, why: str) -> None:
        """The display is gone and the process is about to end: record the open span.

        No window may be touched (the display connection is dead): only files. Closing
        the span twice records it once (a later quit finds no open span).
        """
        if self._quitting:
            return
        log.warning("%s: saving the open sitting span before the process ends", why)
        self.store.append_many(self.engine.shutdown())
        self.store.flush()
        self.instance.release()

    def quit(self) -> None:
        """Record the open sitting span, save everything, and leave."""
        if self._quitting:
            return
        self._quitting = True
        log.info("quitting")
        geometry = self.shell.window_geometry()
        # Windows first: a guided break still open ends (and is recorded) here, before
        # the open sitting span is.
        self.shell.hide()
        self.store.append_many(self.engine.shutdown())
        self.store.flush()
        if not self.store.pending:  # saved: the checkpoint has done its job
            self._remember(open_span=None)
        exit_code = self._rescue_held()
        if geometry:
            self._remember(status_window_geometry=geometry)
        if self.scheduler.running:
            self.scheduler.shutdown()
        if self.tray_watcher is not None:
            self.tray_watcher.stop()
        self.settings_watch.close()  # its watcher (an inotify instance) goes now
        for source in (self.idle, self.fullscreen, self.notifications):
            if source is not None:
                source.close()
        self.session.stop()
        self.instance.release()
        if exit_code:
            QCoreApplication.exit(exit_code)
        else:
            # quit(), not exit(0): exit() also stops event loops started after it (tests).
            QCoreApplication.quit()

    def _rescue_held(self) -> int:
        """Records the data folder would not take go to a rescue file elsewhere, which
        the next start adds to the history. The exit code: 1 only if they are lost."""
        if not self.store.pending:
            return 0
        count, why = self.store.pending, self.store.last_error
        try:
            where = write_rescue(self.paths.rescue_places, self.paths.data_dir, self.store.held())
        except OSError as error:
            log.error(
                "%d history records could not be saved and are lost (%s); no rescue file "
                "could be written either: %s",
                count,
                why,
                error.strerror or error,
            )
            return 1
        log.error(
            "%d history records could not be saved to %s (%s); they are kept in %s and "
            "will be added to the history at the next start",
            count,
            self.paths.history_dir,
            why,
            where,
        )
        return 0

    def _take_rescued(self) -> None:
        """Add what an earlier run could not save (its rescue file) to the history."""
        for path in rescue_files(self.paths.rescue_places, self.paths.data_dir):
            records, problems = read_rescue(path)
            for problem in problems:
                self._problem(problem)
            new = [record for record in records if not self._already_saved(record)]
            saved = self.store.append_many(new) if new else True
            if saved and not problems:
                remove_rescue(path)
            log.info(
                "rescue file %s: %d records, %d added to the history%s",
                path,
                len(records),
                len(new),
                "" if saved else " (held until the data folder can be written)",
            )

    def _already_saved(self, record: Record) -> bool:
        near = self.store.records(
            record.at - timedelta(seconds=1), record.at + timedelta(seconds=1)
        )
        return record in near

    def _check_data_folder(self) -> None:
        """Say at once (notice, and a badge until fixed) when records can't be saved."""
        was = self._unwritable
        self._unwritable = _unwritable_reason(self.paths.history_dir)
        if self._unwritable and not was:
            self._told_unwritable = words(
                "Can't save to the data folder {folder}: {reason}. Records are kept in memory, "
                "saved when it works again, and kept in a rescue file if the app quits first.",
                folder=str(self.paths.history_dir),
                reason=self._unwritable,  # the system's words
            )
            self._problem(self._told_unwritable)
        elif was and not self._unwritable:
            log.info("the data folder %s can be written again", self.paths.history_dir)
            if self._told_unwritable is not None:
                self.shell.problem_over(self._told_unwritable)  # its notice goes
        self._show_storage_warning()

    def _show_storage_warning(self) -> None:
        text = ""
        if self.store.pending:
            why = self.store.last_error
            text = why.say(tr) if why is not None else tr("History can't be saved for now.")
        elif self._unwritable:
            text = tr("Can't save to the data folder: {0}").format(self._unwritable)
        if text != self._warning:
            self._warning = text
            self.shell.set_warning(text)

    # -- heartbeat ---------------------------------------------------------------------

    def tick(self) -> None:
        """Sample idle time and let the engine decide."""
        if self._quitting:
            return
        self._ticks += 1
        self._update_do_not_disturb()
        idle = self.idle.seconds_idle()
        self._apply(self.engine.observe(idle, self._locked_now(idle)))
        self._report_stuck_idle_source()
        self.instance.check()  # the control socket's safety net rides on the tick
        if self._ticks % CHECKPOINT_EVERY_TICKS == 0:
            self.checkpoint()
        if self._ticks % FLUSH_EVERY_TICKS == 0:
            if self.store.pending:
                self.store.flush()
            if self._unwritable:
                self._check_data_folder()  # until it works again
        self._show_storage_warning()

    def _locked_now(self, idle: float | None) -> bool | None:
        """The session's lock state, with two corrections.

        A lock reported but never undone stops counting once real input follows it;
        an X11 screen saver that blanked or locked the screen counts as locked even
        when nothing said so on D-Bus (xscreensaver, ``xset s activate``).
        """
        locked = self.session.is_locked()
        if self._stale_lock.is_stale(locked, idle):
            self.session.assume_unlocked("input came after it and no unlock did")
            locked = False
        saver = getattr(self.idle, "screen_saver_active", None)
        if not locked and callable(saver) and saver():
            return True
        return locked

    def _update_do_not_disturb(self) -> None:
        """Prompts wait while a full-screen window is active, or by hand."""
        if self.settings.quiet_when_fullscreen:
            active = self.fullscreen.is_fullscreen_active()
            if active is not None:  # "can't tell this time" keeps what we knew
                self._presenting = active
        else:
            self._presenting = False
        wanted = self.manual_dnd or self._presenting
        if wanted != self.engine.policy.do_not_disturb:
            log.info("do not disturb %s", "on" if wanted else "off")
            self._apply(self.engine.set_do_not_disturb(wanted))

    def _report_stuck_idle_source(self) -> None:
        """Say once if idle detection turned out to read a constant (Wayland's classic)."""
        suspect = bool(getattr(self.idle, "suspect", False))
        if suspect and self._told_stuck is None:
            self._told_stuck = getattr(self.idle, "message", None) or words(
                "Idle detection is stuck."
            )
            self._problem(self._told_stuck)
        elif not suspect and self._told_stuck is not None:
            self.shell.problem_over(self._told_stuck)  # it reads input again: the notice goes
            self._told_stuck = None

    def _on_resume(self) -> None:
        log.info("resumed from sleep")
        self.scheduler.wakeup()
        self.tick()

    def _apply(self, step: Step | None) -> None:
        """Store what the engine recorded, show what it decided, plan the next check."""
        if step is None:
            return
        if step.records:
            self._store(step.records)
        if self._quitting:
            return
        if step.withdraw_prompt:
            self.shell.withdraw_prompt()
        if step.nudge is not None:
            self._show_nudge(step.nudge.kind, step.nudge.sat_for_s)
        self.shell.render(step.status, self.manual_dnd)
        self._plan_next_check(step)

    def _plan_next_check(self, step: Step) -> None:
        """Keep the "prompt" date job on the next moment a nudge could be due.

        Rescheduled only when that moment moves (each tick would otherwise re-add it);
        an immediate re-check that just produced nothing is left to the next tick, so
        nothing can spin.
        """
        wait = self.engine.seconds_to_next_check()
        if wait is not None and wait <= 0 and step.nudge is None:
            wait = None
        if wait is None:
            if self._prompt_target is not None and self.scheduler.get_job("prompt"):
                self.scheduler.remove_job("prompt")
            self._prompt_target = None
            return
        target = self.clock.elapsed() + wait
        if self._prompt_target is None or abs(target - self._prompt_target) > 1.0:
            self.scheduler.schedule_in("prompt", wait, self._prompt_due)
        self._prompt_target = target

    def _store(self, records: Sequence[Record]) -> None:
        self.store.append_many(records)
        self.checkpoint()  # a span ended: the open one starts anew
        self.shell.refresh_summary()

    def _prompt_due(self) -> None:
        self._prompt_target = None
        self._update_do_not_disturb()
        self._apply(self.engine.evaluate())

    def _show_nudge(self, kind: NudgeKind, sat_for_s: float) -> None:
        settings = self.settings
        if kind is NudgeKind.HEADS_UP:
            self.shell.notify(  # Words: said again if the language changes while shown
                words("Break coming up"), words("A short glute break is due soon."), 5, key="nudge"
            )
        else:
            # The prompt window is the notification: a tray balloon as well would say
            # the same thing twice, on top of it.
            self.shell.show_prompt(
                sat_for_s, self.engine.status(), settings, again=kind is NudgeKind.RENUDGE
            )
        log.info("nudge: %s after %.0f s sitting", kind, sat_for_s)

    # -- intents -----------------------------------------------------------------------

    def pause(self, minutes: int) -> None:
        until = self.engine.pause(None if minutes == 0 else float(minutes))
        log.info("paused until %s", until.isoformat(timespec="minutes"))
        self._remember(paused_until=until)
        self.shell.withdraw_prompt()
        self._apply(self.engine.evaluate())

    def resume(self) -> None:
        if self.state.paused_until is not None:
            self._remember(paused_until=None)
        self._apply(self.engine.resume())

    def snooze(self) -> None:
        step = self.engine.snooze()
        if step is None:
            status = self.engine.status()
            self.shell.show_prompt(status.sitting_s, status, self.settings)
            self.shell.notify(
                words("No more snoozes"),
                counted(
                    "You've snoozed %n time(s) in a row. Take the break or skip it.",
                    "",
                    self.settings.max_snoozes,
                ),
            )
            return
        self.shell.withdraw_prompt()
        self._apply(step)

    def skip(self) -> None:
        self.shell.withdraw_prompt()
        self._apply(self.engine.skip())

    def set_do_not_disturb(self, on: bool) -> None:
        self.manual_dnd = on
        self._update_do_not_disturb()
        self.shell.render(self.engine.status(), self.manual_dnd)

    def start_break(self, choice: str = DEFAULT_CHOICE) -> None:
        """Open a guided break: ``choice`` is a routine kind (at the user's level) or a
        routine id (core/content/routine_choice.py)."""
        settings = self.settings
        level = Level(settings.level)
        excluded = set(settings.excluded_exercises)
        try:
            routine = choose_routine(
                self.library, choice, level, excluded, turn=self._breaks_today()
            )
        except UnknownRoutineError as error:
            log.warning("%s", error)
            return
        exercises = self.library.routine_exercises(routine.id, excluded) if routine else ()
        if routine is None or not exercises:
            self.shell.notify(
                tr("No exercises to do"),
                directional(
                    tr(
                        "Every exercise of this routine is left out. Put some back in "
                        "Settings → Program → Left-out exercises."
                    )
                ),
            )
            return
        if self.shell.open_break(
            routine.id,
            routine.name,
            exercises,
            settings.sound,
            self.clock.elapsed,
            routine_kind=routine.kind.value,
        ):
            self.engine.begin_break()
            self.shell.render(self.engine.status(), self.manual_dnd)

    # -- the daily program time (core/rules/daily_program.py) -----------------------------

    def _schedule_program(self) -> None:
        """Keep the "program" cron job on the program time, or remove it when it is off."""
        fields = cron_fields(self.settings)
        if fields is None:
            for job_id in ("program", "program_again"):
                if self.scheduler.get_job(job_id):
                    self.scheduler.remove_job(job_id)
            return
        self.scheduler.schedule_daily(
            "program",
            self._program_due,
            hour=fields.hour,
            minute=fields.minute,
            day_of_week=fields.day_of_week,
        )

    def _program_due(self) -> None:
        """The program time came (or a late run after a sleep): offer once, same day only."""
        if self._quitting:
            return
        now = self.clock.now()
        if not may_offer(self.settings, now, self._program_offered_on):
            log.info("daily program: nothing to offer now (not today's time, or offered)")
            return
        self._program_offered_on = now.date()
        self._offer_program()

    def _offer_program(self) -> None:
        """Show the offer, or wait while a break, the sitting prompt or a hold is on."""
        now = self.clock.now()
        status = self.engine.status()
        busy = (
            self.shell.break_open()
            or self.shell.prompt.is_showing()
            or status.paused_until is not None
            or status.hold is Hold.DO_NOT_DISTURB
        )
        if busy:
            if offer_later(now, PROGRAM_RETRY_MIN) is not None:
                self.scheduler.schedule_in(
                    "program_again", PROGRAM_RETRY_MIN * 60, self._offer_program
                )
            return
        level = Level(self.settings.level)
        routine = choose_routine(self.library, "home", level, self.settings.excluded_exercises)
        if routine is None:
            return
        later = LATER_MIN if offer_later(now) is not None else None
        exercises = self.library.routine_exercises(routine.id, self.settings.excluded_exercises)
        if not exercises:
            return
        self.shell.show_program_offer(len(exercises), routine.minutes, later, self.settings)
        log.info("daily program: offered %s", routine.id)

    def _program_answered(self, answer: str) -> None:
        """Start, later or skip: started breaks record themselves; the others here."""
        if answer == "start":
            self.start_break("home")
            return
        now = self.clock.now()
        outcome = Outcome.SNOOZED if answer == "later" else Outcome.SKIPPED
        sat = round(self.engine.status().sitting_s)
        self._store([BreakRecord(now, outcome, sat, kind=RoutineKind.HOME.value)])
        wait = offer_later(now) if answer == "later" else None
        if wait is not None:
            self.scheduler.schedule_in("program_again", wait, self._offer_program)

    def _breaks_today(self) -> int:
        now = self.clock.now()
        midnight = local_at(now.date(), time(0), now)
        return completed_breaks(self.store.records(midnight, now + timedelta(seconds=1)))

    def _break_finished(self, result: BreakResult) -> None:
        self._apply(self.engine.end_break(result))
        if result.outcome is Outcome.COMPLETED:
            self._suggest_level()

    def _suggest_level(self) -> None:
        now = self.clock.now()
        since = level_window_start(self.state.level_since, now)
        records = self.store.records(since, now + timedelta(seconds=1))
        suggestion = next_level_suggestion(
            Level(self.settings.level), records, since, self.state.suggested_level
        )
        if suggestion is not None:
            self._remember(suggested_level=int(suggestion.to_level))
            self.shell.notify(
                tr("Ready for the next level?"), level_suggestion_text(suggestion), 15
            )

    def _pain_reported(self, record: PainRecord) -> None:
        self._store([record])
        self.settings_watch.check_now()  # a hand edit not yet noticed is applied first
        dialog = self.shell.settings_dialog()
        if dialog is not None and dialog.isVisible():
            dialog.flush()  # apply what the user typed there first, so it isn't lost
        excluded = add_exclusion(self.file_settings.excluded_exercises, record.exercise)
        self.change_settings(replace(self.file_settings, excluded_exercises=excluded))
        if dialog is not None and dialog.isVisible():
            dialog.set_settings(self.file_settings)  # or its next edit would put it back

    def open_balance(self) -> None:
        now = self.clock.now()
        history = [
            r
            for r in self.store.records(now - timedelta(days=730), now + timedelta(seconds=1))
            if isinstance(r, BalanceTestRecord)
        ]
        self._forget_old_months()  # two years parsed for a handful of balance records
        self.shell.open_balance(history, self.settings.age_range)

    def _forget_old_months(self) -> None:
        """Keep only the current month's parsed file in memory (appends go there)."""
        now = self.clock.now()
        dropped = self.store.forget_months(keep=[(now.year, now.month)])
        log.debug("history: %d parsed months dropped from memory", dropped)

    def _balance_recorded(self, record: BalanceTestRecord) -> None:
        self._store([record])

    def open_summary(self) -> None:
        from deadbutt_tray.core.rules.summary import week_loader

        # The system clock's offset is fixed at one moment; None means "this computer's
        # zone, DST included", which week boundaries need.
        zone = None if isinstance(self.clock, SystemClock) else self.clock.now().tzinfo
        view = DeviceView(self.store)  # all devices, until the window picks one
        load_week = week_loader(
            view,
            zone,
            lambda: self.settings.sit_limit_s,
            level=lambda: self.settings.level,
            now=self.clock.now,
        )
        self.shell.open_summary(
            load_week,
            lambda: self.clock.now().date(),
            devices=self.store.devices(),
            choose_device=lambda device: setattr(view, "device", device),
        )

    def open_settings(self) -> None:
        in_use = idle_source_in_use(
            None if isinstance(self.idle, NullIdleSource) else self.idle.name,
            by_choice=self._idle_off_by_choice(),
        )
        self.shell.open_settings(
            self.file_settings,
            idle_in_use=in_use,
            idle_notes=self.idle_notes,
            autostart=self.autostart,
            exercise_names={e.id: e.name for e in self.library.exercises.values()},
        )

    def _idle_off_by_choice(self) -> bool:
        """The user set ``idle_source = "none"``: no idle detection, on purpose."""
        return self.settings.idle_source == NONE

    def change_settings(self, settings: Settings) -> None:
        """The user changed settings in the app: save what changed, apply it at once.

        Only the keys that differ from the settings in use are written; the rest of
        config.toml stays as the user left it.
        """
        before = self.file_settings
        try:
            save_settings(self.paths.config_file, settings, before=before)
        except (OSError, SettingsError) as error:
            text = words("Settings apply now but could not be saved: {error}", error=str(error))
            dialog = self.shell.settings_dialog()
            if dialog is not None and dialog.isVisible():
                dialog.show_save_error(say(text, tr))
            else:
                self._problem(text)
        self.settings_watch.mark_seen()  # our own write is not a hand edit
        self._use_settings(settings)

    def reload_settings(self) -> None:
        """config.toml changed on disk: apply what is valid, say what is not.

        A value that can't be used keeps the one in use; the file is never rewritten.
        Each problem is told once (log, notification or the status window).
        """
        settings, problems = reload_settings(
            self.paths.config_file, self.paths.site_config_file, self.file_settings
        )
        told, now = self._told_settings, {str(p) for p in problems}
        # A file that can't be parsed hides its other problems; they are not news after.
        unparsed = any(not p.key for p in problems)
        self._told_settings = told | now if unparsed else now
        for problem in problems:
            if str(problem) not in told:
                self._problem(words("Settings file: {problem}", problem=problem))
        changed = changed_keys(self.file_settings, settings)
        if not changed:
            return
        log.info("config.toml edited: %s", ", ".join(
            f"{key} {getattr(self.file_settings, key)!r} -> {getattr(settings, key)!r}"
            for key in changed
        ))  # fmt: skip
        self._use_settings(settings)
        dialog = self.shell.settings_dialog()
        if dialog is not None and dialog.isVisible():
            dialog.set_settings(self.file_settings)

    def _use_settings(self, settings: Settings) -> None:
        if settings.level != self.file_settings.level:
            self._remember(level_since=self.clock.now())
        language_changed = settings.language != self.file_settings.language
        self.file_settings = settings
        if language_changed:
            self._change_language(settings.language)
        self._show_break_lengths()
        self._schedule_program()
        self._apply(self.engine.update_settings(self.settings))

    def _device_id(self) -> str:
        """This machine's device id: the history files it writes (made once, kept)."""
        device, known = device_id_for(self.state.device_ids, this_host())
        if known != self.state.device_ids:
            self._remember(device_ids=known)
        log.info("history device: %s", device)
        return device

    def _change_language(self, setting: str) -> None:
        """Load the new language: the tray menu and the open windows speak it at once
        (``Shell.language_changed``), a guided break or balance test in progress when
        it is next opened."""
        before = self.translations.language
        if self.translations.use(setting) == before:
            return
        self.library, _problems = load_localized(
            resources_root(), self.paths.exercises_dir, self.translations.language
        )
        self.shell.language_changed({e.id: e.name for e in self.library.exercises.values()})
        self.shell.render(self.engine.status(), self.manual_dnd)  # the status line's words
        self._warning = ""  # said again in the new language
        self._show_storage_warning()

    def _remember(self, **changes: Any) -> None:
        self.state = replace(self.state, **changes)
        try:
            save_state(self.paths.state_file, self.state)
        except OSError as error:
            log.warning("could not save app state: %s", error)

    def handle_command(self, command: Command) -> Reply:
        """A command from a later ``deadbutt-tray`` start (already checked by commands.py)."""
        match command:
            case Show():
                self.shell.present()
                self.shell.notify("deadbutt-tray", status_text(self.engine.status()), 5)
            case Break(routine=routine):
                choice = routine or DEFAULT_CHOICE
                try:
                    choose_routine(self.library, choice, Level(self.settings.level))
                except UnknownRoutineError as error:
                    return Reply(False, ErrorCode.BAD_ARGUMENT, str(error))
                QTimer.singleShot(0, lambda: self.start_break(choice))
            case Quit():
                QTimer.singleShot(0, self.quit)  # reply first, then quit
            case Pause(minutes=minutes):
                self.pause(minutes)
            case Resume():
                self.resume()
            case GetStatus():
                status = self.engine.status()
                return Reply(
                    ok=True, data=panel_fields(status, self.clock.now(), status_text(status))
                )
            case _:
                return Reply(False, ErrorCode.UNKNOWN_COMMAND, f"unknown command {command.NAME!r}")
        return Reply(ok=True)

    def _problem(self, text: Text | Problem) -> None:
        """Tell the user (in their language) and the log (in English)."""
        log.warning("%s", text)
        self.shell.notify(words("deadbutt-tray"), text, 15, key="problem")  # said there


def _unwritable_reason(folder: Path) -> str:
    """Why nothing can be saved in ``folder`` ('' if a file can be made there)."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
        with tempfile.TemporaryFile(dir=folder):
            pass
    except OSError as error:
        return error.strerror or str(error)
    return ""


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
