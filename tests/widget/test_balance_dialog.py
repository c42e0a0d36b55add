"""The balance self-test dialog: timing with a fake clock, best of three, 45-s ceiling."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from deadbutt_tray.core.model.records import BalanceSign, BalanceTestRecord, Eyes
from deadbutt_tray.core.rules.balance_signs import SIGNS
from deadbutt_tray.ui.balance_dialog import MAX_S, BalanceTestDialog
from tests.widget.conftest import save_shot
from tests.widget.test_break_dialog import FakeClock, activate

pytestmark = pytest.mark.qt_log_ignore(
    r"This plugin does not support (propagateSizeHints|raise)\(\)"
)

NOW = datetime(2026, 11, 25, 12, 0, tzinfo=UTC)
DROP = BalanceSign.PELVIS_DROP
HISTORY = [
    BalanceTestRecord(NOW - timedelta(days=42), 10.0, 6.0),  # before the mirror check
    BalanceTestRecord(NOW - timedelta(days=28), 12.0, 6.5, Eyes.OPEN, (), (DROP,)),
    BalanceTestRecord(NOW - timedelta(days=14), 18.0, 9.0, Eyes.OPEN, (), (DROP,)),
    BalanceTestRecord(NOW - timedelta(days=14), 3.0, 2.0, Eyes.CLOSED),
]


class Harness:
    def __init__(self, qtbot: QtBot, **kwargs: object) -> None:
        self.qtbot = qtbot
        self.clock = FakeClock()
        self.records: list[BalanceTestRecord] = []
        options = {"history": HISTORY, **kwargs}
        self.dialog = BalanceTestDialog(clock=self.clock, now=lambda: NOW, **options)
        self.dialog.recorded.connect(self.records.append)
        qtbot.addWidget(self.dialog)

    def key(self, key: Qt.Key) -> None:
        self.qtbot.keyClick(self.dialog, key)

    def hold(self, seconds: float) -> None:
        """One try: Space, stand for ``seconds`` (ticking at 10 Hz), Space."""
        self.key(Qt.Key.Key_Space)
        self.run(seconds)
        if self.dialog.trial is not None and self.dialog.trial.timing:
            self.key(Qt.Key.Key_Space)

    def observe(self, *signs: BalanceSign) -> None:
        """The mirror check after an eyes-open leg: tick ``signs`` by keyboard, Enter."""
        dialog = self.dialog
        assert dialog.page == "observe"
        for sign in SIGNS:  # Tab walks the list top to bottom; Space ticks
            box = dialog.sign_boxes[sign]
            self.qtbot.waitUntil(box.hasFocus, timeout=1000)
            if sign in signs:
                self.qtbot.keyClick(box, Qt.Key.Key_Space)
            if sign is not SIGNS[-1]:
                self.qtbot.keyClick(box, Qt.Key.Key_Tab)
        assert {s for s, b in dialog.sign_boxes.items() if b.isChecked()} == set(signs)
        self.key(Qt.Key.Key_Return)

    def run(self, seconds: float) -> None:
        end = self.clock.t + seconds
        while self.clock.t < end:
            self.clock.t = min(end, self.clock.t + 0.1)
            self.dialog.tick()


@pytest.fixture
def harness(qtbot: QtBot) -> Harness:
    harness = Harness(qtbot, age_range="40-49")
    activate(qtbot, harness.dialog)
    return harness


def test_a_full_test_by_keyboard(harness: Harness) -> None:
    dialog = harness.dialog
    assert dialog.page == "intro"
    assert dialog.age.currentData() == "40-49"
    harness.key(Qt.Key.Key_Return)  # Enter: begin
    assert dialog.page == "trial"
    assert dialog.leg_heading.text() == "Left leg · eyes open"
    assert dialog.try_label.text() == "Try 1 of 3"
    assert not dialog.primary.isEnabled()  # nothing to move on from yet

    harness.key(Qt.Key.Key_Space)  # start
    assert dialog.timer.isActive()
    harness.run(12.34)
    assert dialog.big_timer.text() == "12.3"
    harness.key(Qt.Key.Key_Space)  # stop
    assert not dialog.timer.isActive()
    assert dialog.best_label.text() == "Best: 12.3 s"
    harness.hold(20.0)
    harness.hold(15.0)
    assert dialog.trial.tries == [12.3, 20.0, 15.0]
    assert dialog.best_label.text() == "Best: 20.0 s"
    assert dialog.start_button.text() == "Next: right leg (Space)"
    harness.key(Qt.Key.Key_Space)  # no tries left: Space moves on too
    assert dialog.page == "observe"  # the mirror check for the left leg
    assert dialog.observe_heading.text() == "Left leg: what did the mirror show?"
    assert dialog.sign_boxes[BalanceSign.KNEE_IN].text() == "Left &knee rolls in"
    assert "your right hip sinks" in dialog.sign_boxes[BalanceSign.PELVIS_DROP].text()
    assert dialog.primary.text() == "Next: right leg"
    harness.observe(BalanceSign.KNEE_IN)
    assert dialog.leg_heading.text() == "Right leg · eyes open"

    harness.key(Qt.Key.Key_Space)
    harness.run(50.0)  # a great balancer: the timer stops at 45 by itself
    assert not dialog.trial.timing and dialog.trial.tries == [MAX_S]
    assert not dialog.timer.isActive()
    assert dialog.big_timer.text() == "45.0"
    assert harness.records == []
    harness.key(Qt.Key.Key_Return)  # on to the mirror check of the right leg
    assert dialog.sign_boxes[BalanceSign.PELVIS_DROP].text().endswith("(your left hip sinks)")
    assert not any(box.isChecked() for box in dialog.sign_boxes.values())  # fresh
    harness.observe(BalanceSign.PELVIS_DROP, BalanceSign.ARMS)
    assert harness.records == [
        BalanceTestRecord(
            NOW,
            20.0,
            45.0,
            Eyes.OPEN,
            left_signs=(BalanceSign.KNEE_IN,),
            right_signs=(BalanceSign.PELVIS_DROP, BalanceSign.ARMS),
        )
    ]
    assert dialog.page == "result"
    signs = dialog.signs_label.text()
    assert "standing on the left leg: knee rolling in" in signs
    assert "standing on the right leg: pelvis drop, arms flailing or grabbing" in signs
    assert dialog.comparison.text().startswith(
        "Eyes open: typical for ages 40–49 is about 42 s. Left leg below it, right leg around it."
    )
    assert "Springer et al. 2007" in dialog.comparison.text()
    assert "best of 3 trials" in dialog.comparison.text()
    assert "Your left leg is 25.0 s behind the other" in dialog.difference.text()
    assert "big difference" in dialog.difference.text()
    assert [r.left_s for r in dialog.chart.records] == [10.0, 12.0, 18.0, 20.0]  # eyes open only
    assert dialog.chart.norm_s == pytest.approx(41.85)
    assert "Earlier tests" in dialog.history_list.text()
    harness.key(Qt.Key.Key_Return)
    assert not dialog.isVisible()


def test_eyes_closed_round_is_recorded_separately(harness: Harness) -> None:
    dialog = harness.dialog
    dialog.eyes_closed.setChecked(True)
    harness.key(Qt.Key.Key_Return)
    harness.hold(30.0)
    harness.key(Qt.Key.Key_Return)  # one try is enough to move on
    harness.observe()
    harness.hold(28.0)
    assert dialog.primary.text() == "Next: left leg, eyes closed"
    harness.key(Qt.Key.Key_Return)
    harness.observe()
    assert harness.records == [BalanceTestRecord(NOW, 30.0, 28.0, Eyes.OPEN, (), ())]
    assert dialog.leg_heading.text() == "Left leg · eyes closed"
    harness.hold(5.0)
    harness.key(Qt.Key.Key_Return)
    harness.hold(4.0)
    assert dialog.primary.text() == "See the result"
    harness.key(Qt.Key.Key_Return)  # eyes closed: no mirror check
    assert harness.records[1] == BalanceTestRecord(NOW, 5.0, 4.0, Eyes.CLOSED)
    text = dialog.comparison.text()
    assert "about 42 s" in text and "about 13 s" in text
    # a small difference is stated, without alarm
    assert dialog.difference.text() == "Your right leg is 2.0 s behind the other."


def test_enter_while_timing_only_stops(harness: Harness) -> None:
    dialog = harness.dialog
    harness.key(Qt.Key.Key_Return)
    harness.key(Qt.Key.Key_Return)  # Enter with no try yet: starts one
    assert dialog.trial.timing
    harness.run(3.0)
    harness.key(Qt.Key.Key_Return)
    assert dialog.trial.tries == [3.0] and dialog.leg_heading.text().startswith("Left")


def test_esc_cancels_and_records_nothing_unfinished(harness: Harness) -> None:
    dialog = harness.dialog
    harness.key(Qt.Key.Key_Return)
    harness.key(Qt.Key.Key_Space)
    harness.run(2.0)
    harness.key(Qt.Key.Key_Escape)
    assert not dialog.isVisible() and not dialog.timer.isActive()
    assert harness.records == []


def test_space_is_left_alone_on_the_first_page(harness: Harness) -> None:
    assert not harness.dialog.space.isEnabled()
    harness.key(Qt.Key.Key_Return)
    assert harness.dialog.space.isEnabled()


@pytest.mark.parametrize("seconds", [10.0, 2.0])
def test_without_an_age_it_asks_for_one(qtbot: QtBot, seconds: float) -> None:
    harness = Harness(qtbot)
    activate(qtbot, harness.dialog)
    harness.key(Qt.Key.Key_Return)
    harness.hold(seconds)
    harness.key(Qt.Key.Key_Return)
    harness.observe()
    harness.hold(seconds)
    harness.key(Qt.Key.Key_Return)
    harness.observe()
    dialog = harness.dialog
    assert "Set your age range" in dialog.comparison.text()
    assert "typical for ages" not in dialog.comparison.text()
    # The times are shown, and the difference, but never a verdict without a norm.
    assert [dialog.result_grid.itemAtPosition(1, c).widget().text() for c in (1, 2)] == [
        f"{seconds:.1f} s"
    ] * 2
    assert dialog.difference.text() == "Left and right are within 2.0 s of each other."
    assert "balanced" not in dialog.difference.text() + dialog.comparison.text()
    assert dialog.chart.norm_s is None


def test_first_test_says_so(qtbot: QtBot) -> None:
    harness = Harness(qtbot, history=[])
    activate(qtbot, harness.dialog)
    harness.key(Qt.Key.Key_Return)
    harness.hold(10.0)
    harness.key(Qt.Key.Key_Return)
    harness.observe()
    harness.hold(8.0)
    harness.key(Qt.Key.Key_Return)
    harness.observe()
    assert "first test" in harness.dialog.history_list.text()
    assert "nothing seen" in harness.dialog.signs_label.text()
    assert "latest tests" not in harness.dialog.signs_label.text()  # no trend from one test


def test_screenshots_of_every_page(qtbot: QtBot, theme: str) -> None:
    harness = Harness(qtbot, age_range="40-49")
    dialog = harness.dialog
    activate(qtbot, dialog)
    save_shot(dialog, f"balance-intro-{theme}")
    harness.key(Qt.Key.Key_Return)
    save_shot(dialog, f"balance-ready-{theme}")
    harness.key(Qt.Key.Key_Space)
    harness.run(17.46)
    save_shot(dialog, f"balance-timing-{theme}")
    harness.key(Qt.Key.Key_Space)
    harness.hold(22.0)
    save_shot(dialog, f"balance-two-tries-{theme}")
    harness.hold(9.0)
    harness.key(Qt.Key.Key_Return)
    dialog.sign_boxes[BalanceSign.PELVIS_DROP].setChecked(True)
    save_shot(dialog, f"balance-observe-{theme}")
    harness.key(Qt.Key.Key_Return)
    harness.hold(8.0)
    harness.key(Qt.Key.Key_Return)
    harness.observe(BalanceSign.PELVIS_DROP)
    assert dialog.page == "result"
    save_shot(dialog, f"balance-result-{theme}")
    dialog.resize(440, 400)
    save_shot(dialog, f"balance-result-small-{theme}")


def test_the_trend_counts_each_sign_per_side(harness: Harness) -> None:
    harness.key(Qt.Key.Key_Return)
    harness.hold(20.0)
    harness.key(Qt.Key.Key_Return)
    harness.observe()
    harness.hold(11.0)
    harness.key(Qt.Key.Key_Return)
    harness.observe(DROP)
    signs = harness.dialog.signs_label.text()
    assert "Your right side: pelvis drop on 3 of the last 3 tests." in signs
    assert "Your left side" not in signs
