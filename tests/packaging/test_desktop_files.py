"""The .desktop entry and AppStream metainfo: valid per the freedesktop tools, consistent
with each other, with the package, and with the app's own start-at-login entry."""

from __future__ import annotations

import configparser
import subprocess
import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path
from types import ModuleType

import deadbutt_tray
from deadbutt_tray.platform.autostart.xdg import XdgAutostart
from tests.e2e.conftest import require_tool
from tests.packaging.conftest import PACKAGING, ROOT

APP_ID = "org.deadbutt_tray.DeadbuttTray"
DESKTOP = PACKAGING / "linux" / f"{APP_ID}.desktop"
METAINFO = PACKAGING / "linux" / f"{APP_ID}.metainfo.xml"


def desktop_keys(text: str) -> dict[str, str]:
    parser = configparser.ConfigParser(interpolation=None, delimiters=("=",), strict=True)
    parser.optionxform = str  # type: ignore[assignment,method-assign]
    parser.read_string(text)
    return dict(parser["Desktop Entry"])


def validate_desktop(path: Path) -> None:
    tool = require_tool("desktop-file-validate", "desktop-file-utils")
    result = subprocess.run([tool, str(path)], capture_output=True, text=True, timeout=60)
    # It prints nothing for a clean file; hints and warnings are printed but exit 0.
    assert result.returncode == 0 and not result.stdout.strip(), result.stdout + result.stderr


def test_the_desktop_entry_is_valid() -> None:
    validate_desktop(DESKTOP)


def test_the_metainfo_is_valid() -> None:
    tool = require_tool("appstreamcli", "appstream")
    result = subprocess.run(
        [tool, "validate", "--no-net", str(METAINFO)], capture_output=True, text=True, timeout=60
    )
    # Fails on errors and warnings; infos and pedantic hints differ between versions.
    assert result.returncode == 0, result.stdout + result.stderr


def test_an_installed_tree_passes_appstream_validate_tree(
    install_desktop: ModuleType, tmp_path: Path
) -> None:
    """As a distribution would install it (/usr/share/...): the launchable is found."""
    tool = require_tool("appstreamcli", "appstream")
    source = install_desktop.checkout_source(tmp_path / "icons")
    install_desktop.install(tmp_path / "root" / "usr" / "share", source, Path("/usr/bin/x"))
    result = subprocess.run(
        [tool, "validate-tree", "--no-net", str(tmp_path / "root")],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_metainfo_agrees_with_the_package_and_the_desktop_entry() -> None:
    root = ET.parse(METAINFO).getroot()
    assert root.get("type") == "desktop-application"
    assert root.findtext("id") == APP_ID
    assert root.find("launchable").text == DESKTOP.name  # type: ignore[union-attr]
    pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert root.findtext("project_license") == pyproject["project"]["license"]
    scripts = pyproject["project"]["gui-scripts"]
    assert root.findtext("provides/binary") in scripts
    # The newest release listed is the version being built.
    assert root.find("releases/release").get("version") == deadbutt_tray.__version__  # type: ignore[union-attr]
    keys = desktop_keys(DESKTOP.read_text(encoding="utf-8"))
    assert root.findtext("icon") == keys["Icon"]
    assert root.findtext("name") == keys["Name"]
    assert root.findtext("summary") == keys["Comment"]
    assert keys["Exec"] in scripts  # the template runs the command; installs make it absolute


def test_the_start_at_login_entry_shows_the_same_app() -> None:
    """The autostart entry the app writes uses this entry's name, icon, comment and kind,
    so the session's start-up list and the menu show one app, with the installed icon."""
    menu = desktop_keys(DESKTOP.read_text(encoding="utf-8"))
    autostart = desktop_keys(XdgAutostart(Path("/x"), ["deadbutt-tray"]).entry_text())
    for key in (
        "Type",
        "Version",
        "Name",
        "Comment",
        "Icon",
        "Terminal",
        "StartupNotify",
        "Categories",
    ):
        assert menu[key] == autostart[key], key
    assert (ROOT / "resources" / "icons" / f"{menu['Icon']}.svg").is_file()
