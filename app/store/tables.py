"""A small generic paged query over one table, for views that show it a page at a time (no Qt here).

A `TableSpec` declares the table, the columns a view shows, which view column sorts by which indexed
expression, and the FTS5 table that filters it. A view asks for a *page* on its own thread (one query that stops
at LIMIT) and for the *count* from a `CountWorker` (its own thread and connection, superseded by the next
request), so a keystroke costs what the first page costs, whatever the table's size.

Filter: every whitespace-separated word must occur (case-insensitive substring) in one of the searchable
columns. The page query's shape follows from how many rows the FTS5 trigram index finds for the words of three
or more characters (`Filter.hits`, a cheap count):

- `NONE`: no hits: nothing to read.
- `SORT_HITS`: a few hits (<= SORT_HITS_AT_MOST): read them from the FTS index, look each one's sort keys up in
  an index keyed by rowid (`TableSpec.hit_keys`, a few small pages in rowid order, as the hits come), sort them,
  and read only the page's rows from the table (cost ~ hits, whichever order: matches clustered in the sort
  order, such as a city's name, cost no more).
- `WALK_LIKE`: more hits, or only words of one or two characters (which a trigram index cannot look up): read the
  sort index in order, testing the haystack the index entry carries with LIKE, and stop at LIMIT (cost ~ LIMIT /
  density; only matching rows are read from the table, no rowids materialised). Measured over 100,000 clients it
  is 2-5x faster than looking FTS hits up while walking.
- `WALK_HITS`: a word that LIKE cannot spell (too many non-ASCII case variants): read the sort index in order,
  keeping rows whose rowid is among the FTS hits, and stop at LIMIT (cost ~ hits + LIMIT / density).
- `ALL`: no filter: the sort index in order.

Words shorter than three characters are LIKE conditions on the narrow table's searchable columns in every shape.
LIKE folds ASCII case only, so a word's other cased letters are spelled out in both cases.
"""

from __future__ import annotations

import contextlib
import itertools
import os
import re
import sqlite3
import sys
import threading
from collections import OrderedDict
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, NamedTuple

#: At most this many FTS hits are read and sorted; more are looked up while the sort index is read in order. Sorting
#: 5,000 hits from the keys index costs ~3-5 ms over 100,000 clients; walking the sort index instead is cheap when
#: matches are spread through the order but can read a third of it (~10-25 ms) when they cluster (a city sorted by
#: city), so the hits are sorted up to where that risk is small.
SORT_HITS_AT_MOST = 5000
#: The FTS hits are counted up to this share of the rows (or SORT_HITS_AT_MOST): below it the count is exact.
WALK_HITS_SHARE = 0.1
#: A word with more case-folding variants than this outside ASCII is not tested with LIKE (FTS only).
MAX_LIKE_VARIANTS = 8

#: The page cache (KiB) of the connection a view reads pages with. SQLite's default (2 MB, ~500 pages) is smaller
#: than what one keystroke touches (up to SORT_HITS_AT_MOST hits spread over the keys index's pages, the FTS
#: index's, a stretch of a sort index), so each keystroke read most of them again from the OS: 3x slower. 32 MB
#: holds the keys index (~6 MB at 100,000 clients), a sort index (~16 MB) and the FTS pages a search reads; it
#: fills only as pages are read, and bounds what the window holds. Not the file mapped into memory (mmap_size): every
#: page a search touched, and those the OS maps around it, then counted in the window's memory (~170 MB at 100,000
#: clients instead of ~140, ~360 where the pages of the tables lie interleaved), and keystrokes were no faster.
READER_CACHE_KIB = 32 * 1024
#: The count worker's niceness (Linux): a count yields the CPU to the UI thread.
BACKGROUND_NICENESS = 10

ALL, NONE, SORT_HITS, WALK_HITS, WALK_LIKE = "all", "none", "sort-hits", "walk-hits", "walk-like"


#: Characters no stored text holds that SQLite cannot take in a query: a lone surrogate (a broken paste) cannot be
#: encoded, and NUL ends an FTS5 string early.
_UNSTORABLE = re.compile("[\x00\ud800-\udfff]")


