"""Record links: which vendor record each local record is (vendor, entity, remote id, remote version).

Every vendor's identities live here, so the cache's own tables never carry one vendor's id as their key.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable


def link(conn: sqlite3.Connection, vendor: str, entity: str, remote_id: str | int, local_id: str,
         remote_version: str | None = None) -> None:
    """Record that `local_id` is the vendor's `remote_id` (one remote record per local one, and back)."""
    link_many(conn, vendor, entity, [(remote_id, local_id, remote_version)])


def link_many(conn: sqlite3.Connection, vendor: str, entity: str,
              links: Iterable[tuple[str | int, str, str | None]]) -> None:
    """`link` for each (remote id, local id, remote version), in order, in one statement. REPLACE removes the
    links this one contradicts (the same remote record, or the same local one) before it is added."""
    conn.executemany("INSERT OR REPLACE INTO record_links (vendor, entity, remote_id, local_id, remote_version) "
                     "VALUES (?, ?, ?, ?, ?)",
                     [(vendor, entity, str(remote), local, version) for remote, local, version in links])


def local_ids(conn: sqlite3.Connection, vendor: str, entity: str) -> dict[str, str]:
    """remote id -> local id for every linked record of this entity."""
    return dict(conn.execute("SELECT remote_id, local_id FROM record_links WHERE vendor=? AND entity=?",
                             (vendor, entity)).fetchall())


def local_id(conn: sqlite3.Connection, vendor: str, entity: str, remote_id: str | int) -> str | None:
    row = conn.execute("SELECT local_id FROM record_links WHERE vendor=? AND entity=? AND remote_id=?",
                       (vendor, entity, str(remote_id))).fetchone()
    return row[0] if row else None


def remote_version(conn: sqlite3.Connection, vendor: str, entity: str, local: str) -> str | None:
    row = conn.execute("SELECT remote_version FROM record_links WHERE vendor=? AND entity=? AND local_id=?",
                       (vendor, entity, local)).fetchone()
    return row[0] if row else None


def forget(conn: sqlite3.Connection, vendor: str, entity: str, local: Iterable[str]) -> None:
    conn.executemany("DELETE FROM record_links WHERE vendor=? AND entity=? AND local_id=?",
                     [(vendor, entity, i) for i in local])
