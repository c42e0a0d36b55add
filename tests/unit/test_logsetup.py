"""Logging setup: a rotating file, a stderr fallback, Qt messages, and the crash hook."""

from __future__ import annotations

import logging
import re
import sys
from collections.abc import Iterator
from logging.handlers import RotatingFileHandler
from pathlib import Path

import pytest

from deadbutt_tray import logsetup
from deadbutt_tray.logsetup import (
    install_excepthook,
    install_qt_message_handler,
    setup_logging,
    teardown_logging,
)

log = logging.getLogger("test.logsetup")


@pytest.fixture(autouse=True)
def restore_logging() -> Iterator[None]:
    """Leave the root logger and the hooks exactly as the test found them."""
    root = logging.getLogger()
    handlers, level = list(root.handlers), root.level
    hook = sys.excepthook
    yield
    teardown_logging()
    for handler in list(root.handlers):
        if handler not in handlers:
            root.removeHandler(handler)
    root.setLevel(level)
    sys.excepthook = hook


def our_handlers() -> list[logging.Handler]:
    return [h for h in logging.getLogger().handlers if getattr(h, logsetup._OURS, False)]


def file_handlers() -> list[RotatingFileHandler]:
    return [h for h in our_handlers() if isinstance(h, RotatingFileHandler)]


def flush() -> None:
    for handler in our_handlers():
        handler.flush()


# --- the log file ------------------------------------------------------------------------


def test_creates_the_log_file_with_time_level_and_logger(tmp_path: Path) -> None:
    logs = tmp_path / "deep" / "logs"
    path = setup_logging(logs, verbose=False)
    assert path == logs / "deadbutt-tray.log"
    log.info("hello %s", "there")
    log.debug("not without --verbose")
    flush()
    lines = path.read_text(encoding="utf-8").splitlines()
    assert len(lines) == 1, lines
    assert re.fullmatch(
        r"\d{4}-\d\d-\d\d \d\d:\d\d:\d\d,\d{3} INFO +test\.logsetup: hello there", lines[0]
    )


def test_rotation_is_one_megabyte_times_three(tmp_path: Path) -> None:
    path = setup_logging(tmp_path, verbose=False)
    [handler] = file_handlers()
    assert (handler.maxBytes, handler.backupCount) == (1024 * 1024, 3)
    assert Path(handler.baseFilename) == path
    chunk = "x" * 400_000
    for _ in range(15):  # about 6 MB: enough to roll over more than three times
        log.warning(chunk)
    flush()
    names = sorted(p.name for p in tmp_path.iterdir())
    assert names == [
        "deadbutt-tray.log",
        "deadbutt-tray.log.1",
        "deadbutt-tray.log.2",
        "deadbutt-tray.log.3",
    ]
    assert all(p.stat().st_size <= 1024 * 1024 for p in tmp_path.iterdir())


