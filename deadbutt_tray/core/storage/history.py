"""The history store: month files, one writer per file, appended to, never losing a record.

Each device writes only its own files, ``history_dir/YYYY-MM.DEVICE.toml`` (DEVICE from
``device.py``), so two machines sharing the folder through Syncthing, Nextcloud or
Dropbox never write the same file. Readers merge every device's files and the files of
older releases (``YYYY-MM.toml``, read as they are, never written again). A file holds
the records whose ``.at`` falls in its month (in the record's own UTC offset). The file
format is a public contract (see ``records.py``). The store keeps these promises:

* A record that ``append`` reported saved survives ``kill -9`` and power cuts: its text
  is appended to the device's month file and ``fsync``-ed; the month is never rewritten.
  An OS file lock (``filelock.py``) keeps two processes of one device from appending at
  once. Before a file would pass ``MAX_FILE_BYTES`` the writer rolls over to the next
  shard, ``YYYY-MM.DEVICE.2.toml``, and so on.
* A record whose append was cut short (``kill -9`` inside the write, a power cut) can
  leave a torn tail: part of a table, or zero bytes, after the last whole record
  (``torn_tail.py``). Readers read every whole record and leave the tail out (a log line,
  not a problem: it was never reported saved); the writer cuts it off under its lock
  before it appends, so the next record never follows half of one.
* What this version does not understand is kept: appending leaves everything there as
  it was. A file of this device that can't take new records (a newer release's schema,
  a hand edit) is left alone too: the writer rolls over to the next shard.
* Failing storage never loses records while the app runs: a full disk or read-only folder
  keeps them in memory, in order, and they are written by the next ``append``/``flush``.

Only the writer moves a file aside, and only one of its own device that can't be parsed
(``NAME.corrupt-<timestamp>``, never deleted, never overwritten); the user is told
through ``on_problem``. Another device's damaged file is reported and left alone, and a
read-only store (the command-line readers) changes nothing at all.
"""

from __future__ import annotations

import contextlib
import errno
import functools
import logging
import os
import re
import stat
import tomllib
from collections import OrderedDict
from collections.abc import Callable, Collection, Iterable, Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from typing import Any

import tomli_w

from deadbutt_tray.core.model.records import RECORD_TYPES, SCHEMA, Record, parse_record
from deadbutt_tray.core.problems import Problem
from deadbutt_tray.core.storage import atomic
from deadbutt_tray.core.storage.device import DEVICE_ID
from deadbutt_tray.core.storage.filelock import locked
from deadbutt_tray.core.storage.tomlfile import TomlReadError, parse_toml, read_head
from deadbutt_tray.core.storage.torn_tail import torn_tail_start
from deadbutt_tray.core.translatable import Text, Words, counted, words

log = logging.getLogger(__name__)

# A busy month is ~200 KB (about 200 bytes a record). tomllib parses ~6 MB/s and needs
# many times the file size in memory, so a bigger file is damage, not history: 8 MB still
# holds 40 000 records and parses in about a second and a half. The writer rolls over to
# a new shard before its file would grow past it.
MAX_FILE_BYTES = 8 * 1024 * 1024
OFFSET_SLACK = timedelta(days=2)  # more than any UTC offset (±14 h) can move a record
# YYYY-MM.toml (older releases), YYYY-MM.DEVICE.toml, YYYY-MM.DEVICE.N.toml (N >= 2); a
# sync tool's "conflict" copy is not read (``check`` reports it).
MONTH_FILE = re.compile(
    r"^(?!.*conflict)(?P<year>\d{4})-(?P<month>\d{2})"
    r"(?:\.(?P<device>[a-z0-9]+(?:-[a-z0-9]+)+)(?:\.(?P<shard>[2-9]|[1-9]\d+))?)?\.toml$"
)
CORRUPT_MARKER = ".corrupt-"
_CACHE_FILES = 72  # parsed files kept in memory: three years of two devices, bounded
LOCK_TIMEOUT_S = 5.0
# Appending one of each record table to a file proves new records can be added to it
# (an inline ``sitting = [...]`` array, say, can't be extended by ``[[sitting]]``).
_PROBE = "".join(f"\n[[{table}]]\n" for table in RECORD_TYPES)

Month = tuple[int, int]


@dataclass(frozen=True)
class HistoryFile:
    """What a history file's name says: its month, its device ('' before devices), shard."""

    month: Month
    device: str
    shard: int = 1

    @property
    def name(self) -> str:
        base = f"{self.month[0]:04d}-{self.month[1]:02d}"
        if not self.device:
            return f"{base}.toml"
        return (
            f"{base}.{self.device}.toml"
            if self.shard == 1
            else f"{base}.{self.device}.{self.shard}.toml"
        )

    @classmethod
    def parse(cls, name: str) -> HistoryFile | None:
        """The file a name stands for, or None if it is not a history file's name."""
        match = MONTH_FILE.match(name)
        if match is None:
            return None
        year, month = int(match["year"]), int(match["month"])
        if not (year >= 1 and 1 <= month <= 12):
            return None
        return cls((year, month), match["device"] or "", int(match["shard"] or 1))


class UnreadableHistoryError(Exception):
    """A month file the store cannot use; ``words`` say why, in plain words (``str(error)``
    in English)."""

    def __init__(self, reason: Text, *, newer: bool = False) -> None:
        super().__init__(str(reason))
        self.words = reason
        self.newer = newer  # written by a newer release: not damage


