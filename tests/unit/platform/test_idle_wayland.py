"""Wayland ext-idle-notify source with pywayland's objects faked.

The fakes copy pywayland's client API as the source uses it: ``Display(name)`` with
``connect/get_registry/roundtrip/flush/get_fd/read/dispatch/disconnect``, proxies with
a ``dispatcher`` indexed by event name, ``registry.bind(id, interface, version)``.
"""

from __future__ import annotations

import importlib.util
import select
import subprocess
import sys
import time
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest

from deadbutt_tray.platform.idle.base import IdleSourceUnavailableError
from deadbutt_tray.platform.idle.wayland import WaylandIdleSource, import_pywayland
from tests.processes import stop


class Proxy:
    """A client-side object with a dispatcher and a destroy request."""

    def __init__(self, display: FakeDisplay, interface: str) -> None:
        self.display = display
        self.interface = interface
        self.dispatcher: dict[str, Any] = {}
        self.destroyed = False

    def destroy(self) -> None:
        self.destroyed = True
        self.display.requests.append(f"{self.interface}.destroy")


class Notifier(Proxy):
    def get_idle_notification(self, timeout: int, seat: Proxy) -> Proxy:
        return self._notification("get_idle_notification", timeout, seat)

    def get_input_idle_notification(self, timeout: int, seat: Proxy) -> Proxy:
        return self._notification("get_input_idle_notification", timeout, seat)

    def _notification(self, request: str, timeout: int, seat: Proxy) -> Proxy:
        assert seat.interface == "wl_seat"
        self.display.requests.append(f"{request}({timeout})")
        self.display.notification = Proxy(self.display, "ext_idle_notification_v1")
        return self.display.notification


class Registry(Proxy):
    def bind(self, global_id: int, interface: type, version: int) -> Proxy:
        name = interface.name  # type: ignore[attr-defined]
        self.display.requests.append(f"bind({global_id}, {name}, v{version})")
        return (
            Notifier(self.display, name)
            if name == "ext_idle_notifier_v1"
            else Proxy(self.display, name)
        )


class FakeDisplay:
    """A compositor in a box: globals to announce, events queued until dispatched."""

    globals: list[tuple[int, str, int]] = []  # noqa: RUF012 -- set per test
    fail_connect = False
    instances: list[FakeDisplay] = []  # noqa: RUF012

    def __init__(self, name: str | None = None) -> None:
        self.name = name
        self.requests: list[str] = []
        self.registry: Registry | None = None
        self.notification: Proxy | None = None
        self.wire: list[str] = []  # events sent by the compositor, not yet read
        self.queue: list[str] = []  # events read, not yet dispatched
        self.connected = False
        self.read_error: Exception | None = None
        self.announced = False
        FakeDisplay.instances.append(self)

    def connect(self) -> None:
        if self.fail_connect:
            raise ValueError("Unable to connect to display")
        self.connected = True

    def get_registry(self) -> Registry:
        self.registry = Registry(self, "wl_registry")
        return self.registry

    def roundtrip(self) -> int:
        if self.registry is not None and not self.announced:
            self.announced = True
            for global_id, interface, version in self.globals:
                self.registry.dispatcher["global"](self.registry, global_id, interface, version)
        self.queue += self.wire
        self.wire = []
        return self.dispatch(block=False)

    def flush(self) -> int:
        return 0

    def get_fd(self) -> int:
        return 42

    def read(self) -> None:
        if self.read_error is not None:
            raise self.read_error
        self.queue += self.wire
        self.wire = []

    def dispatch(self, *, block: bool = False) -> int:
        assert not block, "the source must never block the GUI thread"
        events, self.queue = self.queue, []
        for event in events:
            assert self.notification is not None
            self.notification.dispatcher[event](self.notification)
        return len(events)

    def disconnect(self) -> None:
        self.connected = False

    def send(self, event: str) -> None:
        """The compositor sends ``idled`` or ``resumed``."""
        self.wire.append(event)


FAKE_WAYLAND = SimpleNamespace(
    Display=FakeDisplay,
    WlSeat=SimpleNamespace(name="wl_seat"),
    ExtIdleNotifierV1=SimpleNamespace(name="ext_idle_notifier_v1"),
)
STANDARD_GLOBALS = [
    (1, "wl_compositor", 6),
    (7, "wl_seat", 9),
    (9, "wl_seat", 9),
    (12, "ext_idle_notifier_v1", 2),
]


class Clock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture(autouse=True)
def _reset_fake() -> None:
    FakeDisplay.globals = list(STANDARD_GLOBALS)
    FakeDisplay.fail_connect = False
    FakeDisplay.instances = []


