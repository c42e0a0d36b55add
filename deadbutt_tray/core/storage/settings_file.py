"""Reading, checking and writing ``config.toml``.

Every setting is declared once, in ``model.settings.SETTINGS``: its TOML key, its kind
(which parses, checks and describes its values), default and help text. Loading,
``deadbutt-tray check``, the settings dialog and the generated docs all read that
declaration, so the rules cannot drift apart.

Loading is forgiving: a bad value is reported as a ``Problem`` and replaced by the
default (or the administrator's default), every other value still applies, and the
user's file is never written while loading. ``reload_settings`` reads the file again
while the app runs (the user edited it by hand): a bad value then keeps the value in use.

The file is the user's too. Writing happens only when the user changes settings in the
UI, and it changes only the keys that changed there: comments, order, unknown keys and
every other key stay exactly as they were (``tomlkit`` edits the document in place), the
administrator's defaults are never copied in, and a file that cannot be parsed is never
overwritten.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

from deadbutt_tray.core.model.setting_kinds import RejectedError, clock_text, show_value
from deadbutt_tray.core.model.settings import SETTING, SETTINGS, Setting, Settings
from deadbutt_tray.core.problems import Problem
from deadbutt_tray.core.storage.atomic import atomic_write_text, write_target
from deadbutt_tray.core.storage.tomlfile import TomlReadError, parse_toml, read_head
from deadbutt_tray.core.translatable import Text, Words, words

if TYPE_CHECKING:
    from tomlkit import TOMLDocument

__all__ = [
    "MAX_FILE_BYTES",
    "SettingRow",
    "SettingsError",
    "changed_keys",
    "check_settings_file",
    "describe_settings",
    "load_settings",
    "reload_settings",
    "save_settings",
]

# A settings file is a few hundred bytes; anything this big is a mistake (a log or a
# binary saved over it), and reading it whole would only waste memory.
MAX_FILE_BYTES = 1024 * 1024


class SettingsError(Exception):
    """The settings file cannot be written without losing what the user put in it."""


class SettingRow(NamedTuple):
    """A row of ``describe_settings()``: everything a person needs to set one key."""

    key: str
    default: str  # as TOML text that can be pasted into config.toml
    accepted: str
    description: str


def describe_settings() -> tuple[SettingRow, ...]:
    """Every setting as (key, default, accepted, description), in declaration order."""
    return tuple(SettingRow(s.name, s.default_text, s.accepted, s.help) for s in SETTINGS)


# --- loading -------------------------------------------------------------------------


class _UnusableFileError(Exception):
    """A whole file cannot be used; ``words`` say why, for the person who will fix it."""

    def __init__(self, reason: Text) -> None:
        super().__init__(str(reason))
        self.words = reason


def load_settings(user_file: Path, site_file: Path | None = None) -> tuple[Settings, list[Problem]]:
    """Settings from defaults, then admin defaults in ``site_file``, then ``user_file``.

    Never raises for anything in the files and never writes them. Each bad value, unknown
    key or unusable file becomes a ``Problem``; a bad value falls back to what the earlier
    layers gave (the administrator's default, else the built-in default). A missing file
    is not a problem.
    """
    return _load(user_file, site_file, None)


def reload_settings(
    user_file: Path, site_file: Path | None, in_use: Settings
) -> tuple[Settings, list[Problem]]:
    """``load_settings`` again while the app runs, after the user edited a file by hand.

    The difference: what cannot be used keeps the value in use (``in_use``) instead of
    falling back to the default, so a typo never silently resets a setting. A file that
    cannot be parsed at all (an editor caught mid-save, a syntax error) keeps every value
    in use. A missing file is not a problem: its settings go back to the defaults.
    Never writes anything.
    """
    return _load(user_file, site_file, in_use)


def _load(
    user_file: Path, site_file: Path | None, in_use: Settings | None
) -> tuple[Settings, list[Problem]]:
    problems: list[Problem] = []
    values: dict[str, Any] = {s.name: s.default for s in SETTINGS}
    for path in (site_file, user_file):
        if path is None:
            continue
        try:
            data = _read_toml(path)
        except FileNotFoundError:
            continue
        except _UnusableFileError as exc:
            if in_use is None:
                problems.append(Problem(str(path), "", _then(exc.words, _NONE_USED)))
                continue
            problems.append(Problem(str(path), "", _then(exc.words, _KEPT_ALL)))
            return in_use, problems
        keep = _as_values(in_use) if in_use is not None and path == user_file else None
        values = _apply_layer(values, data, str(path), problems, keep)
    return Settings(**values), problems


_KEPT_ALL = words("the settings in use are kept until it is fixed")


def _then(problem: Text, outcome: Text) -> Words:
    """``<what is wrong>; <what the app does about it>``."""
    return words("{problem}; {outcome}", problem=problem, outcome=outcome)


def _as_values(settings: Settings) -> dict[str, Any]:
    return {s.name: getattr(settings, s.name) for s in SETTINGS}


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
        raise _UnusableFileError(
            words("cannot be read ({reason})", reason=exc.strerror or str(exc))
        ) from exc
    return _parse_toml(raw)


_NONE_USED = words("none of its settings were used")


def _read_capped(path: Path) -> bytes:
    """At most one byte more than the limit, so a huge file is never read whole."""
    return read_head(path, MAX_FILE_BYTES)


def _parse_toml(raw: bytes) -> dict[str, Any]:
    """The TOML document in ``raw``, or ``_UnusableFileError`` saying why there is none."""
    if len(raw) > MAX_FILE_BYTES:
        limit_mb = MAX_FILE_BYTES // (1024 * 1024)
        raise _UnusableFileError(
            words("larger than {size} MB, too big for a settings file", size=limit_mb)
        )
    try:
        return parse_toml(raw)
    except TomlReadError as error:
        raise _UnusableFileError(error.words) from None


def _apply_layer(
    base: Mapping[str, Any],
    data: Mapping[str, Any],
    file: str,
    problems: list[Problem],
    keep: Mapping[str, Any] | None = None,
) -> dict[str, Any]:
    """``base`` updated with the valid values of one file; problems for the rest.

    A rejected value falls back to ``base`` (the earlier layers), or with ``keep`` (a
    reload while the app runs) to the value in use.
    """
    values = dict(base)
    for key, raw in data.items():
        setting = SETTING.get(key)
        if setting is None:
            problems.append(Problem(file, key, _unknown_key_message(key)))
            continue
        try:
            values[key] = setting.kind.parse(raw)
        except RejectedError:
            if keep is None:
                accepted = _accepted_with_default(setting, base[key])
            else:
                values[key] = keep[key]
                kept = words(
                    "keeping {value} until it is fixed", value=show_value(_plain(keep[key]))
                )
                accepted = _then(setting.accepted_words, kept)
            problems.append(Problem(file, key, _not_accepted(raw, accepted)))
    # Each time is fine alone but the pair must make a working day. Revert both to what
    # the earlier layers gave (or what is in use), which was already a valid pair.
    start, end = values["work_start"], values["work_end"]
    if not end > start:
        fallback_from = base if keep is None else keep
        shown_start, shown_end = clock_text(start), clock_text(end)
        if "work_end" in data:
            key = "work_end"
            why = words(
                "{end} is not later than work_start ({start})", end=shown_end, start=shown_start
            )
        else:
            key = "work_start"
            why = words(
                "{start} is not earlier than work_end ({end})", start=shown_start, end=shown_end
            )
        fallback_start, fallback_end = fallback_from["work_start"], fallback_from["work_end"]
        used = words(
            "working hours {start} to {end} are used",
            start=clock_text(fallback_start),
            end=clock_text(fallback_end),
        )
        problems.append(Problem(file, key, _then(why, used)))
        values["work_start"], values["work_end"] = fallback_start, fallback_end
    return values


def _not_accepted(raw: Any, accepted: Text) -> Words:
    """``<value> is not accepted: <accepted>``, the value as TOML text (a table or a huge
    number in words)."""
    big = isinstance(raw, int) and not isinstance(raw, bool) and abs(raw) >= 10**30
    if isinstance(raw, Mapping):
        value: Text = words("a table")
    elif big:
        value = words("a very long number")
    else:
        value = show_value(raw)
    return words("{value} is not accepted: {accepted}", value=value, accepted=accepted)


def _unknown_key_message(key: str) -> Words:
    import difflib  # only for a misspelt key

    close = difflib.get_close_matches(key.lower(), list(SETTING), n=1, cutoff=0.6)
    if close:
        return words("unknown setting, ignored; did you mean {key}?", key=close[0])
    return words("unknown setting, ignored")


def _accepted_with_default(setting: Setting, fallback: Any) -> Words:
    text = words(
        "{accepted} (default {default})",
        accepted=setting.accepted_words,
        default=setting.default_text,
    )
    if fallback != setting.default:
        admin = words("using the administrator's default {value}", value=show_value(fallback))
        text = _then(text, admin)
    return text


# --- writing --------------------------------------------------------------------------


def changed_keys(before: Settings, after: Settings) -> tuple[str, ...]:
    """The settings whose value differs, in declaration order."""
    return tuple(s.name for s in SETTINGS if getattr(before, s.name) != getattr(after, s.name))


def save_settings(user_file: Path, settings: Settings, *, before: Settings | None = None) -> None:
    """Write what the user changed in the app to ``user_file``, atomically.

    ``before`` is what the change started from: only the keys whose value differs from
    it are written; everything else in the file stays exactly as it was (comments,
    order, blank lines, keys this version lacks, values the app did not change, and a
    value the user left out, so the administrator's default goes on applying). Without
    ``before`` every setting is written (a new file, or tests).

    Raises ``ValueError`` if ``settings`` holds a value the file would not accept on the
    next load (e.g. a ``--sit-limit`` override), ``SettingsError`` if the existing file
    cannot be parsed (it is left untouched, so nothing the user wrote is lost), and
    ``OSError`` for disk problems.
    """
    values = _validated(settings)
    keys = [s.name for s in SETTINGS] if before is None else changed_keys(before, settings)
    # Editing through a link (dotfile managers) changes the file it points to and keeps
    # the link; a link to nothing is refused, never followed to create its target.
    target = write_target(user_file)
    try:
        raw = _read_capped(target)
    except FileNotFoundError:
        raw = None
    import tomlkit  # here, not at start: only a save needs it (~0.5 MiB resident)

    document = tomlkit.document() if raw is None else _parse_existing(target, raw)
    edited = False
    for key in keys:
        value = _plain(values[key])
        if key in document and document[key] == value:
            continue  # already so in the file (the user typed it by hand too)
        document[key] = value
        edited = True
    if edited or raw is None:
        atomic_write_text(target, document.as_string())


def _plain(value: Any) -> Any:
    """A whole number of minutes as ``45``, not ``45.0``, as a person would write it."""
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return value


def _parse_existing(path: Path, raw: bytes) -> TOMLDocument:
    import tomlkit
    from tomlkit.exceptions import TOMLKitError

    try:
        _parse_toml(raw)  # the same checks as loading: size, UTF-8, valid TOML
        return tomlkit.parse(raw.decode("utf-8-sig"))
    except (_UnusableFileError, TOMLKitError, ValueError) as exc:
        raise SettingsError(
            f"{path}: {exc}. Nothing was saved and the file was left as it is, "
            "so fix or remove it and save again."
        ) from exc


def _validated(settings: Settings) -> dict[str, Any]:
    """Each value as it will be written (TOML types), or ``ValueError`` if it would not
    load back: the file must never hold what the next start would reject."""
    values: dict[str, Any] = {}
    for setting in SETTINGS:
        value = getattr(settings, setting.name)
        kind = setting.kind
        try:
            # TOML arrays load as lists; the model holds tuples.
            values[setting.name] = kind.to_toml(kind.parse(kind.to_toml(value)))
        except RejectedError:
            raise ValueError(
                f"{setting.name} = {show_value(value)} cannot be saved: {setting.accepted}"
            ) from None
    if not values["work_end"] > values["work_start"]:
        raise ValueError("work_end cannot be saved: it must be later than work_start")
    return values
