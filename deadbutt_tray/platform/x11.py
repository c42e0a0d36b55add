"""The one ctypes binding to libX11 and its extensions (XScreenSaver, Xinerama, XFixes).

The idle source (``idle/x11.py``), the full-screen detector (``fullscreen/x11.py``) and
the tray host watch (``tray_host/x11.py``) each keep a display connection of their own,
but all call the C libraries through the
structures and prototypes declared here. Each library is loaded and given its
prototypes once per process; a missing library raises ``OSError`` (or, for the
optional Xinerama, gives ``None``).
"""

from __future__ import annotations

import contextlib
import ctypes
import functools
from collections.abc import Callable
from typing import Any

c_ulong_p = ctypes.POINTER(ctypes.c_ulong)
c_int_p = ctypes.POINTER(ctypes.c_int)


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


class XFixesSelectionNotifyEvent(ctypes.Structure):
    """``XFixesSelectionNotifyEvent`` from ``<X11/extensions/Xfixes.h>``."""

    _fields_ = [
        ("type", ctypes.c_int),
        ("serial", ctypes.c_ulong),
        ("send_event", ctypes.c_int),
        ("display", ctypes.c_void_p),
        ("window", ctypes.c_ulong),
        ("subtype", ctypes.c_int),  # XFixesSetSelectionOwnerNotify, …WindowDestroy…, …ClientClose…
        ("owner", ctypes.c_ulong),
        ("selection", ctypes.c_ulong),
        ("timestamp", ctypes.c_ulong),
        ("selection_timestamp", ctypes.c_ulong),
    ]


class XEvent(ctypes.Union):
    """``XEvent`` from Xlib.h: every event fits in its 24 longs; ``type`` comes first."""

    _fields_ = [
        ("type", ctypes.c_int),
        ("xfixes_selection", XFixesSelectionNotifyEvent),
        ("pad", ctypes.c_long * 24),
    ]


#: XFixes event numbers (added to the extension's event base) and selection masks.
XFIXES_SELECTION_NOTIFY = 0
XFIXES_SELECTION_ALL_MASKS = 0b111  # owner set, owner window destroyed, owner client gone

#: The C type of an Xlib I/O error handler, ``int (*)(Display *)``: the connection died.
XIOErrorHandler = ctypes.CFUNCTYPE(ctypes.c_int, ctypes.c_void_p)

#: The C type of an Xlib error handler, ``int (*)(Display *, XErrorEvent *)``.
XErrorHandler = ctypes.CFUNCTYPE(ctypes.c_int, ctypes.c_void_p, ctypes.POINTER(XErrorEvent))

_X11_PROTOTYPES: dict[str, tuple[list[Any], Any]] = {
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
    "XFlush": ([ctypes.c_void_p], ctypes.c_int),
    "XDefaultScreen": ([ctypes.c_void_p], ctypes.c_int),
    "XConnectionNumber": ([ctypes.c_void_p], ctypes.c_int),
    "XPending": ([ctypes.c_void_p], ctypes.c_int),
    "XNextEvent": ([ctypes.c_void_p, ctypes.POINTER(XEvent)], ctypes.c_int),
    "XGetSelectionOwner": ([ctypes.c_void_p, ctypes.c_ulong], ctypes.c_ulong),
    "XFree": ([ctypes.c_void_p], ctypes.c_int),
    # Handlers go in and out as plain pointers, so the previous one (maybe Qt's or the
    # default) can be put back exactly as it was.
    "XSetErrorHandler": ([ctypes.c_void_p], ctypes.c_void_p),
    "XSetIOErrorHandler": ([ctypes.c_void_p], ctypes.c_void_p),
}

_XSS_PROTOTYPES: dict[str, tuple[list[Any], Any]] = {
    "XScreenSaverQueryExtension": ([ctypes.c_void_p, c_int_p, c_int_p], ctypes.c_int),
    "XScreenSaverAllocInfo": ([], ctypes.POINTER(XScreenSaverInfo)),
    "XScreenSaverQueryInfo": (
        [ctypes.c_void_p, ctypes.c_ulong, ctypes.POINTER(XScreenSaverInfo)],
        ctypes.c_int,
    ),
}

_XINERAMA_PROTOTYPES: dict[str, tuple[list[Any], Any]] = {
    "XineramaIsActive": ([ctypes.c_void_p], ctypes.c_int),
    "XineramaQueryScreens": ([ctypes.c_void_p, c_int_p], ctypes.POINTER(XineramaScreenInfo)),
}


_XFIXES_PROTOTYPES: dict[str, tuple[list[Any], Any]] = {
    "XFixesQueryExtension": ([ctypes.c_void_p, c_int_p, c_int_p], ctypes.c_int),
    "XFixesSelectSelectionInput": (
        [ctypes.c_void_p, ctypes.c_ulong, ctypes.c_ulong, ctypes.c_ulong],
        None,
    ),
}


def _bind(soname: str, prototypes: dict[str, tuple[list[Any], Any]]) -> ctypes.CDLL:
    library = ctypes.CDLL(soname)
    for name, (argtypes, restype) in prototypes.items():
        function = getattr(library, name)
        function.argtypes = argtypes
        function.restype = restype
    return library


@functools.cache
def load_x11() -> ctypes.CDLL:
    """libX11 with the prototypes of every function this app calls; OSError if missing."""
    return _bind("libX11.so.6", _X11_PROTOTYPES)


@functools.cache
def load_xss() -> ctypes.CDLL:
    """libXss (the MIT-SCREEN-SAVER extension) with its prototypes; OSError if missing."""
    return _bind("libXss.so.1", _XSS_PROTOTYPES)


@functools.cache
def load_xinerama() -> ctypes.CDLL | None:
    """libXinerama with its prototypes, or ``None`` when it is not installed."""
    try:
        return _bind("libXinerama.so.1", _XINERAMA_PROTOTYPES)
    except OSError:
        return None  # single-monitor answers (the root window's size) are still right


@functools.cache
def load_xfixes() -> ctypes.CDLL:
    """libXfixes (selection owner notifications) with its prototypes; OSError if missing."""
    return _bind("libXfixes.so.3", _XFIXES_PROTOTYPES)


_io_error_handlers: list[Any] = []  # the C callbacks must outlive every connection


def on_connection_lost(callback: Callable[[], None]) -> bool:
    """Call ``callback`` when one of our own libX11 connections finds the server gone.

    Xlib ends the process right after its I/O error handler returns (it may not
    return into Xlib), so this is the last moment to save: the idle source's or the
    full-screen detector's connection may notice a dead X server before Qt's does.
    False when libX11 is missing.
    """
    try:
        x11 = load_x11()
    except OSError:
        return False

    def handler(_display: int) -> int:
        with contextlib.suppress(Exception):  # nothing may escape into C
            callback()
        return 0

    c_handler = XIOErrorHandler(handler)
    _io_error_handlers.append(c_handler)
    x11.XSetIOErrorHandler(ctypes.cast(c_handler, ctypes.c_void_p))
    return True
