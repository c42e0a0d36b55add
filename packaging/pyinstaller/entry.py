"""The frozen app's entry point: the same as the ``deadbutt-tray`` command.

One thing differs per OS. The Windows executable is built for the GUI subsystem so that
no console window opens with the tray app; Windows then gives it no stdout or stderr, and
``deadbutt-tray check`` or ``--version`` typed in a terminal would print nothing. So when
the parent process has a console, the app attaches to it for its output. Started from
Explorer or at login there is no parent console and it stays silent.
"""

from __future__ import annotations

import sys
from typing import Any

#: ``AttachConsole(ATTACH_PARENT_PROCESS)``: the DWORD ``(DWORD)-1``.
ATTACH_PARENT_PROCESS = 0xFFFFFFFF


def attach_parent_console(
    platform: str = sys.platform,
    streams: Any = sys,
    kernel32: Any = None,
    opener: Any = open,
) -> bool:
    """On Windows, give a GUI-subsystem process its parent's console for stdout/stderr.

    Returns whether it attached. ``streams`` (``sys``), ``kernel32`` and ``opener`` are
    parameters so the Windows path is unit-tested on any OS.
    """
    if platform != "win32" or (streams.stdout is not None and streams.stderr is not None):
        return False
    if kernel32 is None:  # pragma: no cover - Windows only
        import ctypes

        kernel32 = ctypes.WinDLL("kernel32", use_last_error=True)  # type: ignore[attr-defined]
    if not kernel32.AttachConsole(ATTACH_PARENT_PROCESS):
        return False  # no console up the chain (Explorer, login): nothing to print to
    for name in ("stdout", "stderr"):
        if getattr(streams, name) is None:
            setattr(streams, name, opener("CONOUT$", "w", encoding="utf-8", errors="replace"))
    return True


def main() -> int:
    attach_parent_console()
    from deadbutt_tray.cli import main as cli_main

    return cli_main()


if __name__ == "__main__":
    sys.exit(main())
