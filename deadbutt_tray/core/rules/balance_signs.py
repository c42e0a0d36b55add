"""The balance test's observation step: what the mirror shows, and its trend.

The seed's test is a mirror test: beyond the time, *how* someone stands on one leg tells
the physical therapist where the hip is weak. After each leg's tries (eyes open), the
user ticks what they saw: the pelvis dropping on the lifted side (a weak gluteus medius
of the standing leg, the Trendelenburg sign), the standing knee rolling in, the trunk
leaning over the standing leg (the compensation for that weakness), the arch of the
standing foot collapsing, the arms flailing or grabbing for support.

The trend counts each sign per leg over the latest observed tests ("your right side:
pelvis drop on 3 of the last 4 tests"); level 3 asks for a latest test without a
pelvic drop on either side (``core/rules/program.py``).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from deadbutt_tray.core.model.records import BalanceSign, BalanceTestRecord, Eyes

__all__ = ["SIGNS", "TREND_TESTS", "SignTrend", "observed_tests", "pelvis_drop_free", "trends"]

# The checklist, in the order it is shown.
SIGNS = (
    BalanceSign.PELVIS_DROP,
    BalanceSign.KNEE_IN,
    BalanceSign.TRUNK_LEAN,
    BalanceSign.ARCH_COLLAPSE,
    BalanceSign.ARMS,
)
TREND_TESTS = 4  # the trend looks at this many latest observed tests
LEGS = ("left", "right")


@dataclass(frozen=True)
class SignTrend:
    """One sign on one side: seen in ``count`` of the latest ``of`` observed tests."""

    leg: str  # "left" or "right": the standing leg
    sign: BalanceSign
    count: int
    of: int


def observed_tests(records: Iterable[BalanceTestRecord]) -> list[BalanceTestRecord]:
    """Eyes-open tests with the observation step, oldest first."""
    return sorted((r for r in records if r.eyes is Eyes.OPEN and r.observed), key=lambda r: r.at)


def trends(records: Iterable[BalanceTestRecord], last: int = TREND_TESTS) -> list[SignTrend]:
    """Each sign seen at least once on a side in the latest ``last`` observed tests,
    most frequent first (then left before right, then checklist order)."""
    recent = observed_tests(records)[-last:]
    found: list[SignTrend] = []
    for leg in LEGS:
        for sign in SIGNS:
            count = sum(1 for r in recent if sign in (r.signs(leg) or ()))
            if count:
                found.append(SignTrend(leg, sign, count, len(recent)))
    return sorted(found, key=lambda t: (-t.count, LEGS.index(t.leg), SIGNS.index(t.sign)))


def pelvis_drop_free(record: BalanceTestRecord | None) -> bool:
    """The level-3 criterion: the test was observed and no pelvic drop was seen on
    either side. An unobserved test (older, or eyes closed) does not count."""
    if record is None or not record.observed:
        return False
    return all(BalanceSign.PELVIS_DROP not in (record.signs(leg) or ()) for leg in LEGS)
