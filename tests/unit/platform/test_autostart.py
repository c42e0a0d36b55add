"""Start at login: real files on Linux and macOS layouts, a fake registry for Windows."""

from __future__ import annotations

import configparser
import json
import os
import plistlib
import shutil
import stat
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from deadbutt_tray.platform.autostart.base import Autostart, AutostartError, NullAutostart
from deadbutt_tray.platform.autostart.chooser import autostart_for_platform
from deadbutt_tray.platform.autostart.command import launch_command
from deadbutt_tray.platform.autostart.macos import MacLaunchAgent
from deadbutt_tray.platform.autostart.windows import (
    RUN_KEY,
    STARTUP_APPROVED_KEY,
    WindowsRunKey,
    windows_command_line,
)
from deadbutt_tray.platform.autostart.xdg import DESKTOP_MARKER, XdgAutostart, desktop_exec

COMMAND = ["/opt/deadbutt tray/bin/deadbutt-tray", "--data-dir", "/home/me/my $data"]


# --- helpers ------------------------------------------------------------------------------


def parse_exec(value: str) -> list[str]:
    """Undo a desktop entry's Exec value as a launcher does (Desktop Entry spec 1.5).

    Written from the spec, independently of the code under test: first the general
    string escapes, then double-quoted arguments with backslash escapes, then "%%".
    """
    text, i = "", 0
    escapes = {"s": " ", "n": "\n", "t": "\t", "r": "\r", "\\": "\\"}
    while i < len(value):
        if value[i] == "\\" and i + 1 < len(value) and value[i + 1] in escapes:
            text += escapes[value[i + 1]]
            i += 2
        else:
            text += value[i]
            i += 1
    args: list[str] = []
    current: str | None = None
    i = 0
    while i < len(text):
        ch = text[i]
        if ch == '"':
            current = current or ""
            i += 1
            while text[i] != '"':
                if text[i] == "\\" and text[i + 1] in '"`$\\':
                    i += 1
                current += text[i]
                i += 1
            i += 1
        elif ch == " ":
            if current is not None:
                args.append(current)
            current = None
            i += 1
        else:
            current = (current or "") + ch
            i += 1
    if current is not None:
        args.append(current)
    return [a.replace("%%", "%") for a in args]


def read_entry(path: Path) -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None, delimiters=("=",))
    parser.optionxform = str  # type: ignore[assignment,method-assign]
    parser.read_string(path.read_text(encoding="utf-8"))
    return parser["Desktop Entry"]


@pytest.fixture
def xdg(tmp_path: Path) -> XdgAutostart:
    config = tmp_path / "config"
    adapter = autostart_for_platform(
        ["--data-dir", "/home/me/my $data"],
        platform="linux",
        env={"XDG_CONFIG_HOME": str(config), "PATH": ""},
        home=tmp_path / "home",
    )
    assert isinstance(adapter, XdgAutostart)
    return adapter


# --- the command ------------------------------------------------------------------------------


def test_launch_command_prefers_the_installed_script(tmp_path: Path) -> None:
    seen: dict[str, Any] = {}

    def which(name: str, path: str | None = None) -> str | None:
        seen.setdefault("name", name)
        seen.setdefault("path", path)  # the first place looked
        return "/usr/local/bin/deadbutt-tray"

    argv = launch_command(
        ["--data-dir", "/d"],
        platform="linux",
        executable="/venv/bin/python3",
        frozen=False,
        which=which,
        env={"PATH": "/usr/bin"},
    )
    assert argv == ["/usr/local/bin/deadbutt-tray", "--data-dir", "/d"]
    # The interpreter's own folder is searched first, so a venv's script wins.
    assert seen["name"] == "deadbutt-tray"
    assert seen["path"].split(os.pathsep)[0] == "/venv/bin"


def pipx_install(home: Path) -> tuple[Path, Path]:
    """What ``pipx install`` leaves: the script in a private venv, a link in ~/.local/bin."""
    private = home / ".local/share/pipx/venvs/deadbutt-tray/bin/deadbutt-tray"
    private.parent.mkdir(parents=True)
    private.write_text("#!/bin/sh\n")
    private.chmod(0o755)
    launcher = home / ".local" / "bin" / "deadbutt-tray"
    launcher.parent.mkdir(parents=True)
    launcher.symlink_to(private)
    return private, launcher


