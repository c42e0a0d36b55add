"""state.toml: the app's own memory loads forgivingly, saves atomically, keeps unknown keys."""

from __future__ import annotations

import base64
import os
import string
import tempfile
import tomllib
from dataclasses import replace
from datetime import datetime
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from deadbutt_tray.core.storage.state import (
    MAX_STATE_BYTES,
    SCHEMA,
    AppState,
    load_state,
    save_state,
)

STAMP = datetime(2026, 11, 25, 9, 30, 0)
GEOMETRY = base64.b64encode(b"\x01\xd9\xd0\xcb\x00\x03geometry").decode()


def fixed_now() -> datetime:
    return STAMP


def corrupt_files(folder: Path) -> list[Path]:
    return sorted(folder.glob("state.toml.corrupt-*"))


def test_missing_file_is_a_quiet_first_run(tmp_path: Path) -> None:
    state, problems = load_state(tmp_path / "state.toml")
    assert state == AppState()
    assert not state.welcome_seen
    assert state.status_window_geometry == ""
    assert problems == []


def test_round_trip(tmp_path: Path) -> None:
    path = tmp_path / "sub" / "state.toml"  # the folder is made on first save
    state = AppState(
        welcome_seen=True,
        no_tray_hint_seen=True,
        status_window_geometry=GEOMETRY,
        status_window_minimized=True,
        extra={"later_feature": {"seen": 3}},
    )
    save_state(path, state)
    assert load_state(path) == (state, [])
    text = path.read_text(encoding="utf-8")
    assert text.startswith("# deadbutt-tray remembers")
    assert tomllib.loads(text)["schema"] == SCHEMA
    assert [p.name for p in path.parent.iterdir()] == ["state.toml"]  # no temp debris


def test_state_is_frozen_and_hashable() -> None:
    state = AppState()
    with pytest.raises(AttributeError):
        state.welcome_seen = True  # type: ignore[misc]
    assert hash(state) == hash(AppState())
    assert replace(state, welcome_seen=True).welcome_seen


def test_unknown_keys_survive_a_save(tmp_path: Path) -> None:
    path = tmp_path / "state.toml"
    path.write_text('welcome_seen = true\nfuture = "kept"\n[panel]\nx = 1\n', encoding="utf-8")
    state, problems = load_state(path)
    assert problems == []
    assert state.welcome_seen
    assert state.extra == {"future": "kept", "panel": {"x": 1}}
    save_state(path, replace(state, no_tray_hint_seen=True))
    document = tomllib.loads(path.read_text(encoding="utf-8"))
    assert document["future"] == "kept"
    assert document["panel"] == {"x": 1}
    assert document["no_tray_hint_seen"] is True


def test_known_keys_win_over_stale_copies_in_extra(tmp_path: Path) -> None:
    path = tmp_path / "state.toml"
    save_state(path, AppState(welcome_seen=True, extra={"welcome_seen": False}))
    assert load_state(path)[0].welcome_seen


def test_a_newer_schema_is_not_downgraded(tmp_path: Path) -> None:
    path = tmp_path / "state.toml"
    path.write_text(f"schema = {SCHEMA + 1}\nwelcome_seen = true\n", encoding="utf-8")
    state, problems = load_state(path)
    assert problems == []
    assert state.welcome_seen
    save_state(path, state)
    assert tomllib.loads(path.read_text(encoding="utf-8"))["schema"] == SCHEMA + 1


