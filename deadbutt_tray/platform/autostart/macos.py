"""Start at login on macOS: the LaunchAgent ``~/Library/LaunchAgents/org.deadbutt-tray.plist``."""

from __future__ import annotations

import plistlib
from collections.abc import Sequence
from pathlib import Path
from typing import Any
from xml.parsers.expat import ExpatError

from deadbutt_tray.core.storage.atomic import atomic_write_bytes
from deadbutt_tray.platform.autostart.base import AutostartError, why

LAUNCH_AGENT_LABEL = "org.deadbutt-tray"


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
            raise AutostartError(f"Cannot write {self.path}: {why(exc)}") from exc

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
            raise AutostartError(f"Cannot remove {self.path}: {why(exc)}") from exc

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
            raise AutostartError(f"Cannot read {self.path}: {why(exc)}") from exc
        except (ValueError, ExpatError):  # plistlib's InvalidFileException is a ValueError
            return None
        return data if isinstance(data, dict) else None

    def _ours(self) -> bool:
        agent = self._read()
        return agent is not None and agent.get("Label") == LAUNCH_AGENT_LABEL
