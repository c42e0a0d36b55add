"""The .ts files hold every string of the code, and the .qm files are compiled from them."""

from __future__ import annotations

import re
from pathlib import Path
from types import ModuleType

import pytest

from tests.by_path import ROOT, load_module


@pytest.fixture(scope="module")
def update() -> ModuleType:
    return load_module(ROOT / "scripts" / "update_translations.py", "update_translations")


def test_ts_and_qm_files_are_up_to_date(update: ModuleType) -> None:
    assert update.stale() == [], "run `python scripts/update_translations.py`"


def test_every_language_but_english_has_its_files(update: ModuleType) -> None:
    assert update.languages() == ["de", "fr", "es"]
    for code in update.languages():
        assert update.ts_file(code).is_file() and update.qm_file(code).is_file()


def test_the_settings_help_texts_are_extracted(update: ModuleType) -> None:
    """core/ marks them with marked(); lupdate must see that as QT_TR_NOOP."""
    from deadbutt_tray.core.model.settings import SETTINGS

    sources = {source for _ctx, source, _c, _n in update.messages(update.ts_file("de"))}
    assert {s.help for s in SETTINGS} <= sources


def test_plurals_are_numerus_messages(update: ModuleType) -> None:
    plurals = {
        source for _ctx, source, _c, numerus in update.messages(update.ts_file("de")) if numerus
    }
    assert "%n day(s) in a row" in plurals
    assert "You've snoozed %n time(s) in a row. Take the break or skip it." in plurals


def _translations(path: Path) -> list[tuple[str, list[str], bool]]:
    """(source, translated forms, numerus) of every message of a .ts file."""
    import xml.etree.ElementTree as ET

    found = []
    for message in ET.parse(path).getroot().iter("message"):
        translation = message.find("translation")
        assert translation is not None
        numerus = message.get("numerus") == "yes"
        forms = (
            [form.text or "" for form in translation.iter("numerusform")]
            if numerus
            else [translation.text or ""]
        )
        found.append((message.findtext("source") or "", forms, numerus))
    return found


@pytest.mark.parametrize("code", ["de", "fr", "es"])
def test_each_language_is_complete(update: ModuleType, code: str) -> None:
    """lrelease's own figures: every string finished, none unfinished or untranslated."""
    figures = update.stats()[code]
    assert figures.complete, f"{code}: {figures}"
    assert figures.finished == len(update.messages(update.ts_file(code)))


_PLACEHOLDER = re.compile(r"\{[^{}]*\}|%n")


@pytest.mark.parametrize("code", ["de", "fr", "es"])
def test_translations_keep_placeholders_and_mnemonics(update: ModuleType, code: str) -> None:
    """A lost {0} or %n shows a wrong number; a lost & a dead Alt key."""
    wrong = []
    for source, forms, numerus in _translations(update.ts_file(code)):
        wanted = sorted(_PLACEHOLDER.findall(source))
        mnemonic = "&" in source.replace("&&", "")
        for form in forms:
            got = sorted(_PLACEHOLDER.findall(form))
            # A plural form may say "one" in words instead of %n ("Alle %n" / "%n Übung").
            if (got != wanted and not (numerus and set(got) == set(wanted) - {"%n"})) or (
                ("&" in form.replace("&&", "")) != mnemonic
            ):
                wrong.append(f"{source!r} -> {form!r}")
    assert wrong == []


def test_every_tr_call_in_the_code_is_in_the_ts_files(update: ModuleType) -> None:
    """lupdate skips some spellings (a tr() inside an f-string): such a string would stay
    English in every language. Every literal tr("...") of the code must be extracted."""
    import ast

    extracted = {source for _ctx, source, _c, _n in update.messages(update.ts_file("de"))}
    missed = []
    for path in sorted((ROOT / "deadbutt_tray").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Name)
                and node.func.id in ("tr", "marked")
                and node.args
                and isinstance(node.args[0], ast.Constant)
                and isinstance(node.args[0].value, str)
                and node.args[0].value not in extracted
            ):
                missed.append(f"{path.relative_to(ROOT)}:{node.lineno}: {node.args[0].value!r}")
    assert missed == []