def test_launch_command_names_pipx_launcher_not_its_private_venv(tmp_path: Path) -> None:
    home = tmp_path / "home"
    private, launcher = pipx_install(home)
    python = str(private.with_name("python"))
    # ~/.local/bin not on PATH (right after `pipx install`): found in pipx's folder.
    argv = launch_command(["-v"], platform="linux", executable=python, frozen=False,
                          env={"PATH": "/usr/bin"}, home=home)  # fmt: skip
    assert argv == [str(launcher), "-v"]
    # On PATH: the same launcher.
    argv = launch_command([], platform="linux", executable=python, frozen=False,
                          env={"PATH": str(launcher.parent)}, home=tmp_path)  # fmt: skip
    assert argv == [str(launcher)]


def test_launch_command_ignores_a_launcher_of_another_copy(tmp_path: Path) -> None:
    home = tmp_path / "home"
    private, launcher = pipx_install(home)
    launcher.unlink()
    launcher.write_text("#!/bin/sh\n")  # pipx's launcher of some other install
    launcher.chmod(0o755)
    argv = launch_command([], platform="linux", executable=str(private.with_name("python")),
                          frozen=False, env={"PATH": str(launcher.parent)}, home=home)  # fmt: skip
    assert argv == [str(private)]


def test_xdg_entry_has_try_exec_for_its_program(tmp_path: Path) -> None:
    home = tmp_path / "home"
    _private, launcher = pipx_install(home)
    adapter = XdgAutostart(tmp_path / "autostart", [str(launcher), "--data-dir", "/d"])
    entry = dict(line.split("=", 1) for line in adapter.entry_text().splitlines() if "=" in line)
    assert entry["TryExec"] == str(launcher)
    assert parse_exec(entry["Exec"])[0] == str(launcher)
    # python -m …: TryExec is the interpreter; a bare name gets none (nothing to check).
    assert (
        "TryExec=/usr/bin/python3\n"
        in XdgAutostart(tmp_path, ["/usr/bin/python3", "-m", "deadbutt_tray"]).entry_text()
    )
    assert "TryExec" not in XdgAutostart(tmp_path, ["deadbutt-tray"]).entry_text()


def test_launch_command_finds_a_real_script_beside_the_interpreter(tmp_path: Path) -> None:
    bindir = tmp_path / "venv" / "bin"
    bindir.mkdir(parents=True)
    script = bindir / "deadbutt-tray"
    script.write_text("#!/bin/sh\n")
    script.chmod(script.stat().st_mode | stat.S_IXUSR)
    argv = launch_command(
        [], platform="linux", executable=str(bindir / "python"), frozen=False, env={"PATH": ""}
    )
    assert argv == [str(script)]


def test_launch_command_falls_back_to_python_m() -> None:
    argv = launch_command(
        ["-v"],
        platform="linux",
        executable="/usr/bin/python3",
        frozen=False,
        which=lambda *_a, **_k: None,
    )
    assert argv == ["/usr/bin/python3", "-m", "deadbutt_tray", "-v"]


def test_launch_command_uses_pythonw_on_windows(tmp_path: Path) -> None:
    (tmp_path / "python.exe").write_text("")
    (tmp_path / "pythonw.exe").write_text("")
    argv = launch_command(
        [],
        platform="win32",
        executable=str(tmp_path / "python.exe"),
        frozen=False,
        which=lambda *_a, **_k: None,
    )
    assert argv == [str(tmp_path / "pythonw.exe"), "-m", "deadbutt_tray"]


def test_launch_command_of_a_frozen_bundle_is_the_bundle() -> None:
    argv = launch_command(["--data-dir", "/d"], executable="/Apps/deadbutt-tray", frozen=True)
    assert argv == ["/Apps/deadbutt-tray", "--data-dir", "/d"]


