"""About deadbutt-tray: version, why the defaults are what they are, where data lives, safety."""

from __future__ import annotations

import html
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from deadbutt_tray import __version__
from deadbutt_tray.core.storage.paths import AppPaths
from deadbutt_tray.ui.safety import SafetyNote
from deadbutt_tray.ui.text import tr
from deadbutt_tray.ui.widgets import (
    app_icon_label,
    fit_window,
    heading,
    heading_font,
    paragraph,
    push_button,
    text_scroll_area,
    text_width,
)

WIDTH_CHARS = 86  # the dialog's width in average characters of the user's font
UrlOpener = Callable[[QUrl], bool]


def data_folder(paths: AppPaths) -> Path:
    """The folder "Open data folder" opens: history and the app's own state live in it."""
    return paths.data_dir


def evidence_text() -> str:
    """Why the default sitting limit is 30 minutes, with sources; figures approximate."""
    return tr(
        "In a lab study, two minutes of light walking every 20 minutes "
        "lowered the rise in blood sugar and insulin after a meal by roughly a quarter "
        "(≈24% and ≈23%) compared with sitting straight through (Dunstan et al., Diabetes "
        "Care, 2012). An expert statement advises breaking up seated work regularly, "
        "building up to about 2 hours a day of standing and light activity at work, then "
        "about 4 (Buckley et al., British Journal of Sports Medicine, 2015). Thirty "
        "minutes is a common, practical middle ground; you can change it in Settings."
    )


def exercise_evidence_text() -> str:
    """Where the exercises come from, each study cited only for what it measured."""
    return tr(
        "Each study is cited for what it measured: Distefano et al. 2009 side-lying hip "
        "abduction, single-leg squats and deadlifts, band walks and lunges; Boren et al. "
        "2011 the glute squeeze and planks with a leg lift; Ekstrom et al. 2007 the one-leg "
        "bridge (moderate: a stabilisation exercise); Winters et al. 2004 hip-flexor "
        "stretching. Macadam et al. 2015 reviewed hip-abduction and rotation exercises "
        "only. Starting with low-load activation, and the desk versions, is clinical "
        "reasoning."
    )


class AboutDialog(QDialog):
    """Version, description, evidence, data locations and the full safety note.

    ``open_url`` opens the data folder (``QDesktopServices.openUrl`` unless a test
    passes its own); it returns False when no file manager could be started.
    """

    def __init__(
        self,
        paths: AppPaths,
        parent: QWidget | None = None,
        *,
        open_url: UrlOpener = QDesktopServices.openUrl,
    ) -> None:
        super().__init__(parent)
        self.paths = paths
        self._open_url = open_url
        self.setWindowTitle(tr("About deadbutt-tray"))
        self.setAccessibleName(tr("About deadbutt-tray"))

        body = QWidget()
        content = QVBoxLayout(body)
        content.setContentsMargins(0, 0, 6, 0)  # room for the scroll bar when it shows
        content.setSpacing(8)
        content.addWidget(self._subheading(tr("Why a break every 30 minutes?")))
        self.evidence = self._text(evidence_text())
        content.addWidget(self.evidence)
        content.addSpacing(6)
        content.addWidget(self._subheading(tr("Where do the exercises come from?")))
        self.exercise_evidence = self._text(exercise_evidence_text())
        content.addWidget(self.exercise_evidence)
        content.addSpacing(6)
        content.addWidget(self._subheading(tr("Where your data is kept")))
        content.addLayout(self._paths_form())
        content.addSpacing(8)
        self.safety = SafetyNote(body)
        content.addWidget(self.safety)
        content.addStretch(1)

        self.scroll_area = text_scroll_area(body, self)

        self.message = QLabel("", self)
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message.setAccessibleName(tr("Message"))
        self.message.hide()

        self.open_button = push_button(tr("&Open data folder"), self.open_data_folder, parent=self)
        self.open_button.setAutoDefault(False)  # Enter means Close unless this has focus
        self.close_button = push_button(tr("&Close"), self.reject, parent=self, default=True)

        buttons = QHBoxLayout()
        buttons.addWidget(self.open_button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 18)
        layout.setSpacing(12)
        layout.addLayout(self._header())
        layout.addWidget(self.scroll_area, 1)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self._fit()
        self.close_button.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- building ----------------------------------------------------------------------

    def _header(self) -> QHBoxLayout:
        icon = app_icon_label(64, tr("deadbutt-tray icon"), self)
        icon.setFixedSize(64, 64)
        self.title = QLabel("deadbutt-tray", self)
        self.title.setFont(heading_font(self.font()))
        self.version = QLabel(tr("Version {0}").format(__version__), self)
        self.version.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.description = self._text(
            tr("Wakes up sleepy glutes with well-timed breaks from sitting.")
        )
        text = QVBoxLayout()
        text.setSpacing(2)
        text.addWidget(self.title)
        text.addWidget(self.version)
        text.addWidget(self.description)
        header = QHBoxLayout()
        header.setSpacing(16)
        header.addWidget(icon, 0, Qt.AlignmentFlag.AlignTop)
        header.addLayout(text, 1)
        return header

    def _paths_form(self) -> QFormLayout:
        form = QFormLayout()
        form.setHorizontalSpacing(12)
        form.setVerticalSpacing(4)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        rows = [
            (tr("Data:"), data_folder(self.paths)),
            (tr("Settings:"), self.paths.config_file),
            (tr("Logs:"), self.paths.logs_dir),
        ]
        self.path_labels: list[QLabel] = []
        for name, path in rows:
            label = QLabel(f"<span style='font-family:monospace'>{html.escape(str(path))}</span>")
            label.setTextFormat(Qt.TextFormat.RichText)
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            label.setAccessibleName(name.rstrip(":"))
            label.setAccessibleDescription(str(path))
            form.addRow(name, label)
            self.path_labels.append(label)
        return form

    def _subheading(self, text: str) -> QLabel:
        return heading(text, wrap=False)

    def _text(self, text: str) -> QLabel:
        return paragraph(text)

    def _fit(self) -> None:
        """As tall as the content; on a short screen, the screen's height, then scroll."""
        fit_window(self, text_width(self, WIDTH_CHARS), widen=False)

    # -- actions -----------------------------------------------------------------------

    def open_data_folder(self) -> None:
        """Show the data folder in the file manager, or say why that didn't happen."""
        folder = data_folder(self.paths)
        if not folder.is_dir():
            self._say(
                tr("The data folder doesn't exist yet; it is made when something is first saved.")
            )
            return
        if not self._open_url(QUrl.fromLocalFile(str(folder))):
            self._say(tr("Couldn't open a file manager. The folder is: {0}").format(folder))
            return
        self.message.hide()

    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()
