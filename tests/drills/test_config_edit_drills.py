"""``config.toml`` is the user's file too: hand edits apply while the app runs, and the
app's own changes touch nothing but the keys changed in the app.

The real program is edited the three ways editors and sync tools save (in place, a new
file renamed over the old one, the old one moved away first); the in-process app on a
fake clock shows what an edit does to the sitting limit, what a change in Settings or a
press of "This hurts" writes, and what an invalid edit does.
"""

from __future__ import annotations

import dataclasses
import os
import time
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest

from deadbutt_tray.core.model.records import PainArea, PainRecord
from deadbutt_tray.core.storage.settings_file import load_settings
from tests.drills.conftest import BERLIN, InProcessApp, Launch, no_welcome

START = datetime(2026, 11, 24, 9, 0, tzinfo=BERLIN)
USER_FILE = """\
# My settings. An hour is fine for me, my physio says so.
sit_limit_min = 60   # minutes

volume = 40          # quiet office

# remove an id to put it back
excluded_exercises = ["standing-kickback", "wall-sit-squeeze"]

my_own_note = "kept by every version"   # a key this version does not know

[plugin]
colour = "green"
"""
ADMIN_FILE = 'heads_up_s = 120\nsound = false\nexcluded_exercises = ["bridge-march"]\n'


def save_in_place(path: Path, text: str) -> None:
    """nano, gedit with default options: truncate and write the same file."""
    with open(path, "w", encoding="utf-8") as handle:
        handle.write(text)


def save_by_rename(path: Path, text: str) -> None:
    """Most editors and every sync tool: a new file renamed over the old one."""
    temp = path.with_name(f".{path.name}.swp")
    temp.write_text(text, encoding="utf-8")
    os.replace(temp, path)


def save_after_backup(path: Path, text: str) -> None:
    """vim with backup: the old file is moved away first, then a new one is written."""
    os.replace(path, path.with_name(f"{path.name}~"))
    path.write_text(text, encoding="utf-8")


SAVES: dict[str, Callable[[Path, str], None]] = {
    "in place": save_in_place,
    "renamed over": save_by_rename,
    "after a backup": save_after_backup,
}


EDITS = (  # (what is replaced, by what, what the log then says)
    ("sit_limit_min = 60", "sit_limit_min = 45", "sit_limit_min 60.0 -> 45.0"),
    ("volume = 40", "volume = 15", "volume 40 -> 15"),
    ('["standing-kickback", ', "[", "level 1 -> 2"),
)


def test_hand_edits_apply_live_however_the_editor_saves(tmp_path: Path, launch: Launch) -> None:
    data = tmp_path / "data"
    no_welcome(data)
    config = data / "config.toml"
    config.write_text(USER_FILE)
    app = launch(data)
    app.wait_started()
    text, latencies = USER_FILE, []
    for (how, save), (old, new, logged) in zip(SAVES.items(), EDITS, strict=True):
        assert old in text
        text = text.replace(old, new)
        if logged.startswith("level"):  # the last edit also adds a key
            text = text.replace("\n[plugin]", "level = 2\n\n[plugin]")
        started = time.monotonic()
        save(config, text)
        app.wait_for(logged, timeout=10)
        latencies.append(time.monotonic() - started)
        assert config.read_text() == text, f"saved {how}: the app rewrote the file"
    assert "excluded_exercises ('standing-kickback', 'wall-sit-squeeze') -> (" in app.log()
    assert app.quit() == 0
    assert config.read_text() == text  # quitting writes nothing either
    print(
        f"3 hand edits ({', '.join(SAVES)}) applied in "
        f"{', '.join(f'{s * 1000:.0f} ms' for s in latencies)}; file untouched"
    )


def start_on_files(make: Callable[..., InProcessApp], tmp_path: Path) -> InProcessApp:
    data = tmp_path / "data"
    no_welcome(data)
    (data / "config.toml").write_text(USER_FILE)
    site = tmp_path / "admin" / "config.toml"
    site.parent.mkdir()
    site.write_text(ADMIN_FILE)
    settings, problems = load_settings(data / "config.toml", site)
    assert [p.key for p in problems] == ["my_own_note", "plugin"]
    return make(data, START, settings, site_config=site, problems=problems)


def wait_for_setting(qtbot: Any, running: InProcessApp, **expected: Any) -> None:
    def applied() -> None:
        for key, value in expected.items():
            assert getattr(running.app.file_settings, key) == value
            assert getattr(running.app.engine.settings, key) == value

    qtbot.waitUntil(applied, timeout=10_000)


