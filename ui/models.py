"""Qt item models over the rows the FieldDesk services return.

The client and appliance models hold up to 100,000 rows. Filtering and sorting happen inside the model,
in plain Python over values prepared once per `set_rows()`: one lower-cased haystack string per row for
the filter, one key list per sorted column. A QSortFilterProxyModel would instead call `data()` through
the Python binding for every row and column on each keystroke, which is far too slow at that size.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, ClassVar, NamedTuple

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
)
from PySide6.QtWidgets import QApplication

from ui.labels import kind_name, local_time, outbox_state_name, region_name
from ui.qtconstants import ALIGN_CENTER, DECORATION_ROLE, DISPLAY_ROLE, TEXT_ALIGNMENT_ROLE, TOOLTIP_ROLE, USER_ROLE
from ui.resources import icon

if TYPE_CHECKING:
    from PySide6.QtCore import Qt

    from app.services.fielddesk import OutboxEntry

#: The record's local id (clients, appliances) or the outbox entry id.
LocalIdRole = USER_ROLE + 1
#: For appliance rows: the local id of the client the appliance belongs to.
ClientIdRole = USER_ROLE + 2

Index = QModelIndex | QPersistentModelIndex
#: Small counts: centred, clear of the next column (for cells and, in RecordTable, the header).
NUMBER_ALIGNMENT = ALIGN_CENTER
#: How many recent filters' results a model keeps (see FilteredTableModel._recent): up to 100,000 ints each.
RECENT_FILTERS = 8
_SEPARATOR = "\x1f"  # between fields of a haystack, so a match never spans two fields


def _text(value: object) -> str:
    return "" if value is None else str(value)


def _fold(value: object) -> str:
    return _text(value).casefold()


class PreparedRows(NamedTuple):
    """Rows with everything the model derives from them, computed off the UI thread by `prepare_rows()`.
    (A NamedTuple: a dataclass would take ~1.5 ms to create, before the window's first frame.)"""

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

    Written for the window's first frame (see ui.qtconstants): roles are compared as ints, and `flags()`
    and `headerData()` are Qt's own (header labels come from `headers()` through RecordTable), so that
    painting the table touches no Qt-namespace enum; `sort()` is only called once sorting is enabled.

    Feeding it: `set_rows(rows)` on the UI thread, or, for 100,000 rows, `prepare()` on the UI thread,
    `prepare_rows(rows)` in a worker thread (pure Python, no Qt) and `set_prepared()` back on the UI thread.
    """

    #: Column indexes whose values are numbers: centred, sorted numerically.
    NUMERIC_COLUMNS: ClassVar[frozenset[int]] = frozenset()
    #: The column by which the service already delivers rows, ascending (no sort needed for it).
    SERVICE_ORDER_COLUMN: ClassVar[int] = 0
    #: Roles `data()` answers; `extra_data()` gets only these.
    ROLES: ClassVar[frozenset[int]] = frozenset({DISPLAY_ROLE, LocalIdRole, TEXT_ALIGNMENT_ROLE})

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
        return _fold(value)

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
        if column < 0 or column >= len(self._headers) or (column == self.SERVICE_ORDER_COLUMN and not descending):
            return list(indexes)
        keys = cache.get(column)
        if keys is None:
            keys = cache[column] = [self.sort_key(r, column) for r in rows]
        # Stable: rows with equal keys keep the order the service gave (by name).
        return sorted(indexes, key=keys.__getitem__, reverse=descending)

    # -- QAbstractItemModel -------------------------------------------------------------------------
    def _is_service_order(self) -> bool:
        return self._sort_column < 0 or (self._sort_column == self.SERVICE_ORDER_COLUMN and not self._descending)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._visible)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def data(self, index: Index, role: int = DISPLAY_ROLE) -> Any:
        # Views ask for a dozen roles per cell; answer the ones nobody provides before touching the row.
        if role not in self.ROLES or not index.isValid() or index.row() >= len(self._visible):
            return None
        return self._value(self._rows[self._visible[index.row()]], index.column(), role)

    def _value(self, row: Any, column: int, role: int) -> Any:
        if role == DISPLAY_ROLE:
            return self.cell(row, column)
        if role == LocalIdRole:
            return self.local_id(row)
        if role == TEXT_ALIGNMENT_ROLE and column in self.NUMERIC_COLUMNS:
            return NUMBER_ALIGNMENT
        return self.extra_data(row, column, role)

    def extra_data(self, row: Any, column: int, role: int) -> Any:
        return None

    def sort(self, column: int, order: Qt.SortOrder | None = None) -> None:
        """Qt's sort (ascending by default)."""
        from PySide6.QtCore import Qt  # here, not at the top: see the class's docstring

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


class ClientTableModel(FilteredTableModel):
    """Rows from `FieldDesk.client_rows()`: (local_id, name, city, postal_code, phone, email, region,
    appliance count, address, house_no, proplus_id)."""

    NAME, CITY, POSTAL_CODE, PHONE, EMAIL, REGION, APPLIANCES = range(7)
    NUMERIC_COLUMNS: ClassVar[frozenset[int]] = frozenset({APPLIANCES})
    ROLES = FilteredTableModel.ROLES | {TOOLTIP_ROLE}
    _SOURCE: ClassVar[dict[int, int]] = {NAME: 1, CITY: 2, POSTAL_CODE: 3, PHONE: 4, EMAIL: 5}

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._regions: dict[Any, str] = {}

    def headers(self) -> list[str]:
        return [self.tr("Name"), self.tr("City"), self.tr("Postal code"), self.tr("Phone"), self.tr("E-mail"),
                self.tr("Region"), self.tr("Appliances")]

    def prepare(self) -> None:
        self._regions = {r: region_name(r) for r in ("brussels", "flanders", "wallonia")}

    def haystack(self, row: Any) -> str:
        phone = _text(row[4])
        compact = "".join(ch for ch in phone if ch.isdigit() or ch == "+")
        return _SEPARATOR.join((_text(row[1]), _text(row[2]), _text(row[3]), phone, compact,
                                _text(row[5]))).casefold()

    def cell(self, row: Any, column: int) -> Any:
        source = self._SOURCE.get(column)
        if source is not None:
            return _text(row[source])
        if column == self.REGION:
            return self._regions.get(row[6], _text(row[6]))
        if column == self.APPLIANCES:
            return int(row[7] or 0)
        return None

    def extra_data(self, row: Any, column: int, role: int) -> Any:
        if role == TOOLTIP_ROLE and column == self.NAME:
            address = " ".join(p for p in (_text(row[8]), _text(row[9])) if p)
            place = " ".join(p for p in (_text(row[3]), _text(row[2])) if p)
            return "\n".join(p for p in (_text(row[1]), address, place) if p)
        return None


class ApplianceTableModel(FilteredTableModel):
    """Rows from `FieldDesk.appliance_rows()`: (local_id, client_local_id, client name, kind, name, region,
    make, year, proplus_id)."""

    CLIENT, KIND, NAME, REGION, MAKE, YEAR = range(6)
    ROLES = FilteredTableModel.ROLES | {ClientIdRole, DECORATION_ROLE}

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._labels: dict[Any, str] = {}

    def headers(self) -> list[str]:
        return [self.tr("Client"), self.tr("Kind"), self.tr("Name"), self.tr("Region"), self.tr("Make"),
                self.tr("Year")]

    def prepare(self) -> None:
        self._labels = {**{r: region_name(r) for r in ("brussels", "flanders", "wallonia")},
                        **{k: kind_name(k) for k in ("heating", "cooling")}}

    def haystack(self, row: Any) -> str:
        labels = self._labels
        return _SEPARATOR.join((_text(row[2]), labels.get(row[3], _text(row[3])), _text(row[4]),
                                labels.get(row[5], _text(row[5])), _text(row[6]), _text(row[7]))).casefold()

    def cell(self, row: Any, column: int) -> Any:
        if column == self.CLIENT:
            return _text(row[2])
        if column == self.KIND:
            return self._labels.get(row[3], _text(row[3]))
        if column == self.NAME:
            return _text(row[4])
        if column == self.REGION:
            return self._labels.get(row[5], _text(row[5]))
        if column == self.MAKE:
            return _text(row[6])
        if column == self.YEAR:
            return _text(row[7])
        return None

    def extra_data(self, row: Any, column: int, role: int) -> Any:
        if role == ClientIdRole:
            return row[1]
        if role == DECORATION_ROLE and column == self.KIND:
            return _kind_icon(row[3])
        return None


def _kind_icon(kind: str) -> Any:
    return icon("heating") if kind == "heating" else icon("cooling") if kind == "cooling" else None


class OutboxTableModel(FilteredTableModel):
    """Queued writes (`FieldDesk.outbox()`), oldest first."""

    WHEN, WHAT, STATE, TRIES, LAST_ERROR = range(5)
    NUMERIC_COLUMNS: ClassVar[frozenset[int]] = frozenset({TRIES})
    ROLES = FilteredTableModel.ROLES | {TOOLTIP_ROLE, DECORATION_ROLE}

    def headers(self) -> list[str]:
        return [self.tr("When"), self.tr("What"), self.tr("State"), self.tr("Tries"), self.tr("Last error")]

    def local_id(self, row: Any) -> Any:
        entry: OutboxEntry = row
        return entry.id

    def haystack(self, row: Any) -> str:
        entry: OutboxEntry = row
        return _SEPARATOR.join((entry.summary, entry.state, entry.last_error or "")).casefold()

    def cell(self, row: Any, column: int) -> Any:
        entry: OutboxEntry = row
        if column == self.WHEN:
            return local_time(entry.created_at)
        if column == self.WHAT:
            return entry.summary
        if column == self.STATE:
            return outbox_state_name(entry.state)
        if column == self.TRIES:
            return entry.attempts
        if column == self.LAST_ERROR:
            return (entry.last_error or "").split("\n", 1)[0]
        return None

    def sort_key(self, row: Any, column: int) -> Any:
        entry: OutboxEntry = row
        if column == self.WHEN:
            return (entry.created_at, entry.id)
        return super().sort_key(row, column)

    def extra_data(self, row: Any, column: int, role: int) -> Any:
        entry: OutboxEntry = row
        if role == TOOLTIP_ROLE and column == self.LAST_ERROR and entry.last_error:
            return entry.last_error
        if role == DECORATION_ROLE and column == self.STATE:
            # Imported here: the clients pane paints first without building QStyle's enums (start-up time).
            from PySide6.QtWidgets import QStyle

            app = QApplication.instance()
            if isinstance(app, QApplication):
                icon = (QStyle.StandardPixmap.SP_MessageBoxWarning if entry.state == "rejected"
                        else QStyle.StandardPixmap.SP_ArrowUp)
                return app.style().standardIcon(icon)
        return None
