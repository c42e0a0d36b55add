"""The tray icon, tooltip and menu render the engine's status and emit intents."""

from __future__ import annotations

import contextlib
import os
import time
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QByteArray, QRectF
from PySide6.QtGui import QImage, QPainter
from PySide6.QtSvg import QSvgRenderer
from pytestqt.qtbot import QtBot

from deadbutt_tray.core.rules.policy import Hold
from deadbutt_tray.core.rules.sitting import Presence
from deadbutt_tray.ui.actions import UNTIL_TOMORROW
from deadbutt_tray.ui.text import sitting_text
from deadbutt_tray.ui.tray import (
    Features,
    Tray,
    icon_mode,
    status_text,
)
from deadbutt_tray.ui.tray_icon import IconMode, quantize, render_icon, tray_svg
from tests.fakes import SITTING_STATUS

BASE = SITTING_STATUS


def test_tooltip_says_how_long_and_when_next() -> None:
    assert status_text(BASE) == "Sitting for 23 min · next break in 7 min"


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        (
            {"paused_until": datetime(2026, 11, 25, 14, 0, tzinfo=UTC)},
            "paused until 14:00",
        ),
        ({"hold": Hold.OUTSIDE_HOURS}, "outside working hours"),
        ({"hold": Hold.DO_NOT_DISTURB}, "do not disturb"),
        ({"due_in_s": 0.0}, "break due now"),
        ({"presence": Presence.AWAY}, "Away"),
    ],
)
def test_tooltip_for_each_state(change: dict, expected: str) -> None:
    assert expected in status_text(replace(BASE, **change))


def test_sitting_text_reads_naturally() -> None:
    assert sitting_text(20) == "less than a minute"
    assert sitting_text(23 * 60) == "23 min"
    assert sitting_text(65 * 60) == "1 h 5 min"


def test_icon_mode_follows_state() -> None:
    assert icon_mode(BASE) is IconMode.SITTING
    assert icon_mode(replace(BASE, presence=Presence.AWAY)) is IconMode.AWAY
    assert icon_mode(replace(BASE, prompt_open=True)) is IconMode.DUE
    paused = replace(BASE, paused_until=datetime(2026, 1, 1, tzinfo=UTC))
    assert icon_mode(paused) is IconMode.PAUSED


def rendered(svg: str, size: int) -> QImage:
    return render_icon(svg).pixmap(size, size).toImage()


@pytest.mark.parametrize("size", [16, 22, 32, 64])
def test_icon_renders_at_every_size_with_visible_pixels(qapp: object, size: int) -> None:
    image = rendered(tray_svg(0.5, IconMode.SITTING), size)
    assert image.width() == size
    opaque = sum(
        1 for x in range(size) for y in range(size) if image.pixelColor(x, y).alpha() > 128
    )
    assert opaque > size * size // 4


def test_the_ring_fills_toward_the_limit_and_modes_look_different(qapp: object) -> None:
    images = {
        key: rendered(tray_svg(fraction, mode), 64)
        for key, (fraction, mode) in {
            "quarter": (0.25, IconMode.SITTING),
            "most": (0.9, IconMode.SITTING),
            "paused": (0.25, IconMode.PAUSED),
            "away": (0.25, IconMode.AWAY),
            "due": (1.0, IconMode.DUE),
        }.items()
    }
    assert len({bytes(img.constBits()) for img in images.values()}) == len(images)
    # 3 o'clock on the ring is filled at 90 %, not at 25 %
    assert images["most"].pixelColor(54, 32) != images["quarter"].pixelColor(54, 32)


def test_quantize_limits_redraws() -> None:
    assert quantize(0.0) == 0.0
    assert quantize(0.02) == quantize(0.03)
    assert quantize(2.0) == 1.0


