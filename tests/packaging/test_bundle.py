"""The frozen one-folder app: built with PyInstaller from packaging/pyinstaller/, checked
for what it holds, then started for real on a virtual screen with a tray host.

One build (about 15–20 s on 2 cores) is shared by the tests in this module. PyInstaller
comes from the ``bundle`` extra; if this environment lacks it, it is installed first.
"""

from __future__ import annotations

import importlib.util
import os
import re
import shutil
import subprocess
import sys
import time
import tomllib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType

import pytest

import deadbutt_tray
from deadbutt_tray.platform.autostart.xdg import desktop_exec
from tests.e2e.conftest import display_env, require_tool, wait_for
from tests.packaging.conftest import PACKAGING, ROOT, app_running
from tests.packaging.test_desktop_files import APP_ID, desktop_keys, validate_desktop
from tests.packaging.test_wheel import resource_files

pytestmark = [pytest.mark.slow, pytest.mark.e2e]

#: The bundle measured 125 MB on Linux (PySide6 6.11, Python 3.11); fail well before it
#: doubles back towards the 213 MB of an untrimmed PyInstaller build.
SIZE_BUDGET_MB = 150
#: Libraries every Wayland desktop has and that are only loaded by the Wayland plugin.
HOST_LIBRARIES = {"libwayland-cursor.so.0", "libwayland-egl.so.1", "libwayland-client.so.0"}


@dataclass(frozen=True)
class Bundle:
    folder: Path
    exe: Path
    build_s: float

    def files(self) -> list[Path]:
        """Real files; PyInstaller also links some libraries into place (counted once)."""
        return [p for p in self.folder.rglob("*") if p.is_file() and not p.is_symlink()]

    def size(self) -> int:
        return sum(p.stat().st_size for p in self.files())


def ensure_pyinstaller() -> None:
    if importlib.util.find_spec("PyInstaller") is not None:
        return
    pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    requirements = pyproject["project"]["optional-dependencies"]["bundle"]
    subprocess.run(
        [sys.executable, "-m", "pip", "install", "-q", *requirements],
        check=True, capture_output=True, timeout=600,
    )  # fmt: skip


@pytest.fixture(scope="module")
def bundle(tmp_path_factory: pytest.TempPathFactory, bundle_config: ModuleType) -> Bundle:
    if not sys.platform.startswith("linux"):
        pytest.skip("the bundle smoke test runs on Linux (see README: per-platform testing)")
    ensure_pyinstaller()
    out = tmp_path_factory.mktemp("bundle")
    started = time.monotonic()
    result = subprocess.run(
        [sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
         "--distpath", str(out / "dist"), "--workpath", str(out / "build"),
         str(PACKAGING / "pyinstaller" / "deadbutt-tray.spec")],
        cwd=ROOT, capture_output=True, text=True, timeout=1200,
        # A private cache: PyInstaller's shared bincache is not safe for two builds at
        # once (another checkout's test run), and a torn index fails the build.
        env={**os.environ, "PYINSTALLER_CONFIG_DIR": str(out / "pyinstaller-cache")},
    )  # fmt: skip
    assert result.returncode == 0, result.stderr[-5000:]
    exe = bundle_config.executable_path(sys.platform, out / "dist")
    assert exe.is_file()
    return Bundle(exe.parent, exe, time.monotonic() - started)


