"""Open every window and dialog under one font / scale / style / screen and report text
that does not fit.

Run as a subprocess per configuration (``QT_SCALE_FACTOR`` and the screen must be set
before a ``QApplication`` exists, so one process can test only one of them)::

    python -m tests.widget.fit_driver --font 12 --scale 2 --style fusion \
        --screen 1024x600 [--language de|fr|es|pseudo] [--rtl] [--shots DIR]

``--screen`` is the *logical* size the desktop offers (what a 2048x1200 panel at 200 %
gives), so every scale is tried against the same room. Prints one JSON object: the
configuration, the windows looked at and every problem found (``tests/widget/
test_text_fits.py`` runs the matrix and fails on any).

A problem is: a visible label or button narrower or shorter than it asks for
(``minimumSizeHint``; a word-wrapped label's ``heightForWidth``), a widget cut off by
its window (outside scroll areas, which clip on purpose), a scroll area that scrolls while the
screen has room to show it all, or a window larger than the screen's available area
(with room for a title bar when it has one).
"""

from __future__ import annotations

import argparse
import functools
import json
import os
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

# Qt's GTK 3 platform theme, as on GNOME, XFCE, MATE and Cinnamon: GTK's palette, font,
# icon theme and dialog button order, drawn with Fusion (Qt 6 has no GTK style).
GTK = "gtk"
GTK_DRAWN_BY = "fusion"


def _configure_qt(scale: float, screen: tuple[int, int], folder: Path) -> None:
    """The offscreen platform with one screen of ``screen`` logical pixels at ``scale``."""
    width, height = screen
    config = {
        "windowFrameMargins": True,
        "screens": [
            {
                "name": "fit",
                "x": 0,
                "y": 0,
                "width": round(width * scale),
                "height": round(height * scale),
                "logicalDpi": 96,
                "logicalBpi": 96,
                "dpr": 1,
            }
        ],
    }
    path = folder / "screen.json"
    path.write_text(json.dumps(config))
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={path}"
    os.environ["QT_SCALE_FACTOR"] = f"{scale:g}"
    os.environ.pop("QT_SCREEN_SCALE_FACTORS", None)
    os.environ.pop("QT_AUTO_SCREEN_SCALE_FACTOR", None)


# Everything below runs after _configure_qt (Qt is imported inside main()).

TOLERANCE_PX = 1  # fractional scales round sizes to whole pixels


def _problems(window: object) -> list[str]:
    from PySide6.QtCore import QRect, Qt
    from PySide6.QtWidgets import QAbstractButton, QAbstractScrollArea, QLabel, QWidget

    from deadbutt_tray.ui.widgets import BORDERS_PX, TITLE_BAR_PX, TextScrollArea

    assert isinstance(window, QWidget)
    found: list[str] = []
    screen = window.screen()
    area = screen.availableGeometry()
    frame = window.frameGeometry()
    framed = not window.windowFlags() & Qt.WindowType.FramelessWindowHint
    # A title bar and borders: at least TITLE_BAR_PX, the real frame if taller.
    title = max(TITLE_BAR_PX, frame.height() - window.height()) if framed else 0
    borders = max(BORDERS_PX, frame.width() - window.width()) if framed else 0
    if window.width() + borders > area.width() or window.height() + title > area.height():
        found.append(
            f"window {window.width()}x{window.height()} (+{borders}x{title} frame) larger "
            f"than the screen's {area.width()}x{area.height()}"
        )
    elif not area.contains(frame):
        found.append(f"window at {_rect(frame)} is partly off the screen {_rect(area)}")

    # Long text may scroll, but not while the screen still has room for the window to
    # show it all.
    for area_widget in window.findChildren(TextScrollArea):
        bar = area_widget.verticalScrollBar()
        if area_widget.isVisible() and bar.maximum() > 0:
            taller = window.height() + bar.maximum() + title
            if taller + TOLERANCE_PX < area.height():
                found.append(
                    f"{_describe(area_widget)} scrolls {bar.maximum()} px though the screen "
                    f"has room for the window to show it all"
                )

    def in_scroll_area(widget: QWidget) -> bool:
        parent = widget.parentWidget()
        while parent is not None and parent is not window:
            if isinstance(parent.parentWidget(), QAbstractScrollArea):
                return True
            parent = parent.parentWidget()
        return False

    for widget in window.findChildren(QWidget):
        if not widget.isVisible() or not isinstance(widget, QLabel | QAbstractButton):
            continue
        what = _describe(widget)
        size, wants = widget.size(), widget.minimumSizeHint()
        if isinstance(widget, QLabel) and widget.wordWrap() and widget.hasHeightForWidth():
            need_height = widget.heightForWidth(size.width())
        else:
            need_height = wants.height()
        if size.width() + TOLERANCE_PX < wants.width():
            found.append(f"{what} is {size.width()} px wide, needs {wants.width()}")
        if size.height() + TOLERANCE_PX < need_height:
            found.append(f"{what} is {size.height()} px tall, needs {need_height}")
        if not in_scroll_area(widget):
            shown = widget.visibleRegion().boundingRect()
            whole = QRect(0, 0, size.width(), size.height())
            if shown.width() + TOLERANCE_PX < whole.width() or (
                shown.height() + TOLERANCE_PX < whole.height()
            ):
                found.append(f"{what} is cut off by its window ({_rect(shown)} of {_rect(whole)})")
    return found


