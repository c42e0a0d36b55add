"""Text that fits: every window and dialog under font sizes, scale factors, styles and
screens like the ones people have, with nothing cut off and no window larger than the
screen.

Each configuration runs ``tests/widget/fit_driver.py`` in its own process (a scale
factor and a screen size need a fresh ``QApplication``), several at a time. The matrix
covers every pair of font size and scale factor on the smallest screen (1024x600 logical,
taking turns between the Fusion style, the Windows style and Qt's GTK 3 platform theme as
on GNOME or XFCE: GTK's palette, font and button order, GTK reading its settings from an
Xvfb while Qt stays offscreen), and each font size once on a large screen in another;
``DEADBUTT_TRAY_FIT_MATRIX=full`` runs the whole cross product. A second run takes the
pseudo-locale (every string about 40 % longer and accented, made from the .ts files by
``scripts/update_translations.py``, never shipped) through every font size and scale on
the small screen, each shipped language once, and one right-to-left layout.
``DEADBUTT_TRAY_SHOTS=DIR`` saves a screenshot of every window under
``DIR/fits/``: look at them.
"""

from __future__ import annotations

import itertools
import json
import os
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import NamedTuple

import pytest

from tests.e2e.conftest import running_xvfb
from tests.widget.fit_driver import GTK

ROOT = Path(__file__).resolve().parents[2]
FONTS = (9, 10, 12, 14)
SCALES = (1, 1.5, 2)
STYLES = ("fusion", "windows", GTK)  # GTK: Qt's GTK 3 platform theme (fit_driver)
SCREENS = ("1024x600", "1920x1080")
LANGS = ("de", "fr", "es")


class Config(NamedTuple):
    font: float
    scale: float
    style: str
    screen: str
    language: str = "en"
    rtl: bool = False

    def args(self) -> list[str]:
        return [
            "--font", f"{self.font:g}", "--scale", f"{self.scale:g}",
            "--style", self.style, "--screen", self.screen, "--language", self.language,
        ] + (["--rtl"] if self.rtl else [])  # fmt: skip


def matrix(full: bool = False) -> list[Config]:
    """Every (font, scale) pair on the small screen, each font on a large one; or all."""
    if full:
        return [Config(*combo) for combo in itertools.product(FONTS, SCALES, STYLES, SCREENS)]
    small = [
        Config(font, scale, STYLES[(i + j) % len(STYLES)], SCREENS[0])
        for i, font in enumerate(FONTS)
        for j, scale in enumerate(SCALES)
    ]
    large = [
        Config(font, SCALES[i % len(SCALES)], STYLES[(i + 1) % len(STYLES)], SCREENS[1])
        for i, font in enumerate(FONTS)
    ]
    return small + large


def language_matrix() -> list[Config]:
    """The pseudo-locale at every (font, scale) on the small screen; each shipped language
    at a large font; one right-to-left run."""
    pseudo = [
        Config(font, scale, STYLES[(i + j) % len(STYLES)], SCREENS[0], "pseudo")
        for i, font in enumerate(FONTS)
        for j, scale in enumerate(SCALES)
    ]
    shipped = [
        Config(14, 1.5, STYLES[i % len(STYLES)], SCREENS[0], code) for i, code in enumerate(LANGS)
    ]
    right_to_left = [Config(12, 1, "fusion", SCREENS[0], "pseudo", rtl=True)]
    return pseudo + shipped + right_to_left


def run(config: Config, shots: Path | None, display: str) -> dict[str, object]:
    command = [sys.executable, "-m", "tests.widget.fit_driver", *config.args()]
    if shots is not None:
        command += ["--shots", str(shots)]
    env = {key: value for key, value in os.environ.items() if not key.startswith("QT_")}
    env.pop("DISPLAY", None)
    if config.style == GTK:  # GTK reads its settings from an X display; Qt stays offscreen
        env["DISPLAY"] = display
    done = subprocess.run(
        command, cwd=ROOT, env=env, capture_output=True, text=True, timeout=300, check=False
    )
    lines = done.stdout.strip().splitlines()
    if done.returncode != 0 or not lines:
        pytest.fail(f"{config}: the driver failed ({done.returncode})\n{done.stderr[-3000:]}")
    report: dict[str, object] = json.loads(lines[-1])
    return report


def test_the_matrix_covers_every_value() -> None:
    configs = matrix()
    assert {c.font for c in configs} == set(FONTS)
    assert {c.scale for c in configs} == set(SCALES)
    assert {c.style for c in configs} == set(STYLES)
    assert {c.screen for c in configs} == set(SCREENS)
    # Every font size meets every scale factor on the smallest screen.
    assert {(c.font, c.scale) for c in configs if c.screen == SCREENS[0]} == set(
        itertools.product(FONTS, SCALES)
    )
    assert len(matrix(full=True)) == len(FONTS) * len(SCALES) * len(STYLES) * len(SCREENS)


def check(configs: list[Config], capsys: pytest.CaptureFixture[str], what: str) -> None:
    shots_root = os.environ.get("DEADBUTT_TRAY_SHOTS")
    shots = Path(shots_root) / "fits" if shots_root else None
    started = time.monotonic()
    with (
        running_xvfb() as display,
        ThreadPoolExecutor(max_workers=max(2, os.cpu_count() or 2)) as pool,
    ):
        reports = list(pool.map(lambda config: run(config, shots, display), configs))
    seconds = time.monotonic() - started
    problems = [
        f"{report['config']} {problem['window']}: {problem['problem']}"  # type: ignore[index]
        for report in reports
        for problem in report["problems"]  # type: ignore[attr-defined]
    ]
    windows = sum(len(report["windows"]) for report in reports)  # type: ignore[arg-type]
    with capsys.disabled():
        print(
            f"\n{what}: {len(configs)} configurations, {windows} windows, "
            f"{len(problems)} problems, {seconds:.1f} s"
        )
    # Every window was looked at in every configuration.
    assert all(len(report["windows"]) >= 15 for report in reports)  # type: ignore[arg-type]
    assert not problems, "\n".join(problems)


@pytest.mark.slow
def test_text_fits_every_window(capsys: pytest.CaptureFixture[str]) -> None:
    configs = matrix(full=os.environ.get("DEADBUTT_TRAY_FIT_MATRIX") == "full")
    check(configs, capsys, "text fits")


def test_the_language_matrix_covers_the_pseudo_locale_the_languages_and_rtl() -> None:
    configs = language_matrix()
    pseudo = {(c.font, c.scale) for c in configs if c.language == "pseudo" and not c.rtl}
    assert pseudo == set(itertools.product(FONTS, SCALES))
    assert {c.language for c in configs} == {"pseudo", *LANGS}
    assert [c for c in configs if c.rtl]


@pytest.mark.slow
def test_long_languages_and_right_to_left_fit(capsys: pytest.CaptureFixture[str]) -> None:
    check(language_matrix(), capsys, "long languages and right to left")
