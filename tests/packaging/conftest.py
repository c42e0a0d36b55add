"""Helpers for the packaging tests: the files under ``packaging/`` loaded by path.

``packaging/`` is deliberately not a Python package (``import packaging`` is the PyPA
library that pip and build use), so its scripts are loaded from their files here.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

# Xvfb for the bundle smoke test, shared with the end-to-end tests.
from tests.e2e.conftest import xvfb_display  # noqa: F401

ROOT = Path(__file__).resolve().parents[2]
PACKAGING = ROOT / "packaging"


def load(relative: str) -> ModuleType:
    """The module in ``packaging/<relative>``, loaded under a private name."""
    path = PACKAGING / relative
    name = "_packaging_" + path.stem.replace("-", "_")
    if name in sys.modules:
        return sys.modules[name]
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module  # dataclasses look their module up while being built
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="session")
def make_icons() -> ModuleType:
    return load("icons/make_icons.py")


@pytest.fixture(scope="session")
def install_desktop() -> ModuleType:
    return load("install_desktop.py")


@pytest.fixture(scope="session")
def bundle_config() -> ModuleType:
    return load("pyinstaller/bundle_config.py")
