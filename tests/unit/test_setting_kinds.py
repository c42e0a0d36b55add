"""Each setting kind parses, refuses and describes its own values."""

from __future__ import annotations

from datetime import time

import pytest

from deadbutt_tray.core.model.setting_kinds import (
    Choice,
    Count,
    IdList,
    Minutes,
    Percent,
    RejectedError,
    Seconds,
    Switch,
    TimeOfDay,
    Weekdays,
)


@pytest.mark.parametrize(
    ("kind", "raw", "value"),
    [
        (Minutes(minimum=1, maximum=15), 2, 2.0),
        (Minutes(minimum=1, maximum=15), 1.5, 1.5),
        (Seconds(minimum=0, maximum=600), 0, 0),
        (Percent(minimum=0, maximum=100), 100, 100),
        (Switch(), False, False),
        (TimeOfDay(), " 9:05 ", time(9, 5)),
        (TimeOfDay(), time(17, 30), time(17, 30)),
        (Weekdays(days=("mon", "tue", "wed")), ["Wed", "mon"], ("mon", "wed")),
        (Choice(choices=("auto", "none")), " AUTO", "auto"),
        (IdList(), ["a-b", "c1"], ("a-b", "c1")),
    ],
)
def test_accepted_values_parse(kind: object, raw: object, value: object) -> None:
    assert kind.parse(raw) == value  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("kind", "raw"),
    [
        (Minutes(minimum=1, maximum=15), True),  # a bool is not a number of minutes
        (Minutes(minimum=1, maximum=15), 15.5),
        (Minutes(minimum=1, maximum=15), float("nan")),
        (Count(minimum=0, maximum=10), 3.0),  # whole numbers only
        (Seconds(minimum=0, maximum=600), -1),
        (Switch(), "true"),
        (TimeOfDay(), "24:00"),
        (TimeOfDay(), "9"),
        (Weekdays(days=("mon", "tue")), []),
        (Weekdays(days=("mon", "tue")), ["mon", "mon"]),
        (Choice(choices=("auto", "none")), "x11"),
        (IdList(), ["Not An Id"]),
        (IdList(), ["a", "a"]),
    ],
)
def test_refused_values_raise(kind: object, raw: object) -> None:
    with pytest.raises(RejectedError):
        kind.parse(raw)  # type: ignore[attr-defined]


def test_kinds_describe_themselves() -> None:
    assert Minutes(minimum=10, maximum=120).accepted() == "a number of minutes from 10 to 120"
    assert (
        Seconds(minimum=0, maximum=600, note="0 = off").accepted()
        == "a whole number of seconds from 0 to 600, 0 = off"
    )
    assert Count(minimum=0, maximum=10).accepted() == "a whole number from 0 to 10"
    assert Choice(choices=("a", "b")).accepted() == 'one of "a", "b"'
    assert Minutes().show(30.0) == "30" and Minutes().show(1.5) == "1.5"
    assert TimeOfDay().show(time(9)) == '"09:00"'
    assert Weekdays(days=("mon",)).to_toml(("mon",)) == ["mon"]
