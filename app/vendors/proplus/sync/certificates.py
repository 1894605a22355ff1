"""Pro+ certificates on the sync contract: each sync asks pull-certificates (§9) only for what is new.

The cursor is the last date fetched (ISO). The first sync reads the last 365 days; later ones read from the day
before the cursor (a certificate dated that day may have been made after the last sync) to today. A user's fetch
(`app.services.certificates`) saves through `save` too, so both leave the cache alike: certificates and their files
upserted, what was downloaded kept.
"""

from __future__ import annotations

import asyncio
import datetime as dt

from app.store import certificates as store_cert
from app.store.db import Store
from app.sync.contract import Page, Progress, Resource
from app.vendors.http import BULK
from app.vendors.proplus.certificates import WireCertificate, iso_date
from app.vendors.proplus.client import VENDOR, ProPlusClient

#: Days asked in one pull-certificates call: a longer range is asked in yearly pieces.
MAX_SPAN_DAYS = 366
#: What the first sync reads.
FIRST_SYNC_DAYS = 365


def resources(client: ProPlusClient) -> tuple[Resource, ...]:
    async def pull(store: Store, cursor: str | None, progress: Progress) -> Page:
        today = dt.date.today()
        start = _start(cursor, today)
        progress(VENDOR, "certificates", 0, 0)
        found = await pull_range(client, start, today, priority=BULK)
        saved = await asyncio.to_thread(save, store, found)
        progress(VENDOR, "certificates", saved, saved)
        return Page(saved, today.isoformat())
    return (Resource("certificates", pull),)


def _start(cursor: str | None, today: dt.date) -> dt.date:
    try:
        last = dt.date.fromisoformat(cursor) if cursor else None
    except ValueError:  # not ours (a damaged cache): read as a first sync would
        last = None
    if last is None:
        return today - dt.timedelta(days=FIRST_SYNC_DAYS)
    return min(last - dt.timedelta(days=1), today)  # a clock put back: still ask for today


def pieces(start: dt.date, end: dt.date) -> list[tuple[dt.date, dt.date]]:
    """[start, end] as consecutive ranges of at most MAX_SPAN_DAYS days (both ends included)."""
    found = []
    while start <= end:
        stop = min(start + dt.timedelta(days=MAX_SPAN_DAYS - 1), end)
        found.append((start, stop))
        start = stop + dt.timedelta(days=1)
    return found


async def pull_range(client: ProPlusClient, start: dt.date, end: dt.date, *, priority: int) -> list[WireCertificate]:
    """Every certificate dated in [start, end], one call per piece (concurrent: the client's lane bounds them);
    a certificate two pieces both list is kept once."""
    answers = await asyncio.gather(*(client.pull_certificates(a, b, priority=priority) for a, b in pieces(start, end)))
    unique: dict[int, WireCertificate] = {}
    for answer in answers:
        for wire in answer:
            unique[wire.id] = wire
    return list(unique.values())


def fetched(wire: WireCertificate) -> store_cert.FetchedCertificate:
    """What the cache keeps of one certificate."""
    values = {"client_id": wire.client_id, "appliance_id": wire.client_heating_appliance_id,
              "client_name": wire.client_name or "", "appliance_name": wire.heating_appliance_name or "",
              "type": wire.type, "status": wire.status,
              "certification_date": iso_date(wire.certification_date),
              "next_certification_date": iso_date(wire.next_certification_date), "wo_number": wire.wo_number}
    files = [store_cert.FetchedFile(f.id, store_cert.DOCUMENT, f.doc) for f in wire.certificate_files]
    files += [store_cert.FetchedFile(i.id, store_cert.IMAGE, i.image) for i in wire.certificate_images]
    return store_cert.FetchedCertificate(wire.id, values, wire.model_dump(mode="json"), files)


def save(store: Store, wires: list[WireCertificate]) -> int:
    """Certificates read from Pro+ into the cache (run it in a worker thread); returns how many."""
    rows = [fetched(w) for w in wires]
    # Not durable: a pulled certificate can be fetched again (a download's record is committed durably).
    with store.transaction(durable=False) as conn:
        return store_cert.save_fetched(conn, rows)
