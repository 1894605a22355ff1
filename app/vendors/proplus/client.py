"""Async client for the testo Pro+ API: one method per documented endpoint FieldDesk uses."""

from __future__ import annotations

import asyncio
import datetime
from collections.abc import Callable
from typing import Any, TypeVar, cast

import httpx

from app.i18n import QT_TRANSLATE_NOOP, Text
from app.vendors import jsonstream
from app.vendors.bulk import gc_paused, release_gradually
from app.vendors.errors import RejectedError, ServerError
from app.vendors.http import BULK, INTERACTIVE, CallBudget, RetryPolicy, VendorHttp
from app.vendors.proplus.certificates import (
    DOWNLOAD_ACCEPT,
    READ_INLINE_LIMIT,
    CertificateFile,
    WireCertificate,
    parse_certificates,
    pro_date,
    read_download,
)
from app.vendors.proplus.models import (
    ProcessedIds,
    WireClient,
    client_records,
    parse_clients_response,
    parse_push_response,
    raise_for_envelope,
)
from app.vendors.proplus.staff import (
    WireDevice,
    WireTechnician,
    check_success,
    parse_devices_response,
    parse_technician_response,
)
from app.vendors.proplus.workorders import WireWorkOrder, parse_work_order_response

VENDOR = "proplus"
DAILY_CALL_LIMIT = 50_000  # "the limit on call the API requests is set to 50.000 calls/day" (section 4)
T = TypeVar("T")
LOOKUP_KEYS = ("id", "name", "phone", "email", "third_party_id")
WORK_ORDER_KEYS = ("id", "external_id", "external_name")


def _decode(content: bytes) -> Any:
    try:
        return jsonstream.loads(content)
    except ValueError as exc:
        raise ServerError(VENDOR, Text(QT_TRANSLATE_NOOP("VendorError", "the answer was not valid JSON"))) from exc


