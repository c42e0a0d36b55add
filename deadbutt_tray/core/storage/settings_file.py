"""Reading, checking and writing ``config.toml``.

Every setting is described once, in ``SPECS``: its TOML key (the ``Settings`` field name),
what kind of value it takes, the accepted range or choices and a one-line description.
Loading, ``deadbutt-tray check``, the settings dialog and the generated docs all read
that table, so the rules cannot drift apart.

Loading is forgiving: a bad value is reported as a ``Problem`` and replaced by the
default (or the administrator's default), every other value still applies, and the
user's file is never written while loading. Writing happens only when the user changes
settings in the UI, and it refuses to overwrite a file it cannot parse.
"""

from __future__ import annotations

import dataclasses
import difflib
import json
import math
import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime, time
from enum import Enum
from pathlib import Path
from typing import Any, NamedTuple

import tomli_w

from deadbutt_tray.core.model.settings import AGE_RANGE_CHOICES, IDLE_SOURCES, WEEKDAYS, Settings
from deadbutt_tray.core.problems import Problem
from deadbutt_tray.core.storage.atomic import atomic_write_text
from deadbutt_tray.core.storage.tomlfile import TomlReadError, parse_toml, read_head

__all__ = [
    "MAX_FILE_BYTES",
    "SPECS",
    "Kind",
    "SettingRow",
    "SettingSpec",
    "SettingsError",
    "check_settings_file",
    "describe_settings",
    "load_settings",
    "save_settings",
    "spec_for",
]

# A settings file is a few hundred bytes; anything this big is a mistake (a log or a
# binary saved over it), and reading it whole would only waste memory.
MAX_FILE_BYTES = 1024 * 1024

# The --sit-limit override may go below the file's 10-minute minimum (to watch a whole
# cycle quickly) but not above the file's maximum.

# "HH:MM", optionally ":SS" as in the unquoted 09:00:00 the app itself writes.
_HH_MM = re.compile(r"(\d{1,2}):(\d{2})(?::(\d{2}))?", re.ASCII)
# A short id such as an exercise id: lower-case letters, digits and dashes.
_ID = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*", re.ASCII)
MAX_IDS = 200  # more ids than there could ever be exercises is a mistake
MAX_ID_LENGTH = 64
_SHOW_LIMIT = 60  # characters of a bad value quoted back in a message


class SettingsError(Exception):
    """The settings file cannot be written without losing what the user put in it."""


class Kind(Enum):
    """The kind of value a setting takes; decides parsing and the "accepted" text."""

    NUMBER = "number"  # int or float, fractions allowed
    INTEGER = "integer"  # whole number; a TOML boolean is not a number here
    BOOL = "bool"
    TIME = "time"  # TOML local time or "HH:MM"
    WEEKDAYS = "weekdays"  # non-empty list of WEEKDAYS without repeats
    CHOICE = "choice"  # one string out of ``choices``
    IDS = "ids"  # list of short ids (lower-case letters, digits, dashes), no repeats


@dataclass(frozen=True)
class SettingSpec:
    """One row of the settings table: how a key is written, checked and explained."""

    key: str
    kind: Kind
    description: str
    minimum: float | None = None
    maximum: float | None = None
    unit: str = ""
    note: str = ""  # appended to the accepted text, e.g. "0 = off"
    choices: tuple[str, ...] = ()

    @property
    def default(self) -> Any:
        """The built-in default, taken from ``Settings`` so it is defined only once."""
        return getattr(_DEFAULTS, self.key)

    @property
    def accepted(self) -> str:
        """What the file may say for this key, in words (without the default)."""
        unit = f" {self.unit}" if self.unit else ""
        note = f", {self.note}" if self.note else ""
        if self.kind is Kind.NUMBER:
            return f"a number of{unit} from {_num(self.minimum)} to {_num(self.maximum)}{note}"
        if self.kind is Kind.INTEGER:
            what = f"a whole number of{unit}" if unit else "a whole number"
            return f"{what} from {_num(self.minimum)} to {_num(self.maximum)}{note}"
        if self.kind is Kind.BOOL:
            return "true or false"
        if self.kind is Kind.TIME:
            return f'a time of day such as 09:00:00 or "09:00"{note}'
        if self.kind is Kind.WEEKDAYS:
            days = ", ".join(f'"{d}"' for d in WEEKDAYS)
            return f"a list of at least one of {days}, each at most once"
        if self.kind is Kind.IDS:
            return (
                'a list of ids such as "wall-sit-squeeze" (lower-case letters, digits '
                f"and dashes), each at most once{note}"
            )
        return "one of " + ", ".join(f'"{c}"' for c in self.choices) + note


