"""Can Qt open a window here? Asked before Qt is loaded, so the answer is one clear line.

Without a display, or on X11 without the xcb libraries Qt 6.5+ needs (``libxcb-cursor0``
above all), Qt aborts with "could not load the Qt platform plugin", which tells an
office worker nothing. This names the missing Debian/Ubuntu package instead.
"""

from __future__ import annotations

import ctypes
import sys
from collections.abc import Callable, Mapping

# The shared libraries Qt's xcb platform plugin loads, and the Debian/Ubuntu package
# (the same names on both) that provides each.
XCB_LIBRARIES: dict[str, str] = {
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libEGL.so.1": "libegl1",
    "libfontconfig.so.1": "libfontconfig1",
}


def _loads(soname: str) -> bool:
    try:
        ctypes.CDLL(soname)
    except OSError:
        return False
    return True


def display_problem(
    env: Mapping[str, str],
    platform: str = sys.platform,
    loads: Callable[[str], bool] = _loads,
) -> str | None:
    """Why the GUI cannot start here, in one line, or None if it should."""
    if not platform.startswith("linux") and "bsd" not in platform:
        return None
    qpa = env.get("QT_QPA_PLATFORM", "")
    if qpa and not qpa.startswith(("xcb", "wayland")):
        return None  # offscreen, minimal, vnc…: the user chose; Qt will manage
    has_x = bool(env.get("DISPLAY"))
    has_wayland = bool(env.get("WAYLAND_DISPLAY"))
    if not has_x and not has_wayland:
        return (
            "deadbutt-tray needs a graphical desktop, and none was found "
            "(neither DISPLAY nor WAYLAND_DISPLAY is set)."
        )
    uses_xcb = qpa.startswith("xcb") or (not qpa and not has_wayland)
    if not uses_xcb:
        return None
    missing = sorted({pkg for lib, pkg in XCB_LIBRARIES.items() if not loads(lib)})
    if missing:
        return (
            "deadbutt-tray can't open windows on this X11 desktop: Qt needs "
            f"{', '.join(missing)}. Install with: sudo apt-get install {' '.join(missing)}"
        )
    return None
