"""Clients and their appliances in the cache."""

from __future__ import annotations

import contextlib
import json
import sqlite3
from collections.abc import Iterable, Iterator
from typing import Any, Final, Literal

from app.domain.models import APPLIANCE_LISTS, COOLING_PARTS, REGION_BLOCK, Appliance, ApplianceKind, Client
from app.domain.regions import Region
from app.store.db import Store
from app.store.time import now_iso

CLIENT_COLUMNS = ("local_id", "proplus_id", "third_party_id", "name", "region", "address", "house_no",
                  "post_bus", "city", "postal_code", "phone", "email")


def _dumps(value: Any) -> str:
    """Compact JSON text, non-ASCII kept as it is. pydantic-core's encoder (in Rust) writes what
    `json.dumps(value, ensure_ascii=False, separators=(",", ":"))` writes (a float may be spelled differently,
    1e-7 for 1e-07: the same number) about twice as fast, and a pull encodes every client and appliance. What it
    refuses (a lone surrogate, an object no JSON holds) goes to json.dumps, which writes or refuses it as before.
    Imported here, not at the top: only writes need it, and its import (~15 ms) would delay the window's first
    frame, which reads this module."""
    from pydantic_core import to_json

    try:
        return to_json(value, inf_nan_mode="constants").decode()
    except ValueError:  # PydanticSerializationError
        return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def _region(value: str | None) -> Region | None:
    return Region(value) if value else None


def _appliance_from_row(row: sqlite3.Row) -> Appliance:
    return Appliance(local_id=row["local_id"], kind=ApplianceKind(row["kind"]), name=row["name"],
                     region=_region(row["region"]), proplus_id=row["proplus_id"],
                     third_party_id=row["third_party_id"], fields=json.loads(row["data"]))


def _client_from_row(row: sqlite3.Row, appliances: list[Appliance]) -> Client:
    return Client(local_id=row["local_id"], name=row["name"], region=_region(row["region"]),
                  address=row["address"], house_no=row["house_no"], post_bus=row["post_bus"],
                  city=row["city"], postal_code=row["postal_code"], phone=row["phone"], email=row["email"],
                  proplus_id=row["proplus_id"], third_party_id=row["third_party_id"],
                  fields=json.loads(row["data"]), appliances=appliances)


#: A client's `server_data` when the vendor's version of it is the client as stored: its fields with its appliances
#: listed by kind (APPLIANCE_LISTS), which is what a pulled client no edit has changed is. Not a second copy of the
#: client: that copy was ~40% of a cache's bytes, and writing it ~a third of a pull's save. Empty text is no JSON
#: document, so it is never mistaken for a stored version; NULL still means "never pulled". Before a local write
#: changes such a client, its version is kept as text (`write_clients`), so a merge's base never moves.
AS_STORED: Final = ""

#: What `write_clients` stores as a client's vendor version: the record, the client as written (AS_STORED), or none.
ServerData = dict[str, Any] | Literal[""] | None

_UPSERT = f"""INSERT INTO clients ({", ".join(CLIENT_COLUMNS)}, data, server_data, updated_at, appliance_count)
    VALUES ({", ".join("?" * len(CLIENT_COLUMNS))}, ?, ?, ?, ?)
    ON CONFLICT(local_id) DO UPDATE SET
      proplus_id=excluded.proplus_id, third_party_id=excluded.third_party_id, name=excluded.name,
      region=excluded.region, address=excluded.address, house_no=excluded.house_no,
      post_bus=excluded.post_bus, city=excluded.city, postal_code=excluded.postal_code,
      phone=excluded.phone, email=excluded.email, data=excluded.data,
      server_data={{server}}, updated_at=excluded.updated_at, appliance_count=excluded.appliance_count"""
_UPSERT_KEEPING_SERVER = _UPSERT.format(server="COALESCE(excluded.server_data, clients.server_data)")
_UPSERT_REPLACING_SERVER = _UPSERT.format(server="excluded.server_data")