class SettingRow(NamedTuple):
    """A row of ``describe_settings()``: everything a person needs to set one key."""

    key: str
    default: str  # as TOML text that can be pasted into config.toml
    accepted: str
    description: str


_DEFAULTS = Settings()

SPECS: tuple[SettingSpec, ...] = (
    SettingSpec(
        "sit_limit_min",
        Kind.NUMBER,
        "Continuous sitting before you are prompted to take a break.",
        minimum=10,
        maximum=120,
        unit="minutes",
    ),
    SettingSpec(
        "heads_up_s",
        Kind.INTEGER,
        "A quiet heads-up this long before the prompt.",
        minimum=0,
        maximum=600,
        unit="seconds",
        note="0 = off",
    ),
    SettingSpec(
        "min_break_min",
        Kind.NUMBER,
        "Time away from the computer that counts as a break.",
        minimum=1,
        maximum=15,
        unit="minutes",
    ),
    SettingSpec(
        "snooze_min",
        Kind.NUMBER,
        "How long a snooze puts off the prompt.",
        minimum=1,
        maximum=30,
        unit="minutes",
    ),
    SettingSpec(
        "max_snoozes",
        Kind.INTEGER,
        "Snoozes in a row before the prompt stops offering another.",
        minimum=0,
        maximum=10,
    ),
    SettingSpec(
        "renudge_min",
        Kind.NUMBER,
        "An ignored prompt nudges again after this long.",
        minimum=1,
        maximum=60,
        unit="minutes",
    ),
    SettingSpec(
        "working_hours",
        Kind.BOOL,
        "Prompt only on work days between work_start and work_end.",
    ),
    SettingSpec("work_start", Kind.TIME, "Start of working hours.", note="before work_end"),
    SettingSpec("work_end", Kind.TIME, "End of working hours.", note="after work_start"),
    SettingSpec("work_days", Kind.WEEKDAYS, "Days that have working hours."),
    SettingSpec(
        "quiet_when_fullscreen",
        Kind.BOOL,
        "Hold prompts while a full-screen window (a presentation, a call) is active.",
    ),
    SettingSpec("sound", Kind.BOOL, "Play a sound with the prompt."),
    SettingSpec(
        "volume",
        Kind.INTEGER,
        "Volume of the prompt sound.",
        minimum=0,
        maximum=100,
        unit="percent",
    ),
    SettingSpec(
        "idle_source",
        Kind.CHOICE,
        'How time away is detected; "auto" picks what works on this desktop.',
        choices=IDLE_SOURCES,
    ),
    SettingSpec(
        "level",
        Kind.INTEGER,
        "The current program level: 1 wake up, 2 with core, 3 together.",
        minimum=1,
        maximum=3,
    ),
    SettingSpec(
        "excluded_exercises",
        Kind.IDS,
        'Exercises left out of routines (added when you press "This hurts").',
        note="[] = none",
    ),
    SettingSpec(
        "age_range",
        Kind.CHOICE,
        "Your age range, to compare the balance test with approximate norms.",
        note='"" = not given',
        choices=AGE_RANGE_CHOICES,
    ),
)

_BY_KEY: dict[str, SettingSpec] = {spec.key: spec for spec in SPECS}

