"""What the clients and appliances panes share: a filter box, a count, a table and a detail area, fed
from the cache either at once (small reads) or from a worker thread (100,000 rows)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import shiboken6
from PySide6.QtCore import QItemSelection, QLocale
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QSplitter, QStackedWidget, QVBoxLayout, QWidget

from ui.models import FilteredTableModel, PreparedRows
from ui.qtconstants import ALIGN_CENTER, HORIZONTAL, VERTICAL
from ui.widgets import RecordTable, muted

if TYPE_CHECKING:
    from collections.abc import Sequence

    from app.services.fielddesk import FieldDesk


class RecordPane(QWidget):
    """A filterable table of records with the selected record's details beside or below it.

    A pane in the window's first frame is built with `first_frame=True`: it then paints before it sorts
    or selects (see ui.qtconstants for why), and `after_first_frame()` does both.
    """

    def __init__(self, desk: FieldDesk, model: FilteredTableModel, widths: Sequence[int], *, details_below: bool,
                 first_frame: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.model = model
        model.setParent(self)
        #: False while only a first screenful is loaded (the rest comes from a worker thread).
        self.complete = True
        #: True when the cache changed since the rows were read (the window reloads when shown).
        self.dirty = True
        self._generation = 0
        self._shown_id: str | None = None
        #: Until `after_first_frame()`: rows are shown, but neither sorted nor selected.
        self._before_first_frame = first_frame

        self.filter_edit = QLineEdit(self)
        self.filter_edit.setPlaceholderText(self.placeholder_text())
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.textChanged.connect(self.apply_filter)
        self.count_label = muted("", self)
        self.table = RecordTable(model, widths, self, sortable=not first_frame)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)

        self.empty_detail = muted(self.empty_text(), self)
        self.empty_detail.setProperty("alignment", ALIGN_CENTER)  # a property: see ui.qtconstants
        self.empty_detail.setWordWrap(True)
        self.detail_stack = QStackedWidget(self)
        self.detail_stack.addWidget(self.empty_detail)

        top = QHBoxLayout()
        top.addWidget(self.filter_edit, 1)
        top.addWidget(self.count_label)
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(top)
        left_layout.addWidget(self.table, 1)
        self.splitter = QSplitter()  # no arguments: QSplitter(parent) would be matched against an orientation
        self.splitter.setProperty("orientation", VERTICAL if details_below else HORIZONTAL)
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.detail_stack)
        self.splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(self.splitter)
        self._update_count()

    # -- what subclasses provide ----------------------------------------------------------------------------
    def placeholder_text(self) -> str:
        """What the filter box says it searches."""
        raise NotImplementedError

    def empty_text(self) -> str:
        """What the detail area says while nothing is selected."""
        raise NotImplementedError

    def fetch_rows(self, limit: int | None) -> list[Any]:
        """Rows from the cache (may run in a worker thread)."""
        raise NotImplementedError

    def show_detail(self, local_id: str | None) -> bool:
        """Show the record's details; False when there is nothing to show (the placeholder appears)."""
        raise NotImplementedError

    def count_text(self, shown: str, total: str) -> str:
        raise NotImplementedError

    def loading_text(self) -> str:
        return self.tr("Loading…")

    # -- loading -------------------------------------------------------------------------------------------
    def reload(self, limit: int | None = None) -> None:
        """Read the rows now, on this thread (small caches, tests, a first screenful with `limit`)."""
        self._generation += 1
        self.model.prepare()
        rows = self.fetch_rows(limit)
        self._apply(self.model.prepare_rows(rows), complete=limit is None or len(rows) < limit)

    async def reload_async(self) -> None:
        """Read and prepare every row in a worker thread; the UI thread only swaps them in."""
        import asyncio  # not at the top: the GUI imports it only once its window has painted (start-up time)

        self._generation += 1
        generation = self._generation
        self.model.prepare()
        model = self.model
        prepared = await asyncio.to_thread(lambda: model.prepare_rows(self.fetch_rows(None)))
        if generation == self._generation and shiboken6.isValid(self):
            self._apply(prepared, complete=True)

    def _apply(self, prepared: PreparedRows, *, complete: bool) -> None:
        selected = self.selected_local_id()
        self.model.set_prepared(prepared)
        self.complete = complete
        self.dirty = False
        if not self._before_first_frame:
            self._restore_selection(selected)
        self._update_count()
        if selected is not None and selected == self._shown_id:
            self._show(selected)  # the record's data may have changed

    # -- filtering and selection ----------------------------------------------------------------------------
    def apply_filter(self, text: str) -> None:
        selected = self.selected_local_id()
        self.model.set_filter(text)
        self._restore_selection(selected)
        self._update_count()

    def selected_local_id(self) -> str | None:
        value = self.table.selected_id()
        return value if isinstance(value, str) else None

    def select_record(self, local_id: str) -> bool:
        """Select a record by local id, clearing the filter when it hides the record."""
        if self.table.select_id(local_id):
            return True
        if self.model.filter_text:
            self.filter_edit.clear()
            return self.table.select_id(local_id)
        return False

    def after_first_frame(self) -> None:
        """Sorting and the selection, which a pane built with `first_frame=True` leaves out."""
        if self._before_first_frame:
            self._before_first_frame = False
            self.table.enable_sorting()
            self._restore_selection(self.selected_local_id())

    def _restore_selection(self, local_id: str | None) -> None:
        if local_id is not None and self.table.select_id(local_id):
            return
        if self.model.rowCount() > 0:
            self.table.select_row(0)  # master-detail: the top match is shown at once
        else:
            self._show(None)

    def _update_count(self) -> None:
        if not self.complete:
            self.count_label.setText(self.loading_text())
            return
        locale = QLocale()
        self.count_label.setText(self.count_text(locale.toString(self.model.visible_count()),
                                                 locale.toString(self.model.total_count())))

    def _selection_changed(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        local_id = self.selected_local_id()
        if local_id != self._shown_id:
            self._show(local_id)

    def _show(self, local_id: str | None) -> None:
        shown = self.show_detail(local_id) if local_id is not None else False
        self._shown_id = local_id if shown else None
        if not shown:
            self.detail_stack.setCurrentWidget(self.empty_detail)
