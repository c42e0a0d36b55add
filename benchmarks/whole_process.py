"""Tray apps as whole processes on a private Xvfb with the trayer tray host, and their cost.

The building blocks of ``run_all.py`` (and ``simulated_day.py``):

* :class:`Desktop`: one Xvfb server (``startup.start_xvfb``) and a trayer panel on it;
* :class:`TrayApp` / :class:`Running`: an app started the same way for every candidate:
  a fresh, empty ``HOME`` (first-run state identical each time), a private D-Bus session
  bus (``dbus-run-session``) and the Xvfb display; "started" means its tray icon window is
  embedded in trayer's panel (``xwininfo -root -tree``, polled every 10 ms);
* readings from ``/proc`` for the app process *and its descendants*: VmRSS, PSS
  and USS (``/proc/PID/smaps_rollup``), CPU (utime + stime from ``/proc/PID/stat``, plus
  cutime + cstime for children it reaped) and context switches (voluntary + involuntary,
  summed over every thread in ``/proc/PID/task/*/status``). Services the session bus
  starts on an app's behalf (D-Bus activation: the accessibility bus, dconf) are not the
  app's children; they are read apart as its "helpers".

Nothing here installs anything; ``./dev bench`` does.
"""

from __future__ import annotations

import contextlib
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from startup import start_trayer, start_xvfb  # beside this file (benchmarks/ is not a package)

CLK_TCK = os.sysconf("SC_CLK_TCK")
ICON_POLL_S = 0.01
# Variables of the calling session that would leak it into the benchmark's private one.
_SESSION_VARS = (
    "QT_QPA_PLATFORM",
    "WAYLAND_DISPLAY",
    "DBUS_SESSION_BUS_ADDRESS",
    "DEADBUTT_TRAY_HOME",
    "XDG_CONFIG_HOME",
    "XDG_DATA_HOME",
    "XDG_CACHE_HOME",
    "XDG_STATE_HOME",
    "XDG_RUNTIME_DIR",
    "SESSION_MANAGER",
)


# -- /proc ------------------------------------------------------------------------------


def _stat_fields(pid: int) -> list[str] | None:
    """Fields of /proc/PID/stat from field 3 (state) on; None if the process is gone."""
    try:
        text = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return None
    return text.rsplit(")", 1)[1].split()


def parent_map() -> dict[int, list[int]]:
    """Every process's children, from /proc/*/stat."""
    children: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            fields = _stat_fields(int(entry))
            if fields is not None:
                children.setdefault(int(fields[1]), []).append(int(entry))
    return children


def descendants(pid: int, children: dict[int, list[int]] | None = None) -> list[int]:
    """``pid`` and every process below it."""
    children = parent_map() if children is None else children
    found, todo = [], [pid]
    while todo:
        current = todo.pop()
        found.append(current)
        todo.extend(children.get(current, ()))
    return found


def session_members(sid: int) -> list[int]:
    """Live (not zombie) processes of the session ``sid``."""
    found = []
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            fields = _stat_fields(int(entry))
            if fields is not None and int(fields[3]) == sid and fields[0] != "Z":
                found.append(int(entry))
    return found


def cmdline(pid: int) -> list[str]:
    try:
        return Path(f"/proc/{pid}/cmdline").read_bytes().decode(errors="replace").split("\0")[:-1]
    except OSError:
        return []


def comm(pid: int) -> str:
    try:
        return Path(f"/proc/{pid}/comm").read_text().strip()
    except OSError:
        return "?"


def start_time(pid: int) -> int | None:
    """When the process started (clock ticks since boot): tells a reused pid apart."""
    fields = _stat_fields(pid)
    return None if fields is None else int(fields[19])


def cpu_ticks(pid: int) -> int:
    """utime + stime of the process (all its threads) + cutime + cstime (reaped children)."""
    fields = _stat_fields(pid)
    if fields is None:
        return 0
    return sum(int(value) for value in fields[11:15])


