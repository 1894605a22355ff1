"""Problems stay readable in a dark colour scheme (a system in dark mode gives Qt a dark palette): a field with a
problem keeps its text's contrast, and the words of problems and warnings read on the window's background."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from ui.forms import ClientFormDialog
from ui.forms.fields import TextCell
from ui.widgets import error_color, warning_color

#: A dark palette as a system in dark mode gives one (the roles a form paints with).
DARK = {"Window": "#2b2b2b", "WindowText": "#e6e6e6", "Base": "#1e1e1e", "AlternateBase": "#262626",
        "Text": "#e6e6e6", "Button": "#333333", "ButtonText": "#e6e6e6", "Highlight": "#2f65ca",
        "HighlightedText": "#ffffff", "PlaceholderText": "#8a8a8a", "Link": "#6aa6ff"}


def contrast(a: QColor, b: QColor) -> float:
    """WCAG's contrast ratio of two colours (1 to 21)."""
    def luminance(color: QColor) -> float:
        def linear(c: float) -> float:
            return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4
        return 0.2126 * linear(color.redF()) + 0.7152 * linear(color.greenF()) + 0.0722 * linear(color.blueF())

    light, dark = sorted((luminance(a), luminance(b)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


@pytest.fixture(params=["light", "dark"])
def scheme(request: Any, qapp: QApplication) -> Iterator[str]:
    before = qapp.palette()
    if request.param == "dark":
        palette = QPalette(before)
        for role, color in DARK.items():
            palette.setColor(getattr(QPalette.ColorRole, role), QColor(color))
        qapp.setPalette(palette)
    yield request.param
    qapp.setPalette(before)


def test_problem_and_warning_words_read_on_the_window(scheme: str) -> None:
    window = QApplication.palette().color(QPalette.ColorRole.Window)
    assert contrast(QColor(error_color()), window) >= 4.5
    assert contrast(QColor(warning_color()), window) >= 4.5


def test_a_field_with_a_problem_keeps_its_text_readable(qtbot: Any, scheme: str) -> None:
    dialog = ClientFormDialog(None)
    qtbot.addWidget(dialog)
    dialog.show()
    cell = dialog.client_page.cells["fax"]
    assert isinstance(cell, TextCell)
    qtbot.keyClicks(cell.line_edit, "12a")
    assert not cell.error_label.isHidden(), "the check said nothing"
    editor = cell.line_edit
    # The editor's background, where no text is drawn (its text sits at the left), against the text's colour.
    image = editor.grab().toImage()
    background = image.pixelColor(image.width() - 6, image.height() // 2)
    text = editor.palette().color(QPalette.ColorRole.Text)
    assert contrast(background, text) >= 4.5, (scheme, background.name(), text.name())
    assert contrast(QColor(error_color()), dialog.palette().color(QPalette.ColorRole.Window)) >= 4.5
    assert error_color() in cell.error_label.styleSheet()

