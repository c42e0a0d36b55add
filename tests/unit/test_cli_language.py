"""The command line speaks the user's language; what scripts read stays as it is."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from deadbutt_tray import cli_words
from deadbutt_tray.cli import main


@pytest.fixture(autouse=True)
def english_afterwards(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(name, raising=False)
    yield
    cli_words.use_language("en", {})


def test_check_in_german(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("LANG", "de_DE.UTF-8")
    assert main(["check"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("Alles gut: ") and "22 Übungen, davon 0 eigene, 11 Abläufe" in out


def test_help_in_french_with_argparse_own_words(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("LANG", "fr_FR.UTF-8")
    with pytest.raises(SystemExit):
        main(["--help"])
    out = " ".join(capsys.readouterr().out.split())  # argparse wraps lines
    assert out.startswith("utilisation : deadbutt-tray")  # split() took the no-break space
    assert "options:" in out and "afficher cette aide et quitter" in out
    assert "garder paramètres, historique, exercices et journaux sous DIR" in out


def test_the_setting_wins_over_the_environment(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("LANG", "de_DE.UTF-8")
    (data_dir / "config.toml").write_text('language = "es"\n', encoding="utf-8")
    assert main(["check"]) == 0
    assert capsys.readouterr().out.startswith("Todo bien: ")


def test_english_by_default(data_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check"]) == 0
    assert capsys.readouterr().out.startswith("All good: 39 files checked")


def test_machine_readable_output_is_never_translated(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["summary", "--json"]) == 0
    english = json.loads(capsys.readouterr().out)
    assert main(["export", "--format", "csv", "-o", "-"]) == 0
    header = capsys.readouterr().out.splitlines()[0]
    monkeypatch.setenv("LANG", "de_DE.UTF-8")
    assert main(["summary", "--json"]) == 0
    assert json.loads(capsys.readouterr().out).keys() == english.keys()
    assert main(["export", "--format", "csv", "-o", "-"]) == 0
    assert capsys.readouterr().out.splitlines()[0] == header
    assert main(["export", "--format", "csv", "-o", str(data_dir / "x.csv")]) == 0
    assert "0 Einträge nach" in capsys.readouterr().err


def test_summary_in_spanish(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("LANG", "es_ES.UTF-8")
    assert main(["summary", "--week", "2026-W48"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("Semana 2026-W48 · lun 23 nov – dom 29 nov 2026\n")
    assert "No se registró nada esta semana." in out
