"""Translated exercise content: overlays by id and field, English for whatever is missing."""

from __future__ import annotations

from pathlib import Path

import pytest

from deadbutt_tray.cli import main
from deadbutt_tray.core.content.exercise_library import Library, load_library
from deadbutt_tray.core.content.exercise_locale import (
    EXERCISE_FIELDS,
    gaps,
    load_localized,
    locale_codes,
    read_overlay,
)
from deadbutt_tray.core.content.resources import resources_root
from deadbutt_tray.core.model.languages import ENGLISH, LANGUAGES

RESOURCES = resources_root()
SHIPPED = [code for code in LANGUAGES if code != ENGLISH]


@pytest.fixture(scope="module")
def english() -> Library:
    library, problems = load_library(RESOURCES, None)
    assert problems == []
    return library


def overlay_file(user_dir: Path, language: str, text: str) -> Path:
    folder = user_dir / "locale" / language
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "mine.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_an_overlay_replaces_only_the_fields_it_has(tmp_path: Path, english: Library) -> None:
    bridge = english.exercises["glute-bridge"]
    cues = ", ".join(f'"Hinweis {i}"' for i in range(len(bridge.cues)))
    overlay_file(
        tmp_path,
        "xx",
        f'[exercises.glute-bridge]\nname = "Brücke"\ncues = [{cues}]\n'
        '[routines.desk-micro-1a]\nname = "Weckt den Po"\n',
    )
    library, problems = load_localized(RESOURCES, tmp_path, "xx")
    assert problems == []
    local = library.exercises["glute-bridge"]
    assert local.name == "Brücke"
    assert local.cues == tuple(f"Hinweis {i}" for i in range(len(bridge.cues)))
    assert local.summary == bridge.summary and local.mistakes == bridge.mistakes  # English
    assert local.dose == bridge.dose and local.frames == bridge.frames  # not words: kept
    assert library.routines["desk-micro-1a"].name == "Weckt den Po"
    assert library.routine_exercises("desk-micro-1a")[0].id == "standing-glute-squeeze"
    other = english.exercises["clamshell"]
    assert library.exercises["clamshell"] == other


def test_unknown_ids_fields_and_wrong_shapes_are_named(tmp_path: Path, english: Library) -> None:
    path = overlay_file(
        tmp_path,
        "xx",
        "[exercises.no-such-move]\nname = 'x'\n"
        "[exercises.glute-bridge]\nlevel = 2\ncues = ['only one']\nsummary = ''\n"
        "[routines.home-1]\nexercises = []\n"
        "[extras]\nx = 1\n",
    )
    overlay, problems = read_overlay(RESOURCES, tmp_path, "xx", english)
    said = {(p.key, p.message.split(";")[0]) for p in problems}
    assert all(p.file == str(path) for p in problems)
    assert said == {
        ("exercises.no-such-move", "unknown id 'no-such-move'"),
        ("exercises.glute-bridge.level", "unknown field"),
        ("exercises.glute-bridge.cues", "must be a list of 4 non-empty texts, as in English"),
        ("exercises.glute-bridge.summary", "must be a non-empty text"),
        ("routines.home-1.exercises", "unknown field"),
        ("extras", "unknown table"),
    }
    assert overlay.exercises == {}  # nothing usable: English everywhere


def test_gaps_list_every_field_left_in_english(tmp_path: Path, english: Library) -> None:
    overlay_file(tmp_path, "xx", '[exercises.glute-bridge]\nname = "Brücke"\n')
    overlay, _ = read_overlay(RESOURCES, None, "xx", english)
    assert len(gaps(english, overlay)) == len(english.exercises) + len(english.routines)
    overlay, _ = read_overlay(RESOURCES, tmp_path, "xx", english)
    bridge = next(p for p in gaps(english, overlay) if p.key == "exercises.glute-bridge")
    assert bridge.message == "not translated: summary, cues, mistakes (English is shown)"


def test_check_names_overlay_problems_and_strict_gaps(
    tmp_path: Path, data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    overlay_file(data_dir / "exercises", "de", "[exercises.nope]\nname = 'x'\n")
    assert main(["check"]) == 1
    out = capsys.readouterr().out
    assert "exercises.nope: unknown id 'nope'" in out
    (data_dir / "exercises" / "locale" / "de" / "mine.toml").unlink()
    assert main(["check", "--strict-locale", "de"]) == 0
    overlay_file(data_dir / "exercises", "pt", '[exercises.glute-bridge]\nname = "Ponte"\n')
    assert main(["check", "--strict-locale", "pt"]) == 1
    out = capsys.readouterr().out
    assert "exercises.glute-bridge: not translated: summary, cues, mistakes" in out
    assert "routines.home-1: not translated: name" in out


@pytest.mark.parametrize("code", SHIPPED)
def test_each_shipped_language_translates_all_exercise_content(code: str, english: Library) -> None:
    overlay, problems = read_overlay(RESOURCES, None, code, english)
    assert problems == []
    assert gaps(english, overlay) == []
    assert set(EXERCISE_FIELDS) == {"name", "summary", "cues", "mistakes"}


def test_shipped_overlay_folders_are_the_shipped_languages() -> None:
    assert locale_codes(RESOURCES, None) == sorted(SHIPPED)