def _rect(rect: object) -> str:
    from PySide6.QtCore import QRect

    assert isinstance(rect, QRect)
    return f"{rect.width()}x{rect.height()}+{rect.x()}+{rect.y()}"


def _describe(widget: object) -> str:
    from PySide6.QtWidgets import QAbstractButton, QLabel

    name = type(widget).__name__
    text = ""
    if isinstance(widget, QLabel | QAbstractButton):
        text = widget.text()
    if isinstance(widget, QLabel) and not text and widget.pixmap() is not None:
        text = "<picture>"
    object_name = widget.objectName() if hasattr(widget, "objectName") else ""
    short = " ".join(text.split())
    short = short if len(short) <= 40 else short[:37] + "…"
    return f"{name}{'#' + object_name if object_name else ''} {short!r}"


# -- the windows, each in the states worth looking at ----------------------------------------

Scenario = Callable[[Path], Iterator[tuple[str, object]]]
LANGUAGE = ["en"]  # set by main(): the windows' language, and the exercises'
NOW = datetime(2026, 11, 26, 16, 30, tzinfo=ZoneInfo("Europe/Berlin"))


def _status() -> object:
    from tests.fakes import SITTING_STATUS

    return SITTING_STATUS


def welcome(folder: Path) -> Iterator[tuple[str, object]]:
    from deadbutt_tray.ui.welcome import WelcomeDialog

    dialog = WelcomeDialog(30, folder / "a rather long folder name" / "deadbutt-tray")
    dialog.show()
    yield "welcome", dialog


def prompt(folder: Path) -> Iterator[tuple[str, object]]:
    from deadbutt_tray.ui.prompt import PromptWindow

    window = PromptWindow()
    window.show_prompt(47 * 60, 10, True, 2)
    yield "prompt", window
    window.show_prompt(125 * 60, 10, False, 0, snoozes_in_row=3)
    yield "prompt-no-snooze", window


def status_window(folder: Path) -> Iterator[tuple[str, object]]:
    from deadbutt_tray.ui.status_window import StatusWindow, no_tray_hint
    from deadbutt_tray.ui.text import idle_off_words, tr

    window = StatusWindow(
        show_break_action=True, show_summary_action=True, show_balance_action=True
    )
    window.show_status(_status())  # type: ignore[arg-type]
    window.show_tray_hint(no_tray_hint({"XDG_CURRENT_DESKTOP": "GNOME"}))
    window.show()
    yield "status-hint", window
    # The app's own words, in the run's language (said as Shell.notify says them).
    window.show_notice(
        "deadbutt-tray",
        idle_off_words(by_choice=False).say(tr),
        key="problem: idle",
        problem=True,  # with its Dismiss button
    )
    window.show_notice(
        tr("Break coming up"), tr("A short glute break is due soon."), 60, key="nudge"
    )
    yield "status-hint-notice", window


def summary(folder: Path) -> Iterator[tuple[str, object]]:
    from deadbutt_tray.core.rules.summary import IsoWeek, week_loader
    from deadbutt_tray.core.storage.history import HistoryStore
    from deadbutt_tray.ui.summary_window import SummaryWindow
    from tests.by_path import ROOT, load_module

    module = load_module(ROOT / "benchmarks" / "make_history.py", "make_history")
    data = folder / "summary"
    module.generate(data, 3 / 52, NOW, seed=7)
    loader = week_loader(
        HistoryStore(data / "history"), NOW.tzinfo, 1800.0, level=2, now=lambda: NOW
    )
    window = SummaryWindow(loader, lambda: NOW.date())
    window.show()
    yield "summary", window
    window.show_week(IsoWeek.containing(NOW.date()).shifted(-10))
    yield "summary-empty", window


