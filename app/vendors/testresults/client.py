"""Async client for testresults.io customer management (`vendor-docs/testresults-customers-api.txt`).

The token goes in the `Authentication` header, as documented. Updates carry the `DataVersion` they were made on
(the document's "optimistic concurrency"): a stale one is answered 409 or 412, which the HTTP layer raises as
ConflictError. Errors come in ASP.NET Web API's shape: `{"Message": ..., "ModelState": {"customer.Name": [...]}}`.
"""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

import httpx

from app.vendors.errors import RejectedError
from app.vendors.http import BULK, INTERACTIVE, CallBudget, RetryPolicy, VendorHttp, parse_json
from app.vendors.testresults.models import EDITABLE, VENDOR, WireCustomer, parse_customer, parse_customers

PREFIX = "/api/management/customers"


class TestresultsClient:
    __test__ = False  # not a pytest class, whatever its name

    def __init__(self, base_url: str, token: str, *, transport: httpx.AsyncBaseTransport | None = None,
                 budget: CallBudget | None = None, retry: RetryPolicy | None = None,
                 timeout: httpx.Timeout | None = None, deadline: float | None = None, concurrency: int = 4) -> None:
        extra: dict[str, Any] = {}
        if timeout is not None:
            extra["timeout"] = timeout
        if deadline is not None:
            extra["deadline"] = deadline
        # FIELDDESK_TESTRESULTS_BASE_URL is the host (https://stage.testresults.io); one copied with the API's
        # path would double it.
        base_url = base_url.rstrip("/").removesuffix(PREFIX)
        self.http = VendorHttp(VENDOR, base_url, headers={"Authentication": token, "Accept": "application/json"},
                               secrets=(token,), transport=transport, retry=retry, budget=budget,
                               concurrency=concurrency, error_text=problem_text, **extra)

    async def aclose(self) -> None:
        await self.http.aclose()

    async def probe(self) -> None:
        await self.http.probe()

    async def active(self, *, priority: int = BULK) -> list[WireCustomer]:
        """Every active customer (the document: "without archive")."""
        return parse_customers(parse_json(await self.http.request("GET", PREFIX, priority=priority), VENDOR))

    async def archived(self, *, priority: int = BULK) -> list[WireCustomer]:
        return parse_customers(parse_json(await self.http.request("GET", f"{PREFIX}/archive", priority=priority),
                                          VENDOR))

    async def get(self, customer_id: str, *, priority: int = INTERACTIVE) -> WireCustomer:
        response = await self.http.request("GET", f"{PREFIX}/{quote(customer_id, safe='')}", priority=priority)
        return parse_customer(parse_json(response, VENDOR))

    async def create(self, fields: dict[str, Any], *, priority: int = BULK) -> WireCustomer:
        """POST a new customer (never retried here: the adapter looks for it before it sends again)."""
        body = {key: fields.get(key) for key in EDITABLE[:3]}
        response = await self.http.request("POST", PREFIX, json_body=body, idempotent=False, priority=priority)
        return parse_customer(parse_json(response, VENDOR))

    async def update(self, customer_id: str, fields: dict[str, Any], data_version: str | None, *,
                     priority: int = BULK) -> WireCustomer:
        """PUT the editable fields with the DataVersion they were made on. Repeating it is safe: a second PUT of
        the same version is refused as stale, never applied twice."""
        body = {**{key: fields.get(key) for key in EDITABLE}, "DataVersion": data_version}
        response = await self.http.request("PUT", f"{PREFIX}/{quote(customer_id, safe='')}", json_body=body,
                                           idempotent=True, priority=priority)
        return parse_customer(parse_json(response, VENDOR))

    async def delete(self, customer_id: str, *, priority: int = BULK) -> None:
        """DELETE it; one that is already gone counts as deleted."""
        try:
            await self.http.request("DELETE", f"{PREFIX}/{quote(customer_id, safe='')}", idempotent=True,
                                    priority=priority)
        except RejectedError as exc:
            if exc.status != 404:
                raise


def problem_text(body: object) -> str | None:
    """`{"Message": "...", "ModelState": {"customer.Name": ["..."]}}` as "Name: ...; Subdomain: ..." (or the
    message); None when the answer is not one."""
    if not isinstance(body, dict):
        return None
    state = body.get("ModelState")
    parts: list[str] = []
    if isinstance(state, dict):
        for key, messages in list(state.items())[:10]:
            field = str(key).removeprefix("customer.")
            for message in messages if isinstance(messages, list) else [messages]:
                parts.append(f"{field}: {message}" if field else str(message))
    if parts:
        return "; ".join(parts)
    message = body.get("Message") or body.get("message")
    return str(message) if message else None
