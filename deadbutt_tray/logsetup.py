"""Logging: a rotating log file, Qt's own messages, and a crash hook that is never silent.

A tray app has no console most of the time, so the log file is where problems are found
afterwards. Nothing here may take the app down: if the log folder is unusable, logging
falls back to stderr; the crash hook swallows its own failures.
"""

from __future__ import annotations

import contextlib
import logging
import sys
import threading
import traceback
from collections.abc import Callable
from logging.handlers import RotatingFileHandler
from pathlib import Path
from types import TracebackType
from typing import Any

__all__ = [
    "BACKUP_COUNT",
    "LOG_FILE_NAME",
    "LOG_FORMAT",
    "MAX_LOG_BYTES",
    "install_excepthook",
    "install_qt_message_handler",
    "setup_logging",
    "teardown_logging",
]

LOG_FILE_NAME = "deadbutt-tray.log"
MAX_LOG_BYTES = 1024 * 1024
BACKUP_COUNT = 3
LOG_FORMAT = "%(asctime)s %(levelname)-8s %(name)s: %(message)s"

# Set on every handler this module adds, so a second setup_logging() replaces exactly
# those and leaves handlers that others (pytest, an embedding app) installed alone.
_OURS = "_deadbutt_tray_handler"

ExcHook = Callable[[type[BaseException], BaseException, TracebackType | None], Any]


class _StderrHandler(logging.StreamHandler):
    """Writes to whatever ``sys.stderr`` is at the time of each record.

    A GUI launcher (pythonw, a windowed frozen build) may set ``sys.stderr`` to ``None``,
    and tests swap it; binding the stream once would write into a closed or absent one.
    """

    def __init__(self) -> None:
        super().__init__(sys.stderr)

    def emit(self, record: logging.LogRecord) -> None:
        stream = sys.stderr
        if stream is None:
            return
        self.stream = stream
        super().emit(record)


def setup_logging(logs_dir: Path, verbose: bool) -> Path | None:
    """Log to ``logs_dir/deadbutt-tray.log`` (1 MB, 3 old files kept); return its path.

    ``verbose`` logs DEBUG and mirrors everything to stderr. If the folder cannot be
    created or the file opened, logging goes to stderr only, one warning says why, and
    ``None`` is returned. Calling this again replaces the handlers it added before.
    """
    teardown_logging()
    root = logging.getLogger()
    level = logging.DEBUG if verbose else logging.INFO
    root.setLevel(level)
    formatter = logging.Formatter(LOG_FORMAT)

    log_file: Path | None = logs_dir / LOG_FILE_NAME
    failure: OSError | None = None
    try:
        logs_dir.mkdir(parents=True, exist_ok=True)
        # delay=False opens the file now, so an unwritable folder shows up here and not
        # at the first record, where logging would only print a traceback to stderr.
        file_handler = RotatingFileHandler(
            logs_dir / LOG_FILE_NAME,
            maxBytes=MAX_LOG_BYTES,
            backupCount=BACKUP_COUNT,
            encoding="utf-8",
        )
    except OSError as exc:
        failure, log_file = exc, None
    else:
        _add(root, file_handler, formatter, level)

    if verbose or failure is not None:
        _add(root, _StderrHandler(), formatter, level)
    if failure is not None:
        logging.getLogger(__name__).warning(
            "Cannot write the log file in %s (%s); logging to stderr only",
            logs_dir,
            failure.strerror or failure,
        )
    return log_file


def teardown_logging() -> None:
    """Remove and close the handlers ``setup_logging`` added (others stay)."""
    root = logging.getLogger()
    for handler in list(root.handlers):
        if getattr(handler, _OURS, False):
            root.removeHandler(handler)
            handler.close()


def _add(
    root: logging.Logger, handler: logging.Handler, formatter: logging.Formatter, level: int
) -> None:
    setattr(handler, _OURS, True)
    handler.setFormatter(formatter)
    handler.setLevel(level)
    root.addHandler(handler)