def test_verbose_logs_debug_and_mirrors_to_stderr(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = setup_logging(tmp_path, verbose=True)
    assert path is not None
    log.debug("details")
    flush()
    assert "DEBUG    test.logsetup: details" in capsys.readouterr().err
    assert "details" in path.read_text(encoding="utf-8")


def test_not_verbose_keeps_stderr_quiet(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    setup_logging(tmp_path, verbose=False)
    log.warning("only in the file")
    assert capsys.readouterr().err == ""


def test_calling_twice_does_not_duplicate_handlers(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    setup_logging(tmp_path, verbose=True)
    path = setup_logging(tmp_path, verbose=True)
    assert path is not None
    assert len(our_handlers()) == 2  # one file, one stderr
    log.info("once")
    flush()
    assert capsys.readouterr().err.count("once") == 1
    assert path.read_text(encoding="utf-8").count("once") == 1


def test_a_second_call_can_move_the_file_and_drop_stderr(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    first = setup_logging(tmp_path / "a", verbose=True)
    second = setup_logging(tmp_path / "b", verbose=False)
    assert first is not None and second is not None
    log.info("where")
    flush()
    assert "where" not in first.read_text(encoding="utf-8")
    assert "where" in second.read_text(encoding="utf-8")
    assert "where" not in capsys.readouterr().err


def test_handlers_installed_by_others_are_left_alone(tmp_path: Path) -> None:
    root = logging.getLogger()
    theirs = logging.NullHandler()
    root.addHandler(theirs)
    try:
        setup_logging(tmp_path, verbose=False)
        setup_logging(tmp_path, verbose=False)
        teardown_logging()
        assert theirs in root.handlers
        assert our_handlers() == []
    finally:
        root.removeHandler(theirs)


# --- falling back to stderr --------------------------------------------------------------


def _assert_stderr_fallback(path: Path | None, capsys: pytest.CaptureFixture[str]) -> None:
    assert path is None
    assert file_handlers() == []
    log.info("still heard")
    err = capsys.readouterr().err
    assert err.count("Cannot write the log file") == 1
    assert "still heard" in err


def test_falls_back_to_stderr_when_the_folder_is_a_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    blocker = tmp_path / "logs"
    blocker.write_text("I am a file")
    _assert_stderr_fallback(setup_logging(blocker, verbose=False), capsys)
    _assert_stderr_fallback(setup_logging(blocker / "sub", verbose=False), capsys)
    assert blocker.read_text() == "I am a file"


def test_falls_back_to_stderr_when_the_file_cannot_be_opened(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    # Tests may run as root, where chmod cannot make a folder unwritable: simulate it.
    def refuse(*args: object, **kwargs: object) -> RotatingFileHandler:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(logsetup, "RotatingFileHandler", refuse)
    _assert_stderr_fallback(setup_logging(tmp_path, verbose=False), capsys)


def test_fallback_with_verbose_has_one_stderr_handler(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    blocker = tmp_path / "logs"
    blocker.write_text("")
    assert setup_logging(blocker, verbose=True) is None
    assert len(our_handlers()) == 1
    log.info("exactly once")
    assert capsys.readouterr().err.count("exactly once") == 1


def test_no_stderr_at_all_is_not_a_crash(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    blocker = tmp_path / "logs"
    blocker.write_text("")
    monkeypatch.setattr(sys, "stderr", None)  # pythonw / windowed frozen builds
    assert setup_logging(blocker, verbose=True) is None
    log.error("into the void")


# --- the crash hook ----------------------------------------------------------------------


def _raise_and_hook(exc: BaseException) -> None:
    try:
        raise exc
    except BaseException:
        sys.excepthook(*sys.exc_info())


def test_excepthook_logs_the_traceback_and_shows_it(caplog: pytest.LogCaptureFixture) -> None:
    shown: list[str] = []
    install_excepthook(shown.append)
    _raise_and_hook(ValueError("boom"))
    [record] = [r for r in caplog.records if r.name == "crash"]
    assert record.levelno == logging.CRITICAL
    assert record.exc_info is not None and record.exc_info[0] is ValueError
    assert "ValueError: boom" in caplog.text
    [text] = shown
    assert text.startswith("Traceback (most recent call last)")
    assert "ValueError: boom" in text
    assert "_raise_and_hook" in text


def test_excepthook_writes_the_crash_to_the_log_file(tmp_path: Path) -> None:
    path = setup_logging(tmp_path, verbose=False)
    assert path is not None
    install_excepthook(None)
    _raise_and_hook(RuntimeError("in the file"))
    flush()
    text = path.read_text(encoding="utf-8")
    assert "CRITICAL crash: Uncaught exception" in text
    assert "RuntimeError: in the file" in text


def test_the_same_crash_is_shown_once_but_logged_each_time(
    caplog: pytest.LogCaptureFixture,
) -> None:
    shown: list[str] = []
    install_excepthook(shown.append)
    for _ in range(3):
        _raise_and_hook(ValueError("every tick"))  # same line, same traceback
    _raise_and_hook(ValueError("something else"))
    assert len([r for r in caplog.records if r.name == "crash"]) == 4
    assert len(shown) == 2


def test_excepthook_never_raises_even_when_show_error_does(
    caplog: pytest.LogCaptureFixture,
) -> None:
    def broken_dialog(text: str) -> None:
        raise RuntimeError("no display")

    install_excepthook(broken_dialog)
    _raise_and_hook(ValueError("first"))  # must return normally
    assert "The error handler failed" in caplog.text
    assert "RuntimeError: no display" in caplog.text


def test_excepthook_swallows_even_base_exceptions_from_show_error() -> None:
    def interrupted_dialog(text: str) -> None:
        raise KeyboardInterrupt

    install_excepthook(interrupted_dialog)
    try:
        _raise_and_hook(ValueError("second"))
    except BaseException as exc:  # fail this test, don't abort the whole run
        pytest.fail(f"the hook let {exc!r} escape")


def test_excepthook_never_raises_even_when_logging_does(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def broken(*args: object, **kwargs: object) -> None:
        raise OSError("disk full")

    monkeypatch.setattr(logging.Logger, "critical", broken)
    monkeypatch.setattr(logging.Logger, "exception", broken)
    shown: list[str] = []
    install_excepthook(shown.append)
    _raise_and_hook(ValueError("x"))
    assert shown == []


def test_keyboard_interrupt_goes_to_the_previous_hook_not_a_dialog(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # pytest-qt has its own hook in place during tests; stand in a recorder for it.
    passed_on: list[type[BaseException]] = []
    monkeypatch.setattr(sys, "excepthook", lambda t, v, tb: passed_on.append(t))
    shown: list[str] = []
    install_excepthook(shown.append)
    _raise_and_hook(KeyboardInterrupt())
    assert shown == []
    assert passed_on == [KeyboardInterrupt]


def test_install_returns_the_previous_hook() -> None:
    before = sys.excepthook
    assert install_excepthook(None) is before
    assert sys.excepthook is not before


# --- Qt messages -------------------------------------------------------------------------


@pytest.fixture
def qt_handler() -> Iterator[None]:
    qtcore = pytest.importorskip("PySide6.QtCore", reason="PySide6 is not installed")
    previous = install_qt_message_handler()
    yield
    # Put back whatever was there (pytest-qt's capture during a test, or Qt's default).
    qtcore.qInstallMessageHandler(previous)


@pytest.mark.qt_log_ignore(".*")  # the warning is the point of this test
def test_qt_warnings_go_to_the_qt_logger(
    qt_handler: None, caplog: pytest.LogCaptureFixture
) -> None:
    from PySide6 import QtCore

    if not hasattr(QtCore, "qWarning"):
        pytest.skip("this PySide6 has no qWarning to emit a Qt message with")
    caplog.set_level(logging.DEBUG)
    QtCore.qWarning("careful from Qt")
    QtCore.qDebug("chatter from Qt")
    QtCore.qCritical("bad from Qt")
    got = [(r.name, r.levelno, r.getMessage()) for r in caplog.records if r.name == "qt"]
    assert got == [
        ("qt", logging.WARNING, "careful from Qt"),
        ("qt", logging.DEBUG, "chatter from Qt"),
        ("qt", logging.ERROR, "bad from Qt"),
    ]


def test_install_qt_message_handler_returns_the_previous_one(qt_handler: None) -> None:
    from PySide6.QtCore import qInstallMessageHandler

    ours = qInstallMessageHandler(None)  # what our fixture installed
    try:
        assert callable(ours)
    finally:
        qInstallMessageHandler(ours)


def test_multimedia_probing_noise_is_logged_at_debug_not_warning() -> None:
    from deadbutt_tray.logsetup import _expected_on_a_quiet_machine

    assert _expected_on_a_quiet_machine("qt.multimedia.symbolsresolver", "Couldn't load va")
    assert _expected_on_a_quiet_machine("default", "PulseAudioService: pa_context_connect() failed")
    assert not _expected_on_a_quiet_machine("qt.qpa.xcb", "QXcbConnection: XCB error")


@pytest.mark.qt_log_ignore(".*")  # the warning is the point of this test
def test_qt_saying_the_display_connection_broke_calls_the_last_chance_hook() -> None:
    qtcore = pytest.importorskip("PySide6.QtCore", reason="PySide6 is not installed")
    if not hasattr(qtcore, "qWarning"):
        pytest.skip("this PySide6 has no qWarning to emit a Qt message with")
    lost: list[bool] = []
    previous = install_qt_message_handler(lambda: lost.append(True))
    try:
        qtcore.qWarning("careful from Qt")
        assert lost == []
        # What Qt's xcb plugin says right before exit(1) when the X server goes away.
        qtcore.qWarning("The X11 connection broke (error 1). Did the X11 server die?")
        qtcore.qWarning("The Wayland connection broke. Did the Wayland compositor die?")
        assert lost == [True, True]
    finally:
        qtcore.qInstallMessageHandler(previous)
