"""deadbutt-tray: wake up sleepy glutes with well-timed micro-breaks."""

__version__ = "0.1.0"
APP_NAME = "deadbutt-tray"  # the command, and the freedesktop icon name
DESKTOP_ID = "org.deadbutt_tray.DeadbuttTray"  # packaging/linux/<id>.desktop
