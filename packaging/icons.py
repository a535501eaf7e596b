"""Render the application icon from its SVG: PNGs for Linux, a multi-size .ico for Windows.

Qt renders the SVG (no Pillow, no Inkscape); the .ico is written by hand: small sizes as
32-bit DIBs (understood by every Windows and by NSIS), 256 px as PNG (Windows Vista+).

    uv run python packaging/icons.py OUTPUT_DIR
"""

from __future__ import annotations

import os
import struct
import sys
from pathlib import Path

from project_metadata import APP_ID, ICO_SIZES, ICON_SIZES, ICON_SVG
from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice
from PySide6.QtGui import QGuiApplication, QImage, QImageWriter, QPainter
from PySide6.QtSvg import QSvgRenderer

PNG_MAX_ICO_SIZE = 256  # .ico entries this large are stored as PNG


def _application() -> QCoreApplication:
    """Qt wants a QGuiApplication before painting; an offscreen one is enough."""
    existing = QGuiApplication.instance()
    if existing is not None:
        return existing
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    return QGuiApplication([sys.argv[0]])


def render_png(size: int, svg: Path = ICON_SVG) -> bytes:
    """The SVG rendered at ``size`` × ``size`` pixels, as PNG bytes (transparent background)."""
    _application()
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise ValueError(f"not a valid SVG: {svg}")
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(0)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not QImageWriter(buffer, QByteArray(b"PNG")).write(image):
        raise RuntimeError(f"cannot encode the {size} px icon as PNG")
    buffer.close()
    return bytes(data.data())


def _dib(png: bytes) -> bytes:
    """A PNG image as the 32-bit BGRA DIB that classic .ico entries hold (bottom-up rows,
    then an all-zero AND mask: the alpha channel carries the transparency)."""
    image = QImage.fromData(png).convertToFormat(QImage.Format.Format_ARGB32)
    width, height = image.width(), image.height()
    stride = image.bytesPerLine()
    bits = bytes(image.constBits())  # ARGB32 in memory on little-endian machines: B, G, R, A
    rows = [bits[row * stride : row * stride + width * 4] for row in range(height)]
    if sys.byteorder != "little":  # pragma: no cover - packaging runs on x86-64
        rows = [bytes(row[i : i + 4][::-1]) for row in rows for i in range(0, len(row), 4)]
    pixels = b"".join(reversed(rows))
    mask_stride = ((width + 31) // 32) * 4
    mask = bytes(mask_stride * height)
    header = struct.pack(
        "<IiiHHIIiiII", 40, width, height * 2, 1, 32, 0, len(pixels) + len(mask), 0, 0, 0, 0
    )
    return header + pixels + mask


def ico_bytes(pngs: dict[int, bytes]) -> bytes:
    """A Windows icon file holding one image per size (sizes up to 256)."""
    sizes = sorted(pngs)
    images = [pngs[size] if size >= PNG_MAX_ICO_SIZE else _dib(pngs[size]) for size in sizes]
    offset = 6 + 16 * len(sizes)
    directory = b""
    for size, image in zip(sizes, images, strict=True):
        side = 0 if size >= PNG_MAX_ICO_SIZE else size  # 0 means 256
        directory += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(image), offset)
        offset += len(image)
    return struct.pack("<HHH", 0, 1, len(sizes)) + directory + b"".join(images)


def write_hicolor(target: Path, svg: Path = ICON_SVG) -> list[Path]:
    """``target/hicolor/NxN/apps/APP_ID.png`` for every size, plus the scalable SVG."""
    written = []
    for size in ICON_SIZES:
        path = target / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(render_png(size, svg))
        written.append(path)
    scalable = target / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg"
    scalable.parent.mkdir(parents=True, exist_ok=True)
    scalable.write_bytes(svg.read_bytes())
    written.append(scalable)
    return written


def write_ico(path: Path, svg: Path = ICON_SVG) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(ico_bytes({size: render_png(size, svg) for size in ICO_SIZES}))
    return path


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print("usage: icons.py OUTPUT_DIR", file=sys.stderr)
        return 2
    target = Path(argv[0])
    for path in [*write_hicolor(target), write_ico(target / f"{APP_ID}.ico")]:
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
