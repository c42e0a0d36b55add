"""An exercise's illustration: its SVG frames on a card, moving between start and end.

The dialog sets the phase from the break session (0 = start position, 1 = end position)
on every tick, so the picture moves in time with the rep counter. Frames are rendered
once per size into device-pixel-sized pixmaps, so they stay sharp on HiDPI screens and a
10 Hz redraw costs two pixmap blits.

A frame that is missing or cannot be read never breaks the break: the card shows the
exercise's name instead, and the problem is logged once per file.
"""

from __future__ import annotations

import logging
import math
import xml.etree.ElementTree as ElementTree
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QByteArray, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPaintEvent, QPalette, QPixmap, QResizeEvent
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QSizePolicy, QWidget

from deadbutt_tray.ui.text import tr

log = logging.getLogger(__name__)

# Illustrations are dark line art on a transparent background, so the card stays light
# paper in both palettes; in a dark palette it is dimmed so it does not glare.
_PAPER_LIGHT = QColor("#fbfaf7")
_PAPER_DARK = QColor("#d8d4cc")
_INK = QColor("#3b3a38")
_logged: set[str] = set()  # files already reported: a 10 Hz redraw must not flood the log


def load_frame(path: Path) -> QSvgRenderer | None:
    """A renderer for one SVG frame, or None (logged once) if it is missing or broken.

    The XML is checked in Python first, so a broken file is one line in our log rather
    than a Qt parser warning on every attempt.
    """
    try:
        data = path.read_bytes()
        ElementTree.fromstring(data)
    except (OSError, ElementTree.ParseError) as error:
        _log_once(path, str(error))
        return None
    renderer = QSvgRenderer(QByteArray(data))
    if not renderer.isValid() or renderer.defaultSize().isEmpty():
        _log_once(path, "not an SVG image Qt can draw")
        return None
    renderer.setAspectRatioMode(Qt.AspectRatioMode.KeepAspectRatio)
    return renderer


def _log_once(path: Path, why: str) -> None:
    key = str(path)
    if key not in _logged:
        _logged.add(key)
        log.warning("illustration %s cannot be shown (%s); showing the exercise name", path, why)


def ease(fraction: float) -> float:
    """Cross-fade weight of the next frame: settled at both ends, the change in the middle.

    A plain linear fade leaves two half-drawn figures on screen for most of a rep; this
    keeps each pose clean for the outer quarters and blends only in between.
    """
    x = min(1.0, max(0.0, (fraction - 0.25) / 0.5))
    return x * x * (3 - 2 * x)


