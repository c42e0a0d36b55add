"""Synthesize the app's chime: ``resources/sounds/chime.wav``.

A soft two-note chime (E5 then A5, a rising fourth), each note a few sine partials with
a gentle raised-cosine attack and an exponential decay, like a small glass bell struck
lightly. 44.1 kHz, 16-bit, mono, about 0.8 s, peak at -6 dBFS.

The output is deterministic (no randomness, no dither, no timestamps in the file), so
running this script again gives a byte-identical file and a test can check that the
committed WAV is what this script makes. Usage::

    python scripts/make_chime.py            # writes resources/sounds/chime.wav
    python scripts/make_chime.py -o x.wav   # somewhere else
"""

from __future__ import annotations

import argparse
import io
import math
import struct
import sys
import wave
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

RATE = 44_100
DURATION_S = 0.8
PEAK_DBFS = -6.0
ATTACK_S = 0.012  # long enough not to click, short enough to still sound struck
FADE_OUT_S = 0.15  # the tail is forced to exact silence so the file ends without a click

DEFAULT_OUTPUT = Path(__file__).resolve().parent.parent / "resources" / "sounds" / "chime.wav"


@dataclass(frozen=True)
class Partial:
    """One sine component of a note: frequency multiple, relative level, decay time."""

    ratio: float
    level: float
    decay_s: float  # time constant of the exponential decay


@dataclass(frozen=True)
class Note:
    """A struck note: when it starts, its pitch and loudness."""

    start_s: float
    freq_hz: float
    level: float


# A fundamental with a quiet octave and twelfth: round and soft rather than bright. The
# upper partials die away faster, as they do on a real bell or a marimba bar.
PARTIALS = (
    Partial(1.0, 1.0, 0.22),
    Partial(2.0, 0.18, 0.12),
    Partial(3.0, 0.05, 0.06),
)
NOTES = (
    Note(0.0, 659.255, 0.85),  # E5
    Note(0.17, 880.0, 1.0),  # A5
)


def _envelope(t: float, decay_s: float) -> float:
    """Raised-cosine attack into an exponential decay, for ``t`` seconds after the strike."""
    if t < 0:
        return 0.0
    attack = 0.5 - 0.5 * math.cos(math.pi * t / ATTACK_S) if t < ATTACK_S else 1.0
    return attack * math.exp(-t / decay_s)


def _fade_out(t: float) -> float:
    """1 until the last ``FADE_OUT_S``, then a half cosine down to exactly 0."""
    remaining = DURATION_S - t
    if remaining >= FADE_OUT_S:
        return 1.0
    return 0.5 - 0.5 * math.cos(math.pi * max(0.0, remaining) / FADE_OUT_S)


def synthesize() -> list[float]:
    """The chime as floats in -1..1, peak-normalized to ``PEAK_DBFS``."""
    count = round(DURATION_S * RATE)
    samples = []
    for n in range(count):
        t = n / RATE
        value = 0.0
        for note in NOTES:
            local = t - note.start_s
            if local < 0:
                continue
            for partial in PARTIALS:
                phase = 2 * math.pi * note.freq_hz * partial.ratio * local
                value += (
                    note.level
                    * partial.level
                    * _envelope(local, partial.decay_s)
                    * (math.sin(phase))
                )
        samples.append(value * _fade_out(t))
    peak = max(abs(s) for s in samples)
    gain = 10 ** (PEAK_DBFS / 20) / peak
    return [s * gain for s in samples]


def render_wav() -> bytes:
    """The complete WAV file, as bytes."""
    frames = struct.pack(f"<{round(DURATION_S * RATE)}h", *(round(s * 32767) for s in synthesize()))
    buffer = io.BytesIO()
    with wave.open(buffer, "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(RATE)
        out.writeframes(frames)
    return buffer.getvalue()


def main(argv: Sequence[str] | None = None) -> int:
    """Write the chime to ``--output`` (default: the app's resources folder)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-o", "--output", type=Path, default=DEFAULT_OUTPUT)
    args = parser.parse_args(argv)
    args.output.parent.mkdir(parents=True, exist_ok=True)
    args.output.write_bytes(render_wav())
    return 0


if __name__ == "__main__":
    sys.exit(main())