def _status_kib(pid: int, key: str) -> int:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith(key + ":"):
                return int(line.split()[1])
    except OSError:
        pass
    return 0


def rss_kib(pid: int) -> int:
    return _status_kib(pid, "VmRSS")


def smaps_kib(pid: int) -> dict[str, int]:
    """/proc/PID/smaps_rollup in KiB: Pss, Private_Clean, Private_Dirty, …"""
    found: dict[str, int] = {}
    try:
        for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines():
            parts = line.split()
            if len(parts) == 3 and parts[2] == "kB":
                found[parts[0].rstrip(":")] = int(parts[1])
    except OSError:
        pass
    return found


def pss_kib(pid: int) -> int:
    """Proportional set size: shared pages divided among the processes mapping them."""
    return smaps_kib(pid).get("Pss", 0)


def uss_kib(pid: int) -> int:
    """Unique set size: pages only this process maps (what quitting it gives back)."""
    rollup = smaps_kib(pid)
    return rollup.get("Private_Clean", 0) + rollup.get("Private_Dirty", 0)


def thread_run_ns(pid: int) -> dict[int, int]:
    """Nanoseconds each thread of ``pid`` has run (/proc/PID/task/TID/schedstat)."""
    found: dict[int, int] = {}
    try:
        tids = os.listdir(f"/proc/{pid}/task")
    except OSError:
        return found
    for tid in tids:
        try:
            found[int(tid)] = int(Path(f"/proc/{pid}/task/{tid}/schedstat").read_text().split()[0])
        except (OSError, IndexError, ValueError):
            continue
    return found


def thread_switches(pid: int) -> dict[int, tuple[str, int, int]]:
    """(name, voluntary, involuntary context switches) of each thread of ``pid``."""
    found: dict[int, tuple[str, int, int]] = {}
    try:
        tids = os.listdir(f"/proc/{pid}/task")
    except OSError:
        return found
    for tid in tids:
        name, voluntary, involuntary = "?", 0, 0
        try:
            for line in Path(f"/proc/{pid}/task/{tid}/status").read_text().splitlines():
                if line.startswith("Name:"):
                    name = line.partition(":")[2].strip() or "?"
                elif line.startswith("voluntary_ctxt_switches:"):
                    voluntary = int(line.split()[1])
                elif line.startswith("nonvoluntary_ctxt_switches:"):
                    involuntary = int(line.split()[1])
        except OSError:
            continue
        found[int(tid)] = (name, voluntary, involuntary)
    return found


@dataclass
class Snapshot:
    """What a set of processes had used at one moment."""

    at: float
    pids: list[int]
    ticks: dict[int, int]
    switches: dict[int, tuple[str, int, int]]  # by thread id: name, voluntary, involuntary
    run_ns: dict[int, int]  # by thread id
    rss_kib: int
    pss_kib: int
    uss_kib: int
    threads: int

    @property
    def rss_mib(self) -> float:
        return self.rss_kib / 1024

    @property
    def pss_mib(self) -> float:
        return self.pss_kib / 1024

    @property
    def uss_mib(self) -> float:
        return self.uss_kib / 1024


def snapshot(pids: Iterable[int]) -> Snapshot:
    pids = [pid for pid in pids if Path(f"/proc/{pid}").exists()]
    switches: dict[int, tuple[str, int, int]] = {}
    run_ns: dict[int, int] = {}
    rollups = [smaps_kib(pid) for pid in pids]
    for pid in pids:
        switches.update(thread_switches(pid))
        run_ns.update(thread_run_ns(pid))
    return Snapshot(
        at=time.monotonic(),
        pids=pids,
        ticks={pid: cpu_ticks(pid) for pid in pids},
        switches=switches,
        run_ns=run_ns,
        rss_kib=sum(rss_kib(pid) for pid in pids),
        pss_kib=sum(r.get("Pss", 0) for r in rollups),
        uss_kib=sum(r.get("Private_Clean", 0) + r.get("Private_Dirty", 0) for r in rollups),
        threads=len(switches),
    )


