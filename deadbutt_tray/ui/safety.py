"""The safety note, written once and shown wherever it is needed.

The welcome, the About dialog and the exercise dialog's "This hurts" all show the same
words from here, so a correction reaches every place at once. Strings are translatable
plain text; the markup is added around them (escaped), so a translation can't break it.
"""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from deadbutt_tray.ui.text import tr
from deadbutt_tray.ui.widgets import start_edge

# The warning amber of the tray icon: the box reads as "take note", not as an error.
_TINT = "227, 160, 8"


def safety_title() -> str:
    """The heading above the safety note."""
    return tr("Safety first")


def safety_points() -> tuple[str, ...]:
    """The note as plain sentences: the first frames it, the rest are what to do."""
    return (
        tr("deadbutt-tray offers general exercise suggestions. It is not medical advice "
           "and cannot diagnose anything."),
        tr("Feeling your muscles work, and a mild stretch, is expected."),
        tr("Stop if you feel sharp pain, pain that builds as you go, numbness, tingling or "
           "pain in a joint, and see a physical therapist before you do that exercise again."),
        tr("Stop at once and get medical help if you feel dizzy or faint, have chest pain, "
           "or are unusually short of breath."),
        tr("Sore muscles the next day are normal. Pain or swelling that is worse the next "
           "day means ease off, or see a physical therapist if it does not settle."),
        tr("If you have a recent injury or surgery, are pregnant, or have a health "
           "condition, check with a health professional before you start."),
        tr("Pregnant: later in pregnancy avoid long spells lying flat on your back. With "
           "pelvic girdle pain, leave out split stances, side steps and standing on one leg."),
        tr("For exercises on one leg, keep a hand on your desk or another stable support, "
           "and wear shoes or go barefoot on a floor that does not slip: not socks on a "
           "smooth floor."),
    )  # fmt: skip


def safety_short() -> str:
    """One line for tight spaces (a notification, a tooltip)."""
    return tr(
        "Effort and a mild stretch are fine. Sharp or building pain, numbness, tingling or "
        "joint pain: stop, and see a physical therapist. Dizziness, chest pain or unusual "
        "breathlessness: stop and get medical help."
    )


def safety_html(*, title: bool = True) -> str:
    """The full note as Qt rich text: optional heading, framing sentence, then a list."""
    intro, *points = (html.escape(point) for point in safety_points())
    items = "".join(f"<li style='margin-bottom:3px'>{point}</li>" for point in points)
    heading = f"<p style='margin-bottom:4px'><b>{html.escape(safety_title())}</b></p>"
    return (
        (heading if title else "")
        + f"<p style='margin-top:0'>{intro}</p>"
        # -qt-list-indent 1 keeps the bullets close to the text in a narrow box.
        + f"<ul style='margin-left:0; -qt-list-indent:1; margin-top:2px'>{items}</ul>"
    )


class SafetyNote(QFrame):
    """The note in a tinted box, so it stands apart from the text around it.

    The tint is translucent over the window colour, and the text keeps the palette's
    colour, so it reads on light and dark themes alike.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("safetyNote")
        self.setStyleSheet(
            f"QFrame#safetyNote {{ background: rgba({_TINT}, 0.12);"
            f" border: 1px solid rgba({_TINT}, 0.55); border-{start_edge()}: 4px solid"
            f" rgb({_TINT});"
            " border-radius: 6px; }"
        )
        self.label = QLabel(safety_html(), self)
        self.label.setTextFormat(Qt.TextFormat.RichText)
        self.label.setWordWrap(True)
        # Readable by mouse selection (to copy), but not a Tab stop in dialogs.
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.label.setAccessibleName(safety_title())
        self.label.setAccessibleDescription(" ".join(safety_points()))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 8, 12, 8)
        layout.addWidget(self.label)
        self.setAccessibleName(safety_title())