def make_source(clock: Clock, readable: bool = True, timeout_s: float = 10.0) -> WaylandIdleSource:
    return WaylandIdleSource(
        timeout_s,
        "wayland-5",
        clock=clock,
        pywayland=FAKE_WAYLAND,
        fd_readable=lambda fd: readable,
    )


def test_binds_notifier_and_first_seat_and_asks_for_input_idleness() -> None:
    make_source(Clock())
    display = FakeDisplay.instances[0]
    assert display.name == "wayland-5"
    assert display.requests == [
        "bind(12, ext_idle_notifier_v1, v2)",
        "bind(7, wl_seat, v1)",
        "get_input_idle_notification(10000)",
    ]


def test_version_1_compositor_gets_the_plain_request() -> None:
    FakeDisplay.globals = [(3, "wl_seat", 5), (4, "ext_idle_notifier_v1", 1)]
    make_source(Clock(), timeout_s=12.5)
    assert FakeDisplay.instances[0].requests[-1] == "get_idle_notification(12500)"
    assert FakeDisplay.instances[0].requests[0] == "bind(4, ext_idle_notifier_v1, v1)"


def test_idle_time_is_timeout_plus_time_since_idled() -> None:
    clock = Clock()
    source = make_source(clock)
    display = FakeDisplay.instances[0]
    assert source.seconds_idle() == 0.0
    display.send("idled")
    clock.now += 3.0
    assert source.seconds_idle() == 10.0  # dispatched now: idle for the timeout so far
    clock.now += 50.0
    assert source.seconds_idle() == 60.0
    display.send("resumed")
    assert source.seconds_idle() == 0.0
    clock.now += 30.0
    assert source.seconds_idle() == 0.0


def test_events_already_queued_are_dispatched_even_without_new_data() -> None:
    clock = Clock()
    source = make_source(clock, readable=False)
    display = FakeDisplay.instances[0]
    display.queue.append("idled")  # read by an earlier roundtrip, not yet dispatched
    display.send("resumed")  # still on the socket: not readable means not read
    assert source.seconds_idle() == 10.0
    assert display.wire == ["resumed"]


def test_broken_connection_reads_none() -> None:
    source = make_source(Clock())
    FakeDisplay.instances[0].read_error = RuntimeError("Failed to read events")
    assert source.seconds_idle() is None
    assert source.seconds_idle() is None


def test_close_destroys_and_disconnects() -> None:
    source = make_source(Clock())
    display = FakeDisplay.instances[0]
    source.close()
    source.close()
    assert display.requests[-2:] == [
        "ext_idle_notification_v1.destroy",
        "ext_idle_notifier_v1.destroy",
    ]
    assert not display.connected
    assert source.seconds_idle() is None


def test_compositor_without_idle_notify_is_unavailable_and_disconnected() -> None:
    FakeDisplay.globals = [(1, "wl_compositor", 6), (2, "wl_seat", 9)]
    with pytest.raises(IdleSourceUnavailableError, match="does not offer ext_idle_notifier_v1"):
        make_source(Clock())
    assert not FakeDisplay.instances[0].connected


def test_compositor_without_seat_is_unavailable() -> None:
    FakeDisplay.globals = [(12, "ext_idle_notifier_v1", 2)]
    with pytest.raises(IdleSourceUnavailableError, match="no wl_seat"):
        make_source(Clock())


def test_no_compositor_is_unavailable() -> None:
    FakeDisplay.fail_connect = True
    with pytest.raises(
        IdleSourceUnavailableError, match="cannot connect to Wayland display wayland-5"
    ):
        make_source(Clock())


