"""Start at login: turn "start deadbutt-tray when I log in" on and off.

``base.py`` is the interface, its error and the null adapter; ``command.py`` the
command line that starts this app; ``chooser.py`` picks the adapter for this OS; and
one module per OS writes the entry: ``xdg.py`` (Linux and other XDG desktops),
``windows.py`` (the per-user Run key), ``macos.py`` (a LaunchAgent). This package
imports nothing itself.

Start at login is a fact about the machine, not a setting in ``config.toml``: an
adapter reads the real state each time, so an entry the user removed by hand is shown
as off. Every failure raises ``AutostartError`` with a message a person can act on.
No Qt here: the Settings dialog wraps the message in translated words.
"""
