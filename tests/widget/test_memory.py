"""What stays resident: modules imported only when needed, windows gone once closed."""

from __future__ import annotations

import gc
import json
import os
import platform
import subprocess
import sys
import textwrap
import weakref
from collections.abc import Callable, Iterator
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
import shiboken6
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from deadbutt_tray.app import AppConfig, TrayApp
from deadbutt_tray.core.clock import FakeClock
from deadbutt_tray.core.model.records import BreakRecord, Outcome
from deadbutt_tray.core.model.settings import Settings
from deadbutt_tray.core.storage.paths import AppPaths
from deadbutt_tray.instance import SingleInstance
from deadbutt_tray.ui import memory
from deadbutt_tray.ui.memory import MemoryReleaser, release_memory
from deadbutt_tray.ui.summary_window import SummaryWindow
from tests.fakes import FakeAutostart, FakeChime, FakeFullscreen, FakeIdle
from tests.teardown import close_app

# Imported on first use, never by a start: each costs MiB that most days never need.
NOT_AT_START = (
    "asyncio",  # APScheduler's util, for iscoroutinefunction only
    "concurrent.futures",  # APScheduler's pool executors
    "multiprocessing",
    "importlib.metadata",  # APScheduler's version and plugin entry points
    "tzlocal",  # the scheduler runs in UTC
    "PySide6.QtMultimedia",  # the chime, on the first sound
    "deadbutt_tray.ui.break_dialog",
    "deadbutt_tray.ui.summary_window",
    "deadbutt_tray.ui.settings_dialog",
    "deadbutt_tray.ui.balance_dialog",
    "hashlib",  # OpenSSL's libcrypto: the file watch hashes with Qt
    "html",  # its entity table: notifications escape their own markup
    "tomlkit",  # only saving settings edits the file in place
    "difflib",  # only a misspelt setting asks for the closest name
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
            **os.environ,
            "QT_QPA_PLATFORM": "offscreen",
            "DEADBUTT_TRAY_HOME": str(tmp_path / "data"),
        },
        check=False,
    )
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])


def test_a_started_app_has_not_imported_what_it_needs_later(tmp_path: Path) -> None:
    """A usual start: not the first one (that shows the welcome window)."""
    (tmp_path / "data").mkdir()
    (tmp_path / "data" / "state.toml").write_text("welcome_seen = true\n")
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


def test_the_chime_does_not_load_qtmultimedia_where_no_sound_server_runs(
    tmp_path: Path,
) -> None:
    found = run_python(
        """
        import json, sys
        from PySide6.QtWidgets import QApplication
        from deadbutt_tray.ui.chime import Chime, QtMediaBackend

        qapp = QApplication([])
        chime = Chime(backend=lambda: QtMediaBackend(has_server=lambda: False))
        played = [chime.play(60), chime.play(60)]
        print(json.dumps({"played": played, "available": chime.available,
                          "loaded": "PySide6.QtMultimedia" in sys.modules}))
        """,
        tmp_path,
    )
    assert found == {"played": [False, False], "available": False, "loaded": False}


# -- windows are deleted once closed, and memory is given back --------------------------

BERLIN = ZoneInfo("Europe/Berlin")


class Released:
    """A stand-in for ``release_memory`` that counts its calls."""

    def __init__(self) -> None:
        self.calls = 0

    def __call__(self) -> None:
        self.calls += 1


@pytest.fixture
def app(qtbot: QtBot, data_dir: Path) -> Iterator[TrayApp]:
    paths = AppPaths.under(data_dir)
    instance = SingleInstance(paths.runtime_dir, data_dir=paths.data_dir)
    assert instance.try_become_primary()
    clock = FakeClock(datetime(2026, 11, 24, 9, 0, tzinfo=BERLIN))
    tray_app = TrayApp(
        AppConfig(paths, Settings(sound=False), []),
        instance,
        clock=clock,
        idle_source=FakeIdle(),
        fullscreen=FakeFullscreen(),
        autostart=FakeAutostart(),
        tray_available=True,
    )
    tray_app.shell.chime = FakeChime()
    released = Released()
    tray_app.shell.memory = MemoryReleaser(tray_app.shell, release=released, delay_ms=10)
    tray_app.released = released  # type: ignore[attr-defined]
    tray_app.start()
    yield tray_app
    close_app(tray_app)


