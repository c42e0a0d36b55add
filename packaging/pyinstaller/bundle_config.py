"""What goes into the frozen app, decided in plain Python so it can be unit-tested.

``deadbutt-tray.spec`` asks this module everything that depends on the operating system
(icon, console, Info.plist, where the executable ends up) and everything about size
(which Qt plugins, translations and modules are left out). It imports neither PyInstaller
nor Qt, and every function takes the platform as an argument, so
``tests/packaging/test_bundle_config.py`` checks the Windows and macOS answers on Linux.

Size, measured on Linux (PySide6 6.11, Python 3.11, PyInstaller 6.22): a stock
PyInstaller build of the app is 213 MiB; this one is 125 MiB (``du -sh``; 51 MB as
``.tar.gz``). The difference: the QML/Quick stack that the virtual-keyboard input plugin
drags in, QtPdf (via the PDF image-format plugin), FFmpeg (the media *playback* backend:
the chime's ``QSoundEffect`` plays its WAV through QtMultimedia's own audio output and
needs no backend plugin), OpenSSL, the unused OpenGL Python bindings, Qt's translations
(all but ``qtbase_<code>.qm`` of the languages the app speaks, for Qt's own buttons and
dialogs), and debug symbols in the Python build (stripped on Linux). Most of
what is left is Qt itself; the largest single file is ICU's data (32 MB), which QtCore
links.
"""

from __future__ import annotations

import plistlib
import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path, PurePath

ROOT = Path(__file__).resolve().parents[2]
APP_NAME = "deadbutt-tray"
#: Reverse-DNS application id: the .desktop file, the AppStream component, D-Bus style.
APP_ID = "org.deadbutt_tray.DeadbuttTray"
#: macOS bundle ids allow only letters, digits, "-" and ".": the same id with "-" for "_".
MACOS_BUNDLE_ID = APP_ID.replace("_", "-")

#: The Qt modules the app imports. Anything else is left out (the weekly summary draws its
#: charts with QPainter: no QtCharts).
QT_MODULES_USED = (
    "QtCore",
    "QtGui",
    "QtWidgets",
    "QtSvg",
    "QtDBus",
    "QtNetwork",
    "QtMultimedia",
)

#: Imported lazily or only by code being written now, so listed for PyInstaller to collect.
HIDDEN_IMPORTS = ("PySide6.QtMultimedia",)

#: Python modules never wanted in the bundle, even if something optional refers to them.
EXCLUDED_MODULES = (
    "tkinter",
    "unittest",
    "pydoc",
    # Nothing here speaks TLS; asyncio (imported by APScheduler) and hashlib fall back
    # cleanly without these, and leaving them out leaves out OpenSSL (~5 MB).
    "ssl",
    "_ssl",
    "_hashlib",
    # The OpenGL bindings (~9 MB): nothing of the app draws with OpenGL.
    "PySide6.QtCharts",
    "PySide6.QtOpenGL",
    "PySide6.QtOpenGLWidgets",
    "PySide6.QtQml",
    "PySide6.QtQuick",
    "PySide6.QtQuickControls2",
    "PySide6.QtQuickWidgets",
    "PySide6.QtQuick3D",
    "PySide6.QtWebEngineCore",
    "PySide6.QtWebEngineWidgets",
    "PySide6.QtWebEngineQuick",
    "PySide6.QtWebChannel",
    "PySide6.QtWebSockets",
    "PySide6.Qt3DCore",
    "PySide6.Qt3DRender",
    "PySide6.QtPdf",
    "PySide6.QtPdfWidgets",
    "PySide6.QtDesigner",
    "PySide6.QtUiTools",
    "PySide6.QtMultimediaWidgets",
    "PySide6.QtConcurrent",
    "PySide6.QtSql",
    "PySide6.QtTest",
    "PySide6.QtBluetooth",
    "PySide6.QtPositioning",
    "PySide6.QtLocation",
    "PySide6.QtSensors",
    "PySide6.QtSerialPort",
    "PySide6.QtTextToSpeech",
    "PySide6.QtVirtualKeyboard",
)

