"""All the benchmarks in one run, against Workrave where it compares: ``./dev bench``.

Whole processes on private Xvfb servers with the trayer tray host (``whole_process``),
each app started the same way: a fresh HOME, a private D-Bus session bus
(``dbus-run-session``), "started" = its tray icon embedded in trayer's panel.

1. start-up and memory after start, ours and Workrave interleaved (one warm-up start of
   each first, not counted): process start → icon embedded; VmRSS and PSS of the app and
   its children 5 s later; median of ``--startup-runs``;
2. idle: both apps at once, each on its own Xvfb + trayer, left alone for
   ``--idle-minutes`` (after ``--settle`` seconds): CPU seconds (utime + stime of the
   app and its children), context switches per minute over all threads (voluntary +
   involuntary, from /proc/PID/task/*/status: the wake-ups), RSS/PSS at the end; a
   ``perf stat -e context-switches,task-clock`` over the same window as a cross-check;
3. ours only: a simulated hour (``simulated_day``), history cost with 1/5/10 years
   (``history_scaling``), the guided-break dialog's open time (``break_dialog_open``).

Prints one table (ours, Workrave's, ours ÷ Workrave's) and writes
``benchmarks/results/latest.json``.

    .venv/bin/python benchmarks/run_all.py [--idle-minutes 10] [--quick] [--json FILE]
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import history_scaling  # beside this file (benchmarks/ is not a package)
import simulated_day
from whole_process import (
    OURS,
    WORKRAVE,
    Desktop,
    PerfStat,
    Running,
    Tracker,
    TrayApp,
    comm,
    perf_available,
    snapshot,
)

HERE = Path(__file__).resolve().parent
RSS_AFTER_S = 5.0  # as startup.py
SAMPLE_S = 5.0  # /proc readings in the idle window (they do not wake the apps)


def say(text: str) -> None:
    print(f"[bench {time.strftime('%H:%M:%S')}] {text}", file=sys.stderr, flush=True)


# -- 1. start-up --------------------------------------------------------------------------


def start_once(app: TrayApp, desktop: Desktop) -> dict:
    desktop.start_tray()  # a fresh tray host per start (trayer may not survive an icon leaving)
    running = Running(app, desktop)
    try:
        startup = running.wait_icon()
        time.sleep(RSS_AFTER_S)
        mem = snapshot(running.pids())
        helpers = snapshot(running.helper_pids())
        processes = running.processes()
    finally:
        running.stop()
        desktop.stop_tray()
    return {
        "startup_s": startup,
        "rss_mib": mem.rss_mib,
        "pss_mib": mem.pss_mib,
        "uss_mib": mem.uss_mib,
        "threads": mem.threads,
        "helpers_rss_mib": helpers.rss_mib,
        "helpers_pss_mib": helpers.pss_mib,
        "processes": processes,
    }


def startup(apps: list[TrayApp], runs: int) -> dict[str, dict]:
    desktop = Desktop()
    results: dict[str, list[dict]] = {app.key: [] for app in apps}
    try:
        for app in apps:
            start_once(app, desktop)  # warm-up: page cache, font cache
        for run in range(runs):
            for app in apps if run % 2 == 0 else apps[::-1]:
                results[app.key].append(start_once(app, desktop))
    finally:
        desktop.close()
    summary = {}
    for key, rows in results.items():
        summary[key] = {
            name: {"median": statistics.median(r[name] for r in rows),
                   "all": [r[name] for r in rows]}
            for name in (
                "startup_s", "rss_mib", "pss_mib", "uss_mib", "threads", "helpers_rss_mib",
                "helpers_pss_mib",
            )
        }  # fmt: skip
        summary[key]["processes"] = rows[-1]["processes"]
    return summary


# -- 2. idle --------------------------------------------------------------------------------


def idle(apps: list[TrayApp], minutes: float, settle_s: float) -> dict[str, dict]:
    """Both apps at once, each on its own display, left alone for ``minutes``."""
    desktops = {app.key: Desktop() for app in apps}
    running: dict[str, Running] = {}
    try:
        for app in apps:
            desktops[app.key].start_tray()
            running[app.key] = Running(app, desktops[app.key])
        for run in running.values():
            run.wait_icon()
        time.sleep(settle_s)
        seconds = minutes * 60
        use_perf = perf_available()["context-switches"]
        apps_, helpers_, servers_, perf = {}, {}, {}, {}
        for key, run in running.items():
            if use_perf:
                perf[key] = PerfStat(run.pids(), seconds)
            apps_[key] = Tracker(run.pids)
            helpers_[key] = Tracker(run.helper_pids)
            servers_[key] = Tracker(desktops[key].server_pids)
        rss_samples: dict[str, list[float]] = {key: [] for key in running}
        began = time.monotonic()
        until = began + seconds
        while time.monotonic() < until:
            time.sleep(min(SAMPLE_S, max(0.0, until - time.monotonic())))
            for key in running:
                taken = apps_[key].sample()
                helpers_[key].sample()
                if len(rss_samples[key]) < (time.monotonic() - began) // 30:
                    rss_samples[key].append(round(taken.rss_mib, 2))
        results = {}
        for key, run in running.items():
            app_use = apps_[key].usage()
            last = apps_[key].last
            helpers_use = helpers_[key].usage()
            helpers = helpers_[key].last
            results[key] = {
                **app_use,
                "rss_mib_start": apps_[key].first.rss_mib,
                "rss_mib_end": last.rss_mib,
                "pss_mib_end": last.pss_mib,
                "uss_mib_end": last.uss_mib,
                "rss_mib_every_30_s": rss_samples[key],
                "threads": last.threads,
                "processes": run.processes(),
                "helpers": {
                    **helpers_use,
                    "rss_mib_end": helpers.rss_mib,
                    "pss_mib_end": helpers.pss_mib,
                    "processes": [f"{comm(pid)}[{pid}]" for pid in helpers.pids],
                },
                "xvfb_and_trayer_cpu_s": servers_[key].usage()["cpu_s"],
                "perf": perf[key].result() if key in perf else None,
            }
    finally:
        for run in running.values():
            run.stop()
        for desktop in desktops.values():
            desktop.close()
    return results


# -- 3. ours only -----------------------------------------------------------------------


def break_dialog(runs: int) -> dict:
    """break_dialog_open.py in fresh processes (so each first open is really cold): with
    nothing of the app loaded, and as in a started app (``in_app``)."""
    result = {}
    with tempfile.TemporaryDirectory() as folder:
        for flags in ([], ["--in-app"]):
            out = Path(folder) / "dialog.json"
            subprocess.run(
                [sys.executable, str(HERE / "break_dialog_open.py"), "--runs", str(runs),
                 *flags, "--json", str(out)],
                check=True, stdout=subprocess.DEVNULL,
            )  # fmt: skip
            measured = json.loads(out.read_text())
            if flags:
                result["in_app_cold_open_ms"] = measured["cold_open_ms"]
            else:
                result = measured | result
    return result


# -- the table ------------------------------------------------------------------------------


def machine() -> dict[str, object]:
    cpu = next(
        (
            line.split(":", 1)[1].strip()
            for line in Path("/proc/cpuinfo").read_text().splitlines()
            if line.startswith("model name")
        ),
        platform.processor(),
    )
    workrave = subprocess.run(
        ["dpkg-query", "-W", "-f=${Version}", "workrave"], capture_output=True, text=True
    ).stdout.strip()
    import PySide6

    def git(*args: str) -> str:
        done = subprocess.run(["git", *args], capture_output=True, text=True, cwd=HERE.parent)
        return done.stdout.strip()

    return {
        "date": datetime.now().astimezone().isoformat(timespec="seconds"),
        "cpu": cpu,
        "cpus": os.cpu_count(),
        "memory_gib": round(os.sysconf("SC_PHYS_PAGES") * os.sysconf("SC_PAGE_SIZE") / 2**30, 1),
        "kernel": platform.release(),
        "os": Path("/etc/debian_version").read_text().strip()
        if Path("/etc/debian_version").exists()
        else platform.platform(),
        "python": platform.python_version(),
        "pyside6": PySide6.__version__,
        "workrave": workrave or None,
        "perf": perf_available(),
        # The app is measured as it is in this working tree (an editable install).
        "commit": git("rev-parse", "--short", "HEAD"),
        "changed_files": git("status", "--porcelain", "--untracked-files=no").splitlines(),
    }


def _fmt(value: float | None, digits: int) -> str:
    return "—" if value is None else f"{value:.{digits}f}"


def table(result: dict) -> str:
    rows: list[tuple[str, float | None, float | None, int]] = []
    start, idle_ = result["startup"], result["idle"]
    minutes = result["settings"]["idle_minutes"]

    def add(label: str, get: Callable[[dict], float], source: dict, digits: int) -> None:
        mine = get(source["ours"]) if "ours" in source else None
        other = get(source["workrave"]) if source.get("workrave") else None
        rows.append((label, mine, other, digits))

    runs = result["settings"]["startup_runs"]
    add(
        f"start-up to tray icon, median of {runs} (s)", lambda r: r["startup_s"]["median"], start, 2
    )
    add("RSS 5 s after start (MiB)", lambda r: r["rss_mib"]["median"], start, 1)
    add("PSS 5 s after start (MiB)", lambda r: r["pss_mib"]["median"], start, 1)
    add("USS 5 s after start (MiB)", lambda r: r["uss_mib"]["median"], start, 1)
    add("PSS with the helpers it activated (MiB)",
        lambda r: r["pss_mib"]["median"] + r["helpers_pss_mib"]["median"], start, 1)  # fmt: skip
    add(f"CPU over {minutes:g} idle min (s)", lambda r: r["cpu_s"], idle_, 3)
    add("wake-ups / min (context switches)", lambda r: r["switches_per_min"], idle_, 1)
    add("  of them voluntary / min", lambda r: r["voluntary_per_min"], idle_, 1)
    add(f"RSS after {minutes:g} idle min (MiB)", lambda r: r["rss_mib_end"], idle_, 1)
    add(f"PSS after {minutes:g} idle min (MiB)", lambda r: r["pss_mib_end"], idle_, 1)
    add(f"USS after {minutes:g} idle min (MiB)", lambda r: r["uss_mib_end"], idle_, 1)
    if all((idle_.get(k) or {}).get("perf") for k in ("ours", "workrave")):
        add(
            "  perf: context switches / min (cross-check)",
            lambda r: r["perf"]["context_switches"] / (r["seconds"] / 60),
            idle_,
            1,
        )
        add("  perf: task-clock over the window (s)", lambda r: r["perf"]["cpu_s"], idle_, 3)
    add("D-Bus-activated helpers: RSS (MiB)", lambda r: r["helpers_rss_mib"]["median"],
        start, 1)  # fmt: skip
    add("helpers: PSS (MiB)", lambda r: r["helpers_pss_mib"]["median"], start, 1)
    add(f"helpers: CPU over {minutes:g} idle min (s)", lambda r: r["helpers"]["cpu_s"], idle_, 3)
    add(f"its Xvfb + trayer: CPU over {minutes:g} min (s)",
        lambda r: r["xvfb_and_trayer_cpu_s"], idle_, 3)  # fmt: skip

    lines = [f"{'measure':<46}{'deadbutt-tray':>14}{'Workrave':>10}{'ratio':>8}"]
    for label, mine, other, digits in rows:
        ratio = mine / other if mine is not None and other else None
        lines.append(f"{label:<46}{_fmt(mine, digits):>14}{_fmt(other, digits):>10}"
                     f"{_fmt(ratio, 2):>8}")  # fmt: skip
    lines.append("ratio = ours ÷ Workrave's (below 1: ours is lighter / quicker / quieter)")

    day = result.get("day")
    if day:
        lines += [
            "",
            f"a simulated hour of ours ({day['wall_s'] / 60:.1f} min of wall time: "
            f"{len(day['guided_breaks'])} guided breaks, the summary opened {day['cycles']}×, "
            f"{day['prompts_skipped']} prompts skipped):",
            f"  {'MiB':<5}{'start':>8}{'after #1':>10}{'after #2':>10}{'end':>8}{'peak':>8}"
            f"{'end − #1':>10}",
        ]
        for kind in ("rss", "uss"):
            marks = day[f"{kind}_mib"]
            peak = f"{marks['peak']:>8.1f}" if "peak" in marks else f"{'':>8}"
            lines.append(
                f"  {kind.upper():<5}{marks['after_start']:>8.1f}{marks['after_cycle_1']:>10.1f}"
                f"{marks['after_cycle_2']:>10.1f}{marks['after_day']:>8.1f}{peak}"
                f"{marks['after_day'] - marks['after_cycle_1']:>+10.1f}"
            )
    history = result.get("history")
    if history:
        lines += ["", "history (ours), this week " + history["week"] + ":"]
        lines.append(
            f"  {'years':>5}{'files':>7}{'MB':>7}{'append (median)':>17}{'first append':>14}"
            f"{'week summary':>14}{'files read':>12}"
        )
        for count, row in history["years"].items():
            append, summary = row["append"], row["summary"]
            lines.append(
                f"  {count:>5}{row['month_files']:>7}{row['mb']:>7.1f}"
                f"{append['median_ms']:>14.1f} ms{append['first_ms']:>11.1f} ms"
                f"{summary['median_ms']:>11.1f} ms{summary['month_files_parsed']:>12}"
            )
    dialog = result.get("break_dialog")
    if dialog:
        lines += [
            "",
            f"guided-break dialog ({dialog['routine']}), construct → first frame with the "
            f"illustration: first open {dialog['cold_open_ms']:.0f} ms, then median "
            f"{dialog['warm_open_ms']['median']:.0f} ms ({dialog['runs']} runs); "
            f"first open in a started app {dialog.get('in_app_cold_open_ms', 0):.0f} ms",
        ]
    return "\n".join(lines)


# -- main -----------------------------------------------------------------------------------


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--idle-minutes", type=float, default=None, help="default 10 (quick: 1)")
    parser.add_argument("--quick", action="store_true", help="1 idle minute, fewer runs")
    parser.add_argument("--startup-runs", type=int, default=None, help="default 5 (quick: 2)")
    parser.add_argument("--settle", type=float, default=None, help="s before the idle window")
    parser.add_argument("--day-gap", type=float, default=None, help="s of ticks in the hour")
    parser.add_argument("--json", type=Path, default=HERE / "results" / "latest.json")
    args = parser.parse_args()
    quick = args.quick
    settings = {
        "quick": quick,
        "idle_minutes": args.idle_minutes or (1.0 if quick else 10.0),
        "startup_runs": args.startup_runs or (2 if quick else 5),
        "settle_s": args.settle if args.settle is not None else (10.0 if quick else 30.0),
        "day_gap_s": args.day_gap or (20.0 if quick else 60.0),
        "appends": 20 if quick else 50,
        "summary_runs": 5 if quick else 9,
        "dialog_runs": 5 if quick else 20,
    }
    missing = [tool for tool in ("Xvfb", "trayer", "xwininfo", "xdotool", "dbus-run-session")
               if shutil.which(tool) is None]  # fmt: skip
    if missing:
        print(f"missing: {', '.join(missing)} (./dev bench installs them)", file=sys.stderr)
        return 2
    apps = [OURS]
    if shutil.which("workrave"):
        apps.append(WORKRAVE)
    else:
        say("workrave is not installed (apt-get install workrave): no comparison")

    began = time.monotonic()
    result: dict = {"machine": machine(), "settings": settings, "errors": {}}
    minutes, settle = settings["idle_minutes"], settings["settle_s"]
    sections: list[tuple[str, str, Callable[[], object]]] = [
        ("startup", f"start-up: {settings['startup_runs']} starts of each, interleaved",
         lambda: startup(apps, settings["startup_runs"])),
        ("idle", f"idle: {minutes:g} min, both at once (after {settle:g} s to settle)",
         lambda: idle(apps, minutes, settle)),
        ("day", "a simulated hour of ours: two guided breaks, the summary opened twice",
         lambda: simulated_day.simulate(settings["day_gap_s"])),
        ("history", "history: append and week summary with 1, 5 and 10 years on disk",
         lambda: history_scaling.measure(settings["appends"], settings["summary_runs"])),
        ("break_dialog", "guided-break dialog open time",
         lambda: break_dialog(settings["dialog_runs"])),
    ]  # fmt: skip
    result["loadavg"] = {}
    for key, what, run in sections:
        say(what)
        load = Path("/proc/loadavg").read_text().split()[:3]
        try:
            result[key] = run()
        except Exception as exc:  # one broken part must not lose the others' figures
            say(f"{key} failed: {exc!r}")
            result["errors"][key] = repr(exc)
            result[key] = {}
        # Other work on the machine shows here (the 1-minute figure, before and after).
        result["loadavg"][key] = [load, Path("/proc/loadavg").read_text().split()[:3]]
    result["total_s"] = time.monotonic() - began

    text = table(result)
    result["table"] = text.splitlines()
    print(text)
    for key, error in result["errors"].items():
        print(f"{key}: FAILED ({error})")
    print(f"\n(total {result['total_s'] / 60:.1f} min; written to {args.json})")
    args.json.parent.mkdir(parents=True, exist_ok=True)
    args.json.write_text(json.dumps(result, indent=2) + "\n")
    return 1 if result["errors"] else 0


if __name__ == "__main__":
    sys.exit(main())