def usage_between(first: Snapshot, last: Snapshot) -> dict[str, float]:
    """CPU seconds and context switches from ``first`` to ``last``.

    Processes and threads that appeared in between count from zero; ones that ended in
    between are lost (unless a parent reaped them: then their CPU is in its cutime).
    """
    ticks = sum(value - first.ticks.get(pid, 0) for pid, value in last.ticks.items())
    voluntary = involuntary = 0
    by_thread: dict[str, int] = {}
    for tid, (name, vol, invol) in last.switches.items():
        _name, vol_before, invol_before = first.switches.get(tid, (name, 0, 0))
        voluntary += vol - vol_before
        involuntary += invol - invol_before
        by_thread[name] = by_thread.get(name, 0) + vol - vol_before + invol - invol_before
    run_ns = sum(value - first.run_ns.get(tid, 0) for tid, value in last.run_ns.items())
    minutes = (last.at - first.at) / 60
    return {
        "seconds": last.at - first.at,
        "cpu_s": ticks / CLK_TCK,
        "cpu_s_schedstat": run_ns / 1e9,  # the same, to the nanosecond (live threads only)
        "voluntary_switches": voluntary,
        "involuntary_switches": involuntary,
        "switches_per_min": (voluntary + involuntary) / minutes if minutes else 0.0,
        "voluntary_per_min": voluntary / minutes if minutes else 0.0,
        "switches_by_thread": dict(sorted(by_thread.items(), key=lambda item: -item[1])),
    }


class Tracker:
    """Follows the threads of a set of processes over a window, so short-lived ones count.

    /proc keeps a thread's context switches and run time only while it lives (Qt's pooled
    threads end after 30 s idle). Sampling every few seconds and keeping each thread's last
    reading loses only what a thread did after its last sample.
    """

    def __init__(self, pids: Callable[[], Iterable[int]]) -> None:
        self.pids = pids
        self.first = snapshot(pids())
        self.switches = dict(self.first.switches)
        self.run_ns = dict(self.first.run_ns)
        self.last = self.first

    def sample(self) -> Snapshot:
        self.last = snapshot(self.pids())
        self.switches.update(self.last.switches)
        self.run_ns.update(self.last.run_ns)
        return self.last

    def usage(self) -> dict[str, object]:
        last = self.sample()
        followed = Snapshot(
            at=last.at,
            pids=last.pids,
            ticks=last.ticks,
            switches=self.switches,
            run_ns=self.run_ns,
            rss_kib=last.rss_kib,
            pss_kib=last.pss_kib,
            uss_kib=last.uss_kib,
            threads=last.threads,
        )
        return {**usage_between(self.first, followed), "threads_seen": len(self.switches)}


# -- perf (software counters: this machine's VM has no hardware counters) ----------------


def perf_available() -> dict[str, bool]:
    """Whether ``perf stat`` counts hardware instructions, and software context switches."""

    def counts(event: str) -> bool:
        if shutil.which("perf") is None:
            return False
        done = subprocess.run(
            ["perf", "stat", "-x,", "-e", event, "true"], capture_output=True, text=True
        )
        value = done.stderr.strip().splitlines()[-1].split(",")[0] if done.stderr.strip() else ""
        return done.returncode == 0 and value.replace(".", "").isdigit()

    return {"instructions": counts("instructions"), "context-switches": counts("context-switches")}


