"""Marking English text in ``core/`` that the UI translates, without importing Qt.

``marked("Continuous sitting before ...")`` returns its argument unchanged; its only job is
to be found: ``scripts/update_translations.py`` tells ``pyside6-lupdate`` to read
``marked`` as ``QT_TR_NOOP``, so the text lands in the ``.ts`` files, and the UI looks it up
later with ``tr(text)`` (the app's one translation context, ``ui/text.py``).
"""

from __future__ import annotations

import re
from typing import Protocol

__all__ = ["Translate", "english", "english_plural", "marked"]

# "stretch(es)", "day(s)": a plural ending in brackets right after a word.
_ENDING = re.compile(r"(?<=\w)\((\w+)\)")


def marked(text: str) -> str:
    """``text``, marked for translation (looked up where it is shown)."""
    return text


def english_plural(text: str, n: int) -> str:
    """``text`` (a source string such as "%n day(s) in a row") in English for ``n``: "%n"
    is the number, a bracketed ending is kept only when ``n`` is not 1."""
    return _ENDING.sub(lambda m: "" if n == 1 else m[1], text.replace("%n", str(n)))


class Translate(Protocol):
    """A ``tr``: the text in some language (``n`` >= 0: the plural form for ``n``)."""

    def __call__(self, text: str, disambiguation: str | None = None, n: int = -1) -> str: ...


def english(text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """The source text itself, in English: the ``Translate`` core uses without a UI."""
    return english_plural(text, n) if n >= 0 else text
