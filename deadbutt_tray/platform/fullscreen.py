"""Is a full-screen window active (a presentation, a video call, a game)?

The app holds its prompt while one is, and shows it when it ends. Every detector answers
``True``/``False``, or ``None`` when it cannot tell, like the idle sources.

- X11: the active window (root ``_NET_ACTIVE_WINDOW``) and its ``_NET_WM_STATE``
  (``_NET_WM_STATE_FULLSCREEN``), through ctypes on libX11. A window with no EWMH state at
  all (no window manager, or a game that just sizes itself to the screen) counts as
  full-screen when it covers a whole monitor (Xinerama screens when libXinerama is there,
  else the root window).
- Windows: ``SHQueryUserNotificationState``, which is what Windows itself uses to hold
  back notifications during full-screen apps, games and presentations.
- macOS: ``None``. There is no public API for "a full-screen app is frontmost" without
  extra dependencies (PyObjC); the app falls back to the user's do-not-disturb.
- Wayland: ``None``. No protocol lets one client see another's window state; XWayland's
  ``_NET_ACTIVE_WINDOW`` only knows X11 windows, so it would be wrong most of the time.
"""

from __future__ import annotations

import ctypes
import logging
import os
import sys
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any, Protocol, runtime_checkable

from deadbutt_tray.platform.idle import session_type

logger = logging.getLogger(__name__)


@runtime_checkable
class FullscreenDetector(Protocol):
    """Answers "is a full-screen window active right now?"."""

    name: str  # for the log and the Settings dialog

    def is_fullscreen_active(self) -> bool | None:
        """True or False, or ``None`` when it cannot tell (now or on this desktop)."""
        ...

    def close(self) -> None:
        """Release the connection behind the detector; safe to call twice."""
        ...


class NullFullscreenDetector:
    """Where full-screen windows cannot be detected: always ``None``, with the reason."""

    def __init__(self, reason: str) -> None:
        self.name = "none"
        self.reason = reason

    def is_fullscreen_active(self) -> bool | None:
        return None

    def close(self) -> None:
        pass


# -- Windows -----------------------------------------------------------------------------

# QUERY_USER_NOTIFICATION_STATE (shellapi.h)
QUNS_NOT_PRESENT = 1  # screen saver, locked, or fast user switching: not full-screen
QUNS_BUSY = 2  # a full-screen app, or presentation settings on
QUNS_RUNNING_D3D_FULL_SCREEN = 3  # a full-screen Direct3D game
QUNS_PRESENTATION_MODE = 4  # presentation mode (e.g. PowerPoint's slide show)
QUNS_ACCEPTS_NOTIFICATIONS = 5
QUNS_QUIET_TIME = 6  # the first hour after a new user's first login
QUNS_APP = 7  # a Store app: windowed on Windows 10+, so not taken as full-screen

WINDOWS_FULLSCREEN_STATES = frozenset(
    {QUNS_BUSY, QUNS_RUNNING_D3D_FULL_SCREEN, QUNS_PRESENTATION_MODE}
)


def bind_shell32(windll: Any) -> Callable[[], int | None]:
    """``shell32.SHQueryUserNotificationState`` from ``windll`` as "state, or None"."""
    query = windll.shell32.SHQueryUserNotificationState
    query.argtypes = [ctypes.POINTER(ctypes.c_int)]
    query.restype = ctypes.c_long  # HRESULT

    def state() -> int | None:
        value = ctypes.c_int(0)
        if query(ctypes.pointer(value)) != 0:  # S_OK is 0; anything else failed
            return None
        return int(value.value)

    return state


