"""The one field reader every file goes through: same checks, same wording everywhere."""

from __future__ import annotations

import math
from datetime import UTC, datetime

from deadbutt_tray.core.fields import FieldReader, show_value
from deadbutt_tray.core.model.records import Eyes


def test_each_kind_accepts_its_values_and_names_what_is_accepted() -> None:
    read = FieldReader(
        "f.toml",
        {
            "n": 3,
            "big": 10**40,
            "flag": "yes",
            "eyes": "open",
            "when": datetime(2026, 1, 1, tzinfo=UTC),
            "naive": datetime(2026, 1, 1),
            "x": 1.5,
            "t": "  hi ",
            "id": "Bad_ID",
        },
        "t[0].",
    )
    assert read.whole("n", 0, 10) == 3
    assert read.whole("big", 0, math.inf) == 10**40
    assert read.boolean("flag") is None
    assert read.member("eyes", Eyes) is Eyes.OPEN
    assert read.moment("when") is not None and read.moment("naive") is None
    assert read.number("x", 0, 1) is None
    assert read.text("t") == "hi"
    assert read.ident("id") == ""
    assert read.whole("missing", 0, 1) is None
    keys = [p.key for p in read.problems]
    assert keys == ["t[0].flag", "t[0].naive", "t[0].x", "t[0].id", "t[0].missing"]
    assert str(read.problems[0]) == "f.toml: t[0].flag: 'yes' is not accepted: true or false"
    assert read.problems[-1].message == "is missing"
    assert read.failed


def test_non_fatal_problems_and_unknown_keys_do_not_fail_the_table() -> None:
    read = FieldReader("f.toml", {"extra": 1, "a": 1})
    read.unknown(["a"])
    assert not read.failed and "unknown key" in read.problems[0].message


def test_values_are_shown_short() -> None:
    assert show_value(True) == "true"
    assert show_value(10**50) == "a very long number"
    assert len(show_value("x" * 500)) == 60
    assert show_value({"a": 1}) == "a table"