def words_of(text: str) -> list[str]:
    """The filter's words, case-folded, without repeats. A character no stored text holds becomes U+FFFD, which
    matches nothing, as that character would not: the query never fails on it."""
    return list(dict.fromkeys(_UNSTORABLE.sub("\ufffd", text).casefold().split()))


def fts_string(word: str) -> str:
    """`word` as an FTS5 string: in double quotes, inner quotes doubled."""
    return '"' + word.replace('"', '""') + '"'


def _like_pattern(word: str) -> str:
    escaped = word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def like_variants(word: str) -> list[str]:
    """Spellings of `word` that SQLite's LIKE (ASCII-only case folding) needs to find it in any case: each
    non-ASCII letter in lower and upper case."""
    choices: list[tuple[str, ...]] = []
    for ch in word:
        if ch.isascii():
            choices.append((ch,))
        else:
            choices.append(tuple(dict.fromkeys(c for c in (ch, ch.lower(), ch.upper()) if len(c) == 1)))
    # Enough to tell whether there are too many; all of them for a word too short for the trigram index.
    limit = MAX_LIKE_VARIANTS + 1 if len(word) >= 3 else None
    return ["".join(p) for p in itertools.islice(itertools.product(*choices), limit)]


def matches(words: Sequence[str], values: Sequence[Any]) -> bool:
    """The filter in plain Python (the reference the SQL shapes must agree with)."""
    hay = [("" if v is None else str(v)).casefold() for v in values]
    return all(any(w in h for h in hay) for w in words)


# The value classes are NamedTuples: a frozen dataclass costs ~0.5 ms to create at import, on the window's
# start-up path.
class Filter(NamedTuple):
    """A filter text compiled to a query shape and a WHERE clause over the table aliased `t`."""

    text: str
    shape: str
    #: For SORT_HITS: the FTS5 MATCH string, bound first; `where` then holds only the other conditions.
    match: str | None
    where: str
    args: tuple[Any, ...]
    #: How many rows the FTS words match (None: no FTS word; 0: none), counted up to the density that picks
    #: WALK_LIKE (a larger count is not exact).
    hits: int | None
    #: The exact count when it is known without counting (None: ask `count`).
    known_count: int | None
    count_sql: str
    count_args: tuple[Any, ...]


