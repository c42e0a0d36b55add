"""Where the app keeps its files.

Normally the platform's folders (``platformdirs``, app name ``deadbutt-tray``); with
``--data-dir DIR`` or ``DEADBUTT_TRAY_HOME=DIR`` everything the app keeps lives under DIR:
``DIR/config.toml``, ``DIR/history/``, ``DIR/exercises/``, ``DIR/logs/`` and the
single-instance lock ``DIR/instance.lock``. Portable use, tests and benchmarks rely on that.

What lasts only while the app runs (the control socket, the notification icon) goes to
the user's private runtime folder in both cases, never to DIR: a socket's path must be
short (about 100 bytes), and a data folder may be long, on a stick, or synced. The
socket is named by a short hash of the data folder, so copies on different data folders
never meet, and every start on the same folder finds the same socket.
"""

from __future__ import annotations

import importlib
import os
import warnings
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

import platformdirs

from deadbutt_tray import APP_NAME

HOME_ENV = "DEADBUTT_TRAY_HOME"
LOCK_NAME = "instance.lock"


def folder_key(folder: Path) -> str:
    """A short name for ``folder`` (16 hex digits of a hash of its absolute path)."""
    return _sha256_hex(os.fsencode(Path(folder).absolute()))[:16]


def _sha256_hex(data: bytes) -> str:
    """SHA-256 of ``data`` from CPython's own implementation where it has one.

    ``hashlib`` loads OpenSSL's libcrypto first (~3.5 MiB resident, at every start, for
    a file name); the digest is the same. ``_sha2`` is its name from Python 3.12 on.
    """
    for name in ("_sha2", "_sha256", "hashlib"):
        try:
            module = importlib.import_module(name)
        except ImportError:
            continue
        return str(module.sha256(data).hexdigest())
    raise ImportError("no SHA-256 implementation")


def platform_cache_dir() -> Path:
    """The user's cache folder for this app (``~/.cache/deadbutt-tray``)."""
    return Path(platformdirs.user_cache_dir(APP_NAME, appauthor=False))


def platform_runtime_dir() -> Path:
    """The user's private runtime folder for this app (``$XDG_RUNTIME_DIR/deadbutt-tray``)."""
    dirs = platformdirs.PlatformDirs(APP_NAME, appauthor=False)
    with warnings.catch_warnings():
        # Without XDG_RUNTIME_DIR platformdirs warns and uses /tmp/runtime-<uid>;
        # instance.private_dir() makes sure that folder is this user's alone.
        warnings.simplefilter("ignore")
        try:
            return Path(dirs.user_runtime_dir)
        except OSError:
            # That /tmp folder exists and belongs to someone else (squatted): use
            # one inside this user's home instead of failing or sharing.
            return Path(dirs.user_cache_dir) / "run"


@dataclass(frozen=True)
class AppPaths:
    """Every folder and file the app reads or writes."""

    config_file: Path
    site_config_file: Path | None
    state_file: Path  # what the app remembers for itself (first run seen, window places)
    history_dir: Path
    exercises_dir: Path
    logs_dir: Path
    runtime_dir: Path  # private, for what lasts only while the app runs (socket, icon)
    # The folder the user knows as "the data folder" (shown in the welcome, About and the
    # log): the --data-dir folder, or the platform's user data folder.
    data_dir: Path
    # True when everything lives under one folder (--data-dir / DEADBUTT_TRAY_HOME): start
    # at login must then pass the same folder again (``start_args``).
    portable: bool
    # The user's cache folder: where records go that the data folder would not take
    # (a rescue file), so it is never under the data folder. None: the runtime folder only.
    cache_dir: Path | None = None

    @classmethod
    def under(cls, root: Path) -> AppPaths:
        """Everything under one folder (portable mode)."""
        root = root.expanduser().absolute()
        return cls(
            config_file=root / "config.toml",
            site_config_file=None,
            state_file=root / "state.toml",
            history_dir=root / "history",
            exercises_dir=root / "exercises",
            logs_dir=root / "logs",
            runtime_dir=platform_runtime_dir(),
            data_dir=root,
            portable=True,
            cache_dir=platform_cache_dir(),
        )

    @classmethod
    def platform_default(cls) -> AppPaths:
        """The platform's usual folders for this user."""
        dirs = platformdirs.PlatformDirs(APP_NAME, appauthor=False)
        data = Path(dirs.user_data_dir)
        return cls(
            config_file=Path(dirs.user_config_dir) / "config.toml",
            site_config_file=Path(dirs.site_config_dir) / "config.toml",
            state_file=data / "state.toml",
            history_dir=data / "history",
            exercises_dir=data / "exercises",
            logs_dir=Path(dirs.user_log_dir),
            runtime_dir=platform_runtime_dir(),
            data_dir=data,
            portable=False,
            cache_dir=platform_cache_dir(),
        )

    @property
    def lock_file(self) -> Path:
        """The single-instance lock: in the data folder, so two copies on one data
        folder exclude each other whatever their runtime folders."""
        return self.data_dir / LOCK_NAME

    @property
    def socket_file(self) -> Path:
        """The control socket of the copy that runs on this data folder."""
        return self.runtime_dir / f"{folder_key(self.data_dir)}.sock"

    @property
    def rescue_places(self) -> list[Path]:
        """Where records the data folder would not take are kept until the next start:
        the cache folder (survives a reboot), else the runtime folder."""
        return [place for place in (self.cache_dir, self.runtime_dir) if place is not None]

    def start_args(self) -> list[str]:
        """Arguments that make a later start (e.g. at login) use these same folders."""
        return ["--data-dir", str(self.data_dir)] if self.portable else []

    @classmethod
    def resolve(cls, data_dir: str | os.PathLike[str] | None, env: Mapping[str, str]) -> AppPaths:
        """``--data-dir`` wins, then ``DEADBUTT_TRAY_HOME``, then the platform folders."""
        if data_dir:
            return cls.under(Path(data_dir))
        if env.get(HOME_ENV):
            return cls.under(Path(env[HOME_ENV]))
        return cls.platform_default()
