"""Desktop notifications through ``org.freedesktop.Notifications``, sent with jeepney.

Why not Qt: ``QSystemTrayIcon.showMessage`` sends the icon as ``image_data`` with a
64-bit row stride (the spec says 32-bit), so xfce4-notifyd and dunst drop the icon and
mako rejects the whole notification; under an XEmbed tray (trayer) Qt draws its own
balloon and sends nothing at all. QtDBus from PySide6 can't send the ``uint32``
``replaces_id`` either (a Python int goes out as ``int32`` and the daemon refuses the
call). jeepney builds the message from the signature, so every field has its real type.

What is sent: the app name, a themed ``app_icon`` name (``deadbutt-tray``, installed by
``install_desktop.py``), the ``image-path`` hint pointing at a PNG of the icon (for a
checkout or a bundle whose icon is not in the theme), ``desktop-entry`` and
``urgency``; never ``image_data``. The reply is checked: an error, a timeout or no daemon
makes :meth:`DesktopNotifications.send` return ``False`` and the caller shows its own
notice instead.

Each call blocks the GUI thread for at most ``timeout_s`` (a daemon answers in
milliseconds); after a failure the daemon is looked up on the bus (``NameHasOwner``,
answered by the bus itself) before the next try, so a missing daemon costs nothing.
"""

from __future__ import annotations

import contextlib
import logging
import os
import sys
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import Any, Protocol

log = logging.getLogger(__name__)

BUS_NAME = "org.freedesktop.Notifications"
OBJECT_PATH = "/org/freedesktop/Notifications"
INTERFACE = "org.freedesktop.Notifications"
NOTIFY_SIGNATURE = "susssasa{sv}i"
TIMEOUT_S = 1.5
URGENCY_NORMAL = 1


def escape_markup(text: str) -> str:
    """``text`` safe in a notification body with markup: ``html.escape(quote=False)``.

    Written out because ``import html`` loads its whole entity table (~0.4 MiB resident).
    """
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


class Notifier(Protocol):
    """Something that can put a notification on the desktop; ``send`` says if it did."""

    def send(self, title: str, body: str, seconds: int, key: str = "") -> bool: ...

    def withdraw(self, key: str) -> None: ...

    def close(self) -> None: ...


class NotifyError(Exception):
    """The daemon refused or did not answer; the message says why."""


#: Sends one message and returns the reply (a jeepney ``Message``); raises on a dead bus.
Transport = Callable[[Any, float], Any]