# The table must cover the dataclass exactly; failing at import beats a setting that
# silently cannot be loaded or saved.
if set(_BY_KEY) != {f.name for f in dataclasses.fields(Settings)}:  # pragma: no cover
    raise RuntimeError("settings_file.SPECS does not match the fields of Settings")


def spec_for(key: str) -> SettingSpec:
    """The table row for ``key``; ``KeyError`` if there is no such setting."""
    return _BY_KEY[key]


def describe_settings() -> tuple[SettingRow, ...]:
    """Every setting as (key, default, accepted, description), in table order."""
    return tuple(SettingRow(s.key, _show_default(s), s.accepted, s.description) for s in SPECS)


# --- loading -------------------------------------------------------------------------


class _UnusableFileError(Exception):
    """A whole file cannot be used; the message says why, for the person who will fix it."""


class _RejectedValueError(Exception):
    """A single value is not accepted (the caller words the message)."""


def load_settings(user_file: Path, site_file: Path | None = None) -> tuple[Settings, list[Problem]]:
    """Settings from defaults, then admin defaults in ``site_file``, then ``user_file``.

    Never raises for anything in the files and never writes them. Each bad value, unknown
    key or unusable file becomes a ``Problem``; a bad value falls back to what the earlier
    layers gave (the administrator's default, else the built-in default). A missing file
    is not a problem.
    """
    problems: list[Problem] = []
    values: dict[str, Any] = {s.key: s.default for s in SPECS}
    for path in (site_file, user_file):
        if path is None:
            continue
        try:
            data = _read_toml(path)
        except FileNotFoundError:
            continue
        except _UnusableFileError as exc:
            problems.append(Problem(str(path), "", str(exc)))
            continue
        values = _apply_layer(values, data, str(path), problems)
    return Settings(**values), problems


def check_settings_file(path: Path) -> list[Problem]:
    """Every problem in one settings file, checked against the built-in defaults.

    Only reads. A missing file has no problems (the app then uses the defaults); callers
    that want to say so should check ``path.exists()`` themselves.
    """
    return load_settings(path)[1]


def _read_toml(path: Path) -> dict[str, Any]:
    """The parsed file. ``FileNotFoundError`` if it is missing, ``_UnusableFileError`` otherwise."""
    try:
        raw = _read_capped(path)
    except FileNotFoundError:
        raise
    except OSError as exc:
        raise _UnusableFileError(f"cannot be read ({exc.strerror or exc}); {_NONE_USED}") from exc
    return _parse_toml(raw)


_NONE_USED = "none of its settings were used"


def _read_capped(path: Path) -> bytes:
    """At most one byte more than the limit, so a huge file is never read whole."""
    return read_head(path, MAX_FILE_BYTES)


def _parse_toml(raw: bytes) -> dict[str, Any]:
    """The TOML document in ``raw``, or ``_UnusableFileError`` saying why there is none."""
    if len(raw) > MAX_FILE_BYTES:
        limit_mb = MAX_FILE_BYTES // (1024 * 1024)
        raise _UnusableFileError(
            f"larger than {limit_mb} MB, too big for a settings file; {_NONE_USED}"
        )
    try:
        return parse_toml(raw)
    except TomlReadError as error:
        raise _UnusableFileError(f"{error}; {_NONE_USED}") from None


def _apply_layer(
    base: Mapping[str, Any], data: Mapping[str, Any], file: str, problems: list[Problem]
) -> dict[str, Any]:
    """``base`` updated with the valid values of one file; problems for the rest."""
    values = dict(base)
    for key, raw in data.items():
        spec = _BY_KEY.get(key)
        if spec is None:
            problems.append(Problem(file, key, _unknown_key_message(key)))
            continue
        try:
            values[key] = _convert(spec, raw)
        except _RejectedValueError:
            accepted = _accepted_with_default(spec, base[key])
            problems.append(Problem(file, key, f"{_show(raw)} is not accepted: {accepted}"))
    # Each time is fine alone but the pair must make a working day. Revert both to what
    # the earlier layers gave, which was already a valid pair.
    start, end = values["work_start"], values["work_end"]
    if not end > start:
        if "work_end" in data:
            key, why = "work_end", f"{_clock(end)} is not later than work_start ({_clock(start)})"
        else:
            key, why = "work_start", f"{_clock(start)} is not earlier than work_end ({_clock(end)})"
        fallback = f"{_clock(base['work_start'])} to {_clock(base['work_end'])}"
        problems.append(Problem(file, key, f"{why}; working hours {fallback} are used"))
        values["work_start"], values["work_end"] = base["work_start"], base["work_end"]
    return values


