"""The real app sends its heads-up to a real notification daemon (Debian's dunst).

The app, dunst and ``dbus-monitor`` share a private session bus (what
``dbus-run-session`` makes) on a virtual screen with trayer as the tray: under an XEmbed
tray Qt would draw its own balloon and send nothing, so this is the case that matters.
The heads-up must reach dunst with the app's name and icon, and dunst must answer the
``Notify`` call with an id, not an error.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.e2e.conftest import require_tool, wait_for
from tests.processes import stop

pytestmark = pytest.mark.e2e


@pytest.fixture
def processes() -> Iterator[list[subprocess.Popen[bytes]]]:
    started: list[subprocess.Popen[bytes]] = []
    yield started
    for proc in reversed(started):
        stop(proc, 10)


def notify_exchange(monitor_log: str) -> tuple[str, str] | None:
    """The ``Notify`` call the app made and the daemon's answer to it, from dbus-monitor."""
    blocks = re.split(r"\n(?=\S)", monitor_log)
    for index, block in enumerate(blocks):
        call = re.match(r"method call .*serial=(\d+) .*member=Notify", block)
        if call is None or '"deadbutt-tray"' not in block:
            continue
        serial = call.group(1)
        for answer in blocks[index + 1 :]:
            if f"reply_serial={serial}" in answer.splitlines()[0]:
                return block, answer
    return None


def test_the_heads_up_reaches_dunst_with_name_and_icon_and_no_error(
    bus_env: dict[str, str],
    processes: list[subprocess.Popen[bytes]],
    tmp_path: Path,
) -> None:
    dunst = require_tool("dunst", "dunst")
    require_tool("dunstctl", "dunst")
    require_tool("dbus-monitor", "dbus")
    require_tool("trayer", "trayer")
    monitor_log = tmp_path / "dbus-monitor.log"
    with monitor_log.open("wb") as sink:
        processes.append(
            subprocess.Popen(
                ["dbus-monitor", "--address", bus_env["DBUS_SESSION_BUS_ADDRESS"]],
                env=bus_env,
                stdout=sink,
                stderr=subprocess.STDOUT,
            )
        )
    dunst_log = tmp_path / "dunst.log"
    with dunst_log.open("wb") as sink:
        processes.append(
            subprocess.Popen(
                [dunst, "-verbosity", "info"], env=bus_env, stdout=sink, stderr=subprocess.STDOUT
            )
        )
    processes.append(
        subprocess.Popen(
            ["trayer", "--edge", "top", "--align", "right", "--SetDockType", "true"],
            env=bus_env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
    )

    def dunst_on_bus() -> bool:
        answer = subprocess.run(
            ["dunstctl", "is-paused"],
            env=bus_env,
            capture_output=True,
            text=True,
            timeout=10,
            check=False,
        )
        return answer.returncode == 0

    wait_for(dunst_on_bus, 20, "dunst on the session bus")
    data = tmp_path / "data"
    app = subprocess.Popen(
        # A 12 s limit: the heads-up is due at 9 s (a quarter of the limit before it).
        [sys.executable, "-m", "deadbutt_tray", "--data-dir", str(data), "--sit-limit", "0.2"],
        env=bus_env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    processes.append(app)  # type: ignore[arg-type]
    log = data / "logs" / "deadbutt-tray.log"

    exchange = wait_for(
        lambda: notify_exchange(monitor_log.read_text(errors="replace")),
        40,
        "the app's Notify call and dunst's answer",
    )
    call, answer = exchange  # type: ignore[misc]
    assert '"Break coming up"' in call
    assert 'string "deadbutt-tray"' in call  # app name and themed icon name
    assert 'string "image-path"' in call and ".png" in call
    assert "image_data" not in call and "image-data" not in call
    assert answer.startswith("method return"), answer  # not an error
    assert re.search(r"uint32 [1-9]", answer), answer  # the notification's id

    # dunst has it, with the app's name and the icon it could load.
    def shown() -> list[dict[str, object]]:
        out = subprocess.run(["dunstctl", "history"], env=bus_env, capture_output=True,
                             text=True, timeout=10, check=False).stdout  # fmt: skip
        if not out.strip():
            return []
        return [n for n in json.loads(out)["data"][0] if n["summary"]["data"] == "Break coming up"]

    shots = Path(os.environ.get("DEADBUTT_TRAY_SHOTS", tmp_path))
    if shutil.which("import"):  # for people to look at: dunst's bubble with the icon
        time.sleep(0.5)
        subprocess.run(
            ["import", "-window", "root", str(shots / "dunst-heads-up.png")],
            env=bus_env,
            timeout=30,
            check=False,
        )
    subprocess.run(["dunstctl", "close-all"], env=bus_env, timeout=10, check=False)
    (notice,) = wait_for(shown, 10, "the heads-up in dunst's history")  # type: ignore[misc]
    assert notice["appname"]["data"] == "deadbutt-tray"  # type: ignore[index]
    icon_path = str(notice["icon_path"]["data"])  # type: ignore[index]
    assert icon_path.endswith(".png") and os.path.exists(icon_path), icon_path
    assert "notifications go to dunst" in log.read_text()
    assert "WARNING" not in dunst_log.read_text(errors="replace"), dunst_log.read_text()
    assert app.poll() is None
