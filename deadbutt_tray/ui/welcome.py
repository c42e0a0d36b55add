"""The first-run welcome: what the app does, the limit it uses, where data lives, safety.

Shown once; the app records ``AppState.welcome_seen`` when it closes (however it was
closed: someone who pressed Esc has seen it too).
"""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from deadbutt_tray.ui.safety import SafetyNote
from deadbutt_tray.ui.text import sitting_text, tr
from deadbutt_tray.ui.widgets import (
    fit_window,
    heading_font,
    paragraph,
    push_button,
    text_scroll_area,
    text_width,
)

LINE_CHARS = 72  # a comfortable line length for three short paragraphs, in characters


class WelcomeDialog(QDialog):
    """A short welcome with one button, "Let's go" (Enter); Esc closes it too."""

    def __init__(self, sit_limit_min: float, data_dir: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Welcome to deadbutt-tray"))
        self.setAccessibleName(tr("Welcome"))

        self.title = QLabel(tr("Welcome to deadbutt-tray"), self)
        self.title.setWordWrap(True)
        self.title.setFont(heading_font(self.font()))
        self.title.setAccessibleName(tr("Welcome to deadbutt-tray"))

        limit = sitting_text(sit_limit_min * 60)
        self.what = self._paragraph(
            tr(
                "Long hours in a chair leave the glutes switched off. deadbutt-tray keeps "
                "an eye on how long you have been sitting and, at the right moment, "
                "suggests a short break that wakes them up."
            )
        )
        self.limit = self._paragraph(
            tr(
                "You will get a nudge after {0} of sitting without a real break. Stepping "
                "away from the computer for a few minutes counts as a break too. You can "
                "change the limit in Settings."
            ).format(limit)
        )
        where = html.escape(str(data_dir))
        self.data = self._paragraph(
            html.escape(
                tr(
                    "Everything stays on this computer, as plain text files in a folder "
                    "you can open from About:"
                )
            )
            + f"<br><span style='font-family:monospace'>{where}</span>",
            rich=True,
        )
        self.data.setAccessibleDescription(str(data_dir))

        body = QWidget(self)
        self.safety = SafetyNote(body)

        self.ok_button = push_button(tr("Let's go"), self.accept, parent=self, default=True)

        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.ok_button)
        # The text scrolls on a short screen (1024x600, large fonts); title and button
        # stay in view.
        text = QVBoxLayout(body)
        text.setContentsMargins(0, 0, 6, 0)  # room for the scroll bar when it shows
        text.setSpacing(12)
        for label in (self.what, self.limit, self.data):
            label.setParent(body)
            text.addWidget(label)
        text.addSpacing(2)
        text.addWidget(self.safety)
        self.scroll_area = text_scroll_area(body, self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 18)
        layout.setSpacing(12)
        layout.addWidget(self.title)
        layout.addWidget(self.scroll_area, 1)
        layout.addSpacing(4)
        layout.addLayout(buttons)
        # Word-wrapped labels (the safety note most of all) only know their height for a
        # given width: fit_window asks for it, so nothing is cut off at the bottom.
        fit_window(self, text_width(self, LINE_CHARS), widen=False)
        self.ok_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def _paragraph(self, text: str, *, rich: bool = False) -> QLabel:
        label = paragraph(text, rich=rich, parent=self)
        if rich:
            # A plain label is announced by its text; markup would be read out here.
            label.setAccessibleName(tr("Where your data is kept"))
        return label
