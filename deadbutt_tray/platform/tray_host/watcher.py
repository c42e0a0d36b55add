"""Notices when a system-tray host appears or goes away while the app runs.

At login the app may start a few seconds before the panel; a panel may restart or be
removed. Qt answers "is there a tray now?" (``QSystemTrayIcon.isSystemTrayAvailable``:
the StatusNotifierWatcher on D-Bus, else the XEmbed selection owner on X11) but never
says when the answer changes. Both hosts announce themselves, though, so the app is told
instead of asking (each look is a D-Bus round trip: a dozen wake-ups of an idle app):

* ``org.kde.StatusNotifierWatcher`` coming or going on the session bus
  (``QDBusServiceWatcher``);
* on X11, the owner of the ``_NET_SYSTEM_TRAY_S<screen>`` selection set, destroyed or
  gone (XFixes, ``x11.py``).

After either, it looks (following a short settling delay). Where neither can be
watched (no session bus and no X11, or X11 without XFixes) it looks every few seconds
while there is no tray, less often while there is one.

A tray that goes away must stay gone for two looks in a row before it counts (a panel
restarting takes a second or two); one that appears counts at once. After a first look
that finds it gone, the second comes after ``poll_ms``.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable
from typing import Literal, Protocol

from PySide6.QtCore import QObject, QTimer, Signal, SignalInstance
from PySide6.QtDBus import QDBusConnection, QDBusServiceWatcher
from PySide6.QtGui import QGuiApplication

log = logging.getLogger(__name__)

SNI_WATCHER = "org.kde.StatusNotifierWatcher"
POLL_MS = 5000  # while there is no tray (when polling), and the second look at a tray gone
PRESENT_POLL_MS = 15_000  # polling while there is one: a loss is noticed within 20 s
SETTLE_MS = 700  # after an event: the host registers with the watcher, or embeds


class SelectionWatch(Protocol):
    """What the watcher needs of ``x11.TraySelectionWatch`` (tests give their own)."""

    @property
    def changed(self) -> SignalInstance: ...
    def close(self) -> None: ...


def qt_x11_display() -> str | None:
    """The X display the app's Qt runs on, or None when it is not X11 (Wayland, offscreen,
    Windows, macOS)."""
    if QGuiApplication.platformName() != "xcb":
        return None
    return os.environ.get("DISPLAY") or None


def open_selection_watch(display: str, parent: QObject) -> SelectionWatch | None:
    from deadbutt_tray.platform.tray_host.x11 import TraySelectionWatch

    return TraySelectionWatch.open(display, parent)


class TrayHostWatcher(QObject):
    """Emits ``changed(available)`` when a tray host appears or disappears.

    ``probe`` answers whether there is a tray now (``Tray.available`` in the app; tests
    pass their own). ``x11`` is where XEmbed hosts are watched: ``"auto"`` (Qt's own
    display when Qt runs on X11), ``None`` (not on X11) or a watch (tests). Call
    :meth:`start` once the app runs, :meth:`stop` when it quits.
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
        x11: SelectionWatch | Literal["auto"] | None = "auto",
    ) -> None:
        super().__init__(parent)
        self.available = available
        self._probe = probe
        self._gone_looks = 0
        self._poll_ms = poll_ms
        self._present_poll_ms = present_poll_ms
        self._running = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)  # re-armed after each look, when a look is due
        self._timer.timeout.connect(self.check)
        self._settle = QTimer(self)
        self._settle.setSingleShot(True)
        self._settle.setInterval(SETTLE_MS)
        self._settle.timeout.connect(self.check)
        self._bus = bus
        self._x11_choice = x11
        self._x11: SelectionWatch | None = None
        self._dbus_watch: QDBusServiceWatcher | None = None
        self.told = False  # events cover every kind of host here: no polling

    @property
    def next_look_ms(self) -> int | None:
        """How long until the next look; None when only an event brings one."""
        if self._gone_looks:
            return self._poll_ms  # the second look at a tray that seems gone
        if self.told:
            return None
        return self._present_poll_ms if self.available else self._poll_ms

    def start(self) -> None:
        self._running = True
        bus_watched = self._watch_bus()
        on_x11, x11_watched = self._watch_x11()
        # On X11 an XEmbed host needs the selection watch (a StatusNotifier host can only
        # come over a bus, which is then watched too); elsewhere only the bus brings one.
        self.told = x11_watched if on_x11 else bus_watched
        log.info(
            "tray host: %s",
            "told by events"
            if self.told
            else f"looked at every {self._poll_ms // 1000} s "
            f"({self._present_poll_ms // 1000} s while there is one)",
        )
        self._arm()

    def _watch_bus(self) -> bool:
        bus = self._bus if self._bus is not None else QDBusConnection.sessionBus()
        if not bus.isConnected():
            return False
        self._dbus_watch = QDBusServiceWatcher(
            SNI_WATCHER,
            bus,
            QDBusServiceWatcher.WatchModeFlag.WatchForRegistration
            | QDBusServiceWatcher.WatchModeFlag.WatchForUnregistration,
            self,
        )
        self._dbus_watch.serviceRegistered.connect(self._soon)
        self._dbus_watch.serviceUnregistered.connect(self._soon)
        return True

    def _watch_x11(self) -> tuple[bool, bool]:
        """(whether the app is on X11, whether the tray selection is watched)."""
        choice = self._x11_choice
        if choice is None:
            return False, False
        if choice == "auto":
            display = qt_x11_display()
            if display is None:
                return False, False
            self._x11 = open_selection_watch(display, self)
        else:
            self._x11 = choice
        if self._x11 is None:
            return True, False
        self._x11.changed.connect(lambda: self._soon("the X11 tray selection owner"))
        return True, True

    def stop(self) -> None:
        self._running = False
        self._timer.stop()
        self._settle.stop()
        if self._dbus_watch is not None:
            self._dbus_watch.deleteLater()
            self._dbus_watch = None
        if self._x11 is not None:
            self._x11.close()
            self._x11 = None

    def _soon(self, what: str) -> None:
        log.info("%s changed", what)
        if self._running:
            self._settle.start()

    def check(self) -> None:
        """Look now; emit ``changed`` if the answer moved (a loss only on the second look)."""
        self._look()
        if self._running:
            self._arm()

    def _arm(self) -> None:
        wait = self.next_look_ms
        if wait is None:
            self._timer.stop()
        else:
            self._timer.start(wait)

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
