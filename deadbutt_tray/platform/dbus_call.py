"""A blocking D-Bus method call with a short timeout, through QtDBus.

Idle sources are read from the GUI thread every few seconds, so every call carries a
short timeout (200 ms by default): a hung bus or a frozen desktop service then costs a
skipped reading, never a frozen tray. Calls never auto-start services, so asking for
GNOME's idle monitor on KDE cannot launch anything.

The call is a plain function type, :data:`DBusCall`, so adapters can be tested with a
fake and without a bus.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtDBus import (
    QDBus,
    QDBusConnection,
    QDBusMessage,
    QDBusObjectPath,
    QDBusVariant,
)

DEFAULT_TIMEOUT_MS = 200


class DBusCallError(Exception):
    """A D-Bus call failed; ``name`` is the D-Bus error name (``""`` if none)."""

    def __init__(self, name: str, message: str) -> None:
        super().__init__(f"{name}: {message}" if name else message)
        self.name = name
        self.message = message


#: ``call(service, path, interface, method, args) -> reply arguments``; raises DBusCallError.
DBusCall = Callable[[str, str, str, str, Sequence[object]], list[object]]


def plain(value: object) -> object:
    """Unwrap the QtDBus wrappers a reply may hold into plain Python values."""
    if isinstance(value, QDBusVariant):
        return plain(value.variant())
    if isinstance(value, QDBusObjectPath):
        return value.path()
    return value


class QtDBusCaller:
    """A :data:`DBusCall` on one QtDBus connection (the session bus unless told).

    ``bus`` may also be a zero-argument function returning the connection, so the
    connection is only opened on first use (after the QCoreApplication exists).
    """

    def __init__(
        self,
        bus: QDBusConnection | Callable[[], QDBusConnection] = QDBusConnection.sessionBus,
        timeout_ms: int = DEFAULT_TIMEOUT_MS,
    ) -> None:
        self._bus_or_factory = bus
        self._bus: QDBusConnection | None = bus if isinstance(bus, QDBusConnection) else None
        self.timeout_ms = timeout_ms

    @property
    def bus(self) -> QDBusConnection:
        """The connection, opened on first use."""
        if self._bus is None:
            factory = self._bus_or_factory
            assert callable(factory)
            self._bus = factory()
        return self._bus

    def __call__(
        self, service: str, path: str, interface: str, method: str, args: Sequence[object] = ()
    ) -> list[object]:
        """Call ``method`` and return its reply arguments, unwrapped."""
        bus = self.bus
        if not bus.isConnected():
            error = bus.lastError()
            raise DBusCallError(error.name(), error.message() or "not connected to the bus")
        message = QDBusMessage.createMethodCall(service, path, interface, method)
        message.setAutoStartService(False)
        if args:
            message.setArguments(list(args))
        reply = bus.call(message, QDBus.CallMode.Block, self.timeout_ms)
        if reply.type() != QDBusMessage.MessageType.ReplyMessage:
            raise DBusCallError(reply.errorName(), reply.errorMessage())
        return [plain(value) for value in reply.arguments()]
