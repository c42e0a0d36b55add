"""resources/ is found the same way from a checkout and from an installed wheel."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from deadbutt_tray.core.content.resources import resource_path, resources_root

ROOT = Path(__file__).resolve().parents[2]


def test_from_the_source_checkout() -> None:
    assert resources_root() == ROOT / "resources"
    assert resource_path("icons", "deadbutt-tray.svg").is_file()


@pytest.mark.slow
def test_the_wheel_carries_resources_and_finds_them_inside_the_package(tmp_path: Path) -> None:
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q",
         "-w", str(tmp_path / "dist"), str(ROOT)],
        check=True, capture_output=True, timeout=300,
    )  # fmt: skip
    (wheel,) = (tmp_path / "dist").glob("deadbutt_tray-*.whl")
    with zipfile.ZipFile(wheel) as archive:
        names = set(archive.namelist())
        assert "deadbutt_tray/resources/icons/deadbutt-tray.svg" in names
        assert not any(name.startswith("resources/") for name in names)
        archive.extractall(tmp_path / "site")
    probe = "from deadbutt_tray.core.content.resources import resource_path as r; print(r('icons'))"
    out = subprocess.run(
        [sys.executable, "-c", probe],
        env={"PYTHONPATH": str(tmp_path / "site"), "PATH": "/usr/bin:/bin"},
        cwd=tmp_path,
        capture_output=True,
        text=True,
        check=True,
        timeout=60,
    ).stdout.strip()
    assert Path(out) == tmp_path / "site" / "deadbutt_tray" / "resources" / "icons"