def write_client(conn: sqlite3.Connection, client: Client, *, server_data: ServerData = None,
                 keep_server_data: bool = True, only_if_changed: bool = False) -> bool:
    """Insert or update a client and replace its appliances. Call inside a transaction.

    `server_data` is the vendor's version of the record (the base for merges), or AS_STORED when it is the client as
    written; by default an update keeps the one already stored. `only_if_changed`: leave the rows alone when they
    already hold exactly what would be written (a repeat pull of an unchanged client costs one read instead of
    rewriting the client, its appliances and the pane's row). Returns whether anything was written.
    """
    return write_clients(conn, [(client, server_data)], keep_server_data=keep_server_data,
                         only_if_changed=only_if_changed) == 1


def write_clients(conn: sqlite3.Connection, clients: Iterable[tuple[Client, ServerData]], *,
                  keep_server_data: bool = True, only_if_changed: bool = False) -> int:
    """`write_client` for each (client, server data) in order, with one statement per table for a run of clients
    (a pull writes thousands); the result is the same as writing them one by one. Returns how many were written."""
    upsert = _UPSERT_KEEPING_SERVER if keep_server_data else _UPSERT_REPLACING_SERVER
    updated_at = now_iso()
    run: dict[str, tuple[tuple[Any, ...], list[tuple[Any, ...]]]] = {}  # local id -> its client row, appliances

    def flush() -> None:
        if keep_server_data:  # a local write: a version that is the client as stored must not change with it
            _keep_vendor_versions(conn, list(run))
        conn.executemany(upsert, [row for row, _ in run.values()])
        conn.executemany("DELETE FROM appliances WHERE client_local_id = ?", [(local,) for local in run])
        listed = [a for _, appliances in run.values() for a in appliances]
        # An appliance another client holds has moved here (Pro+ moves installations): it leaves that client, and
        # one listed by two of these clients stays with the last.
        owners: dict[str, str] = {}
        left: set[str] = set()
        for appliance_id, client_id, *_ in listed:
            if owners.setdefault(appliance_id, client_id) != client_id:
                left.add(owners[appliance_id])
                owners[appliance_id] = client_id
        left.update(row[0] for row in conn.execute(
            "SELECT DISTINCT client_local_id FROM appliances WHERE local_id IN (SELECT value FROM json_each(?))",
            (json.dumps(list(owners)),)))
        conn.executemany(_INSERT_APPLIANCE, listed)
        if left:
            conn.execute("UPDATE clients SET appliance_count = (SELECT count(*) FROM appliances "
                         "WHERE client_local_id = clients.local_id) "
                         "WHERE local_id IN (SELECT value FROM json_each(?))", (json.dumps(sorted(left)),))
        run.clear()

    written = 0
    for client, server_data in clients:
        if client.local_id in run:  # the same client twice: the first is written before the second is compared
            flush()
        values = (client.local_id, client.proplus_id, client.third_party_id, client.name,
                  client.region.value if client.region else None, client.address, client.house_no,
                  client.post_bus, client.city, client.postal_code, client.phone, client.email)
        data = _dumps(client.fields)
        # An appliance listed twice (one id) is kept once, as its last copy says.
        kept = {a.local_id: a for a in client.appliances}
        appliances = [(a.local_id, client.local_id, i, a.kind.value, a.proplus_id, a.third_party_id, a.name,
                       a.region.value if a.region else None, a.make, a.year, _dumps(a.fields))
                      for i, a in enumerate(kept.values())]
        server_json = server_data if server_data is None or isinstance(server_data, str) else _dumps(server_data)
        if only_if_changed and _stored_as(conn, values, data, server_json, keep_server_data, appliances):
            continue
        run[client.local_id] = ((*values, data, server_json, updated_at, len(appliances)), appliances)
        written += 1
    if run:
        flush()
    return written


