"""sway: ask the compositor to float a window and not focus it when it appears, through
its IPC socket.

A Wayland client cannot show a window without the compositor deciding about focus and
tiling, and ``WindowDoesNotAcceptFocus`` reaches no Wayland protocol. GNOME and KDE do
not focus a window that comes with no activation token; sway (1.7) focuses every new
window, so the break prompt took the keys someone was typing, and tiles it, so the small
prompt filled half the screen beside the user's work. sway takes its config commands
``no_focus <criteria>`` and ``for_window <criteria> floating enable`` at run time too:
sent once per window title over ``$SWAYSOCK`` (the i3 IPC protocol: ``i3-ipc``, payload
length, message type, payload), the prompt then appears floating, at its own size, and
without the focus moving. Elsewhere this does nothing.
"""

from __future__ import annotations

import glob
import json
import logging
import os
import socket
import struct
from collections.abc import Mapping

log = logging.getLogger(__name__)

MAGIC = b"i3-ipc"
RUN_COMMAND = 0
HEADER = struct.Struct("=II")  # payload length, message type (native byte order)
TIMEOUT_S = 1.0  # sway answers at once; a hung compositor must not hang the app
_SPECIAL = set(".^$*+?()[]{}|\\")


def sway_socket(env: Mapping[str, str] = os.environ) -> str | None:
    """sway's IPC socket: ``$SWAYSOCK``, or the one sway made in the runtime folder."""
    path = env.get("SWAYSOCK")
    if path:
        return path
    runtime = env.get("XDG_RUNTIME_DIR")
    if not runtime or not env.get("WAYLAND_DISPLAY"):
        return None
    found = glob.glob(os.path.join(glob.escape(runtime), f"sway-ipc.{os.getuid()}.*.sock"))
    return found[0] if len(found) == 1 else None


def criteria_value(text: str) -> str:
    """``text`` as an anchored regular expression that sway's quoted criteria take."""
    escaped = "".join(f"\\{char}" if char in _SPECIAL else char for char in text)
    return "^" + escaped.replace('"', ".") + "$"  # a quote would end sway's value


def run_command(command: str, path: str, timeout_s: float = TIMEOUT_S) -> bool:
    """Send one command; True when sway says every part of it succeeded.

    ``OSError`` when the socket can't be reached, ``ValueError`` for an answer that is
    not sway's.
    """
    payload = command.encode()
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as sock:
        sock.settimeout(timeout_s)
        sock.connect(path)
        sock.sendall(MAGIC + HEADER.pack(len(payload), RUN_COMMAND) + payload)
        header = _read(sock, len(MAGIC) + HEADER.size)
        if header[: len(MAGIC)] != MAGIC:
            raise ValueError("not an i3/sway IPC answer")
        length, kind = HEADER.unpack(header[len(MAGIC) :])
        if kind != RUN_COMMAND:
            raise ValueError(f"answer of type {kind} to a command")
        results = json.loads(_read(sock, length))
    return bool(results) and all(
        isinstance(result, dict) and result.get("success") is True for result in results
    )


def _read(sock: socket.socket, size: int) -> bytes:
    data = b""
    while len(data) < size:
        chunk = sock.recv(size - len(data))
        if not chunk:
            raise ValueError("sway closed the socket mid-answer")
        data += chunk
    return data


class FloatNoFocus:
    """Asks sway, once per window, to float it and not focus it when it appears."""

    def __init__(self, env: Mapping[str, str] = os.environ) -> None:
        self._env = env
        self._asked: set[tuple[str, str]] = set()

    def ask(self, app_id: str, title: str) -> bool | None:
        """True: sway will float ``title`` of ``app_id`` and not focus it; False: it
        refused or could not be reached; None: not sway."""
        path = sway_socket(self._env)
        if path is None:
            return None
        key = (app_id, title)
        if key in self._asked:
            return True
        criteria = f'[app_id="{criteria_value(app_id)}" title="{criteria_value(title)}"]'
        command = f"no_focus {criteria}; for_window {criteria} floating enable"
        try:
            done = run_command(command, path)
        except (OSError, ValueError) as error:
            log.info("sway: could not ask it to float %r without focus: %s", title, error)
            return False
        if done:
            self._asked.add(key)
            log.info("sway: asked to float %r without focus when it appears", title)
        else:
            log.info("sway refused: %s", command)
        return done
