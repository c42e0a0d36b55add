"""The sdist and the wheel, built as a release would be, installed in a fresh venv and run.

The fresh venv installs the wheel *with* its dependencies, resolved by pip as a user's
``pipx install`` would: that is what proves the declared dependencies are enough. pip's
wheel cache makes this quick in CI (``./dev test`` has just installed the same PySide6
wheels into .venv): about 10 s on 2 cores, against ~250 MB of downloads without the cache.
A ``--no-deps`` install over the project venv's site-packages would be a little faster but
would hide a missing dependency, so it was not chosen.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import tarfile
import time
import tomllib
import zipfile
from pathlib import Path

import pytest

import deadbutt_tray
from tests.e2e.conftest import wait_for
from tests.packaging.conftest import ROOT, app_running

pytestmark = pytest.mark.slow


def resource_files() -> set[str]:
    """Every file under resources/, as a path relative to it."""
    root = ROOT / "resources"
    return {
        p.relative_to(root).as_posix()
        for p in root.rglob("*")
        if p.is_file() and "__pycache__" not in p.parts
    }


def clean_env(venv: Path) -> dict[str, str]:
    """No trace of the checkout or the project venv: only the fresh venv's commands."""
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in ("PYTHONPATH", "VIRTUAL_ENV", "DEADBUTT_TRAY_HOME", "PYTHONHOME")
    }
    env["PATH"] = f"{venv / 'bin'}{os.pathsep}/usr/bin{os.pathsep}/bin"
    env["QT_QPA_PLATFORM"] = "offscreen"
    return env


def test_build_install_and_run_the_wheel(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    dist = tmp_path / "dist"
    started = time.monotonic()
    # `python -m build` makes the sdist, then the wheel *from the sdist*, so this also
    # proves the sdist holds everything the wheel needs. No isolation: no network for
    # the build backend (hatchling is in the test extra).
    subprocess.run(
        [sys.executable, "-m", "build", "--no-isolation", "--outdir", str(dist), str(ROOT)],
        check=True, capture_output=True, timeout=300,
    )  # fmt: skip
    built = time.monotonic()
    version = deadbutt_tray.__version__
    wheel = dist / f"deadbutt_tray-{version}-py3-none-any.whl"
    sdist = dist / f"deadbutt_tray-{version}.tar.gz"
    assert wheel.is_file() and sdist.is_file(), sorted(p.name for p in dist.iterdir())

    expected = resource_files()
    assert {"icons/deadbutt-tray.svg", "sounds/chime.wav"} <= expected
    assert any(name.startswith("exercises/") and name.endswith(".toml") for name in expected)
    assert any(name.startswith("illustrations/") and name.endswith(".svg") for name in expected)
    with zipfile.ZipFile(wheel) as archive:
        names = set(archive.namelist())
        (entry_points,) = [n for n in names if n.endswith(".dist-info/entry_points.txt")]
        entry_text = archive.read(entry_points).decode()
    in_wheel = {n.removeprefix("deadbutt_tray/resources/") for n in names}
    assert expected <= in_wheel, sorted(expected - in_wheel)
    assert not any(n.startswith("resources/") for n in names)
    assert "[gui_scripts]\ndeadbutt-tray = deadbutt_tray.cli:main" in entry_text
    with tarfile.open(sdist) as archive:
        prefix = f"deadbutt_tray-{version}/resources/"
        in_sdist = {m.name.removeprefix(prefix) for m in archive.getmembers() if m.isfile()}
    assert expected <= in_sdist, sorted(expected - in_sdist)

    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True, timeout=120)
    install = subprocess.run(
        [str(venv / "bin" / "python"), "-m", "pip", "install", "-q", str(wheel)],
        capture_output=True, text=True, timeout=900,
    )  # fmt: skip
    assert install.returncode == 0, install.stderr[-3000:]
    installed = time.monotonic()

    env = clean_env(venv)
    data = tmp_path / "data"
    app = str(venv / "bin" / "deadbutt-tray")
    probe = "from deadbutt_tray.core.content.resources import resources_root as r; print(r())"
    where = subprocess.run(
        [str(venv / "bin" / "python"), "-c", probe],
        env=env, cwd=tmp_path, capture_output=True, text=True, timeout=60, check=True,
    ).stdout.strip()  # fmt: skip
    purelib = "import sysconfig; print(sysconfig.get_path('purelib'))"
    site = subprocess.run(
        [str(venv / "bin" / "python"), "-c", purelib],
        env=env, capture_output=True, text=True, timeout=60, check=True,
    ).stdout.strip()  # fmt: skip
    assert Path(where) == Path(site) / "deadbutt_tray" / "resources"

    check = subprocess.run(
        [app, "--data-dir", str(data), "check"],
        env=env, cwd=tmp_path, capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    assert check.returncode == 0, check.stdout + check.stderr
    assert "All good" in check.stdout
    assert int(re.search(r"(\d+) exercises", check.stdout).group(1)) > 0  # type: ignore[union-attr]
    german = subprocess.run(
        [app, "--data-dir", str(data), "check"],
        env={**env, "LANG": "de_DE.UTF-8"}, cwd=tmp_path, capture_output=True, text=True,
        timeout=60,
    )  # fmt: skip
    assert german.stdout.startswith("Alles gut: "), german.stdout + german.stderr  # the .qm

    log = data / "logs" / "deadbutt-tray.log"
    with app_running(app, data, env, cwd=tmp_path) as run:
        wait_for(lambda: log.exists() and "started;" in log.read_text(), 60, "the app to start")
    assert "Traceback" not in run.stderr, run.stderr
    history = [tomllib.loads(p.read_text()) for p in (data / "history").glob("*.toml")]
    assert [s["ended_by"] for h in history for s in h.get("sitting", [])] == ["quit"]
    ran = time.monotonic()
    with capsys.disabled():
        print(
            f"\n[wheel] build sdist+wheel {built - started:.1f} s, fresh venv + install "
            f"{installed - built:.1f} s, check + offscreen start/quit {ran - installed:.1f} s; "
            f"wheel {wheel.stat().st_size / 1e6:.2f} MB, sdist {sdist.stat().st_size / 1e6:.2f} MB"
        )