class DesktopNotifications:
    """``org.freedesktop.Notifications`` on the session bus, through jeepney.

    ``transport`` sends a jeepney message and returns the reply; by default a private
    blocking connection to the session bus, opened on first use (tests pass a fake).
    ``key`` in :meth:`send` names a kind of notice ("heads-up", "problem"): a second
    notice of the same kind replaces the first on the screen (``replaces_id``).
    """

    def __init__(
        self,
        app_name: str,
        icon_name: str,
        image_path: Path | None = None,
        desktop_entry: str = "",
        *,
        transport: Transport | None = None,
        bus_address: str = "SESSION",
        timeout_s: float = TIMEOUT_S,
    ) -> None:
        self.app_name = app_name
        self.icon_name = icon_name
        self.image_path = image_path
        self.desktop_entry = desktop_entry
        self.timeout_s = timeout_s
        self._transport = transport
        self._bus_address = bus_address
        self._connection: Any = None
        self._ids: dict[str, int] = {}
        self._markup: bool | None = None  # body-markup: escape & and < in the text
        self._failed = False  # the last try failed: ask the bus before the next
        self.server = ""  # "dunst 1.9.0", once known (for the log)

    # -- the one public call ---------------------------------------------------------

    def send(self, title: str, body: str, seconds: int, key: str = "") -> bool:
        """Show a notification for about ``seconds``; False if no daemon took it."""
        try:
            if self._failed and not self._daemon_present():
                return False
            if self._markup is None:
                self._learn_server()
            text = escape_markup(body) if self._markup else body
            replaces = self._ids.get(key, 0) if key else 0
            reply = self._call(
                "Notify",
                NOTIFY_SIGNATURE,
                (
                    self.app_name,
                    replaces,
                    self.icon_name,
                    title,
                    text,
                    [],
                    self._hints(),
                    max(1, seconds) * 1000,
                ),
            )
        except (NotifyError, OSError, TimeoutError, ValueError) as error:
            self._failed = True
            log.info("desktop notification not sent (%s): %r", error, title)
            return False
        notice_id = int(reply[0]) if reply else 0
        if key and notice_id:
            self._ids[key] = notice_id
        if self._failed:
            log.info("notification daemon back on the bus")
        self._failed = False
        log.debug("notification %d sent to %s: %r", notice_id, self.server or "?", title)
        return True

    def withdraw(self, key: str) -> None:
        """Take the last notification of kind ``key`` off the screen (a problem that is
        over), if it is still there; nothing if none was sent or the daemon is gone."""
        notice_id = self._ids.pop(key, 0)
        if not notice_id or self._failed:
            return
        try:
            self._call("CloseNotification", "u", (notice_id,))
        except (NotifyError, OSError, TimeoutError, ValueError) as error:
            log.info("notification %d not withdrawn (%s)", notice_id, error)

    def close(self) -> None:
        if self._connection is not None:
            with contextlib.suppress(OSError):
                self._connection.close()
            self._connection = None

    # -- internals -------------------------------------------------------------------

    def _hints(self) -> dict[str, tuple[str, object]]:
        hints: dict[str, tuple[str, object]] = {"urgency": ("y", URGENCY_NORMAL)}
        if self.image_path is not None:
            hints["image-path"] = ("s", self.image_path.as_uri())
        if self.desktop_entry:
            hints["desktop-entry"] = ("s", self.desktop_entry)
        return hints

    def _learn_server(self) -> None:
        """Which daemon answers (for the log) and whether it reads markup in the body."""
        info = self._call("GetServerInformation", "", ())
        self.server = " ".join(str(part) for part in info[:3:2])  # name, version
        capabilities = self._call("GetCapabilities", "", ())
        self._markup = "body-markup" in (capabilities[0] if capabilities else [])
        log.info(
            "notifications go to %s (capabilities: %s)",
            self.server,
            ", ".join(capabilities[0]) if capabilities else "none",
        )

    def _daemon_present(self) -> bool:
        """Whether a daemon owns the name now, or the bus can start one."""
        owned = self._call_bus("NameHasOwner", "s", (BUS_NAME,))
        if owned and owned[0]:
            return True
        activatable = self._call_bus("ListActivatableNames", "", ())
        return bool(activatable) and BUS_NAME in activatable[0]

    def _call(self, method: str, signature: str, body: Sequence[object]) -> Sequence[Any]:
        from jeepney import DBusAddress, new_method_call

        address = DBusAddress(OBJECT_PATH, bus_name=BUS_NAME, interface=INTERFACE)
        return self._exchange(new_method_call(address, method, signature, tuple(body)))

    def _call_bus(self, method: str, signature: str, body: Sequence[object]) -> Sequence[Any]:
        from jeepney import DBusAddress, new_method_call

        address = DBusAddress(
            "/org/freedesktop/DBus",
            bus_name="org.freedesktop.DBus",
            interface="org.freedesktop.DBus",
        )
        return self._exchange(new_method_call(address, method, signature, tuple(body)))

    def _exchange(self, message: Any) -> Sequence[Any]:
        from jeepney import MessageType
        from jeepney.low_level import HeaderFields

        reply = self._send(message)
        if reply.header.message_type is MessageType.error:
            name = reply.header.fields.get(HeaderFields.error_name, "error")
            detail = reply.body[0] if reply.body else ""
            raise NotifyError(f"{name}: {detail}" if detail else str(name))
        return tuple(reply.body)

    def _send(self, message: Any) -> Any:
        if self._transport is not None:
            return self._transport(message, self.timeout_s)
        if self._connection is None:
            from jeepney.io.blocking import open_dbus_connection

            try:
                self._connection = open_dbus_connection(bus=self._bus_address)
            except (KeyError, RuntimeError) as error:  # no session bus address at all
                raise NotifyError(f"no session bus ({error})") from None
        try:
            return self._connection.send_and_get_reply(message, timeout=self.timeout_s)
        except (OSError, TimeoutError, ConnectionError):
            self.close()  # reconnect next time (the bus may have restarted)
            raise


def session_bus_address(env: Mapping[str, str] = os.environ) -> str | None:
    """The session bus's address: the variable, or systemd's per-user socket."""
    address = env.get("DBUS_SESSION_BUS_ADDRESS", "")
    if address:
        return address
    runtime = env.get("XDG_RUNTIME_DIR", "")
    if runtime and Path(runtime, "bus").exists():
        return f"unix:path={Path(runtime, 'bus')}"
    return None


def desktop_notifications(
    app_name: str,
    icon_name: str,
    image_path: Path | None = None,
    desktop_entry: str = "",
    env: Mapping[str, str] = os.environ,
) -> DesktopNotifications | None:
    """The D-Bus notifier where there can be one (Linux and the BSDs with a session bus)."""
    address = session_bus_address(env)
    if sys.platform in ("win32", "darwin") or address is None:
        return None
    try:
        import jeepney  # noqa: F401
    except ImportError:  # pragma: no cover - a dependency; a distro package may lack it
        log.info("jeepney is not installed: notifications use Qt's tray balloon")
        return None
    return DesktopNotifications(app_name, icon_name, image_path, desktop_entry, bus_address=address)
