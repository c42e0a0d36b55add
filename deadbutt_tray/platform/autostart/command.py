"""The command line that starts this app at login, whichever way it was installed."""

from __future__ import annotations

import os
import shutil
import sys
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path

from deadbutt_tray import APP_NAME


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