# --- Qt messages -----------------------------------------------------------------------


#: What Qt says just before it calls ``exit(1)`` because the display connection died
#: (the X server or the Wayland compositor went away at logout).
DISPLAY_LOST = ("The X11 connection broke", "The Wayland connection broke")


def install_qt_message_handler(
    on_display_lost: Callable[[], None] | None = None,
) -> Callable[..., Any] | None:
    """Send Qt's own messages (qWarning and friends) to the logger ``"qt"``.

    ``on_display_lost`` is called when Qt reports that the display connection broke:
    Qt ends the process right after the message, so that call is the last chance to
    save. Returns the handler that was installed before (``None`` for Qt's default), so
    a caller can put it back with ``qInstallMessageHandler``.
    """
    # Imported here so the rest of this module works (and is testable) without Qt.
    from PySide6.QtCore import QtMsgType, qInstallMessageHandler

    levels = {
        QtMsgType.QtDebugMsg: logging.DEBUG,
        QtMsgType.QtInfoMsg: logging.INFO,
        QtMsgType.QtWarningMsg: logging.WARNING,
        QtMsgType.QtCriticalMsg: logging.ERROR,
        QtMsgType.QtFatalMsg: logging.CRITICAL,
    }
    logger = logging.getLogger("qt")

    def handler(msg_type: Any, context: Any, message: str) -> None:
        # Called from C++: an exception escaping here cannot be handled by anyone.
        with contextlib.suppress(Exception):
            category = getattr(context, "category", None) or ""
            prefix = f"[{category}] " if category and category != "default" else ""
            level = levels.get(msg_type, logging.WARNING)
            if level == logging.WARNING and _expected_on_a_quiet_machine(category, message):
                level = logging.DEBUG
            logger.log(level, "%s%s", prefix, message)
        if on_display_lost is not None and message.startswith(DISPLAY_LOST):
            with contextlib.suppress(Exception):
                on_display_lost()

    return qInstallMessageHandler(handler)


def _expected_on_a_quiet_machine(category: str, message: str) -> bool:
    """Qt Multimedia probing for optional libraries and a sound server that isn't
    there: normal on many desktops (the chime then just stays silent), not a warning."""
    return (
        category.startswith("qt.multimedia")
        or message.startswith("PulseAudioService:")
        or message.startswith("No QtMultimedia backends found")  # the frozen bundle
    )


# --- uncaught exceptions -----------------------------------------------------------------


def install_excepthook(show_error: Callable[[str], None] | None) -> ExcHook:
    """Log every uncaught exception (logger ``"crash"``) and show it via ``show_error``.

    PySide6 hands exceptions raised in slots and timers to ``sys.excepthook`` and keeps
    running, so without this they would only reach a console nobody sees. Each distinct
    traceback is shown once: a failing timer would otherwise open a dialog every tick.
    The hook never raises. Returns the previous hook so callers can restore it.
    """
    previous = sys.excepthook
    logger = logging.getLogger("crash")
    shown: set[str] = set()
    busy = threading.local()  # show_error failing must not recurse into the hook

    def hook(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        try:
            if issubclass(exc_type, KeyboardInterrupt):
                # Ctrl+C in a terminal is a request to stop, not a crash to report.
                logger.info("Interrupted")
                previous(exc_type, exc, tb)
                return
            logger.critical("Uncaught exception", exc_info=(exc_type, exc, tb))
            if show_error is None or getattr(busy, "active", False):
                return
            text = "".join(traceback.format_exception(exc_type, exc, tb))
            if text in shown:
                return
            shown.add(text)
            busy.active = True
            try:
                show_error(text)
            finally:
                busy.active = False
        except BaseException:
            # Last resort: the hook itself must not become the next crash.
            with contextlib.suppress(BaseException):
                logger.exception("The error handler failed")

    sys.excepthook = hook
    return previous
