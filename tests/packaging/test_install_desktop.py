"""packaging/install_desktop.py: the per-user menu entry, metainfo and icons, and back out."""

from __future__ import annotations

import os
import shutil
import stat
import subprocess
import sys
import time
from pathlib import Path
from types import ModuleType

import pytest

from deadbutt_tray.platform.autostart.xdg import desktop_exec
from tests.e2e.conftest import require_tool
from tests.packaging.conftest import PACKAGING
from tests.packaging.test_desktop_files import APP_ID, desktop_keys, validate_desktop

SCRIPT = PACKAGING / "install_desktop.py"
ICON_SIZES = ("16x16", "22x22", "24x24", "32x32", "48x48", "64x64", "128x128", "256x256")


def executable(path: Path) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("#!/bin/sh\nexit 0\n")
    path.chmod(path.stat().st_mode | stat.S_IXUSR)
    return path


def installed_files(data: Path) -> set[str]:
    return {p.relative_to(data).as_posix() for p in data.rglob("*") if p.is_file()}


EXPECTED = {
    f"applications/{APP_ID}.desktop",
    f"metainfo/{APP_ID}.metainfo.xml",
    "icons/hicolor/scalable/apps/deadbutt-tray.svg",
    "icons/hicolor/512x512/apps/deadbutt-tray.png",
    *(f"icons/hicolor/{size}/apps/deadbutt-tray.png" for size in ICON_SIZES),
}


