"""The settings model: every setting, its default, and what is accepted.

``Settings`` holds the values (and, as its field defaults, the built-in defaults);
``SETTINGS`` declares each one once: its name, kind (``setting_kinds``: how it is parsed,
checked and described), default, help text and the section it is shown in. Loading,
validation and writing (``storage/settings_file.py``), the settings dialog and the
README's settings table (``settings_doc.py``) all read that declaration.
"""

from __future__ import annotations

import dataclasses
import math
from dataclasses import dataclass, field
from datetime import time
from enum import StrEnum
from typing import Any

from deadbutt_tray.core.model.languages import LANGUAGE_CHOICES, SYSTEM
from deadbutt_tray.core.model.setting_kinds import (
    AgeRange,
    Choice,
    Count,
    IdList,
    Minutes,
    Percent,
    ProgramLevel,
    Seconds,
    SettingKind,
    Switch,
    TimeOfDay,
    Weekdays,
)
from deadbutt_tray.core.translatable import Words, marked

# Age ranges of the balance test's norms (rules/balance.py holds the figures).
AGE_RANGES: tuple[str, ...] = ("18-39", "40-49", "50-59", "60-69", "70-79", "80+")
WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
IDLE_SOURCES = ("auto", "x11", "mutter", "freedesktop", "wayland", "windows", "macos", "none")
AGE_RANGE_CHOICES = ("", *AGE_RANGES)  # "" = not given: no norms are shown


@dataclass(frozen=True)
class Settings:
    """User settings. Defaults follow EXERCISES.md ("Defaults, and why").

    What each accepts and means is declared once, in ``SETTINGS`` below.
    """

    sit_limit_min: float = 30.0  # prompt after this much continuous sitting
    heads_up_s: int = 60  # heads-up this long before a prompt; 0 = off
    min_break_min: float = 2.0  # away this long counts as a break
    snooze_min: float = 5.0
    max_snoozes: int = 3  # snoozes in a row before the prompt says no more
    renudge_min: float = 5.0  # an ignored prompt nudges again after this long
    working_hours: bool = False  # when true, prompt only within work_start..work_end
    work_start: time = time(9, 0)
    work_end: time = time(17, 30)
    work_days: tuple[str, ...] = field(default=WEEKDAYS[:5])
    quiet_when_fullscreen: bool = True  # hold prompts while a full-screen window is active
    sound: bool = True
    volume: int = 60  # percent
    idle_source: str = "auto"  # one of IDLE_SOURCES
    language: str = SYSTEM  # one of LANGUAGE_CHOICES: "system" or a language code
    level: int = 1  # program level: 1 wake up, 2 with core, 3 together
    excluded_exercises: tuple[str, ...] = ()  # exercise ids left out of routines ("This hurts")
    age_range: str = ""  # one of AGE_RANGE_CHOICES, for the balance test's norms
    program_time_on: bool = False  # offer the home routine at program_time each day
    program_time: time = time(18, 0)
    program_days: tuple[str, ...] = field(default=WEEKDAYS)

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


class Section(StrEnum):
    """Where the settings dialog shows a setting."""

    BREAKS = "breaks"
    PROGRAM = "program"
    DAILY = "daily"
    HOURS = "hours"
    SOUND = "sound"
    SYSTEM = "system"


@dataclass(frozen=True)
class Setting:
    """One setting, declared once: how it is written, checked, explained and shown."""

    name: str  # the TOML key and the ``Settings`` field
    kind: SettingKind
    default: Any  # the built-in default (the ``Settings`` field default)
    help: str  # one line, English; the UI translates it
    section: Section

    @property
    def accepted(self) -> str:
        """What the file may say for this setting, in English words (without the default)."""
        return self.kind.accepted()

    @property
    def accepted_words(self) -> Words:
        """``accepted`` as ``Words``, to say in the user's language."""
        return self.kind.accepted_words()

    @property
    def default_text(self) -> str:
        """The default as TOML text that can be pasted into config.toml."""
        return self.kind.show(self.default)


_DEFAULTS = Settings()


def _declare(name: str, kind: SettingKind, section: Section, help: str) -> Setting:
    return Setting(name, kind, getattr(_DEFAULTS, name), help, section)


