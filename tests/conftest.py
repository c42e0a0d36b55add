"""Test-wide setup: offscreen Qt, and no test ever touches the real user's files."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

# Before any QApplication exists. e2e tests start their own app processes with DISPLAY.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.pop("DEADBUTT_TRAY_HOME", None)
# The app follows the desktop's language: tests see English whatever the machine speaks
# (tests that want another language say so; the e2e apps inherit this).
for _name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES"):
    os.environ.pop(_name, None)
os.environ["LANG"] = "C.UTF-8"


@pytest.fixture
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A fresh data folder; DEADBUTT_TRAY_HOME points at it."""
    root = tmp_path / "data"
    root.mkdir()
    monkeypatch.setenv("DEADBUTT_TRAY_HOME", str(root))
    return root
