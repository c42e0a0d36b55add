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
from deadbutt_tray.cli_words import number_text, tr, use_language
from deadbutt_tray.commands import Break, Command, Pause, Quit, Resume, Show
from deadbutt_tray.core.model.settings import OVERRIDE_MAX_SIT_LIMIT_MIN, Overrides
from deadbutt_tray.core.problems import Problem
from deadbutt_tray.core.storage.history import DeviceView, HistoryStore, check_history_dir
from deadbutt_tray.core.storage.paths import HOME_ENV, AppPaths
from deadbutt_tray.core.storage.settings_file import check_settings_file, load_settings
from deadbutt_tray.core.translatable import Text, say

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
    except ValueError:
        raise argparse.ArgumentTypeError(
            tr(
                "--sit-limit must be a number of minutes more than 0 and at most {0} "
                "(fractions allowed, e.g. {1}), not {2}"
            ).format(number_text(OVERRIDE_MAX_SIT_LIMIT_MIN), number_text(0.5), repr(text))
        ) from None


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog=APP_NAME,
        description=tr(
            "A tray app that tracks continuous sitting and prompts short hip-extension and "
            "glute-activation breaks. Run without a command to start it."
        ),
        epilog=tr("Files live in the platform's folders, or all under --data-dir / ${0}.").format(
            HOME_ENV
        )
        + f"\n\n{EXIT_CODES}",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"{APP_NAME} {__version__}")
    parser.add_argument(
        "--data-dir",
        metavar="DIR",
        help=tr("keep settings, history, exercises and logs under DIR (or set ${0})").format(
            HOME_ENV
        ),
    )
    parser.add_argument(
        "--sit-limit",
        metavar="MINUTES",
        type=minutes_arg,
        help=tr("sitting limit for this run only; fractions allowed (e.g. 0.1 to watch a cycle)"),
    )
    parser.add_argument("-v", "--verbose", action="store_true", help=tr("also log to stderr"))
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    check = commands.add_parser(
        "check",
        help=tr("validate settings, history and exercise files; exit 1 if anything is wrong"),
        description=tr(
            "Validate the settings file, every history file, the exercise library, "
            "its translations and your own exercises. Prints each problem with file, key and "
            "what is accepted; exits 1 if there are any, 0 otherwise."
        ),
    )
    check.add_argument(
        "--strict-locale",
        metavar="LANG",
        help=tr("also list every exercise text not yet translated into LANG (e.g. de)"),
    )
    commands.add_parser("run", help=tr("start the tray app (the default)"))
    breaker = commands.add_parser(
        "break",
        help=tr("start a guided break in the running app (starting the app if needed)"),
        description=tr(
            "Start a guided break. Without --routine, the desk micro-break of "
            "your level; 'home' is the home routine of your level; or a routine id such as "
            "home-2 or pre-run."
        ),
    )
    breaker.add_argument(
        "--routine",
        metavar="ID",
        default="",
        help=tr("desk-micro (the default), home, pre-run, or a routine id such as home-2"),
    )
    pause = commands.add_parser(
        "pause", help=tr("hold reminders for MINUTES, or until tomorrow (sitting keeps counting)")
    )
    pause.add_argument("minutes", type=pause_arg, metavar="MINUTES|tomorrow")
    commands.add_parser("resume", help=tr("end a pause"))
    commands.add_parser("quit", help=tr("quit the running app (it saves the sitting span)"))
    status = commands.add_parser(
        "status",
        help=tr(
            "print the running app's live state (for panels and scripts); exit 3 if not running"
        ),
        description=tr(
            "Print one line on the running app's state, e.g. 'Sitting for 23 min · "
            "next break in 7 min'. With --json, one JSON object for waybar / polybar custom "
            "modules: text, tooltip, class (sitting, due, paused, away, off), percentage (of "
            "the sitting limit), sitting_seconds, limit_seconds, next_break. Exits 3 when no "
            "copy is running."
        ),
    )
    status.add_argument("--json", action="store_true", help=tr("print one JSON object"))
    summary = commands.add_parser(
        "summary",
        help=tr("print the weekly sitting summary (this week, or --week YYYY-Www)"),
        description=tr(
            "Print the figures of the weekly summary window for one ISO week: "
            "sitting within and beyond the limit, stretches, breaks, streak, balance, and a "
            "comparison with the week before."
        ),
    )
    summary.add_argument(
        "--week", type=week_arg, metavar="YYYY-Www", help=tr("the ISO week, e.g. 2026-W48")
    )
    summary.add_argument("--json", action="store_true", help=tr("print the figures as JSON"))
    summary.add_argument(
        "--device", metavar="ID", help="only the records written by this device (see README)"
    )
    exporter = commands.add_parser(
        "export",
        help=tr("export history records as CSV or JSON for spreadsheets"),
        description=tr(
            "Write history records (one row per record, with a 'type' column) to "
            "FILE. Without --from/--to, all of it. Dates are local days, both included."
        ),
    )
    exporter.add_argument("--format", choices=EXPORT_FORMATS, required=True)
    exporter.add_argument(
        "-o",
        "--output",
        required=True,
        metavar="FILE",
        help=tr("the file to write ('-' for stdout)"),
    )
    exporter.add_argument("--from", dest="first", type=date_arg, metavar="YYYY-MM-DD")
    exporter.add_argument("--to", dest="last", type=date_arg, metavar="YYYY-MM-DD")
    exporter.add_argument("--force", action="store_true", help=tr("replace FILE if it exists"))
    exporter.add_argument(
        "--device", metavar="ID", help="only the records written by this device (see README)"
    )
    return parser


