"""What the clients and appliances panes share: a filter box, a count, a table and a detail area.

A pane over a paged model (`SqlTableModel`, the clients) reads only the first page on the UI thread per
keystroke; the model counts the matches on a worker thread and the label shows the count when it arrives
("… of N" meanwhile). A pane over an in-memory model (`FilteredTableModel`) reads its rows at once or from a
worker thread."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import shiboken6
from PySide6.QtCore import QEvent, QItemSelection, QLocale, Qt
from PySide6.QtWidgets import QHBoxLayout, QSplitter, QStackedWidget, QVBoxLayout, QWidget

from ui.models.base import SqlTableModel
from ui.models.memory import FilteredTableModel, PreparedRows
from ui.widgets import FilterEdit, RecordModel, RecordTable, muted

if TYPE_CHECKING:
    from collections.abc import Sequence

    from app.services.fielddesk import FieldDesk


class RecordPane(QWidget):
    """A filterable table of records with the selected record's details beside or below it."""

    def __init__(self, desk: FieldDesk, model: RecordModel, widths: Sequence[int], *, details_below: bool,
                 hidden: Sequence[int] = (), parent: QWidget | None = None) -> None:
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

        self.filter_edit = FilterEdit(self.placeholder_text(), self)
        self.filter_edit.textChanged.connect(self.apply_filter)
        self.count_label = muted("", self)
        self.count_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        #: The total the count label is sized for (see _size_count_label).
        self._count_sized_for: str | None = None
        self.table = RecordTable(model, widths, self, hidden=hidden)
        self.filter_edit.table = self.table
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        if isinstance(model, SqlTableModel):
            model.count_changed.connect(self._update_count)

        self.empty_detail = muted(self.empty_text(), self)
        self.empty_detail.setAlignment(Qt.AlignmentFlag.AlignCenter)
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
        self.splitter = QSplitter(Qt.Orientation.Vertical if details_below else Qt.Orientation.Horizontal, self)
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

    def nothing_yet_text(self) -> str:
        """What the detail says while the cache holds no such record: how to get some."""
        return self.empty_text()

    def no_match_text(self, filter_text: str) -> str:
        """What the detail says when the filter matches nothing."""
        return self.empty_text()

    def fetch_rows(self, limit: int | None) -> list[Any]:
        """Rows from the cache for an in-memory model (may run in a worker thread)."""
        raise NotImplementedError

    def show_detail(self, local_id: str | None) -> bool:
        """Show the record's details; False when there is nothing to show (the placeholder appears)."""
        raise NotImplementedError

    def count_text(self, shown: str, total: str) -> str:
        raise NotImplementedError

    def loading_text(self) -> str:
        return self.tr("Loading…")

    def arrangement(self) -> dict[str, QWidget]:
        """What the user arranges here and the window keeps between sessions (ui.window_state): the table's column
        widths and sort order, the splitter's sizes."""
        return {"table": self.table, "splitter": self.splitter}

    # -- loading -------------------------------------------------------------------------------------------
    def reload(self, limit: int | None = None) -> None:
        """Read the cache again, on this thread: a paged model re-counts and drops its pages; an in-memory
        model reads its rows (all, or the first `limit`)."""
        self._generation += 1
        model = self.model
        if isinstance(model, SqlTableModel):
            selected = self.selected_local_id()
            model.refresh()
            self.dirty = False
            self._after_reload(selected)
            return
        model.prepare()
        rows = self.fetch_rows(limit)
        self._apply(model.prepare_rows(rows), complete=limit is None or len(rows) < limit)

    async def reload_async(self) -> None:
        """Read the cache again without blocking: an in-memory model's rows are read and prepared in a worker
        thread (the UI thread only swaps them in); a paged model reads just a count and a page, at once."""
        model = self.model
        if isinstance(model, SqlTableModel):
            self.reload()
            return
        self._generation += 1
        generation = self._generation
        model.prepare()
        from app.services.threads import in_worker  # with asyncio: after the first frame

        # Cancelled as the window closes, the reload ends only after its read: the cache is not closed under it.
        prepared = await in_worker(lambda: model.prepare_rows(self.fetch_rows(None)))
        if generation == self._generation and shiboken6.isValid(self):
            self._apply(prepared, complete=True)

    def _apply(self, prepared: PreparedRows, *, complete: bool) -> None:
        assert isinstance(self.model, FilteredTableModel)
        selected = self.selected_local_id()
        self.model.set_prepared(prepared)
        self.complete = complete
        self.dirty = False
        self._after_reload(selected)

    def _after_reload(self, selected: str | None) -> None:
        self._restore_selection(selected)
        self._update_count()
        if selected is not None and selected == self._shown_id:
            self._show(selected)  # the record's data may have changed

    # -- filtering and selection ----------------------------------------------------------------------------
    def apply_filter(self, text: str) -> None:
        selected = self.selected_local_id()
        self.model.set_filter(text)
        model = self.model
        if selected is not None and isinstance(model, SqlTableModel):
            # Kept when it is on the first page of the new match (a keystroke asks the cache no more than that).
            row = model.row_of(selected, cached_only=True)
            if row >= 0:
                self.table.select_row(row)
            else:
                self._restore_selection(None)
        else:
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

    def _restore_selection(self, local_id: str | None) -> None:
        if local_id is not None and self.table.select_id(local_id):
            return
        if self.model.rowCount() > 0:
            self.table.select_row(0)  # master-detail: the top match is shown at once
        else:
            self._show(None)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:  # the count label's fixed size was measured in the old font
            self._count_sized_for = None
            self._update_count_label()

    def _update_empty_text(self) -> None:
        """The detail's words while no record is shown: none cached yet, none matching, or none selected."""
        model = self.model
        if self.complete and model.total_count() == 0:
            text = self.nothing_yet_text()
        elif model.visible_count() == 0 and model.filter_text:
            text = self.no_match_text(self.filter_edit.text().strip())
        else:
            text = self.empty_text()
        self.empty_detail.setText(text)

    def _update_count(self) -> None:
        """After a reload, a filter or a count: the count label, and the detail's words while no record is shown."""
        self._update_empty_text()
        self._update_count_label()

    def _update_count_label(self) -> None:
        if not self.complete:
            self.count_label.setText(self.loading_text())
            self.table.setAccessibleName(self.loading_text())
            return
        locale = QLocale()
        total = locale.toString(self.model.total_count())
        if total != self._count_sized_for:
            self._size_count_label(total)
        if isinstance(self.model, SqlTableModel) and not self.model.count_is_exact():
            shown = "…"  # being counted on the worker: count_changed brings it
        else:
            shown = locale.toString(self.model.visible_count())
        self.count_label.setText(self.count_text(shown, total))
        self.table.setAccessibleName(self.count_label.text())  # what a screen reader calls the list: "12 of 60 clients"

    def _size_count_label(self, total: str) -> None:
        """Give the count label a fixed size that fits every count out of `total` (and the loading text): a
        keystroke changing the count then changes no geometry, so the filter row is not laid out and painted again
        (a fixed-size widget's new text does not even ask its layout)."""
        label = self.count_label
        metrics = label.fontMetrics()
        digit = max("0123456789", key=metrics.horizontalAdvance)
        widest = "".join(digit if c.isdigit() else c for c in total)
        sizes = []
        for text in (self.count_text(widest, total), self.count_text("…", total), self.loading_text()):
            label.setText(text)
            sizes.append(label.sizeHint())
        label.setFixedSize(max(s.width() for s in sizes), max(s.height() for s in sizes))
        self._count_sized_for = total

    def _selection_changed(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        local_id = self.selected_local_id()
        if local_id != self._shown_id:
            self._show(local_id)

    def _show(self, local_id: str | None) -> None:
        shown = self.show_detail(local_id) if local_id is not None else False
        self._shown_id = local_id if shown else None
        if not shown:
            self.detail_stack.setCurrentWidget(self.empty_detail)
