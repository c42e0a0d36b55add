"""The real app on a virtual screen with a real tray host (Xvfb + trayer), driven by xdotool."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import time
import tomllib
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.e2e.conftest import display_env, require_tool, wait_for

pytestmark = pytest.mark.e2e


@dataclass
class Desktop:
    display: str
    shots: Path

    def env(self) -> dict[str, str]:
        env = display_env(self.display)
        env.pop("DEADBUTT_TRAY_HOME", None)
        return env

    def run(self, *args: str) -> str:
        return subprocess.run(
            args, env=self.env(), capture_output=True, text=True, timeout=30, check=False
        ).stdout

    def screenshot(self, name: str) -> Path | None:
        """Save the screen as PNG (for people to look at) when ImageMagick is there."""
        if shutil.which("import") is None:
            return None
        path = self.shots / f"{name}.png"
        self.run("import", "-window", "root", str(path))
        return path


@pytest.fixture
def desktop(xvfb_display: str, tmp_path: Path) -> Iterator[Desktop]:
    """A virtual screen with the trayer system-tray host running on it."""
    require_tool("trayer", "trayer")
    require_tool("xwininfo", "x11-utils")
    require_tool("xdotool", "xdotool")
    shots = Path(os.environ.get("DEADBUTT_TRAY_SHOTS", tmp_path / "shots"))
    shots.mkdir(parents=True, exist_ok=True)
    desk = Desktop(xvfb_display, shots)
    trayer = subprocess.Popen(
        ["trayer", "--edge", "top", "--align", "right", "--widthtype", "request",
         "--height", "32", "--SetDockType", "true", "--tint", "0x444444", "--transparent", "false"],
        env=desk.env(), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    try:
        wait_for(lambda: '"panel"' in desk.run("xwininfo", "-root", "-tree"), 10, "trayer")
        yield desk
    finally:
        trayer.terminate()
        trayer.wait(10)


@dataclass
class RunningApp:
    proc: subprocess.Popen[str]
    data: Path
    desktop: Desktop

    def icon_geometry(self) -> tuple[int, int, int, int] | None:
        """Absolute x, y, width, height of the app's icon inside trayer's panel, if embedded."""
        tree = self.desktop.run("xwininfo", "-root", "-tree")
        in_panel = False
        for line in tree.splitlines():
            if '"panel"' in line:
                in_panel = True
            elif in_panel and '"deadbutt-tray": (' in line:
                match = re.search(r"(\d+)x(\d+)\+-?\d+\+-?\d+\s+\+(-?\d+)\+(-?\d+)", line)
                if match:
                    w, h, x, y = map(int, match.groups())
                    return x, y, w, h
        return None

    def log(self) -> str:
        path = self.data / "logs" / "deadbutt-tray.log"
        return path.read_text() if path.exists() else ""

    def history(self) -> list[dict]:
        records: list[dict] = []
        for path in sorted((self.data / "history").glob("*.toml")):
            doc = tomllib.loads(path.read_text())
            records += [{"table": "sitting", **r} for r in doc.get("sitting", [])]
            records += [{"table": "break", **r} for r in doc.get("break", [])]
        return records


def start_app(
    desktop: Desktop, data: Path, *args: str, env: dict[str, str] | None = None
) -> subprocess.Popen[str]:
    """The app on ``data`` (``env``: the desktop's when not given)."""
    return subprocess.Popen(
        [sys.executable, "-m", "deadbutt_tray", "--data-dir", str(data), *args],
        env=desktop.env() if env is None else env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


@pytest.fixture
def app(desktop: Desktop, tmp_path: Path) -> Iterator[RunningApp]:
    data = tmp_path / "data"
    proc = start_app(desktop, data, "--sit-limit", "0.1")
    running = RunningApp(proc, data, desktop)
    try:
        wait_for(running.icon_geometry, 20, "the tray icon to be embedded in trayer")
        yield running
    finally:
        if proc.poll() is None:
            proc.kill()
        proc.communicate(timeout=10)


@contextmanager
def quit_at_the_end(
    desktop: Desktop, data: Path, *args: str, env: dict[str, str] | None = None
) -> Iterator[RunningApp]:
    """The app started on ``data`` (with ``args``, in ``env``); when the block ends it is
    quit through its command line and must exit 0 (killed instead if the block fails)."""
    proc = start_app(desktop, data, *args, env=env)
    try:
        yield RunningApp(proc, data, desktop)
        assert run_command(desktop, data, "quit", env=env).returncode == 0
        assert proc.wait(20) == 0
    finally:
        if proc.poll() is None:
            proc.kill()
        proc.communicate(timeout=10)


def test_the_icon_appears_in_the_tray_and_a_prompt_fires(app: RunningApp) -> None:
    _x, _y, w, h = app.icon_geometry()  # type: ignore[misc]
    assert w >= 16 and h >= 16
    wait_for(lambda: "nudge: prompt" in app.log(), 20, "the first prompt (limit 6 s)")
    shot = app.desktop.screenshot("tray-prompt")
    assert shot is None or shot.stat().st_size > 0


def test_quit_from_the_tray_menu_saves_the_sitting_span(app: RunningApp) -> None:
    x, y, w, h = app.icon_geometry()  # type: ignore[misc]
    desk = app.desktop
    desk.run("xdotool", "mousemove", str(x + w // 2), str(y + h // 2), "click", "3")
    wait_for(
        lambda: (
            "QMenu" in desk.run("xwininfo", "-root", "-tree")
            or desk.run("xdotool", "search", "--onlyvisible", "--class", "deadbutt-tray").count(
                "\n"
            )
            > 1
        ),
        10,
        "the tray menu",
    )
    time.sleep(0.5)
    desk.screenshot("tray-menu")
    desk.run("xdotool", "key", "q")  # &Quit
    assert app.proc.wait(20) == 0
    spans = [r for r in app.history() if r["table"] == "sitting"]
    assert spans and spans[-1]["ended_by"] == "quit"
    assert "quitting" in app.log()


def test_a_second_start_exits_at_once_and_leaves_the_first_running(
    app: RunningApp, desktop: Desktop
) -> None:
    second = start_app(desktop, app.data)
    _out, err = second.communicate(timeout=30)
    assert second.returncode == 0, err
    assert "already running" in err
    assert app.proc.poll() is None


def test_sigterm_at_logout_saves_the_open_span(app: RunningApp) -> None:
    app.proc.terminate()
    assert app.proc.wait(20) == 0
    assert [r["ended_by"] for r in app.history() if r["table"] == "sitting"][-1] == "quit"


def run_command(
    desktop: Desktop, data: Path, *args: str, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "deadbutt_tray", "--data-dir", str(data), *args],
        env=desktop.env() if env is None else env,
        capture_output=True,
        text=True,
        timeout=60,
    )


def test_pause_resume_and_quit_from_the_command_line(app: RunningApp, desktop: Desktop) -> None:
    paused = run_command(desktop, app.data, "pause", "30")
    assert paused.returncode == 0, paused.stderr
    wait_for(lambda: "paused until" in app.log(), 10, "the running app to pause")
    resumed = run_command(desktop, app.data, "resume")
    assert resumed.returncode == 0, resumed.stderr
    refused = run_command(desktop, app.data, "pause", "forever")
    assert refused.returncode == 2 and "tomorrow" in refused.stderr
    assert run_command(desktop, app.data, "quit").returncode == 0
    assert app.proc.wait(20) == 0
    assert [r["ended_by"] for r in app.history() if r["table"] == "sitting"][-1] == "quit"


def test_quit_when_nothing_runs_says_so(desktop: Desktop, tmp_path: Path) -> None:
    result = run_command(desktop, tmp_path / "nothing", "quit")
    assert result.returncode == 0
    assert "not running" in result.stderr


USER_EXERCISE = """
id = "quick-squeeze"
name = "Quick squeeze (test)"
level = 1
where = "desk"
summary = "Squeeze both glutes for three seconds."
cues = ["Stand tall", "Squeeze", "Breathe"]
mistakes = ["Holding your breath"]
targets = ["glute_max"]
reference = "Test exercise"

[dose]
sets = 1
hold_s = 3
sides = "both"
rest_s = 0
"""
LEVEL_1_DESK = [
    "hip-flexor-rock",
    "single-leg-balance",
    "standing-glute-squeeze",
    "standing-hip-abduction",
    "standing-hip-flexor-stretch",
    "standing-kickback",
]


def test_a_complete_guided_break_from_the_command_line(desktop: Desktop, tmp_path: Path) -> None:
    """A user's own exercise joins the desk break; the break runs to its end with the
    keyboard only, and the history says what was done."""
    data = tmp_path / "data"
    (data / "exercises").mkdir(parents=True)
    (data / "exercises" / "quick-squeeze.toml").write_text(USER_EXERCISE)
    excluded = ", ".join(f'"{name}"' for name in LEVEL_1_DESK)
    (data / "config.toml").write_text(f"excluded_exercises = [{excluded}]\n")
    (data / "state.toml").write_text("welcome_seen = true\n")
    with quit_at_the_end(desktop, data) as running:
        wait_for(running.icon_geometry, 20, "the tray icon")
        assert run_command(desktop, data, "break").returncode == 0
        window = wait_for(
            lambda: desktop.run("xdotool", "search", "--name", "Guided break").split(),
            10,
            "the guided break window",
        )
        assert window
        desktop.screenshot("break-e2e")
        wait_for(lambda: "guided break ended: completed" in running.log(), 30, "the break to end")
        desktop.screenshot("break-e2e-done")
        desktop.run("xdotool", "key", "--window", window[0], "Return")  # close the last page
    (completed,) = [r for r in running.history() if r["table"] == "break"]
    assert completed["outcome"] == "completed"
    assert completed["exercises"] == ["quick-squeeze"]
    assert completed["done"] == [
        {"id": "quick-squeeze", "sides_done": 1, "reps_done": 0, "holds_done": 1, "completed": True}
    ]
    assert next(r["ended_by"] for r in running.history() if r["table"] == "sitting") == "break"


def test_commands_reach_the_running_copy_without_a_display(app: RunningApp) -> None:
    env = {k: v for k, v in app.desktop.env().items() if k != "DISPLAY"}
    result = subprocess.run(
        [sys.executable, "-m", "deadbutt_tray", "--data-dir", str(app.data), "pause", "tomorrow"],
        env=env, capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    wait_for(lambda: "paused until" in app.log(), 10, "the pause")


def test_the_prompt_appears_within_seconds_and_esc_records_a_skip(app: RunningApp) -> None:
    desk = app.desktop
    prompt = wait_for(
        lambda: desk.run("xdotool", "search", "--onlyvisible", "--name", "Break reminder").split(),
        30,
        "the prompt window (sitting limit 6 s)",
    )
    desk.screenshot("prompt")
    # The user clicks the prompt's margin (keys before that are typing meant elsewhere).
    desk.run("xdotool", "mousemove", "--window", prompt[0], "200", "5", "click", "1")
    desk.run("xdotool", "windowfocus", "--sync", prompt[0])
    desk.run("xdotool", "key", "--window", prompt[0], "Escape")
    wait_for(
        lambda: any(r.get("outcome") == "skipped" for r in app.history() if r["table"] == "break"),
        10,
        "the skip in the history file",
    )
    assert not desk.run("xdotool", "search", "--onlyvisible", "--name", "Break reminder").split()


def test_quitting_from_the_menu_leaves_no_process_behind(app: RunningApp) -> None:
    x, y, w, h = app.icon_geometry()  # type: ignore[misc]
    app.desktop.run("xdotool", "mousemove", str(x + w // 2), str(y + h // 2), "click", "1")
    time.sleep(1.0)  # a left click opens the same menu
    app.desktop.run("xdotool", "key", "q")
    assert app.proc.wait(20) == 0
    leftovers = subprocess.run(
        ["pgrep", "-f", str(app.data)], capture_output=True, text=True, check=False
    ).stdout.split()
    assert leftovers == []


def test_status_prints_the_live_state_for_bars(app: RunningApp, desktop: Desktop) -> None:
    line = run_command(desktop, app.data, "status")
    assert line.returncode == 0, line.stderr
    assert line.stdout.startswith("Sitting for") and line.stdout.count("\n") == 1
    as_json = run_command(desktop, app.data, "status", "--json")
    assert as_json.returncode == 0, as_json.stderr
    fields = json.loads(as_json.stdout)
    assert fields["text"].endswith("′") and fields["class"] in {"sitting", "due"}
    assert fields["limit_seconds"] == 6 and 0 <= fields["percentage"] <= 100
    assert set(fields) == {
        "text", "tooltip", "class", "percentage", "sitting_seconds", "limit_seconds",
        "next_break",
    }  # fmt: skip
    run_command(desktop, app.data, "quit")
    assert app.proc.wait(20) == 0
    gone = run_command(desktop, app.data, "status", "--json")
    assert gone.returncode == 3 and gone.stdout == ""


def test_the_guided_break_submenu_starts_the_home_routine(desktop: Desktop, tmp_path: Path) -> None:
    """Tray menu → Guided break ▸ Home routine (10 min), by keyboard: the home routine of
    the user's level runs, and its record names it."""
    data = tmp_path / "data"
    data.mkdir()
    (data / "config.toml").write_text("level = 2\n")
    (data / "state.toml").write_text("welcome_seen = true\n")
    with quit_at_the_end(desktop, data) as running:
        x, y, w, h = wait_for(running.icon_geometry, 20, "the tray icon")  # type: ignore[misc]
        desktop.run("xdotool", "mousemove", str(x + w // 2), str(y + h // 2), "click", "3")
        wait_for(
            lambda: (
                "QMenu" in desktop.run("xwininfo", "-root", "-tree")
                or desktop.run(
                    "xdotool", "search", "--onlyvisible", "--class", "deadbutt-tray"
                ).count("\n")
                > 0
            ),
            10,
            "the tray menu",
        )
        time.sleep(0.5)
        desktop.run("xdotool", "key", "b")  # Guided &break ▸
        time.sleep(0.8)
        desktop.screenshot("tray-menu-guided-break")
        desktop.run("xdotool", "key", "h")  # &Home routine (10 min)
        window = wait_for(
            lambda: desktop.run(
                "xdotool", "search", "--onlyvisible", "--name", "Use it with your core: home"
            ).split(),
            10,
            "the home routine's guided break",
        )
        desktop.screenshot("break-home-routine")
        time.sleep(2.5)  # past the first seconds, in which no key ends a break
        desktop.run("xdotool", "key", "--window", window[0], "Escape")
        wait_for(lambda: "guided break ended" in running.log(), 10, "the break to end")
    (record,) = [r for r in running.history() if r["table"] == "break"]
    assert record["routine"] == "home-2" and record["kind"] == "home"
