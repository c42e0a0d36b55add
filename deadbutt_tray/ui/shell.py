"""The app's windows in one place: tray (or the no-tray status window), prompt, dialogs.

The shell renders what it is given and re-emits what the user asks for. It decides
nothing about *when* or *whether* to nudge (that is ``core/``) and writes no files.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Mapping, Sequence
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QPoint, Qt, QTimer, Signal
from PySide6.QtWidgets import QWidget

from deadbutt_tray.core.model.exercises import Exercise
from deadbutt_tray.core.model.records import BalanceTestRecord, PainRecord
from deadbutt_tray.core.model.settings import Settings
from deadbutt_tray.core.rules.break_plan import BreakResult
from deadbutt_tray.core.rules.engine import Status
from deadbutt_tray.core.storage.paths import AppPaths
from deadbutt_tray.core.translatable import Sayable, counted, say, words
from deadbutt_tray.platform.autostart.base import Autostart
from deadbutt_tray.platform.notifications import Notifier
from deadbutt_tray.ui.actions import AppActions
from deadbutt_tray.ui.chime import Chime
from deadbutt_tray.ui.memory import MemoryReleaser
from deadbutt_tray.ui.prompt import PromptWindow
from deadbutt_tray.ui.status_window import StatusWindow, no_tray_hint
from deadbutt_tray.ui.text import sitting_text, tr
from deadbutt_tray.ui.tray import Features, Tray
from deadbutt_tray.ui.widgets import TITLE_BAR_PX, place_beside

if TYPE_CHECKING:
    from deadbutt_tray.core.rules.summary import Week, WeekSummary
    from deadbutt_tray.ui.break_dialog import BreakDialog
    from deadbutt_tray.ui.settings_dialog import SettingsDialog

# The dialogs are imported when first opened: most days a tray app only shows its icon,
# and each dialog module costs start-up time and memory. Each window is deleted when it
# closes (nothing of it stays resident), and then the memory it used is given back
# (``ui/memory.py``).

log = logging.getLogger(__name__)

WINDOW_MARGIN_PX = 12  # the status window's distance from the screen's corner on a first run
PROBLEM = "problem"  # the ``key`` of a notice about a problem (``TrayApp._problem``)
MAX_PROBLEMS = 3  # problems on screen at once, each its own notice; more are counted
MORE_PROBLEMS = f"{PROBLEM}: more"  # the key of the notice that counts them
RECENT_S = 60.0  # a desktop notification or balloon counts as on screen this long


def _problem_key(text: object) -> str:
    """The status window's key for a problem: the kind and its English words, so the same
    problem told twice (or in another language) is one notice."""
    return f"{PROBLEM}: {say(text)}"


class Shell(QObject):
    """Owns every window; forwards the user's intents as signals."""

    pause_requested = Signal(int)  # minutes; 0 = until tomorrow
    resume_requested = Signal()
    snooze_requested = Signal()
    skip_requested = Signal()
    dnd_toggled = Signal(bool)
    break_requested = Signal(str)  # a routine choice (core/content/routine_choice.py)
    balance_requested = Signal()
    summary_requested = Signal()
    settings_requested = Signal()
    quit_requested = Signal()
    settings_changed = Signal(Settings)
    break_finished = Signal(BreakResult)
    pain_reported = Signal(PainRecord)
    balance_recorded = Signal(BalanceTestRecord)
    program_answered = Signal(str)  # the daily program's offer: "start", "later" or "skip"
    welcome_closed = Signal()
    summary_closed = Signal()  # the history it read may be dropped
    hint_dismissed = Signal()

    def __init__(
        self,
        features: Features,
        tray_available: bool,
        paths: AppPaths,
        parent: QObject | None = None,
        *,
        notifications: Notifier | None = None,
    ) -> None:
        super().__init__(parent)
        self._paths = paths
        self.notifications = notifications
        self._features = features
        self.tray: Tray | None = None  # the tray icon, while there is a tray host
        self.window: StatusWindow | None = None  # the status window, once it was needed
        self._tray_icon: Tray | None = None  # kept while the host is away, to come back
        self._last: tuple[Status, bool] | None = None  # what render() showed last
        # One set of commands, shown by the tray menu or, without a tray, the status window.
        self.actions = AppActions(self, features)
        self._forward(self.actions)
        self.actions.snooze_requested.connect(self.snooze_requested)
        self.actions.dnd_toggled.connect(self.dnd_toggled)
        if tray_available:
            self.tray = self._make_tray()
        else:
            self._status_window()
        self.prompt = self._new_prompt()
        # The daily program's offer: a window of the prompt's shape, its own instance so
        # it never takes over a sitting prompt that is open.
        self.program_prompt = self._new_program_prompt()
        self.chime = Chime(self)
        self.memory = MemoryReleaser(self)
        self.break_dialog: BreakDialog | None = None
        self._finished_break: BreakDialog | None = None
        self._dialogs: dict[str, QWidget] = {}
        self._rebuilders: dict[str, Callable[[QWidget], QWidget]] = {}
        self._settings_args: dict[str, Any] = {}
        self._warning = ""
        # The status window's notices as they were told, by their key there (``Words``
        # said again in a new language).
        self._notices: dict[str, tuple[str | Sayable, str | Sayable]] = {}
        # Problems told outside the status window, by key: when (time.monotonic()).
        self._problems_told: dict[str, float] = {}
        self._more_problems = 0  # counted in the MORE_PROBLEMS notice

    def _new_program_prompt(self) -> PromptWindow:
        prompt = PromptWindow()
        prompt.setWindowTitle(tr("Daily program — deadbutt-tray"))
        prompt.setAccessibleName(tr("Daily program"))
        for signal, answer in (
            (prompt.start_requested, "start"),
            (prompt.snooze_requested, "later"),
            (prompt.skip_requested, "skip"),
        ):
            signal.connect(lambda answer=answer: self.program_answered.emit(answer))
        return prompt

    def _new_prompt(self) -> PromptWindow:
        prompt = PromptWindow()
        prompt.start_requested.connect(lambda: self.break_requested.emit("desk-micro"))
        prompt.snooze_requested.connect(self.snooze_requested)
        prompt.skip_requested.connect(self.skip_requested)
        return prompt

    def language_changed(self, exercise_names: Mapping[str, str] | None = None) -> None:
        """Another language was loaded: everything speaks it now.

        The tray menu retranslates its actions; the prompts not showing are made anew;
        the open windows whose whole state is what they show (the status window,
        Settings, the weekly summary, About, the welcome) are rebuilt in the new language
        where they are, just after this returns (the language may have been chosen in
        Settings itself). A guided break, the balance test and the pain check are
        activities in progress: they keep their language until they close.
        ``exercise_names`` are the exercises' names in the new language (Settings lists
        them).
        """
        self.actions.retranslate()
        if exercise_names is not None:
            self._settings_args["exercise_names"] = dict(exercise_names)
        if not self.prompt.isVisible():
            self.prompt.deleteLater()
            self.prompt = self._new_prompt()
        if not self.program_prompt.isVisible():
            self.program_prompt.deleteLater()
            self.program_prompt = self._new_program_prompt()
        QTimer.singleShot(0, self._rebuild_windows)

    def _rebuild_windows(self) -> None:
        """The open windows again, in the language now loaded, where they were."""
        self._rebuild_status_window()
        for name, rebuild in list(self._rebuilders.items()):
            old = self._dialogs.get(name)
            if old is None or not old.isVisible():
                continue
            flush = getattr(old, "flush", None)
            if callable(flush):
                flush()  # edits waiting for the debounce are applied, not lost
            where, focus = old.pos(), old.focusWidget()
            new = rebuild(old)
            old.blockSignals(True)  # not "closed" for the app: it is replaced
            old.close()
            old.deleteLater()
            del self._dialogs[name]
            self._show_single(name, new, rebuild)
            new.move(where)
            # The keyboard stays where it was (the language choice, in Settings).
            named = focus.objectName() if focus is not None else ""
            same = new.findChild(QWidget, named) if named else None
            if same is not None:
                same.setFocus()
        log.info("open windows rebuilt in the new language")

    def _rebuild_status_window(self) -> None:
        old = self.window
        if old is None:
            return
        visible, where, hide_on_close = old.isVisible(), old.pos(), old.hide_on_close
        hint = old.hint.isVisible()
        notices = old.notice_times_left()
        old.blockSignals(True)
        old.hide_on_close = True
        old.close()
        old.deleteLater()
        self.window = None
        new = self._status_window()
        new.hide_on_close = hide_on_close
        new.set_warning(self._warning)
        if hint:
            new.show_tray_hint(no_tray_hint())
        # The notices still up, in the new language: problems until dismissed, the rest
        # for the time they had left.
        self._notices = {key: self._notices[key] for key in notices if key in self._notices}
        for key, (title, text) in self._notices.items():  # in the order they were shown
            left = notices[key]
            new.show_notice(
                say(title, tr),
                say(text, tr),
                left,
                key=key,
                problem=left is None,
                tally=key == MORE_PROBLEMS,
            )
        if visible:
            new.move(where)
            new.show()

    def _forward(self, source: AppActions) -> None:
        source.pause_requested.connect(self.pause_requested)
        source.resume_requested.connect(self.resume_requested)
        source.quit_requested.connect(self.quit_requested)
        source.settings_requested.connect(self.settings_requested)
        source.balance_requested.connect(self.balance_requested)
        source.summary_requested.connect(self.summary_requested)
        source.break_requested.connect(self.break_requested)
        source.about_requested.connect(self._about_requested)

    def _make_tray(self) -> Tray:
        if self._tray_icon is None:
            self._tray_icon = Tray(self, self._features, actions=self.actions)
            self._tray_icon.window_requested.connect(self.open_status_window)
        return self._tray_icon

    def _status_window(self) -> StatusWindow:
        if self.window is None:
            features = self._features
            self.window = StatusWindow(
                show_break_action=features.guided_break,
                show_summary_action=features.summary,
                show_balance_action=features.balance,
                actions=self.actions,
            )
            self.window.hint_dismissed.connect(self.hint_dismissed)
            if self._last is not None:
                self.window.show_status(self._last[0])
        return self.window

    # -- presence --------------------------------------------------------------------

    def set_tray_available(self, available: bool) -> None:
        """A tray host appeared (the icon takes over) or went away (the window does)."""
        if available and self.tray is None:
            self.tray = self._make_tray()
            if self._last is not None:
                self.render(*self._last)
            self.tray.show()
            if self.window is not None:
                self.window.hide_on_close = True
                self.window.hide()
            log.info("tray host appeared: the icon takes over from the status window")
        elif not available and self.tray is not None:
            self.tray.hide()
            self.tray = None
            window = self._status_window()
            window.hide_on_close = False
            window.showNormal()
            log.info("tray host went away: the status window stands in")

    def open_status_window(self) -> None:
        """The status window on request (a tray click where no menu can pop up)."""
        window = self._status_window()
        window.hide_on_close = self.tray is not None
        window.present()

    def show(self, window_geometry: str = "", show_hint: bool = False) -> None:
        if self.tray is not None:
            self.tray.show()
            return
        assert self.window is not None
        if show_hint:
            self.window.show_tray_hint(no_tray_hint())
        if not window_geometry or not self.window.restore_geometry(window_geometry):
            # Placed by us, not centred by the window manager after it maps it, so the
            # first-run welcome can open beside it (show_welcome) instead of on top.
            # (Before the window manager frames it, the position is the window's own: leave
            # room above it for the title bar.)
            area = self.window.screen().availableGeometry()
            self.window.move(area.topLeft() + QPoint(WINDOW_MARGIN_PX, TITLE_BAR_PX))
        self.window.show()

    def hide(self) -> None:
        self.prompt.withdraw()
        self.program_prompt.withdraw()
        if self.tray is not None:
            self.tray.hide()
        for dialog in list(self._dialogs.values()):
            dialog.close()
        if self.break_dialog is not None:
            self.break_dialog.close()
        if self.window is not None:
            self.window.close()

    def window_geometry(self) -> str:
        return self.window.geometry_state() if self.window is not None else ""

    def present(self) -> None:
        """Bring the app forward (a second start asked for it)."""
        if self.break_dialog is not None and self.break_dialog.isVisible():
            self.break_dialog.raise_()
            self.break_dialog.activateWindow()
        elif self.prompt.is_showing():
            self.prompt.focus_prompt()
        elif self.window is not None:
            self.window.present()

    def render(self, status: Status, do_not_disturb: bool) -> None:
        self._last = (status, do_not_disturb)
        if self.tray is not None:
            self.tray.do_not_disturb = do_not_disturb
            self.tray.show_status(status)
        if self.window is not None:
            self.window.show_status(status)

    def set_warning(self, text: str) -> None:
        """Something needs the user until it is fixed ('' when it is): a badge on the
        icon and a line in its tooltip, or a standing line in the status window."""
        self._warning = text
        if self.tray is not None:
            self.tray.set_warning(text)
        if self.window is not None:
            self.window.set_warning(text)

    def notify(
        self, title: str | Sayable, text: str | Sayable, seconds: int = 10, key: str = ""
    ) -> None:
        """Every notification of the app goes through here.

        To the desktop's notification daemon when there is one (whatever the tray);
        without one, Qt's tray balloon, or the status window's notice when there is no
        tray either. ``key`` names the kind: a new notice of a kind replaces the last.
        In the status window, a ``"problem"`` stays until the user dismisses it or
        :meth:`problem_over` says so, above the routine notices, which never push it out;
        each problem is a kind of its own there (the same one told again is shown once).
        ``Words`` (and a ``Problem``) are said here in the user's language, and said again
        in the next one if the language changes while the status window shows them. Each
        notice is one log line saying where it went.
        """
        problem = key == PROBLEM
        shown = _problem_key(text) if problem else key
        if problem and self._crowded(shown):
            # Many at once (a folder of broken exercise files): one notice counts the rest.
            self._more_problems += 1
            shown, title = MORE_PROBLEMS, words("deadbutt-tray")
            text = counted(
                "%n more problem(s): the log has each of them, and deadbutt-tray check "
                "lists those in your files.",
                "",
                self._more_problems,
            )
        heading, body = say(title, tr), say(text, tr)
        if self.notifications is not None and self.notifications.send(
            heading, body, seconds, shown
        ):
            where = "desktop notification"
            if problem:
                self._problems_told[shown] = time.monotonic()
        elif self.tray is not None:
            self.tray.notify(heading, body, seconds)
            where = "tray balloon"
            if problem:
                self._problems_told[shown] = time.monotonic()
        else:
            assert self.window is not None
            self.window.show_notice(
                heading, body, seconds, key=shown, problem=problem, tally=shown == MORE_PROBLEMS
            )
            shown_now = self.window.notice_times_left()
            self._notices = {k: told for k, told in self._notices.items() if k in shown_now}
            self._notices[shown] = (title, text)
            where = "status window"
        log.info("notice (%s) by %s: %s", key or "-", where, body)

    def _crowded(self, key: str) -> bool:
        """Would the problem of ``key`` be one more than MAX_PROBLEMS on screen? (The
        same problem again is not more; nor is any once the others have gone.)"""
        now = time.monotonic()
        told = {k: at for k, at in self._problems_told.items() if now - at < RECENT_S}
        self._problems_told = told
        shown = set(self.window.notice_times_left()) if self.window is not None else set()
        on_screen = {k for k in (*told, *shown) if k.startswith(f"{PROBLEM}: ")}
        if MORE_PROBLEMS not in on_screen:
            self._more_problems = 0  # its notice was dismissed, or went
        on_screen.discard(MORE_PROBLEMS)
        return key not in on_screen and len(on_screen) >= MAX_PROBLEMS

    def problem_over(self, text: str | Sayable) -> None:
        """The problem told as ``text`` (``notify(..., key="problem")``) is over: its
        notice leaves the status window and the desktop (a tray balloon stays)."""
        if self.notifications is not None:
            self.notifications.withdraw(_problem_key(text))
        if self.window is not None:
            self.window.withdraw_notice(_problem_key(text))
        self._notices.pop(_problem_key(text), None)
        self._problems_told.pop(_problem_key(text), None)

    # -- the nudge -------------------------------------------------------------------

    def show_prompt(
        self, sat_for_s: float, status: Status, settings: Settings, *, again: bool = False
    ) -> None:
        """Show the prompt (``again``: the user ignored it; nudge the same window gently)."""
        anchor = self.tray.icon.geometry() if self.tray is not None else None
        left = max(0, status.snoozes_left)
        self.prompt.show_prompt(
            sat_for_s,
            settings.snooze_min,
            left > 0,
            left,
            snoozes_in_row=status.snoozes_in_row,
            anchor=anchor,
        )
        if again:
            self.prompt.renudge()
        self.chime.play(settings.volume, settings.sound)

    def withdraw_prompt(self) -> None:
        self.prompt.withdraw()

    def show_program_offer(
        self, exercises: int, minutes: float, later_min: int | None, settings: Settings
    ) -> None:
        """Offer the home routine (the daily program time): start, later or skip."""
        anchor = self.tray.icon.geometry() if self.tray is not None else None
        self.program_prompt.show_offer(
            tr("Time for your home routine ({0}).").format(sitting_text(minutes * 60)),
            tr(
                "Level {0}, %n exercise(s), some on the floor: a mat or a rug helps.",
                None,
                exercises,
            ).format(settings.level),
            start=tr("&Start home routine"),
            later=None
            if later_min is None
            else tr("&Later ({0})").format(sitting_text(later_min * 60)),
            skip=tr("S&kip today"),
            anchor=anchor,
        )
        self.chime.play(settings.volume, settings.sound)

    def break_open(self) -> bool:
        """Whether a guided break is on screen (not its finished page)."""
        return self.break_dialog is not None and self.break_dialog.isVisible()

    def program_offer_showing(self) -> bool:
        return self.program_prompt.is_showing()

    # -- dialogs ---------------------------------------------------------------------

    def open_break(
        self,
        routine_id: str,
        routine_name: str,
        exercises: Sequence[Exercise],
        sound: bool,
        clock: Callable[[], float],
        routine_kind: str = "",
    ) -> bool:
        """Open the guided break; False if one is already running (it is raised).

        ``clock`` is the app's suspend-aware counter, so the dialog notices a sleep;
        ``routine_kind`` goes into the break record."""
        self.prompt.withdraw()
        if self.break_dialog is not None and self.break_dialog.isVisible():
            self.break_dialog.raise_()
            self.break_dialog.activateWindow()
            return False
        if self._finished_break is not None:
            self._finished_break.close()
            self._finished_break = None

        def chime_step() -> None:
            self.chime.play(40, True)

        on_step: Callable[[], None] | None = chime_step if sound else None
        from deadbutt_tray.ui.break_dialog import BreakDialog

        dialog = BreakDialog(
            routine_name,
            exercises,
            routine_id=routine_id,
            routine_kind=routine_kind,
            on_step=on_step,
            clock=clock,
        )
        self._delete_on_close(dialog, lambda: self._forget_break(dialog))
        dialog.finished.connect(self._on_break_finished)
        dialog.pain_reported.connect(self.pain_reported)
        self.break_dialog = dialog
        dialog.show()
        dialog.raise_()
        dialog.activateWindow()
        return True

    def _on_break_finished(self, result: object) -> None:
        # The dialog stays up on its "well done" page until the user closes it.
        dialog, self.break_dialog = self.break_dialog, None
        if dialog is not None:
            self._finished_break = dialog
        self.break_finished.emit(result)

    def open_summary(
        self,
        load_week: Callable[[Week], WeekSummary],
        today: Callable[[], date],
        devices: Sequence[str] = (),
        choose_device: Callable[[str | None], None] | None = None,
    ) -> None:
        existing = self._dialogs.get("summary")
        if existing is not None and existing.isVisible():
            self._raise(existing)
            return
        from deadbutt_tray.ui.summary_window import SummaryWindow

        def make(week: Week | None = None) -> SummaryWindow:
            window = SummaryWindow(
                load_week, today, week=week, devices=devices, choose_device=choose_device
            )
            window.destroyed.connect(self.summary_closed)
            return window

        self._show_single("summary", make(), lambda old: make(old.week))  # type: ignore[attr-defined]

    def refresh_summary(self) -> None:
        """New records arrived: an open summary shows them."""
        window = self._dialogs.get("summary")
        if window is not None and window.isVisible():
            window.refresh()  # type: ignore[attr-defined]

    def _forget_break(self, dialog: BreakDialog) -> None:
        if self.break_dialog is dialog:
            self.break_dialog = None
        if self._finished_break is dialog:
            self._finished_break = None

    def open_balance(self, history: Sequence[BalanceTestRecord], age_range: str | None) -> None:
        from deadbutt_tray.ui.balance_dialog import BalanceTestDialog

        dialog = BalanceTestDialog(history=history, age_range=age_range or None)
        dialog.recorded.connect(self.balance_recorded)
        self._show_single("balance", dialog)

    def open_settings(
        self,
        settings: Settings,
        *,
        idle_in_use: str,
        idle_notes: list[str],
        autostart: Autostart,
        exercise_names: Mapping[str, str] = {},
    ) -> SettingsDialog:
        from deadbutt_tray.ui.settings_dialog import SettingsDialog

        existing = self._dialogs.get("settings")
        if isinstance(existing, SettingsDialog) and existing.isVisible():
            existing.set_settings(settings)
            self._raise(existing)
            return existing
        self._settings_args = {
            "idle_in_use": idle_in_use,
            "idle_notes": idle_notes,
            "autostart": autostart,
            "exercise_names": exercise_names,
        }

        def make(settings: Settings) -> SettingsDialog:
            dialog = SettingsDialog(settings, **self._settings_args)
            dialog.settings_changed.connect(self.settings_changed)
            return dialog

        dialog = make(settings)
        self._show_single("settings", dialog, lambda old: make(old.settings()))  # type: ignore[attr-defined]
        return dialog

    def settings_dialog(self) -> SettingsDialog | None:
        dialog = self._dialogs.get("settings")
        if dialog is None:
            return None
        from deadbutt_tray.ui.settings_dialog import SettingsDialog

        return dialog if isinstance(dialog, SettingsDialog) else None

    def _about_requested(self) -> None:
        from deadbutt_tray.ui.about import AboutDialog

        self._show_single("about", AboutDialog(self._paths), lambda _old: AboutDialog(self._paths))

    def show_welcome(self, sit_limit_min: float, data_dir: Path) -> None:
        from deadbutt_tray.ui.welcome import WelcomeDialog

        def make() -> WelcomeDialog:
            dialog = WelcomeDialog(sit_limit_min, data_dir)
            dialog.finished.connect(lambda _code: self.welcome_closed.emit())
            return dialog

        dialog = make()
        if self.window is not None and self.window.isVisible():
            # No tray: the status window is the app's face; the welcome must not hide it.
            place_beside(dialog, self.window, move_other=True)
        self._show_single("welcome", dialog, lambda _old: make())

    def _show_single(
        self, name: str, dialog: QWidget, rebuild: Callable[[QWidget], QWidget] | None = None
    ) -> None:
        """One window of each kind: a second request raises the open one. ``rebuild``
        makes the window anew from the open one (in another language)."""
        existing = self._dialogs.get(name)
        if existing is not None and existing.isVisible():
            dialog.deleteLater()
            self._raise(existing)
            return
        if existing is not None:
            existing.deleteLater()
        self._dialogs[name] = dialog
        if rebuild is not None:
            self._rebuilders[name] = rebuild
        else:
            self._rebuilders.pop(name, None)
        self._delete_on_close(dialog, lambda: self._forget(name, dialog))
        dialog.show()
        self._raise(dialog)

    def _forget(self, name: str, dialog: QWidget) -> None:
        if self._dialogs.get(name) is dialog:
            del self._dialogs[name]

    def _delete_on_close(self, window: QWidget, forget: Callable[[], None]) -> None:
        """Closing ``window`` deletes it; then the shell forgets it and gives memory back."""
        window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        window.destroyed.connect(forget)
        window.destroyed.connect(self.memory.request)

    @staticmethod
    def _raise(widget: QWidget) -> None:
        widget.raise_()
        widget.activateWindow()
