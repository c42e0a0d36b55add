"""The tray icon: a ring that fills toward the sitting limit, drawn as SVG.

SVG keeps it crisp at every size and scale; a dark backing ring under the coloured arc
keeps it readable on light and dark panels alike.
"""

from __future__ import annotations

import math
from enum import StrEnum
from pathlib import Path

from PySide6.QtCore import QByteArray, QRect, QRectF
from PySide6.QtGui import QIcon, QImage, QPainter, QPixmap
from PySide6.QtSvg import QSvgRenderer

from deadbutt_tray.core.content.resources import resource_path

SIZES = (16, 22, 24, 32, 48, 64, 128)
STEPS = 24  # the ring moves in 1/24 steps: the icon is re-rendered only when it changes
# Qt's raster engine hands any fill of more than ~96 spans to its GUI thread pool: two
# threads woken for every ring drawn, ended 30 s later, ~160 wake-ups of an idle app per
# new icon (the ring's antialiased edge has that many spans even at 16 px). Painted in
# bands of this many rows, each fill stays under it: the same pixels (within 2 of 255
# on the antialiased edge), on the app's own thread, in a few milliseconds.
BAND_ROWS = 8


class IconMode(StrEnum):
    SITTING = "sitting"
    PAUSED = "paused"
    AWAY = "away"
    DUE = "due"


COLOURS = {"ok": "#2f9e5f", "warn": "#e3a008", "due": "#d64545", "pause": "#4f7fe0"}


# A red badge with "!" in the top-right corner: something needs the user (records can't
# be saved). Drawn over the ring, with a dark outline so it reads on any panel.
WARNING_BADGE = (
    '<g><circle cx="50" cy="14" r="13" fill="#d64545" stroke="#1b1b1b" stroke-width="3"/>'
    '<rect x="47.5" y="5" width="5" height="12" rx="2" fill="#ffffff"/>'
    '<circle cx="50" cy="21.5" r="2.8" fill="#ffffff"/></g>'
)


def tray_svg(fraction: float, mode: IconMode, *, warning: bool = False) -> str:
    """The icon as SVG: ``fraction`` of the sitting limit used (0..1); ``warning`` adds
    the badge that says something needs the user."""
    fraction = min(1.0, max(0.0, fraction))
    radius = 22.0
    circumference = 2 * math.pi * radius
    if mode is IconMode.DUE:
        colour, fraction = COLOURS["due"], 1.0
    elif mode is IconMode.PAUSED:
        colour = COLOURS["pause"]
    else:
        colour = COLOURS["warn"] if fraction >= 0.75 else COLOURS["ok"]
    arc_opacity = "0.35" if mode is IconMode.AWAY else "1"
    dash = f"{circumference * fraction:.2f} {circumference:.2f}"
    centre = {
        IconMode.SITTING: f'<circle cx="32" cy="32" r="8" fill="{colour}" stroke="#1b1b1b" '
        'stroke-width="2.5"/>',
        IconMode.PAUSED: '<g fill="#4f7fe0" stroke="#1b1b1b" stroke-width="2.5">'
        '<rect x="22" y="20" width="7" height="24" rx="2"/>'
        '<rect x="35" y="20" width="7" height="24" rx="2"/></g>',
        IconMode.AWAY: '<circle cx="32" cy="32" r="8" fill="none" stroke="#8a8a8a" '
        'stroke-width="4"/>',
        IconMode.DUE: '<g stroke="#1b1b1b" stroke-width="2.5" fill="#ffffff">'
        '<rect x="28" y="16" width="8" height="20" rx="3"/>'
        '<circle cx="32" cy="44" r="4.5"/></g>',
    }[mode]
    return (
        '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64" width="64" height="64">'
        f'<circle cx="32" cy="32" r="{radius}" fill="none" stroke="#1b1b1b" '
        'stroke-opacity="0.75" stroke-width="14"/>'
        f'<circle cx="32" cy="32" r="{radius}" fill="none" stroke="#bdbdbd" '
        'stroke-width="8"/>'
        f'<circle cx="32" cy="32" r="{radius}" fill="none" stroke="{colour}" '
        f'stroke-opacity="{arc_opacity}" stroke-width="8" stroke-linecap="butt" '
        f'stroke-dasharray="{dash}" transform="rotate(-90 32 32)"/>'
        f"{centre}{WARNING_BADGE if warning else ''}</svg>"
    )


def render_icon(svg: str) -> QIcon:
    """An icon with a crisp pixmap at every usual tray size."""
    renderer = QSvgRenderer(QByteArray(svg.encode()))
    icon = QIcon()
    for size in SIZES:
        image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(0)  # transparent
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        for top in range(0, size, BAND_ROWS):
            painter.setClipRect(QRect(0, top, size, BAND_ROWS))
            renderer.render(painter, QRectF(0, 0, size, size))
        painter.end()
        icon.addPixmap(QPixmap.fromImage(image))
    return icon


def quantize(fraction: float) -> float:
    """Round to the ring's steps, so a new icon is drawn only when it would look different."""
    return math.floor(min(1.0, max(0.0, fraction)) * STEPS) / STEPS


def save_app_icon_png(path: Path, size: int = 128) -> Path | None:
    """The app icon as a PNG at ``path`` (for notification daemons); None if it can't be."""
    icon = QIcon(str(resource_path("icons", "deadbutt-tray.svg")))
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError:
        return None
    return path if icon.pixmap(size, size).save(str(path), "PNG") else None
