"""Fault drills: run the real app, break its storage, be another user.

Where a promise is about the program ("keeps running", "tells the user"), the drills
start the real thing: ``python -m deadbutt_tray`` with offscreen Qt (no display needed),
talk to it through its control socket and its command line, and read its log and its
history files. Where a promise needs time to pass faster than real time, they build the
real ``TrayApp`` in this process on a ``FakeClock``.

Some drills need privileges: a size-limited or read-only folder needs ``mount`` (root, or
passwordless ``sudo``), and being a second user needs root (or ``sudo -u``). Without
them those drills skip with a loud reason; under CI (``CI`` set) or with
``DEADBUTT_TRAY_REQUIRE_DRILLS=1`` they fail instead, so they cannot silently stop running.
"""

from __future__ import annotations

import contextlib
import dataclasses
import errno
import json
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import tomllib
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import IO, Any, NoReturn
from zoneinfo import ZoneInfo

import pytest

from tests.fakes import FakeAutostart, FakeChime, FakeFullscreen, FakeIdle

REPO = Path(__file__).resolve().parents[2]
LOG_NAME = "deadbutt-tray.log"
OTHER_UID = 65534  # "nobody": the second user on this machine
BERLIN = ZoneInfo("Europe/Berlin")
CRASH_MARK = "Uncaught exception"  # what logsetup's excepthook writes


def skip_or_fail(message: str) -> NoReturn:
    """Skip loudly on a developer machine; fail under CI, where a skip would hide a gap."""
    text = f"!!! {message}"
    if os.environ.get("CI") or os.environ.get("DEADBUTT_TRAY_REQUIRE_DRILLS"):
        pytest.fail(text, pytrace=False)
    pytest.skip(text)


def app_env(**extra: str) -> dict[str, str]:
    """This process's environment for an app process: offscreen Qt, this checkout first."""
    env = dict(os.environ)
    for name in ("DISPLAY", "WAYLAND_DISPLAY", "DEADBUTT_TRAY_HOME", "DBUS_SESSION_BUS_ADDRESS"):
        env.pop(name, None)
    env["QT_QPA_PLATFORM"] = "offscreen"
    env["PYTHONPATH"] = os.pathsep.join([str(REPO), *filter(None, [env.get("PYTHONPATH")])])
    env.update(extra)
    return env


def platform_layout_env(home: Path, runtime: Path, **where: Path) -> dict[str, str]:
    """An app environment with the usual XDG folders under ``home`` (no ``--data-dir``).

    ``where`` may move single folders elsewhere (``data=…``, ``config=…``, ``state=…``);
    the runtime folder (lock and socket) is ``runtime``, as ``$XDG_RUNTIME_DIR`` is on a
    desktop: a small tmpfs of its own, not the home disk.
    """
    runtime.mkdir(parents=True, exist_ok=True)
    runtime.chmod(0o700)
    folders = {
        "XDG_CONFIG_HOME": where.get("config", home / ".config"),
        "XDG_DATA_HOME": where.get("data", home / ".local" / "share"),
        "XDG_STATE_HOME": where.get("state", home / ".local" / "state"),
        "XDG_CACHE_HOME": where.get("cache", home / ".cache"),
    }
    return app_env(
        HOME=str(home),
        XDG_RUNTIME_DIR=str(runtime),
        XDG_CONFIG_DIRS=str(runtime.parent / "no-admin-defaults"),
        **{name: str(path) for name, path in folders.items()},
    )


def run_cli(
    *args: str, env: dict[str, str] | None = None, timeout: float = 30
) -> subprocess.CompletedProcess[str]:
    """``deadbutt-tray ARGS`` in a process of its own, as a person would type it."""
    return subprocess.run(
        [sys.executable, "-m", "deadbutt_tray", *args],
        env=env or app_env(),
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )


def read_from(path: Path, offset: int) -> str:
    try:
        with open(path, "rb") as handle:
            handle.seek(offset)
            return handle.read().decode("utf-8", errors="replace")
    except FileNotFoundError:
        return ""


