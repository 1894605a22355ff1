"""FieldDesk's use cases. The GUI and the CLI both drive this class; neither talks to a vendor itself.

The Pro+ record mapping and the merge helpers are imported by the methods that write: reading the cache,
all the window needs before it first paints, goes without them (and the modules they pull in).
"""

from __future__ import annotations

import copy
import json
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

from app.config import Settings, load_settings
from app.paths import resolve_paths
from app.store import outbox
from app.store.clients import (
    appliance_rows,
    client_rows,
    get_appliance,
    get_client,
    identity_maps,
    list_clients,
    server_data,
    write_client,
)
from app.store.db import Store
from app.store.outbox import OutboxEntry
from app.sync.engine import Progress, SyncEngine, VendorAdapter, VendorReport

if TYPE_CHECKING:
    import httpx

    from app.domain.models import Client

DEFAULT_SYNC_INTERVAL = 300.0


class Conflict(NamedTuple):
    """A field both sides changed since the last sync: the local and the server value."""

    # A NamedTuple, not a frozen dataclass: a dataclass takes ~1.5 ms to create, on the window's start-up path.
    id: int
    record_key: str
    field_path: str
    local: Any
    server: Any


def _with_identities(record: dict[str, Any]) -> dict[str, Any]:
    """Every client and appliance FieldDesk creates gets a third-party id before its first push."""
    from app.sync.merge import APPLIANCE_LISTS  # see the module's docstring
    from app.vendors.proplus.mapping import new_third_party_id

    if record.get("id") in (None, "") and not record.get("third_party_id"):
        record["third_party_id"] = new_third_party_id()
    for key in APPLIANCE_LISTS:
        for appliance in record.get(key) or []:
            if appliance.get("id") in (None, "") and not appliance.get("third_party_id"):
                appliance["third_party_id"] = new_third_party_id()
    return record


def _overlay(existing: dict[str, Any], given: dict[str, Any]) -> dict[str, Any]:
    """`given` fields over an existing client record; appliances matched by third-party id, Pro+ id or
    name, as Pro+ itself matches them."""
    from app.sync.merge import APPLIANCE_LISTS  # see the module's docstring

    merged = copy.deepcopy(existing)
    for key, value in given.items():
        if key in APPLIANCE_LISTS and isinstance(value, list):
            current: list[dict[str, Any]] = merged.setdefault(key, []) or []
            merged[key] = current
            for appliance in value:
                match = next((a for a in current if _same_appliance(a, appliance)), None)
                if match is None:
                    current.append(copy.deepcopy(appliance))
                else:
                    for field, field_value in appliance.items():
                        if isinstance(field_value, dict) and isinstance(match.get(field), dict):
                            match[field].update(field_value)
                        else:
                            match[field] = field_value
        else:
            merged[key] = value
    return merged


def _same_appliance(a: dict[str, Any], b: dict[str, Any]) -> bool:
    if b.get("third_party_id") and a.get("third_party_id") == b.get("third_party_id"):
        return True
    if b.get("id") not in (None, "") and str(a.get("id")) == str(b.get("id")):
        return True
    return not b.get("third_party_id") and b.get("id") in (None, "") and a.get("name") == b.get("name")


