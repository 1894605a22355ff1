"""The SQLite cache: one file, WAL, versioned migrations in `PRAGMA user_version`.

Each thread gets its own connection to the same file (sqlite3 connections are not shared across
threads); the UI thread reads, the sync engine writes large batches from a worker thread.
`synchronous=FULL` makes every commit durable: an outbox row that was committed survives a crash or
a power cut, which is the promise the outbox makes to the user. Only a pull's records, which can be fetched
again, are committed without waiting for the disk (`transaction(durable=False)`, where the outbox cannot be written).

The schema version rule (major/minor in `PRAGMA user_version`) is described in `app.store.migrations`.
Before a migration step changes an existing cache, a copy of it is written next to it
(`<cache>.before-v<old version>.bak`); a cache written by a newer major version is refused and left as it is.
"""

from __future__ import annotations

import contextlib
import glob
import logging
import os
import sqlite3
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Literal, NamedTuple

from app.store.migrations import MIGRATIONS, Migration

log = logging.getLogger(__name__)

#: How long closing the store waits for another thread's transaction to end (a pull's batch, a history piece).
CLOSE_WAIT_SECONDS = 30.0

# user_version values below this are the numbering from before the major/minor rule: N = N steps applied.
_LEGACY_LIMIT = 1 << 16


class StoreError(Exception):
    """The cache file cannot be opened or is newer than this FieldDesk understands."""


class DamagedCacheError(StoreError):
    """The cache file is damaged (or not a cache). It is never changed or deleted: the message says how to move it
    aside and start a new cache with what it still holds."""

    def __init__(self, path: Path, problem: str) -> None:
        self.path, self.problem = path, problem
        super().__init__(
            f"the cache {path} is damaged ({problem}); nothing in it was changed. 'fielddesk cache move-aside' "
            f"keeps the file under a new name and starts a new cache with the queued writes and unsaved forms "
            f"still readable in it.")


#: A marker beside the cache while a FieldDesk has it open: found at the next start, the last session ended
#: without closing (a crash, a kill, a power cut), and the cache is checked before it is used.
OPEN_MARKER_SUFFIX = ".open"


class SchemaVersion(NamedTuple):
    """A cache's schema version as kept in `PRAGMA user_version`: `(major << 16) | minor`."""

    major: int
    minor: int

    @classmethod
    def from_int(cls, value: int) -> SchemaVersion:
        return cls(value >> 16, value & 0xFFFF)

    def to_int(self) -> int:
        if not (0 <= self.major <= 0x7FFF and 0 <= self.minor <= 0xFFFF):
            raise ValueError(f"schema version out of range: {self.major}.{self.minor}")
        return (self.major << 16) | self.minor

    def __str__(self) -> str:
        return f"{self.major}.{self.minor}"


def version_after(steps: int, migrations: list[Migration] = MIGRATIONS) -> SchemaVersion:
    """The version a cache has once the first `steps` migration steps have run."""
    major = minor = 0
    for step in migrations[:steps]:
        if step.major:
            major, minor = major + 1, 0
        else:
            minor += 1
    return SchemaVersion(major, minor)


def _label(raw: int) -> str:
    """A user_version as people read it: "2" in the legacy numbering, "2.1" in the major/minor one."""
    return str(raw) if 0 <= raw < _LEGACY_LIMIT else str(SchemaVersion.from_int(raw))


