"""The real app in Xfce's panel (Debian's xfce4-panel, headless under Xvfb).

xfce4-panel's notification area is a StatusNotifierItem host (it owns
``org.kde.StatusNotifierWatcher`` and draws the exported menu itself) and an XEmbed tray
too. Two orders, as at a real login:

* panel first: Qt exports the icon over D-Bus (StatusNotifierItem); the panel shows it
  and draws our menu; choosing Quit in that menu quits the app, which saves its span;
* app first (the login race): the status window stands in, then the panel starts, the
  icon goes into it (a StatusNotifierItem too: Qt 6.11 looks for the watcher again) and
  the window goes away; the menu quits.

Each test has its own session bus, with xfconfd reading a panel configuration made here
(one panel along the top with the notification area at its right end).
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import time
import tomllib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.e2e.conftest import (
    display_env,
    require_tool,
    seen_data_folder,
    start_session_bus,
    wait_for,
)
from tests.processes import stop

pytestmark = pytest.mark.e2e

PANEL_XML = """<?xml version="1.0" encoding="UTF-8"?>
<channel name="xfce4-panel" version="1.0">
  <property name="configver" type="int" value="2"/>
  <property name="panels" type="array">
    <value type="int" value="1"/>
    <property name="panel-1" type="empty">
      <property name="position" type="string" value="p=6;x=0;y=0"/>
      <property name="length" type="uint" value="100"/>
      <property name="position-locked" type="bool" value="true"/>
      <property name="size" type="uint" value="30"/>
      <property name="icon-size" type="uint" value="22"/>
      <property name="plugin-ids" type="array">
        <value type="int" value="1"/>
        <value type="int" value="2"/>
      </property>
    </property>
  </property>
  <property name="plugins" type="empty">
    <property name="plugin-1" type="string" value="separator">
      <property name="expand" type="bool" value="true"/>
      <property name="style" type="uint" value="0"/>
    </property>
    <property name="plugin-2" type="string" value="systray"/>
  </property>
