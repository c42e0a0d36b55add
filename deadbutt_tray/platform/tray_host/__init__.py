"""A system-tray host appearing or going away while the app runs (``watcher.py``), told
by events: the X11 tray selection's owner (``x11.py``) and the StatusNotifierWatcher's
name on the session bus."""

from deadbutt_tray.platform.tray_host.watcher import TrayHostWatcher

__all__ = ["TrayHostWatcher"]
