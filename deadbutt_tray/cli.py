"""The ``deadbutt-tray`` command: starts the tray app, or runs a subcommand.

Subcommands that only read files (``check``, ``summary``, ``export``) never load Qt, so
they work over SSH and in scripts.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import sys
from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from deadbutt_tray import APP_NAME, __version__
from deadbutt_tray.commands import Break, Command, Pause, Quit, Resume, Show
from deadbutt_tray.core.model.settings import Overrides
from deadbutt_tray.core.problems import Problem
from deadbutt_tray.core.storage.history import DeviceView, HistoryStore, check_history_dir
from deadbutt_tray.core.storage.paths import HOME_ENV, AppPaths
from deadbutt_tray.core.storage.settings_file import check_settings_file, load_settings

if TYPE_CHECKING:
    from deadbutt_tray.core.rules.summary import IsoWeek

log = logging.getLogger(__name__)

EXPORT_FORMATS = ("csv", "json")  # core.export.FORMATS; not imported, so starting stays lean

EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE, EXIT_PARTIAL = 0, 1, 2, 3

EXIT_CODES = f"""exit status of summary, export and check:
  {EXIT_OK}  all of the history was read (check: no problems)
  {EXIT_PROBLEMS}  check found problems; export could not read the history folder or write
     its file
  {EXIT_USAGE}  the command line is wrong
  {EXIT_PARTIAL}  summary/export: a history file or record could not be read; it is named on
     stderr (file, line, what) and the output is computed from the rest
summary, export and check only read: they never change, move or create history files."""


def minutes_arg(text: str) -> float:
    try:
        return Overrides.parse_sit_limit(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog=APP_NAME,
        description=(
            "A tray app that tracks continuous sitting and prompts short hip-extension and "
            "glute-activation breaks. Run without a command to start it."
        ),
        epilog=f"Files live in the platform's folders, or all under --data-dir / ${HOME_ENV}."
        f"\n\n{EXIT_CODES}",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"{APP_NAME} {__version__}")
    parser.add_argument(
        "--data-dir",
        metavar="DIR",
        help=f"keep settings, history, exercises and logs under DIR (or set ${HOME_ENV})",
    )
    parser.add_argument(
        "--sit-limit",
        metavar="MINUTES",
        type=minutes_arg,
        help="sitting limit for this run only; fractions allowed (e.g. 0.1 to watch a cycle)",
    )
    parser.add_argument("-v", "--verbose", action="store_true", help="also log to stderr")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    check = commands.add_parser(
        "check",
        help="validate settings, history and exercise files; exit 1 if anything is wrong",
        description="Validate the settings file, every history file, the exercise library, "
        "its translations and your own exercises. Prints each problem with file, key and "
        "what is accepted; exits 1 if there are any, 0 otherwise.",
    )
    check.add_argument(
        "--strict-locale",
        metavar="LANG",
        help="also list every exercise text not yet translated into LANG (e.g. de)",
    )
    commands.add_parser("run", help="start the tray app (the default)")
    breaker = commands.add_parser(
        "break",
        help="start a guided break in the running app (starting the app if needed)",
        description="Start a guided break. Without --routine, the desk micro-break of "
        "your level; 'home' is the home routine of your level; or a routine id such as "
        "home-2 or pre-run.",
    )
    breaker.add_argument(
        "--routine",
        metavar="ID",
        default="",
        help="desk-micro (the default), home, pre-run, or a routine id such as home-2",
    )
    pause = commands.add_parser(
        "pause", help="hold reminders for MINUTES, or until tomorrow (sitting keeps counting)"
    )
    pause.add_argument("minutes", type=pause_arg, metavar="MINUTES|tomorrow")
    commands.add_parser("resume", help="end a pause")
    commands.add_parser("quit", help="quit the running app (it saves the sitting span)")
    status = commands.add_parser(
        "status",
        help="print the running app's live state (for panels and scripts); exit 3 if not running",
        description="Print one line on the running app's state, e.g. 'Sitting for 23 min · "
        "next break in 7 min'. With --json, one JSON object for waybar / polybar custom "
        "modules: text, tooltip, class (sitting, due, paused, away, off), percentage (of the "
        "sitting limit), sitting_seconds, limit_seconds, next_break. Exits 3 when no copy "
        "is running.",
    )
    status.add_argument("--json", action="store_true", help="print one JSON object")
    summary = commands.add_parser(
        "summary",
        help="print the weekly sitting summary (this week, or --week YYYY-Www)",
        description="Print the figures of the weekly summary window for one ISO week: "
        "sitting within and beyond the limit, stretches, breaks, streak, balance, and a "
        "comparison with the week before.",
    )
    summary.add_argument(
        "--week", type=week_arg, metavar="YYYY-Www", help="the ISO week, e.g. 2026-W48"
    )
    summary.add_argument("--json", action="store_true", help="print the figures as JSON")
    summary.add_argument(
        "--device", metavar="ID", help="only the records written by this device (see README)"
    )
    exporter = commands.add_parser(
        "export",
        help="export history records as CSV or JSON for spreadsheets",
        description="Write history records (one row per record, with a 'type' column) to "
        "FILE. Without --from/--to, all of it. Dates are local days, both included.",
    )
    exporter.add_argument("--format", choices=EXPORT_FORMATS, required=True)
    exporter.add_argument(
        "-o", "--output", required=True, metavar="FILE", help="the file to write ('-' for stdout)"
    )
    exporter.add_argument("--from", dest="first", type=date_arg, metavar="YYYY-MM-DD")
    exporter.add_argument("--to", dest="last", type=date_arg, metavar="YYYY-MM-DD")
    exporter.add_argument("--force", action="store_true", help="replace FILE if it exists")
    exporter.add_argument(
        "--device", metavar="ID", help="only the records written by this device (see README)"
    )
    return parser


def week_arg(text: str) -> IsoWeek:
    from deadbutt_tray.core.rules.summary import IsoWeek

    try:
        return IsoWeek.summarizable(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def date_arg(text: str) -> date:
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"{text!r} is not a date: write it like 2026-11-24"
        ) from None


def pause_arg(text: str) -> int:
    """Minutes for ``pause``; 0 stands for "until tomorrow"."""
    if text.strip().lower() == "tomorrow":
        return 0
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"{text!r} is not accepted: whole minutes from 1 to 1440, or 'tomorrow'"
        ) from None
    if not 1 <= value <= 1440:
        raise argparse.ArgumentTypeError("pause for 1 to 1440 minutes, or 'tomorrow'")
    return value


def command_message(args: argparse.Namespace) -> Command:
    """The command a start sends to the running copy (or carries out itself)."""
    if args.command == "pause":
        return Pause(minutes=args.minutes)
    if args.command == "break":
        return Break(routine=args.routine)
    simple: dict[str | None, Command] = {"resume": Resume(), "quit": Quit()}
    return simple.get(args.command, Show())


def check_routine(paths: AppPaths, choice: str) -> str | None:
    """Why ``break --routine`` can't start ``choice`` (listing the ids), or None if it can."""
    if not choice:
        return None
    from deadbutt_tray.core.content.exercise_library import load_library
    from deadbutt_tray.core.content.resources import resources_root
    from deadbutt_tray.core.content.routine_choice import UnknownRoutineError, choose_routine
    from deadbutt_tray.core.model.exercises import Level

    library, _problems = load_library(resources_root(), paths.exercises_dir, check_frames=False)
    try:
        choose_routine(library, choice, Level.WAKE_UP)
    except UnknownRoutineError as error:
        return str(error)
    return None