def parse_document(data: bytes) -> dict[str, Any]:
    """Parse the bytes of a month file into its TOML document.

    Raises ``UnreadableHistoryError`` for anything that is not a history file this
    version may read: invalid UTF-8 or TOML, a non-table top level, or a ``schema``
    that is not 1..SCHEMA. A missing ``schema`` is read as 1 (a hand-made file).
    """
    try:
        doc = parse_toml(data)
    except TomlReadError as error:
        raise UnreadableHistoryError(words("it is {reason}", reason=error.words)) from None
    if not isinstance(doc, dict):
        raise UnreadableHistoryError(words("its top level is not a TOML table"))
    schema = doc.get("schema", 1)
    if isinstance(schema, bool) or not isinstance(schema, int) or schema < 1:
        raise UnreadableHistoryError(
            words(
                "its schema is {schema}; this version reads schema 1 to {newest}",
                schema=repr(schema),
                newest=SCHEMA,
            )
        )
    if schema > SCHEMA:
        raise UnreadableHistoryError(
            words(
                "it was written by a newer version of deadbutt-tray (schema {schema}); "
                "this version reads schema {newest} or older",
                schema=schema,
                newest=SCHEMA,
            ),
            newer=True,
        )
    return doc


def parse_intact(data: bytes, *, appended: bool) -> tuple[dict[str, Any], int | None]:
    """The document of a month file's whole records, and where its torn tail begins.

    The offset is None when nothing was left out. A torn tail (``torn_tail.py``) is left
    out only when the text before it parses and could have been appended to (takes
    ``[[table]]`` blocks); otherwise the whole file is judged, so damage before the tail
    raises ``UnreadableHistoryError`` as it always did. Only an append leaves a torn
    tail: a file never appended to (``appended`` False: the ``YYYY-MM.toml`` of older
    releases, replaced whole) is judged whole.
    """
    start = torn_tail_start(data) if appended else None
    if start is not None:
        head = data[:start]
        try:
            doc = _parse(head)
        except UnreadableHistoryError as exc:
            if exc.newer:
                raise  # a newer release's file: not ours to judge, torn or not
        else:
            if not _may_block_appends(head) or _appendable(head):
                return doc, start
    return _parse(data), None


def records_in(doc: Mapping[str, Any], file: str) -> tuple[list[Record], list[Problem]]:
    """The valid records of a parsed document, and a Problem for each invalid table."""
    found: list[Record] = []
    problems: list[Problem] = []
    for table in RECORD_TYPES:
        if table not in doc:
            continue
        items = doc[table]
        if not isinstance(items, list):
            problems.append(
                Problem(
                    file, table, words("is not accepted: a list of [[{table}]] tables", table=table)
                )
            )
            continue
        for index, item in enumerate(items):
            record, bad = parse_record(table, item, file, index)
            problems.extend(bad)
            if record is not None:
                found.append(record)
    return found, problems


def check_history_file(path: Path, *, max_bytes: int = MAX_FILE_BYTES) -> list[Problem]:
    """Every problem in one month file, for ``deadbutt-tray check``. Never modifies it."""
    file = str(path)
    try:
        data = _read_limited(path, max_bytes)
    except OSError as exc:
        return [Problem(file, "", _cant_read(exc.strerror or str(exc)))]
    if data is None:
        return [Problem(file, "", _too_large(max_bytes))]
    try:
        # A torn tail is no problem: no record in it was saved, and the writer cuts it.
        doc, _torn_at = parse_intact(data, appended=_appended(path))
    except UnreadableHistoryError as exc:
        return [Problem(file, "", _unusable(exc))]
    problems: list[Problem] = []
    if "schema" not in doc:
        problems.append(
            Problem(
                file, "schema", words("is missing: accepted is schema = {schema}", schema=SCHEMA)
            )
        )
    records, bad = records_in(doc, file)
    problems.extend(bad)
    named = HistoryFile.parse(path.name)
    if named is not None:
        for record in records:
            if not _belongs_in(record, named.month):
                home = _month_of(record)
                problems.append(
                    Problem(
                        file,
                        f"{record.TABLE} at {record.at.isoformat()}",
                        words(
                            "belongs in a {month} file (the month of its own date); queries "
                            "may miss it here",
                            month=f"{home[0]:04d}-{home[1]:02d}",
                        ),
                    )
                )
    return problems


def check_history_dir(history_dir: Path, *, max_bytes: int = MAX_FILE_BYTES) -> list[Problem]:
    """Every problem in the history folder: each month file, and files needing attention.

    A quarantined ``*.corrupt-*`` file is reported (it holds records the app no longer
    reads); another ``*.toml`` (a sync tool's conflict copy, a renamed file) is reported
    (the app ignores it). Leftover temporary files from an interrupted save are harmless
    and not reported.
    """
    folder = str(history_dir)
    try:
        entries = sorted(os.scandir(history_dir), key=lambda entry: entry.name)
    except FileNotFoundError:
        return []  # no history yet is fine
    except OSError as exc:
        return [Problem(folder, "", _cant_read(exc.strerror or str(exc)))]
    problems: list[Problem] = []
    for entry in entries:
        path = Path(entry.path)
        if HistoryFile.parse(entry.name) is not None:
            problems.extend(check_history_file(path, max_bytes=max_bytes))
        elif CORRUPT_MARKER in entry.name:
            problems.append(
                Problem(
                    str(path),
                    "",
                    words(
                        "was moved aside because it could not be read; nothing in it was "
                        "deleted. Repair it and rename it to YYYY-MM.toml (merging it with "
                        "any newer file of that name), or remove it"
                    ),
                )
            )
        elif entry.name.startswith(".") and atomic.TEMP_MARKER in entry.name:
            # Left by a save that was interrupted: harmless (it holds nothing reported
            # saved), so it must not make `check` fail.
            continue
        elif entry.name.endswith(".toml"):
            conflict = "conflict" in entry.name.lower()
            problems.append(
                Problem(
                    str(path),
                    "",
                    words(
                        "looks like a sync tool's conflict copy: the app does not read it; "
                        "move any records you miss into a YYYY-MM.toml file and remove it"
                    )
                    if conflict
                    else words(
                        "is not named YYYY-MM.DEVICE.toml or YYYY-MM.toml, so the app does "
                        "not read it"
                    ),
                )
            )
    return problems


