"""Which desktop is this? Read once from the environment, for the choosers.

Linux and the BSDs say what they are through variables: ``XDG_SESSION_TYPE`` (x11 or
wayland), ``DISPLAY`` (an X server, also set for XWayland), ``WAYLAND_DISPLAY`` and
``XDG_CURRENT_DESKTOP`` (a colon-separated list such as ``ubuntu:GNOME``). Windows and
macOS are told apart by ``sys.platform``. Nothing here opens a connection.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass


def session_type(env: Mapping[str, str]) -> str:
    """Classify a Linux/BSD graphical session as ``"x11"``, ``"wayland"`` or ``"unknown"``.

    ``XDG_SESSION_TYPE`` wins when set, because a Wayland session also sets ``DISPLAY``
    for XWayland and an X11 session may inherit a stray ``WAYLAND_DISPLAY``.
    """
    declared = env.get("XDG_SESSION_TYPE", "").strip().lower()
    if declared in ("x11", "wayland"):
        return declared
    if env.get("WAYLAND_DISPLAY"):
        return "wayland"
    if env.get("DISPLAY"):
        return "x11"
    return "unknown"


def desktop_names(env: Mapping[str, str]) -> tuple[str, ...]:
    """``XDG_CURRENT_DESKTOP`` as a tuple of names (``("ubuntu", "GNOME")``); may be empty."""
    return tuple(name for name in env.get("XDG_CURRENT_DESKTOP", "").split(":") if name)


@dataclass(frozen=True)
class Desktop:
    """What the choosers need to know about the session they run in.

    ``system`` is ``sys.platform`` (``"linux"``, ``"win32"``, ``"darwin"``...);
    ``session`` is :func:`session_type` (only meaningful off Windows and macOS);
    ``x_display`` / ``wayland_display`` are the display names, ``""`` when unset.
    """

    system: str
    session: str
    x_display: str
    wayland_display: str
    names: tuple[str, ...]

    @classmethod
    def detect(cls, env: Mapping[str, str], system: str) -> Desktop:
        """The desktop described by ``env`` on ``system``."""
        return cls(
            system=system,
            session=session_type(env),
            x_display=env.get("DISPLAY", ""),
            wayland_display=env.get("WAYLAND_DISPLAY", ""),
            names=desktop_names(env),
        )

    @property
    def family(self) -> str:
        """``"win32"``, ``"darwin"``, or ``"unix"`` for Linux and the BSDs."""
        return self.system if self.system in ("win32", "darwin") else "unix"

    @property
    def is_windows(self) -> bool:
        return self.system == "win32"

    @property
    def is_macos(self) -> bool:
        return self.system == "darwin"

    def describe(self) -> str:
        """One line for the log, e.g. ``"linux, wayland session, ubuntu:GNOME"``."""
        if self.is_windows or self.is_macos:
            return self.system
        parts = [self.system, f"{self.session} session"]
        if self.names:
            parts.append(":".join(self.names))
        return ", ".join(parts)
