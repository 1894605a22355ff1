"""Small widgets the panes share."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QItemSelectionModel, QModelIndex
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLabel, QTableView, QWidget

from ui.models import NUMBER_ALIGNMENT, FilteredTableModel, LocalIdRole
from ui.qtconstants import ALIGN_LEFT, ALIGN_V_CENTER, TEXT_ALIGNMENT_ROLE


class RecordTable(QTableView):
    """A read-only, row-selecting, sortable table over a FilteredTableModel, cheap at 100,000 rows:
    fixed row heights, no per-row size hints, no vertical header.

    It paints without touching an enum of Qt's `Qt` namespace (see ui.qtconstants): the header shows
    its labels from a small C++ model instead of asking the Python model's `headerData()` (whose
    orientation argument is such an enum), and `sortable=False` leaves sorting, which passes the sort
    order, to `enable_sorting()`, for a table in the window's first frame.
    """

    def __init__(self, model: FilteredTableModel, widths: Sequence[int] = (), parent: QWidget | None = None,
                 *, sortable: bool = True) -> None:
        super().__init__(parent)
        self.setModel(model)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.setCornerButtonEnabled(False)
        self.setShowGrid(False)
        self.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        vertical = self.verticalHeader()
        vertical.setVisible(False)
        vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vertical.setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = self.horizontalHeader()
        self.header_labels = QStandardItemModel(0, len(model.headers()), self)
        for column, title in enumerate(model.headers()):
            label = QStandardItem(title)
            if column in model.NUMERIC_COLUMNS:
                label.setData(NUMBER_ALIGNMENT, TEXT_ALIGNMENT_ROLE)
            self.header_labels.setHorizontalHeaderItem(column, label)
        header.setModel(self.header_labels)
        header.setStretchLastSection(True)
        header.setHighlightSections(False)
        header.setSectionsMovable(True)
        header.setProperty("defaultAlignment", ALIGN_LEFT | ALIGN_V_CENTER)  # a property: see the docstring
        for column, width in enumerate(widths):
            header.resizeSection(column, width)
        if sortable:
            self.enable_sorting()

    def enable_sorting(self) -> None:
        """Sort by clicking a column's header; sorted by the first column to begin with, as the service
        delivers rows (by name)."""
        from PySide6.QtCore import Qt  # here, not at the top: see the class's docstring

        if self.isSortingEnabled():
            return
        header = self.horizontalHeader()
        header.setSortIndicatorShown(True)
        header.setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        self.setSortingEnabled(True)

    def record_model(self) -> FilteredTableModel:
        model = self.model()
        assert isinstance(model, FilteredTableModel)
        return model

    def selected_id(self) -> object | None:
        rows = self.selectionModel().selectedRows()
        return rows[0].data(LocalIdRole) if rows else None

    def select_id(self, local_id: object) -> bool:
        """Select and show the row of this record; False when it is not shown (filtered out or gone)."""
        row = self.record_model().row_of(local_id)
        if row < 0:
            return False
        self.select_row(row)
        return True

    def select_row(self, row: int) -> None:
        index = self.model().index(row, 0)
        flags = (QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
                 | QItemSelectionModel.SelectionFlag.Current)
        self.selectionModel().setCurrentIndex(index, flags)
        self.scrollTo(index, QAbstractItemView.ScrollHint.EnsureVisible)

    def current_row_index(self) -> QModelIndex:
        rows = self.selectionModel().selectedRows()
        return rows[0] if rows else QModelIndex()


def heading(text: str, parent: QWidget | None = None) -> QLabel:
    """A bold section title."""
    from PySide6.QtGui import QFont  # here: the window's first frame has no heading (start-up time)

    label = QLabel(text, parent)
    font = QFont(label.font())
    font.setBold(True)
    font.setPointSizeF(font.pointSizeF() * 1.15)
    label.setFont(font)
    return label


def muted(text: str = "", parent: QWidget | None = None) -> QLabel:
    """A secondary line (counts, hints) in the palette's placeholder colour."""
    label = QLabel(text, parent)
    label.setForegroundRole(label.foregroundRole())
    palette = label.palette()
    palette.setColor(label.foregroundRole(), palette.color(palette.ColorRole.PlaceholderText))
    label.setPalette(palette)
    return label
