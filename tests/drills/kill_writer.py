"""Helper process for the kill drill: forks history writers and SIGKILLs them, again and again.

Usage: ``python kill_writer.py ROOT SEED KILLS MAX_DELAY_S PER_FOLDER``

Forking from one process that has already imported the history code makes a kill cost a
few milliseconds instead of a Python start-up, so hundreds of kills fit in seconds. For
each kill ``k`` the helper forks a child that appends records numbered ``k * 1000 + i``
(all four record types, three months, seven UTC offsets; some calls save two records in
two months) to ``ROOT/folder-NNN`` and reports ``saved N`` through a pipe after every
append that returned True. The parent kills the child with SIGKILL after a random delay,
reaps it, prints one JSON line ``{"kill": k, "folder": ..., "saved": [...]}`` and waits
for the drill to check the folder and answer ``next`` on stdin.

A new folder starts every PER_FOLDER kills (so checking stays fast); it is seeded with a
table and a key from a "newer version", which every write must keep.
"""

from __future__ import annotations

import json
import os
import random
import signal
import sys
import time
import traceback
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

from deadbutt_tray.core.model.records import (
    BalanceTestRecord,
    BreakRecord,
    EndedBy,
    ExerciseDone,
    Eyes,
    Outcome,
    PainArea,
    PainRecord,
    Record,
    SittingSpan,
)
from deadbutt_tray.core.storage.history import HistoryStore
from tests.fakes import TEST_DEVICE

MONTHS = ((2026, 9), (2026, 10), (2026, 11))
PER_KILL = 1000  # numbers reserved for one child: far more than it can append in time
SEED_TEXT = (
    "schema = 1\n"
    'future_key = "kept from a newer version"\n\n'
    "[[future_table]]\n"
    'note = "a newer release wrote this"\n'
    "weights = [1, 2, 3]\n"
)


def moment_for(number: int) -> datetime:
    """A unique moment for record ``number``, in its month, in one of seven offsets."""
    year, month = MONTHS[number % len(MONTHS)]
    offset = timezone(timedelta(hours=number % 7 - 3))
    return (datetime(year, month, 2, tzinfo=UTC) + timedelta(seconds=number)).astimezone(offset)


def record_for(number: int) -> Record:
    at = moment_for(number)
    kind = number % 4
    if kind == 0:
        done = (ExerciseDone("standing-glute-squeeze", 1, 10, 0, True),)
        return BreakRecord(
            at, Outcome.COMPLETED, number % 5000, "desk-micro-1a", 95, (done[0].id,), done
        )
    if kind == 1:
        return SittingSpan(at - timedelta(seconds=1800), at, EndedBy.AWAY)
    if kind == 2:
        return PainRecord(at, "standing-kickback", PainArea.KNEE, number % 11)
    return BalanceTestRecord(at, 12.5, 9.0, Eyes.OPEN)


def child(folder: Path, first: int, out: int) -> None:
    """Append until killed; ``saved N`` on ``out`` after each append that returned True."""
    store = HistoryStore(folder, device=TEST_DEVICE)
    number = first
    while True:
        batch = [number, number + 1] if number % 5 == 0 else [number]
        if len(batch) == 2:
            ok = store.append_many(record_for(n) for n in batch)
        else:
            ok = store.append(record_for(number))
        if ok:
            os.write(out, "".join(f"saved {n}\n" for n in batch).encode())
        number += len(batch)


def main(argv: list[str]) -> int:
    root, seed, kills = Path(argv[1]), int(argv[2]), int(argv[3])
    max_delay, per_folder = float(argv[4]), int(argv[5])
    rng = random.Random(seed)
    for kill in range(kills):
        folder = root / f"folder-{kill // per_folder:03d}"
        if kill % per_folder == 0:
            folder.mkdir(parents=True)
            for year, month in MONTHS:
                name = f"{year:04d}-{month:02d}.{TEST_DEVICE}.toml"
                (folder / name).write_text(SEED_TEXT)
        read_end, write_end = os.pipe()
        pid = os.fork()
        if pid == 0:  # the child never returns: it is killed
            os.close(read_end)
            try:
                child(folder, kill * PER_KILL, write_end)
            except BaseException:
                traceback.print_exc()
            finally:
                os._exit(1)
        os.close(write_end)
        delay = rng.uniform(0, max_delay)
        time.sleep(delay)
        os.kill(pid, signal.SIGKILL)
        _pid, status = os.waitpid(pid, 0)
        chunks = []
        while chunk := os.read(read_end, 65536):
            chunks.append(chunk)
        os.close(read_end)
        saved = [int(line.split()[1]) for line in b"".join(chunks).decode().splitlines()]
        report = {
            "kill": kill,
            "folder": str(folder),
            "saved": saved,
            "delay_ms": round(delay * 1000, 1),
            "killed": os.WIFSIGNALED(status) and os.WTERMSIG(status) == signal.SIGKILL,
        }
        print(json.dumps(report), flush=True)
        if sys.stdin.readline().strip() != "next":
            break
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
