"""The full-screen detector interface and the null detector.

The app holds its prompt while a full-screen window is active, and shows it when it
ends. Every detector answers ``True``/``False``, or ``None`` when it cannot tell, like
the idle sources.
"""

from __future__ import annotations

from typing import Protocol, runtime_checkable


@runtime_checkable
class FullscreenDetector(Protocol):
    """Answers "is a full-screen window active right now?"."""

    name: str  # for the log and the Settings dialog

    def is_fullscreen_active(self) -> bool | None:
        """True or False, or ``None`` when it cannot tell (now or on this desktop)."""
        ...

    def close(self) -> None:
        """Release the connection behind the detector; safe to call twice."""
        ...


class NullFullscreenDetector:
    """Where full-screen windows cannot be detected: always ``None``, with the reason."""

    def __init__(self, reason: str) -> None:
        self.name = "none"
        self.reason = reason

    def is_fullscreen_active(self) -> bool | None:
        return None

    def close(self) -> None:
        pass
