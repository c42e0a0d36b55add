"""Helpers for the packaging tests: the files under ``packaging/`` loaded by path.

``packaging/`` is deliberately not a Python package (``import packaging`` is the PyPA
library that pip and build use), so its scripts are loaded from their files here.
"""

from __future__ import annotations

import subprocess
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType

import pytest

# Xvfb for the bundle smoke test, shared with the end-to-end tests.
from tests.by_path import load_module
from tests.e2e.conftest import xvfb_display  # noqa: F401

ROOT = Path(__file__).resolve().parents[2]
PACKAGING = ROOT / "packaging"


def load(relative: str) -> ModuleType:
    """The module in ``packaging/<relative>``, loaded under a private name."""
    path = PACKAGING / relative
    return load_module(path, "_packaging_" + path.stem.replace("-", "_"))


@dataclass
class AppRun:
    """An app started by ``app_running``; ``stderr`` holds what it wrote once it ended."""

    proc: subprocess.Popen[str]
    stderr: str = ""


@contextmanager
def app_running(
    app: str | Path, data: Path, env: dict[str, str], *args: str, cwd: Path | None = None
) -> Iterator[AppRun]:
    """Start ``app --data-dir data *args``; when the block ends, quit it through its own
    command line, which must answer 0, and the app must then exit 0. If the block fails
    the app is killed instead."""
    command = [str(app), "--data-dir", str(data)]
    proc = subprocess.Popen(
        [*command, *args],
        env=env, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
    )  # fmt: skip
    run = AppRun(proc)
    try:
        yield run
        quit_ = subprocess.run(
            [*command, "quit"], env=env, cwd=cwd, capture_output=True, text=True, timeout=60
        )
        assert quit_.returncode == 0, quit_.stderr
        assert proc.wait(30) == 0
    finally:
        if proc.poll() is None:
            proc.kill()
        run.stderr = proc.communicate(timeout=30)[1]


@pytest.fixture(scope="session")
def make_icons() -> ModuleType:
    return load("icons/make_icons.py")


@pytest.fixture(scope="session")
def install_desktop() -> ModuleType:
    return load("install_desktop.py")


@pytest.fixture(scope="session")
def bundle_config() -> ModuleType:
    return load("pyinstaller/bundle_config.py")
