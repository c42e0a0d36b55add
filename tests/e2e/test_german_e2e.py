"""The real app started with LANG=de_DE.UTF-8 speaks German: welcome, prompt, guided break
and the command line (Xvfb + trayer, driven with xdotool)."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from tests.e2e.test_tray_app import Desktop, desktop, quit_at_the_end, run_command, wait_for

__all__ = ["desktop"]  # the fixture, used by name

pytestmark = pytest.mark.e2e


def german(desktop: Desktop) -> dict[str, str]:
    env = desktop.env()
    for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES"):
        env.pop(name, None)
    env["LANG"] = "de_DE.UTF-8"
    return env


def visible(desktop: Desktop, title: str) -> list[str]:
    return desktop.run("xdotool", "search", "--onlyvisible", "--name", title).split()


def test_the_app_speaks_german(desktop: Desktop, tmp_path: Path) -> None:
    data = tmp_path / "data"
    env = german(desktop)
    with quit_at_the_end(desktop, data, "--sit-limit", "0.2", env=env) as running:
        welcome = wait_for(
            lambda: visible(desktop, "Willkommen bei deadbutt-tray"), 20, "the German welcome"
        )
        desktop.screenshot("de-welcome")
        desktop.run("xdotool", "windowfocus", "--sync", welcome[0])  # type: ignore[index]
        desktop.run("xdotool", "key", "--window", welcome[0], "Return")  # type: ignore[index]
        prompt = wait_for(lambda: visible(desktop, "Pausenerinnerung"), 30, "the German prompt")
        desktop.screenshot("de-prompt")
        # As a click on it would: the prompt gets the keyboard, and Enter starts the break
        # (keys in its first second are taken for typing, ui/prompt.py KEY_GRACE_MS).
        time.sleep(1.5)
        desktop.run("xdotool", "windowactivate", "--sync", prompt[0])  # type: ignore[index]
        desktop.run("xdotool", "key", "--window", prompt[0], "Return")  # type: ignore[index]
        wait_for(lambda: visible(desktop, "Geführte Pause"), 20, "the German guided break")
        desktop.screenshot("de-break")
        told = run_command(desktop, data, "pause", "0x", env=env)
        assert told.returncode == 2 and "geht nicht: ganze Minuten" in told.stderr
    assert "language: de (setting 'system')" in running.log()
