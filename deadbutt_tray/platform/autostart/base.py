"""The start-at-login interface, its error, and the null adapter."""

from __future__ import annotations

from typing import Protocol, runtime_checkable


class AutostartError(Exception):
    """Start at login could not be read or changed; ``str()`` says why, plainly."""


@runtime_checkable
class Autostart(Protocol):
    """Turns "start deadbutt-tray when I log in" on and off for this user."""

    def is_enabled(self) -> bool:
        """Whether the app will start at the next login."""
        ...

    def enable(self) -> None:
        """Make the app start at login (rewrites our entry so it runs today's command)."""
        ...

    def disable(self) -> None:
        """Stop the app starting at login; a no-op when it was not set up."""
        ...

    def describe(self) -> str:
        """Where the entry lives, for people (a path or a registry location)."""
        ...


class NullAutostart:
    """Where start at login cannot be set up (no home folder to keep the entry in).

    It reads as off, and turning it on raises :class:`AutostartError` with ``reason``.
    """

    def __init__(self, reason: str) -> None:
        self.reason = reason

    def is_enabled(self) -> bool:
        return False

    def enable(self) -> None:
        raise AutostartError(f"Start at login is not available: {self.reason}.")

    def disable(self) -> None:
        pass  # nothing was ever set up: already off

    def describe(self) -> str:
        return f"nowhere ({self.reason})"


def why(exc: BaseException) -> str:
    """The plain part of an OS error (``strerror``), for messages people read."""
    return getattr(exc, "strerror", None) or str(exc) or type(exc).__name__
