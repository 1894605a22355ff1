"""The SQLite cache: one file, WAL, versioned migrations in `PRAGMA user_version`.

Each thread gets its own connection to the same file (sqlite3 connections are not shared across
threads); the UI thread reads, the sync engine writes large batches from a worker thread.
`synchronous=FULL` makes every commit durable: an outbox row that was committed survives a crash or
a power cut, which is the promise the outbox makes to the user.
"""

from __future__ import annotations

import contextlib
import sqlite3
import threading
from collections.abc import Iterator
from pathlib import Path

from app.store.migrations import MIGRATIONS


class StoreError(Exception):
    """The cache file cannot be opened or is newer than this FieldDesk understands."""


class Store:
    def __init__(self, path: Path | str, *, migrate_to: int | None = None) -> None:
        self.path = Path(path)
        self._local = threading.local()
        self._all: list[sqlite3.Connection] = []
        self._lock = threading.Lock()
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._migrate(len(MIGRATIONS) if migrate_to is None else migrate_to)

    @property
    def conn(self) -> sqlite3.Connection:
        """This thread's connection."""
        conn: sqlite3.Connection | None = getattr(self._local, "conn", None)
        if conn is None:
            conn = self._connect()
            self._local.conn = conn
            with self._lock:
                self._all.append(conn)
        return conn

    def _connect(self) -> sqlite3.Connection:
        try:
            conn = sqlite3.connect(self.path, timeout=30.0, isolation_level=None, check_same_thread=False)
        except sqlite3.Error as exc:
            raise StoreError(f"cannot open the cache {self.path}: {exc}") from exc
        conn.row_factory = sqlite3.Row
        conn.execute("PRAGMA journal_mode=WAL")
        conn.execute("PRAGMA synchronous=FULL")
        conn.execute("PRAGMA foreign_keys=ON")
        conn.execute("PRAGMA busy_timeout=30000")
        return conn

    @contextlib.contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """BEGIN IMMEDIATE ... COMMIT, or ROLLBACK on any exception. Not re-entrant."""
        conn = self.conn
        conn.execute("BEGIN IMMEDIATE")
        try:
            yield conn
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        conn.execute("COMMIT")

    @property
    def schema_version(self) -> int:
        return int(self.conn.execute("PRAGMA user_version").fetchone()[0])

    def _migrate(self, target: int) -> None:
        current = self.schema_version
        if current > len(MIGRATIONS):
            raise StoreError(f"the cache {self.path} was written by a newer FieldDesk "
                             f"(schema {current}, this version knows {len(MIGRATIONS)})")
        if current >= target:
            return
        # Steps may rebuild a table that others refer to (SQLite's 12-step ALTER): foreign keys are off meanwhile
        # (the pragma only works outside a transaction) and checked before each step commits.
        self.conn.execute("PRAGMA foreign_keys=OFF")
        try:
            for version in range(current + 1, target + 1):
                with self.transaction() as conn:
                    for statement in MIGRATIONS[version - 1]:
                        conn.execute(statement)
                    broken = conn.execute("PRAGMA foreign_key_check").fetchall()
                    if broken:
                        raise StoreError(f"the cache {self.path}: upgrading to schema {version} would break "
                                         f"{len(broken)} reference(s); nothing was changed")
                    conn.execute(f"PRAGMA user_version = {version}")
        finally:
            self.conn.execute("PRAGMA foreign_keys=ON")

    def close(self) -> None:
        with self._lock:
            for conn in self._all:
                with contextlib.suppress(sqlite3.Error):
                    conn.close()
            self._all.clear()
        self._local = threading.local()
