"""What the app remembers for itself between runs (``state.toml``), as opposed to settings.

The user never edits this file: it records that the welcome was shown, that the "no
tray" hint was seen, where the status window was, and until when reminders are paused.
Losing it costs nothing worse than seeing the welcome again, so loading never fails:
whatever can't be used is reported as a message and the default is used.

A file that cannot be parsed at all is moved aside as ``state.toml.corrupt-<timestamp>``
(never deleted, never overwritten) so the next save starts clean without destroying
evidence. Keys this version does not know are kept in ``AppState.extra`` and written
back, so running an older release does not erase what a newer one remembered.
"""

from __future__ import annotations

import base64
import binascii
import math
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any, TypeVar

import tomli_w

from deadbutt_tray.core.fields import FieldReader
from deadbutt_tray.core.storage.atomic import atomic_write_text, move_aside
from deadbutt_tray.core.storage.tomlfile import TomlReadError, parse_toml, read_head

__all__ = [
    "CORRUPT_MARKER",
    "MAX_STATE_BYTES",
    "SCHEMA",
    "AppState",
    "OpenSpan",
    "load_state",
    "save_state",
]

SCHEMA = 1
CORRUPT_MARKER = ".corrupt-"
# The file holds a handful of short values; anything this big was saved over it by
# mistake, and reading it whole would only waste memory.
MAX_STATE_BYTES = 256 * 1024
# QWidget.saveGeometry() is under 100 bytes; a far longer value is not a geometry.
MAX_GEOMETRY_CHARS = 4096

_T = TypeVar("_T")

_HEADER = (
    "# deadbutt-tray remembers these things for itself (welcome shown, window places).\n"
    "# Your settings live in config.toml, not here. Deleting this file is harmless.\n"
)


@dataclass(frozen=True)
class OpenSpan:
    """A sitting span that had not ended at the last checkpoint, and whose it is."""

    start: datetime
    end: datetime  # when it was checkpointed (or when the user left, if away)
    device: str  # the device whose history it belongs in


@dataclass(frozen=True)
class AppState:
    """The app's own memory. Change it with ``dataclasses.replace``."""

    welcome_seen: bool = False
    no_tray_hint_seen: bool = False
    status_window_geometry: str = ""  # base64 of QWidget.saveGeometry(); '' if none
    status_window_minimized: bool = False
    # Keys this version does not know (a newer release wrote them): kept and saved back.
    # Values must be TOML-serialisable; hash=False keeps the dataclass hashable.
    extra: dict[str, Any] = field(default_factory=dict, hash=False)
    # When the user reached the current program level (aware), if known.
    level_since: datetime | None = None
    # The level last suggested to the user (0: none yet), so it is suggested once.
    suggested_level: int = 0
    # This data folder's device id per host name (core/storage/device.py): the history
    # files each machine writes. Per host, so a state file copied or synced to another
    # machine does not make two machines one device.
    device_ids: dict[str, str] = field(default_factory=dict, hash=False)
    # The end of a pause ("pause tomorrow", "pause 60"), so a restart keeps it (aware).
    paused_until: datetime | None = None
    # The sitting span still open, as last checkpointed (at most a minute old): recorded
    # at the next start if the app ended without saving it (kill -9, power cut, logout).
    open_span: OpenSpan | None = None


_BOOL_KEYS = ("welcome_seen", "no_tray_hint_seen", "status_window_minimized")
# On-disk names of the typed fields that are not plain booleans.
_LEVEL_SINCE_KEY = "level_since"
_SUGGESTED_KEY = "suggested"
_DEVICES_KEY = "devices"
_PAUSED_KEY = "paused_until"
_OPEN_SPAN_KEY = "open_span"
_KNOWN_KEYS = frozenset(
    (
        *_BOOL_KEYS,
        "status_window_geometry",
        _LEVEL_SINCE_KEY,
        _SUGGESTED_KEY,
        _DEVICES_KEY,
        _PAUSED_KEY,
        _OPEN_SPAN_KEY,
        "schema",
    )
)


def load_state(path: Path, now: Callable[[], datetime] | None = None) -> tuple[AppState, list[str]]:
    """Read ``path``; return the state and any problems, in plain words, for the log.

    A missing file is the normal first run (defaults, no message). An unreadable file
    (permissions, a folder in its place) is left alone. A file that is not valid TOML
    is moved aside. A wrong value for one key costs only that key.
    """
    path = Path(path)
    try:
        data = read_head(path, MAX_STATE_BYTES)
    except FileNotFoundError:
        return AppState(), []
    except OSError as exc:
        return AppState(), [
            f"App state {path} can't be read ({exc.strerror or exc}); using defaults."
        ]
    if len(data) > MAX_STATE_BYTES:
        return AppState(), [_quarantine(path, "it is far too large", now)]
    try:
        document = parse_toml(data)
    except TomlReadError as error:
        return AppState(), [_quarantine(path, f"it is {error}", now)]
    return _from_document(document, path)


