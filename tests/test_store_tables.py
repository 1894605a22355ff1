"""The paged clients query (app.store.tables): every query shape returns what a plain-Python filter over the same
rows returns, in the index's order; counts on the worker; the narrow client_rows table follows the clients."""

from __future__ import annotations

import os
import random
import sqlite3
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from app.domain.models import Client
from app.store import tables
from app.store.clients import write_client
from app.store.db import Store
from app.store.tables import CLIENTS, BoundTable, CountWorker, matches, words_of

FIRSTS = ["Anna", "Bruno", "Chloé", "Dirk", "Émile", "Zoë", "Ann", "Gert", "Lars"]
LASTS = ["Peeters", "Dubois", "Janssens", "Lambert", "Van Genechten", "De Smet", "Müller", "Arens"]
CITIES = ["Gent", "Gentbrugge", "Namur", "Uccle", "Aalst", "Genk", "Brugge", "Liège", "ÉTTERBEEK"]
STREETS = ["Kerkstraat", "Rue de la Gare", "Stationsplein", "Rue Haute"]


def make_rows(count: int, seed: int = 5) -> list[Client]:
    rng = random.Random(seed)
    clients = []
    for n in range(count):
        first, last = rng.choice(FIRSTS), rng.choice(LASTS)
        clients.append(Client(local_id=f"c{n:04d}", name=f"{first} {last}", city=rng.choice(CITIES),
                              postal_code=str(rng.randint(1000, 9999)),
                              phone=f"+32 {rng.randint(2, 99)} 555 {n:04d}" if n % 7 else "",
                              email=f"{first.lower()}.{n}@example.{'be' if n % 3 else 'com'}",
                              address=f"{rng.choice(STREETS)} {rng.randint(1, 99)}"))
    return clients


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    store = Store(Path(tmp_path_factory.mktemp("tables")) / "cache.sqlite3")
    with store.transaction() as conn:
        for client in make_rows(1200):
            write_client(conn, client)
    yield store
    store.close()


def ascii_fold(value: str) -> str:
    """COLLATE NOCASE: ASCII letters only."""
    return "".join(c.lower() if c.isascii() else c for c in value)


def reference(store: Store, text: str, sort_column: int, descending: bool) -> list[str]:
    rows = store.conn.execute("SELECT id, local_id, name, city, postal_code, phone, email, address "
                              "FROM clients").fetchall()
    words = words_of(text)
    found = [r for r in rows if matches(words, (r[2], r[3], r[4], r[5], r[6], r[7]))]
    keys = {0: lambda r: (ascii_fold(r[2]), r[1]),
            1: lambda r: (ascii_fold(r[3]), ascii_fold(r[2]), r[1]),
            2: lambda r: (r[4], ascii_fold(r[2]), r[1])}
    return [r[1] for r in sorted(found, key=keys[sort_column], reverse=descending)]


def read_all(table: BoundTable, text: str, sort_column: int, descending: bool, page: int = 97) -> list[str]:
    out: list[str] = []
    while True:
        rows = table.page(text, sort_column, descending, len(out), page)
        out += [r[0] for r in rows]
        if len(rows) < page:
            return out


@pytest.fixture
def table(store: Store) -> BoundTable:
    return BoundTable(CLIENTS, lambda: store.conn)


SHAPE_CASES = [
    ("", tables.ALL),
    ("zzq", tables.NONE),                       # a trigram nobody has
    ("liège", tables.SORT_HITS),                # rare
    ("arens", tables.SORT_HITS),
    ("gent", tables.WALK_LIKE),                 # medium: Gent, Gentbrugge
    ("gen", tables.WALK_LIKE),                  # many: Gent, Genk, Gentbrugge, Van Genechten
    ("555", tables.WALK_LIKE),                  # dense: nearly every phone
    ("example", tables.WALK_LIKE),
    ("g", tables.WALK_LIKE),                    # one or two letters: LIKE only
    ("é", tables.WALK_LIKE),                    # a non-ASCII letter: both cases spelled out
    ("É", tables.WALK_LIKE),
    ("ë", tables.WALK_LIKE),
    ("gent 5", tables.WALK_LIKE),               # mixed: FTS hits and a LIKE
    ("555 01", tables.WALK_LIKE),
    ("dubois 12", tables.WALK_LIKE),
    ("0043", tables.SORT_HITS),                 # one phone number
    ("müller 0", tables.SORT_HITS),             # rare FTS word and a LIKE
    ("zoë 555", tables.SORT_HITS),              # rare and dense FTS words together
    ("gare 555 1", tables.WALK_LIKE),
    ("ÉTTER", tables.SORT_HITS),
    ('"quoted', tables.NONE),                   # quotes are text, not FTS syntax
    ("a%", tables.WALK_LIKE),                   # LIKE wildcards are text too
    ("_", tables.WALK_LIKE),
]


