"""The chime: the committed WAV, its generator, and playing it where sound may be missing."""

from __future__ import annotations

import logging
import math
import struct
import subprocess
import sys
import wave
from collections.abc import Callable
from enum import Enum
from pathlib import Path

import pytest
from PySide6.QtCore import QObject

from deadbutt_tray.core.content.resources import resource_path
from deadbutt_tray.ui.chime import Chime, NoSoundServerError, QtMediaBackend, linear_volume

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = ROOT / "scripts" / "make_chime.py"
LOGGER = "deadbutt_tray.ui.chime"

# What QtMultimedia 6.11 prints here on a machine without sound (see ui/chime.py): the
# optional PipeWire and VA-API libraries it probes for, and no PulseAudio server.
NO_SOUND_MESSAGES = (
    r"^Couldn't (load|resolve) (pipewire-0\.3|va-x11|va-drm|va|va\(in plugin\)) "
    r"(library|symbols)$",
    r"^PulseAudioService: pa_context_connect\(\) failed$",
)


def read_samples(path: Path) -> tuple[wave._wave_params, list[int]]:
    with wave.open(str(path), "rb") as wav:
        params = wav.getparams()
        frames = wav.readframes(params.nframes)
    return params, list(struct.unpack(f"<{params.nframes}h", frames))


# -- the sound file ---------------------------------------------------------------------


def test_chime_wav_is_short_soft_and_clean() -> None:
    params, samples = read_samples(resource_path("sounds", "chime.wav"))
    assert (params.nchannels, params.sampwidth, params.framerate) == (1, 2, 44_100)
    assert params.comptype == "NONE"
    assert 0.3 <= params.nframes / params.framerate <= 1.5
    peak_dbfs = 20 * math.log10(max(abs(s) for s in samples) / 32768)
    assert -7.0 < peak_dbfs < -5.0  # about -6 dBFS: soft, with headroom, never clipping
    # Starts and ends at (near) silence, so there is no click at either end.
    ms = params.framerate // 1000
    assert max(abs(s) for s in samples[:ms]) < 0.02 * 32768  # the attack has barely begun
    assert max(abs(s) for s in samples[-10 * ms :]) < 0.002 * 32768  # the tail has died
    assert samples[0] == 0 and samples[-1] == 0


def test_script_regenerates_the_committed_file_byte_for_byte(tmp_path: Path) -> None:
    out = tmp_path / "chime.wav"
    subprocess.run([sys.executable, str(SCRIPT), "-o", str(out)], check=True, timeout=60)
    assert out.read_bytes() == resource_path("sounds", "chime.wav").read_bytes()


# -- volume ------------------------------------------------------------------------------


def test_volume_follows_a_loudness_curve() -> None:
    assert linear_volume(0) == 0.0
    assert linear_volume(100) == 1.0
    assert linear_volume(-5) == 0.0 and linear_volume(250) == 1.0
    assert linear_volume(50) == pytest.approx(0.1505, abs=1e-3)
    assert linear_volume(75) == pytest.approx(0.3010, abs=1e-3)
    steps = [linear_volume(p) for p in range(101)]
    assert steps == sorted(steps) and len(set(steps)) == 101  # every step is a change


@pytest.mark.qt_log_ignore(*NO_SOUND_MESSAGES)
def test_volume_curve_is_qts_own() -> None:
    qtm = pytest.importorskip("PySide6.QtMultimedia", exc_type=ImportError)
    scale = qtm.QtAudio.VolumeScale
    for percent in (1, 10, 33, 50, 80, 99):
        expected = qtm.QtAudio.convertVolume(
            percent / 100, scale.LogarithmicVolumeScale, scale.LinearVolumeScale
        )
        assert linear_volume(percent) == pytest.approx(expected, abs=1e-6)


# -- playing, with the sound system faked -----------------------------------------------


class Status(Enum):
    Null = 0
    Loading = 1
    Ready = 2
    Error = 3


class FakeEffect:
    def __init__(self, source: Path, on_status: Callable[[], None]) -> None:
        self.source = source
        self.on_status = on_status
        self.state = Status.Loading
        self.volumes: list[float] = []
        self.plays = 0
        self.deleted = False

    def setVolume(self, volume: float) -> None:
        self.volumes.append(volume)

    def play(self) -> None:
        self.plays += 1

    def status(self) -> Status:
        return self.state

    def deleteLater(self) -> None:
        self.deleted = True

    def become(self, state: Status) -> None:
        self.state = state
        self.on_status()


class FakeBackend:
    def __init__(self, device: bytes | None = b"speakers") -> None:
        self.device = device
        self.effects: list[FakeEffect] = []

    def default_output(self) -> bytes | None:
        return self.device

    def new_effect(self, parent: QObject, source: Path, on_status: Callable[[], None]):
        effect = FakeEffect(source, on_status)
        self.effects.append(effect)
        return effect


class Factory:
    """Counts how often the chime builds its backend."""

    def __init__(self, backend: FakeBackend | None = None, error: str | None = None) -> None:
        self.backend = backend or FakeBackend()
        self.error = error
        self.calls = 0

    def __call__(self) -> FakeBackend:
        self.calls += 1
        if self.error is not None:
            raise ImportError(self.error)
        return self.backend


