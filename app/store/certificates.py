"""Cached Pro+ inspection certificates (the `certificates` table) and their files (`certificate_files`): what a sync
or a user's fetch read from Pro+, and where FieldDesk saved each file it downloaded.

Certificate rows are dicts of the table's columns (without `data`) plus `files`, a list of file rows: dicts of
`certificate_files`' columns. A refetch replaces a certificate's fields and file names but keeps what was downloaded
(`path`, `size`, `downloaded_at`).
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Mapping, Sequence
from typing import Any, NamedTuple

from app.store.db import Store
from app.store.time import now_iso

#: The certificate columns a fetch fills (besides `id`, `data` and `fetched_at`).
COLUMNS = ("client_id", "appliance_id", "client_name", "appliance_name", "type", "status", "certification_date",
           "next_certification_date", "wo_number")
DOCUMENT, IMAGE = "document", "image"
_TEXT = frozenset({"client_name", "appliance_name"})  # NOT NULL: '' when Pro+ sends none

_CERT_SELECT = f"SELECT id, {', '.join(COLUMNS)}, fetched_at FROM certificates"
_FILE_SELECT = "SELECT id, certificate_id, kind, name, path, size, downloaded_at FROM certificate_files"


class FetchedFile(NamedTuple):
    """One file of a fetched certificate, as Pro+ lists it."""

    id: int
    kind: str  # DOCUMENT or IMAGE
    name: str | None


class FetchedCertificate(NamedTuple):
    """One certificate as a fetch read it: its columns (COLUMNS), its wire JSON and its files."""

    id: int
    values: Mapping[str, Any]
    data: Any
    files: Sequence[FetchedFile]


def save_fetched(conn: sqlite3.Connection, certificates: Iterable[FetchedCertificate]) -> int:
    """Insert or update certificates and their files; returns how many were saved. A file Pro+ no longer lists for
    its certificate is dropped unless it was downloaded (the copy on disk stays known)."""
    stamp = now_iso()
    count = 0
    for cert in certificates:
        values = [(cert.values.get(c) or "") if c in _TEXT else cert.values.get(c) for c in COLUMNS]
        conn.execute(
            f"""INSERT INTO certificates (id, {', '.join(COLUMNS)}, data, fetched_at)
                VALUES (?, {', '.join('?' for _ in COLUMNS)}, ?, ?)
                ON CONFLICT (id) DO UPDATE SET {', '.join(f'{c} = excluded.{c}' for c in COLUMNS)},
                    data = excluded.data, fetched_at = excluded.fetched_at""",
            (cert.id, *values, json.dumps(cert.data, ensure_ascii=False), stamp))
        conn.executemany(
            """INSERT INTO certificate_files (id, certificate_id, kind, name) VALUES (?, ?, ?, ?)
               ON CONFLICT (id) DO UPDATE SET certificate_id = excluded.certificate_id, kind = excluded.kind,
                   name = excluded.name""",
            [(f.id, cert.id, f.kind, f.name) for f in cert.files])
        listed = [f.id for f in cert.files]
        conn.execute(
            f"DELETE FROM certificate_files WHERE certificate_id = ? AND path IS NULL "
            f"AND id NOT IN ({', '.join('?' for _ in listed)})", (cert.id, *listed))
        count += 1
    return count


def _files_by_certificate(conn: sqlite3.Connection, certificate_ids: Sequence[int] | None
                          ) -> dict[int, list[dict[str, Any]]]:
    if certificate_ids is None:
        rows = conn.execute(f"{_FILE_SELECT} ORDER BY certificate_id, kind, id").fetchall()
    else:
        rows = []
        for start in range(0, len(certificate_ids), 500):  # under SQLite's bound-parameter limit
            part = certificate_ids[start:start + 500]
            rows += conn.execute(f"{_FILE_SELECT} WHERE certificate_id IN ({', '.join('?' for _ in part)}) "
                                 "ORDER BY certificate_id, kind, id", tuple(part)).fetchall()
    found: dict[int, list[dict[str, Any]]] = {}
    for row in rows:
        found.setdefault(row["certificate_id"], []).append(dict(row))
    return found


def all_certificates(store: Store) -> list[dict[str, Any]]:
    """Every cached certificate, the newest certification first (undated ones last: NULL sorts lowest), with its
    files."""
    conn = store.conn
    rows = conn.execute(f"{_CERT_SELECT} ORDER BY certification_date DESC, id").fetchall()
    files = _files_by_certificate(conn, None)
    return [{**dict(r), "files": files.get(r["id"], [])} for r in rows]


def get(store: Store, certificate_id: int) -> dict[str, Any] | None:
    conn = store.conn
    row = conn.execute(f"{_CERT_SELECT} WHERE id = ?", (certificate_id,)).fetchone()
    if row is None:
        return None
    return {**dict(row), "files": _files_by_certificate(conn, [certificate_id]).get(certificate_id, [])}


def wire(store: Store, certificate_id: int) -> Any:
    """The certificate as Pro+ last sent it (its JSON), None when not cached."""
    row = store.conn.execute("SELECT data FROM certificates WHERE id = ?", (certificate_id,)).fetchone()
    return json.loads(row[0]) if row else None


def files(store: Store, file_ids: Sequence[int]) -> dict[int, dict[str, Any]]:
    """File rows by id, each with its certificate's `client_name` and `client_id`; unknown ids are left out."""
    found: dict[int, dict[str, Any]] = {}
    unique = list(dict.fromkeys(file_ids))
    for start in range(0, len(unique), 500):
        part = unique[start:start + 500]
        for row in store.conn.execute(
                f"""SELECT f.id, f.certificate_id, f.kind, f.name, f.path, f.size, f.downloaded_at, c.client_name,
                           c.client_id
                    FROM certificate_files f LEFT JOIN certificates c ON c.id = f.certificate_id
                    WHERE f.id IN ({', '.join('?' for _ in part)})""", tuple(part)):
            found[row["id"]] = dict(row)
    return found


def file_ids_of(store: Store, certificate_ids: Sequence[int] | None = None) -> list[int]:
    """The ids of these certificates' files (every cached file when None), in listing order."""
    if certificate_ids is None:
        return [r[0] for r in store.conn.execute(
            """SELECT f.id FROM certificate_files f JOIN certificates c ON c.id = f.certificate_id
               ORDER BY c.certification_date DESC, c.id, f.kind, f.id""")]
    files = _files_by_certificate(store.conn, list(certificate_ids))
    return [f["id"] for cid in certificate_ids for f in files.get(cid, [])]


def path_owner(conn: sqlite3.Connection, path: str) -> int | None:
    """The file recorded as saved at `path`, None when none is."""
    row = conn.execute("SELECT id FROM certificate_files WHERE path = ? LIMIT 1", (path,)).fetchone()
    return int(row[0]) if row else None


def set_downloaded(conn: sqlite3.Connection, file_id: int, path: str, size: int) -> None:
    conn.execute("UPDATE certificate_files SET path = ?, size = ?, downloaded_at = ? WHERE id = ?",
                 (path, size, now_iso(), file_id))
