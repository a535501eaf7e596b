"""Icons rendered from the SVG: PNG sizes for Linux, a multi-size .ico for Windows."""

from __future__ import annotations

import struct
from pathlib import Path

import icons
from project_metadata import APP_ID, ICO_SIZES, ICON_SIZES
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication


def test_png_has_the_requested_size(qapp: QApplication) -> None:
    image = QImage.fromData(icons.render_png(48))
    assert (image.width(), image.height()) == (48, 48)
    assert image.hasAlphaChannel()
    assert image.pixelColor(0, 0).alpha() == 0  # transparent corner
    assert image.pixelColor(24, 24).alpha() == 255


def test_ico_holds_every_size(qapp: QApplication, tmp_path: Path) -> None:
    data = icons.write_ico(tmp_path / "app.ico").read_bytes()
    reserved, kind, count = struct.unpack("<HHH", data[:6])
    assert (reserved, kind, count) == (0, 1, len(ICO_SIZES))
    sizes = []
    for index in range(count):
        width, height, _, _, planes, bits, length, offset = struct.unpack(
            "<BBBBHHII", data[6 + 16 * index : 22 + 16 * index]
        )
        size = width or 256
        assert width == height and planes == 1 and bits == 32
        image = data[offset : offset + length]
        assert len(image) == length
        if size >= 256:
            assert image[:8] == b"\x89PNG\r\n\x1a\n"
        else:  # a DIB: BITMAPINFOHEADER, height doubled for the AND mask
            header = struct.unpack("<IiiHH", image[:16])
            assert header == (40, size, size * 2, 1, 32)
            assert length == 40 + size * size * 4 + ((size + 31) // 32) * 4 * size
        sizes.append(size)
    assert sizes == sorted(ICO_SIZES)


def test_hicolor_layout(qapp: QApplication, tmp_path: Path) -> None:
    written = icons.write_hicolor(tmp_path)
    for size in ICON_SIZES:
        assert tmp_path / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png" in written
    assert (tmp_path / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg").is_file()