#: (kind, its list's key as JSON text) for each kind of appliance a client record lists.
_LIST_HEADS = tuple((kind.value, json.dumps(key)) for kind, key in APPLIANCE_LISTS.items())


def _spliced_record(data: str, appliances: Iterable[tuple[str, str]]) -> str:
    """The JSON of a client record from the JSON already stored for its rows: the client's fields (`data`) with its
    appliances' fields ((kind, data) in order) listed by kind. What `_dumps` of that record would write."""
    by_kind: dict[str, list[str]] = {kind: [] for kind, _ in _LIST_HEADS}
    for kind, appliance in appliances:
        if kind in by_kind:
            by_kind[kind].append(appliance)
    lists = ",".join(f'{key}:[{",".join(by_kind[kind])}]' for kind, key in _LIST_HEADS)
    return ("{" if data == "{}" else data[:-1] + ",") + lists + "}"


def _records_as_stored(conn: sqlite3.Connection, local_ids: list[str]) -> dict[str, str]:
    """The JSON of each of these clients' records as stored (`_spliced_record`) whose server_data is AS_STORED."""
    ids = json.dumps(local_ids)
    data = dict(conn.execute("SELECT local_id, data FROM clients WHERE local_id IN (SELECT value FROM json_each(?)) "
                             "AND server_data = ?", (ids, AS_STORED)).fetchall())
    appliances: dict[str, list[tuple[str, str]]] = {local: [] for local in data}
    if data:
        for local, kind, fields in conn.execute(
                "SELECT client_local_id, kind, data FROM appliances WHERE client_local_id IN "
                "(SELECT value FROM json_each(?)) ORDER BY client_local_id, position", (json.dumps(list(data)),)):
            appliances[local].append((kind, fields))
    return {local: _spliced_record(text, appliances[local]) for local, text in data.items()}


def _keep_vendor_versions(conn: sqlite3.Connection, local_ids: list[str]) -> None:
    """Before these clients change locally: those whose vendor version is the client as stored (AS_STORED) keep that
    version as text, so it stays the base of the user's edits and of later merges."""
    versions = _records_as_stored(conn, local_ids)
    conn.executemany("UPDATE clients SET server_data = ? WHERE local_id = ?",
                     [(text, local) for local, text in versions.items()])


#: OR REPLACE: an appliance another client held moves to the one written (see write_clients).
_INSERT_APPLIANCE = """INSERT OR REPLACE INTO appliances (local_id, client_local_id, position, kind, proplus_id,
                                                         third_party_id, name, region, make, year, data)
                       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"""


_APPLIANCE_COLUMNS = ("local_id", "client_local_id", "position", "kind", "proplus_id", "third_party_id", "name",
                      "region", "make", "year", "data")


def _stored_as(conn: sqlite3.Connection, values: tuple[Any, ...], data: str, server_json: str | None,
               keep_server_data: bool, appliances: list[tuple[Any, ...]]) -> bool:
    """Whether the cache holds this client exactly as these values would write it."""
    row = conn.execute(f"SELECT {', '.join(CLIENT_COLUMNS)}, data, server_data, appliance_count FROM clients "
                       "WHERE local_id = ?", (values[0],)).fetchone()
    if row is None or tuple(row[:len(CLIENT_COLUMNS)]) != values or row[-3] != data or row[-1] != len(appliances):
        return False
    if not (row[-2] == server_json or (keep_server_data and server_json is None)):
        return False
    stored = conn.execute(f"SELECT {', '.join(_APPLIANCE_COLUMNS)} FROM appliances WHERE client_local_id = ? "
                          "ORDER BY position", (values[0],)).fetchall()
    return [tuple(a) for a in stored] == appliances


def get_client(store: Store, local_id: str) -> Client | None:
    conn = store.conn
    row = conn.execute("SELECT * FROM clients WHERE local_id = ?", (local_id,)).fetchone()
    if row is None:
        return None
    appliances = [_appliance_from_row(r) for r in conn.execute(
        "SELECT * FROM appliances WHERE client_local_id = ? ORDER BY position", (local_id,))]
    return _client_from_row(row, appliances)


