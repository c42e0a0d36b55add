"""The Settings dialog: shows the file's settings, applies each valid edit, refuses bad ones."""

from __future__ import annotations

import dataclasses
import os
from collections.abc import Callable, Iterator
from datetime import time
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt, QTime
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QLabel,
    QMessageBox,
    QSlider,
    QSpinBox,
    QTimeEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from deadbutt_tray.core.model.settings import SETTINGS, WEEKDAYS, Settings
from deadbutt_tray.core.rules.balance import AGE_RANGES
from deadbutt_tray.ui.safety import safety_short
from deadbutt_tray.ui.settings_dialog import DEBOUNCE_MS, SettingsDialog
from tests.fakes import FakeAutostart
from tests.widget.conftest import save_shot

AUTOSTART_FILE = "/home/me/.config/autostart/deadbutt-tray.desktop"

# The offscreen platform says so whenever a top-level window is shown; not our problem.

FAST_MS = 20  # debounce for tests that are not about the debounce itself

# Every value differs from the default, so "shows the given settings" means something.
CUSTOM = Settings(
    sit_limit_min=45.0,
    heads_up_s=120,
    min_break_min=3.5,
    snooze_min=10.0,
    max_snoozes=5,
    renudge_min=7.0,
    working_hours=True,
    work_start=time(8, 15),
    work_end=time(16, 45),
    work_days=("mon", "wed", "fri"),
    quiet_when_fullscreen=False,
    sound=False,
    volume=35,
    idle_source="x11",
    level=2,
    age_range="50-59",
    excluded_exercises=("wall-sit-squeeze", "clamshell", "retired-move"),
    program_time_on=True,
    program_time=time(7, 15),
    program_days=("sat", "sun"),
)

# What the app passes: id -> name. "retired-move" has no name (no longer in the library).
NAMES = {
    "wall-sit-squeeze": "Wall sit with glute squeeze",
    "clamshell": "Clamshell",
    "glute-bridge": "Glute bridge",
}

# One new value per setting, each different from CUSTOM's.
EDITS: dict[str, Any] = {
    "sit_limit_min": 50.0,
    "heads_up_s": 0,
    "min_break_min": 2.5,
    "snooze_min": 15.0,
    "max_snoozes": 0,
    "renudge_min": 12.0,
    "working_hours": False,
    "work_start": time(7, 30),
    "work_end": time(18, 0),
    "work_days": ("mon", "tue", "wed", "fri"),
    "quiet_when_fullscreen": True,
    "sound": True,
    "volume": 80,
    "idle_source": "none",
    "language": "fr",
    "level": 3,
    "age_range": "",
    "excluded_exercises": ("wall-sit-squeeze", "retired-move"),  # clamshell put back
    "program_time_on": False,
    "program_time": time(20, 0),
    "program_days": ("fri", "sat", "sun"),  # one box ticked
}


NOTES = [
    "x11: unavailable: this is a Wayland session; XWayland's idle counter does not see input",
    "mutter: picked GNOME Mutter IdleMonitor (first reading 0.3 s)",
]

Make = Callable[..., SettingsDialog]


@pytest.fixture
def make(qtbot: QtBot) -> Iterator[Make]:
    def build(
        settings: Settings = CUSTOM,
        autostart: FakeAutostart | None = None,
        debounce_ms: int = FAST_MS,
        **kwargs: Any,
    ) -> SettingsDialog:
        kwargs.setdefault("exercise_names", NAMES)
        dialog = SettingsDialog(
            settings,
            idle_in_use="GNOME Mutter IdleMonitor",
            idle_notes=NOTES,
            autostart=autostart or FakeAutostart(description=AUTOSTART_FILE),
            debounce_ms=debounce_ms,
            platform="linux",
            **kwargs,
        )
        qtbot.addWidget(dialog)
        return dialog

    yield build


def recorder(dialog: SettingsDialog) -> list[Settings]:
    seen: list[Settings] = []
    dialog.settings_changed.connect(seen.append)
    return seen


def shown(dialog: SettingsDialog, key: str) -> Any:
    """What the control for ``key`` shows, read straight from the widget."""
    if key in dialog.days_boxes:
        return tuple(d for d in WEEKDAYS if dialog.days_boxes[key][d].isChecked())
    if key == "level":
        return next(n for n, b in dialog.level_buttons.items() if b.isChecked())
    if key == "excluded_exercises":
        return tuple(i for i, b in dialog.put_back_buttons.items() if b.isVisibleTo(dialog))
    widget = dialog.fields[key]
    if isinstance(widget, QDoubleSpinBox):
        return widget.value()
    if isinstance(widget, QSpinBox | QSlider):
        return widget.value()
    if isinstance(widget, QTimeEdit):
        t = widget.time()
        return time(t.hour(), t.minute())
    if isinstance(widget, QComboBox):
        return widget.currentData()
    assert isinstance(widget, QCheckBox)
    return widget.isChecked()


