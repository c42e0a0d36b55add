"""The tray icon and its menu. Renders status, emits intents; holds no rules."""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QCursor, QGuiApplication, QIcon
from PySide6.QtWidgets import QMenu, QSystemTrayIcon

from deadbutt_tray.core.rules.engine import Status
from deadbutt_tray.core.rules.policy import Hold
from deadbutt_tray.core.rules.sitting import Presence
from deadbutt_tray.ui.actions import AppActions, Features

__all__ = ["Features", "Tray", "icon_mode", "status_text"]
from deadbutt_tray.ui.text import sitting_text, time_of_day, tr, whole_minutes
from deadbutt_tray.ui.tray_icon import IconMode, quantize, render_icon, tray_svg


def icon_mode(status: Status) -> IconMode:
    if status.presence in (Presence.AWAY, Presence.ON_BREAK):  # not sitting
        return IconMode.AWAY
    if status.paused_until is not None:
        return IconMode.PAUSED
    if status.prompt_open or status.due_in_s <= 0:
        return IconMode.DUE
    return IconMode.SITTING


def status_text(status: Status) -> str:
    """The tooltip, e.g. "Sitting for 23 min · next break in 7 min"."""
    if status.presence is Presence.AWAY:
        return tr("Away from the desk · sitting resets after a short break")
    if status.presence is Presence.ON_BREAK:
        return tr("On a break")
    sitting = tr("Sitting for {0}").format(sitting_text(status.sitting_s))
    if status.paused_until is not None:
        until = time_of_day(status.paused_until)
        return tr("{0} · paused until {1}").format(sitting, until)
    if status.hold is Hold.OUTSIDE_HOURS:
        return tr("{0} · outside working hours").format(sitting)
    if status.hold is Hold.DO_NOT_DISTURB:
        return tr("{0} · do not disturb").format(sitting)
    if status.due_in_s <= 0:
        return tr("{0} · break due now").format(sitting)
    return tr("{0} · next break in {1} min").format(sitting, max(1, whole_minutes(status.due_in_s)))


class Tray(QObject):
    """The system-tray icon with its menu. Every action is in the menu, because tray
    hosts differ in what a left click does."""

    pause_requested = Signal(int)  # minutes; UNTIL_TOMORROW for "until tomorrow"
    resume_requested = Signal()
    snooze_requested = Signal()
    dnd_toggled = Signal(bool)
    break_requested = Signal(str)  # a routine choice
    summary_requested = Signal()
    balance_requested = Signal()
    settings_requested = Signal()
    about_requested = Signal()
    quit_requested = Signal()
    window_requested = Signal()  # a click where the host can't show our menu

    def __init__(
        self,
        parent: QObject | None = None,
        features: Features | None = None,
        actions: AppActions | None = None,
        *,
        menu_can_pop_up: bool | None = None,
    ) -> None:
        super().__init__(parent)
        # The shared commands (ui/actions.py); the app's shell passes its own set.
        if actions is None:
            actions = AppActions(self, features or Features())
        self.commands = actions
        self.commands.forward_to(self)
        # Python keeps references to the icon and its menu: PySide would otherwise let
        # them be collected and the icon would vanish from the panel.
        self.icon = QSystemTrayIcon(self)
        self.menu = QMenu()
        self.pause_menu = QMenu(tr("&Snooze / Pause"), self.menu)
        self.break_menu = QMenu(tr("Guided &break"), self.menu)
        self.menu.aboutToShow.connect(self._refresh_menu)
        self.icon.setContextMenu(self.menu)
        self.icon.activated.connect(self._on_activated)
        self.do_not_disturb = False
        # On Wayland a client can't pop a menu up at the pointer ("Failed to create
        # grabbing popup"), and hosts such as swaybar don't show the exported menu: a
        # click there opens the status window, which has every action.
        if menu_can_pop_up is None:
            menu_can_pop_up = not QGuiApplication.platformName().startswith("wayland")
        self.menu_can_pop_up = menu_can_pop_up
        self._status: Status | None = None
        self._drawn: tuple[float, IconMode, bool] | None = None
        self.warning = ""  # something needs the user (records can't be saved): badge + tip
        self._build_menu()
        self._refresh_menu()

    def show(self) -> None:
        self.icon.show()

    def hide(self) -> None:
        self.icon.hide()

    @staticmethod
    def available() -> bool:
        return QSystemTrayIcon.isSystemTrayAvailable()

    def set_warning(self, text: str) -> None:
        """Show (``text``) or clear ('') the warning badge and its line in the tooltip."""
        self.warning = text
        if self._status is not None:
            self.show_status(self._status)

    def show_status(self, status: Status) -> None:
        """Show ``status`` in the icon and tooltip (re-drawn only when it changes)."""
        self._status = status
        mode = icon_mode(status)
        fraction = quantize(status.sitting_s / status.limit_s if status.limit_s else 1.0)
        drawn = (fraction, mode, bool(self.warning))
        if drawn != self._drawn:
            self.icon.setIcon(render_icon(tray_svg(fraction, mode, warning=bool(self.warning))))
            self._drawn = drawn
        text = status_text(status)
        tip = f"deadbutt-tray\n{text}"
        if self.warning:
            tip += f"\n⚠ {self.warning}"
        if tip != self.icon.toolTip():  # changes once a minute; each set may cost D-Bus
            self.icon.setToolTip(tip)
            # The menu's first line too: a StatusNotifierItem host (Xfce, KDE) lays the
            # exported menu out before our aboutToShow can change it, and would cut a
            # line that grew there.
            self.header.setText(text)

    def notify(self, title: str, text: str, seconds: int = 10) -> None:
        self.icon.showMessage(title, text, QIcon(self.icon.icon()), seconds * 1000)

    def _build_menu(self) -> None:
        """The menu, built once from the shared actions; what is not offered is hidden."""
        actions = self.commands
        self.header = self.menu.addAction(tr("Starting…"))
        self.header.setEnabled(False)
        self.menu.addSeparator()
        self.break_menu.addActions(list(actions.breaks))
        self.menu.addMenu(self.break_menu)
        # A separator with nothing above it is collapsed, so none shows without snooze.
        self.pause_menu.addAction(actions.snooze)
        self.pause_menu.addSeparator()
        self.pause_menu.addActions([*actions.pauses, actions.resume])
        self.menu.addMenu(self.pause_menu)
        self.menu.addAction(actions.do_not_disturb)
        self.menu.addSeparator()
        self.menu.addActions([actions.summary, actions.balance, actions.settings, actions.about])
        self.menu.addSeparator()
        self.menu.addAction(actions.quit)

    def _refresh_menu(self) -> None:
        """On every show, so the menu always matches the current state."""
        status = self._status
        self.header.setText(status_text(status) if status else tr("Starting…"))
        self.commands.update(status, self.do_not_disturb)
        self.break_menu.menuAction().setVisible(self.commands.features.guided_break)

    def _on_activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        # Left click opens the menu (the Windows and most Linux panels' convention; macOS
        # does it natively). Middle click and double click do nothing surprising. Where
        # no menu can pop up, left click (and a right click the host passes on to us)
        # opens the status window instead.
        reasons = QSystemTrayIcon.ActivationReason
        if not self.menu_can_pop_up and reason in (reasons.Trigger, reasons.Context):
            self.window_requested.emit()
        elif reason is reasons.Trigger and sys.platform != "darwin":
            self.menu.popup(QCursor.pos())
