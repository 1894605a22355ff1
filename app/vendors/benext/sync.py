"""The myBeNext sync adapter: climate controllers (with their products' names), properties, the latest
availability and failures pulled at each sync; set point changes sent from the outbox.

A set point myBeNext accepted is not yet on the device: the controller is marked as waiting for it until a pull
reads `synchronised: true` (a battery thermostat applies it at its next wake-up). History is not synced here: it
is fetched when a chart or `climate history` asks for a range (app.services.climate).
"""

from __future__ import annotations

import asyncio
import datetime as dt
import json
from collections.abc import Mapping
from typing import Any

import httpx

from app.store import climate as store_climate
from app.store import outbox
from app.store.db import Store
from app.store.outbox import OutboxEntry
from app.sync.contract import Operation, Page, Progress, Resource
from app.vendors.benext.client import BenextClient, auth_from_config
from app.vendors.benext.models import (
    SET_SETPOINT,
    VENDOR,
    WireAvailability,
    WireClimateController,
    WireFailure,
    WireProduct,
    WireProperty,
    parse_items,
)
from app.vendors.errors import RejectedError
from app.vendors.http import BULK
from app.vendors.registry import VendorSpec


def build_adapter(spec: VendorSpec, values: Mapping[str, str], store: Store,
                  transport: httpx.AsyncBaseTransport | None, **options: Any) -> BenextSync:
    try:
        auth = auth_from_config(values)
    except ValueError as exc:
        from app.config import ConfigError

        raise ConfigError(str(exc)) from exc
    client = BenextClient(values["BASE_URL"], auth, transport=transport, concurrency=spec.concurrency, **options)
    return BenextSync(client, concurrency=spec.concurrency)


class BenextSync:
    vendor = VENDOR

    def __init__(self, client: BenextClient, *, concurrency: int = 4) -> None:
        self.client = client
        self.concurrency = concurrency
        self.resources = (Resource("climate", self._pull),)
        self.operations = {SET_SETPOINT: Operation(SET_SETPOINT, self.send_setpoint, acknowledge_setpoint)}

    async def aclose(self) -> None:
        await self.client.aclose()

    async def probe(self) -> None:
        await self.client.http.probe()

    async def _pull(self, store: Store, cursor: str | None, progress: Progress) -> Page:
        c = self.client
        # Availability reports pile up for ever: the last day's give each product's latest state.
        since = (dt.datetime.now(dt.UTC) - dt.timedelta(days=1)).strftime("%Y-%m-%dT%H:%M:%SZ")
        controllers, products, props, availability, failures = await asyncio.gather(
            c.list_items("climatecontrollers", priority=BULK), c.list_items("products", priority=BULK),
            c.list_items("properties", priority=BULK),
            c.list_items("availability", filters={"begin": since}, priority=BULK),
            c.list_items("failures", filters={"latest": True}, priority=BULK))
        wires = parse_items(WireClimateController, controllers, "climatecontrollers")
        names = {p.product: p.name or "" for p in parse_items(WireProduct, products, "products")}
        latest: dict[int, tuple[str, str | None]] = {}
        for report in sorted(parse_items(WireAvailability, availability, "availabilities"),
                             key=lambda a: a.timestamp or ""):
            if report.product is not None:
                latest[report.product] = (report.plain_status, report.timestamp)
        rows = [{**w.model_dump(include=set(store_climate.CONTROLLER_COLUMNS)), "product": w.product,
                 "name": names.get(w.product, "") or f"Product {w.product}", "data": w.model_dump(mode="json")}
                for w in wires if w.product is not None]
        property_rows = [{"property": p.property, "product": p.product, "datatype": p.datatype, "name": p.name or "",
                          "product_name": names.get(p.product, ""),
                          "value": None if p.value is None else str(p.value), "updated": p.updated}
                         for p in parse_items(WireProperty, props, "properties")
                         if p.property is not None and p.product is not None]
        failure_rows = [{"failure": f.failure, "failuretype": f.failuretype, "resource": f.resource,
                         "status": f.status, "timestamp": f.timestamp,
                         "data": json.dumps({**f.model_dump(mode="json"),
                                             "product_name": names.get(f.resource, "")}, ensure_ascii=False)}
                        for f in parse_items(WireFailure, failures, "failures") if f.failure is not None]

        def save() -> None:
            with store.transaction() as conn:
                store_climate.save_controllers(conn, rows, outbox.pending_keys(conn, VENDOR))
                store_climate.save_availability(conn, latest)
                store_climate.save_properties(conn, property_rows)
                store_climate.save_failures(conn, failure_rows)
        await asyncio.to_thread(save)
        progress(VENDOR, "climate", len(rows), len(rows))
        return Page(len(rows) + len(property_rows) + len(failure_rows), None)

    async def send_setpoint(self, entry: OutboxEntry) -> None:
        body = dict(entry.payload)
        product = body.pop("product", None)
        if not isinstance(product, int):
            raise RejectedError(VENDOR, "the queued set point names no product")
        await self.client.put("climatecontrollers", product, body, priority=BULK)  # PUT: safe to repeat


async def acknowledge_setpoint(store: Store, entry: OutboxEntry, answer: object) -> None:
    def acknowledge() -> None:
        with store.transaction() as conn:
            store_climate.sent_setpoint(conn, int(entry.payload["product"]))
            outbox.acknowledge(conn, entry.id)
    await asyncio.to_thread(acknowledge)
