"""Desktop detection from the environment (no display needed)."""

from __future__ import annotations

import pytest

from deadbutt_tray.platform.desktop import Desktop, desktop_names, session_type

WAYLAND = {"XDG_SESSION_TYPE": "wayland", "WAYLAND_DISPLAY": "wayland-0", "DISPLAY": ":0"}
X11 = {"XDG_SESSION_TYPE": "x11", "DISPLAY": ":0"}


@pytest.mark.parametrize(
    ("env", "expected"),
    [
        (WAYLAND, "wayland"),
        (X11, "x11"),
        ({"DISPLAY": ":1"}, "x11"),
        ({"WAYLAND_DISPLAY": "wayland-1", "DISPLAY": ":1"}, "wayland"),
        # Declared type wins over a stray variable in both directions.
        ({"XDG_SESSION_TYPE": "x11", "WAYLAND_DISPLAY": "wayland-1", "DISPLAY": ":1"}, "x11"),
        ({"XDG_SESSION_TYPE": " Wayland ", "DISPLAY": ":1"}, "wayland"),
        ({"XDG_SESSION_TYPE": "tty"}, "unknown"),
        ({}, "unknown"),
    ],
)
def test_session_type(env: dict[str, str], expected: str) -> None:
    assert session_type(env) == expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("ubuntu:GNOME", ("ubuntu", "GNOME")),
        ("KDE", ("KDE",)),
        ("X-Cinnamon::", ("X-Cinnamon",)),
        ("", ()),
    ],
)
def test_desktop_names_split_xdg_current_desktop(value: str, expected: tuple[str, ...]) -> None:
    assert desktop_names({"XDG_CURRENT_DESKTOP": value}) == expected


def test_detect_reads_every_variable() -> None:
    desktop = Desktop.detect({**WAYLAND, "XDG_CURRENT_DESKTOP": "ubuntu:GNOME"}, "linux")
    assert desktop == Desktop(
        system="linux",
        session="wayland",
        x_display=":0",
        wayland_display="wayland-0",
        names=("ubuntu", "GNOME"),
    )
    assert desktop.family == "unix"
    assert not desktop.is_windows and not desktop.is_macos
    assert desktop.describe() == "linux, wayland session, ubuntu:GNOME"


@pytest.mark.parametrize(
    ("system", "family"), [("win32", "win32"), ("darwin", "darwin"), ("freebsd14", "unix")]
)
def test_family_and_description_per_system(system: str, family: str) -> None:
    desktop = Desktop.detect(X11, system)
    assert desktop.family == family
    assert desktop.is_windows == (system == "win32")
    assert desktop.is_macos == (system == "darwin")
    expected = system if family != "unix" else f"{system}, x11 session"
    assert desktop.describe() == expected
