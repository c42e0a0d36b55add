"""Atomic file replacement: a reader (or a crash) sees the old file or the new one, never half.

The new content goes to a temporary file in the same folder (same file system, so the final
``os.replace`` is an atomic rename), is flushed and ``fsync``-ed, then renamed over the
target; on POSIX the folder is ``fsync``-ed too so the rename itself survives a power cut.
Temporary files are named ``.NAME.tmp-<pid>-<random>``: hidden, and never ending in the
target's suffix, so a leftover from a killed process is never mistaken for a real file.
"""

from __future__ import annotations

import contextlib
import errno
import logging
import os
import stat
import tempfile
import time
from pathlib import Path

log = logging.getLogger(__name__)

TEMP_MARKER = ".tmp-"


def temp_prefix(path: Path) -> str:
    """The name prefix of this process's temporary files for ``path``."""
    return f".{path.name}{TEMP_MARKER}{os.getpid()}-"


STALE_AFTER_S = 24 * 3600  # a temp file this old is debris even where PIDs can't be asked


def remove_stale_temps(path: Path, *, now: float | None = None) -> list[Path]:
    """Delete temporary files for ``path`` left by a writer that was killed mid-write.

    A temp file of a process that no longer runs (or, where that can't be asked, one a
    day old) is debris: it never held anything reported saved. Returns what was removed.
    """
    path = Path(path)
    prefix = f".{path.name}{TEMP_MARKER}"
    removed: list[Path] = []
    try:
        entries = list(os.scandir(path.parent))
    except OSError:
        return removed
    moment = time.time() if now is None else now
    for entry in entries:
        if not entry.name.startswith(prefix):
            continue
        pid_text = entry.name[len(prefix) :].split("-", 1)[0]
        try:
            stale = _stale(int(pid_text), entry.stat().st_mtime, moment)
        except (ValueError, OSError):
            continue
        if stale:
            with contextlib.suppress(OSError):
                os.unlink(entry.path)
                removed.append(Path(entry.path))
    return removed


def _stale(pid: int, mtime: float, now: float) -> bool:
    if now - mtime > STALE_AFTER_S:
        return True
    if os.name != "posix" or pid <= 0:
        return False
    if pid == os.getpid():
        return False  # our own: another thread may be writing it
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return True
    except OSError:
        return False  # there, but someone else's (EPERM)
    return False


def write_target(path: Path) -> Path:
    """The file a write to ``path`` changes: ``path`` itself, or the file a link points to.

    The one rule for links (month files, ``config.toml``, ``state.toml``): a link to a
    regular file is followed, and the file it points to is replaced, so the link stays a
    link (a dotfile manager's or a synced copy keeps updating). A link whose target is
    missing is never followed to create it (nor the folders on the way), and a link to
    something that is not a regular file is refused: both raise ``OSError`` saying so.
    """
    path = Path(path)
    if not path.is_symlink():
        return path
    shown = os.readlink(path)
    try:
        target = path.resolve(strict=True)
    except (OSError, RuntimeError):  # missing, or a loop of links
        raise OSError(
            errno.ENOENT,
            f"it is a link to {shown}, which does not exist; links are followed only to "
            "existing files (create that file, or replace the link with a file)",
            str(path),
        ) from None
    if not target.is_file():
        raise OSError(
            errno.EINVAL, f"it is a link to {target}, which is not a regular file", str(path)
        )
    return target


def atomic_write_bytes(path: Path, data: bytes) -> None:
    """Replace ``path`` with ``data`` atomically and durably.

    ``path`` may be a link to a file: the file is replaced and the link kept
    (``write_target``).

    The parent folder is created if missing. An existing file keeps its permission bits;
    a new one is private to the user (0600), which suits personal data. On any failure the
    temporary file is removed, ``path`` is left exactly as it was and the ``OSError``
    propagates.
    """
    path = write_target(Path(path))
    folder = path.parent
    folder.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(prefix=temp_prefix(path), dir=folder)
    tmp = Path(tmp_name)
    try:
        with os.fdopen(fd, "wb") as handle:
            _keep_mode_of(path, handle.fileno())
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        # BaseException too: a KeyboardInterrupt mid-write must not leave debris behind.
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise
    _fsync_folder(folder)


def atomic_write_text(path: Path, text: str, encoding: str = "utf-8") -> None:
    """``atomic_write_bytes`` for text; line endings are written exactly as given."""
    atomic_write_bytes(path, text.encode(encoding))


def _keep_mode_of(path: Path, fd: int) -> None:
    """Give the temporary file the permission bits of the file it will replace."""
    try:
        mode = stat.S_IMODE(os.stat(path).st_mode)
    except OSError:
        return  # no such file yet (or unreadable): keep mkstemp's private 0600
    if hasattr(os, "fchmod"):  # not on Windows, where the bits mean little anyway
        os.fchmod(fd, mode)


def fsync_folder(folder: Path) -> None:
    """Make a name just created in ``folder`` survive a power cut (best effort)."""
    _fsync_folder(folder)


def _fsync_folder(folder: Path) -> None:
    """Make the rename durable. Best effort: the new content is already in place.

    A failure here is logged, not raised: the caller would otherwise believe the write
    failed and write the same content again (for the history, a duplicate record).
    """
    if os.name != "posix":
        return  # Windows cannot open a folder for fsync; NTFS journals the rename
    try:
        dir_fd = os.open(folder, os.O_RDONLY)
    except OSError as exc:
        log.warning("Could not open %s to sync it: %s", folder, exc)
        return
    try:
        os.fsync(dir_fd)
    except OSError as exc:  # some file systems refuse fsync on folders (EINVAL)
        log.debug("fsync of folder %s failed: %s", folder, exc)
    finally:
        os.close(dir_fd)


def move_aside(path: Path, name: str) -> Path:
    """Rename ``path`` to ``name`` (or ``name-1``, ``name-2``…) without replacing anything."""
    for attempt in range(10_000):
        target = path.with_name(name if attempt == 0 else f"{name}-{attempt}")
        try:
            # A hard link fails if the target exists, so nothing can be overwritten even
            # by a race. A crash before the unlink leaves both names: nothing is lost.
            os.link(path, target)
        except FileExistsError:
            continue
        except OSError:
            # No hard links here (FAT, some network shares): check, then rename.
            if target.exists():
                continue
            os.rename(path, target)
            return target
        try:
            os.unlink(path)
        except OSError:
            os.unlink(target)  # undo, so a retry doesn't pile up copies; path is intact
            raise
        return target
    raise OSError(errno.EEXIST, f"too many files named {name}-N", str(path))
