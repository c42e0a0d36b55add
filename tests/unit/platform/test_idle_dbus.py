"""D-Bus idle sources: first with the call faked, then over a real private bus.

The real-bus part starts its own ``dbus-daemon`` and a fake desktop process (GNOME's
idle monitor, the freedesktop screensaver and logind, served with QtDBus), so it
checks the QtDBus marshalling and the short call timeout that the fakes cannot.
``private_bus``, ``bus_connection`` and :class:`FakeDesktop` are reused by
``tests/widget/test_session_events.py``.
"""

from __future__ import annotations

import itertools
import logging
import select
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator, Sequence

import pytest
from PySide6.QtDBus import QDBusConnection

from deadbutt_tray.platform.dbus_call import DBusCallError, QtDBusCaller
from deadbutt_tray.platform.idle.base import IdleSourceUnavailableError
from deadbutt_tray.platform.idle.dbus import FreedesktopIdleSource, MutterIdleSource
from tests.processes import stop

# ----- with the call faked ------------------------------------------------------------


class FakeCall:
    """A DBusCall that replays replies (lists) or errors and records the calls."""

    def __init__(self, *replies: object) -> None:
        self.replies = list(replies)
        self.calls: list[tuple[str, str, str, str, list[object]]] = []

    def __call__(
        self, service: str, path: str, interface: str, method: str, args: Sequence[object] = ()
    ) -> list[object]:
        self.calls.append((service, path, interface, method, list(args)))
        reply = self.replies.pop(0) if len(self.replies) > 1 else self.replies[0]
        if isinstance(reply, BaseException):
            raise reply
        return reply  # type: ignore[return-value]


UNKNOWN = DBusCallError("org.freedesktop.DBus.Error.ServiceUnknown", "not provided")


def test_mutter_reads_milliseconds() -> None:
    call = FakeCall([5], [61_500], [0])
    source = MutterIdleSource(call)
    assert source.seconds_idle() == 61.5
    assert source.seconds_idle() == 0.0
    assert call.calls[0] == (
        "org.gnome.Mutter.IdleMonitor",
        "/org/gnome/Mutter/IdleMonitor/Core",
        "org.gnome.Mutter.IdleMonitor",
        "GetIdletime",
        [],
    )
    assert source.name == "GNOME Mutter IdleMonitor"


def test_freedesktop_reads_milliseconds_like_kde() -> None:
    call = FakeCall([0], [2_000])
    source = FreedesktopIdleSource(call)
    assert source.seconds_idle() == 2.0
    assert call.calls[-1][:4] == (
        "org.freedesktop.ScreenSaver",
        "/org/freedesktop/ScreenSaver",
        "org.freedesktop.ScreenSaver",
        "GetSessionIdleTime",
    )


def test_service_missing_is_unavailable_with_the_dbus_error() -> None:
    with pytest.raises(
        IdleSourceUnavailableError,
        match=r"org\.gnome\.Mutter\.IdleMonitor\.GetIdletime: "
        r"org\.freedesktop\.DBus\.Error\.ServiceUnknown",
    ):
        MutterIdleSource(FakeCall(UNKNOWN))


def test_kde_wayland_not_supported_is_unavailable() -> None:
    error = DBusCallError("org.freedesktop.DBus.Error.NotSupported", "not on Wayland")
    with pytest.raises(IdleSourceUnavailableError, match="NotSupported"):
        FreedesktopIdleSource(FakeCall(error))


def test_failing_calls_read_none_and_log_once_per_streak(
    caplog: pytest.LogCaptureFixture,
) -> None:
    timeout = DBusCallError("org.freedesktop.DBus.Error.NoReply", "timeout")
    source = MutterIdleSource(FakeCall([1], timeout, timeout, timeout, [3_000]))
    with caplog.at_level(logging.INFO, logger="deadbutt_tray.platform.idle.dbus"):
        readings = [source.seconds_idle() for _ in range(4)]
    assert readings == [None, None, None, 3.0]
    assert [r.levelname for r in caplog.records] == ["WARNING", "INFO"]
    assert "NoReply" in caplog.records[0].getMessage()


@pytest.mark.parametrize("bad", [[], ["12"], [True], [None]])
def test_unexpected_replies_read_none(bad: list[object]) -> None:
    source = MutterIdleSource(FakeCall([1], bad))
    assert source.seconds_idle() is None


def test_close_stops_calling() -> None:
    call = FakeCall([1])
    source = MutterIdleSource(call)
    source.close()
    source.close()
    assert source.seconds_idle() is None
    assert len(call.calls) == 1


# ----- over a real private bus ------------------------------------------------------

