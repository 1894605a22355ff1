"""One editable Pro+ field (a line edit or a drop-down, with its message underneath) and a grid of them.

A cell remembers the value it was loaded with and writes into a record only what the user changed, so a
value Pro+ sent as `null`, `2000` or `"-1"` goes back exactly as it came unless someone edited it.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from app.services.entities import Region, normalise_region
from app.services.proplus import REGION_FIELDS, REGION_LABELS, code_text, enumeration, is_unset
from ui.forms.layout import BOOLEAN_FIELDS, HINTS, READ_ONLY
from ui.labels import proplus_label
from ui.widgets import invalid_field_style, problem_label

#: The code each region is written with: client records take a name, appliance records a number.
CLIENT_REGION_CODES = {Region.BRUSSELS: "Brussel", Region.FLANDERS: "Vlaanderen", Region.WALLONIA: "Wallonie"}
APPLIANCE_REGION_CODES = {Region.BRUSSELS: "1", Region.FLANDERS: "2", Region.WALLONIA: "3"}

_MISSING = object()


def display_text(value: object) -> str:
    """A wire value as the user reads it in a text box (never reformatted: "0032" stays "0032")."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


class FieldCell(QWidget):
    """The editor of one wire field plus its error message; `edited` fires on every change."""

    edited = Signal()

    def __init__(self, block: str, field: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.block = block
        self.field = field
        self.label_text = proplus_label(block, field)
        self.read_only = field in READ_ONLY.get(block, frozenset())
        #: True once the user changed the field; a "required" message waits until then.
        self.touched = False
        self.error: str | None = None
        #: The client field this cell copies while "same address as client" locks it.
        self.mirrors: str | None = None
        self._original: object = _MISSING
        self._loading = False

        self.error_label = problem_label(self)
        self.error_label.setObjectName("fieldError")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(1)
        self.editor = self._make_editor()
        self.editor.setObjectName(f"field_{field}")
        self.editor.setAccessibleName(self.label_text)
        layout.addWidget(self.editor)
        layout.addWidget(self.error_label)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    # -- overridden per editor kind ------------------------------------------------------------------
    def _make_editor(self) -> QWidget:
        raise NotImplementedError

    def _show(self, value: object) -> None:
        raise NotImplementedError

    def _changed(self) -> bool:
        raise NotImplementedError

    def _current(self) -> object:
        raise NotImplementedError

    def text(self) -> str:
        """The value as shown (a drop-down's label)."""
        raise NotImplementedError

    # -- shared ---------------------------------------------------------------------------------------
    def load(self, record: Mapping[str, Any]) -> None:
        """Show the record's value; it becomes the value written back when nothing is changed."""
        self._original = record.get(self.field, _MISSING)
        self._loading = True
        try:
            self._show(None if self._original is _MISSING else self._original)
        finally:
            self._loading = False
        self.touched = False

    def apply(self, record: dict[str, Any]) -> None:
        """Write the field into `record` (a copy of the loaded record) if the user changed it."""
        if self.read_only or not self._changed():
            return
        record[self.field] = self._current()

    def value(self) -> object:
        """The value as it would be written; the loaded value when unchanged (None when there was none)."""
        if self.read_only or not self._changed():
            return None if self._original is _MISSING else self._original
        return self._current()

    def set_error(self, message: str | None) -> None:
        if message == self.error:
            return
        self.error = message
        self.error_label.setText(message or "")
        self.error_label.setVisible(bool(message))
        self.editor.setStyleSheet(invalid_field_style() if message else "")
        self.editor.setToolTip(message or "")

    def follow_scheme(self) -> None:
        """The colour scheme changed (`ui.widgets.follow_scheme`): tint the editor of a problem anew."""
        if self.error:
            self.editor.setStyleSheet(invalid_field_style())

    def _on_edit(self) -> None:
        if self._loading:
            return
        self.touched = True
        self.edited.emit()


class TextCell(FieldCell):
    def _make_editor(self) -> QWidget:
        edit = QLineEdit(self)
        hint = HINTS.get((self.block, self.field))
        if hint:
            edit.setPlaceholderText(QCoreApplication.translate("ClientForm", hint))
        if self.read_only:
            edit.setReadOnly(True)
            edit.setPlaceholderText(QCoreApplication.translate("ClientForm", "calculated by Pro+"))
            edit.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
            palette = edit.palette()  # look read-only: no white "type here" background
            palette.setColor(QPalette.ColorRole.Base, palette.color(QPalette.ColorRole.Window))
            edit.setPalette(palette)
        edit.setMinimumWidth(140)
        edit.textChanged.connect(self._on_edit)
        self.line_edit = edit
        return edit

    def _show(self, value: object) -> None:
        self.line_edit.setText(display_text(value))
        self.line_edit.setCursorPosition(0)

    def _changed(self) -> bool:
        loaded = None if self._original is _MISSING else self._original
        return self.line_edit.text() != display_text(loaded)

    def _current(self) -> object:
        return self.line_edit.text()

    def text(self) -> str:
        return self.line_edit.text()

    def set_text(self, text: str) -> None:
        """Set the text as if typed (it is written back); used by "same address as client"."""
        if self.line_edit.text() != text:
            self.line_edit.setText(text)
            self.line_edit.setCursorPosition(0)

    def set_locked(self, locked: bool, reason: str = "") -> None:
        self.line_edit.setReadOnly(locked)
        self.line_edit.setEnabled(not locked)
        if not self.error:
            self.line_edit.setToolTip(reason if locked else "")


class ChoiceCell(FieldCell):
    """A drop-down of an enumeration: translated labels shown, wire codes as item data, first item empty."""

    def __init__(self, block: str, field: str, choices: Sequence[tuple[str, str]],
                 parent: QWidget | None = None) -> None:
        # Several codes can share a label (Wallonia's lists are in three languages): show each label once,
        # with the first code the document gives for it.
        self._choices: list[tuple[str, str]] = []
        seen: set[str] = set()
        for code, label in choices:
            if label not in seen:
                seen.add(label)
                self._choices.append((code, label))
        self._loaded_index = 0
        super().__init__(block, field, parent)

    def _make_editor(self) -> QWidget:
        combo = QComboBox(self)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(14)
        combo.addItem(QCoreApplication.translate("ClientForm", "(not set)"), "")
        for code, label in self._choices:
            combo.addItem(QCoreApplication.translate("ProPlus", label), code)
        self._fixed_count = combo.count()
        combo.currentIndexChanged.connect(self._on_edit)
        self.combo = combo
        return combo

    def _label_of(self, value: object) -> str | None:
        found = enumeration(self.block, self.field)
        return found.label(value) if found is not None else None

    def _index_of(self, value: object) -> int:
        """The item for a loaded value; an unknown value gets an item of its own so it is not lost."""
        if value is None or is_unset(value):
            return 0
        text = code_text(value)
        for index, (code, _label) in enumerate(self._choices, start=1):
            if code == text:
                return index
        label = self._label_of(value)
        for index, (_code, choice_label) in enumerate(self._choices, start=1):
            if label is not None and choice_label == label:
                return index
        shown = QCoreApplication.translate("ClientForm", "Other value: {value}").format(value=display_text(value))
        self.combo.addItem(shown, display_text(value))
        return self.combo.count() - 1

    def _show(self, value: object) -> None:
        while self.combo.count() > self._fixed_count:
            self.combo.removeItem(self.combo.count() - 1)
        self._loaded_index = self._index_of(value)
        self.combo.setCurrentIndex(self._loaded_index)

    def _changed(self) -> bool:
        return self.combo.currentIndex() != self._loaded_index

    def _current(self) -> object:
        code = self.combo.currentData()
        if (self.block, self.field) in BOOLEAN_FIELDS:
            return None if not code else code == "true"
        return code if isinstance(code, str) else ""

    def text(self) -> str:
        return self.combo.currentText() if self.combo.currentIndex() > 0 else ""

    def code(self) -> str:
        """The selected wire code ("" when not set)."""
        data = self.combo.currentData()
        return data if isinstance(data, str) else ""

    def select_code(self, code: str) -> None:
        index = self.combo.findData(code)
        if index < 0:
            raise ValueError(f"{self.field}: no choice with code {code!r}")
        self.combo.setCurrentIndex(index)

    def select_label(self, label: str) -> None:
        """Select by English label (as enums names it) or by the text shown."""
        for index, (_code, choice_label) in enumerate(self._choices, start=1):
            if label == choice_label:
                self.combo.setCurrentIndex(index)
                return
        index = self.combo.findText(label)
        if index < 0:
            raise ValueError(f"{self.field}: no choice labelled {label!r}")
        self.combo.setCurrentIndex(index)


class RegionCell(ChoiceCell):
    """Region drop-down: client records name the region (Brussel, Vlaanderen ...), appliances number it."""

    def __init__(self, block: str, field: str, parent: QWidget | None = None) -> None:
        codes = CLIENT_REGION_CODES if block == "client" else APPLIANCE_REGION_CODES
        super().__init__(block, field, [(codes[region], REGION_LABELS[region]) for region in Region], parent)

    def _index_of(self, value: object) -> int:
        region = normalise_region(value)
        if region is None:
            return super()._index_of(value)
        return list(Region).index(region) + 1

    def region(self) -> Region | None:
        return normalise_region(self.code())

    def select_region(self, region: Region | None) -> None:
        self.combo.setCurrentIndex(0 if region is None else list(Region).index(region) + 1)


def make_cell(block: str, field: str, parent: QWidget | None = None) -> FieldCell:
    if (block, field) in REGION_FIELDS:
        return RegionCell(block, field, parent)
    found = enumeration(block, field)
    if found is not None:
        return ChoiceCell(block, field, found.choices, parent)
    return TextCell(block, field, parent)


class FieldGrid(QWidget):
    """Cells in two columns of label + editor, read left to right, top to bottom."""

    LABEL_WIDTH = 175

    def __init__(self, cells: Iterable[FieldCell], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.cells = list(cells)
        self.labels: dict[str, QLabel] = {}
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(10)
        grid.setVerticalSpacing(6)
        for index, cell in enumerate(self.cells):
            row, column = divmod(index, 2)
            label = QLabel(cell.label_text, self)
            label.setBuddy(cell.editor)
            label.setWordWrap(True)
            label.setFixedWidth(self.LABEL_WIDTH)
            label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            label.setMinimumHeight(cell.editor.sizeHint().height())
            label.setToolTip(cell.field)
            self.labels[cell.field] = label
            grid.addWidget(label, row, column * 2, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(cell, row, column * 2 + 1, Qt.AlignmentFlag.AlignTop)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)
        if len(self.cells) == 1:  # keep a lone field half-width, like its neighbours elsewhere
            grid.addWidget(QWidget(self), 0, 3)
            grid.addWidget(QWidget(self), 0, 2)

    def set_field_visible(self, field: str, visible: bool) -> None:
        for cell in self.cells:
            if cell.field == field:
                cell.setVisible(visible)
                self.labels[field].setVisible(visible)
