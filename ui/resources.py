"""Where FieldDesk's icons and translations live: `resources/` beside the `ui` package (or inside a
PyInstaller bundle)."""

from __future__ import annotations

import functools
import sys
from pathlib import Path

from PySide6.QtGui import QIcon


def resources_dir() -> Path:
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def translations_dir() -> Path:
    return resources_dir() / "i18n"


@functools.cache
def icon(name: str) -> QIcon:
    """`resources/icons/<name>.svg` as an icon (Qt's SVG plugin renders it at any size); an empty icon when
    the file is missing."""
    path = resources_dir() / "icons" / f"{name}.svg"
    return QIcon(str(path)) if path.exists() else QIcon()
