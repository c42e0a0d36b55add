"""The languages the app speaks, and which one to use.

``language`` in ``config.toml`` is ``"system"`` (follow the desktop's language) or one of
the codes below. Plain Python: the GUI asks Qt for the system's preferred languages, the
CLI reads the ``LANGUAGE`` / ``LC_ALL`` / ``LC_MESSAGES`` / ``LANG`` variables.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

__all__ = [
    "ENGLISH",
    "LANGUAGES",
    "LANGUAGE_CHOICES",
    "SYSTEM",
    "env_languages",
    "pick_language",
]

SYSTEM = "system"
ENGLISH = "en"
#: Each language's code and its name in that language (how a language menu shows it).
#: English is the source language: it needs no translation file.
LANGUAGES: dict[str, str] = {
    ENGLISH: "English",
    "de": "Deutsch",
    "fr": "Français",
    "es": "Español",
}
LANGUAGE_CHOICES: tuple[str, ...] = (SYSTEM, *LANGUAGES)


def _code(name: str) -> str:
    """ "de_DE.UTF-8", "de-AT", "de" → "de"; "C" / "POSIX" → ""."""
    base = name.split(".", 1)[0].split("@", 1)[0].replace("-", "_")
    code = base.split("_", 1)[0].lower()
    return "" if code in ("c", "posix") else code


def pick_language(setting: str, preferred: Iterable[str]) -> str:
    """The code of the language to speak.

    ``setting`` is the ``language`` setting; with ``"system"``, the first of the system's
    ``preferred`` languages ("de_DE", "fr-CA", ...) the app speaks, else English.
    """
    if setting in LANGUAGES:
        return setting
    for name in preferred:  # first choice first: "it:de" gets German, not English
        code = _code(name)
        if code in LANGUAGES:
            return code
    return ENGLISH


def env_languages(environ: Mapping[str, str]) -> list[str]:
    """The preferred languages the environment names, first choice first (as gettext reads
    them: ``LANGUAGE`` is a colon list used unless the locale is "C"; then ``LC_ALL``,
    ``LC_MESSAGES``, ``LANG``)."""
    locale = next((environ[k] for k in ("LC_ALL", "LC_MESSAGES", "LANG") if environ.get(k)), "")
    names: list[str] = []
    if environ.get("LANGUAGE") and _code(locale):
        names.extend(n for n in environ["LANGUAGE"].split(":") if n)
    if locale:
        names.append(locale)
    return names
