"""The optional soft chime that comes with a prompt (``resources/sounds/chime.wav``).

QtMultimedia is imported and its ``QSoundEffect`` created only on the first chime, never
at import time, because on a machine without sound both are noisy or fail:

- Linux without ``libpulse0``: ``import PySide6.QtMultimedia`` raises ImportError
  ("libpulse.so.0: cannot open shared object file").
- No sound server or no output device (CI, headless, a service): the first use of the
  media backend prints, once per process, through Qt's message handler::

      qt.multimedia.symbolsresolver: Couldn't load pipewire-0.3 library   (and ...va...)
      qt.multimedia.ffmpeg: Using Qt multimedia with FFmpeg version ...  (info)
      PulseAudioService: pa_context_connect() failed

  and a ``QSoundEffect`` loaded with no device ends in ``Status.Error`` after printing
  "QSoundEffect: playback of this format is not supported on the selected audio device".

So the chime asks for the default output device first and creates no effect when there
is none; whatever the reason it cannot play, it says so once at INFO and stays quiet.
A device that appears later (a headset plugged in) is picked up on the next chime.

Before QtMultimedia is imported at all, the chime asks whether a sound server could be
reached (``platform/sound_server.py``): where none runs, loading the audio stack would
cost about 20 MiB to learn that nothing can play. It asks again on each chime until one
is there (a sound server started later is used).
"""

from __future__ import annotations

import logging
import math
from collections.abc import Callable
from pathlib import Path
from typing import Any, Protocol

from PySide6.QtCore import QObject, QUrl

from deadbutt_tray.core.content.resources import resource_path
from deadbutt_tray.platform.sound_server import sound_server_reachable

log = logging.getLogger(__name__)


def linear_volume(percent: int) -> float:
    """The ``QSoundEffect`` volume (linear 0..1) for a settings volume in percent.

    Loudness is heard logarithmically, so a slider mapped straight to amplitude does all
    its work in the bottom fifth. This is the curve of Qt's ``QtAudio.convertVolume``
    from ``LogarithmicVolumeScale`` to ``LinearVolumeScale``: 50 % → 0.15, 75 % → 0.30.
    """
    p = min(100, max(0, int(percent))) / 100
    if p >= 1.0:
        return 1.0
    return min(1.0, -math.log1p(-p) / math.log(100))


class SoundEffect(Protocol):
    """The part of ``QSoundEffect`` the chime uses (tests pass a fake)."""

    def setVolume(self, volume: float) -> None: ...
    def play(self) -> None: ...
    def status(self) -> Any: ...  # an enum whose ``.name`` is "Ready", "Error", …
    def deleteLater(self) -> None: ...


class MediaBackend(Protocol):
    """Where sound effects come from: QtMultimedia, or a fake in tests."""

    def default_output(self) -> bytes | None:
        """An id of the default audio output device, or None when there is none."""
        ...

    def new_effect(
        self, parent: QObject, source: Path, on_status: Callable[[], None]
    ) -> SoundEffect:
        """A sound effect loading ``source``; ``on_status`` runs when its status changes."""
        ...


class NoSoundServerError(Exception):
    """Nothing could play a sound here now; QtMultimedia was not loaded."""


class QtMediaBackend:
    """The real QtMultimedia; constructing it imports the module.

    Raises ``NoSoundServerError`` (without importing anything) when ``has_server()`` says
    no sound server can be reached, and ImportError when QtMultimedia can't be loaded.
    """

    def __init__(self, has_server: Callable[[], bool] = sound_server_reachable) -> None:
        if not has_server():
            raise NoSoundServerError("no sound server is running")
        from PySide6 import QtMultimedia

        self._qm = QtMultimedia

    def default_output(self) -> bytes | None:
        device = self._qm.QMediaDevices.defaultAudioOutput()
        return None if device.isNull() else bytes(device.id().data())

    def new_effect(
        self, parent: QObject, source: Path, on_status: Callable[[], None]
    ) -> SoundEffect:
        effect = self._qm.QSoundEffect(parent)
        effect.statusChanged.connect(on_status)
        effect.setSource(QUrl.fromLocalFile(str(source)))
        return effect


