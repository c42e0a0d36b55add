"""Idle time on X11 from the MIT-SCREEN-SAVER extension (libXss), through ctypes.

The display is opened once and kept: opening it on every tick would cost a round trip
and a new client slot on the server each time. Only for real X11 sessions: under
XWayland the counter sees only input that goes to X11 windows (see ``chooser.py``).
"""

from __future__ import annotations

import ctypes
import logging
import time
from collections.abc import Callable

from deadbutt_tray.platform.idle.base import IdleSourceUnavailableError
from deadbutt_tray.platform.x11 import load_x11, load_xss

logger = logging.getLogger(__name__)

SCREEN_SAVER_ON = 1  # XScreenSaverInfo.state: ScreenSaverOn (scrnsaver.h)
ANY_PROPERTY_TYPE = 0
# Each question to the X server is a round trip, and a wake-up of the app: the tick asks
# for the idle time and then for the saver state, which the same reply holds.
STATE_REUSE_S = 1.0  # screen_saver_active() takes the state seconds_idle() just read
ATOM_LOOK_EVERY_S = 60.0  # until xscreensaver has run, its atom is looked for this often


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
        self._status_atom: int | None = None  # _SCREENSAVER_STATUS, once looked up
        self._next_atom_look = 0.0  # monotonic time of the next look while it is missing
        self._blank_atoms: set[int] = set()
        self._state_read: tuple[float, int] | None = None  # (monotonic time, saver state)
        logger.debug("X11 idle source on display %s", display)

    def seconds_idle(self) -> float | None:
        """Milliseconds from XScreenSaverQueryInfo, as seconds; ``None`` once closed."""
        if not self._display:
            return None
        if not self._xss.XScreenSaverQueryInfo(self._display, self._root, self._info):
            return None
        self._state_read = (time.monotonic(), int(self._info.contents.state))
        return float(self._info.contents.idle) / 1000.0

    def screen_saver_active(self) -> bool | None:
        """Whether the screen is blanked or locked by an X11 screen saver; None: can't tell.

        The server's own saver (``xset s activate``, DPMS-style blanking) shows in the
        MIT-SCREEN-SAVER state; xscreensaver, which draws its own window, announces
        blanking and locking in the root window's ``_SCREENSAVER_STATUS`` property.
        Right after :meth:`seconds_idle` (the tick) it takes the state that query read,
        once, instead of asking the server again.
        """
        if not self._display:
            return None
        read, self._state_read = self._state_read, None
        if read is not None and time.monotonic() - read[0] < STATE_REUSE_S:
            state = read[1]
        elif self._xss.XScreenSaverQueryInfo(self._display, self._root, self._info):
            state = int(self._info.contents.state)
        else:
            return None
        if state == SCREEN_SAVER_ON:
            return True
        return self._xscreensaver_blanked()

    def _xscreensaver_blanked(self) -> bool:
        """xscreensaver's status: the first item is the atom BLANK or LOCK, or 0."""
        if not self._status_atom:  # looked up until xscreensaver has run (then it stays)
            now = time.monotonic()
            if now < self._next_atom_look:
                return False
            self._status_atom = self._x11.XInternAtom(self._display, b"_SCREENSAVER_STATUS", 1)
            if not self._status_atom:
                self._next_atom_look = now + ATOM_LOOK_EVERY_S
                return False  # xscreensaver never ran on this display (yet)
        if len(self._blank_atoms) < 2:
            self._blank_atoms = {
                self._x11.XInternAtom(self._display, name, 1) for name in (b"BLANK", b"LOCK")
            } - {0}
        actual_type, actual_format = ctypes.c_ulong(), ctypes.c_int()
        count, after, data = ctypes.c_ulong(), ctypes.c_ulong(), ctypes.c_void_p()
        status = self._x11.XGetWindowProperty(
            self._display, self._root, self._status_atom, 0, 3, 0, ANY_PROPERTY_TYPE,
            ctypes.byref(actual_type), ctypes.byref(actual_format), ctypes.byref(count),
            ctypes.byref(after), ctypes.byref(data),
        )  # fmt: skip
        try:
            if status != 0 or actual_format.value != 32 or count.value < 1:
                return False
            first = int(ctypes.cast(data, ctypes.POINTER(ctypes.c_ulong))[0])
            return first in self._blank_atoms
        finally:
            if data:
                self._x11.XFree(data)

    def close(self) -> None:
        """Free the info block and close the display connection."""
        if self._display:
            self._x11.XFree(self._info)
            self._x11.XCloseDisplay(self._display)
            self._display = None
            self._info = None