@dataclass(frozen=True)
class _Parsed:
    """A month file as last read: its stat signature and valid records."""

    signature: tuple[int, int, int]  # (inode, mtime_ns, size): an atomic replace changes inode
    records: tuple[Record, ...]
    torn_at: int | None = None  # where a torn tail, left out of ``records``, begins


class _Pending:
    """One record waiting to be written; compared by identity, so duplicates stay apart."""

    __slots__ = ("record",)

    def __init__(self, record: Record) -> None:
        self.record = record


class _UnavailableError(Exception):
    """A month file is there but can't be used now (permissions, I/O): left untouched."""

    def __init__(self, path: Path, error: OSError, detail: Text | None = None) -> None:
        self.reason: Text = detail or error.strerror or str(error)
        super().__init__(str(self.reason))
        self.path, self.error, self.detail = path, error, detail


class _FileFullError(Exception):
    """This file takes no more records (size, a newer schema, a hand edit): use the next."""


class _MovedAsideError(Exception):
    """The file was moved aside (damaged): a fresh one of the same name is next."""


class HistoryStore:
    """Appends records to this device's month files and reads every device's back.

    ``device`` (see ``device.py``) names the files this store writes; a store without
    one only reads (``read_only``), as the command-line readers do: it changes nothing
    on disk and lists what it could not use in ``problems``. ``on_problem`` receives a
    plain-language message (``Words``, said in the user's language by the caller) when a
    file was moved aside or can't be read, or when saving starts failing (once per kind
    of failure, not on every retry). ``now`` gives the time used in quarantine file
    names. All calls are expected from one thread.
    """

    def __init__(
        self,
        history_dir: Path,
        on_problem: Callable[[Text], None] | None = None,
        now: Callable[[], datetime] | None = None,
        *,
        device: str | None = None,
        max_file_bytes: int = MAX_FILE_BYTES,
        read_only: bool = False,
    ) -> None:
        if device is not None and not DEVICE_ID.match(device):
            raise ValueError(f"{device!r} is not a device id (words of a-z and 0-9 and dashes)")
        self._dir = Path(history_dir)
        self._device = device
        self._on_problem = on_problem
        self._now = now or (lambda: datetime.now().astimezone())
        self._max_bytes = max_file_bytes
        # A reader (``summary``, ``export``, ``check``) changes nothing on disk: a file it
        # can't use is reported in ``problems`` and left where it is. Only the running
        # app's writer moves a damaged file aside, and only one of its own.
        self._read_only = read_only or device is None
        self._problems: dict[tuple[str, str, str], Problem] = {}
        self._cache: OrderedDict[Path, _Parsed] = OrderedDict()
        self._verified: dict[Path, tuple[int, int]] = {}  # (inode, size) known appendable
        self._shard: dict[Month, int] = {}  # the shard this device appends to, per month
        self._pending: list[_Pending] = []
        self._error: Words | None = None  # first sentence of last_error
        self._reported: set[tuple[object, ...]] = set()  # failure kinds already told

    # -- public API ---------------------------------------------------------------------

    @property
    def history_dir(self) -> Path:
        """The folder holding the month files."""
        return self._dir

    @property
    def device(self) -> str | None:
        """The device whose files this store writes (None: it only reads)."""
        return self._device

    @property
    def read_only(self) -> bool:
        """True for a store that only reads (the command-line readers)."""
        return self._read_only

    @property
    def problems(self) -> list[Problem]:
        """Every file or record this store could not use so far, each once, in order."""
        return list(self._problems.values())

    @property
    def pending(self) -> int:
        """Records held in memory because they could not be written yet."""
        return len(self._pending)

    @property
    def last_error(self) -> Words | None:
        """Why records are held in memory, in plain words; ``None`` when all is saved."""
        if self._error is None or not self._pending:
            return None
        kept = counted(
            "%n record(s) kept in memory, to be saved when possible.", "", len(self._pending)
        )
        return words("{problem} {outcome}", problem=self._error, outcome=kept)

    def held(self) -> list[Record]:
        """The records held in memory (not yet written), in the order they came."""
        return [entry.record for entry in self._pending]

    def append(self, record: Record) -> bool:
        """Save one record. True: durably on disk. False: held in memory, retried later.

        Raises ``ValueError`` only for a record that could never be read back (e.g. a
        naive datetime): a programming error, refused before it can poison the queue.
        """
        self._refuse_if_read_only()
        entry = _Pending(_normalized(record))
        self._pending.append(entry)
        self._flush()
        return entry not in self._pending

    def append_many(self, records: Iterable[Record]) -> bool:
        """Save several records with one write per month file touched; True if all saved."""
        self._refuse_if_read_only()
        entries = [_Pending(_normalized(record)) for record in records]
        self._pending.extend(entries)
        self._flush()
        return not any(entry in self._pending for entry in entries)

    def flush(self) -> bool:
        """Retry writing everything held in memory; True when nothing is pending."""
        self._flush()
        return not self._pending

    def records(
        self, start: datetime, end: datetime, devices: Collection[str] | None = None
    ) -> list[Record]:
        """Records with ``start <= at < end``, sorted by ``at``, pending ones included.

        Every device's files are merged (``devices`` keeps only those devices' files;
        '' stands for the files of older releases). Only month files that can overlap
        the range are read: a record is filed by its own local month, and local times
        differ from UTC by at most 26 hours, so the range widened by two days on each
        side finds every file that can hold one. Unreadable files are skipped (and
        reported); a damaged one of this device is moved aside.
        """
        if start.tzinfo is None or end.tzinfo is None:
            raise ValueError("records() needs timezone-aware start and end")
        first = _widened(start, -OFFSET_SLACK)
        last = _widened(end, OFFSET_SLACK)
        low = _index((first.year, first.month))
        high = _index((last.year, last.month))
        found: list[Record] = []
        for named, path in self._files():
            if low <= _index(named.month) <= high and (devices is None or named.device in devices):
                found.extend(self._file_records(named, path))
        if devices is None or self._device in devices:
            found.extend(entry.record for entry in self._pending)
        selected = [record for record in found if start <= record.at < end]
        selected.sort(key=lambda record: record.at)  # stable: file order breaks ties
        return selected

    def verify(self, now: datetime) -> None:
        """Read the files of ``now``'s month, so a damaged one is found (and, by a writer,
        moved aside and reported) when the app starts, not at its first save."""
        for named, path in self._files():
            if named.month == (now.year, now.month):
                self._file_records(named, path)

    def month_path(self, year: int, month: int) -> Path:
        """The file this store writes first for a month: ``YYYY-MM.DEVICE.toml``.

        For a store without a device, the name older releases used (``YYYY-MM.toml``).
        """
        if not (1 <= year <= 9999 and 1 <= month <= 12):
            raise ValueError(f"no such month: {year}-{month}")
        return self._dir / HistoryFile((year, month), self._device or "").name

    def forget_months(self, keep: Iterable[Month] = ()) -> int:
        """Drop parsed month files from memory, except the months in ``keep``.

        They are read again when next needed. The app keeps only the current month (the
        one appends go to) once a window that read older history has closed: a parsed
        month holds its records, a few times the file's size. Records waiting to
        be written are never dropped. Returns how many months were dropped.
        """
        kept = set(keep)
        dropped = [path for path in self._cache if _file_month(path) not in kept]
        for path in dropped:
            del self._cache[path]
        return len(dropped)

    @property
    def months_in_memory(self) -> list[Month]:
        """The months whose parsed file is held in memory, oldest first."""
        found = {_file_month(path) for path in self._cache}
        return sorted(month for month in found if month is not None)

    def months(self) -> list[Month]:
        """The months that have a file, oldest first (temporary and corrupt files excluded).

        A missing folder is an empty history; one that can't be read is a problem
        (reported once), and reads as empty.
        """
        return sorted({named.month for named, _ in self._files()})

    def devices(self) -> list[str]:
        """The devices that have written files here, sorted ('' not included)."""
        return sorted({named.device for named, _ in self._files() if named.device})

    def _files(self) -> list[tuple[HistoryFile, Path]]:
        """Every history file in the folder, by name: (what its name says, its path)."""
        try:
            names = os.listdir(self._dir)
        except FileNotFoundError:
            return []
        except OSError as exc:
            if self._read_only:
                reason = exc.strerror or str(exc)
                self._report(
                    Problem(str(self._dir), "", _cant_read(reason)),
                    words(
                        "Can't read the history folder {folder}: {reason}.",
                        folder=str(self._dir),
                        reason=reason,
                    ),
                )
            return []  # the writer says so when it tries to save
        found = [(named, self._dir / name) for name in names if (named := HistoryFile.parse(name))]
        found.sort(key=lambda item: (item[0].month, item[0].device, item[0].shard))
        return found

    # -- writing ------------------------------------------------------------------------

    def _refuse_if_read_only(self) -> None:
        if self._read_only:
            raise PermissionError("this history store only reads (it has no device to write as)")

    def _flush(self) -> None:
        """Append pending records, one write per month; keep what fails, in order."""
        if not self._pending:
            return
        by_month: dict[Month, list[_Pending]] = {}
        for entry in self._pending:
            by_month.setdefault(_month_of(entry.record), []).append(entry)
        written: set[int] = set()
        for month, entries in by_month.items():
            if self._write_month(month, [entry.record for entry in entries]):
                written.update(id(entry) for entry in entries)
        self._pending = [entry for entry in self._pending if id(entry) not in written]
        if not self._pending:
            # All is well again: a later outage of the same kind deserves a new message.
            self._error = None
            self._reported = {key for key in self._reported if key[0] != "write"}

    def _write_month(self, month: Month, records: list[Record]) -> bool:
        """Append ``records`` to this device's file of ``month``; False (reported) if not."""
        try:
            data = "".join("\n" + dump_document({r.TABLE: [r.to_toml()]}) for r in records)
        except (TypeError, ValueError) as exc:  # _normalized makes this unreachable
            path = self.month_path(*month)
            reason = words("can't write it: {reason}", reason=str(exc))
            self._write_failed(path, OSError(errno.EINVAL, str(exc)), reason)
            return False
        encoded = data.encode("utf-8")
        shard = self._shard.get(month) or self._last_shard(month)
        for _attempt in range(64):  # each round moves a file aside or rolls to the next shard
            path = self._dir / HistoryFile(month, self._device or "", shard).name
            try:
                self._append(path, encoded, records)
            except _FileFullError:
                shard += 1
                continue
            except _MovedAsideError:
                continue
            except _UnavailableError as exc:
                self._write_failed(path, exc.error, exc.detail)
                return False
            except TimeoutError as exc:
                self._write_failed(path, OSError(errno.EAGAIN, str(exc)))
                return False
            except OSError as exc:
                self._write_failed(path, exc)
                return False
            self._shard[month] = shard
            return True
        path = self.month_path(*month)
        self._write_failed(path, OSError(errno.EMLINK, "no usable file for this month"))
        return False

    def _last_shard(self, month: Month) -> int:
        shards = [
            named.shard
            for named, _ in self._files()
            if named.month == month and named.device == self._device
        ]
        return max(shards, default=1)

    def _append(self, path: Path, data: bytes, records: list[Record]) -> None:
        """Append ``data`` (the text of ``records``) to ``path`` under the file lock."""
        self._dir.mkdir(parents=True, exist_ok=True)
        # A month file that is a link is appended to through it (the link stays); a link
        # to nothing is refused rather than followed to create its target.
        target = atomic.write_target(path)
        flags = os.O_RDWR | os.O_CREAT | os.O_APPEND | getattr(os, "O_BINARY", 0)
        fd = os.open(target, flags, 0o600)
        try:
            with locked(fd, LOCK_TIMEOUT_S):
                info = os.fstat(fd)
                if not stat.S_ISREG(info.st_mode):
                    raise OSError(errno.EINVAL, "not a regular file", str(path))
                if _inode(target) != info.st_ino:
                    raise _MovedAsideError  # moved aside or replaced while we waited for the lock
                info = self._cut_torn_tail(path, fd, info)
                self._check_appendable(path, fd, info)
                prefix = b""
                if info.st_size == 0:
                    prefix = _new_file_header().encode("utf-8")
                elif _last_byte(fd, info.st_size) != b"\n":
                    prefix = b"\n"
                if info.st_size and info.st_size + len(prefix) + len(data) > self._max_bytes:
                    raise _FileFullError
                try:
                    _write_all(fd, prefix + data)
                    os.fsync(fd)
                except OSError:
                    # Take back what may have reached the file: the records stay pending
                    # and are appended again later, so they must not be there twice.
                    with contextlib.suppress(OSError):
                        os.ftruncate(fd, info.st_size)
                        if info.st_size == 0:
                            os.unlink(target)  # made just now: leave no empty file behind
                    raise
                after = os.fstat(fd)
        finally:
            os.close(fd)
        if info.st_size == 0:
            atomic.fsync_folder(self._dir)  # the new file's name survives a power cut
        self._verified[path] = (after.st_ino, after.st_size)
        cached = self._cache.get(path)
        if cached is not None and cached.signature == _signature(info):
            self._cache_put(path, _Parsed(_signature(after), (*cached.records, *records)))
        elif info.st_size == 0:
            self._cache_put(path, _Parsed(_signature(after), tuple(records)))
        else:
            self._cache.pop(path, None)

    def _cut_torn_tail(self, path: Path, fd: int, info: os.stat_result) -> os.stat_result:
        """Cut a torn last record (``torn_tail.py``) off this device's file, under the lock.

        The next record then starts after the last whole one instead of gluing onto half
        a table. Only when the text before the tail parses: damage anywhere else is left
        to ``_check_appendable``. Cheap when nothing is torn: nothing is read for a file
        as this store left it, one byte for a file that ends in a newline; a torn file is
        read once and its head parsed once (not at all if a reader just did). Returns the
        file's stat after the cut, or ``info`` when nothing was cut.
        """
        size = info.st_size
        if size == 0 or self._verified.get(path) == (info.st_ino, size):
            return info
        if size > self._max_bytes or _last_byte(fd, size) == b"\n":
            return info  # too large to read (never read whole), or whole
        data = _read_at(fd, 0, size)
        start = torn_tail_start(data)
        if start is None:
            return info
        cached = self._cache.get(path)
        records: tuple[Record, ...] | None = None
        if cached is not None and cached.signature == _signature(info) and cached.torn_at == start:
            records = cached.records  # a reader parsed the head as it is now
        else:
            try:
                _doc, torn_at = parse_intact(data, appended=True)
            except UnreadableHistoryError as exc:
                if exc.newer:
                    raise _FileFullError from None  # a newer release's: leave it to that one
                return info  # damaged before the tail: not a torn write
            if torn_at != start:
                return info  # whole after all
        os.ftruncate(fd, start)
        os.fsync(fd)
        tail = data[start:]
        text = tail.rstrip(b"\0")
        zeros = f" and {len(tail) - len(text)} zero bytes" if len(text) < len(tail) else ""
        log.warning(
            "Cut %d bytes off the end of %s: a record whose write was cut short (a kill or "
            "power cut; never reported saved), so the next one starts on a whole record. "
            "They were: %r%s",
            len(tail),
            path,
            text[:4096],
            zeros,
        )
        after = os.fstat(fd)
        if records is not None:
            self._cache_put(path, _Parsed(_signature(after), records))
        else:
            self._cache.pop(path, None)
        # parse_intact kept the head only because it parses and takes [[table]] blocks.
        self._verified[path] = (after.st_ino, after.st_size)
        return after

    def _check_appendable(self, path: Path, fd: int, info: os.stat_result) -> None:
        """Raise _FileFullError or _MovedAsideError unless new records can be appended to this file.

        Cheap when nothing changed since this store's last append (inode and size as
        left); when another process of this device appended, only the new tail is
        parsed; otherwise the whole file, once.
        """
        known = self._verified.get(path)
        if info.st_size == 0 or known == (info.st_ino, info.st_size):
            return
        if info.st_size > self._max_bytes:
            raise _FileFullError
        if known is not None and known[0] == info.st_ino and known[1] < info.st_size:
            tail = _read_at(fd, known[1], info.st_size - known[1])
            if _appendable(tail):
                self._verified[path] = (info.st_ino, info.st_size)
                return
        data = _read_at(fd, 0, info.st_size)
        cached = self._cache.get(path)
        if cached is None or cached.signature != _signature(info):
            try:
                parse_document(data)  # not parsed as it is now: check it parses
            except UnreadableHistoryError as exc:
                if exc.newer:
                    raise _FileFullError from None  # a newer release's: leave it to that one
                self._quarantine(path, exc.words)
                raise _MovedAsideError from None
        if _may_block_appends(data) and not _appendable(data):
            raise _FileFullError  # a hand edit that can't take [[table]] blocks: left alone
        self._verified[path] = (info.st_ino, info.st_size)

    def _write_failed(self, path: Path, error: OSError, reason: Text | None = None) -> None:
        if reason is None:
            reason = error.strerror or str(error)
            if not self._dir.is_dir():  # say so, or "Not a directory" would puzzle
                reason = words(
                    "{reason} (the history folder {folder} can't be created)",
                    reason=reason,
                    folder=str(self._dir),
                )
        self._error = words(
            "Can't save history to {file}: {reason}.", file=str(path), reason=reason
        )
        kind = ("write", error.errno if error.errno is not None else type(error).__name__)
        if kind in self._reported:
            log.debug("%s (%d records pending)", self._error, len(self._pending))
            return
        self._reported.add(kind)
        log.warning("%s (%d records pending)", self._error, len(self._pending))
        message = self.last_error
        if message is not None:
            self._tell(message)

    # -- reading ------------------------------------------------------------------------

    def _file_records(self, named: HistoryFile, path: Path) -> tuple[Record, ...]:
        own = bool(named.device) and named.device == self._device and not self._read_only
        try:
            parsed = self._load(path, own=own, appended=bool(named.device))
        except _UnavailableError as exc:
            kind = ("read", str(path), exc.error.errno)
            if kind not in self._reported:
                self._reported.add(kind)
                self._report(
                    Problem(str(path), "", _cant_read(exc.reason)),
                    words(
                        "Can't read history file {file}: {reason}. Its records are left out "
                        "until it can be read; nothing was changed.",
                        file=str(path),
                        reason=exc.reason,
                    ),
                )
            return ()
        self._reported = {key for key in self._reported if key[:2] != ("read", str(path))}
        return parsed.records if parsed is not None else ()

    def _load(self, path: Path, *, own: bool, appended: bool) -> _Parsed | None:
        """The parsed month file (cached), or None if there is none (any more).

        A file that can't be used is reported and None returned; one of this device that
        can't be parsed is moved aside first (the next append starts it afresh). A file
        that can't be opened right now raises _UnavailableError and is left as it is.
        """
        try:
            info = path.stat()
        except FileNotFoundError:
            self._cache.pop(path, None)
            return None
        except OSError as exc:
            raise _UnavailableError(path, exc) from exc
        signature = _signature(info)
        parsed = self._cache.get(path)
        try:
            if info.st_size > self._max_bytes:  # don't even open it
                raise UnreadableHistoryError(_too_large(self._max_bytes))
            if parsed is not None and parsed.signature == signature:
                self._cache.move_to_end(path)
            else:
                parsed = self._parse_file(path, signature, appended=appended)
        except UnreadableHistoryError as exc:
            if own and not exc.newer and info.st_size <= self._max_bytes:
                self._quarantine(path, exc.words)
                return None
            self._report(
                Problem(str(path), "", _unusable(exc)),
                words(
                    "History file {file} can't be used: {reason}. Its records are left out; "
                    "nothing was changed.",
                    file=str(path),
                    reason=exc.words,
                ),
            )
            return None
        return parsed

    def _parse_file(
        self, path: Path, signature: tuple[int, int, int], *, appended: bool
    ) -> _Parsed:
        try:
            data = _read_limited(path, self._max_bytes)
        except OSError as exc:
            raise _UnavailableError(path, exc) from exc
        if data is None:
            raise UnreadableHistoryError(_too_large(self._max_bytes))
        doc, torn_at = parse_intact(data, appended=appended)
        if torn_at is not None:
            log.info(
                "History file %s ends in %d bytes of a record whose write was cut short; "
                "read without them (never reported saved; the next append cuts them off)",
                path,
                len(data) - torn_at,
            )
        records, problems = records_in(doc, str(path))
        for problem in problems:
            log.info("Skipped invalid history record: %s", problem)
            if self._read_only:
                self._report(
                    problem, words("Skipped an invalid history record: {problem}", problem=problem)
                )
        parsed = _Parsed(signature, tuple(records), torn_at)
        self._cache_put(path, parsed)
        return parsed

    def _quarantine(self, path: Path, reason: Text) -> None:
        """Move an unusable file of this device aside (never overwriting anything); tell."""
        self._cache.pop(path, None)
        self._verified.pop(path, None)
        stamp = self._now().strftime("%Y%m%dT%H%M%S")
        try:
            target = atomic.move_aside(path, f"{path.name}{CORRUPT_MARKER}{stamp}")
        except OSError as exc:
            # Cannot move it: leave it exactly as it is. Appending would only add to the
            # damage, so the month is unavailable and its new records wait in memory.
            log.error("Could not move %s aside: %s", path, exc)
            detail = words(
                "it could not be read ({reason}) and could not be moved aside ({error})",
                reason=reason,
                error=exc.strerror or str(exc),
            )
            raise _UnavailableError(path, exc, detail) from exc
        message = words(
            "History file {file} could not be read: {reason}. It was moved to {moved} in "
            "the same folder; nothing was deleted. New records go to a fresh {name}.",
            file=str(path),
            reason=reason,
            moved=target.name,
            name=path.name,
        )
        log.warning("%s", message)
        self._tell(message)

    def _cache_put(self, path: Path, parsed: _Parsed) -> None:
        self._cache[path] = parsed
        self._cache.move_to_end(path)
        while len(self._cache) > _CACHE_FILES:
            self._cache.popitem(last=False)

    def _report(self, problem: Problem, message: Text) -> None:
        """Remember ``problem`` and tell the user, once per problem."""
        key = (problem.file, problem.key, problem.message)
        if key in self._problems:
            return
        self._problems[key] = problem
        self._tell(message)

    def _tell(self, message: Text) -> None:
        if self._on_problem is None:
            return
        try:
            self._on_problem(message)
        except Exception:  # a faulty listener must not stop records from being saved
            log.exception("on_problem callback failed")