def test_missing_pywayland_says_how_to_install_it(monkeypatch: pytest.MonkeyPatch) -> None:
    import builtins

    real_import = builtins.__import__

    def no_pywayland(name: str, *args: Any, **kwargs: Any) -> Any:
        if name.startswith("pywayland"):
            raise ImportError("No module named 'pywayland'")
        return real_import(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", no_pywayland)
    with pytest.raises(IdleSourceUnavailableError, match=r"deadbutt-tray\[wayland\]"):
        import_pywayland()
    with pytest.raises(IdleSourceUnavailableError, match="pywayland is not installed"):
        WaylandIdleSource()


@pytest.mark.skipif(
    importlib.util.find_spec("pywayland") is None,
    reason="pywayland (the optional [wayland] extra) is not installed",
)
def test_real_pywayland_has_the_classes_we_use() -> None:
    wl = import_pywayland()
    assert wl.ExtIdleNotifierV1.name == "ext_idle_notifier_v1"
    assert wl.WlSeat.name == "wl_seat"
    proxy = wl.ExtIdleNotifierV1.proxy_class
    assert hasattr(proxy, "get_input_idle_notification")
    assert hasattr(proxy, "get_idle_notification")


# ----- the real wire protocol, against a tiny compositor (needs the [wayland] extra) ---

# A Wayland server offering wl_seat and ext_idle_notifier_v1, built on pywayland's
# server side (libwayland-server). It prints the requests it gets and sends ``idled`` /
# ``resumed`` when told so on stdin. Two pywayland server-side gaps are patched here:
# request arguments of type new_id are not decoded, and resources get a NULL
# implementation pointer that pywayland's own dispatcher then reads.
TINY_COMPOSITOR = r"""
import select, sys
from pywayland import lib
from pywayland.protocol.ext_idle_notify_v1 import ExtIdleNotificationV1, ExtIdleNotifierV1
from pywayland.protocol.wayland import WlSeat
from pywayland.protocol_core import message
from pywayland.protocol_core.argument import ArgumentType
from pywayland.server import Display

decode = message.Message.c_to_arguments

def c_to_arguments(self, args):
    kinds = [a.argument_type for a in self.arguments]
    if ArgumentType.NewId not in kinds:
        return decode(self, args)
    plain = {ArgumentType.NewId: "n", ArgumentType.Uint: "u", ArgumentType.Object: "o"}
    return [getattr(args[i], plain[kind]) for i, kind in enumerate(kinds)]

message.Message.c_to_arguments = c_to_arguments
keep, notifications = [], []

def adopt(resource):
    keep.append(resource)
    lib.wl_resource_set_dispatcher(
        resource._ptr, lib.dispatcher_func, resource._handle, resource._handle,
        lib.resource_destroy_func,
    )

def bind_notifier(resource):
    adopt(resource)
    def request(kind):
        def handler(res, new_id, timeout, seat):
            client = lib.wl_resource_get_client(res._ptr)
            note = ExtIdleNotificationV1.resource_class(client, res.version, new_id)
            adopt(note)
            notifications.append(note)
            print(kind, timeout, flush=True)
        return handler
    resource.dispatcher["get_idle_notification"] = request("get_idle_notification")
    resource.dispatcher["get_input_idle_notification"] = request("get_input_idle_notification")

display = Display()
socket = display.add_socket()
seat = WlSeat.global_class(display, 1)
seat.bind_func = adopt
notifier = ExtIdleNotifierV1.global_class(display, 2)
notifier.bind_func = bind_notifier
print("socket", socket, flush=True)
loop = display.get_event_loop()
while True:
    loop.dispatch(20)
    display.flush_clients()
    if select.select([sys.stdin], [], [], 0)[0]:
        line = sys.stdin.readline().strip()
        if not line:
            break
        for note in notifications:
            getattr(note, line)()
        display.flush_clients()
        print("sent", line, flush=True)
"""


def _readline(proc: subprocess.Popen[str], timeout: float = 10.0) -> str:
    assert proc.stdout is not None
    ready, _, _ = select.select([proc.stdout], [], [], timeout)
    assert ready, "the tiny compositor did not answer"
    return proc.stdout.readline().strip()


@pytest.mark.skipif(
    importlib.util.find_spec("pywayland") is None,
    reason="pywayland (the optional [wayland] extra) is not installed",
)
def test_real_wire_protocol_with_a_tiny_compositor(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    runtime = tmp_path / "run"
    runtime.mkdir(mode=0o700)
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(runtime))
    proc = subprocess.Popen(
        [sys.executable, "-c", TINY_COMPOSITOR],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert proc.stdin is not None
    try:
        socket_name = _readline(proc).split()[1]
        source = WaylandIdleSource(0.5, socket_name)
        assert _readline(proc) == "get_input_idle_notification 500"
        assert source.seconds_idle() == 0.0

        proc.stdin.write("idled\n")
        proc.stdin.flush()
        assert _readline(proc) == "sent idled"
        time.sleep(0.1)  # let the event reach our socket
        first = source.seconds_idle()
        assert first is not None and 0.5 <= first < 0.6
        time.sleep(0.3)
        later = source.seconds_idle()
        assert later is not None and later >= first + 0.25

        proc.stdin.write("resumed\n")
        proc.stdin.flush()
        assert _readline(proc) == "sent resumed"
        time.sleep(0.1)
        assert source.seconds_idle() == 0.0
        source.close()
    finally:
        stop(proc, by_stdin=True)  # the compositor ends at the end of its input
