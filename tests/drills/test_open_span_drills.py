"""A hard end (kill -9, a power cut, the X server gone at logout) loses at most a minute.

The open sitting span is checkpointed in the state file once a minute (and whenever a
span ends) and recorded at the next start. Two drills:

* The real app (``python -m deadbutt_tray``) sits for over a minute and is killed with
  SIGKILL; the next start records the span; what is missing is at most a minute.
* The real ``TrayApp`` on a fake clock, "killed" at many moments of a sitting day (it
  simply stops: nothing more is written), restarted on the same folder each time: the
  loss is measured every time, and nothing is recorded twice.
"""

from __future__ import annotations

import random
import time
import tomllib
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

import pytest

from deadbutt_tray.app import CHECKPOINT_EVERY_TICKS
from tests.drills.conftest import (
    BERLIN,
    TICK_S,
    InProcessApp,
    Launch,
    history_rows,
    no_welcome,
)

pytestmark = pytest.mark.slow

CHECKPOINT_S = 60  # the promise: at most this much sitting lost
RUN_S = 75.0  # the real app runs this long before the kill: one checkpoint at least


def sitting_s(history: Path) -> float:
    return sum((r["end"] - r["start"]).total_seconds() for r in history_rows(history, "sitting"))


def test_kill_9_of_the_real_app_loses_at_most_a_minute(tmp_path: Path, launch: Launch) -> None:
    data = tmp_path / "data"
    no_welcome(data)
    app = launch(data)
    app.wait_started()
    began = time.monotonic()
    time.sleep(RUN_S)
    state = tomllib.loads((data / "state.toml").read_text("utf-8"))
    assert "open_span" in state, "no checkpoint after a minute and more"
    app.kill()
    sat = time.monotonic() - began
    assert history_rows(data / "history", "sitting") == [], "nothing is saved before a kill"
    again = launch(data)
    again.wait_started()
    again.wait_for("recorded the sitting span open at the last hard end", 10)
    assert again.quit() == 0
    rows = history_rows(data / "history", "sitting")
    recovered = (rows[0]["end"] - rows[0]["start"]).total_seconds()
    print(f"real app killed after {sat:.0f} s of sitting: {recovered:.0f} s recovered")
    assert [r["ended_by"] for r in rows] == ["quit", "quit"], rows
    assert sat - CHECKPOINT_S - 2 <= recovered <= sat + 2
    assert "open_span" not in tomllib.loads((data / "state.toml").read_text("utf-8"))


def hard_end(running: InProcessApp) -> None:
    """Stop as kill -9 would: nothing more is written, the lock goes with the process."""
    app = running.app
    app._quitting = True  # its teardown quit() does nothing now
    if app.scheduler.running:
        app.scheduler.shutdown(wait=False)
    app.instance.release()


def test_hard_ends_at_any_moment_lose_at_most_a_minute_and_record_nothing_twice(
    make_tray_app: Callable[..., InProcessApp], tmp_path: Path
) -> None:
    seed = random.SystemRandom().randrange(2**32)
    print(f"drill seed: {seed}")
    rng = random.Random(seed)
    data = tmp_path / "data"
    no_welcome(data)
    history = data / "history"
    moment = datetime(2026, 11, 24, 8, tzinfo=BERLIN)
    sat_total = 0.0
    losses: list[float] = []
    previous_sat: float | None = None
    for _run in range(12):
        running = make_tray_app(data, moment)
        app = running.app
        before = sitting_s(history)
        app.start()  # records what the last run checkpointed
        if previous_sat is not None:
            losses.append(previous_sat - (sitting_s(history) - before))
        assert app.scheduler.get_job("checkpoint") is None  # the tick does it: no timer
        assert CHECKPOINT_EVERY_TICKS * TICK_S == CHECKPOINT_S
        ticks = rng.randrange(1, 40)  # up to 6.5 minutes of sitting, then the end
        for _tick in range(ticks):
            running.clock.advance(TICK_S)
            app.tick()  # every sixth one keeps the open span in state.toml
        previous_sat = ticks * TICK_S
        sat_total += previous_sat
        moment = running.clock.now()
        hard_end(running)
    last = make_tray_app(data, moment)
    before = sitting_s(history)
    last.app.start()
    assert previous_sat is not None
    losses.append(previous_sat - (sitting_s(history) - before))
    last.app.quit()
    print(
        f"12 hard ends after {sat_total / 60:.0f} min of sitting: lost "
        f"{min(losses):.0f} to {max(losses):.0f} s each, {sum(losses):.0f} s in all"
    )
    assert max(losses) <= CHECKPOINT_S, losses
    starts = [r["start"] for r in history_rows(history, "sitting")]
    assert len(starts) == len(set(starts)), "a span was recorded twice"
