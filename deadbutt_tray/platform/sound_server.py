"""Could a sound play here at all? Asked before the audio stack is loaded.

On Linux, Qt Multimedia plays through a sound server only: PulseAudio (``libpulse``),
or PipeWire (``QT_AUDIO_BACKEND=pipewire``; PipeWire desktops also serve the PulseAudio
socket). Loading it costs about 20 MiB resident (the FFmpeg libraries, the backend's
threads) even when it then finds no server, as on a headless machine or a service
session. So the chime first looks for a server the way ``libpulse`` and ``libpipewire``
would find one, without connecting:

- ``PULSE_SERVER`` or ``PIPEWIRE_REMOTE`` set: the user named one (trusted as it is);
- a socket at ``$XDG_RUNTIME_DIR/pulse/native`` or ``$XDG_RUNTIME_DIR/pipewire-0``, or a
  system-wide PulseAudio at ``/run/pulse/native`` (``/var/run/pulse/native``);
- ``pulseaudio`` on ``PATH`` and not root: ``libpulse`` starts the server itself
  (autospawn; it never does so for root).

A different ``QT_AUDIO_BACKEND`` and every other system (Windows, macOS: the audio
service is part of the system) count as "yes": Qt is left to find out.
"""

from __future__ import annotations

import os
import shutil
import sys
from collections.abc import Callable, Mapping
from pathlib import Path

SERVER_BACKENDS = ("", "pulseaudio", "pipewire")
SYSTEM_SOCKETS = (Path("/run/pulse/native"), Path("/var/run/pulse/native"))


def sound_server_reachable(
    env: Mapping[str, str] | None = None,
    *,
    platform: str = sys.platform,
    is_socket: Callable[[Path], bool] | None = None,
    which: Callable[[str], str | None] = shutil.which,
    uid: int | None = None,
) -> bool:
    """False only when Qt Multimedia certainly finds no sound server to play through."""
    env = os.environ if env is None else env
    if not platform.startswith("linux"):
        return True
    if env.get("QT_AUDIO_BACKEND", "").strip().lower() not in SERVER_BACKENDS:
        return True
    if env.get("PULSE_SERVER") or env.get("PIPEWIRE_REMOTE"):
        return True
    is_socket = is_socket or _is_socket
    runtime = env.get("XDG_RUNTIME_DIR")
    sockets = [*SYSTEM_SOCKETS]
    if runtime:
        sockets[:0] = [Path(runtime, "pulse", "native"), Path(runtime, "pipewire-0")]
    if any(is_socket(path) for path in sockets):
        return True
    uid = os.getuid() if uid is None else uid
    return uid != 0 and which("pulseaudio") is not None


def _is_socket(path: Path) -> bool:
    try:
        return path.is_socket()
    except OSError:
        return False