def test_install_then_uninstall_from_a_checkout(
    install_desktop: ModuleType, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = tmp_path / "share"
    program = executable(tmp_path / "my apps" / "deadbutt-tray")
    assert install_desktop.main(["--data-home", str(data), "--exec", str(program)]) == 0
    assert installed_files(data) == EXPECTED
    entry = data / "applications" / f"{APP_ID}.desktop"
    keys = desktop_keys(entry.read_text(encoding="utf-8"))
    assert keys["Exec"] == desktop_exec([str(program)])
    assert keys["Exec"].startswith('"')  # the space in "my apps" is quoted...
    assert keys["TryExec"] == str(program)  # ...but TryExec is a plain path
    validate_desktop(entry)
    assert "the menu entry runs" in capsys.readouterr().out

    (data / "applications" / "someone-else.desktop").write_text("[Desktop Entry]\n")
    assert install_desktop.main(["--data-home", str(data), "--uninstall"]) == 0
    assert installed_files(data) == {"applications/someone-else.desktop"}
    assert "Removed 12 file(s)" in capsys.readouterr().out
    assert install_desktop.main(["--data-home", str(data), "--uninstall"]) == 0  # idempotent


def test_glib_launches_the_installed_entry(install_desktop: ModuleType, tmp_path: Path) -> None:
    """GLib (GNOME, and most menus) reads TryExec and Exec as the spec says, and runs it."""
    gio = require_tool("gio", "libglib2.0-bin")
    marker = tmp_path / "ran"
    program = tmp_path / "my apps" / "deadbutt-tray"
    program.parent.mkdir()
    program.write_text(f'#!/bin/sh\necho started > "{marker}"\n')
    program.chmod(0o755)
    data = tmp_path / "share"
    assert install_desktop.main(["--data-home", str(data), "--exec", str(program)]) == 0
    entry = data / "applications" / f"{APP_ID}.desktop"
    result = subprocess.run([gio, "launch", str(entry)], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    deadline = time.monotonic() + 10
    while not marker.exists() and time.monotonic() < deadline:
        time.sleep(0.05)
    assert marker.read_text() == "started\n"


def test_a_reinstall_replaces_the_entry(install_desktop: ModuleType, tmp_path: Path) -> None:
    data = tmp_path / "share"
    for name in ("old", "new"):
        program = executable(tmp_path / name / "deadbutt-tray")
        assert install_desktop.main(["--data-home", str(data), "--exec", str(program)]) == 0
    entry = (data / "applications" / f"{APP_ID}.desktop").read_text(encoding="utf-8")
    assert str(tmp_path / "new") in entry and str(tmp_path / "old") not in entry
    assert not list(data.rglob(".*.tmp"))


def test_xdg_data_home_decides_where(install_desktop: ModuleType, tmp_path: Path) -> None:
    home = tmp_path / "home"
    assert install_desktop.data_home({}, home) == home / ".local" / "share"
    assert install_desktop.data_home({"XDG_DATA_HOME": "rel/x"}, home) == home / ".local/share"
    assert install_desktop.data_home({"XDG_DATA_HOME": "/d"}, home) == Path("/d")


def test_the_script_runs_from_the_command_line(tmp_path: Path) -> None:
    """As ``./dev install-desktop`` runs it: the venv's own command, XDG_DATA_HOME honoured."""
    venv_script = Path(sys.executable).with_name("deadbutt-tray")
    if not venv_script.exists():
        pytest.skip("the app is not installed in this environment")
    env = {**os.environ, "XDG_DATA_HOME": str(tmp_path / "xdg")}
    result = subprocess.run(
        [sys.executable, str(SCRIPT)], env=env, capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr
    entry = tmp_path / "xdg" / "applications" / f"{APP_ID}.desktop"
    assert desktop_keys(entry.read_text(encoding="utf-8"))["Exec"] == desktop_exec(
        [os.path.abspath(venv_script)]
    )


def test_nothing_installed_means_no_menu_entry(tmp_path: Path) -> None:
    env = {
        **os.environ,
        "XDG_DATA_HOME": str(tmp_path / "xdg"),
        "PATH": str(tmp_path),
        "HOME": str(tmp_path),  # no pipx launcher in ~/.local/bin either
    }
    env.pop("PIPX_BIN_DIR", None)
    # An interpreter with no deadbutt-tray beside it (the venv's python has one).
    python = shutil.which("python3", path="/usr/bin:/bin") or sys.executable
    if Path(python).parent == Path(sys.executable).parent:
        pytest.skip("no interpreter outside the venv to run the script with")
    result = subprocess.run(
        [python, str(SCRIPT)], env=env, capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 1
    assert "was not found" in result.stderr and "--exec" in result.stderr
    assert str(tmp_path / ".local" / "bin") in result.stderr  # where it looked
    assert not (tmp_path / "xdg").exists()


def test_without_pyside6_the_scalable_icon_is_installed(tmp_path: Path) -> None:
    """After ``pipx install .`` a user may run the script with the system's python3."""
    python = shutil.which("python3", path="/usr/bin:/bin")
    if python is None or Path(python).parent == Path(sys.executable).parent:
        pytest.skip("no interpreter outside the venv to run the script with")
    program = executable(tmp_path / "bin" / "deadbutt-tray")
    data = tmp_path / "xdg"
    result = subprocess.run(
        [python, "-I", str(SCRIPT), "--data-home", str(data), "--exec", str(program)],
        capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert "scalable icon only" in result.stdout
    assert installed_files(data) == {
        f"applications/{APP_ID}.desktop",
        f"metainfo/{APP_ID}.metainfo.xml",
        "icons/hicolor/scalable/apps/deadbutt-tray.svg",
    }


def test_the_installed_script_beside_this_python_wins(
    install_desktop: ModuleType, tmp_path: Path
) -> None:
    venv = executable(tmp_path / "venv" / "bin" / "deadbutt-tray")
    other = executable(tmp_path / "usr" / "bin" / "deadbutt-tray")
    python = str(tmp_path / "venv" / "bin" / "python")
    home = tmp_path / "home"
    find = install_desktop.installed_program
    assert find(python, str(other.parent), {}, home) == venv
    assert find("/nowhere/python", str(other.parent), {}, home) == other
    assert find("/nowhere/python", str(tmp_path), {}, home) is None


def pipx_install(home: Path) -> tuple[Path, Path]:
    """What ``pipx install`` leaves: the script in a private venv, a link in ~/.local/bin."""
    private = executable(home / ".local/share/pipx/venvs/deadbutt-tray/bin/deadbutt-tray")
    launcher = home / ".local" / "bin" / "deadbutt-tray"
    launcher.parent.mkdir(parents=True)
    launcher.symlink_to(private)
    return private, launcher


def test_pipx_launcher_is_found_when_not_on_path(
    install_desktop: ModuleType, tmp_path: Path
) -> None:
    home = tmp_path / "home"
    _private, launcher = pipx_install(home)
    find = install_desktop.installed_program
    # The system's python3 right after `pipx install`: ~/.local/bin not on PATH yet.
    assert find("/usr/bin/python3", "/usr/bin:/bin", {}, home) == launcher
    # PIPX_BIN_DIR moves the launchers; it is looked at first.
    elsewhere = executable(tmp_path / "pipx-bin" / "deadbutt-tray")
    env = {"PIPX_BIN_DIR": str(elsewhere.parent)}
    assert find("/usr/bin/python3", "/usr/bin:/bin", env, home) == elsewhere


def test_the_menu_entry_names_the_launcher_not_the_private_venv(
    install_desktop: ModuleType, tmp_path: Path
) -> None:
    home = tmp_path / "home"
    private, launcher = pipx_install(home)
    python = str(private.with_name("python"))
    assert install_desktop.installed_program(python, "/usr/bin", {}, home) == launcher
    # Another copy's launcher is not this copy's: then the venv's own script.
    launcher.unlink()
    executable(launcher)
    assert install_desktop.installed_program(python, "/usr/bin", {}, home) == private


def test_right_after_pipx_install_it_says_what_to_do(tmp_path: Path) -> None:
    """``python3 install_desktop.py`` with ~/.local/bin not on PATH: the entry names the
    launcher, and the script says how to put it on PATH."""
    home = tmp_path / "home"
    _private, launcher = pipx_install(home)
    env = {
        **os.environ,
        "HOME": str(home),
        "PATH": "/usr/bin:/bin",
        "XDG_DATA_HOME": str(tmp_path / "xdg"),
    }
    env.pop("PIPX_BIN_DIR", None)
    python = shutil.which("python3", path="/usr/bin:/bin") or sys.executable
    result = subprocess.run(
        [python, str(SCRIPT)], env=env, capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr
    entry = desktop_keys(
        (tmp_path / "xdg" / "applications" / f"{APP_ID}.desktop").read_text(encoding="utf-8")
    )
    assert entry["TryExec"] == str(launcher)
    assert entry["Exec"] == desktop_exec([str(launcher)])
    assert "not on your PATH" in result.stdout and "pipx ensurepath" in result.stdout


@pytest.mark.parametrize(
    "argv",
    [
        ["/opt/deadbutt-tray/deadbutt-tray"],
        ["/home/a b/Apps/deadbutt-tray", "--data-dir", "/home/a b/data"],
        ["/x/it's", "100%", 'say "hi"', "back\\slash", "$HOME", "`cmd`", ""],
        ["/x/tab\there", "new\nline"],
    ],
)
def test_exec_quoting_matches_the_apps_autostart(install_desktop: ModuleType, argv: list) -> None:
    """The script carries its own copy (it runs without the app in the bundle)."""
    assert install_desktop.exec_value(argv) == desktop_exec(argv)


def fake_bundle(tmp_path: Path, install_desktop: ModuleType) -> Path:
    """The layout the spec makes on Linux: program, share/ tree and this script."""
    bundle = tmp_path / "Apps" / "deadbutt tray"
    executable(bundle / "deadbutt-tray")
    source = install_desktop.checkout_source(tmp_path / "icons")
    install_desktop.install(bundle / "share", source, None)
    shutil.copy2(SCRIPT, bundle / "install_desktop.py")
    return bundle


def test_from_the_bundle_with_the_systems_python_and_no_qt(
    install_desktop: ModuleType, tmp_path: Path
) -> None:
    bundle = fake_bundle(tmp_path, install_desktop)
    # The template's Exec stays in the bundle's tree (it is made absolute on install).
    staged = (bundle / "share" / "applications" / f"{APP_ID}.desktop").read_text()
    assert desktop_keys(staged)["Exec"] == "deadbutt-tray"
    python = shutil.which("python3", path="/usr/bin:/bin") or sys.executable
    env = {"HOME": str(tmp_path / "home"), "PATH": "/usr/bin:/bin"}
    result = subprocess.run(
        [python, "-I", str(bundle / "install_desktop.py")],  # -I: no site-packages, no Qt
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    data = tmp_path / "home" / ".local" / "share"
    assert installed_files(data) == EXPECTED
    keys = desktop_keys((data / "applications" / f"{APP_ID}.desktop").read_text())
    assert keys["Exec"] == desktop_exec([str(bundle / "deadbutt-tray")])
    assert (data / "icons/hicolor/48x48/apps/deadbutt-tray.png").read_bytes() == (
        bundle / "share/icons/hicolor/48x48/apps/deadbutt-tray.png"
    ).read_bytes()


def test_an_incomplete_copy_is_reported(install_desktop: ModuleType, tmp_path: Path) -> None:
    bundle = fake_bundle(tmp_path, install_desktop)
    shutil.rmtree(bundle / "share" / "metainfo")
    source = install_desktop.tree_source(bundle / "share")
    with pytest.raises(install_desktop.InstallError, match="missing"):
        install_desktop.install(tmp_path / "data", source, bundle / "deadbutt-tray")


@pytest.mark.parametrize(
    ("path", "value"),
    [
        ("/home/a b/deadbutt-tray", "/home/a b/deadbutt-tray"),
        ("/x/back\\slash", "/x/back\\\\slash"),
        ("/x/new\nline", "/x/new\\nline"),
        (" lead", "\\slead"),
    ],
)
def test_tryexec_is_a_string_not_a_command_line(
    install_desktop: ModuleType, path: str, value: str
) -> None:
    assert install_desktop.string_value(path) == value
