"""Screen lock and system sleep, from D-Bus, as four Qt signals.

Sources, all optional (a missing bus or service only means fewer signals):

* system bus, logind: ``org.freedesktop.login1.Manager.PrepareForSleep(bool)``
  (true before sleep, false after resume); on our session object, the ``Lock`` and
  ``Unlock`` signals and the ``LockedHint`` property (through ``PropertiesChanged``).
* session bus: ``ActiveChanged(bool)`` of ``org.freedesktop.ScreenSaver`` (KDE and
  others), ``org.gnome.ScreenSaver`` (GNOME), ``org.mate.ScreenSaver`` (MATE),
  ``org.cinnamon.ScreenSaver`` (Cinnamon) and ``org.xfce.ScreenSaver``
  (xfce4-screensaver).

Connection code (:meth:`SessionMonitor.start`) is kept apart from the translation
slots (``on_*``), which tests drive directly. Several sources usually report the same
lock (GNOME sends ``ActiveChanged`` *and* sets ``LockedHint``), so the monitor keeps
the state and emits only on changes.

PySide6 note (checked with 6.12): QtDBus delivers a D-Bus signal to a slot given as a
``SLOT("name(types)")`` string on a QObject whose method is decorated with a matching
``@Slot(...)``; ``a{sv}`` arrives as ``"QVariantMap"`` and ``as`` as ``"QStringList"``.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Mapping
from dataclasses import dataclass

from PySide6.QtCore import SLOT, QObject, Signal, Slot
from PySide6.QtDBus import QDBusConnection

from deadbutt_tray.platform.dbus_call import (
    DEFAULT_TIMEOUT_MS,
    DBusCall,
    DBusCallError,
    QtDBusCaller,
)

logger = logging.getLogger(__name__)

LOGIN1 = "org.freedesktop.login1"
LOGIN1_PATH = "/org/freedesktop/login1"
MANAGER_IFACE = "org.freedesktop.login1.Manager"
SESSION_IFACE = "org.freedesktop.login1.Session"
AUTO_SESSION_PATH = "/org/freedesktop/login1/session/auto"
PROPERTIES_IFACE = "org.freedesktop.DBus.Properties"
SCREENSAVER_IFACES = {
    "org.freedesktop.ScreenSaver": "/org/freedesktop/ScreenSaver",
    "org.gnome.ScreenSaver": "/org/gnome/ScreenSaver",
    "org.mate.ScreenSaver": "/org/mate/ScreenSaver",
    "org.cinnamon.ScreenSaver": "/org/cinnamon/ScreenSaver",
    "org.xfce.ScreenSaver": "/org/xfce/ScreenSaver",
}


@dataclass(frozen=True)
class _Subscription:
    """One ``QDBusConnection.connect`` made, remembered so it can be undone."""

    bus: QDBusConnection
    service: str
    path: str
    interface: str
    name: str
    slot: str
    label: str


class SessionMonitor(QObject):
    """Emits ``locked``/``unlocked`` and ``sleeping``/``resumed`` for this session.

    Call :meth:`start` once (after the QApplication exists); it returns what it
    subscribed to. ``session_bus``/``system_bus`` default to the real buses; tests
    pass private connections. ``env`` is read for ``XDG_SESSION_ID``.
    """

    locked = Signal()
    unlocked = Signal()
    sleeping = Signal()
    resumed = Signal()

    def __init__(
        self,
        parent: QObject | None = None,
        *,
        session_bus: QDBusConnection | None = None,
        system_bus: QDBusConnection | None = None,
        env: Mapping[str, str] = os.environ,
        timeout_ms: int = DEFAULT_TIMEOUT_MS,
    ) -> None:
        super().__init__(parent)
        self._session_bus = session_bus
        self._system_bus = system_bus
        self._env = env
        self._timeout_ms = timeout_ms
        self._locked: bool | None = None
        self._sleeping = False
        self._session_path: str | None = None
        self._subscriptions: list[_Subscription] = []

    # ----- state ------------------------------------------------------------------

    def is_locked(self) -> bool | None:
        """Whether the screen is locked now; ``None`` when no source has told us."""
        return self._locked

    def is_sleeping(self) -> bool:
        """True between ``sleeping`` and ``resumed``."""
        return self._sleeping

    @property
    def connected(self) -> list[str]:
        """What :meth:`start` subscribed to, one readable line each."""
        return [sub.label for sub in self._subscriptions]

    def assume_unlocked(self, why: str) -> None:
        """Forget a lock that was never undone (real input came after it).

        Quietly: nothing was unlocked. A later lock signal is news again.
        """
        if self._locked:
            logger.info("Screen lock ignored from now on: %s", why)
            self._locked = False

    def _set_locked(self, locked: bool, via: str) -> None:
        previous, self._locked = self._locked, locked
        if locked == previous:
            return
        if previous is not None or locked:
            logger.info("Screen %s (%s)", "locked" if locked else "unlocked", via)
        if locked:
            self.locked.emit()
        elif previous:
            # From "unknown" to "unlocked" is news to nobody: nothing was away.
            self.unlocked.emit()

    def _set_sleeping(self, sleeping: bool) -> None:
        if sleeping == self._sleeping:
            return
        self._sleeping = sleeping
        logger.info("System %s", "going to sleep" if sleeping else "resumed")
        if sleeping:
            self.sleeping.emit()
        else:
            self.resumed.emit()

    # ----- translation slots (D-Bus delivers here; tests call them) ------------------

    @Slot(bool)
    def on_screensaver_active_changed(self, active: bool) -> None:
        """``org.freedesktop/gnome.ScreenSaver.ActiveChanged(active)``."""
        self._set_locked(bool(active), "ScreenSaver.ActiveChanged")

    @Slot(bool)
    def on_prepare_for_sleep(self, start: bool) -> None:
        """logind ``PrepareForSleep(start)``: true before sleep, false after resume."""
        self._set_sleeping(bool(start))

    @Slot()
    def on_session_lock(self) -> None:
        """logind session ``Lock`` (someone asked for this session to be locked)."""
        self._set_locked(True, "logind Lock")

    @Slot()
    def on_session_unlock(self) -> None:
        """logind session ``Unlock``."""
        self._set_locked(False, "logind Unlock")

    @Slot(str, "QVariantMap", "QStringList")
    def on_session_properties_changed(
        self, interface: str, changed: Mapping[str, object], invalidated: list[str]
    ) -> None:
        """``PropertiesChanged`` on our logind session: we only care for ``LockedHint``."""
        if interface != SESSION_IFACE:
            return
        if "LockedHint" in changed:
            self._set_locked(bool(changed["LockedHint"]), "logind LockedHint")
        elif "LockedHint" in invalidated:
            self._read_locked_hint()

    # ----- connection ---------------------------------------------------------------

    def _bus(self, which: str) -> QDBusConnection:
        if which == "system":
            if self._system_bus is None:
                self._system_bus = QDBusConnection.systemBus()
            return self._system_bus
        if self._session_bus is None:
            self._session_bus = QDBusConnection.sessionBus()
        return self._session_bus

    def _call(self, which: str) -> DBusCall:
        return QtDBusCaller(self._bus(which), self._timeout_ms)

    def _subscribe(
        self, bus: QDBusConnection, service: str, path: str, iface: str, name: str, slot: str
    ) -> bool:
        label = f"{iface}.{name}" + (f" on {path}" if path.startswith(f"{LOGIN1_PATH}/") else "")
        # The stubs want the slot as bytes; PySide6 takes (and its docs use) SLOT()'s str.
        if not bus.connect(service, path, iface, name, self, SLOT(slot)):  # type: ignore[call-overload]
            logger.info("Could not subscribe to %s: %s", label, bus.lastError().message())
            return False
        self._subscriptions.append(_Subscription(bus, service, path, iface, name, slot, label))
        return True

    def _find_session_path(self) -> str | None:
        """The object path of the logind session this app runs in, if any."""
        call = self._call("system")
        session_ids: list[str] = []
        try:
            # "auto" is our session, or the user's graphical session when we are not in
            # one (started by a systemd user service, for instance).
            reply = call(LOGIN1, AUTO_SESSION_PATH, PROPERTIES_IFACE, "Get", [SESSION_IFACE, "Id"])
            if reply and isinstance(reply[0], str):
                session_ids.append(reply[0])
        except DBusCallError as exc:
            logger.debug("logind session 'auto' not found: %s", exc)
        env_id = self._env.get("XDG_SESSION_ID")
        if env_id and env_id not in session_ids:
            session_ids.append(env_id)
        for session_id in session_ids:
            try:
                reply = call(LOGIN1, LOGIN1_PATH, MANAGER_IFACE, "GetSession", [session_id])
            except DBusCallError as exc:
                logger.debug("logind GetSession(%r) failed: %s", session_id, exc)
                continue
            if reply and isinstance(reply[0], str):
                return reply[0]
        return None

    def _read_locked_hint(self) -> None:
        if self._session_path is None:
            return
        try:
            reply = self._call("system")(
                LOGIN1,
                self._session_path,
                PROPERTIES_IFACE,
                "Get",
                [SESSION_IFACE, "LockedHint"],
            )
        except DBusCallError as exc:
            logger.debug("Reading LockedHint failed: %s", exc)
            return
        if reply and isinstance(reply[0], bool):
            self._set_locked(reply[0], "logind LockedHint")

    def _read_screensaver_active(self) -> None:
        call = self._call("session")
        for service, path in SCREENSAVER_IFACES.items():
            try:
                reply = call(service, path, service, "GetActive", [])
            except DBusCallError:
                continue
            if reply and isinstance(reply[0], bool):
                self._set_locked(reply[0], f"{service}.GetActive")
                return

    def start(self) -> list[str]:
        """Subscribe to every source there is and read the current lock state.

        Returns (and logs at INFO) one line per subscription. Never raises for a
        missing bus or service.
        """
        if self._subscriptions:
            return self.connected
        missing: list[str] = []

        system = self._bus("system")
        if system.isConnected():
            self._subscribe(
                system,
                LOGIN1,
                LOGIN1_PATH,
                MANAGER_IFACE,
                "PrepareForSleep",
                "on_prepare_for_sleep(bool)",
            )
            self._session_path = self._find_session_path()
            if self._session_path is not None:
                for name, slot in (
                    ("Lock", "on_session_lock()"),
                    ("Unlock", "on_session_unlock()"),
                ):
                    self._subscribe(system, LOGIN1, self._session_path, SESSION_IFACE, name, slot)
                self._subscribe(
                    system,
                    LOGIN1,
                    self._session_path,
                    PROPERTIES_IFACE,
                    "PropertiesChanged",
                    "on_session_properties_changed(QString,QVariantMap,QStringList)",
                )
            else:
                missing.append("logind session (not found)")
        else:
            missing.append(f"system bus ({system.lastError().message() or 'not connected'})")

        session = self._bus("session")
        if session.isConnected():
            for iface in SCREENSAVER_IFACES:
                # Any sender and any path: KDE emits on /ScreenSaver as well, and the
                # name's owner may change when the desktop shell restarts.
                self._subscribe(
                    session, "", "", iface, "ActiveChanged", "on_screensaver_active_changed(bool)"
                )
        else:
            missing.append(f"session bus ({session.lastError().message() or 'not connected'})")

        if self._session_path is not None:
            self._read_locked_hint()
        if self._locked is None and session.isConnected():
            self._read_screensaver_active()

        logger.info(
            "Session events: connected %s%s; screen locked: %s",
            ", ".join(self.connected) or "nothing",
            f"; unavailable: {', '.join(missing)}" if missing else "",
            {None: "unknown", True: "yes", False: "no"}[self._locked],
        )
        return self.connected

    def stop(self) -> None:
        """Undo every subscription made by :meth:`start`."""
        for sub in self._subscriptions:
            sub.bus.disconnect(  # type: ignore[call-overload]  # str slot, as in connect
                sub.service, sub.path, sub.interface, sub.name, self, SLOT(sub.slot)
            )
        self._subscriptions.clear()