@pytest.fixture
def small_thresholds(monkeypatch: pytest.MonkeyPatch) -> None:
    """1,200 rows: thresholds scaled so that every shape occurs."""
    monkeypatch.setattr(tables, "SORT_HITS_AT_MOST", 150)
    monkeypatch.setattr(tables, "WALK_HITS_SHARE", 0.4)


@pytest.mark.usefixtures("small_thresholds")
@pytest.mark.parametrize(("text", "shape"), [*SHAPE_CASES,
                                             ("liège", tables.WALK_HITS)])     # LIKE may not spell è here
def test_every_shape_matches_the_plain_filter_in_every_order(table: BoundTable, store: Store, text: str,
                                                             shape: str, monkeypatch: pytest.MonkeyPatch) -> None:
    if shape == tables.WALK_HITS:  # only words LIKE cannot spell walk the FTS hits: make "è" one of them
        monkeypatch.setattr(tables, "MAX_LIKE_VARIANTS", 1)
        monkeypatch.setattr(tables, "SORT_HITS_AT_MOST", 50)
    compiled = table.compiled(text)
    assert compiled.shape == shape
    expected = reference(store, text, 0, False)
    assert table.count(text) == len(expected)
    known = table.known_count(text)
    assert known is None or known == len(expected)
    for sort_column in (0, 1, 2):
        for descending in (False, True):
            assert read_all(table, text, sort_column, descending) == reference(store, text, sort_column,
                                                                                descending), (sort_column, descending)


@pytest.mark.usefixtures("small_thresholds")
def test_row_of_is_the_position_in_the_filtered_order(table: BoundTable, store: Store) -> None:
    for text in ("gen", "liège", "555", ""):
        for sort_column in (0, 1):
            order = reference(store, text, sort_column, True)
            for position in (0, len(order) // 2, len(order) - 1):
                assert table.row_of(text, sort_column, True, order[position]) == position
    assert table.row_of("liège", 0, False, reference(store, "namur", 0, False)[0]) is None


WORD_PARTS = ["gen", "555", "g", "é", "É", "ar", "rue", "01", "9", "anna", "ë", "straat", "be", "zz", "%", "_",
              "ÉTT", "müll", "MÜLL", "de s"]


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=st.lists(st.one_of(st.sampled_from(WORD_PARTS),
                               st.text(alphabet="aegnrtuéÉëü59 0", min_size=1, max_size=4),
                               st.text(st.characters(blacklist_categories=()), min_size=1, max_size=4)),
                     min_size=0, max_size=3).map(" ".join),
       sort_column=st.sampled_from([0, 1, 2]), descending=st.booleans(),
       sort_at_most=st.sampled_from([0, 40, 5000]), share=st.sampled_from([0.0, 0.3, 1.0]),
       like_variants=st.sampled_from([1, 8]))
@example(text="é\ud800é", sort_column=0, descending=False, sort_at_most=5000, share=0.3, like_variants=8)
@example(text="ge\x00n gent", sort_column=1, descending=True, sort_at_most=0, share=0.0, like_variants=1)
@example(text="ge\x00", sort_column=0, descending=False, sort_at_most=40, share=1.0, like_variants=8)
def test_random_filters_agree_with_the_plain_filter(store: Store, text: str, sort_column: int, descending: bool,
                                                    sort_at_most: int, share: float, like_variants: int) -> None:
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(tables, "SORT_HITS_AT_MOST", sort_at_most)
        patch.setattr(tables, "WALK_HITS_SHARE", share)
        patch.setattr(tables, "MAX_LIKE_VARIANTS", like_variants)
        table = BoundTable(CLIENTS, lambda: store.conn)
        expected = reference(store, text, sort_column, descending)
        assert read_all(table, text, sort_column, descending) == expected
        assert table.count(text) == len(expected)