def _steps_applied(raw: int, path: Path, migrations: list[Migration] = MIGRATIONS) -> int | None:
    """How many of `migrations` a cache with this user_version has had; None when it is the same major
    version with a newer minor one (open it as it is). Raises StoreError when it must not be opened."""
    if raw < 0:
        raise StoreError(f"the cache {path} has an invalid schema version ({raw}); it is damaged or not a "
                         f"FieldDesk cache. Nothing in it was changed.")
    ours = version_after(len(migrations), migrations)
    if raw < _LEGACY_LIMIT:
        if raw <= len(migrations):
            return raw
        # a legacy number beyond our steps: one of them may be major, so assume one is
    else:
        found = SchemaVersion.from_int(raw)
        ends_of_majors = [i + 1 for i, step in enumerate(migrations) if step.major]
        if found.major <= len(ends_of_majors):
            base = ends_of_majors[found.major - 1]
            known_minors = 0
            for step in migrations[base:]:
                if step.major:
                    break
                known_minors += 1
            if found.minor <= known_minors:
                return base + found.minor
            if found.major == ours.major:
                return None
            raise StoreError(f"the cache {path} has schema {found}, which this FieldDesk does not know (it was "
                             f"written by a different build). Use the FieldDesk that wrote it, or another --home. "
                             f"Nothing in the file was changed: its queued writes are kept there untouched.")
    raise StoreError(f"the cache {path} was written by a newer FieldDesk (schema {_label(raw)}; this FieldDesk "
                     f"reads schema {ours.major}.x and older). Update FieldDesk to open it, or use another --home "
                     f"with this version. Nothing in the file was changed: its queued writes are kept there "
                     f"untouched.")


_sqlite_features_ok = False


def _has_fts5_trigram() -> bool:
    """Whether this Python's SQLite can make and search an FTS5 table with the trigram tokenizer."""
    conn = sqlite3.connect(":memory:")
    try:
        conn.execute("CREATE VIRTUAL TABLE temp.probe USING fts5(text, tokenize='trigram')")
        conn.execute("INSERT INTO temp.probe (text) VALUES ('warmtepomp')")
        return bool(conn.execute("SELECT count(*) FROM temp.probe WHERE probe MATCH 'tepo'").fetchone()[0] == 1)
    except sqlite3.Error:
        return False
    finally:
        conn.close()


def check_sqlite_features() -> None:
    """Raise StoreError unless this Python's SQLite has what the cache needs (FTS5 with trigrams)."""
    global _sqlite_features_ok
    if _sqlite_features_ok:
        return
    if not _has_fts5_trigram():
        raise StoreError(f"this Python's SQLite {sqlite3.sqlite_version} lacks FTS5 with the trigram tokenizer "
                         f"(needs 3.34+ built with FTS5); install a Python 3.11+ whose sqlite3 module uses such "
                         f"a SQLite (for example from python.org, or your distribution's current python3) and "
                         f"run FieldDesk with it")
    _sqlite_features_ok = True


_OUTBOX_WRITES = frozenset({sqlite3.SQLITE_INSERT, sqlite3.SQLITE_UPDATE, sqlite3.SQLITE_DELETE})


def _no_outbox_writes(action: int, table: str | None, _column: str | None, _db: str | None,
                      _trigger: str | None) -> int:
    """An authorizer that refuses any statement (or trigger) writing the outbox."""
    return sqlite3.SQLITE_DENY if action in _OUTBOX_WRITES and table == "outbox" else sqlite3.SQLITE_OK


class Compaction(NamedTuple):
    """What `Store.compact` did: the file's size with its log before and after, in bytes, and whether the file
    shrinks only when another FieldDesk that reads the cache closes it."""

    before: int
    after: int
    waiting: bool


#: What opening a cache does first that can take a while (see work_before_open).
CacheWork = Literal["check", "upgrade"]


def work_before_open(path: Path) -> CacheWork | None:
    """What opening the cache at `path` does first that can take a while on a large cache: "check" (the last
    session did not close it cleanly, so SQLite reads every page) or "upgrade" (a copy of the file, then the schema
    steps). None when it does neither, and for a file it cannot read: opening it says what is wrong."""
    try:
        if not path.is_file() or path.stat().st_size == 0:
            return None
        if path.with_name(path.name + OPEN_MARKER_SUFFIX).exists():
            return "check"
        probe = sqlite3.connect(path.absolute().as_uri() + "?mode=ro", uri=True)
        try:
            raw = int(probe.execute("PRAGMA user_version").fetchone()[0])
        finally:
            probe.close()
        applied = _steps_applied(raw, path)
    except (OSError, sqlite3.Error, StoreError):
        return None
    return "upgrade" if raw and applied is not None and applied < len(MIGRATIONS) else None


