"""Settings file: every value checked, every problem explained, the user's file respected."""

from __future__ import annotations

import dataclasses
import math
import os
import tomllib
from datetime import date, datetime, time
from pathlib import Path
from typing import Any

import pytest
import tomli_w
from hypothesis import HealthCheck, given
from hypothesis import settings as hyp_settings
from hypothesis import strategies as st

from deadbutt_tray.core.model.settings import (
    IDLE_SOURCES,
    SETTING,
    WEEKDAYS,
    Overrides,
    Settings,
)
from deadbutt_tray.core.problems import Problem
from deadbutt_tray.core.storage.settings_file import (
    MAX_FILE_BYTES,
    SettingsError,
    changed_keys,
    check_settings_file,
    describe_settings,
    load_settings,
    reload_settings,
    save_settings,
)

# The ranges the brief promises, written out independently of the module's table so a
# wrong table makes these tests fail: key -> (low, high, fractions allowed).
RANGES: dict[str, tuple[float, float, bool]] = {
    "sit_limit_min": (10, 120, True),
    "heads_up_s": (0, 600, False),
    "min_break_min": (1, 15, True),
    "snooze_min": (1, 30, True),
    "max_snoozes": (0, 10, False),
    "renudge_min": (1, 60, True),
    "volume": (0, 100, False),
}
BOOLS = ("working_hours", "sound")
DEFAULTS = Settings()


def load_text(tmp_path: Path, text: str | bytes) -> tuple[Settings, list[Problem], Path]:
    path = tmp_path / "config.toml"
    if isinstance(text, str):
        path.write_text(text, encoding="utf-8")
    else:
        path.write_bytes(text)
    settings, problems = load_settings(path)
    return settings, problems, path


def keys_of(problems: list[Problem]) -> list[str]:
    return [p.key for p in problems]


def assert_valid(settings: Settings) -> None:
    """Every value within what the brief accepts (checked without the module's table)."""
    for key, (low, high, fractions) in RANGES.items():
        value = getattr(settings, key)
        assert not isinstance(value, bool), key
        assert isinstance(value, float if fractions else int), (key, value)
        assert math.isfinite(value) and low <= value <= high, (key, value)
    for key in BOOLS:
        assert isinstance(getattr(settings, key), bool), key
    assert isinstance(settings.work_start, time) and isinstance(settings.work_end, time)
    assert settings.work_start.tzinfo is None and settings.work_end.tzinfo is None
    assert settings.work_end > settings.work_start
    assert isinstance(settings.work_days, tuple) and settings.work_days
    assert len(set(settings.work_days)) == len(settings.work_days)
    assert set(settings.work_days) <= set(WEEKDAYS)
    assert settings.idle_source in IDLE_SOURCES


# --- the table ---------------------------------------------------------------------------


def test_table_has_every_field_in_declaration_order() -> None:
    rows = describe_settings()
    assert [r.key for r in rows] == [f.name for f in dataclasses.fields(Settings)]
    for key, default, accepted, description in rows:  # plain 4-tuples for README/--help
        assert default and accepted and description, key


def test_table_ranges_match_the_brief() -> None:
    for key, (low, high, _fractions) in RANGES.items():
        kind = SETTING[key].kind
        assert (kind.minimum, kind.maximum) == (low, high), key  # type: ignore[attr-defined]
    assert SETTING["idle_source"].kind.choices == IDLE_SOURCES  # type: ignore[attr-defined]


def test_each_described_default_pastes_back_as_the_default(tmp_path: Path) -> None:
    text = "".join(f"{row.key} = {row.default}\n" for row in describe_settings())
    settings, problems, _ = load_text(tmp_path, text)
    assert problems == []
    assert settings == DEFAULTS


def test_defaults_are_valid() -> None:
    assert_valid(DEFAULTS)


# --- missing and valid files -------------------------------------------------------------


def test_missing_files_give_defaults_and_no_problems(tmp_path: Path) -> None:
    settings, problems = load_settings(tmp_path / "nope.toml", tmp_path / "site.toml")
    assert (settings, problems) == (DEFAULTS, [])


def test_empty_file_gives_defaults(tmp_path: Path) -> None:
    assert load_text(tmp_path, "")[:2] == (DEFAULTS, [])