class PerfStat:
    """``perf stat -e context-switches,task-clock -p PIDS`` over a window (a cross-check)."""

    def __init__(self, pids: Sequence[int], seconds: float) -> None:
        self.proc = subprocess.Popen(
            ["perf", "stat", "-x,", "-e", "context-switches,task-clock",
             "-p", ",".join(map(str, pids)), "--", "sleep", f"{seconds:.1f}"],
            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
        )  # fmt: skip

    def result(self) -> dict[str, float] | None:
        _out, err = self.proc.communicate(timeout=120)
        values: dict[str, float] = {}
        for line in err.splitlines():
            parts = line.split(",")
            if len(parts) >= 3 and re.fullmatch(r"[\d.]+", parts[0]):
                values[parts[2]] = float(parts[0])
        if "context-switches" not in values:
            return None
        return {
            "context_switches": values["context-switches"],
            "cpu_s": values.get("task-clock", 0.0) / 1000,
        }


# -- a desktop ---------------------------------------------------------------------------


def session_env(display: str, home: Path | None = None) -> dict[str, str]:
    """This process's environment on ``display`` only, with a fresh HOME if given."""
    env = {k: v for k, v in os.environ.items() if k not in _SESSION_VARS}
    env["DISPLAY"] = display
    env["XDG_SESSION_TYPE"] = "x11"
    if home is not None:
        runtime = home / "runtime"
        runtime.mkdir(mode=0o700, exist_ok=True)
        env["HOME"] = str(home)
        env["XDG_RUNTIME_DIR"] = str(runtime)
    return env


class Desktop:
    """A private Xvfb server with (when started) the trayer tray host on it."""

    def __init__(self) -> None:
        self.xvfb, self.display = start_xvfb()
        self.trayer: subprocess.Popen[bytes] | None = None

    def env(self, home: Path | None = None) -> dict[str, str]:
        return session_env(self.display, home)

    def run(self, *args: str) -> str:
        return subprocess.run(
            args, env=self.env(), capture_output=True, text=True, timeout=30, check=False
        ).stdout

    def start_tray(self) -> None:
        self.stop_tray()
        self.trayer = start_trayer(self.env())

    def stop_tray(self) -> None:
        if self.trayer is not None:
            self.trayer.terminate()
            self.trayer.wait(10)
            self.trayer = None

    def icon_geometry(self, icon: str) -> tuple[int, int, int, int] | None:
        """x, y, width, height of the window named ``icon`` inside trayer's panel."""
        in_panel = False
        for line in self.run("xwininfo", "-root", "-tree").splitlines():
            if '"panel"' in line:
                in_panel = True
            elif in_panel and f'"{icon}": (' in line:
                match = re.search(r"(\d+)x(\d+)\+-?\d+\+-?\d+\s+\+(-?\d+)\+(-?\d+)", line)
                if match:
                    w, h, x, y = map(int, match.groups())
                    return x, y, w, h
        return None

    def server_pids(self) -> list[int]:
        """Xvfb and trayer: the display's own cost (redraws the apps cause land there)."""
        return [p.pid for p in (self.xvfb, self.trayer) if p is not None]

    def close(self) -> None:
        self.stop_tray()
        self.xvfb.terminate()
        try:
            self.xvfb.wait(10)
        except subprocess.TimeoutExpired:
            self.xvfb.kill()
            self.xvfb.wait()


# -- the apps ------------------------------------------------------------------------------


@dataclass(frozen=True)
class TrayApp:
    key: str  # "ours" / "workrave"
    label: str
    icon: str  # the name xwininfo shows for its tray icon window
    argv: Callable[[Path, Sequence[str]], list[str]]
    prepare: Callable[[Path], None] = field(default=lambda _home: None)


def _ours_argv(home: Path, extra: Sequence[str]) -> list[str]:
    return [sys.executable, "-m", "deadbutt_tray", "--data-dir", str(home / "data"), *extra]


def _ours_prepare(home: Path) -> None:
    # As startup.py: the welcome window (shown once, on a first start) is not start-up.
    (home / "data").mkdir(parents=True, exist_ok=True)
    (home / "data" / "state.toml").write_text("welcome_seen = true\n")


OURS = TrayApp("ours", "deadbutt-tray", "deadbutt-tray", _ours_argv, _ours_prepare)
WORKRAVE = TrayApp("workrave", "Workrave", "workrave", lambda _home, extra: ["workrave", *extra])


