"""FileWatch: one ``changed`` per real change, however the file was saved; and where the
system gives no watch (inotify instances used up), the file is still looked at."""

from __future__ import annotations

import logging
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QFileSystemWatcher, QObject, QTimer

from deadbutt_tray.file_watch import MISSING, POLL_MS, FileWatch, fingerprint
from deadbutt_tray.native_watch import qt_is_polling
from tests.fakes import fake_watcher, refusing_watcher, starved_watcher

QUICK_POLL_MS = 100  # the tests' own poll, for when the machine has no watch to give


def counter(watch: FileWatch) -> list[int]:
    seen: list[int] = []
    watch.changed.connect(lambda: seen.append(1))
    return seen


def running_timers(watch: FileWatch) -> list[int]:
    return [t.interval() for t in watch.findChildren(QTimer) if t.isActive()]


def assert_watched(watch: FileWatch, names: Sequence[str]) -> None:
    """Where the system gives a watch, these are in it (on a machine whose inotify
    instances are used up by others, the watch polls: see the tests at the end)."""
    assert watch.polling is not watch.watching
    if watch.watching:
        assert set(names) <= set(watch.watched())


def test_a_write_in_place_is_one_change(qtbot: Any, tmp_path: Path) -> None:
    path = tmp_path / "config.toml"
    path.write_text("volume = 1\n")
    watch = FileWatch(path, poll_ms=QUICK_POLL_MS)
    seen = counter(watch)
    # Truncate, then write: two events, one change.
    with open(path, "w") as handle:
        handle.write("volume = 20\n")
    qtbot.waitUntil(lambda: seen != [], timeout=10_000)  # a loaded machine may be slow
    qtbot.wait(600)
    assert seen == [1]
    assert_watched(watch, [str(path), str(tmp_path)])


def test_renames_over_the_file_keep_being_seen(qtbot: Any, tmp_path: Path) -> None:
    path = tmp_path / "config.toml"
    path.write_text("volume = 1\n")
    watch = FileWatch(path, poll_ms=QUICK_POLL_MS)
    seen = counter(watch)
    for number in range(2, 5):  # the watch on the first file ends with it
        temp = tmp_path / ".config.toml.tmp"
        temp.write_text(f"volume = {number}\n")
        os.replace(temp, path)
        qtbot.waitUntil(lambda n=number: len(seen) == n - 1, timeout=10_000)
    assert_watched(watch, [str(path)])


def test_a_file_that_appears_later_is_seen(qtbot: Any, tmp_path: Path) -> None:
    path = tmp_path / "config.toml"
    watch = FileWatch(path, poll_ms=QUICK_POLL_MS)
    seen = counter(watch)
    path.write_text("volume = 1\n")
    qtbot.waitUntil(lambda: seen == [1], timeout=10_000)
    path.unlink()
    qtbot.waitUntil(lambda: seen == [1, 1], timeout=10_000)
    assert fingerprint(path) == MISSING


def test_the_apps_own_write_is_not_news(qtbot: Any, tmp_path: Path) -> None:
    path = tmp_path / "config.toml"
    path.write_text("volume = 1\n")
    watch = FileWatch(path, poll_ms=QUICK_POLL_MS)
    seen = counter(watch)
    path.write_text("volume = 2\n")
    watch.mark_seen()
    qtbot.wait(600)
    assert seen == []
    assert watch.check_now() is False


def test_a_link_is_watched_at_its_target(qtbot: Any, tmp_path: Path) -> None:
    target = tmp_path / "dotfiles" / "deadbutt.toml"
    target.parent.mkdir()
    target.write_text("volume = 1\n")
    link = tmp_path / "config" / "config.toml"
    link.parent.mkdir()
    link.symlink_to(target)
    watch = FileWatch(link, poll_ms=QUICK_POLL_MS)
    seen = counter(watch)
    temp = target.with_name(".tmp")
    temp.write_text("volume = 2\n")
    os.replace(temp, target)  # the dotfile manager saved the target by rename
    qtbot.waitUntil(lambda: seen == [1], timeout=10_000)
    assert_watched(watch, [str(target.parent)])


# -- without a watch from the system --------------------------------------------------


def test_a_working_watch_runs_no_timer(qtbot: Any, tmp_path: Path) -> None:
    """Idle wake-ups (benchmarks/README.md): while the system tells of changes, nothing
    of the watch wakes the app."""
    path = tmp_path / "config.toml"
    path.write_text("volume = 1\n")
    watch = FileWatch(path, new_watcher=fake_watcher)
    assert watch.watching and not watch.polling
    assert running_timers(watch) == []
    watch.check_now()
    watch.mark_seen()
    assert running_timers(watch) == []
    assert watch.watched() == sorted([str(path), str(tmp_path)])


