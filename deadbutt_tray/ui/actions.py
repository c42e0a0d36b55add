"""The app's commands as one set of ``QAction``s, shared by the tray menu and the status
window (the tray's stand-in on desktops without a tray).

Each command is defined here once: its words and keyboard mnemonic, whether it is
offered (the windows this build has, the current status) and the intent it emits. The
tray menu lists these actions; the status window shows them as buttons and a pause menu.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction

from deadbutt_tray.core.rules.engine import Status
from deadbutt_tray.ui.text import sitting_text, tr

__all__ = ["UNTIL_TOMORROW", "AppActions", "Features"]

UNTIL_TOMORROW = 0  # pause_requested(0) means "until tomorrow"


@dataclass(frozen=True)
class Features:
    """Windows that exist in this build; their actions are offered only then."""

    guided_break: bool = False
    summary: bool = False
    balance: bool = False


class AppActions(QObject):
    """Every command of the tray menu and the status window, and the intents they emit.

    ``features`` decides which window commands are offered; ``update(status)`` which of
    the others make sense now (resume only while paused, snooze only while a prompt with
    snoozes left is open).
    """

    pause_requested = Signal(int)  # minutes; UNTIL_TOMORROW for "until tomorrow"
    resume_requested = Signal()
    snooze_requested = Signal()
    dnd_toggled = Signal(bool)
    break_requested = Signal(str)  # a routine choice (core/content/routine_choice.py)
    summary_requested = Signal()
    balance_requested = Signal()
    settings_requested = Signal()
    about_requested = Signal()
    quit_requested = Signal()

    def __init__(self, parent: QObject | None = None, features: Features | None = None) -> None:
        super().__init__(parent)
        # "Guided break ▸": the desk micro-break, the home routine of the user's level and
        # the before-a-run routine (choices as in core/content/routine_choice.py).
        self.break_desk = self._action(lambda: self.break_requested.emit("desk-micro"))
        self.break_home = self._action(lambda: self.break_requested.emit("home"))
        self.break_pre_run = self._action(lambda: self.break_requested.emit("pre-run"))
        self.snooze = self._action(self.snooze_requested.emit)
        self.pause_30 = self._action(lambda: self.pause_requested.emit(30))
        self.pause_60 = self._action(lambda: self.pause_requested.emit(60))
        self.pause_tomorrow = self._action(lambda: self.pause_requested.emit(UNTIL_TOMORROW))
        self.resume = self._action(self.resume_requested.emit)
        self.do_not_disturb = QAction(self)
        self.do_not_disturb.setCheckable(True)
        self.do_not_disturb.toggled.connect(self.dnd_toggled.emit)
        self.summary = self._action(self.summary_requested.emit)
        self.balance = self._action(self.balance_requested.emit)
        self.settings = self._action(self.settings_requested.emit)
        self.about = self._action(self.about_requested.emit)
        self.quit = self._action(self.quit_requested.emit)
        self._break_minutes: tuple[float | None, float | None] | None = None  # not said yet
        self.retranslate()
        self.features = features or Features()
        self.set_features(self.features)
        self.update(None)

    def retranslate(self) -> None:
        """Each action's words in the current language (again after a language change)."""
        for action, text in (
            (self.break_desk, tr("&Desk micro-break")),
            (self.snooze, tr("S&nooze this break")),
            (self.pause_30, tr("Pause for &30 minutes")),
            (self.pause_60, tr("Pause for &1 hour")),
            (self.pause_tomorrow, tr("Pause until &tomorrow")),
            (self.resume, tr("&Resume")),
            (self.do_not_disturb, tr("&Do not disturb")),
            (self.summary, tr("&Weekly summary…")),
            (self.balance, tr("Ba&lance test…")),
            (self.settings, tr("Se&ttings…")),
            (self.about, tr("&About / safety note")),
            (self.quit, tr("&Quit")),
        ):
            action.setText(text)
        if self._break_minutes is None:
            self.break_home.setText(tr("&Home routine"))
            self.break_pre_run.setText(tr("Before a &run"))
        else:
            self.set_break_lengths(*self._break_minutes)

    @property
    def breaks(self) -> tuple[QAction, ...]:
        """The "Guided break" entries, in menu order."""
        return (self.break_desk, self.break_home, self.break_pre_run)

    def set_break_lengths(self, home_min: float | None, pre_run_min: float | None) -> None:
        """Say how long the home and before-a-run routines take (read from the routine
        files for the user's level); an entry without a routine is not offered."""
        self._break_minutes = (home_min, pre_run_min)
        for action, text, minutes in (
            (self.break_home, tr("&Home routine"), home_min),
            (self.break_pre_run, tr("Before a &run"), pre_run_min),
        ):
            if minutes is not None:
                text = tr("{0} ({1})").format(text, sitting_text(minutes * 60))
            action.setText(text)
            action.setEnabled(minutes is not None)

    @property
    def pauses(self) -> tuple[QAction, ...]:
        """The ways to pause, shortest first."""
        return (self.pause_30, self.pause_60, self.pause_tomorrow)

    def set_features(self, features: Features) -> None:
        """Offer the commands whose windows exist."""
        self.features = features
        for action in self.breaks:
            action.setVisible(features.guided_break)
        self.summary.setVisible(features.summary)
        self.balance.setVisible(features.balance)

    def update(self, status: Status | None, do_not_disturb: bool | None = None) -> None:
        """Offer what makes sense in ``status``; tick do-not-disturb without emitting."""
        self.resume.setEnabled(bool(status and status.paused_until))
        self.snooze.setVisible(
            status is not None and status.prompt_open and status.snoozes_left > 0
        )
        if do_not_disturb is not None and do_not_disturb != self.do_not_disturb.isChecked():
            self.do_not_disturb.blockSignals(True)
            try:
                self.do_not_disturb.setChecked(do_not_disturb)
            finally:
                self.do_not_disturb.blockSignals(False)

    def forward_to(self, target: QObject) -> None:
        """Connect each intent to ``target``'s signal of the same name (the windows keep
        their own signals, so callers and tests need not know this class)."""
        for name in (
            "pause_requested",
            "resume_requested",
            "snooze_requested",
            "dnd_toggled",
            "break_requested",
            "summary_requested",
            "balance_requested",
            "settings_requested",
            "about_requested",
            "quit_requested",
        ):
            if hasattr(target, name):
                getattr(self, name).connect(getattr(target, name))

    def _action(self, slot: Callable[[], object]) -> QAction:
        action = QAction(self)
        action.triggered.connect(lambda _checked=False: slot())
        return action