def edit(dialog: SettingsDialog, key: str, value: Any) -> None:
    """Change the control for ``key`` the way its own signals report a user edit."""
    if key in dialog.days_boxes:
        for day, box in dialog.days_boxes[key].items():
            box.setChecked(day in value)
        return
    if key == "level":
        dialog.level_buttons[value].click()
        return
    if key == "excluded_exercises":
        for ex_id, button in list(dialog.put_back_buttons.items()):
            if ex_id not in value:
                button.click()
        return
    widget = dialog.fields[key]
    if isinstance(widget, QDoubleSpinBox | QSpinBox | QSlider):
        widget.setValue(value)
    elif isinstance(widget, QTimeEdit):
        widget.setTime(QTime(value.hour, value.minute))
    elif isinstance(widget, QComboBox):
        index = widget.findData(value)
        assert index >= 0, value
        widget.setCurrentIndex(index)
    else:
        assert isinstance(widget, QCheckBox)
        widget.setChecked(value)


def show_active(dialog: SettingsDialog, qtbot: QtBot) -> None:
    """Show ``dialog`` as the active window, so key presses and focus go to it."""
    with qtbot.waitActive(dialog):  # a context manager: it waits on leaving
        dialog.show()
        dialog.activateWindow()
    assert QApplication.activeWindow() is dialog


def settle(qtbot: QtBot, ms: int = FAST_MS) -> None:
    qtbot.wait(ms * 4)


# --- showing ----------------------------------------------------------------------------------


def test_every_setting_has_a_control(make: Make) -> None:
    # The table and the form cannot drift apart: a new setting needs a control.
    keys = {setting.name for setting in SETTINGS}
    assert set(make().fields) == keys
    assert set(EDITS) == keys


@pytest.mark.parametrize("key", sorted(EDITS))
def test_each_control_shows_the_given_settings(make: Make, key: str) -> None:
    dialog = make()
    assert shown(dialog, key) == getattr(CUSTOM, key)
    assert dialog.settings() == CUSTOM


def test_ranges_and_units_come_from_the_settings_table(make: Make) -> None:
    dialog = make()
    for setting in SETTINGS:
        widget = dialog.fields[setting.name]
        if isinstance(widget, QDoubleSpinBox | QSpinBox | QSlider):
            kind = setting.kind
            assert (widget.minimum(), widget.maximum()) == (kind.minimum, kind.maximum)  # type: ignore[attr-defined]
    sit = dialog.fields["sit_limit_min"]
    assert isinstance(sit, QDoubleSpinBox)
    assert sit.text() == "45 min"  # whole minutes without a needless ".0"
    assert dialog.fields["min_break_min"].text() == "3.5 min"  # type: ignore[attr-defined]
    heads_up = dialog.fields["heads_up_s"]
    assert isinstance(heads_up, QSpinBox)
    heads_up.setValue(0)
    assert heads_up.text() == "Off"


def test_idle_preference_and_source_in_use_are_shown(make: Make) -> None:
    dialog = make()
    combo = dialog.fields["idle_source"]
    assert isinstance(combo, QComboBox)
    choices = [combo.itemData(i) for i in range(combo.count())]
    assert choices == ["auto", "x11", "mutter", "freedesktop", "wayland", "none"]
    assert dialog.idle_in_use.isReadOnly()
    assert dialog.idle_in_use.text() == "GNOME Mutter IdleMonitor"
    assert all(note in dialog.idle_notes.text() for note in NOTES)
    dialog.set_idle_status("", [])
    assert "unavailable" in dialog.idle_in_use.text()


def test_a_preference_for_another_os_is_still_shown(make: Make) -> None:
    dialog = make(dataclasses.replace(CUSTOM, idle_source="windows"))
    assert shown(dialog, "idle_source") == "windows"


def test_dependent_fields_are_greyed_out(make: Make) -> None:
    dialog = make(dataclasses.replace(CUSTOM, working_hours=False, sound=False))
    assert not dialog.fields["work_start"].isEnabled()
    assert not dialog.day_boxes["mon"].isEnabled()
    assert not dialog.fields["volume"].isEnabled()
    edit(dialog, "working_hours", True)
    edit(dialog, "sound", True)
    assert dialog.fields["work_end"].isEnabled()
    assert dialog.day_boxes["sun"].isEnabled()
    assert dialog.fields["volume"].isEnabled()