@pytest.mark.parametrize(
    ("line", "key"),
    [
        ('welcome_seen = "yes"', "welcome_seen"),
        ("no_tray_hint_seen = 1", "no_tray_hint_seen"),
        ("status_window_minimized = []", "status_window_minimized"),
        ("status_window_geometry = 42", "status_window_geometry"),
        ('status_window_geometry = "not base64!"', "status_window_geometry"),
        ('schema = "one"', "schema"),
        ("schema = 0", "schema"),
    ],
)
def test_a_bad_value_costs_only_that_key(tmp_path: Path, line: str, key: str) -> None:
    path = tmp_path / "state.toml"
    other = "no_tray_hint_seen = true" if key != "no_tray_hint_seen" else "welcome_seen = true"
    path.write_text(f"{line}\n{other}\n", encoding="utf-8")
    state, problems = load_state(path)
    assert len(problems) == 1
    assert key in problems[0] and "default" in problems[0]
    assert state.no_tray_hint_seen or state.welcome_seen  # the good key still applies
    assert getattr(AppState(), key, None) == getattr(state, key, None)
    assert key not in state.extra
    assert path.exists() and not corrupt_files(tmp_path)  # parseable: not moved aside


@pytest.mark.parametrize(
    ("content", "why"),
    [
        (b"welcome_seen = = true\n", "not valid TOML"),
        (b"\xff\xfe\x00garbage", "not UTF-8"),
        (b"a = " + b"[" * 5000 + b"]" * 5000 + b"\n", "nested"),
        (b"# " + b"x" * MAX_STATE_BYTES + b"\n", "too large"),
    ],
)
def test_a_corrupt_file_is_moved_aside(tmp_path: Path, content: bytes, why: str) -> None:
    path = tmp_path / "state.toml"
    path.write_bytes(content)
    state, problems = load_state(path, now=fixed_now)
    assert state == AppState()
    assert len(problems) == 1 and why in problems[0]
    moved = tmp_path / "state.toml.corrupt-20261125T093000"
    assert moved.name in problems[0]
    assert moved.read_bytes() == content  # kept byte for byte
    assert not path.exists()
    save_state(path, replace(state, welcome_seen=True))  # the next save starts clean
    assert load_state(path) == (AppState(welcome_seen=True), [])


def test_moving_aside_never_overwrites_an_earlier_corrupt_file(tmp_path: Path) -> None:
    path = tmp_path / "state.toml"
    earlier = tmp_path / "state.toml.corrupt-20261125T093000"
    earlier.write_bytes(b"first")
    path.write_bytes(b"= second")
    _state, problems = load_state(path, now=fixed_now)
    assert earlier.read_bytes() == b"first"
    second = tmp_path / "state.toml.corrupt-20261125T093000-1"
    assert second.read_bytes() == b"= second"
    assert second.name in problems[0]


def test_an_unreadable_path_is_reported_and_left_alone(tmp_path: Path) -> None:
    path = tmp_path / "state.toml"
    path.mkdir()  # a folder where the file should be: open() fails
    state, problems = load_state(path)
    assert state == AppState()
    assert len(problems) == 1 and "can't be read" in problems[0]
    assert path.is_dir() and not corrupt_files(tmp_path)


