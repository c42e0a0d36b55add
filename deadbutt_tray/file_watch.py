"""Noticing that a file changed on disk, whoever changed it and however they saved it.

``QFileSystemWatcher`` alone misses the common case: editors and sync tools save by
writing a new file and renaming it over the old one, and a watch on the old file ends
with it. So the folder is watched too (a rename into it is a change of the folder), the
file is added again whenever it (re)appears, and a link is watched at its target as
well. Bursts of events (an editor writes, renames, sets times) are debounced into one
``changed`` signal, emitted only when the file's bytes really differ from the last ones
seen; the app marks its own writes as seen (``mark_seen``) so it does not react to them.

Where the system gives no watch (on Linux each watcher needs an inotify instance, 128 per
user by default, and IDEs and sync tools use many up), Qt falls back to polling silently:
every second, and it misses an in-place write that keeps the size within one clock tick.
So a watcher Qt polls with is dropped, as is one that refused a path, and ``FileWatch``
looks at the file itself instead (a ``stat`` every ``POLL_MS``; only while it cannot
watch, and it tries to watch again each time). While the watch works it adds no timer.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable
from pathlib import Path

import shiboken6
from PySide6.QtCore import QCryptographicHash, QFileSystemWatcher, QObject, QTimer, Signal

from deadbutt_tray.native_watch import NO_WATCH, qt_is_polling

log = logging.getLogger(__name__)

DEBOUNCE_MS = 300
# Only while the file cannot be watched (Qt's own fallback polls every second): a hand
# edit is applied within a few seconds still, at 12 wake-ups a minute, and none at all
# while the watch works (tests/widget/test_tray_host.py).
POLL_MS = 5_000
MAX_BYTES = 4 * 1024 * 1024  # more than this is not a file a person edits; compare its head
MISSING = "missing"
Stamp = tuple[int, int, int, int, int] | None
WatcherFactory = Callable[[QObject], QFileSystemWatcher]


def fingerprint(path: Path) -> str:
    """What the file holds now, in a few bytes: a hash of its content, or "missing".

    Qt's SHA-256: Python's ``hashlib`` would load OpenSSL's libcrypto (~3.5 MiB resident)
    for this alone.
    """
    try:
        with open(path, "rb") as handle:
            data = handle.read(MAX_BYTES)
    except OSError:
        return MISSING
    digest = QCryptographicHash.hash(data, QCryptographicHash.Algorithm.Sha256)
    return bytes(digest.toHex().data()).decode("ascii")


def stamp(path: Path) -> Stamp:
    """A cheap look at the file (followed through a link): None if it is not there."""
    try:
        info = os.stat(path)
    except OSError:
        return None
    return (info.st_dev, info.st_ino, info.st_size, info.st_mtime_ns, info.st_ctime_ns)


class FileWatch(QObject):
    """Emits ``changed`` once the content of ``path`` differs from what was last seen."""

    changed = Signal()

    def __init__(
        self,
        path: Path,
        parent: QObject | None = None,
        *,
        new_watcher: WatcherFactory | None = None,
        poll_ms: int | None = None,
    ) -> None:
        super().__init__(parent)
        self.path = Path(path)
        self._seen = fingerprint(self.path)
        self._new_watcher = new_watcher or QFileSystemWatcher
        self._watcher: QFileSystemWatcher | None = None
        self._watching = True  # until a watch fails (then said once in the log)
        self._closed = False
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(DEBOUNCE_MS)
        self._debounce.timeout.connect(self.check_now)
        self._poll = QTimer(self)
        self._poll.setInterval(poll_ms or POLL_MS)
        self._poll.timeout.connect(self._look)
        self._stamp = stamp(self.path)
        self._rewatch()

    @property
    def watching(self) -> bool:
        """True while the system tells of changes; False while ``FileWatch`` polls."""
        return self._watching

    @property
    def polling(self) -> bool:
        return self._poll.isActive()

    def watched(self) -> list[str]:
        """Everything the watcher follows now (files and folders), for tests and the log."""
        if self._watcher is None:
            return []
        return sorted([*self._watcher.files(), *self._watcher.directories()])

    def mark_seen(self) -> None:
        """The app wrote the file itself: its current content is not news."""
        self._seen = fingerprint(self.path)
        self._rewatch()

    def check_now(self) -> bool:
        """Look at the file now; emit ``changed`` (and return True) if its content moved on."""
        self._debounce.stop()
        self._rewatch()
        now = fingerprint(self.path)
        if now == self._seen:
            return False
        self._seen = now
        self.changed.emit()
        return True

    def close(self) -> None:
        """Stop watching for good: the timers stop and the watcher (its inotify
        instance) is given back at once, not when the app object is collected."""
        self._closed = True
        self._debounce.stop()
        self._poll.stop()
        self._drop_watcher()

    def _poke(self, _path: str = "") -> None:
        self._debounce.start()  # (re)starts: a burst of events becomes one look

    def _look(self) -> None:
        """The poll, while the file cannot be watched: watch again if the system lets us
        now; look at the file either way (its change may have come before the watch)."""
        self._rewatch()
        now = stamp(self.path)
        if now != self._stamp:
            self._stamp = now
            self.check_now()

    def _make_watcher(self) -> QFileSystemWatcher:
        watcher = self._new_watcher(self)
        watcher.fileChanged.connect(self._poke)
        watcher.directoryChanged.connect(self._poke)
        return watcher

    def _drop_watcher(self) -> None:
        watcher, self._watcher = self._watcher, None
        if watcher is not None and shiboken6.isValid(watcher):
            # At once (never called from the watcher's own signal: those only start the
            # debounce): its inotify instance is closed now, and Qt's poller stops.
            shiboken6.delete(watcher)

    def _rewatch(self) -> None:
        """Watch the file and its folder, and a link's target and its folder, where they exist.

        The files are dropped and added again each time: after a rename over the old
        file, a watch may still point at the old file, which no longer changes.
        """
        if self._closed:
            return
        if self._watcher is None:
            self._watcher = self._make_watcher()
        watcher = self._watcher
        try:
            target = self.path.resolve()
        except (OSError, RuntimeError):  # a link loop
            target = self.path
        files = {str(self.path), str(target)}
        stale = [name for name in watcher.files() if name in files]
        if stale:
            watcher.removePaths(stale)
        current = set(watcher.directories())
        failed: list[str] = []
        for item in sorted({self.path, target, self.path.parent, target.parent}):
            if str(item) in current or not item.exists():
                continue
            if not watcher.addPath(str(item)):
                failed.append(str(item))
        if qt_is_polling(watcher):
            self._drop_watcher()  # Qt's poll: every second, and blind to some writes
            self._set_watching(False, NO_WATCH)
        elif failed:
            self._set_watching(False, "the system refused to watch " + ", ".join(failed))
        elif not self.path.parent.is_dir():
            self._set_watching(False, f"its folder {self.path.parent} does not exist")
        else:
            self._set_watching(True, "")

    def _set_watching(self, watching: bool, why: str) -> None:
        if watching == self._watching:
            return
        self._watching = watching
        if watching:
            self._poll.stop()
            log.info("watching %s for changes again", self.path)
            return
        self._stamp = stamp(self.path)
        self._poll.start()
        log.warning(
            "cannot watch %s for changes (%s): looking at it every %g s instead",
            self.path,
            why,
            self._poll.interval() / 1000,
        )