# --- editing ----------------------------------------------------------------------------------


@pytest.mark.parametrize("key", sorted(EDITS))
def test_editing_a_control_emits_exactly_that_change(make: Make, qtbot: QtBot, key: str) -> None:
    dialog = make()
    seen = recorder(dialog)
    edit(dialog, key, EDITS[key])
    qtbot.waitUntil(lambda: bool(seen), timeout=2000)
    settle(qtbot)
    expected = dataclasses.replace(CUSTOM, **{key: EDITS[key]})
    assert seen == [expected]
    assert dialog.settings() == expected


def test_typing_a_number_applies_once_after_it_settles(make: Make, qtbot: QtBot) -> None:
    dialog = make(debounce_ms=DEBOUNCE_MS)
    seen = recorder(dialog)
    box = dialog.fields["snooze_min"]
    assert isinstance(box, QDoubleSpinBox)
    box.setFocus()
    box.selectAll()
    qtbot.keyClicks(box, "25")  # "2" alone is a valid snooze: it must not apply first
    assert box.value() == 25
    assert seen == []  # nothing yet: still within the debounce
    qtbot.waitUntil(lambda: bool(seen), timeout=DEBOUNCE_MS * 5)
    qtbot.wait(DEBOUNCE_MS)
    assert seen == [dataclasses.replace(CUSTOM, snooze_min=25.0)]


def test_enter_applies_what_was_typed_and_closes(make: Make, qtbot: QtBot) -> None:
    dialog = make(debounce_ms=DEBOUNCE_MS)
    seen = recorder(dialog)
    with qtbot.waitExposed(dialog):  # waits on leaving the block
        dialog.show()
    box = dialog.fields["sit_limit_min"]
    assert isinstance(box, QDoubleSpinBox)
    box.setFocus()
    box.selectAll()
    qtbot.keyClicks(box, "60")
    qtbot.keyClick(box, Qt.Key.Key_Return)
    assert not dialog.isVisible()
    assert seen == [dataclasses.replace(CUSTOM, sit_limit_min=60.0)]  # no wait needed


def test_working_day_that_ends_before_it_starts_is_refused(make: Make, qtbot: QtBot) -> None:
    dialog = make()
    seen = recorder(dialog)
    edit(dialog, "work_end", time(8, 0))  # before the 08:15 start
    settle(qtbot)
    assert seen == []
    assert dialog.hours_message.isVisibleTo(dialog)
    assert "end after" in dialog.hours_message.text()
    assert dialog.hours_message.accessibleName() == dialog.hours_message.text()
    assert dialog.settings() == CUSTOM

    # Another valid edit meanwhile still applies, without the refused hours.
    edit(dialog, "volume", 50)
    qtbot.waitUntil(lambda: bool(seen), timeout=2000)
    assert seen == [dataclasses.replace(CUSTOM, volume=50)]
    assert dialog.hours_message.isVisibleTo(dialog)  # the fields still show bad hours

    edit(dialog, "work_end", time(17, 0))
    qtbot.waitUntil(lambda: len(seen) == 2, timeout=2000)
    assert seen[-1] == dataclasses.replace(CUSTOM, volume=50, work_end=time(17, 0))
    assert not dialog.hours_message.isVisibleTo(dialog)


def test_equal_start_and_end_is_refused(make: Make, qtbot: QtBot) -> None:
    dialog = make()
    seen = recorder(dialog)
    edit(dialog, "work_start", CUSTOM.work_end)
    settle(qtbot)
    assert seen == []
    assert dialog.hours_message.isVisibleTo(dialog)


def test_a_week_without_working_days_is_refused(make: Make, qtbot: QtBot) -> None:
    dialog = make()
    seen = recorder(dialog)
    for box in dialog.day_boxes.values():
        box.setChecked(False)
    settle(qtbot)
    # Unticking mon and wed applied; the last one (fri) was refused.
    assert seen[-1].work_days == ("fri",)
    assert dialog.days_message.isVisibleTo(dialog)
    assert dialog.settings().work_days == ("fri",)
    dialog.day_boxes["tue"].setChecked(True)
    settle(qtbot)
    assert seen[-1].work_days == ("tue",)
    assert not dialog.days_message.isVisibleTo(dialog)


def test_set_settings_refreshes_without_emitting(make: Make, qtbot: QtBot) -> None:
    dialog = make()
    seen = recorder(dialog)
    edit(dialog, "snooze_min", 20.0)  # pending, then overtaken by the new settings
    dialog.set_settings(Settings())
    settle(qtbot)
    assert seen == []
    assert dialog.settings() == Settings()
    for key in EDITS:
        assert shown(dialog, key) == getattr(Settings(), key), key


