"""Start at login: one small protocol, one adapter per OS, and a chooser.

- Linux and other XDG desktops: ``$XDG_CONFIG_HOME/autostart/deadbutt-tray.desktop``
  (XDG Autostart spec), marked with ``X-Deadbutt-Tray=true`` so that only an entry this
  app wrote is ever removed.
- Windows: the value ``deadbutt-tray`` under ``HKCU\\Software\\Microsoft\\Windows\\
  CurrentVersion\\Run``; ``winreg`` is imported only when used.
- macOS: the LaunchAgent ``~/Library/LaunchAgents/org.deadbutt-tray.plist``.

Start at login is a fact about the machine, not a setting in ``config.toml``: the
adapter reads the real state each time, so an entry the user removed by hand is shown
as off. Every failure raises :class:`AutostartError` with a message a person can act on.
No Qt here: the Settings dialog wraps the message in translated words.
"""

from __future__ import annotations

import configparser
import contextlib
import os
import plistlib
import shutil
import subprocess
import sys
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from types import ModuleType
from typing import Any, Protocol, runtime_checkable
from xml.parsers.expat import ExpatError

from deadbutt_tray import APP_NAME
from deadbutt_tray.core.storage.atomic import atomic_write_bytes, atomic_write_text

__all__ = [
    "DESKTOP_MARKER",
    "LAUNCH_AGENT_LABEL",
    "RUN_KEY",
    "STARTUP_APPROVED_KEY",
    "Autostart",
    "AutostartError",
    "MacLaunchAgent",
    "WindowsRunKey",
    "XdgAutostart",
    "autostart_for_platform",
    "desktop_exec",
    "launch_command",
    "windows_command_line",
]

#: The key that says "this app wrote this entry"; an entry without it is the user's.
DESKTOP_MARKER = "X-Deadbutt-Tray"
LAUNCH_AGENT_LABEL = "org.deadbutt-tray"
RUN_KEY = r"Software\Microsoft\Windows\CurrentVersion\Run"
# Task Manager's "Startup apps" switch lives here, apart from the Run value itself.
STARTUP_APPROVED_KEY = r"Software\Microsoft\Windows\CurrentVersion\Explorer\StartupApproved\Run"
_COMMENT = "Reminds you to get up and wake your glutes after long sitting"


class AutostartError(Exception):
    """Start at login could not be read or changed; ``str()`` says why, plainly."""


@runtime_checkable
class Autostart(Protocol):
    """Turns "start deadbutt-tray when I log in" on and off for this user."""

    def is_enabled(self) -> bool:
        """Whether the app will start at the next login."""
        ...

    def enable(self) -> None:
        """Make the app start at login (rewrites our entry so it runs today's command)."""
        ...

    def disable(self) -> None:
        """Stop the app starting at login; a no-op when it was not set up."""
        ...

    def describe(self) -> str:
        """Where the entry lives, for people (a path or a registry location)."""
        ...


# --- the command that starts this app ------------------------------------------------------


def launch_command(
    exec_args: Sequence[str] = (),
    *,
    platform: str = sys.platform,
    executable: str = sys.executable,
    frozen: bool | None = None,
    which: Callable[..., str | None] = shutil.which,
    env: Mapping[str, str] = os.environ,
) -> list[str]:
    """The argv that starts this app at login, followed by ``exec_args``.

    A frozen bundle runs itself. Otherwise the installed ``deadbutt-tray`` script is
    preferred (on Windows the GUI launcher ``deadbutt-tray.exe``, which opens no console),
    looked for first beside the running interpreter, so a venv's own script wins over
    another copy on ``PATH``; failing that, ``python -m deadbutt_tray`` with this
    interpreter (``pythonw.exe`` on Windows, again so no console window appears).
    """
    if frozen is None:
        frozen = bool(getattr(sys, "frozen", False))
    if frozen:
        return [executable, *exec_args]
    exe_dir = Path(executable).parent
    # Windows keeps scripts in Scripts\ beside (system) or around (venv) python.exe.
    search = [str(exe_dir), str(exe_dir / "Scripts"), env.get("PATH", "")]
    script = which(APP_NAME, path=os.pathsep.join(p for p in search if p))
    if script:
        return [os.path.abspath(script), *exec_args]
    python = executable
    if platform == "win32":
        pythonw = exe_dir / "pythonw.exe"
        if pythonw.name.lower() != Path(executable).name.lower() and pythonw.exists():
            python = str(pythonw)
    return [python, "-m", "deadbutt_tray", *exec_args]