def test_a_full_valid_file_is_applied(tmp_path: Path) -> None:
    settings, problems, _ = load_text(
        tmp_path,
        """
        sit_limit_min = 45.5
        heads_up_s = 0
        min_break_min = 3
        snooze_min = 10
        max_snoozes = 0
        renudge_min = 60
        working_hours = true
        work_start = 08:15:00
        work_end = "16:45"
        work_days = ["fri", "Mon", " wed "]
        sound = false
        volume = 100
        idle_source = "X11"
        """,
    )
    assert problems == []
    assert settings == Settings(
        sit_limit_min=45.5,
        heads_up_s=0,
        min_break_min=3.0,
        snooze_min=10.0,
        max_snoozes=0,
        renudge_min=60.0,
        working_hours=True,
        work_start=time(8, 15),
        work_end=time(16, 45),
        work_days=("mon", "wed", "fri"),  # calendar order, lower case
        sound=False,
        volume=100,
        idle_source="x11",
    )
    assert isinstance(settings.min_break_min, float)


def test_utf8_byte_order_mark_is_tolerated(tmp_path: Path) -> None:
    settings, problems, _ = load_text(tmp_path, "\ufeffvolume = 7\n".encode())
    assert problems == []
    assert settings.volume == 7


# --- range edges -------------------------------------------------------------------------


def _inside(low: float, high: float, fractions: bool) -> list[float]:
    values = [low, high]
    if fractions:
        values += [low + 0.001, high - 0.001, (low + high) / 2 + 0.25]
    return values


def _outside(low: float, high: float, fractions: bool) -> list[float]:
    step = 0.001 if fractions else 1
    return [low - step, high + step]


@pytest.mark.parametrize(
    ("key", "value"),
    [(k, v) for k, (lo, hi, fr) in RANGES.items() for v in _inside(lo, hi, fr)],
)
def test_values_just_inside_the_range_are_accepted(tmp_path: Path, key: str, value: float) -> None:
    settings, problems, _ = load_text(tmp_path, tomli_w.dumps({key: value}))
    assert problems == []
    assert getattr(settings, key) == value


@pytest.mark.parametrize(
    ("key", "value"),
    [(k, v) for k, (lo, hi, fr) in RANGES.items() for v in _outside(lo, hi, fr)],
)
def test_values_just_outside_the_range_are_rejected(tmp_path: Path, key: str, value: float) -> None:
    low, high, _ = RANGES[key]
    settings, problems, path = load_text(tmp_path, tomli_w.dumps({key: value}))
    assert getattr(settings, key) == getattr(DEFAULTS, key)
    [problem] = problems
    assert (problem.file, problem.key) == (str(path), key)
    assert f"{value!r} is not accepted" in problem.message or f"{value} is not accepted" in (
        problem.message
    )
    assert f"from {low:g} to {high:g}" in problem.message
    assert f"(default {getattr(DEFAULTS, key):g})" in problem.message


def test_problem_reads_as_promised(tmp_path: Path) -> None:
    _, problems, path = load_text(tmp_path, "sit_limit_min = 500\n")
    assert [str(p) for p in problems] == [
        f"{path}: sit_limit_min: 500 is not accepted: "
        "a number of minutes from 10 to 120 (default 30)"
    ]


def test_heads_up_zero_means_off_and_says_so(tmp_path: Path) -> None:
    _, problems, _ = load_text(tmp_path, "heads_up_s = -1\n")
    assert "0 = off" in problems[0].message