def test_the_files_settings_are_shown_not_a_run_override(make: Make) -> None:
    # The app passes the file's settings; a --sit-limit 0.5 run must not show up here.
    dialog = make(Settings(sit_limit_min=30.0))
    assert shown(dialog, "sit_limit_min") == 30.0


def test_save_error_banner(make: Make, qtbot: QtBot) -> None:
    dialog = make()
    seen = recorder(dialog)
    dialog.show_save_error("config.toml: Permission denied")
    assert dialog.save_banner.isVisibleTo(dialog)
    assert "Permission denied" in dialog.save_banner.text()
    edit(dialog, "sound", True)  # the next change is saved again: the banner goes
    assert seen
    assert not dialog.save_banner.isVisibleTo(dialog)
    dialog.show_save_error("again")
    dialog.clear_save_error()
    assert not dialog.save_banner.isVisibleTo(dialog)


# --- program: level, age range, left-out exercises -------------------------------------------


def left_out_names(dialog: SettingsDialog) -> list[str]:
    """The names the left-out list shows, top to bottom."""
    names = []
    for button in dialog.put_back_buttons.values():
        label = button.parentWidget().findChild(QLabel)
        assert label is not None
        names.append(label.text())
    return names


def test_each_level_shows_its_number_name_and_description(make: Make) -> None:
    dialog = make()
    assert list(dialog.level_buttons) == [1, 2, 3]
    for number, name in (
        (1, "Wake up the butt"),
        (2, "Use it with your core"),
        (3, "Put it all together"),
    ):
        button = dialog.level_buttons[number]
        assert button.text().startswith(str(number)) and name in button.text()
        assert button.accessibleName() == f"Level {number}: {name}"
        about = dialog.findChild(QLabel, f"level_{number}_about")
        assert about is not None and about.isVisibleTo(dialog)
        assert about.text().endswith(".")  # one line of its own
        assert button.accessibleDescription() == about.text()
    assert [n for n, b in dialog.level_buttons.items() if b.isChecked()] == [2]


def test_arrow_keys_change_the_level_at_once(make: Make, qtbot: QtBot) -> None:
    dialog = make(debounce_ms=DEBOUNCE_MS)
    seen = recorder(dialog)
    show_active(dialog, qtbot)
    level_2 = dialog.level_buttons[2]
    level_2.setFocus()
    qtbot.waitUntil(level_2.hasFocus, timeout=2000)
    qtbot.keyClick(level_2, Qt.Key.Key_Down)
    assert seen == [dataclasses.replace(CUSTOM, level=3)]  # no debounce for a choice
    assert dialog.level_buttons[3].isChecked() and dialog.level_buttons[3].hasFocus()
    qtbot.keyClick(dialog.level_buttons[3], Qt.Key.Key_Up)
    assert seen[-1] == CUSTOM
    assert len(seen) == 2


def test_age_range_offers_not_given_and_every_range(make: Make) -> None:
    combo = make().fields["age_range"]
    assert isinstance(combo, QComboBox)
    assert [combo.itemData(i) for i in range(combo.count())] == ["", *AGE_RANGES]
    texts = [combo.itemText(i) for i in range(combo.count())]
    assert texts[0] == "Not given"
    assert texts[1] == "18 to 39"
    assert texts[-1] == "80 or older"
    assert combo.currentText() == "50 to 59"


def test_left_out_exercises_are_listed_by_name(make: Make) -> None:
    dialog = make()
    assert list(dialog.put_back_buttons) == list(CUSTOM.excluded_exercises)
    # An id the app has no name for (no longer in the library) is shown as it is.
    assert left_out_names(dialog) == ["Wall sit with glute squeeze", "Clamshell", "retired-move"]
    assert dialog.put_back_buttons["clamshell"].accessibleName() == "Put back Clamshell"
    assert not dialog.excluded_empty.isVisibleTo(dialog)
    assert dialog.program_safety.isVisibleTo(dialog)
    assert dialog.program_safety.text() == safety_short()


def test_names_are_shown_as_plain_text(make: Make) -> None:
    settings = dataclasses.replace(CUSTOM, excluded_exercises=("mine",))
    dialog = make(settings, exercise_names={"mine": "<b>My</b> lunge"})
    assert left_out_names(dialog) == ["<b>My</b> lunge"]
    label = dialog.put_back_buttons["mine"].parentWidget().findChild(QLabel)
    assert label is not None and label.textFormat() == Qt.TextFormat.PlainText