class Chime(QObject):
    """Plays the chime at a volume from settings; silently does nothing where it can't.

    ``backend`` builds the media backend on first use (default: QtMultimedia) and
    ``source`` is the WAV file; both exist so tests can run without sound.
    """

    def __init__(
        self,
        parent: QObject | None = None,
        *,
        backend: Callable[[], MediaBackend] = QtMediaBackend,
        source: Path | None = None,
    ) -> None:
        super().__init__(parent)
        self._make_backend = backend
        self._source = source or resource_path("sounds", "chime.wav")
        self._backend: MediaBackend | None = None
        self._effect: SoundEffect | None = None
        self._device: bytes | None = None  # the output the effect was made for
        self._failed_on: bytes | None = None  # an output the effect failed to load on
        self._broken = False  # QtMultimedia cannot be imported: no point retrying
        self._told: set[str] = set()

    @property
    def available(self) -> bool | None:
        """True once an effect exists for a device, False if it can't, None if not tried."""
        if self._effect is not None:
            return True
        if self._broken or self._told:
            return False
        return None

    @property
    def has_effect(self) -> bool:
        """Whether a ``QSoundEffect`` has been created (it is made lazily)."""
        return self._effect is not None

    def prepare(self) -> bool:
        """Load the sound without playing it, so the first chime starts on time.

        Returns whether an effect is (or is being) loaded. Call it only when sound is on:
        on a machine without audio it is what makes QtMultimedia print its warnings.
        """
        return self._ensure_effect() is not None

    def play(self, volume_percent: int, enabled: bool = True) -> bool:
        """Chime once at ``volume_percent`` (0-100); returns whether it was started.

        With ``enabled`` false or a volume of 0 nothing is created or loaded at all.
        """
        if not enabled or volume_percent <= 0:
            return False
        effect = self._ensure_effect()
        if effect is None:
            return False
        effect.setVolume(linear_volume(volume_percent))
        # While the file is still loading QSoundEffect queues the play() itself.
        effect.play()
        return True

    # -- internals ---------------------------------------------------------------------

    def _ensure_effect(self) -> SoundEffect | None:
        if self._broken:
            return None
        if self._backend is None:
            try:
                self._backend = self._make_backend()
            except NoSoundServerError as exc:
                self._tell(str(exc))  # asked again on the next chime
                return None
            except ImportError as exc:
                self._broken = True
                self._tell(f"QtMultimedia cannot be loaded ({exc}); on Linux install libpulse0")
                return None
        device = self._backend.default_output()
        if device is None:
            self._drop_effect()
            self._tell("no audio output device")
            return None
        if self._effect is not None and device == self._device:
            return self._effect
        if device == self._failed_on:
            return None  # this device already refused the file; wait for another one
        # A new default device (or the first one): a fresh effect plays on it.
        self._drop_effect()
        self._device = device
        self._effect = self._backend.new_effect(self, self._source, self._on_status)
        self._told.clear()  # sound works again: say so if it breaks again later
        return self._effect

    def _on_status(self) -> None:
        effect = self._effect
        if effect is None or getattr(effect.status(), "name", "") != "Error":
            return
        self._failed_on = self._device
        self._drop_effect()
        self._tell(f"the audio output could not play {self._source.name}")

    def _drop_effect(self) -> None:
        if self._effect is not None:
            self._effect.deleteLater()
        self._effect = None
        self._device = None

    def _tell(self, reason: str) -> None:
        """Log why there is no chime, once per reason (a chime comes every few minutes)."""
        if reason not in self._told:
            self._told.add(reason)
            log.info("chime off: %s", reason)
