"""A record form's draft (`GuardedDialog`): what the form holds, as a JSON object, and the form filled from one again.

A form without a way of its own is described by its editors, each named by the attribute that holds it (`name_edit`,
or `inputs.serial` for one kept in a dict): names from the code, the same in every language and every run. Each
editor's value is kept as its kind holds it (text, a choice, a date, a number, a tick); a value that no longer fits
its editor (a draft of an older build) is left out when the form is filled.

Imported when a form first shows: the window's first frame needs none of it.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QDate, QDateTime, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QBoxLayout,
    QComboBox,
    QDateEdit,
    QDateTimeEdit,
    QDoubleSpinBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTextEdit,
    QWidget,
)

from ui.labels import local_time

_SCALARS = (str, int, float, bool, type(None))


def _is_editor(widget: QWidget) -> bool:
    if isinstance(widget, QLineEdit | QPlainTextEdit | QTextEdit):
        return not widget.isReadOnly()
    if isinstance(widget, QAbstractButton):
        return widget.isCheckable()
    return isinstance(widget, QComboBox | QAbstractSpinBox)


def editors(form: QWidget) -> dict[str, QWidget]:
    """The form's editors by the attribute that holds each, in the order they were made (a choice that fills
    another, such as a group and its types, comes first)."""
    found: dict[str, QWidget] = {}
    for name, value in vars(form).items():
        if name.startswith("_"):
            continue
        if isinstance(value, QWidget) and _is_editor(value):
            found[name] = value
        elif isinstance(value, dict):
            for key, item in value.items():
                if isinstance(key, str | int) and isinstance(item, QWidget) and _is_editor(item):
                    found[f"{name}.{key}"] = item
    return found


def editor_value(widget: QWidget) -> object:
    if isinstance(widget, QLineEdit):
        return widget.text()
    if isinstance(widget, QPlainTextEdit | QTextEdit):
        return widget.toPlainText()
    if isinstance(widget, QComboBox):
        data = widget.currentData()
        return {"text": widget.currentText(), "data": data if isinstance(data, _SCALARS) else None}
    if isinstance(widget, QDateEdit):
        return widget.date().toString(Qt.DateFormat.ISODate)
    if isinstance(widget, QDateTimeEdit):
        return widget.dateTime().toString(Qt.DateFormat.ISODate)
    if isinstance(widget, QSpinBox | QDoubleSpinBox):
        return widget.value()
    if isinstance(widget, QAbstractButton):
        return widget.isChecked()
    return None


def set_editor_value(widget: QWidget, value: object) -> None:
    """Fill an editor as if the user had: a value that does not fit it is left out."""
    if isinstance(widget, QLineEdit) and isinstance(value, str):
        widget.setText(value)
        widget.setCursorPosition(0)
    elif isinstance(widget, QPlainTextEdit | QTextEdit) and isinstance(value, str):
        widget.setPlainText(value)
    elif isinstance(widget, QComboBox) and isinstance(value, dict):
        _choose(widget, value.get("text"), value.get("data"))
    elif isinstance(widget, QDateEdit) and isinstance(value, str):
        date = QDate.fromString(value, Qt.DateFormat.ISODate)
        if date.isValid():
            widget.setDate(date)
    elif isinstance(widget, QDateTimeEdit) and isinstance(value, str):
        moment = QDateTime.fromString(value, Qt.DateFormat.ISODate)
        if moment.isValid():
            widget.setDateTime(moment)
    elif isinstance(widget, QSpinBox) and type(value) is int:
        widget.setValue(value)
    elif isinstance(widget, QDoubleSpinBox) and type(value) in (int, float):
        widget.setValue(float(value))  # type: ignore[arg-type]
    elif isinstance(widget, QAbstractButton) and isinstance(value, bool):
        widget.setChecked(value)


def _choose(combo: QComboBox, text: object, data: object) -> None:
    index = -1
    if data is not None and isinstance(data, _SCALARS):
        index = combo.findData(data)
    if index < 0 and isinstance(text, str):
        index = combo.findText(text)
    if index >= 0:
        combo.setCurrentIndex(index)
    elif combo.isEditable() and isinstance(text, str):
        combo.setEditText(text)  # typed, not chosen (a technician id FieldDesk has not cached)


def form_state(form: QWidget) -> dict[str, Any]:
    return {name: editor_value(widget) for name, widget in editors(form).items()}


def fill_form(form: QWidget, state: dict[str, Any]) -> None:
    for name, widget in editors(form).items():
        if name in state:
            set_editor_value(widget, state[name])


class RestoredBanner(QFrame):
    """Says at the top of a form that it holds a restored draft, with a button to go back to the record as saved."""

    def __init__(self, saved_at: str, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("restoredDraft")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.label = QLabel(self.tr("Restored what you typed here on {when}: FieldDesk closed before it was "
                                    "saved.").format(when=local_time(saved_at)), self)
        self.label.setWordWrap(True)
        self.discard_button = QPushButton(self.tr("Discard it"), self)
        self.discard_button.setToolTip(self.tr("Show the record as it was saved"))
        row = QHBoxLayout(self)
        row.setContentsMargins(8, 4, 8, 4)
        row.addWidget(self.label, 1)
        row.addWidget(self.discard_button)
        self.setAccessibleName(self.label.text())


def show_banner(form: QWidget, banner: QWidget) -> None:
    """Put the banner at the top of the form's own layout."""
    layout = form.layout()
    if isinstance(layout, QBoxLayout):
        layout.insertWidget(0, banner)
    elif isinstance(layout, QFormLayout):
        layout.insertRow(0, banner)
    else:
        banner.hide()  # a form laid out otherwise: the restored text shows, without the note
        return
    banner.show()  # the form is being shown already: a child added now is not shown with it