class TableSpec(NamedTuple):
    """What a paged view of one table shows and how it is sorted and filtered."""

    table: str
    #: The columns of a row tuple, in order; `key` must be one of them.
    columns: Sequence[str]
    #: View column -> the ORDER BY terms (ascending, each starting with a column) that an index delivers; the
    #: last term makes the order total.
    sort_keys: Mapping[int, Sequence[str]]
    #: The FTS5 table over `searchable` (its rowid is the table's `rowid`).
    fts: str
    searchable: Sequence[str]
    #: A column holding the searchable columns lower-cased in one text, tested instead of each of them.
    haystack: str | None = None
    #: An index on (rowid, every column the sort terms name): SORT_HITS reads the hits' sort keys from it.
    hit_keys: str | None = None
    key: str = "local_id"
    rowid: str = "id"
    default_sort: int = 0

    def sortable(self, column: int) -> bool:
        return column in self.sort_keys

    def terms(self, sort_column: int) -> Sequence[str]:
        return self.sort_keys.get(sort_column) or self.sort_keys[self.default_sort]

    def order(self, sort_column: int, descending: bool, alias: str = "t") -> str:
        return ", ".join(f"{alias}.{t} DESC" if descending else f"{alias}.{t}" for t in self.terms(sort_column))

    def _like(self, word: str) -> tuple[str, list[str]] | None:
        variants = like_variants(word)
        if len(variants) > MAX_LIKE_VARIANTS and len(word) >= 3:
            return None  # the trigram index answers it instead (a shorter word has no one else to ask)
        columns = [self.haystack] if self.haystack else list(self.searchable)
        tests = [f"t.{c} LIKE ? ESCAPE '\\'" for _ in variants for c in columns]
        return "(" + " OR ".join(tests) + ")", [_like_pattern(v) for v in variants for _ in columns]

    def compile(self, conn: sqlite3.Connection, filter_text: str, total: Callable[[], int]) -> Filter:
        """`total()` gives the table's row count (asked only when the FTS words find many rows)."""
        words = words_of(filter_text)
        text_ = " ".join(words)
        if not words:
            return Filter(text_, ALL, None, "", (), None, None, f"SELECT count(*) FROM {self.table}", ())
        likes = {w: self._like(w) for w in words}
        # Words the FTS index must answer: every long word (and any LIKE cannot spell).
        fts_words = [w for w in words if len(w) >= 3 or likes[w] is None]
        short = [w for w in words if w not in fts_words]
        hits: int | None = None
        match: str | None = None
        enough = 0
        if fts_words:
            match = " ".join(fts_string(w) for w in fts_words)
            # Counted only up to where the shape no longer depends on it: a dense word costs no more than that.
            enough = max(SORT_HITS_AT_MOST, int(total() * WALK_HITS_SHARE)) + 1
            hits = int(conn.execute(f"SELECT count(*) FROM (SELECT 1 FROM {self.fts} WHERE {self.fts} MATCH ? "
                                    f"LIMIT ?)", (match, enough)).fetchone()[0])
            if hits == 0:
                return Filter(text_, NONE, None, "0", (), 0, 0, "SELECT 0", ())
        short_clauses: list[str] = []
        short_args: list[Any] = []
        for w in short:
            like = likes[w]
            assert like is not None
            short_clauses.append(like[0])
            short_args.extend(like[1])
        in_hits = f"t.{self.rowid} IN (SELECT rowid FROM {self.fts} WHERE {self.fts} MATCH ?)"
        if hits is None:
            shape = WALK_LIKE
        elif hits <= SORT_HITS_AT_MOST:
            shape = SORT_HITS
        elif any(likes[w] is None for w in fts_words):
            shape = WALK_HITS  # a word LIKE cannot spell: its FTS hits are looked up while the index is read
        else:
            shape = WALK_LIKE  # the sort index carries the haystack: testing it there beats looking hits up
        clauses: list[str] = []
        args: list[Any] = []
        if shape == WALK_LIKE:
            for w in fts_words:
                like = likes[w]
                assert like is not None
                clauses.append(like[0])
                args.extend(like[1])
        elif shape == WALK_HITS:
            clauses.append("+" + in_hits)  # "+": test membership while the sort index is read, do not sort hits
            args.append(match)
        clauses += short_clauses
        args += short_args
        # The count (on a worker): the FTS hits when there are any (cost ~ hits), LIKE on what remains.
        if match is not None:
            count_where, count_args = " AND ".join([in_hits, *short_clauses]), (match, *short_args)
        else:
            count_where, count_args = " AND ".join(short_clauses), tuple(short_args)
        count_sql = f"SELECT count(*) FROM {self.table} AS t WHERE {count_where}"
        known = hits if (hits is not None and hits < enough and not short) else None
        return Filter(text_, shape, match if shape == SORT_HITS else None, " AND ".join(clauses), tuple(args),
                      hits, known, count_sql, count_args)

    def page_sql(self, compiled: Filter, sort_column: int, descending: bool) -> tuple[str, tuple[Any, ...]]:
        """The query (with LIMIT ? OFFSET ? still to bind) for a page of rows in this order."""
        columns = ", ".join(f"t.{c}" for c in self.columns)
        order = self.order(sort_column, descending)
        if compiled.shape == SORT_HITS:
            # CROSS JOIN: the FTS hits drive, each is looked up by rowid, the few found are sorted.
            extra = f" AND {compiled.where}" if compiled.where else ""
            if self.hit_keys is None:
                return (f"SELECT {columns} FROM {self.fts} CROSS JOIN {self.table} AS t ON t.{self.rowid} = "
                        f"{self.fts}.rowid WHERE {self.fts} MATCH ?{extra} ORDER BY {order} LIMIT ? OFFSET ?",
                        (compiled.match, *compiled.args))
            # The hits' sort keys from the keys index (INDEXED BY: the planner would look rowids up in the table),
            # then the page's rows from the table by rowid. A short word's LIKE (`extra`) still reads the table.
            outer = ", ".join(f"p.{c}" for c in self.columns)
            return (f"SELECT {outer} FROM {self.table} AS p WHERE p.{self.rowid} IN (SELECT t.{self.rowid} FROM "
                    f"{self.fts} CROSS JOIN {self.table} AS t INDEXED BY {self.hit_keys} ON t.{self.rowid} = "
                    f"{self.fts}.rowid WHERE {self.fts} MATCH ?{extra} ORDER BY {order} LIMIT ? OFFSET ?) "
                    f"ORDER BY {self.order(sort_column, descending, 'p')}", (compiled.match, *compiled.args))
        where = f" WHERE {compiled.where}" if compiled.where else ""
        return f"SELECT {columns} FROM {self.table} AS t{where} ORDER BY {order} LIMIT ? OFFSET ?", compiled.args