class DeviceView:
    """A store's records from one device's files only, or from all (``device`` None).

    What the summary window and the ``--device`` options read through: it has the
    ``records(start, end)`` the summary and the export need, and its device can change.
    """

    def __init__(self, store: HistoryStore, device: str | None = None) -> None:
        self.store = store
        self.device = device

    def records(self, start: datetime, end: datetime) -> list[Record]:
        devices = None if self.device is None else {self.device}
        return self.store.records(start, end, devices)


# -- helpers --------------------------------------------------------------------------------


def _parse(data: bytes) -> dict[str, Any]:
    """Indirection so tests can count how many month files a query parses."""
    return parse_document(data)


# A line that defines a record table other than by ``[[table]]`` (``break = [...]``,
# ``[break]``, ``[break.x]``, ``break.x = 1``): only then can appending fail, so only then
# is the (slow, whole-file) probe parse needed.
_BLOCKING_LINE = re.compile(
    rb"^[ \t]*\[?[ \t]*[\"']?(?:" + "|".join(RECORD_TYPES).encode() + rb")[\"']?[ \t]*[.=\]]",
    re.MULTILINE,
)


def _may_block_appends(data: bytes) -> bool:
    return _BLOCKING_LINE.search(data) is not None


def _appendable(data: bytes) -> bool:
    """True if ``[[table]]`` blocks of every record type can follow this TOML text."""
    try:
        text = data.decode("utf-8-sig")
        tomllib.loads(text + _PROBE)
    except (UnicodeDecodeError, tomllib.TOMLDecodeError, ValueError, RecursionError):
        return False
    return True


