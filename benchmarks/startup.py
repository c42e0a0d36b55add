"""Start-up time to a visible tray icon, and memory after start, for the real app.

Runs the app as a whole process on a private Xvfb with the trayer tray host (the same
setup as the e2e tests), several times, and reports the median:
- start-up: from process start to the icon being embedded in trayer's panel
  (polled with xwininfo every 10 ms);
- RSS: resident memory (VmRSS from /proc) 5 s after the icon appeared.

    .venv/bin/python benchmarks/startup.py [--runs 5] [--json benchmarks/results/startup.json]
"""

from __future__ import annotations

import argparse
import json
import os
import select
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path


def start_xvfb() -> tuple[subprocess.Popen[bytes], str]:
    read_fd, write_fd = os.pipe()
    proc = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write_fd), "-screen", "0", "1280x800x24", "-nolisten", "tcp"],
        pass_fds=(write_fd,), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    os.close(write_fd)
    # Read up to the newline: Xvfb may write the number and the newline apart, and dies
    # ("Cannot write display number") if the pipe is closed in between.
    number = b""
    while not number.endswith(b"\n") and select.select([read_fd], [], [], 20)[0]:
        chunk = os.read(read_fd, 64)
        if not chunk:
            break
        number += chunk
    os.close(read_fd)
    if not number.strip().isdigit():
        proc.kill()
        raise RuntimeError("Xvfb did not start")
    return proc, f":{number.decode().strip()}"


def icon_embedded(env: dict[str, str]) -> bool:
    tree = subprocess.run(
        ["xwininfo", "-root", "-tree"], env=env, capture_output=True, text=True, check=False
    ).stdout
    panel = tree.find('"panel"')
    return panel >= 0 and '"deadbutt-tray": (' in tree[panel:]


def rss_mib(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    raise RuntimeError("no VmRSS")


def start_trayer(env: dict[str, str]) -> subprocess.Popen[bytes]:
    trayer = subprocess.Popen(
        ["trayer", "--edge", "top", "--align", "right", "--widthtype", "request",
         "--height", "32", "--SetDockType", "true"],
        env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    deadline = time.monotonic() + 10
    while (
        '"panel"'
        not in subprocess.run(
            ["xwininfo", "-root", "-tree"], env=env, capture_output=True, text=True, check=False
        ).stdout
    ):
        if time.monotonic() > deadline:
            raise RuntimeError("trayer did not start")
        time.sleep(0.05)
    return trayer


def one_run(env: dict[str, str]) -> tuple[float, float]:
    """One start with a fresh tray host (trayer does not always survive an icon leaving)."""
    trayer = start_trayer(env)
    try:
        return measure(env)
    finally:
        trayer.terminate()
        trayer.wait(10)


def measure(env: dict[str, str]) -> tuple[float, float]:
    with tempfile.TemporaryDirectory() as data:
        Path(data, "state.toml").write_text("welcome_seen = true\n")
        began = time.perf_counter()
        app = subprocess.Popen(
            [sys.executable, "-m", "deadbutt_tray", "--data-dir", data],
            env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        )  # fmt: skip
        try:
            while not icon_embedded(env):
                if time.perf_counter() - began > 30:
                    raise RuntimeError("the tray icon never appeared")
                time.sleep(0.01)
            startup = time.perf_counter() - began
            time.sleep(5)
            rss = rss_mib(app.pid)
        finally:
            app.terminate()
            app.wait(20)
    return startup, rss


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--json", type=Path)
    args = parser.parse_args()
    xvfb, display = start_xvfb()
    env = {k: v for k, v in os.environ.items() if k not in ("QT_QPA_PLATFORM", "WAYLAND_DISPLAY")}
    env["DISPLAY"] = display
    try:
        subprocess.run([sys.executable, "-c", "import PySide6.QtWidgets"], check=True)  # warm
        runs = [one_run(env) for _ in range(args.runs)]
    finally:
        xvfb.terminate()
    startups, rsses = [r[0] for r in runs], [r[1] for r in runs]
    result = {
        "runs": args.runs,
        "startup_to_tray_icon_s": {"median": statistics.median(startups), "all": startups},
        "rss_after_start_mib": {"median": statistics.median(rsses), "all": rsses},
    }
    print(f"{'measure':<32}{'median':>10}  all runs")
    print(
        f"{'start-up to tray icon (s)':<32}{result['startup_to_tray_icon_s']['median']:>10.2f}  "
        + " ".join(f"{s:.2f}" for s in startups)
    )
    print(
        f"{'RSS 5 s after start (MiB)':<32}{result['rss_after_start_mib']['median']:>10.1f}  "
        + " ".join(f"{r:.1f}" for r in rsses)
    )
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps(result, indent=2) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