# --- wrong types -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("key", "toml_value"),
    [
        ("sit_limit_min", '"30"'),  # string for a number
        ("sit_limit_min", "true"),  # bool is an int in Python; not here
        ("sit_limit_min", "nan"),
        ("sit_limit_min", "inf"),
        ("sit_limit_min", "[30]"),
        ("sit_limit_min", "{ value = 30 }"),
        ("heads_up_s", "true"),
        ("heads_up_s", "false"),
        ("heads_up_s", "60.5"),  # fractions for a whole number
        ("heads_up_s", "60.0"),
        ("max_snoozes", '"3"'),
        ("volume", "true"),
        ("volume", "1979-05-27"),
        ("working_hours", "1"),
        ("working_hours", '"true"'),
        ("sound", "0"),
        ("idle_source", '"bogus"'),
        ("idle_source", "1"),
        ("idle_source", '["x11"]'),
        ("work_start", '"24:00"'),
        ("work_start", '"12:60"'),
        ("work_start", '"noon"'),
        ("work_start", '"9am"'),
        ("work_start", "9"),
        ("work_start", "1979-05-27T07:32:00"),  # a date-time is not a time of day
        ("work_start", "1979-05-27"),
        ("work_end", '""'),
        ("work_days", "[]"),
        ("work_days", '"mon"'),
        ("work_days", '["mon", "mon"]'),
        ("work_days", '["mon", "MON"]'),
        ("work_days", '["monday"]'),
        ("work_days", '["mon", 2]'),
        ("work_days", "[[]]"),
    ],
)
def test_wrong_types_and_values_fall_back_to_the_default(
    tmp_path: Path, key: str, toml_value: str
) -> None:
    settings, problems, path = load_text(tmp_path, f"{key} = {toml_value}\nvolume_extra = 1\n")
    assert getattr(settings, key) == getattr(DEFAULTS, key)
    bad = [p for p in problems if p.key == key]
    assert len(bad) == 1, problems
    assert bad[0].file == str(path)
    assert "is not accepted" in bad[0].message
    assert SETTING[key].accepted in bad[0].message
    assert "(default " in bad[0].message


def test_one_bad_value_does_not_spoil_the_others(tmp_path: Path) -> None:
    settings, problems, _ = load_text(
        tmp_path, 'sit_limit_min = "forty"\nvolume = 5\nsound = false\nsnooze_min = 0\n'
    )
    assert sorted(keys_of(problems)) == ["sit_limit_min", "snooze_min"]
    assert settings == dataclasses.replace(DEFAULTS, volume=5, sound=False)


def test_bad_values_are_quoted_back_recognisably(tmp_path: Path) -> None:
    _, problems, _ = load_text(
        tmp_path, 'volume = 60.0\nsit_limit_min = "30"\nwork_start = "x\\ty"\n'
    )
    messages = {p.key: p.message for p in problems}
    assert messages["volume"].startswith("60.0 is not accepted")  # not a confusing "60"
    assert messages["sit_limit_min"].startswith('"30" is not accepted')
    assert messages["work_start"].startswith('"x\\ty" is not accepted')


def test_a_huge_bad_value_is_shortened_in_the_message(tmp_path: Path) -> None:
    _, problems, _ = load_text(tmp_path, f'idle_source = "{"x" * 5000}"\n')
    assert len(problems[0].message) < 400


# --- times -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("toml_value", "expected"),
    [
        ("07:05:00", time(7, 5)),
        ("07:05:30.5", time(7, 5, 30, 500000)),
        ('"07:05"', time(7, 5)),
        ('"7:05"', time(7, 5)),
        ('"07:05:30"', time(7, 5, 30)),
        ('"00:00"', time(0, 0)),
    ],
)
def test_work_start_forms(tmp_path: Path, toml_value: str, expected: time) -> None:
    settings, problems, _ = load_text(tmp_path, f"work_start = {toml_value}\n")
    assert problems == []
    assert settings.work_start == expected


def test_work_end_must_be_after_work_start(tmp_path: Path) -> None:
    settings, problems, _ = load_text(tmp_path, 'work_end = "08:00"\n')
    assert keys_of(problems) == ["work_end"]
    assert "08:00" in problems[0].message and "09:00" in problems[0].message
    assert (settings.work_start, settings.work_end) == (DEFAULTS.work_start, DEFAULTS.work_end)


def test_equal_start_and_end_are_rejected(tmp_path: Path) -> None:
    settings, problems, _ = load_text(tmp_path, 'work_start = "12:00"\nwork_end = "12:00"\n')
    assert keys_of(problems) == ["work_end"]
    assert (settings.work_start, settings.work_end) == (DEFAULTS.work_start, DEFAULTS.work_end)