def test_putting_back_removes_only_that_id(make: Make, qtbot: QtBot) -> None:
    dialog = make()
    seen = recorder(dialog)
    with qtbot.waitExposed(dialog):  # waits on leaving the block
        dialog.show()
    qtbot.mouseClick(dialog.put_back_buttons["clamshell"], Qt.MouseButton.LeftButton)
    kept = ("wall-sit-squeeze", "retired-move")
    assert seen == [dataclasses.replace(CUSTOM, excluded_exercises=kept)]
    assert list(dialog.put_back_buttons) == list(kept)
    assert left_out_names(dialog) == ["Wall sit with glute squeeze", "retired-move"]
    dialog.put_back("clamshell")  # already back: nothing to do
    assert len(seen) == 1


def test_when_nothing_is_left_out_a_sentence_says_how_it_happens(make: Make, qtbot: QtBot) -> None:
    dialog = make()
    seen = recorder(dialog)
    for button in list(dialog.put_back_buttons.values()):
        button.click()
    assert [s.excluded_exercises for s in seen] == [
        ("clamshell", "retired-move"),
        ("retired-move",),
        (),
    ]
    assert dialog.put_back_buttons == {}
    assert dialog.excluded_empty.isVisibleTo(dialog)
    assert not dialog.fields["excluded_exercises"].isVisibleTo(dialog)
    text = dialog.excluded_empty.text()
    assert text.startswith("Nothing is left out.")
    assert "This hurts" in text and "put it back here" in text
    assert dialog.program_safety.isVisibleTo(dialog)  # the reminder stays

    fresh = make(Settings())
    assert fresh.excluded_empty.isVisibleTo(fresh)
    assert fresh.put_back_buttons == {}


def test_put_back_by_keyboard_keeps_focus_in_the_list(make: Make, qtbot: QtBot) -> None:
    dialog = make()
    seen = recorder(dialog)
    show_active(dialog, qtbot)
    first = dialog.put_back_buttons["wall-sit-squeeze"]
    first.setFocus()
    qtbot.waitUntil(first.hasFocus, timeout=2000)
    qtbot.keyClick(first, Qt.Key.Key_Space)
    assert seen[-1].excluded_exercises == ("clamshell", "retired-move")
    # Focus moves to the row that took its place, then to the last row ...
    qtbot.waitUntil(dialog.put_back_buttons["clamshell"].hasFocus, timeout=2000)
    qtbot.keyClick(dialog.put_back_buttons["clamshell"], Qt.Key.Key_Space)
    last = dialog.put_back_buttons["retired-move"]
    qtbot.waitUntil(last.hasFocus, timeout=2000)
    qtbot.keyClick(last, Qt.Key.Key_Space)
    # ... and with the list empty, to the field above it; Enter still closes.
    age = dialog.fields["age_range"]
    qtbot.waitUntil(age.hasFocus, timeout=2000)
    assert seen[-1] == dataclasses.replace(CUSTOM, excluded_exercises=())
    assert dialog.close_button.isDefault()
    qtbot.keyClick(age, Qt.Key.Key_Return)
    assert not dialog.isVisible()
    assert len(seen) == 3


def test_set_settings_refreshes_the_program_section(make: Make, qtbot: QtBot) -> None:
    dialog = make(Settings())
    seen = recorder(dialog)
    dialog.set_settings(CUSTOM)  # e.g. "This hurts" left something out meanwhile
    settle(qtbot)
    assert seen == []
    assert shown(dialog, "level") == 2
    assert shown(dialog, "age_range") == "50-59"
    assert shown(dialog, "excluded_exercises") == CUSTOM.excluded_exercises
    assert not dialog.excluded_empty.isVisibleTo(dialog)
    dialog.set_settings(dataclasses.replace(CUSTOM, excluded_exercises=()))
    assert dialog.put_back_buttons == {}
    assert dialog.excluded_empty.isVisibleTo(dialog)
    assert seen == []


# --- restore defaults, closing ----------------------------------------------------------------


def confirmation(dialog: SettingsDialog, qtbot: QtBot) -> QMessageBox:
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    box = dialog.findChild(QMessageBox, "restore_confirmation")
    assert box is not None
    qtbot.waitUntil(box.isVisible, timeout=2000)
    return box


def test_restore_defaults_after_confirming(make: Make, qtbot: QtBot) -> None:
    defaults = dataclasses.replace(Settings(), sit_limit_min=40.0)  # an admin's default
    dialog = make(defaults=defaults)
    seen = recorder(dialog)
    dialog.show()
    box = confirmation(dialog, qtbot)
    assert seen == []  # nothing happens before the answer
    qtbot.keyClick(box, Qt.Key.Key_Return)  # Enter confirms
    qtbot.waitUntil(lambda: bool(seen), timeout=2000)
    # Everything goes back, except the exercises left out: they may have hurt.
    kept = dataclasses.replace(defaults, excluded_exercises=CUSTOM.excluded_exercises)
    assert seen == [kept]
    for key in EDITS:
        assert shown(dialog, key) == getattr(kept, key), key


