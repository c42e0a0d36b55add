"""Which language the app speaks: the setting, else the system's first language we have."""

from __future__ import annotations

import pytest

from deadbutt_tray.core.model.languages import (
    LANGUAGE_CHOICES,
    LANGUAGES,
    env_languages,
    pick_language,
)
from deadbutt_tray.core.model.settings import SETTING, Settings


@pytest.mark.parametrize(
    ("setting", "preferred", "expected"),
    [
        ("system", ["de-DE", "de"], "de"),
        ("system", ["fr_CA.UTF-8"], "fr"),
        ("system", ["es-419"], "es"),
        ("system", ["it-IT", "it", "de"], "de"),  # first one we have
        ("system", ["it-IT"], "en"),
        ("system", ["C"], "en"),
        ("system", ["en-GB", "de"], "en"),
        ("system", [], "en"),
        ("de", ["fr-FR"], "de"),  # the setting wins
        ("en", ["de-DE"], "en"),
    ],
)
def test_pick_language(setting: str, preferred: list[str], expected: str) -> None:
    assert pick_language(setting, preferred) == expected


@pytest.mark.parametrize(
    ("environ", "expected"),
    [
        ({"LANG": "de_DE.UTF-8"}, ["de_DE.UTF-8"]),
        ({"LANG": "de_DE.UTF-8", "LC_ALL": "fr_FR.UTF-8"}, ["fr_FR.UTF-8"]),
        ({"LANG": "en_US.UTF-8", "LC_MESSAGES": "es_ES.UTF-8"}, ["es_ES.UTF-8"]),
        ({"LANG": "de_DE.UTF-8", "LANGUAGE": "fr:de"}, ["fr", "de", "de_DE.UTF-8"]),
        ({"LANG": "C", "LANGUAGE": "fr"}, ["C"]),  # gettext ignores LANGUAGE under C
        ({}, []),
    ],
)
def test_env_languages(environ: dict[str, str], expected: list[str]) -> None:
    assert env_languages(environ) == expected


def test_the_setting_offers_system_and_every_language() -> None:
    kind = SETTING["language"].kind
    assert Settings().language == "system"
    assert ("system", *LANGUAGES) == LANGUAGE_CHOICES
    assert kind.parse(" DE ") == "de"
    assert set(LANGUAGES) == {"en", "de", "fr", "es"}
