"""A full disk and a read-only data folder: the app keeps running, tells the user, and
writes every record it held in memory once the disk works again.

The disk is a real size-limited tmpfs (``ENOSPC`` from the kernel) that can be remounted
read-only (``EROFS``); root is not stopped by file modes, a read-only mount stops anyone.
Records need time to pass (a prompt after 30 minutes, a walk away), so the promise about
held records is drilled on the real ``TrayApp`` in this process on a fake clock; the
promise that the real program keeps running is drilled on the real program.
"""

from __future__ import annotations

import contextlib
import time
import tomllib
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

import pytest

from tests.drills.conftest import (
    BERLIN,
    DRILL_DEVICE,
    Disks,
    InProcessApp,
    Launch,
    app_env,
    fill_disk,
    no_welcome,
    platform_layout_env,
)

FAILURES = {"disk-full": "No space left on device", "read-only": "Read-only file system"}
START = (2026, 11, 24, 9, 0)
OLD_HISTORY = (
    "schema = 1\n\n"
    "[[break]]\n"
    "at = 2026-10-02T10:00:00+02:00\n"
    'outcome = "completed"\n'
    "sat_for_s = 1800\n"
    'routine = "desk-micro-1a"\n'
    "duration_s = 120\n"
    'exercises = ["standing-glute-squeeze"]\n'
)


def break_storage(
    disks: Disks, disk: Path, failure: str, month: Path | None = None
) -> Callable[[], None]:
    """Make ``disk`` fail as ``failure`` says; return how to make it work again.

    A full disk still takes appends into the unused end of a file's last block (they
    are durably saved), so ``month``'s last block is filled too, with blank lines.
    """
    if failure == "disk-full":
        filler = fill_disk(disk)
        if month is not None and month.exists():
            fill_last_block(month)
        return filler.unlink
    disks.read_only(disk)
    return lambda: disks.writable(disk)


def fill_last_block(path: Path) -> None:
    """Fill the unused end of ``path``'s last block with blank lines.

    Whole lines, never a line without its newline: that would be a torn last record,
    which the writer cuts off before it appends (freeing the block again).
    """
    with open(path, "ab", buffering=0) as handle, contextlib.suppress(OSError):
        while True:
            handle.write(b"\n")


def saving_messages(running: InProcessApp) -> list[str]:
    return [text for text in running.told if "Can't save history" in text]


@pytest.mark.parametrize("failure", FAILURES)
def test_failing_storage_keeps_the_app_running_tells_the_user_once_and_saves_all_it_held_later(
    failure: str,
    disks: Disks,
    make_tray_app: Callable[..., InProcessApp],
    tmp_path: Path,
) -> None:
    disk = disks.small(tmp_path / "disk", "512k")
    data = disk / "data"
    no_welcome(data)
    # The lock and socket live in $XDG_RUNTIME_DIR, a tmpfs of its own (an open lock file
    # would also stop the remount read-only).
    running = make_tray_app(data, datetime(*START, tzinfo=BERLIN), runtime_dir=tmp_path / "run")
    app = running.app
    month = data / "history" / f"2026-11.{DRILL_DEVICE}.toml"
    app.start()
    running.sit(30 * 60 + 10)
    assert len(running.prompts) == 1
    app.skip()  # saved while the disk still works
    saved_before = month.read_bytes()

    repair = break_storage(disks, disk, failure, month)
    saved_before = month.read_bytes()
    running.sit(30 * 60 + 10)
    assert len(running.prompts) == 2, "the prompt must still come while saving fails"
    app.snooze()
    running.walk_away(3 * 60)  # a natural break: a sitting span and a break record
    running.sit(30 * 60 + 10)
    app.skip()
    # Still running: it ticks, prompts, and shows the sitting time as usual.
    assert len(running.prompts) == 3
    assert "Sitting for" in app.shell.tray.icon.toolTip()
    assert app.store.pending == 4
    # Told once, clearly (what, why, that nothing is lost), not on every retry a minute.
    told = saving_messages(running)
    assert len(told) == 1, running.told
    assert FAILURES[failure] in told[0] and "kept in memory" in told[0], told[0]
    # What was on disk is untouched, and no temporary file was left behind.
    assert month.read_bytes() == saved_before
    assert sorted(p.name for p in month.parent.iterdir()) == [month.name]

    repair()
    running.sit(60)  # the app retries about once a minute
    assert app.store.pending == 0
    assert app.store.last_error is None
    doc = tomllib.loads(month.read_text())
    assert [b["outcome"] for b in doc["break"]] == ["skipped", "snoozed", "natural", "skipped"]
    assert [s["ended_by"] for s in doc["sitting"]] == ["away"]

    # A second outage is news again, and what is held at quit is saved once it works.
    repair = break_storage(disks, disk, failure, month)
    running.sit(30 * 60 + 10)
    app.skip()
    assert len(saving_messages(running)) == 2, running.told
    repair()
    app.quit()
    assert app.store.pending == 0
    doc = tomllib.loads(month.read_text())
    assert [b["outcome"] for b in doc["break"]][-1] == "skipped"
    assert [s["ended_by"] for s in doc["sitting"]] == ["away", "quit"]


