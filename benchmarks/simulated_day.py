"""Memory of the real app over a simulated (compressed) hour: two guided breaks, the summary.

The app runs as a whole process on a private Xvfb with trayer (``whole_process``), with a
year of history in its data folder (``make_history``) and ``--sit-limit 1``, and is driven
like a person would: the mouse moves every 15 s (so it sees someone sitting, and prompts
come every minute; each one is answered with Esc = skip), and twice:

1. ``deadbutt-tray break`` (the control socket) opens the guided break; the person
   follows it for 15 s, then steps on with → every 8 s (3 times) and ends it with Enter
   (about 40 s; recorded as partial or skipped: not every rep is done);
2. the weekly summary is opened from the tray menu (a click on the icon in trayer's
   panel, then W for "&Weekly summary…"), looked at for a few seconds and closed with Esc.

Between and after the cycles the app just ticks (every 10 s) for ``--gap`` seconds. The
whole "hour" takes about five minutes of wall time: the events of an hour, not its
360 ticks. RSS and PSS (the app and its children) are sampled every 2 s.

Reported: RSS after start (5 s after the icon appeared, as ``startup.py``), the peak,
after the first break + summary cycle (once things settled for 10 s), after the second
one, and at the end; "given back" means the end is within a few MiB of after-cycle-1.

    .venv/bin/python benchmarks/simulated_day.py [--gap 60] [--json FILE]
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from make_history import generate  # beside this file (benchmarks/ is not a package)
from whole_process import OURS, Desktop, Running, Snapshot, snapshot

SETTLE_S = 10.0
MOUSE_EVERY_S = 15.0


def wait_for(condition: Callable[[], object], timeout: float, what: str) -> object:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = condition()
        if value:
            return value
        time.sleep(0.2)
    raise RuntimeError(f"timed out after {timeout} s waiting for {what}")


class Sampler(threading.Thread):
    """Reads the app's memory every ``every`` seconds until stopped."""

    def __init__(self, running: Running, every: float, began: float) -> None:
        super().__init__(daemon=True)
        self.running, self.every, self.began = running, every, began
        self.samples: list[tuple[float, float, float]] = []  # seconds, RSS MiB, PSS MiB
        self.stopping = threading.Event()

    def run(self) -> None:
        while not self.stopping.is_set():
            taken = snapshot(self.running.pids())
            self.samples.append(
                (round(taken.at - self.began, 1), round(taken.rss_mib, 2), round(taken.pss_mib, 2))
            )
            self.stopping.wait(self.every)


