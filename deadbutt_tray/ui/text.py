"""The UI's shared words: translation, durations, plurals and dates, each in one place.

Every user-visible string goes through ``tr`` here. ``pyside6-lupdate`` files a plain
``tr("...")`` call under the empty context, so the app uses that one context at run time
too: the same English text has one translation everywhere (where a word needs two, pass a
disambiguation: ``tr("Back", "phase of a repetition")``).

Counts use Qt's numerus form, ``tr("%n stretch(es)", "", n)``, so each language gives its
own plural forms. Without a translation (English) Qt returns the source text with ``%n``
filled in; ``tr`` then applies the English rule to the "(es)" / "(s)" markers, so
"1 stretch" and "2 stretches" read right in English too.
"""

from __future__ import annotations

import functools
from datetime import date, datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QDate, QLocale, Qt, QTime
from PySide6.QtGui import QGuiApplication

from deadbutt_tray.core.translatable import english_plural

if TYPE_CHECKING:  # a type only: importing the rules costs the break dialog's first open ~20 ms
    from deadbutt_tray.core.rules.program import Suggestion

__all__ = [
    "CONTEXT",
    "countdown_text",
    "day_month",
    "day_month_year",
    "decimal_text",
    "directional",
    "first_day_of_week",
    "idle_off_text",
    "idle_source_in_use",
    "isolated",
    "level_suggestion_text",
    "local_day_month",
    "local_day_month_year",
    "long_date",
    "number_text",
    "percent_text",
    "plain_text",
    "seconds_text",
    "set_first_day_of_week",
    "short_duration",
    "sitting_text",
    "time_of_day",
    "total_text",
    "tr",
    "weekday_and_day",
    "weekday_labels",
    "whole_minutes",
]

CONTEXT = ""  # lupdate's context for a plain tr() call (see the module docstring)