def test_menu_is_rebuilt_with_state_and_emits_intents(qtbot: QtBot) -> None:
    tray = Tray()
    tray.show_status(BASE)
    tray.menu.aboutToShow.emit()
    texts = [a.text() for a in tray.menu.actions()]
    assert texts[0] == status_text(BASE) and not tray.menu.actions()[0].isEnabled()
    assert "&Quit" in texts
    pause_actions = {a.text(): a for a in tray.pause_menu.actions()}
    assert not pause_actions["&Resume"].isEnabled()
    with qtbot.waitSignal(tray.pause_requested) as blocker:
        pause_actions["Pause until &tomorrow"].trigger()
    assert blocker.args == [UNTIL_TOMORROW]
    with qtbot.waitSignal(tray.pause_requested) as blocker:
        pause_actions["Pause for &30 minutes"].trigger()
    assert blocker.args == [30]
    tray.show_status(replace(BASE, paused_until=datetime(2026, 1, 1, tzinfo=UTC)))
    tray.menu.aboutToShow.emit()
    pause_menu = tray.pause_menu
    resume = next(a for a in pause_menu.actions() if a.text() == "&Resume")
    assert resume.isEnabled()
    with qtbot.waitSignal(tray.quit_requested):
        next(a for a in tray.menu.actions() if a.text() == "&Quit").trigger()


def test_tooltip_is_set_and_icon_redrawn_only_on_change(qtbot: QtBot) -> None:
    tray = Tray()
    tray.show_status(BASE)
    first = tray.icon.icon().cacheKey()
    assert "Sitting for 23 min" in tray.icon.toolTip()
    tray.show_status(replace(BASE, sitting_s=23 * 60 + 5))
    assert tray.icon.icon().cacheKey() == first
    tray.show_status(replace(BASE, sitting_s=29 * 60))
    assert tray.icon.icon().cacheKey() != first


def menu_texts(tray: Tray) -> list[str]:
    tray.menu.aboutToShow.emit()
    return [a.text() for a in tray.menu.actions() if a.isVisible() and not a.isSeparator()]


def test_feature_items_appear_only_when_their_windows_exist(qtbot: QtBot) -> None:
    bare = menu_texts(Tray())
    assert "Se&ttings…" in bare and "&About / safety note" in bare
    assert not {"Guided &break", "&Weekly summary…", "Ba&lance test…"} & set(bare)
    full = menu_texts(Tray(features=Features(guided_break=True, summary=True, balance=True)))
    assert {"Guided &break", "&Weekly summary…", "Ba&lance test…"} <= set(full)


def test_every_menu_action_emits_its_intent(qtbot: QtBot) -> None:
    tray = Tray(features=Features(guided_break=True, summary=True, balance=True))
    tray.show_status(replace(BASE, prompt_open=True))
    tray.menu.aboutToShow.emit()
    actions = {a.text(): a for a in tray.menu.actions()}
    for text, signal in [
        ("&Weekly summary…", tray.summary_requested),
        ("Ba&lance test…", tray.balance_requested),
        ("Se&ttings…", tray.settings_requested),
        ("&About / safety note", tray.about_requested),
    ]:
        with qtbot.waitSignal(signal):
            actions[text].trigger()
    with qtbot.waitSignal(tray.dnd_toggled) as blocker:
        actions["&Do not disturb"].trigger()
    assert blocker.args == [True]
    snooze = next(a for a in tray.pause_menu.actions() if a.text() == "S&nooze this break")
    with qtbot.waitSignal(tray.snooze_requested):
        snooze.trigger()
    for action, choice in zip(
        tray.break_menu.actions(), ["desk-micro", "home", "pre-run"], strict=True
    ):
        with qtbot.waitSignal(tray.break_requested) as blocker:
            action.trigger()
        assert blocker.args == [choice]


def test_the_guided_break_submenu_offers_every_routine_with_its_length(qtbot: QtBot) -> None:
    tray = Tray(features=Features(guided_break=True))
    tray.commands.set_break_lengths(10, 5)
    tray.menu.aboutToShow.emit()
    assert tray.break_menu.menuAction() in tray.menu.actions()
    assert [a.text() for a in tray.break_menu.actions()] == [
        "&Desk micro-break",
        "&Home routine (10 min)",
        "Before a &run (5 min)",
    ]
    tray.commands.set_break_lengths(None, 5)  # no home routine at this level
    assert not tray.commands.break_home.isEnabled()
    assert tray.commands.break_home.text() == "&Home routine"