def test_a_refused_watch_is_logged_and_the_file_looked_at_every_few_seconds(
    qtbot: Any, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    path = tmp_path / "config.toml"
    path.write_text("volume = 1\n")
    with caplog.at_level(logging.INFO, logger="deadbutt_tray.file_watch"):
        slow = FileWatch(path, new_watcher=refusing_watcher)
        assert not slow.watching and running_timers(slow) == [POLL_MS]
        slow.close()
        assert running_timers(slow) == []
        watch = FileWatch(path, new_watcher=refusing_watcher, poll_ms=QUICK_POLL_MS)
    warnings = [r.getMessage() for r in caplog.records if r.levelno == logging.WARNING]
    assert len(warnings) == 2
    assert f"cannot watch {path} for changes (the system refused to watch" in warnings[1]
    assert "looking at it every 0.1 s instead" in warnings[1]
    seen = counter(watch)
    # In place, the same size: a stat sees the new modification time.
    with open(path, "w") as handle:
        handle.write("volume = 2\n")
    qtbot.waitUntil(lambda: seen == [1], timeout=10_000)
    os.replace(tmp_path / "config.toml", tmp_path / "old.toml")  # moved away, then back
    qtbot.waitUntil(lambda: seen == [1, 1], timeout=10_000)
    (tmp_path / "new.toml").write_text("volume = 3\n")
    os.replace(tmp_path / "new.toml", path)
    qtbot.waitUntil(lambda: seen == [1, 1, 1], timeout=10_000)
    assert sum("cannot watch" in r.getMessage() for r in caplog.records) == 2  # said once each


def test_when_the_watch_comes_back_the_looking_stops(
    qtbot: Any, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    path = tmp_path / "config.toml"
    path.write_text("volume = 1\n")
    made: list[Any] = []

    def make(parent: QObject | None) -> QFileSystemWatcher:
        made.append(fake_watcher(parent, refuse=True))
        return made[-1]

    with caplog.at_level(logging.INFO, logger="deadbutt_tray.file_watch"):
        watch = FileWatch(path, new_watcher=make, poll_ms=50)
        seen = counter(watch)
        qtbot.wait(200)  # each look asks again
        assert watch.polling and not watch.watching
        path.write_text("volume = 22\n")
        qtbot.waitUntil(lambda: seen == [1], timeout=5000)
        for watcher in made:
            watcher.refuse = False  # the system has room again
        qtbot.waitUntil(lambda: watch.watching, timeout=5000)
    assert not watch.polling and running_timers(watch) == []
    assert watch.watched() == sorted([str(path), str(tmp_path)])
    assert len(made) == 1  # a watcher the system refused a path is asked again, not replaced
    assert f"watching {path} for changes again" in caplog.text


@pytest.mark.skipif(sys.platform != "linux", reason="inotify and RLIMIT_NOFILE: Linux")
def test_qt_polling_for_want_of_inotify_is_noticed_and_replaced(
    qtbot: Any, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    """The real case: Qt gets no inotify instance and quietly polls every second (and
    misses a same-size write within one clock tick). FileWatch notices, drops that
    watcher and looks at the file itself."""
    path = tmp_path / "config.toml"
    path.write_text("volume = 1\n")
    plain = starved_watcher()
    plain.addPath(str(path))
    assert qt_is_polling(plain)  # Qt's fallback, as FileWatch recognises it
    with caplog.at_level(logging.WARNING, logger="deadbutt_tray.file_watch"):
        watch = FileWatch(path, new_watcher=starved_watcher, poll_ms=QUICK_POLL_MS)
    assert not watch.watching and watch.polling
    assert watch.watched() == []  # no Qt poller left running under it
    assert "inotify instances used up" in caplog.text
    seen = counter(watch)
    with open(path, "w") as handle:
        handle.write("volume = 30\n")
    qtbot.waitUntil(lambda: seen == [1], timeout=10_000)
    watch.close()
    assert running_timers(watch) == [] and watch.watched() == []


def test_a_watch_on_a_machine_with_inotify_to_spare_is_not_polled(tmp_path: Path) -> None:
    """Qt's own engine, where the machine has one to give (else the watch polls: fine,
    but then this check says nothing)."""
    watch = FileWatch(tmp_path / "config.toml")
    watcher = watch._watcher
    if watcher is not None and not qt_is_polling(watcher):
        assert watch.watching and not watch.polling and running_timers(watch) == []
    else:
        assert watch.polling and not watch.watching
    watch.close()
