"""Idle time on X11 from the MIT-SCREEN-SAVER extension (libXss), through ctypes.

The display is opened once and kept: opening it on every tick would cost a round trip
and a new client slot on the server each time. Only for real X11 sessions: under
XWayland the counter sees only input that goes to X11 windows (see ``idle.py``).
"""

from __future__ import annotations

import ctypes
import logging
from collections.abc import Callable

from deadbutt_tray.platform.idle import IdleSourceUnavailableError

logger = logging.getLogger(__name__)


class XScreenSaverInfo(ctypes.Structure):
    """``XScreenSaverInfo`` from ``<X11/extensions/scrnsaver.h>``."""

    _fields_ = [
        ("window", ctypes.c_ulong),
        ("state", ctypes.c_int),
        ("kind", ctypes.c_int),
        ("til_or_since", ctypes.c_ulong),
        ("idle", ctypes.c_ulong),  # milliseconds since the last input
        ("eventMask", ctypes.c_ulong),
    ]


def _load_libraries() -> tuple[ctypes.CDLL, ctypes.CDLL]:
    """libX11 and libXss, with the prototypes this module calls."""
    x11 = ctypes.CDLL("libX11.so.6")
    xss = ctypes.CDLL("libXss.so.1")
    x11.XOpenDisplay.argtypes = [ctypes.c_char_p]
    x11.XOpenDisplay.restype = ctypes.c_void_p
    x11.XDefaultRootWindow.argtypes = [ctypes.c_void_p]
    x11.XDefaultRootWindow.restype = ctypes.c_ulong
    x11.XCloseDisplay.argtypes = [ctypes.c_void_p]
    x11.XCloseDisplay.restype = ctypes.c_int
    x11.XFree.argtypes = [ctypes.c_void_p]
    x11.XFree.restype = ctypes.c_int
    xss.XScreenSaverQueryExtension.argtypes = [
        ctypes.c_void_p,
        ctypes.POINTER(ctypes.c_int),
        ctypes.POINTER(ctypes.c_int),
    ]
    xss.XScreenSaverQueryExtension.restype = ctypes.c_int
    xss.XScreenSaverAllocInfo.argtypes = []
    xss.XScreenSaverAllocInfo.restype = ctypes.POINTER(XScreenSaverInfo)
    xss.XScreenSaverQueryInfo.argtypes = [
        ctypes.c_void_p,
        ctypes.c_ulong,
        ctypes.POINTER(XScreenSaverInfo),
    ]
    xss.XScreenSaverQueryInfo.restype = ctypes.c_int
    return x11, xss


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
        load: Callable[[], tuple[ctypes.CDLL, ctypes.CDLL]] = _load_libraries,
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
        return self._info.contents.idle / 1000.0

    def close(self) -> None:
        """Free the info block and close the display connection."""
        if self._display:
            self._x11.XFree(self._info)
            self._x11.XCloseDisplay(self._display)
            self._display = None
            self._info = None