def test_a_failed_save_leaves_the_old_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "state.toml"
    save_state(path, AppState(welcome_seen=True))
    before = path.read_bytes()

    def broken_replace(*_args: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", broken_replace)
    with pytest.raises(OSError):
        save_state(path, AppState())
    assert path.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == ["state.toml"]


# -- properties ------------------------------------------------------------------------


@settings(max_examples=150, deadline=None)
@given(st.binary(max_size=400))
def test_garbage_never_raises_and_is_never_lost(data: bytes) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "state.toml"
        path.write_bytes(data)
        state, problems = load_state(path, now=fixed_now)
        assert isinstance(state, AppState)
        assert all(isinstance(problem, str) and problem for problem in problems)
        moved = corrupt_files(Path(folder))
        if path.exists():
            assert path.read_bytes() == data  # loading never writes
            assert moved == []
        else:
            assert [p.read_bytes() for p in moved] == [data]
        save_state(path, state)  # whatever was read can be written back, and read again
        assert load_state(path)[0] == state


_KEYS = st.text(string.ascii_lowercase + "_", min_size=1, max_size=12).filter(
    lambda key: (
        key
        not in {
            "schema",
            "welcome_seen",
            "no_tray_hint_seen",
            "status_window_geometry",
            "status_window_minimized",
            "level_since",
            "suggested",
            "paused_until",
        }
    )
)
_VALUES = st.one_of(
    st.booleans(), st.integers(-(2**63), 2**63 - 1), st.text(max_size=20), st.lists(st.integers())
)


@settings(max_examples=100, deadline=None)
@given(
    st.booleans(),
    st.booleans(),
    st.binary(max_size=120),
    st.booleans(),
    st.dictionaries(_KEYS, _VALUES, max_size=4),
)
def test_any_state_round_trips(
    welcome: bool, hint: bool, geometry: bytes, minimized: bool, extra: dict
) -> None:
    state = AppState(welcome, hint, base64.b64encode(geometry).decode(), minimized, extra)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "state.toml"
        save_state(path, state)
        assert load_state(path) == (state, [])


def test_level_fields_round_trip_as_typed_values(tmp_path: Path) -> None:
    from datetime import UTC, datetime

    path = tmp_path / "state.toml"
    since = datetime(2026, 11, 2, 9, 30, tzinfo=UTC)
    save_state(path, AppState(level_since=since, suggested_level=2))
    state, problems = load_state(path)
    assert problems == []
    assert state.level_since == since and state.suggested_level == 2
    assert state.extra == {}


def test_level_fields_written_by_an_older_release_are_read(tmp_path: Path) -> None:
    path = tmp_path / "state.toml"
    path.write_text('level_since = "2026-11-02T09:30:00+01:00"\nsuggested = 3\n')
    state, problems = load_state(path)
    assert problems == []
    assert state.level_since is not None and state.level_since.utcoffset() is not None
    assert state.suggested_level == 3


def test_bad_level_fields_cost_only_themselves(tmp_path: Path) -> None:
    path = tmp_path / "state.toml"
    path.write_text('level_since = "yesterday"\nsuggested = 9\nwelcome_seen = true\n')
    state, problems = load_state(path)
    assert state.welcome_seen is True
    assert state.level_since is None and state.suggested_level == 0
    assert len(problems) == 2 and "level_since" in problems[0] and "suggested" in problems[1]


def test_a_pause_round_trips_with_its_offset_and_a_bad_one_costs_only_itself(
    tmp_path: Path,
) -> None:
    from datetime import datetime, timedelta, timezone

    path = tmp_path / "state.toml"
    until = datetime(2026, 11, 25, 9, 0, tzinfo=timezone(timedelta(hours=1)))
    save_state(path, AppState(paused_until=until))
    state, problems = load_state(path)
    assert problems == [] and state.paused_until == until
    assert state.paused_until.utcoffset() == timedelta(hours=1)
    save_state(path, AppState())
    assert "paused_until" not in path.read_text()
    path.write_text("paused_until = 2026-11-25T09:00:00\nwelcome_seen = true\n")  # no offset
    state, problems = load_state(path)
    assert state.paused_until is None and state.welcome_seen is True
    assert len(problems) == 1 and "paused_until" in problems[0]


def test_each_parsed_key_reports_what_it_accepts_in_a_fixed_order(tmp_path: Path) -> None:
    path = tmp_path / "state.toml"
    path.write_text(
        'paused_until = "soon"\nopen_span = 3\nlevel_since = []\nstatus_window_geometry = "!"\n'
        "welcome_seen = true\n"
    )
    state, problems = load_state(path)
    assert state == AppState(welcome_seen=True)
    assert [problem.removeprefix(f"App state {path}: ") for problem in problems] == [
        "status_window_geometry: '!' is not accepted: base64 text; using the default.",
        "level_since: [] is not accepted: a date and time; using the default.",
        "open_span: 3 is not accepted: start, end and device; using the default.",
        "paused_until: 'soon' is not accepted: a date and time with its offset; using the default.",
    ]