def test_the_count_worker_reports_the_latest_request_last(table: BoundTable, store: Store) -> None:
    worker = CountWorker(table)
    got: list[tuple[str, int]] = []
    texts = ("g", "ge", "gen", "555 0")
    for text in texts:
        worker.request(table.compiled(text), lambda n, text=text: got.append((text, n)))
    deadline = time.monotonic() + 10
    while worker.busy() and time.monotonic() < deadline:
        time.sleep(0.01)
    worker.close()
    # A superseded request is interrupted or dropped; one that finished before the next arrived may report.
    assert got[-1] == ("555 0", len(reference(store, "555 0", 0, False)))
    assert all(n == len(reference(store, text, 0, False)) for text, n in got)
    assert [t for t, _ in got] == [t for t in texts if t in dict(got)]


def test_the_count_worker_counts_on_its_own_connection(table: BoundTable) -> None:
    worker = CountWorker(table)
    seen: list[Any] = []
    done = threading.Event()
    compiled = table.compiled("g")
    worker.request(compiled, lambda n: (seen.append(threading.current_thread()), done.set()))
    assert done.wait(10)
    assert seen[0] is not threading.current_thread()
    worker.cancel()
    worker.close()


def test_the_count_runs_niced_with_the_default_page_cache_and_pages_with_a_larger_one(table: BoundTable) -> None:
    """A count is background work beside the UI thread; the view's page reads keep a keystroke's pages cached, in a
    page cache of bounded size (not the file mapped into memory, which counts every page touched in the window's
    memory)."""
    worker = CountWorker(table)
    seen: dict[str, int] = {}
    done = threading.Event()

    def report(_count: int) -> None:
        if sys.platform == "linux":
            seen["nice"] = os.getpriority(os.PRIO_PROCESS, threading.get_native_id())
        seen["cache"] = table.connection().execute("PRAGMA cache_size").fetchone()[0]
        seen["mmap"] = table.connection().execute("PRAGMA mmap_size").fetchone()[0]
        done.set()

    worker.request(table.compiled("g"), report)
    assert done.wait(10)
    worker.close()
    default_cache = sqlite3.connect(":memory:").execute("PRAGMA cache_size").fetchone()[0]
    assert seen["cache"] == default_cache and seen["mmap"] == 0
    if sys.platform == "linux":
        assert seen["nice"] >= tables.BACKGROUND_NICENESS
    table.page("gen", 1, False, 0, 10)
    assert table.conn.execute("PRAGMA cache_size").fetchone()[0] == -tables.READER_CACHE_KIB
    assert table.conn.execute("PRAGMA mmap_size").fetchone()[0] == 0


def test_client_rows_follow_the_clients(tmp_path: Path) -> None:
    store = Store(tmp_path / "cache.sqlite3")
    table = BoundTable(CLIENTS, lambda: store.conn)
    client = Client(local_id="x1", name="Xavier Quist", city="Qwerty", phone="+32 2 000")
    with store.transaction() as conn:
        write_client(conn, client)
    assert read_all(table, "quist", 0, False) == ["x1"]
    with store.transaction() as conn:
        write_client(conn, Client(local_id="x1", name="Yves Quist", city="Azerty", phone="+32 2 000"))
    table.forget()
    assert table.page("azerty", 0, False, 0, 10)[0][1:3] == ("Yves Quist", "Azerty")
    assert table.page("qwerty", 0, False, 0, 10) == []
    with store.transaction() as conn:
        conn.execute("DELETE FROM clients WHERE local_id = 'x1'")
    table.forget()
    assert table.total() == 0 and table.page("", 0, False, 0, 10) == []
    store.close()


@pytest.mark.parametrize("sort_column", sorted(CLIENTS.sort_keys))
@pytest.mark.parametrize("descending", [False, True])
def test_a_walked_filter_reads_one_index_in_order_and_tests_it_there(store: Store, sort_column: int,
                                                                      descending: bool) -> None:
    """A short or dense word walks the sort index: the whole order comes from the index (no sort of every row)
    and the word is tested on the index entry (its haystack), so only matching rows are read from the table."""
    table = BoundTable(CLIENTS, lambda: store.conn)
    compiled = table.compiled("ge")
    assert compiled.shape == tables.WALK_LIKE
    sql, args = CLIENTS.page_sql(compiled, sort_column, descending)
    plan = " | ".join(row[3] for row in store.conn.execute(f"EXPLAIN QUERY PLAN {sql}", (*args, 64, 0)))
    assert "USING INDEX" in plan and "TEMP B-TREE" not in plan, plan
    index = plan.split("USING INDEX ")[1].split()[0]
    indexed = [row[2] for row in store.conn.execute(f"PRAGMA index_info({index})")]
    assert "haystack" in indexed


