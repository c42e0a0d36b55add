"""On sway (Wayland), the break prompt appears floating, at its own size, without taking
the keyboard from the window the user is typing in.

sway 1.7 focuses and tiles every new window, whatever the client asks; the app asks sway
itself, over its IPC socket, to float the prompt and not to focus it
(``platform/sway.py``). Here a real sway runs headless (``tests/e2e/wayland.py``: as uid
65534, since sway refuses root); the app and a "typing" window run as this user and reach
sway's Wayland socket by its full path. ``swaymsg -t get_tree`` says which window has
focus and which one floats.
"""

from __future__ import annotations

import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.e2e.conftest import wait_for
from tests.e2e.wayland import Sway, running_sway, wayland_client_env

pytestmark = pytest.mark.e2e

PROMPT_TITLE = "Break reminder — deadbutt-tray"
TYPING_TITLE = "typing-here"
TYPING_WINDOW = f"""
from PySide6.QtWidgets import QApplication, QLineEdit
app = QApplication([])
edit = QLineEdit()
edit.setWindowTitle({TYPING_TITLE!r})
edit.show()
app.exec()
"""


@pytest.fixture
def sway() -> Iterator[Sway]:
    with running_sway("") as running:  # no bar: nothing else on screen
        yield running


def client_env(sway: Sway, tmp_path: Path) -> dict[str, str]:
    runtime = tmp_path / "runtime"
    runtime.mkdir(mode=0o700, exist_ok=True)
    return wayland_client_env(sway.wayland, runtime, SWAYSOCK=str(sway.ipc))


def test_the_prompt_floats_and_leaves_the_focus_where_the_user_types(
    sway: Sway, tmp_path: Path
) -> None:
    env = client_env(sway, tmp_path)
    data = tmp_path / "data"
    data.mkdir()
    (data / "state.toml").write_text("welcome_seen = true\nno_tray_hint_seen = true\n")
    started: list[subprocess.Popen[bytes]] = []
    try:
        started.append(
            subprocess.Popen(
                # A 6 s limit: the prompt comes a few seconds after the typing starts.
                [
                    sys.executable,
                    "-m",
                    "deadbutt_tray",
                    "--data-dir",
                    str(data),
                    "--sit-limit",
                    "0.1",
                ],
                env=env,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
            )
        )
        # No tray on this sway: the status window opens (and takes the focus: it is new).
        wait_for(lambda: "deadbutt-tray" in sway.windows(), 30, "the status window")
        started.append(
            subprocess.Popen(
                [sys.executable, "-c", TYPING_WINDOW],
                env=env,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
            )
        )
        wait_for(lambda: sway.windows().get(TYPING_TITLE), 20, "the typing window focused")
        wait_for(lambda: PROMPT_TITLE in sway.windows(), 40, "the break prompt")
        for _ in range(4):  # and it stays so
            windows = sway.windows()
            assert windows[TYPING_TITLE] and not windows[PROMPT_TITLE], windows
            time.sleep(0.5)
        nodes = sway.nodes()
        prompt, typing = nodes[PROMPT_TITLE], nodes[TYPING_TITLE]
        assert prompt["floating"] and prompt["type"] == "floating_con", prompt
        assert not typing["floating"], typing  # the rule is for the prompt alone
        # Its own size, not a tile's (half of the 1280x800 output, here 640 wide).
        output = sway.message("get_outputs")[0]["rect"]  # type: ignore[index]
        assert prompt["rect"]["width"] < output["width"] // 2, prompt["rect"]
        log = (data / "logs" / "deadbutt-tray.log").read_text()
        assert f"sway: asked to float {PROMPT_TITLE!r} without focus" in log
    finally:
        for proc in reversed(started):
            proc.terminate()
            try:
                proc.wait(20)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()
