"""The single-leg balance self-test: age norms, comparisons, left/right asymmetry.

The test: barefoot, arms folded or on the hips, lift one foot and time until it touches
down, the standing foot moves, or ``CAP_S`` pass; best of three per leg; eyes open, and
optionally closed. The norms are Springer et al. 2007 (J Geriatr Phys Ther 30(1):8-15): the
*best of three trials* columns, because that is what this test scores (the paper's
mean-of-three columns are lower and would flatter the user, most of all at 60-79). The
figures are as quoted from the paper's table by secondary sources, female and male
averaged (the paper found no sex difference); the app quotes them only as approximate,
with the source.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from enum import StrEnum

from deadbutt_tray.core.model.records import BalanceTestRecord, Eyes
from deadbutt_tray.core.model.settings import AGE_RANGES

__all__ = [
    "AGE_RANGES",
    "AROUND_FRACTION",
    "AROUND_MIN_S",
    "ASYMMETRY_FLOOR_S",
    "ASYMMETRY_FRACTION",
    "ASYMMETRY_SECONDS",
    "CAP_S",
    "NORMS",
    "NORMS_SOURCE",
    "TRIALS",
    "Comparison",
    "Standing",
    "asymmetry",
    "balance_history",
    "best_of",
    "compare",
    "is_asymmetric",
    "norm_for",
    "weaker_leg_s",
]

CAP_S = 45.0  # the test stops here: longer holds add little and bore people
TRIALS = 3  # best of three per leg

NORMS_SOURCE = (
    "Springer et al. 2007, J Geriatr Phys Ther 30(1):8-15, best of 3 trials, "
    "women and men averaged (approximate)"
)
# Age range -> (eyes open, eyes closed) seconds, best of three trials: the mean of the
# paper's female and male columns (F/M: eyes open 45.1/44.4, 42.1/41.6, 40.9/41.5,
# 30.4/33.8, 16.7/25.9, 10.6/8.7; eyes closed 13.1/16.9, 13.5/12.0, 7.9/8.6, 3.6/5.1,
# 3.7/2.6, 2.1/1.8).
NORMS: dict[str, tuple[float, float]] = {
    "18-39": (44.75, 15.0),
    "40-49": (41.85, 12.75),
    "50-59": (41.2, 8.25),
    "60-69": (32.1, 4.35),
    "70-79": (21.3, 3.15),
    "80+": (9.65, 1.95),
}
assert tuple(NORMS) == AGE_RANGES, "one norm per age range of the settings"

# "Around the norm" is a band, not a point: the norms are group means and one person's
# best of three varies by a few seconds from day to day. The band is 15 % of the norm,
# but never narrower than 2 s (a stopwatch started by hand is not more exact than that).
AROUND_FRACTION = 0.15
AROUND_MIN_S = 2.0

# Left/right difference worth showing. No validated cut-off exists for this test; limb
# symmetry work in rehabilitation commonly treats a side below 85-90 % of the other as
# asymmetric, and balance times are noisier than strength, so the relative threshold is
# more lenient (25 % of the better leg). At the 45 s cap a 10 s gap matters even when it is
# under 25 %. Differences under 2 s are within timing error and never flagged (at eyes
# closed, 3 s against 1.5 s is 50 % but means nothing).
ASYMMETRY_FRACTION = 0.25
ASYMMETRY_SECONDS = 10.0
ASYMMETRY_FLOOR_S = 2.0


class Standing(StrEnum):
    """How a time compares with the age norm."""

    BELOW = "below"
    AROUND = "around"
    ABOVE = "above"


@dataclass(frozen=True)
class Comparison:
    """One time set against the norm for an age range."""

    seconds: float
    norm_s: float
    standing: Standing
    age_range: str
    eyes: Eyes


def _clean(seconds: float) -> float:
    """A time as the test counts it: 0 to ``CAP_S``; nonsense counts as 0."""
    if not isinstance(seconds, int | float) or not math.isfinite(seconds):
        return 0.0
    return min(max(float(seconds), 0.0), CAP_S)


def best_of(times: Iterable[float]) -> float:
    """The best of the trials for one leg, within 0..``CAP_S``.

    Raises ``ValueError`` when there are no trials (there is no result to show).
    """
    cleaned = [_clean(t) for t in times]
    if not cleaned:
        raise ValueError("best_of needs at least one trial")
    return max(cleaned)


def norm_for(age_range: str, eyes: Eyes = Eyes.OPEN) -> float:
    """The typical best-of-three time for an age range; ``KeyError`` for an unknown range."""
    open_s, closed_s = NORMS[age_range]
    return open_s if eyes is Eyes.OPEN else closed_s


def compare(seconds: float, age_range: str, eyes: Eyes = Eyes.OPEN) -> Comparison:
    """Where ``seconds`` stands against the norm: below, around or above."""
    norm = norm_for(age_range, eyes)
    value = _clean(seconds)
    band = max(AROUND_MIN_S, AROUND_FRACTION * norm)
    if value < norm - band:
        standing = Standing.BELOW
    elif value > norm + band:
        standing = Standing.ABOVE
    else:
        standing = Standing.AROUND
    return Comparison(value, norm, standing, age_range, eyes)


def asymmetry(left: float, right: float) -> float:
    """The left/right difference as a fraction of the better leg (0 = equal, 1 = one leg 0 s)."""
    left, right = _clean(left), _clean(right)
    better = max(left, right)
    if better == 0:
        return 0.0
    return abs(left - right) / better


def is_asymmetric(left: float, right: float) -> bool:
    """Whether the difference is big enough to point out (see the thresholds above)."""
    left, right = _clean(left), _clean(right)
    difference = abs(left - right)
    if difference < ASYMMETRY_FLOOR_S:
        return False
    return asymmetry(left, right) > ASYMMETRY_FRACTION or difference > ASYMMETRY_SECONDS


def weaker_leg_s(test: BalanceTestRecord) -> float:
    """The weaker leg's time: what limits single-leg work, so what progress is judged by."""
    return min(_clean(test.left_s), _clean(test.right_s))


def balance_history(
    tests: Iterable[BalanceTestRecord], eyes: Eyes = Eyes.OPEN
) -> Sequence[BalanceTestRecord]:
    """The tests with ``eyes``, oldest first, for a chart over time."""
    return tuple(sorted((t for t in tests if t.eyes is eyes), key=lambda t: t.at))
