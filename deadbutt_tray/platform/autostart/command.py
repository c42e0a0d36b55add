"""The command line that starts this app at login, whichever way it was installed."""

from __future__ import annotations

import os
import shutil
import sys
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path

from deadbutt_tray import APP_NAME


def pipx_bin_dirs(env: Mapping[str, str], home: Path | None) -> list[Path]:
    """Where pipx puts its launchers: ``$PIPX_BIN_DIR``, else ``~/.local/bin``."""
    dirs = []
    if env.get("PIPX_BIN_DIR"):
        dirs.append(Path(env["PIPX_BIN_DIR"]))
    if home is not None:
        dirs.append(home / ".local" / "bin")
    return dirs


def public_launcher(
    own: str,
    *,
    env: Mapping[str, str],
    home: Path | None,
    which: Callable[..., str | None] = shutil.which,
) -> str | None:
    """A launcher outside the app's private venv that runs ``own`` (the venv's script):
    the ``deadbutt-tray`` on ``PATH``, or pipx's in its bin folder (``~/.local/bin`` need
    not be on ``PATH`` yet). ``None`` if none leads to this copy of the app.

    pipx's launchers are links into ``~/.local/share/pipx/venvs/…``: an entry that names
    the link keeps working when pipx rebuilds or moves that venv, and is what the menu
    entry (``packaging/install_desktop.py``) runs too.
    """
    candidates = [which(APP_NAME, path=env.get("PATH", "")) or ""]
    candidates += [str(folder / APP_NAME) for folder in pipx_bin_dirs(env, home)]
    target = os.path.realpath(own)
    for candidate in candidates:
        if not candidate or not os.path.isfile(candidate):
            continue
        path = os.path.abspath(candidate)
        if path != os.path.abspath(own) and os.path.realpath(path) == target:
            return path
    return None


def launch_command(
    exec_args: Sequence[str] = (),
    *,
    platform: str = sys.platform,
    executable: str = sys.executable,
    frozen: bool | None = None,
    which: Callable[..., str | None] = shutil.which,
    env: Mapping[str, str] = os.environ,
    home: Path | None = None,
) -> list[str]:
    """The argv that starts this app at login, followed by ``exec_args``.

    A frozen bundle runs itself. Otherwise the installed ``deadbutt-tray`` script is
    preferred (on Windows the GUI launcher ``deadbutt-tray.exe``, which opens no console),
    looked for first beside the running interpreter, so a venv's own script wins over
    another copy on ``PATH``; when a public launcher (on ``PATH``, or pipx's) leads to
    that same script, the launcher is named instead of the private venv; failing all
    that, ``python -m deadbutt_tray`` with this interpreter (``pythonw.exe`` on Windows,
    again so no console window appears). ``home`` (default: the user's) is where pipx's
    ``~/.local/bin`` is looked for.
    """
    if frozen is None:
        frozen = bool(getattr(sys, "frozen", False))
    if frozen:
        return [executable, *exec_args]
    exe_dir = Path(executable).parent
    # Windows keeps scripts in Scripts\ beside (system) or around (venv) python.exe.
    beside = os.pathsep.join([str(exe_dir), str(exe_dir / "Scripts")])
    own = which(APP_NAME, path=beside)
    if own:
        if home is None:
            home = _home()
        launcher = public_launcher(own, env=env, home=home, which=which)
        return [launcher or os.path.abspath(own), *exec_args]
    script = which(APP_NAME, path=env.get("PATH", ""))
    if script:
        return [os.path.abspath(script), *exec_args]
    python = executable
    if platform == "win32":
        pythonw = exe_dir / "pythonw.exe"
        if pythonw.name.lower() != Path(executable).name.lower() and pythonw.exists():
            python = str(pythonw)
    return [python, "-m", "deadbutt_tray", *exec_args]


def _home() -> Path | None:
    try:
        return Path.home()
    except RuntimeError:  # no HOME and no passwd entry
        return None