# --- Linux and other XDG desktops -------------------------------------------------------------

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


def _xdg_config_home(env: Mapping[str, str], home: Path) -> Path:
    # The Base Directory spec says a relative XDG_CONFIG_HOME is invalid and is ignored.
    value = env.get("XDG_CONFIG_HOME", "")
    return Path(value) if value and os.path.isabs(value) else home / ".config"


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
        raise AutostartError(f"Cannot read {path}: {_why(exc)}") from exc
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
            raise AutostartError(f"Cannot write {self.path}: {_why(exc)}") from exc

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
            raise AutostartError(f"Cannot remove {self.path}: {_why(exc)}") from exc

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

    def _ours(self) -> bool:
        entry = _read_desktop_entry(self.path)
        return entry is not None and _is_true(entry.get(DESKTOP_MARKER))


# --- Windows ---------------------------------------------------------------------------------


def windows_command_line(argv: Sequence[str]) -> str:
    """``argv`` as one Windows command line; the program is always quoted.

    An unquoted program path with spaces is run by trying each prefix in turn
    (``C:\\Program.exe`` first), so the first element is quoted even without spaces.
    """
    if not argv:
        raise ValueError("empty command")
    program, *rest = argv
    line = f'"{program}"'
    return f"{line} {subprocess.list2cmdline(rest)}" if rest else line


class WindowsRunKey:
    """The per-user ``Run`` registry value that Explorer starts at login."""

    def __init__(
        self,
        command: Sequence[str],
        *,
        value_name: str = APP_NAME,
        winreg_module: ModuleType | Any | None = None,
    ) -> None:
        self.command = list(command)
        self.value_name = value_name
        self._winreg = winreg_module

    def _reg(self) -> Any:
        if self._winreg is None:
            try:
                import winreg  # only exists on Windows
            except ImportError as exc:  # pragma: no cover - constructed only on Windows
                raise AutostartError("The Windows registry is not available here.") from exc
            self._winreg = winreg
        return self._winreg

    def is_enabled(self) -> bool:
        reg = self._reg()
        try:
            with reg.OpenKey(reg.HKEY_CURRENT_USER, RUN_KEY) as key:
                reg.QueryValueEx(key, self.value_name)
        except FileNotFoundError:
            return False
        except OSError as exc:
            raise AutostartError(f"Cannot read {self.describe()}: {_why(exc)}") from exc
        return not self._switched_off_in_task_manager()

    def enable(self) -> None:
        reg = self._reg()
        try:
            with reg.CreateKeyEx(reg.HKEY_CURRENT_USER, RUN_KEY, 0, reg.KEY_SET_VALUE) as key:
                reg.SetValueEx(
                    key, self.value_name, 0, reg.REG_SZ, windows_command_line(self.command)
                )
        except OSError as exc:
            raise AutostartError(f"Cannot write {self.describe()}: {_why(exc)}") from exc
        # Turning it on here should win over an earlier "Disabled" in Task Manager.
        self._forget_task_manager_switch()

    def disable(self) -> None:
        reg = self._reg()
        try:
            with reg.OpenKey(reg.HKEY_CURRENT_USER, RUN_KEY, 0, reg.KEY_SET_VALUE) as key:
                reg.DeleteValue(key, self.value_name)
        except FileNotFoundError:
            pass  # not set up: already off
        except OSError as exc:
            raise AutostartError(f"Cannot remove {self.describe()}: {_why(exc)}") from exc
        self._forget_task_manager_switch()

    def describe(self) -> str:
        return f"HKEY_CURRENT_USER\\{RUN_KEY} ({self.value_name})"

    def _switched_off_in_task_manager(self) -> bool:
        reg = self._reg()
        try:
            with reg.OpenKey(reg.HKEY_CURRENT_USER, STARTUP_APPROVED_KEY) as key:
                data, _kind = reg.QueryValueEx(key, self.value_name)
        except OSError:
            return False  # no record there means Task Manager never switched it off
        # The first byte is 2 (or 6) when enabled and 3 (or 7) when disabled.
        return isinstance(data, bytes | bytearray) and bool(data) and bool(data[0] & 1)

    def _forget_task_manager_switch(self) -> None:
        reg = self._reg()
        with (
            contextlib.suppress(OSError),
            reg.OpenKey(reg.HKEY_CURRENT_USER, STARTUP_APPROVED_KEY, 0, reg.KEY_SET_VALUE) as key,
        ):
            reg.DeleteValue(key, self.value_name)


