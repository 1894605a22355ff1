"""Pro+ technicians and measuring devices (`desk.staff`): reading the cache, and queueing create-technician,
create-device and link/unlink writes. Each write changes the cache and queues its outbox row in one transaction;
the sync engine sends it (app.vendors.proplus.sync.staff).

The Pro+ rules (pydantic and the wire models) load at the first write or fetch, not with the window: the
window's forms get them from `app.services.staff_rules`."""

from __future__ import annotations

import copy
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any

from app.i18n import QT_TRANSLATE_NOOP
from app.store import outbox
from app.store import staff as staff_store
from app.store.time import now_iso
from app.vendors.errors import VendorError

if TYPE_CHECKING:
    from app.store.db import Store
    from app.sync.engine import SyncEngine

__all__ = ["DEVICE_FIELDS", "TECHNICIAN_FIELDS", "StaffService", "VendorError", "device_json", "technician_json"]

VENDOR = "proplus"

#: The fields of `technicians list --json` and `devices list --json` (issue 8, item 5).
TECHNICIAN_FIELDS = ("id", "external_id", "name", "mobile", "email", "active", "working_mode",
                     "technical_information", "recognition_numbers", "devices")
DEVICE_FIELDS = ("id", "group", "type", "serial_number", "purchase_date", "mfg_date", "status", "technicians")


def technician_json(record: Mapping[str, Any]) -> dict[str, Any]:
    return {key: record.get(key) for key in TECHNICIAN_FIELDS}


def device_json(record: Mapping[str, Any]) -> dict[str, Any]:
    return {key: record.get(key) for key in DEVICE_FIELDS}


def validate_technician_body(body: object) -> dict[str, Any]:
    from app.vendors.proplus.staff import validate_technician_body as validate

    return validate(body)


def validate_device_body(body: object) -> dict[str, Any]:
    from app.vendors.proplus.staff import validate_device_body as validate

    return validate(body)


