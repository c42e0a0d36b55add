"""The idle-source chooser: order per platform/session, preferences, reasons, logging."""

from __future__ import annotations

import logging
import re
from collections.abc import Mapping
from pathlib import Path

import pytest

from deadbutt_tray.core.model.settings import IDLE_SOURCES
from deadbutt_tray.platform.idle.base import IdleSource, IdleSourceUnavailableError, NullIdleSource
from deadbutt_tray.platform.idle.chooser import (
    ADAPTER_FAMILIES,
    DEFAULT_FACTORIES,
    PREFERENCES,
    auto_order,
    choose_idle_source,
    preferences_for,
)
from deadbutt_tray.platform.idle.stuck import GuardedIdleSource


class FakeSource:
    """An idle source that reads a fixed value and records being closed."""

    def __init__(self, name: str, value: float | None = 3.0) -> None:
        self.name = name
        self.value = value
        self.closed = False

    def seconds_idle(self) -> float | None:
        return self.value

    def close(self) -> None:
        self.closed = True


class Probes:
    """Factories for every preference name; each records that it was tried."""

    def __init__(self, **behaviour: object) -> None:
        # behaviour[name]: a reason string (unavailable), an exception, None (no
        # reading) or a float (works, reads that).
        self.behaviour = behaviour
        self.tried: list[str] = []
        self.built: dict[str, FakeSource] = {}

    def factories(self) -> dict[str, object]:
        return {name: self._factory(name) for name in PREFERENCES if name not in ("auto", "none")}

    def _factory(self, name: str):  # type: ignore[no-untyped-def]
        def make(env: Mapping[str, str]) -> IdleSource:
            self.tried.append(name)
            what = self.behaviour.get(name, f"no {name} here")
            if isinstance(what, str):
                raise IdleSourceUnavailableError(what)
            if isinstance(what, BaseException):
                raise what
            source = FakeSource(f"Fake {name}", what)  # type: ignore[arg-type]
            self.built[name] = source
            return source

        return make


WAYLAND = {"XDG_SESSION_TYPE": "wayland", "WAYLAND_DISPLAY": "wayland-0", "DISPLAY": ":0"}
X11 = {"XDG_SESSION_TYPE": "x11", "DISPLAY": ":0"}


def test_auto_order_per_platform_and_session() -> None:
    assert auto_order("win32", WAYLAND) == ["windows"]
    assert auto_order("darwin", {}) == ["macos"]
    assert auto_order("linux", WAYLAND) == ["mutter", "freedesktop", "wayland"]
    assert auto_order("linux", X11) == ["x11", "mutter", "freedesktop"]
    assert auto_order("freebsd14", X11)[0] == "x11"


def test_windows_auto_picks_windows() -> None:
    probes = Probes(windows=12.5)
    source, reasons = choose_idle_source(
        "auto", {}, platform="win32", factories=probes.factories(), guard=False
    )
    assert source is probes.built["windows"]
    assert probes.tried == ["windows"]
    assert reasons == ["windows: picked Fake windows (first reading 12.5 s)"]


def test_macos_auto_picks_macos() -> None:
    probes = Probes(macos=0.0)
    source, _ = choose_idle_source("auto", {}, platform="darwin", factories=probes.factories())
    assert source is not None and source.name == "Fake macos"


def test_wayland_session_falls_through_in_order_with_reasons() -> None:
    probes = Probes(mutter="ServiceUnknown", freedesktop="NotSupported", wayland=0.0)
    source, reasons = choose_idle_source(
        "auto", WAYLAND, platform="linux", factories=probes.factories(), guard=False
    )
    assert source is probes.built["wayland"]
    assert probes.tried == ["mutter", "freedesktop", "wayland"]
    assert reasons == [
        "mutter: unavailable: ServiceUnknown",
        "freedesktop: unavailable: NotSupported",
        "wayland: picked Fake wayland (first reading 0.0 s)",
    ]


def test_x11_session_tries_x11_first_and_stops_at_the_first_that_works() -> None:
    probes = Probes(x11=1.0, mutter=2.0)
    source, reasons = choose_idle_source(
        "auto", X11, platform="linux", factories=probes.factories(), guard=False
    )
    assert source is probes.built["x11"]
    assert probes.tried == ["x11"]
    assert len(reasons) == 1


