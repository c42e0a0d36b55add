"""The frozen app's per-OS and size decisions (packaging/pyinstaller/), checked on any OS.

Windows and macOS bundles cannot be built here; what differs for them is decided in
``bundle_config.py`` and ``entry.py`` as plain functions of the platform, tested below,
and the spec itself is linted and compiled.
"""

from __future__ import annotations

import ast
import plistlib
import re
import shutil
import subprocess
import sys
from pathlib import Path
from types import ModuleType, SimpleNamespace

import pytest

import deadbutt_tray
from tests.packaging.conftest import PACKAGING, ROOT, load

SPEC = PACKAGING / "pyinstaller" / "deadbutt-tray.spec"


@pytest.mark.parametrize(
    ("plugin_type", "filename", "kept"),
    [
        ("platforms", "libqxcb.so", True),
        ("platforms", "libqwayland.so", True),
        ("platforms", "qwindows.dll", True),
        ("platforms", "libqcocoa.dylib", True),
        ("platforms", "libqoffscreen.so", True),
        ("platforms", "libqeglfs.so", False),
        ("platforms", "qdirect2d.dll", False),
        ("platforminputcontexts", "libqtvirtualkeyboardplugin.so", False),
        ("platforminputcontexts", "qtvirtualkeyboardplugin.dll", False),
        ("platforminputcontexts", "libibusplatforminputcontextplugin.so", True),
        ("imageformats", "libqsvg.so", True),
        ("imageformats", "qsvg.dll", True),
        ("imageformats", "libqpdf.so", False),
        ("imageformats", "libqpdf.dylib", False),
        ("iconengines", "libqsvgicon.so", True),
        ("multimedia", "libffmpegmediaplugin.so", False),
        ("multimedia", "windowsmediaplugin.dll", False),
        ("multimedia", "libdarwinmediaplugin.dylib", False),
        ("tls", "qschannelbackend.dll", False),
        ("platformthemes", "libqgtk3.so", False),
        ("platformthemes", "libqxdgdesktopportal.so", True),
        ("styles", "qmodernwindowsstyle.dll", True),  # native look on Windows
        ("styles", "libqmacstyle.dylib", True),
        ("wayland-shell-integration", "libxdg-shell.so", True),
        ("wayland-shell-integration", "libivi-shell.so", False),
        ("xcbglintegrations", "libqxcb-glx-integration.so", True),
    ],
)
def test_which_qt_plugins_go_in(
    bundle_config: ModuleType, plugin_type: str, filename: str, kept: bool
) -> None:
    assert bundle_config.keep_plugin(plugin_type, f"/some/where/{filename}") is kept


def test_qtbase_translations_of_our_languages_only_and_no_openssl(
    bundle_config: ModuleType,
) -> None:
    assert bundle_config.QT_TRANSLATIONS == ("qtbase_de.qm", "qtbase_es.qm", "qtbase_fr.qm")
    assert bundle_config.keep_data("PySide6/Qt/translations/qtbase_de.qm")
    assert bundle_config.keep_data("PySide6\\translations\\qtbase_fr.qm")  # Windows wheel
    assert not bundle_config.keep_data("PySide6/Qt/translations/qtbase_ja.qm")
    assert not bundle_config.keep_data("PySide6/Qt/translations/qt_de.qm")
    assert not bundle_config.keep_data("PySide6/Qt/translations/assistant_de.qm")
    assert bundle_config.keep_data("deadbutt_tray/resources/i18n/deadbutt-tray_de.qm")
    assert bundle_config.keep_data("deadbutt_tray/resources/exercises/bird-dog.toml")
    for name in ("libssl.so.3", "libcrypto.so.3", "libcrypto-3-x64.dll", "libssl.3.dylib"):
        assert not bundle_config.keep_binary(name), name
    for name in ("libk5crypto.so.3", "PySide6/Qt/lib/libQt6Core.so.6", "libpython3.11.so.1.0"):
        assert bundle_config.keep_binary(name), name


def test_forbidden_libraries_are_recognised_on_every_os(bundle_config: ModuleType) -> None:
    names = [
        "PySide6/Qt/lib/libQt6WebEngineCore.so.6",
        "PySide6\\Qt6Quick.dll",
        "PySide6/Qt/lib/QtQml.framework/Versions/A/QtQml",
        "PySide6/Qt/lib/libQt6Pdf.so.6",
        "PySide6/Qt/lib/libavcodec.so.61",
        "PySide6/QtQuick.abi3.so",
        "libgtk-3.so.0",
        # fine:
        "PySide6/Qt/lib/libQt6Core.so.6",
        "PySide6/Qt6Widgets.dll",
        "PySide6/Qt/lib/libQt6Charts.so.6",
        "PySide6/Qt/lib/libQt6Multimedia.so.6",
        "libk5crypto.so.3",
    ]
    assert bundle_config.forbidden_libraries(names) == sorted(names[:7])


@pytest.mark.parametrize(
    ("platform", "icon", "strip", "exe"),
    [
        ("linux", None, True, "dist/deadbutt-tray/deadbutt-tray"),
        ("win32", "deadbutt-tray.ico", False, "dist/deadbutt-tray/deadbutt-tray.exe"),
        (
            "darwin",
            "deadbutt-tray.icns",
            False,
            "dist/deadbutt-tray.app/Contents/MacOS/deadbutt-tray",
        ),
    ],
)
def test_exe_options_per_os(
    bundle_config: ModuleType, platform: str, icon: str | None, strip: bool, exe: str
) -> None:
    options = bundle_config.exe_options(platform, Path("icons"))
    assert options.icon == (Path("icons") / icon if icon else None)
    assert options.console is False  # Windows: GUI subsystem, no console window
    assert options.strip is strip
    assert options.upx is False
    assert options.argv_emulation is False
    assert bundle_config.executable_path(platform, Path("dist")) == Path(exe)


