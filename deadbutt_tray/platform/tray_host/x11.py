"""X11: the owner of the tray manager selection ``_NET_SYSTEM_TRAY_S<screen>`` changes.

An XEmbed tray host (trayer, stalonetray, a panel's systray) owns that selection while it
runs (the System Tray Protocol). XFixes tells a client when a selection's owner is set,
when the owner's window is destroyed and when its client goes away, so a host starting,
restarting or quitting is known at once, with no polling. The watch keeps a display
connection of its own (through the shared libX11 binding) and reads it when its socket
has something to read.
"""

from __future__ import annotations

import ctypes
import logging
from collections.abc import Callable

from PySide6.QtCore import QObject, QSocketNotifier, Signal

from deadbutt_tray.platform.x11 import (
    XFIXES_SELECTION_ALL_MASKS,
    XFIXES_SELECTION_NOTIFY,
    XEvent,
    load_x11,
    load_xfixes,
)

log = logging.getLogger(__name__)


def load_libraries() -> tuple[ctypes.CDLL, ctypes.CDLL]:
    """libX11 and libXfixes from the shared binding (``platform/x11.py``)."""
    return load_x11(), load_xfixes()


class TraySelectionWatch(QObject):
    """Emits ``changed`` when the tray selection of ``display``'s default screen gets a
    new owner or loses its owner. :meth:`open` gives ``None`` where it can't watch."""

    changed = Signal()

    def __init__(
        self,
        display: str,
        parent: QObject | None = None,
        *,
        load: Callable[[], tuple[ctypes.CDLL, ctypes.CDLL]] = load_libraries,
    ) -> None:
        super().__init__(parent)
        self._x11, xfixes = load()
        self._display = self._x11.XOpenDisplay(display.encode())
        if not self._display:
            raise OSError(f"cannot open X display {display!r}")
        event_base, error_base = ctypes.c_int(), ctypes.c_int()
        if not xfixes.XFixesQueryExtension(
            self._display, ctypes.byref(event_base), ctypes.byref(error_base)
        ):
            self._x11.XCloseDisplay(self._display)
            self._display = None
            raise OSError(f"X display {display!r} has no XFIXES extension")
        self._notify_type = event_base.value + XFIXES_SELECTION_NOTIFY
        screen = self._x11.XDefaultScreen(self._display)
        self.selection_name = f"_NET_SYSTEM_TRAY_S{screen}"
        # Created if missing (only_if_exists=False): the tray may come later.
        self._selection = self._x11.XInternAtom(self._display, self.selection_name.encode(), 0)
        root = self._x11.XDefaultRootWindow(self._display)
        xfixes.XFixesSelectSelectionInput(
            self._display, root, self._selection, XFIXES_SELECTION_ALL_MASKS
        )
        self._x11.XFlush(self._display)
        self._event = XEvent()
        self._notifier = QSocketNotifier(
            self._x11.XConnectionNumber(self._display), QSocketNotifier.Type.Read, self
        )
        self._notifier.activated.connect(self._read)
        log.debug("watching the owner of %s on %s", self.selection_name, display)

    @classmethod
    def open(cls, display: str, parent: QObject | None = None) -> TraySelectionWatch | None:
        """The watch on ``display``, or ``None`` (logged) when libXfixes, the display or the
        extension is missing."""
        try:
            return cls(display, parent)
        except OSError as error:
            log.info("tray selection owner not watched: %s", error)
            return None

    def owner(self) -> int:
        """The window that owns the tray selection now (0: none). A round trip."""
        if not self._display:
            return 0
        return int(self._x11.XGetSelectionOwner(self._display, self._selection))

    def _read(self) -> None:
        if not self._display:
            return
        seen = False
        while self._x11.XPending(self._display) > 0:
            self._x11.XNextEvent(self._display, ctypes.byref(self._event))
            if self._event.type == self._notify_type:
                event = self._event.xfixes_selection
                log.debug("tray selection: subtype %d, owner %#x", event.subtype, event.owner)
                seen = True
        if seen:
            self.changed.emit()

    def close(self) -> None:
        if self._display:
            self._notifier.setEnabled(False)
            self._x11.XCloseDisplay(self._display)
            self._display = None
