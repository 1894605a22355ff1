"""Fields changed both here and at a vendor: one list for every vendor, resolved field by field."""

from __future__ import annotations

import builtins
import json
from typing import TYPE_CHECKING, Any, NamedTuple

from app.vendors import registry

if TYPE_CHECKING:
    from app.store.db import Store
    from app.sync.contract import ConflictHandler
    from app.sync.engine import SyncEngine

KEEP_LOCAL, KEEP_SERVER = "local", "server"


class Conflict(NamedTuple):
    """A field both sides changed since the last sync: the local and the server value."""

    id: int
    vendor: str
    entity: str
    record_key: str
    field_path: str
    local: Any
    server: Any

    def as_json(self) -> dict[str, Any]:
        return {"id": self.id, "vendor": self.vendor, "entity": self.entity, "record_key": self.record_key,
                "field": self.field_path, "local": self.local, "server": self.server}


def _loads(text: str | None) -> Any:
    return json.loads(text) if text else None


class ConflictService:
    def __init__(self, store: Store, engine: SyncEngine) -> None:
        self.store = store
        self.engine = engine

    def list(self, record_key: str | None = None) -> builtins.list[Conflict]:
        where, args = ("WHERE record_key = ?", [record_key]) if record_key else ("", [])
        return [Conflict(r[0], r[1], r[2], r[3], r[4], _loads(r[5]), _loads(r[6]))
                for r in self.store.conn.execute(
                    "SELECT id, vendor, entity, record_key, field_path, local_value, server_value "
                    f"FROM conflicts {where} ORDER BY id", args)]

    def resolve(self, conflict_id: int, keep: str) -> Conflict:
        """The user chose a side for a field changed both locally and at the vendor.

        keep="local": the pending write sends the local value (what happens when the user does nothing).
        keep="server": the cached record takes the vendor's value and no pending write sends that field.
        """
        if keep not in (KEEP_LOCAL, KEEP_SERVER):
            raise ValueError("keep: must be 'local' or 'server'")
        found = [c for c in self.list() if c.id == conflict_id]
        if not found:
            raise LookupError(f"conflict {conflict_id}: no such conflict")
        conflict = found[0]
        with self.store.transaction() as conn:
            if keep == KEEP_SERVER:
                self._handler(conflict).keep_server(self.store, conn, conflict.record_key, conflict.field_path,
                                                    conflict.server)
            conn.execute("DELETE FROM conflicts WHERE id=?", (conflict_id,))
        self.engine.refresh_state()
        return conflict

    @staticmethod
    def _handler(conflict: Conflict) -> ConflictHandler:
        spec = registry.spec(conflict.vendor)
        handlers = registry.load(spec.conflicts)() if spec.conflicts else {}
        handler: ConflictHandler | None = handlers.get(conflict.entity)
        if handler is None:
            raise LookupError(f"conflict {conflict.id}: this FieldDesk cannot apply {spec.label} "
                              f"{conflict.entity} values")
        return handler