def _open_summary(app: TrayApp) -> QWidget:
    app.open_summary()
    return app.shell._dialogs["summary"]


def _open_settings(app: TrayApp) -> QWidget:
    app.open_settings()
    return app.shell._dialogs["settings"]


def _open_about(app: TrayApp) -> QWidget:
    app.shell.actions.about_requested.emit()
    return app.shell._dialogs["about"]


def _open_balance(app: TrayApp) -> QWidget:
    app.open_balance()
    return app.shell._dialogs["balance"]


def _open_welcome(app: TrayApp) -> QWidget:
    app.shell.show_welcome(30, app.paths.data_dir)
    return app.shell._dialogs["welcome"]


def _open_break(app: TrayApp) -> QWidget:
    app.start_break()
    dialog = app.shell.break_dialog
    assert dialog is not None
    return dialog


OPENERS: dict[str, Callable[[TrayApp], QWidget]] = {
    "summary": _open_summary,
    "settings": _open_settings,
    "about": _open_about,
    "balance": _open_balance,
    "welcome": _open_welcome,
    "break": _open_break,
}


def close_and_wait(qtbot: QtBot, ref: weakref.ref[QWidget]) -> None:
    """Close the window ``ref`` points at; wait until Qt deleted it and Python let go.

    Callers hold only the weak reference, so a window kept alive anywhere fails here.
    """
    window = ref()
    assert window is not None
    gone: list[bool] = []
    window.destroyed.connect(lambda *_args: gone.append(True))
    window.close()
    del window
    qtbot.waitUntil(lambda: gone == [True], timeout=3000)
    gc.collect()
    assert ref() is None, "the window's Python object is still referenced"


@pytest.mark.parametrize("name", list(OPENERS))
def test_a_closed_window_is_deleted_forgotten_and_its_memory_given_back(
    app: TrayApp, qtbot: QtBot, name: str
) -> None:
    window = OPENERS[name](app)
    assert window.isVisible()
    ref = weakref.ref(window)
    del window
    close_and_wait(qtbot, ref)
    assert name not in app.shell._dialogs
    assert app.shell.break_dialog is None and app.shell._finished_break is None
    released = app.released  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: released.calls == 1, timeout=3000)


def test_a_finished_break_is_deleted_once_its_last_page_is_closed(
    app: TrayApp, qtbot: QtBot
) -> None:
    dialog = _open_break(app)
    dialog.finish_now()  # the break ends; its "well done" page stays up
    assert app.shell.break_dialog is None
    ref = weakref.ref(dialog)
    del dialog
    close_and_wait(qtbot, ref)
    assert app.shell._finished_break is None


def test_reopening_a_window_after_closing_it_builds_a_new_one(app: TrayApp, qtbot: QtBot) -> None:
    close_and_wait(qtbot, weakref.ref(_open_settings(app)))
    second = _open_settings(app)
    assert shiboken6.isValid(second) and second.isVisible()


def test_closing_the_summary_drops_its_chart_data_and_old_months(
    app: TrayApp, qtbot: QtBot
) -> None:
    now = app.clock.now()
    for months_back in range(4):  # a record in each of the last four months
        app.store.append(BreakRecord(now - timedelta(days=31 * months_back), Outcome.SKIPPED, 600))
    app.store.forget_months()
    window = _open_summary(app)
    assert isinstance(window, SummaryWindow)
    for _ in range(10):  # browse back ten weeks: older months are read
        window.previous_week()
    assert len(app.store.months_in_memory) >= 3
    closed: list[bool] = []
    app.shell.summary_closed.connect(lambda: closed.append(True))
    charts = list(window.charts)
    window.close()
    assert all(chart.categories == () for chart in charts)  # dropped at once, not at deletion
    assert window.summary is None
    ref = weakref.ref(window)
    del window, charts
    qtbot.waitUntil(lambda: closed == [True], timeout=3000)  # on deletion
    gc.collect()
    assert ref() is None
    assert app.store.months_in_memory == [(now.year, now.month)]