def test_a_start_after_the_default_end_blames_work_start(tmp_path: Path) -> None:
    settings, problems, _ = load_text(tmp_path, 'work_start = "18:00"\n')
    assert keys_of(problems) == ["work_start"]
    assert settings.work_start == DEFAULTS.work_start


def test_a_late_pair_set_together_is_fine(tmp_path: Path) -> None:
    settings, problems, _ = load_text(tmp_path, 'work_start = "18:00"\nwork_end = "23:59"\n')
    assert problems == []
    assert (settings.work_start, settings.work_end) == (time(18), time(23, 59))


# --- unknown keys ------------------------------------------------------------------------


def test_unknown_key_suggests_the_closest_known_key(tmp_path: Path) -> None:
    settings, problems, path = load_text(tmp_path, "sit_limt_min = 20\nSound = false\n")
    assert settings == DEFAULTS  # never guessed into the real key
    by_key = {p.key: p for p in problems}
    assert by_key["sit_limt_min"].file == str(path)
    assert "did you mean sit_limit_min?" in by_key["sit_limt_min"].message
    assert "did you mean sound?" in by_key["Sound"].message


def test_unknown_key_without_a_near_match_has_no_suggestion(tmp_path: Path) -> None:
    _, problems, _ = load_text(tmp_path, "colour = 1\n[plugins]\nx = 1\n")
    assert sorted(keys_of(problems)) == ["colour", "plugins"]
    assert all("unknown setting" in p.message for p in problems)
    assert not any("did you mean" in p.message for p in problems)


# --- unusable files ----------------------------------------------------------------------


def _assert_whole_file_problem(problems: list[Problem], path: Path, words: str) -> None:
    [problem] = problems
    assert (problem.file, problem.key) == (str(path), "")
    assert words in problem.message
    assert "none of its settings were used" in problem.message


def test_invalid_toml(tmp_path: Path) -> None:
    settings, problems, path = load_text(tmp_path, "volume = 5\nsit_limit_min = = 3\n")
    assert settings == DEFAULTS  # even the valid line above is not used
    _assert_whole_file_problem(problems, path, "not valid TOML")
    assert "line 2" in problems[0].message


def test_duplicate_key_is_invalid_toml(tmp_path: Path) -> None:
    _, problems, path = load_text(tmp_path, "volume = 5\nvolume = 6\n")
    _assert_whole_file_problem(problems, path, "not valid TOML")


def test_invalid_utf8(tmp_path: Path) -> None:
    settings, problems, path = load_text(tmp_path, b'idle_source = "x11\xff"\n')
    assert settings == DEFAULTS
    _assert_whole_file_problem(problems, path, "not UTF-8")


def test_a_file_over_the_size_limit_is_not_used(tmp_path: Path) -> None:
    text = b"volume = 5\n" + b"#" * MAX_FILE_BYTES
    settings, problems, path = load_text(tmp_path, text)
    assert settings == DEFAULTS
    _assert_whole_file_problem(problems, path, "larger than 1 MB")


def test_a_file_of_exactly_the_size_limit_is_used(tmp_path: Path) -> None:
    head = b"volume = 5\n#"
    text = head + b"x" * (MAX_FILE_BYTES - len(head))
    assert len(text) == MAX_FILE_BYTES
    settings, problems, _ = load_text(tmp_path, text)
    assert problems == []
    assert settings.volume == 5


@pytest.mark.parametrize(
    "text",
    [
        "x = " + "[" * 50_000,  # recursion, not a TOMLDecodeError
        "x = " + "1" * 5000,  # int() digit limit: a plain ValueError
        "\x00",
        "[[a]]\n[a]\n",
    ],
)
def test_pathological_toml_is_a_problem_not_a_crash(tmp_path: Path, text: str) -> None:
    settings, problems, path = load_text(tmp_path, text)
    assert settings == DEFAULTS
    _assert_whole_file_problem(problems, path, "not valid TOML")


def test_an_unreadable_file_is_a_problem(tmp_path: Path) -> None:
    path = tmp_path / "config.toml"
    path.mkdir()  # reading a folder fails even for root, unlike chmod 000
    settings, problems = load_settings(path)
    assert settings == DEFAULTS
    _assert_whole_file_problem(problems, path, "cannot be read")


