"""Starting the GUI: display check, logging, one instance, then the tray app."""

from __future__ import annotations

import json
import logging
import os
import sys
from typing import TYPE_CHECKING

from deadbutt_tray import APP_NAME, DESKTOP_ID, __version__
from deadbutt_tray.cli_words import tr
from deadbutt_tray.commands import Command, GetStatus, Quit, Reply, Show
from deadbutt_tray.core.content.resources import resource_path
from deadbutt_tray.core.model.settings import Overrides, Settings
from deadbutt_tray.core.problems import Problem
from deadbutt_tray.core.storage.paths import AppPaths
from deadbutt_tray.display_check import display_problem
from deadbutt_tray.logsetup import install_excepthook, install_qt_message_handler, setup_logging

if TYPE_CHECKING:  # Qt loads only when needed: `status` over SSH must stay light
    from deadbutt_tray.instance import SingleInstance

log = logging.getLogger(__name__)

EXIT_NOT_RUNNING = 3  # `deadbutt-tray status` with no running copy


def refused() -> str:
    """What to say when the running copy refused a command without saying why."""
    return tr("the running copy refused")


def run_gui(
    paths: AppPaths,
    settings: Settings,
    problems: list[Problem],
    *,
    verbose: bool = False,
    command: Command | None = None,
    overrides: Overrides | None = None,
) -> int:
    """Run the tray app until it quits; returns the process exit code."""
    from deadbutt_tray.pyside_scan import forget_scanned_sources

    forget_scanned_sources()  # before Qt's modules and ours are imported: ~7 MiB
    from deadbutt_tray.instance import InstanceError

    command = command or Show()
    opened = open_instance(paths)
    if isinstance(opened, int):
        return opened
    instance, locked = opened
    if not locked:
        # Another copy runs: hand it the command. Needs no display (works over SSH).
        return tell_running_copy(instance, command)
    if isinstance(command, Quit):
        instance.release()
        print(tr("{0} is not running.").format(APP_NAME), file=sys.stderr)
        return 0
    problem = display_problem(os.environ)
    if problem:
        instance.release()
        print(problem, file=sys.stderr)
        return 2
    setup_logging(paths.logs_dir, verbose)
    # A full disk must not print a "--- Logging error ---" traceback for every line.
    logging.raiseExceptions = False
    # APScheduler logs every job run at INFO: the prompt job alone would fill the log.
    for noisy in ("apscheduler", "tzlocal"):
        logging.getLogger(noisy).setLevel(logging.WARNING)
    log.info("%s %s starting; data: %s", APP_NAME, __version__, paths.data_dir)

    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import QApplication

    from deadbutt_tray.app import AppConfig, TrayApp, install_signal_handlers, show_error_dialog

    running: list[TrayApp] = []  # the app, once built: the display may die any time after

    def display_lost() -> None:
        for built in running:
            built.save_at_once("the display connection broke")

    install_qt_message_handler(display_lost)
    if sys.platform.startswith("linux") or "bsd" in sys.platform:
        from deadbutt_tray.platform.x11 import on_connection_lost

        on_connection_lost(display_lost)  # our own Xlib connections may notice first
    # argv[0] names the X11 window class; "python -m" would make it "__main__.py".
    existing = QApplication.instance()
    qapp = existing if isinstance(existing, QApplication) else QApplication([APP_NAME])
    qapp.setApplicationName(APP_NAME)
    qapp.setApplicationVersion(__version__)
    qapp.setDesktopFileName(DESKTOP_ID)  # matches the menu entry (Wayland app id)
    qapp.setQuitOnLastWindowClosed(False)  # closing a window must not quit a tray app
    qapp.setWindowIcon(QIcon(str(resource_path("icons", "deadbutt-tray.svg"))))
    install_excepthook(show_error_dialog)
    try:
        instance.listen()
    except InstanceError as error:
        print(f"{APP_NAME}: {error}", file=sys.stderr)
        return 1
    log.info("lock: %s; control socket: %s", instance.lock_file, instance.socket_path)

    config = AppConfig(paths, settings, problems, overrides or Overrides())
    app = TrayApp(config, instance)
    running.append(app)
    app.connect_session_end(qapp)
    notifier = install_signal_handlers(app)
    app.start()
    if not isinstance(command, Show):
        app.handle_command(command)  # e.g. `deadbutt-tray break` with no copy running
    code = qapp.exec()
    del notifier
    log.info("exited with %s", code)
    return int(code)