def _new_file_header() -> str:
    return f"schema = {SCHEMA}\n"


def _write_all(fd: int, data: bytes) -> None:
    view = memoryview(data)
    while view:
        written = os.write(fd, view)
        view = view[written:]


def _read_at(fd: int, offset: int, size: int) -> bytes:
    """``size`` bytes of the open file from ``offset`` (fewer if it is shorter)."""
    chunks: list[bytes] = []
    os.lseek(fd, offset, os.SEEK_SET)
    while size > 0:
        chunk = os.read(fd, min(size, 1 << 20))
        if not chunk:
            break
        chunks.append(chunk)
        size -= len(chunk)
    return b"".join(chunks)


def _last_byte(fd: int, size: int) -> bytes:
    return _read_at(fd, size - 1, 1)


def _inode(path: Path) -> int | None:
    try:
        return path.stat().st_ino
    except OSError:
        return None


def _normalized(record: Record) -> Record:
    """The record exactly as it will read back from the file (whole seconds).

    It goes through the real text form, so a value TOML can't hold (a naive time, an
    offset with seconds, a lone surrogate) is refused here, before it is queued.
    """
    table = record.TABLE
    try:
        text = dump_document({table: [record.to_toml()]})
        table_doc = tomllib.loads(text.encode("utf-8").decode("utf-8"))[table][0]
    except (TypeError, ValueError) as exc:  # TOMLDecodeError, UnicodeError are ValueErrors
        raise ValueError(f"record can't be saved as history: {exc}") from exc
    parsed, problems = parse_record(table, table_doc, "<new record>", 0)
    if parsed is None:
        details = "; ".join(str(problem) for problem in problems) or "unknown record type"
        raise ValueError(f"record can't be saved as history: {details}")
    return parsed