def server_data(store: Store, local_id: str) -> dict[str, Any] | None:
    """The vendor's version of a client (the base of the user's edits), or None if it was never pulled."""
    row = store.conn.execute("SELECT server_data FROM clients WHERE local_id = ?", (local_id,)).fetchone()
    if row is None or row[0] is None:
        return None
    text = _records_as_stored(store.conn, [local_id])[local_id] if row[0] == AS_STORED else row[0]
    return json.loads(text)


def _search_clause(search: str | None) -> tuple[str, list[str]]:
    if not search:
        return "", []
    like = f"%{search.strip()}%"
    columns = ("name", "city", "postal_code", "phone", "email", "address")
    return "(" + " OR ".join(f"{c} LIKE ?" for c in columns) + ")", [like] * len(columns)


def iter_clients(store: Store, search: str | None = None, batch: int = 500) -> Iterator[Client]:
    """Clients with their appliances, by name, read `batch` at a time (bounded memory for any cache size);
    `search` matches name, city, postal code, phone, e-mail or address (case-insensitive substring)."""
    conn = store.conn
    where, args = _search_clause(search)
    clauses = [where] if where else []
    after: list[str] = []  # the last (name, local_id) read: the next batch starts after it (keyset paging)
    while True:
        keyset = ["(name COLLATE NOCASE, local_id) > (?, ?)"] if after else []
        sql_where = " AND ".join(clauses + keyset)
        rows = conn.execute(f"SELECT * FROM clients {'WHERE ' + sql_where if sql_where else ''} "
                            f"ORDER BY name COLLATE NOCASE, local_id LIMIT {int(batch)}", [*args, *after]).fetchall()
        if not rows:
            return
        ids = [row["local_id"] for row in rows]
        by_client: dict[str, list[Appliance]] = {i: [] for i in ids}
        marks = ",".join("?" * len(ids))
        for arow in conn.execute(f"SELECT * FROM appliances WHERE client_local_id IN ({marks}) "
                                 "ORDER BY client_local_id, position", ids):
            by_client[arow["client_local_id"]].append(_appliance_from_row(arow))
        for row in rows:
            yield _client_from_row(row, by_client[row["local_id"]])
        after = [rows[-1]["name"], rows[-1]["local_id"]]


_BLOCKS = tuple(REGION_BLOCK.values())
_LISTED_APPLIANCE_COLUMNS = ("local_id", "proplus_id", "third_party_id", "kind", "name", "region", "make", "year")


def _json_object_sql(columns: tuple[str, ...]) -> str:
    """SQL that encodes these columns as one JSON object (SQLite's encoder, in C: no Python object per value)."""
    return "json_object(" + ", ".join(f"'{c}', {c}" for c in columns) + ")"


#: Per client: its key, the keyset columns, then its listed fields as JSON text.
_LISTED_CLIENTS = f"SELECT local_id, name, {_json_object_sql(CLIENT_COLUMNS)} FROM clients"
#: Per appliance: its client, its listed fields as JSON text, its kind, then each region block (heating) and each
#: part list (cooling) as the JSON text SQLite extracts from the stored record (`->` gives JSON text), never
#: decoded into Python objects.
_LISTED_APPLIANCES = (
    f"SELECT client_local_id, {_json_object_sql(_LISTED_APPLIANCE_COLUMNS)}, kind, "
    + ", ".join(f"CASE WHEN kind = 'heating' THEN data -> '$.{b}' END" for b in _BLOCKS) + ", "
    + ", ".join(f"CASE WHEN kind = 'cooling' THEN data -> '$.{p}' END" for p in COOLING_PARTS)
    + " FROM appliances WHERE client_local_id IN ({marks}) ORDER BY client_local_id, position")