_ALL = "*"
#: Qt plugins left out, by plugin folder: a set of plugin names, or "*" for the folder.
#: A deny-list rather than an allow-list, so that Windows and macOS (which cannot be built
#: here) keep whatever Qt needs there (e.g. the ``styles`` plugin for a native look).
DROPPED_PLUGINS: dict[str, frozenset[str] | str] = {
    # Embedded-device and remote platforms; kept: xcb, wayland, windows, cocoa, offscreen,
    # minimal (tiny, and what headless diagnostics use).
    "platforms": frozenset(
        {"qeglfs", "qminimalegl", "qlinuxfb", "qvnc", "qvkkhrdisplay", "qbsdfb", "qdirect2d"}
    ),
    "egldeviceintegrations": _ALL,
    "generic": _ALL,  # evdev/tuio input for eglfs and linuxfb
    # The virtual keyboard pulls in QtQuick, QtQml and friends (~16 MB).
    "platforminputcontexts": frozenset({"qtvirtualkeyboardplugin"}),
    # The app draws SVG (and Qt reads PNG itself); the PDF plugin alone pulls in QtPdf.
    "imageformats": frozenset(
        {"qpdf", "qtiff", "qwebp", "qtga", "qwbmp", "qjpeg", "qgif", "qmacheif", "qmacjp2"}
    ),
    # GTK3 theme: the GTK stack would come from the build machine and clash with the
    # desktop's own; the XDG portal theme (kept) gives native file dialogs without it.
    "platformthemes": frozenset({"qgtk3"}),
    "tls": _ALL,  # QtNetwork is used for a local socket only: no TLS, no OpenSSL
    "networkinformation": _ALL,
    # Media playback backends (FFmpeg ~20 MB, GStreamer, AVFoundation, Media Foundation):
    # QSoundEffect plays the WAV chime through QtMultimedia's own audio output without one.
    "multimedia": _ALL,
    "wayland-shell-integration": frozenset(
        {"wl-shell-plugin", "ivi-shell", "fullscreen-shell-v1", "qt-shell"}
    ),
    "wayland-graphics-integration-client": frozenset(
        {"dmabuf-server", "drm-egl-server", "vulkan-server", "shm-emulation-server"}
    ),
    "qmltooling": _ALL,
    "sqldrivers": _ALL,
    "designer": _ALL,
}

#: Shared libraries PyInstaller's QtNetwork hook adds for the TLS plugins (left out above);
#: nothing else links them. Matched as file-name prefixes (``libssl.so.3``,
#: ``libcrypto-3-x64.dll``, ``libssl.3.dylib``).
DROPPED_LIBRARIES = ("libssl", "libcrypto")

#: Shared libraries and binding modules that must never be in the bundle, as patterns for
#: Linux (``libQt6Pdf.so.6``), Windows (``Qt6Pdf.dll``) and macOS (``QtPdf.framework``)
#: names; the spec fails the build if one is there.
FORBIDDEN_LIBRARIES = (
    r"Qt6?WebEngine",
    r"Qt6?Quick",
    r"Qt6?Qml",
    r"Qt6?3D",
    r"Qt6?Pdf",
    r"Qt6?Designer",
    r"Qt6?VirtualKeyboard",
    r"avcodec",
    r"avformat",
    r"gtk-3",
)
_FORBIDDEN = re.compile("|".join(FORBIDDEN_LIBRARIES))


def plugin_name(filename: str) -> str:
    """``libqxcb.so`` / ``qwindows.dll`` / ``libqcocoa.dylib`` → ``qxcb`` / ``qwindows`` / …"""
    stem = PurePath(filename).name.split(".")[0]
    return stem[3:] if stem.startswith("lib") else stem


def keep_plugin(plugin_type: str, filename: str) -> bool:
    """Whether a Qt plugin goes into the bundle."""
    dropped = DROPPED_PLUGINS.get(plugin_type)
    if dropped is None:
        return True
    return dropped != _ALL and plugin_name(filename) not in dropped


