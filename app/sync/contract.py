"""What a vendor's sync adapter gives the engine. The engine has no vendor branches: it reads these.

- *Resources* are pulled page by page. Each page is saved by the resource itself (records and links in the
  store) and answers where the next page starts; the engine stores that cursor after every page, so an
  interrupted sync resumes there and a vendor that can say "changed since" is asked only for what changed.
- *Operations* send one kind of queued write (`outbox.operation`), acknowledge the vendor's answer in the
  store (same transaction as deleting the outbox row), and say what a conflict means for them.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Mapping, Sequence
from typing import TYPE_CHECKING, Any, NamedTuple, Protocol

if TYPE_CHECKING:
    from app.store.db import Store
    from app.store.outbox import OutboxEntry
    from app.vendors.errors import ConflictError

Progress = Callable[[str, str, int, int], None]  # vendor, phase, done, total (total 0 = unknown)


class Page(NamedTuple):
    """What one pull of a resource did."""

    saved: int  # records written to the store
    cursor: str | None  # where the next pull starts (stored by the engine); None: from the beginning
    more: bool = False  # True: the next page is there now (the engine pulls it in the same sync)


class Resource(NamedTuple):
    """Records pulled into the store, one page per call of `pull(store, cursor, progress)`."""

    name: str
    pull: Callable[[Store, str | None, Progress], Awaitable[Page]]


#: What an operation's conflict handler decided: send the (rewritten) write again now, or hand the user both
#: values (the conflicts are listed; the write waits as rejected until the user chooses).
RESEND, ASK_USER = "resend", "ask-user"


class Operation(NamedTuple):
    """One kind of queued write."""

    name: str
    send: Callable[[OutboxEntry], Awaitable[Any]]
    acknowledge: Callable[[Store, OutboxEntry, Any], Awaitable[None]]
    #: On the vendor's conflict answer (stale version): refetch, merge three-way, rewrite the queued write in
    #: the store and return RESEND, or record the conflicting fields and return ASK_USER. None: ASK_USER with
    #: the vendor's message.
    on_conflict: Callable[[Store, OutboxEntry, ConflictError], Awaitable[str]] | None = None


class ConflictHandler(Protocol):
    """How the user's choice on a conflicting field is applied to one entity of one vendor."""

    def keep_server(self, store: Store, conn: Any, record_key: str, path: str, server_value: Any) -> None:
        """The server's value wins: set it in the cached record and drop the field from queued writes.
        Called inside the transaction that deletes the conflict."""


class VendorAdapter(Protocol):
    vendor: str
    concurrency: int
    resources: Sequence[Resource]
    operations: Mapping[str, Operation]

    async def probe(self) -> None:
        """Cheapest call that proves the vendor is reachable; raises OfflineError when not."""

    async def aclose(self) -> None: ...
