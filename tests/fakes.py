"""Fakes shared by several test files: the platform pieces the app is built from.

Each records what was asked of it so a test can check the call, and can be set to answer
like a machine would (idle seconds, a fullscreen window, an autostart that fails).
"""

from __future__ import annotations

import functools
import os
from collections.abc import Sequence
from typing import Any

from deadbutt_tray.core.rules.engine import Status
from deadbutt_tray.core.rules.sitting import Presence
from deadbutt_tray.platform.autostart.base import AutostartError


class FakeIdle:
    """An idle source whose answer the test sets (``None``: can't tell)."""

    name = "fake"

    def __init__(self) -> None:
        self.value: float | None = 0.0
        self.closed = False

    def seconds_idle(self) -> float | None:
        return self.value

    def close(self) -> None:
        self.closed = True


class FakeFullscreen:
    """A fullscreen detector: ``active`` True (presenting), False, or None (can't tell)."""

    def __init__(self) -> None:
        self.active: bool | None = False

    def is_fullscreen_active(self) -> bool | None:
        return self.active

    def close(self) -> None:
        pass


class FakeAutostart:
    """Records calls; ``error`` makes enable/disable fail like a read-only disk would."""

    def __init__(
        self, enabled: bool = False, error: str | None = None, description: str = "fake"
    ) -> None:
        self.enabled = enabled
        self.error = error
        self.description = description
        self.calls: list[str] = []

    def is_enabled(self) -> bool:
        return self.enabled

    def enable(self) -> None:
        self.calls.append("enable")
        if self.error:
            raise AutostartError(self.error)
        self.enabled = True

    def disable(self) -> None:
        self.calls.append("disable")
        if self.error:
            raise AutostartError(self.error)
        self.enabled = False

    def describe(self) -> str:
        return self.description


class FakeChime:
    """Records each chime asked for; plays nothing."""

    def __init__(self) -> None:
        self.played: list[tuple[int, bool]] = []

    def play(self, volume_percent: int, enabled: bool = True) -> bool:
        self.played.append((volume_percent, enabled))
        return enabled


class FakeNotifications:
    """A notification daemon: records what was sent; ``daemon`` False: none on the bus."""

    def __init__(self, daemon: bool = True) -> None:
        self.daemon = daemon
        self.sent: list[tuple[str, str, int, str]] = []  # title, body, seconds, key
        self.withdrawn: list[str] = []  # keys
        self.closed = False

    def send(self, title: str, body: str, seconds: int, key: str = "") -> bool:
        if not self.daemon:
            return False
        self.sent.append((title, body, seconds, key))
        return True

    def withdraw(self, key: str) -> None:
        self.withdrawn.append(key)

    def close(self) -> None:
        self.closed = True


# The device id a test's history store writes as (``core/storage/device.py``).
TEST_DEVICE = "test-host-0a1b2c"

# Sitting for 23 of 30 minutes, next break in 7: the status the tray, the status window
# and the fit driver start from (``dataclasses.replace`` it for other states).
SITTING_STATUS = Status(
    presence=Presence.SITTING,
    sitting_s=23 * 60,
    due_in_s=7 * 60,
    hold=None,
    paused_until=None,
    prompt_open=False,
    snoozes_left=3,
    limit_s=30 * 60,
)


def fake_watcher(parent: Any = None, *, refuse: bool = False) -> Any:
    """A ``QFileSystemWatcher`` that takes every path and tells of nothing (a watch that
    works), or with ``refuse`` one the system gives no watch to (inotify used up);
    ``.refuse`` may be changed later. Qt is imported on first use only (drills)."""
    return _fake_watcher_class()(parent, refuse=refuse)


def refusing_watcher(parent: Any = None) -> Any:
    """A watcher factory for ``FileWatch(new_watcher=...)``: every path is refused."""
    return fake_watcher(parent, refuse=True)


def starved_watcher(parent: Any = None) -> Any:
    """A real ``QFileSystemWatcher`` made while this process can open no file (Linux):
    Qt gets no inotify instance for it and polls, as when a desktop has used up its 128.
    Only for the moment it is made: the limit is put back at once."""
    import resource

    from PySide6.QtCore import QFileSystemWatcher

    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    free = os.open(os.devnull, os.O_RDONLY)  # the lowest free descriptor number
    os.close(free)
    resource.setrlimit(resource.RLIMIT_NOFILE, (free, hard))
    try:
        return QFileSystemWatcher(parent)
    finally:
        resource.setrlimit(resource.RLIMIT_NOFILE, (soft, hard))


@functools.cache
def _fake_watcher_class() -> type:
    from PySide6.QtCore import QFileSystemWatcher, QObject

    class FakeWatcher(QFileSystemWatcher):
        def __init__(self, parent: QObject | None = None, *, refuse: bool = False) -> None:
            super().__init__(parent)
            self.refuse = refuse
            self.paths: set[str] = set()

        def addPath(self, path: str) -> bool:  # Qt's names
            if self.refuse:
                return False
            self.paths.add(path)
            return True

        def removePaths(self, paths: Sequence[str]) -> list[str]:
            self.paths.difference_update(paths)
            return []

        def files(self) -> list[str]:
            return sorted(p for p in self.paths if not os.path.isdir(p))

        def directories(self) -> list[str]:
            return sorted(p for p in self.paths if os.path.isdir(p))

    return FakeWatcher
