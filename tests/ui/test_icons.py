"""The PNG icons the application loads are renderings of the SVG sources beside them."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtGui import QImage

from ui.resources import icon, resources_dir

ICONS = resources_dir() / "icons"
SVGS = sorted(ICONS.glob("*.svg"))


def _render_png() -> Any:
    import importlib.util

    spec = importlib.util.spec_from_file_location("render_png", ICONS / "render_png.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize("svg", SVGS, ids=lambda path: path.stem)
def test_each_png_matches_its_svg(qapp: Any, svg: Path) -> None:
    render_png = _render_png()
    for scale, png in render_png.png_paths(svg).items():
        stored = QImage(str(png))
        assert not stored.isNull(), f"{png.name} is missing: run python resources/icons/render_png.py"
        fresh = render_png.render(svg, scale).convertToFormat(stored.format())
        assert fresh.size() == stored.size(), f"{png.name}: run python resources/icons/render_png.py"
        width, height = stored.width(), stored.height()
        differing = sum(1 for x in range(width) for y in range(height) if fresh.pixel(x, y) != stored.pixel(x, y))
        # Antialiasing may differ by a shade between Qt versions; a changed drawing differs in many pixels.
        assert differing <= width * height // 50, f"{png.name} is out of date: run python resources/icons/render_png.py"


def test_the_window_icons_load(qapp: Any) -> None:
    for name in ("fielddesk", "sync", "new-client", "edit", "settings", "clients", "appliances", "outbox",
                 "heating", "cooling"):
        loaded = icon(name)
        assert not loaded.isNull(), name
        assert loaded.availableSizes(), name
