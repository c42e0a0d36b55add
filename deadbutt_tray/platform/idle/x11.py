"""Idle time on X11 from the MIT-SCREEN-SAVER extension (libXss), through ctypes.

The display is opened once and kept: opening it on every tick would cost a round trip
and a new client slot on the server each time. Only for real X11 sessions: under
XWayland the counter sees only input that goes to X11 windows (see ``chooser.py``).
"""

from __future__ import annotations

import ctypes
import logging
from collections.abc import Callable

from deadbutt_tray.platform.idle.base import IdleSourceUnavailableError
from deadbutt_tray.platform.x11 import load_x11, load_xss

logger = logging.getLogger(__name__)


def load_libraries() -> tuple[ctypes.CDLL, ctypes.CDLL]:
    """libX11 and libXss from the shared binding (``platform/x11.py``)."""
    return load_x11(), load_xss()


class X11IdleSource:
    """Idle time from the X server's screen-saver extension.

    ``display`` is an X display name such as ``":0"``; ``load`` returns the (libX11,
    libXss) pair and exists so tests can fake the C boundary.
    """

    name = "X11 XScreenSaver"

    def __init__(
        self,
        display: str,
        *,
        load: Callable[[], tuple[ctypes.CDLL, ctypes.CDLL]] = load_libraries,
    ) -> None:
        try:
            self._x11, self._xss = load()
        except OSError as exc:
            raise IdleSourceUnavailableError(
                f"libX11/libXss could not be loaded ({exc}); install libxss1"
            ) from exc
        self._display = self._x11.XOpenDisplay(display.encode())
        if not self._display:
            raise IdleSourceUnavailableError(f"cannot open X display {display!r}")
        event_base, error_base = ctypes.c_int(), ctypes.c_int()
        if not self._xss.XScreenSaverQueryExtension(
            self._display, ctypes.byref(event_base), ctypes.byref(error_base)
        ):
            self._x11.XCloseDisplay(self._display)
            self._display = None
            raise IdleSourceUnavailableError(
                f"X display {display!r} has no MIT-SCREEN-SAVER extension"
            )
        self._info = self._xss.XScreenSaverAllocInfo()
        if not self._info:
            self._x11.XCloseDisplay(self._display)
            self._display = None
            raise IdleSourceUnavailableError("XScreenSaverAllocInfo failed (out of memory?)")
        self._root = self._x11.XDefaultRootWindow(self._display)
        logger.debug("X11 idle source on display %s", display)

    def seconds_idle(self) -> float | None:
        """Milliseconds from XScreenSaverQueryInfo, as seconds; ``None`` once closed."""
        if not self._display:
            return None
        if not self._xss.XScreenSaverQueryInfo(self._display, self._root, self._info):
            return None
        return float(self._info.contents.idle) / 1000.0

    def close(self) -> None:
        """Free the info block and close the display connection."""
        if self._display:
            self._x11.XFree(self._info)
            self._x11.XCloseDisplay(self._display)
            self._display = None
            self._info = None