def run_check(paths: AppPaths, strict_locale: str | None = None) -> int:
    """``deadbutt-tray check`` (``--strict-locale LANG``: untranslated exercise texts too)."""
    problems: list[Problem] = []
    files = 0
    for settings_file in (paths.site_config_file, paths.config_file):
        if settings_file is not None and settings_file.exists():
            files += 1
            problems.extend(check_settings_file(settings_file))
    history = HistoryStore(paths.history_dir, read_only=True).months()
    files += len(history)
    problems.extend(check_history_dir(paths.history_dir))
    # The shipped library is checked too: a broken install shows up here, not mid-break.
    from deadbutt_tray.core.content.exercise_library import load_library  # only `check` needs it
    from deadbutt_tray.core.content.exercise_locale import gaps, locale_codes, read_overlay
    from deadbutt_tray.core.content.resources import resources_root
    from deadbutt_tray.core.model.languages import ENGLISH

    library, library_problems = load_library(resources_root(), paths.exercises_dir)
    files += len(library.files)
    problems.extend(library_problems)
    codes = locale_codes(resources_root(), paths.exercises_dir)
    wanted = [strict_locale] if strict_locale and strict_locale != ENGLISH else []
    for code in sorted({*codes, *wanted}):
        overlay, overlay_problems = read_overlay(
            resources_root(), paths.exercises_dir, code, library
        )
        files += len(overlay.files)
        problems.extend(overlay_problems)
        if code == strict_locale:
            problems.extend(gaps(library, overlay))
    for problem in problems:
        print(problem)
    if problems:
        print(f"{count(len(problems), 'problem')} found.", file=sys.stderr)
        return EXIT_PROBLEMS
    own = sum(1 for exercise in library.exercises.values() if exercise.user)
    print(
        f"All good: {count(files, 'file')} checked ({count(len(history), 'history month')}, "
        f"{count(len(library.exercises), 'exercise')} of which {own} your own, "
        f"{count(len(library.routines), 'routine')})."
    )
    return EXIT_OK


def count(n: int, noun: str) -> str:
    """ "1 file", "2 files": the command line's English (the windows use Qt's plurals)."""
    return f"{n} {noun}" if n == 1 else f"{n} {noun}s"


def _tell(message: str) -> None:
    print(message, file=sys.stderr)


def _reader(paths: AppPaths) -> HistoryStore:
    """A store that only reads, and says on stderr what it could not read."""
    return HistoryStore(paths.history_dir, on_problem=_tell, read_only=True)