class ProPlusClient:
    def __init__(self, base_url: str, secret_key: str, *, transport: httpx.AsyncBaseTransport | None = None,
                 budget: CallBudget | None = None, retry: RetryPolicy | None = None,
                 timeout: httpx.Timeout | None = None, deadline: float | None = None,
                 concurrency: int = 4) -> None:
        extra: dict[str, Any] = {}
        if timeout is not None:
            extra["timeout"] = timeout
        if deadline is not None:
            extra["deadline"] = deadline
        # The document's base URLs are hosts; its paths all start with /expose. A base URL copied with that part
        # ("https://stagingapi.testocloud.be/expose") would double it and get "Not found" for every call.
        base_url = base_url.rstrip("/").removesuffix("/expose")
        self.http = VendorHttp(
            VENDOR, base_url,
            headers={"X-expose-secret-key": secret_key, "Content-Type": "application/json",
                     "Accept": "application/json"},
            secrets=(secret_key,), transport=transport, retry=retry,
            budget=budget or CallBudget(VENDOR, DAILY_CALL_LIMIT), concurrency=concurrency, **extra)

    async def aclose(self) -> None:
        await self.http.aclose()

    async def _clients(self, body: list[bytes], consume: Callable[[list[dict[str, Any]]], T] | None = None
                       ) -> list[WireClient] | T:
        """Decode and validate the answer's body (its chunks) in a worker thread; with `consume`, hand it the clients'
        records (`client_records`: no model per client) in that same thread.

        Thousands of clients take a while to decode, validate and save. Doing it all in one worker call
        with the cyclic collector paused, and freeing every record before the pause ends, means no full
        collection ever walks them: such a collection holds the GIL long enough to freeze the UI. The chunks are
        joined here too: tens of megabytes in one allocation hold the GIL for tens of milliseconds, and the
        event loop (the UI) must not pay that (`VendorHttp.request_chunks`).
        """
        def work() -> list[WireClient] | T:
            content = b"".join(body)
            body.clear()
            with gc_paused():
                payload = _decode(content)
                del content
                if consume is None:
                    try:
                        return parse_clients_response(payload)
                    finally:
                        release_gradually(payload)
                try:
                    records = client_records(payload)
                finally:
                    release_gradually(payload)
                try:
                    return consume(records)
                finally:
                    release_gradually(records)
        return await asyncio.to_thread(work)

    async def push_client(self, body: dict[str, Any], *, idempotency_key: str | None = None) -> ProcessedIds:
        """§7 push-client: add or update a client with its appliances. Not retried here: the outbox
        replays it, and third-party ids make a replay an update."""
        headers = {"Idempotency-Key": idempotency_key} if idempotency_key else None
        response = await self.http.request("POST", "/expose/push-client", json_body=body, idempotent=False,
                                           headers=headers, priority=BULK)
        return parse_push_response(_decode(response.content))

    async def pull_clients(self) -> list[WireClient]:
        """§8 pull-client: every client with its heating and cooling appliances."""
        return await self._clients(await self.http.request_chunks("GET", "/expose/pull-client", priority=BULK))

    async def pull_clients_into(self, consume: Callable[[list[dict[str, Any]]], T]) -> T:
        """§8 pull-client, handing the clients' records (as `WireClient.model_dump(mode="json", by_alias=True)` gives
        them) to `consume` in a worker thread (e.g. to save them)."""
        body = await self.http.request_chunks("GET", "/expose/pull-client", priority=BULK)
        return cast(T, await self._clients(body, consume))

    async def pull_client(self, *, language: str = "en", **lookup: str | int) -> list[WireClient]:
        """§22 pull-client-ha-ca: clients by Pro+ id, name, phone, e-mail or third-party id."""
        unknown = set(lookup) - set(LOOKUP_KEYS)
        if unknown or not lookup:
            raise ValueError(f"pull_client needs one of {', '.join(LOOKUP_KEYS)}")
        params = {"language": language, **{k: str(v) for k, v in lookup.items()}}
        response = await self.http.request("POST", "/expose/pull-client-ha-ca", params=params, idempotent=True)
        return await self._clients([response.content])

    async def pull_clients_by_other_properties(self, **properties: str) -> list[WireClient]:
        """§18 pull-client-by-other-properties (the body's fields were lost from the document: any client
        field is sent as a filter)."""
        response = await self.http.request("POST", "/expose/pull-client-by-other-properties",
                                           json_body=properties, idempotent=True)
        return await self._clients([response.content])

    # -- work orders (§11-13) ---------------------------------------------------------------------------------
    async def push_work_order(self, body: dict[str, Any], *, idempotency_key: str | None = None) -> WireWorkOrder:
        """§11 push-wo: create a work order. Not retried here: the outbox replays it, after looking it up by its
        external id (`get_work_order`), so a lost answer never creates it twice."""
        headers = {"Idempotency-Key": idempotency_key} if idempotency_key else None
        response = await self.http.request("POST", "/expose/push-wo", json_body=body, idempotent=False,
                                           headers=headers, priority=BULK)
        found = parse_work_order_response(_decode(response.content))
        if found is None:
            raise ServerError(VENDOR, "Pro+ answered push-wo without the work order it created")
        return found

    async def get_work_order(self, *, priority: int = INTERACTIVE, **lookup: str | int) -> WireWorkOrder | None:
        """§12 get-wo by `id`, `external_id` or `external_name` (the fields of delete-wo; the document lost
        get-wo's own). None when Pro+ has no such work order."""
        unknown = set(lookup) - set(WORK_ORDER_KEYS)
        if unknown or not lookup:
            raise ValueError(f"get_work_order needs one of {', '.join(WORK_ORDER_KEYS)}")
        params = {k: str(v) for k, v in lookup.items()}
        try:
            response = await self.http.request("GET", "/expose/get-wo", params=params, idempotent=True,
                                               priority=priority)
            return parse_work_order_response(_decode(response.content))
        except RejectedError as exc:
            if exc.status == 404 or "not found" in exc.message.lower():
                return None
            raise

    async def delete_work_order(self, **lookup: str | int) -> bool:
        """§13 delete-wo by `id` (or `external_id` / `external_name`). False when Pro+ had no such work order
        (already deleted: nothing left to do)."""
        try:
            response = await self.http.request("POST", "/expose/delete-wo", json_body=dict(lookup),
                                               idempotent=True, priority=BULK)
        except RejectedError as exc:
            if exc.status == 404 or "not found" in exc.message.lower():
                return False
            raise
        raise_for_envelope(_decode(response.content))
        return True

    # -- technicians and measuring devices
    async def get_devices(self, *, priority: int = BULK) -> list[WireDevice]:
        """§14 get-devices: every measuring device of the company, with its assigned technicians."""
        response = await self.http.request("GET", "/expose/get-devices", priority=priority)
        return parse_devices_response(_decode(response.content))

    async def create_device(self, body: dict[str, Any]) -> None:
        """§19 create-device. Its documented answer is a client record, not the device: only success counts,
        and the caller reads the device list for the id. Not retried here (a repeat would add it twice)."""
        response = await self.http.request("POST", "/expose/create-device", json_body=body, idempotent=False,
                                           priority=BULK)
        check_success(_decode(response.content))

    async def link_device(self, device_id: int, technician_id: int) -> None:
        """§20 link-unlink-device with action "link"."""
        await self._link_unlink(device_id, technician_id, "link")

    async def unlink_device(self, device_id: int, technician_id: int) -> None:
        """§20 link-unlink-device with action "unlink"."""
        await self._link_unlink(device_id, technician_id, "unlink")

    async def _link_unlink(self, device_id: int, technician_id: int, action: str) -> None:
        body = {"device_id": str(device_id), "technician_id": str(technician_id), "action": action}
        response = await self.http.request("POST", "/expose/link-unlink-device", json_body=body,
                                           idempotent=False, priority=BULK)
        check_success(_decode(response.content))

    async def create_technician(self, body: dict[str, Any]) -> WireTechnician:
        """§15 create-technician: add or update (by `id`, else `external_id`); answers the technician."""
        response = await self.http.request("POST", "/expose/create-technician", json_body=body, idempotent=False,
                                           priority=BULK)
        return parse_technician_response(_decode(response.content))

    async def get_technician(self, *, id: int | None = None, external_id: str | None = None,
                             priority: int = INTERACTIVE) -> WireTechnician:
        """§16 get-technician by Pro+ id or external id (the body of §16.1.4; blank fields are sent as "")."""
        if id is None and not external_id:
            raise ValueError("get_technician needs an id or an external id")
        body = {"id": "" if id is None else str(id), "external_id": external_id or "", "external_name": ""}
        response = await self.http.request("POST", "/expose/get-technician", json_body=body, idempotent=True,
                                           priority=priority)
        return parse_technician_response(_decode(response.content))

    # -- certificates (§9, §10, §17) -----------------------------------------------------------------------------
    async def pull_certificates(self, from_date: datetime.date, to_date: datetime.date, *,
                                priority: int = BULK) -> list[WireCertificate]:
        """§9 pull-certificates: the certificates made from `from_date` to `to_date` (Pro+ checks the range), with
        the ids of their files and images for `download_certificate`."""
        params = {"from_date": pro_date(from_date), "to_date": pro_date(to_date)}
        body = await self.http.request_chunks("GET", "/expose/pull-certificates", params=params, priority=priority)
        # A range of months can hold thousands of certificates: joined, decoded and checked in a worker thread.
        return await asyncio.to_thread(lambda: parse_certificates(_decode(b"".join(body))))

    async def pull_certificates_by_wo(self, wo_number: str, *, priority: int = INTERACTIVE) -> list[WireCertificate]:
        """§17 pull-certificates-by-wo: the certificates of one work order, by its Pro+ `wo_number`."""
        if not wo_number or not wo_number.strip():
            raise ValueError("pull_certificates_by_wo needs a work order number")
        response = await self.http.request("GET", "/expose/pull-certificates-by-wo",
                                           params={"wo_number": wo_number.strip()}, priority=priority)
        return parse_certificates(_decode(response.content))

    async def download_certificate(self, file_id: int, *, priority: int = INTERACTIVE) -> CertificateFile:
        """§10 download-certificate: one file (a document or an image) by its id from pull-certificates. Reading the
        same file twice changes nothing, so the HTTP layer retries it."""
        response = await self.http.request("GET", "/expose/download-certificate", params={"id": str(file_id)},
                                           idempotent=True, priority=priority,
                                           headers={"Accept": DOWNLOAD_ACCEPT})
        if len(response.content) > READ_INLINE_LIMIT:
            # A JSON envelope of several MB takes a while to decode (JSON, then base64): not on the UI's loop.
            return await asyncio.to_thread(read_download, response)
        return read_download(response)
