"""Picks the start-at-login adapter for this OS."""

from __future__ import annotations

import os
import sys
from collections.abc import Mapping, Sequence
from pathlib import Path

from deadbutt_tray.platform.autostart.base import Autostart, NullAutostart
from deadbutt_tray.platform.autostart.command import launch_command
from deadbutt_tray.platform.desktop import Desktop

NO_HOME = "no home folder is known for this user"


def autostart_for_platform(
    exec_args: Sequence[str],
    platform: str = sys.platform,
    env: Mapping[str, str] = os.environ,
    home: Path | None = None,
) -> Autostart:
    """The start-at-login adapter for this OS.

    ``exec_args`` follow the program on the login command line, e.g.
    ``["--data-dir", "/abs/dir"]`` when the app runs with one (use an absolute path: the
    login session does not start in today's working folder). ``home`` defaults to the
    user's home folder; without one (and, on Linux, without an absolute
    ``XDG_CONFIG_HOME``) the adapter is a :class:`NullAutostart`.
    """
    desktop = Desktop.detect(env, platform)
    if home is None:
        home = _home()
    command = launch_command(exec_args, platform=platform, env=env, home=home)
    if desktop.is_windows:
        from deadbutt_tray.platform.autostart.windows import WindowsRunKey

        return WindowsRunKey(command)
    if desktop.is_macos:
        if home is None:
            return NullAutostart(NO_HOME)
        from deadbutt_tray.platform.autostart.macos import MacLaunchAgent

        return MacLaunchAgent(home, command)
    from deadbutt_tray.platform.autostart.xdg import XdgAutostart, xdg_config_home

    config = xdg_config_home(env, home)
    if config is None:
        return NullAutostart(NO_HOME)
    return XdgAutostart(config / "autostart", command)


def _home() -> Path | None:
    try:
        return Path.home()
    except RuntimeError:  # no HOME and no passwd entry (say, a container's random user)
        return None