def _unknown_key_message(key: str) -> str:
    message = "unknown setting, ignored"
    close = difflib.get_close_matches(key.lower(), list(_BY_KEY), n=1, cutoff=0.6)
    if close:
        message += f"; did you mean {close[0]}?"
    return message


def _accepted_with_default(spec: SettingSpec, fallback: Any) -> str:
    text = f"{spec.accepted} (default {_show_default(spec)})"
    if fallback != spec.default:
        text += f"; using the administrator's default {_show(fallback)}"
    return text


def _convert(spec: SettingSpec, raw: Any) -> Any:
    """The value ``raw`` means for ``spec``, or ``_RejectedValueError``."""
    kind = spec.kind
    if kind is Kind.BOOL:
        if isinstance(raw, bool):
            return raw
        raise _RejectedValueError
    if kind in (Kind.NUMBER, Kind.INTEGER):
        # bool is an int subclass in Python; "true" is never a number of minutes.
        if isinstance(raw, bool) or not isinstance(raw, int | float):
            raise _RejectedValueError
        if kind is Kind.INTEGER and not isinstance(raw, int):
            raise _RejectedValueError
        if not math.isfinite(raw) or not _within(spec, raw):
            raise _RejectedValueError
        return float(raw) if kind is Kind.NUMBER else raw
    if kind is Kind.TIME:
        return _parse_time(raw)
    if kind is Kind.WEEKDAYS:
        return _parse_weekdays(raw)
    if kind is Kind.IDS:
        return _parse_ids(raw)
    if isinstance(raw, str) and raw.strip().lower() in spec.choices:
        return raw.strip().lower()
    raise _RejectedValueError


def _within(spec: SettingSpec, value: float) -> bool:
    low = -math.inf if spec.minimum is None else spec.minimum
    high = math.inf if spec.maximum is None else spec.maximum
    return low <= value <= high


def _parse_time(raw: Any) -> time:
    # datetime is not a time subclass, so a TOML date-time lands in the rejection below.
    if isinstance(raw, time):
        return raw
    if isinstance(raw, str):
        match = _HH_MM.fullmatch(raw.strip())
        if match:
            hour, minute, second = int(match[1]), int(match[2]), int(match[3] or 0)
            if hour < 24 and minute < 60 and second < 60:
                return time(hour, minute, second)
    raise _RejectedValueError


def _parse_weekdays(raw: Any) -> tuple[str, ...]:
    if not isinstance(raw, list) or not raw:
        raise _RejectedValueError
    if not all(isinstance(d, str) for d in raw):
        raise _RejectedValueError
    days = [d.strip().lower() for d in raw]
    if any(d not in WEEKDAYS for d in days) or len(set(days)) != len(days):
        raise _RejectedValueError
    # Calendar order, so two settings that name the same days compare equal.
    return tuple(d for d in WEEKDAYS if d in days)


def _parse_ids(raw: Any) -> tuple[str, ...]:
    if not isinstance(raw, list) or len(raw) > MAX_IDS:
        raise _RejectedValueError
    if not all(isinstance(i, str) for i in raw):
        raise _RejectedValueError
    ids = [i.strip() for i in raw]
    if any(len(i) > MAX_ID_LENGTH or not _ID.fullmatch(i) for i in ids):
        raise _RejectedValueError
    if len(set(ids)) != len(ids):
        raise _RejectedValueError
    return tuple(ids)


