"""FilteredTableModel: a read-only table of a few rows held in memory (appliances, the outbox), with an
in-model text filter and sort over values prepared once per `set_rows()`."""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from typing import Any, ClassVar, NamedTuple

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, Qt

from ui.models.base import ALIGNMENT, DISPLAY, NUMBER_ALIGNMENT, Index, LocalIdRole, header_data, text

#: How many recent filters' results a model keeps (see FilteredTableModel._recent).
RECENT_FILTERS = 8
SEPARATOR = "\x1f"  # between fields of a haystack, so a match never spans two fields


def fold(value: object) -> str:
    return text(value).casefold()


class PreparedRows(NamedTuple):
    """Rows with everything the model derives from them (`prepare_rows()`, safe in a worker thread)."""

    rows: list[Any]
    haystacks: list[str]
    positions: dict[Any, int]  # local id -> index in rows
    sort: tuple[int, bool]  # column (-1: as delivered), descending
    sort_keys: dict[int, list[Any]]  # column -> key per row, for the columns sorted so far
    order: list[int]  # row indexes in `sort` order


class FilteredTableModel(QAbstractTableModel):
    """A read-only table of rows with an in-model text filter and sort.

    `_order` holds every row index in the current sort order; `_visible` the ones matching the filter,
    in that order. The view only ever sees `_visible`.

    Feeding it: `set_rows(rows)`, or `prepare()` on the UI thread, `prepare_rows(rows)` in a worker thread
    (pure Python, no Qt) and `set_prepared()` back on the UI thread.
    """

    #: Column indexes whose values are numbers: centred, sorted numerically.
    NUMERIC_COLUMNS: ClassVar[frozenset[int]] = frozenset()
    #: The sort (column, descending) the service's order already is: no sort is needed for it, and a table shows it
    #: at first (ui.widgets.RecordTable). A column of -1: no column's.
    SERVICE_ORDER: ClassVar[tuple[int, bool]] = (0, False)
    #: Roles `data()` answers; `extra_data()` gets only these.
    ROLES: ClassVar[frozenset[int]] = frozenset({DISPLAY, LocalIdRole, ALIGNMENT})

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[Any] = []
        self._haystacks: list[str] = []
        self._positions: dict[Any, int] = {}
        self._order: list[int] = []
        self._visible: list[int] = []
        self._terms: list[str] = []
        self._needle = ""
        #: Recent filters' results for the current rows and order, newest last: deleting what was just typed
        #: (a typo, or the next search) finds its rows here instead of searching all of them again.
        self._recent: dict[str, list[int]] = {}
        self._sort_column = -1
        self._descending = False
        self._sort_keys: dict[int, list[Any]] = {}
        #: `headers()`, translated once: a view asks for the column count hundreds of times.
        self._headers = self.headers()

    # -- what subclasses provide --------------------------------------------------------------------
    def headers(self) -> list[str]:
        """The column titles, translated (RecordTable shows them in the table's header)."""
        raise NotImplementedError

    def cell(self, row: Any, column: int) -> Any:
        """The displayed value; must not call Qt (it also runs in a worker thread, for sort keys)."""
        raise NotImplementedError

    def haystack(self, row: Any) -> str:
        """The lower-cased text the filter searches in (runs in a worker thread: no Qt)."""
        return ""

    def local_id(self, row: Any) -> Any:
        return row[0]

    def sort_key(self, row: Any, column: int) -> Any:
        value = self.cell(row, column)
        if column in self.NUMERIC_COLUMNS:
            return value if isinstance(value, int | float) else -1
        return fold(value)

    def prepare(self) -> None:
        """Called on the UI thread before rows are prepared: translate labels once, not per cell."""

    # -- feeding and querying -----------------------------------------------------------------------
    def set_rows(self, rows: Sequence[Any]) -> None:
        self.prepare()
        self.set_prepared(self.prepare_rows(rows))

    def prepare_rows(self, rows: Sequence[Any]) -> PreparedRows:
        """Everything derived from the rows, for the model's current sort. Safe in a worker thread."""
        listed = list(rows)
        local_id = self.local_id
        sort = (self._sort_column, self._descending)
        sort_keys: dict[int, list[Any]] = {}
        order = self._order_for(listed, sort, sort_keys)
        return PreparedRows(rows=listed, haystacks=[self.haystack(r) for r in listed],
                            positions={local_id(r): i for i, r in enumerate(listed)}, sort=sort,
                            sort_keys=sort_keys, order=order)

    def set_prepared(self, prepared: PreparedRows) -> None:
        self.beginResetModel()
        self._rows, self._haystacks, self._positions = prepared.rows, prepared.haystacks, prepared.positions
        self._sort_keys = prepared.sort_keys
        if prepared.sort == (self._sort_column, self._descending):
            self._order = prepared.order
        else:  # the user sorted while the rows were being prepared
            self._order = self._order_for(self._rows, (self._sort_column, self._descending), self._sort_keys)
        self._recent.clear()
        self._visible = self._matching(self._order)
        self.endResetModel()

    def set_filter(self, text: str) -> None:
        """Show only rows whose name, city, ... contain every word of `text` (case-insensitive)."""
        needle = " ".join(text.casefold().split())
        if needle == self._needle:
            return
        self._recent[self._needle] = self._visible
        self._needle = needle
        self._terms = needle.split()
        self.beginResetModel()
        visible = self._recent.pop(needle, None)
        if visible is None:
            # A filter that extends an earlier one (one more character typed) can only narrow its match:
            # search the rows that one showed, the fewest there are.
            narrower = [(len(rows), -len(earlier), earlier) for earlier, rows in self._recent.items()
                        if earlier and needle.startswith(earlier)]  # the fewest rows, then the longest filter
            if narrower:
                # Its rows hold all its words but the last, which the new one starts with: test from there
                # (from the word after, if that last one is complete: a space has been typed since).
                earlier = min(narrower)[2]
                words = earlier.split()
                start = len(words) if self._terms[len(words) - 1] == words[-1] else len(words) - 1
                visible = self._matching(self._recent[earlier], self._terms[start:])
            else:
                visible = self._matching(self._order)
        self._visible = visible
        while len(self._recent) > RECENT_FILTERS:
            del self._recent[next(iter(self._recent))]
        self.endResetModel()

    @property
    def filter_text(self) -> str:
        return self._needle

    def total_count(self) -> int:
        return len(self._rows)

    def visible_count(self) -> int:
        return len(self._visible)

    def row_data(self, row: int) -> Any:
        """The source row (tuple, entry ...) shown at view row `row`."""
        return self._rows[self._visible[row]]

    def row_of(self, local_id: Any) -> int:
        """The view row showing the record with this local id, or -1 when it is filtered out or gone."""
        source = self._positions.get(local_id)
        if source is None:
            return -1
        try:
            return self._visible.index(source)
        except ValueError:
            return -1

    def _matching(self, candidates: list[int], terms: list[str] | None = None) -> list[int]:
        """The candidates (row indexes, in display order) whose haystack holds every term (by default the
        filter's terms; fewer when the candidates are known to hold the others)."""
        # Longest word first: it is usually the rarest, and each word is tested only on the rows the one
        # before kept.
        terms = sorted(self._terms if terms is None else terms, key=len, reverse=True)
        if not terms:
            return list(candidates)
        hay = self._haystacks
        if self._is_service_order() or len(candidates) * 4 < len(hay):
            # Candidates in memory order (rows as delivered), or few of them: test just those, one term at
            # a time, each on what the one before kept.
            matched = candidates
            for term in terms:
                if len(matched) == len(hay) and self._is_service_order():  # every row, in memory order
                    matched = list(itertools.compress(range(len(hay)), [term in h for h in hay]))
                else:
                    matched = [i for i in matched if term in hay[i]]
            return matched
        # Many candidates in another order: test them in memory order, several times faster than jumping
        # through the haystacks in display order (cache misses), then pick the hits in display order. Most
        # of the rows: scan all haystacks; fewer: just the candidates, sorted.
        if len(candidates) * 5 >= len(hay) * 3:
            rows = list(itertools.compress(range(len(hay)), [terms[0] in h for h in hay]))
            terms = terms[1:]
        else:
            rows = sorted(candidates)
        for term in terms:
            rows = [i for i in rows if term in hay[i]]
        hits = bytearray(len(hay))
        for i in rows:
            hits[i] = 1
        return [i for i in candidates if hits[i]]

    def _order_for(self, rows: list[Any], sort: tuple[int, bool], cache: dict[int, list[Any]]) -> list[int]:
        indexes = range(len(rows))
        column, descending = sort
        if column < 0 or column >= len(self._headers) or (column, descending) == self.SERVICE_ORDER:
            return list(indexes)
        keys = cache.get(column)
        if keys is None:
            keys = cache[column] = [self.sort_key(r, column) for r in rows]
        # Stable: rows with equal keys keep the order the service gave (by name).
        return sorted(indexes, key=keys.__getitem__, reverse=descending)

    # -- QAbstractItemModel -------------------------------------------------------------------------
    def _is_service_order(self) -> bool:
        return self._sort_column < 0 or (self._sort_column, self._descending) == self.SERVICE_ORDER

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._visible)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def data(self, index: Index, role: int = DISPLAY) -> Any:
        # Views ask for a dozen roles per cell; answer the ones nobody provides before touching the row.
        if role not in self.ROLES or not index.isValid() or index.row() >= len(self._visible):
            return None
        return self._value(self._rows[self._visible[index.row()]], index.column(), role)

    def _value(self, row: Any, column: int, role: int) -> Any:
        if role == DISPLAY:
            return self.cell(row, column)
        if role == LocalIdRole:
            return self.local_id(row)
        if role == ALIGNMENT and column in self.NUMERIC_COLUMNS:
            return NUMBER_ALIGNMENT
        return self.extra_data(row, column, role)

    def extra_data(self, row: Any, column: int, role: int) -> Any:
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = DISPLAY) -> Any:
        return header_data(self._headers, self.NUMERIC_COLUMNS, section, orientation, role)

    def is_sortable(self, column: int) -> bool:
        return 0 <= column < len(self._headers)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Qt's sort (ascending by default)."""
        descending = order == Qt.SortOrder.DescendingOrder
        if column == self._sort_column and descending == self._descending:
            return
        self.layoutAboutToBeChanged.emit()
        persistent = self.persistentIndexList()
        before = [(self._visible[p.row()], p.column()) if p.isValid() else None for p in persistent]
        self._sort_column, self._descending = column, descending
        self._order = self._order_for(self._rows, (column, descending), self._sort_keys)
        self._recent.clear()
        self._visible = self._matching(self._order)
        if persistent:
            position = {source: i for i, source in enumerate(self._visible)}
            after = [self.index(position[b[0]], b[1]) if b is not None and b[0] in position else QModelIndex()
                     for b in before]
            self.changePersistentIndexList(persistent, after)
        self.layoutChanged.emit()
