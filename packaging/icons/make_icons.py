"""Render the app icon (``resources/icons/deadbutt-tray.svg``) for every platform.

    python packaging/icons/make_icons.py OUT_DIR [--svg FILE]

writes::

    OUT_DIR/hicolor/{16,22,24,32,48,64,128,256,512}x…/apps/deadbutt-tray.png
    OUT_DIR/hicolor/scalable/apps/deadbutt-tray.svg     (the source, copied)
    OUT_DIR/deadbutt-tray.ico                           (Windows: PNG entries 16–256)
    OUT_DIR/deadbutt-tray.icns                          (macOS: PNG entries 16–1024)

The outputs are generated at build time (``./dev bundle``, ``packaging/install_desktop.py``)
rather than committed, so they can never drift from the SVG. PNGs are drawn with
PySide6's ``QSvgRenderer`` (already a dependency); the ``.ico`` and ``.icns`` containers
are written here in plain Python: both are a small header plus PNG payloads, which every
Windows since Vista and every macOS since 10.7 reads, so no ImageMagick or ``iconutil``
is needed and the same script runs on all three systems.
"""

from __future__ import annotations

import argparse
import shutil
import struct
import sys
from collections.abc import Iterable, Mapping
from pathlib import Path

ICON_NAME = "deadbutt-tray"  # the freedesktop icon name (Icon= in the .desktop files)
ROOT = Path(__file__).resolve().parents[2]
DEFAULT_SVG = ROOT / "resources" / "icons" / f"{ICON_NAME}.svg"

#: hicolor theme sizes installed on Linux (the sizes desktops actually look up).
HICOLOR_SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)
#: Windows Explorer, the taskbar and the tray pick from these; 256 is the largest ICO allows.
ICO_SIZES = (16, 20, 24, 32, 40, 48, 64, 128, 256)
#: ICNS element types that hold a PNG, with their pixel size (``@2x`` types included).
ICNS_TYPES: tuple[tuple[bytes, int], ...] = (
    (b"icp4", 16),
    (b"icp5", 32),
    (b"icp6", 64),
    (b"ic07", 128),
    (b"ic08", 256),
    (b"ic09", 512),
    (b"ic10", 1024),  # 512@2x
    (b"ic11", 32),  # 16@2x
    (b"ic12", 64),  # 32@2x
    (b"ic13", 256),  # 128@2x
    (b"ic14", 512),  # 256@2x
)

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


def png_size(data: bytes) -> tuple[int, int]:
    """Width and height of a PNG, read from its IHDR chunk."""
    if data[:8] != PNG_SIGNATURE or data[12:16] != b"IHDR":
        raise ValueError("not a PNG image")
    width, height = struct.unpack(">II", data[16:24])
    return width, height


def ico_bytes(pngs: Mapping[int, bytes]) -> bytes:
    """A Windows ``.ico`` file holding the given square PNGs (size → PNG bytes).

    Layout: ICONDIR (reserved 0, type 1 = icon, count), one 16-byte ICONDIRENTRY per
    image (a width or height of 256 is written as 0), then the PNG payloads.
    """
    sizes = sorted(pngs)
    if not sizes or sizes[0] < 1 or sizes[-1] > 256:
        raise ValueError(f"ICO sizes must be 1..256, got {sizes}")
    header = struct.pack("<HHH", 0, 1, len(sizes))
    offset = len(header) + 16 * len(sizes)
    entries, payload = b"", b""
    for size in sizes:
        data = pngs[size]
        if png_size(data) != (size, size):
            raise ValueError(f"the {size} px image is {png_size(data)}")
        dim = 0 if size == 256 else size
        entries += struct.pack("<BBBBHHII", dim, dim, 0, 0, 1, 32, len(data), offset)
        offset += len(data)
        payload += data
    return header + entries + payload


def icns_bytes(pngs: Mapping[int, bytes], types: Iterable[tuple[bytes, int]] = ICNS_TYPES) -> bytes:
    """A macOS ``.icns`` file: ``icns`` + total length, then (type, length, PNG) elements.

    Lengths are big-endian and include their own 8-byte headers. ``pngs`` must hold every
    size that ``types`` names.
    """
    elements = b""
    for kind, size in types:
        data = pngs[size]
        if png_size(data) != (size, size):
            raise ValueError(f"the {size} px image is {png_size(data)}")
        elements += kind + struct.pack(">I", len(data) + 8) + data
    return b"icns" + struct.pack(">I", len(elements) + 8) + elements


def render_pngs(svg: Path, sizes: Iterable[int]) -> dict[int, bytes]:
    """The SVG drawn at each size as PNG bytes (transparent background, antialiased).

    Needs no QGuiApplication: QSvgRenderer paints onto a QImage without one, so this can
    run inside a test process that makes its own QApplication later.
    """
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(QByteArray(svg.read_bytes()))
    if not renderer.isValid():
        raise ValueError(f"{svg} is not an SVG that Qt can draw")
    out: dict[int, bytes] = {}
    for size in sorted(set(sizes)):
        image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        renderer.render(painter)
        painter.end()
        buffer = QBuffer()
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        if not image.save(buffer, "PNG"):
            raise RuntimeError(f"Qt could not encode the {size} px PNG")
        out[size] = bytes(buffer.data().data())
    return out


def make_icons(out_dir: Path, svg: Path = DEFAULT_SVG) -> dict[str, Path]:
    """Write every icon file into ``out_dir``; returns {"hicolor", "ico", "icns"} → path."""
    sizes = {*HICOLOR_SIZES, *ICO_SIZES, *(size for _kind, size in ICNS_TYPES)}
    pngs = render_pngs(svg, sizes)
    hicolor = out_dir / "hicolor"
    for size in HICOLOR_SIZES:
        target = hicolor / f"{size}x{size}" / "apps" / f"{ICON_NAME}.png"
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(pngs[size])
    scalable = hicolor / "scalable" / "apps" / f"{ICON_NAME}.svg"
    scalable.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(svg, scalable)
    ico = out_dir / f"{ICON_NAME}.ico"
    ico.write_bytes(ico_bytes({size: pngs[size] for size in ICO_SIZES}))
    icns = out_dir / f"{ICON_NAME}.icns"
    icns.write_bytes(icns_bytes(pngs))
    return {"hicolor": hicolor, "ico": ico, "icns": icns}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("out_dir", type=Path, help="folder to write the icons into")
    parser.add_argument("--svg", type=Path, default=DEFAULT_SVG, help="the source SVG")
    args = parser.parse_args(argv)
    made = make_icons(args.out_dir, args.svg)
    for kind, path in made.items():
        print(f"{kind}: {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
