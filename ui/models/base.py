"""SqlTableModel: a read-only table model over a paged query of the cache (`app.store.tables` through a service).

Rows are read a page at a time when the view asks for them and kept in a small LRU of pages; `rowCount()` is a
count query, sorting switches the ORDER BY to another index, filtering re-counts. 100,000 cached rows cost what
the rows on screen cost.
"""

from __future__ import annotations

from collections import OrderedDict
from typing import Any, ClassVar, Protocol

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

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


def text(value: object) -> str:
    return "" if value is None else str(value)


class PagedSource(Protocol):
    """What a service's `table()` returns (see app.store.tables.BoundTable)."""

    def count(self, filter_text: str = "", at_most: int | None = None) -> int: ...
    def exact_count_is_cheap(self, filter_text: str) -> bool: ...
    def total(self) -> int: ...
    def forget(self) -> None: ...
    def page(self, filter_text: str, sort_column: int, descending: bool, offset: int,
             limit: int) -> list[tuple[Any, ...]]: ...
    def row_of(self, filter_text: str, sort_column: int, descending: bool, key_value: Any) -> int | None: ...

    @property
    def spec(self) -> Any: ...


class SqlTableModel(QAbstractTableModel):
    """Rows of a paged source, fetched on demand.

    A filter whose count is not cheap (only short words, which an index cannot look up) is counted up to
    `COUNT_STEP` rows at first; the view fetches more as it scrolls (`canFetchMore`), and `count_is_exact()`
    says whether `visible_count()` is all of them.
    """

    PAGE_SIZE: ClassVar[int] = 200
    CACHED_PAGES: ClassVar[int] = 8
    COUNT_STEP: ClassVar[int] = 400
    #: Column indexes whose values are numbers: centred.
    NUMERIC_COLUMNS: ClassVar[frozenset[int]] = frozenset()
    ROLES: ClassVar[frozenset[int]] = frozenset({DISPLAY, LocalIdRole, ALIGNMENT})

    def __init__(self, source: PagedSource | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._source = source
        self._filter = ""
        #: The last filter that matched nothing: a filter that extends it matches nothing either.
        self._empty_filter: str | None = None
        self._sort_column = 0
        self._descending = False
        self._count = 0
        self._exact = True
        self._total = 0
        self._pages: OrderedDict[int, list[tuple[Any, ...]]] = OrderedDict()
        self._headers = self.headers()
        if source is not None:
            self._recount()

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
        self._source = source
        self._empty_filter = None
        self._recount()
        self.endResetModel()

    def is_sortable(self, column: int) -> bool:
        return self._source is not None and bool(self._source.spec.sortable(column))

    @property
    def filter_text(self) -> str:
        return self._filter

    def set_filter(self, text_: str) -> None:
        """Show only rows holding every word of `text_` (case-insensitive) in a searchable field."""
        needle = " ".join(text_.casefold().split())
        if needle == self._filter:
            return
        self.beginResetModel()
        self._filter = needle
        if self._empty_filter is not None and needle.startswith(self._empty_filter):
            self._pages.clear()
            self._count, self._exact = 0, True  # it extends a filter that matched nothing
        else:
            self._recount()
            if self._count == 0 and needle:
                self._empty_filter = needle
        self._row(0)  # the first page: a kept selection is looked up there
        self.endResetModel()

    def refresh(self, changed_local_ids: object = None) -> None:
        """Read again after the cache changed (a sync, a save). Same count: the rows shown are repainted from
        fresh pages; another count: the model is reset."""
        if self._source is None:
            return
        self._source.forget()
        self._empty_filter = None
        before = (self._count, self._exact, self._total)
        self._pages.clear()
        count, exact = self._counted()
        total = self._source.total()
        if (count, exact, total) == before:
            if count:
                self.dataChanged.emit(self.index(0, 0), self.index(count - 1, len(self._headers) - 1))
            return
        self.beginResetModel()
        self._count, self._exact, self._total = count, exact, total
        self.endResetModel()

    def total_count(self) -> int:
        return self._total

    def visible_count(self) -> int:
        return self._count

    def count_is_exact(self) -> bool:
        return self._exact

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
        if cached_only or self._source is None or self._count == 0:
            return -1
        found = self._source.row_of(self._filter, self._sort_column, self._descending, local_id)
        return -1 if found is None or found >= self._count else found

    # -- internals --------------------------------------------------------------------------------------------
    def _counted(self) -> tuple[int, bool]:
        assert self._source is not None
        if self._source.exact_count_is_cheap(self._filter):
            return self._source.count(self._filter), True
        count = self._source.count(self._filter, at_most=self.COUNT_STEP)
        return count, count < self.COUNT_STEP

    def _recount(self) -> None:
        self._pages.clear()
        if self._source is None:
            self._count, self._exact, self._total = 0, True, 0
            return
        self._count, self._exact = self._counted()
        self._total = self._source.total()

    def _row(self, row: int) -> tuple[Any, ...] | None:
        if row < 0 or row >= self._count or self._source is None:
            return None
        number, offset = divmod(row, self.PAGE_SIZE)
        page = self._pages.get(number)
        if page is None:
            page = self._source.page(self._filter, self._sort_column, self._descending,
                                     number * self.PAGE_SIZE, self.PAGE_SIZE)
            self._pages[number] = page
            while len(self._pages) > self.CACHED_PAGES:
                self._pages.popitem(last=False)
        else:
            self._pages.move_to_end(number)
        return page[offset] if offset < len(page) else None

    # -- QAbstractItemModel ---------------------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else self._count

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def canFetchMore(self, parent: Index) -> bool:
        return not parent.isValid() and not self._exact

    def fetchMore(self, parent: Index) -> None:
        if parent.isValid() or self._exact or self._source is None:
            return
        limit = self._count + self.COUNT_STEP
        count = self._source.count(self._filter, at_most=limit)
        if count > self._count:
            self.beginInsertRows(QModelIndex(), self._count, count - 1)
            self._count = count
            self._exact = count < limit
            self.endInsertRows()
        else:
            self._exact = True

    def data(self, index: Index, role: int = DISPLAY) -> Any:
        if role not in self.ROLES or not index.isValid():
            return None
        row = self._row(index.row())
        if row is None:
            return None
        column = index.column()
        if role == DISPLAY:
            return self.cell(row, column)
        if role == LocalIdRole:
            return self.local_id(row)
        if role == ALIGNMENT:
            return NUMBER_ALIGNMENT if column in self.NUMERIC_COLUMNS else None
        return self.extra_data(row, column, role)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = DISPLAY) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self._headers):
            return None
        if role == DISPLAY:
            return self._headers[section]
        if role == ALIGNMENT and section in self.NUMERIC_COLUMNS:
            return NUMBER_ALIGNMENT
        return None

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
        after = []
        for item in kept:
            row = self.row_of(item[0]) if item is not None else -1
            after.append(self.index(row, item[1]) if item is not None and row >= 0 else QModelIndex())
        if persistent:
            self.changePersistentIndexList(persistent, after)
        self.layoutChanged.emit()
