"""packaging/icons/make_icons.py: hicolor PNGs, .ico and .icns drawn from the one SVG."""

from __future__ import annotations

import struct
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest

from tests.packaging.conftest import PACKAGING, ROOT

SVG = ROOT / "resources" / "icons" / "deadbutt-tray.svg"


@pytest.fixture(scope="module")
def icons(make_icons: ModuleType, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return make_icons.make_icons(tmp_path_factory.mktemp("icons"))


def test_every_hicolor_size_is_a_png_of_that_size(
    make_icons: ModuleType, icons: dict[str, Path]
) -> None:
    hicolor = icons["hicolor"]
    for size in (16, 22, 24, 32, 48, 64, 128, 256, 512):
        png = hicolor / f"{size}x{size}" / "apps" / "deadbutt-tray.png"
        assert make_icons.png_size(png.read_bytes()) == (size, size), png
    scalable = hicolor / "scalable" / "apps" / "deadbutt-tray.svg"
    assert scalable.read_bytes() == SVG.read_bytes()
    names = {p.relative_to(hicolor).as_posix() for p in hicolor.rglob("*") if p.is_file()}
    assert len(names) == 10, names  # nothing else lands in the theme folder


def test_the_ico_container(make_icons: ModuleType, icons: dict[str, Path]) -> None:
    data = icons["ico"].read_bytes()
    reserved, kind, count = struct.unpack_from("<HHH", data, 0)
    assert (reserved, kind, count) == (0, 1, len(make_icons.ICO_SIZES))
    seen = []
    for i in range(count):
        w, h, colors, res, planes, bpp, length, offset = struct.unpack_from(
            "<BBBBHHII", data, 6 + 16 * i
        )
        size = w or 256  # 0 means 256
        assert (h or 256) == size and (colors, res, planes, bpp) == (0, 0, 1, 32)
        payload = data[offset : offset + length]
        assert make_icons.png_size(payload) == (size, size)
        seen.append(size)
    assert seen == sorted(make_icons.ICO_SIZES)
    assert 16 in seen and 256 in seen  # the tray and Explorer's largest view
    last = struct.unpack_from("<II", data, 6 + 16 * (count - 1) + 8)
    assert sum(last) == len(data)  # the last image ends the file: no stray bytes


def test_the_icns_container(make_icons: ModuleType, icons: dict[str, Path]) -> None:
    data = icons["icns"].read_bytes()
    assert data[:4] == b"icns"
    assert struct.unpack_from(">I", data, 4)[0] == len(data)
    pos, found = 8, {}
    while pos < len(data):
        kind, length = data[pos : pos + 4], struct.unpack_from(">I", data, pos + 4)[0]
        found[kind] = make_icons.png_size(data[pos + 8 : pos + length])
        pos += length
    assert pos == len(data)
    assert found == {kind: (size, size) for kind, size in make_icons.ICNS_TYPES}
    # Retina needs the @2x types; Finder's largest view needs 1024 px.
    assert found[b"ic10"] == (1024, 1024) and found[b"ic11"] == (32, 32)


def test_qt_reads_every_image_of_both_containers(icons: dict[str, Path]) -> None:
    """An independent reader (Qt's ico/icns image plugins) agrees with the writer."""
    from PySide6.QtGui import QImageReader

    for key, expected in (
        ("ico", [16, 20, 24, 32, 40, 48, 64, 128, 256]),
        ("icns", [16, 32, 64, 128, 256, 512, 1024, 32, 64, 256, 512]),
    ):
        reader = QImageReader(str(icons[key]))
        assert reader.canRead(), (key, reader.errorString())
        widths = []
        for index in range(reader.imageCount()):
            reader.jumpToImage(index)
            image = reader.read()
            assert not image.isNull()
            assert image.hasAlphaChannel()
            widths.append(image.width())
        assert widths == expected, key


def test_the_small_icon_is_not_blank(make_icons: ModuleType) -> None:
    from PySide6.QtGui import QImage

    image = QImage.fromData(make_icons.render_pngs(SVG, [16])[16])
    colors = {image.pixel(x, y) for x in range(16) for y in range(16)}
    assert len(colors) > 8
    assert image.pixelColor(0, 0).alpha() == 0  # transparent rounded corner
    assert image.pixelColor(8, 8).alpha() == 255


def test_containers_refuse_wrong_images(make_icons: ModuleType) -> None:
    pngs = make_icons.render_pngs(SVG, [16, 32])
    with pytest.raises(ValueError, match="32 px"):
        make_icons.ico_bytes({32: pngs[16]})
    with pytest.raises(ValueError, match=r"1\.\.256"):
        make_icons.ico_bytes({})
    with pytest.raises(ValueError, match="16 px"):
        make_icons.icns_bytes({16: pngs[32]}, [(b"icp4", 16)])
    with pytest.raises(ValueError, match="not a PNG"):
        make_icons.png_size(b"GIF89a" + b"\0" * 30)
    bad_svg = Path(make_icons.__file__)  # a Python file is no SVG
    with pytest.raises(ValueError, match="not an SVG"):
        make_icons.render_pngs(bad_svg, [16])


def test_the_command_line(tmp_path: Path) -> None:
    out = subprocess.run(
        [sys.executable, str(PACKAGING / "icons" / "make_icons.py"), str(tmp_path / "o")],
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    ).stdout
    assert "deadbutt-tray.icns" in out
    assert (tmp_path / "o" / "deadbutt-tray.ico").is_file()
    assert (tmp_path / "o" / "hicolor" / "512x512" / "apps" / "deadbutt-tray.png").is_file()