#: JSON texts of values Python's `or` treats as empty: a cooling part list that is one of these is listed as [].
_EMPTY_JSON = frozenset({"null", "[]", "{}", '""', "0", "0.0", "false"})


def iter_client_listing(store: Store, search: str | None = None, batch: int = 2000) -> Iterator[str]:
    """Each client with its appliances as the JSON text `clients list --json` prints (the shape of
    `client_json`), by name, `batch` clients a query. Fast by construction: SQLite encodes the listed columns
    (json_object), and the region blocks and cooling parts are spliced in as the JSON text stored, so no stored
    record is decoded into Python objects and none is encoded again."""
    conn = store.conn
    where, args = _search_clause(search)
    after: list[str] = []
    previous = conn.row_factory
    conn.row_factory = None
    try:
        while True:
            clauses = [where] if where else []
            if after:
                clauses.append("(name COLLATE NOCASE, local_id) > (?, ?)")
            sql_where = f"WHERE {' AND '.join(clauses)}" if clauses else ""
            rows = conn.execute(f"{_LISTED_CLIENTS} {sql_where} ORDER BY name COLLATE NOCASE, local_id "
                                f"LIMIT {int(batch)}", [*args, *after]).fetchall()
            if not rows:
                return
            ids = [row[0] for row in rows]
            listed: dict[str, list[str]] = {i: [] for i in ids}
            for a in conn.execute(_LISTED_APPLIANCES.format(marks=",".join("?" * len(ids))), ids):
                head = a[1][:-1]  # the object without its closing brace: the blocks or parts follow
                if a[2] == "heating":
                    tail = "".join(f',"{b}":{text}' for b, text in zip(_BLOCKS, a[3:6], strict=True)
                                   if text and text[0] == "{")  # blocks that are objects, as `client_json` lists
                else:
                    tail = "".join(f',"{p}":{"[]" if text is None or text in _EMPTY_JSON else text}'
                                   for p, text in zip(COOLING_PARTS, a[6:9], strict=True))
                listed[a[0]].append(head + tail + "}")
            for row in rows:
                yield row[2][:-1] + ',"appliances":[' + ",".join(listed[row[0]]) + "]}"
            after = [rows[-1][1], rows[-1][0]]
    finally:
        conn.row_factory = previous


def list_clients(store: Store, search: str | None = None) -> list[Client]:
    return list(iter_clients(store, search))


def client_rows(store: Store, limit: int | None = None) -> list[tuple[Any, ...]]:
    """Flat rows for the clients pane, by name: (local_id, name, city, postal_code, phone, email, region,
    appliance count, address, house_no, proplus_id). `limit` gives a first screenful fast (by index)."""
    conn = store.conn
    previous = conn.row_factory
    conn.row_factory = None  # plain tuples: 100,000 rows load noticeably faster
    try:
        return conn.execute(
            f"""SELECT local_id, name, city, postal_code, phone, email, region, appliance_count,
                       address, house_no, proplus_id
                FROM clients ORDER BY name COLLATE NOCASE{f" LIMIT {int(limit)}" if limit else ""}""").fetchall()
    finally:
        conn.row_factory = previous


def appliance_rows(store: Store, client_local_id: str | None = None) -> list[tuple[Any, ...]]:
    """Flat rows for the appliances pane: (local_id, client_local_id, client name, kind, name, region,
    make, year, proplus_id)."""
    where, args = ("WHERE a.client_local_id = ?", [client_local_id]) if client_local_id else ("", [])
    return store.conn.execute(
        f"""SELECT a.local_id, a.client_local_id, c.name, a.kind, a.name, a.region, a.make, a.year,
                   a.proplus_id
            FROM appliances a JOIN clients c ON c.local_id = a.client_local_id {where}
            ORDER BY c.name COLLATE NOCASE, a.position""", args).fetchall()


def get_appliance(store: Store, local_id: str) -> tuple[Appliance, str] | None:
    """An appliance and the local id of its client."""
    row = store.conn.execute("SELECT * FROM appliances WHERE local_id = ?", (local_id,)).fetchone()
    return (_appliance_from_row(row), row["client_local_id"]) if row else None


