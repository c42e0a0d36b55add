"""Full-screen on X11: the active window's EWMH state, through the shared libX11 binding.

The active window is the root's ``_NET_ACTIVE_WINDOW`` and its ``_NET_WM_STATE`` says
``_NET_WM_STATE_FULLSCREEN``. A window with no EWMH state at all (no window manager, or
a game that just sizes itself to the screen) counts as full-screen when it covers a
whole monitor (Xinerama screens when libXinerama is there, else the root window).
"""

from __future__ import annotations

import ctypes
import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Protocol

from deadbutt_tray.platform.x11 import (
    XErrorHandler,
    XWindowAttributes,
    load_x11,
    load_xinerama,
)

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class Rect:
    """A rectangle in root-window coordinates."""

    x: int
    y: int
    width: int
    height: int

    def covers(self, other: Rect) -> bool:
        return (
            self.x <= other.x
            and self.y <= other.y
            and self.x + self.width >= other.x + other.width
            and self.y + self.height >= other.y + other.height
        )


class XError(Exception):
    """An X protocol error (e.g. BadWindow: the window went away while we looked)."""


class XConnection(Protocol):
    """The few X11 questions the detector asks; :class:`XlibConnection` is the real one."""

    def root(self) -> int: ...
    def atom(self, name: str) -> int: ...
    def property_items(self, window: int, name: str) -> list[int] | None:
        """A 32-bit list property (atoms, windows), or None if the window has none."""
        ...

    def input_focus(self) -> int | None: ...
    def frame(self, window: int) -> Rect:
        """The window's rectangle in root coordinates."""
        ...

    def screens(self) -> list[Rect]:
        """Monitors (Xinerama) or, without that, the whole root window."""
        ...

    def close(self) -> None: ...


class X11FullscreenDetector:
    """Full-screen per EWMH, or by geometry for windows with no EWMH state at all."""

    name = "X11 _NET_WM_STATE"

    def __init__(self, connection: XConnection) -> None:
        self._conn: XConnection | None = connection

    @classmethod
    def open(cls, display: str) -> X11FullscreenDetector:
        """Connect to ``display``; raises OSError when libX11 or the display is missing."""
        return cls(XlibConnection(display))

    def is_fullscreen_active(self) -> bool | None:
        conn = self._conn
        if conn is None:
            return None
        try:
            return self._check(conn)
        except XError as exc:
            # Typically the active window closed between two requests: ask next tick.
            logger.debug("full-screen check: %s", exc)
            return None

    def _check(self, conn: XConnection) -> bool:
        root = conn.root()
        active_items = conn.property_items(root, "_NET_ACTIVE_WINDOW")
        if active_items is None:
            # No EWMH window manager: the window with the keyboard is the active one.
            active = conn.input_focus()
        else:
            active = active_items[0] if active_items else None
        if not active or active == root:
            return False
        state = conn.property_items(active, "_NET_WM_STATE")
        if state is not None:
            # A window manager keeps the state: trust it. (A maximized, undecorated
            # window may cover the screen too, and is not full-screen.)
            return conn.atom("_NET_WM_STATE_FULLSCREEN") in state
        kinds = conn.property_items(active, "_NET_WM_WINDOW_TYPE") or []
        if conn.atom("_NET_WM_WINDOW_TYPE_DESKTOP") in kinds or (
            conn.atom("_NET_WM_WINDOW_TYPE_DOCK") in kinds
        ):
            return False  # the desktop background covers the screen but is no full-screen app
        frame = conn.frame(active)
        return any(frame.covers(screen) for screen in conn.screens())

    def close(self) -> None:
        if self._conn is not None:
            self._conn.close()
            self._conn = None


def load_libraries() -> tuple[ctypes.CDLL, ctypes.CDLL | None]:
    """libX11 and, if installed, libXinerama, from the shared binding (``platform/x11.py``)."""
    return load_x11(), load_xinerama()


_ANY_PROPERTY_TYPE = 0
_SUCCESS = 0
_MAX_ITEMS = 64  # _NET_WM_STATE holds a dozen atoms at most