def test_restore_defaults_names_the_exercises_it_keeps_out(make: Make, qtbot: QtBot) -> None:
    dialog = make()
    dialog.show()
    box = confirmation(dialog, qtbot)
    text = box.text()
    assert "Kept left out, in case they hurt: Wall sit with glute squeeze, Clamshell, " in text
    assert "retired-move." in text  # no longer in the library: its id
    qtbot.keyClick(box, Qt.Key.Key_Escape)
    none = make(dataclasses.replace(CUSTOM, excluded_exercises=()))
    none.show()
    box = confirmation(none, qtbot)
    assert "left out" not in box.text()
    qtbot.keyClick(box, Qt.Key.Key_Escape)


def test_restore_defaults_can_be_cancelled(make: Make, qtbot: QtBot) -> None:
    dialog = make()
    seen = recorder(dialog)
    dialog.show()
    box = confirmation(dialog, qtbot)
    qtbot.keyClick(box, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not box.isVisible(), timeout=2000)
    settle(qtbot)
    assert seen == []
    assert dialog.isVisible()  # Esc closed only the question
    assert dialog.settings() == CUSTOM


def test_escape_closes(make: Make, qtbot: QtBot) -> None:
    dialog = make()
    with qtbot.waitExposed(dialog):  # waits on leaving the block
        dialog.show()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()


def test_close_button_is_the_default(make: Make) -> None:
    dialog = make()
    assert dialog.close_button.isDefault()


# --- keyboard and accessibility -------------------------------------------------------------


# Fields whose entry in ``fields`` is a container, not a focusable control.
CONTAINERS = ("work_days", "volume", "level", "excluded_exercises")


def controls(dialog: SettingsDialog) -> list[QWidget]:
    volume = dialog.fields["volume"]
    return [
        *(w for k, w in dialog.fields.items() if k not in CONTAINERS),
        volume,
        *dialog.day_boxes.values(),
        # Tab enters the level group at the chosen level (arrows move within it).
        next(b for b in dialog.level_buttons.values() if b.isChecked()),
        *dialog.put_back_buttons.values(),
        dialog.autostart_box,
        dialog.idle_in_use,
        dialog.restore_button,
        dialog.close_button,
    ]


def test_tab_reaches_every_control(make: Make, qtbot: QtBot) -> None:
    dialog = make(dataclasses.replace(CUSTOM, sound=True))  # everything enabled
    show_active(dialog, qtbot)
    first = dialog.fields["sit_limit_min"]
    first.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None, timeout=2000)
    reached: list[QWidget] = []
    for _ in range(60):
        widget = QApplication.focusWidget()
        assert widget is not None
        reached.append(widget)
        qtbot.keyClick(widget, Qt.Key.Key_Tab)
    # A spin box's focus sits on its inner line edit; count the spin box.
    owners = {w if w in controls(dialog) else w.parentWidget() for w in reached}
    missing = [w.objectName() or w.accessibleName() for w in controls(dialog) if w not in owners]
    assert missing == []


def test_tab_order_follows_the_program_section(make: Make, qtbot: QtBot) -> None:
    dialog = make()
    show_active(dialog, qtbot)
    dialog.fields["renudge_min"].setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None, timeout=2000)
    order = []
    for _ in range(6):
        widget = QApplication.focusWidget()
        assert widget is not None
        qtbot.keyClick(widget, Qt.Key.Key_Tab)
        order.append(QApplication.focusWidget())
    # Into the level group at the chosen level, then the age range, then each
    # "Put back" top to bottom, then on to the next section.
    assert order == [
        dialog.level_buttons[2],
        dialog.fields["age_range"],
        *dialog.put_back_buttons.values(),
        dialog.fields["program_time_on"],
    ]


def test_program_mnemonics(make: Make, qtbot: QtBot) -> None:
    dialog = make()
    show_active(dialog, qtbot)
    for key, target in (
        (Qt.Key.Key_G, dialog.level_buttons[2]),  # Pro&gram level: the chosen level
        (Qt.Key.Key_A, dialog.fields["age_range"]),  # &Age range
        (Qt.Key.Key_X, dialog.put_back_buttons["wall-sit-squeeze"]),  # Left-out e&xercises
    ):
        dialog.close_button.setFocus()
        qtbot.keyClick(dialog, key, Qt.KeyboardModifier.AltModifier)
        qtbot.waitUntil(target.hasFocus, timeout=2000)


