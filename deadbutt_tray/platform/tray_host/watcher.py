"""Notices when a system-tray host appears or goes away while the app runs.

At login the app may start a few seconds before the panel; a panel may restart or be
removed. Qt answers "is there a tray now?" (``QSystemTrayIcon.isSystemTrayAvailable``:
the XEmbed selection owner on X11, the StatusNotifierWatcher on D-Bus) but never says
when the answer changes. So: ask every few seconds while there is no tray, less often
while there is one (each look is a D-Bus round trip: a dozen wake-ups of an idle app),
and at once (after a short settling delay) when ``org.kde.StatusNotifierWatcher`` comes or
goes on the session bus.

A tray that goes away must stay gone for two looks in a row before it counts (a panel
restarting takes a second or two); one that appears counts at once. After a first look
that finds it gone, the second comes at the quick pace.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtDBus import QDBusConnection, QDBusServiceWatcher

log = logging.getLogger(__name__)

SNI_WATCHER = "org.kde.StatusNotifierWatcher"
POLL_MS = 5000  # while there is no tray, and for the second look at a tray gone
PRESENT_POLL_MS = 15_000  # while there is one: a loss is noticed within 20 s
SETTLE_MS = 700  # after the watcher shows up, the host registers with it


class TrayHostWatcher(QObject):
    """Emits ``changed(available)`` when a tray host appears or disappears.

    ``probe`` answers whether there is a tray now (``Tray.available`` in the app; tests
    pass their own). Call :meth:`start` once the app runs, :meth:`stop` when it quits.
    """

    changed = Signal(bool)

    def __init__(
        self,
        available: bool,
        probe: Callable[[], bool],
        parent: QObject | None = None,
        *,
        poll_ms: int = POLL_MS,
        present_poll_ms: int = PRESENT_POLL_MS,
        bus: QDBusConnection | None = None,
    ) -> None:
        super().__init__(parent)
        self.available = available
        self._probe = probe
        self._gone_looks = 0
        self._poll_ms = poll_ms
        self._present_poll_ms = present_poll_ms
        self._running = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)  # re-armed after each look, at the pace it calls for
        self._timer.timeout.connect(self.check)
        self._bus = bus
        self._dbus_watch: QDBusServiceWatcher | None = None

    @property
    def next_look_ms(self) -> int:
        """How long until the next look: quick while there is no tray or one looks gone."""
        if self.available and self._gone_looks == 0:
            return self._present_poll_ms
        return self._poll_ms

    def start(self) -> None:
        self._running = True
        self._timer.start(self.next_look_ms)
        bus = self._bus if self._bus is not None else QDBusConnection.sessionBus()
        if bus.isConnected():
            self._dbus_watch = QDBusServiceWatcher(
                SNI_WATCHER,
                bus,
                QDBusServiceWatcher.WatchModeFlag.WatchForRegistration
                | QDBusServiceWatcher.WatchModeFlag.WatchForUnregistration,
                self,
            )
            self._dbus_watch.serviceRegistered.connect(self._soon)
            self._dbus_watch.serviceUnregistered.connect(self._soon)

    def stop(self) -> None:
        self._running = False
        self._timer.stop()
        if self._dbus_watch is not None:
            self._dbus_watch.deleteLater()
            self._dbus_watch = None

    def _soon(self, service: str) -> None:
        log.info("%s changed on the session bus", service)
        QTimer.singleShot(SETTLE_MS, self.check)

    def check(self) -> None:
        """Look now; emit ``changed`` if the answer moved (a loss only on the second look)."""
        self._look()
        if self._running:
            self._timer.start(self.next_look_ms)

    def _look(self) -> None:
        now = bool(self._probe())
        if now == self.available:
            self._gone_looks = 0
            return
        if not now:
            self._gone_looks += 1
            if self._gone_looks < 2:
                return
        self._gone_looks = 0
        self.available = now
        log.info("system tray %s", "appeared" if now else "went away")
        self.changed.emit(now)