#: Qt's own translations kept: those of the languages the app has (its resources/i18n/).
QT_TRANSLATIONS = tuple(
    f"qtbase_{path.stem.rsplit('_', 1)[-1]}.qm"
    for path in sorted((ROOT / "resources" / "i18n").glob("*.ts"))
)


def keep_data(dest: str) -> bool:
    """Whether a data file (by its path inside the bundle) goes in: of Qt's translations
    only ``qtbase`` in the app's languages (the app's own are in its resources)."""
    path = PurePath(dest.replace("\\", "/"))
    parts = path.parts
    if len(parts) >= 3 and parts[0] == "PySide6" and "translations" in parts[1:3]:
        return path.name in QT_TRANSLATIONS
    return True


def keep_binary(dest: str) -> bool:
    """Whether a shared library (by its path inside the bundle) goes in."""
    return not PurePath(dest.replace("\\", "/")).name.startswith(DROPPED_LIBRARIES)


def forbidden_libraries(names: Iterable[str]) -> list[str]:
    """The bundled file names that match :data:`FORBIDDEN_LIBRARIES` (should be none)."""
    return sorted(n for n in names if _FORBIDDEN.search(PurePath(n.replace("\\", "/")).name))


def app_version(root: Path = ROOT) -> str:
    """``__version__`` from the package, read without importing it."""
    text = (root / "deadbutt_tray" / "__init__.py").read_text(encoding="utf-8")
    match = re.search(r'^__version__ = "([^"]+)"', text, re.MULTILINE)
    if match is None:
        raise ValueError("no __version__ in deadbutt_tray/__init__.py")
    return match.group(1)


@dataclass(frozen=True)
class ExeOptions:
    """The per-OS arguments of PyInstaller's ``EXE``."""

    icon: Path | None
    #: False = Windows GUI subsystem (no console window) and a macOS app bundle.
    console: bool
    strip: bool
    upx: bool
    argv_emulation: bool


def icon_file(platform: str, icons_dir: Path) -> Path | None:
    """The executable's icon: ``.ico`` on Windows, ``.icns`` on macOS, none on Linux
    (Linux desktops take the icon from the .desktop entry and the hicolor theme)."""
    if platform == "win32":
        return icons_dir / f"{APP_NAME}.ico"
    if platform == "darwin":
        return icons_dir / f"{APP_NAME}.icns"
    return None


def exe_options(platform: str, icons_dir: Path) -> ExeOptions:
    """``EXE`` options for ``platform`` (``sys.platform`` values)."""
    return ExeOptions(
        icon=icon_file(platform, icons_dir),
        console=False,
        # The Python build and its extension modules often carry debug symbols (pyenv's
        # libpython: 23 MB → 4 MB). Windows DLLs have none, and stripping a signed macOS
        # binary breaks its signature.
        strip=platform.startswith("linux"),
        upx=False,  # UPX-packed Qt libraries trip antivirus scanners and start slower
        argv_emulation=False,  # a tray app opens no documents
    )


def info_plist(fragment: Path, version: str) -> dict[str, object]:
    """The macOS Info.plist: the committed fragment plus id and version."""
    plist = plistlib.loads(fragment.read_bytes())
    if not isinstance(plist, dict):
        raise ValueError(f"{fragment} is not a property list dictionary")
    plist.update(
        {
            "CFBundleIdentifier": MACOS_BUNDLE_ID,
            "CFBundleShortVersionString": version,
            "CFBundleVersion": version,
        }
    )
    return plist


def executable_path(platform: str, distpath: Path) -> Path:
    """Where the built app's executable is."""
    if platform == "win32":
        return distpath / APP_NAME / f"{APP_NAME}.exe"
    if platform == "darwin":
        return distpath / f"{APP_NAME}.app" / "Contents" / "MacOS" / APP_NAME
    return distpath / APP_NAME / APP_NAME
