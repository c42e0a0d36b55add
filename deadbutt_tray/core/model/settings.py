"""The settings model: every setting, its default, and what is accepted.

Loading, validation and writing live in ``settings_file.py``; this module is only the
values, so the engine and the UI can share them.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import time

# Age ranges of the balance test's norms (rules/balance.py holds the figures).
AGE_RANGES: tuple[str, ...] = ("18-39", "40-49", "50-59", "60-69", "70-79", "80+")
WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
IDLE_SOURCES = ("auto", "x11", "mutter", "freedesktop", "wayland", "windows", "macos", "none")
AGE_RANGE_CHOICES = ("", *AGE_RANGES)  # "" = not given: no norms are shown


@dataclass(frozen=True)
class Settings:
    """User settings. Defaults follow EXERCISES.md ("Defaults, and why")."""

    sit_limit_min: float = 30.0  # prompt after this much continuous sitting (10-120)
    heads_up_s: int = 60  # heads-up this long before a prompt; 0 = off (0-600)
    min_break_min: float = 2.0  # away this long counts as a break (1-15)
    snooze_min: float = 5.0  # (1-30)
    max_snoozes: int = 3  # snoozes in a row before the prompt says no more (0-10)
    renudge_min: float = 5.0  # an ignored prompt nudges again after this long (1-60)
    working_hours: bool = False  # when true, prompt only within work_start..work_end
    work_start: time = time(9, 0)
    work_end: time = time(17, 30)
    work_days: tuple[str, ...] = field(default=WEEKDAYS[:5])
    quiet_when_fullscreen: bool = True  # hold prompts while a full-screen window is active
    sound: bool = True
    volume: int = 60  # percent (0-100)
    idle_source: str = "auto"  # one of IDLE_SOURCES
    level: int = 1  # program level: 1 wake up, 2 with core, 3 together
    excluded_exercises: tuple[str, ...] = ()  # exercise ids left out of routines ("This hurts")
    age_range: str = ""  # one of AGE_RANGE_CHOICES, for the balance test's norms

    @property
    def sit_limit_s(self) -> float:
        return self.sit_limit_min * 60.0

    @property
    def min_break_s(self) -> float:
        return self.min_break_min * 60.0

    @property
    def snooze_s(self) -> float:
        return self.snooze_min * 60.0

    @property
    def renudge_s(self) -> float:
        return self.renudge_min * 60.0
