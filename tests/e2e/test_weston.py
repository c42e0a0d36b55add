"""On weston 10 (Debian 12's), a second Wayland compositor besides sway: the real app
says once that it has no idle detection here, prompts on time, and quits saving the span.

weston offers no idle protocol (no ``ext_idle_notifier_v1``, no KDE idle), no tray and,
here, no session bus: the app tells that idle detection is unavailable in its status
window, once. weston runs headless as this user (``tests/e2e/wayland.py``); it has no
IPC to list windows, so its protocol log says which windows the app opened and that
they got onto the output. The app logs each notice and where it went (``Shell.notify``).
No screenshots: weston-screenshooter hangs on the headless backend.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from deadbutt_tray.app import TICK_S
from tests.e2e.conftest import seen_data_folder, wait_for
from tests.e2e.wayland import Weston, running_weston, sitting_spans, wayland_client_env
from tests.processes import stop

pytestmark = pytest.mark.e2e

STATUS_TITLE = "deadbutt-tray"
PROMPT_TITLE = "Break reminder — deadbutt-tray"
IDLE_PROTOCOLS = {"ext_idle_notifier_v1", "org_kde_kwin_idle"}
IDLE_NOTICE = "Idle detection is unavailable on this desktop"
LIMIT_S = 6  # --sit-limit 0.1


@pytest.fixture
def weston() -> Iterator[Weston]:
    with running_weston() as running:
        yield running


def cli(env: dict[str, str], data: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "deadbutt_tray", "--data-dir", str(data), *args],
        env=env, capture_output=True, text=True, timeout=60,
    )  # fmt: skip


def test_on_weston_the_app_says_once_it_has_no_idle_detection_prompts_and_quits(
    weston: Weston, tmp_path: Path
) -> None:
    runtime = tmp_path / "runtime"
    runtime.mkdir(mode=0o700)
    env = wayland_client_env(weston.wayland, runtime)
    data = seen_data_folder(tmp_path / "data")
    log_file = data / "logs" / "deadbutt-tray.log"

    def log() -> str:
        return log_file.read_text() if log_file.exists() else ""

    started = time.monotonic()
    proc = subprocess.Popen(
        [sys.executable, "-m", "deadbutt_tray", "--data-dir", str(data), "--sit-limit", "0.1"],
        env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
    )  # fmt: skip
    try:
        # No tray on weston: the status window opens, and it is where notices go.
        wait_for(lambda: STATUS_TITLE in weston.shown_windows(), 30, "the status window")
        offered = weston.globals_offered()
        assert "xdg_wm_base" in offered and not offered & IDLE_PROTOCOLS, offered
        wait_for(lambda: IDLE_NOTICE in log(), 10, "the no-idle-detection notice")

        wait_for(lambda: PROMPT_TITLE in weston.shown_windows(), 30, "the break prompt")
        shown_after = time.monotonic() - started
        assert LIMIT_S <= shown_after <= LIMIT_S + 15, shown_after  # 6 s, and start-up
        sat = re.search(r"nudge: prompt after (\d+) s sitting", log())
        assert sat and LIMIT_S <= int(sat.group(1)) <= LIMIT_S + 2, log()
        status = cli(env, data, "status", "--json")
        assert status.returncode == 0, status.stderr
        assert json.loads(status.stdout)["class"] == "due", status.stdout

        # Past the first tick after the start: a notice said again on a tick would be there.
        time.sleep(max(0.0, TICK_S + 2 - (time.monotonic() - started)))
        notices = [line for line in log().splitlines() if "notice (" in line]
        told = [line for line in notices if IDLE_NOTICE in line]
        assert len(told) == 1, notices
        assert f"notice (problem) by status window: {IDLE_NOTICE}" in told[0], told
        assert weston.shown_windows().count(PROMPT_TITLE) == 1  # one prompt, not more

        quit_ = cli(env, data, "quit")
        assert quit_.returncode == 0, quit_.stderr
        assert proc.wait(20) == 0, proc.stderr.read() if proc.stderr else ""
        spans = sitting_spans(data)
        assert spans and spans[-1]["ended_by"] == "quit", spans
    finally:
        stop(proc, 10)
