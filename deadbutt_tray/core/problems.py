"""A problem found in a user's file: which file, which key, and what is accepted."""

from __future__ import annotations

from dataclasses import dataclass

from deadbutt_tray.core.translatable import Text, Translate, english, say, words

__all__ = ["Problem"]


@dataclass(frozen=True)
class Problem:
    """One thing wrong in one file, phrased for the person who will fix it.

    ``what`` is :class:`~deadbutt_tray.core.translatable.Words` (the English text with its
    places: the value, what is accepted, a line, a range) or, for an OS's or a parser's
    own words, a plain str. ``say(tr)`` gives the line in the language of ``tr``; ``str()``
    and ``message`` in English (logs, tests).
    """

    file: str
    key: str
    what: Text

    @property
    def message(self) -> str:
        """What is wrong, in English."""
        return say(self.what, english)

    def say(self, tr: Translate = english) -> str:
        """``<file>: <key>: <what is wrong>`` in the language of ``tr``."""
        if self.key:
            line = words(
                "{file}: {key}: {problem}", file=self.file, key=self.key, problem=self.what
            )
        else:
            line = words("{file}: {problem}", file=self.file, problem=self.what)
        return line.say(tr)

    def __str__(self) -> str:
        return self.say(english)
