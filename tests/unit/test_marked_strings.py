"""Every string the UI shows goes through tr(): a scan of the sources for plain literals.

lupdate only extracts what is marked, so an unmarked literal handed to a widget would stay
English in every language. The scan looks at the calls that put words on screen (widget
constructors, ``setText``, ``setToolTip``, the ``ui/widgets.py`` helpers, ...) and fails on
an argument that is a string literal with words in it; a literal wrapped in ``tr(...)`` or
built from translated parts passes. ``ALLOWED`` lists the few literals that are not words.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[2] / "deadbutt_tray"
# Where windows, menus and notifications are made (the CLI is checked by its own tests).
UI_SOURCES = sorted([*(PACKAGE / "ui").glob("*.py"), PACKAGE / "app.py", PACKAGE / "gui.py"])

# Methods whose string arguments people read.
SHOWN_BY_METHOD = {
    "setText",
    "setWindowTitle",
    "setToolTip",
    "setStatusTip",
    "setWhatsThis",
    "setPlaceholderText",
    "setAccessibleName",
    "setAccessibleDescription",
    "setTitle",
    "setSuffix",
    "setPrefix",
    "setSpecialValueText",
    "setInformativeText",
    "setDetailedText",
    "addItem",
    "addItems",
    "addAction",
    "addMenu",
    "addTab",
    "addRow",
    "showMessage",
    "say",
    "notify",
    "information",
    "warning",
    "critical",
    "question",
    "setHtml",
    "setMarkdown",
}
# Constructors and the shared helpers of ui/widgets.py whose string arguments are shown.
SHOWN_BY_CALL = {
    "QLabel",
    "QPushButton",
    "QToolButton",
    "QCheckBox",
    "QRadioButton",
    "QGroupBox",
    "QAction",
    "QMenu",
    "QMessageBox",
    "heading",
    "paragraph",
    "muted_text",
    "push_button",
}
SHOWN_KEYWORDS = {"text", "title", "tip", "toolTip", "label"}  # not key=, objectName=, ...
LOGGERS = {"log", "logger", "logging"}  # log.warning(...) is for the log file, in English
# Literals that are not words in any language.
ALLOWED = {"deadbutt-tray"}
_WORDS = re.compile(r"[A-Za-z]{2,}")
_TAGS = re.compile(r"<[^>]*>|&\w+;")


def _has_words(text: str) -> bool:
    return bool(_WORDS.search(_TAGS.sub("", text))) and text not in ALLOWED


def _unmarked(node: ast.expr) -> str | None:
    """The offending literal text of an argument, if it shows untranslated words."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value if _has_words(node.value) else None
    if isinstance(node, ast.JoinedStr):
        literal = "".join(
            part.value
            for part in node.values
            if isinstance(part, ast.Constant) and isinstance(part.value, str)
        )
        return literal if _has_words(literal) else None
    if isinstance(node, ast.BinOp):  # "a" + tr("b")
        return _unmarked(node.left) or _unmarked(node.right)
    if isinstance(node, ast.IfExp):
        return _unmarked(node.body) or _unmarked(node.orelse)
    return None


def _name(func: ast.expr) -> str:
    if isinstance(func, ast.Attribute):
        return func.attr
    if isinstance(func, ast.Name):
        return func.id
    return ""


def unmarked_literals(path: Path) -> list[str]:
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if not isinstance(node, ast.Call):
            continue
        name = _name(node.func)
        shown = name in SHOWN_BY_CALL or (
            isinstance(node.func, ast.Attribute)
            and name in SHOWN_BY_METHOD
            and _name(node.func.value) not in LOGGERS
        )
        if not shown:
            continue
        for arg in [*node.args, *(k.value for k in node.keywords if k.arg in SHOWN_KEYWORDS)]:
            text = _unmarked(arg)
            if text is not None:
                found.append(f"{path.name}:{node.lineno}: {name}({text!r})")
    return found


@pytest.mark.parametrize("path", UI_SOURCES, ids=lambda p: p.name)
def test_no_unmarked_literal_is_shown(path: Path) -> None:
    assert unmarked_literals(path) == [], "wrap these in tr(...) (ui/text.py)"


def test_the_scan_catches_an_unmarked_label(tmp_path: Path) -> None:
    sample = tmp_path / "sample.py"
    sample.write_text(
        "label = QLabel('Take a break')\n"
        "label.setToolTip(f'{n} minutes left')\n"
        "ok = QLabel(tr('Take a break'))\n"
        "ok.setText('<b>' + tr('x') + '</b>')\n"
        "ok.setText('·')\n",
        encoding="utf-8",
    )
    assert unmarked_literals(sample) == [
        "sample.py:1: QLabel('Take a break')",
        "sample.py:2: setToolTip(' minutes left')",
    ]


def test_translate_calls_are_visible_to_lupdate() -> None:
    """lupdate reads only literal texts: ``QCoreApplication.translate(ctx, variable)`` is
    invisible to it (ui/text.py's ``tr`` is the one allowed, it is how tr() works)."""
    hidden = []
    for path in sorted(PACKAGE.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.FunctionDef) and node.name == "tr":
                node.body = []  # ui/text.py's tr itself passes its argument on
        for node in ast.walk(tree):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Attribute)
                and node.func.attr == "translate"
                and _name(node.func.value).endswith("Application")
            ):
                args = node.args[:2]
                if len(args) == 2 and not all(
                    isinstance(a, ast.Constant) and isinstance(a.value, str) for a in args
                ):
                    hidden.append(f"{path.relative_to(PACKAGE)}:{node.lineno}")
    assert hidden == []