@pytest.mark.parametrize(
    "argv",
    [
        ["/usr/bin/deadbutt-tray"],
        COMMAND,
        ["/p/python3", "-m", "deadbutt_tray", "--data-dir", "a\"b`c$d\\e%f 'g' ~h;i&j|k*l?m#n(o)"],
        ["/x", "50%", "tab\there", "new\nline", ""],
    ],
)
def test_desktop_exec_round_trips_through_the_spec(argv: list[str]) -> None:
    assert parse_exec(desktop_exec(argv)) == argv


@given(st.lists(st.text(), min_size=1, max_size=6))
def test_desktop_exec_round_trips_any_argv(argv: list[str]) -> None:
    assert parse_exec(desktop_exec(argv)) == argv


def test_desktop_exec_quotes_only_what_needs_it() -> None:
    assert desktop_exec(["/usr/bin/deadbutt-tray", "--data-dir", "/d"]) == (
        "/usr/bin/deadbutt-tray --data-dir /d"
    )
    # The spec's own example: a literal "$" in a quoted argument is written "\\$".
    assert desktop_exec(["/a b", "$x"]) == '"/a b" "\\\\$x"'


# --- Linux (XDG) ------------------------------------------------------------------------------


def test_xdg_entry_lives_under_xdg_config_home(xdg: XdgAutostart, tmp_path: Path) -> None:
    assert xdg.path == tmp_path / "config" / "autostart" / "deadbutt-tray.desktop"
    assert xdg.describe() == str(xdg.path)
    assert isinstance(xdg, Autostart)


def test_xdg_defaults_to_dot_config_and_ignores_a_relative_xdg_config_home(
    tmp_path: Path,
) -> None:
    for env in ({}, {"XDG_CONFIG_HOME": "relative/dir"}):
        adapter = autostart_for_platform([], platform="linux", env=env, home=tmp_path)
        assert isinstance(adapter, XdgAutostart)
        assert adapter.path == tmp_path / ".config" / "autostart" / "deadbutt-tray.desktop"


def no_home() -> Path:
    raise RuntimeError("Could not determine home directory.")


@pytest.mark.parametrize("platform", ["linux", "darwin"])
def test_without_a_home_folder_start_at_login_is_unavailable_not_a_crash(
    monkeypatch: pytest.MonkeyPatch, platform: str
) -> None:
    # No HOME and no passwd entry: Path.home() raises (a container's arbitrary user).
    monkeypatch.setattr(Path, "home", staticmethod(no_home))
    adapter = autostart_for_platform([], platform=platform, env={"PATH": ""})
    assert isinstance(adapter, NullAutostart) and isinstance(adapter, Autostart)
    assert not adapter.is_enabled()
    adapter.disable()  # already off: nothing to do, nothing raised
    with pytest.raises(AutostartError, match="no home folder is known"):
        adapter.enable()
    assert not adapter.is_enabled()
    assert "no home folder" in adapter.describe()