def week_arg(text: str) -> IsoWeek:
    from deadbutt_tray.core.rules.summary import IsoWeek

    try:
        return IsoWeek.summarizable(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(say(getattr(exc, "words", exc), tr)) from None


def date_arg(text: str) -> date:
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(
            tr("{0} is not a date: write it like 2026-11-24").format(repr(text))
        ) from None


def pause_arg(text: str) -> int:
    """Minutes for ``pause``; 0 stands for "until tomorrow"."""
    if text.strip().lower() == "tomorrow":
        return 0
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            tr("{0} is not accepted: whole minutes from 1 to 1440, or 'tomorrow'").format(
                repr(text)
            )
        ) from None
    if not 1 <= value <= 1440:
        raise argparse.ArgumentTypeError(tr("pause for 1 to 1440 minutes, or 'tomorrow'"))
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
        shown = error.choice if len(error.choice) <= 40 else error.choice[:37] + "..."
        return tr("unknown routine {0}; known are: {1}").format(repr(shown), ", ".join(error.known))
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
        print(problem.say(tr))
    if problems:
        print(tr("%n problem(s) found.", "", len(problems)), file=sys.stderr)
        return EXIT_PROBLEMS
    own = sum(1 for exercise in library.exercises.values() if exercise.user)
    print(
        tr("All good: {0} checked ({1}, {2} of which {3} your own, {4}).").format(
            tr("%n file(s)", "", files),
            tr("%n history month(s)", "", len(history)),
            tr("%n exercise(s)", "", len(library.exercises)),
            own,
            tr("%n routine(s)", "", len(library.routines)),
        )
    )
    return EXIT_OK


def count(n: int, noun: str) -> str:
    """ "1 file", "2 files": the command line's English (the windows use Qt's plurals)."""
    return f"{n} {noun}" if n == 1 else f"{n} {noun}s"


def _tell(message: Text) -> None:
    print(say(message, tr), file=sys.stderr)


def _reader(paths: AppPaths) -> HistoryStore:
    """A store that only reads, and says on stderr what it could not read."""
    return HistoryStore(paths.history_dir, on_problem=_tell, read_only=True)


def _device_view(store: HistoryStore, device: str | None) -> DeviceView | None:
    """The records to read: all, or one device's; None (told why) for an unknown device."""
    if device is None or device in store.devices():
        return DeviceView(store, device)
    known = ", ".join(store.devices()) or tr("none yet")
    _tell(
        tr("No history files of device {0} in {1} (devices: {2}).").format(
            repr(device), store.history_dir, known
        )
    )
    return None


def _read_status(store: HistoryStore) -> int:
    """EXIT_PARTIAL when some history could not be read (already told), else EXIT_OK."""
    if not store.problems:
        return EXIT_OK
    _tell(
        tr(
            "%n history problem(s): the output leaves those records out (exit status {0}). "
            "Nothing was changed; `{1} check` lists them.",
            "",
            len(store.problems),
        ).format(EXIT_PARTIAL, APP_NAME)
    )
    return EXIT_PARTIAL


def run_summary(paths: AppPaths, args: argparse.Namespace) -> int:
    """``deadbutt-tray summary``: the same figures as the window (core.summary)."""
    from deadbutt_tray.core.rules.summary import IsoWeek, format_summary, week_loader

    settings, problems = load_settings(paths.config_file, paths.site_config_file)
    for problem in problems:  # the figures depend on the sitting limit: say what was used
        _tell(tr("warning: {0}").format(problem.say(tr)))
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
        print(format_summary(summary, tr), end="")
    sys.stdout.flush()  # a closed pipe shows up here, inside main's guard
    return _read_status(store)


def run_export(paths: AppPaths, args: argparse.Namespace) -> int:
    """``deadbutt-tray export``."""
    from deadbutt_tray.core.storage import export

    if args.first is not None and args.last is not None and args.first > args.last:
        _tell(tr("--from {0} is after --to {1}: nothing to export").format(args.first, args.last))
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
    except FileExistsError:
        _tell(tr("{0} already exists; add --force to replace it").format(target))
        return EXIT_PROBLEMS
    except OSError as exc:
        _tell(tr("Can't write {0}: {1}").format(target, exc.strerror or exc))
        return EXIT_PROBLEMS
    _tell(tr("Exported %n record(s) to {0}.", "", len(records)).format(target))
    return _read_status(store)


def _folder_readable(folder: Path) -> bool:
    """True if the history folder can be listed (a missing one is an empty history)."""
    try:
        os.listdir(folder)
    except FileNotFoundError:
        return True
    except OSError as exc:
        _tell(
            tr("Can't read the history folder {0}: {1}. Nothing exported.").format(
                folder, exc.strerror or exc
            )
        )
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


def _speak(argv: Sequence[str] | None) -> None:
    """Use the language of the settings (or the environment) for everything said below,
    --help included: so --data-dir is looked at before the real parsing."""
    early = argparse.ArgumentParser(add_help=False)
    early.add_argument("--data-dir")
    known, _rest = early.parse_known_args(argv)
    try:
        paths = AppPaths.resolve(known.data_dir, os.environ)
        settings, _problems = load_settings(paths.config_file, paths.site_config_file)
        setting = settings.language
    except (OSError, ValueError):  # reported by the real run; words are not worth failing
        setting = "system"
    use_language(setting, os.environ)


def main(argv: Sequence[str] | None = None) -> int:
    _speak(argv)
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