# --- admin defaults ----------------------------------------------------------------------


def test_admin_defaults_apply_and_the_user_overrides_them(tmp_path: Path) -> None:
    site = tmp_path / "site.toml"
    site.write_text('sit_limit_min = 45\nvolume = 20\nwork_start = "10:00"\n')
    user = tmp_path / "config.toml"
    user.write_text("volume = 80\n")
    settings, problems = load_settings(user, site)
    assert problems == []
    assert (settings.sit_limit_min, settings.volume) == (45.0, 80)
    assert settings.work_start == time(10)


def test_a_bad_user_value_falls_back_to_the_admin_default(tmp_path: Path) -> None:
    site = tmp_path / "site.toml"
    site.write_text("sit_limit_min = 45\n")
    user = tmp_path / "config.toml"
    user.write_text("sit_limit_min = 5\n")
    settings, problems = load_settings(user, site)
    assert settings.sit_limit_min == 45.0
    [problem] = problems
    assert (problem.file, problem.key) == (str(user), "sit_limit_min")
    assert "(default 30); using the administrator's default 45" in problem.message


def test_problems_in_the_admin_file_name_the_admin_file(tmp_path: Path) -> None:
    site = tmp_path / "site.toml"
    site.write_text("volume = 500\nvolum = 1\n")
    user = tmp_path / "config.toml"
    user.write_text("sound = false\n")
    settings, problems = load_settings(user, site)
    assert {(p.file, p.key) for p in problems} == {(str(site), "volume"), (str(site), "volum")}
    assert settings == dataclasses.replace(DEFAULTS, sound=False)


def test_an_unusable_admin_file_does_not_stop_the_user_file(tmp_path: Path) -> None:
    site = tmp_path / "site.toml"
    site.write_text("not toml at all")
    user = tmp_path / "config.toml"
    user.write_text("volume = 9\n")
    settings, problems = load_settings(user, site)
    assert settings.volume == 9
    assert [(p.file, p.key) for p in problems] == [(str(site), "")]


def test_working_hours_from_admin_and_user_must_still_make_a_day(tmp_path: Path) -> None:
    site = tmp_path / "site.toml"
    site.write_text('work_start = "10:00"\nwork_end = "12:00"\n')
    user = tmp_path / "config.toml"
    user.write_text('work_end = "11:00"\n')
    assert load_settings(user, site)[0].work_end == time(11)
    user.write_text('work_end = "09:30"\n')
    settings, problems = load_settings(user, site)
    assert keys_of(problems) == ["work_end"]
    assert (settings.work_start, settings.work_end) == (time(10), time(12))


# --- loading only reads ------------------------------------------------------------------


def test_loading_and_checking_never_touch_the_files(tmp_path: Path) -> None:
    user = tmp_path / "config.toml"
    content = b"# my notes\nsit_limit_min = 500\nunknown = 1\nvolume = 5 # loud\n"
    user.write_bytes(content)
    os.utime(user, (1_000_000_000, 1_000_000_000))
    before = user.stat()
    load_settings(user, tmp_path / "site.toml")
    check_settings_file(user)
    after = user.stat()
    assert user.read_bytes() == content
    assert (after.st_mtime_ns, after.st_size) == (before.st_mtime_ns, before.st_size)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["config.toml"]


def test_check_reports_the_same_problems_as_loading(tmp_path: Path) -> None:
    path = tmp_path / "config.toml"
    path.write_text("volume = -1\nsnoozy = 2\n")
    assert check_settings_file(path) == load_settings(path)[1]
    assert sorted(keys_of(check_settings_file(path))) == ["snoozy", "volume"]
    assert check_settings_file(tmp_path / "missing.toml") == []


# --- saving ------------------------------------------------------------------------------

CHANGED = Settings(
    sit_limit_min=42.5,
    heads_up_s=0,
    min_break_min=1.5,
    snooze_min=30.0,
    max_snoozes=10,
    renudge_min=1.0,
    working_hours=True,
    work_start=time(7, 30),
    work_end=time(15, 0),
    work_days=("mon", "wed", "sat"),
    sound=False,
    volume=0,
    idle_source="none",
)


