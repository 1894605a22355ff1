"""Nothing typed into a record's dialog is thrown away by a slip: Cancel, Escape or the close button ask first when
something was typed, and "Keep editing" (the default) leaves the dialog as it was."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QLineEdit, QMessageBox, QPlainTextEdit, QWidget

from app.services.fielddesk import FieldDesk
from tests.ui.test_dialog_problems_fit import CASES
from ui.panes.slots import CancelOrderDialog
from ui.widgets import GuardedDialog

DIALOGS = [case[0] for case in CASES] + [lambda _desk: CancelOrderDialog("FD-24001")]
IDS = ["customer", "heat-pump", "work-order", "technician", "device", "client", "cancel-order"]


def opened(desk: FieldDesk, qtbot: Any, make: Callable[[FieldDesk], QDialog]) -> QDialog:
    dialog = make(desk)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert isinstance(dialog, GuardedDialog)
    return dialog


def first_editor(dialog: QDialog) -> QLineEdit | QPlainTextEdit:
    for widget in dialog.findChildren(QWidget):
        typable = isinstance(widget, QLineEdit | QPlainTextEdit) and not widget.isReadOnly()
        if typable and widget.isVisible() and widget.isEnabled() and not widget.objectName().startswith("qt_"):
            assert isinstance(widget, QLineEdit | QPlainTextEdit)
            return widget
    raise AssertionError("no editor to type in")


def question(dialog: QDialog) -> QMessageBox | None:
    boxes = [box for box in dialog.findChildren(QMessageBox) if box.isVisible()]
    return boxes[0] if boxes else None


def answer(box: QMessageBox, text: str) -> None:
    [button] = [b for b in box.buttons() if b.text() == text]
    button.click()
    QApplication.processEvents()


@pytest.mark.parametrize("make", DIALOGS, ids=IDS)
def test_escape_after_typing_asks_and_keep_editing_keeps_it(desk: FieldDesk, qtbot: Any,
                                                            make: Callable[[FieldDesk], QDialog]) -> None:
    dialog = opened(desk, qtbot, make)
    editor = first_editor(dialog)
    qtbot.keyClicks(editor, "typed on site")
    typed = editor.text() if isinstance(editor, QLineEdit) else editor.toPlainText()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    box = question(dialog)
    assert box is not None, "Escape threw the typing away without asking"
    assert dialog.isVisible()
    assert box.defaultButton() is box.escapeButton()  # Enter or Escape on the question keeps editing
    answer(box, "Keep editing")
    assert dialog.isVisible() and question(dialog) is None
    assert (editor.text() if isinstance(editor, QLineEdit) else editor.toPlainText()) == typed


@pytest.mark.parametrize("make", DIALOGS, ids=IDS)
def test_discard_closes_it(desk: FieldDesk, qtbot: Any, make: Callable[[FieldDesk], QDialog]) -> None:
    dialog = opened(desk, qtbot, make)
    qtbot.keyClicks(first_editor(dialog), "x")
    dialog.reject()  # Cancel, or the close button
    box = question(dialog)
    assert box is not None
    answer(box, "Discard")
    assert not dialog.isVisible()
    assert dialog.result() == QDialog.DialogCode.Rejected


@pytest.mark.parametrize("make", DIALOGS, ids=IDS)
def test_nothing_typed_closes_at_once(desk: FieldDesk, qtbot: Any, make: Callable[[FieldDesk], QDialog]) -> None:
    dialog = opened(desk, qtbot, make)
    dialog.reject()
    assert not dialog.isVisible() and question(dialog) is None


def test_typing_then_undoing_it_is_nothing_typed(desk: FieldDesk, qtbot: Any) -> None:
    dialog = opened(desk, qtbot, DIALOGS[-1])
    editor = first_editor(dialog)
    assert isinstance(editor, QLineEdit)
    before = editor.text()
    qtbot.keyClicks(editor, "ab")
    editor.setText(before)
    dialog.reject()
    assert not dialog.isVisible() and question(dialog) is None


def test_an_existing_client_looked_through_but_not_changed_closes_at_once(desk: FieldDesk, qtbot: Any) -> None:
    """Showing the form's sections reorders its widgets (Qt raises the page shown): that is no change."""
    from ui.forms.client_form import ClientFormDialog

    client = next(c for c in (desk.clients.get(row[0]) for row in desk.clients.rows()) if c and c.appliances)
    dialog = opened(desk, qtbot, lambda _desk: ClientFormDialog(client))
    for section in [*range(dialog.sections.count()), 0]:
        dialog.sections.setCurrentRow(section)
        QApplication.processEvents()
    assert not dialog.changed()
    dialog.sections.setCurrentRow(dialog.sections.count() - 1)  # an appliance's page
    page_editor = first_editor(dialog)
    qtbot.keyClicks(page_editor, "7")
    assert dialog.changed()
    dialog.reject()
    assert question(dialog) is not None


def test_a_change_only_in_a_technicians_numbers_asks_too(desk: FieldDesk, qtbot: Any) -> None:
    """The recognition numbers are cells of a table, not editors: the form's draft state sees them."""
    from ui.forms.technician_form import TechnicianDialog

    record = {"external_id": "T-9", "name": "Jan", "recognition_numbers": [
        {"region": "flanders", "type": "A", "number": "F-1234"}]}
    dialog = opened(desk, qtbot, lambda d: TechnicianDialog(d, record))
    assert not dialog.changed()
    dialog.numbers.item(0, 2).setText("F-1243")  # a typo put right in the table's cell
    assert dialog.changed()
    dialog.reject()
    assert question(dialog) is not None