def unusable_path(paths: AppPaths) -> str:
    """Why the app can't run on these folders ('' if it can): Qt opens files by names
    that are text, and a name that is not UTF-8 would be opened as some other name."""
    for what, path in (
        ("data folder", paths.data_dir),
        ("settings file", paths.config_file),
        ("log folder", paths.logs_dir),
        ("runtime folder", paths.runtime_dir),
    ):
        raw = os.fsencode(path)
        try:
            raw.decode("utf-8")
        except UnicodeDecodeError as error:
            shown = raw.decode("utf-8", "backslashreplace")
            return (
                f"the {what} {shown} has a name that is not UTF-8 text (byte "
                f"0x{raw[error.start]:02x} at position {error.start}), which the app's "
                "windows can't open. Rename it, or start with --data-dir naming another "
                "folder. (check, summary and export work with it.)"
            )
    return ""


def open_instance(paths: AppPaths) -> tuple[SingleInstance, bool] | int:
    """This data folder's instance and whether this process got its lock; or, when
    neither can be had, the process exit code after saying why on stderr."""
    from deadbutt_tray.instance import InstanceError, SingleInstance

    unusable = unusable_path(paths)
    if unusable:
        print(f"{APP_NAME}: {unusable}", file=sys.stderr)
        return 2
    try:
        instance = SingleInstance(paths.runtime_dir, data_dir=paths.data_dir)
        # Locking fails on a full or read-only disk: say so, don't claim it runs.
        return instance, instance.try_lock()
    except InstanceError as error:
        print(f"{APP_NAME}: {error}", file=sys.stderr)
        return 1


def ask_running_copy(instance: SingleInstance, command: Command) -> Reply | None:
    """The running copy's answer to ``command``; ``None`` (said on stderr) if it gave
    none or refused."""
    from PySide6.QtCore import QCoreApplication

    from deadbutt_tray.instance import InstanceError, send_to_primary

    _app = QCoreApplication.instance() or QCoreApplication([APP_NAME])
    try:
        reply = send_to_primary(instance.socket_path, command, holder=instance.holder())
    except InstanceError as error:
        print(f"{APP_NAME}: {error}", file=sys.stderr)
        return None
    if not reply.ok:
        print(f"{APP_NAME}: {reply.error or refused()}", file=sys.stderr)
        return None
    return reply


def tell_running_copy(instance: SingleInstance, command: Command) -> int:
    """Send ``command`` to the copy that holds the lock; the process exit code."""
    if ask_running_copy(instance, command) is None:
        return 1
    if isinstance(command, Show):
        print(tr("{0} is already running; showed it.").format(APP_NAME), file=sys.stderr)
    return 0


def run_status(paths: AppPaths, as_json: bool = False) -> int:
    """``deadbutt-tray status [--json]``: the running copy's live state; exit 3 if none."""
    from PySide6.QtCore import QCoreApplication

    _app = QCoreApplication.instance() or QCoreApplication([APP_NAME])
    opened = open_instance(paths)
    if isinstance(opened, int):
        return opened
    instance, locked = opened
    if locked:
        instance.release()
        print(tr("{0} is not running (start it with: {0}).").format(APP_NAME), file=sys.stderr)
        return EXIT_NOT_RUNNING
    reply = ask_running_copy(instance, GetStatus())
    if reply is None:
        return 1
    if as_json:
        print(json.dumps(reply.data, ensure_ascii=False))
    else:
        print(reply.data.get("tooltip", ""))
    return 0
