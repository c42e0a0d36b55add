"""Marking English text in ``core/`` that the UI translates, without importing Qt.

``marked("Continuous sitting before ...")`` returns its argument unchanged; its only job is
to be found: ``scripts/update_translations.py`` tells ``pyside6-lupdate`` to read
``marked`` as ``QT_TR_NOOP``, so the text lands in the ``.ts`` files, and the UI looks it up
later with ``tr(text)`` (the app's one translation context, ``ui/text.py``).

A message with parts that vary (a key, a value, a line, a range) is :class:`Words`: the
English text with named places, ``words("{value} is not accepted: {accepted}", value=...,
accepted=...)``, and the values to put there. Core keeps it as it is; whoever shows it
says it in the user's language, ``message.say(tr)`` (a place may hold ``Words`` again, said
in the same language). ``counted("%n problem(s) in {file}", "", n, file=...)`` is the
plural form for ``n``. lupdate reads ``words`` as ``QT_TR_NOOP`` and ``counted`` as ``tr``;
the values are keyword arguments only, so it never takes one for a comment.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Protocol, runtime_checkable

__all__ = [
    "Sayable",
    "Text",
    "Translate",
    "Words",
    "WordsError",
    "counted",
    "english",
    "english_plural",
    "marked",
    "say",
    "words",
]

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


@dataclass(frozen=True)
class Words:
    """English words with named places (``{value}``) and what goes there, said in a
    language only where they are shown. ``str()`` says them in English (logs, tests)."""

    text: str
    places: tuple[tuple[str, object], ...] = ()
    n: int = -1  # >= 0: ``text`` is a plural source ("%n file(s)") said for n
    disambiguation: str | None = None

    def say(self, tr: Translate = english) -> str:
        """The words in the language of ``tr``, each place filled (``Words`` said in it too)."""
        template = tr(self.text, self.disambiguation, self.n)
        filled = {name: say(value, tr) for name, value in self.places}
        try:
            return template.format_map(filled)
        except (KeyError, IndexError, ValueError):  # a translation with a broken place
            return self.text.replace("%n", str(self.n)).format_map(filled)

    @property
    def values(self) -> Mapping[str, object]:
        """What goes in each place, by name (for tests and machine-readable use)."""
        return dict(self.places)

    def __str__(self) -> str:
        return self.say(english)


Text = str | Words  # a plain str is said as it is (an OS's or a parser's own words)


def words(text: str, /, **places: object) -> Words:
    """``text`` (English, marked for translation) with its named places filled later."""
    return Words(text, tuple(places.items()))


def counted(text: str, disambiguation: str, n: int, /, **places: object) -> Words:
    """The plural source ``text`` ("%n file(s)") for ``n``, with named places."""
    return Words(text, tuple(places.items()), n, disambiguation or None)


@runtime_checkable
class Sayable(Protocol):
    """Anything that says itself in a language (``Words``, a ``Problem``)."""

    def say(self, tr: Translate = english) -> str: ...


def say(text: object, tr: Translate = english) -> str:
    """``text`` in the language of ``tr``: ``Words`` (and anything ``Sayable``) are
    translated, anything else shown as it is (``str()``)."""
    return text.say(tr) if isinstance(text, Sayable) else str(text)


class WordsError(ValueError):
    """A ``ValueError`` whose reason is ``Words`` (``str()`` in English), so whoever
    shows it can say it in the user's language: ``say(error.words, tr)``."""

    def __init__(self, reason: Words) -> None:
        super().__init__(str(reason))
        self.words = reason