@dataclass
class BoundTable:
    """A TableSpec read through one connection-giving callable (a store's per-thread connection)."""

    spec: TableSpec
    connection: Any  # () -> sqlite3.Connection
    _filters: OrderedDict[str, Filter] = field(default_factory=OrderedDict)
    _total: int | None = None
    #: The last connection given READER_CACHE_KIB (a view reads on one thread).
    _reader: sqlite3.Connection | None = None

    @property
    def conn(self) -> sqlite3.Connection:
        """This thread's connection, as a view reads pages with it (a page cache that holds what a keystroke
        reads)."""
        conn: sqlite3.Connection = self.connection()
        if conn is not self._reader:
            conn.execute(f"PRAGMA cache_size = -{READER_CACHE_KIB}")
            self._reader = conn
        return conn

    def forget(self) -> None:
        """Drop compiled filters and the total (they steer the query plan): call after the table changed."""
        self._filters.clear()
        self._total = None

    def compiled(self, filter_text: str) -> Filter:
        key = " ".join(words_of(filter_text))
        found = self._filters.get(key)
        if found is None:
            found = self._filters[key] = self.spec.compile(self.conn, key, self.total)
            while len(self._filters) > 64:
                self._filters.popitem(last=False)
        else:
            self._filters.move_to_end(key)
        return found

    def known_count(self, filter_text: str) -> int | None:
        """The number of matching rows when it is known without counting (no filter, only FTS words, no hits)."""
        compiled = self.compiled(filter_text)
        return self.total() if compiled.shape == ALL else compiled.known_count

    def count(self, filter_text: str = "") -> int:
        """How many rows match (may read every row: call from a worker, see CountWorker)."""
        return self.count_compiled(self.compiled(filter_text), self.conn)

    def count_compiled(self, compiled: Filter, conn: sqlite3.Connection) -> int:
        if compiled.known_count is not None:
            return compiled.known_count
        return int(conn.execute(compiled.count_sql, compiled.count_args).fetchone()[0])

    def total(self) -> int:
        if self._total is None:
            self._total = int(self.conn.execute(f"SELECT count(*) FROM {self.spec.table}").fetchone()[0])
        return self._total

    def page(self, filter_text: str, sort_column: int, descending: bool, offset: int,
             limit: int) -> list[tuple[Any, ...]]:
        compiled = self.compiled(filter_text)
        if compiled.shape == NONE:
            return []
        sql, args = self.spec.page_sql(compiled, sort_column, descending)
        conn = self.conn
        previous = conn.row_factory
        conn.row_factory = None
        try:
            rows: list[tuple[Any, ...]] = conn.execute(sql, (*args, limit, offset)).fetchall()
        finally:
            conn.row_factory = previous
        return rows

    def row_of(self, filter_text: str, sort_column: int, descending: bool, key_value: Any) -> int | None:
        """The position of the record with this key in the filtered order, or None when it does not match."""
        compiled = self.compiled(filter_text)
        if compiled.shape == NONE:
            return None
        spec = self.spec
        terms = [f"t.{t}" for t in spec.terms(sort_column)]
        where, args = self._where(compiled)
        conn = self.conn
        row = conn.execute(f"SELECT {', '.join(terms)} FROM {spec.table} AS t WHERE t.{spec.key} = ?{where}",
                           (key_value, *args)).fetchone()
        if row is None:
            return None
        values = tuple(row)
        # Rows before it in the order: a row-value comparison, which the sort index answers as a range.
        before = ">" if descending else "<"
        position = conn.execute(
            f"SELECT count(*) FROM {spec.table} AS t WHERE ({', '.join(terms)}) {before} "
            f"({', '.join('?' * len(terms))}){where}", (*values, *args)).fetchone()[0]
        return int(position)

    def _where(self, compiled: Filter) -> tuple[str, tuple[Any, ...]]:
        """" AND ..." for the filter, as conditions on `t` alone."""
        if compiled.shape == SORT_HITS:
            fts = self.spec.fts
            clauses = [f"t.{self.spec.rowid} IN (SELECT rowid FROM {fts} WHERE {fts} MATCH ?)"]
            if compiled.where:
                clauses.append(compiled.where)
            return " AND " + " AND ".join(clauses), (compiled.match, *compiled.args)
        return (f" AND {compiled.where}" if compiled.where else ""), compiled.args


