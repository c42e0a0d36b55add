"""Keep the source of every imported module out of memory.

PySide6 looks at each module imported after it (and, once, at every module imported
before it) to learn whether the module uses PySide, by reading its whole source with
``inspect.getsource`` (``shibokensupport/feature.py``, ``_mod_uses_pyside``). That goes
through ``linecache``, which keeps every line of every file it read for the rest of the
process: ~180 files and ~7 MiB of small strings in a started app, never used again.

``forget_scanned_sources`` wraps PySide's check so the lines it read are dropped at once
(the answer is PySide's own, unchanged), and clears what was read before. Lines a
traceback needs are read again from the file when one is printed. On a PySide6 without
that check nothing is changed.
"""

from __future__ import annotations

import linecache
import sys
from collections.abc import Callable
from types import ModuleType

FEATURE_MODULES = ("shibokensupport.feature", "PySide6.support.feature")
CHECK = "_mod_uses_pyside"


def _feature_module() -> ModuleType | None:
    import PySide6.QtCore  # noqa: F401  (loads PySide's import hook and its feature module)

    for name in FEATURE_MODULES:
        module = sys.modules.get(name)
        if module is not None and callable(getattr(module, CHECK, None)):
            return module
    return None


def _forgetting(check: Callable[[ModuleType], bool]) -> Callable[[ModuleType], bool]:
    def uses_pyside(module: ModuleType) -> bool:
        known = set(linecache.cache)
        try:
            return check(module)
        finally:
            for name in set(linecache.cache) - known:
                linecache.cache.pop(name, None)

    uses_pyside.forgets_sources = True  # type: ignore[attr-defined]
    return uses_pyside


def forget_scanned_sources() -> bool:
    """Make PySide's per-import source check leave nothing in ``linecache``.

    True if the check was found (and is now wrapped, once however often this is called).
    """
    feature = _feature_module()
    if feature is None:
        return False
    check = getattr(feature, CHECK)
    if not getattr(check, "forgets_sources", False):
        setattr(feature, CHECK, _forgetting(check))
    linecache.clearcache()  # what was read before: early, so the freed blocks are reused
    return True