def test_x11_session_falls_back_to_dbus_sources() -> None:
    probes = Probes(x11="cannot open X display ':0'", freedesktop=4.0)
    source, reasons = choose_idle_source(
        "auto", X11, platform="linux", factories=probes.factories(), guard=False
    )
    assert source is probes.built["freedesktop"]
    assert probes.tried == ["x11", "mutter", "freedesktop"]
    assert reasons[0] == "x11: unavailable: cannot open X display ':0'"


def test_nothing_available_gives_the_null_source_and_every_reason() -> None:
    probes = Probes()
    source, reasons = choose_idle_source(
        "auto", WAYLAND, platform="linux", factories=probes.factories()
    )
    assert isinstance(source, NullIdleSource)
    assert reasons == [
        "mutter: unavailable: no mutter here",
        "freedesktop: unavailable: no freedesktop here",
        "wayland: unavailable: no wayland here",
    ]


def test_explicit_preference_is_the_only_one_tried() -> None:
    probes = Probes(mutter="ServiceUnknown", freedesktop=5.0)
    source, reasons = choose_idle_source(
        "mutter", X11, platform="linux", factories=probes.factories()
    )
    assert isinstance(source, NullIdleSource)
    assert probes.tried == ["mutter"]
    assert reasons == ["mutter: unavailable: ServiceUnknown"]


def test_explicit_preference_that_works() -> None:
    probes = Probes(freedesktop=5.0, x11=1.0)
    source, _ = choose_idle_source(
        " FreeDesktop ", X11, platform="linux", factories=probes.factories(), guard=False
    )
    assert source is probes.built["freedesktop"]
    assert probes.tried == ["freedesktop"]


def test_none_turns_detection_off_without_probing() -> None:
    probes = Probes(x11=1.0)
    source, reasons = choose_idle_source(
        "none", X11, platform="linux", factories=probes.factories()
    )
    assert isinstance(source, NullIdleSource)
    assert probes.tried == []
    assert reasons == ["idle detection turned off in Settings"]


def test_unknown_preference_uses_auto_and_says_so() -> None:
    probes = Probes(x11=1.0)
    source, reasons = choose_idle_source(
        "kde-magic", X11, platform="linux", factories=probes.factories()
    )
    assert not isinstance(source, NullIdleSource)
    assert reasons[0] == "unknown idle source 'kde-magic'; using auto"


def test_a_preference_missing_from_the_factories_is_reported() -> None:
    source, reasons = choose_idle_source("windows", {}, platform="linux", factories={})
    assert isinstance(source, NullIdleSource)
    assert reasons == ["windows: not supported on this platform"]


def test_source_without_a_first_reading_is_rejected_and_closed() -> None:
    probes = Probes(x11=None, mutter=7.0)
    source, reasons = choose_idle_source(
        "auto", X11, platform="linux", factories=probes.factories(), guard=False
    )
    assert source is probes.built["mutter"]
    assert probes.built["x11"].closed
    assert reasons[0] == "x11: unavailable: Fake x11 gave no reading"


def test_adapter_bug_does_not_escape_the_chooser(caplog: pytest.LogCaptureFixture) -> None:
    probes = Probes(x11=ZeroDivisionError("oops"), mutter=1.0)
    with caplog.at_level(logging.ERROR):
        source, reasons = choose_idle_source(
            "auto", X11, platform="linux", factories=probes.factories()
        )
    assert not isinstance(source, NullIdleSource)
    assert reasons[0] == "x11: failed: ZeroDivisionError: oops"
    assert "Idle source 'x11' failed to start" in caplog.text


def test_guard_wraps_the_source_by_default() -> None:
    probes = Probes(x11=2.0)
    source, _ = choose_idle_source("auto", X11, platform="linux", factories=probes.factories())
    assert isinstance(source, GuardedIdleSource)
    assert source.inner is probes.built["x11"]
    assert source.name == "Fake x11"
    assert source.seconds_idle() == 2.0
    source.close()
    assert probes.built["x11"].closed


def test_pick_and_rejections_are_logged(caplog: pytest.LogCaptureFixture) -> None:
    probes = Probes(mutter="ServiceUnknown", freedesktop=1.0)
    with caplog.at_level(logging.INFO, logger="deadbutt_tray.platform.idle.chooser"):
        choose_idle_source("auto", WAYLAND, platform="linux", factories=probes.factories())
    assert "Idle source: Fake freedesktop (mutter: unavailable: ServiceUnknown;" in caplog.text