def test_snooze_is_offered_only_while_a_prompt_is_open_with_snoozes_left(qtbot: QtBot) -> None:
    tray = Tray()
    for status, offered in [
        (BASE, False),
        (replace(BASE, prompt_open=True), True),
        (replace(BASE, prompt_open=True, snoozes_left=0), False),
    ]:
        tray.show_status(status)
        tray.menu.aboutToShow.emit()
        shown = [a.text() for a in tray.pause_menu.actions() if a.isVisible()]
        assert ("S&nooze this break" in shown) is offered


def test_do_not_disturb_shows_checked(qtbot: QtBot) -> None:
    tray = Tray()
    tray.do_not_disturb = True
    tray.menu.aboutToShow.emit()
    dnd = next(a for a in tray.menu.actions() if a.text() == "&Do not disturb")
    assert dnd.isCheckable() and dnd.isChecked()


def test_a_warning_puts_a_badge_on_the_icon_and_a_line_in_the_tooltip(qtbot) -> None:
    from deadbutt_tray.ui.tray_icon import WARNING_BADGE, IconMode, tray_svg

    assert WARNING_BADGE in tray_svg(0.5, IconMode.SITTING, warning=True)
    assert WARNING_BADGE not in tray_svg(0.5, IconMode.SITTING)
    tray = Tray()
    tray.show_status(BASE)
    plain = tray.icon.icon().pixmap(32, 32).toImage()
    tray.set_warning("Can't save to the data folder: Read-only file system")
    assert "⚠ Can't save to the data folder" in tray.icon.toolTip()
    assert tray.icon.icon().pixmap(32, 32).toImage() != plain
    tray.set_warning("")
    assert "⚠" not in tray.icon.toolTip()


def test_the_menu_header_follows_the_status_before_the_menu_opens(qtbot: QtBot) -> None:
    # A StatusNotifierItem host lays the exported menu out before our aboutToShow: the
    # first line must already be the current one, or the host cuts what grew.
    tray = Tray()
    tray.show_status(BASE)
    assert tray.header.text() == "Sitting for 23 min · next break in 7 min"
    tray.show_status(replace(BASE, sitting_s=24 * 60, due_in_s=6 * 60))
    assert tray.header.text() == "Sitting for 24 min · next break in 6 min"


def _pool_threads_switches() -> tuple[int, int]:
    """(Qt's pooled threads, their context switches so far) from /proc: a render that
    uses the pool starts them, or wakes the ones still there. Other threads of a long
    test process (D-Bus, file watches) may wake meanwhile: they are not counted."""
    count = switches = 0
    for tid in os.listdir("/proc/self/task"):
        with contextlib.suppress(OSError):
            lines = Path(f"/proc/self/task/{tid}/status").read_text().splitlines()
            if not any(line.startswith("Name:") and "(pooled)" in line for line in lines):
                continue
            count += 1
            switches += sum(int(line.split()[1]) for line in lines if "ctxt_switches" in line)
    return count, switches


@pytest.mark.skipif(not Path("/proc/self/task").is_dir(), reason="needs Linux /proc")
def test_a_new_icon_is_painted_on_the_apps_thread_alone(qapp: object) -> None:
    """Idle wake-ups: Qt's raster engine wakes its GUI thread pool for a big fill, ~160
    wake-ups per icon drawn in one pass; drawn in bands, none, and the same pixels."""
    svg = tray_svg(0.4, IconMode.SITTING)
    renderer = QSvgRenderer(QByteArray(svg.encode()))
    before = _pool_threads_switches()
    plain = QImage(128, 128, QImage.Format.Format_ARGB32_Premultiplied)
    plain.fill(0)
    painter = QPainter(plain)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter, QRectF(0, 0, 128, 128))
    painter.end()
    after = _pool_threads_switches()
    if after == before:
        pytest.skip("this Qt paints a ring on one thread anyway")
    time.sleep(0.3)  # the pool's threads go back to waiting (a switch each) after handing in
    before = _pool_threads_switches()
    icon = render_icon(svg)
    assert _pool_threads_switches() == before
    banded = icon.pixmap(128, 128).toImage().convertToFormat(plain.format())
    worst = max(
        abs(getattr(banded.pixelColor(x, y), part)() - getattr(plain.pixelColor(x, y), part)())
        for x in range(128)
        for y in range(128)
        for part in ("red", "green", "blue", "alpha")
    )
    assert worst <= 2
