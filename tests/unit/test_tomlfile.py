"""One parser for every user-editable file: damage becomes a reason, never a crash."""

from __future__ import annotations

from datetime import UTC
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from deadbutt_tray.core.storage.history import HistoryStore, check_history_file
from deadbutt_tray.core.storage.settings_file import load_settings
from deadbutt_tray.core.storage.state import load_state
from deadbutt_tray.core.storage.tomlfile import TomlReadError, parse_toml
from tests.fakes import TEST_DEVICE

HUGE_INT = b"schema = 1\nx = " + b"9" * 5000 + b"\n"  # tomllib raises a plain ValueError
DEEP = b"x = " + b"[" * 5000 + b"]" * 5000 + b"\n"  # RecursionError


@pytest.mark.parametrize(
    ("raw", "reason"),
    [
        (b"\xff\xfe garbage", "not UTF-8"),
        (b"a = = 1", "not valid TOML"),
        (HUGE_INT, "a number is too long"),
        (DEEP, "nested too deeply"),
    ],
)
def test_damage_is_a_reason_not_a_crash(raw: bytes, reason: str) -> None:
    with pytest.raises(TomlReadError, match=reason):
        parse_toml(raw)


def test_a_byte_order_mark_is_accepted() -> None:
    assert parse_toml("\ufeffa = 1\n".encode()) == {"a": 1}


@given(st.binary(max_size=300))
def test_any_bytes_give_a_document_or_a_reason(raw: bytes) -> None:
    try:
        assert isinstance(parse_toml(raw), dict)
    except TomlReadError as error:
        assert str(error)


def test_a_history_file_with_a_5000_digit_number_is_quarantined_not_fatal(tmp_path: Path) -> None:
    (tmp_path / f"2026-11.{TEST_DEVICE}.toml").write_bytes(HUGE_INT)
    assert check_history_file(tmp_path / f"2026-11.{TEST_DEVICE}.toml")
    told: list[str] = []
    store = HistoryStore(
        tmp_path, on_problem=lambda message: told.append(str(message)), device=TEST_DEVICE
    )
    assert store.months() == [(2026, 11)]
    from datetime import datetime

    store.records(datetime(2026, 11, 1, tzinfo=UTC), datetime(2026, 12, 1, tzinfo=UTC))
    assert told and any(
        p.name.startswith(f"2026-11.{TEST_DEVICE}.toml.corrupt-") for p in tmp_path.iterdir()
    )


def test_settings_and_state_survive_the_same_bytes(tmp_path: Path) -> None:
    for name in ("config.toml", "state.toml"):
        (tmp_path / name).write_bytes(HUGE_INT)
    _settings, problems = load_settings(tmp_path / "config.toml")
    assert problems and "too long" in problems[0].message
    _state, messages = load_state(tmp_path / "state.toml")
    assert messages and "too long" in messages[0]