@pytest.mark.parametrize("failure", FAILURES)
def test_real_app_on_a_failing_home_disk_keeps_running_and_says_what_it_could_not_save(
    failure: str, disks: Disks, launch: Launch, tmp_path: Path
) -> None:
    """The usual desktop layout: config, data and logs in the home folder on the failing
    disk; the lock and control socket in $XDG_RUNTIME_DIR, a tmpfs of its own."""
    home = disks.small(tmp_path / "home", "1m")
    env = platform_layout_env(home, tmp_path / "runtime")
    data = home / ".local" / "share" / "deadbutt-tray"
    old = data / "history" / "2026-10.toml"
    old.parent.mkdir(parents=True)
    old.write_text(OLD_HISTORY)
    no_welcome(data)
    break_storage(disks, home, failure)
    app = launch(
        None,
        "-v",  # the log file may be unwritable: its lines go to stderr too
        env=env,
        log_file=home / ".local" / "state" / "deadbutt-tray" / "log" / "deadbutt-tray.log",
        runtime_dir=tmp_path / "runtime" / "deadbutt-tray",
    )
    app.wait_for("started; tray available", 20, in_output=True)
    time.sleep(1)
    assert app.alive(), app.tail()
    for command in (("pause", "1"), ("resume",)):
        result = app.cli(*command)
        assert result.returncode == 0, f"{command}: {result.stderr}\n{app.tail()}"
    assert app.quit() == 0, app.tail()
    said = app.output()
    assert "Can't save history" in said and FAILURES[failure] in said, app.tail()
    assert "history records could not be saved" in said, app.tail()
    assert old.read_text() == OLD_HISTORY


@pytest.mark.parametrize("failure", FAILURES)
def test_portable_app_on_a_failing_data_dir_says_why_instead_of_crashing_or_claiming_it_runs(
    failure: str, disks: Disks, launch: Launch, tmp_path: Path
) -> None:
    """``--data-dir`` on a full or read-only stick: the lock and socket live there too.
    Whatever the app then does (run, or refuse), it must not dump a traceback or claim
    that another copy is "running but not answering" when nothing runs."""
    disk = disks.small(tmp_path / "stick", "512k")
    data = disk / "deadbutt"
    old = data / "history" / "2026-10.toml"
    old.parent.mkdir(parents=True)
    old.write_text(OLD_HISTORY)
    no_welcome(data)
    break_storage(disks, disk, failure)
    app = launch(data, "-v", env=app_env())
    deadline = time.monotonic() + 15
    while app.alive() and "started; tray available" not in app.output():
        assert time.monotonic() < deadline, app.tail()
        time.sleep(0.1)
    said = app.output()
    if app.alive():
        assert app.quit() == 0, app.tail()
    else:
        assert app.proc.returncode != 0, said
        assert FAILURES[failure] in said and str(data) in said, said
    assert "Traceback" not in said, said
    assert "not answering" not in said and "already running" not in said, said
    assert old.read_text() == OLD_HISTORY