def test_the_balance_test_reads_two_years_but_keeps_only_this_month(app: TrayApp) -> None:
    now = app.clock.now()
    app.store.append(BreakRecord(now - timedelta(days=200), Outcome.SKIPPED, 600))
    app.store.append(BreakRecord(now, Outcome.SKIPPED, 600))
    _open_balance(app)
    assert app.store.months_in_memory == [(now.year, now.month)]


def test_a_summary_window_closed_without_delete_on_close_keeps_its_charts(
    qtbot: QtBot, tmp_path: Path
) -> None:
    """Standalone (tests, screenshots) closing only hides: it can be shown again."""
    from deadbutt_tray.core.model.records import EndedBy, SittingSpan
    from deadbutt_tray.core.rules.summary import week_loader
    from deadbutt_tray.core.storage.history import HistoryStore
    from tests.fakes import TEST_DEVICE

    now = datetime(2026, 11, 24, 12, tzinfo=BERLIN)
    store = HistoryStore(tmp_path, device=TEST_DEVICE)
    store.append(SittingSpan(now - timedelta(hours=1), now, EndedBy.AWAY))
    window = SummaryWindow(week_loader(store, now.tzinfo, 1800.0, now=lambda: now), now.date)
    qtbot.addWidget(window)
    window.show()
    window.close()
    assert len(window.sitting_chart.categories) == 7


def test_the_summary_window_draws_its_charts_without_qtcharts(tmp_path: Path) -> None:
    """QtCharts (~4.4 MiB resident) is not loaded by opening the summary."""
    found = run_python(
        f"""
        import json, sys
        from datetime import date
        from pathlib import Path
        from PySide6.QtWidgets import QApplication
        from deadbutt_tray.core.rules.summary import week_loader
        from deadbutt_tray.core.storage.history import HistoryStore
        from deadbutt_tray.ui.summary_window import SummaryWindow

        qapp = QApplication([])
        store = HistoryStore(Path({str(tmp_path / "history")!r}), device="t-1")
        window = SummaryWindow(week_loader(store, None, 1800.0), date.today)
        window.show()
        window.grab()
        print(json.dumps({{"charts": [m for m in sys.modules if "QtCharts" in m]}}))
        """,
        tmp_path,
    )
    assert found["charts"] == []


# -- giving memory back -----------------------------------------------------------------


def test_release_memory_collects_garbage_and_trims_the_heap() -> None:
    trimmed: list[int] = []

    class Cycle:
        def __init__(self) -> None:
            self.me = self

    ref = weakref.ref(Cycle())
    assert release_memory(trim=lambda pad: trimmed.append(pad) or 1) is True
    assert ref() is None  # the cycle was collected
    assert trimmed == [0]  # pad 0: give back every free page


@pytest.mark.skipif(platform.libc_ver()[0] != "glibc", reason="malloc_trim is glibc's")
def test_malloc_trim_is_found_and_runs_on_glibc() -> None:
    memory._malloc_trim.cache_clear()
    trim = memory._malloc_trim()
    assert trim is not None
    assert release_memory() is True


