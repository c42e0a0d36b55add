"""The wire format between a later ``deadbutt-tray`` start (the CLI) and the running copy.

One JSON object per line each way, over the control socket (``instance.py`` carries the
bytes; this module gives them meaning). Both sides use the same typed commands, so the
CLI and the app cannot disagree about a name or an argument:

    request   {"v": 1, "cmd": "pause", "minutes": 30}
    reply     {"v": 1, "ok": true}                              (maybe with "data": {...})
              {"v": 1, "ok": false, "code": "bad-argument", "error": "pause needs ..."}

``v`` is the protocol version. A request carries the lowest version that has its command
(``Command.SINCE``), so a newer CLI still pauses an older running copy; a request without
``v`` is read as version 1 (what earlier releases sent). Version 2 added ``status`` and
``break``'s ``routine``. A
request from a newer version is refused with ``newer-protocol``, so the person is told to
restart the running copy rather than given a half-understood command.
Unknown keys in a request are ignored (a newer client may send more than we need).

Nothing here imports Qt: the CLI builds commands without a display.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any, ClassVar

from deadbutt_tray.core.fields import ID_PATTERN

__all__ = [
    "MAX_MESSAGE",
    "PROTOCOL",
    "Break",
    "Command",
    "CommandError",
    "ErrorCode",
    "GetStatus",
    "Pause",
    "Quit",
    "Reply",
    "Resume",
    "Show",
    "decode_command",
    "decode_reply",
    "encode_command",
    "encode_reply",
]

PROTOCOL = 2
MAX_MESSAGE = 4096  # bytes per line, either way
PAUSE_MAX_MIN = 1440
ROUTINE_MAX = 64


class ErrorCode(StrEnum):
    """Why a command was refused; stable names a script can test for."""

    BAD_MESSAGE = "bad-message"  # not one JSON object with a "cmd" name
    UNKNOWN_COMMAND = "unknown-command"
    BAD_ARGUMENT = "bad-argument"
    NEWER_PROTOCOL = "newer-protocol"  # the sender is a newer release than the app
    FAILED = "failed"  # the app hit an error carrying it out (logged there)


class CommandError(Exception):
    """A request that can't be carried out; ``code`` for scripts, ``str()`` for people."""

    def __init__(self, code: ErrorCode, message: str) -> None:
        super().__init__(message)
        self.code = code


@dataclass(frozen=True)
class Command:
    """A request to the running copy. Subclasses name themselves with ``NAME``."""

    NAME: ClassVar[str] = ""
    SINCE: ClassVar[int] = 1  # the protocol version that brought this command

    def version(self) -> int:
        """The lowest protocol version that understands this request as it stands."""
        return self.SINCE

    def arguments(self) -> dict[str, Any]:
        """The command's fields as JSON values."""
        return {}

    @classmethod
    def from_arguments(cls, message: dict[str, Any]) -> Command:
        """Build from a decoded request; ``CommandError`` if an argument is wrong."""
        return cls()


@dataclass(frozen=True)
class Show(Command):
    """Bring the app forward (a plain second start)."""

    NAME: ClassVar[str] = "show"


@dataclass(frozen=True)
class Break(Command):
    """Start a guided break: ``routine`` is a routine id or kind ("home-2", "pre-run");
    empty for the desk micro-break of the user's level. The app says if it knows none
    such (``bad-argument``, listing the ids)."""

    NAME: ClassVar[str] = "break"
    routine: str = ""

    def __post_init__(self) -> None:
        routine = self.routine
        if not isinstance(routine, str) or not (
            routine == "" or (len(routine) <= ROUTINE_MAX and ID_PATTERN.fullmatch(routine))
        ):
            raise CommandError(
                ErrorCode.BAD_ARGUMENT,
                "break needs a routine id: lower-case letters, digits and dashes",
            )

    def version(self) -> int:
        # An older copy would ignore "routine" and start the desk break instead: a break
        # with a routine says version 2, which such a copy refuses (restart it).
        return 2 if self.routine else self.SINCE

    def arguments(self) -> dict[str, Any]:
        return {"routine": self.routine} if self.routine else {}

    @classmethod
    def from_arguments(cls, message: dict[str, Any]) -> Command:
        return cls(routine=message.get("routine", ""))