class CountWorker:
    """Counts filters on its own thread (and so its own connection), one at a time: a new request supersedes
    the one waiting and interrupts the one running. `done(count)` is called on the worker thread, only for the
    latest request."""

    def __init__(self, table: BoundTable) -> None:
        self._table = table
        self._lock = threading.Condition()
        self._pending: tuple[int, Filter, Callable[[int], None]] | None = None
        self._running: int | None = None
        self._running_conn: sqlite3.Connection | None = None
        self._generation = 0
        self._closed = False
        self._thread: threading.Thread | None = None

    def request(self, compiled: Filter, done: Callable[[int], None]) -> None:
        with self._lock:
            self._generation += 1
            self._pending = (self._generation, compiled, done)
            self._interrupt_locked()
            if self._thread is None:
                self._thread = threading.Thread(target=self._run, name="fielddesk-count", daemon=True)
                self._thread.start()
            self._lock.notify()

    def cancel(self) -> None:
        """Forget the waiting request and interrupt the running one."""
        with self._lock:
            self._generation += 1
            self._pending = None
            self._interrupt_locked()

    def close(self) -> None:
        with self._lock:
            self._closed = True
            self._pending = None
            self._interrupt_locked()
            self._lock.notify()

    def busy(self) -> bool:
        with self._lock:
            return self._pending is not None or self._running is not None

    def _interrupt_locked(self) -> None:
        if self._running_conn is not None:
            self._running_conn.interrupt()

    def _run(self) -> None:
        if sys.platform == "linux":
            # A count is background work: on a busy machine it must not take a core from the UI thread painting the
            # page it is counting for (Linux nices one thread by its id; elsewhere that call means the process).
            with contextlib.suppress(OSError):
                os.setpriority(os.PRIO_PROCESS, threading.get_native_id(), BACKGROUND_NICENESS)
        while True:
            with self._lock:
                while self._pending is None and not self._closed:
                    self._lock.wait()
                if self._closed:
                    return
                assert self._pending is not None
                generation, compiled, done = self._pending
                self._pending = None
                try:
                    conn = self._table.connection()  # its own thread's, with SQLite's default page cache
                except sqlite3.Error:
                    continue
                self._running, self._running_conn = generation, conn
            try:
                count: int | None = self._table.count_compiled(compiled, conn)
            except sqlite3.Error:  # interrupted (superseded), or the store closed
                count = None
            with self._lock:
                current = generation == self._generation and not self._closed
                self._running_conn = None
            if current and count is not None:
                done(count)
            with self._lock:
                self._running = None


CLIENTS = TableSpec(
    table="client_rows",
    columns=("local_id", "name", "city", "postal_code", "phone", "email", "region", "appliance_count",
             "address", "house_no", "proplus_id"),
    # View columns: 0 name, 1 city, 2 postal code (indexed); phone, e-mail, region, appliances are not.
    sort_keys={0: ("name COLLATE NOCASE", "local_id"),
               1: ("city COLLATE NOCASE", "name COLLATE NOCASE", "id"),
               2: ("postal_code", "name COLLATE NOCASE", "id")},
    fts="clients_fts",
    searchable=("name", "city", "postal_code", "phone", "email", "address"),
    haystack="haystack",
    hit_keys="client_rows_keys",
)
