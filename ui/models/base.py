"""SqlTableModel: a read-only table model over a paged query of the cache (`app.store.tables` through a service).

A filter or a sort reads the *first page* on the UI thread (one query that stops at LIMIT); rows beyond it come
as the view scrolls (`canFetchMore`/`fetchMore`), and the number of matching rows from a worker thread with its
own connection (`CountWorker`, superseded by the next keystroke): when it arrives the model grows to it and says
so (`count_changed`). Pages are kept in a small LRU. 100,000 cached rows cost what the rows on screen cost.
"""

from __future__ import annotations

import contextlib
from collections import OrderedDict
from typing import Any, ClassVar, Protocol

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt, Signal

from app.services.tables import CountWorker

Index = QModelIndex | QPersistentModelIndex

#: The record's local id (clients, appliances) or the outbox entry id.
LocalIdRole = int(Qt.ItemDataRole.UserRole) + 1
#: For appliance rows: the local id of the client the appliance belongs to.
ClientIdRole = int(Qt.ItemDataRole.UserRole) + 2

DISPLAY = int(Qt.ItemDataRole.DisplayRole)
DECORATION = int(Qt.ItemDataRole.DecorationRole)
TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)
ALIGNMENT = int(Qt.ItemDataRole.TextAlignmentRole)
#: Small counts: centred.
NUMBER_ALIGNMENT = Qt.AlignmentFlag.AlignCenter


def header_data(headers: list[str], numeric: frozenset[int], section: int, orientation: Qt.Orientation,
                role: int) -> Any:
    """A table model's column titles (numeric columns centred, as their cells are)."""
    if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(headers):
        return None
    if role == DISPLAY:
        return headers[section]
    if role == ALIGNMENT and section in numeric:
        return NUMBER_ALIGNMENT
    return None


def text(value: object) -> str:
    return "" if value is None else str(value)


class _Page(list[tuple[Any, ...]]):
    """A page of source rows, with each row's display values (one a column) once a view has painted it: painting
    the row again (a hover, the selection, a scroll back) works out no `cell` again; a page read again (a new filter,
    sort or refresh) starts without them."""

    __slots__ = ("shown",)

    def __init__(self, rows: list[tuple[Any, ...]]) -> None:
        super().__init__(rows)
        self.shown: list[tuple[Any, ...] | None] = [None] * len(rows)


class PagedSource(Protocol):
    """What a service's `table()` returns (see app.store.tables.BoundTable)."""

    def known_count(self, filter_text: str) -> int | None: ...
    def count(self, filter_text: str = "") -> int: ...
    def compiled(self, filter_text: str) -> Any: ...
    def count_compiled(self, compiled: Any, conn: Any) -> int: ...
    def total(self) -> int: ...
    def forget(self) -> None: ...
    def page(self, filter_text: str, sort_column: int, descending: bool, offset: int,
             limit: int) -> list[tuple[Any, ...]]: ...
    def row_of(self, filter_text: str, sort_column: int, descending: bool, key_value: Any) -> int | None: ...

    @property
    def conn(self) -> Any: ...

    @property
    def spec(self) -> Any: ...