def tr(text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """``text`` in the user's language; with ``n`` >= 0, ``%n`` is ``n`` in its plural form."""
    translated = QCoreApplication.translate(CONTEXT, text, disambiguation or None, n)
    if n < 0 or translated != text.replace("%n", str(n)):
        return translated
    return english_plural(text, n)  # no translation: the English rule for the endings


_MIRRORED = str.maketrans("◀▶←→", "▶◀→←")


def directional(text: str) -> str:
    """``text`` with its arrows pointing the way the layout runs: right to left, "◀ Back"
    becomes "▶ Back" (back is then to the right) and "Next (→)" "Next (←)"."""
    if QGuiApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft:
        return text.translate(_MIRRORED)
    return text


FIRST_STRONG_ISOLATE = "\u2068"  # FSI: the text inside takes its own direction...
POP_DIRECTIONAL_ISOLATE = "\u2069"  # PDI: ...up to here


def isolated(text: str) -> str:
    """``text`` between Unicode's first-strong isolates (FSI … PDI): drawn on its own in a
    right-to-left layout, it reads as it does left to right. Without them "0–15" came out
    "15–0", "60 +" as "+ 60" and a German "So. 29." as ".So. 29" (the neutral characters at
    its ends took the layout's direction); the isolate takes its direction from its first
    letter (none: left to right), so Hebrew or Arabic words inside still read right to left.
    """
    return f"{FIRST_STRONG_ISOLATE}{text}{POP_DIRECTIONAL_ISOLATE}"


def plain_text(text: str) -> str:
    """A label or button text as an accessible name: no mnemonic ampersand ("&&" stays
    one "&"), no trailing "…" or ":"."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip("…:").strip()


def rich_escaped(text: str) -> str:
    """``text`` shown literally inside Qt rich text: ``html.escape`` without importing
    ``html``, whose entity table costs ~0.4 MiB resident for this alone."""
    return (
        text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")
    )


def whole_minutes(seconds: float) -> int:
    """Seconds rounded to whole minutes, never below 0."""
    return max(0, round(seconds / 60))


def sitting_text(seconds: float) -> str:
    """How long someone sat, for people: "23 min", "1 h 5 min", "less than a minute"."""
    total = whole_minutes(seconds)
    if seconds < 60:
        return tr("less than a minute")
    if total < 60:
        return tr("{0} min").format(total)
    return tr("{0} h {1} min").format(total // 60, total % 60)


def total_text(seconds: float) -> str:
    """A total for a summary: as ``sitting_text``, but nothing at all is "0 min"."""
    return tr("0 min") if seconds <= 0 else sitting_text(seconds)


def short_duration(seconds: float) -> str:
    """A short span to the second: "45 s", "2 min 5 s"."""
    whole = round(seconds)
    if whole < 60:
        return tr("{0} s").format(whole)
    return tr("{0} min {1} s").format(whole // 60, whole % 60)


def seconds_text(seconds: float, decimals: int = 1) -> str:
    """A timed hold: "12.3 s" (or "43 s" with no decimals); the locale's decimal mark."""
    return tr("{0} s").format(QLocale().toString(float(seconds), "f", decimals))


def countdown_text(seconds: float) -> str:
    """A countdown: whole seconds rounded up ("25"), minutes past a minute ("1:30")."""
    whole = max(0, int(-(-seconds // 1)))
    return f"{whole // 60}:{whole % 60:02d}" if whole >= 60 else str(whole)


def number_text(value: float) -> str:
    """5.0 → "5", 2.5 → "2.5" ("2,5" in German): settings allow fractional minutes, but
    rarely use them."""
    return QLocale().toString(float(value), "g", 6)


def decimal_text(value: float, decimals: int) -> str:
    """``value`` with exactly ``decimals`` places: "12.3", "12,3" in German."""
    return QLocale().toString(float(value), "f", decimals)


def percent_text(value: int) -> str:
    """A whole percentage as the language writes it: "62%", "62 %" in German and French
    (the number from ``QLocale``, the sign's place from the translation)."""
    return tr("{0}%", "percentage").format(QLocale().toString(int(value)))


def _time_format() -> str:
    """The locale's short time format (24 h or AM/PM), without seconds."""
    fmt = QLocale().timeFormat(QLocale.FormatType.ShortFormat)
    return fmt if "s" not in fmt else "HH:mm"


def time_of_day(at: datetime) -> str:
    """A clock time as the user's locale writes it: "14:05", "2:05 PM"."""
    return QLocale().toString(QTime(at.hour, at.minute), _time_format())


# Dates in the user's locale: month and day names from Qt, the order and punctuation from
# the translation (a format string per language: "d MMM" in English, "d. MMM" in German).


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def day_month(day: date) -> str:
    """A short date such as "25 Nov" ("25. Nov." in German)."""
    return QLocale().toString(_qdate(day), tr("d MMM", "date format: day and short month"))


def day_month_year(day: date) -> str:
    """A date with its year, such as "25 Nov 2026"."""
    return QLocale().toString(
        _qdate(day), tr("d MMM yyyy", "date format: day, short month and year")
    )


local_day_month = day_month
local_day_month_year = day_month_year


_first_weekday: int | None = None  # set by ui/language.py where QLocale's is not the country's


def first_day_of_week() -> int:
    """The first day of the user's week (ISO: 1 = Monday .. 7 = Sunday): ``QLocale()``'s,
    or the system's country's where Qt has no locale for the UI's language there (English
    on an Egyptian desktop: no en_EG, so en_US's dates, but Egypt's weeks from Saturday)."""
    return _first_weekday or QLocale().firstDayOfWeek().value


def set_first_day_of_week(day: int | None) -> None:
    """The week starts on ``day`` (ISO weekday) whatever ``QLocale()`` says; None: as it says."""
    global _first_weekday
    if day is not None and not 1 <= day <= 7:
        raise ValueError(f"an ISO weekday is 1..7, not {day}")
    _first_weekday = day


def long_date(day: date) -> str:
    """ "Wednesday 25 November" in the user's locale."""
    return QLocale().toString(_qdate(day), tr("dddd d MMMM", "date format: weekday, day and month"))


def weekday_and_day(day: date) -> str:
    """ "Wed 25": a short day label, in the user's locale."""
    return weekday_labels(day)[1]


def weekday_labels(day: date) -> tuple[str, ...]:
    """A chart's day labels, longest first: "Wednesday 25", "Wed 25", "Wed", "W"."""
    locale = QLocale()
    long, short, narrow = (
        locale.dayName(day.isoweekday(), form)
        for form in (
            QLocale.FormatType.LongFormat,
            QLocale.FormatType.ShortFormat,
            QLocale.FormatType.NarrowFormat,
        )
    )
    with_day = tr("{0} {1}", "chart label: short weekday name and day of the month")
    labels = [with_day.format(long, day.day), with_day.format(short, day.day), short]
    if narrow and not narrow.isdigit():  # the "C" locale's narrow names are "1".."7"
        labels.append(narrow)
    return tuple(labels)


def level_suggestion_text(suggestion: Suggestion) -> str:
    """Why the next level is suggested, from the suggestion's figures."""
    whole = functools.partial(seconds_text, decimals=0)
    if suggestion.first_balance_s is not None:
        balance = tr("your balance improved from {0} to {1} on the weaker leg").format(
            whole(suggestion.first_balance_s), whole(suggestion.latest_balance_s)
        )
    else:
        balance = tr("you balance {0} on each leg").format(whole(suggestion.latest_balance_s))
    return tr(
        "{0} {1} at level {2}, and {3}.", "level suggestion: breaks, days, level, balance"
    ).format(
        tr("%n completed break(s)", "", suggestion.breaks),
        tr("on %n different day(s)", "", suggestion.days),
        int(suggestion.from_level),
        balance,
    )


def idle_off_text(by_choice: bool) -> str:
    """What running without idle detection means: turned off in Settings (``by_choice``,
    ``idle_source = "none"``), or nothing on this desktop could tell."""
    if by_choice:
        return tr(
            "Idle detection is off, as chosen in Settings: breaks are counted from screen "
            "lock and sleep, and when you take them.",
        )
    return tr(
        "Idle detection is unavailable on this desktop: breaks are counted from screen lock "
        "and sleep, and when you take them.",
    )


def idle_source_in_use(name: str | None, by_choice: bool) -> str:
    """The idle source Settings shows as running: its ``name``, or none and why."""
    if name:
        return name
    if by_choice:
        return tr("none, as chosen (screen lock and sleep only)")
    return tr("none (screen lock and sleep only)")
