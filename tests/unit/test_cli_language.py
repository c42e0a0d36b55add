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


BAD_CONFIG = 'sit_limit_min = "abc"\nsit_limt_min = 3\nwork_end = "07:00"\nvolume = 300\n'


@pytest.mark.parametrize(
    ("lang", "said"),
    [
        (
            "de_DE.UTF-8",
            [
                'sit_limit_min: "abc" geht nicht: erlaubt ist eine Zahl von Minuten von 10 bis '
                "120 (Standard 30)",
                "sit_limt_min: unbekannte Einstellung, ignoriert; meintest du sit_limit_min?",
                "work_end: 07:00 ist nicht später als work_start (09:00); die Arbeitszeit 09:00 "
                "bis 17:30 wird verwendet",
                "volume: 300 geht nicht: erlaubt ist ein ganzer Prozentwert von 0 bis 100 "
                "(Standard 60)",
                "4 Probleme gefunden.",
            ],
        ),
        (
            "fr_FR.UTF-8",
            [
                'sit_limit_min : "abc" n’est pas accepté : il faut un nombre de minutes de 10 '
                "à 120 (par défaut 30)",
                "4 problèmes trouvés.",
            ],
        ),
        (
            "es_ES.UTF-8",
            [
                "sit_limt_min: ajuste desconocido, se ignora; ¿querías decir sit_limit_min?",
                "4 problemas encontrados.",
            ],
        ),
    ],
)
def test_check_problems_in_the_users_language(
    data_dir: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    lang: str,
    said: list[str],
) -> None:
    monkeypatch.setenv("LANG", lang)
    (data_dir / "config.toml").write_text(BAD_CONFIG, encoding="utf-8")
    assert main(["check"]) == 1  # the exit status does not depend on the language
    out = capsys.readouterr()
    lines = out.out + out.err
    for text in said:
        assert text in lines
    assert "is not accepted" not in lines and "unknown setting" not in lines


def test_check_problems_in_english_keep_their_wording(
    data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (data_dir / "config.toml").write_text(BAD_CONFIG, encoding="utf-8")
    assert main(["check"]) == 1
    out = capsys.readouterr().out
    assert 'sit_limit_min: "abc" is not accepted: a number of minutes from 10 to 120 ' in out
    assert "work_end: 07:00 is not later than work_start (09:00); working hours 09:00" in out


def test_a_damaged_history_file_is_named_in_german_with_its_line(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("LANG", "de_DE.UTF-8")
    history = data_dir / "history"
    history.mkdir(parents=True)
    (history / "2026-11.toml").write_text("schema = 1\n[[sitting]\n", encoding="utf-8")
    assert main(["check"]) == 1
    out = capsys.readouterr().out
    assert "2026-11.toml: als Verlauf nicht verwendbar: kein gültiges TOML (" in out
    assert ", Zeile 2, Spalte " in out


def test_cli_numbers_and_percentages_follow_the_language(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    assert (cli_words.number_text(0.5), cli_words.percent_text(62)) == ("0.5", "62%")
    monkeypatch.setenv("LANG", "de_DE.UTF-8")
    with pytest.raises(SystemExit):
        main(["--sit-limit", "abc", "check"])
    err = capsys.readouterr().err
    assert "höchstens 120 sein (Bruchteile erlaubt, z.\u00a0B. 0,5), nicht 'abc'" in err
    assert cli_words.percent_text(62) == "62\u00a0%"
    cli_words.use_language("fr", {})
    assert (cli_words.number_text(2.5), cli_words.percent_text(62)) == ("2,5", "62\u202f%")


def test_a_bad_week_is_refused_in_the_users_language(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("LANG", "fr_FR.UTF-8")
    with pytest.raises(SystemExit) as exit_:
        main(["summary", "--week", "2026-W60"])
    assert exit_.value.code == 2
    err = " ".join(capsys.readouterr().err.split())
    assert "2026 a les semaines 1 à 53, pas de semaine 60" in err