# --- macOS -----------------------------------------------------------------------------------


class MacLaunchAgent:
    """A per-user LaunchAgent that launchd runs when the user logs in."""

    def __init__(self, home: Path, command: Sequence[str]) -> None:
        self.path = home / "Library" / "LaunchAgents" / f"{LAUNCH_AGENT_LABEL}.plist"
        self.command = list(command)

    def is_enabled(self) -> bool:
        agent = self._read()
        return agent is not None and not agent.get("Disabled", False)

    def enable(self) -> None:
        if self.path.exists() and not self._ours():
            raise AutostartError(
                f"{self.path} was not made by deadbutt-tray, so it was left as it is."
            )
        try:
            atomic_write_bytes(self.path, self.plist_bytes())
        except OSError as exc:
            raise AutostartError(f"Cannot write {self.path}: {_why(exc)}") from exc

    def disable(self) -> None:
        if not self.path.exists():
            return
        if not self._ours():
            raise AutostartError(
                f"{self.path} was not made by deadbutt-tray, so it was left as it is. "
                "Remove it yourself if you no longer want it."
            )
        try:
            self.path.unlink()
        except FileNotFoundError:
            pass
        except OSError as exc:
            raise AutostartError(f"Cannot remove {self.path}: {_why(exc)}") from exc

    def describe(self) -> str:
        return str(self.path)

    def plist_bytes(self) -> bytes:
        """The LaunchAgent property list this adapter writes."""
        agent = {
            "Label": LAUNCH_AGENT_LABEL,
            "ProgramArguments": self.command,
            "RunAtLoad": True,
            # Interactive: launchd must not throttle an app the user looks at.
            "ProcessType": "Interactive",
            # Only in a graphical login, not for every ssh session.
            "LimitLoadToSessionType": "Aqua",
        }
        return plistlib.dumps(agent)

    def _read(self) -> dict[str, Any] | None:
        try:
            data = plistlib.loads(self.path.read_bytes())
        except FileNotFoundError:
            return None
        except OSError as exc:
            raise AutostartError(f"Cannot read {self.path}: {_why(exc)}") from exc
        except (ValueError, ExpatError):  # plistlib's InvalidFileException is a ValueError
            return None
        return data if isinstance(data, dict) else None

    def _ours(self) -> bool:
        agent = self._read()
        return agent is not None and agent.get("Label") == LAUNCH_AGENT_LABEL


# --- choosing --------------------------------------------------------------------------------


def _why(exc: BaseException) -> str:
    return getattr(exc, "strerror", None) or str(exc) or type(exc).__name__


def autostart_for_platform(
    exec_args: Sequence[str],
    platform: str = sys.platform,
    env: Mapping[str, str] = os.environ,
    home: Path | None = None,
) -> Autostart:
    """The start-at-login adapter for this OS.

    ``exec_args`` follow the program on the login command line, e.g.
    ``["--data-dir", "/abs/dir"]`` when the app runs with one (use an absolute path: the
    login session does not start in today's working folder). ``home`` defaults to the
    user's home folder.
    """
    home = Path.home() if home is None else home
    command = launch_command(exec_args, platform=platform, env=env)
    if platform == "win32":
        return WindowsRunKey(command)
    if platform == "darwin":
        return MacLaunchAgent(home, command)
    return XdgAutostart(_xdg_config_home(env, home) / "autostart", command)
