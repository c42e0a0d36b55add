"""The tray icon and its menu. Renders status, emits intents; holds no rules."""

from __future__ import annotations

import sys
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QAction, QCursor, QIcon
from PySide6.QtWidgets import QMenu, QSystemTrayIcon

from deadbutt_tray.core.rules.engine import Status
from deadbutt_tray.core.rules.policy import Hold
from deadbutt_tray.core.rules.sitting import Presence
from deadbutt_tray.ui.tray_icon import IconMode, quantize, render_icon, tray_svg

UNTIL_TOMORROW = 0  # pause_requested(0) means "until tomorrow"


def tr(text: str) -> str:
    return QCoreApplication.translate("Tray", text)


def minutes(seconds: float) -> int:
    return max(0, round(seconds / 60))


def icon_mode(status: Status) -> IconMode:
    if status.presence in (Presence.AWAY, Presence.ON_BREAK):  # not sitting
        return IconMode.AWAY
    if status.paused_until is not None:
        return IconMode.PAUSED
    if status.prompt_open or status.due_in_s <= 0:
        return IconMode.DUE
    return IconMode.SITTING


def sitting_text(seconds: float) -> str:
    """How long someone sat, for people: "23 min", "1 h 5 min", "less than a minute"."""
    total = minutes(seconds)
    if seconds < 60:
        return tr("less than a minute")
    if total < 60:
        return tr("{0} min").format(total)
    return tr("{0} h {1} min").format(total // 60, total % 60)


def status_text(status: Status) -> str:
    """The tooltip, e.g. "Sitting for 23 min · next break in 7 min"."""
    if status.presence is Presence.AWAY:
        return tr("Away from the desk · sitting resets after a short break")
    if status.presence is Presence.ON_BREAK:
        return tr("On a break")
    sitting = tr("Sitting for {0}").format(sitting_text(status.sitting_s))
    if status.paused_until is not None:
        until = status.paused_until.strftime("%H:%M")
        return tr("{0} · paused until {1}").format(sitting, until)
    if status.hold is Hold.OUTSIDE_HOURS:
        return tr("{0} · outside working hours").format(sitting)
    if status.hold is Hold.DO_NOT_DISTURB:
        return tr("{0} · do not disturb").format(sitting)
    if status.due_in_s <= 0:
        return tr("{0} · break due now").format(sitting)
    return tr("{0} · next break in {1} min").format(sitting, max(1, minutes(status.due_in_s)))


@dataclass(frozen=True)
class Features:
    """Windows that exist in this build; their menu items appear only then."""

    guided_break: bool = False
    summary: bool = False
    balance: bool = False


class Tray(QObject):
    """The system-tray icon with its menu. Every action is in the menu, because tray
    hosts differ in what a left click does."""

    pause_requested = Signal(int)  # minutes; UNTIL_TOMORROW for "until tomorrow"
    resume_requested = Signal()
    snooze_requested = Signal()
    dnd_toggled = Signal(bool)
    break_requested = Signal()
    summary_requested = Signal()
    balance_requested = Signal()
    settings_requested = Signal()
    about_requested = Signal()
    quit_requested = Signal()

    def __init__(self, parent: QObject | None = None, features: Features = Features()) -> None:
        super().__init__(parent)
        # Python keeps references to the icon and its menu: PySide would otherwise let
        # them be collected and the icon would vanish from the panel.
        self.icon = QSystemTrayIcon(self)
        self.menu = QMenu()
        self.menu.aboutToShow.connect(self._rebuild_menu)
        self.icon.setContextMenu(self.menu)
        self.icon.activated.connect(self._on_activated)
        self.features = features
        self.do_not_disturb = False
        self._status: Status | None = None
        self._drawn: tuple[float, IconMode] | None = None
        self._rebuild_menu()

    def show(self) -> None:
        self.icon.show()

    def hide(self) -> None:
        self.icon.hide()

    @staticmethod
    def available() -> bool:
        return QSystemTrayIcon.isSystemTrayAvailable()

    def show_status(self, status: Status) -> None:
        """Show ``status`` in the icon and tooltip (re-drawn only when it changes)."""
        self._status = status
        mode = icon_mode(status)
        fraction = quantize(status.sitting_s / status.limit_s if status.limit_s else 1.0)
        if (fraction, mode) != self._drawn:
            self.icon.setIcon(render_icon(tray_svg(fraction, mode)))
            self._drawn = (fraction, mode)
        tip = f"deadbutt-tray\n{status_text(status)}"
        if tip != self.icon.toolTip():  # changes once a minute; each set may cost D-Bus
            self.icon.setToolTip(tip)

    def notify(self, title: str, text: str, seconds: int = 10) -> None:
        self.icon.showMessage(title, text, QIcon(self.icon.icon()), seconds * 1000)

    def _add(self, menu: QMenu, text: str, slot: object) -> QAction:
        action = menu.addAction(text)
        action.triggered.connect(slot)
        return action

    def _rebuild_menu(self) -> None:
        """Rebuilt on every show, so it always matches the current state."""
        status = self._status
        self.menu.clear()
        header = self.menu.addAction(status_text(status) if status else tr("Starting…"))
        header.setEnabled(False)
        self.menu.addSeparator()
        if self.features.guided_break:
            self._add(self.menu, tr("Start guided &break now"), self.break_requested.emit)
        pause = self.menu.addMenu(tr("&Snooze / Pause"))
        if status is not None and status.prompt_open and status.snoozes_left > 0:
            self._add(pause, tr("S&nooze this break"), self.snooze_requested.emit)
            pause.addSeparator()
        self._add(pause, tr("Pause for &30 minutes"), lambda: self.pause_requested.emit(30))
        self._add(pause, tr("Pause for &1 hour"), lambda: self.pause_requested.emit(60))
        self._add(
            pause, tr("Pause until &tomorrow"), lambda: self.pause_requested.emit(UNTIL_TOMORROW)
        )
        resume = self._add(pause, tr("&Resume"), self.resume_requested.emit)
        resume.setEnabled(bool(status and status.paused_until))
        dnd = self.menu.addAction(tr("&Do not disturb"))
        dnd.setCheckable(True)
        dnd.setChecked(self.do_not_disturb)
        dnd.toggled.connect(self.dnd_toggled.emit)
        self.menu.addSeparator()
        if self.features.summary:
            self._add(self.menu, tr("&Weekly summary…"), self.summary_requested.emit)
        if self.features.balance:
            self._add(self.menu, tr("Ba&lance test…"), self.balance_requested.emit)
        self._add(self.menu, tr("Se&ttings…"), self.settings_requested.emit)
        self._add(self.menu, tr("&About / safety note"), self.about_requested.emit)
        self.menu.addSeparator()
        self._add(self.menu, tr("&Quit"), self.quit_requested.emit)

    def _on_activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        # Left click opens the menu (the Windows and most Linux panels' convention; macOS
        # does it natively). Middle click and double click do nothing surprising.
        if reason is QSystemTrayIcon.ActivationReason.Trigger and sys.platform != "darwin":
            self.menu.popup(QCursor.pos())