def test_the_bundle_holds_what_the_app_uses_and_no_more(
    bundle: Bundle, bundle_config: ModuleType, capsys: pytest.CaptureFixture[str]
) -> None:
    files = bundle.files()
    rel = [p.relative_to(bundle.folder).as_posix() for p in files]
    assert bundle_config.forbidden_libraries(rel) == []
    translations = sorted(r.rsplit("/", 1)[-1] for r in rel if r.endswith(".qm"))
    ours = [f"deadbutt-tray_{q.removeprefix('qtbase_')}" for q in bundle_config.QT_TRANSLATIONS]
    assert translations == sorted([*ours, *bundle_config.QT_TRANSLATIONS])
    plugins = bundle.folder / "_internal" / "PySide6" / "Qt" / "plugins"
    present = {p.name for p in plugins.iterdir()}
    assert {"platforms", "iconengines", "imageformats", "xcbglintegrations"} <= present
    assert not present & {"multimedia", "tls", "egldeviceintegrations", "generic"}
    assert (plugins / "platforms" / "libqxcb.so").is_file()
    assert (plugins / "iconengines" / "libqsvgicon.so").is_file()
    assert not [r for r in rel if "libssl" in r or "libcrypto.so" in r]

    resources = bundle.folder / "_internal" / "deadbutt_tray" / "resources"
    bundled = {p.relative_to(resources).as_posix() for p in resources.rglob("*") if p.is_file()}
    assert resource_files() <= bundled, sorted(resource_files() - bundled)
    # The Linux extras: FHS share/ tree and the script that installs it for the user.
    share = bundle.folder / "share"
    assert (share / "applications" / f"{APP_ID}.desktop").is_file()
    assert (share / "metainfo" / f"{APP_ID}.metainfo.xml").is_file()
    assert (share / "icons/hicolor/256x256/apps/deadbutt-tray.png").is_file()
    assert (bundle.folder / "install_desktop.py").is_file()

    size = bundle.size()
    largest = sorted(files, key=lambda p: p.stat().st_size, reverse=True)[:8]
    with capsys.disabled():
        print(
            f"\n[bundle] built in {bundle.build_s:.1f} s; {size / 1e6:.1f} MB in {len(files)} files"
        )
        for path in largest:
            name = path.relative_to(bundle.folder).as_posix()
            print(f"[bundle]   {path.stat().st_size / 1e6:6.1f} MB  {name}")
    assert size < SIZE_BUDGET_MB * 1e6, f"the bundle grew to {size / 1e6:.0f} MB"


def test_every_library_dependency_resolves(bundle: Bundle) -> None:
    """Nothing the loader needs was left out (e.g. a library something still links)."""
    ldd = require_tool("ldd", "libc-bin")
    internal = bundle.folder / "_internal"
    env = {**os.environ, "LD_LIBRARY_PATH": f"{internal}:{internal / 'PySide6/Qt/lib'}"}
    missing: dict[str, set[str]] = {}
    for path in [bundle.exe, *internal.rglob("*.so*")]:
        if path.is_symlink() or not path.is_file() or path.read_bytes()[:4] != b"\x7fELF":
            continue
        out = subprocess.run([ldd, str(path)], env=env, capture_output=True, text=True).stdout
        for name in re.findall(r"^\s*(\S+) => not found", out, re.MULTILINE):
            if name not in HOST_LIBRARIES:
                missing.setdefault(name, set()).add(path.relative_to(bundle.folder).as_posix())
    assert not missing, missing