class IllustrationView(QWidget):
    """Shows an exercise's frames on a card, keeping their aspect ratio."""

    PADDING = 12  # between the card's edge and the drawing
    RADIUS = 10

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._paths: tuple[Path, ...] = ()
        self._renderers: list[QSvgRenderer] = []
        self._name = ""
        self._phase = 0.0
        self._mirrored = False
        self._cache: dict[int, QPixmap] = {}
        self._cache_key: tuple[int, int, float] | None = None
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAccessibleName(tr("Exercise illustration"))

    # -- API ---------------------------------------------------------------------------

    def set_frames(self, paths: Sequence[Path], name: str = "") -> None:
        """Show these frames (start position first, end position last) for ``name``."""
        paths = tuple(Path(path) for path in paths)
        if paths == self._paths and name == self._name:
            return  # the dialog calls this on every tick: only a change repaints
        self._name = name
        self.setAccessibleDescription(name)
        if paths != self._paths:
            self._paths = paths
            renderers = [load_frame(path) for path in paths]
            # One broken frame would make the movement lie: show the name instead.
            self._renderers = [] if None in renderers else renderers  # type: ignore[assignment]
            self._cache.clear()
            self._cache_key = None
        self.update()

    def set_phase(self, phase: float) -> None:
        """Where between the start (0) and end (1) frame the picture is."""
        phase = min(1.0, max(0.0, phase))
        if phase != self._phase:
            self._phase = phase
            self.update()

    @property
    def phase(self) -> float:
        return self._phase

    def set_mirrored(self, mirrored: bool) -> None:
        """Draw the frames flipped left to right: the same exercise on the other side."""
        if mirrored != self._mirrored:
            self._mirrored = mirrored
            self.update()

    @property
    def mirrored(self) -> bool:
        return self._mirrored

    @property
    def is_placeholder(self) -> bool:
        """True when the name card is shown because there is nothing to draw."""
        return not self._renderers

    def frame_weights(self) -> list[tuple[int, float]]:
        """Which frames are drawn at the current phase, with their opacity."""
        count = len(self._renderers)
        if count == 0:
            return []
        if count == 1:
            return [(0, 1.0)]
        position = self._phase * (count - 1)
        first = min(count - 2, math.floor(position))
        weight = ease(position - first)
        weights = [(first, 1.0 - weight), (first + 1, weight)]
        return [(index, opacity) for index, opacity in weights if opacity > 0.001]

    # -- Qt ----------------------------------------------------------------------------

    def sizeHint(self) -> QSize:
        return QSize(360, 320)

    def minimumSizeHint(self) -> QSize:
        return QSize(120, 110)

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._cache.clear()
        super().resizeEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        card = QRectF(self.rect()).adjusted(1, 1, -1, -1)
        dark = self.palette().color(QPalette.ColorRole.Window).lightness() < 128
        painter.setPen(self.palette().color(QPalette.ColorRole.Mid))
        painter.setBrush(_PAPER_DARK if dark else _PAPER_LIGHT)
        painter.drawRoundedRect(card, self.RADIUS, self.RADIUS)
        inner = card.adjusted(self.PADDING, self.PADDING, -self.PADDING, -self.PADDING)
        if inner.width() < 8 or inner.height() < 8:
            return
        if self.is_placeholder:
            self._paint_placeholder(painter, inner)
            return
        for index, opacity in self.frame_weights():
            pixmap = self._pixmap(index, inner)
            painter.setOpacity(opacity)
            size = pixmap.deviceIndependentSize()
            x = inner.x() + (inner.width() - size.width()) / 2
            y = inner.y() + (inner.height() - size.height()) / 2
            if self._mirrored:
                painter.save()
                painter.translate(round(x) + size.width(), round(y))
                painter.scale(-1.0, 1.0)
                painter.drawPixmap(0, 0, pixmap)
                painter.restore()
            else:
                painter.drawPixmap(round(x), round(y), pixmap)
        painter.setOpacity(1.0)

    def _paint_placeholder(self, painter: QPainter, inner: QRectF) -> None:
        font = QFont(self.font())
        font.setPointSizeF(max(10.0, font.pointSizeF() * 1.4))
        font.setBold(True)
        painter.setFont(font)
        painter.setPen(_INK)
        flags = Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap
        painter.drawText(inner, int(flags), self._name or tr("No illustration"))

    def _pixmap(self, index: int, inner: QRectF) -> QPixmap:
        """Frame ``index`` fitted into ``inner``, rendered at the screen's pixel density."""
        ratio = self.devicePixelRatioF()
        key = (round(inner.width()), round(inner.height()), ratio)
        if key != self._cache_key:
            self._cache.clear()
            self._cache_key = key
        if index not in self._cache:
            renderer = self._renderers[index]
            size = QSize(renderer.defaultSize())
            size.scale(key[0], key[1], Qt.AspectRatioMode.KeepAspectRatio)
            pixmap = QPixmap(size * ratio)
            pixmap.setDevicePixelRatio(ratio)
            pixmap.fill(Qt.GlobalColor.transparent)
            frame_painter = QPainter(pixmap)
            frame_painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            renderer.render(frame_painter, QRectF(0, 0, size.width(), size.height()))
            frame_painter.end()
            self._cache[index] = pixmap
        return self._cache[index]
