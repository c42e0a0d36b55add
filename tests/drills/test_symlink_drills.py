"""Links: one rule for month files and ``config.toml``.

A link to a regular file is followed, and the file it points to is written, so the link
stays a link (a synced or dotfile-managed copy keeps updating). A link whose target is
missing is never followed to create it: the write is refused with a message that says
so, and the records wait in memory until the file exists.
"""

from __future__ import annotations

import dataclasses
import os
import tomllib
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any

from tests.drills.conftest import BERLIN, InProcessApp, no_welcome

START = datetime(2026, 11, 24, 9, 0, tzinfo=BERLIN)
HEADER = "schema = 1\n"


def prompt_and_skip(running: InProcessApp) -> None:
    running.sit(30 * 60 + 10)
    running.app.skip()


def test_a_linked_month_file_stays_a_link_and_its_target_gets_the_records(
    tmp_path: Path, make_tray_app: Callable[..., InProcessApp]
) -> None:
    data = tmp_path / "data"
    no_welcome(data)
    synced = tmp_path / "Sync" / "november.toml"
    synced.parent.mkdir()
    synced.write_text(HEADER)
    running = make_tray_app(data, START)
    month = running.app.store.month_path(2026, 11)
    month.parent.mkdir(parents=True, exist_ok=True)
    month.symlink_to(synced)
    running.app.start()
    for _ in range(3):
        prompt_and_skip(running)
    assert running.app.store.pending == 0
    assert month.is_symlink() and month.resolve() == synced
    outcomes = [b["outcome"] for b in tomllib.loads(synced.read_text())["break"]]
    assert outcomes == ["skipped"] * 3
    print(f"3 records appended through the link to {synced.name}; the link is still a link")


def test_a_month_link_to_nothing_is_refused_told_and_written_once_the_file_exists(
    tmp_path: Path, make_tray_app: Callable[..., InProcessApp]
) -> None:
    data = tmp_path / "data"
    no_welcome(data)
    missing = tmp_path / "Sync" / "not-yet" / "november.toml"
    running = make_tray_app(data, START)
    month = running.app.store.month_path(2026, 11)
    month.parent.mkdir(parents=True, exist_ok=True)
    month.symlink_to(missing)
    running.app.start()
    prompt_and_skip(running)
    assert running.app.store.pending == 1
    assert not (tmp_path / "Sync").exists(), "the app created the link's target"
    told = [t for t in running.told if "does not exist" in t]
    assert len(told) == 1 and str(month) in told[0], running.told
    missing.parent.mkdir(parents=True)
    missing.write_text(HEADER)  # the sync tool brings the file
    running.sit(70)  # held records are retried about once a minute
    assert running.app.store.pending == 0
    assert month.is_symlink()
    assert [b["outcome"] for b in tomllib.loads(missing.read_text())["break"]] == ["skipped"]


def test_a_linked_config_is_edited_through_the_link_and_a_link_to_nothing_is_refused(
    qtbot: Any, tmp_path: Path, make_tray_app: Callable[..., InProcessApp]
) -> None:
    data = tmp_path / "data"
    no_welcome(data)
    dotfile = tmp_path / "dotfiles" / "deadbutt.toml"
    dotfile.parent.mkdir()
    dotfile.write_text("# from my dotfiles\nvolume = 30\n")
    config = data / "config.toml"
    config.symlink_to(dotfile)
    from deadbutt_tray.core.model.settings import Settings

    running = make_tray_app(data, START, Settings(volume=30))
    app = running.app
    app.shell.settings_changed.emit(dataclasses.replace(app.file_settings, level=2))
    assert config.is_symlink()
    assert dotfile.read_text() == "# from my dotfiles\nvolume = 30\nlevel = 2\n"
    # A hand edit of the file the link points to applies live.
    temp = dotfile.with_name(".deadbutt.toml.tmp")
    temp.write_text("# from my dotfiles\nvolume = 55\nlevel = 2\n")
    os.replace(temp, dotfile)
    qtbot.waitUntil(lambda: app.engine.settings.volume == 55, timeout=10_000)
    # Pointed at nothing: refused and told, and nothing is created there.
    nowhere = tmp_path / "nowhere" / "sub" / "config.toml"
    config.unlink()
    config.symlink_to(nowhere)
    app.shell.settings_changed.emit(dataclasses.replace(app.file_settings, level=3))
    assert not (tmp_path / "nowhere").exists(), "the app created the link's target"
    told = [t for t in running.told if "could not be saved" in t and "does not exist" in t]
    assert len(told) == 1, running.told
    assert config.is_symlink()
