"""Schema upgrades of the cache: a backup copy first, newer minor versions opened, newer major ones refused
untouched; and the SQLite features the cache needs checked at open."""

from __future__ import annotations

import hashlib
import logging
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from app.store import db, outbox
from app.store.db import SchemaVersion, Store, StoreError, version_after
from app.store.migrations import MIGRATIONS, Migration

OUTBOX_ROW = """INSERT INTO outbox (vendor, operation, record_key, idempotency_key, summary, payload,
                                    state, attempts, last_error, created_at, updated_at)
                VALUES ('proplus', 'push-client', ?, ?, 'Push client', '{"client": []}', ?, ?, ?, 't0', 't0')"""


def legacy_v1_cache(path: Path) -> None:
    """A cache as the FieldDesk before major/minor versions left it: step 1 applied, user_version 1,
    one rejected and one pending write queued."""
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("BEGIN")
    for statement in MIGRATIONS[0].statements:
        conn.execute(statement)
    conn.execute("PRAGMA user_version = 1")
    conn.execute(OUTBOX_ROW, ("fd-1", "key-1", "rejected", 2, "msg.The client field is required."))
    conn.execute(OUTBOX_ROW, ("fd-2", "key-2", "pending", 0, None))
    conn.execute("COMMIT")
    conn.close()


def queued_keys(path: Path) -> list[tuple[str, str, int]]:
    conn = sqlite3.connect(f"{path.absolute().as_uri()}?mode=ro", uri=True)
    try:
        return [tuple(row) for row in conn.execute("SELECT idempotency_key, state, attempts FROM outbox ORDER BY id")]
    finally:
        conn.close()


def user_version(path: Path) -> int:
    conn = sqlite3.connect(f"{path.absolute().as_uri()}?mode=ro", uri=True)
    try:
        return int(conn.execute("PRAGMA user_version").fetchone()[0])
    finally:
        conn.close()


def set_user_version(path: Path, value: int, *extra: str) -> None:
    """What a newer FieldDesk would leave: its extra statements run and its version written."""
    conn = sqlite3.connect(path, isolation_level=None)
    for statement in extra:
        conn.execute(statement)
    conn.execute(f"PRAGMA user_version = {value}")
    conn.close()


CURRENT = version_after(len(MIGRATIONS))
NEXT = CURRENT.major + 1  # a major version this build does not know
LEGACY_NEXT = len(MIGRATIONS) + 1  # in the legacy numbering (N = the first N steps), one step more than ours


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def current_cache(path: Path) -> None:
    store = Store(path)
    with store.transaction() as conn:
        conn.execute(OUTBOX_ROW, ("fd-1", "key-1", "rejected", 2, "msg.The client field is required."))
    store.close()


def test_the_version_packs_major_and_minor() -> None:
    assert SchemaVersion(2, 1).to_int() == 2 * 65536 + 1
    assert SchemaVersion.from_int(SchemaVersion(7, 65535).to_int()) == (7, 65535)
    assert str(SchemaVersion(2, 1)) == "2.1"
    with pytest.raises(ValueError):
        SchemaVersion(1, 65536).to_int()


def test_the_version_counts_major_steps_and_the_minor_ones_after_the_last() -> None:
    steps = [Migration([], major=True), Migration([], major=False), Migration([], major=True),
             Migration([], major=False), Migration([], major=False)]
    assert [version_after(n, steps) for n in range(6)] == [(0, 0), (1, 0), (1, 1), (2, 0), (2, 1), (2, 2)]
    # This build's own steps: the majors, then the minor ones after the last major.
    last_major = max(i for i, step in enumerate(MIGRATIONS) if step.major)
    assert version_after(len(MIGRATIONS)) == (sum(step.major for step in MIGRATIONS),
                                              len(MIGRATIONS) - last_major - 1)


def test_a_legacy_v1_cache_is_backed_up_then_upgraded_with_its_queued_writes(
        tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    path = tmp_path / "cache.sqlite3"
    legacy_v1_cache(path)
    with caplog.at_level(logging.INFO, logger="app.store.db"):
        store = Store(path)
    backup = tmp_path / "cache.sqlite3.before-v1.bak"
    assert backup.exists()
    assert [r.getMessage() for r in caplog.records if str(backup) in r.getMessage()], caplog.text
    # The copy is the cache as it was: version 1, the writes queued.
    assert user_version(backup) == 1
    assert queued_keys(backup) == [("key-1", "rejected", 2), ("key-2", "pending", 0)]
    # The upgraded cache keeps every queued write, with what the user must still see.
    assert store.schema_version == CURRENT
    assert user_version(path) == CURRENT.to_int()
    entries = outbox.entries(store)
    assert [(e.idempotency_key, e.state, e.attempts) for e in entries] == [("key-1", "rejected", 2),
                                                                          ("key-2", "pending", 0)]
    assert entries[0].last_error == "msg.The client field is required."
    store.close()
    # Opening it again migrates nothing and copies nothing.
    backup.unlink()
    Store(path).close()
    assert sorted(p.name for p in tmp_path.glob("*.bak")) == []


def test_a_new_backup_replaces_the_older_copy_of_the_same_version(tmp_path: Path) -> None:
    path = tmp_path / "cache.sqlite3"
    stale = tmp_path / "cache.sqlite3.before-v1.bak"
    stale.write_bytes(b"an older copy")
    legacy_v1_cache(path)
    Store(path).close()
    assert queued_keys(stale) == [("key-1", "rejected", 2), ("key-2", "pending", 0)]
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith("cache.sqlite3.before")] == [stale.name]


