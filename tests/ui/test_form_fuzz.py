"""Anything typed into any record form, then Save: the form either takes it (the dialog closes, the change is queued
or sent) or stays open saying what is wrong, and nothing fails behind the user's back. A failure shown in a message
box is logged as an error, and the log-fail plugin fails the test on it.

The editors are found as the drafts find them (`ui.drafts.editors`), so a field added to a form later is typed into
too; the client form's cells are its own."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from typing import Any

import pytest
import shiboken6
from hypothesis import HealthCheck, event, example, given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)

from app.services.fielddesk import FieldDesk
from tests.helpers import settle
from ui import drafts as ui_drafts
from ui.forms.client_form import ClientFormDialog
from ui.main_window import MainWindow
from ui.widgets import ProblemLabel

FORMS = [("clients", "client"), ("workorders", "workorder"), ("technicians", "technician"),
         ("technicians", "device"), ("customers", "customer"), ("heatpumps", "heatpump")]

#: What a user (or a paste from anywhere) may put in a text field: any text, lone surrogates and control characters
#: included, and values that look like what the field wants.
_TEXT = st.one_of(
    st.text(max_size=40),
    st.text(st.characters(blacklist_categories=()), max_size=12),
    st.sampled_from(["", " ", "0", "-1", "1e400", "nan", "9" * 40, "2026-02-30", "31-12-2026", "25:61", "<b>x</b>",
                     "'; DROP TABLE clients; --", "\u202ertl", "a" * 300, "user@example.com", "+32 2 555 01 09"]),
)


@pytest.fixture
def window(desk: FieldDesk, qtbot: Any, qloop: Any) -> Iterator[MainWindow]:
    made = MainWindow(desk)
    qtbot.addWidget(made)
    made.show()
    qloop.run_until_complete(made.finish_loading())
    yield made
    made.close()


def _editors(dialog: QWidget) -> dict[str, QWidget]:
    if isinstance(dialog, ClientFormDialog):
        found = {f"client.{name}": cell.editor for name, cell in dialog.client_page.cells.items()}
        for number, page in enumerate(dialog.appliance_pages()):
            found.update({f"appliance[{number}].{name}": cell.editor for name, cell in page.cells.items()})
        return found
    return ui_drafts.editors(dialog)


def _type(widget: QWidget, draw: Callable[[Any], Any]) -> None:
    """One value into one editor, within what the editor itself lets a user enter."""
    if isinstance(widget, QLineEdit):
        widget.setText(draw(_TEXT))
    elif isinstance(widget, QPlainTextEdit):
        widget.setPlainText(draw(_TEXT))
    elif isinstance(widget, QComboBox):
        if widget.isEditable() and draw(st.booleans()):
            widget.setEditText(draw(_TEXT))
        elif widget.count():
            widget.setCurrentIndex(draw(st.integers(0, widget.count() - 1)))  # a user cannot choose "none"
    elif isinstance(widget, QDateEdit):
        widget.setDate(QDate(2000, 1, 1).addDays(draw(st.integers(-40_000, 40_000))))
    elif isinstance(widget, QSpinBox):
        widget.setValue(draw(st.integers(widget.minimum(), widget.maximum())))
    elif isinstance(widget, QDoubleSpinBox):
        widget.setValue(draw(st.floats(widget.minimum(), widget.maximum())))
    elif isinstance(widget, QAbstractButton) and widget.isCheckable():
        widget.setChecked(draw(st.booleans()))


def _open(window: MainWindow, pane: str, kind: str) -> QDialog:
    if kind == "client":
        dialog = window.open_client_editor(None)
    else:
        window.show_pane(pane)
        dialog = window._panes[pane].open_draft(kind, "")  # type: ignore[union-attr]
    assert isinstance(dialog, QDialog)
    return dialog


def _save_button(dialog: QDialog) -> QAbstractButton:
    [box] = [b for b in dialog.findChildren(QDialogButtonBox) if b.buttons()]
    [save] = [b for b in box.buttons() if box.buttonRole(b) == QDialogButtonBox.ButtonRole.AcceptRole]
    return save


@pytest.mark.parametrize(("pane", "kind"), FORMS, ids=[kind for _, kind in FORMS])
@settings(max_examples=int(os.environ.get("FIELDDESK_FORM_EXAMPLES", "8")), deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(data=st.data())
def test_anything_typed_then_save_is_taken_or_said_wrong_never_a_failure(
        window: MainWindow, desk: FieldDesk, qloop: Any, pane: str, kind: str, data: st.DataObject) -> None:
    dialog = _open(window, pane, kind)
    settle(qloop)
    if isinstance(dialog, ClientFormDialog):
        for _ in range(data.draw(st.integers(0, 2), label="heating appliances")):
            dialog.add_heating_appliance()
        if data.draw(st.booleans(), label="a cooling appliance"):
            dialog.add_cooling_appliance()
    for name, widget in _editors(dialog).items():
        if widget.isEnabled() and data.draw(st.booleans(), label=f"type into {name}"):
            _type(widget, lambda strategy, n=name: data.draw(strategy, label=n))
    queued = len(desk.outbox.entries())
    save = _save_button(dialog)
    if save.isEnabled():
        save.click()
    settle(qloop)
    QApplication.processEvents()
    boxes = [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()]
    for box in boxes:
        box.done(0)
    if not shiboken6.isValid(dialog):  # taken, and deleted on close
        event("taken")
        assert len(desk.outbox.entries()) >= queued
    elif dialog.isVisible():  # still open: it says what is wrong (or Save was not offered for what it holds)
        event("said wrong" if save.isEnabled() else "not offered")
        said = [label.text() for label in dialog.findChildren(QLabel) if label.isVisible() and label.text()
                and (isinstance(label, ProblemLabel) or label.property("problem")
                     or label.objectName() == "problemSummary")]
        assert said, "Save did nothing (or is off), and the form does not say why"
        dialog.done(QDialog.DialogCode.Rejected)
    else:
        event("taken")
        assert dialog.result() == QDialog.DialogCode.Accepted
        assert len(desk.outbox.entries()) >= queued
    desk.drafts.forget(kind, "")
    settle(qloop)


_QUERY_LIKE = ["\ud800", '"gent', "NEAR(a b)", "a OR b", "gent*", "^gent", "name:gent", "-gent", "(", ")"]


@settings(max_examples=int(os.environ.get("FIELDDESK_FORM_EXAMPLES", "8")) * 3, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(text=st.one_of(_TEXT, st.sampled_from(_QUERY_LIKE)))
@example(text="é\udcff")
@example(text="ge\x00nt")
def test_anything_in_any_panes_filter_lists_what_matches_never_a_failure(window: MainWindow, qloop: Any,
                                                                       text: str) -> None:
    """A paste of anything into a filter (the FTS5 index reads the words as strings, never as its query syntax)."""
    for name, pane in window._panes.items():
        window.show_pane(name)
        edit = getattr(pane, "filter_edit", None)
        if edit is None:
            continue
        edit.setText(text)
        settle(qloop)
        pane.repaint()
        edit.clear()
    settle(qloop)


@settings(max_examples=int(os.environ.get("FIELDDESK_FORM_EXAMPLES", "8")), deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(data=st.data())
def test_anything_asked_for_in_the_slots_pane_shows_slots_or_says_why(window: MainWindow, qloop: Any,
                                                                      data: st.DataObject) -> None:
    """The order, the week, the resource and the visit to re-appoint, as a planner might type them, then Show slots
    and Book: Totalmobile's answer or FieldDesk's words, never a failure."""
    window.show_pane("slots")
    pane = window._panes["slots"]
    settle(qloop)
    for widget in (pane.order_box, pane.date_edit, pane.weeks, pane.ignore_weekends, pane.resource,  # type: ignore
                   pane.visit, pane.instructions, pane.shelve, pane.messaging):  # type: ignore[attr-defined]
        if data.draw(st.booleans(), label="type"):
            _type(widget, lambda strategy: data.draw(strategy))
    pane.show_button.click()  # type: ignore[attr-defined]
    settle(qloop)
    assert pane.state_label.text()  # type: ignore[attr-defined]
    if pane.book_button.isEnabled():  # type: ignore[attr-defined]
        pane.book_button.click()  # type: ignore[attr-defined]
        settle(qloop)
    _close_message_boxes()


@settings(max_examples=int(os.environ.get("FIELDDESK_FORM_EXAMPLES", "8")), deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(data=st.data())
def test_any_fetch_of_certificates_fetches_or_says_why(window: MainWindow, qloop: Any, data: st.DataObject) -> None:
    window.show_pane("certificates")
    pane = window._panes["certificates"]
    dialog = pane.open_fetch()  # type: ignore[attr-defined]
    for name, widget in ui_drafts.editors(dialog).items():
        if data.draw(st.booleans(), label=f"type into {name}"):
            _type(widget, lambda strategy, n=name: data.draw(strategy, label=n))
    fetch = _save_button(dialog)
    if fetch.isEnabled():
        fetch.click()
    else:
        assert dialog.problem.text(), "Fetch is off, and the dialog does not say why"  # type: ignore[attr-defined]
        dialog.reject()
    settle(qloop)
    _close_message_boxes()


def _close_message_boxes() -> None:
    for box in [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()]:
        box.done(0)
