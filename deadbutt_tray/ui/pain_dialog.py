"""'This hurts': the safety advice, where it hurts and how much.

Opened by the guided break (which has already paused). OK reports the pain and ends that
exercise; Cancel goes back to the break, still paused. The break dialog turns the answer
into a ``[[pain]]`` record; this dialog holds no rules and writes nothing.
"""

from __future__ import annotations

import html

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QRadioButton,
    QSlider,
    QVBoxLayout,
    QWidget,
)

from deadbutt_tray.core.model.records import PainArea
from deadbutt_tray.ui.safety import SafetyNote
from deadbutt_tray.ui.text import tr
from deadbutt_tray.ui.widgets import fit_window, text_scroll_area, text_width

DEFAULT_RATING = 5
WIDTH_CHARS = 68  # the dialog's width in average characters of the user's font


def area_names() -> dict[PainArea, str]:
    """The body areas as the dialog names them (with keyboard mnemonics)."""
    return {
        PainArea.HIP: tr("&Hip"),
        PainArea.KNEE: tr("&Knee"),
        PainArea.LOW_BACK: tr("&Low back"),
        PainArea.ANKLE_FOOT: tr("&Ankle or foot"),
        PainArea.OTHER: tr("&Other"),
    }


class PainDialog(QDialog):
    """Asks where it hurts and how much, after showing what to do about it.

    ``reported(area, rating)`` is emitted on OK (``area`` a :class:`PainArea`, ``rating``
    0-10) just before the dialog accepts; Cancel emits nothing and rejects.
    """

    reported = Signal(PainArea, int)

    def __init__(self, exercise_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("This hurts"))
        self.setObjectName("painDialog")

        heading = QLabel(tr("Stop this exercise now."))
        heading.setObjectName("painHeading")
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        heading.setFont(font)
        heading.setWordWrap(True)

        self.safety = SafetyNote(self)

        self.area_group = QButtonGroup(self)
        areas_box = QGroupBox(tr("Where does it hurt?"))
        areas_layout = QGridLayout(areas_box)
        self.area_buttons: dict[PainArea, QRadioButton] = {}
        for position, (area, name) in enumerate(area_names().items()):
            button = QRadioButton(name)
            button.setAccessibleName(name.replace("&", ""))
            self.area_group.addButton(button)
            self.area_buttons[area] = button
            areas_layout.addWidget(button, position // 3, position % 3)
        self.area_group.buttonToggled.connect(self._update_ok)

        rating_box = QGroupBox(tr("How much does it hurt? (0 = not at all, 10 = the worst)"))
        self.rating = QSlider(Qt.Orientation.Horizontal)
        self.rating.setRange(0, 10)
        self.rating.setPageStep(1)
        self.rating.setTickPosition(QSlider.TickPosition.TicksBelow)
        self.rating.setTickInterval(1)
        self.rating.setValue(DEFAULT_RATING)
        self.rating.setAccessibleName(tr("Pain rating from 0 to 10"))
        self.rating_value = QLabel()
        self.rating_value.setMinimumWidth(self.rating_value.fontMetrics().horizontalAdvance("10 "))
        self.rating_value.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        value_font = self.rating_value.font()
        value_font.setPointSizeF(value_font.pointSizeF() * 1.4)
        value_font.setBold(True)
        self.rating_value.setFont(value_font)
        self.rating.valueChanged.connect(self._show_rating)
        self._show_rating(self.rating.value())
        rating_layout = QHBoxLayout(rating_box)
        rating_layout.addWidget(self.rating, 1)
        rating_layout.addWidget(self.rating_value)

        self.left_out = QLabel(
            tr(
                "<b>{0}</b> will be left out of your routines from now on. You can turn it "
                "back on in Settings."
            ).format(html.escape(exercise_name))
        )
        self.left_out.setWordWrap(True)
        self.left_out.setTextFormat(Qt.TextFormat.RichText)

        self.buttons = QDialogButtonBox()
        self.ok_button = self.buttons.addButton(
            tr("Stop the exercise"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.cancel_button = self.buttons.addButton(
            tr("Back to the break"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.ok_button.setDefault(True)
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)
        self.hint = QLabel(tr("Choose where it hurts to continue."))
        self.hint.setEnabled(False)  # the palette's muted text: a hint, not an error

        # The questions sit in a scroll area: on a short screen (a small laptop at 200 %)
        # the advice scrolls instead of being cut off, and the buttons stay in view.
        body = QWidget()
        body_layout = QVBoxLayout(body)
        body_layout.setContentsMargins(0, 0, 6, 0)  # room for the scroll bar
        body_layout.addWidget(self.safety)
        body_layout.addWidget(areas_box)
        body_layout.addWidget(rating_box)
        body_layout.addWidget(self.left_out)
        body_layout.addWidget(self.hint)
        self.scroll_area = text_scroll_area(body)

        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.scroll_area, 1)
        layout.addWidget(self.buttons)
        self._fit()
        self._update_ok()
        # Keyboard first: the first area has focus, arrows move between the areas.
        next(iter(self.area_buttons.values())).setFocus()

    @property
    def area(self) -> PainArea | None:
        for area, button in self.area_buttons.items():
            if button.isChecked():
                return area
        return None

    def _fit(self) -> None:
        """As tall as the content if the screen allows, else the screen's height, scrolling."""
        fit_window(self, text_width(self, WIDTH_CHARS), widen=False)

    def _show_rating(self, value: int) -> None:
        self.rating_value.setText(str(value))

    def _update_ok(self) -> None:
        chosen = self.area is not None
        self.ok_button.setEnabled(chosen)
        self.hint.setVisible(not chosen)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Digits set the rating from anywhere in the dialog: "7" is quicker than arrows.
        text = event.text()
        if (
            text.isdigit()
            and len(text) == 1
            and not event.modifiers() & ~(Qt.KeyboardModifier.KeypadModifier)
        ):
            self.rating.setValue(int(text))
            return
        super().keyPressEvent(event)

    def _accept(self) -> None:
        area = self.area
        if area is None:
            return
        self.reported.emit(area, self.rating.value())
        self.accept()
