"""Widget-test helpers: screenshots in a light and a dark palette; no test may leave an
inotify instance behind (each app's file watchers hold some; see tests/teardown.py)."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QWidget

from tests.teardown import inotify_instances_held, settled_inotify_count

# -- inotify instances (128 per user on Linux; a long run once used up 126) -------------


@pytest.fixture(autouse=True)
def no_inotify_left_behind(request: pytest.FixtureRequest) -> Iterator[None]:
    """Fails a test that ends holding more inotify instances than it began with.

    Torn down after the test's own fixtures (autouse: set up first, ended last). Deletes
    still pending are run and a watcher ended on another thread is waited for, so only
    a real leak fails: an app or ``FileWatch`` left open (``tests.teardown.close_app``).
    """
    before = inotify_instances_held()
    yield
    if before is None:  # not Linux: nothing to count
        return
    after = settled_inotify_count(before)
    assert after is not None
    if after > before:
        pytest.fail(
            f"{request.node.nodeid} left {after - before} inotify instance(s) open "
            f"({before} before, {after} after): close what it built (close_app, "
            "FileWatch.close) or let it be deleted",
            pytrace=False,
        )


# -- screenshots (DEADBUTT_TRAY_SHOTS=DIR saves them; look at them) ---------------------


def dark_palette() -> QPalette:
    palette = QPalette()
    roles = QPalette.ColorRole
    for role, colour in {
        roles.Window: "#2b2b2e",
        roles.WindowText: "#e8e8e8",
        roles.Base: "#1e1e20",
        roles.AlternateBase: "#333336",
        roles.Text: "#e8e8e8",
        roles.Button: "#3a3a3e",
        roles.ButtonText: "#e8e8e8",
        roles.Highlight: "#4f7fe0",
        roles.HighlightedText: "#ffffff",
        roles.PlaceholderText: "#9a9a9a",
        roles.ToolTipBase: "#3a3a3e",
        roles.ToolTipText: "#e8e8e8",
        roles.Link: "#8ab4ff",
        roles.Mid: "#555559",
    }.items():
        palette.setColor(role, QColor(colour))
    palette.setColor(QPalette.ColorGroup.Disabled, roles.WindowText, QColor("#808080"))
    palette.setColor(QPalette.ColorGroup.Disabled, roles.ButtonText, QColor("#808080"))
    palette.setColor(QPalette.ColorGroup.Disabled, roles.Text, QColor("#808080"))
    return palette


@pytest.fixture(params=["light", "dark"])
def theme(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    """Each screenshot test runs in the default palette and in a dark one."""
    before = qapp.palette()
    if request.param == "dark":
        qapp.setPalette(dark_palette())
    yield request.param
    qapp.setPalette(before)


def save_shot(widget: QWidget, name: str) -> None:
    """Grab ``widget``; with DEADBUTT_TRAY_SHOTS set, save it there as ``name``.png."""
    # A resize re-lays out on the next event loop turn: let it happen before the grab.
    QApplication.sendPostedEvents()
    QApplication.processEvents()
    image = widget.grab().toImage()
    assert not image.isNull() and image.width() > 100
    folder = os.environ.get("DEADBUTT_TRAY_SHOTS")
    if folder:
        Path(folder).mkdir(parents=True, exist_ok=True)
        assert image.save(str(Path(folder) / f"{name}.png"))
