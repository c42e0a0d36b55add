"""Picks the full-screen detector for this desktop.

- X11: :class:`~deadbutt_tray.platform.fullscreen.x11.X11FullscreenDetector`.
- Windows: :class:`~deadbutt_tray.platform.fullscreen.windows.WindowsFullscreenDetector`.
- macOS: none. There is no public API for "a full-screen app is frontmost" without
  extra dependencies (PyObjC); the app falls back to the user's do-not-disturb.
- Wayland: none. No protocol lets one client see another's window state; XWayland's
  ``_NET_ACTIVE_WINDOW`` only knows X11 windows, so it would be wrong most of the time.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Mapping

from deadbutt_tray.platform.desktop import Desktop
from deadbutt_tray.platform.fullscreen.base import FullscreenDetector, NullFullscreenDetector


def choose_fullscreen_detector(
    env: Mapping[str, str] = os.environ, platform: str = sys.platform
) -> FullscreenDetector:
    """The detector for this desktop; a :class:`NullFullscreenDetector` saying why if none.

    Never raises: full-screen detection is a nicety, and the app runs without it.
    """
    desktop = Desktop.detect(env, platform)
    if desktop.is_windows:
        from deadbutt_tray.platform.fullscreen.windows import WindowsFullscreenDetector

        try:
            return WindowsFullscreenDetector()
        except OSError as exc:
            return NullFullscreenDetector(f"Windows: {exc}")
    if desktop.is_macos:
        return NullFullscreenDetector(
            "macOS: no public API tells whether a full-screen app is in front"
        )
    if desktop.session == "wayland":
        return NullFullscreenDetector(
            "Wayland: no protocol lets an app see whether another window is full-screen"
        )
    if desktop.session != "x11" or not desktop.x_display:
        return NullFullscreenDetector("no graphical session (DISPLAY is not set)")
    from deadbutt_tray.platform.fullscreen.x11 import X11FullscreenDetector

    try:
        return X11FullscreenDetector.open(desktop.x_display)
    except OSError as exc:
        return NullFullscreenDetector(f"X11: {exc}")