# A stand-in desktop on the bus, served with QtDBus. argv: bus address, then the
# comma-separated names to own. stdin commands (each answered with "ok"):
#   set KEY VALUE        change a served value (idle_ms, fd_idle_ms, locked, hang)
#   emit sleep 0|1 | emit lock | emit unlock | emit hint 0|1 | emit gnome 0|1
FAKE_DESKTOP = r"""
import sys
from PySide6.QtCore import QCoreApplication, QSocketNotifier
from PySide6.QtDBus import (
    QDBusConnection, QDBusMessage, QDBusObjectPath, QDBusVariant, QDBusVirtualObject,
)

PROPS = "org.freedesktop.DBus.Properties"
SESSION_IFACE = "org.freedesktop.login1.Session"
SESSION_PATH = "/org/freedesktop/login1/session/c7"
state = {"idle_ms": 4321, "fd_idle_ms": 1500, "locked": 0, "gnome": 0, "hang": 0}

app = QCoreApplication([])
bus = QDBusConnection.connectToBus(sys.argv[1], "fake-desktop")


def reply(conn, msg, *values):
    answer = msg.createReply()
    answer.setArguments(list(values))
    conn.send(answer)


class Desktop(QDBusVirtualObject):
    def introspect(self, path):
        return ""

    def handleMessage(self, msg, conn):
        if state["hang"]:
            return True  # never answer: the caller's timeout must save it
        key = (msg.path(), msg.interface(), msg.member())
        args = list(msg.arguments())
        if key == ("/org/gnome/Mutter/IdleMonitor/Core", "org.gnome.Mutter.IdleMonitor",
                   "GetIdletime"):
            reply(conn, msg, state["idle_ms"])
        elif key == ("/org/freedesktop/ScreenSaver", "org.freedesktop.ScreenSaver",
                     "GetSessionIdleTime"):
            reply(conn, msg, state["fd_idle_ms"])
        elif key == ("/org/gnome/ScreenSaver", "org.gnome.ScreenSaver", "GetActive"):
            reply(conn, msg, bool(state["gnome"]))
        elif key == ("/org/freedesktop/login1/session/auto", PROPS, "Get") and args == [
            SESSION_IFACE, "Id"
        ]:
            reply(conn, msg, QDBusVariant("c7"))
        elif key == ("/org/freedesktop/login1", "org.freedesktop.login1.Manager",
                     "GetSession") and args == ["c7"]:
            reply(conn, msg, QDBusObjectPath(SESSION_PATH))
        elif key == (SESSION_PATH, PROPS, "Get") and args == [SESSION_IFACE, "LockedHint"]:
            reply(conn, msg, QDBusVariant(bool(state["locked"])))
        else:
            conn.send(msg.createErrorReply(
                "org.freedesktop.DBus.Error.UnknownMethod", f"fake desktop: no {key} {args}"
            ))
        return True


def signal(path, iface, name, *args):
    message = QDBusMessage.createSignal(path, iface, name)
    message.setArguments(list(args))
    bus.send(message)


def command(line):
    words = line.split()
    if words[0] == "set":
        state[words[1]] = int(words[2])
    elif words[1] == "sleep":
        signal("/org/freedesktop/login1", "org.freedesktop.login1.Manager",
               "PrepareForSleep", words[2] == "1")
    elif words[1] in ("lock", "unlock"):
        signal(SESSION_PATH, SESSION_IFACE, words[1].capitalize())
    elif words[1] == "hint":
        state["locked"] = int(words[2])
        # "as" needs a non-empty list from Python to be typed as strings.
        signal(SESSION_PATH, PROPS, "PropertiesChanged", SESSION_IFACE,
               {"LockedHint": words[2] == "1"}, ["IdleSinceHint"])
    elif words[1] == "gnome":
        signal("/org/gnome/ScreenSaver", "org.gnome.ScreenSaver", "ActiveChanged",
               words[2] == "1")
    print("ok", flush=True)


desktop = Desktop()
option = QDBusConnection.VirtualObjectRegisterOption.SubPath
assert bus.registerVirtualObject("/", desktop, option)
for name in filter(None, sys.argv[2].split(",")):
    assert bus.registerService(name), name


def on_stdin():
    line = sys.stdin.readline()
    if not line:
        app.quit()
    elif line.strip():
        command(line.strip())


notifier = QSocketNotifier(sys.stdin.fileno(), QSocketNotifier.Type.Read)
notifier.activated.connect(on_stdin)
print("ready", flush=True)
app.exec()
"""

ALL_NAMES = (
    "org.gnome.Mutter.IdleMonitor",
    "org.freedesktop.ScreenSaver",
    "org.gnome.ScreenSaver",
    "org.freedesktop.login1",
)


def _readline(proc: subprocess.Popen[str], timeout: float = 10.0) -> str:
    assert proc.stdout is not None
    ready, _, _ = select.select([proc.stdout], [], [], timeout)
    if not ready:
        raise AssertionError(f"{proc.args[0]} gave no answer within {timeout} s")
    return proc.stdout.readline().strip()