def identity_maps(conn: sqlite3.Connection) -> tuple[dict[int, str], dict[str, str]]:
    """Pro+ id -> local id (record links) and third-party id -> local id, for every cached client."""
    by_id = {int(remote): local for remote, local in conn.execute(
        "SELECT remote_id, local_id FROM record_links WHERE vendor='proplus' AND entity='client'")}
    by_tp = dict(conn.execute("SELECT third_party_id, local_id FROM clients WHERE third_party_id IS NOT NULL"))
    return by_id, by_tp


#: A pull of at least this many clients into an empty cache builds the search index and the pane's rows in one pass
#: at its end.
BULK_INDEX_FROM = 1000
_STALE = "clients_fts.stale"
_ROWS_STALE = "client_rows.stale"


@contextlib.contextmanager
def search_index_bulk(store: Store, incoming: int) -> Iterator[None]:
    """Around a pull: when `incoming` clients go into an empty cache, the search index and client_rows (what the
    clients pane lists) are left to one rebuild at the end instead of an update per row. If the pull stops half
    way, the next pull (or `heal_search_index`) rebuilds them, so they are never left behind for long."""
    heal_search_index(store)
    conn = store.conn
    bulk = incoming >= BULK_INDEX_FROM and conn.execute("SELECT 1 FROM clients LIMIT 1").fetchone() is None
    if bulk:
        with store.transaction(durable=False) as tx:  # all of it can be made again
            tx.executemany("INSERT OR REPLACE INTO meta (key, value) VALUES (?, '1')", [(_STALE,), (_ROWS_STALE,)])
    yield
    if bulk:
        heal_search_index(store)


_CLIENT_ROWS_FROM_CLIENTS = """
    INSERT INTO client_rows (id, local_id, name, city, postal_code, phone, email, region, appliance_count, address,
                             house_no, proplus_id, haystack)
    SELECT id, local_id, name, city, postal_code, phone, email, region, appliance_count, address, house_no, proplus_id,
           lower(name || char(31) || city || char(31) || postal_code || char(31) || phone || char(31) || email
                 || char(31) || address)
    FROM clients"""


def heal_search_index(store: Store) -> None:
    """Rebuild the search index and client_rows if a bulk pull left them stale (then, or when it stopped half
    way). Each rebuild is one statement that runs in SQLite with the GIL released."""
    stale = {row[0] for row in store.conn.execute("SELECT key FROM meta WHERE key IN (?, ?)", (_STALE, _ROWS_STALE))}
    if not stale:
        return
    with store.transaction(durable=False) as conn:  # made from the clients table: can be made again
        if _ROWS_STALE in stale:
            # Its indexes (the sort indexes, the keys index the filter sorts hits with: whatever the schema has)
            # are dropped and made again as they were: sorting once beats 20,000 inserts at random places (0.15 s
            # against 0.3 s).
            indexes = conn.execute("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND "
                                   "tbl_name = 'client_rows' AND sql IS NOT NULL").fetchall()
            for name, _ in indexes:
                conn.execute(f'DROP INDEX "{name}"')
            conn.execute("DELETE FROM client_rows")
            conn.execute(_CLIENT_ROWS_FROM_CLIENTS)
            for _, sql in indexes:
                conn.execute(sql)
        if _STALE in stale:
            conn.execute("INSERT INTO clients_fts (clients_fts) VALUES ('rebuild')")
        conn.executemany("DELETE FROM meta WHERE key = ?", [(key,) for key in stale])


def delete_clients(conn: sqlite3.Connection, local_ids: Iterable[str]) -> None:
    conn.executemany("DELETE FROM clients WHERE local_id = ?", [(i,) for i in local_ids])


def count_clients(store: Store) -> int:
    return int(store.conn.execute("SELECT COUNT(*) FROM clients").fetchone()[0])
