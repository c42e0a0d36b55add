"""The kinds of value a setting takes; each parses, validates and describes itself.

After qutebrowser's ``config/configtypes.py``: a kind knows what a value read from a
TOML file means (``parse``), what it says to a person about what is accepted
(``accepted``), how a value is written back as TOML text (``show``) and as a TOML value
(``to_toml``). The file loader, ``deadbutt-tray check``, the settings dialog (which picks
an editor per kind) and the README's settings table all ask the kind, so they agree by
construction. ``accepted_words`` is the same text as ``Words`` (``core/translatable.py``),
said in the user's language by ``check`` and the app's notices; ``accepted`` is its English.
Plain Python: no Qt, nothing of ours imported but ``core/translatable``.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime, time
from typing import Any

from deadbutt_tray.core.translatable import Words, words

__all__ = [
    "AgeRange",
    "Choice",
    "Count",
    "IdList",
    "Minutes",
    "Percent",
    "ProgramLevel",
    "RejectedError",
    "Seconds",
    "SettingKind",
    "Switch",
    "TimeOfDay",
    "Weekdays",
    "WholeNumber",
    "clock_text",
    "show_value",
]

# "HH:MM", optionally ":SS" as in the unquoted 09:00:00 the app itself writes.
_HH_MM = re.compile(r"(\d{1,2}):(\d{2})(?::(\d{2}))?", re.ASCII)
# A short id such as an exercise id: lower-case letters, digits and dashes.
_ID = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*", re.ASCII)
MAX_IDS = 200  # more ids than there could ever be exercises is a mistake
MAX_ID_LENGTH = 64
SHOW_LIMIT = 60  # characters of a value quoted back in a message


class RejectedError(Exception):
    """A value is not accepted by its kind (the caller words the message)."""


@dataclass(frozen=True)
class SettingKind:
    """Base of all kinds. ``note`` is appended to the accepted text, e.g. "0 = off"."""

    note: str = ""

    def parse(self, raw: Any) -> Any:
        """The value ``raw`` (as TOML loads it) means, or ``RejectedError``."""
        raise NotImplementedError

    def accepted(self) -> str:
        """What a file may say for this kind, in English words (the README's table)."""
        return str(self.accepted_words())

    def accepted_words(self) -> Words:
        """What a file may say for this kind, as ``Words`` to say in any language."""
        raise NotImplementedError

    def show(self, value: Any) -> str:
        """``value`` as TOML text that can be pasted into config.toml."""
        return show_value(value)

    def to_toml(self, value: Any) -> Any:
        """``value`` as the TOML writer takes it (lists, not tuples)."""
        return list(value) if isinstance(value, tuple) else value

    def _noted(self, accepted: Words) -> Words:
        """``accepted`` with the note after it ("…, 0 = off")."""
        if not self.note:
            return accepted
        return words("{accepted}, {note}", accepted=accepted, note=Words(self.note))


# --- numbers ------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Ranged(SettingKind):
    minimum: float = -math.inf
    maximum: float = math.inf

    def _number(self, raw: Any) -> float | int:
        # bool is an int subclass in Python; "true" is never a number of minutes.
        if isinstance(raw, bool) or not isinstance(raw, int | float):
            raise RejectedError
        if not math.isfinite(raw) or not self.minimum <= raw <= self.maximum:
            raise RejectedError
        return raw

    def _range(self) -> dict[str, str]:
        return {"low": _num(self.minimum), "high": _num(self.maximum)}


@dataclass(frozen=True)
class Minutes(_Ranged):
    """Minutes, fractions allowed (1.5 minutes of away time); held as a float."""

    def parse(self, raw: Any) -> float:
        return float(self._number(raw))

    def accepted_words(self) -> Words:
        return self._noted(words("a number of minutes from {low} to {high}", **self._range()))

    def show(self, value: Any) -> str:
        # "30", not "30.0": either is accepted, and people write the short one.
        return _num(value)


@dataclass(frozen=True)
class WholeNumber(_Ranged):
    """A whole number; a float such as 3.0 is refused (it would be saved back as 3)."""

    def parse(self, raw: Any) -> int:
        if not isinstance(raw, int):
            raise RejectedError
        return int(self._number(raw))

    def accepted_words(self) -> Words:
        return self._noted(words("a whole number from {low} to {high}", **self._range()))


@dataclass(frozen=True)
class Seconds(WholeNumber):
    """Whole seconds."""

    def accepted_words(self) -> Words:
        return self._noted(words("a whole number of seconds from {low} to {high}", **self._range()))


@dataclass(frozen=True)
class Count(WholeNumber):
    """How many times (snoozes in a row)."""


@dataclass(frozen=True)
class Percent(WholeNumber):
    """A whole percentage (the volume)."""

    def accepted_words(self) -> Words:
        return self._noted(words("a whole percentage from {low} to {high}", **self._range()))


@dataclass(frozen=True)
class ProgramLevel(WholeNumber):
    """One of the program's levels, by number; the dialog offers them by name."""


# --- the rest -----------------------------------------------------------------------------


@dataclass(frozen=True)
class Switch(SettingKind):
    """On or off: a TOML boolean."""

    def parse(self, raw: Any) -> bool:
        if isinstance(raw, bool):
            return raw
        raise RejectedError

    def accepted_words(self) -> Words:
        return words("true or false")


@dataclass(frozen=True)
class TimeOfDay(SettingKind):
    """A local time of day: a TOML local time, or "HH:MM" / "HH:MM:SS" as a string."""

    def parse(self, raw: Any) -> time:
        # datetime is not a time subclass, so a TOML date-time lands in the rejection below.
        if isinstance(raw, time):
            return raw
        if isinstance(raw, str):
            match = _HH_MM.fullmatch(raw.strip())
            if match:
                hour, minute, second = int(match[1]), int(match[2]), int(match[3] or 0)
                if hour < 24 and minute < 60 and second < 60:
                    return time(hour, minute, second)
        raise RejectedError

    def accepted_words(self) -> Words:
        return self._noted(words('a time of day such as 09:00:00 or "09:00"'))

    def to_toml(self, value: Any) -> Any:
        if isinstance(value, time) and value.tzinfo is not None:
            raise RejectedError  # TOML local times have no zone
        return value


@dataclass(frozen=True)
class Choice(SettingKind):
    """One string out of ``choices`` (compared without case or surrounding blanks)."""

    choices: tuple[str, ...] = ()

    def parse(self, raw: Any) -> str:
        if isinstance(raw, str) and raw.strip().lower() in self.choices:
            return raw.strip().lower()
        raise RejectedError

    def accepted_words(self) -> Words:
        return self._noted(words("one of {choices}", choices=_quoted(self.choices)))


@dataclass(frozen=True)
class AgeRange(Choice):
    """An age range of the balance test's norms, or "" for not given."""


@dataclass(frozen=True)
class Weekdays(SettingKind):
    """A non-empty list of ``days`` without repeats, held in calendar order."""

    days: tuple[str, ...] = ()

    def parse(self, raw: Any) -> tuple[str, ...]:
        if not isinstance(raw, list) or not raw:
            raise RejectedError
        if not all(isinstance(d, str) for d in raw):
            raise RejectedError
        picked = [d.strip().lower() for d in raw]
        if any(d not in self.days for d in picked) or len(set(picked)) != len(picked):
            raise RejectedError
        # Calendar order, so two settings that name the same days compare equal.
        return tuple(d for d in self.days if d in picked)

    def accepted_words(self) -> Words:
        return words(
            "a list of at least one of {choices}, each at most once", choices=_quoted(self.days)
        )


@dataclass(frozen=True)
class IdList(SettingKind):
    """A list of short ids (lower-case letters, digits, dashes) without repeats."""

    def parse(self, raw: Any) -> tuple[str, ...]:
        if not isinstance(raw, list) or len(raw) > MAX_IDS:
            raise RejectedError
        if not all(isinstance(i, str) for i in raw):
            raise RejectedError
        ids = [i.strip() for i in raw]
        if any(len(i) > MAX_ID_LENGTH or not _ID.fullmatch(i) for i in ids):
            raise RejectedError
        if len(set(ids)) != len(ids):
            raise RejectedError
        return tuple(ids)

    def accepted_words(self) -> Words:
        return self._noted(
            words(
                'a list of ids such as "wall-sit-squeeze" (lower-case letters, digits '
                "and dashes), each at most once"
            )
        )


# --- showing values back to people ----------------------------------------------------------


def _num(value: float) -> str:
    return f"{value:g}"


def _quoted(choices: tuple[str, ...]) -> str:
    return ", ".join(f'"{c}"' for c in choices)


def clock_text(value: time) -> str:
    """``09:00``, or ``09:00:30`` when there are seconds."""
    return value.isoformat(timespec="seconds" if value.second else "minutes")


def show_value(value: Any) -> str:
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
        text = f'"{clock_text(value)}"'
    elif isinstance(value, datetime | date):
        text = value.isoformat()
    elif isinstance(value, list | tuple):
        text = "[" + ", ".join(show_value(v) for v in value) + "]"
    elif isinstance(value, Mapping):
        text = "a table"
    else:  # pragma: no cover - tomllib produces nothing else
        text = repr(value)
    if len(text) > SHOW_LIMIT:
        text = text[: SHOW_LIMIT - 1] + "…"
    return text