def test_a_change_in_settings_writes_only_that_key_and_keeps_everything_else(
    qtbot: Any, tmp_path: Path, make_tray_app: Callable[..., InProcessApp]
) -> None:
    running = start_on_files(make_tray_app, tmp_path)
    app, config = running.app, tmp_path / "data" / "config.toml"
    assert app.settings.heads_up_s == 120 and app.settings.sound is False  # admin's
    app.open_settings()
    # The user puts an exercise back by hand ("remove an id to put it back")...
    edited = USER_FILE.replace('"standing-kickback", ', "")
    save_by_rename(config, edited)
    wait_for_setting(qtbot, running, excluded_exercises=("wall-sit-squeeze",))
    dialog = app.shell.settings_dialog()
    assert dialog is not None and dialog.settings() == app.file_settings  # it follows
    # ...then changes the snooze in Settings, then the volume: two keys, nothing else.
    app.shell.settings_changed.emit(dataclasses.replace(app.file_settings, snooze_min=10.0))
    app.shell.settings_changed.emit(dataclasses.replace(app.file_settings, volume=70))
    expected = edited.replace("volume = 40", "volume = 70").replace(
        '\nmy_own_note = "kept', 'snooze_min = 10\n\nmy_own_note = "kept'
    )
    after = config.read_text()
    assert "snooze_min = 10" in after
    assert after.replace("snooze_min = 10\n", "") == expected.replace("snooze_min = 10\n", "")
    # The administrator's defaults stay theirs: never copied into the user's file.
    assert "heads_up_s" not in after and "sound" not in after and "bridge-march" not in after
    assert app.engine.settings.snooze_min == 10.0 and app.engine.settings.volume == 70
    # The app's own writes are not taken for hand edits, and nothing is reported.
    qtbot.wait(600)
    assert running.told == []
    print("2 changes in Settings: 2 lines changed, comments, order, unknown keys kept")


def test_an_invalid_hand_edit_is_reported_keeps_the_last_good_value_and_is_never_overwritten(
    qtbot: Any, tmp_path: Path, make_tray_app: Callable[..., InProcessApp]
) -> None:
    running = start_on_files(make_tray_app, tmp_path)
    app, config = running.app, tmp_path / "data" / "config.toml"
    good = USER_FILE.replace("sit_limit_min = 60", "sit_limit_min = 45")
    save_by_rename(config, good)
    wait_for_setting(qtbot, running, sit_limit_min=45.0)
    bad = good.replace("sit_limit_min = 45", "sit_limit_min = 450")
    save_in_place(config, bad)
    qtbot.waitUntil(lambda: any("sit_limit_min" in t for t in running.told), timeout=10_000)
    [told] = running.told
    assert "450 is not accepted" in told and "keeping 45" in told, told
    assert app.engine.settings.sit_limit_min == 45.0
    # Half a file (an editor caught mid-save, a typo): every value in use is kept.
    save_in_place(config, bad + "volume = = 3\n")
    qtbot.waitUntil(lambda: len(running.told) == 2, timeout=10_000)
    assert "not valid TOML" in running.told[1] and "kept" in running.told[1]
    assert app.engine.settings.sit_limit_min == 45.0 and app.engine.settings.volume == 40
    # A change in the app cannot save into a file it cannot parse, and says so...
    app.shell.settings_changed.emit(dataclasses.replace(app.file_settings, volume=20))
    assert config.read_text() == bad + "volume = = 3\n"
    assert any("could not be saved" in t for t in running.told)
    # ...and once the file parses again, a change writes its own key, never the bad one.
    save_in_place(config, bad)
    qtbot.wait(600)
    app.shell.settings_changed.emit(dataclasses.replace(app.file_settings, renudge_min=7.0))
    after = config.read_text()
    assert "sit_limit_min = 450" in after and "renudge_min = 7" in after
    assert app.engine.settings.sit_limit_min == 45.0
    # Fixed by hand: it applies, and the sitting limit follows.
    save_by_rename(config, after.replace("= 450", "= 50"))
    wait_for_setting(qtbot, running, sit_limit_min=50.0)
    print(f"told the user {len(running.told)} times: {running.told}")


@pytest.mark.parametrize("noticed", ["before", "not yet"])
def test_this_hurts_keeps_hand_edits(
    qtbot: Any, tmp_path: Path, make_tray_app: Callable[..., InProcessApp], noticed: str
) -> None:
    running = start_on_files(make_tray_app, tmp_path)
    app, config = running.app, tmp_path / "data" / "config.toml"
    edited = USER_FILE.replace("sit_limit_min = 60", "sit_limit_min = 45").replace(
        "volume = 40", "volume = 25\nlevel = 2"
    )
    save_by_rename(config, edited)
    if noticed == "before":
        wait_for_setting(qtbot, running, sit_limit_min=45.0, volume=25, level=2)
    # "This hurts" right after the edit, maybe before the watcher's debounce ran.
    hurt = PainRecord(START, "standing-glute-squeeze", PainArea.KNEE, 6)
    app.shell.pain_reported.emit(hurt)
    after = config.read_text()
    expected = edited.replace(
        '["standing-kickback"', '["standing-glute-squeeze", "standing-kickback"'
    )
    assert after == expected
    assert app.engine.settings.sit_limit_min == 45.0 and app.engine.settings.level == 2
    assert app.engine.settings.excluded_exercises == (
        "standing-glute-squeeze",
        "standing-kickback",
        "wall-sit-squeeze",
    )
