"""The Settings dialog: every setting in ``config.toml``, start at login and idle detection.

Changes apply at once: each valid edit emits ``settings_changed`` with a new ``Settings``
that differs from the last one only in what was edited; the app saves it. The dialog
writes no files and holds no rules beyond what the form itself needs to refuse (a
working day that ends before it starts, a week without a working day). Ranges, units and
help texts come from the declaration ``core.model.settings.SETTINGS``, and each section
is built from it: every setting gets the editor its kind calls for (a spin box for
minutes and whole numbers, a slider for a percentage, a check box for a switch, ...), so
the form and the file loader cannot disagree.

Start at login is not a setting in the file: the checkbox drives the platform's
:class:`~deadbutt_tray.platform.autostart.base.Autostart` directly.

The Program section holds the level, the age range for the balance test's norms, and the
exercises left out after "This hurts": each can be put back here, one at a time.
"""

from __future__ import annotations

import dataclasses
import sys
from collections.abc import Mapping, Sequence
from datetime import time
from typing import Any

from PySide6.QtCore import QLocale, Qt, QTime, QTimer, Signal
from PySide6.QtGui import QHideEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QSlider,
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from deadbutt_tray.core.model.exercises import Level
from deadbutt_tray.core.model.languages import LANGUAGES, SYSTEM, pick_language
from deadbutt_tray.core.model.setting_kinds import (
    Choice,
    IdList,
    Minutes,
    Percent,
    ProgramLevel,
    Seconds,
    SettingKind,
    Switch,
    TimeOfDay,
    Weekdays,
    WholeNumber,
)
from deadbutt_tray.core.model.settings import (
    SETTING,
    WEEKDAYS,
    Section,
    Setting,
    Settings,
    in_section,
)
from deadbutt_tray.platform.autostart.base import Autostart, AutostartError
from deadbutt_tray.platform.idle.chooser import preferences_for
from deadbutt_tray.ui.language import system_languages
from deadbutt_tray.ui.safety import safety_short, safety_title
from deadbutt_tray.ui.text import percent_text, plain_text, tr
from deadbutt_tray.ui.widgets import (
    fit_window,
    muted,
    start_edge,
    text_scroll_area,
    text_width,
    wrap_full_width,
)

__all__ = ["DEBOUNCE_MS", "SettingsDialog"]

#: Typing "45" into a spin box must not apply "4" first: edits settle this long.
DEBOUNCE_MS = 300
MIN_WIDTH_CHARS = 70  # the narrowest the dialog opens, in average characters of the font

# Kinds whose editors change on every keystroke or slider step; the rest apply at once...
_DEBOUNCED_KINDS = (Minutes, WholeNumber, TimeOfDay)
# ... except whole numbers picked from a few choices: the level is a radio group.
_PICKED_KINDS = (ProgramLevel,)
# The two ends of the working day, checked together.
# The working hours' two ends, edited on one row and checked together.
_TIME_KEYS = ("work_start", "work_end")
# The daily program time's settings: greyed out while it is off.
_PROGRAM_KEYS = ("program_time", "program_days")


def _unit_suffix(kind: SettingKind) -> str:
    """The spin-box suffix for a kind's unit."""
    if isinstance(kind, Minutes):
        return tr(" min")
    if isinstance(kind, Seconds):
        return tr(" s")
    if isinstance(kind, Percent):
        return tr(" %")
    return ""


def _label(key: str) -> str:
    """The form's label for a setting, with its mnemonic."""
    return {
        "sit_limit_min": tr("&Sitting limit:"),
        "heads_up_s": tr("&Heads-up before the prompt:"),
        "min_break_min": tr("Away time that counts as a &break:"),
        "snooze_min": tr("Snooze le&ngth:"),
        "max_snoozes": tr("Snoozes in a ro&w:"),
        "renudge_min": tr("&Remind again after:"),
        "working_hours": tr("Remind me only during wor&king hours"),
        "work_start": tr("Work starts"),
        "work_end": tr("Work ends"),
        "work_days": tr("Da&ys:"),
        "quiet_when_fullscreen": tr("&Quiet while a full-screen window is active"),
        "sound": tr("&Play a sound with the prompt"),
        "volume": tr("&Volume:"),
        "idle_source": tr("&Idle detection:"),
        "language": tr("Language of &menus and windows:"),
        "level": tr("Pro&gram level:"),
        "excluded_exercises": tr("Left-out e&xercises:"),
        "age_range": tr("&Age range for balance norms:"),
        "program_time_on": tr("Offer the home routine at a set ti&me"),
        "program_time": tr("A&t:"),
        "program_days": tr("On:"),
    }[key]


def _section_title(section: Section) -> str:
    return {
        Section.BREAKS: tr("Breaks"),
        Section.PROGRAM: tr("Program"),
        Section.DAILY: tr("Daily program time"),
        Section.HOURS: tr("Working hours"),
        Section.SOUND: tr("Sound and notifications"),
        Section.SYSTEM: tr("System"),
    }[section]


