"""A mouse for a headless wlroots compositor: ``zwlr_virtual_pointer_v1`` through pywayland.

A headless sway has no input device, so its seat has no pointer and no client (swaybar
neither) ever gets a click; ``swaymsg seat - cursor press`` goes nowhere. A virtual
pointer is a real input device of the seat: made once, it gives the seat its pointer,
and its own motion and button events are what a mouse would send.

pywayland ships no classes for this wlroots protocol, so the two interfaces are written
here as its scanner would write them (the requests up to ``frame``; the opcodes are the
protocol's: ``wlr-virtual-pointer-unstable-v1.xml``, version 1).
"""

from __future__ import annotations

import time

from pywayland.client import Display
from pywayland.protocol.wayland import WlSeat
from pywayland.protocol_core import Argument, ArgumentType, Interface, Proxy

BTN_LEFT, BTN_RIGHT = 0x110, 0x111  # linux/input-event-codes.h
PRESSED, RELEASED = 1, 0


class ZwlrVirtualPointerV1(Interface):
    name = "zwlr_virtual_pointer_v1"
    version = 1


class ZwlrVirtualPointerV1Proxy(Proxy[ZwlrVirtualPointerV1]):
    """Requests in the protocol's order: pywayland numbers them by their place here."""

    interface = ZwlrVirtualPointerV1

    @ZwlrVirtualPointerV1.request(
        Argument(ArgumentType.Uint), Argument(ArgumentType.Fixed), Argument(ArgumentType.Fixed)
    )
    def motion(self, time: int, dx: float, dy: float) -> None:
        self._marshal(0, time, dx, dy)

    @ZwlrVirtualPointerV1.request(
        Argument(ArgumentType.Uint),
        Argument(ArgumentType.Uint),
        Argument(ArgumentType.Uint),
        Argument(ArgumentType.Uint),
        Argument(ArgumentType.Uint),
    )
    def motion_absolute(self, time: int, x: int, y: int, x_extent: int, y_extent: int) -> None:
        self._marshal(1, time, x, y, x_extent, y_extent)

    @ZwlrVirtualPointerV1.request(
        Argument(ArgumentType.Uint), Argument(ArgumentType.Uint), Argument(ArgumentType.Uint)
    )
    def button(self, time: int, button: int, state: int) -> None:
        self._marshal(2, time, button, state)

    @ZwlrVirtualPointerV1.request(
        Argument(ArgumentType.Uint), Argument(ArgumentType.Uint), Argument(ArgumentType.Fixed)
    )
    def axis(self, time: int, axis: int, value: float) -> None:
        self._marshal(3, time, axis, value)

    @ZwlrVirtualPointerV1.request()
    def frame(self) -> None:
        self._marshal(4)


class ZwlrVirtualPointerManagerV1(Interface):
    name = "zwlr_virtual_pointer_manager_v1"
    version = 1


class ZwlrVirtualPointerManagerV1Proxy(Proxy[ZwlrVirtualPointerManagerV1]):
    interface = ZwlrVirtualPointerManagerV1

    @ZwlrVirtualPointerManagerV1.request(
        Argument(ArgumentType.Object, interface=WlSeat, nullable=True),
        Argument(ArgumentType.NewId, interface=ZwlrVirtualPointerV1),
    )
    def create_virtual_pointer(self, seat: object | None) -> ZwlrVirtualPointerV1Proxy:
        return self._marshal_constructor(0, ZwlrVirtualPointerV1, seat)  # type: ignore[no-any-return]


for _interface, _proxy in (
    (ZwlrVirtualPointerV1, ZwlrVirtualPointerV1Proxy),
    (ZwlrVirtualPointerManagerV1, ZwlrVirtualPointerManagerV1Proxy),
):
    _interface._gen_c()
    _interface.proxy_class = _proxy  # type: ignore[assignment]


class VirtualPointer:
    """One virtual mouse on the compositor at ``socket`` (a Wayland socket's full path)."""

    def __init__(self, socket: str, width: int, height: int) -> None:
        self.width, self.height = width, height
        self.display = Display(socket)
        self.display.connect()
        found: dict[str, object] = {}

        def on_global(registry, name: int, interface: str, version: int) -> None:  # type: ignore[no-untyped-def]
            if interface == ZwlrVirtualPointerManagerV1.name:
                found["manager"] = registry.bind(name, ZwlrVirtualPointerManagerV1, 1)

        registry = self.display.get_registry()
        registry.dispatcher["global"] = on_global
        self.display.roundtrip()
        if "manager" not in found:
            self.display.disconnect()
            raise RuntimeError("the compositor offers no zwlr_virtual_pointer_manager_v1")
        manager: ZwlrVirtualPointerManagerV1Proxy = found["manager"]  # type: ignore[assignment]
        self.pointer = manager.create_virtual_pointer(None)  # the default seat
        self.display.roundtrip()

    def _now(self) -> int:
        return int(time.monotonic() * 1000) & 0xFFFFFFFF

    def move(self, x: int, y: int) -> None:
        self.pointer.motion_absolute(self._now(), x, y, self.width, self.height)
        self.pointer.frame()
        self.display.roundtrip()

    def click(self, x: int, y: int, button: int = BTN_LEFT) -> None:
        self.move(x, y)
        for state in (PRESSED, RELEASED):
            self.pointer.button(self._now(), button, state)
            self.pointer.frame()
            self.display.roundtrip()

    def close(self) -> None:
        self.display.disconnect()
