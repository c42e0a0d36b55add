"""The .ts files hold every string of the code, and the .qm files are compiled from them."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def update() -> ModuleType:
    path = ROOT / "scripts" / "update_translations.py"
    spec = importlib.util.spec_from_file_location("update_translations", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up
    spec.loader.exec_module(module)
    return module


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
