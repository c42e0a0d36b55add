"""Idle time: one small protocol, one adapter per desktop, and a chooser.

Every adapter answers "seconds since the last keyboard or mouse input?" and returns
``None`` when it cannot know right now. An adapter that cannot work at all on this
machine raises :class:`IdleSourceUnavailableError` from its constructor, with a reason a
person can read; the chooser collects those reasons for the log and the Settings
dialog.

Adapters are imported lazily by the chooser, so a Windows-only or Wayland-only import
never runs where it does not belong.
"""

from __future__ import annotations

import logging
import os
import sys
from collections.abc import Callable, Mapping, Sequence
from typing import Protocol, runtime_checkable

logger = logging.getLogger(__name__)

#: Every preference name the chooser accepts (mirrors ``core.settings.IDLE_SOURCES``).
PREFERENCES = ("auto", "x11", "mutter", "freedesktop", "wayland", "windows", "macos", "none")


@runtime_checkable
class IdleSource(Protocol):
    """Where idle time comes from on this desktop."""

    name: str  # e.g. "X11 XScreenSaver", shown read-only in Settings and logged

    def seconds_idle(self) -> float | None:
        """Seconds since the last user input, or ``None`` when it cannot be known now."""
        ...

    def close(self) -> None:
        """Release the connection or handle behind the source; safe to call twice."""
        ...


class IdleSourceUnavailableError(Exception):
    """Raised by an adapter's constructor when it cannot work here; ``str()`` says why."""


#: Builds one adapter from the environment, or raises :class:`IdleSourceUnavailableError`.
SourceFactory = Callable[[Mapping[str, str]], IdleSource]


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


def auto_order(platform: str, env: Mapping[str, str]) -> list[str]:
    """The adapters ``"auto"`` tries, best first, for this OS and session."""
    if platform == "win32":
        return ["windows"]
    if platform == "darwin":
        return ["macos"]
    kind = session_type(env)
    if kind == "wayland":
        # Mutter's monitor counts real input on GNOME; ext-idle-notify is last because it
        # only says "idle for at least N seconds", not an exact counter.
        return ["mutter", "freedesktop", "wayland"]
    if kind == "x11":
        return ["x11", "mutter", "freedesktop"]
    # No display variables at all (a tty, or a service started too early): try all,
    # so the reasons list tells the person what was missing.
    return ["x11", "mutter", "freedesktop", "wayland"]


def _make_x11(env: Mapping[str, str]) -> IdleSource:
    from deadbutt_tray.platform.idle_x11 import X11IdleSource

    kind = session_type(env)
    if kind == "wayland":
        # XWayland's XScreenSaver counter only sees input sent to X11 windows, so it
        # reads near 0 or grows forever: the classic "idle detection is stuck" bug.
        raise IdleSourceUnavailableError(
            "this is a Wayland session; XWayland's idle counter does not see native input"
        )
    display = env.get("DISPLAY")
    if not display:
        raise IdleSourceUnavailableError("DISPLAY is not set")
    return X11IdleSource(display)


def _make_mutter(env: Mapping[str, str]) -> IdleSource:
    from deadbutt_tray.platform.idle_dbus import MutterIdleSource

    return MutterIdleSource()


def _make_freedesktop(env: Mapping[str, str]) -> IdleSource:
    from deadbutt_tray.platform.idle_dbus import FreedesktopIdleSource

    return FreedesktopIdleSource()


def _make_wayland(env: Mapping[str, str]) -> IdleSource:
    from deadbutt_tray.platform.idle_wayland import WaylandIdleSource

    if not env.get("WAYLAND_DISPLAY") and session_type(env) != "wayland":
        raise IdleSourceUnavailableError("not a Wayland session (WAYLAND_DISPLAY is not set)")
    return WaylandIdleSource(display_name=env.get("WAYLAND_DISPLAY") or None)


def _make_windows(env: Mapping[str, str]) -> IdleSource:
    from deadbutt_tray.platform.idle_windows import WindowsIdleSource

    return WindowsIdleSource()


def _make_macos(env: Mapping[str, str]) -> IdleSource:
    from deadbutt_tray.platform.idle_macos import MacIdleSource

    return MacIdleSource()


#: The real adapters, by preference name. Tests pass their own mapping instead.
DEFAULT_FACTORIES: Mapping[str, SourceFactory] = {
    "x11": _make_x11,
    "mutter": _make_mutter,
    "freedesktop": _make_freedesktop,
    "wayland": _make_wayland,
    "windows": _make_windows,
    "macos": _make_macos,
}


def _try(
    name: str, factory: SourceFactory, env: Mapping[str, str]
) -> tuple[IdleSource | None, str]:
    """Build one adapter and read it once; returns (source or None, one reason line)."""
    try:
        source = factory(env)
    except IdleSourceUnavailableError as exc:
        return None, f"{name}: unavailable: {exc}"
    except Exception as exc:  # an adapter bug must not stop the app from starting
        logger.exception("Idle source %r failed to start", name)
        return None, f"{name}: failed: {type(exc).__name__}: {exc}"
    try:
        first = source.seconds_idle()
    except Exception as exc:
        logger.exception("Idle source %r failed on its first reading", name)
        source.close()
        return None, f"{name}: failed on first reading: {type(exc).__name__}: {exc}"
    if first is None:
        source.close()
        return None, f"{name}: unavailable: {source.name} gave no reading"
    return source, f"{name}: picked {source.name} (first reading {first:.1f} s)"


def choose_idle_source(
    preference: str = "auto",
    env: Mapping[str, str] = os.environ,
    *,
    platform: str = sys.platform,
    factories: Mapping[str, SourceFactory] | None = None,
    guard: bool = True,
) -> tuple[IdleSource | None, list[str]]:
    """Pick the idle source for this machine.

    Returns the source (or ``None`` when nothing works) and one line per adapter tried,
    saying why it was picked or rejected, for the log and the Settings dialog.

    ``preference`` is one of :data:`PREFERENCES`. A named adapter is the only one tried:
    if someone picked it by hand, silently falling back to another could bring back the
    very source they were getting away from. ``"none"`` turns idle detection off.

    With ``guard`` (the default) the source comes wrapped in a
    :class:`~deadbutt_tray.platform.stuck.GuardedIdleSource`, which turns a source that
    never counts up into ``None`` and exposes ``.suspect`` and ``.message`` for the UI.

    ``platform`` and ``factories`` exist so tests can play any desktop.
    """
    factories = DEFAULT_FACTORIES if factories is None else factories
    reasons: list[str] = []
    pref = preference.strip().lower()
    if pref not in PREFERENCES:
        reasons.append(f"unknown idle source {preference!r}; using auto")
        pref = "auto"

    if pref == "none":
        reasons.append("idle detection turned off in Settings")
        logger.info("Idle source: none (turned off in settings)")
        return None, reasons

    candidates: Sequence[str] = auto_order(platform, env) if pref == "auto" else [pref]
    chosen: IdleSource | None = None
    for name in candidates:
        factory = factories.get(name)
        if factory is None:
            reasons.append(f"{name}: not supported on this platform")
            continue
        source, reason = _try(name, factory, env)
        reasons.append(reason)
        if source is not None:
            chosen = source
            break

    if chosen is None:
        logger.info("Idle source: none available (%s)", "; ".join(reasons))
        return None, reasons
    logger.info("Idle source: %s (%s)", chosen.name, "; ".join(reasons))
    if guard:
        from deadbutt_tray.platform.stuck import GuardedIdleSource

        chosen = GuardedIdleSource(chosen)
    return chosen, reasons