def test_the_macos_info_plist_hides_the_dock_icon(bundle_config: ModuleType) -> None:
    fragment = PACKAGING / "macos" / "Info.plist"
    plistlib.loads(fragment.read_bytes())  # well-formed on its own
    plist = bundle_config.info_plist(fragment, "1.2.3")
    assert plist["LSUIElement"] is True
    assert plist["CFBundleShortVersionString"] == plist["CFBundleVersion"] == "1.2.3"
    # Apple: bundle ids hold only letters, digits, "-" and "."; the XDG id has a "_".
    assert re.fullmatch(r"[A-Za-z0-9.-]+", plist["CFBundleIdentifier"])
    assert plist["CFBundleIdentifier"].lower() == bundle_config.APP_ID.replace("_", "-").lower()


def test_the_version_is_read_without_importing(bundle_config: ModuleType) -> None:
    assert bundle_config.app_version() == deadbutt_tray.__version__


def _qt_modules_imported_by_the_app() -> set[str]:
    found: set[str] = set()
    for path in (ROOT / "deadbutt_tray").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.module:
                if node.module.startswith("PySide6."):
                    found.add(node.module.split(".")[1])
                elif node.module == "PySide6":
                    found.update(alias.name for alias in node.names)
            elif isinstance(node, ast.Import):
                found.update(
                    a.name.split(".")[1] for a in node.names if a.name.startswith("PySide6.")
                )
    return found


def test_every_qt_module_the_app_imports_is_bundled(bundle_config: ModuleType) -> None:
    """A new Qt module in the app must be added to bundle_config (and not be excluded)."""
    used = _qt_modules_imported_by_the_app()
    assert used, "no PySide6 import found: the scan is broken"
    assert used <= set(bundle_config.QT_MODULES_USED), used - set(bundle_config.QT_MODULES_USED)
    excluded = {m.removeprefix("PySide6.") for m in bundle_config.EXCLUDED_MODULES}
    assert not (set(bundle_config.QT_MODULES_USED) & excluded)
    for hidden in bundle_config.HIDDEN_IMPORTS:
        assert hidden.removeprefix("PySide6.") in bundle_config.QT_MODULES_USED


def test_the_spec_is_python_that_ruff_accepts() -> None:
    compile(SPEC.read_text(encoding="utf-8"), str(SPEC), "exec")
    ruff = Path(sys.executable).with_name("ruff")
    if not ruff.exists():
        ruff = Path(shutil.which("ruff") or pytest.fail("ruff (the test extra) is not installed"))
    for args in (["check"], ["format", "--check"]):
        result = subprocess.run(
            [str(ruff), *args, str(SPEC)], capture_output=True, text=True, cwd=ROOT, timeout=60
        )
        assert result.returncode == 0, result.stdout + result.stderr


# --- entry.py: the Windows console boundary ---------------------------------------------------


class FakeKernel32:
    def __init__(self, attached: bool) -> None:
        self.attached = attached
        self.calls: list[int] = []

    def AttachConsole(self, pid: int) -> int:
        self.calls.append(pid)
        return int(self.attached)


def _opener(opened: list[str]) -> object:
    def opener(name: str, mode: str, **kwargs: object) -> str:
        opened.append(name)
        return f"<{name}>"

    return opener


@pytest.fixture(scope="module")
def entry() -> ModuleType:
    return load("pyinstaller/entry.py")


def test_no_console_business_outside_windows(entry: ModuleType) -> None:
    streams = SimpleNamespace(stdout=None, stderr=None)
    kernel = FakeKernel32(attached=True)
    assert not entry.attach_parent_console("linux", streams, kernel)
    assert not entry.attach_parent_console("darwin", streams, kernel)
    assert kernel.calls == [] and streams.stdout is None


def test_a_windows_gui_exe_started_from_a_terminal_prints_there(entry: ModuleType) -> None:
    streams = SimpleNamespace(stdout=None, stderr=None)
    kernel, opened = FakeKernel32(attached=True), []
    assert entry.attach_parent_console("win32", streams, kernel, _opener(opened))
    assert kernel.calls == [0xFFFFFFFF]  # ATTACH_PARENT_PROCESS
    assert streams.stdout == streams.stderr == "<CONOUT$>"
    assert opened == ["CONOUT$", "CONOUT$"]


def test_a_windows_gui_exe_started_from_explorer_stays_silent(entry: ModuleType) -> None:
    streams = SimpleNamespace(stdout=None, stderr=None)
    opened: list[str] = []
    assert not entry.attach_parent_console("win32", streams, FakeKernel32(False), _opener(opened))
    assert streams.stdout is None and opened == []


def test_existing_streams_are_kept(entry: ModuleType) -> None:
    kernel = FakeKernel32(attached=True)
    both = SimpleNamespace(stdout="out", stderr="err")
    assert not entry.attach_parent_console("win32", both, kernel)
    assert kernel.calls == []  # a console app (or redirected output): nothing to do
    half = SimpleNamespace(stdout="out", stderr=None)
    opened: list[str] = []
    assert entry.attach_parent_console("win32", half, kernel, _opener(opened))
    assert half.stdout == "out" and half.stderr == "<CONOUT$>"
