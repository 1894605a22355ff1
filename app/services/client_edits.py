"""Queueing edits of Pro+ clients: validation, identities, the optimistic change in the cache and the outbox row,
in one transaction. The sync engine sends them. (Loaded at the first edit: the Pro+ validator brings pydantic.)"""

from __future__ import annotations

import copy
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from app.i18n import QT_TRANSLATE_NOOP
from app.store import clients as client_store
from app.store import outbox
from app.sync.merge import changed_fields
from app.vendors.proplus.mapping import (
    APPLIANCE_LISTS,
    IDENTITY_FIELDS,
    LIST_KEYS,
    PUSH_CLIENT,
    client_from_record,
    client_record,
    new_third_party_id,
    same_appliance,
)
from app.vendors.proplus.validate import validate_push_body

if TYPE_CHECKING:
    import sqlite3

    from app.domain.models import Client
    from app.store.db import Store

VENDOR = "proplus"

#: A client write's summary (the window translates it): (Pro+ knows the client, a new one), per kind of write.
_SUMMARIES = {
    "save": (QT_TRANSLATE_NOOP("Outbox", "Save client '{name}' (Pro+ {id})"),
             QT_TRANSLATE_NOOP("Outbox", "Save client '{name}' (new)")),
    "push": (QT_TRANSLATE_NOOP("Outbox", "Push client '{name}' (Pro+ {id})"),
             QT_TRANSLATE_NOOP("Outbox", "Push client '{name}' (new)")),
}


def _with_identities(record: dict[str, Any]) -> dict[str, Any]:
    """Every client and appliance FieldDesk creates gets a third-party id before its first push."""
    if record.get("id") in (None, "") and not record.get("third_party_id"):
        record["third_party_id"] = new_third_party_id()
    for key in APPLIANCE_LISTS.values():
        for appliance in record.get(key) or []:
            if appliance.get("id") in (None, "") and not appliance.get("third_party_id"):
                appliance["third_party_id"] = new_third_party_id()
    return record


def _overlay(existing: dict[str, Any], given: dict[str, Any]) -> dict[str, Any]:
    """`given` fields over an existing client record; appliances matched as Pro+ matches them."""
    merged = copy.deepcopy(existing)
    for key, value in given.items():
        if key in LIST_KEYS and isinstance(value, list):
            current: list[dict[str, Any]] = merged.get(key) or []
            merged[key] = current
            for appliance in value:
                match = next((a for a in current if same_appliance(a, appliance)), None)
                if match is None:
                    current.append(copy.deepcopy(appliance))
                    continue
                for field, field_value in appliance.items():
                    if isinstance(field_value, dict) and isinstance(match.get(field), dict):
                        match[field].update(field_value)
                    else:
                        match[field] = field_value
        else:
            merged[key] = value
    return merged


class ClientEdits:
    def __init__(self, store: Store, changed: Callable[[], None]) -> None:
        self.store = store
        self._changed = changed

    # -- writing -------------------------------------------------------------------------------------------
    def queue_push(self, body: object) -> list[int]:
        """Validate a push-client body (raises PushValidationError naming each bad field), then queue one
        write per client. Returns the outbox ids."""
        wires = validate_push_body(body)
        queued: list[int] = []
        with self.store.transaction() as conn:
            by_id, by_tp = client_store.identity_maps(conn)
            for wire in wires:
                given = wire.model_dump(mode="json", by_alias=True, exclude_unset=True)
                local_id = self._find_local(conn, given, by_id, by_tp)
                existing = client_store.get_client(self.store, local_id) if local_id else None
                if existing is not None:
                    current = client_record(existing)
                    for field in ("id", "third_party_id"):
                        if current.get(field) not in (None, "") and given.get(field) in (None, ""):
                            given[field] = current[field]
                    for key in LIST_KEYS:
                        for appliance in given.get(key) or []:
                            match = next((a for a in current.get(key) or [] if same_appliance(a, appliance)), None)
                            for field in ("id", "third_party_id"):
                                if match and match.get(field) not in (None, "") and not appliance.get(field):
                                    appliance[field] = match[field]
                    _with_identities(given)
                    local = _overlay(current, given)
                else:
                    _with_identities(given)
                    local = copy.deepcopy(given)
                queued.append(self._queue(conn, local, given, local_id, "push"))
        self._changed()
        return queued

    def save(self, client: Client) -> int:
        """Save a client edited in the GUI: the cache changes now, the push goes out with the next sync."""
        record = _with_identities(client_record(client))
        base = client_store.server_data(self.store, client.local_id)
        payload = changed_fields(base, record, LIST_KEYS, IDENTITY_FIELDS)
        with self.store.transaction() as conn:
            entry = self._queue(conn, record, payload, client.local_id, "save")
        self._changed()
        return entry

    def fix_rejected(self, entry_id: int, client: Client) -> None:
        """The user corrected the client of a rejected write: the cache takes the correction and the same
        outbox row (same place in the queue, same idempotency key) goes back to pending with it."""
        entry = outbox.get(self.store, entry_id)
        if entry is None or entry.record_key != client.local_id:
            raise ValueError(f"outbox {entry_id}: no rejected write for this client")
        record = _with_identities(client_record(client))
        payload = {"client": [changed_fields(entry.base, record, LIST_KEYS, IDENTITY_FIELDS)]}
        with self.store.transaction() as conn:
            client_store.write_client(conn, client_from_record(record, client.local_id))
            outbox.resubmit(conn, entry_id, payload)
        self._changed()

    def _find_local(self, conn: sqlite3.Connection, given: dict[str, Any], by_id: dict[int, str],
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

    def _queue(self, conn: sqlite3.Connection, local: dict[str, Any], payload: dict[str, Any],
               local_id: str | None, verb: str) -> int:
        client = client_from_record(local, local_id)
        base = client_store.server_data(self.store, client.local_id) if local_id else None
        client_store.write_client(conn, client)
        known, new = _SUMMARIES[verb]
        summary = (outbox.Summary(known, {"name": client.name, "id": client.proplus_id}) if client.proplus_id
                   else outbox.Summary(new, {"name": client.name}))
        return outbox.enqueue(conn, vendor=VENDOR, operation=PUSH_CLIENT, record_key=client.local_id,
                              summary=summary, payload={"client": [payload]}, base=base)

    def validated_push_body(self, payload: Any) -> dict[str, Any]:
        """A corrected push-client body, validated (raises PushValidationError), as it is queued."""
        clients = validate_push_body(payload)
        return {"client": [w.model_dump(mode="json", by_alias=True, exclude_unset=True) for w in clients]}
