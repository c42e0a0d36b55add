"""Translated exercise content: per-language overlay files over the English library.

The English exercise and routine files stay the one source of everything that is not
words (doses, poses, frames). A language adds overlay files in
``resources/exercises/locale/<code>/*.toml`` (and people in
``<their exercises folder>/locale/<code>/*.toml``, for their own exercises or to reword
shipped ones; theirs are read last and win), keyed by id and field::

    [exercises.glute-bridge]
    name = "Glute-Bridge"
    summary = "..."
    cues = ["...", "..."]        # as many as the English file has
    mistakes = ["...", "..."]

    [routines.desk-micro-1a]
    name = "..."

Only the fields in ``EXERCISE_FIELDS`` / ``ROUTINE_FIELDS`` are words; anything else, an
unknown id or a list of the wrong length is reported (``deadbutt-tray check``) and that
field stays English. A field an overlay leaves out stays English, for that field only;
``gaps`` lists them (``deadbutt-tray check --strict-locale de``).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path
from types import MappingProxyType
from typing import Any, TypeVar

from deadbutt_tray.core.content.exercise_library import MAX_FILE_BYTES, Library, load_library
from deadbutt_tray.core.model.exercises import Exercise, Routine
from deadbutt_tray.core.model.languages import ENGLISH
from deadbutt_tray.core.problems import Problem
from deadbutt_tray.core.storage.tomlfile import TomlReadError, parse_toml, read_head
from deadbutt_tray.core.translatable import counted, words

__all__ = [
    "EXERCISE_FIELDS",
    "LOCALE_FOLDER",
    "ROUTINE_FIELDS",
    "Overlay",
    "gaps",
    "load_localized",
    "locale_codes",
    "localized",
    "read_overlay",
]

LOCALE_FOLDER = "locale"  # under resources/exercises/ and the user's exercises folder
#: The translatable fields: a text, or a list of texts (as many as the English one has).
EXERCISE_FIELDS: dict[str, type] = {"name": str, "summary": str, "cues": list, "mistakes": list}
ROUTINE_FIELDS: dict[str, type] = {"name": str}
_SECTIONS = ("exercises", "routines")

FieldWords = str | tuple[str, ...]
_Item = TypeVar("_Item", Exercise, Routine)


@dataclass(frozen=True)
class Overlay:
    """One language's words: ``exercises[id][field]``, ``routines[id][field]``."""

    language: str
    exercises: Mapping[str, Mapping[str, FieldWords]] = field(default_factory=dict)
    routines: Mapping[str, Mapping[str, FieldWords]] = field(default_factory=dict)
    files: tuple[Path, ...] = ()


def _folders(resources_dir: Path, user_dir: Path | None, language: str) -> list[Path]:
    folders = [resources_dir / "exercises" / LOCALE_FOLDER / language]
    if user_dir is not None:
        folders.append(user_dir / LOCALE_FOLDER / language)
    return folders


def locale_codes(resources_dir: Path, user_dir: Path | None) -> list[str]:
    """Every language that has an overlay folder (shipped or the user's), sorted."""
    codes: set[str] = set()
    for base in (resources_dir / "exercises", user_dir):
        folder = None if base is None else base / LOCALE_FOLDER
        if folder is not None and folder.is_dir():
            codes.update(p.name for p in folder.iterdir() if p.is_dir())
    return sorted(codes)


def read_overlay(
    resources_dir: Path, user_dir: Path | None, language: str, english: Library
) -> tuple[Overlay, list[Problem]]:
    """``language``'s overlays, checked against the English ``english`` library."""
    problems: list[Problem] = []
    exercises: dict[str, dict[str, FieldWords]] = {}
    routines: dict[str, dict[str, FieldWords]] = {}
    files: list[Path] = []
    for folder in _folders(resources_dir, user_dir, language):
        if not folder.is_dir():
            continue
        for path in sorted(folder.glob("*.toml")):
            if path.name.startswith("."):
                continue
            files.append(path)
            data = _read(path, problems)
            if data is None:
                continue
            for key, value in data.items():
                if key not in _SECTIONS:
                    unknown = words('unknown table; use "exercises" or "routines"')
                    problems.append(Problem(str(path), key, unknown))
                elif not isinstance(value, dict):
                    problems.append(Problem(str(path), key, words("must be a table of ids")))
                elif key == "exercises":
                    _merge(
                        path, key, value, english.exercises, EXERCISE_FIELDS, exercises, problems
                    )
                else:
                    _merge(path, key, value, english.routines, ROUTINE_FIELDS, routines, problems)
    overlay = Overlay(
        language,
        MappingProxyType(exercises),
        MappingProxyType(routines),
        tuple(files),
    )
    return overlay, problems


