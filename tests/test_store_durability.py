"""Which commits wait for the disk: a pull's records are committed without (they can be fetched again), a user's
writes always with it, and SQLite itself refuses an outbox write in a commit that would not wait."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from app.store import outbox
from app.store.db import Store

FULL, NORMAL = 2, 1  # PRAGMA synchronous values


def synchronous(store: Store) -> int:
    return int(store.conn.execute("PRAGMA synchronous").fetchone()[0])


def queue(conn: sqlite3.Connection, key: str = "fd-1") -> int:
    return outbox.enqueue(conn, vendor="proplus", operation="push-client", record_key=key, summary="Push client",
                          payload={"client": []})


def test_a_commit_that_does_not_wait_for_the_disk_cannot_write_the_outbox(tmp_path: Path) -> None:
    store = Store(tmp_path / "cache.sqlite3")
    with store.transaction() as conn:  # durable: the outbox statements are prepared (and cached) here
        entry = queue(conn)
        conn.execute("UPDATE outbox SET attempts = 1 WHERE id = ?", (entry,))
    assert synchronous(store) == FULL
    for statement in (lambda c: queue(c, "fd-2"),
                      lambda c: c.execute("UPDATE outbox SET attempts = 2 WHERE id = ?", (entry,)),
                      lambda c: c.execute("DELETE FROM outbox WHERE id = ?", (entry,))):
        with pytest.raises(sqlite3.DatabaseError, match="not authorized"), store.transaction(durable=False) as conn:
            assert synchronous(store) == NORMAL
            conn.execute("INSERT INTO meta (key, value) VALUES ('pulled', '1')")  # other tables: fine
            statement(conn)
        assert synchronous(store) == FULL, "the thread's next commit waits for the disk again"
    assert [(e.record_key, e.attempts) for e in outbox.entries(store)] == [("fd-1", 1)], "nothing of it committed"
    assert store.conn.execute("SELECT COUNT(*) FROM meta WHERE key = 'pulled'").fetchone()[0] == 0, "rolled back"
    with store.transaction() as conn:  # and a durable one writes the outbox as before
        queue(conn, "fd-3")
    assert [e.record_key for e in outbox.entries(store)] == ["fd-1", "fd-3"]
    store.close()


def test_a_pull_commits_without_waiting_for_the_disk_and_leaves_the_outbox_durable(tmp_path: Path) -> None:
    """The pull's transactions run with synchronous=NORMAL; every other commit of the same thread, the user's
    writes included, with FULL."""
    from app.sandbox.demo_data import bulk_clients
    from app.vendors.proplus.models import client_records
    from app.vendors.proplus.sync import save_pulled_clients

    records = bulk_clients(1200)  # a bulk first pull: its end pass (search index, pane rows) runs too
    for number, record in enumerate(records, 1):
        record["id"] = number
    store = Store(tmp_path / "cache.sqlite3")
    conn = store.conn
    seen: list[tuple[str, int]] = []  # each COMMIT with the synchronous setting it ran under
    level = [synchronous(store)]

    def trace(statement: str) -> None:  # follows the setting from the statements run (no query in a callback)
        if statement.startswith("PRAGMA synchronous="):
            level[0] = {"NORMAL": NORMAL, "FULL": FULL}[statement.split("=")[1]]
        elif statement == "COMMIT":
            seen.append((statement, level[0]))

    conn.set_trace_callback(trace)
    save_pulled_clients(store, client_records(records))
    assert len(seen) >= 4 and all(at == NORMAL for _, at in seen), seen
    seen.clear()
    with store.transaction() as tx:
        queue(tx)
    assert seen == [("COMMIT", FULL)]
    conn.set_trace_callback(None)
    assert conn.execute("SELECT COUNT(*) FROM clients").fetchone()[0] == 1200
    store.close()


def test_closing_waits_for_another_threads_transaction_and_loses_nothing(tmp_path: Path) -> None:
    """The window closes while a worker still saves what it fetched (a history piece, a pull's batch): the store
    closes that connection when the transaction ends, instead of under it (SQLite then crashed the process)."""
    import threading

    store = Store(tmp_path / "cache.sqlite3")
    inside, go_on, closed = threading.Event(), threading.Event(), threading.Event()
    failures: list[BaseException] = []

    def worker() -> None:
        try:
            with store.transaction(durable=False) as conn:
                inside.set()
                assert go_on.wait(10)
                conn.execute("INSERT INTO meta (key, value) VALUES ('saved-by-worker', '1')")
        except BaseException as exc:  # reported to the test below
            failures.append(exc)

    def close() -> None:
        store.close()
        closed.set()

    saving = threading.Thread(target=worker)
    saving.start()
    assert inside.wait(10)
    closing = threading.Thread(target=close)
    closing.start()
    assert not closed.wait(0.2), "close() waits while the transaction runs"
    go_on.set()
    saving.join(10)
    closing.join(10)
    assert closed.is_set() and not failures
    again = Store(tmp_path / "cache.sqlite3")
    assert again.conn.execute("SELECT value FROM meta WHERE key = 'saved-by-worker'").fetchone()[0] == "1"
    again.close()