def size_of(path: Path) -> int:
    try:
        return path.stat().st_size
    except FileNotFoundError:
        return 0


# -- the real app ------------------------------------------------------------------------


@dataclass
class RealApp:
    """One running ``python -m deadbutt_tray`` process and the files it writes."""

    proc: subprocess.Popen[bytes]
    args_prefix: list[str]  # ["--data-dir", DIR] or [] for the platform layout
    env: dict[str, str]
    log_file: Path
    runtime_dir: Path
    output_file: Path  # its stdout and stderr
    log_start: int  # the log is shared by every run on the same folder: read from here
    _output: IO[bytes] = field(repr=False)
    data_dir: Path = Path()  # the folder the app keeps its files in (names its socket)

    @property
    def pid(self) -> int:
        return self.proc.pid

    @property
    def socket_path(self) -> Path:
        from deadbutt_tray.instance import socket_path_for

        return socket_path_for(self.runtime_dir, self.data_dir)

    def alive(self) -> bool:
        return self.proc.poll() is None

    def log(self) -> str:
        """What this run wrote to the log."""
        return read_from(self.log_file, self.log_start)

    def output(self) -> str:
        return read_from(self.output_file, 0)

    def wait_for(self, text: str, timeout: float = 15.0, *, in_output: bool = False) -> None:
        """Wait until ``text`` is in the log (or stdout/stderr); fail fast on a crash."""
        deadline = time.monotonic() + timeout
        while True:
            seen = self.output() if in_output else self.log()
            if text in seen:
                return
            if CRASH_MARK in self.log() and CRASH_MARK not in text:
                raise AssertionError(f"the app crashed waiting for {text!r}:\n{self.tail()}")
            if not self.alive():
                raise AssertionError(
                    f"the app exited ({self.proc.returncode}) before {text!r}:\n{self.tail()}"
                )
            if time.monotonic() > deadline:
                raise AssertionError(f"timed out after {timeout} s waiting for {text!r}")
            time.sleep(0.05)

    def wait_started(self, timeout: float = 20.0) -> None:
        self.wait_for("started; tray available", timeout)

    def tail(self, chars: int = 3000) -> str:
        return f"--- log ---\n{self.log()[-chars:]}\n--- output ---\n{self.output()[-chars:]}"

    def cli(self, *args: str, timeout: float = 30) -> subprocess.CompletedProcess[str]:
        """``deadbutt-tray [--data-dir D] ARGS`` for this app's folders."""
        return run_cli(*self.args_prefix, *args, env=self.env, timeout=timeout)

    def send(self, payload: bytes, timeout: float = 3.0) -> bytes:
        """Send raw bytes to the control socket; the reply (b"" if it hung up)."""
        with socket.socket(socket.AF_UNIX) as sock:
            sock.settimeout(timeout)
            sock.connect(str(self.socket_path))
            sock.sendall(payload)
            return receive_line(sock)

    def quit(self, timeout: float = 20) -> int:
        """Quit through the command line; the app's exit code."""
        result = self.cli("quit")
        assert result.returncode == 0, f"quit refused: {result.stderr}\n{self.tail()}"
        return self.proc.wait(timeout)

    def kill(self) -> None:
        """SIGKILL this process (by its own pid) and reap it."""
        if self.alive():
            self.proc.kill()
        self.proc.wait(10)

    def peak_rss_kb(self) -> int:
        """The most memory the process has held so far (VmHWM), in KiB."""
        for line in Path(f"/proc/{self.pid}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
        raise AssertionError("no VmHWM in /proc/PID/status")

    def close(self) -> None:
        with contextlib.suppress(Exception):
            self.kill()
        self._output.close()


def receive_line(sock: socket.socket) -> bytes:
    """Read until a newline or until the peer hangs up (TimeoutError if neither)."""
    data = b""
    while not data.endswith(b"\n"):
        try:
            chunk = sock.recv(65536)
        except ConnectionResetError:
            break
        if not chunk:
            break
        data += chunk
    return data


Launch = Callable[..., RealApp]


def _limit_open_files(count: int) -> None:
    import resource

    resource.setrlimit(resource.RLIMIT_NOFILE, (count, count))


@pytest.fixture
def launch(tmp_path: Path) -> Iterator[Launch]:
    """Start real app processes; every one still running at the end is killed (by pid)."""
    started: list[RealApp] = []

    def start(
        data: Path | None,
        *args: str,
        env: dict[str, str] | None = None,
        log_file: Path | None = None,
        runtime_dir: Path | None = None,
        nofile: int | None = None,
    ) -> RealApp:
        """``runtime_dir``: where the app's socket is (for ``data``: the platform's
        runtime folder, as this process sees it). ``nofile``: the app's limit of open
        files (RLIMIT_NOFILE), e.g. the common 1024."""
        from deadbutt_tray.core.storage.paths import AppPaths

        if data is not None:
            prefix = ["--data-dir", str(data)]
            env = env or app_env()
            log_file = log_file or data / "logs" / LOG_NAME
            runtime_dir = runtime_dir or AppPaths.under(data).runtime_dir
            data_dir = AppPaths.under(data).data_dir
        else:
            assert env is not None and log_file is not None and runtime_dir is not None
            prefix = []
            data_dir = Path(env["XDG_DATA_HOME"]) / "deadbutt-tray"
        output_file = tmp_path / f"app-output-{len(started)}.txt"
        output = open(output_file, "wb")  # noqa: SIM115 - closed in RealApp.close
        limit = None if nofile is None else (lambda: _limit_open_files(nofile))
        proc = subprocess.Popen(
            [sys.executable, "-m", "deadbutt_tray", *prefix, *args],
            env=env,
            stdin=subprocess.DEVNULL,
            stdout=output,
            stderr=subprocess.STDOUT,
            preexec_fn=limit,
        )
        app = RealApp(proc, prefix, env, log_file, runtime_dir, output_file, 0, output, data_dir)
        app.log_start = size_of(log_file)
        started.append(app)
        return app

    yield start
    for app in started:
        app.close()


DRILL_DEVICE = "drill-host-0d0d0d"  # the device id no_welcome() gives a data folder


def month_file_name(moment: datetime | None = None, device: str = DRILL_DEVICE) -> str:
    """The history file the app writes to now: its own local month, its device's file."""
    moment = moment or datetime.now().astimezone()
    return f"{moment.year:04d}-{moment.month:02d}.{device}.toml"


def history_docs(history_dir: Path) -> dict[str, dict[str, Any]]:
    """Every month file (every device's), parsed; an AssertionError names one that doesn't.

    A torn tail (an append cut short by a kill: no record in it was saved) is left out.
    """
    from deadbutt_tray.core.storage.history import MONTH_FILE
    from tests.history_files import load_whole

    docs: dict[str, dict[str, Any]] = {}
    if not history_dir.is_dir():
        return docs
    for path in sorted(history_dir.glob("*.toml")):
        if not MONTH_FILE.match(path.name):
            continue
        try:
            docs[path.name], _torn = load_whole(path)
        except (UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
            raise AssertionError(f"{path} does not parse: {exc}") from exc
    return docs


def history_rows(history_dir: Path, table: str) -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = []
    for doc in history_docs(history_dir).values():
        rows += doc.get(table, [])
    return rows


def no_welcome(data: Path, device: str = DRILL_DEVICE) -> None:
    """Mark the first run as seen (no welcome dialog) and fix this host's device id."""
    data.mkdir(parents=True, exist_ok=True)
    host = socket.gethostname()
    (data / "state.toml").write_text(
        "welcome_seen = true\nno_tray_hint_seen = true\n\n"
        f"[devices]\n{json.dumps(host)} = {json.dumps(device)}\n"
    )


# -- storage that fails: a size-limited or read-only folder -----------------------------------


def _privileged_prefix() -> list[str] | None:
    """How to run mount: directly as root, through passwordless sudo, or not at all."""
    if os.geteuid() == 0:
        return []
    sudo = shutil.which("sudo")
    if sudo and subprocess.run([sudo, "-n", "true"], capture_output=True).returncode == 0:
        return [sudo, "-n"]
    return None


class Disks:
    """Size-limited tmpfs folders that can be made read-only; all unmounted at the end."""

    def __init__(self) -> None:
        self.prefix = _privileged_prefix()
        self.mounted: list[Path] = []

    def _run(self, *args: str) -> subprocess.CompletedProcess[str]:
        assert self.prefix is not None
        return subprocess.run([*self.prefix, *args], capture_output=True, text=True, timeout=30)

    def small(self, where: Path, size: str = "512k") -> Path:
        """A fresh folder at ``where`` that holds only ``size`` bytes (a tmpfs)."""
        if self.prefix is None:
            skip_or_fail(
                "cannot mount a size-limited folder: not root and no passwordless sudo. "
                "Run the drills as root or with `sudo -n` allowed for mount/umount."
            )
        where.mkdir(parents=True, exist_ok=True)
        options = f"size={size},mode=0755,uid={os.getuid()},gid={os.getgid()}"
        result = self._run("mount", "-t", "tmpfs", "-o", options, "tmpfs", str(where))
        if result.returncode != 0:
            skip_or_fail(
                f"mount -t tmpfs is not permitted here ({result.stderr.strip()}); the disk-full "
                "and read-only drills need it (a container needs CAP_SYS_ADMIN)"
            )
        self.mounted.append(where)
        return where

    def read_only(self, where: Path) -> None:
        result = self._run("mount", "-o", "remount,ro", str(where))
        assert result.returncode == 0, result.stderr

    def writable(self, where: Path) -> None:
        result = self._run("mount", "-o", "remount,rw", str(where))
        assert result.returncode == 0, result.stderr

    def unmount_all(self) -> None:
        for where in reversed(self.mounted):
            if self._run("umount", str(where)).returncode != 0:
                self._run("umount", "-l", str(where))  # something still holds a file open
        self.mounted.clear()


@pytest.fixture
def disks() -> Iterator[Disks]:
    manager = Disks()
    try:
        yield manager
    finally:
        if manager.prefix is not None:
            manager.unmount_all()


def fill_disk(folder: Path) -> Path:
    """Write ``folder/filler`` until the disk is full; return the filler to free it later."""
    filler = folder / "filler"
    with open(filler, "wb", buffering=0) as handle:
        for size in (1 << 16, 1 << 12, 1):
            block = b"\0" * size
            while True:
                try:
                    handle.write(block)
                except OSError as exc:
                    if exc.errno != errno.ENOSPC:
                        raise
                    break
    assert os.statvfs(folder).f_bavail == 0, "the folder is not full"
    return filler


# -- another user on this machine ------------------------------------------------------------


def system_python() -> str:
    """A Python the other user may run (the venv may be in a folder they cannot enter)."""
    python = shutil.which("python3", path="/usr/bin:/bin")
    if python is None:
        skip_or_fail("no system python3 (/usr/bin/python3) for the other user to run")
    return python


def run_as_other_user(args: list[str], timeout: float = 30) -> subprocess.CompletedProcess[str]:
    """Run ``args`` as uid 65534 with no supplementary groups, from ``/``."""
    as_other: dict[str, Any] = {}
    if os.geteuid() == 0:
        as_other = {"user": OTHER_UID, "group": OTHER_UID, "extra_groups": []}
    else:
        prefix = _privileged_prefix()
        if prefix is None:
            skip_or_fail("cannot act as a second user: not root and no passwordless sudo")
        args = [*prefix, "-u", f"#{OTHER_UID}", *args]
    return subprocess.run(
        args,
        **as_other,
        cwd="/",
        env={"PATH": "/usr/bin:/bin", "LANG": "C.UTF-8"},
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )


@pytest.fixture
def shared_tmp() -> Iterator[Path]:
    """A folder under /tmp that other users may pass through (0755), unlike tmp_path."""
    base = Path(tempfile.mkdtemp(prefix="deadbutt-drill-", dir="/tmp"))
    base.chmod(0o755)
    try:
        yield base
    finally:
        shutil.rmtree(base, ignore_errors=True)


# -- the real TrayApp in this process, on a fake clock -----------------------------------------


TICK_S = 10


@dataclass
class InProcessApp:
    """The real ``TrayApp`` on a fake clock, with what it told the user recorded."""

    app: Any  # deadbutt_tray.app.TrayApp (Qt is imported only by drills that need it)
    clock: Any  # deadbutt_tray.core.clock.FakeClock
    told: list[str] = field(default_factory=list)  # every notification, "title: text"
    prompts: list[float] = field(default_factory=list)  # each prompt shown (or re-nudged)

    @property
    def idle(self) -> FakeIdle:
        return self.app.idle  # type: ignore[no-any-return]

    def sit(self, seconds: float) -> None:
        """Time passes at the desk in ticks, as in the running app."""
        self.idle.value = 0.0
        for _ in range(int(seconds // TICK_S)):
            self.clock.advance(TICK_S)
            self.app.tick()

    def walk_away(self, seconds: float) -> None:
        """No input for ``seconds`` (idle time grows), then back at the desk."""
        for step in range(int(seconds // TICK_S)):
            self.clock.advance(TICK_S)
            self.idle.value = (step + 1) * float(TICK_S)
            self.app.tick()
        self.clock.advance(TICK_S)
        self.idle.value = 0.0
        self.app.tick()


@pytest.fixture
def make_tray_app(qtbot: Any) -> Iterator[Callable[..., InProcessApp]]:
    """Build the real TrayApp on ``data`` with a FakeClock; every one is quit at the end."""
    from deadbutt_tray.app import AppConfig, TrayApp
    from deadbutt_tray.core.clock import FakeClock
    from deadbutt_tray.core.model.settings import Settings
    from deadbutt_tray.core.storage.paths import AppPaths
    from deadbutt_tray.core.translatable import Sayable, say
    from deadbutt_tray.instance import SingleInstance
    from deadbutt_tray.ui.text import tr

    made: list[InProcessApp] = []

    def make(
        data: Path,
        start: datetime,
        settings: Settings | None = None,
        *,
        runtime_dir: Path | None = None,
        site_config: Path | None = None,
        problems: list[Any] | None = None,  # what loading the settings found
    ) -> InProcessApp:
        paths = AppPaths.under(data)
        if runtime_dir is not None:  # as $XDG_RUNTIME_DIR: not on the data disk
            paths = dataclasses.replace(paths, runtime_dir=runtime_dir)
        if site_config is not None:  # the administrator's defaults
            paths = dataclasses.replace(paths, site_config_file=site_config)
        instance = SingleInstance(paths.runtime_dir, data_dir=paths.data_dir)
        assert instance.try_become_primary()
        clock = FakeClock(start)
        app = TrayApp(
            AppConfig(paths, settings or Settings(), list(problems or [])),
            instance,
            clock=clock,
            idle_source=FakeIdle(),
            fullscreen=FakeFullscreen(),
            autostart=FakeAutostart(),
            tray_available=True,
            notifications=None,
        )
        app.shell.chime = FakeChime()
        running = InProcessApp(app, clock)
        real_notify, real_prompt = app.shell.notify, app.shell.show_prompt

        def notify(
            title: str | Sayable, text: str | Sayable, seconds: int = 10, key: str = ""
        ) -> None:
            running.told.append(f"{say(title, tr)}: {say(text, tr)}")
            real_notify(title, text, seconds, key)

        def show_prompt(sat_for_s: float, *args: Any, **kwargs: Any) -> None:
            running.prompts.append(sat_for_s)
            real_prompt(sat_for_s, *args, **kwargs)

        app.shell.notify = notify
        app.shell.show_prompt = show_prompt
        made.append(running)
        return running

    yield make
    from tests.teardown import close_app

    for running in made:
        close_app(running.app)
