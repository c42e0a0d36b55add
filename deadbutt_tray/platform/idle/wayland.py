"""Idle time on wlroots, KDE and other Wayland compositors: ``ext-idle-notify-v1``.

Needs the optional ``pywayland`` extra (``pip install 'deadbutt-tray[wayland]'``).

The protocol does not expose a counter. It sends ``idled`` once no input has happened
for a chosen timeout and ``resumed`` at the next input, so the idle time is estimated
as "timeout + time since ``idled``" while idle and 0 otherwise. Events are read
without blocking on each :meth:`WaylandIdleSource.seconds_idle` call, so an ``idled``
is only seen at the next tick: the estimate is low by at most one tick interval,
which is far below the minutes that decide whether a break counted.

We ask for *input* idleness (protocol version 2) when the compositor offers it, so a
video player's idle inhibitor does not hide that the person walked away, the same
as the X11 and D-Bus counters, which count input only.
"""

from __future__ import annotations

import logging
import select
import time
from collections.abc import Callable
from types import SimpleNamespace
from typing import Any

from deadbutt_tray.platform.idle.base import IdleSourceUnavailableError

logger = logging.getLogger(__name__)

NOTIFIER_INTERFACE = "ext_idle_notifier_v1"
SEAT_INTERFACE = "wl_seat"
DEFAULT_TIMEOUT_S = 10.0


def import_pywayland() -> SimpleNamespace:
    """The three pywayland classes this module needs, or IdleSourceUnavailableError."""
    try:
        from pywayland.client import Display
        from pywayland.protocol.ext_idle_notify_v1 import ExtIdleNotifierV1
        from pywayland.protocol.wayland import WlSeat
    except (ImportError, OSError) as exc:
        # OSError: pywayland is there but libwayland-client.so is not.
        raise IdleSourceUnavailableError(
            f"pywayland is not installed ({exc}); install it with "
            "pip install 'deadbutt-tray[wayland]'"
        ) from exc
    return SimpleNamespace(Display=Display, WlSeat=WlSeat, ExtIdleNotifierV1=ExtIdleNotifierV1)


def _fd_readable(fd: int) -> bool:
    readable, _, _ = select.select([fd], [], [], 0)
    return bool(readable)


class WaylandIdleSource:
    """Idle estimate from the compositor's ``ext_idle_notifier_v1`` global.

    ``pywayland`` is a namespace with ``Display``, ``WlSeat`` and ``ExtIdleNotifierV1``
    (the real module by default); tests pass fakes, along with ``clock`` and
    ``fd_readable``.
    """

    name = "Wayland ext-idle-notify-v1"

    def __init__(
        self,
        timeout_s: float = DEFAULT_TIMEOUT_S,
        display_name: str | None = None,
        *,
        clock: Callable[[], float] = time.monotonic,
        pywayland: Any = None,
        fd_readable: Callable[[int], bool] = _fd_readable,
    ) -> None:
        wl = pywayland if pywayland is not None else import_pywayland()
        self._timeout_s = timeout_s
        self._clock = clock
        self._fd_readable = fd_readable
        self._idle_since: float | None = None
        self._broken = False
        # Every proxy is kept here so close() can tear them down before the display:
        # pywayland crashes if a proxy is freed after its display was disconnected.
        self._registry: Any = None
        self._seat: Any = None
        self._notification: Any = None
        self._notifier: Any = None
        self._display: Any = None

        display = wl.Display(display_name)
        try:
            display.connect()
        except (ValueError, RuntimeError, OSError) as exc:
            raise IdleSourceUnavailableError(
                f"cannot connect to Wayland display {display_name or '(default)'}: {exc}"
            ) from exc
        self._display = display
        try:
            self._bind(wl)
        except IdleSourceUnavailableError:
            self._disconnect()
            raise
        except (RuntimeError, OSError, ValueError) as exc:
            self._disconnect()
            raise IdleSourceUnavailableError(f"Wayland setup failed: {exc}") from exc

    def _bind(self, wl: Any) -> None:
        found: dict[str, tuple[int, int]] = {}

        def on_global(registry: Any, global_id: int, interface: str, version: int) -> None:
            # The first seat is the one with the keyboard and pointer on ordinary desktops.
            if interface in (NOTIFIER_INTERFACE, SEAT_INTERFACE) and interface not in found:
                found[interface] = (global_id, version)

        registry = self._registry = self._display.get_registry()
        registry.dispatcher["global"] = on_global
        self._display.roundtrip()
        if NOTIFIER_INTERFACE not in found:
            raise IdleSourceUnavailableError(
                f"the compositor does not offer {NOTIFIER_INTERFACE} "
                "(GNOME does not: use the Mutter source there)"
            )
        if SEAT_INTERFACE not in found:
            raise IdleSourceUnavailableError("the compositor offers no wl_seat")
        notifier_id, notifier_version = found[NOTIFIER_INTERFACE]
        seat_id, _ = found[SEAT_INTERFACE]
        version = min(notifier_version, 2)
        self._notifier = registry.bind(notifier_id, wl.ExtIdleNotifierV1, version)
        seat = self._seat = registry.bind(seat_id, wl.WlSeat, 1)
        timeout_ms = round(self._timeout_s * 1000)
        if version >= 2:
            notification = self._notifier.get_input_idle_notification(timeout_ms, seat)
        else:
            notification = self._notifier.get_idle_notification(timeout_ms, seat)
        notification.dispatcher["idled"] = self._on_idled
        notification.dispatcher["resumed"] = self._on_resumed
        self._notification = notification
        self._display.roundtrip()
        logger.debug("Wayland idle notification v%d, timeout %d ms", version, timeout_ms)

    def _on_idled(self, notification: Any) -> None:
        self._idle_since = self._clock()

    def _on_resumed(self, notification: Any) -> None:
        self._idle_since = None

    def _pump(self) -> None:
        """Read and dispatch whatever the compositor sent, without ever blocking."""
        display = self._display
        display.flush()
        if self._fd_readable(display.get_fd()):
            display.read()
        display.dispatch(block=False)

    def seconds_idle(self) -> float | None:
        """Estimated seconds since the last input; ``None`` once the connection broke."""
        if self._display is None or self._broken:
            return None
        try:
            self._pump()
        except (RuntimeError, OSError, ValueError) as exc:
            logger.warning("Wayland idle source stopped working: %s", exc)
            self._broken = True
            return None
        if self._idle_since is None:
            return 0.0
        return self._timeout_s + max(0.0, self._clock() - self._idle_since)

    def _disconnect(self) -> None:
        display, self._display = self._display, None
        if display is None:
            return
        try:
            display.disconnect()
        except (RuntimeError, OSError, ValueError) as exc:
            logger.debug("Wayland disconnect failed: %s", exc)

    def close(self) -> None:
        """Destroy the notification objects and disconnect from the compositor."""
        if self._display is None:
            return
        try:
            if self._notification is not None:
                self._notification.destroy()
            if self._notifier is not None:
                self._notifier.destroy()
            self._display.flush()
        except (RuntimeError, OSError, ValueError) as exc:
            logger.debug("Wayland cleanup failed: %s", exc)
        self._notification = self._notifier = self._seat = self._registry = None
        self._disconnect()

    def __del__(self) -> None:
        # A source dropped without close() must still free its proxies before the
        # display, or the process segfaults at garbage collection.
        try:
            self.close()
        except Exception:
            logger.debug("Wayland cleanup at collection failed", exc_info=True)
