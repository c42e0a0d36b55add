"""A data folder that can't be written: the user is told at once, and nothing is lost at quit.

The data folder is a real tmpfs remounted read-only (root is not stopped by file modes).
The app must run on it, say so right away (not only when a record fails), and at quit
put what it holds in a rescue file elsewhere (the cache folder) that the next start, on
a writable folder again, adds to the history.
"""

from __future__ import annotations

import time
import tomllib
from pathlib import Path

from tests.drills.conftest import Disks, Launch, app_env, history_rows, no_welcome


def test_a_read_only_data_folder_is_told_at_once_and_held_records_are_rescued(
    disks: Disks, launch: Launch, tmp_path: Path
) -> None:
    disk = disks.small(tmp_path / "stick", "1m")
    data = disk / "deadbutt"
    no_welcome(data)
    (data / "history").mkdir()
    disks.read_only(disk)
    cache = tmp_path / "cache"
    env = app_env(XDG_CACHE_HOME=str(cache))
    # -v: the log folder is on the read-only stick too; its lines go to stderr as well.
    app = launch(data, "-v", "--sit-limit", "0.05", env=env)
    started = time.monotonic()
    app.wait_for("Can't save to the data folder", timeout=20, in_output=True)
    told_s = time.monotonic() - started
    assert "Read-only file system" in app.output()
    app.wait_for("nudge:", timeout=20, in_output=True)  # it runs and prompts as usual
    assert app.cli("pause", "5").returncode == 0  # and answers
    assert app.quit() == 0, app.tail()
    said = app.output()
    assert "history records could not be saved" in said and "kept in" in said, said[-2000:]
    [rescue] = list((cache / "deadbutt-tray").glob("rescue-*.toml"))
    rescued = tomllib.loads(rescue.read_text())
    assert [s["ended_by"] for s in rescued["sitting"]] == ["quit"], rescued
    # The stick works again: the next start adds the rescued records, once.
    disks.writable(disk)
    for _start in range(2):
        again = launch(data, env=env)
        again.wait_started()
        assert again.quit() == 0, again.tail()
    assert not rescue.exists()
    spans = history_rows(data / "history", "sitting")
    assert spans.count(rescued["sitting"][0]) == 1, spans  # added, and only once
    print(
        f"read-only data folder told after {told_s:.1f} s; "
        f"{len(rescued.get('sitting', [])) + len(rescued.get('break', []))} records rescued "
        f"to {rescue.parent}, added at the next start, once"
    )
