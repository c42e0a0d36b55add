"""Picks the idle source for this desktop and the ``idle_source`` setting.

The preference names are the setting's own list, ``IDLE_SOURCES`` in
``core/model/settings.py``: the settings file, this chooser, the Settings dialog and the
README read that one declaration (tests check that every name has an adapter here).

Adapters are imported lazily, inside their factories, so a Windows-only or
Wayland-only import never runs where it does not belong.
"""

from __future__ import annotations

import logging
import os
import sys
from collections.abc import Callable, Mapping, Sequence

from deadbutt_tray.core.model.settings import IDLE_SOURCES
from deadbutt_tray.platform.desktop import Desktop
from deadbutt_tray.platform.idle.base import IdleSource, IdleSourceUnavailableError, NullIdleSource

logger = logging.getLogger(__name__)

#: Every preference name the chooser accepts: the setting's own list.
PREFERENCES = IDLE_SOURCES

#: The preferences that are not adapters.
AUTO, NONE = "auto", "none"

#: Builds one adapter from the environment, or raises :class:`IdleSourceUnavailableError`.
SourceFactory = Callable[[Mapping[str, str]], IdleSource]


def auto_order(platform: str, env: Mapping[str, str]) -> list[str]:
    """The adapters ``"auto"`` tries, best first, for this OS and session."""
    desktop = Desktop.detect(env, platform)
    if desktop.is_windows:
        return ["windows"]
    if desktop.is_macos:
        return ["macos"]
    if desktop.session == "wayland":
        # Mutter's monitor counts real input on GNOME; ext-idle-notify is last because it
        # only says "idle for at least N seconds", not an exact counter.
        return ["mutter", "freedesktop", "wayland"]
    if desktop.session == "x11":
        return ["x11", "mutter", "freedesktop"]
    # No display variables at all (a tty, or a service started too early): try all,
    # so the reasons list tells the person what was missing.
    return ["x11", "mutter", "freedesktop", "wayland"]


def _make_x11(env: Mapping[str, str]) -> IdleSource:
    from deadbutt_tray.platform.idle.x11 import X11IdleSource

    desktop = Desktop.detect(env, sys.platform)
    if desktop.session == "wayland":
        # XWayland's XScreenSaver counter only sees input sent to X11 windows, so it
        # reads near 0 or grows forever: the classic "idle detection is stuck" bug.
        raise IdleSourceUnavailableError(
            "this is a Wayland session; XWayland's idle counter does not see native input"
        )
    if not desktop.x_display:
        raise IdleSourceUnavailableError("DISPLAY is not set")
    return X11IdleSource(desktop.x_display)


def _make_mutter(env: Mapping[str, str]) -> IdleSource:
    from deadbutt_tray.platform.idle.dbus import MutterIdleSource

    return MutterIdleSource()


def _make_freedesktop(env: Mapping[str, str]) -> IdleSource:
    from deadbutt_tray.platform.idle.dbus import FreedesktopIdleSource

    return FreedesktopIdleSource()


def _make_wayland(env: Mapping[str, str]) -> IdleSource:
    from deadbutt_tray.platform.idle.wayland import WaylandIdleSource

    desktop = Desktop.detect(env, sys.platform)
    if not desktop.wayland_display and desktop.session != "wayland":
        raise IdleSourceUnavailableError("not a Wayland session (WAYLAND_DISPLAY is not set)")
    return WaylandIdleSource(display_name=desktop.wayland_display or None)


def _make_windows(env: Mapping[str, str]) -> IdleSource:
    from deadbutt_tray.platform.idle.windows import WindowsIdleSource

    return WindowsIdleSource()


def _make_macos(env: Mapping[str, str]) -> IdleSource:
    from deadbutt_tray.platform.idle.macos import MacIdleSource

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

#: The system family each adapter runs on (see :attr:`Desktop.family`).
ADAPTER_FAMILIES: Mapping[str, str] = {
    "x11": "unix",
    "mutter": "unix",
    "freedesktop": "unix",
    "wayland": "unix",
    "windows": "win32",
    "macos": "darwin",
}


def preferences_for(platform: str = sys.platform) -> tuple[str, ...]:
    """The preferences that make sense on ``platform``, in the setting's order.

    ``"auto"`` and ``"none"`` everywhere, and the adapters that run on that system.
    """
    family = Desktop.detect({}, platform).family
    return tuple(
        name for name in PREFERENCES if name in (AUTO, NONE) or ADAPTER_FAMILIES.get(name) == family
    )


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
    preference: str = AUTO,
    env: Mapping[str, str] = os.environ,
    *,
    platform: str = sys.platform,
    factories: Mapping[str, SourceFactory] | None = None,
    guard: bool = True,
) -> tuple[IdleSource, list[str]]:
    """Pick the idle source for this machine.

    Returns the source and one line per adapter tried, saying why it was picked or
    rejected, for the log and the Settings dialog. When nothing works, or idle detection
    is turned off, the source is a :class:`NullIdleSource`.

    ``preference`` is one of :data:`PREFERENCES`. A named adapter is the only one tried:
    if someone picked it by hand, silently falling back to another could bring back the
    very source they were getting away from. ``"none"`` turns idle detection off.

    With ``guard`` (the default) the source comes wrapped in a
    :class:`~deadbutt_tray.platform.idle.stuck.GuardedIdleSource`, which turns a source
    that never counts up into ``None`` and exposes ``.suspect`` and ``.message`` for
    the UI.

    ``platform`` and ``factories`` exist so tests can play any desktop.
    """
    factories = DEFAULT_FACTORIES if factories is None else factories
    reasons: list[str] = []
    pref = preference.strip().lower()
    if pref not in PREFERENCES:
        reasons.append(f"unknown idle source {preference!r}; using auto")
        pref = AUTO

    if pref == NONE:
        reasons.append("idle detection turned off in Settings")
        logger.info("Idle source: none (turned off in settings)")
        return NullIdleSource("turned off in settings"), reasons

    desktop = Desktop.detect(env, platform).describe()
    candidates: Sequence[str] = auto_order(platform, env) if pref == AUTO else [pref]
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
        logger.info("Idle source: none available (%s) on %s", "; ".join(reasons), desktop)
        return NullIdleSource("none available"), reasons
    logger.info("Idle source: %s (%s) on %s", chosen.name, "; ".join(reasons), desktop)
    if guard:
        from deadbutt_tray.platform.idle.stuck import GuardedIdleSource

        chosen = GuardedIdleSource(chosen)
    return chosen, reasons
