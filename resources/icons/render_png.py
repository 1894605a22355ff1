"""Render each icon's SVG (the source) to the PNGs the application loads: `<name>.png` at the SVG's own
size and `<name>@2x.png` for high-density screens, which QIcon picks up by that name.

    python resources/icons/render_png.py

Why PNGs: an SVG icon makes Qt load its SVG library and icon-engine plugin, a few milliseconds of the
window's start-up (bench/bench_startup.py); PNGs are decoded by Qt itself. Run this after editing an
SVG; tests/ui/test_icons.py fails while a PNG differs from its SVG.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent


def render(svg: Path, scale: int) -> object:
    """The SVG drawn at `scale` times its own size, as a QImage."""
    from PySide6.QtCore import QRectF
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(svg))
    size = renderer.defaultSize() * scale
    image = QImage(size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(0)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter, QRectF(0, 0, size.width(), size.height()))
    painter.end()
    return image


def png_paths(svg: Path) -> dict[int, Path]:
    return {1: svg.with_suffix(".png"), 2: svg.with_name(f"{svg.stem}@2x.png")}


def main() -> int:
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])  # noqa: F841 - QImage needs it
    for svg in sorted(HERE.glob("*.svg")):
        for scale, png in png_paths(svg).items():
            if not render(svg, scale).save(str(png), "PNG"):  # type: ignore[attr-defined]
                print(f"cannot write {png}", file=sys.stderr)
                return 1
            print(png.relative_to(HERE.parent.parent))
    return 0


if __name__ == "__main__":
    sys.exit(main())