def test_only_the_copy_before_the_latest_upgrade_is_kept(tmp_path: Path) -> None:
    path = tmp_path / "cache.sqlite3"
    Store(path, migrate_to=1).close()
    (tmp_path / "cache.sqlite3.before-v0.9.bak").write_bytes(b"a copy from two upgrades ago")
    (tmp_path / "other.sqlite3.before-v1.0.bak").write_bytes(b"another cache's copy")
    Store(path, migrate_to=2).close()
    Store(path).close()
    assert sorted(p.name for p in tmp_path.glob("*.bak")) == [f"cache.sqlite3.before-v{version_after(2)}.bak",
                                                               "other.sqlite3.before-v1.0.bak"]
    assert user_version(tmp_path / f"cache.sqlite3.before-v{version_after(2)}.bak") == version_after(2).to_int()


def test_a_cache_of_an_older_major_version_is_named_by_major_and_minor_in_its_backup(tmp_path: Path) -> None:
    path = tmp_path / "cache.sqlite3"
    Store(path, migrate_to=1).close()
    assert user_version(path) == SchemaVersion(1, 0).to_int()
    Store(path).close()
    assert user_version(tmp_path / "cache.sqlite3.before-v1.0.bak") == SchemaVersion(1, 0).to_int()
    assert user_version(path) == CURRENT.to_int()


def test_a_new_empty_cache_needs_no_backup(tmp_path: Path) -> None:
    path = tmp_path / "cache.sqlite3"
    store = Store(path)
    assert store.schema_version == version_after(len(MIGRATIONS))
    store.close()
    assert list(tmp_path.glob("*.bak")) == []
    # An empty file (made but never written) is new as well.
    empty = tmp_path / "empty.sqlite3"
    empty.touch()
    Store(empty).close()
    assert list(tmp_path.glob("*.bak")) == []


def test_a_newer_minor_version_opens_as_it_is_and_stays_writable(tmp_path: Path) -> None:
    path = tmp_path / "cache.sqlite3"
    current_cache(path)
    newer = SchemaVersion(CURRENT.major, CURRENT.minor + 1)
    set_user_version(path, newer.to_int(), "CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT)",
                     "INSERT INTO notes (text) VALUES ('kept')")
    store = Store(path)
    assert store.schema_version == newer
    with store.transaction() as conn:
        conn.execute(OUTBOX_ROW, ("fd-2", "key-2", "pending", 0, None))
    assert [e.idempotency_key for e in outbox.entries(store)] == ["key-1", "key-2"]
    assert store.conn.execute("SELECT text FROM notes").fetchone()[0] == "kept"
    store.close()
    assert user_version(path) == newer.to_int()
    assert list(tmp_path.glob("*.bak")) == []


def newer_build_killed(path: Path, value: int) -> None:
    """A newer FieldDesk that wrote its version and was killed before checkpointing: the write is in the WAL."""
    code = ("import os, sqlite3, sys\n"
            "conn = sqlite3.connect(sys.argv[1], isolation_level=None)\n"
            "conn.execute('PRAGMA wal_autocheckpoint=0')\n"
            "conn.execute('PRAGMA user_version = ' + sys.argv[2])\n"
            "os._exit(0)\n")
    subprocess.run([sys.executable, "-c", code, str(path), str(value)], check=True, timeout=60)
    assert (path.parent / (path.name + "-wal")).stat().st_size > 0


@pytest.mark.parametrize("killed", [False, True], ids=["closed", "killed"])
@pytest.mark.parametrize("newer", [SchemaVersion(NEXT, 0).to_int(), SchemaVersion(NEXT, 4).to_int(), LEGACY_NEXT],
                         ids=["next.0", "next.4", "legacy-next"])
def test_a_newer_major_version_is_refused_and_left_untouched(tmp_path: Path, newer: int, killed: bool) -> None:
    path = tmp_path / "cache.sqlite3"
    wal = tmp_path / "cache.sqlite3-wal"
    current_cache(path)
    if killed:
        newer_build_killed(path, newer)
    else:
        set_user_version(path, newer)
    before = digest(path), wal.exists() and digest(wal)
    # The read-only look may leave SQLite's (empty) side files where there were none; it changes nothing else.
    with pytest.raises(StoreError) as raised:
        Store(path)
    message = str(raised.value)
    assert str(path) in message
    assert "newer FieldDesk" in message
    assert "Update FieldDesk" in message and "--home" in message
    assert "queued writes are kept" in message
    assert digest(path) == before[0]
    if before[1]:
        assert digest(wal) == before[1]
    else:
        assert not wal.exists() or wal.stat().st_size == 0
    assert user_version(path) == newer
    assert queued_keys(path) == [("key-1", "rejected", 2)]
    assert list(tmp_path.glob("*.bak")) == []


