"""The command line's human words in the user's language.

The same ``.qm`` files as the windows (``resources/i18n/``), read by a ``QTranslator``
straight from QtCore: no display and no ``QCoreApplication`` needed, and nothing of Qt is
loaded at all when the language is English. The language is the ``language`` setting, or
with ``"system"`` the ``LANGUAGE`` / ``LC_ALL`` / ``LC_MESSAGES`` / ``LANG`` variables.
Only words for people are translated: JSON keys, CSV headers, subcommand and option names
and ``status --json`` fields stay as they are, for scripts.
"""

from __future__ import annotations

import argparse
from collections.abc import Mapping
from typing import Any

from deadbutt_tray.core.content.resources import resource_path
from deadbutt_tray.core.model.languages import ENGLISH, env_languages, pick_language
from deadbutt_tray.core.translatable import english, marked

__all__ = ["number_text", "percent_text", "tr", "use_language"]

_translator: Any = None  # a QTranslator while a language other than English is in use
_locale: Any = None  # its QLocale (decimal marks, digit groups), likewise

# argparse's own words (it looks them up through its module's ``_`` at run time).
ARGPARSE_WORDS = (
    marked("usage: "),
    marked("positional arguments"),
    marked("options"),
    marked("show this help message and exit"),
    marked("%(prog)s: error: %(message)s\n"),
    marked("argument %(argument_name)s: %(message)s"),
    marked("the following arguments are required: %s"),
    marked("invalid choice: %(value)r (choose from %(choices)s)"),
    marked("unrecognized arguments: %s"),
    marked("expected one argument"),
    marked("invalid %(type)s value: %(value)r"),
    marked("ambiguous option: %(option)s could match %(matches)s"),
)


def use_language(setting: str, environ: Mapping[str, str]) -> str:
    """Speak the language ``setting`` names (or the environment's); its code."""
    global _translator, _locale
    code = pick_language(setting, env_languages(environ))
    _translator = _locale = None
    if code != ENGLISH:
        from PySide6.QtCore import QLocale, QTranslator  # QtCore only: no display needed

        translator = QTranslator()
        if translator.load(str(resource_path("i18n", f"deadbutt-tray_{code}.qm"))):
            _translator = translator
            _locale = _number_locale(QLocale, code, env_languages(environ))
    argparse._ = tr  # type: ignore[attr-defined]
    return code


def _number_locale(qlocale: Any, code: str, names: list[str]) -> Any:
    """The environment's locale when it is of ``code``'s language ("de_CH": 1'234.5),
    else ``code``'s own."""
    for name in names:
        locale = qlocale(name.split(".")[0])
        if locale.name().split("_")[0] == code:
            return locale
    return qlocale(code)


def number_text(value: float) -> str:
    """5.0 → "5", 2.5 → "2.5" ("2,5" in German): as the windows write numbers."""
    if _locale is None:
        return f"{float(value):g}"
    return str(_locale.toString(float(value), "g", 6))


def percent_text(value: int) -> str:
    """A whole percentage as the language writes it: "62%", "62 %" (German, French)."""
    return tr("{0}%", "percentage").format(number_text(value))


def tr(text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """``text`` in the language in use; with ``n`` >= 0 in the plural form ``n`` needs."""
    if _translator is not None:
        translated = str(_translator.translate("", text, disambiguation, n))
        if translated:
            return translated.replace("%n", str(n)) if n >= 0 else translated
    return english(text, disambiguation, n)
