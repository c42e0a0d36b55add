"""Real Wayland compositors for end-to-end tests: sway and weston, headless.

sway refuses to run as root, so it runs as uid 65534 (nobody) with its own runtime
folder, which needs root to set up (CI runs as root); the app and other clients run as
this user and reach the compositor's sockets by their full paths. weston runs as this
user (root in CI), headless, and logs the Wayland requests its clients make (``proto``):
without an IPC like sway's, that log is where a test sees which windows a client opened.
A session bus that both users may join is there for swaybar's tray (the
StatusNotifierWatcher is swaybar's own, and the app's icon must reach it).
"""

from __future__ import annotations

import json
import os
import re
import select
import shutil
import subprocess
import tempfile
import tomllib
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.e2e.conftest import require_tool, wait_for
from tests.processes import stop

OTHER_UID = 65534  # nobody
START_TIMEOUT_S = 20.0

# A session bus anyone on the machine may use: dbus-daemon's default lets in the uid
# that started it only, and here swaybar (nobody) and the app (root) share one bus.
SHARED_BUS_CONFIG = """<!DOCTYPE busconfig PUBLIC
 "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig>
  <type>session</type>
  <listen>unix:path={path}</listen>
  <auth>EXTERNAL</auth>
  <policy context="default">
    <allow user="*"/>
    <allow send_destination="*" eavesdrop="true"/>
    <allow eavesdrop="true"/>
    <allow own="*"/>
  </policy>
</busconfig>
"""


@dataclass
class Sway:
    wayland: Path  # the Wayland socket, by its full path
    ipc: Path  # sway's IPC socket
    log: Path  # sway's output, and its bar's

    def message(self, kind: str, *args: str) -> object:
        out = subprocess.run(
            ["swaymsg", "-s", str(self.ipc), "-t", kind, *args],
            capture_output=True, text=True, timeout=10, check=True,
        ).stdout  # fmt: skip
        return json.loads(out)

    def tree(self) -> dict:
        return self.message("get_tree")  # type: ignore[return-value]

    def nodes(self) -> dict[str, dict]:
        """Each window's node by its title (``floating``: the node is a floating one)."""
        found: dict[str, dict] = {}

        def walk(node: dict, floating: bool) -> None:
            if node.get("type") in {"con", "floating_con"} and node.get("name"):
                found[node["name"]] = {**node, "floating": floating}
            for child in node.get("nodes", []):
                walk(child, floating)
            for child in node.get("floating_nodes", []):
                walk(child, True)

        walk(self.tree(), False)
        return found

    def windows(self) -> dict[str, bool]:
        """Each window's title and whether it has the keyboard focus."""
        return {name: bool(node.get("focused")) for name, node in self.nodes().items()}


def runtime_folder(parent: Path, owner: int | None = None) -> Path:
    """An ``XDG_RUNTIME_DIR`` (mode 0700) in ``parent``, owned by ``owner`` if given."""
    runtime = parent / "run"
    runtime.mkdir(mode=0o700)
    if owner is not None:
        os.chown(runtime, owner, owner)
    return runtime


