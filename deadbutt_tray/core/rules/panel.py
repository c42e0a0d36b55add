"""The live state as a status bar wants it: ``deadbutt-tray status --json``.

waybar's and polybar's custom-module convention: ``text`` to show, ``tooltip``,
``class`` to style by, and ``percentage`` (here, of the sitting limit). The raw figures
come along for scripts. The tooltip is worded by the app (it is translated); everything
else is decided here.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from enum import StrEnum

from deadbutt_tray.core.rules.engine import Status
from deadbutt_tray.core.rules.policy import Hold
from deadbutt_tray.core.rules.sitting import Presence

PRIME = "′"  # minutes, as in "23′": short enough for any bar


class PanelClass(StrEnum):
    """The state a bar styles by (the JSON ``class``)."""

    SITTING = "sitting"
    DUE = "due"  # a break is due now (the prompt is open or about to be)
    PAUSED = "paused"  # paused, or do not disturb
    AWAY = "away"  # away from the desk, or on a break
    OFF = "off"  # outside working hours


def panel_class(status: Status) -> PanelClass:
    if status.presence in (Presence.AWAY, Presence.ON_BREAK):
        return PanelClass.AWAY
    if status.hold is Hold.OUTSIDE_HOURS:
        return PanelClass.OFF
    if status.paused_until is not None or status.hold is Hold.DO_NOT_DISTURB:
        return PanelClass.PAUSED
    if status.prompt_open or status.due_in_s <= 0:
        return PanelClass.DUE
    return PanelClass.SITTING


def next_break(status: Status, now: datetime) -> datetime | None:
    """When the prompt would appear if sitting goes on; None when nothing is counting down."""
    kind = panel_class(status)
    if kind in (PanelClass.AWAY, PanelClass.OFF) or status.hold is Hold.DO_NOT_DISTURB:
        return None
    due = now + timedelta(seconds=max(0.0, status.due_in_s))
    if status.paused_until is not None:
        return max(due, status.paused_until)
    return due


def panel_fields(status: Status, now: datetime, tooltip: str) -> dict[str, object]:
    """The JSON object ``deadbutt-tray status --json`` prints (one line for a bar)."""
    limit = status.limit_s
    fraction = status.sitting_s / limit if limit > 0 else 1.0
    due = next_break(status, now)
    return {
        "text": f"{int(status.sitting_s // 60)}{PRIME}",
        "tooltip": tooltip,
        "class": panel_class(status).value,
        "percentage": max(0, min(100, round(fraction * 100))),
        "sitting_seconds": round(status.sitting_s),
        "limit_seconds": round(limit),
        "next_break": due.isoformat(timespec="seconds") if due is not None else None,
    }
