"""``deadbutt-tray status --json``: what a status bar shows, from the engine's Status."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from deadbutt_tray.core.rules.engine import Status
from deadbutt_tray.core.rules.panel import PanelClass, panel_class, panel_fields
from deadbutt_tray.core.rules.policy import Hold
from deadbutt_tray.core.rules.sitting import Presence

NOW = datetime(2026, 11, 24, 10, 0, tzinfo=ZoneInfo("Europe/Berlin"))
SITTING = Status(
    presence=Presence.SITTING,
    sitting_s=23 * 60 + 40,
    due_in_s=6 * 60 + 20,
    hold=None,
    paused_until=None,
    prompt_open=False,
    snoozes_left=3,
    limit_s=30 * 60,
)


def test_the_fields_waybar_reads_and_the_raw_figures() -> None:
    fields = panel_fields(SITTING, NOW, "Sitting for 23 min · next break in 7 min")
    assert fields == {
        "text": "23′",
        "tooltip": "Sitting for 23 min · next break in 7 min",
        "class": "sitting",
        "percentage": 79,
        "sitting_seconds": 1420,
        "limit_seconds": 1800,
        "next_break": "2026-11-24T10:06:20+01:00",
    }


@pytest.mark.parametrize(
    ("changes", "kind", "has_next"),
    [
        ({}, PanelClass.SITTING, True),
        ({"due_in_s": 0.0, "sitting_s": 1800.0}, PanelClass.DUE, True),
        ({"prompt_open": True}, PanelClass.DUE, True),
        ({"paused_until": NOW + timedelta(hours=1), "hold": Hold.PAUSED}, PanelClass.PAUSED, True),
        ({"hold": Hold.DO_NOT_DISTURB}, PanelClass.PAUSED, False),
        ({"presence": Presence.AWAY, "hold": Hold.NOT_AT_DESK}, PanelClass.AWAY, False),
        ({"presence": Presence.ON_BREAK}, PanelClass.AWAY, False),
        ({"hold": Hold.OUTSIDE_HOURS}, PanelClass.OFF, False),
    ],
)
def test_each_state_has_its_class(changes: dict, kind: PanelClass, has_next: bool) -> None:
    status = replace(SITTING, **changes)
    assert panel_class(status) is kind
    fields = panel_fields(status, NOW, "")
    assert fields["class"] == kind.value
    assert (fields["next_break"] is not None) is has_next


def test_a_pause_puts_the_next_break_at_its_end_and_percentages_stay_in_range() -> None:
    paused = replace(SITTING, paused_until=NOW + timedelta(hours=1), hold=Hold.PAUSED)
    assert panel_fields(paused, NOW, "")["next_break"] == "2026-11-24T11:00:00+01:00"
    over = replace(SITTING, sitting_s=5000.0, due_in_s=0.0)
    assert panel_fields(over, NOW, "")["percentage"] == 100
    assert panel_fields(replace(SITTING, limit_s=0.0), NOW, "")["percentage"] == 100
