"""The GUI start names the missing package instead of a Qt abort."""

from __future__ import annotations

from deadbutt_tray.display_check import XCB_LIBRARIES, display_problem


def loads_all(_soname: str) -> bool:
    return True


def test_no_display_at_all_is_one_clear_line() -> None:
    message = display_problem({}, platform="linux", loads=loads_all)
    assert message is not None
    assert "DISPLAY" in message and "\n" not in message


def test_missing_xcb_cursor_names_the_debian_package() -> None:
    message = display_problem(
        {"DISPLAY": ":0"}, platform="linux", loads=lambda so: so != "libxcb-cursor.so.0"
    )
    assert message is not None
    assert "libxcb-cursor0" in message
    assert "apt-get install libxcb-cursor0" in message
    assert "libxcb-icccm4" not in message


def test_every_missing_library_is_listed_once() -> None:
    message = display_problem({"DISPLAY": ":0"}, platform="linux", loads=lambda _so: False)
    assert message is not None
    for package in set(XCB_LIBRARIES.values()):
        assert message.count(package) == 2  # in the sentence and in the command


def test_a_working_x11_desktop_passes() -> None:
    assert display_problem({"DISPLAY": ":0"}, platform="linux", loads=loads_all) is None


def test_wayland_does_not_need_xcb() -> None:
    env = {"WAYLAND_DISPLAY": "wayland-0", "DISPLAY": ":0"}
    assert display_problem(env, platform="linux", loads=lambda _so: False) is None


def test_offscreen_and_other_platforms_are_left_to_qt() -> None:
    assert display_problem({"QT_QPA_PLATFORM": "offscreen"}, platform="linux") is None
    assert display_problem({}, platform="win32") is None
    assert display_problem({}, platform="darwin") is None


def test_forcing_xcb_on_wayland_checks_xcb() -> None:
    env = {"WAYLAND_DISPLAY": "w", "DISPLAY": ":0", "QT_QPA_PLATFORM": "xcb"}
    assert display_problem(env, platform="linux", loads=lambda _so: False) is not None
