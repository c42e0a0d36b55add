"""Core's messages are Words (English with named places), said in a language where shown."""

from __future__ import annotations

from deadbutt_tray.core.fields import FieldReader
from deadbutt_tray.core.problems import Problem
from deadbutt_tray.core.translatable import Words, counted, english, say, words

GERMAN = {
    "{value} is not accepted: {accepted}": "{value} geht nicht: erlaubt ist {accepted}",
    "a whole number from {low} to {high}": "eine ganze Zahl von {low} bis {high}",
    "{file}: {key}: {problem}": "{file}: {key}: {problem}",
    "%n file(s)": ("%n Datei", "%n Dateien"),
}


def german(text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """A tiny Translate: the dictionary above, English for the rest."""
    found = GERMAN.get(text)
    if found is None:
        return english(text, disambiguation, n)
    if isinstance(found, tuple):
        return found[0 if n == 1 else 1].replace("%n", str(n))
    return found


def test_a_field_problem_keeps_its_parts_and_says_itself_in_any_language() -> None:
    read = FieldReader("config.toml", {"sets": 99})
    assert read.whole("sets", 1, 10) is None
    [problem] = read.problems
    assert isinstance(problem.what, Words)
    assert problem.what.text == "{value} is not accepted: {accepted}"  # a stable kind
    assert problem.what.values["value"] == "99"
    accepted = problem.what.values["accepted"]
    assert isinstance(accepted, Words) and accepted.values == {"low": 1, "high": "10"}
    assert str(problem) == "config.toml: sets: 99 is not accepted: a whole number from 1 to 10"
    assert problem.say(german) == (
        "config.toml: sets: 99 geht nicht: erlaubt ist eine ganze Zahl von 1 bis 10"
    )


def test_plural_places_and_plain_text() -> None:
    assert counted("%n file(s)", "", 1).say(german) == "1 Datei"
    assert counted("%n file(s)", "", 3).say(german) == "3 Dateien"
    assert str(counted("%n file(s)", "", 3)) == "3 files"
    assert say("Permission denied", german) == "Permission denied"  # an OS's own words
    assert say(Problem("a.toml", "", "plain"), german) == "a.toml: plain"


def test_a_translation_with_a_broken_place_falls_back_to_english() -> None:
    broken = {"{value} is {what}": "{wert} ist {what}"}

    def translate(text: str, disambiguation: str | None = None, n: int = -1) -> str:
        return broken.get(text, text)

    assert words("{value} is {what}", value=1, what="x").say(translate) == "1 is x"
