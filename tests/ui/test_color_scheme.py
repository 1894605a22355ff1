"""Problems stay readable in a dark colour scheme (a system in dark mode gives Qt a dark palette): a field with a
problem keeps its text's contrast, and the words of problems and warnings read on the window's background."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from app.services.fielddesk import FieldDesk
from app.store import outbox as outbox_store
from ui.forms import ClientFormDialog
from ui.forms.fields import TextCell
from ui.main_window import MainWindow
from ui.widgets import error_color, say_as_problem, warning_color

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


def dark_palette() -> QPalette:
    palette = QPalette(QApplication.palette())
    for role, color in DARK.items():
        palette.setColor(getattr(QPalette.ColorRole, role), QColor(color))
    return palette


@pytest.fixture(params=["light", "dark"])
def scheme(request: Any, qapp: QApplication) -> Iterator[str]:
    before = qapp.palette()
    if request.param == "dark":
        qapp.setPalette(dark_palette())
    yield request.param
    qapp.setPalette(before)


def fax_with_a_problem(qtbot: Any) -> TextCell:
    """A new client's form, open, with a fax that is no number."""
    dialog = ClientFormDialog(None)
    qtbot.addWidget(dialog)
    dialog.show()
    cell = dialog.client_page.cells["fax"]
    assert isinstance(cell, TextCell)
    qtbot.keyClicks(cell.line_edit, "12a")
    assert not cell.error_label.isHidden(), "the check said nothing"
    return cell


def text_contrast(editor: QWidget) -> float:
    """The contrast of an editor's text colour on its background, where no text is drawn (its text sits left)."""
    image = editor.grab().toImage()
    background = image.pixelColor(image.width() - 6, image.height() // 2)
    return contrast(background, editor.palette().color(QPalette.ColorRole.Text))


def test_problem_and_warning_words_read_on_the_window(scheme: str) -> None:
    window = QApplication.palette().color(QPalette.ColorRole.Window)
    assert contrast(QColor(error_color()), window) >= 4.5
    assert contrast(QColor(warning_color()), window) >= 4.5


def test_a_field_with_a_problem_keeps_its_text_readable(qtbot: Any, scheme: str) -> None:
    cell = fax_with_a_problem(qtbot)
    assert text_contrast(cell.line_edit) >= 4.5, scheme
    assert contrast(QColor(error_color()), cell.window().palette().color(QPalette.ColorRole.Window)) >= 4.5
    assert error_color() in cell.error_label.styleSheet()


def test_a_scheme_change_while_open_is_followed(qtbot: Any, qapp: QApplication) -> None:
    """The system turns dark (macOS at sunset) while a form shows a problem: the problem line and the field's tint
    follow."""
    before = qapp.palette()
    cell = fax_with_a_problem(qtbot)
    light_red = error_color()
    assert light_red in cell.error_label.styleSheet()
    try:
        qapp.setPalette(dark_palette())
        qapp.processEvents()  # the windows are told of it by a posted event
        assert error_color() != light_red
        assert error_color() in cell.error_label.styleSheet()
        assert text_contrast(cell.line_edit) >= 4.5
    finally:
        qapp.setPalette(before)
        qapp.processEvents()
    assert light_red in cell.error_label.styleSheet()


def test_the_window_s_rejected_link_follows_the_scheme(desk: FieldDesk, qtbot: Any, qapp: QApplication) -> None:
    window = MainWindow(desk, pane="outbox")
    qtbot.addWidget(window)
    client = desk.clients.get(desk.clients.rows()[0][0])
    assert client is not None
    client.fields["phone"] = "+32 2 555 77 77"
    outbox_store.record_failure(desk.store, desk.clients.save(client), "msg.The phone must be a number.",
                                retry_in=None)
    desk.engine.refresh_state()
    light_red = error_color()
    assert light_red in window.rejected_label.text()
    before = qapp.palette()
    try:
        qapp.setPalette(dark_palette())
        qapp.processEvents()
        assert error_color() in window.rejected_label.text() and light_red not in window.rejected_label.text()
    finally:
        qapp.setPalette(before)


def test_the_form_s_summary_and_a_pane_s_problem_follow_the_scheme(desk: FieldDesk, qtbot: Any,
                                                                    qapp: QApplication) -> None:
    cell = fax_with_a_problem(qtbot)
    form = cell.window()
    assert isinstance(form, ClientFormDialog)
    window = MainWindow(desk, pane="customers")
    qtbot.addWidget(window)
    note = QLabel("Rejected by testresults.io", window.stack.currentWidget())
    say_as_problem(note)
    light_red = error_color()
    assert light_red in form.summary.text() and light_red in note.styleSheet()
    before = qapp.palette()
    try:
        qapp.setPalette(dark_palette())
        qapp.processEvents()
        assert error_color() in form.summary.text() and light_red not in form.summary.text()
        assert error_color() in note.styleSheet()
        say_as_problem(note, False)
        assert note.styleSheet() == ""
    finally:
        qapp.setPalette(before)
        qapp.processEvents()
    assert note.styleSheet() == "", "a label no longer a problem stays in the palette's colour"


def test_a_chart_takes_the_window_s_colours(qtbot: Any, scheme: str, qapp: QApplication) -> None:
    from ui.charts import HistoryChart

    chart = HistoryChart()
    qtbot.addWidget(chart)
    palette = QApplication.palette()
    base, text = palette.color(QPalette.ColorRole.Base), palette.color(QPalette.ColorRole.Text)
    assert chart.plot.backgroundBrush().color() == base
    assert chart.plot.getAxis("left").textPen().color() == text
    legend = chart.plot.getPlotItem().legend
    assert all(QColor(label.opts["color"]) == text for _sample, label in legend.items)
    assert contrast(text, base) >= 4.5


def test_a_chart_follows_a_scheme_change(qtbot: Any, qapp: QApplication) -> None:
    from ui.charts import HistoryChart
    from ui.widgets import follow_scheme

    holder = QWidget()
    qtbot.addWidget(holder)
    chart = HistoryChart(holder)
    before = qapp.palette()
    light_base = chart.plot.backgroundBrush().color()
    try:
        qapp.setPalette(dark_palette())
        qapp.processEvents()
        follow_scheme(holder)  # as the main window does when its palette changes
        assert chart.plot.backgroundBrush().color() == QColor(DARK["Base"]) != light_base
        assert chart.plot.getAxis("bottom").textPen().color() == QColor(DARK["Text"])
    finally:
        qapp.setPalette(before)
        qapp.processEvents()


def test_the_certificate_fetch_dialog_s_problem_follows_the_scheme(qtbot: Any, qapp: QApplication) -> None:
    from ui.panes.certificates import FetchDialog

    dialog = FetchDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.problem.setText("The range ends before it begins.")
    say_as_problem(dialog.problem)
    before = qapp.palette()
    try:
        qapp.setPalette(dark_palette())
        qapp.processEvents()
        assert error_color() in dialog.problem.styleSheet()
    finally:
        qapp.setPalette(before)
        qapp.processEvents()
