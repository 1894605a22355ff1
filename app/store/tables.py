"""A small generic paged query over one table, for views that show it a page at a time (no Qt here).

A `TableSpec` declares the table, the columns a view shows, which view column sorts by which indexed
expression, and the FTS5 table that filters it. `count()`, `page()` and `row_of()` answer a view's questions
with one indexed query each, so a table of 100,000 rows costs what the rows on screen cost.

Filter: every whitespace-separated word must occur (case-insensitive substring) in one of the searchable
columns. Words of three or more characters go through the FTS5 trigram index; shorter ones (which a trigram
index cannot look up) are LIKE conditions on the searchable columns, tested on the FTS hits, or on the table
in index order, where ORDER BY the index + LIMIT stops at the first page's worth of matches.

How the FTS hits meet the sort order depends on how many there are (`Filter.hits`): a few are read and sorted;
many are looked up while the table is read in index order (`+rowid IN (...)` keeps the planner from sorting);
nearly all rows (a word such as "555" in every phone number) are tested row by row with LIKE instead of
materialising 100,000 rowids.
"""

from __future__ import annotations

import sqlite3
from collections import OrderedDict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

#: At most this many FTS hits are read and sorted; more are filtered while the index is read in order.
SORT_HITS_AT_MOST = 1500
#: A word found in more than this share of the rows is tested with LIKE while reading in index order.
DENSE_SHARE = 0.5


def words_of(text: str) -> list[str]:
    """The filter's words, case-folded, without repeats."""
    return list(dict.fromkeys(text.casefold().split()))


def fts_string(word: str) -> str:
    """`word` as an FTS5 string: in double quotes, inner quotes doubled."""
    return '"' + word.replace('"', '""') + '"'


def _like_pattern(word: str) -> str:
    escaped = word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


@dataclass(frozen=True)
class Filter:
    """A filter text compiled to a WHERE clause (`where` is "" for no filter)."""

    text: str
    where: str
    args: tuple[Any, ...]
    #: How many rows the FTS words match (None: no FTS word); -1 when known to be none at all.
    hits: int | None
    #: Whether `where` needs rows read in index order to stay fast (it is then not a rowid lookup).
    exact_count_is_cheap: bool
    count_sql: str
    count_args: tuple[Any, ...]


@dataclass(frozen=True)
class TableSpec:
    """What a paged view of one table shows and how it is sorted and filtered."""

    table: str
    #: The SQL expressions of a row tuple, in order; `key` must be one of them.
    columns: Sequence[str]
    #: View column -> the ORDER BY terms (ascending) that an index delivers; the last term makes the order total.
    sort_keys: Mapping[int, Sequence[str]]
    #: The FTS5 external-content table over `searchable` (its rowid is the table's `rowid`).
    fts: str
    searchable: Sequence[str]
    key: str = "local_id"
    rowid: str = "id"
    default_sort: int = 0

    def sortable(self, column: int) -> bool:
        return column in self.sort_keys

    def _order(self, sort_column: int, descending: bool) -> str:
        terms = self.sort_keys.get(sort_column) or self.sort_keys[self.default_sort]
        return ", ".join(f"{t} DESC" if descending else t for t in terms)

    def compile(self, conn: sqlite3.Connection, filter_text: str) -> Filter:
        words = words_of(filter_text)
        long = [w for w in words if len(w) >= 3]
        short = [w for w in words if len(w) < 3]
        clauses: list[str] = []
        args: list[Any] = []
        hits: int | None = None
        total: int | None = None
        if long:
            match = " ".join(fts_string(w) for w in long)
            hits = int(conn.execute(f"SELECT count(*) FROM {self.fts} WHERE {self.fts} MATCH ?",
                                    (match,)).fetchone()[0])
            if hits == 0:
                return Filter(filter_text, "0", (), -1, True, "SELECT 0", ())
            total = int(conn.execute(f"SELECT count(*) FROM {self.table}").fetchone()[0])
            if hits > total * DENSE_SHARE:
                short = long + short  # nearly every row: test while reading in index order
            else:
                lookup = "" if hits <= SORT_HITS_AT_MOST else "+"
                clauses.append(f"{lookup}{self.rowid} IN (SELECT rowid FROM {self.fts} WHERE {self.fts} MATCH ?)")
                args.append(match)
        for word in short:
            clauses.append("(" + " OR ".join(f"{c} LIKE ? ESCAPE '\\'" for c in self.searchable) + ")")
            args.extend([_like_pattern(word)] * len(self.searchable))
        where = " AND ".join(clauses)
        if not where:
            return Filter(filter_text, "", (), None, True, f"SELECT count(*) FROM {self.table}", ())
        if hits is not None and len(clauses) == 1 and clauses[0].lstrip("+").startswith(self.rowid):
            # Only the FTS words: the index counts them itself.
            return Filter(filter_text, where, tuple(args), hits, True, "SELECT ?", (hits,))
        return Filter(filter_text, where, tuple(args), hits, False,
                      f"SELECT count(*) FROM {self.table} WHERE {where}", tuple(args))


