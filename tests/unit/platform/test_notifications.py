"""org.freedesktop.Notifications through jeepney, with the bus faked at the message level.

The fake transport receives the real jeepney messages (so the signature and each
argument's D-Bus type are the ones that would go on the wire) and answers with real
reply or error messages.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from jeepney import Message, new_error, new_method_return
from jeepney.low_level import HeaderFields, Parser

from deadbutt_tray.platform.notifications import (
    NOTIFY_SIGNATURE,
    DesktopNotifications,
    desktop_notifications,
    session_bus_address,
)


class FakeBus:
    """Answers like a bus with (or without) a notification daemon on it."""

    def __init__(self, daemon: bool = True, capabilities: tuple[str, ...] = ("body",)) -> None:
        self.daemon = daemon
        self.capabilities = list(capabilities)
        self.sent: list[Message] = []
        self.next_id = 41
        self.refuse: str | None = None  # an error name Notify answers with
        self.hang = False
        self.closed: list[int] = []  # ids CloseNotification asked for

    def __call__(self, message: Message, timeout: float) -> Message:
        # Through the wire format and back: what a daemon would really read.
        parser = Parser()
        parser.add_data(message.serialise(serial=len(self.sent) + 1))
        wired = parser.get_next_message()
        assert wired is not None
        self.sent.append(wired)
        member = wired.header.fields[HeaderFields.member]
        if member == "NameHasOwner":
            return new_method_return(wired, "b", (self.daemon,))
        if member == "ListActivatableNames":
            return new_method_return(wired, "as", (["org.freedesktop.DBus"],))
        if not self.daemon:
            return new_error(
                wired, "org.freedesktop.DBus.Error.ServiceUnknown", "s", ("no such name",)
            )
        if self.hang:
            raise TimeoutError("no reply")
        if member == "GetServerInformation":
            return new_method_return(wired, "ssss", ("dunst", "knopwob", "1.9.0", "1.2"))
        if member == "GetCapabilities":
            return new_method_return(wired, "as", (self.capabilities,))
        if member == "CloseNotification":
            self.closed.append(int(wired.body[0]))
            return new_method_return(wired, "", ())
        assert member == "Notify"
        if self.refuse:
            return new_error(wired, self.refuse, "s", ("refused",))
        self.next_id += 1
        return new_method_return(wired, "u", (self.next_id,))

    def notifies(self) -> list[tuple[Any, ...]]:
        return [
            tuple(m.body) for m in self.sent if m.header.fields[HeaderFields.member] == "Notify"
        ]


@pytest.fixture
def bus() -> FakeBus:
    return FakeBus()


@pytest.fixture
def make(bus: FakeBus, tmp_path: Path) -> Callable[..., DesktopNotifications]:
    def make(**kwargs: Any) -> DesktopNotifications:
        return DesktopNotifications(
            "deadbutt-tray",
            "deadbutt-tray",
            tmp_path / "icon.png",
            "org.deadbutt_tray.DeadbuttTray",
            transport=bus,
            **kwargs,
        )

    return make


def test_a_notification_goes_out_with_name_themed_icon_and_image_path(
    bus: FakeBus, make: Callable[..., DesktopNotifications], tmp_path: Path
) -> None:
    notices = make()
    assert notices.send("Break coming up", "A short glute break is due soon.", 5)
    (notify,) = [m for m in bus.sent if m.header.fields[HeaderFields.member] == "Notify"]
    assert notify.header.fields[HeaderFields.signature] == NOTIFY_SIGNATURE
    app, replaces, icon, title, body, actions, hints, timeout = notify.body
    assert (app, replaces, icon) == ("deadbutt-tray", 0, "deadbutt-tray")
    assert (title, body, actions, timeout) == (
        "Break coming up",
        "A short glute break is due soon.",
        [],
        5000,
    )
    assert hints["image-path"] == ("s", (tmp_path / "icon.png").as_uri())
    assert hints["desktop-entry"] == ("s", "org.deadbutt_tray.DeadbuttTray")
    assert hints["urgency"] == ("y", 1)
    assert "image_data" not in hints and "image-data" not in hints
    assert notices.server == "dunst 1.9.0"


def test_a_notice_of_the_same_kind_replaces_the_last_one(
    bus: FakeBus, make: Callable[..., DesktopNotifications]
) -> None:
    notices = make()
    assert notices.send("A", "first", 5, key="problem")
    assert notices.send("B", "second", 5, key="problem")
    assert notices.send("C", "other kind", 5, key="nudge")
    assert notices.send("D", "no kind", 5)
    # replaces_id went out as a uint32 (signature "u"), which QtDBus could not send.
    assert [n[1] for n in bus.notifies()] == [0, 42, 0, 0]


def test_a_withdrawn_kind_leaves_the_screen_once(
    bus: FakeBus, make: Callable[..., DesktopNotifications]
) -> None:
    """A problem that is over: its notification is closed (by the id the daemon gave),
    once; a kind never sent, or already withdrawn, asks the daemon nothing."""
    notices = make()
    assert notices.send("A", "the data folder can't be written", 15, key="problem: a")
    assert notices.send("B", "idle detection is stuck", 15, key="problem: b")
    notices.withdraw("problem: a")
    notices.withdraw("problem: a")
    notices.withdraw("never sent")
    assert bus.closed == [42]
    # A new notice of that kind is a new notification, not a replacement of the closed one.
    assert notices.send("A", "again", 15, key="problem: a")
    assert bus.notifies()[-1][1] == 0


def test_withdrawing_with_the_daemon_gone_is_quiet(
    bus: FakeBus, make: Callable[..., DesktopNotifications]
) -> None:
    notices = make()
    assert notices.send("A", "first", 15, key="problem: a")
    bus.hang = True
    notices.withdraw("problem: a")  # logged, not raised
    assert bus.closed == []


def test_markup_in_the_text_is_escaped_only_for_daemons_that_read_markup(
    bus: FakeBus, make: Callable[..., DesktopNotifications]
) -> None:
    assert make().send("t", "Hips & <glutes>", 5)
    bus.capabilities = ["body", "body-markup"]
    assert make().send("t", "Hips & <glutes>", 5)
    assert [n[4] for n in bus.notifies()] == ["Hips & <glutes>", "Hips &amp; &lt;glutes&gt;"]


def test_no_daemon_says_false_and_asks_the_bus_before_trying_again(
    bus: FakeBus, make: Callable[..., DesktopNotifications]
) -> None:
    bus.daemon = False
    notices = make()
    assert not notices.send("t", "x", 5)
    assert not notices.send("t", "x", 5)
    members = [m.header.fields[HeaderFields.member] for m in bus.sent]
    # The second try only asked the bus, which answers at once (no 1.5 s timeout).
    assert members[-2:] == ["NameHasOwner", "ListActivatableNames"]
    bus.daemon = True  # the daemon started later (a login race)
    assert notices.send("t", "x", 5)


@pytest.mark.parametrize("how", ["refused", "timeout"])
def test_a_refusal_or_no_answer_is_a_false_so_the_app_shows_its_own_notice(
    bus: FakeBus, make: Callable[..., DesktopNotifications], how: str
) -> None:
    notices = make()
    assert notices.send("warm", "up", 5)
    if how == "refused":
        bus.refuse = "org.freedesktop.DBus.Error.InvalidArgs"
    else:
        bus.hang = True
    assert not notices.send("t", "x", 5)


def test_the_bus_address_comes_from_the_variable_or_systemds_socket(tmp_path: Path) -> None:
    assert session_bus_address({"DBUS_SESSION_BUS_ADDRESS": "unix:path=/x"}) == "unix:path=/x"
    assert session_bus_address({"XDG_RUNTIME_DIR": str(tmp_path)}) is None
    (tmp_path / "bus").touch()
    assert session_bus_address({"XDG_RUNTIME_DIR": str(tmp_path)}) == f"unix:path={tmp_path}/bus"
    assert desktop_notifications("a", "b", env={}) is None
    made = desktop_notifications("a", "b", env={"DBUS_SESSION_BUS_ADDRESS": "unix:path=/x"})
    assert isinstance(made, DesktopNotifications)


@pytest.mark.parametrize(
    "text", ["", "plain", "a < b > c & d", "&amp; already", "<b>bold</b>", "quotes \" and ' stay"]
)
def test_escape_markup_is_html_escape_without_quotes(text: str) -> None:
    import html

    from deadbutt_tray.platform.notifications import escape_markup

    assert escape_markup(text) == html.escape(text, quote=False)