def test_without_malloc_trim_only_garbage_is_collected(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(memory, "_malloc_trim", lambda: None)
    assert release_memory() is False


def test_close_requests_together_release_once(qtbot: QtBot) -> None:
    released = Released()
    releaser = MemoryReleaser(release=released, delay_ms=20)
    for _ in range(3):
        releaser.request()
    assert releaser.pending
    qtbot.waitUntil(lambda: released.calls == 1, timeout=2000)
    qtbot.wait(60)
    assert released.calls == 1 and releaser.count == 1


# -- what PySide itself keeps -----------------------------------------------------------


def test_pysides_source_check_on_each_import_leaves_no_source_in_memory(tmp_path: Path) -> None:
    """PySide reads each imported module's source (is PySide used?) through linecache,
    which kept every line of ~180 files (~7 MiB) in a started app. Its answers stay
    the same."""
    (tmp_path / "mod_with_qt.py").write_text("import PySide6.QtCore\nVALUE = 1\n")
    (tmp_path / "mod_without_qt.py").write_text("VALUE = 2\n")
    found = run_python(
        f"""
        import json, linecache, sys
        sys.path.insert(0, {str(tmp_path)!r})
        import deadbutt_tray.core.model.settings  # imported before: its source is read now
        from deadbutt_tray.pyside_scan import forget_scanned_sources

        wrapped = [forget_scanned_sources(), forget_scanned_sources()]
        import mod_with_qt, mod_without_qt
        import deadbutt_tray.app  # most of the app, Qt's modules with it
        feature = sys.modules["shibokensupport.feature"]
        print(json.dumps({{
            "wrapped": wrapped,
            "cached": sorted(linecache.cache),
            "answers": [feature.pyside_feature_dict.get(name)
                        for name in ("mod_with_qt", "mod_without_qt")],
        }}))
        """,
        tmp_path,
    )
    assert found["wrapped"] == [True, True]
    assert found["cached"] == []
    assert found["answers"] == [0, -1]  # 0: uses PySide; -1: PySide ignores it


def test_asking_whether_qt_polls_builds_no_python_types_for_its_engine(tmp_path: Path) -> None:
    """Wrapping Qt's watch engine (a class PySide has no binding for) made PySide build
    the type of every QObject subclass it knows (~1.4 MiB kept); the answer is the same."""
    found = run_python(
        f"""
        import gc, json
        from PySide6.QtCore import QCoreApplication, QFileSystemWatcher
        from deadbutt_tray.native_watch import qt_is_polling

        qapp = QCoreApplication([])
        watcher = QFileSystemWatcher()
        watcher.addPath({str(tmp_path)!r})
        known = {{id(t) for t in gc.get_objects() if isinstance(t, type)}}
        polling = qt_is_polling(watcher)
        built = [t.__qualname__ for t in gc.get_objects()
                 if isinstance(t, type) and id(t) not in known]
        print(json.dumps({{"polling": polling, "built": built}}))
        """,
        tmp_path,
    )
    assert found["polling"] is False  # this machine has an inotify instance to spare
    assert len(found["built"]) <= 3, found["built"]  # QSocketNotifier and its enum


def test_a_text_scroll_area_builds_no_python_types_for_its_viewport(tmp_path: Path) -> None:
    """Asking Qt for a scroll area's own viewport made PySide build the type of every
    QtWidgets class (~77 enums, ~15-20 ms of the guided break's first open); the area
    brings its own viewport, which shows the window's background as before."""
    found = run_python(
        """
        import gc, json
        from PySide6.QtWidgets import QApplication, QLabel
        from deadbutt_tray.ui.widgets import TextScrollArea

        qapp = QApplication([])
        body = QLabel("text")
        known = {id(t) for t in gc.get_objects() if isinstance(t, type)}
        area = TextScrollArea(body)
        built = [t.__qualname__ for t in gc.get_objects()
                 if isinstance(t, type) and id(t) not in known
                 and t.__module__ == "PySide6.QtWidgets"]
        print(json.dumps({
            "built": built,
            "fills": area.viewport().autoFillBackground(),
            "body_shown_in_it": area.viewport().isAncestorOf(body),
        }))
        """,
        tmp_path,
    )
    assert found["fills"] is False
    assert found["body_shown_in_it"] is True
    # Event types its filter first sees: ~11. Without its own viewport: ~160 (QWizard, ...).
    assert len(found["built"]) <= 30, found["built"]