class WindowsFullscreenDetector:
    """Full-screen apps, D3D games and presentation mode, as Windows itself sees them.

    ``query`` returns the ``QUERY_USER_NOTIFICATION_STATE`` or ``None`` on failure;
    by default it calls shell32 through ``ctypes.windll``. Tests pass a fake.
    """

    name = "Windows SHQueryUserNotificationState"

    def __init__(self, query: Callable[[], int | None] | None = None) -> None:
        if query is None:
            windll = getattr(ctypes, "windll", None)
            if windll is None:
                raise OSError("not running on Windows")
            query = bind_shell32(windll)
        self._query = query

    def is_fullscreen_active(self) -> bool | None:
        state = self._query()
        if state is None:
            return None
        return state in WINDOWS_FULLSCREEN_STATES

    def close(self) -> None:
        pass


# -- X11 ---------------------------------------------------------------------------------


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


class XErrorEvent(ctypes.Structure):
    """``XErrorEvent`` from Xlib.h."""

    _fields_ = [
        ("type", ctypes.c_int),
        ("display", ctypes.c_void_p),
        ("resourceid", ctypes.c_ulong),
        ("serial", ctypes.c_ulong),
        ("error_code", ctypes.c_ubyte),
        ("request_code", ctypes.c_ubyte),
        ("minor_code", ctypes.c_ubyte),
    ]


class XWindowAttributes(ctypes.Structure):
    """``XWindowAttributes`` from Xlib.h (every field: the struct's size must be right)."""

    _fields_ = [
        ("x", ctypes.c_int),
        ("y", ctypes.c_int),
        ("width", ctypes.c_int),
        ("height", ctypes.c_int),
        ("border_width", ctypes.c_int),
        ("depth", ctypes.c_int),
        ("visual", ctypes.c_void_p),
        ("root", ctypes.c_ulong),
        ("c_class", ctypes.c_int),
        ("bit_gravity", ctypes.c_int),
        ("win_gravity", ctypes.c_int),
        ("backing_store", ctypes.c_int),
        ("backing_planes", ctypes.c_ulong),
        ("backing_pixel", ctypes.c_ulong),
        ("save_under", ctypes.c_int),
        ("colormap", ctypes.c_ulong),
        ("map_installed", ctypes.c_int),
        ("map_state", ctypes.c_int),
        ("all_event_masks", ctypes.c_long),
        ("your_event_mask", ctypes.c_long),
        ("do_not_propagate_mask", ctypes.c_long),
        ("override_redirect", ctypes.c_int),
        ("screen", ctypes.c_void_p),
    ]


class XineramaScreenInfo(ctypes.Structure):
    """``XineramaScreenInfo`` from Xinerama.h."""

    _fields_ = [
        ("screen_number", ctypes.c_int),
        ("x_org", ctypes.c_short),
        ("y_org", ctypes.c_short),
        ("width", ctypes.c_short),
        ("height", ctypes.c_short),
    ]


XErrorHandler = ctypes.CFUNCTYPE(ctypes.c_int, ctypes.c_void_p, ctypes.POINTER(XErrorEvent))

_ANY_PROPERTY_TYPE = 0
_SUCCESS = 0
_MAX_ITEMS = 64  # _NET_WM_STATE holds a dozen atoms at most


