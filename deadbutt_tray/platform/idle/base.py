"""The idle-source interface, its "cannot work here" error, and the null source.

Every adapter answers "seconds since the last keyboard or mouse input?" and returns
``None`` when it cannot know right now. An adapter that cannot work at all on this
machine raises :class:`IdleSourceUnavailableError` from its constructor, with a reason a
person can read; the chooser collects those reasons for the log and the Settings dialog,
and hands out a :class:`NullIdleSource` when no adapter works.
"""

from __future__ import annotations

from typing import Protocol, runtime_checkable


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


class NullIdleSource:
    """No idle detection (turned off, or nothing works here): every reading is ``None``.

    The app then counts breaks only from screen lock and sleep, and says so; ``reason``
    is the short why, for the log.
    """

    name = "none"

    def __init__(self, reason: str) -> None:
        self.reason = reason

    def seconds_idle(self) -> float | None:
        return None

    def close(self) -> None:
        pass