def break_dialog(folder: Path) -> Iterator[tuple[str, object]]:
    from deadbutt_tray.core.content.resources import resource_path
    from deadbutt_tray.ui.break_dialog import BreakDialog

    library = _library(resource_path())
    routine = sorted(library.routines)[0]
    exercises = library.routine_exercises(routine)
    clock = [1000.0]
    dialog = BreakDialog(
        library.routines[routine].name, exercises, routine_id=routine, clock=lambda: clock[0]
    )
    dialog.show()
    yield "break", dialog
    dialog.go_next()
    clock[0] += 3
    dialog.tick()
    yield "break-exercise", dialog
    dialog.finish_now()
    yield "break-finished", dialog


def _update_translations() -> object:
    from tests.by_path import ROOT, load_module

    return load_module(ROOT / "scripts" / "update_translations.py", "update_translations")


@functools.cache
def _library(resources: Path) -> object:
    """The exercise library in the run's language (the pseudo-locale rewords it all), read
    once for the scenarios that show it (the guided break, Settings)."""
    from deadbutt_tray.core.content.exercise_locale import (
        EXERCISE_FIELDS,
        ROUTINE_FIELDS,
        Overlay,
        load_localized,
        localized,
    )

    if LANGUAGE[0] != "pseudo":
        return load_localized(resources, None, LANGUAGE[0])[0]
    english, _problems_found = load_localized(resources, None, "en")
    pseudo = _update_translations().pseudo  # type: ignore[attr-defined]

    def words(item: object, fields: dict[str, type]) -> dict[str, object]:
        return {
            name: pseudo(value) if isinstance(value, str) else tuple(map(pseudo, value))
            for name in fields
            for value in [getattr(item, name)]
        }

    overlay = Overlay(
        "pseudo",
        {i: words(e, EXERCISE_FIELDS) for i, e in english.exercises.items()},  # type: ignore[arg-type]
        {i: words(r, ROUTINE_FIELDS) for i, r in english.routines.items()},  # type: ignore[arg-type]
    )
    return localized(english, overlay)


def _use_language(app: object, language: str, folder: Path) -> None:
    from PySide6.QtCore import QTranslator

    from deadbutt_tray.ui.language import Translations

    LANGUAGE[0] = language
    if language == "pseudo":
        translator = QTranslator(app)  # type: ignore[arg-type]
        qm = _update_translations().pseudo_qm(folder / "pseudo")  # type: ignore[attr-defined]
        assert translator.load(str(qm)), qm
        app.installTranslator(translator)  # type: ignore[attr-defined]
    elif language != "en":
        Translations(app).use(language)  # type: ignore[arg-type]


def balance(folder: Path) -> Iterator[tuple[str, object]]:
    from deadbutt_tray.core.model.records import BalanceTestRecord
    from deadbutt_tray.ui.balance_dialog import BalanceTestDialog

    now = datetime(2026, 11, 25, 12, 0, tzinfo=UTC)
    history = [
        BalanceTestRecord(now - timedelta(days=28), 12.0, 6.5),
        BalanceTestRecord(now - timedelta(days=14), 18.0, 9.0),
    ]
    clock = [1000.0]
    dialog = BalanceTestDialog(
        history=history, age_range="40-49", clock=lambda: clock[0], now=lambda: now
    )
    dialog.show()
    yield "balance-intro", dialog
    dialog.advance()
    dialog.start_stop()
    clock[0] += 17.5
    dialog.tick()
    yield "balance-timing", dialog
    seen = {"trial"}
    for _step in range(60):  # every try of every leg, and what comes between
        if dialog.page == "result":
            break
        if dialog.page not in seen:
            seen.add(dialog.page)
            yield f"balance-{dialog.page}", dialog
        if dialog.page == "trial":
            trial = dialog.trial
            if trial is not None and trial.timing:
                clock[0] += 20
                dialog.tick()
            dialog.start_stop()
        else:
            dialog.advance()
    yield f"balance-{dialog.page}", dialog


def settings(folder: Path) -> Iterator[tuple[str, object]]:
    from deadbutt_tray.core.content.resources import resource_path
    from deadbutt_tray.core.model.settings import Settings
    from deadbutt_tray.ui.settings_dialog import SettingsDialog
    from tests.fakes import FakeAutostart

    library = _library(resource_path())
    dialog = SettingsDialog(
        Settings(excluded_exercises=("single-leg-bridge-march",)),
        # As the app does: a left-out exercise is listed by its name in the language.
        exercise_names={e.id: e.name for e in library.exercises.values()},  # type: ignore[attr-defined]
        idle_in_use="x11 (XScreenSaver)",
        idle_notes=["org.gnome.Mutter.IdleMonitor: not on the session bus"],
        autostart=FakeAutostart(description="~/.config/autostart/deadbutt-tray.desktop"),
    )
    dialog.show()
    yield "settings", dialog