class Person:
    """Drives the running app with xdotool and its own command line."""

    def __init__(self, running: Running, desktop: Desktop) -> None:
        self.running, self.desktop = running, desktop
        self.data = running.home / "data"
        self.mouse = 0
        self.prompts_answered = 0
        self.events: list[tuple[float, str]] = []

    def note(self, what: str) -> None:
        self.events.append((round(time.perf_counter() - self.running.began, 1), what))

    def log(self) -> str:
        path = self.data / "logs" / "deadbutt-tray.log"
        return path.read_text(errors="replace") if path.exists() else ""

    def command(self, *args: str) -> None:
        subprocess.run(
            [sys.executable, "-m", "deadbutt_tray", "--data-dir", str(self.data), *args],
            env=self.running.env, capture_output=True, timeout=60, check=True,
        )  # fmt: skip

    def windows(self, name: str) -> list[str]:
        return self.desktop.run("xdotool", "search", "--onlyvisible", "--name", name).split()

    def visible_of_app(self) -> list[str]:
        return self.desktop.run(
            "xdotool", "search", "--onlyvisible", "--class", self.running.app.icon
        ).split()

    def key(self, window: str, key: str) -> None:
        self.desktop.run("xdotool", "windowfocus", "--sync", window)
        self.desktop.run("xdotool", "key", key)

    def sit(self, seconds: float) -> None:
        """Sit at the desk: move the mouse now and then, answer prompts with Esc (skip)."""
        until = time.monotonic() + seconds
        next_move = 0.0
        while time.monotonic() < until:
            if time.monotonic() >= next_move:
                self.mouse += 1
                x, y = 300 + 40 * (self.mouse % 5), 400 + 30 * (self.mouse % 3)
                self.desktop.run("xdotool", "mousemove", str(x), str(y))
                next_move = time.monotonic() + MOUSE_EVERY_S
            for prompt in self.windows("Break reminder"):
                self.key(prompt, "Escape")
                self.prompts_answered += 1
                self.note("prompt skipped")
            time.sleep(1.0)

    def guided_break(self, first_s: float = 15.0, steps: int = 3, step_s: float = 8.0) -> None:
        """Open it, do the first exercise a while, step through more with →, Enter."""
        ended = self.log().count("guided break ended")
        self.command("break")
        window = wait_for(lambda: self.windows("Guided break"), 20, "the guided break window")
        assert isinstance(window, list)
        self.note("guided break open")
        time.sleep(first_s)
        for _ in range(steps):
            self.key(window[0], "Right")
            time.sleep(step_s)
        self.key(window[0], "Return")  # Done: ends the break and closes the dialog
        wait_for(lambda: self.log().count("guided break ended") > ended, 20, "the break to end")
        wait_for(lambda: not self.windows("Guided break"), 20, "the break window to close")
        self.note("guided break done")

    def summary(self, look_s: float = 4.0) -> None:
        geometry = self.desktop.icon_geometry(self.running.app.icon)
        if geometry is None:
            raise RuntimeError("the tray icon is gone")
        x, y, w, h = geometry
        shown = len(self.visible_of_app())
        self.desktop.run("xdotool", "mousemove", str(x + w // 2), str(y + h // 2), "click", "1")
        wait_for(lambda: len(self.visible_of_app()) > shown, 10, "the tray menu")
        time.sleep(0.5)
        self.desktop.run("xdotool", "key", "w")  # &Weekly summary…
        window = wait_for(lambda: self.windows("Weekly summary"), 20, "the summary window")
        assert isinstance(window, list)
        self.note("summary open")
        time.sleep(look_s)
        self.key(window[0], "Escape")
        wait_for(lambda: not self.windows("Weekly summary"), 10, "the summary to close")
        self.note("summary closed")


def simulate(
    gap_s: float = 60.0, cycles: int = 2, history_years: float = 1.0, sample_s: float = 2.0
) -> dict:
    desktop = Desktop()
    desktop.start_tray()
    with tempfile.TemporaryDirectory(prefix="bench-day-") as folder:
        home = Path(folder)
        counts = generate(home / "data", history_years, datetime.now(UTC))
        running = Running(OURS, desktop, extra=["--sit-limit", "1"], home=home)
        sampler: Sampler | None = None
        try:
            startup_s = running.wait_icon()
            sampler = Sampler(running, sample_s, running.began)
            sampler.start()
            person = Person(running, desktop)
            time.sleep(5)
            marks: dict[str, Snapshot] = {"after_start": snapshot(running.pids())}
            person.sit(gap_s)
            for cycle in range(1, cycles + 1):
                person.guided_break()
                person.summary()
                person.sit(SETTLE_S)
                marks[f"after_cycle_{cycle}"] = snapshot(running.pids())
                person.sit(gap_s)
            marks["after_day"] = snapshot(running.pids())
            outcomes = re.findall(r"guided break ended: (\w+)", person.log())
            processes = running.processes()
        finally:
            if sampler is not None:
                sampler.stopping.set()
                sampler.join(10)
            running.stop()
            desktop.close()
    samples = sampler.samples if sampler is not None else []
    peak = max(samples, key=lambda sample: sample[1])
    rss = {name: mark.rss_mib for name, mark in marks.items()}
    pss = {name: mark.pss_mib for name, mark in marks.items()}
    uss = {name: mark.uss_mib for name, mark in marks.items()}
    return {
        "wall_s": samples[-1][0] if samples else 0.0,
        "gap_s": gap_s,
        "history": {"years": history_years, **counts},
        "startup_s": startup_s,
        "processes": processes,
        "cycles": cycles,
        "guided_breaks": outcomes,
        "prompts_skipped": person.prompts_answered,
        "events": person.events,
        "rss_mib": {**rss, "peak": peak[1], "peak_at_s": peak[0]},
        "pss_mib": {**pss, "peak": max(sample[2] for sample in samples)},
        "uss_mib": uss,
        "end_minus_after_cycle_1_mib": rss["after_day"] - rss["after_cycle_1"],
        "samples": samples,
    }


def print_result(result: dict) -> None:
    rss, pss = result["rss_mib"], result["pss_mib"]
    print(
        f"simulated hour in {result['wall_s'] / 60:.1f} min of wall time: "
        f"{len(result['guided_breaks'])} guided breaks ({', '.join(result['guided_breaks'])}), "
        f"the summary opened {result['cycles']} times, {result['prompts_skipped']} prompts "
        "skipped"
    )
    uss = result["uss_mib"]
    print(f"{'memory (MiB)':<28}{'RSS':>8}{'PSS':>8}{'USS':>8}")
    names = ["after_start"] + [f"after_cycle_{n}" for n in range(1, result["cycles"] + 1)]
    for name in [*names, "after_day"]:
        print(f"{name.replace('_', ' '):<28}{rss[name]:>8.1f}{pss[name]:>8.1f}{uss[name]:>8.1f}")
    print(f"{'peak':<28}{rss['peak']:>8.1f}{pss['peak']:>8.1f}  (at {rss['peak_at_s']:.0f} s)")
    print(f"end − after cycle 1: {result['end_minus_after_cycle_1_mib']:+.1f} MiB RSS")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--gap", type=float, default=60.0, help="seconds of ticks between")
    parser.add_argument("--cycles", type=int, default=2, help="break + summary cycles")
    parser.add_argument("--history-years", type=float, default=1.0)
    parser.add_argument("--json", type=Path)
    args = parser.parse_args()
    result = simulate(args.gap, args.cycles, args.history_years)
    print_result(result)
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps(result, indent=2) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
