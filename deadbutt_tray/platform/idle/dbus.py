"""Idle time from desktop services on the session bus: GNOME Mutter and org.freedesktop.

* GNOME (X11 and Wayland): ``org.gnome.Mutter.IdleMonitor.GetIdletime`` on
  ``/org/gnome/Mutter/IdleMonitor/Core`` returns milliseconds as a uint64.
* KDE and others: ``org.freedesktop.ScreenSaver.GetSessionIdleTime``. The spec never
  fixed the unit; KDE (the main implementation) returns **milliseconds**, so that is
  what we read. An implementation returning seconds would read 1000x too small and
  never count past a second, which the stuck-source guard (``stuck.py``) reports.
  KDE on Wayland answers with a NotSupported error, so the chooser moves on to
  ext-idle-notify there; GNOME's proxy of this name has no such method at all.

Each constructor makes one call and raises :class:`IdleSourceUnavailableError` with the
D-Bus error when the service is not there.
"""

from __future__ import annotations

import logging

from deadbutt_tray.platform.dbus_call import DBusCall, DBusCallError, QtDBusCaller
from deadbutt_tray.platform.idle.base import IdleSourceUnavailableError

logger = logging.getLogger(__name__)


class _DBusIdleSource:
    """Reads one D-Bus method returning an idle counter; subclasses name the method."""

    name = ""
    service = ""
    path = ""
    interface = ""
    method = ""
    seconds_per_unit = 0.001

    def __init__(self, call: DBusCall | None = None) -> None:
        self._call: DBusCall | None = call if call is not None else QtDBusCaller()
        self._failing = False
        try:
            self._read()
        except DBusCallError as exc:
            raise IdleSourceUnavailableError(f"{self.service}.{self.method}: {exc}") from exc

    def _read(self) -> float:
        if self._call is None:
            raise DBusCallError("", "closed")
        reply = self._call(self.service, self.path, self.interface, self.method, ())
        if not reply or isinstance(reply[0], bool) or not isinstance(reply[0], int | float):
            raise DBusCallError("", f"unexpected reply {reply!r}")
        return max(0.0, float(reply[0]) * self.seconds_per_unit)

    def seconds_idle(self) -> float | None:
        """The service's idle counter in seconds, or ``None`` if the call failed."""
        try:
            value = self._read()
        except DBusCallError as exc:
            # Log the first failure of a streak only: the tick runs every few seconds.
            if not self._failing:
                logger.warning("%s: reading idle time failed: %s", self.name, exc)
            self._failing = True
            return None
        if self._failing:
            logger.info("%s: reading idle time works again", self.name)
            self._failing = False
        return value

    def close(self) -> None:
        """Forget the bus; QtDBus owns the shared connection itself."""
        self._call = None


class MutterIdleSource(_DBusIdleSource):
    """GNOME Shell's idle monitor (``org.gnome.Mutter.IdleMonitor``), in milliseconds."""

    name = "GNOME Mutter IdleMonitor"
    service = "org.gnome.Mutter.IdleMonitor"
    path = "/org/gnome/Mutter/IdleMonitor/Core"
    interface = "org.gnome.Mutter.IdleMonitor"
    method = "GetIdletime"


class FreedesktopIdleSource(_DBusIdleSource):
    """``org.freedesktop.ScreenSaver.GetSessionIdleTime``, read as milliseconds (KDE)."""

    name = "freedesktop ScreenSaver"
    service = "org.freedesktop.ScreenSaver"
    path = "/org/freedesktop/ScreenSaver"
    interface = "org.freedesktop.ScreenSaver"
    method = "GetSessionIdleTime"