# What a spin box at 0 says instead of "0", and the step of its arrows, where not 1.
_ZERO_MEANS = {"heads_up_s": lambda: tr("Off"), "max_snoozes": lambda: tr("No snoozing")}
_STEPS = {"heads_up_s": 15}
# The dialog's sections, top to bottom.
_SECTIONS = (
    Section.BREAKS,
    Section.PROGRAM,
    Section.DAILY,
    Section.HOURS,
    Section.SOUND,
    Section.SYSTEM,
)


def _idle_label(choice: str) -> str:
    return {
        "auto": tr("Automatic (recommended)"),
        "x11": tr("X11 screen-saver extension"),
        "mutter": tr("GNOME idle monitor"),
        "freedesktop": tr("freedesktop.org screen saver"),
        "wayland": tr("Wayland idle notification"),
        "windows": tr("Windows"),
        "macos": tr("macOS"),
        "none": tr("Off: count breaks from screen lock and sleep only"),
    }.get(choice, choice)


def _level_name(level: Level) -> str:
    return {
        Level.WAKE_UP: tr("Wake up the butt"),
        Level.WITH_CORE: tr("Use it with your core"),
        Level.TOGETHER: tr("Put it all together"),
    }[level]


def _level_description(level: Level) -> str:
    return {
        Level.WAKE_UP: tr("Glutes on their own, at a low load."),
        Level.WITH_CORE: tr("Glutes at work with your trunk braced."),
        Level.TOGETHER: tr("On one leg and under load, as in running."),
    }[level]


def _choices(key: str) -> tuple[str, ...]:
    kind = SETTING[key].kind
    assert isinstance(kind, Choice)
    return kind.choices


def _age_label(choice: str) -> str:
    """How an age range reads in the combo: "18 to 39", "80 or older", "Not given"."""
    if not choice:
        return tr("Not given")
    if choice.endswith("+"):
        return tr("{0} or older").format(choice[:-1])
    low, dash, high = choice.partition("-")
    return tr("{0} to {1}").format(low, high) if dash else choice


def _language_label(choice: str) -> str:
    """A language by its own name ("Deutsch"); "System" says which one that is now."""
    if choice in LANGUAGES:
        return LANGUAGES[choice]
    return tr("System ({0})").format(LANGUAGES[pick_language(SYSTEM, system_languages())])


def _to_qtime(value: time) -> QTime:
    return QTime(value.hour, value.minute, value.second)


def _from_qtime(value: QTime) -> time:
    return time(value.hour(), value.minute(), value.second())


class _MinutesSpinBox(QDoubleSpinBox):
    """A spin box for fractional minutes that shows "30 min", not "30.0 min".

    Fractions are allowed in ``config.toml`` (1.5 minutes of away time), but whole
    minutes are what people mostly set, so the needless ".0" is dropped.
    """

    def textFromValue(self, value: float) -> str:
        text = self.locale().toString(value, "f", self.decimals())
        point = self.locale().decimalPoint()
        if point and point in text:
            text = text.rstrip("0").rstrip(point)
        return text


class _Message(QLabel):
    """An inline message: hidden until there is something to say, then hard to miss."""

    def __init__(self, name: str, parent: QWidget | None = None, *, wrap: bool = True) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        if wrap:
            wrap_full_width(self)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        # Both colours are set, so it reads the same in light and dark themes.
        self.setStyleSheet(
            "QLabel { background: #fdecea; color: #5f1412; border: 1px solid #e8a9a5;"
            " border-radius: 4px; padding: 4px 6px; }"
        )
        self.hide()

    def say(self, text: str) -> None:
        self.setText(text)
        self.setAccessibleName(text)  # read out as the label's name by screen readers
        self.show()

    def clear_message(self) -> None:
        self.setText("")
        self.setAccessibleName("")
        self.hide()


