"""swaybar shows the app's icon but no menu: a click opens the status window, whose Quit
ends the app and saves the sitting span.

swaybar (sway 1.7) is its own StatusNotifierWatcher and host, and does not show an
item's exported menu: a right click calls the item's ContextMenu, a left click its
Activate, and a Qt menu popped up by the app itself fails on Wayland ("Failed to create
grabbing popup"). The app opens its status window instead (``ui/tray.py``).

sway runs headless as uid 65534 (``tests/e2e/wayland.py``), its bar on a session bus
that the app (this user) shares. Headless sway has no input device, so a virtual pointer
(``tests/e2e/virtual_pointer.py``) clicks: on the tray icon at the right end of the top
bar, then on the status window's Quit button (the bottom-right one of its grid).
"""

from __future__ import annotations

import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.e2e.conftest import wait_for
from tests.e2e.wayland import (
    Sway,
    running_sway,
    shared_session_bus,
    sitting_spans,
    wayland_client_env,
)

pytestmark = pytest.mark.e2e

APP_ID = "org.deadbutt_tray.DeadbuttTray"
STATUS_TITLE = "deadbutt-tray"
BAR = """bar {
  position top
  status_command echo bar
  tray_output *
}
"""
MARGIN = 16  # the status window's layout margin around its buttons


@dataclass
class Desk:
    sway: Sway
    env: dict[str, str]
    data: Path

    def log(self) -> str:
        path = self.data / "logs" / "deadbutt-tray.log"
        return path.read_text() if path.exists() else ""

    def status_window(self) -> dict | None:
        node = self.sway.nodes().get(STATUS_TITLE)
        return node if node and node.get("app_id") == APP_ID else None


@pytest.fixture
def desk(tmp_path: Path) -> Iterator[Desk]:
    pytest.importorskip("pywayland", reason="the virtual pointer needs pywayland")
    with shared_session_bus() as bus, running_sway(BAR, {"DBUS_SESSION_BUS_ADDRESS": bus}) as sway:
        runtime = tmp_path / "runtime"
        runtime.mkdir(mode=0o700)
        env = wayland_client_env(
            sway.wayland, runtime, SWAYSOCK=str(sway.ipc), DBUS_SESSION_BUS_ADDRESS=bus
        )
        data = tmp_path / "data"
        data.mkdir()
        (data / "state.toml").write_text("welcome_seen = true\nno_tray_hint_seen = true\n")
        yield Desk(sway, env, data)


def bar_height(sway: Sway) -> int:
    """The top bar's height: where the workspace begins."""
    (workspace,) = sway.message("get_workspaces")  # type: ignore[misc]
    return int(workspace["rect"]["y"])


@pytest.mark.parametrize("button", ["left", "right"])
def test_a_click_on_the_swaybar_icon_opens_the_status_window_and_its_quit_saves(
    desk: Desk, button: str
) -> None:
    from tests.e2e.virtual_pointer import BTN_LEFT, BTN_RIGHT, VirtualPointer

    proc = subprocess.Popen(
        [sys.executable, "-m", "deadbutt_tray", "--data-dir", str(desk.data)],
        env=desk.env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
    )  # fmt: skip
    pointer = None
    try:
        wait_for(lambda: "tray available: True" in desk.log(), 30, "the app on swaybar's tray")
        assert desk.status_window() is None  # a tray: no window of its own at start
        pointer = VirtualPointer(str(desk.sway.wayland), 1280, 800)
        top = wait_for(lambda: bar_height(desk.sway), 10, "the bar")
        # The tray is the bar's right end; its icon is as high as the bar less padding.
        x, y = 1280 - int(top) // 2, int(top) // 2
        clicked = BTN_LEFT if button == "left" else BTN_RIGHT

        def click_until_the_window() -> dict | None:
            # swaybar draws the icon (and so takes clicks on it) once it has fetched the
            # item's properties after registering it: until then a click does nothing.
            pointer.click(x, y, clicked)  # type: ignore[union-attr]
            return wait_or_none(desk.status_window, 2.0)

        window = wait_for(click_until_the_window, 20, "the status window after a click")
        assert "Failed to create grabbing popup" not in desk.log()
        rect, inner = window["rect"], window["window_rect"]  # type: ignore[index]
        right = rect["x"] + inner["x"] + inner["width"]
        bottom = rect["y"] + inner["y"] + inner["height"]
        pointer.click(right - MARGIN - 20, bottom - MARGIN - 8)  # &Quit
        assert proc.wait(20) == 0, proc.stderr.read() if proc.stderr else ""
        spans = sitting_spans(desk.data)
        assert spans and spans[-1]["ended_by"] == "quit", spans
    finally:
        if pointer is not None:
            pointer.close()
        if proc.poll() is None:
            proc.kill()
        proc.communicate(timeout=10)


def wait_or_none(condition, timeout: float):  # type: ignore[no-untyped-def]
    """``condition()`` once it gives something true within ``timeout`` s, else None."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = condition()
        if value:
            return value
        time.sleep(0.1)
    return None
