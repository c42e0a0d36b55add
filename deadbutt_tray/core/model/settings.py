"""The settings model: every setting, its default, and what is accepted.

Loading, validation and writing live in ``settings_file.py``; this module is only the
values, so the engine and the UI can share them.
"""

from __future__ import annotations

import dataclasses
import math
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


# --sit-limit may go below the file's 10-minute minimum so a whole cycle can be watched
# in seconds; the upper end is the file's.
OVERRIDE_MAX_SIT_LIMIT_MIN = 120.0


@dataclass(frozen=True)
class Overrides:
    """This run's command-line overrides: applied over the settings, never saved.

    Validated once, here, when made; ``apply`` only replaces values.
    """

    sit_limit_min: float | None = None  # --sit-limit, minutes (fractions allowed)

    def __post_init__(self) -> None:
        value = self.sit_limit_min
        if value is None:
            return
        if (
            isinstance(value, bool)
            or not isinstance(value, int | float)
            or not math.isfinite(value)
            or not 0 < value <= OVERRIDE_MAX_SIT_LIMIT_MIN
        ):
            raise ValueError(
                f"--sit-limit must be a number of minutes more than 0 and at most "
                f"{OVERRIDE_MAX_SIT_LIMIT_MIN:g} (fractions allowed, e.g. 0.5), not {value!r}"
            )
        object.__setattr__(self, "sit_limit_min", float(value))

    @classmethod
    def parse_sit_limit(cls, text: str) -> float:
        """``--sit-limit`` text as minutes; ``ValueError`` says what is accepted."""
        try:
            value = float(text)
        except ValueError:
            raise ValueError(f"{text!r} is not a number of minutes") from None
        limit = cls(sit_limit_min=value).sit_limit_min
        assert limit is not None
        return limit

    def apply(self, settings: Settings) -> Settings:
        """``settings`` with these overrides (the same object when there are none)."""
        if self.sit_limit_min is None:
            return settings
        return dataclasses.replace(settings, sit_limit_min=self.sit_limit_min)