_B, _P, _H, _S, _Y = Section.BREAKS, Section.PROGRAM, Section.HOURS, Section.SOUND, Section.SYSTEM
_D = Section.DAILY

#: Every setting, in file order (the order ``config.toml`` is written and documented in).
SETTINGS: tuple[Setting, ...] = (
    _declare(
        "sit_limit_min",
        Minutes(minimum=10, maximum=120),
        _B,
        marked("Continuous sitting before you are prompted to take a break."),
    ),
    _declare(
        "heads_up_s",
        Seconds(minimum=0, maximum=600, note=marked("0 = off")),
        _B,
        marked("A quiet heads-up this long before the prompt."),
    ),
    _declare(
        "min_break_min",
        Minutes(minimum=1, maximum=15),
        _B,
        marked("Time away from the computer that counts as a break."),
    ),
    _declare(
        "snooze_min",
        Minutes(minimum=1, maximum=30),
        _B,
        marked("How long a snooze puts off the prompt."),
    ),
    _declare(
        "max_snoozes",
        Count(minimum=0, maximum=10),
        _B,
        marked("Snoozes in a row before the prompt stops offering another."),
    ),
    _declare(
        "renudge_min",
        Minutes(minimum=1, maximum=60),
        _B,
        marked("An ignored prompt nudges again after this long."),
    ),
    _declare(
        "working_hours",
        Switch(),
        _H,
        marked("Prompt only on work days between work_start and work_end."),
    ),
    _declare(
        "work_start",
        TimeOfDay(note=marked("before work_end")),
        _H,
        marked("Start of working hours."),
    ),
    _declare(
        "work_end", TimeOfDay(note=marked("after work_start")), _H, marked("End of working hours.")
    ),
    _declare("work_days", Weekdays(days=WEEKDAYS), _H, marked("Days that have working hours.")),
    _declare(
        "quiet_when_fullscreen",
        Switch(),
        _S,
        marked("Hold prompts while a full-screen window (a presentation, a call) is active."),
    ),
    _declare("sound", Switch(), _S, marked("Play a sound with the prompt.")),
    _declare("volume", Percent(minimum=0, maximum=100), _S, marked("Volume of the prompt sound.")),
    _declare(
        "idle_source",
        Choice(choices=IDLE_SOURCES),
        _Y,
        marked('How time away is detected; "auto" picks what works on this desktop.'),
    ),
    _declare(
        "language",
        Choice(choices=LANGUAGE_CHOICES),
        _Y,
        marked('The language of the app: "system" follows the desktop; en, de, fr or es.'),
    ),
    _declare(
        "level",
        ProgramLevel(minimum=1, maximum=3),
        _P,
        marked("The current program level: 1 wake up, 2 with core, 3 together."),
    ),
    _declare(
        "excluded_exercises",
        IdList(note=marked("[] = none")),
        _P,
        marked('Exercises left out of routines (added when you press "This hurts").'),
    ),
    _declare(
        "age_range",
        AgeRange(choices=AGE_RANGE_CHOICES, note=marked('"" = not given')),
        _P,
        marked("Your age range, to compare the balance test with approximate norms."),
    ),
    _declare(
        "program_time_on",
        Switch(),
        _D,
        marked("Offer the home routine of your level at program_time on program_days."),
    ),
    _declare("program_time", TimeOfDay(), _D, marked("When the daily home routine is offered.")),
    _declare(
        "program_days", Weekdays(days=WEEKDAYS), _D, marked("Days the home routine is offered.")
    ),
)

SETTING: dict[str, Setting] = {s.name: s for s in SETTINGS}

# The declaration must cover the dataclass exactly; failing at import beats a setting
# that silently cannot be loaded or saved.
if set(SETTING) != {f.name for f in dataclasses.fields(Settings)}:  # pragma: no cover
    raise RuntimeError("settings.SETTINGS does not match the fields of Settings")


def in_section(section: Section) -> tuple[Setting, ...]:
    """The settings shown in ``section``, in declaration order."""
    return tuple(s for s in SETTINGS if s.section is section)


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