# ----- the real factories' own environment checks (no desktop needed) ---------------


def test_real_x11_factory_refuses_a_wayland_session() -> None:
    with pytest.raises(IdleSourceUnavailableError, match="Wayland session"):
        DEFAULT_FACTORIES["x11"](WAYLAND)


def test_real_x11_factory_needs_display() -> None:
    with pytest.raises(IdleSourceUnavailableError, match="DISPLAY is not set"):
        DEFAULT_FACTORIES["x11"]({"XDG_SESSION_TYPE": "x11"})


def test_real_wayland_factory_needs_a_wayland_session() -> None:
    with pytest.raises(IdleSourceUnavailableError, match="not a Wayland session"):
        DEFAULT_FACTORIES["wayland"](X11)


def test_real_windows_factory_off_windows() -> None:
    import sys

    if sys.platform == "win32":
        pytest.skip("this checks the refusal off Windows")
    with pytest.raises(IdleSourceUnavailableError, match="not running on Windows"):
        DEFAULT_FACTORIES["windows"]({})


def test_real_chooser_on_this_machine_with_an_empty_environment() -> None:
    # No DISPLAY, no WAYLAND_DISPLAY, D-Bus factories untouched: x11 and wayland are
    # refused by their environment checks before any connection is attempted.
    probes = Probes(mutter="ServiceUnknown", freedesktop="ServiceUnknown")
    factories = dict(probes.factories())
    factories["x11"] = DEFAULT_FACTORIES["x11"]
    factories["wayland"] = DEFAULT_FACTORIES["wayland"]
    source, reasons = choose_idle_source("auto", {}, platform="linux", factories=factories)
    assert isinstance(source, NullIdleSource)
    assert reasons[0] == "x11: unavailable: DISPLAY is not set"
    assert reasons[-1].startswith("wayland: unavailable: ")


# ----- one list of idle sources: the setting, the chooser and the README agree ---------


def test_every_setting_value_is_a_preference_with_an_adapter_or_auto_or_none() -> None:
    assert PREFERENCES is IDLE_SOURCES  # the chooser reads the setting's own list
    adapters = [name for name in IDLE_SOURCES if name not in ("auto", "none")]
    assert list(DEFAULT_FACTORIES) == adapters
    assert list(ADAPTER_FAMILIES) == adapters
    assert set(ADAPTER_FAMILIES.values()) == {"unix", "win32", "darwin"}


@pytest.mark.parametrize("platform", ["linux", "win32", "darwin"])
@pytest.mark.parametrize("env", [{}, X11, WAYLAND])
def test_auto_tries_only_adapters_of_this_os(platform: str, env: Mapping[str, str]) -> None:
    order = auto_order(platform, env)
    assert order and set(order) <= set(preferences_for(platform))


@pytest.mark.parametrize(
    ("platform", "expected"),
    [
        ("linux", ("auto", "x11", "mutter", "freedesktop", "wayland", "none")),
        ("openbsd7", ("auto", "x11", "mutter", "freedesktop", "wayland", "none")),
        ("win32", ("auto", "windows", "none")),
        ("darwin", ("auto", "macos", "none")),
    ],
)
def test_preferences_for_each_os(platform: str, expected: tuple[str, ...]) -> None:
    assert preferences_for(platform) == expected


def readme_idle_source_values() -> list[str]:
    """The values the README's settings table accepts for ``idle_source``, in order."""
    readme = Path(__file__).resolve().parents[3] / "README.md"
    rows = [
        line
        for line in readme.read_text(encoding="utf-8").splitlines()
        if line.startswith("| `idle_source` |")
    ]
    assert len(rows) == 1, "the README's settings table has no single idle_source row"
    accepted = rows[0].split("|")[3]
    return re.findall(r'[`"]([a-z0-9]+)[`"]', accepted)


def test_readme_lists_exactly_the_settings_idle_sources() -> None:
    assert readme_idle_source_values() == list(IDLE_SOURCES)


def test_the_null_source_meets_the_protocol_and_never_knows() -> None:
    source = NullIdleSource("turned off in settings")
    assert isinstance(source, IdleSource)
    assert source.name == "none" and source.reason == "turned off in settings"
    assert source.seconds_idle() is None
    source.close()
    source.close()
    assert source.seconds_idle() is None
