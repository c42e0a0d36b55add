"""The ``deadbutt-tray`` command: starts the tray app, or runs a subcommand.

Subcommands that only read files (``check``) never load Qt, so they work over SSH and
in scripts.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
from collections.abc import Sequence

from deadbutt_tray import APP_NAME, __version__
from deadbutt_tray.core.exercise_library import load_library
from deadbutt_tray.core.history import HistoryStore, check_history_dir
from deadbutt_tray.core.paths import HOME_ENV, AppPaths
from deadbutt_tray.core.problems import Problem
from deadbutt_tray.core.resources import resources_root
from deadbutt_tray.core.settings_file import check_settings_file, load_settings

log = logging.getLogger(__name__)

EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE = 0, 1, 2


def minutes_arg(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a number of minutes") from None
    if not 0 < value <= 120:
        raise argparse.ArgumentTypeError("the sitting limit must be more than 0 and at most 120")
    return value


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog=APP_NAME,
        description=(
            "A tray app that tracks continuous sitting and prompts short hip-extension and "
            "glute-activation breaks. Run without a command to start it."
        ),
        epilog=f"Files live in the platform's folders, or all under --data-dir / ${HOME_ENV}.",
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
    commands.add_parser(
        "check",
        help="validate settings, history and exercise files; exit 1 if anything is wrong",
        description="Validate the settings file, every history file, the exercise library "
        "and your own exercises. Prints each problem with file, key and what is accepted; "
        "exits 1 if there are any, 0 otherwise.",
    )
    commands.add_parser("run", help="start the tray app (the default)")
    commands.add_parser(
        "break", help="start a guided break in the running app (starting the app if needed)"
    )
    pause = commands.add_parser(
        "pause", help="hold reminders for MINUTES, or until tomorrow (sitting keeps counting)"
    )
    pause.add_argument("minutes", type=pause_arg, metavar="MINUTES|tomorrow")
    commands.add_parser("resume", help="end a pause")
    commands.add_parser("quit", help="quit the running app (it saves the sitting span)")
    return parser


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


def command_message(args: argparse.Namespace) -> dict[str, object]:
    """The message a start sends to the running copy (or carries out itself)."""
    if args.command == "pause":
        return {"cmd": "pause", "minutes": args.minutes}
    if args.command in ("break", "resume", "quit"):
        return {"cmd": args.command}
    return {"cmd": "show"}


def run_check(paths: AppPaths) -> int:
    """``deadbutt-tray check``."""
    problems: list[Problem] = []
    files = 0
    for settings_file in (paths.site_config_file, paths.config_file):
        if settings_file is not None and settings_file.exists():
            files += 1
            problems.extend(check_settings_file(settings_file))
    history = HistoryStore(paths.history_dir).months()
    files += len(history)
    problems.extend(check_history_dir(paths.history_dir))
    # The shipped library is checked too: a broken install shows up here, not mid-break.
    library, library_problems = load_library(resources_root(), paths.exercises_dir)
    files += len(library.files)
    problems.extend(library_problems)
    for problem in problems:
        print(problem)
    if problems:
        print(f"{len(problems)} problem(s) found.", file=sys.stderr)
        return EXIT_PROBLEMS
    own = sum(1 for exercise in library.exercises.values() if exercise.user)
    print(
        f"All good: {files} file(s) checked ({len(history)} history month(s), "
        f"{len(library.exercises)} exercises of which {own} your own, "
        f"{len(library.routines)} routines)."
    )
    return EXIT_OK


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    paths = AppPaths.resolve(args.data_dir, os.environ)
    if args.command == "check":
        return run_check(paths)
    settings, problems = load_settings(paths.config_file, paths.site_config_file)
    from deadbutt_tray.gui import run_gui  # Qt loads only when a window is wanted

    # Start at login must start this same copy: keep --data-dir / DEADBUTT_TRAY_HOME.
    portable = paths.site_config_file is None
    return run_gui(
        paths,
        settings,
        problems,
        verbose=args.verbose,
        command=command_message(args),
        sit_limit_override=args.sit_limit,
        exec_args=["--data-dir", str(paths.config_file.parent)] if portable else [],
    )


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
