"""The one way to find files in ``resources/``.

In a wheel (and a frozen bundle) ``resources/`` is inside the package as
``deadbutt_tray/resources`` (hatch ``force-include``); in a source checkout or an editable
install it is the top-level ``resources/`` beside the package. Nothing else in the app
should know that.
"""

from __future__ import annotations

from functools import cache
from importlib.resources import files
from pathlib import Path


@cache
def resources_root() -> Path:
    """The folder that holds the app's resources."""
    package = Path(str(files("deadbutt_tray")))
    for candidate in (package / "resources", package.parent / "resources"):
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError(f"resources folder not found next to {package}")


def resource_path(*parts: str) -> Path:
    """A file or folder inside ``resources/``, e.g. ``resource_path("icons", "app.svg")``."""
    return resources_root().joinpath(*parts)
