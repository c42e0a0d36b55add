#!/usr/bin/env python3
"""A contact sheet of every exercise's frames, both sides, to look at after a change.

    QT_QPA_PLATFORM=offscreen python scripts/contact_sheet.py /tmp/sheet.png [--dark]

One row per exercise: start and end as drawn, then start and end for the other side
(mirrored, as the break dialog shows it), each captioned with the banner words for that
side, on the card colour the dialog uses (light, or dimmed with ``--dark``).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QByteArray, QRectF, Qt  # noqa: E402
from PySide6.QtGui import QColor, QFont, QImage, QPainter  # noqa: E402
from PySide6.QtSvg import QSvgRenderer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from deadbutt_tray.core.content.exercise_library import load_library  # noqa: E402
from deadbutt_tray.core.content.resources import resources_root  # noqa: E402
from deadbutt_tray.core.model.exercises import LegSide, Sides  # noqa: E402
from deadbutt_tray.core.rules.break_plan import Side  # noqa: E402
from deadbutt_tray.ui.break_dialog import side_phrase  # noqa: E402

CELL = 220
LABEL = 34


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("out", type=Path)
    parser.add_argument("--dark", action="store_true")
    parser.add_argument("--only", nargs="*", default=None, help="exercise ids")
    args = parser.parse_args()
    app = QApplication.instance() or QApplication([])
    library, problems = load_library(resources_root(), None)
    exercises = [
        ex for _id, ex in sorted(library.exercises.items()) if not args.only or ex.id in args.only
    ]
    columns = 4
    image = QImage(CELL * columns, (CELL + LABEL) * len(exercises), QImage.Format.Format_RGB32)
    image.fill(QColor("#d8d4cc" if args.dark else "#fbfaf7"))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    font = QFont()
    font.setPixelSize(11)
    painter.setFont(font)
    for row, ex in enumerate(exercises):
        drawn = Side(ex.drawn_side.value)
        other = Side.RIGHT if ex.drawn_side is LegSide.LEFT else Side.LEFT
        sided = ex.dose.sides is Sides.EACH
        cells = [(ex.frames[0], False, drawn), (ex.frames[-1], False, drawn)]
        if sided:
            cells += [(ex.frames[0], True, other), (ex.frames[-1], True, other)]
        top = row * (CELL + LABEL)
        for col, (frame, mirrored, side) in enumerate(cells):
            renderer = QSvgRenderer(QByteArray(frame.read_bytes()))
            x = col * CELL
            painter.save()
            if mirrored:
                painter.translate(x + CELL, top + LABEL)
                painter.scale(-1, 1)
            else:
                painter.translate(x, top + LABEL)
            renderer.render(painter, QRectF(0, 0, CELL, CELL))
            painter.restore()
            words = side_phrase(side, ex.side_means) if sided else "both legs"
            which = "start" if frame == ex.frames[0] else "end"
            painter.setPen(QColor("#202020"))
            painter.drawText(
                QRectF(x + 4, top + 2, CELL - 8, LABEL - 2),
                int(Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextWordWrap),
                f"{ex.id} · {which}\n{words}",
            )
        painter.setPen(QColor("#909090"))
        painter.drawLine(0, top, CELL * columns, top)
    painter.end()
    image.save(str(args.out))
    del app
    print(problems or "ok", args.out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