class Running:
    """One app started under ``dbus-run-session`` with a fresh HOME on ``desktop``."""

    def __init__(
        self,
        app: TrayApp,
        desktop: Desktop,
        extra: Sequence[str] = (),
        home: Path | None = None,
    ) -> None:
        self.app = app
        self.desktop = desktop
        self._own_home = home is None
        self.home = Path(tempfile.mkdtemp(prefix=f"bench-{app.key}-")) if home is None else home
        app.prepare(self.home)
        self.env = desktop.env(self.home)
        self._seen: dict[int, int | None] = {}
        self.began = time.perf_counter()
        self.wrapper = subprocess.Popen(
            ["dbus-run-session", "--", *app.argv(self.home, extra)],
            env=self.env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
            start_new_session=True,
        )  # fmt: skip
        self._app_pid: int | None = None
        self._bus_pid: int | None = None

    def wait_icon(self, timeout: float = 30.0) -> float:
        """Seconds from starting the process to its icon embedded in trayer's panel."""
        while self.desktop.icon_geometry(self.app.icon) is None:
            took = time.perf_counter() - self.began
            if took > timeout:
                raise RuntimeError(f"{self.app.label}: the tray icon never appeared")
            if self.wrapper.poll() is not None:
                raise RuntimeError(f"{self.app.label} exited ({self.wrapper.returncode})")
            time.sleep(ICON_POLL_S)
        return time.perf_counter() - self.began

    def _find(self) -> None:
        if self._app_pid is not None:
            return
        for pid in parent_map().get(self.wrapper.pid, []):
            if comm(pid) == "dbus-daemon":
                self._bus_pid = pid
            else:
                self._app_pid = pid

    @property
    def pid(self) -> int:
        self._find()
        if self._app_pid is None:
            raise RuntimeError(f"{self.app.label}: no process under dbus-run-session")
        return self._app_pid

    def pids(self) -> list[int]:
        """The app and its descendants."""
        found = descendants(self.pid)
        self._remember(found)
        return found

    def helper_pids(self) -> list[int]:
        """Services the private session bus started for the app (not the bus itself).

        D-Bus activation double-forks them (their parent is init), so they are found by
        the session id this run's ``dbus-run-session`` started.
        """
        self._find()
        mine = set(descendants(self._app_pid)) if self._app_pid is not None else set()
        mine |= {self.wrapper.pid, self._bus_pid or -1}
        found = [pid for pid in session_members(self.wrapper.pid) if pid not in mine]
        self._remember(found)
        return found

    def _remember(self, pids: Iterable[int]) -> None:
        for pid in pids:
            self._seen.setdefault(pid, start_time(pid))

    def processes(self) -> list[str]:
        return [f"{comm(pid)}[{pid}]" for pid in self.pids()]

    def stop(self) -> None:
        """SIGTERM the app (dbus-run-session then ends its bus), then anything left over."""
        with contextlib.suppress(RuntimeError):
            self.pids()
            self.helper_pids()
        if self._app_pid is not None:
            with contextlib.suppress(ProcessLookupError):
                os.kill(self._app_pid, signal.SIGTERM)
        try:
            self.wrapper.wait(20)
        except subprocess.TimeoutExpired:
            if self._app_pid is not None:
                with contextlib.suppress(ProcessLookupError):
                    os.kill(self._app_pid, signal.SIGKILL)
            self.wrapper.wait(10)
        # Activated helpers outlive the bus for a moment; end the ones this run started.
        for pid, started in self._seen.items():
            if started is not None and start_time(pid) == started:
                with contextlib.suppress(ProcessLookupError):
                    os.kill(pid, signal.SIGTERM)
        with contextlib.suppress(ProcessLookupError, PermissionError):
            os.killpg(self.wrapper.pid, signal.SIGTERM)
        if self._own_home:
            shutil.rmtree(self.home, ignore_errors=True)
