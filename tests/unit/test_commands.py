"""The control-socket protocol: typed commands and replies, versioned, never crashing."""

from __future__ import annotations

import contextlib
import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

from deadbutt_tray.commands import (
    COMMANDS,
    PROTOCOL,
    Break,
    Command,
    CommandError,
    ErrorCode,
    GetStatus,
    Pause,
    Quit,
    Reply,
    Resume,
    Show,
    decode_command,
    decode_reply,
    encode_command,
    encode_reply,
)


@pytest.mark.parametrize(
    "command",
    [
        Show(),
        Break(),
        Break(routine="home-2"),
        Pause(minutes=0),
        Pause(minutes=1440),
        Resume(),
        Quit(),
        GetStatus(),
    ],
)
def test_every_command_round_trips(command: Command) -> None:
    line = encode_command(command)
    # Each request says the lowest version that has its command, so a newer CLI still
    # reaches an older running copy for the commands that copy knows.
    assert line.endswith(b"\n") and json.loads(line)["v"] == command.version() <= PROTOCOL
    assert command.version() >= command.SINCE
    assert decode_command(line) == command


def test_the_names_are_the_cli_s() -> None:
    assert set(COMMANDS) == {"show", "break", "pause", "resume", "quit", "status"}


def test_status_came_with_version_2_and_older_commands_still_say_1() -> None:
    assert PROTOCOL == 2
    assert json.loads(encode_command(GetStatus()))["v"] == 2
    assert json.loads(encode_command(Pause(minutes=5)))["v"] == 1
    # A version-1 copy refuses the status request by version, with a clear message.
    assert decode_command(b'{"v": 2, "cmd": "status"}') == GetStatus()


def test_a_request_from_an_earlier_release_without_a_version_is_read() -> None:
    assert decode_command(b'{"cmd": "pause", "minutes": 30}\n') == Pause(minutes=30)


@pytest.mark.parametrize(
    ("raw", "code"),
    [
        (b"not json", ErrorCode.BAD_MESSAGE),
        (b"[1, 2]", ErrorCode.BAD_MESSAGE),
        (b'{"cmd": 5}', ErrorCode.BAD_MESSAGE),
        (b'{"v": "1", "cmd": "show"}', ErrorCode.BAD_MESSAGE),
        (b'{"v": 3, "cmd": "show"}', ErrorCode.NEWER_PROTOCOL),
        (b'{"cmd": "fly"}', ErrorCode.UNKNOWN_COMMAND),
        (b'{"cmd": "pause"}', ErrorCode.BAD_ARGUMENT),
        (b'{"cmd": "break", "routine": 5}', ErrorCode.BAD_ARGUMENT),
        (b'{"cmd": "break", "routine": "Home 2"}', ErrorCode.BAD_ARGUMENT),
        (b'{"cmd": "break", "routine": "' + b"a" * 65 + b'"}', ErrorCode.BAD_ARGUMENT),
        (b'{"cmd": "pause", "minutes": true}', ErrorCode.BAD_ARGUMENT),
        (b'{"cmd": "pause", "minutes": 1.5}', ErrorCode.BAD_ARGUMENT),
        (b'{"cmd": "pause", "minutes": 1441}', ErrorCode.BAD_ARGUMENT),
        (b'{"cmd": "pause", "minutes": -1}', ErrorCode.BAD_ARGUMENT),
        (b'{"cmd":' + b'{"a":' * 5000 + b"1" + b"}" * 5001, ErrorCode.BAD_MESSAGE),
    ],
)
def test_bad_requests_are_typed_errors(raw: bytes, code: ErrorCode) -> None:
    with pytest.raises(CommandError) as caught:
        decode_command(raw)
    assert caught.value.code is code and str(caught.value)


@given(st.binary(max_size=200))
def test_nothing_anyone_sends_raises_anything_else(raw: bytes) -> None:
    with contextlib.suppress(CommandError):
        decode_command(raw)


def test_replies_round_trip_and_old_replies_read() -> None:
    reply = Reply(False, ErrorCode.BAD_ARGUMENT, "pause needs minutes", {"x": 1})
    assert decode_reply(encode_reply(reply)) == reply
    assert decode_reply(encode_reply(Reply(ok=True))) == Reply(ok=True)
    assert decode_reply(b'{"ok": false, "error": "old"}') == Reply(False, ErrorCode.FAILED, "old")
    with pytest.raises(CommandError):
        decode_reply(b"[]")


def test_a_plain_break_is_sent_as_before_and_an_old_break_reads_as_the_desk_break() -> None:
    assert json.loads(encode_command(Break())) == {"v": 1, "cmd": "break"}
    assert decode_command(b'{"cmd": "break"}\n') == Break(routine="")
    # An older copy would ignore the routine and start the desk break: it must refuse.
    assert json.loads(encode_command(Break(routine="pre-run"))) == {
        "v": 2,
        "cmd": "break",
        "routine": "pre-run",
    }
