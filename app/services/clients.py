"""Pro+ clients and their appliances: reading the cache, and queueing edits (app.services.client_edits).

Every write changes the cache and queues the push in one transaction; the sync engine sends it.
"""

from __future__ import annotations

import builtins
import functools
from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING, Any

from app.store import clients as client_store
from app.store.tables import CLIENTS, BoundTable

if TYPE_CHECKING:
    from app.domain.models import Appliance, Client
    from app.services.client_edits import ClientEdits
    from app.store.db import Store
    from app.store.outbox import OutboxEntry

VENDOR = "proplus"
#: The outbox operation of a client change (app.vendors.proplus.mapping.PUSH_CLIENT; not imported: that module loads
#: the vendor's models, which the window's first frame does not need).
PUSH_CLIENT = "push-client"


class ClientService:
    def __init__(self, store: Store, changed: Callable[[], None]) -> None:
        self.store = store
        self._changed = changed

    @functools.cached_property
    def _edits(self) -> ClientEdits:
        # The write side loads at the first edit, not before the window's first frame: the Pro+ validator
        # brings pydantic and the wire models with it.
        from app.services.client_edits import ClientEdits

        return ClientEdits(self.store, self._changed)

    # -- reading -------------------------------------------------------------------------------------------
    def list(self, search: str | None = None) -> builtins.list[Client]:
        return client_store.list_clients(self.store, search)

    def iter(self, search: str | None = None) -> Iterator[Client]:
        """Like `list`, a batch at a time: for listings of any size in bounded memory."""
        return client_store.iter_clients(self.store, search)

    def listing(self, search: str | None = None) -> Iterator[str]:
        """Each client as the JSON text `clients list --json` prints, by name, in bounded memory."""
        return client_store.iter_client_listing(self.store, search)

    def get(self, local_id: str) -> Client | None:
        return client_store.get_client(self.store, local_id)

    def rows(self, limit: int | None = None) -> builtins.list[tuple[Any, ...]]:
        return client_store.client_rows(self.store, limit)

    def appliance_rows(self, client_local_id: str | None = None) -> builtins.list[tuple[Any, ...]]:
        return client_store.appliance_rows(self.store, client_local_id)

    def appliance(self, local_id: str) -> tuple[Appliance, str] | None:
        return client_store.get_appliance(self.store, local_id)

    def count(self) -> int:
        return client_store.count_clients(self.store)

    # -- writing (see app.services.client_edits) -------------------------------------------------------------
    def queue_push(self, body: object) -> builtins.list[int]:
        """Validate a push-client body (raises PushValidationError naming each bad field), then queue one
        write per client. Returns the outbox ids."""
        return self._edits.queue_push(body)

    def save(self, client: Client) -> int:
        """Save a client edited in the GUI: the cache changes now, the push goes out with the next sync."""
        return self._edits.save(client)

    def can_fix(self, entry: OutboxEntry) -> bool:
        """Whether a write is a rejected change of a cached client, which the client form corrects (`fix_rejected`).
        The vendor's other writes are corrected from the command line (`outbox resubmit ID --file`)."""
        return (entry.state == "rejected" and entry.vendor == VENDOR and entry.operation == PUSH_CLIENT
                and client_store.get_client(self.store, entry.record_key) is not None)

    def fix_rejected(self, entry_id: int, client: Client) -> None:
        """The user corrected the client of a rejected write: the cache takes the correction and the same
        outbox row (same place in the queue, same idempotency key) goes back to pending with it."""
        self._edits.fix_rejected(entry_id, client)

    def validated_push_body(self, payload: Any) -> dict[str, Any]:
        """A corrected push-client body, validated (raises PushValidationError), as it is queued."""
        return self._edits.validated_push_body(payload)

    # -- paged reading (views) -------------------------------------------------------------------------------
    def table(self) -> BoundTable:
        """The clients as a paged, filterable, sortable table, read on the calling thread's own connection."""
        store = self.store
        return BoundTable(CLIENTS, lambda: store.conn)
