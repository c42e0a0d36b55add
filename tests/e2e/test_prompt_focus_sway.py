"""On sway (Wayland), the break prompt appears without taking the keyboard from the window
the user is typing in.

sway 1.7 focuses every new window, whatever the client asks; the app asks sway itself,
over its IPC socket, not to focus the prompt (``platform/sway.py``). Here a real sway
runs headless (``WLR_BACKENDS=headless``, no input devices, the pixman renderer). sway
refuses to run as root, so it runs as uid 65534 with its own runtime folder, which needs
root (CI runs as root); the app and a "typing" window run as this user and reach sway's
Wayland socket by its full path. ``swaymsg -t get_tree`` says which window has focus.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.e2e.conftest import require_tool, wait_for

pytestmark = pytest.mark.e2e

OTHER_UID = 65534  # nobody
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


@dataclass
class Sway:
    wayland: Path  # the Wayland socket, by its full path
    ipc: Path  # sway's IPC socket

    def tree(self) -> dict:
        out = subprocess.run(
            ["swaymsg", "-s", str(self.ipc), "-t", "get_tree"],
            capture_output=True, text=True, timeout=10, check=True,
        ).stdout  # fmt: skip
        return json.loads(out)

    def windows(self) -> dict[str, bool]:
        """Each window's title and whether it has the keyboard focus."""
        found: dict[str, bool] = {}

        def walk(node: dict) -> None:
            if node.get("type") in {"con", "floating_con"} and node.get("name"):
                found[node["name"]] = bool(node.get("focused"))
            for child in node.get("nodes", []) + node.get("floating_nodes", []):
                walk(child)

        walk(self.tree())
        return found


@pytest.fixture
def sway() -> Iterator[Sway]:
    require_tool("sway", "sway")
    require_tool("swaymsg", "sway")
    if os.geteuid() != 0:
        pytest.skip("sway refuses root and this test runs it as uid 65534: that needs root")
    base = Path(tempfile.mkdtemp(prefix="deadbutt-sway-", dir="/tmp"))
    base.chmod(0o755)
    runtime = base / "run"
    runtime.mkdir(mode=0o700)
    os.chown(runtime, OTHER_UID, OTHER_UID)
    config = base / "config"
    config.write_text("output * resolution 1280x800\n")  # no bar: nothing else on screen
    log = (base / "sway.log").open("wb")
    proc = subprocess.Popen(
        ["sway", "--config", str(config)],
        user=OTHER_UID, group=OTHER_UID, extra_groups=[], cwd="/",
        env={"PATH": "/usr/bin:/bin", "HOME": str(base), "XDG_RUNTIME_DIR": str(runtime),
             "WLR_BACKENDS": "headless", "WLR_LIBINPUT_NO_DEVICES": "1",
             "WLR_RENDERER": "pixman", "LANG": "C.UTF-8"},
        stdout=log, stderr=subprocess.STDOUT,
    )  # fmt: skip
    try:

        def sockets() -> Sway | None:
            if proc.poll() is not None:
                raise AssertionError(f"sway ended: {(base / 'sway.log').read_text()[-2000:]}")
            ipc = sorted(runtime.glob("sway-ipc.*.sock"))
            waylands = [p for p in runtime.glob("wayland-*") if not p.name.endswith(".lock")]
            return Sway(waylands[0], ipc[0]) if ipc and waylands else None

        yield wait_for(sockets, 20, "sway's sockets")  # type: ignore[misc]
    finally:
        proc.terminate()
        try:
            proc.wait(10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
        log.close()
        shutil.rmtree(base, ignore_errors=True)


def client_env(sway: Sway, tmp_path: Path) -> dict[str, str]:
    runtime = tmp_path / "runtime"
    runtime.mkdir(mode=0o700, exist_ok=True)
    env = {k: v for k, v in os.environ.items() if k not in {"DISPLAY", "DEADBUTT_TRAY_HOME"}}
    env.pop("DBUS_SESSION_BUS_ADDRESS", None)
    env.update(
        QT_QPA_PLATFORM="wayland", WAYLAND_DISPLAY=str(sway.wayland), SWAYSOCK=str(sway.ipc),
        XDG_RUNTIME_DIR=str(runtime), XDG_SESSION_TYPE="wayland", LANG="C.UTF-8",
    )  # fmt: skip
    return env


def test_the_prompt_leaves_the_focus_where_the_user_types(sway: Sway, tmp_path: Path) -> None:
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
        log = (data / "logs" / "deadbutt-tray.log").read_text()
        assert f"sway: asked not to focus {PROMPT_TITLE!r}" in log
    finally:
        for proc in reversed(started):
            proc.terminate()
            try:
                proc.wait(20)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()