def test_every_control_has_an_accessible_name(make: Make) -> None:
    dialog = make()
    for widget in controls(dialog):
        assert widget.accessibleName().strip(), widget.objectName()
    for key in ("level", "excluded_exercises"):  # the containers, read as a group
        assert dialog.fields[key].accessibleName().strip(), key
    assert dialog.fields["age_range"].accessibleName() == "Age range for balance norms"
    assert dialog.program_safety.accessibleName()
    assert dialog.program_safety.accessibleDescription() == safety_short()
    assert dialog.fields["sit_limit_min"].accessibleName() == "Sitting limit"
    assert dialog.day_boxes["mon"].accessibleName()  # the full day name
    assert dialog.fields["sit_limit_min"].accessibleDescription()  # from SETTINGS


def test_labels_have_working_mnemonics(make: Make, qtbot: QtBot) -> None:
    dialog = make()
    show_active(dialog, qtbot)
    dialog.close_button.setFocus()
    qtbot.keyClick(dialog, Qt.Key.Key_N, Qt.KeyboardModifier.AltModifier)  # Snooze le&ngth
    qtbot.waitUntil(
        lambda: (
            dialog.fields["snooze_min"].isAncestorOf(QApplication.focusWidget())
            or QApplication.focusWidget() is dialog.fields["snooze_min"]
        ),
        timeout=2000,
    )


# --- start at login -----------------------------------------------------------------------------


def test_autostart_checkbox_drives_the_adapter(make: Make, qtbot: QtBot) -> None:
    autostart = FakeAutostart(enabled=False, description=AUTOSTART_FILE)
    dialog = make(autostart=autostart)
    seen = recorder(dialog)
    assert not dialog.autostart_box.isChecked()
    dialog.autostart_box.click()
    assert autostart.calls == ["enable"] and autostart.enabled
    assert dialog.autostart_box.isChecked()
    dialog.autostart_box.click()
    assert autostart.calls == ["enable", "disable"] and not autostart.enabled
    settle(qtbot)
    assert seen == []  # not a setting in config.toml
    assert autostart.describe() in dialog.autostart_box.toolTip()


def test_autostart_error_is_shown_and_the_box_tells_the_truth(make: Make) -> None:
    autostart = FakeAutostart(enabled=False, error="Cannot write /ro/autostart: Read-only")
    dialog = make(autostart=autostart)
    dialog.autostart_box.click()
    assert autostart.calls == ["enable"]
    assert not dialog.autostart_box.isChecked()
    assert dialog.autostart_message.isVisibleTo(dialog)
    assert "Read-only" in dialog.autostart_message.text()
    autostart.error = None
    dialog.autostart_box.click()
    assert dialog.autostart_box.isChecked()
    assert not dialog.autostart_message.isVisibleTo(dialog)


def test_autostart_state_is_read_again_when_shown(make: Make, qtbot: QtBot) -> None:
    autostart = FakeAutostart(enabled=True)
    dialog = make(autostart=autostart)
    assert dialog.autostart_box.isChecked()
    autostart.enabled = False  # the user deleted the entry by hand meanwhile
    with qtbot.waitExposed(dialog):  # waits on leaving the block
        dialog.show()
    assert not dialog.autostart_box.isChecked()
    assert autostart.calls == []


# --- size and looks -------------------------------------------------------------------------


def test_small_window_scrolls_instead_of_squashing(make: Make, qtbot: QtBot) -> None:
    dialog = make()
    with qtbot.waitExposed(dialog):  # waits on leaving the block
        dialog.show()
    dialog.resize(dialog.minimumWidth(), 260)
    qtbot.wait(10)
    assert dialog.height() <= 300
    assert dialog.scroll_area.verticalScrollBar().maximum() > 0
    content = dialog.scroll_area.widget()
    assert content.width() >= content.minimumSizeHint().width()  # no sideways squeeze


def grow_to_fit(dialog: SettingsDialog, qtbot: QtBot) -> None:
    """Make ``dialog`` tall enough to show the whole form (for a screenshot)."""
    bar = dialog.scroll_area.verticalScrollBar()
    for _ in range(5):  # wrapped text may take a round or two to settle
        qtbot.wait(10)
        if bar.maximum() == 0:
            return
        dialog.resize(dialog.width(), dialog.height() + bar.maximum())
    qtbot.wait(10)
    assert bar.maximum() == 0


