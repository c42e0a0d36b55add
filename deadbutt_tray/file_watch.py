"""Noticing that a file changed on disk, whoever changed it and however they saved it.

``QFileSystemWatcher`` alone misses the common case: editors and sync tools save by
writing a new file and renaming it over the old one, and a watch on the old file ends
with it. So the folder is watched too (a rename into it is a change of the folder), the
file is added again whenever it (re)appears, and a link is watched at its target as
well. Bursts of events (an editor writes, renames, sets times) are debounced into one
``changed`` signal, emitted only when the file's bytes really differ from the last ones
seen; the app marks its own writes as seen (``mark_seen``) so it does not react to them.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCryptographicHash, QFileSystemWatcher, QObject, QTimer, Signal

log = logging.getLogger(__name__)

DEBOUNCE_MS = 300
MAX_BYTES = 4 * 1024 * 1024  # more than this is not a file a person edits; compare its head
MISSING = "missing"


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


class FileWatch(QObject):
    """Emits ``changed`` once the content of ``path`` differs from what was last seen."""

    changed = Signal()

    def __init__(self, path: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.path = Path(path)
        self._seen = fingerprint(self.path)
        self._watcher = QFileSystemWatcher(self)
        self._watcher.fileChanged.connect(self._poke)
        self._watcher.directoryChanged.connect(self._poke)
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(DEBOUNCE_MS)
        self._debounce.timeout.connect(self.check_now)
        self._rewatch()

    def watched(self) -> list[str]:
        """Everything the watcher follows now (files and folders), for tests and the log."""
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

    def _poke(self, _path: str = "") -> None:
        self._debounce.start()  # (re)starts: a burst of events becomes one look

    def _rewatch(self) -> None:
        """Watch the file and its folder, and a link's target and its folder, where they exist.

        The files are dropped and added again each time: after a rename over the old
        file, a watch may still point at the old file, which no longer changes.
        """
        try:
            target = self.path.resolve()
        except (OSError, RuntimeError):  # a link loop
            target = self.path
        files = {str(self.path), str(target)}
        stale = [name for name in self._watcher.files() if name in files]
        if stale:
            self._watcher.removePaths(stale)
        current = set(self._watcher.directories())
        for item in sorted({self.path, target, self.path.parent, target.parent}):
            if str(item) in current or not item.exists():
                continue
            if not self._watcher.addPath(str(item)):
                log.debug("cannot watch %s", item)