def _device_view(store: HistoryStore, device: str | None) -> DeviceView | None:
    """The records to read: all, or one device's; None (told why) for an unknown device."""
    if device is None or device in store.devices():
        return DeviceView(store, device)
    known = ", ".join(store.devices()) or "none yet"
    _tell(f"No history files of device {device!r} in {store.history_dir} (devices: {known}).")
    return None


def _read_status(store: HistoryStore) -> int:
    """EXIT_PARTIAL when some history could not be read (already told), else EXIT_OK."""
    if not store.problems:
        return EXIT_OK
    _tell(
        f"{count(len(store.problems), 'history problem')}: the output leaves those records out "
        f"(exit status {EXIT_PARTIAL}). Nothing was changed; `{APP_NAME} check` lists them."
    )
    return EXIT_PARTIAL


def run_summary(paths: AppPaths, args: argparse.Namespace) -> int:
    """``deadbutt-tray summary``: the same figures as the window (core.summary)."""
    from deadbutt_tray.core.rules.summary import IsoWeek, format_summary, week_loader

    settings, problems = load_settings(paths.config_file, paths.site_config_file)
    for problem in problems:  # the figures depend on the sitting limit: say what was used
        _tell(f"warning: {problem}")
    settings = Overrides(sit_limit_min=args.sit_limit).apply(settings)
    store = _reader(paths)
    view = _device_view(store, args.device)
    if view is None:
        return EXIT_USAGE
    load = week_loader(view, None, settings.sit_limit_s, level=settings.level)
    week = args.week or IsoWeek.containing(date.today())
    summary = load(week)
    if args.json:
        print(json.dumps(summary.to_dict(), indent=2, ensure_ascii=False))
    else:
        print(format_summary(summary), end="")
    sys.stdout.flush()  # a closed pipe shows up here, inside main's guard
    return _read_status(store)


def run_export(paths: AppPaths, args: argparse.Namespace) -> int:
    """``deadbutt-tray export``."""
    from deadbutt_tray.core.storage import export

    if args.first is not None and args.last is not None and args.first > args.last:
        _tell(f"--from {args.first} is after --to {args.last}: nothing to export")
        return EXIT_USAGE
    store = _reader(paths)
    if not _folder_readable(paths.history_dir):
        return EXIT_PROBLEMS  # nothing can be exported; already told why
    view = _device_view(store, args.device)
    if view is None:
        return EXIT_USAGE
    records = export.records_between(view, args.first, args.last)
    text = export.export_text(records, args.format)
    if args.output == "-":
        sys.stdout.write(text)
        sys.stdout.flush()
        return _read_status(store)
    target = Path(args.output)
    try:
        export.write_export(target, text, force=args.force)
    except FileExistsError as exc:
        _tell(str(exc))
        return EXIT_PROBLEMS
    except OSError as exc:
        _tell(f"Can't write {target}: {exc.strerror or exc}")
        return EXIT_PROBLEMS
    _tell(f"Exported {count(len(records), 'record')} to {target}.")
    return _read_status(store)


def _folder_readable(folder: Path) -> bool:
    """True if the history folder can be listed (a missing one is an empty history)."""
    try:
        os.listdir(folder)
    except FileNotFoundError:
        return True
    except OSError as exc:
        _tell(f"Can't read the history folder {folder}: {exc.strerror or exc}. Nothing exported.")
        return False
    return True


READERS = ("check", "summary", "export")


def run_reader(command: str, paths: AppPaths, args: argparse.Namespace) -> int:
    """A read-only command, quiet about a reader that stops early (``… | head``)."""
    # The store tells the user through on_problem; without a handler of its own, its log
    # warnings would reach stderr a second time through logging's last resort.
    logging.getLogger(APP_NAME.replace("-", "_")).addHandler(logging.NullHandler())
    try:
        if command == "check":
            return run_check(paths, args.strict_locale)
        if command == "summary":
            return run_summary(paths, args)
        return run_export(paths, args)
    except BrokenPipeError:
        # The reader went away: stop without a traceback, and keep Python's final flush
        # of stdout from failing again at exit.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
        return EXIT_PROBLEMS


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    paths = AppPaths.resolve(args.data_dir, os.environ)
    if args.command in READERS:
        return run_reader(args.command, paths, args)
    if args.command == "break":
        why = check_routine(paths, args.routine)
        if why is not None:
            _tell(f"{APP_NAME} break: {why}")
            return EXIT_USAGE
    if args.command == "status":
        from deadbutt_tray.gui import run_status

        return run_status(paths, as_json=args.json)
    settings, problems = load_settings(paths.config_file, paths.site_config_file)
    from deadbutt_tray.gui import run_gui  # Qt loads only when a window is wanted

    return run_gui(
        paths,
        settings,
        problems,
        verbose=args.verbose,
        command=command_message(args),
        overrides=Overrides(sit_limit_min=args.sit_limit),
    )


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