def test_without_a_home_an_absolute_xdg_config_home_still_works(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setattr(Path, "home", staticmethod(no_home))
    env = {"XDG_CONFIG_HOME": str(tmp_path), "PATH": ""}
    adapter = autostart_for_platform([], platform="linux", env=env)
    assert isinstance(adapter, XdgAutostart)
    assert adapter.path == tmp_path / "autostart" / "deadbutt-tray.desktop"


def test_windows_needs_no_home_folder(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(Path, "home", staticmethod(no_home))
    adapter = autostart_for_platform([], platform="win32", env={"PATH": ""})
    assert isinstance(adapter, WindowsRunKey)


def test_xdg_enable_writes_a_complete_entry(xdg: XdgAutostart) -> None:
    assert not xdg.is_enabled()
    xdg.enable()
    assert xdg.is_enabled()
    entry = read_entry(xdg.path)
    assert entry["Type"] == "Application"
    assert entry["Name"] == "deadbutt-tray"
    assert entry["Comment"]
    assert entry["Icon"] == "deadbutt-tray"
    assert entry["Terminal"] == "false"
    assert entry["Categories"] == "Utility;"
    assert entry["X-GNOME-Autostart-enabled"] == "true"
    assert entry[DESKTOP_MARKER] == "true"
    argv = parse_exec(entry["Exec"])
    assert argv[-2:] == ["--data-dir", "/home/me/my $data"]
    assert argv == xdg.command
    # Atomic write: no temporary file left beside it.
    assert [p.name for p in xdg.path.parent.iterdir()] == ["deadbutt-tray.desktop"]


def test_xdg_entry_passes_desktop_file_validate(xdg: XdgAutostart) -> None:
    tool = shutil.which("desktop-file-validate")
    if tool is None:
        pytest.skip("desktop-file-validate missing: apt-get install desktop-file-utils")
    xdg.enable()
    result = subprocess.run([tool, str(xdg.path)], capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.strip() == "", result.stdout  # not even a hint or warning


def test_xdg_entry_runs_its_exact_command_through_glib(tmp_path: Path) -> None:
    """GLib's own launcher (``gio launch``) must get back exactly the argv we wrote."""
    gio = shutil.which("gio")
    if gio is None:
        pytest.skip("gio missing: apt-get install libglib2.0-bin")
    out = tmp_path / "argv.json"
    nasty = ["a\"b`c$d\\e%f 'g' ~h;i&j|k*l?m#n(o)", "sp ace", "50%", ""]
    # Written aside and renamed, so the poll below never reads a half-written file.
    dump = (
        f"import json, os, sys; p = {str(out)!r}; "
        "open(p + '.tmp', 'w').write(json.dumps(sys.argv[1:])); os.replace(p + '.tmp', p)"
    )
    adapter = XdgAutostart(tmp_path / "autostart", [sys.executable, "-c", dump, *nasty])
    adapter.enable()
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    subprocess.run([gio, "launch", str(adapter.path)], env=env, check=True, timeout=30)
    deadline = time.monotonic() + 20
    while not out.exists() and time.monotonic() < deadline:  # gio returns once it spawned
        time.sleep(0.05)
    assert json.loads(out.read_text()) == nasty


def test_xdg_enable_rewrites_a_stale_entry_of_ours(xdg: XdgAutostart) -> None:
    xdg.enable()
    moved = XdgAutostart(xdg.path.parent, ["/new/place/deadbutt-tray"])
    moved.enable()
    assert parse_exec(read_entry(xdg.path)["Exec"]) == ["/new/place/deadbutt-tray"]


def test_xdg_disable_removes_our_entry_and_is_idempotent(xdg: XdgAutostart) -> None:
    xdg.disable()  # nothing there yet: fine
    xdg.enable()
    xdg.disable()
    assert not xdg.path.exists()
    assert not xdg.is_enabled()
    xdg.disable()


USER_ENTRY = "[Desktop Entry]\nType=Application\nName=My butt\nExec=deadbutt-tray\n"


def test_xdg_disable_leaves_the_users_own_entry_and_says_so(xdg: XdgAutostart) -> None:
    xdg.path.parent.mkdir(parents=True)
    xdg.path.write_text(USER_ENTRY)
    assert xdg.is_enabled()
    with pytest.raises(AutostartError, match="not made by deadbutt-tray") as info:
        xdg.disable()
    assert str(xdg.path) in str(info.value)
    assert xdg.path.read_text() == USER_ENTRY


def test_xdg_enable_keeps_the_users_own_entry(xdg: XdgAutostart) -> None:
    xdg.path.parent.mkdir(parents=True)
    xdg.path.write_text(USER_ENTRY)
    xdg.enable()  # it already starts the app: nothing to do
    assert xdg.path.read_text() == USER_ENTRY
    switched_off = USER_ENTRY + "Hidden=true\n"
    xdg.path.write_text(switched_off)
    assert not xdg.is_enabled()
    with pytest.raises(AutostartError, match="switched off"):
        xdg.enable()
    assert xdg.path.read_text() == switched_off


@pytest.mark.parametrize("line", ["Hidden=true", "X-GNOME-Autostart-enabled=false"])
def test_xdg_entry_switched_off_by_the_desktop_is_not_enabled(xdg: XdgAutostart, line: str) -> None:
    xdg.enable()
    xdg.path.write_text(xdg.path.read_text().replace("X-GNOME-Autostart-enabled=true", line))
    assert not xdg.is_enabled()
    xdg.enable()  # ours, so turning it on rewrites it
    assert xdg.is_enabled()


def test_xdg_garbage_file_is_not_ours_and_not_enabled(xdg: XdgAutostart) -> None:
    xdg.path.parent.mkdir(parents=True)
    xdg.path.write_text("this is not = a desktop file\n[[[\n")
    assert not xdg.is_enabled()
    with pytest.raises(AutostartError):
        xdg.disable()
    assert xdg.path.exists()


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root ignores permissions")
def test_xdg_unwritable_folder_gives_a_plain_error(xdg: XdgAutostart) -> None:
    xdg.path.parent.mkdir(parents=True)
    xdg.path.parent.chmod(0o500)
    try:
        with pytest.raises(AutostartError, match="Cannot write"):
            xdg.enable()
    finally:
        xdg.path.parent.chmod(0o700)


def test_xdg_folder_in_the_way_gives_a_plain_error(tmp_path: Path) -> None:
    # A file where the autostart folder should be fails even for root.
    (tmp_path / "autostart").write_text("")
    adapter = XdgAutostart(tmp_path / "autostart", ["/bin/deadbutt-tray"])
    with pytest.raises(AutostartError, match="Cannot write"):
        adapter.enable()


# --- macOS ------------------------------------------------------------------------------------


def test_macos_launch_agent(tmp_path: Path) -> None:
    adapter = autostart_for_platform(
        ["--data-dir", "/Users/me/d"], platform="darwin", env={"PATH": ""}, home=tmp_path
    )
    assert isinstance(adapter, MacLaunchAgent)
    path = tmp_path / "Library" / "LaunchAgents" / "org.deadbutt-tray.plist"
    assert adapter.describe() == str(path)
    assert not adapter.is_enabled()
    adapter.enable()
    assert adapter.is_enabled()
    agent = plistlib.loads(path.read_bytes())
    assert agent["Label"] == "org.deadbutt-tray"
    assert agent["RunAtLoad"] is True
    assert agent["ProcessType"] == "Interactive"
    assert agent["ProgramArguments"] == adapter.command
    assert agent["ProgramArguments"][-2:] == ["--data-dir", "/Users/me/d"]
    adapter.disable()
    assert not path.exists()
    adapter.disable()


def test_macos_leaves_a_foreign_plist(tmp_path: Path) -> None:
    adapter = MacLaunchAgent(tmp_path, ["/x"])
    adapter.path.parent.mkdir(parents=True)
    adapter.path.write_bytes(plistlib.dumps({"Label": "com.someone.else"}))
    with pytest.raises(AutostartError, match="not made by deadbutt-tray"):
        adapter.disable()
    with pytest.raises(AutostartError, match="not made by deadbutt-tray"):
        adapter.enable()
    assert plistlib.loads(adapter.path.read_bytes()) == {"Label": "com.someone.else"}


# --- Windows (a fake winreg at the boundary) ------------------------------------------------


class FakeKey:
    def __init__(self, reg: FakeWinreg, path: str, writable: bool) -> None:
        self.reg, self.path, self.writable = reg, path, writable

    def __enter__(self) -> FakeKey:
        return self

    def __exit__(self, *exc: object) -> None:
        return None


class FakeWinreg:
    """Just the part of ``winreg`` the adapter uses, with the real error behaviour."""

    HKEY_CURRENT_USER = "HKCU"
    KEY_SET_VALUE = 0x0002
    REG_SZ = 1
    REG_BINARY = 3

    def __init__(self) -> None:
        self.keys: dict[str, dict[str, tuple[Any, int]]] = {}
        self.deny_writes = False

    def _check(self, hive: str) -> None:
        assert hive == self.HKEY_CURRENT_USER  # never the machine-wide hive

    def OpenKey(self, hive: str, path: str, reserved: int = 0, access: int = 0) -> FakeKey:
        self._check(hive)
        if path not in self.keys:
            raise FileNotFoundError(2, "The system cannot find the file specified")
        if access & self.KEY_SET_VALUE and self.deny_writes:
            raise PermissionError(5, "Access is denied")
        return FakeKey(self, path, bool(access & self.KEY_SET_VALUE))

    def CreateKeyEx(self, hive: str, path: str, reserved: int = 0, access: int = 0) -> FakeKey:
        self._check(hive)
        if self.deny_writes:
            raise PermissionError(5, "Access is denied")
        self.keys.setdefault(path, {})
        return FakeKey(self, path, True)

    def QueryValueEx(self, key: FakeKey, name: str) -> tuple[Any, int]:
        try:
            return self.keys[key.path][name]
        except KeyError:
            raise FileNotFoundError(2, "The system cannot find the file specified") from None

    def SetValueEx(self, key: FakeKey, name: str, reserved: int, kind: int, value: Any) -> None:
        assert key.writable
        self.keys[key.path][name] = (value, kind)

    def DeleteValue(self, key: FakeKey, name: str) -> None:
        assert key.writable
        if name not in self.keys[key.path]:
            raise FileNotFoundError(2, "The system cannot find the file specified")
        del self.keys[key.path][name]


WIN_COMMAND = [r"C:\Users\Me Too\AppData\Local\Programs\Python\Scripts\deadbutt-tray.exe"]


def test_windows_command_line_always_quotes_the_program() -> None:
    assert windows_command_line([r"C:\a\b.exe"]) == r'"C:\a\b.exe"'
    assert windows_command_line(
        [r"C:\p q\pythonw.exe", "-m", "deadbutt_tray", "--data-dir", "D:\\my data"]
    ) == (r'"C:\p q\pythonw.exe" -m deadbutt_tray --data-dir "D:\my data"')


def test_windows_run_value_round_trip() -> None:
    reg = FakeWinreg()
    adapter = WindowsRunKey([*WIN_COMMAND, "--data-dir", r"D:\my data"], winreg_module=reg)
    assert isinstance(adapter, Autostart)
    assert not adapter.is_enabled()  # not even the Run key exists yet
    adapter.enable()
    assert adapter.is_enabled()
    value, kind = reg.keys[RUN_KEY]["deadbutt-tray"]
    assert kind == reg.REG_SZ
    assert value == f'"{WIN_COMMAND[0]}" --data-dir "D:\\my data"'
    adapter.disable()
    assert "deadbutt-tray" not in reg.keys[RUN_KEY]
    assert not adapter.is_enabled()
    adapter.disable()  # already off: fine
    assert "Run" in adapter.describe() and "HKEY_CURRENT_USER" in adapter.describe()


def test_windows_switched_off_in_task_manager() -> None:
    reg = FakeWinreg()
    adapter = WindowsRunKey(WIN_COMMAND, winreg_module=reg)
    adapter.enable()
    reg.keys[STARTUP_APPROVED_KEY] = {"deadbutt-tray": (b"\x03" + bytes(11), reg.REG_BINARY)}
    assert not adapter.is_enabled()
    adapter.enable()  # turning it on here clears Task Manager's "disabled"
    assert adapter.is_enabled()
    assert "deadbutt-tray" not in reg.keys[STARTUP_APPROVED_KEY]


def test_windows_errors_are_plain() -> None:
    reg = FakeWinreg()
    adapter = WindowsRunKey(WIN_COMMAND, winreg_module=reg)
    adapter.enable()
    reg.deny_writes = True
    with pytest.raises(AutostartError, match="Access is denied"):
        adapter.disable()
    with pytest.raises(AutostartError, match="Cannot write"):
        adapter.enable()


def test_windows_adapter_chosen_for_win32(monkeypatch: pytest.MonkeyPatch) -> None:
    # Built without touching the registry: winreg is imported only when used.
    monkeypatch.setitem(sys.modules, "winreg", None)  # an import would now fail
    adapter = autostart_for_platform([], platform="win32", env={"PATH": ""}, home=Path("/h"))
    assert isinstance(adapter, WindowsRunKey)
