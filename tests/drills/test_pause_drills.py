"""A pause outlives a restart: ``pause tomorrow`` means tomorrow, even after a logout.

The real program with a sitting limit of about a second: without a pause it prompts
within two seconds of starting, so a restart that forgot the pause shows at once.
"""

from __future__ import annotations

import time
import tomllib
from datetime import datetime
from pathlib import Path

import pytest

from tests.drills.conftest import Launch, RealApp, no_welcome

QUICK = ("--sit-limit", "0.02")  # 1.2 s: a prompt (or its heads-up) almost at once
WATCH_S = 4.0  # no nudge for this long: still paused (unpaused, one comes in ~1.5 s)
NUDGE_S = 15.0  # an expected nudge may take this long on a loaded machine


def nudged_within(app: RealApp, seconds: float) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if "nudge:" in app.log():
            return True
        time.sleep(0.1)
    return False


def paused_until_on_disk(data: Path) -> datetime | None:
    state = tomllib.loads((data / "state.toml").read_text())
    value = state.get("paused_until")
    assert value is None or isinstance(value, datetime), value
    return value


@pytest.mark.parametrize("pause", ["tomorrow", "60"])
def test_a_pause_is_kept_across_a_restart_and_resume_ends_it_for_good(
    tmp_path: Path, launch: Launch, pause: str
) -> None:
    data = tmp_path / "data"
    no_welcome(data)
    first = launch(data, *QUICK)
    first.wait_started()
    assert first.cli("pause", pause).returncode == 0
    first.wait_for("paused until")
    until = paused_until_on_disk(data)
    assert until is not None and until.tzinfo is not None
    assert first.quit() == 0
    # Started again (a logout, a reboot, an update): still paused, no prompt.
    second = launch(data, *QUICK)
    second.wait_started()
    second.wait_for(f"pause restored: until {until.isoformat(timespec='minutes')}", 10)
    assert not nudged_within(second, WATCH_S), second.tail()
    second.kill()  # even a hard end keeps it: it was saved when the pause began
    third = launch(data, *QUICK)
    third.wait_started()
    assert not nudged_within(third, 2.0), third.tail()
    # Resumed by hand: the pause is over, and stays over after a restart.
    assert third.cli("resume").returncode == 0
    assert nudged_within(third, NUDGE_S), third.tail()
    assert paused_until_on_disk(data) is None
    assert third.quit() == 0
    fourth = launch(data, *QUICK)
    fourth.wait_started()
    assert nudged_within(fourth, NUDGE_S), fourth.tail()
    assert fourth.quit() == 0
    print(f"pause {pause}: kept through a quit and a kill -9 ({WATCH_S:.0f} s without a nudge)")


def test_a_pause_that_ended_while_the_app_was_off_is_dropped(
    tmp_path: Path, launch: Launch
) -> None:
    data = tmp_path / "data"
    no_welcome(data)
    with open(data / "state.toml", "a") as handle:
        handle.write("paused_until = 2020-01-01T08:00:00+01:00\n")
    app = launch(data, *QUICK)
    app.wait_started()
    assert nudged_within(app, NUDGE_S), app.tail()
    assert "pause restored" not in app.log()
    assert paused_until_on_disk(data) is None
    assert app.quit() == 0
