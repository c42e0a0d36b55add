"""Whether a sound server could be reached, asked before QtMultimedia is loaded."""

from __future__ import annotations

import socket
from pathlib import Path

import pytest

from deadbutt_tray.platform import sound_server
from deadbutt_tray.platform.sound_server import sound_server_reachable

RUNTIME = "/run/user/1000"


def reachable(
    env: dict[str, str],
    sockets: tuple[str, ...] = (),
    *,
    platform: str = "linux",
    pulseaudio: bool = False,
    uid: int = 1000,
) -> bool:
    return sound_server_reachable(
        env,
        platform=platform,
        is_socket=lambda path: str(path) in sockets,
        which=lambda name: f"/usr/bin/{name}" if pulseaudio and name == "pulseaudio" else None,
        uid=uid,
    )


def test_a_headless_session_has_none() -> None:
    assert not reachable({"XDG_RUNTIME_DIR": RUNTIME})
    assert not reachable({})


@pytest.mark.parametrize(
    "socket",
    [f"{RUNTIME}/pulse/native", f"{RUNTIME}/pipewire-0", "/run/pulse/native",
     "/var/run/pulse/native"],
)  # fmt: skip
def test_a_pulseaudio_or_pipewire_socket_is_a_server(socket: str) -> None:
    assert reachable({"XDG_RUNTIME_DIR": RUNTIME}, (socket,))


def test_a_named_server_is_trusted() -> None:
    assert reachable({"PULSE_SERVER": "tcp:studio:4713"})
    assert reachable({"PIPEWIRE_REMOTE": "pipewire-1"})


def test_pulseaudio_can_start_itself_except_for_root() -> None:
    assert reachable({}, pulseaudio=True, uid=1000)
    assert not reachable({}, pulseaudio=True, uid=0)


def test_another_audio_backend_is_left_to_qt() -> None:
    assert reachable({"QT_AUDIO_BACKEND": "alsa"})
    assert not reachable({"QT_AUDIO_BACKEND": "pipewire"})


@pytest.mark.parametrize("platform", ["win32", "darwin"])
def test_windows_and_macos_always_have_their_audio_service(platform: str) -> None:
    assert reachable({}, platform=platform)


def test_the_real_check_finds_a_real_socket(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sound_server, "SYSTEM_SOCKETS", ())
    env = {"XDG_RUNTIME_DIR": str(tmp_path)}
    assert not sound_server_reachable(env, platform="linux", uid=0)
    (tmp_path / "pipewire-0").write_text("a file, not a socket")
    assert not sound_server_reachable(env, platform="linux", uid=0)
    (tmp_path / "pulse").mkdir()
    server = socket.socket(socket.AF_UNIX)
    try:
        server.bind(str(tmp_path / "pulse" / "native"))
        assert sound_server_reachable(env, platform="linux", uid=0)
    finally:
        server.close()
