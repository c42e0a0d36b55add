"""What stays resident: modules imported only when needed, windows gone once closed."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
from pathlib import Path

# Imported on first use, never by a start: each costs MiB that most days never need.
NOT_AT_START = (
    "asyncio",  # APScheduler's util, for iscoroutinefunction only
    "concurrent.futures",  # APScheduler's pool executors
    "multiprocessing",
    "importlib.metadata",  # APScheduler's version and plugin entry points
    "tzlocal",  # the scheduler runs in UTC
    "PySide6.QtMultimedia",  # the chime, on the first sound
    "PySide6.QtCharts",  # the weekly summary
    "deadbutt_tray.ui.break_dialog",
    "deadbutt_tray.ui.summary_window",
    "deadbutt_tray.ui.settings_dialog",
    "deadbutt_tray.ui.balance_dialog",
)


def run_python(code: str, tmp_path: Path) -> dict:
    """Run ``code`` in a fresh interpreter (offscreen Qt); it prints one JSON object."""
    result = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(code)],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=Path(__file__).resolve().parents[2],
        env={
            **__import__("os").environ,
            "QT_QPA_PLATFORM": "offscreen",
            "DEADBUTT_TRAY_HOME": str(tmp_path / "data"),
        },
        check=False,
    )
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])


def test_a_started_app_has_not_imported_what_it_needs_later(tmp_path: Path) -> None:
    found = run_python(
        f"""
        import json, sys
        from pathlib import Path
        from PySide6.QtWidgets import QApplication
        import deadbutt_tray.cli, deadbutt_tray.gui
        from deadbutt_tray.app import AppConfig, TrayApp
        from deadbutt_tray.core.model.settings import Settings
        from deadbutt_tray.core.storage.paths import AppPaths
        from deadbutt_tray.instance import SingleInstance

        qapp = QApplication([])
        paths = AppPaths.under(Path({str(tmp_path / "data")!r}))
        instance = SingleInstance(paths.runtime_dir, data_dir=paths.data_dir)
        assert instance.try_become_primary()
        app = TrayApp(AppConfig(paths, Settings(), []), instance, tray_available=False)
        app.start()
        for _ in range(20):
            qapp.processEvents()
        loaded = [name for name in {NOT_AT_START!r} if name in sys.modules]
        app.quit()
        print(json.dumps({{"loaded": loaded}}))
        """,
        tmp_path,
    )
    assert found["loaded"] == []


def test_apscheduler_behaves_as_stock_after_the_heartbeat_held_its_imports_off(
    tmp_path: Path,
) -> None:
    """Plugin names, the default executor, the version and the held-off modules all work."""
    found = run_python(
        """
        import json, sys
        import deadbutt_tray.heartbeat
        held = [n for n in ("asyncio", "importlib.metadata", "tzlocal") if n in sys.modules]
        import apscheduler
        from apscheduler.schedulers.background import BackgroundScheduler
        from apscheduler.util import iscoroutinefunction_partial
        import importlib.metadata, tzlocal, asyncio

        scheduler = BackgroundScheduler(executors={"default": {"type": "debug"}})
        job = scheduler.add_job(print, "cron", hour=3)
        default = BackgroundScheduler()
        default.start(paused=True)
        executor = type(default._lookup_executor("default")).__name__
        default.shutdown()

        async def coroutine():
            pass

        print(json.dumps({
            "held": held,
            "cron": type(job.trigger).__name__,
            "executor": executor,
            "version": apscheduler.__version__,
            "real_version": importlib.metadata.version("APScheduler"),
            "coroutine": iscoroutinefunction_partial(coroutine),
            "zone": str(tzlocal.get_localzone()) != "",
            "stand_ins": [n for n in ("asyncio", "importlib.metadata", "tzlocal",
                          "apscheduler.executors.pool") if sys.modules[n].__file__ is None]
                          if "apscheduler.executors.pool" in sys.modules else ["no pool"],
        }))
        """,
        tmp_path,
    )
    assert found["held"] == []
    assert found["cron"] == "CronTrigger"
    assert found["executor"] == "ThreadPoolExecutor"
    assert found["version"] == found["real_version"].split("-")[0]
    assert found["coroutine"] is True
    assert found["zone"] is True
    assert found["stand_ins"] == []
