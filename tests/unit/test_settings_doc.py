"""The README's settings table is generated from the declaration and kept up to date."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from deadbutt_tray.core.model import settings_doc
from deadbutt_tray.core.model.settings import SETTINGS, Settings

README = Path(__file__).resolve().parents[2] / "README.md"


def test_readme_settings_table_is_the_generated_one() -> None:
    text = README.read_text(encoding="utf-8")
    assert settings_doc.with_table(text) == text, (
        "README.md's settings table differs from the declaration: "
        "run `python scripts/settings_table.py`"
    )


def test_the_table_has_one_row_per_setting_in_declaration_order() -> None:
    rows = settings_doc.markdown_table().splitlines()[2:]
    assert [row.split("`")[1] for row in rows] == [f.name for f in dataclasses.fields(Settings)]
    for row, setting in zip(rows, SETTINGS, strict=True):
        assert setting.accepted in row and setting.help in row
        assert f"`{setting.default_text}`" in row


def test_a_changed_declaration_shows_up_as_a_difference(monkeypatch: pytest.MonkeyPatch) -> None:
    text = README.read_text(encoding="utf-8")
    changed = (dataclasses.replace(SETTINGS[0], help="Something else."), *SETTINGS[1:])
    monkeypatch.setattr(settings_doc, "SETTINGS", changed)
    assert settings_doc.with_table(text) != text
    assert "Something else." in settings_doc.with_table(text)


def test_missing_markers_are_an_error() -> None:
    with pytest.raises(ValueError, match="markers"):
        settings_doc.with_table("# no table here\n")
    with pytest.raises(ValueError, match="markers"):
        settings_doc.with_table(f"{settings_doc.END}\n{settings_doc.BEGIN}\n")
