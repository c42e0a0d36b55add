"""sway's IPC: the no_focus and floating rules on the wire, against a fake sway socket."""

from __future__ import annotations

import json
import os
import socket
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from deadbutt_tray.platform.sway import (
    HEADER,
    MAGIC,
    RUN_COMMAND,
    FloatNoFocus,
    criteria_value,
    sway_socket,
)


class FakeSway:
    """A socket that answers every command as sway does, and keeps what it got."""

    def __init__(self, path: Path, *, success: bool = True, magic: bytes = MAGIC) -> None:
        self.path = path
        self.commands: list[str] = []
        self.success = success
        self.magic = magic
        self.server = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        self.server.bind(str(path))
        self.server.listen(4)
        self.thread = threading.Thread(target=self._serve, daemon=True)
        self.thread.start()

    def _serve(self) -> None:
        while True:
            try:
                conn, _ = self.server.accept()
            except OSError:
                return
            with conn:
                header = conn.recv(len(MAGIC) + HEADER.size, socket.MSG_WAITALL)
                assert header[: len(MAGIC)] == MAGIC
                length, kind = HEADER.unpack(header[len(MAGIC) :])
                assert kind == RUN_COMMAND
                self.commands.append(conn.recv(length, socket.MSG_WAITALL).decode())
                reply = json.dumps([{"success": self.success}]).encode()
                conn.sendall(self.magic + HEADER.pack(len(reply), RUN_COMMAND) + reply)

    def close(self) -> None:
        self.server.close()


@pytest.fixture
def sway(tmp_path: Path) -> Iterator[FakeSway]:
    fake = FakeSway(tmp_path / "sway-ipc.sock")
    yield fake
    fake.close()


def test_asks_sway_once_per_window_to_float_it_and_not_focus_it(sway: FakeSway) -> None:
    no_focus = FloatNoFocus({"SWAYSOCK": str(sway.path)})
    assert no_focus.ask("org.deadbutt_tray.DeadbuttTray", "Break reminder — deadbutt-tray")
    assert no_focus.ask("org.deadbutt_tray.DeadbuttTray", "Break reminder — deadbutt-tray")
    criteria = (
        '[app_id="^org\\.deadbutt_tray\\.DeadbuttTray$" title="^Break reminder — deadbutt-tray$"]'
    )
    assert sway.commands == [f"no_focus {criteria}; for_window {criteria} floating enable"]
    assert no_focus.ask("org.deadbutt_tray.DeadbuttTray", "Pausenerinnerung (1)")
    assert sway.commands[-1].endswith('title="^Pausenerinnerung \\(1\\)$"] floating enable')


def test_a_refusal_or_a_stranger_on_the_socket_is_no_promise(tmp_path: Path) -> None:
    refusing = FakeSway(tmp_path / "no.sock", success=False)
    stranger = FakeSway(tmp_path / "odd.sock", magic=b"x11ipc")
    try:
        assert FloatNoFocus({"SWAYSOCK": str(refusing.path)}).ask("a", "b") is False
        assert FloatNoFocus({"SWAYSOCK": str(stranger.path)}).ask("a", "b") is False
        assert FloatNoFocus({"SWAYSOCK": str(tmp_path / "gone.sock")}).ask("a", "b") is False
    finally:
        refusing.close()
        stranger.close()


def test_not_sway_is_none(tmp_path: Path) -> None:
    assert FloatNoFocus({}).ask("a", "b") is None
    assert sway_socket({"XDG_RUNTIME_DIR": str(tmp_path), "WAYLAND_DISPLAY": "wayland-0"}) is None


def test_the_socket_sway_made_in_the_runtime_folder_is_found(tmp_path: Path) -> None:
    made = tmp_path / f"sway-ipc.{os.getuid()}.4242.sock"
    made.touch()
    env = {"XDG_RUNTIME_DIR": str(tmp_path), "WAYLAND_DISPLAY": "wayland-1"}
    assert sway_socket(env) == str(made)
    assert sway_socket({**env, "SWAYSOCK": "/elsewhere"}) == "/elsewhere"


def test_criteria_values_match_the_text_alone() -> None:
    assert criteria_value("a.b") == "^a\\.b$"
    assert criteria_value('say "hi"') == "^say .hi.$"  # a quote would end sway's value