def _load_libraries() -> tuple[ctypes.CDLL, ctypes.CDLL | None]:
    """libX11 with the prototypes used here, and libXinerama if it is installed."""
    x11 = ctypes.CDLL("libX11.so.6")
    c_ulong_p = ctypes.POINTER(ctypes.c_ulong)
    c_int_p = ctypes.POINTER(ctypes.c_int)
    prototypes: dict[str, tuple[list[Any], Any]] = {
        "XOpenDisplay": ([ctypes.c_char_p], ctypes.c_void_p),
        "XCloseDisplay": ([ctypes.c_void_p], ctypes.c_int),
        "XDefaultRootWindow": ([ctypes.c_void_p], ctypes.c_ulong),
        "XInternAtom": ([ctypes.c_void_p, ctypes.c_char_p, ctypes.c_int], ctypes.c_ulong),
        "XGetWindowProperty": (
            [
                ctypes.c_void_p,
                ctypes.c_ulong,
                ctypes.c_ulong,
                ctypes.c_long,
                ctypes.c_long,
                ctypes.c_int,
                ctypes.c_ulong,
                c_ulong_p,
                c_int_p,
                c_ulong_p,
                c_ulong_p,
                ctypes.POINTER(ctypes.c_void_p),
            ],
            ctypes.c_int,
        ),
        "XGetWindowAttributes": (
            [ctypes.c_void_p, ctypes.c_ulong, ctypes.POINTER(XWindowAttributes)],
            ctypes.c_int,
        ),
        "XTranslateCoordinates": (
            [
                ctypes.c_void_p,
                ctypes.c_ulong,
                ctypes.c_ulong,
                ctypes.c_int,
                ctypes.c_int,
                c_int_p,
                c_int_p,
                c_ulong_p,
            ],
            ctypes.c_int,
        ),
        "XGetInputFocus": ([ctypes.c_void_p, c_ulong_p, c_int_p], ctypes.c_int),
        "XSync": ([ctypes.c_void_p, ctypes.c_int], ctypes.c_int),
        "XFree": ([ctypes.c_void_p], ctypes.c_int),
        # Handlers go in and out as plain pointers, so the previous one (maybe Qt's or
        # the default) can be put back exactly as it was.
        "XSetErrorHandler": ([ctypes.c_void_p], ctypes.c_void_p),
    }
    for name, (argtypes, restype) in prototypes.items():
        function = getattr(x11, name)
        function.argtypes = argtypes
        function.restype = restype
    try:
        xinerama = ctypes.CDLL("libXinerama.so.1")
    except OSError:
        return x11, None  # single-monitor answers (root size) are still right
    xinerama.XineramaIsActive.argtypes = [ctypes.c_void_p]
    xinerama.XineramaIsActive.restype = ctypes.c_int
    xinerama.XineramaQueryScreens.argtypes = [ctypes.c_void_p, c_int_p]
    xinerama.XineramaQueryScreens.restype = ctypes.POINTER(XineramaScreenInfo)
    return x11, xinerama


class XlibConnection:
    """An Xlib display connection of its own (the idle source has another: that's fine).

    X errors are trapped around each question with a handler that records the error and
    returns 0, so a BadWindow (the active window just closed) raises :class:`XError`
    here instead of Xlib's default handler printing it and exiting the process. The
    handler is installed only for the duration of a request and the previous one put
    back, because Xlib's handler is process-wide.
    """

    def __init__(
        self,
        display: str,
        *,
        load: Callable[[], tuple[ctypes.CDLL, ctypes.CDLL | None]] = _load_libraries,
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
        """Run ``call`` with errors trapped; raises XError if the server reported one."""
        if not self._display:
            raise XError("display closed")
        self._error = None
        previous = self._x11.XSetErrorHandler(self._handler_ptr)
        try:
            result = call()
            self._x11.XSync(self._display, 0)  # errors of this request arrive by now
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


# -- choosing ----------------------------------------------------------------------------


def choose_fullscreen_detector(
    env: Mapping[str, str] = os.environ, platform: str = sys.platform
) -> FullscreenDetector:
    """The detector for this desktop; a :class:`NullFullscreenDetector` saying why if none.

    Never raises: full-screen detection is a nicety, and the app runs without it.
    """
    if platform == "win32":
        try:
            return WindowsFullscreenDetector()
        except OSError as exc:
            return NullFullscreenDetector(f"Windows: {exc}")
    if platform == "darwin":
        return NullFullscreenDetector(
            "macOS: no public API tells whether a full-screen app is in front"
        )
    kind = session_type(env)
    if kind == "wayland":
        return NullFullscreenDetector(
            "Wayland: no protocol lets an app see whether another window is full-screen"
        )
    display = env.get("DISPLAY")
    if kind != "x11" or not display:
        return NullFullscreenDetector("no graphical session (DISPLAY is not set)")
    try:
        return X11FullscreenDetector.open(display)
    except OSError as exc:
        return NullFullscreenDetector(f"X11: {exc}")