def test_version_and_check_need_no_display(bundle: Bundle, tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    version = subprocess.run(
        [str(bundle.exe), "--version"], env=env, capture_output=True, text=True, timeout=60
    )
    assert version.stdout.strip() == f"deadbutt-tray {deadbutt_tray.__version__}"
    check = subprocess.run(
        [str(bundle.exe), "--data-dir", str(tmp_path / "d"), "check"],
        env=env, capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    assert check.returncode == 0, check.stdout + check.stderr
    # The exercise library was found inside the bundle.
    assert int(re.search(r"(\d+) exercises", check.stdout).group(1)) > 0  # type: ignore[union-attr]
    german = subprocess.run(
        [str(bundle.exe), "--data-dir", str(tmp_path / "d"), "check"],
        env={**env, "LANG": "de_DE.UTF-8"}, capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    assert german.stdout.startswith("Alles gut: "), german.stdout + german.stderr


@pytest.fixture
def tray_display(xvfb_display: str) -> Iterator[str]:
    """The Xvfb display with the trayer system-tray host on it (as in tests/e2e)."""
    require_tool("trayer", "trayer")
    require_tool("xwininfo", "x11-utils")
    env = display_env(xvfb_display)
    trayer = subprocess.Popen(
        ["trayer", "--edge", "top", "--align", "right", "--widthtype", "request",
         "--height", "32", "--SetDockType", "true", "--transparent", "false"],
        env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    try:
        wait_for(lambda: '"panel"' in xwininfo_tree(xvfb_display), 10, "trayer")
        yield xvfb_display
    finally:
        trayer.terminate()
        trayer.wait(10)


def xwininfo_tree(display: str) -> str:
    return subprocess.run(
        ["xwininfo", "-root", "-tree"],
        env=display_env(display), capture_output=True, text=True, timeout=30,
    ).stdout  # fmt: skip


def icon_in_tray(display: str) -> bool:
    """Whether a deadbutt-tray window is embedded in trayer's panel."""
    in_panel = False
    for line in xwininfo_tree(display).splitlines():
        if '"panel"' in line:
            in_panel = True
        elif in_panel and '"deadbutt-tray": (' in line:
            return True
    return False


def test_the_bundle_shows_its_tray_icon_and_quits_cleanly(
    bundle: Bundle, tray_display: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    env = display_env(tray_display)
    env.pop("DEADBUTT_TRAY_HOME", None)
    data = tmp_path / "data"
    started = time.monotonic()
    with app_running(bundle.exe, data, env) as app:
        wait_for(lambda: icon_in_tray(tray_display), 30, "the tray icon to be embedded")
        shown = time.monotonic() - started
    assert "Traceback" not in app.stderr, app.stderr
    log = (data / "logs" / "deadbutt-tray.log").read_text()
    assert "tray available: True" in log and "quitting" in log
    # A missing Qt plugin or library shows up as a Qt warning in the log.
    problems = [line for line in log.splitlines() if re.search(r"WARNING|ERROR|CRITICAL", line)]
    assert not problems, problems
    history = [tomllib.loads(p.read_text()) for p in (data / "history").glob("*.toml")]
    assert [s["ended_by"] for h in history for s in h.get("sitting", [])] == ["quit"]
    with capsys.disabled():
        print(f"\n[bundle] tray icon shown {shown:.2f} s after start")


def test_the_bundle_finds_its_translations_and_qts(
    bundle: Bundle, tray_display: str, tmp_path: Path
) -> None:
    """Started in German, the frozen app loads its own .qm and Qt's qtbase_de.qm."""
    env = {**display_env(tray_display), "LANG": "de_DE.UTF-8"}
    for name in ("DEADBUTT_TRAY_HOME", "LANGUAGE", "LC_ALL", "LC_MESSAGES"):
        env.pop(name, None)
    data = tmp_path / "data"
    with app_running(bundle.exe, data, env):
        wait_for(lambda: icon_in_tray(tray_display), 30, "the tray icon to be embedded")
    log = (data / "logs" / "deadbutt-tray.log").read_text()
    assert "language: de (setting 'system')" in log
    assert "no translation at" not in log and "no Qt translation at" not in log, log


def test_a_prompt_with_its_chime_works_in_the_bundle(
    bundle: Bundle, tray_display: str, tmp_path: Path
) -> None:
    """QtMultimedia (with no media backend plugin: see bundle_config) and the prompt."""
    env = display_env(tray_display)
    env.pop("DEADBUTT_TRAY_HOME", None)
    data = tmp_path / "data"
    log_file = data / "logs" / "deadbutt-tray.log"
    with app_running(bundle.exe, data, env, "--sit-limit", "0.1") as app:
        wait_for(lambda: log_file.exists() and "nudge: prompt" in log_file.read_text(), 40,
                 "the first prompt (limit 6 s)")  # fmt: skip
        time.sleep(1.0)  # the chime is prepared with the prompt
    assert "Traceback" not in app.stderr, app.stderr
    log = log_file.read_text()
    assert "QtMultimedia cannot be loaded" not in log
    # Without a playback backend QtMultimedia says so once; the WAV chime needs none.
    known = "No QtMultimedia backends found"
    problems = [
        line
        for line in log.splitlines()
        if re.search(r"WARNING|ERROR|CRITICAL", line) and known not in line
    ]
    assert not problems, problems


def test_install_desktop_from_the_bundle(bundle: Bundle, tmp_path: Path) -> None:
    """A user of the bundle adds it to the menu with the system's python3 (no Qt)."""
    python = shutil.which("python3", path="/usr/bin:/bin") or sys.executable
    data = tmp_path / "xdg"
    result = subprocess.run(
        [python, "-I", str(bundle.folder / "install_desktop.py"), "--data-home", str(data)],
        capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    entry = data / "applications" / f"{APP_ID}.desktop"
    assert desktop_keys(entry.read_text())["Exec"] == desktop_exec([str(bundle.exe)])
    validate_desktop(entry)
    assert (data / "icons/hicolor/scalable/apps/deadbutt-tray.svg").is_file()
