"""Python files that are not importable as modules (``scripts/``, ``benchmarks/``,
``packaging/``), loaded from their path."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parents[1]


def load_module(path: Path, name: str) -> ModuleType:
    """The module in ``path`` as ``sys.modules[name]``: loaded once, then the same one.

    It is in ``sys.modules`` while it runs (dataclasses look their module up while being
    built) and taken out again if it fails."""
    if name in sys.modules:
        return sys.modules[name]
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    try:
        spec.loader.exec_module(module)
    except BaseException:
        del sys.modules[name]
        raise
    return module