@pytest.mark.parametrize("settings", [DEFAULTS, CHANGED])
def test_save_then_load_round_trips(tmp_path: Path, settings: Settings) -> None:
    path = tmp_path / "sub" / "config.toml"  # the folder does not exist yet
    save_settings(path, settings)
    assert load_settings(path) == (settings, [])


def test_save_writes_every_key_in_table_order(tmp_path: Path) -> None:
    path = tmp_path / "config.toml"
    save_settings(path, DEFAULTS)
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    assert list(data) == [row.key for row in describe_settings()]
    assert data["work_start"] == time(9)  # a real TOML time, not a string


def test_save_keeps_keys_this_version_does_not_know(tmp_path: Path) -> None:
    path = tmp_path / "config.toml"
    path.write_text('future_key = "keep me"\nvolume = 5\n[plugin]\nlevel = 3\n')
    save_settings(path, CHANGED)
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    assert data["future_key"] == "keep me"
    assert data["plugin"] == {"level": 3}
    assert data["volume"] == 0
    settings, problems = load_settings(path)
    assert settings == CHANGED
    assert sorted(keys_of(problems)) == ["future_key", "plugin"]


@pytest.mark.parametrize(
    "content",
    [b"volume = = 5\n", b"volume = 5\xff\n", b"#" * (MAX_FILE_BYTES + 1)],
    ids=["invalid-toml", "invalid-utf8", "too-large"],
)
def test_save_refuses_to_overwrite_a_file_it_cannot_parse(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "config.toml"
    path.write_bytes(content)
    with pytest.raises(SettingsError, match="Nothing was saved") as caught:
        save_settings(path, CHANGED)
    assert str(path) in str(caught.value)
    assert path.read_bytes() == content
    assert [p.name for p in tmp_path.iterdir()] == ["config.toml"]  # no temp left behind


def test_save_refuses_settings_the_next_load_would_reject(tmp_path: Path) -> None:
    path = tmp_path / "config.toml"
    quick = Overrides(sit_limit_min=0.5).apply(DEFAULTS)
    with pytest.raises(ValueError, match="sit_limit_min"):
        save_settings(path, quick)
    with pytest.raises(ValueError, match="work_end"):
        save_settings(path, dataclasses.replace(DEFAULTS, work_end=time(8)))
    with pytest.raises(ValueError, match="volume"):
        save_settings(path, dataclasses.replace(DEFAULTS, volume=True))
    assert not path.exists()


def test_save_raises_oserror_for_disk_problems(tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("")
    with pytest.raises(OSError):
        save_settings(blocker / "config.toml", DEFAULTS)
    folder = tmp_path / "config.toml"
    folder.mkdir()
    with pytest.raises(OSError):
        save_settings(folder, DEFAULTS)


def test_save_through_a_symlink_updates_the_target(tmp_path: Path) -> None:
    target = tmp_path / "dotfiles" / "deadbutt.toml"
    target.parent.mkdir()
    target.write_text("volume = 5\n")
    link = tmp_path / "config.toml"
    link.symlink_to(target)
    save_settings(link, CHANGED)
    assert link.is_symlink()
    assert load_settings(target)[0] == CHANGED


# --- the file is the user's too: edits keep everything else ---------------------------

HAND_WRITTEN = """\
# mine
volume = 40   # quiet office

# remove an id to put it back
excluded_exercises = ["standing-kickback"]
future_key = 1
[plugin]
level = 3
"""


def test_changed_keys_are_the_differences_in_declaration_order() -> None:
    after = dataclasses.replace(DEFAULTS, volume=5, sit_limit_min=40.0)
    assert changed_keys(DEFAULTS, after) == ("sit_limit_min", "volume")
    assert changed_keys(after, after) == ()


def test_save_with_before_writes_only_the_changed_keys_in_place(tmp_path: Path) -> None:
    path = tmp_path / "config.toml"
    path.write_text(HAND_WRITTEN)
    before, _problems = load_settings(path)
    after = dataclasses.replace(before, volume=70, snooze_min=10.0, excluded_exercises=())
    save_settings(path, after, before=before)
    assert path.read_text() == HAND_WRITTEN.replace("volume = 40", "volume = 70").replace(
        '["standing-kickback"]', "[]"
    ).replace("future_key = 1\n", "future_key = 1\nsnooze_min = 10\n\n")
    assert load_settings(path)[0] == after


def test_save_with_before_never_copies_the_administrators_defaults(tmp_path: Path) -> None:
    user, site = tmp_path / "config.toml", tmp_path / "site.toml"
    site.write_text("heads_up_s = 300\nsound = false\n")
    user.write_text("volume = 5\n")
    before, _problems = load_settings(user, site)
    save_settings(user, dataclasses.replace(before, level=2), before=before)
    assert user.read_text() == "volume = 5\nlevel = 2\n"


def test_save_without_a_change_leaves_the_file_alone(tmp_path: Path) -> None:
    path = tmp_path / "config.toml"
    path.write_text(HAND_WRITTEN)
    stamp = path.stat().st_mtime_ns
    settings, _problems = load_settings(path)
    save_settings(path, settings, before=settings)
    save_settings(path, dataclasses.replace(settings, volume=40), before=DEFAULTS)
    assert path.read_text() == HAND_WRITTEN and path.stat().st_mtime_ns == stamp


def test_save_with_before_keeps_a_value_the_app_could_not_use(tmp_path: Path) -> None:
    path = tmp_path / "config.toml"
    path.write_text("sit_limit_min = 500\nvolume = 5\n")
    before, _problems = load_settings(path)
    save_settings(path, dataclasses.replace(before, volume=6), before=before)
    assert path.read_text() == "sit_limit_min = 500\nvolume = 6\n"


def test_reload_keeps_the_value_in_use_for_a_bad_edit(tmp_path: Path) -> None:
    path = tmp_path / "config.toml"
    in_use = dataclasses.replace(DEFAULTS, sit_limit_min=45.0, volume=20, work_end=time(16))
    path.write_text('sit_limit_min = 500\nvolume = 25\nwork_start = "17:00"\nwork_end = 16:30:00\n')
    settings, problems = reload_settings(path, None, in_use)
    assert settings == dataclasses.replace(in_use, volume=25)
    assert [p.key for p in problems] == ["sit_limit_min", "work_end"]
    assert "keeping 45 until it is fixed" in problems[0].message
    assert "working hours 09:00 to 16:00 are used" in problems[1].message


@pytest.mark.parametrize("content", [b"volume = = 5\n", b"volume = 5\xff\n"])
def test_reload_of_a_file_that_does_not_parse_keeps_every_value(
    tmp_path: Path, content: bytes
) -> None:
    path = tmp_path / "config.toml"
    path.write_bytes(content)
    in_use = dataclasses.replace(DEFAULTS, volume=20)
    settings, [problem] = reload_settings(path, None, in_use)
    assert settings is in_use
    assert problem.message.endswith("the settings in use are kept until it is fixed")
    assert path.read_bytes() == content


def test_reload_of_a_removed_file_goes_back_to_the_defaults(tmp_path: Path) -> None:
    settings, problems = reload_settings(tmp_path / "gone.toml", None, CHANGED)
    assert (settings, problems) == (DEFAULTS, [])


# --- command-line override -------------------------------------------------------------


@pytest.mark.parametrize("minutes", [0.05, 0.5, 1, 9.99, 120])
def test_sit_limit_override_accepts_small_and_fractional_values(minutes: float) -> None:
    result = Overrides(sit_limit_min=minutes).apply(DEFAULTS)
    assert result.sit_limit_min == minutes
    assert result == dataclasses.replace(DEFAULTS, sit_limit_min=float(minutes))


@pytest.mark.parametrize("minutes", [0, -1, 120.001, math.nan, math.inf, True])
def test_sit_limit_override_rejects_nonsense(minutes: float) -> None:
    with pytest.raises(ValueError, match=r"--sit-limit .*more than 0 and at most 120"):
        Overrides(sit_limit_min=minutes)


def test_no_override_changes_nothing() -> None:
    assert Overrides().apply(CHANGED) is CHANGED


# --- properties --------------------------------------------------------------------------

PROPERTY_SETTINGS = hyp_settings(
    deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
KNOWN_KEYS = [f.name for f in dataclasses.fields(Settings)]

toml_scalars = st.one_of(
    st.booleans(),
    st.integers(min_value=-(2**63), max_value=2**63 - 1),
    st.integers(min_value=-5, max_value=700),
    st.floats(),  # nan and inf included: TOML has them
    st.floats(min_value=-5, max_value=700),
    st.text(max_size=20),
    st.sampled_from([*WEEKDAYS, *IDLE_SOURCES, "MON", "24:00", "9:30", "23:59", "00:00"]),
    st.times(),
    st.dates(),
    st.datetimes(),
)
toml_values = st.recursive(
    toml_scalars,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=5), inner),
    max_leaves=8,
)
toml_documents = st.dictionaries(
    st.sampled_from(KNOWN_KEYS) | st.text(min_size=1, max_size=15), toml_values, max_size=12
)


@PROPERTY_SETTINGS
@given(raw=st.binary(max_size=2000) | toml_documents.map(lambda d: tomli_w.dumps(d).encode()))
def test_load_never_raises_on_arbitrary_bytes(tmp_path: Path, raw: bytes) -> None:
    path = tmp_path / "config.toml"
    path.write_bytes(raw)
    settings, problems = load_settings(path)
    assert_valid(settings)
    assert all(isinstance(p, Problem) and p.file == str(path) for p in problems)
    assert path.read_bytes() == raw


@PROPERTY_SETTINGS
@given(site=toml_documents, user=toml_documents)
def test_any_toml_document_loads_within_range(
    tmp_path: Path, site: dict[str, Any], user: dict[str, Any]
) -> None:
    site_path, user_path = tmp_path / "site.toml", tmp_path / "config.toml"
    site_path.write_text(tomli_w.dumps(site), encoding="utf-8")
    user_path.write_text(tomli_w.dumps(user), encoding="utf-8")
    settings, problems = load_settings(user_path, site_path)
    assert_valid(settings)
    reported = {(p.file, p.key) for p in problems}
    for path, document in ((site_path, site), (user_path, user)):
        for key in document:
            if key not in KNOWN_KEYS:
                assert (str(path), key) in reported
    # A number the user gave and nobody complained about is the number in effect.
    for key, value in user.items():
        if key in RANGES and (str(user_path), key) not in reported:
            assert getattr(settings, key) == value


valid_settings = st.builds(
    Settings,
    sit_limit_min=st.floats(min_value=10, max_value=120),
    heads_up_s=st.integers(0, 600),
    min_break_min=st.floats(min_value=1, max_value=15),
    snooze_min=st.floats(min_value=1, max_value=30),
    max_snoozes=st.integers(0, 10),
    renudge_min=st.floats(min_value=1, max_value=60),
    working_hours=st.booleans(),
    work_start=st.times(max_value=time(12)),
    work_end=st.times(min_value=time(12, 0, 0, 1)),
    work_days=st.sets(st.sampled_from(WEEKDAYS), min_size=1).map(
        lambda days: tuple(d for d in WEEKDAYS if d in days)
    ),
    sound=st.booleans(),
    volume=st.integers(0, 100),
    idle_source=st.sampled_from(IDLE_SOURCES),
)


@PROPERTY_SETTINGS
@given(settings=valid_settings)
def test_any_valid_settings_round_trip(tmp_path: Path, settings: Settings) -> None:
    path = tmp_path / "config.toml"
    path.unlink(missing_ok=True)
    save_settings(path, settings)
    assert load_settings(path) == (settings, [])


def test_problem_values_of_every_toml_type_can_be_shown(tmp_path: Path) -> None:
    document = {
        "volume": datetime(2024, 1, 2, 3, 4, 5),
        "sound": date(2024, 1, 2),
        "work_days": {"a": 1},
        "idle_source": time(1, 2),
    }
    _, problems, _ = load_text(tmp_path, tomli_w.dumps(document))
    messages = {p.key: p.message for p in problems}
    assert messages["volume"].startswith("2024-01-02T03:04:05 is not accepted")
    assert messages["sound"].startswith("2024-01-02 is not accepted")
    assert messages["work_days"].startswith("a table is not accepted")
    assert messages["idle_source"].startswith('"01:02" is not accepted')
