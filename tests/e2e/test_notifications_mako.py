"""On sway, the notices reach mako: the daemon of wlroots desktops that rejected every
notification Qt sent (its ``image_data`` hint has a 64-bit row stride; mako refuses it).

sway 1.7 headless runs mako (Debian's mako-notifier) as its own client, as a sway config
does with ``exec mako``; both run as uid 65534 on a session bus the app shares
(``tests/e2e/wayland.py``). The app, a Wayland client of that sway, has no idle protocol
there, so it says so at start, then gives the heads-up before the prompt: mako must list
both, with the app's name and an icon it could load.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.e2e.conftest import require_tool, wait_for
from tests.e2e.wayland import Sway, running_sway, shared_session_bus, wayland_client_env
from tests.processes import stop

pytestmark = pytest.mark.e2e


def shown_by_mako(env: dict[str, str]) -> list[dict[str, str]] | None:
    """The notifications mako has on screen (each one's app name, icon, summary and body),
    or None while mako does not answer on the bus."""
    answer = subprocess.run(
        ["makoctl", "list"], env=env, capture_output=True, text=True, timeout=10, check=False
    )
    if answer.returncode != 0 or not answer.stdout.strip():
        return None
    return [
        {key: str(item[key]["data"]) for key in ("app-name", "app-icon", "summary", "body")}
        for item in json.loads(answer.stdout)["data"][0]
    ]


def wait_for_notice(env: dict[str, str], field: str, text: str) -> dict[str, str]:
    """The first notification on mako's screen whose ``field`` holds ``text``, once shown."""

    def shown() -> dict[str, str] | None:
        return next((n for n in shown_by_mako(env) or [] if text in n[field]), None)

    return wait_for(shown, 30, f"{text!r} in mako")  # type: ignore[return-value]


@pytest.fixture
def reachable() -> Iterator[Path]:
    """A folder another user may pass through (pytest's own are 0700 all the way up)."""
    folder = Path(tempfile.mkdtemp(prefix="deadbutt-mako-", dir="/tmp"))
    folder.chmod(0o711)
    yield folder
    shutil.rmtree(folder, ignore_errors=True)


@pytest.fixture
def sway_with_mako() -> Iterator[tuple[Sway, dict[str, str]]]:
    require_tool("mako", "mako-notifier")
    require_tool("makoctl", "mako-notifier")
    with (
        shared_session_bus() as bus,
        running_sway("exec mako\n", {"DBUS_SESSION_BUS_ADDRESS": bus}) as sway,
    ):
        bus_only = {**os.environ, "DBUS_SESSION_BUS_ADDRESS": bus}
        wait_for(lambda: shown_by_mako(bus_only) is not None, 20, "mako on the session bus")
        yield sway, bus_only


def test_on_sway_mako_shows_the_notices_with_the_apps_name_and_icon(
    sway_with_mako: tuple[Sway, dict[str, str]], reachable: Path, tmp_path: Path
) -> None:
    sway, bus_only = sway_with_mako
    runtime = reachable / "runtime"
    runtime.mkdir(mode=0o700)
    data = tmp_path / "data"
    data.mkdir()
    (data / "state.toml").write_text("welcome_seen = true\nno_tray_hint_seen = true\n")
    env = wayland_client_env(
        sway.wayland,
        runtime,
        SWAYSOCK=str(sway.ipc),
        DBUS_SESSION_BUS_ADDRESS=bus_only["DBUS_SESSION_BUS_ADDRESS"],
    )
    # A 12 s limit: the heads-up is due at 9 s (a quarter of the limit before it).
    app = subprocess.Popen(
        [sys.executable, "-m", "deadbutt_tray", "--data-dir", str(data), "--sit-limit", "0.2"],
        env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    log = data / "logs" / "deadbutt-tray.log"
    try:
        first = wait_for_notice(bus_only, "body", "Idle detection is unavailable")
        assert first["app-name"] == "deadbutt-tray"
        # mako runs as another user here (as sway does): let it read the icon the app
        # put in its private runtime folder, as it could in a real session (one user).
        icon = Path(first["app-icon"].removeprefix("file://"))
        assert icon.suffix == ".png" and icon.is_file(), first
        runtime.chmod(0o711)
        icon.parent.chmod(0o711)  # the app's own folder in its runtime folder
        icon.chmod(0o644)
        failed_before = icon_failures(sway)

        notice = wait_for_notice(bus_only, "summary", "Break coming up")
        assert notice["app-name"] == "deadbutt-tray"
        assert notice["app-icon"] == first["app-icon"]
        text = log.read_text()
        assert "notifications go to mako" in text, text[-3000:]
        assert "notice (nudge) by desktop notification: A short glute break" in text
        assert "notice (problem) by desktop notification: Idle detection" in text
        # mako loaded the icon for the heads-up (the first came before it could).
        assert icon_failures(sway) == failed_before, sway.log.read_text(errors="replace")
        assert app.poll() is None
    finally:
        stop(app, 20)


def icon_failures(sway: Sway) -> int:
    """How often mako (its output is in sway's log) could not load an icon."""
    return sway.log.read_text(errors="replace").count("Failed to load icon")