class XlibConnection:
    """An Xlib display connection of its own (the idle source has another: that's fine).

    X errors are trapped around each question with a handler that records the error and
    returns 0, so a BadWindow (the active window just closed) raises :class:`XError`
    here instead of Xlib's default handler printing it and exiting the process. The
    handler is installed only for the duration of a request and the previous one put
    back, because Xlib's handler is process-wide. Every question here waits for its
    reply, and Xlib hands an error for that request to the handler before it returns:
    no ``XSync`` after it (each would be one more round trip, a wake-up, every tick).
    """

    def __init__(
        self,
        display: str,
        *,
        load: Callable[[], tuple[ctypes.CDLL, ctypes.CDLL | None]] = load_libraries,
    ) -> None:
        self._x11, self._xinerama = load()
        self._display = self._x11.XOpenDisplay(display.encode())
        if not self._display:
            raise OSError(f"cannot open X display {display!r}")
        self._root = int(self._x11.XDefaultRootWindow(self._display))
        self._atoms: dict[str, int] = {}
        self._error: int | None = None
        # The ctypes callback must outlive every call that might invoke it: kept here.
        self._handler = XErrorHandler(self._on_error)
        self._handler_ptr = ctypes.cast(self._handler, ctypes.c_void_p).value

    def _on_error(self, display: int, event: Any) -> int:
        if self._error is None:
            self._error = int(event.contents.error_code)
        return 0  # handled: Xlib carries on

    def _trap(self, call: Callable[[], Any]) -> Any:
        """Run ``call`` (a request with a reply) with errors trapped; raises XError if the
        server reported one."""
        if not self._display:
            raise XError("display closed")
        self._error = None
        previous = self._x11.XSetErrorHandler(self._handler_ptr)
        try:
            result = call()  # waits for the reply, or the error in its place
        finally:
            self._x11.XSetErrorHandler(previous)
        if self._error is not None:
            raise XError(f"X error code {self._error}")
        return result

    def root(self) -> int:
        return self._root

    def atom(self, name: str) -> int:
        if name not in self._atoms:
            # only_if_exists=True: asking must not create atoms on the server. A missing
            # atom (0) is not cached: a window manager started later creates it.
            atom = int(self._x11.XInternAtom(self._display, name.encode(), 1))
            if not atom:
                return 0
            self._atoms[name] = atom
        return self._atoms[name]

    def property_items(self, window: int, name: str) -> list[int] | None:
        prop = self.atom(name)
        if not prop:
            return None  # no client ever set it, so no window has it
        actual_type = ctypes.c_ulong()
        actual_format = ctypes.c_int()
        count = ctypes.c_ulong()
        after = ctypes.c_ulong()
        data = ctypes.c_void_p()

        def get() -> int:
            return int(
                self._x11.XGetWindowProperty(
                    self._display,
                    window,
                    prop,
                    0,
                    _MAX_ITEMS,
                    0,
                    _ANY_PROPERTY_TYPE,
                    ctypes.byref(actual_type),
                    ctypes.byref(actual_format),
                    ctypes.byref(count),
                    ctypes.byref(after),
                    ctypes.byref(data),
                )
            )

        try:
            status = self._trap(get)
        except XError:
            if data:
                self._x11.XFree(data)
            raise
        try:
            if status != _SUCCESS or actual_type.value == 0:
                return None  # the window does not have the property
            if actual_format.value != 32:
                return []
            # Format-32 items come back as C longs, whatever their size on the wire.
            items = ctypes.cast(data, ctypes.POINTER(ctypes.c_ulong))
            return [int(items[i]) for i in range(count.value)]
        finally:
            if data:
                self._x11.XFree(data)

    def input_focus(self) -> int | None:
        focus = ctypes.c_ulong()
        revert = ctypes.c_int()
        self._trap(lambda: self._x11.XGetInputFocus(self._display, focus, revert))
        return int(focus.value) if focus.value > 1 else None  # 0 None, 1 PointerRoot

    def frame(self, window: int) -> Rect:
        attrs = XWindowAttributes()
        x, y, child = ctypes.c_int(), ctypes.c_int(), ctypes.c_ulong()
        if not self._trap(lambda: self._x11.XGetWindowAttributes(self._display, window, attrs)):
            raise XError("XGetWindowAttributes failed")
        # Attributes are relative to the parent (a window manager's frame): translate.
        self._trap(
            lambda: self._x11.XTranslateCoordinates(
                self._display, window, self._root, 0, 0, x, y, child
            )
        )
        return Rect(x.value, y.value, attrs.width, attrs.height)

    def screens(self) -> list[Rect]:
        xinerama = self._xinerama
        if xinerama is not None and xinerama.XineramaIsActive(self._display):
            count = ctypes.c_int()
            info = xinerama.XineramaQueryScreens(self._display, ctypes.byref(count))
            if info:
                try:
                    return [
                        Rect(info[i].x_org, info[i].y_org, info[i].width, info[i].height)
                        for i in range(count.value)
                    ]
                finally:
                    self._x11.XFree(info)
        root = XWindowAttributes()
        if not self._trap(lambda: self._x11.XGetWindowAttributes(self._display, self._root, root)):
            raise XError("XGetWindowAttributes(root) failed")
        return [Rect(0, 0, root.width, root.height)]

    def close(self) -> None:
        if self._display:
            self._x11.XCloseDisplay(self._display)
            self._display = None