class StaffService:
    def __init__(self, store: Store, changed: Callable[[], None], engine: Callable[[], SyncEngine]) -> None:
        self.store = store
        self._changed = changed
        self._engine = engine  # the desk's, built at its first use

    # -- reading -------------------------------------------------------------------------------------------
    def technicians(self) -> list[dict[str, Any]]:
        """Every cached technician by name, each with `local_id`, `pending` and its linked `devices`."""
        return staff_store.list_technicians(self.store)

    def technician(self, local_id: str) -> dict[str, Any] | None:
        return staff_store.get_technician(self.store, local_id)

    def find_technician(self, *, id: int | None = None, external_id: str | None = None) -> dict[str, Any] | None:
        local = staff_store.find_technician(self.store.conn, proplus_id=id, external_id=external_id)
        return self.technician(local) if local else None

    def devices(self) -> list[dict[str, Any]]:
        """Every cached device, heating first, each with `local_id`, `pending` and its `technicians`."""
        return staff_store.list_devices(self.store)

    def device(self, local_id: str) -> dict[str, Any] | None:
        return staff_store.get_device(self.store, local_id)

    async def fetch_technician(self, *, id: int | None = None, external_id: str | None = None
                               ) -> tuple[dict[str, Any] | None, bool]:
        """The technician from Pro+ now when it answers (and cached), else from the cache: (record, fresh).
        Raises VendorError (not OfflineError) when Pro+ answers with a refusal, e.g. an unknown technician."""
        from app.vendors.errors import OfflineError
        from app.vendors.proplus.sync.staff import fetch_technician

        engine = self._engine()  # on this thread: it tells its listeners (the window) its state at once
        adapter = (await _in_thread(lambda: engine.adapters)).get(VENDOR)
        client = getattr(adapter, "client", None)
        if client is not None:
            try:
                local = await fetch_technician(client, self.store, id=id, external_id=external_id)
                return self.technician(local), True
            except OfflineError:
                pass
        return self.find_technician(id=id, external_id=external_id), False

    # -- writing -------------------------------------------------------------------------------------------
    def queue_technician(self, body: object) -> int:
        """Validate a create-technician body (StaffValidationError names each bad field) and queue it: it adds
        the technician, or updates the one with this id or external id. Returns the outbox id."""
        from app.vendors.proplus.staff import CREATE_TECHNICIAN, technician_from_body

        sent = validate_technician_body(body)
        with self.store.transaction() as conn:
            local = staff_store.find_technician(conn, proplus_id=sent.get("id"), external_id=sent["external_id"])
            existing = staff_store.get_technician(self.store, local) if local else None
            local = local or staff_store.new_local_id("technician")
            proplus_id = sent.get("id", existing.get("id") if existing else None)
            record = technician_from_body(sent, proplus_id)
            if existing is not None and "certificates" not in sent:
                record["recognition_numbers"] = existing.get("recognition_numbers") or []
            staff_store.write_technician(conn, local, record)
            updating = existing is not None
            template = (QT_TRANSLATE_NOOP("Outbox", "Update technician '{name}' ({external_id})") if updating
                        else QT_TRANSLATE_NOOP("Outbox", "Add technician '{name}' ({external_id})"))
            summary = outbox.Summary(template, {"name": record["name"], "external_id": record["external_id"]})
            entry = _correct_rejected(conn, local, CREATE_TECHNICIAN, sent, summary) or outbox.enqueue(
                conn, vendor=VENDOR, operation=CREATE_TECHNICIAN, record_key=local, summary=summary, payload=sent)
        self._changed()
        return entry

    def queue_device(self, body: object) -> int:
        """Validate a create-device body and queue it. A device already cached (same group, type and serial
        number) is refused: it is registered. Returns the outbox id."""
        from app.vendors.proplus.staff import CREATE_DEVICE, StaffValidationError, device_from_body, same_device
        from app.vendors.proplus.validate import FieldError

        sent = validate_device_body(body)
        with self.store.transaction() as conn:
            same = next((d for d in staff_store.list_devices(self.store) if same_device(d, sent)), None)
            rejected = same is not None and _rejected(conn, same["local_id"], CREATE_DEVICE) is not None
            if same is not None and not rejected:
                raise StaffValidationError([FieldError.said("serial_number", QT_TRANSLATE_NOOP(
                    "FieldCheck", "a device of this group and type with this serial number is already registered"))])
            local = same["local_id"] if same is not None else staff_store.new_local_id("device")
            record = device_from_body(sent)
            staff_store.write_device(conn, local, record)
            summary = outbox.Summary(QT_TRANSLATE_NOOP("Outbox", "Register {type} '{serial}'"),
                                     {"type": record["type"], "serial": record["serial_number"]})
            entry = _correct_rejected(conn, local, CREATE_DEVICE, sent, summary) or outbox.enqueue(
                conn, vendor=VENDOR, operation=CREATE_DEVICE, record_key=local, summary=summary, payload=sent)
        self._changed()
        return entry

    def queue_link(self, device: int | str, technician_id: object, action: str) -> int:
        """Link (or unlink) a device and a technician. `device` is the device's Pro+ id or its local id (a device
        registered here and not sent yet); the technician is its Pro+ id. Returns the outbox id."""
        from app.vendors.proplus.staff import LINK_DEVICE, StaffValidationError, validate_link
        from app.vendors.proplus.validate import FieldError

        checked = validate_link(device if isinstance(device, int) else 0, technician_id, action)
        technician = int(checked["technician_id"])
        with self.store.transaction() as conn:
            local = staff_store.find_device(conn, device) if isinstance(device, int) else device
            record = staff_store.get_device(self.store, local) if local else None
            if record is None:
                raise StaffValidationError([FieldError.said("device_id", QT_TRANSLATE_NOOP(
                    "FieldCheck", "no device {device} in the cache (run 'fielddesk sync' to read the device list)"),
                    device=device)])
            assert local is not None
            rows = copy.deepcopy(record["technicians"])
            active = next((r for r in rows if r["technician_id"] == technician and not r.get("removed_on")), None)
            if action == "link" and active is not None:
                raise StaffValidationError([FieldError.said("technician_id", QT_TRANSLATE_NOOP(
                    "FieldCheck", "technician {technician} already has this device"), technician=technician)])
            if action == "unlink" and active is None:
                raise StaffValidationError([FieldError.said("technician_id", QT_TRANSLATE_NOOP(
                    "FieldCheck", "technician {technician} does not have this device"), technician=technician)])
            stamp = now_iso().replace("T", " ")[:19]
            if active is None:
                rows.append({"technician_id": technician, "associated_on": stamp, "removed_on": None})
            else:
                active["removed_on"] = stamp
            staff_store.write_device(conn, local, {**record, "technicians": rows})
            template = (QT_TRANSLATE_NOOP("Outbox", "Link {type} '{serial}' to technician {technician}")
                        if action == "link" else
                        QT_TRANSLATE_NOOP("Outbox", "Unlink {type} '{serial}' from technician {technician}"))
            summary = outbox.Summary(template, {"type": record["type"], "serial": record["serial_number"],
                                                "technician": technician})
            entry = outbox.enqueue(conn, vendor=VENDOR, operation=LINK_DEVICE, record_key=local, summary=summary,
                                   payload={"device_id": record.get("id"), "technician_id": technician,
                                            "action": action})
        self._changed()
        return entry



def _rejected(conn: Any, record_key: str, operation: str) -> int | None:
    row = conn.execute("SELECT id FROM outbox WHERE vendor=? AND record_key=? AND operation=? AND state='rejected' "
                       "ORDER BY id LIMIT 1", (VENDOR, record_key, operation)).fetchone()
    return int(row[0]) if row else None


def _correct_rejected(conn: Any, record_key: str, operation: str, payload: dict[str, Any],
                      summary: outbox.Summary) -> int | None:
    """A write of this record that Pro+ rejected is corrected in place (same place in the queue, same idempotency
    key) by a new one of the same kind: queued behind it, the new one would wait for it for ever."""
    entry_id = _rejected(conn, record_key, operation)
    if entry_id is not None:
        outbox.resubmit(conn, entry_id, payload, summary)
    return entry_id


async def _in_thread(build: Callable[[], Any]) -> Any:
    """The engine's adapters are built at first use; that imports the HTTP stack, which is not for the loop."""
    import asyncio

    return await asyncio.to_thread(build)
