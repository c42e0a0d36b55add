"""Corrupt, truncated, binary-garbage and huge (100 MB) history, config and state files.

The real app is started on a folder where all three are damaged the same way. It must
keep running, say clearly what it found (file and reason, in its log), move an unusable
history or state file aside byte for byte (``NAME.corrupt-<timestamp>``), leave the
user's config.toml exactly as it was, and never read a 100 MB file into memory.
"""

from __future__ import annotations

import hashlib
import os
import random
import subprocess
import tomllib
from datetime import datetime
from pathlib import Path

import pytest

from tests.drills.conftest import Launch, RealApp, month_file_name, run_cli

MB = 1024 * 1024
HUGE = 100 * MB
HISTORY_TEXT = (
    "schema = 1\n\n"
    "[[sitting]]\n"
    "start = 2026-11-24T09:02:11+01:00\n"
    "end = 2026-11-24T09:41:30+01:00\n"
    'ended_by = "break"\n'
)
CONFIG_TEXT = 'sit_limit_min = 45\nwork_days = ["mon", "tue", "wed"]\n'
STATE_TEXT = 'welcome_seen = true\nstatus_window_geometry = "AdnQywADAAAAAAAA"\n'


def damaged(kind: str, text: str, seed: int) -> bytes:
    """``text`` (a valid file) damaged in the way ``kind`` names; never valid TOML."""
    if kind == "corrupt":
        return text.replace(" = ", " = = ", 1).encode()
    if kind == "truncated":  # cut inside a value, as a crash of a naive writer leaves it
        return text.encode()[: text.rindex('"') - 3]
    if kind == "binary-garbage":
        rng = random.Random(seed)
        return b"\xff\xfe\x00" + bytes(rng.randrange(256) for _ in range(4096))
    raise AssertionError(kind)


def write_damaged(path: Path, kind: str, text: str, seed: int) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    if kind == "huge":  # a little TOML, then 100 MB of nothing (sparse: costs no disk)
        path.write_text(text)
        os.truncate(path, HUGE)
    else:
        path.write_bytes(damaged(kind, text, seed))


def digest(path: Path) -> str:
    sha = hashlib.sha256()
    with open(path, "rb") as handle:
        while chunk := handle.read(MB):
            sha.update(chunk)
    return sha.hexdigest()


def baseline_peak_rss_kb(launch: Launch, data: Path) -> int:
    """The peak memory of the app doing the same things on healthy files."""
    (data / "config.toml").parent.mkdir(parents=True, exist_ok=True)
    (data / "config.toml").write_text(CONFIG_TEXT)
    (data / "state.toml").write_text(STATE_TEXT)
    app = launch(data)
    app.wait_started()
    assert b'"ok": true' in app.send(b'{"cmd": "break"}\n')
    for command in (("pause", "1"), ("resume",)):
        assert app.cli(*command).returncode == 0
    peak = app.peak_rss_kb()
    assert app.quit() == 0
    return peak


def quarantined(folder: Path, name: str) -> list[Path]:
    return sorted(folder.glob(f"{name}.corrupt-*"))


@pytest.mark.parametrize("kind", ["corrupt", "truncated", "binary-garbage", "huge"])
def test_damaged_history_config_and_state_are_reported_set_aside_and_never_overwritten(
    kind: str, tmp_path: Path, launch: Launch
) -> None:
    data = tmp_path / "data"
    month = legacy_month_file_name()  # an older release's month file: read, never written
    history_file = data / "history" / month
    config, state = data / "config.toml", data / "state.toml"
    for seed, (path, text) in enumerate(
        [(history_file, HISTORY_TEXT), (config, CONFIG_TEXT), (state, STATE_TEXT)]
    ):
        write_damaged(path, kind, text, seed)
    before = {path: digest(path) for path in (history_file, config, state)}

    app: RealApp = launch(data)
    app.wait_started()
    app.wait_for(f"History file {history_file}", 10)  # told at start, after "started"
    app.wait_for(f"{config}: ", 10)
    log = app.log()
    # config.toml: named, with the reason; the defaults are used; the file is not touched.
    assert f"{config}: " in log and "none of its settings were used" in log, app.tail()
    # state.toml: unusable, so it was moved aside at start and the user told where to.
    assert "state.toml.corrupt-" in log and "could not be read" in log, app.tail()
    # History: the month is read at start, and the damage reported then, with the file.
    message = next(line for line in log.splitlines() if f"History file {history_file}" in line)
    assert "can't be used" in message and "nothing was changed" in message, message
    assert b'"ok": true' in app.send(b'{"cmd": "break"}\n')
    # Keeps running and answering.
    assert app.alive()
    for command in (("pause", "1"), ("resume",)):
        result = app.cli(*command)
        assert result.returncode == 0, f"{command}: {result.stderr}\n{app.tail()}"
    if kind == "huge":
        peak = app.peak_rss_kb()
        assert app.quit() == 0
        normal = baseline_peak_rss_kb(launch, tmp_path / "healthy")
        print(f"peak RSS with 100 MB files: {peak} KiB; with healthy files: {normal} KiB")
        # Reading 100 MB whole would add at least 100 MB; the limits read 8 MB at most.
        assert peak < normal + 30 * 1024, f"peak RSS {peak} KiB vs {normal} KiB on healthy files"
    else:
        assert app.quit() == 0
    assert "could not be saved" not in app.log(), app.tail()

    # Nothing was overwritten: every damaged byte survives, under its old or new name.
    moved_state = quarantined(data, "state.toml")
    assert len(moved_state) == 1, moved_state
    assert digest(history_file) == before[history_file], "an older release's file changed"
    assert quarantined(history_file.parent, month) == []
    assert digest(moved_state[0]) == before[state]
    assert digest(config) == before[config]
    # This device's own month file took the new records: the quit span and the break.
    own = [p for p in history_file.parent.glob("*.toml") if p.name != month]
    assert len(own) == 1, own
    doc = tomllib.loads(own[0].read_text(encoding="utf-8"))
    assert [row["ended_by"] for row in doc["sitting"]] == ["quit"]
    assert len(doc["break"]) == 1
    # And `check` still points at what needs the user's attention.
    check = app.cli("check")
    assert check.returncode == 1, check.stdout + check.stderr
    assert str(history_file) in check.stdout and str(config) in check.stdout, check.stdout


def legacy_month_file_name() -> str:
    now = datetime.now().astimezone()
    return f"{now.year:04d}-{now.month:02d}.toml"


@pytest.mark.parametrize("where", ["config.toml", "history/MONTH", "exercises/pipe.toml"])
def test_a_named_pipe_in_place_of_a_data_file_never_hangs_check(where: str, tmp_path: Path) -> None:
    """Beyond the issue's list: a FIFO (or any non-regular file) where a TOML file is
    expected. Opening a FIFO for reading blocks until someone writes, so `check` (and the
    app's start, which reads the same files the same way) would hang forever."""
    data = tmp_path / "data"
    path = data / where.replace("MONTH", month_file_name())
    path.parent.mkdir(parents=True)
    os.mkfifo(path)
    try:
        result = run_cli("--data-dir", str(data), "check", timeout=8)  # under 1 s normally
    except subprocess.TimeoutExpired:
        result = None
    if result is None:
        pytest.fail(f"`deadbutt-tray check` hung on the named pipe {path}", pytrace=False)
    assert result.returncode == 1, result.stdout + result.stderr
    assert str(path) in result.stdout and "Traceback" not in result.stderr
