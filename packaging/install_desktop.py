"""Put deadbutt-tray in this user's application menu (Linux and other XDG desktops).

    python3 install_desktop.py [--exec PROGRAM] [--data-home DIR] [--uninstall]

Installs, under ``$XDG_DATA_HOME`` (default ``~/.local/share``):

    applications/org.deadbutt_tray.DeadbuttTray.desktop   the menu entry
    metainfo/org.deadbutt_tray.DeadbuttTray.metainfo.xml  for software centres
    icons/hicolor/{16..512}x…/apps/deadbutt-tray.png      the icon, every theme size
    icons/hicolor/scalable/apps/deadbutt-tray.svg

``--uninstall`` removes exactly those files. Nothing else is touched, and no root is
needed. The icon is the one named ``deadbutt-tray``, which the app's own start-at-login
entry (``~/.config/autostart/deadbutt-tray.desktop``) also uses, so after this that entry
shows the real icon too.

The script runs in two places:

- a source checkout (``./dev install-desktop``, ``make install-desktop``): the entry and
  metainfo come from ``packaging/linux/`` and the icons are drawn from the SVG by
  ``packaging/icons/make_icons.py`` (with PySide6, i.e. the project's venv; the system's
  python3 installs the scalable SVG icon only); the menu entry runs the installed
  ``deadbutt-tray`` (pipx, pip, or the venv's own);
- the frozen Linux bundle, which carries a copy of this script and a ready ``share/``
  tree beside its ``deadbutt-tray`` executable: there it needs only the system's
  ``python3``, and the menu entry runs that executable.

``--exec PROGRAM`` overrides the program the menu entry starts.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

APP_ID = "org.deadbutt_tray.DeadbuttTray"
APP_NAME = "deadbutt-tray"  # the command and the freedesktop icon name
DESKTOP_FILE = f"{APP_ID}.desktop"
METAINFO_FILE = f"{APP_ID}.metainfo.xml"
HERE = Path(__file__).resolve().parent


@dataclass(frozen=True)
class Source:
    """Where the files come from: the template entry, the metainfo, and a hicolor tree."""

    desktop: Path
    metainfo: Path
    hicolor: Path


class InstallError(Exception):
    """The install could not be done; ``str()`` says why and what to do."""


# --- where things are ---------------------------------------------------------------------------


def data_home(env: Mapping[str, str], home: Path) -> Path:
    """``$XDG_DATA_HOME``, or ``~/.local/share`` (a relative value is invalid and ignored)."""
    value = env.get("XDG_DATA_HOME", "")
    return Path(value) if value and os.path.isabs(value) else home / ".local" / "share"


def targets(data: Path, hicolor: Path | None = None) -> dict[str, Path]:
    """The files this script owns under ``data``, keyed by a short name.

    Icon files are listed from ``hicolor`` (a source tree) when given, else from what is
    installed, so an uninstall removes every size an earlier install put there.
    """
    found = {
        "desktop": data / "applications" / DESKTOP_FILE,
        "metainfo": data / "metainfo" / METAINFO_FILE,
    }
    icons_root = data / "icons" / "hicolor"
    pattern = f"*/apps/{APP_NAME}.*"
    for icon in sorted((hicolor or icons_root).glob(pattern)):
        rel = icon.relative_to(hicolor or icons_root)
        found[f"icon:{rel.parts[0]}"] = icons_root / rel
    return found


def tree_source(share: Path) -> Source:
    """A prepared ``share/`` tree (the one inside the Linux bundle)."""
    return Source(
        desktop=share / "applications" / DESKTOP_FILE,
        metainfo=share / "metainfo" / METAINFO_FILE,
        hicolor=share / "icons" / "hicolor",
    )


def checkout_source(icons_dir: Path) -> Source:
    """The files in ``packaging/`` of a source checkout; icons are drawn into ``icons_dir``.

    Without PySide6 (the system's python3 after ``pipx install .``) only the scalable SVG
    icon is installed, which GNOME, KDE, Xfce and the other current desktops draw at any
    size; the PNG sizes are for older or minimal ones.
    """
    sys.path.insert(0, str(HERE / "icons"))
    try:
        import make_icons  # type: ignore[import-not-found]
    finally:
        sys.path.pop(0)
    try:
        hicolor = make_icons.make_icons(icons_dir)["hicolor"]
    except ImportError:
        hicolor = icons_dir / "hicolor"
        scalable = hicolor / "scalable" / "apps" / f"{APP_NAME}.svg"
        scalable.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(make_icons.DEFAULT_SVG, scalable)
        print("No PySide6 here: installing the scalable icon only (./dev install-desktop "
              "adds the PNG sizes).")  # fmt: skip
    return Source(
        desktop=HERE / "linux" / DESKTOP_FILE,
        metainfo=HERE / "linux" / METAINFO_FILE,
        hicolor=hicolor,
    )


def bundled_program(here: Path = HERE) -> Path | None:
    """The bundle's executable when this script sits in the frozen Linux bundle."""
    program = here / APP_NAME
    return program if program.is_file() and os.access(program, os.X_OK) else None


def pipx_bin_dirs(env: Mapping[str, str], home: Path | None) -> list[Path]:
    """Where pipx puts its launchers: ``$PIPX_BIN_DIR``, else ``~/.local/bin``."""
    dirs = [Path(env["PIPX_BIN_DIR"])] if env.get("PIPX_BIN_DIR") else []
    return dirs + ([home / ".local" / "bin"] if home is not None else [])


def _runnable(path: Path) -> bool:
    return path.is_file() and os.access(path, os.X_OK)


def installed_program(
    executable: str = sys.executable,
    path: str | None = None,
    env: Mapping[str, str] | None = None,
    home: Path | None = None,
) -> Path | None:
    """The installed ``deadbutt-tray``: the launcher on PATH or pipx's, else a venv's own.

    The same choice as the app's start-at-login entry (``deadbutt_tray.platform.autostart.
    command.launch_command``), so both run the same copy: a script beside this Python (a
    venv's) wins, but named by the public launcher that leads to it (pipx's
    ``~/.local/bin/deadbutt-tray`` rather than its private venv); then PATH; then pipx's
    bin folder (``$PIPX_BIN_DIR``, ``~/.local/bin``), which right after ``pipx install``
    may not be on PATH yet.
    """
    env = os.environ if env is None else env
    if path is None:
        path = env.get("PATH", "")
    if home is None:
        home = Path.home()
    found = shutil.which(APP_NAME, path=str(Path(executable).parent))
    on_path = shutil.which(APP_NAME, path=path) if path else None
    launchers = [Path(on_path)] if on_path else []
    launchers += [folder / APP_NAME for folder in pipx_bin_dirs(env, home)]
    launchers = [Path(os.path.abspath(p)) for p in launchers if _runnable(p)]
    if found:
        own = Path(os.path.abspath(found))
        same = [p for p in launchers if p != own and p.resolve() == own.resolve()]
        return same[0] if same else own
    return launchers[0] if launchers else None


def not_on_path(program: Path, path: str) -> bool:
    """Whether ``program``'s folder is missing from ``path`` (typing its name won't work)."""
    folders = {os.path.abspath(p) for p in path.split(os.pathsep) if p}
    return os.path.abspath(program.parent) not in folders


# --- the desktop entry ----------------------------------------------------------------------------

# Desktop Entry spec, "The Exec key": an argument holding any of these must be quoted.
# The same rules as deadbutt_tray.platform.autostart.xdg.desktop_exec (a test keeps them equal);
# copied because in the bundle this script runs under the system's python3, without the app.
_RESERVED = set(" \t\n\"'\\><~|&;$*?#()`")


def exec_value(argv: Sequence[str]) -> str:
    """``argv`` as the value of an ``Exec`` key, quoted and escaped per the spec."""
    if not argv:
        raise ValueError("empty command")
    parts = []
    for arg in argv:
        arg = arg.replace("%", "%%")
        if not arg or _RESERVED & set(arg):
            arg = '"' + "".join("\\" + c if c in '"`$\\' else c for c in arg) + '"'
        parts.append(arg)
    line = " ".join(parts)
    return line.replace("\\", "\\\\").replace("\n", "\\n").replace("\t", "\\t").replace("\r", "\\r")


def string_value(text: str) -> str:
    """``text`` as a desktop entry string value (``TryExec`` is a path, not a command line:
    only the general escapes apply, no quoting)."""
    escaped = text.replace("\\", "\\\\").replace("\n", "\\n").replace("\t", "\\t")
    escaped = escaped.replace("\r", "\\r")
    return "\\s" + escaped[1:] if escaped.startswith(" ") else escaped


def desktop_entry(template: str, program: Path) -> str:
    """The template entry with ``Exec`` (and ``TryExec``) set to run ``program``.

    ``TryExec`` hides the entry instead of leaving a dead launcher when the program is
    gone (a deleted bundle, an uninstalled pipx app).
    """
    out: list[str] = []
    group = ""
    for line in template.splitlines():
        stripped = line.strip()
        if stripped.startswith("["):
            group = stripped
        if group == "[Desktop Entry]" and stripped.startswith(("Exec=", "TryExec=")):
            if stripped.startswith("Exec="):
                out.append(f"TryExec={string_value(str(program))}")
                out.append(f"Exec={exec_value([str(program)])}")
            continue
        out.append(line)
    return "\n".join(out) + "\n"


# --- install / uninstall --------------------------------------------------------------------------


def _write(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.tmp")
    tmp.write_bytes(data)
    os.replace(tmp, path)  # a half-written entry would be shown as a broken launcher


def install(data: Path, source: Source, program: Path | None) -> list[Path]:
    """Install every file under ``data``; returns the paths written.

    ``program=None`` keeps the template's ``Exec=deadbutt-tray``: that is how the bundle's
    ``share/`` tree is laid out at build time (``data`` = the bundle's ``share/``).
    """
    for needed in (source.desktop, source.metainfo, source.hicolor):
        if not needed.exists():
            raise InstallError(f"{needed} is missing: this copy of the app is incomplete")
    owned = targets(data, source.hicolor)
    entry = source.desktop.read_text(encoding="utf-8")
    if program is not None:
        entry = desktop_entry(entry, program)
    _write(owned.pop("desktop"), entry.encode("utf-8"))
    _write(owned.pop("metainfo"), source.metainfo.read_bytes())
    icons_root = data / "icons" / "hicolor"
    for target in owned.values():
        _write(target, (source.hicolor / target.relative_to(icons_root)).read_bytes())
    return list(targets(data, source.hicolor).values())


def uninstall(data: Path) -> list[Path]:
    """Remove what :func:`install` put under ``data``; returns the paths removed."""
    removed = []
    for target in targets(data).values():
        try:
            target.unlink()
        except FileNotFoundError:
            continue
        removed.append(target)
    return removed


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="install_desktop.py",
        description="Add deadbutt-tray to this user's application menu (or remove it).",
    )
    parser.add_argument(
        "--exec",
        dest="program",
        type=Path,
        metavar="PROGRAM",
        help="the program the menu entry starts (default: found for you)",
    )
    parser.add_argument(
        "--data-home",
        type=Path,
        metavar="DIR",
        help="install under DIR instead of $XDG_DATA_HOME or ~/.local/share",
    )
    parser.add_argument("--uninstall", action="store_true", help="remove the installed files")
    args = parser.parse_args(argv)
    data = args.data_home or data_home(os.environ, Path.home())
    try:
        if args.uninstall:
            removed = uninstall(data)
            print(f"Removed {len(removed)} file(s) from {data}.")
            return 0
        program = args.program or bundled_program() or installed_program()
        if program is None:
            places = ", ".join(str(p) for p in pipx_bin_dirs(os.environ, Path.home()))
            raise InstallError(
                f"{APP_NAME} was not found on PATH or in pipx's folder ({places}), so a "
                "menu entry would start nothing. Install it first (pipx install .), then "
                "run this again; if it lives elsewhere, pass --exec /path/to/deadbutt-tray."
            )
        share = HERE / "share"
        with tempfile.TemporaryDirectory(prefix="deadbutt-tray-icons-") as tmp:
            source = tree_source(share) if share.is_dir() else checkout_source(Path(tmp))
            written = install(data, source, Path(os.path.abspath(program)))
    except (InstallError, OSError) as error:
        print(f"install_desktop: {error}", file=sys.stderr)
        return 1
    print(f"Installed {len(written)} file(s) under {data}; the menu entry runs {program}.")
    if not args.program and not_on_path(Path(program), os.environ.get("PATH", "")):
        print(
            f"Note: {Path(program).parent} is not on your PATH yet, so typing {APP_NAME} in "
            "a terminal won't find it (the menu entry names the full path and works). "
            "Run `pipx ensurepath`, then open a new terminal or log in again."
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