def info_lines(caplog: pytest.LogCaptureFixture) -> list[str]:
    return [r.getMessage() for r in caplog.records if r.name == LOGGER]


def test_sound_off_or_zero_volume_creates_nothing(qapp: object) -> None:
    factory = Factory()
    chime = Chime(backend=factory)
    assert chime.play(60, enabled=False) is False
    assert chime.play(0) is False
    assert factory.calls == 0 and not chime.has_effect and chime.available is None


def test_play_loads_the_resource_once_and_sets_the_volume(qapp: object) -> None:
    factory = Factory()
    chime = Chime(backend=factory)
    assert chime.play(50) is True
    assert chime.play(100) is True
    (effect,) = factory.backend.effects
    assert effect.source == resource_path("sounds", "chime.wav")
    assert effect.volumes == [linear_volume(50), 1.0] and effect.plays == 2
    assert factory.calls == 1 and chime.available is True


def test_prepare_loads_without_playing(qapp: object) -> None:
    factory = Factory()
    chime = Chime(backend=factory)
    assert chime.prepare() is True
    (effect,) = factory.backend.effects
    assert effect.plays == 0


def test_missing_qtmultimedia_is_said_once_and_never_retried(
    qapp: object, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, logger=LOGGER)
    factory = Factory(error="libpulse.so.0: cannot open shared object file")
    chime = Chime(backend=factory)
    assert [chime.play(60) for _ in range(3)] == [False] * 3
    assert factory.calls == 1 and chime.available is False
    (line,) = info_lines(caplog)
    assert "libpulse.so.0" in line and "libpulse0" in line


def test_no_sound_server_is_said_once_and_asked_again_on_each_chime(
    qapp: object, caplog: pytest.LogCaptureFixture
) -> None:
    """Without a server QtMultimedia is not loaded; a server started later is used."""
    caplog.set_level(logging.INFO, logger=LOGGER)
    backend = FakeBackend()
    server = [False]
    asked: list[bool] = []

    def make() -> FakeBackend:
        asked.append(server[0])
        if not server[0]:
            raise NoSoundServerError("no sound server is running")
        return backend

    chime = Chime(backend=make)
    assert chime.play(60) is False and chime.play(60) is False
    assert chime.available is False and backend.effects == []
    assert info_lines(caplog) == ["chime off: no sound server is running"]
    server[0] = True  # the user's sound server started
    assert chime.play(60) is True
    assert asked == [False, False, True]
    assert chime.available is True and backend.effects[0].plays == 1


def test_the_real_backend_asks_for_a_server_before_loading_anything() -> None:
    with pytest.raises(NoSoundServerError):
        QtMediaBackend(has_server=lambda: False)


def test_no_device_is_said_once_and_a_later_device_is_used(
    qapp: object, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, logger=LOGGER)
    backend = FakeBackend(device=None)
    chime = Chime(backend=Factory(backend))
    assert chime.play(60) is False and chime.play(60) is False
    assert info_lines(caplog) == ["chime off: no audio output device"]
    assert backend.effects == [] and chime.available is False

    backend.device = b"headset"  # plugged in
    assert chime.play(60) is True
    assert len(backend.effects) == 1 and backend.effects[0].plays == 1


def test_a_device_that_cannot_play_it_is_not_retried(
    qapp: object, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, logger=LOGGER)
    backend = FakeBackend()
    chime = Chime(backend=Factory(backend))
    assert chime.play(60) is True
    backend.effects[0].become(Status.Error)
    assert backend.effects[0].deleted and chime.available is False
    assert chime.play(60) is False and chime.play(60) is False
    assert len(backend.effects) == 1
    assert info_lines(caplog) == ["chime off: the audio output could not play chime.wav"]

    backend.device = b"usb-speakers"  # another default output gets a fresh try
    assert chime.play(60) is True and len(backend.effects) == 2


def test_device_change_makes_a_fresh_effect(qapp: object) -> None:
    backend = FakeBackend()
    chime = Chime(backend=Factory(backend))
    chime.play(60)
    backend.effects[0].become(Status.Ready)
    backend.device = b"hdmi"
    chime.play(60)
    assert [e.deleted for e in backend.effects] == [True, False]


# -- the real QtMultimedia, whatever this machine has -----------------------------------


@pytest.mark.qt_log_ignore(*NO_SOUND_MESSAGES)
def test_real_backend_never_crashes_and_says_why_once(
    qapp: object, caplog: pytest.LogCaptureFixture
) -> None:
    """Loads (never plays: a test must not make noise on a developer's desk)."""
    caplog.set_level(logging.INFO, logger=LOGGER)
    # As if a server ran: QtMultimedia itself is loaded and asked for a device.
    chime = Chime(backend=lambda: QtMediaBackend(has_server=lambda: True))
    loaded = chime.prepare()
    chime.prepare()
    assert chime.available is loaded
    if not loaded:
        (line,) = info_lines(caplog)
        assert line.startswith("chime off: ")