@dataclass(frozen=True)
class Pause(Command):
    """Hold reminders for ``minutes`` (1-1440), or until tomorrow when 0."""

    NAME: ClassVar[str] = "pause"
    minutes: int = 0

    def __post_init__(self) -> None:
        minutes = self.minutes
        if (
            not isinstance(minutes, int)
            or isinstance(minutes, bool)
            or not 0 <= minutes <= PAUSE_MAX_MIN
        ):
            raise CommandError(
                ErrorCode.BAD_ARGUMENT,
                f"pause needs whole minutes from 0 to {PAUSE_MAX_MIN} (0: until tomorrow)",
            )

    def arguments(self) -> dict[str, Any]:
        return {"minutes": self.minutes}

    @classmethod
    def from_arguments(cls, message: dict[str, Any]) -> Command:
        if "minutes" not in message:
            raise CommandError(ErrorCode.BAD_ARGUMENT, "pause needs minutes")
        return cls(minutes=message["minutes"])


@dataclass(frozen=True)
class Resume(Command):
    """End a pause."""

    NAME: ClassVar[str] = "resume"


@dataclass(frozen=True)
class Quit(Command):
    """Quit the running copy (it saves the open sitting span first)."""

    NAME: ClassVar[str] = "quit"


@dataclass(frozen=True)
class GetStatus(Command):
    """The live state, for bars and scripts; the reply's ``data`` is what ``--json`` prints."""

    NAME: ClassVar[str] = "status"
    SINCE: ClassVar[int] = 2


COMMANDS: dict[str, type[Command]] = {
    c.NAME: c for c in (Show, Break, Pause, Resume, Quit, GetStatus)
}


@dataclass(frozen=True)
class Reply:
    """The running copy's answer."""

    ok: bool
    code: ErrorCode | None = None
    error: str = ""
    data: dict[str, Any] = field(default_factory=dict, hash=False)

    @classmethod
    def refused(cls, error: CommandError) -> Reply:
        return cls(ok=False, code=error.code, error=str(error))


def encode_command(command: Command) -> bytes:
    """One request line."""
    message = {"v": command.version(), "cmd": command.NAME, **command.arguments()}
    return json.dumps(message).encode() + b"\n"


def decode_command(raw: bytes) -> Command:
    """A request line as a command; ``CommandError`` says what is wrong with it.

    Nothing anyone can send makes this raise anything else: deep nesting, huge numbers,
    bad UTF-8 and non-objects are all ``bad-message``.
    """
    try:
        message = json.loads(raw)
    except (ValueError, RecursionError):  # deep nesting raises RecursionError
        raise CommandError(ErrorCode.BAD_MESSAGE, "bad message") from None
    if not isinstance(message, dict) or not isinstance(message.get("cmd"), str):
        raise CommandError(ErrorCode.BAD_MESSAGE, "bad message")
    version = message.get("v", 1)
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise CommandError(ErrorCode.BAD_MESSAGE, "bad protocol version")
    if version > PROTOCOL:
        raise CommandError(
            ErrorCode.NEWER_PROTOCOL,
            "the running copy is an older release than this command: quit it and start it again",
        )
    name = message["cmd"]
    kind = COMMANDS.get(name)
    if kind is None:
        shown = name if len(name) <= 40 else name[:37] + "..."
        raise CommandError(ErrorCode.UNKNOWN_COMMAND, f"unknown command {shown!r}")
    return kind.from_arguments(message)


def encode_reply(reply: Reply) -> bytes:
    """One reply line."""
    message: dict[str, Any] = {"v": PROTOCOL, "ok": reply.ok}
    if reply.code is not None:
        message["code"] = reply.code.value
    if reply.error:
        message["error"] = reply.error
    if reply.data:
        message["data"] = reply.data
    return json.dumps(message, ensure_ascii=False).encode() + b"\n"


def decode_reply(raw: bytes) -> Reply:
    """A reply line; ``CommandError`` (``bad-message``) if it can't be read.

    A reply from an earlier release (no ``v``, no ``code``) reads as well.
    """
    try:
        message = json.loads(raw)
    except (ValueError, RecursionError):
        raise CommandError(ErrorCode.BAD_MESSAGE, "an unreadable reply") from None
    if not isinstance(message, dict) or not isinstance(message.get("ok"), bool):
        raise CommandError(ErrorCode.BAD_MESSAGE, "an unreadable reply")
    try:
        code = ErrorCode(message["code"]) if "code" in message else None
    except ValueError:
        code = ErrorCode.FAILED
    if not message["ok"] and code is None:
        code = ErrorCode.FAILED
    error = message.get("error", "")
    data = message.get("data", {})
    return Reply(
        ok=message["ok"],
        code=code,
        error=error if isinstance(error, str) else "",
        data=data if isinstance(data, dict) else {},
    )