def _read(path: Path, problems: list[Problem]) -> dict[str, Any] | None:
    try:
        raw = read_head(path, MAX_FILE_BYTES)
        if len(raw) > MAX_FILE_BYTES:
            too_large = words("larger than {size} KB", size=MAX_FILE_BYTES // 1024)
            problems.append(Problem(str(path), "", too_large))
            return None
        return parse_toml(raw)
    except OSError as exc:
        reason = words("cannot be read ({reason})", reason=exc.strerror or str(exc))
        problems.append(Problem(str(path), "", reason))
    except TomlReadError as error:
        problems.append(Problem(str(path), "", error.words))
    return None


def _merge(
    path: Path,
    section: str,
    tables: dict[str, Any],
    known: Mapping[str, Exercise] | Mapping[str, Routine],
    fields: Mapping[str, type],
    into: dict[str, dict[str, FieldWords]],
    problems: list[Problem],
) -> None:
    allowed = ", ".join(fields)
    for item_id, table in tables.items():
        where = f"{section}.{item_id}"
        item = known.get(item_id)
        if item is None:
            problems.append(Problem(str(path), where, words("unknown id {id}", id=repr(item_id))))
            continue
        if not isinstance(table, dict):
            not_table = words("must be a table of {fields}", fields=allowed)
            problems.append(Problem(str(path), where, not_table))
            continue
        for name, value in table.items():
            key = f"{where}.{name}"
            if name not in fields:
                unknown = words("unknown field; translatable fields: {fields}", fields=allowed)
                problems.append(Problem(str(path), key, unknown))
                continue
            english = getattr(item, name)
            given = _words(value, english)
            if given is None:
                what = (
                    words("must be a non-empty text; English is shown")
                    if isinstance(english, str)
                    else counted(
                        "must be a list of %n non-empty text(s), as in English; English is shown",
                        "",
                        len(english),
                    )
                )
                problems.append(Problem(str(path), key, what))
                continue
            into.setdefault(item_id, {})[name] = given


def _words(value: Any, english: FieldWords) -> FieldWords | None:
    """``value`` as the same shape as ``english``, or ``None`` if it is not."""
    if isinstance(english, str):
        return value.strip() if isinstance(value, str) and value.strip() else None
    if not isinstance(value, list) or len(value) != len(english):
        return None
    if not all(isinstance(v, str) and v.strip() for v in value):
        return None
    return tuple(v.strip() for v in value)


def localized(english: Library, overlay: Overlay) -> Library:
    """``english`` with ``overlay``'s words; every field it lacks stays English."""
    exercises = {
        ex_id: _reworded(ex, overlay.exercises.get(ex_id, {}))
        for ex_id, ex in english.exercises.items()
    }
    routines = {
        r_id: _reworded(routine, overlay.routines.get(r_id, {}))
        for r_id, routine in english.routines.items()
    }
    return Library(
        MappingProxyType(exercises), MappingProxyType(routines), english.files + overlay.files
    )


def _reworded(item: _Item, given: Mapping[str, FieldWords]) -> _Item:
    # Only the checked word fields (read_overlay) are ever in ``given``.
    changes: dict[str, Any] = dict(given)
    return replace(item, **changes) if changes else item


def gaps(english: Library, overlay: Overlay) -> list[Problem]:
    """Every field ``overlay`` leaves English, one problem each (for ``--strict-locale``)."""
    where = f"exercises/{LOCALE_FOLDER}/{overlay.language}"
    found: list[Problem] = []
    for section, items, fields, overlaid in (
        ("exercises", english.exercises, EXERCISE_FIELDS, overlay.exercises),
        ("routines", english.routines, ROUTINE_FIELDS, overlay.routines),
    ):
        for item_id in sorted(items):
            missing = [name for name in fields if name not in overlaid.get(item_id, {})]
            if missing:
                found.append(
                    Problem(
                        where,
                        f"{section}.{item_id}",
                        words(
                            "not translated: {fields} (English is shown)",
                            fields=", ".join(missing),
                        ),
                    )
                )
    return found


def load_localized(
    resources_dir: Path, user_dir: Path | None, language: str
) -> tuple[Library, list[Problem]]:
    """The library (``load_library``) in ``language``, with the problems of both."""
    english, problems = load_library(resources_dir, user_dir)
    if language == ENGLISH:
        return english, problems
    overlay, overlay_problems = read_overlay(resources_dir, user_dir, language, english)
    return localized(english, overlay), [*problems, *overlay_problems]
