"""Full-screen on Windows: ``SHQueryUserNotificationState``, through ctypes.

It is what Windows itself uses to hold back notifications during full-screen apps,
games and presentations.
"""

from __future__ import annotations

import ctypes
from collections.abc import Callable
from typing import Any

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
