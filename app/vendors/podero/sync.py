"""The Podero sync adapter: the user's heat pumps pulled into the cache at each sync; registrations sent from the
outbox, never twice.

A registration whose answer was lost (a timeout, a kill right after the send) leaves the heat pump registered at
Podero with no trace here. So every send first lists the user's heat pumps and adopts one that matches the queued
body and was created after it was queued (`matches_registration`); only when there is none is it POSTed.
"""

from __future__ import annotations

import asyncio
from collections.abc import Mapping
from typing import Any

import httpx

from app.store import heatpumps as store_hp
from app.store import outbox
from app.store.db import Store
from app.store.outbox import OutboxEntry
from app.sync.contract import Operation, Page, Progress, Resource
from app.vendors.http import BULK
from app.vendors.podero.client import PoderoClient
from app.vendors.podero.models import REGISTER, VENDOR, WireHeatPump, heat_pump_row, matches_registration
from app.vendors.registry import VendorSpec


def build_adapter(spec: VendorSpec, values: Mapping[str, str], store: Store,
                  transport: httpx.AsyncBaseTransport | None, **options: Any) -> PoderoSync:
    missing = [key for key in ("ORG_ID", "USER_ID") if not (values.get(key) or "").strip()]
    if missing:
        from app.config import ConfigError

        raise ConfigError(f"podero: no {' or '.join(k.lower() for k in missing)} set: set "
                          f"{', '.join(spec.secret_env(k) for k in missing)}, or put it in the [podero] table of "
                          "config.toml (the organisation and the user whose heat pumps FieldDesk shows)")
    client = PoderoClient(values["BASE_URL"], values.get("TOKEN") or "", values.get("ORG_ID") or "",
                          values.get("USER_ID") or "", transport=transport, concurrency=spec.concurrency,
                          **options)
    return PoderoSync(client, store, concurrency=spec.concurrency)


class PoderoSync:
    vendor = VENDOR

    def __init__(self, client: PoderoClient, store: Store, *, concurrency: int = 4) -> None:
        self.client = client
        self.store = store
        self.concurrency = concurrency
        self.resources = (Resource("heat_pumps", self._pull),)
        self.operations = {REGISTER: Operation(REGISTER, self.send_register, acknowledge_register)}

    async def aclose(self) -> None:
        await self.client.aclose()

    async def probe(self) -> None:
        await self.client.http.probe()

    async def _pull(self, store: Store, cursor: str | None, progress: Progress) -> Page:
        pumps = await self.client.list_heat_pumps(priority=BULK)
        progress(VENDOR, "heat pumps", len(pumps), len(pumps))
        await asyncio.to_thread(save_pulled, store, pumps)
        return Page(len(pumps), None)

    async def send_register(self, entry: OutboxEntry) -> WireHeatPump:
        body: dict[str, Any] = entry.payload
        existing = await self.client.list_heat_pumps(priority=BULK)
        claimed = await asyncio.to_thread(lambda: store_hp.claimed_by_registrations(self.store.conn))
        for pump in existing:
            if pump.id and pump.id not in claimed and matches_registration(pump, body, entry.created_at):
                return pump
        return await self.client.register_heat_pump(body, idempotency_key=entry.idempotency_key)


async def acknowledge_register(store: Store, entry: OutboxEntry, answer: object) -> None:
    assert isinstance(answer, WireHeatPump)
    wire = answer

    def acknowledge() -> None:
        with store.transaction() as conn:
            if wire.id:
                copy = store_hp.linked(conn).get(wire.id)
                if copy is not None and copy != entry.record_key:
                    store_hp.remove(conn, [copy])  # a pulled copy of the same pump
                store_hp.link(conn, entry.record_key, wire.id)
            store_hp.write(conn, entry.record_key, heat_pump_row(wire), wire.model_dump(mode="json"),
                           fetched=True, origin="registered")
            outbox.acknowledge(conn, entry.id)
    await asyncio.to_thread(acknowledge)


def save_pulled(store: Store, pumps: list[WireHeatPump]) -> None:
    """Every listed pump, upserted by its Podero id; pumps Podero no longer lists go unless a write is queued."""
    with store.transaction() as conn:
        known = store_hp.linked(conn)
        pending = outbox.pending_keys(conn, VENDOR)
        seen: set[str] = set()
        for wire in pumps:
            if not wire.id:
                continue
            local_id = known.get(wire.id) or store_hp.new_local_id()
            seen.add(local_id)
            store_hp.write(conn, local_id, heat_pump_row(wire), wire.model_dump(mode="json"), fetched=True)
            store_hp.link(conn, local_id, wire.id)
        gone = [local for remote, local in known.items() if local not in seen and local not in pending]
        # A registration discarded from the outbox leaves its row without a Podero id and nothing to send it.
        linked = set(store_hp.linked(conn).values())
        gone += [local for (local,) in conn.execute("SELECT local_id FROM heat_pumps").fetchall()
                 if local not in linked and local not in pending]
        store_hp.remove(conn, gone)