def dump_document(doc: Mapping[str, Any]) -> str:
    """TOML text for a whole month document, in the documented shape.

    ``tomli_w`` writes everything, but puts short tables inline (``sitting = [{...}]``)
    and dates with a space. Arrays of flat tables (all records, and most unknown ones)
    are written here as ``[[name]]`` blocks with ``T`` dates, like the documented format;
    anything else is left to ``tomli_w``. The result is parsed once as a guard: should it
    ever not read back, plain ``tomli_w`` output is used instead.
    """
    blocks = [key for key, value in doc.items() if _is_flat_table_array(value)]
    rest = {key: value for key, value in doc.items() if key not in blocks}
    parts = [tomli_w.dumps(rest)] if rest else []
    for key in blocks:
        header = f"[[{_key(key)}]]"
        for table in doc[key]:
            lines = [header, *(f"{_key(name)} = {_literal(v)}" for name, v in table.items())]
            parts.append("\n".join(lines) + "\n")
    text = "\n".join(parts)
    try:
        tomllib.loads(text)
    except (tomllib.TOMLDecodeError, RecursionError):
        log.error("History writer produced unreadable TOML; falling back to tomli_w")
        return tomli_w.dumps(doc)
    return text


_SCALARS = (str, bool, int, float, datetime, date, time)


