"""The one field reader: every file the app reads (history records, the state file, exercise
and routine files, settings values) checks its values through :class:`FieldReader`.

It reads one TOML table, returns each value or ``None``/a default, and collects one
:class:`Problem` per bad value, phrased the same way everywhere:
``<file>: <key>: <value> is not accepted: <what is accepted>``. The wording is
:class:`~deadbutt_tray.core.translatable.Words` (English with named places), said in the
user's language where it is shown (``Problem.say(tr)``).
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping, Sequence
from datetime import datetime
from enum import StrEnum
from pathlib import Path
from typing import Any, TypeVar

from deadbutt_tray.core.problems import Problem
from deadbutt_tray.core.translatable import Text, Words, words

__all__ = [
    "ID_ACCEPTED",
    "ID_PATTERN",
    "MAX_TEXT",
    "FieldReader",
    "not_accepted",
    "one_of",
    "quoted_list",
    "show_value",
    "shown",
]

MAX_TEXT = 300  # characters in one text value (a cue, a mistake, a summary)
ID_PATTERN = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*", re.ASCII)
ID_ACCEPTED = words('lower-case letters, digits and single dashes, e.g. "wall-sit"')
_SHOW_LIMIT = 60

E = TypeVar("E", bound=StrEnum)


def shown(value: Any) -> Text:
    """A value quoted back in a one-line message, cut short if long (a table or a huge
    number in words)."""
    if isinstance(value, bool):
        text = "true" if value else "false"
    elif isinstance(value, int) and abs(value) >= 10**30:
        return words("a very long number")
    elif isinstance(value, Mapping):
        return words("a table")
    else:
        text = repr(value)
    if len(text) > _SHOW_LIMIT:
        text = text[: _SHOW_LIMIT - 1] + "…"
    return text


def show_value(value: Any) -> str:
    """``shown(value)`` in English."""
    return str(shown(value))


def quoted_list(choices: Sequence[str], between: str = ", ") -> str:
    """``"a", "b", "c"``: values as they are written in a file (never translated)."""
    return between.join(f'"{c}"' for c in choices)


def one_of(choices: Sequence[str]) -> Words:
    """``one of "a", "b"``."""
    return words("one of {choices}", choices=quoted_list(choices))


def _is_int(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


class FieldReader:
    """Reads the values of one table, collecting a Problem for each bad one.

    ``prefix`` is put before each key in problems (``"dose."``, ``"break[3]."``).
    ``failed`` turns true when a required value is missing or a value is bad (unless the
    caller says the problem is not fatal): the caller then skips the whole table.
    """

    def __init__(self, file: str | Path, data: Mapping[str, Any], prefix: str = "") -> None:
        self.file, self.data, self.prefix = str(file), data, prefix
        self.problems: list[Problem] = []
        self.failed = False

    def key(self, name: str) -> str:
        return f"{self.prefix}{name}"

    def bad(self, name: str, message: Text, *, fatal: bool = True) -> None:
        self.problems.append(Problem(self.file, self.key(name), message))
        self.failed = self.failed or fatal

    def reject(self, name: str, value: Any, accepted: Text, *, fatal: bool = True) -> None:
        """The common message: ``<value> is not accepted: <accepted>``."""
        self.bad(name, not_accepted(value, accepted), fatal=fatal)

    def unknown(self, known: Sequence[str]) -> None:
        for name in self.data:
            if name not in known:
                self.bad(
                    name,
                    words("unknown key, ignored; accepted: {keys}", keys=", ".join(known)),
                    fatal=False,
                )

    def get(self, name: str, required: bool, default: Any = None) -> Any:
        """The raw value; a missing required one is a problem."""
        if name not in self.data:
            if required:
                self.bad(name, words("is missing"))
            return default
        return self.data[name]

    # -- scalar kinds ------------------------------------------------------------------

    def text(self, name: str, *, required: bool = True, default: str = "") -> str:
        """A non-empty text of at most MAX_TEXT characters, stripped."""
        value = self.get(name, required)
        if value is None:
            return default
        if isinstance(value, str) and value.strip() and len(value) <= MAX_TEXT:
            return value.strip()
        self.reject(name, value, words("a text of 1 to {most} characters", most=MAX_TEXT))
        return default

    def any_text(self, name: str, *, default: str = "") -> str | None:
        """Any text (empty allowed, kept as written); ``None`` if it is not a text."""
        value = self.get(name, False, default)
        if isinstance(value, str):
            return value
        self.reject(name, value, words("a text in quotes"))
        return None

    def ident(self, name: str) -> str:
        value = self.get(name, True)
        if isinstance(value, str) and ID_PATTERN.fullmatch(value) and len(value) <= 64:
            return value
        if value is not None:
            self.reject(name, value, ID_ACCEPTED)
        return ""

    def boolean(self, name: str, *, required: bool = False) -> bool | None:
        value = self.get(name, required)
        if value is None or isinstance(value, bool):
            return value
        self.reject(name, value, words("true or false"))
        return None

    def whole(
        self,
        name: str,
        low: int,
        high: float,
        *,
        required: bool = True,
        default: int | None = None,
        accepted: Text | None = None,
    ) -> int | None:
        """A whole number from ``low`` to ``high`` (``math.inf``: no upper end)."""
        value = self.get(name, required, default)
        if value is None:
            return None
        if _is_int(value) and low <= value <= high:
            return int(value)
        if math.isfinite(high):
            whole = words("a whole number from {low} to {high}", low=low, high=f"{high:g}")
        else:
            whole = words("a whole number, {low} or more", low=low)
        self.reject(name, value, accepted or whole)
        return None

    def number(
        self,
        name: str,
        low: float,
        high: float,
        *,
        required: bool = True,
        accepted: Text | None = None,
    ) -> float | None:
        value = self.get(name, required)
        if value is None:
            return None
        ok = isinstance(value, int | float) and not isinstance(value, bool)
        if ok and math.isfinite(value) and low <= value <= high:
            return float(value)
        number = words("a number from {low} to {high}", low=f"{low:g}", high=f"{high:g}")
        self.reject(name, value, accepted or number)
        return None

    def choice(self, name: str, choices: Sequence[str], *, required: bool = True) -> str | None:
        value = self.get(name, required)
        if value is None:
            return None
        if isinstance(value, str) and value in choices:
            return value
        self.reject(name, value, one_of(choices))
        return None

    def member(self, name: str, enum: type[E]) -> E | None:
        """A required value naming one member of ``enum``."""
        value = self.get(name, False)
        try:
            return enum(value)
        except ValueError:
            accepted = " | ".join(member.value for member in enum)
            self.reject(name, value, words("one of {choices}", choices=accepted))
            return None

    def moment(self, name: str) -> datetime | None:
        """A required date-time with a UTC offset."""
        value = self.get(name, False)
        if isinstance(value, datetime) and value.tzinfo is not None:
            return value
        self.reject(name, value, words("a date-time with offset, e.g. {example}", example=_MOMENT))
        return None

    # -- lists -------------------------------------------------------------------------

    def texts(
        self, name: str, *, low: int, high: int, required: bool = True, fatal: bool = True
    ) -> tuple[str, ...]:
        value = self.get(name, required)
        if value is None:
            return ()
        if (
            isinstance(value, list)
            and low <= len(value) <= high
            and all(isinstance(v, str) and v.strip() and len(v) <= MAX_TEXT for v in value)
        ):
            return tuple(v.strip() for v in value)
        self.reject(
            name,
            value,
            words(
                "a list of {low} to {high} texts, each 1 to {most} characters",
                low=low,
                high=high,
                most=MAX_TEXT,
            ),
            fatal=fatal,
        )
        return ()

    def strings(self, name: str, accepted: Text) -> tuple[str, ...] | None:
        """Any list of texts (default empty); ``None`` if it is something else."""
        value = self.get(name, False, [])
        if isinstance(value, list) and all(isinstance(item, str) for item in value):
            return tuple(value)
        self.reject(name, value, accepted)
        return None

    def choices(
        self, name: str, choices: Sequence[str], *, low: int = 0, required: bool = False
    ) -> tuple[str, ...]:
        value = self.get(name, required)
        if value is None:
            return ()
        if (
            isinstance(value, list)
            and low <= len(value) <= len(choices)
            and all(isinstance(v, str) and v in choices for v in value)
            and len(set(value)) == len(value)
        ):
            return tuple(value)
        if low:
            accepted = words(
                "a list of at least one of {choices}, each at most once",
                choices=quoted_list(choices),
            )
        else:
            accepted = words("a list of {choices}, each at most once", choices=quoted_list(choices))
        self.reject(name, value, accepted)
        return ()


_MOMENT = "2026-11-24T09:02:11+01:00"


def not_accepted(value: Any, accepted: Text) -> Words:
    """``<value> is not accepted: <what is accepted>``, the one wording of a bad value."""
    return words("{value} is not accepted: {accepted}", value=shown(value), accepted=accepted)