#: The sort index each order walks (ALL, WALK_LIKE, WALK_HITS).
SORT_INDEXES = {0: "client_rows_name", 1: "client_rows_city", 2: "client_rows_postal_code"}


@pytest.mark.usefixtures("small_thresholds")
@pytest.mark.parametrize(("text", "shape"), [("", tables.ALL), ("zzq", tables.NONE), ("liège", tables.SORT_HITS),
                                             ("müller 0", tables.SORT_HITS), ("gen", tables.WALK_LIKE),
                                             ("ge", tables.WALK_LIKE), ("liège", tables.WALK_HITS)])
@pytest.mark.parametrize("sort_column", sorted(CLIENTS.sort_keys))
@pytest.mark.parametrize("descending", [False, True])
def test_each_shape_reads_the_index_meant_for_it(store: Store, text: str, shape: str, sort_column: int,
                                                 descending: bool, monkeypatch: pytest.MonkeyPatch) -> None:
    """SORT_HITS reads the hits' sort keys from the keys index (not the table's rows) and sorts them; the other
    shapes read the order's sort index in order (no sort); NONE reads nothing."""
    if shape == tables.WALK_HITS:
        monkeypatch.setattr(tables, "MAX_LIKE_VARIANTS", 1)
        monkeypatch.setattr(tables, "SORT_HITS_AT_MOST", 50)
    table = BoundTable(CLIENTS, lambda: store.conn)
    compiled = table.compiled(text)
    assert compiled.shape == shape
    if shape == tables.NONE:
        statements: list[str] = []
        store.conn.set_trace_callback(statements.append)
        try:
            assert table.page(text, sort_column, descending, 0, 64) == []
        finally:
            store.conn.set_trace_callback(None)
        assert statements == []
        return
    sql, args = CLIENTS.page_sql(compiled, sort_column, descending)
    plan = [row[3] for row in store.conn.execute(f"EXPLAIN QUERY PLAN {sql}", (*args, 64, 0))]
    if shape == tables.SORT_HITS:
        # The hits drive; each one's keys come from the keys index (covering unless a short word's LIKE needs
        # the row); only the page's rows are read from the table, by rowid.
        keys = "USING INDEX" if compiled.where else "USING COVERING INDEX"
        assert any(p.startswith("SCAN clients_fts VIRTUAL TABLE") for p in plan), plan
        assert any(f"{keys} client_rows_keys (id=?)" in p for p in plan), plan
        assert "SEARCH p USING INTEGER PRIMARY KEY (rowid=?)" in plan, plan
        assert not any(p.startswith("SCAN p") or p.startswith("SCAN t") for p in plan), plan
    else:
        assert plan[0] == f"SCAN t USING INDEX {SORT_INDEXES[sort_column]}", plan
        assert not any("TEMP B-TREE" in p for p in plan), plan


_JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(), inner, max_size=4), max_leaves=20)


@given(_JSON)
@settings(max_examples=300, deadline=None)
def test_the_cache_encodes_json_as_json_dumps_does(value: Any) -> None:
    """The cache's fast encoder (pydantic-core) stores exactly what json.dumps would have stored, once decoded."""
    import json

    from app.store.clients import _dumps

    assert json.loads(_dumps(value)) == json.loads(json.dumps(value))


def test_what_the_fast_encoder_refuses_is_written_or_refused_as_json_dumps_does() -> None:
    import json
    import math

    from app.store.clients import _dumps

    lone = {"name": "Ren\ud800e"}
    assert _dumps(lone) == json.dumps(lone, ensure_ascii=False, separators=(",", ":"))
    assert math.isnan(json.loads(_dumps({"x": float("nan")}))["x"])
    assert json.loads(_dumps({"n": 10**40, "é": ["ü", 1.5e-7]})) == {"n": 10**40, "é": ["ü", 1.5e-7]}
    with pytest.raises(TypeError):
        _dumps({"x": object()})