def save_state(path: Path, state: AppState) -> None:
    """Write ``state`` to ``path`` atomically. ``OSError`` propagates to the caller.

    The old file stays intact if anything fails (see ``core.atomic``).
    """
    document: dict[str, Any] = {"schema": SCHEMA}
    # Unknown keys first (a newer release's "schema" included, so it is not downgraded),
    # then ours, which always win over a stale copy of the same key in ``extra``.
    document.update(state.extra)
    document.update(
        welcome_seen=state.welcome_seen,
        no_tray_hint_seen=state.no_tray_hint_seen,
        status_window_geometry=state.status_window_geometry,
        status_window_minimized=state.status_window_minimized,
    )
    if state.level_since is not None:
        document[_LEVEL_SINCE_KEY] = state.level_since.isoformat()
    if state.suggested_level:
        document[_SUGGESTED_KEY] = state.suggested_level
    if state.device_ids:
        document[_DEVICES_KEY] = dict(state.device_ids)
    if state.paused_until is not None:
        document[_PAUSED_KEY] = state.paused_until
    if state.open_span is not None:
        span = state.open_span
        document[_OPEN_SPAN_KEY] = {"start": span.start, "end": span.end, "device": span.device}
    atomic_write_text(Path(path), _HEADER + tomli_w.dumps(document))


def _from_document(document: dict[str, Any], path: Path) -> tuple[AppState, list[str]]:
    read = FieldReader(path, document)
    values: dict[str, Any] = {}
    for key in _BOOL_KEYS:
        if (flag := read.boolean(key)) is not None:
            values[key] = flag
    # Each in the order its problem is reported; on disk under its AppState field name.
    parsed: tuple[tuple[str, Callable[[object], object | None], str], ...] = (
        ("status_window_geometry", _geometry, "base64 text"),
        (_LEVEL_SINCE_KEY, _aware_datetime, "a date and time"),
        (_OPEN_SPAN_KEY, _open_span, "start, end and device"),
        (_PAUSED_KEY, _aware_datetime, "a date and time with its offset"),
    )
    for key, parse, accepted in parsed:
        if (value := _optional(read, key, parse, accepted)) is not None:
            values[key] = value
    suggested = read.whole(_SUGGESTED_KEY, 0, 3, required=False, accepted="a level from 1 to 3")
    if suggested is not None:
        values["suggested_level"] = suggested
    devices = document.get(_DEVICES_KEY)
    if isinstance(devices, dict):
        values["device_ids"] = {
            str(host): value for host, value in devices.items() if isinstance(value, str)
        }
    elif devices is not None:
        read.reject(_DEVICES_KEY, devices, "a table of host name = device id")
    extra = {key: value for key, value in document.items() if key not in _KNOWN_KEYS}
    schema = read.whole(
        "schema", 1, math.inf, required=False, accepted=f"a whole number from 1 (this is {SCHEMA})"
    )
    if schema is not None and schema > SCHEMA:
        # Written by a newer release: read what we know, and keep its schema on save so
        # that release does not mistake the file for an old one.
        extra["schema"] = schema
    problems = [f"App state {problem}; using the default." for problem in read.problems]
    return AppState(**values, extra=extra), problems


def _optional(
    read: FieldReader, key: str, parse: Callable[[object], _T | None], accepted: str
) -> _T | None:
    """``parse`` of the value at ``key``; ``None`` when it is absent, or rejected (and
    reported, with what is ``accepted``) when ``parse`` can't use it."""
    if key not in read.data:
        return None
    value = parse(read.data[key])
    if value is None:
        read.reject(key, read.data[key], accepted)
    return value


def _open_span(value: object) -> OpenSpan | None:
    if not isinstance(value, dict):
        return None
    start, end = _aware_datetime(value.get("start")), _aware_datetime(value.get("end"))
    device = value.get("device")
    if start is None or end is None or not isinstance(device, str) or end < start:
        return None
    return OpenSpan(start, end, device)


def _aware_datetime(value: object) -> datetime | None:
    """An aware datetime from TOML (a datetime, or ISO text as older releases wrote)."""
    if isinstance(value, str) and len(value) <= 64:
        try:
            value = datetime.fromisoformat(value)
        except ValueError:
            return None
    if isinstance(value, datetime) and value.tzinfo is not None:
        return value
    return None


def _geometry(value: object) -> str | None:
    if not isinstance(value, str) or len(value) > MAX_GEOMETRY_CHARS:
        return None
    try:
        base64.b64decode(value, validate=True)
    except (binascii.Error, ValueError):
        return None
    return value


def _quarantine(path: Path, reason: str, now: Callable[[], datetime] | None) -> str:
    """Move an unusable state file aside, never overwriting anything; say what happened."""
    stamp = (now or datetime.now)().strftime("%Y%m%dT%H%M%S")
    try:
        target = move_aside(path, f"{path.name}{CORRUPT_MARKER}{stamp}")
    except OSError as exc:
        # Left exactly where it was. A folder we cannot rename in is one we cannot
        # save into either, so the file is very likely to survive as it is.
        return (
            f"App state {path} could not be read ({reason}) and could not be moved aside "
            f"({exc.strerror or exc}); using defaults."
        )
    return (
        f"App state {path} could not be read ({reason}). It was moved to {target.name} "
        "in the same folder; using defaults."
    )
