"""Start at login on Windows: the per-user ``Run`` registry value.

The value ``deadbutt-tray`` under ``HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\Run``;
``winreg`` is imported only when used, so this module loads anywhere (tests fake it).
"""

from __future__ import annotations

import contextlib
import subprocess
from collections.abc import Sequence
from types import ModuleType
from typing import Any

from deadbutt_tray import APP_NAME
from deadbutt_tray.platform.autostart.base import AutostartError, why

RUN_KEY = r"Software\Microsoft\Windows\CurrentVersion\Run"
# Task Manager's "Startup apps" switch lives here, apart from the Run value itself.
STARTUP_APPROVED_KEY = r"Software\Microsoft\Windows\CurrentVersion\Explorer\StartupApproved\Run"


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
            raise AutostartError(f"Cannot read {self.describe()}: {why(exc)}") from exc
        return not self._switched_off_in_task_manager()

    def enable(self) -> None:
        reg = self._reg()
        try:
            with reg.CreateKeyEx(reg.HKEY_CURRENT_USER, RUN_KEY, 0, reg.KEY_SET_VALUE) as key:
                reg.SetValueEx(
                    key, self.value_name, 0, reg.REG_SZ, windows_command_line(self.command)
                )
        except OSError as exc:
            raise AutostartError(f"Cannot write {self.describe()}: {why(exc)}") from exc
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
            raise AutostartError(f"Cannot remove {self.describe()}: {why(exc)}") from exc
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