@dataclass
class BoundTable:
    """A TableSpec read through one connection-giving callable (a store's per-thread connection)."""

    spec: TableSpec
    connection: Any  # () -> sqlite3.Connection
    _filters: OrderedDict[str, Filter] = field(default_factory=OrderedDict)

    @property
    def conn(self) -> sqlite3.Connection:
        conn: sqlite3.Connection = self.connection()
        return conn

    def forget(self) -> None:
        """Drop compiled filters (their hit counts steer the query plan): call after the table changed."""
        self._filters.clear()

    def compiled(self, filter_text: str) -> Filter:
        key = " ".join(words_of(filter_text))
        found = self._filters.get(key)
        if found is None:
            found = self._filters[key] = self.spec.compile(self.conn, key)
            while len(self._filters) > 32:
                self._filters.popitem(last=False)
        else:
            self._filters.move_to_end(key)
        return found

    def count(self, filter_text: str = "", at_most: int | None = None) -> int:
        """How many rows match; with `at_most`, stop counting there (for filters without a cheap count)."""
        compiled = self.compiled(filter_text)
        if compiled.exact_count_is_cheap or at_most is None:
            return int(self.conn.execute(compiled.count_sql, compiled.count_args).fetchone()[0])
        return int(self.conn.execute(
            f"SELECT count(*) FROM (SELECT 1 FROM {self.spec.table} WHERE {compiled.where} LIMIT ?)",
            (*compiled.args, at_most)).fetchone()[0])

    def exact_count_is_cheap(self, filter_text: str) -> bool:
        return self.compiled(filter_text).exact_count_is_cheap

    def total(self) -> int:
        return int(self.conn.execute(f"SELECT count(*) FROM {self.spec.table}").fetchone()[0])

    def page(self, filter_text: str, sort_column: int, descending: bool, offset: int,
             limit: int) -> list[tuple[Any, ...]]:
        compiled = self.compiled(filter_text)
        spec = self.spec
        where = f" WHERE {compiled.where}" if compiled.where else ""
        conn = self.conn
        previous = conn.row_factory
        conn.row_factory = None
        try:
            rows: list[tuple[Any, ...]] = conn.execute(
                f"SELECT {', '.join(spec.columns)} FROM {spec.table}{where} "
                f"ORDER BY {spec._order(sort_column, descending)} LIMIT ? OFFSET ?",
                (*compiled.args, limit, offset)).fetchall()
        finally:
            conn.row_factory = previous
        return rows

    def row_of(self, filter_text: str, sort_column: int, descending: bool, key_value: Any) -> int | None:
        """The position of the record with this key in the filtered order, or None when it does not match."""
        compiled = self.compiled(filter_text)
        spec = self.spec
        terms = spec.sort_keys.get(sort_column) or spec.sort_keys[spec.default_sort]
        where = f" AND {compiled.where}" if compiled.where else ""
        conn = self.conn
        row = conn.execute(f"SELECT {', '.join(terms)} FROM {spec.table} WHERE {spec.key} = ?{where}",
                           (key_value, *compiled.args)).fetchone()
        if row is None:
            return None
        values = tuple(row)
        # Rows before it in the order: a row-value comparison, which the sort index answers as a range.
        before = ">" if descending else "<"
        position = conn.execute(
            f"SELECT count(*) FROM {spec.table} WHERE ({', '.join(terms)}) {before} ({', '.join('?' * len(terms))})"
            f"{where}", (*values, *compiled.args)).fetchone()[0]
        return int(position)


CLIENTS = TableSpec(
    table="clients",
    columns=("local_id", "name", "city", "postal_code", "phone", "email", "region", "appliance_count",
             "address", "house_no", "proplus_id"),
    # View columns: 0 name, 1 city, 2 postal code (indexed); phone, e-mail, region, appliances are not.
    sort_keys={0: ("name COLLATE NOCASE", "local_id"),
               1: ("city COLLATE NOCASE", "name COLLATE NOCASE", "id"),
               2: ("postal_code", "name COLLATE NOCASE", "id")},
    fts="clients_fts",
    searchable=("name", "city", "postal_code", "phone", "email", "address"),
)