</channel>
"""


# The notification area: the panel's first unnamed child, "  0x… (has no name): ()  WxH+x+y  +X+Y".
AREA = r"\n\s+0x[0-9a-f]+ \(has no name\): \(\)\s+(\d+)x(\d+)\+\d+\+\d+\s+\+(\d+)\+(\d+)"


@dataclass
class XfceDesk:
    env: dict[str, str]
    data: Path
    shots: Path
    started: list[subprocess.Popen[bytes]]

    def run(self, *args: str) -> str:
        return subprocess.run(
            args, env=self.env, capture_output=True, text=True, timeout=30, check=False
        ).stdout

    def start_panel(self) -> None:
        self.started.append(
            subprocess.Popen(
                ["xfce4-panel", "--disable-wm-check"],
                env=self.env,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
            )
        )
        wait_for(self.tray_area, 30, "xfce4-panel's notification area")

    def start_app(self) -> subprocess.Popen[bytes]:
        app = subprocess.Popen(
            [sys.executable, "-m", "deadbutt_tray", "--data-dir", str(self.data)],
            env=self.env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        self.started.append(app)
        return app

    def tray_area(self) -> tuple[int, int, int, int] | None:
        """x, y, width, height of the notification area inside the panel."""
        tree = self.run("xwininfo", "-root", "-tree")
        panel = re.search(r'"xfce4-panel": \("xfce4-panel" "Xfce4-panel"\)\s+(\d+)x(\d+)', tree)
        if panel is None or int(panel.group(1)) < 200:
            return None
        after = tree[panel.end() :]
        area = re.search(AREA, after)
        if area is None:
            return None
        w, h, x, y = map(int, area.groups())
        return x, y, w, h

    def status_window_shown(self) -> bool:
        found = self.run("xdotool", "search", "--onlyvisible", "--name", "^deadbutt-tray$")
        return bool(found.strip())

    def registered_items(self) -> str:
        return self.run(
            "gdbus", "call", "--session", "--dest", "org.kde.StatusNotifierWatcher",
            "--object-path", "/StatusNotifierWatcher", "--method",
            "org.freedesktop.DBus.Properties.Get", "org.kde.StatusNotifierWatcher",
            "RegisteredStatusNotifierItems",
        )  # fmt: skip

    def screenshot(self, name: str) -> None:
        if shutil.which("import"):
            self.run("import", "-window", "root", str(self.shots / f"{name}.png"))

    def click_icon(self, button: str) -> None:
        area = self.tray_area()
        assert area is not None
        x, y, w, h = area
        # The icon is the area's rightmost square.
        self.run("xdotool", "mousemove", str(x + w - h // 2), str(y + h // 2), "click", button)

    def sitting_spans(self) -> list[dict[str, object]]:
        spans: list[dict[str, object]] = []
        for path in sorted((self.data / "history").glob("*.toml")):
            spans += tomllib.loads(path.read_text()).get("sitting", [])
        return spans

    def log(self) -> str:
        path = self.data / "logs" / "deadbutt-tray.log"
        return path.read_text() if path.exists() else ""


@pytest.fixture
def xfce(xvfb_display: str, tmp_path: Path) -> Iterator[XfceDesk]:
    require_tool("xfce4-panel", "xfce4-panel")
    require_tool("xwininfo", "x11-utils")
    require_tool("xdotool", "xdotool")
    require_tool("gdbus", "libglib2.0-bin")
    config = tmp_path / "config"
    channel = config / "xfce4" / "xfconf" / "xfce-perchannel-xml"
    channel.mkdir(parents=True)
    (channel / "xfce4-panel.xml").write_text(PANEL_XML)
    env = display_env(xvfb_display)
    env.pop("DEADBUTT_TRAY_HOME", None)
    env["XDG_CONFIG_HOME"] = str(config)  # xfconfd, started by the bus, reads it
    env.pop("SESSION_MANAGER", None)
    bus, address = start_session_bus(env)
    env["DBUS_SESSION_BUS_ADDRESS"] = address
    data = seen_data_folder(tmp_path / "data")
    shots = Path(os.environ.get("DEADBUTT_TRAY_SHOTS", tmp_path))
    desk = XfceDesk(env, data, shots, [])
    try:
        yield desk
    finally:
        for proc in reversed(desk.started):
            stop(proc, 10)
        bus.terminate()
        bus.wait(10)


def quit_from_the_panel_menu(xfce: XfceDesk, shot: str) -> None:
    """Right-click the icon; the panel draws our exported menu; choose its last item."""
    windows_before = xfce.run("xwininfo", "-root", "-children").count("\n")
    xfce.click_icon("3")
    wait_for(
        lambda: xfce.run("xwininfo", "-root", "-children").count("\n") > windows_before,
        10,
        "the panel's menu",
    )
    time.sleep(1.0)
    xfce.screenshot(shot)
    xfce.run("xdotool", "key", "Up", "Return")  # Up from nothing: the last item, Quit


def test_panel_first_the_icon_is_a_status_notifier_item_and_its_menu_quits(
    xfce: XfceDesk,
) -> None:
    xfce.start_panel()
    app = xfce.start_app()
    wait_for(lambda: "StatusNotifierItem" in xfce.registered_items(), 30, "our item")
    wait_for(lambda: "started; tray available: True" in xfce.log(), 20, "the app")
    assert not xfce.status_window_shown()
    quit_from_the_panel_menu(xfce, "xfce-sni-menu")
    assert app.wait(20) == 0
    assert xfce.sitting_spans()[-1]["ended_by"] == "quit"


def test_app_first_the_icon_moves_into_the_panel_when_it_starts(xfce: XfceDesk) -> None:
    app = xfce.start_app()
    wait_for(xfce.status_window_shown, 20, "the status window (no panel yet)")
    xfce.start_panel()
    wait_for(lambda: "system tray appeared" in xfce.log(), 20, "the app to see the panel")
    wait_for(lambda: not xfce.status_window_shown(), 10, "the status window to go")
    wait_for(lambda: "StatusNotifierItem" in xfce.registered_items(), 10, "our item")
    time.sleep(0.5)
    xfce.screenshot("xfce-late-icon")
    quit_from_the_panel_menu(xfce, "xfce-late-menu")
    assert app.wait(20) == 0
    assert xfce.sitting_spans()[-1]["ended_by"] == "quit"
