"""Start at login on Linux and other XDG desktops: an XDG autostart entry.

``$XDG_CONFIG_HOME/autostart/deadbutt-tray.desktop`` (XDG Autostart spec), marked with
``X-Deadbutt-Tray=true`` so that only an entry this app wrote is ever removed.
"""

from __future__ import annotations

import configparser
import os
from collections.abc import Mapping, Sequence
from pathlib import Path

from deadbutt_tray import APP_NAME
from deadbutt_tray.core.storage.atomic import atomic_write_text
from deadbutt_tray.platform.autostart.base import AutostartError, why

#: The key that says "this app wrote this entry"; an entry without it is the user's.
DESKTOP_MARKER = "X-Deadbutt-Tray"
_COMMENT = "Reminds you to get up and wake your glutes after long sitting"

# Desktop Entry spec, "The Exec key": an argument holding any of these must be quoted.
_RESERVED = set(" \t\n\"'\\><~|&;$*?#()`")


def _quote_exec_arg(arg: str) -> str:
    # "%" starts a field code (%f, %u...); a literal one is written "%%".
    arg = arg.replace("%", "%%")
    if arg and not (_RESERVED & set(arg)):
        return arg
    escaped = "".join("\\" + ch if ch in '"`$\\' else ch for ch in arg)
    return f'"{escaped}"'


def desktop_exec(argv: Sequence[str]) -> str:
    """``argv`` as the value of a desktop entry's ``Exec`` key, quoted per the spec.

    Quoting comes first, then the general string escapes, so a literal backslash in a
    quoted argument ends up as four backslashes, exactly as the spec says it must.
    """
    if not argv:
        raise ValueError("empty command")
    line = " ".join(_quote_exec_arg(a) for a in argv)
    return line.replace("\\", "\\\\").replace("\n", "\\n").replace("\t", "\\t").replace("\r", "\\r")


def desktop_string(text: str) -> str:
    """``text`` as a desktop entry string value, e.g. ``TryExec``: a path, not a command
    line, so only the general escapes apply."""
    escaped = text.replace("\\", "\\\\").replace("\n", "\\n").replace("\t", "\\t")
    escaped = escaped.replace("\r", "\\r")
    return "\\s" + escaped[1:] if escaped.startswith(" ") else escaped


def xdg_config_home(env: Mapping[str, str], home: Path | None) -> Path | None:
    """``$XDG_CONFIG_HOME``, else ``home/.config``; ``None`` when neither is known."""
    # The Base Directory spec says a relative XDG_CONFIG_HOME is invalid and is ignored.
    value = env.get("XDG_CONFIG_HOME", "")
    if value and os.path.isabs(value):
        return Path(value)
    return None if home is None else home / ".config"


def _read_desktop_entry(path: Path) -> dict[str, str] | None:
    """The ``[Desktop Entry]`` group, or ``None`` if the file is missing or not an entry."""
    parser = configparser.ConfigParser(
        interpolation=None, delimiters=("=",), comment_prefixes=("#",), strict=False
    )
    parser.optionxform = str  # type: ignore[assignment,method-assign]  # keys are case-sensitive
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return None
    except (OSError, UnicodeDecodeError) as exc:
        raise AutostartError(f"Cannot read {path}: {why(exc)}") from exc
    try:
        parser.read_string(text, source=str(path))
    except configparser.Error:
        return None
    if not parser.has_section("Desktop Entry"):
        return None
    return dict(parser["Desktop Entry"])


def _is_true(value: str | None) -> bool:
    return (value or "").strip().lower() == "true"


class XdgAutostart:
    """An XDG autostart entry, honoured by GNOME, KDE, Xfce, Cinnamon, MATE, LXQt..."""

    def __init__(self, autostart_dir: Path, command: Sequence[str]) -> None:
        self.path = autostart_dir / f"{APP_NAME}.desktop"
        self.command = list(command)

    def is_enabled(self) -> bool:
        entry = _read_desktop_entry(self.path)
        if entry is None:
            return False
        # Both are how desktops switch an autostart entry off without deleting it.
        hidden = _is_true(entry.get("Hidden"))
        switched_off = entry.get("X-GNOME-Autostart-enabled", "").strip().lower() == "false"
        return not hidden and not switched_off

    def enable(self) -> None:
        if self.path.exists() and not self._ours():
            if self.is_enabled():
                return  # the user's own entry already starts the app: leave it be
            raise AutostartError(
                f"{self.path} was not made by deadbutt-tray and is switched off; it was "
                "left as it is. Remove it or switch it on in your desktop's startup settings."
            )
        try:
            atomic_write_text(self.path, self.entry_text())
        except OSError as exc:
            raise AutostartError(f"Cannot write {self.path}: {why(exc)}") from exc

    def disable(self) -> None:
        if not self.path.exists():
            return  # nothing there (or a dangling link, which starts nothing): already off
        if not self._ours():
            raise AutostartError(
                f"{self.path} was not made by deadbutt-tray, so it was left as it is. "
                "Remove it yourself, or switch it off in your desktop's startup settings."
            )
        try:
            self.path.unlink()
        except FileNotFoundError:
            pass  # gone meanwhile: that is what was wanted
        except OSError as exc:
            raise AutostartError(f"Cannot remove {self.path}: {why(exc)}") from exc

    def describe(self) -> str:
        return str(self.path)

    def entry_text(self) -> str:
        """The desktop entry this adapter writes."""
        lines = [
            "[Desktop Entry]",
            "Type=Application",
            "Version=1.4",  # 1.5 adds nothing used here and older validators reject it
            "Name=deadbutt-tray",
            f"Comment={_COMMENT}",
            *self._try_exec(),
            f"Exec={desktop_exec(self.command)}",
            "Icon=deadbutt-tray",
            "Terminal=false",
            # A tray app maps no window, so a launch spinner would spin until it times out.
            "StartupNotify=false",
            "Categories=Utility;",
            "X-GNOME-Autostart-enabled=true",
            f"{DESKTOP_MARKER}=true",
        ]
        return "\n".join(lines) + "\n"

    def _try_exec(self) -> list[str]:
        """``TryExec``: the session skips the entry, rather than failing at every login,
        once the program is gone (an uninstalled pipx app, a deleted bundle)."""
        program = self.command[0]
        return [f"TryExec={desktop_string(program)}"] if os.path.isabs(program) else []

    def _ours(self) -> bool:
        entry = _read_desktop_entry(self.path)
        return entry is not None and _is_true(entry.get(DESKTOP_MARKER))