def about(folder: Path) -> Iterator[tuple[str, object]]:
    from deadbutt_tray.core.storage.paths import AppPaths
    from deadbutt_tray.ui.about import AboutDialog

    paths = AppPaths.under(folder / "data")
    dialog = AboutDialog(paths, open_url=lambda _url: True)
    dialog.show()
    yield "about", dialog


def pain(folder: Path) -> Iterator[tuple[str, object]]:
    from deadbutt_tray.ui.pain_dialog import PainDialog

    dialog = PainDialog("Single-leg Romanian deadlift")
    dialog.show()
    yield "pain", dialog


SCENARIOS: dict[str, Scenario] = {
    "welcome": welcome,
    "prompt": prompt,
    "status": status_window,
    "summary": summary,
    "break": break_dialog,
    "balance": balance,
    "settings": settings,
    "about": about,
    "pain": pain,
}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--font", type=float, required=True, help="point size")
    parser.add_argument("--scale", type=float, required=True, help="QT_SCALE_FACTOR")
    parser.add_argument(
        "--style",
        required=True,
        help="a QStyleFactory key (fusion, windows), or gtk: Qt's GTK 3 platform theme "
        "(GTK's palette, font and button order; Qt draws it with Fusion; needs DISPLAY)",
    )
    parser.add_argument("--screen", required=True, help="logical WIDTHxHEIGHT")
    parser.add_argument("--shots", type=Path, help="save a PNG of each window here")
    parser.add_argument("--only", nargs="*", choices=sorted(SCENARIOS), help="these windows")
    parser.add_argument(
        "--language", default="en", help="en, de, fr, es, or pseudo (40 %% longer, accented)"
    )
    parser.add_argument("--rtl", action="store_true", help="right-to-left layout")
    args = parser.parse_args(argv)
    width, height = (int(part) for part in args.screen.lower().split("x"))
    started = time.monotonic()
    with tempfile.TemporaryDirectory(prefix="fit-") as temp:
        folder = Path(temp)
        _configure_qt(args.scale, (width, height), folder)
        os.environ["DEADBUTT_TRAY_HOME"] = str(folder / "home")

        if args.style == GTK:
            if not os.environ.get("DISPLAY"):
                parser.error("the gtk style reads GTK's settings from an X display: set DISPLAY")
            os.environ["QT_QPA_PLATFORMTHEME"] = "gtk3"

        from PySide6.QtGui import QFont
        from PySide6.QtWidgets import QApplication, QStyleFactory, QWidget

        app = QApplication(["fit_driver"])
        style = QStyleFactory.create(GTK_DRAWN_BY if args.style == GTK else args.style)
        if style is None:
            parser.error(f"no style {args.style!r} here: {QStyleFactory.keys()}")
        if args.style == GTK and app.palette() == style.standardPalette():
            parser.error("Qt's GTK 3 platform theme did not load (is libgtk-3-0 installed?)")
        app.setStyle(style)
        font = QFont(app.font())
        font.setPointSizeF(args.font)
        app.setFont(font)
        _use_language(app, args.language, folder)
        if args.rtl:
            from PySide6.QtCore import Qt

            app.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
        tag = f"{args.font:g}pt-x{args.scale:g}-{args.style}-{width}x{height}"
        if args.language != "en" or args.rtl:
            tag += f"-{args.language}{'-rtl' if args.rtl else ''}"
        windows: list[str] = []
        problems: list[dict[str, str]] = []
        for name in args.only or SCENARIOS:
            for state, window in SCENARIOS[name](folder):
                assert isinstance(window, QWidget)
                for _round in range(3):  # posted layout requests, then the resizes they cause
                    QApplication.sendPostedEvents()
                    app.processEvents()
                windows.append(state)
                problems.extend({"window": state, "problem": text} for text in _problems(window))
                if args.shots is not None:
                    args.shots.mkdir(parents=True, exist_ok=True)
                    window.grab().save(str(args.shots / f"{tag}-{state}.png"))
            for widget in QApplication.topLevelWidgets():
                widget.close()
                widget.deleteLater()
            QApplication.sendPostedEvents()
    report = {
        "config": tag,
        "windows": windows,
        "problems": problems,
        "seconds": round(time.monotonic() - started, 2),
    }
    print(json.dumps(report))
    return 0


if __name__ == "__main__":
    sys.exit(main())