# --- showing values back to people -----------------------------------------------------


def _num(value: float | None) -> str:
    return f"{value:g}"


def _show_default(spec: SettingSpec) -> str:
    # "30", not "30.0": a number setting accepts either, and people write the short one.
    return _num(spec.default) if spec.kind is Kind.NUMBER else _show(spec.default)


def _clock(value: time) -> str:
    return value.isoformat(timespec="seconds" if value.second else "minutes")


def _show(value: Any) -> str:
    """A value as TOML-like text, short enough to quote in a one-line message."""
    if isinstance(value, bool):
        text = "true" if value else "false"
    elif isinstance(value, float):
        # repr, so a rejected 60.0 is not shown as a seemingly fine "60".
        text = repr(value)
    elif isinstance(value, int):
        text = str(value) if abs(value) < 10**30 else "a very long number"
    elif isinstance(value, str):
        # JSON string escapes are TOML basic-string escapes; control characters show up.
        text = json.dumps(value, ensure_ascii=False)
    elif isinstance(value, time):
        text = f'"{_clock(value)}"'
    elif isinstance(value, datetime | date):
        text = value.isoformat()
    elif isinstance(value, list | tuple):
        text = "[" + ", ".join(_show(v) for v in value) + "]"
    elif isinstance(value, Mapping):
        text = "a table"
    else:  # pragma: no cover - tomllib produces nothing else
        text = repr(value)
    if len(text) > _SHOW_LIMIT:
        text = text[: _SHOW_LIMIT - 1] + "…"
    return text


# --- writing --------------------------------------------------------------------------


def save_settings(user_file: Path, settings: Settings) -> None:
    """Write every setting to ``user_file``, atomically, keeping keys this version lacks.

    Called only when the user changes settings in the UI. Raises ``ValueError`` if
    ``settings`` holds a value the file would not accept on the next load (e.g. a
    ``--sit-limit`` override), ``SettingsError`` if the existing file cannot be parsed
    (it is left untouched, so nothing the user wrote is lost), and ``OSError`` for disk
    problems.
    """
    values = _validated(settings)
    # Editing through a symlink (dotfile managers) should change the target, not swap
    # the link for a plain file.
    target = user_file.resolve() if user_file.is_symlink() else user_file
    try:
        existing = _parse_existing(target)
    except FileNotFoundError:
        existing = {}
    document: dict[str, Any] = {spec.key: values[spec.key] for spec in SPECS}
    for key, value in existing.items():
        if key not in _BY_KEY:
            document[key] = value
    atomic_write_text(target, tomli_w.dumps(document))


def _parse_existing(path: Path) -> dict[str, Any]:
    raw = _read_capped(path)  # OSError (other than "missing") goes to the caller
    try:
        return _parse_toml(raw)
    except _UnusableFileError as exc:
        raise SettingsError(
            f"{path}: {exc}. Nothing was saved and the file was left as it is, "
            "so fix or remove it and save again."
        ) from exc


def _validated(settings: Settings) -> dict[str, Any]:
    """Each value as it will be written (TOML types), or ``ValueError`` if it would not
    load back: the file must never hold what the next start would reject."""
    values: dict[str, Any] = {}
    for spec in SPECS:
        value = getattr(settings, spec.key)
        try:
            # TOML arrays load as lists; the model holds tuples.
            converted = _convert(spec, list(value) if isinstance(value, tuple) else value)
            if isinstance(converted, time) and converted.tzinfo is not None:
                raise _RejectedValueError  # TOML local times have no zone
        except _RejectedValueError:
            raise ValueError(
                f"{spec.key} = {_show(value)} cannot be saved: {spec.accepted}"
            ) from None
        values[spec.key] = list(converted) if isinstance(converted, tuple) else converted
    if not values["work_end"] > values["work_start"]:
        raise ValueError("work_end cannot be saved: it must be later than work_start")
    return values