class Store:
    def __init__(self, path: Path | str, *, migrate_to: int | None = None) -> None:
        self.path = Path(path)
        self._local = threading.local()
        self._all: list[sqlite3.Connection] = []
        #: Held by a transaction for as long as it runs: `close` waits for it rather than close the connection under
        #: another thread's feet (SQLite then crashes the process).
        self._busy: dict[sqlite3.Connection, threading.Lock] = {}
        self._lock = threading.Lock()
        self._suspect = False
        check_sqlite_features()
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._check_writable()
        self._migrate(len(MIGRATIONS) if migrate_to is None else migrate_to)
        try:
            self._marker.touch()
        except OSError as exc:
            raise StoreError(f"cannot write beside the cache {self.path} ({exc.strerror or exc}): FieldDesk needs "
                             "its folder writable; check the permissions or choose another --home") from exc

    def _check_writable(self) -> None:
        """A cache FieldDesk cannot write is refused at once, naming the file: SQLite would open it read-only
        and fail only at the first write (a sync, an edit), far from the cause."""
        for path in (self.path, self.path.with_name(self.path.name + "-wal")):
            if path.is_file() and not os.access(path, os.W_OK, effective_ids=os.access in os.supports_effective_ids):
                raise StoreError(f"the cache {path} is read-only: FieldDesk must write to it; check the file's and "
                                 "its folder's permissions, or choose another --home")

    @property
    def conn(self) -> sqlite3.Connection:
        """This thread's connection."""
        conn: sqlite3.Connection | None = getattr(self._local, "conn", None)
        if conn is None:
            conn = self._connect()
            self._local.conn = conn
            with self._lock:
                self._all.append(conn)
                self._busy[conn] = threading.Lock()
        return conn

    def _connect(self) -> sqlite3.Connection:
        try:
            conn = sqlite3.connect(self.path, timeout=30.0, isolation_level=None, check_same_thread=False)
            conn.row_factory = sqlite3.Row
            conn.execute("PRAGMA journal_mode=WAL")
            conn.execute("PRAGMA synchronous=FULL")
            conn.execute("PRAGMA foreign_keys=ON")
            conn.execute("PRAGMA busy_timeout=30000")
        except sqlite3.DatabaseError as exc:
            if "readonly" in str(exc) or "read-only" in str(exc):
                raise StoreError(f"the cache {self.path} is read-only ({exc}): FieldDesk must write to it; check "
                                 "the file's and its folder's permissions, or choose another --home") from exc
            raise DamagedCacheError(self.path, str(exc)) from exc
        except sqlite3.Error as exc:
            raise StoreError(f"cannot open the cache {self.path}: {exc}") from exc
        return conn

    @contextlib.contextmanager
    def transaction(self, *, durable: bool = True) -> Iterator[sqlite3.Connection]:
        """BEGIN IMMEDIATE ... COMMIT, or ROLLBACK on any exception. Not re-entrant.

        `durable=False` is for what can be fetched again (a pull's records): its commit does not wait for the
        disk (`synchronous=NORMAL`; in WAL mode a crash of FieldDesk still loses nothing, a power cut may take
        back the last such commits, never corrupting the file). The outbox cannot be written in it (SQLite
        refuses: `sqlite3.DatabaseError`), so what a user typed is always committed durably. A later durable
        commit syncs the log up to itself, so such commits before it are durable too."""
        conn = self.conn
        with self._lock:
            busy = self._busy.get(conn) or threading.Lock()
        with busy:
            if not durable:
                conn.execute("PRAGMA synchronous=NORMAL")
                conn.set_authorizer(_no_outbox_writes)  # also expires statements prepared before: re-checked
            try:
                conn.execute("BEGIN IMMEDIATE")
                try:
                    yield conn
                except BaseException:
                    conn.execute("ROLLBACK")
                    raise
                conn.execute("COMMIT")
            finally:
                if not durable:  # the connection is the thread's: whatever it commits next is durable again
                    conn.set_authorizer(None)
                    conn.execute("PRAGMA synchronous=FULL")

    @property
    def schema_version(self) -> SchemaVersion:
        """The cache's schema version (a legacy number is shown as the version it stands for)."""
        raw = int(self.conn.execute("PRAGMA user_version").fetchone()[0])
        if 0 <= raw <= len(MIGRATIONS):
            return version_after(raw)
        return SchemaVersion.from_int(raw)

    def _inspect(self) -> tuple[int, bool]:
        """The cache's user_version and whether it holds nothing yet, read without changing the file.

        A read-only connection, before the journal mode is set: a refused cache must stay byte-identical
        (no journal-mode switch in its header, no checkpoint of a newer build's write-ahead log).
        """
        if not self.path.exists():
            return 0, True
        if self.path.is_dir():
            raise StoreError(f"the cache {self.path} is a folder; move it away or choose another --home")
        if self.path.stat().st_size == 0:
            if self._was_used():  # SQLite never leaves a cache it wrote empty: this one was truncated
                raise DamagedCacheError(self.path, "the file is empty (0 bytes)")
            return 0, True  # made but never written: new
        unclean = self._marker.exists()
        try:
            probe = sqlite3.connect(self.path.absolute().as_uri() + "?mode=ro", uri=True, timeout=30.0)
            try:
                raw = int(probe.execute("PRAGMA user_version").fetchone()[0])
                objects = int(probe.execute("SELECT count(*) FROM sqlite_master").fetchone()[0])
                if unclean:
                    log.info("the last session did not close %s cleanly: checking it", self.path)
                    verdict = [r[0] for r in probe.execute("PRAGMA quick_check(5)")]
                    if verdict != ["ok"]:
                        raise DamagedCacheError(self.path, "; ".join(verdict))
            finally:
                probe.close()
        except sqlite3.DatabaseError as exc:
            raise DamagedCacheError(self.path, str(exc)) from exc
        except sqlite3.Error as exc:
            raise StoreError(f"cannot read the cache {self.path}: {exc}") from exc
        return raw, raw == 0 and objects == 0

    def _was_used(self) -> bool:
        """Whether traces beside the file show a FieldDesk used this cache (an open marker, a write-ahead log,
        the sync lock made at the first sync, a backup before an upgrade)."""
        name = self.path.name
        traces = [self._marker, self.path.with_name(name + "-wal"), self.path.with_name(name + ".sync.lock")]
        return any(p.exists() for p in traces) or any(self.path.parent.glob(f"{name}.before-v*.bak"))

    @property
    def _marker(self) -> Path:
        return self.path.with_name(self.path.name + OPEN_MARKER_SUFFIX)

    def _backup(self, raw: int) -> Path:
        """Copy the cache (write-ahead log included) to `<cache>.before-v<old>.bak`, one file in rollback-journal
        mode. Once it is complete, the copies before earlier upgrades go: each is as large as the cache (740 MB at
        100,000 clients), and the newest holds everything an older one could give back."""
        target = self.path.with_name(f"{self.path.name}.before-v{_label(raw)}.bak")
        partial = target.with_name(target.name + ".partial")
        try:
            partial.unlink(missing_ok=True)
            copy = sqlite3.connect(partial)
            try:
                self.conn.backup(copy)
                copy.execute("PRAGMA journal_mode=DELETE")  # one self-contained file, not WAL
            finally:
                copy.close()
            os.replace(partial, target)
        except (OSError, sqlite3.Error) as exc:
            with contextlib.suppress(OSError):
                partial.unlink(missing_ok=True)
            raise StoreError(f"cannot back up the cache {self.path} to {target} before upgrading its schema: "
                             f"{exc}. Nothing in the cache was changed.") from exc
        log.info("backed up the cache %s (schema %s) to %s before upgrading it", self.path, _label(raw), target)
        for older in self.path.parent.glob(f"{glob.escape(self.path.name)}.before-v*.bak"):
            if older != target:
                try:
                    older.unlink()
                    log.info("removed %s: the new copy replaces it", older)
                except OSError as exc:  # only disk space is at stake: the upgrade goes on
                    log.info("could not remove the older copy %s: %s", older, exc)
        return target

    def _migrate(self, target: int) -> None:
        raw, empty = self._inspect()
        applied = _steps_applied(raw, self.path)
        if applied is None or applied >= target:
            return  # up to date, or a newer minor version: opened as it is
        if not empty:
            self._backup(raw)
        # Steps may rebuild a table others refer to (SQLite's 12-step ALTER): foreign keys are off meanwhile (the
        # pragma only works outside a transaction) and checked before the upgrade commits.
        self.conn.execute("PRAGMA foreign_keys=OFF")
        try:
            self._apply(raw, applied, target)
        finally:
            self.conn.execute("PRAGMA foreign_keys=ON")

    def _apply(self, raw: int, applied: int, target: int) -> None:
        with self.transaction() as conn:
            now = int(conn.execute("PRAGMA user_version").fetchone()[0])
            if now != raw:  # another process upgraded it meanwhile
                now_applied = _steps_applied(now, self.path)
                if now_applied is None or now_applied >= target:
                    return
                applied = now_applied
            for step in MIGRATIONS[applied:target]:
                for statement in step.statements:
                    conn.execute(statement)
            broken = conn.execute("PRAGMA foreign_key_check").fetchall()
            if broken:
                raise StoreError(f"the cache {self.path}: upgrading it would break {len(broken)} reference(s); "
                                 "nothing was changed")
            conn.execute(f"PRAGMA user_version = {version_after(target).to_int()}")

    def close(self) -> None:
        """Close every thread's connection. One inside a transaction (a worker saving what it fetched) is closed when
        its transaction ends, waited for up to CLOSE_WAIT_SECONDS; a thread that uses the store afterwards opens a new
        connection."""
        with self._lock:
            conns, busy = list(self._all), dict(self._busy)
            self._all.clear()
            self._busy.clear()
            self._local = threading.local()
        for conn in conns:
            lock = busy.get(conn)
            if lock is not None and not lock.acquire(timeout=CLOSE_WAIT_SECONDS):
                log.warning("a transaction on %s still runs after %s s; its connection closes with FieldDesk",
                            self.path, CLOSE_WAIT_SECONDS)
                continue
            try:
                with contextlib.suppress(sqlite3.Error):
                    conn.close()
            finally:
                if lock is not None:
                    lock.release()
        if not self._suspect:
            with contextlib.suppress(OSError):
                self._marker.unlink()  # closed cleanly: no check needed at the next start

    def compact(self) -> Compaction:
        """Give the file's free pages back to the disk: SQLite's VACUUM rewrites the cache in one transaction (the
        outbox with it, never at risk), then the log is emptied into it. Free pages come from rows deleted or made
        smaller (since schema 4.0 a pulled client keeps no second copy); SQLite reuses them anyway, so this is about
        disk space only. While another FieldDesk (a window) reads the cache, the log cannot be emptied yet: the file
        shrinks when that one closes it."""
        before = self._size_on_disk()
        try:
            self.conn.execute("VACUUM")
            # PASSIVE: a reader keeps its pages (it never waits for one); when none is left behind, TRUNCATE empties
            # the log file too.
            busy, frames, done = self.conn.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchone()
            waiting = bool(busy) or frames != done
            if not waiting:
                self.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        except sqlite3.OperationalError as exc:
            raise StoreError(f"cannot compact the cache {self.path} ({exc}): it needs free disk space as large as "
                             "the cache, and no other FieldDesk syncing it; nothing was changed") from exc
        return Compaction(before, self._size_on_disk(), waiting=waiting)

    def _size_on_disk(self) -> int:
        return sum(p.stat().st_size for p in (self.path, self.path.with_name(self.path.name + "-wal")) if p.exists())

    def mark_suspect(self) -> None:
        """SQLite reported damage while the cache was in use: the next open checks it (and refuses it while it
        is damaged), as after a crash."""
        self._suspect = True
