"""Two copies and two devices writing one history folder: no record lost, none twice.

People share a history folder two ways: two copies of the app on one machine (a shared
home, or ``--data-dir`` pointing at the default folder), and two machines whose folders
a sync tool (Syncthing, Nextcloud, Dropbox) keeps alike. Each drill runs real writer
processes (``history_peer.py``: ``HistoryStore`` as the app saves with it) for a while,
as fast as they can, then counts every record on disk by its number.

* One folder: two copies of device A and one of device B append to the same folder.
* Two synced folders: device A writes folder A, device B folder B, and a sync tool
  copies changed files across every few milliseconds, newest file winning, the loser
  kept as a conflict copy, as Syncthing does.

``DEADBUTT_SHARING_S`` sets how long each drill writes (default 60 s: two minutes in all).
The figures are printed.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import threading
import time
import tomllib
from collections import Counter
from pathlib import Path

import pytest

from deadbutt_tray.core.model.records import RECORD_TYPES, parse_record
from deadbutt_tray.core.storage.history import MONTH_FILE
from tests.drills.conftest import app_env

pytestmark = pytest.mark.slow

PEER = Path(__file__).with_name("history_peer.py")
SECONDS = float(os.environ.get("DEADBUTT_SHARING_S") or 60)
SHARD_BYTES = 256 * 1024  # small, so writers roll over to new shards while they race
DEVICE_A, DEVICE_B = "work-pc-a1a1a1", "home-pc-b2b2b2"
SPACING = 10_000_000  # record numbers of one peer: FIRST .. FIRST + SPACING - 1


def start_peer(folder: Path, device: str, index: int) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, str(PEER), str(folder), device, str(index * SPACING), str(SECONDS),
         str(SHARD_BYTES)],
        env=app_env(), stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )  # fmt: skip


def finish(peers: list[subprocess.Popen[str]]) -> list[dict[str, int]]:
    reports = []
    for peer in peers:
        out, err = peer.communicate(timeout=SECONDS + 120)
        assert peer.returncode == 0, err[-3000:]
        reports.append(json.loads(out.strip().splitlines()[-1]))
    return reports


def numbers_on_disk(folder: Path) -> tuple[Counter[int], list[str]]:
    """Every break record's number in every file the app reads, and files it doesn't."""
    found: Counter[int] = Counter()
    ignored: list[str] = []
    for path in sorted(folder.iterdir()):
        if not MONTH_FILE.match(path.name):
            ignored.append(path.name)
            continue
        doc = tomllib.loads(path.read_text(encoding="utf-8"))
        for table in RECORD_TYPES:
            for index, entry in enumerate(doc.get(table, [])):
                record, bad = parse_record(table, entry, path.name, index)
                assert record is not None, bad
                found[entry["sat_for_s"]] += 1
    return found, ignored


def tally(reports: list[dict[str, int]], found: Counter[int]) -> tuple[int, int, int]:
    """(reported saved, lost, written twice)."""
    saved = {n for r in reports for n in range(r["first"], r["first"] + r["count"])}
    lost = len(saved - set(found))
    twice = sum(1 for count in found.values() if count > 1)
    return len(saved), lost, twice


def test_two_copies_and_two_devices_writing_one_folder_lose_nothing(tmp_path: Path) -> None:
    folder = tmp_path / "history"
    folder.mkdir()
    began = time.monotonic()
    peers = [
        start_peer(folder, DEVICE_A, 1),  # two copies of one device on one machine
        start_peer(folder, DEVICE_A, 2),
        start_peer(folder, DEVICE_B, 3),  # another device, same folder
    ]
    reports = finish(peers)
    found, ignored = numbers_on_disk(folder)
    saved, lost, twice = tally(reports, found)
    files = sorted(p.name for p in folder.iterdir())
    print(
        f"one folder, 3 writers for {time.monotonic() - began:.0f} s: {saved} records reported "
        f"saved, {sum(found.values())} on disk, {lost} lost, {twice} written twice; "
        f"{len(files)} files ({sum(1 for f in files if f.count('.') == 3)} shards); "
        f"held at the end: {sum(r['pending'] for r in reports)}"
    )
    assert all(r["pending"] == 0 for r in reports), reports
    assert saved > 1000, "the writers saved too little to test anything"
    assert (lost, twice) == (0, 0)
    assert ignored == [], f"files the app would not read: {ignored}"


class SyncTool:
    """Keeps two folders alike, as Syncthing does: a changed file is copied to the other
    side (temporary file, then rename); when both sides changed a file since the last
    sync, the newer one wins and the other is kept as a conflict copy."""

    def __init__(self, left: Path, right: Path) -> None:
        self.sides = (left, right)
        self.known: dict[str, tuple[int, int]] = {}  # name -> (mtime_ns, size) last synced
        self.copies = self.conflicts = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def start(self) -> None:
        self._thread.start()

    def stop(self) -> None:
        self._stop.set()
        self._thread.join(30)
        self.sync_once()  # the last changes reach the other side too

    def _run(self) -> None:
        while not self._stop.is_set():
            self.sync_once()
            time.sleep(0.02)

    def sync_once(self) -> None:
        left, right = self.sides
        names = {p.name for side in self.sides for p in side.iterdir() if p.suffix == ".toml"}
        for name in sorted(names):
            a, b = left / name, right / name
            state_a, state_b = _state(a), _state(b)
            if state_a == state_b:
                continue
            last = self.known.get(name)
            changed_a, changed_b = state_a != last, state_b != last
            copied: tuple[int, int] | None = None
            if changed_a and changed_b and state_a is not None and state_b is not None:
                self.conflicts += 1
                newer, older = (a, b) if state_a[0] >= state_b[0] else (b, a)
                keep = older.with_name(f"{older.stem}.sync-conflict-{self.conflicts}.toml")
                shutil.copyfile(older, keep)
                copied = self._copy(newer, older)
            elif changed_a and state_a is not None:
                copied = self._copy(a, b)
            elif changed_b and state_b is not None:
                copied = self._copy(b, a)
            if copied is not None:
                self.known[name] = copied

    def _copy(self, source: Path, target: Path) -> tuple[int, int] | None:
        """Copy a file that holds still while it is read; its state, or None to retry."""
        before = _state(source)
        temp = target.with_name(f".syncthing.{target.name}.tmp")
        try:
            shutil.copyfile(source, temp)
        except FileNotFoundError:
            return None
        if before is None or _state(source) != before:  # written meanwhile: next round
            temp.unlink()
            return None
        os.utime(temp, ns=(before[0], before[0]))  # same mtime on both sides
        os.replace(temp, target)
        self.copies += 1
        return before


def _state(path: Path) -> tuple[int, int] | None:
    try:
        info = path.stat()
    except FileNotFoundError:
        return None
    return (info.st_mtime_ns, info.st_size)


def test_two_devices_in_a_synced_folder_lose_nothing(tmp_path: Path) -> None:
    work, home = tmp_path / "work" / "history", tmp_path / "home" / "history"
    work.mkdir(parents=True)
    home.mkdir(parents=True)
    sync = SyncTool(work, home)
    sync.start()
    began = time.monotonic()
    peers = [start_peer(work, DEVICE_A, 1), start_peer(home, DEVICE_B, 2)]
    try:
        reports = finish(peers)
    finally:
        sync.stop()
    figures = []
    for side in (work, home):
        found, ignored = numbers_on_disk(side)
        saved, lost, twice = tally(reports, found)
        figures.append((side.parent.name, saved, sum(found.values()), lost, twice, ignored))
    print(
        f"two devices, synced folders, {time.monotonic() - began:.0f} s, {sync.copies} copies, "
        f"{sync.conflicts} conflicts: "
        + "; ".join(
            f"{name}: {saved} saved, {held} on disk, {lost} lost, {twice} twice, "
            f"{len(ignored)} unread files"
            for name, saved, held, lost, twice, ignored in figures
        )
    )
    assert all(r["pending"] == 0 for r in reports), reports
    assert figures[0][1] > 1000, "the writers saved too little to test anything"
    for name, _saved, _held, lost, twice, ignored in figures:
        assert (lost, twice) == (0, 0), name
        assert ignored == [], f"{name}: files the app would not read: {ignored}"
    assert sync.conflicts == 0