def _is_flat_table_array(value: Any) -> bool:
    """A non-empty list of tables whose values are scalars or lists of scalars."""
    return (
        isinstance(value, list)
        and bool(value)
        and all(
            isinstance(table, dict)
            and all(
                isinstance(v, _SCALARS)
                or (isinstance(v, list) and all(_is_inline(item) for item in v))
                for v in table.values()
            )
            for table in value
        )
    )


def _is_inline(item: Any) -> bool:
    """A list item written on the record's line: a scalar, or a table of scalars."""
    return isinstance(item, _SCALARS) or (
        isinstance(item, dict) and all(isinstance(v, _SCALARS) for v in item.values())
    )


@functools.lru_cache(maxsize=256)  # the same few keys, thousands of times per month
def _key(name: str) -> str:
    """A key as TOML text (bare or quoted), via tomli_w's own quoting."""
    return tomli_w.dumps({name: 0})[: -len(" = 0\n")]


def _literal(value: Any) -> str:
    """A scalar, an inline table or a list of them as one line of TOML."""
    if isinstance(value, list):
        return "[" + ", ".join(_literal(item) for item in value) + "]"
    if isinstance(value, dict):  # an inline table, e.g. one exercise's adherence
        return "{ " + ", ".join(f"{_key(k)} = {_literal(v)}" for k, v in value.items()) + " }"
    if isinstance(value, datetime):
        offset = value.utcoffset()
        if offset is not None and offset.seconds % 60:
            raise ValueError(f"{value}: TOML offsets are whole minutes")
        return value.isoformat()  # 2026-11-24T09:41:30+01:00, as documented
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    return tomli_w.dumps({"v": value})[len("v = ") : -1]