@contextmanager
def shared_session_bus() -> Iterator[str]:
    """A session bus that every user may use (its socket in a folder they can reach,
    not in pytest's 0700 one); its address."""
    daemon = require_tool("dbus-daemon", "dbus")
    folder = Path(tempfile.mkdtemp(prefix="deadbutt-bus-", dir="/tmp"))
    folder.chmod(0o755)
    config = folder / "bus.conf"
    config.write_text(SHARED_BUS_CONFIG.format(path=folder / "bus"))
    read_fd, write_fd = os.pipe()
    proc = subprocess.Popen(
        [daemon, f"--config-file={config}", "--nofork", "--nopidfile",
         f"--print-address={write_fd}"],
        pass_fds=(write_fd,), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    os.close(write_fd)
    try:
        address = b""
        while not address.endswith(b"\n"):
            ready, _, _ = select.select([read_fd], [], [], START_TIMEOUT_S)
            chunk = os.read(read_fd, 256) if ready else b""
            if not chunk:
                pytest.fail("dbus-daemon did not start")
            address += chunk
        os.close(read_fd)
        read_fd = -1
        yield address.decode().strip()
    finally:
        if read_fd >= 0:
            os.close(read_fd)
        stop(proc, 10)
        shutil.rmtree(folder, ignore_errors=True)


@contextmanager
def running_sway(config: str, env: Mapping[str, str] | None = None) -> Iterator[Sway]:
    """sway headless (one 1280x800 output, no input devices, the pixman renderer), run
    as uid 65534 with ``config`` as its config file and ``env`` added to its (and so its
    bar's) environment."""
    require_tool("sway", "sway")
    require_tool("swaymsg", "sway")
    if os.geteuid() != 0:
        pytest.skip("sway refuses root and these tests run it as uid 65534: that needs root")
    base = Path(tempfile.mkdtemp(prefix="deadbutt-sway-", dir="/tmp"))
    base.chmod(0o755)
    runtime = runtime_folder(base, OTHER_UID)
    (base / "config").write_text("output * resolution 1280x800\n" + config)
    log_path = base / "sway.log"
    log = log_path.open("wb")
    proc = subprocess.Popen(
        ["sway", "--config", str(base / "config")],
        user=OTHER_UID, group=OTHER_UID, extra_groups=[], cwd="/",
        env={"PATH": "/usr/bin:/bin", "HOME": str(base), "XDG_RUNTIME_DIR": str(runtime),
             "WLR_BACKENDS": "headless", "WLR_LIBINPUT_NO_DEVICES": "1",
             "WLR_RENDERER": "pixman", "LANG": "C.UTF-8", **(env or {})},
        stdout=log, stderr=subprocess.STDOUT,
    )  # fmt: skip
    try:

        def sockets() -> Sway | None:
            if proc.poll() is not None:
                raise AssertionError(f"sway ended: {log_path.read_text()[-2000:]}")
            ipc = sorted(runtime.glob("sway-ipc.*.sock"))
            waylands = [p for p in runtime.glob("wayland-*") if not p.name.endswith(".lock")]
            return Sway(waylands[0], ipc[0], log_path) if ipc and waylands else None

        yield wait_for(sockets, START_TIMEOUT_S, "sway's sockets")  # type: ignore[misc]
    finally:
        stop(proc, 10)
        log.close()
        shutil.rmtree(base, ignore_errors=True)


@dataclass
class Weston:
    wayland: Path  # the Wayland socket, by its full path
    log: Path  # weston's log, with every protocol message

    def protocol(self) -> str:
        return self.log.read_text(errors="replace")

    def globals_offered(self) -> set[str]:
        """The names of the globals (Wayland interfaces) weston offered its clients."""
        return set(re.findall(r'wl_registry@\d+\.global\(\d+, "(\w+)"', self.protocol()))

    def shown_windows(self) -> list[str]:
        """The titles of the top-level windows that got onto weston's output, in the order
        they got there: a title set on an ``xdg_toplevel`` whose surface then entered an
        output (a ``wl_surface.enter``, which weston sends once it shows the surface)."""
        toplevels: dict[tuple[str, str], str] = {}  # (client, xdg_toplevel) -> xdg_surface
        surfaces: dict[tuple[str, str], str] = {}  # (client, xdg_surface) -> wl_surface
        titles: dict[tuple[str, str], str] = {}  # (client, wl_surface) -> its title
        shown: list[str] = []
        for line in self.protocol().splitlines():
            if (m := PROTO.search(line)) is None:
                continue
            client, message, args = m.groups()
            if message.endswith(".get_xdg_surface") and len(ids := OBJECT.findall(args)) == 2:
                surfaces[(client, ids[0])] = ids[1]
            elif message.endswith(".get_toplevel"):
                toplevels[(client, OBJECT.findall(args)[0])] = message.split(".")[0]
            elif message.endswith(".set_title"):
                xdg_surface = toplevels.get((client, message.split(".")[0]))
                wl_surface = surfaces.get((client, xdg_surface or ""))
                if wl_surface is not None:
                    titles[(client, wl_surface)] = json.loads(args)
            elif message.endswith(".enter") and (
                title := titles.pop((client, message.split(".")[0]), None)
            ):
                shown.append(title)
        return shown


# One logged protocol message: its client, ``object@id.request`` and the arguments.
PROTO = re.compile(r"\[proto\] client (\S+) (?:rq|ev) (\S+?@\d+\.\w+)\((.*)\)$")
OBJECT = re.compile(r"\w+@\d+")


@contextmanager
def running_weston() -> Iterator[Weston]:
    """weston 10 headless (one 1280x800 output, no renderer, no input devices, no
    screen blanking), run as this user with no config file and its own runtime folder."""
    weston = require_tool("weston", "weston")
    base = Path(tempfile.mkdtemp(prefix="deadbutt-weston-", dir="/tmp"))
    runtime = runtime_folder(base)
    log_path = base / "weston.log"
    output = (base / "weston.out").open("wb")
    proc = subprocess.Popen(
        [weston, "--backend=headless-backend.so", "--socket=wayland-weston", "--no-config",
         "--width=1280", "--height=800", "--idle-time=0", f"--log={log_path}",
         "--logger-scopes=log,proto"],
        env={"PATH": "/usr/bin:/bin", "HOME": str(base), "XDG_RUNTIME_DIR": str(runtime),
             "LANG": "C.UTF-8"},
        cwd="/", stdin=subprocess.DEVNULL, stdout=output, stderr=subprocess.STDOUT,
    )  # fmt: skip
    try:
        socket = runtime / "wayland-weston"

        def started() -> bool:
            log = log_path.read_text(errors="replace") if log_path.exists() else ""
            if proc.poll() is not None:
                raise AssertionError(f"weston ended: {log[-2000:]}")
            # The socket comes before the desktop (its background and panel, drawn by a
            # client of weston's own): the desktop is up once that client says so.
            return socket.is_socket() and ".desktop_ready()" in log

        wait_for(started, START_TIMEOUT_S, "weston's socket and its desktop")
        yield Weston(socket, log_path)
    finally:
        stop(proc, 10)
        output.close()
        shutil.rmtree(base, ignore_errors=True)


def wayland_client_env(wayland: Path, runtime: Path, **extra: str) -> dict[str, str]:
    """This process's environment for a Qt client of the compositor at ``wayland`` only
    (no X display, no session bus unless ``extra`` names one)."""
    env = {k: v for k, v in os.environ.items() if k not in {"DISPLAY", "DEADBUTT_TRAY_HOME"}}
    env.pop("DBUS_SESSION_BUS_ADDRESS", None)
    env.pop("SWAYSOCK", None)
    env.update(
        QT_QPA_PLATFORM="wayland", WAYLAND_DISPLAY=str(wayland), XDG_RUNTIME_DIR=str(runtime),
        XDG_SESSION_TYPE="wayland", LANG="C.UTF-8", **extra,
    )  # fmt: skip
    return env


def sitting_spans(data: Path) -> list[dict]:
    """The sitting spans in the history of the data folder ``data``, oldest first."""
    spans: list[dict] = []
    for path in sorted((data / "history").glob("*.toml")):
        spans += tomllib.loads(path.read_text()).get("sitting", [])
    return spans