def test_a_damaged_cache_is_refused_and_left_untouched(tmp_path: Path) -> None:
    path = tmp_path / "cache.sqlite3"
    path.write_bytes(b"not a database, " * 512)
    before = digest(path)
    with pytest.raises(StoreError, match="damaged"):
        Store(path)
    assert digest(path) == before
    assert list(tmp_path.glob("*.bak")) == []


def test_this_python_has_fts5_with_trigrams() -> None:
    db.check_sqlite_features()  # raises otherwise
    assert db._has_fts5_trigram()


def test_a_sqlite_without_fts5_is_refused_with_what_to_install(tmp_path: Path,
                                                               monkeypatch: pytest.MonkeyPatch) -> None:
    class WithoutFts5(sqlite3.Connection):
        def execute(self, sql: str, *args: object) -> sqlite3.Cursor:
            if "fts5" in sql.lower():
                raise sqlite3.OperationalError("no such module: fts5")
            return super().execute(sql, *args)  # type: ignore[arg-type]

    real_connect = sqlite3.connect
    monkeypatch.setattr(db.sqlite3, "connect", lambda *a, **k: real_connect(*a, factory=WithoutFts5, **k))
    monkeypatch.setattr(db, "_sqlite_features_ok", False)
    assert not db._has_fts5_trigram()
    with pytest.raises(StoreError) as raised:
        Store(tmp_path / "cache.sqlite3")
    message = str(raised.value)
    assert f"SQLite {sqlite3.sqlite_version} lacks FTS5 with the trigram tokenizer" in message
    assert "3.34+" in message and "install" in message
    assert not (tmp_path / "cache.sqlite3").exists()


def test_the_clients_keys_index_step_keeps_the_clients_and_the_queued_writes(tmp_path: Path) -> None:
    """A cache of the version before the keys index (app.store.tables sorts FTS hits from it): backed up, given the
    index, its clients, pane rows and queued writes kept, and every order of a search reads as before."""
    from app.domain.models import Client
    from app.store.clients import write_client
    from app.store.tables import CLIENTS, BoundTable

    step = next(i for i, m in enumerate(MIGRATIONS) if any("client_rows_keys" in s for s in m.statements))
    assert not MIGRATIONS[step].major
    path = tmp_path / "cache.sqlite3"
    old = Store(path, migrate_to=step)
    with old.transaction() as conn:
        for n in range(300):
            write_client(conn, Client(local_id=f"c{n:03d}", name=f"{'Anna Gent' if n % 3 else 'Bruno Aalst'} {n % 7}",
                                      city=("Gent", "Genk", "Namur")[n % 3], postal_code=f"{9000 + n % 11}"))
        conn.execute(OUTBOX_ROW, ("c001", "key-1", "rejected", 2, "msg.The client field is required."))
        conn.execute(OUTBOX_ROW, ("c002", "key-2", "pending", 0, None))
    searches = ("gen", "anna 3", "namur", "a", "")
    old_spec = CLIENTS._replace(hit_keys=None)  # the query shapes without the keys index
    before = {(text, column, descending): [r[0] for r in BoundTable(old_spec, lambda: old.conn).page(
                  text, column, descending, 0, 1000)]
              for text in searches for column in (0, 1, 2) for descending in (False, True)}
    assert "client_rows_keys" not in {r[0] for r in old.conn.execute("SELECT name FROM sqlite_master")}
    rows = "SELECT * FROM client_rows ORDER BY id"
    old_rows = old.conn.execute(rows).fetchall()
    old.close()
    store = Store(path)
    backup = tmp_path / f"cache.sqlite3.before-v{version_after(step)}.bak"
    assert queued_keys(backup) == [("key-1", "rejected", 2), ("key-2", "pending", 0)]
    assert store.schema_version == CURRENT
    assert [(e.idempotency_key, e.state, e.attempts) for e in outbox.entries(store)] == [
        ("key-1", "rejected", 2), ("key-2", "pending", 0)]
    assert store.conn.execute(rows).fetchall() == old_rows
    indexed = [r[2] for r in store.conn.execute("PRAGMA index_xinfo(client_rows_keys)") if r[5]]
    assert indexed == ["id", "name", "local_id", "city", "postal_code"]
    table = BoundTable(CLIENTS, lambda: store.conn)
    assert table.compiled("gen").shape == "sort-hits"
    assert {key: [r[0] for r in table.page(*key, 0, 1000)] for key in before} == before
    store.close()