class SettingsDialog(QDialog):
    """Every setting of the app, applied as it is edited.

    ``settings`` are the settings *from the file* (not a ``--sit-limit`` override);
    ``idle_in_use`` names the idle source actually running and ``idle_notes`` says why
    (one line per source tried); ``autostart`` is the platform's start-at-login adapter;
    ``defaults`` is what "Restore defaults" goes back to (the administrator's defaults
    when there are any, else the built-in ones). ``exercise_names`` maps exercise ids to
    the names shown for left-out exercises; an id without a name is shown as it is.
    """

    #: A valid change was made; carries the whole new ``Settings``. The app saves it.
    settings_changed = Signal(Settings)

    def __init__(
        self,
        settings: Settings,
        *,
        idle_in_use: str,
        idle_notes: list[str],
        autostart: Autostart,
        parent: QWidget | None = None,
        defaults: Settings | None = None,
        debounce_ms: int = DEBOUNCE_MS,
        platform: str = sys.platform,
        exercise_names: Mapping[str, str] = {},
    ) -> None:
        super().__init__(parent)
        self._settings = settings
        self._exercise_names = dict(exercise_names)
        self._defaults = Settings() if defaults is None else defaults
        self._autostart = autostart
        self._platform = platform
        self._loading = False
        self._pending: set[str] = set()
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(debounce_ms)
        self._debounce.timeout.connect(self.flush)
        # key -> the widget that edits it (work_days maps to its first day box; level
        # and excluded_exercises to the widget holding their radio buttons and rows).
        self.fields: dict[str, QWidget] = {}
        self.day_boxes: dict[str, QCheckBox] = {}  # the working days'
        self.days_boxes: dict[str, dict[str, QCheckBox]] = {}  # per weekdays setting
        self.days_messages: dict[str, _Message] = {}
        self.level_buttons: dict[int, QRadioButton] = {}
        # id -> its "Put back" button, in the order the ids are left out.
        self.put_back_buttons: dict[str, QPushButton] = {}
        self._excluded: tuple[str, ...] | None = None  # the ids the list shows
        self._hours_line: QHBoxLayout | None = None  # the row both ends of the day share

        self.setWindowTitle(tr("deadbutt-tray settings"))
        self.setObjectName("settings_dialog")
        self.setAccessibleName(tr("Settings"))
        self.setSizeGripEnabled(True)
        self._build()
        self._load(settings)
        self.set_idle_status(idle_in_use, idle_notes)
        self._refresh_autostart()
        self._fit_to_content()

    # -- public API --------------------------------------------------------------------

    def settings(self) -> Settings:
        """The settings the dialog last applied (or was given)."""
        return self._settings

    def set_settings(self, settings: Settings) -> None:
        """Show ``settings`` (e.g. after the file changed) without emitting anything.

        Edits still waiting for the debounce are dropped: the new values win.
        """
        self._debounce.stop()
        self._pending.clear()
        self._settings = settings
        self._load(settings)
        self.hours_message.clear_message()
        for message in self.days_messages.values():
            message.clear_message()

    def set_idle_status(self, in_use: str, notes: list[str]) -> None:
        """Show which idle source is running and why (after the app picked one again)."""
        self.idle_in_use.setText(in_use or tr("none: idle detection is unavailable"))
        self.idle_in_use.setCursorPosition(0)
        self.idle_notes.setText("\n".join(f"• {note}" for note in notes))
        self.idle_notes.setVisible(bool(notes))

    def show_save_error(self, text: str) -> None:
        """Tell the user the last change could not be written to ``config.toml``: ``text``
        says so whole ("Settings apply now but could not be saved: …")."""
        self.save_banner.say(text)

    def clear_save_error(self) -> None:
        """Hide the save banner (the app may call this after a later save worked)."""
        self.save_banner.clear_message()

    def flush(self) -> None:
        """Apply edits still waiting for the debounce, now."""
        self._debounce.stop()
        if not self._pending:
            return
        keys, self._pending = self._pending, set()
        changes: dict[str, Any] = {key: self._read(key) for key in keys}
        if keys & set(_TIME_KEYS):
            start, end = self._read("work_start"), self._read("work_end")
            assert isinstance(start, time) and isinstance(end, time)
            if end > start:
                self.hours_message.clear_message()
                changes.update(work_start=start, work_end=end)
            else:
                self.hours_message.say(tr("Working hours must end after they start."))
                for key in _TIME_KEYS:
                    changes.pop(key, None)
        for key, message in self.days_messages.items():
            if key not in changes:
                continue
            if changes[key]:
                message.clear_message()
            else:
                message.say(
                    tr("Pick at least one working day.")
                    if key == "work_days"
                    else tr("Pick at least one day.")
                )
                del changes[key]
        self._apply(dataclasses.replace(self._settings, **changes))

    def put_back(self, exercise_id: str) -> None:
        """Take ``exercise_id`` off the left-out list and apply that (its button does this)."""
        shown = self._excluded or ()
        if exercise_id in shown:
            self._show_excluded(tuple(i for i in shown if i != exercise_id))
            self._edited("excluded_exercises")

    def restore_defaults(self) -> None:
        """Ask first, then go back to the defaults (Enter confirms, Esc keeps things).

        Exercises left out stay left out (most were left out because they hurt): the
        question names them; each can be put back by hand below.
        """
        question = tr("Set every setting back to its default? Start at login is not changed.")
        kept = self._kept_out()
        if kept:
            names = ", ".join(self._exercise_names.get(i) or i for i in kept)
            question += "\n\n" + tr(
                "Kept left out, in case they hurt: {0}. Put any back with its button under Program."
            ).format(names)
        box = QMessageBox(
            QMessageBox.Icon.Question,
            tr("Restore defaults"),
            question,
            QMessageBox.StandardButton.NoButton,
            self,
        )
        box.setObjectName("restore_confirmation")
        restore = box.addButton(tr("&Restore defaults"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(restore)
        box.setEscapeButton(QMessageBox.StandardButton.Cancel)
        box.finished.connect(lambda _result: self._confirmed(box, restore))
        box.open()  # window-modal, no nested event loop

    # -- building the form -------------------------------------------------------------

    def _build(self) -> None:
        self.save_banner = _Message("save_error", self)
        self.save_banner.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )

        content = QWidget()
        column = QVBoxLayout(content)
        for section in _SECTIONS:
            column.addWidget(self._section(section))
        column.addStretch(1)

        # A scroll area keeps the dialog usable on a small screen or a small window.
        scroll = text_scroll_area(content, self)
        scroll.setObjectName("settings_scroll")
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the fields, not here
        self.scroll_area = scroll

        buttons = QDialogButtonBox(self)
        self.buttons = buttons
        self.restore_button = buttons.addButton(
            tr("Restore &defaults"), QDialogButtonBox.ButtonRole.ResetRole
        )
        self.restore_button.setAccessibleName(tr("Restore defaults"))
        self.restore_button.clicked.connect(self.restore_defaults)
        self.close_button = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.close_button.setAccessibleName(tr("Close"))
        self.close_button.setDefault(True)  # Enter closes (changes are already applied)
        buttons.rejected.connect(self.reject)

        outer = QVBoxLayout(self)
        outer.addWidget(self.save_banner)
        outer.addWidget(scroll, 1)
        outer.addWidget(buttons)

        # Every field as wide as the widest, so the column reads as one.
        numbers = [self.fields[s.name] for s in in_section(Section.BREAKS)]
        width = max(box.sizeHint().width() for box in numbers)
        for box in numbers:
            box.setMinimumWidth(width)

    def _fit_to_content(self) -> None:
        """Open at the form's natural size (within the screen) and never narrower than it.

        Narrower than the form's own minimum it would need sideways scrolling; lower than
        its natural height it scrolls up and down, which a settings page may.
        """
        layout = self.layout()
        assert layout is not None  # set in _build
        width = max(layout.totalSizeHint().width(), text_width(self, MIN_WIDTH_CHARS))
        fit_window(self, width, widen=False)

    def _form(self, title: str, name: str) -> tuple[QGroupBox, QVBoxLayout, QFormLayout]:
        """A titled section: a column holding a form (and word-wrapped text below it).

        Word-wrapped labels go in the column, not the form: QFormLayout sizes a row by
        the label's narrow natural shape and leaves blank space under it.
        """
        group = QGroupBox(title)
        group.setObjectName(name)
        column = QVBoxLayout(group)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        column.addLayout(form)
        return group, column, form

    def _row(self, form: QFormLayout, label: str, key: str, field: QWidget) -> None:
        """A labelled row; the label's mnemonic focuses the field."""
        widget = self.fields[key]
        caption = QLabel(label)
        caption.setBuddy(widget)
        form.addRow(caption, field)
        widget.setAccessibleName(plain_text(label))

    def _describe(self, widget: QWidget, setting: Setting) -> None:
        # The declaration's English help text, translated where a translation exists.
        text = tr(setting.help)
        widget.setToolTip(text)
        widget.setAccessibleDescription(text)

    def _section(self, section: Section) -> QGroupBox:
        """A section of the form: an editor for each setting declared in it, by kind."""
        group, column, form = self._form(_section_title(section), f"{section.value}_group")
        if section is Section.SYSTEM:
            self._autostart_row(column)  # first in the section, and in the Tab order
        for setting in in_section(section):
            self._place(setting, column, form)
        if section is Section.SYSTEM:
            self._idle_status_rows(column, form)
        return group

    def _place(self, setting: Setting, column: QVBoxLayout, form: QFormLayout) -> None:
        """The editor for ``setting``'s kind, placed in its section."""
        key, kind = setting.name, setting.kind
        if isinstance(kind, ProgramLevel):
            self._level_editor(setting, column)
        elif isinstance(kind, IdList):
            self._excluded_editor(setting, column)
        elif isinstance(kind, Percent):
            self._row(form, _label(key), key, self._slider(setting))
        elif isinstance(kind, Minutes | WholeNumber):
            self._row(form, _label(key), key, self._number(setting))
        elif isinstance(kind, Switch):
            box = self._check(setting)
            box.toggled.connect(self._update_enabled)
            form.addRow(box)
        elif isinstance(kind, TimeOfDay):
            self._time_editor(setting, form)
        elif isinstance(kind, Weekdays):
            self._days_editor(setting, kind, form)
        elif isinstance(kind, Choice):
            self._row(form, _label(key), key, self._combo(setting))
        else:  # pragma: no cover - a new kind needs an editor
            raise TypeError(f"no editor for {type(kind).__name__} ({key})")

    def _number(self, setting: Setting) -> QAbstractSpinBox:
        key, kind = setting.name, setting.kind
        assert isinstance(kind, Minutes | WholeNumber)
        box: QDoubleSpinBox | QSpinBox
        if isinstance(kind, Minutes):
            box = _MinutesSpinBox()
            box.setDecimals(1)
            box.setRange(kind.minimum, kind.maximum)
        else:
            box = QSpinBox()
            box.setRange(int(kind.minimum), int(kind.maximum))
            box.setSingleStep(_STEPS.get(key, 1))
        box.setSuffix(_unit_suffix(kind))
        if key in _ZERO_MEANS:
            box.setSpecialValueText(_ZERO_MEANS[key]())
        box.setObjectName(key)
        box.setAccelerated(True)
        self._describe(box, setting)
        box.valueChanged.connect(lambda _value, k=key: self._edited(k))
        box.editingFinished.connect(self.flush)
        self.fields[key] = box
        return box

    def _check(self, setting: Setting) -> QCheckBox:
        key = setting.name
        text = _label(key)
        box = QCheckBox(text)
        box.setObjectName(key)
        box.setAccessibleName(plain_text(text))
        self._describe(box, setting)
        box.toggled.connect(lambda _on, k=key: self._edited(k))
        self.fields[key] = box
        return box

    def _combo(self, setting: Setting) -> QComboBox:
        key = setting.name
        combo = QComboBox()
        combo.setObjectName(key)
        self._describe(combo, setting)
        combo.currentIndexChanged.connect(lambda _i, k=key: self._edited(k))
        self.fields[key] = combo
        return combo

    def _slider(self, setting: Setting) -> QWidget:
        """A percentage: a slider with the value beside it."""
        key, kind = setting.name, setting.kind
        assert isinstance(kind, Percent)
        slider = QSlider(Qt.Orientation.Horizontal)
        slider.setObjectName(key)
        slider.setRange(int(kind.minimum), int(kind.maximum))
        slider.setSingleStep(5)
        slider.setPageStep(10)
        slider.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._describe(slider, setting)
        self.volume_value = QLabel()
        self.volume_value.setMinimumWidth(
            self.fontMetrics().horizontalAdvance(percent_text(100)) + 4
        )
        slider.valueChanged.connect(self._show_volume)
        slider.valueChanged.connect(lambda _v, k=key: self._edited(k))
        slider.sliderReleased.connect(self.flush)
        self.fields[key] = slider
        holder = QWidget()
        line = QHBoxLayout(holder)
        line.setContentsMargins(0, 0, 0, 0)
        line.addWidget(slider, 1)
        line.addWidget(self.volume_value)
        return holder

    def _time_editor(self, setting: Setting, form: QFormLayout) -> None:
        """Working hours: both times on one row ("Hours: 09:00 to 17:30"); any other time
        of day (the daily program time) on a row of its own."""
        key = setting.name
        if key not in _TIME_KEYS:
            edit = self._time_edit(setting)
            self.fields[key] = edit
            self._row(form, _label(key), key, edit)
            return
        if self._hours_line is None:
            hours = QWidget()
            self._hours_line = QHBoxLayout(hours)
            self._hours_line.setContentsMargins(0, 0, 0, 0)
            self._hours_line.addStretch(1)
            caption = QLabel(tr("Ho&urs:"))
            form.addRow(caption, hours)
            self.hours_message = _Message("hours_message", wrap=False)
            form.addRow("", self.hours_message)
            self._hours_caption = caption
        line = self._hours_line
        edit = self._time_edit(setting)
        edit.setAccessibleName(_label(key))
        if line.count() > 1:  # the second time: "to" between them
            line.insertWidget(line.count() - 1, QLabel(tr("to")))
        else:
            self._hours_caption.setBuddy(edit)
        self.fields[key] = edit
        line.insertWidget(line.count() - 1, edit)

    def _time_edit(self, setting: Setting) -> QTimeEdit:
        """A time of day in the locale's short format, always laid out left to right: right
        to left, ``QTimeEdit`` reverses its sections, so 18:00 would read "00:18"."""
        key = setting.name
        edit = QTimeEdit()
        edit.setObjectName(key)
        edit.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        edit.setDisplayFormat(self._time_format())
        self._describe(edit, setting)
        edit.timeChanged.connect(lambda _t, k=key: self._edited(k))
        edit.editingFinished.connect(self.flush)
        return edit

    def _days_editor(self, setting: Setting, kind: Weekdays, form: QFormLayout) -> None:
        key = setting.name
        boxes = self.day_boxes if key == "work_days" else {}
        self.days_boxes[key] = boxes
        days = QWidget()
        row = QHBoxLayout(days)
        row.setContentsMargins(0, 0, 0, 0)
        locale = QLocale()
        for number, day in enumerate(kind.days, start=1):  # Qt counts Monday as 1
            box = QCheckBox(locale.dayName(number, QLocale.FormatType.ShortFormat))
            box.setObjectName(f"day_{day}" if key == "work_days" else f"{key}_{day}")
            box.setAccessibleName(locale.dayName(number, QLocale.FormatType.LongFormat))
            box.setToolTip(tr(setting.help))
            box.toggled.connect(lambda _on, k=key: self._edited(k))
            boxes[day] = box
            row.addWidget(box)
        row.addStretch(1)
        self.fields[key] = boxes[kind.days[0]]
        caption = QLabel(_label(key))
        caption.setBuddy(boxes[kind.days[0]])
        form.addRow(caption, days)
        message = _Message("days_message" if key == "work_days" else f"{key}_message", wrap=False)
        self.days_messages[key] = message
        if key == "work_days":
            self.days_message = message
        form.addRow("", message)

    def _level_editor(self, setting: Setting, column: QVBoxLayout) -> None:
        """Every level with its name and what it is about, so the choice is informed."""
        caption = QLabel(_label(setting.name))
        self.level_caption = caption
        levels = QWidget()
        levels.setObjectName(setting.name)
        levels.setAccessibleName(plain_text(_label(setting.name)))
        self._describe(levels, setting)
        grid = QGridLayout(levels)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setVerticalSpacing(2)
        grid.setColumnStretch(1, 1)
        self.level_group = QButtonGroup(self)
        self.level_group.setExclusive(True)
        for row, level in enumerate(Level):
            name, about = _level_name(level), _level_description(level)
            button = QRadioButton(tr("{0} · {1}").format(int(level), name))
            button.setObjectName(f"level_{int(level)}")
            button.setAccessibleName(tr("Level {0}: {1}").format(int(level), name))
            button.setAccessibleDescription(about)
            button.toggled.connect(self._level_toggled)
            self.level_group.addButton(button, int(level))
            self.level_buttons[int(level)] = button
            note = QLabel(about)
            note.setObjectName(f"level_{int(level)}_about")
            note.setTextFormat(Qt.TextFormat.PlainText)
            muted(note)
            wrap_full_width(note)
            # Top-aligned, the note's first line level with the button's text, so a note
            # that wraps (a narrow window, a longer translation) still reads as one row.
            lift = (button.sizeHint().height() - note.fontMetrics().height()) // 2
            note.setContentsMargins(0, max(0, lift), 0, 0)
            grid.addWidget(button, row, 0, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(note, row, 1, Qt.AlignmentFlag.AlignTop)
        self.fields[setting.name] = levels
        # Above the section's form: the level is the section's main choice.
        column.insertWidget(0, caption)
        column.insertWidget(1, levels)

    def _excluded_editor(self, setting: Setting, column: QVBoxLayout) -> None:
        """Left-out exercises: one row each with a "Put back" button, or a sentence saying
        how something gets left out (rows built by ``_show_excluded``); below the form."""
        caption = QLabel(_label(setting.name))
        self.excluded_caption = caption
        listing = QWidget()
        listing.setObjectName(setting.name)
        listing.setAccessibleName(plain_text(_label(setting.name)))
        self._describe(listing, setting)
        self.excluded_rows = QVBoxLayout(listing)
        self.excluded_rows.setContentsMargins(0, 0, 0, 0)
        self.excluded_rows.setSpacing(2)
        self.fields[setting.name] = listing
        self.excluded_empty = QLabel(
            tr(
                "Nothing is left out. If an exercise hurts, press “This hurts” during a "
                "break and it will be left out until you put it back here."
            )
        )
        self.excluded_empty.setObjectName("excluded_empty")
        self.excluded_empty.setTextFormat(Qt.TextFormat.PlainText)
        muted(self.excluded_empty)
        wrap_full_width(self.excluded_empty)
        self.program_safety = QLabel(safety_short())
        self.program_safety.setObjectName("program_safety")
        self.program_safety.setTextFormat(Qt.TextFormat.PlainText)
        self.program_safety.setAccessibleName(safety_title())
        self.program_safety.setAccessibleDescription(safety_short())
        # The amber of the safety note elsewhere: "take note", not an error. (Qt draws a
        # lone "border-left" shorthand on a QLabel only with an explicit border style.)
        edge = start_edge()
        self.program_safety.setStyleSheet(
            "QLabel#program_safety { border-style: solid; border-color: rgb(227, 160, 8);"
            f" border-width: 0px; border-{edge}-width: 3px; padding: 2px 0px;"
            f" padding-{edge}: 6px; }}"
        )
        wrap_full_width(self.program_safety)
        column.addWidget(caption)
        column.addWidget(listing)
        column.addWidget(self.excluded_empty)
        column.addWidget(self.program_safety)

    def _autostart_row(self, column: QVBoxLayout) -> None:
        """Start at login: not a setting in the file, the platform's adapter holds it."""
        login = QCheckBox(tr("Start deadbutt-tray when I &log in"))
        login.setObjectName("autostart")
        login.setAccessibleName(tr("Start at login"))
        where = self._autostart.describe()
        login.setToolTip(tr("Uses {0}").format(where))
        login.setAccessibleDescription(tr("Uses {0}").format(where))
        login.toggled.connect(self._on_autostart_toggled)
        self.autostart_box = login
        self.autostart_message = _Message("autostart_message")
        # Above the idle-detection form, in the column, so a long message wraps well.
        column.insertWidget(0, login)
        column.insertWidget(1, self.autostart_message)

    def _idle_status_rows(self, column: QVBoxLayout, form: QFormLayout) -> None:
        self.idle_in_use = QLineEdit()
        self.idle_in_use.setObjectName("idle_in_use")
        self.idle_in_use.setReadOnly(True)
        self.idle_in_use.setAccessibleName(tr("Idle detection in use"))
        caption = QLabel(tr("In us&e:"))
        caption.setBuddy(self.idle_in_use)
        form.addRow(caption, self.idle_in_use)
        self.idle_notes = QLabel()
        self.idle_notes.setObjectName("idle_notes")
        self.idle_notes.setAccessibleName(tr("Why this idle detection"))
        self.idle_notes.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.idle_notes.setTextFormat(Qt.TextFormat.PlainText)
        self.idle_notes.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        # Muted: it explains the line above, it is not a field of its own.
        muted(self.idle_notes)
        wrap_full_width(self.idle_notes)
        column.addWidget(self.idle_notes)

    @staticmethod
    def _time_format() -> str:
        """The locale's short time format (24 h or AM/PM), without seconds."""
        fmt = QLocale().timeFormat(QLocale.FormatType.ShortFormat)
        return fmt if "s" not in fmt else "HH:mm"

    # -- showing values ------------------------------------------------------------------

    def _idle_choices(self, current: str) -> list[str]:
        # The ones that make sense on this OS, and the current one even if it does not.
        relevant = preferences_for(self._platform)
        return [c for c in _choices("idle_source") if c in relevant or c == current]

    def _fill_choices(self, key: str, combo: QComboBox, current: str) -> None:
        """The combo's choices for ``key``, with ``current`` selected."""
        combo.clear()
        if key == "language":
            for choice in _choices(key):
                combo.addItem(_language_label(choice), choice)
        elif key == "idle_source":
            for choice in self._idle_choices(current):
                combo.addItem(_idle_label(choice), choice)
        else:
            choices = _choices(key)
            for choice in (*choices, *(() if current in choices else (current,))):
                combo.addItem(_age_label(choice), choice)
        combo.setCurrentIndex(max(0, combo.findData(current)))

    def _show_level(self, level: int) -> None:
        button = self.level_buttons.get(level)
        if button is None:  # not a level this version knows: show the nearest one
            button = self.level_buttons[min(max(level, min(Level)), max(Level))]
        button.setChecked(True)
        self._follow_level()

    def _follow_level(self) -> None:
        """Tab and the caption's mnemonic go to the chosen level; arrows move from there.

        (Qt otherwise enters a radio group at whichever button last had focus, or at the
        first one.)
        """
        for button in self.level_buttons.values():
            button.setFocusPolicy(
                Qt.FocusPolicy.StrongFocus if button.isChecked() else Qt.FocusPolicy.ClickFocus
            )
            if button.isChecked():
                self.level_caption.setBuddy(button)

    def _show_excluded(self, ids: Sequence[str]) -> None:
        """List ``ids`` (or say that nothing is left out).

        If keyboard focus was on a "Put back" button, it stays in the list: on the row
        that took that row's place, else the last row, else the age range above.
        """
        ids = tuple(ids)
        if ids == self._excluded:
            return  # unchanged: keep the rows, and the focus on them
        self._excluded = ids
        old_buttons = list(self.put_back_buttons.values())
        focus_row = next((n for n, b in enumerate(old_buttons) if b.hasFocus()), None)
        self.put_back_buttons = {}
        while (item := self.excluded_rows.takeAt(0)) is not None:
            if (old := item.widget()) is not None:
                old.hide()
                old.deleteLater()
        for ex_id in ids:
            self.excluded_rows.addWidget(self._excluded_row(ex_id))
        buttons = list(self.put_back_buttons.values())
        # New buttons go last in the Tab order; put them where they are on screen.
        previous: QWidget = self.fields["age_range"]
        for button in buttons:
            QWidget.setTabOrder(previous, button)
            previous = button
        self.fields["excluded_exercises"].setVisible(bool(ids))
        self.excluded_empty.setVisible(not ids)
        self.excluded_caption.setBuddy(buttons[0] if buttons else self.excluded_empty)
        if focus_row is not None:
            target = buttons[min(focus_row, len(buttons) - 1)] if buttons else None
            (target or self.fields["age_range"]).setFocus(Qt.FocusReason.OtherFocusReason)

    def _excluded_row(self, ex_id: str) -> QWidget:
        name = self._exercise_names.get(ex_id) or ex_id
        row = QWidget()
        row.setObjectName(f"excluded_{ex_id}")
        line = QHBoxLayout(row)
        line.setContentsMargins(0, 0, 0, 0)
        label = QLabel(name)
        label.setTextFormat(Qt.TextFormat.PlainText)  # names may come from the user's files
        if name != ex_id:
            label.setToolTip(ex_id)
        wrap_full_width(label)
        button = QPushButton(tr("Put back"))
        button.setObjectName(f"put_back_{ex_id}")
        button.setAccessibleName(tr("Put back {0}").format(name))
        button.setAccessibleDescription(tr("Include this exercise in routines again"))
        button.setToolTip(tr("Include “{0}” in routines again").format(name))
        button.clicked.connect(lambda _checked=False, i=ex_id: self.put_back(i))
        self.put_back_buttons[ex_id] = button
        line.addWidget(label, 1)
        line.addWidget(button)
        return row

    def _load(self, settings: Settings) -> None:
        """Put ``settings`` into the widgets without treating it as an edit."""
        self._loading = True
        try:
            for key, widget in self.fields.items():
                value = getattr(settings, key)
                if isinstance(widget, QDoubleSpinBox | QSpinBox):
                    widget.setValue(value)
                elif isinstance(widget, QTimeEdit):
                    widget.setTime(_to_qtime(value))
                elif isinstance(widget, QSlider):
                    widget.setValue(value)
                elif isinstance(widget, QComboBox):
                    self._fill_choices(key, widget, value)
                elif key == "level":
                    self._show_level(value)
                elif key == "excluded_exercises":
                    self._show_excluded(value)
                elif key not in self.days_boxes and isinstance(widget, QCheckBox):
                    widget.setChecked(value)
            for key, boxes in self.days_boxes.items():
                for day, box in boxes.items():
                    box.setChecked(day in getattr(settings, key))
        finally:
            self._loading = False
        self._show_volume(settings.volume)
        self._update_enabled()

    def _read(self, key: str) -> object:
        """The value the widget for ``key`` shows, as the ``Settings`` field holds it."""
        if key in self.days_boxes:
            return tuple(day for day in WEEKDAYS if self.days_boxes[key][day].isChecked())
        if key == "level":
            return self.level_group.checkedId()
        if key == "excluded_exercises":
            return self._excluded or ()
        widget = self.fields[key]
        if isinstance(widget, QDoubleSpinBox):
            return float(widget.value())
        if isinstance(widget, QSpinBox | QSlider):
            return int(widget.value())
        if isinstance(widget, QTimeEdit):
            return _from_qtime(widget.time())
        if isinstance(widget, QComboBox):
            return widget.currentData()
        assert isinstance(widget, QAbstractButton)
        return widget.isChecked()

    def _show_volume(self, value: int) -> None:
        self.volume_value.setText(percent_text(value))

    def _update_enabled(self) -> None:
        # Fields that do nothing in the current state are greyed out, not hidden, so
        # the form does not jump around.
        hours_on = self._checked("working_hours")
        for key in _TIME_KEYS:
            self.fields[key].setEnabled(hours_on)
        for box in self.day_boxes.values():
            box.setEnabled(hours_on)
        program_on = self._checked("program_time_on")
        self.fields["program_time"].setEnabled(program_on)
        for box in self.days_boxes["program_days"].values():
            box.setEnabled(program_on)
        self.fields["volume"].setEnabled(self._checked("sound"))
        self.volume_value.setEnabled(self._checked("sound"))

    def _checked(self, key: str) -> bool:
        widget = self.fields[key]
        assert isinstance(widget, QCheckBox)
        return widget.isChecked()

    # -- edits ---------------------------------------------------------------------------

    def _level_toggled(self, on: bool) -> None:
        # Two signals per change (the old level off, the new one on): act on the second.
        if not on:
            return
        self._follow_level()
        self._edited("level")

    def _edited(self, key: str) -> None:
        if self._loading:
            return
        self._pending.add(key)
        kind = SETTING[key].kind
        if isinstance(kind, _DEBOUNCED_KINDS) and not isinstance(kind, _PICKED_KINDS):
            self._debounce.start()  # (re)starts: the value settles before it applies
        else:
            self.flush()

    def _apply(self, new: Settings) -> None:
        if new == self._settings:
            return
        self._settings = new
        # Hidden first: if saving this one fails too, the app shows the banner again.
        self.save_banner.clear_message()
        self.settings_changed.emit(new)

    def _confirmed(self, box: QMessageBox, restore: QAbstractButton) -> None:
        confirmed = box.clickedButton() is restore
        box.deleteLater()
        if not confirmed:
            return
        self._debounce.stop()
        self._pending.clear()
        self.hours_message.clear_message()
        for message in self.days_messages.values():
            message.clear_message()
        kept = self._kept_out()
        restored = dataclasses.replace(
            self._defaults,
            excluded_exercises=(
                *self._defaults.excluded_exercises,
                *(i for i in kept if i not in self._defaults.excluded_exercises),
            ),
        )
        self._load(restored)
        self._apply(restored)

    def _kept_out(self) -> tuple[str, ...]:
        """The exercises left out now (as the list shows them, a put-back not yet applied
        included): "Restore defaults" keeps them out."""
        shown = self._excluded
        return tuple(self._settings.excluded_exercises if shown is None else shown)

    # -- start at login ------------------------------------------------------------------

    def _refresh_autostart(self) -> None:
        """Show the real state: the user may have changed it outside the app."""
        try:
            enabled = self._autostart.is_enabled()
        except AutostartError as exc:
            self.autostart_message.say(
                tr("Cannot tell whether it starts at login: {0}").format(exc)
            )
            enabled = False
        self._loading = True
        try:
            self.autostart_box.setChecked(enabled)
        finally:
            self._loading = False

    def _on_autostart_toggled(self, on: bool) -> None:
        if self._loading:
            return
        try:
            if on:
                self._autostart.enable()
            else:
                self._autostart.disable()
        except AutostartError as exc:
            self.autostart_message.say(tr("Could not change start at login: {0}").format(exc))
            self._loading = True
            try:
                self.autostart_box.setChecked(self._autostart_state_or(not on))
            finally:
                self._loading = False
            return
        self.autostart_message.clear_message()

    def _autostart_state_or(self, fallback: bool) -> bool:
        try:
            return self._autostart.is_enabled()
        except AutostartError:
            return fallback

    # -- events --------------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        self.autostart_message.clear_message()
        self._refresh_autostart()
        super().showEvent(event)

    def hideEvent(self, event: QHideEvent) -> None:
        # Closing right after typing (Enter, Esc, the window's X) still applies the value
        # the user sees instead of silently dropping it.
        self.flush()
        super().hideEvent(event)
