"""Idle time on macOS: ``HIDIdleTime`` (nanoseconds) from ``ioreg -c IOHIDSystem``.

Running ``ioreg`` costs a few tens of milliseconds per tick, which is acceptable at a
tick of a few seconds and needs neither PyObjC nor IOKit bindings. The run has a
timeout so a stuck ``ioreg`` can never freeze the tray.
"""

from __future__ import annotations

import logging
import re
import shutil
import subprocess
from collections.abc import Callable, Sequence

from deadbutt_tray.platform.idle.base import IdleSourceUnavailableError

logger = logging.getLogger(__name__)

IOREG_TIMEOUT_S = 2.0
_HID_IDLE = re.compile(r'"HIDIdleTime"\s*=\s*(\d+)')

#: Runs a command and returns its standard output; raises OSError or
#: subprocess.SubprocessError when it fails.
Runner = Callable[[Sequence[str], float], str]


def parse_hid_idle_time(text: str) -> float | None:
    """Seconds of idle time from ``ioreg`` output, or ``None`` if it has none.

    Some Macs list more than one IOHIDSystem entry; the smallest value is the most
    recent input, so it wins.
    """
    values = [int(match) for match in _HID_IDLE.findall(text)]
    if not values:
        return None
    return min(values) / 1e9


def run_command(argv: Sequence[str], timeout: float) -> str:
    """Run ``argv`` and return its stdout; the default :data:`Runner`."""
    completed = subprocess.run(
        list(argv), capture_output=True, text=True, timeout=timeout, check=True
    )
    return completed.stdout


class MacIdleSource:
    """System-wide idle time from the HID system on macOS.

    ``run`` replaces the subprocess call in tests; ``ioreg`` is the program path.
    """

    name = "macOS HIDIdleTime"

    def __init__(self, run: Runner = run_command, ioreg: str | None = None) -> None:
        self._ioreg = ioreg or shutil.which("ioreg") or "/usr/sbin/ioreg"
        self._run: Runner | None = run
        self._failing = False
        if self._read(first=True) is None:
            raise IdleSourceUnavailableError(f"{self._ioreg} gave no HIDIdleTime")

    def _read(self, first: bool = False) -> float | None:
        if self._run is None:
            return None
        try:
            output = self._run([self._ioreg, "-c", "IOHIDSystem"], IOREG_TIMEOUT_S)
        except (OSError, subprocess.SubprocessError) as exc:
            if first:
                raise IdleSourceUnavailableError(f"cannot run {self._ioreg}: {exc}") from exc
            if not self._failing:
                logger.warning("Running %s failed: %s", self._ioreg, exc)
            self._failing = True
            return None
        self._failing = False
        return parse_hid_idle_time(output)

    def seconds_idle(self) -> float | None:
        """Seconds since the last HID input, or ``None`` if ``ioreg`` failed this time."""
        return self._read()

    def close(self) -> None:
        """Stop running ``ioreg``; later readings return ``None``."""
        self._run = None