@pytest.fixture
def private_bus() -> Iterator[str]:
    """A private ``dbus-daemon``; yields its address."""
    daemon = shutil.which("dbus-daemon")
    if daemon is None:
        pytest.skip(
            "dbus-daemon is not installed (Debian package dbus-daemon): "
            "the real D-Bus tests cannot run"
        )
    proc = subprocess.Popen(
        [daemon, "--session", "--nofork", "--nopidfile", "--print-address=1"],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    try:
        yield _readline(proc)
    finally:
        stop(proc)


_connection_names = itertools.count()


@pytest.fixture
def bus_connection(qapp: object, private_bus: str) -> Iterator[QDBusConnection]:
    """A QtDBus connection of this test process to the private bus."""
    name = f"deadbutt-test-{next(_connection_names)}"
    connection = QDBusConnection.connectToBus(private_bus, name)
    assert connection.isConnected(), connection.lastError().message()
    yield connection
    QDBusConnection.disconnectFromBus(name)


class FakeDesktop:
    """The FAKE_DESKTOP process, owning ``names`` on the bus at ``address``."""

    def __init__(self, address: str, names: Sequence[str] = ALL_NAMES) -> None:
        self.proc = subprocess.Popen(
            [sys.executable, "-c", FAKE_DESKTOP, address, ",".join(names)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        try:
            assert _readline(self.proc, timeout=30) == "ready"
        except BaseException:
            self.close()
            raise

    def command(self, line: str) -> None:
        """Send one command and wait until the fake desktop has carried it out."""
        assert self.proc.stdin is not None
        self.proc.stdin.write(line + "\n")
        self.proc.stdin.flush()
        assert _readline(self.proc) == "ok"

    def close(self) -> None:
        stop(self.proc)


@pytest.fixture
def fake_desktop(private_bus: str) -> Iterator[FakeDesktop]:
    """The fake desktop with every service on the private bus."""
    desktop = FakeDesktop(private_bus)
    yield desktop
    desktop.close()


def test_real_bus_mutter_and_freedesktop(
    bus_connection: QDBusConnection, fake_desktop: FakeDesktop
) -> None:
    mutter = MutterIdleSource(QtDBusCaller(bus_connection))
    assert mutter.seconds_idle() == 4.321
    fake_desktop.command("set idle_ms 90000")
    assert mutter.seconds_idle() == 90.0
    freedesktop = FreedesktopIdleSource(QtDBusCaller(bus_connection))
    assert freedesktop.seconds_idle() == 1.5


def test_real_bus_missing_service_is_unavailable(
    bus_connection: QDBusConnection, private_bus: str
) -> None:
    desktop = FakeDesktop(private_bus, names=["org.gnome.Mutter.IdleMonitor"])
    try:
        with pytest.raises(IdleSourceUnavailableError, match=r"NameHasNoOwner|ServiceUnknown"):
            FreedesktopIdleSource(QtDBusCaller(bus_connection))
        assert MutterIdleSource(QtDBusCaller(bus_connection)).seconds_idle() == 4.321
    finally:
        desktop.close()


def test_real_bus_hung_service_costs_one_short_timeout(
    bus_connection: QDBusConnection, fake_desktop: FakeDesktop
) -> None:
    source = MutterIdleSource(QtDBusCaller(bus_connection, timeout_ms=200))
    fake_desktop.command("set hang 1")
    started = time.monotonic()
    assert source.seconds_idle() is None
    took = time.monotonic() - started
    assert 0.15 <= took < 1.5, f"call took {took:.2f} s"
    fake_desktop.command("set hang 0")
    assert source.seconds_idle() == 4.321


def test_real_bus_caller_unwraps_variants_and_object_paths(
    bus_connection: QDBusConnection, fake_desktop: FakeDesktop
) -> None:
    call = QtDBusCaller(bus_connection)
    assert call(
        "org.freedesktop.login1",
        "/org/freedesktop/login1/session/auto",
        "org.freedesktop.DBus.Properties",
        "Get",
        ["org.freedesktop.login1.Session", "Id"],
    ) == ["c7"]
    assert call(
        "org.freedesktop.login1",
        "/org/freedesktop/login1",
        "org.freedesktop.login1.Manager",
        "GetSession",
        ["c7"],
    ) == ["/org/freedesktop/login1/session/c7"]
    with pytest.raises(DBusCallError) as error:
        call("org.freedesktop.login1", "/nowhere", "x.y", "Z", [])
    assert error.value.name == "org.freedesktop.DBus.Error.UnknownMethod"


def test_caller_on_a_dead_bus_raises_instead_of_hanging(qapp: object, tmp_path: object) -> None:
    name = "deadbutt-test-nowhere"
    connection = QDBusConnection.connectToBus(f"unix:path={tmp_path}/no-bus", name)
    try:
        with pytest.raises(DBusCallError):
            QtDBusCaller(connection)("a.b", "/a", "a.b", "C", [])
        with pytest.raises(IdleSourceUnavailableError):
            MutterIdleSource(QtDBusCaller(connection))
    finally:
        QDBusConnection.disconnectFromBus(name)