class FieldDesk:
    def __init__(self, settings: Settings, store: Store, engine: SyncEngine) -> None:
        self.settings = settings
        self.store = store
        self.engine = engine
        self._adapter_factory: Callable[[], list[VendorAdapter]] = lambda: list(engine.adapters.values())

    @classmethod
    def open(cls, home: str | Path | None = None, profile: str | None = None, *,
             transports: dict[str, httpx.AsyncBaseTransport] | None = None, **client_options: Any) -> FieldDesk:
        paths = resolve_paths(home).ensure()
        settings = load_settings(paths, profile)
        store = Store(paths.database)

        desk: FieldDesk | None = None

        def adapters() -> list[VendorAdapter]:
            # Imported here, at the first sync: the HTTP and pydantic stack would slow the window's start.
            from app.services.vendors import build_adapters

            current = desk.settings if desk is not None else settings  # credentials may have changed
            return build_adapters(current, store, transports, **client_options)

        engine = SyncEngine(store, adapters)
        desk = cls(settings, store, engine)
        desk._adapter_factory = adapters
        return desk

    async def prepare(self) -> None:
        """Import and build the vendor clients in a worker thread (the window calls this once it shows), so
        the first sync does not pay for it on the UI thread."""
        import asyncio  # not at the top: the GUI imports it only once its window has painted (start-up time)

        await asyncio.to_thread(lambda: self.engine.adapters)

    async def aclose(self) -> None:
        await self.engine.aclose()
        self.store.close()

    # -- reading the cache ---------------------------------------------------------------------------
    def clients(self, search: str | None = None) -> list[Client]:
        return list_clients(self.store, search)

    def client(self, local_id: str) -> Client | None:
        return get_client(self.store, local_id)

    def client_rows(self, limit: int | None = None) -> list[tuple[Any, ...]]:
        return client_rows(self.store, limit)

    def appliance_rows(self, client_local_id: str | None = None) -> list[tuple[Any, ...]]:
        return appliance_rows(self.store, client_local_id)

    def appliance(self, local_id: str) -> Any:
        return get_appliance(self.store, local_id)

    def outbox(self) -> list[OutboxEntry]:
        return outbox.entries(self.store)

    def conflicts(self, record_key: str | None = None) -> list[Conflict]:
        where, args = ("WHERE record_key = ?", [record_key]) if record_key else ("", [])
        return [Conflict(r[0], r[1], r[2], json.loads(r[3]) if r[3] else None,
                         json.loads(r[4]) if r[4] else None)
                for r in self.store.conn.execute(
                    f"SELECT id, record_key, field_path, local_value, server_value FROM conflicts {where} "
                    "ORDER BY id", args)]

    # -- writing: always cache + outbox in one transaction, then the engine sends it ---------------------
    def queue_client_push(self, body: object) -> list[int]:
        """Validate a push-client body (raises PushValidationError naming each bad field), then queue one
        write per client. Returns the outbox ids."""
        from app.sync.merge import APPLIANCE_LISTS  # see the module's docstring
        from app.vendors.proplus.mapping import client_record
        from app.vendors.proplus.validate import validate_push_body

        wires = validate_push_body(body)
        queued: list[int] = []
        with self.store.transaction() as conn:
            by_id, by_tp = identity_maps(conn)
            for wire in wires:
                given = wire.model_dump(mode="json", by_alias=True, exclude_unset=True)
                local_id = self._find_local(conn, given, by_id, by_tp)
                existing = get_client(self.store, local_id) if local_id else None
                if existing is not None:
                    current = client_record(existing)
                    for field in ("id", "third_party_id"):
                        if current.get(field) not in (None, "") and given.get(field) in (None, ""):
                            given[field] = current[field]
                    for key in APPLIANCE_LISTS:
                        for appliance in given.get(key) or []:
                            match = next((a for a in current.get(key) or [] if _same_appliance(a, appliance)),
                                         None)
                            for field in ("id", "third_party_id"):
                                if match and match.get(field) not in (None, "") and not appliance.get(field):
                                    appliance[field] = match[field]
                    _with_identities(given)
                    local = _overlay(current, given)
                else:
                    _with_identities(given)
                    local = copy.deepcopy(given)
                queued.append(self._queue(conn, local, given, local_id, "Push client"))
        self.engine.refresh_state()
        return queued

    def save_client(self, client: Client) -> int:
        """Save a client edited in the GUI: the cache changes now, the push goes out with the next sync."""
        from app.sync.merge import changed_fields  # see the module's docstring
        from app.vendors.proplus.mapping import client_record

        record = _with_identities(client_record(client))
        base = server_data(self.store, client.local_id)
        payload = changed_fields(base, record)
        with self.store.transaction() as conn:
            entry = self._queue(conn, record, payload, client.local_id, "Save client")
        self.engine.refresh_state()
        return entry

    def fix_rejected(self, entry_id: int, client: Client) -> None:
        """The user corrected the client of a rejected write: the cache takes the correction and the same
        outbox row (same place in the queue, same idempotency key) goes back to pending with it."""
        from app.sync.merge import changed_fields  # see the module's docstring
        from app.vendors.proplus.mapping import client_from_record, client_record

        entry = outbox.get(self.store, entry_id)
        if entry is None or entry.record_key != client.local_id:
            raise ValueError(f"outbox {entry_id}: no rejected write for this client")
        record = _with_identities(client_record(client))
        payload = {"client": [changed_fields(entry.base, record)]}
        with self.store.transaction() as conn:
            write_client(conn, client_from_record(record, client.local_id))
            outbox.resubmit(conn, entry_id, payload)
        self.engine.refresh_state()

    async def update_credentials(self, vendor: str, secrets: dict[str, str]) -> None:
        """Credentials typed in the GUI after the vendor refused ours: saved in the OS keyring (never in
        config.toml or the cache), the vendor's client rebuilt with them, and the paused vendor resumed.
        Raises ConfigError (saying which environment variable to use instead) when there is no keyring."""
        from app.config import load_settings, store_keyring_secret

        for key, value in secrets.items():
            store_keyring_secret(vendor, key, value)
        self.settings = load_settings(self.settings.paths, self.settings.profile)
        await self.engine.replace_adapters(self._adapter_factory())
        self.engine.resume(vendor)

    def _find_local(self, conn: Any, given: dict[str, Any], by_id: dict[int, str],
                    by_tp: dict[str, str]) -> str | None:
        tp, pid = given.get("third_party_id"), given.get("id")
        if tp and tp in by_tp:
            return by_tp[tp]
        if pid not in (None, ""):
            try:
                if int(pid) in by_id:
                    return by_id[int(pid)]
            except ValueError:
                pass
        row = conn.execute("SELECT local_id FROM clients WHERE name = ? AND address = ? LIMIT 1",
                           (given.get("name") or "", given.get("address") or "")).fetchone()
        return row[0] if row else None

    def _queue(self, conn: Any, local: dict[str, Any], payload: dict[str, Any], local_id: str | None,
               verb: str) -> int:
        from app.vendors.proplus.mapping import PUSH_CLIENT, client_from_record  # see the module's docstring

        client = client_from_record(local, local_id)
        base = server_data(self.store, client.local_id) if local_id else None
        write_client(conn, client)
        summary = f"{verb} {client.name!r}" + (f" (Pro+ {client.proplus_id})" if client.proplus_id else " (new)")
        return outbox.enqueue(conn, vendor="proplus", operation=PUSH_CLIENT, record_key=client.local_id,
                              summary=summary, payload={"client": [payload]}, base=base)

    def resubmit(self, entry_id: int, payload: Any | None = None) -> None:
        if payload is not None:
            from app.vendors.proplus.validate import validate_push_body

            clients = validate_push_body(payload)
            payload = {"client": [w.model_dump(mode="json", by_alias=True, exclude_unset=True) for w in clients]}
        with self.store.transaction() as conn:
            outbox.resubmit(conn, entry_id, payload)
        self.engine.refresh_state()

    def discard(self, entry_id: int) -> None:
        with self.store.transaction() as conn:
            outbox.discard(conn, entry_id)
        self.engine.refresh_state()

    # -- syncing -------------------------------------------------------------------------------------------
    async def sync(self, vendors: list[str] | None = None, progress: Progress | None = None,
                   *, due_only: bool = False) -> list[VendorReport]:
        return await self.engine.sync(vendors, progress=progress, due_only=due_only)

    @property
    def vendors(self) -> list[str]:
        return list(self.engine.adapters)

    def due_writes(self) -> int:
        """Pending writes whose retry time has come (vendors not paused)."""
        paused = list(self.engine.state.paused)
        marks = ",".join("?" * len(paused))
        extra = f" AND vendor NOT IN ({marks})" if paused else ""
        row = self.store.conn.execute(
            f"SELECT COUNT(*) FROM outbox WHERE state='pending' AND next_attempt_at <= ?{extra}",
            (time.time(), *paused)).fetchone()
        return int(row[0])

    # -- preferences kept with the cache -------------------------------------------------------------------
    def sync_interval(self) -> float:
        row = self.store.conn.execute("SELECT value FROM meta WHERE key='sync.interval'").fetchone()
        return float(row[0]) if row else DEFAULT_SYNC_INTERVAL

    def set_sync_interval(self, seconds: float) -> None:
        if seconds < 0:
            raise ValueError("sync interval: must be 0 (off) or a positive number of seconds")
        with self.store.transaction() as conn:
            conn.execute("INSERT INTO meta (key, value) VALUES ('sync.interval', ?) "
                         "ON CONFLICT(key) DO UPDATE SET value=excluded.value", (str(seconds),))

    # -- conflicts --------------------------------------------------------------------------------------------
    def resolve_conflict(self, conflict_id: int, keep: str) -> None:
        """The user chose a side for a field changed both locally and on the server.

        keep="local": the pending write sends the local value (what happens when the user does nothing).
        keep="server": the local value becomes the server's and no pending write sends that field.
        """
        if keep not in ("local", "server"):
            raise ValueError("keep: must be 'local' or 'server'")
        from app.sync.merge import remove_path, set_path  # see the module's docstring
        from app.vendors.proplus.mapping import client_from_record, client_record

        row = self.store.conn.execute("SELECT record_key, field_path, server_value FROM conflicts WHERE id=?",
                                      (conflict_id,)).fetchone()
        if row is None:
            raise ValueError(f"conflict {conflict_id}: no such conflict")
        record_key, path = row[0], row[1]
        with self.store.transaction() as conn:
            if keep == "server":
                client = get_client(self.store, record_key)
                if client is not None:
                    record = client_record(client)
                    set_path(record, path, json.loads(row[2]) if row[2] else None)
                    write_client(conn, client_from_record(record, record_key))
                for entry in outbox.entries(self.store, vendor="proplus"):
                    if entry.record_key == record_key:
                        payload = copy.deepcopy(entry.payload)
                        for body in payload.get("client", []):
                            remove_path(body, path)
                        conn.execute("UPDATE outbox SET payload=? WHERE id=?",
                                     (json.dumps(payload, ensure_ascii=False), entry.id))
            conn.execute("DELETE FROM conflicts WHERE id=?", (conflict_id,))
        self.engine.refresh_state()