class SqlTableModel(QAbstractTableModel):
    """Rows of a paged source, fetched on demand.

    `rowCount()` is the number of matching rows once it is known (`count_is_exact()`), and until then the rows
    read so far (whole pages): the view asks for more with `fetchMore` as it scrolls. A filter's count is known
    at once when its first page is short, when only FTS words make it (the index counts them) or without a
    filter; otherwise the count worker reports it and `count_changed` is emitted.
    """

    #: A keystroke reads one page: a little more than a tall window shows, since a query that walks the sort index
    #: until it has a page of matches costs in proportion to the page (see app.store.tables).
    PAGE_SIZE: ClassVar[int] = 64
    CACHED_PAGES: ClassVar[int] = 24
    #: Column indexes whose values are numbers: centred.
    NUMERIC_COLUMNS: ClassVar[frozenset[int]] = frozenset()
    ROLES: ClassVar[frozenset[int]] = frozenset({DISPLAY, LocalIdRole, ALIGNMENT})

    #: The number of matching rows became known (or the total changed): labels showing it update.
    count_changed = Signal()
    #: (generation, count) from the count worker's thread; delivered on the model's thread.
    _counted = Signal(int, int)

    def __init__(self, source: PagedSource | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._source: PagedSource | None = None
        self._worker: CountWorker | None = None
        self._filter = ""
        #: The last filter that matched nothing: a filter that extends it matches nothing either.
        self._empty_filter: str | None = None
        self._sort_column = 0
        self._descending = False
        #: rowCount(): the matching rows when known, else the rows read so far.
        self._count = 0
        #: How many rows match, once known.
        self._matches: int | None = 0
        self._total = 0
        #: Bumped by every new filter or refresh: a count for an older one is dropped.
        self._generation = 0
        self._pages: OrderedDict[int, _Page] = OrderedDict()
        #: View row -> local id of the records a sort moved persistent indexes (the selection) to, until the pages
        #: are read again.
        self._placed: dict[int, Any] = {}
        self._headers = self.headers()
        #: Each column's alignment (numbers centred), and the roles left for `_value`: multiData's loop over a
        #: cell's roles looks neither up again.
        self._alignments = [NUMBER_ALIGNMENT if c in self.NUMERIC_COLUMNS else None for c in range(len(self._headers))]
        self._other_roles = self.ROLES - {DISPLAY, ALIGNMENT}
        #: Set while the model announces a change: a view (or Qt's model tester) asking for more rows from its
        #: handler gets them after the change, not inside it.
        self._announcing = False
        self._counted.connect(self._on_counted, Qt.ConnectionType.QueuedConnection)
        if source is not None:
            self._attach(source)
            self._assign(*self._first())

    # -- what subclasses provide ----------------------------------------------------------------------------
    def headers(self) -> list[str]:
        raise NotImplementedError

    def cell(self, row: tuple[Any, ...], column: int) -> Any:
        raise NotImplementedError

    def extra_data(self, row: tuple[Any, ...], column: int, role: int) -> Any:
        return None

    def local_id(self, row: tuple[Any, ...]) -> Any:
        return row[0]

    # -- feeding and querying -----------------------------------------------------------------------------------
    def set_source(self, source: PagedSource) -> None:
        self.beginResetModel()
        self._attach(source)
        self._empty_filter = None
        self._assign(*self._first())
        self.endResetModel()
        self.count_changed.emit()

    def is_sortable(self, column: int) -> bool:
        return self._source is not None and bool(self._source.spec.sortable(column))

    @property
    def filter_text(self) -> str:
        return self._filter

    def set_filter(self, text_: str) -> None:
        """Show only rows holding every word of `text_` (case-insensitive) in a searchable field: the first page
        is read now, the count on the worker."""
        needle = " ".join(text_.casefold().split())
        if needle == self._filter:
            return
        if self._empty_filter is not None and needle.startswith(self._empty_filter):
            # It extends a filter that matched nothing: nothing to read.
            first: tuple[list[tuple[Any, ...]], int | None, int] = ([], 0, self._total)
        else:
            if self._worker is not None:
                # The previous filter's count is stale: stop it now, not after this page is read beside it.
                self._worker.cancel()
            previous, self._filter = self._filter, needle
            try:
                first = self._first()
            finally:
                self._filter = previous
        self.beginResetModel()
        self._filter = needle
        self._assign(*first)
        if self._matches == 0 and needle:
            self._empty_filter = needle
        self.endResetModel()
        self.count_changed.emit()

    def refresh(self, changed_local_ids: object = None) -> None:
        """Read again after the cache changed (a sync, a save). Same known count: the rows shown are repainted
        from fresh pages; otherwise the model is reset."""
        if self._source is None:
            return
        self._source.forget()
        self._empty_filter = None
        before = (self._count, self._matches, self._total)
        first = self._first()
        _rows, matches, total = first
        if matches is not None and (matches, matches, total) == before:
            self._assign(*first)
            if self._count:
                self.dataChanged.emit(self.index(0, 0), self.index(self._count - 1, len(self._headers) - 1))
            return
        self.beginResetModel()
        self._assign(*first)
        self.endResetModel()
        self.count_changed.emit()

    def total_count(self) -> int:
        return self._total

    def visible_count(self) -> int:
        """The matching rows: all of them when `count_is_exact()`, else those read so far."""
        return self._matches if self._matches is not None else self._count

    def count_is_exact(self) -> bool:
        return self._matches is not None

    def counting(self) -> bool:
        """Whether the count worker is still counting for the current filter."""
        return self._matches is None and self._worker is not None and self._worker.busy()

    def row_data(self, row: int) -> tuple[Any, ...]:
        """The source row tuple shown at view row `row`."""
        found = self._row(row)
        if found is None:
            raise IndexError(row)
        return found

    def row_of(self, local_id: Any, *, cached_only: bool = False) -> int:
        """The view row showing this record, or -1 when it is filtered out or gone (`cached_only`: or not in
        the pages read so far, which asks the cache nothing)."""
        for number, page in self._pages.items():
            for i, row in enumerate(page):
                if self.local_id(row) == local_id:
                    return number * self.PAGE_SIZE + i
        for row_number, placed in self._placed.items():
            if placed == local_id:
                return row_number
        if cached_only or self._source is None or self._count == 0:
            return -1
        found = self._source.row_of(self._filter, self._sort_column, self._descending, local_id)
        return -1 if found is None or found >= self._count else found

    def close(self) -> None:
        """Stop the count worker (the model keeps working; a later count starts it again)."""
        if self._worker is not None:
            self._worker.close()
            self._worker = None

    # -- internals --------------------------------------------------------------------------------------------
    def _attach(self, source: PagedSource) -> None:
        self.close()
        self._source = source

    def _first(self) -> tuple[list[tuple[Any, ...]], int | None, int]:
        """The first page for the current filter and order, the count when it is known without counting, the
        total: what a keystroke reads."""
        source = self._source
        if source is None:
            return [], 0, 0
        rows = source.page(self._filter, self._sort_column, self._descending, 0, self.PAGE_SIZE)
        matches = len(rows) if len(rows) < self.PAGE_SIZE else source.known_count(self._filter)
        return rows, matches, source.total()

    def _assign(self, rows: list[tuple[Any, ...]], matches: int | None, total: int) -> None:
        """Take a first page (inside a reset, or with the same count) and ask the worker for the count when it
        is not known."""
        self._generation += 1
        self._pages.clear()
        self._placed = {}
        self._pages[0] = _Page(rows)
        self._matches, self._total = matches, total
        self._count = matches if matches is not None else len(rows)
        if matches is not None:
            if self._worker is not None:
                self._worker.cancel()
            return
        source = self._source
        assert source is not None
        if self._worker is None:
            self._worker = CountWorker(source)  # type: ignore[arg-type]
            worker = self._worker
            self.destroyed.connect(lambda *_: worker.close())
        generation, signal = self._generation, self._counted

        def done(count: int) -> None:  # on the worker's thread
            with contextlib.suppress(RuntimeError):  # the model is gone
                signal.emit(generation, count)

        self._worker.request(source.compiled(self._filter), done)

    def _on_counted(self, generation: int, count: int) -> None:
        if generation != self._generation or self._matches is not None:
            return
        self._matches = count
        if count > self._count:
            self.beginInsertRows(QModelIndex(), self._count, count - 1)
            self._count = count
            self.endInsertRows()
        elif count < self._count:  # the cache changed under the pages read: those rows are no more
            self.beginRemoveRows(QModelIndex(), count, self._count - 1)
            self._count = count
            self._drop_pages_from(count)
            self.endRemoveRows()
        self.count_changed.emit()

    def _drop_pages_from(self, row: int) -> None:
        for number in [n for n in self._pages if (n + 1) * self.PAGE_SIZE > row]:
            del self._pages[number]

    def _page(self, number: int) -> _Page:
        page = self._pages.get(number)
        if page is None:
            assert self._source is not None
            page = _Page(self._source.page(self._filter, self._sort_column, self._descending,
                                           number * self.PAGE_SIZE, self.PAGE_SIZE))
            self._pages[number] = page
            while len(self._pages) > self.CACHED_PAGES:
                self._pages.popitem(last=False)
        else:
            self._pages.move_to_end(number)
        return page

    def _row(self, row: int) -> tuple[Any, ...] | None:
        if row < 0 or row >= self._count or self._source is None:
            return None
        number, offset = divmod(row, self.PAGE_SIZE)
        page = self._page(number)
        return page[offset] if offset < len(page) else None

    def _shown_row(self, row: int) -> tuple[tuple[Any, ...], tuple[Any, ...]] | None:
        """The source row at view row `row` and its display values, worked out the first time it is asked for."""
        if row < 0 or row >= self._count or self._source is None:
            return None
        number, offset = divmod(row, self.PAGE_SIZE)
        page = self._page(number)
        if offset >= len(page):
            return None
        shown = page.shown[offset]
        if shown is None:
            source = page[offset]
            shown = page.shown[offset] = (source, tuple(self.cell(source, c) for c in range(len(self._headers))))
        return shown

    # -- QAbstractItemModel ---------------------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else self._count

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def canFetchMore(self, parent: Index) -> bool:
        return not parent.isValid() and self._matches is None and self._source is not None and not self._announcing

    def endResetModel(self) -> None:
        self._announcing = True
        try:
            super().endResetModel()
        finally:
            self._announcing = False

    def endInsertRows(self) -> None:
        self._announcing = True
        try:
            super().endInsertRows()
        finally:
            self._announcing = False

    def endRemoveRows(self) -> None:
        self._announcing = True
        try:
            super().endRemoveRows()
        finally:
            self._announcing = False

    def fetchMore(self, parent: Index) -> None:
        """Read the next page while the count is not known yet (the view scrolled to the last row read)."""
        if parent.isValid() or self._matches is not None or self._source is None or self._announcing:
            return
        number = self._count // self.PAGE_SIZE
        self._pages.pop(number, None)
        rows = self._page(number)
        if rows:
            self.beginInsertRows(QModelIndex(), self._count, self._count + len(rows) - 1)
            self._count += len(rows)
            self.endInsertRows()
        if len(rows) < self.PAGE_SIZE:  # the last page: every match is read
            self._matches = self._count
            self._generation += 1
            if self._worker is not None:
                self._worker.cancel()
            self.count_changed.emit()

    def data(self, index: Index, role: int = DISPLAY) -> Any:
        if role not in self.ROLES or not index.isValid():
            return None
        if role == LocalIdRole and index.row() in self._placed and index.row() < self._count:
            return self._placed[index.row()]
        shown = self._shown_row(index.row())
        return None if shown is None else self._value(shown, index.column(), role)

    def multiData(self, index: Index, roles: Any) -> None:  # a QModelRoleDataSpan (its stubs cannot iterate)
        """All the roles a delegate paints a cell with, in one call into Python instead of one per role (seven a
        cell), which cuts a repaint's calls into Python by six sevenths. The text and alignment are taken before
        the loop, which runs for every role of every cell painted."""
        shown = self._shown_row(index.row()) if index.isValid() else None
        if shown is None:
            for item in roles:
                item.clearData()
            return
        column = index.column()
        display, alignment, others = shown[1][column], self._alignments[column], self._other_roles
        for item in roles:  # a delegate reuses the span from cell to cell: every role is set or cleared
            role = item.role()
            if role == DISPLAY:
                value = display
            elif role == ALIGNMENT:
                value = alignment
            else:
                value = self._value(shown, column, role) if role in others else None
            if value is None:
                item.clearData()
            else:
                item.setData(value)

    def _value(self, shown: tuple[tuple[Any, ...], tuple[Any, ...]], column: int, role: int) -> Any:
        """A role's value for a cell of a row as `_shown_row` gives it."""
        row, cells = shown
        if role == DISPLAY:
            return cells[column]
        if role == LocalIdRole:
            return self.local_id(row)
        if role == ALIGNMENT:
            return self._alignments[column]
        return self.extra_data(row, column, role)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = DISPLAY) -> Any:
        return header_data(self._headers, self.NUMERIC_COLUMNS, section, orientation, role)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Qt's sort: only columns an index sorts by; the others are ignored."""
        descending = order == Qt.SortOrder.DescendingOrder
        if not self.is_sortable(column) or (column, descending) == (self._sort_column, self._descending):
            return
        self.layoutAboutToBeChanged.emit()
        persistent = self.persistentIndexList()
        kept = [(self.index(p.row(), 0).data(LocalIdRole), p.column()) if p.isValid() else None for p in persistent]
        self._sort_column, self._descending = column, descending
        self._pages.clear()
        # A selected row has an index per column (and the current one): each record is placed once (its position
        # costs a count over the sort index), and remembered, so asking which record is selected later reads no
        # page at that offset (which costs as much again).
        self._placed = {}
        rows = {local_id: self.row_of(local_id) for local_id in dict.fromkeys(k[0] for k in kept if k is not None)}
        self._placed = {row: local_id for local_id, row in rows.items() if row >= 0}
        after = [self.index(rows[item[0]], item[1]) if item is not None and rows[item[0]] >= 0 else QModelIndex()
                 for item in kept]
        if persistent:
            self.changePersistentIndexList(persistent, after)
        self.layoutChanged.emit()
