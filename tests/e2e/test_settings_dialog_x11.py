"""The Settings dialog on a real X server, driven by real key presses (xdotool).

A child process shows the dialog with the real XDG autostart adapter pointed at a
temporary folder; the test types at it like a person would and checks what happened on
disk and what the dialog applied.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.e2e.conftest import display_env, require_tool
from tests.processes import stop

pytestmark = pytest.mark.e2e

CHILD = textwrap.dedent(
    """
    import json, sys
    from pathlib import Path
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication
    from deadbutt_tray.core.model.settings import Settings
    from deadbutt_tray.platform.autostart.xdg import XdgAutostart
    from deadbutt_tray.ui.settings_dialog import SettingsDialog

    folder, shots = Path(sys.argv[1]), sys.argv[2]
    app = QApplication(["deadbutt-tray"])
    autostart = XdgAutostart(folder / "autostart", ["/usr/bin/deadbutt-tray"])
    dialog = SettingsDialog(
        Settings(), idle_in_use="X11 XScreenSaver", idle_notes=["x11: picked"],
        autostart=autostart,
    )

    def say(*parts):
        print(*parts, flush=True)

    def changed(s):
        say("CHANGED", json.dumps({"snooze_min": s.snooze_min}))

    dialog.settings_changed.connect(changed)
    dialog.finished.connect(lambda _r: (say("CLOSED"), app.quit()))
    dialog.show()

    def ready():
        if shots:
            dialog.grab().save(shots)
        say("READY", int(dialog.winId()))

    QTimer.singleShot(300, ready)
    QTimer.singleShot(60000, app.quit)  # never outlive a stuck test
    sys.exit(app.exec())
    """
)


class Child:
    """The dialog process and the lines it has printed so far."""

    def __init__(self, proc: subprocess.Popen[str]) -> None:
        self.proc = proc
        self.lines: list[str] = []

    def wait_line(self, prefix: str, timeout: float = 20.0) -> str:
        assert self.proc.stdout is not None
        os.set_blocking(self.proc.stdout.fileno(), False)
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            for line in self.lines:
                if line.startswith(prefix):
                    return line
            chunk = self.proc.stdout.readline()
            if chunk:
                self.lines.append(chunk.strip())
            elif self.proc.poll() is not None:
                break
            else:
                time.sleep(0.05)
        stderr = self.proc.stderr.read() if self.proc.stderr else ""
        raise AssertionError(f"no {prefix!r} line; got {self.lines}; stderr: {stderr[-2000:]}")


@pytest.fixture
def dialog_process(xvfb_display: str, tmp_path: Path) -> Iterator[tuple[Child, Path, dict]]:
    require_tool("xdotool", "xdotool")
    env = display_env(xvfb_display)
    shots = os.environ.get("DEADBUTT_TRAY_SHOTS", "")
    shot = str(Path(shots) / "settings-x11.png") if shots else ""
    if shot:
        Path(shots).mkdir(parents=True, exist_ok=True)
    proc = subprocess.Popen(
        [sys.executable, "-c", CHILD, str(tmp_path), shot],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        cwd=Path(__file__).resolve().parents[2],
    )
    child = Child(proc)
    try:
        yield child, tmp_path, env
    finally:
        stop(proc)


def xdotool(env: dict, *args: str) -> None:
    subprocess.run(["xdotool", *args], env=env, check=True, timeout=30)


def test_keyboard_only_start_at_login_and_a_typed_value(
    dialog_process: tuple[Child, Path, dict],
) -> None:
    child, folder, env = dialog_process
    window = child.wait_line("READY").split()[1]
    entry = folder / "autostart" / "deadbutt-tray.desktop"
    xdotool(env, "windowfocus", "--sync", window)

    xdotool(env, "key", "--clearmodifiers", "alt+l")  # "Start deadbutt-tray when I &log in"
    deadline = time.monotonic() + 10
    while not entry.exists() and time.monotonic() < deadline:
        time.sleep(0.05)
    assert entry.exists(), child.lines
    assert "X-Deadbutt-Tray=true" in entry.read_text()

    xdotool(env, "key", "--clearmodifiers", "alt+n")  # "Snooze le&ngth"
    xdotool(env, "key", "ctrl+a")
    xdotool(env, "type", "--delay", "30", "12")
    xdotool(env, "key", "Return")  # Enter: applies what was typed and closes
    changed = child.wait_line("CHANGED")
    assert json.loads(changed.split(" ", 1)[1]) == {"snooze_min": 12.0}
    child.wait_line("CLOSED")
    assert [line for line in child.lines if line.startswith("CHANGED")] == [changed]