def test_opens_showing_everything_the_screen_allows(make: Make, qtbot: QtBot) -> None:
    dialog = make()
    with qtbot.waitExposed(dialog):  # waits on leaving the block
        dialog.show()
    screen = dialog.screen().availableGeometry().height()
    if dialog.scroll_area.verticalScrollBar().maximum() > 0:  # only when the form is taller
        assert dialog.height() >= int(screen * 0.9) - 1
    assert dialog.height() <= screen


def test_screenshot(make: Make, qtbot: QtBot) -> None:
    """Saved to $DEADBUTT_TRAY_SHOTS/settings.png for a person to look at.

    The window is grown to the whole form first: the test screen is smaller than most.
    """
    folder = os.environ.get("DEADBUTT_TRAY_SHOTS")
    dialog = make(dataclasses.replace(CUSTOM, sound=True), autostart=FakeAutostart(True))
    with qtbot.waitExposed(dialog):  # waits on leaving the block
        dialog.show()
    grow_to_fit(dialog, qtbot)
    image = dialog.grab()
    assert not image.isNull()
    if folder:
        Path(folder).mkdir(parents=True, exist_ok=True)
        assert image.save(str(Path(folder) / "settings.png"))
        edit(dialog, "excluded_exercises", ())  # before the error: a saved edit clears it
        dialog.show_save_error("config.toml: [Errno 13] Permission denied")
        edit(dialog, "work_end", time(7, 0))
        dialog.flush()
        grow_to_fit(dialog, qtbot)  # let the layouts settle, as before a real repaint
        assert dialog.grab().save(str(Path(folder) / "settings-errors.png"))


def test_dialog_widgets_are_named(make: Make) -> None:
    # Object names make the dialog scriptable from e2e tests and accessibility tools.
    dialog = make()
    for key, widget in dialog.fields.items():
        if key not in dialog.days_boxes:
            assert widget.objectName() == key
    assert dialog.days_boxes["program_days"]["sun"].objectName() == "program_days_sun"
    assert isinstance(dialog.restore_button, QAbstractButton)


@pytest.mark.parametrize(
    ("platform", "adapters"),
    [
        ("linux", ["x11", "mutter", "freedesktop", "wayland"]),
        ("freebsd14", ["x11", "mutter", "freedesktop", "wayland"]),
        ("win32", ["windows"]),
        ("darwin", ["macos"]),
    ],
)
def test_idle_choices_are_the_ones_for_this_os_each_with_its_own_label(
    qtbot: QtBot, platform: str, adapters: list[str]
) -> None:
    dialog = SettingsDialog(
        Settings(),
        idle_in_use="",
        idle_notes=[],
        autostart=FakeAutostart(),
        exercise_names=NAMES,
        platform=platform,
    )
    qtbot.addWidget(dialog)
    combo = dialog.fields["idle_source"]
    assert isinstance(combo, QComboBox)
    choices = [combo.itemData(i) for i in range(combo.count())]
    assert choices == ["auto", *adapters, "none"]
    labels = [combo.itemText(i) for i in range(combo.count())]
    assert len(set(labels)) == len(labels)
    assert not set(labels) & set(choices), "a choice without a label of its own"


def test_the_daily_program_time_is_greyed_out_while_off_and_needs_a_day(
    make: Make, qtbot: QtBot
) -> None:
    dialog = make(dataclasses.replace(CUSTOM, program_time_on=False))
    seen = recorder(dialog)
    dialog.show()
    days = dialog.days_boxes["program_days"]
    assert not dialog.fields["program_time"].isEnabled()
    assert not any(box.isEnabled() for box in days.values())
    dialog.fields["program_time_on"].click()
    assert dialog.fields["program_time"].isEnabled() and days["mon"].isEnabled()
    qtbot.waitUntil(lambda: bool(seen), timeout=2000)
    assert seen[-1].program_time_on is True
    days["sat"].click()
    days["sun"].click()  # no day left: not applied, and said
    settle(qtbot)
    assert seen[-1].program_days == ("sun",)
    message = dialog.days_messages["program_days"]
    assert message.isVisibleTo(dialog) and "at least one day" in message.text()
    save_shot(dialog, "settings-daily-program")


def test_the_daily_program_mnemonics(make: Make, qtbot: QtBot) -> None:
    dialog = make()
    show_active(dialog, qtbot)
    for key, target in (
        (Qt.Key.Key_T, dialog.fields["program_time"]),  # A&t:
        (Qt.Key.Key_M, dialog.fields["program_time_on"]),  # at a set ti&me
    ):
        dialog.close_button.setFocus()
        qtbot.keyClick(dialog, key, Qt.KeyboardModifier.AltModifier)
        qtbot.waitUntil(
            lambda t=target: (
                QApplication.focusWidget() is t or t.isAncestorOf(QApplication.focusWidget())
            ),
            timeout=2000,
        )