def _read_limited(path: Path, max_bytes: int) -> bytes | None:
    """The file's bytes, or None if it is over ``max_bytes`` (without reading it all)."""
    data = read_head(path, max_bytes)
    return None if len(data) > max_bytes else data


def _too_large(max_bytes: int) -> Words:
    if max_bytes >= 1024 * 1024:
        size = words("{size} MB", size=f"{max_bytes / 1024 / 1024:g}")
    else:
        size = counted("%n byte(s)", "", max_bytes)
    return words(
        "it is larger than {size}, far more than a month of history, so it is not read",
        size=size,
    )


def _cant_read(reason: Text) -> Words:
    return words("can't be read: {reason}", reason=reason)


def _unusable(error: UnreadableHistoryError) -> Words:
    return words("can't be used as history: {reason}", reason=error.words)


def _signature(info: os.stat_result) -> tuple[int, int, int]:
    return (info.st_ino, info.st_mtime_ns, info.st_size)


def _month_of(record: Record) -> Month:
    return (record.at.year, record.at.month)


def _appended(path: Path) -> bool:
    """True for a file records are appended to (a device's), which can have a torn tail."""
    named = HistoryFile.parse(path.name)
    return named is not None and bool(named.device)


def _file_month(path: Path) -> Month | None:
    named = HistoryFile.parse(path.name)
    return None if named is None else named.month


def _belongs_in(record: Record, month: Month) -> bool:
    """A record's file month: its own, or (a span ending at midnight) its last moment's."""
    if _month_of(record) == month:
        return True
    end = getattr(record, "end", None)
    start = getattr(record, "start", None)
    if isinstance(end, datetime) and isinstance(start, datetime) and end > start:
        last = end - timedelta(microseconds=1)
        return (last.year, last.month) == month
    return False


def _widened(moment: datetime, by: timedelta) -> datetime:
    """``moment`` in UTC moved ``by``, stopping at the ends of the calendar ("all time")."""
    try:
        return moment.astimezone(UTC) + by
    except OverflowError:
        return (datetime.min if by < timedelta(0) else datetime.max).replace(tzinfo=UTC)


def _index(month: Month) -> int:
    return month[0] * 12 + month[1] - 1
