"""Async client for Totalmobile Connect's web services: one method per documented endpoint.

Sign-in is OAuth2's password grant (`POST token`, form-encoded `grant_type=password`, `username`, `password`).
The token is reused for every call until shortly before its `expires_in` runs out, then renewed; a 401 renews it
once and repeats the call, and a second refusal is an AuthError (the sync engine pauses the vendor, as for Pro+).
Several calls starting at once share one token request (an asyncio lock). Every call sends the
`Accept: application/json; version=N` its method documents.

Paths the document does not spell out follow the documented ones (DESIGN.md, "Gaps"): `api/<Resource>`. Kept
here, in one place, are the readings of what the document leaves open:

- IdLookup: `GET api/IdLookup?Lookup=OrderId&PrimaryOrderNumber=…&ContractExternalId=…`, answering an integer
  (bare, or as a JSON string);
- BookingSummary, Availability, SalesOrder (GET), RateBook (GET): the object's fields as query parameters;
- `IgnoreWeekends`: the name says "leave weekends out", the document's description "allows bookings at weekends";
  FieldDesk sends it as the planner's "ignore weekends" (weekend days are not offered) and shows what comes back;
- a SalesOrder GET answering 200 with `null` (the document: "an unsuccessful response will be NULL") means "no
  such order", as a 404 does.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import time
from collections.abc import Mapping
from typing import Any, TypeVar

import httpx
from pydantic import BaseModel, ValidationError

from app.i18n import QT_TRANSLATE_NOOP, Text
from app.logging_setup import register_secret
from app.vendors.errors import AuthError, RejectedError, ServerError, unreadable_answer
from app.vendors.http import BULK, INTERACTIVE, CallBudget, RetryPolicy, VendorHttp, parse_json
from app.vendors.totalmobile import models as m

VENDOR = "totalmobile"
M = TypeVar("M", bound=BaseModel)

#: The version each method documents (its `Accept: application/json; version=N`).
VERSIONS: dict[str, int] = {
    "PlanningWindow": 1, "Availability": 3, "AvailabilityByTrade": 3, "Booking": 3, "BookingSummary": 1,
    "SalesOrder": 2, "SalesOrderCreate": 3, "Code": 3, "Attribute": 3, "Customer": 4, "IdLookup": 3, "JobCode": 3,
    "RateBook": 3, "PurchaseInvoice": 3, "UserAccount": 2, "BookSubContractorOrder": 1,
    "BookSubContractorOrderUpdate": 3,
}


def error_text(body: object) -> str | None:
    """The Error object as one line: its `Message`, then each `ModelState` entry ("field: problem"); None when
    the body is not one."""
    if not isinstance(body, dict):
        return None
    found = {k.lower(): v for k, v in body.items() if isinstance(k, str)}
    message = found.get("message") or found.get("error_description") or found.get("error")
    parts = [str(message).strip()] if message else []
    state = found.get("modelstate")
    if isinstance(state, dict):
        for field, problems in state.items():
            texts = problems if isinstance(problems, list) else [problems]
            for text in texts:
                where = str(field).split(".", 1)[-1] if "." in str(field) else str(field)
                parts.append(f"{where}: {text}" if where else str(text))
    return " — ".join(parts) if parts else None


class TotalmobileClient:
    def __init__(self, base_url: str, username: str, password: str, *,
                 transport: httpx.AsyncBaseTransport | None = None, budget: CallBudget | None = None,
                 retry: RetryPolicy | None = None, timeout: httpx.Timeout | None = None,
                 deadline: float | None = None, concurrency: int = 4, renew_margin: float = 60.0) -> None:
        extra: dict[str, Any] = {}
        if timeout is not None:
            extra["timeout"] = timeout
        if deadline is not None:
            extra["deadline"] = deadline
        # The base URL runs up to and including /WS-API; the document's paths ("token", "api/Booking") follow it.
        self.http = VendorHttp(VENDOR, base_url.rstrip("/") + "/", headers={"Accept": "application/json"},
                               secrets=(password,), transport=transport, retry=retry, budget=budget,
                               concurrency=concurrency, error_text=error_text, **extra)
        self._username = username
        self._password = password
        self._token: str | None = None
        self._token_expires = 0.0  # time.monotonic() when we stop using it
        self._token_lock = asyncio.Lock()
        self._renew_margin = renew_margin
        #: How many token requests this client made (tests and benchmarks read it).
        self.token_requests = 0

    async def aclose(self) -> None:
        await self.http.aclose()

    # -- sign-in ---------------------------------------------------------------------------------------------------
    async def _bearer(self, refused: str | None = None) -> str:
        """A valid token; with `refused` (a token the vendor just refused), a new one unless another call renewed
        it meanwhile."""
        token = self._token
        if token is not None and token != refused and time.monotonic() < self._token_expires:
            return token
        async with self._token_lock:
            token = self._token
            if token is not None and token != refused and time.monotonic() < self._token_expires:
                return token  # another call renewed it while we waited
            return await self._sign_in()

    async def _sign_in(self) -> str:
        self.token_requests += 1
        form = {"grant_type": "password", "username": self._username, "password": self._password}
        try:
            response = await self.http.request("POST", "token", form=form, idempotent=True,
                                               headers={"Accept": "application/json"})
        except RejectedError as exc:  # invalid_grant: the user name or password is wrong
            raise AuthError(VENDOR, Text(QT_TRANSLATE_NOOP("VendorError", "sign-in refused ({words})"),
                                         {"words": exc.message}), status=exc.status) from exc
        answer = _parse(m.TokenAnswer, response)
        register_secret(answer.access_token)
        lifetime = float(answer.expires_in) if answer.expires_in is not None else 3600.0
        margin = min(self._renew_margin, lifetime / 10)
        self._token = answer.access_token
        self._token_expires = time.monotonic() + max(lifetime - margin, 0.0)
        return answer.access_token

    async def _call(self, method: str, path: str, version: int, *, params: Mapping[str, Any] | None = None,
                    body: Any = None, idempotent: bool | None = None, priority: int = INTERACTIVE) -> httpx.Response:
        """One authorised call; a 401 renews the token once and repeats the call."""
        query = {k: _param(v) for k, v in (params or {}).items() if v is not None and v != ""}
        token = await self._bearer()
        for attempt in (0, 1):
            headers = {"Authorization": f"Bearer {token}", "Accept": f"application/json; version={version}"}
            try:
                return await self.http.request(method, path, params=query or None, json_body=body,
                                               idempotent=idempotent, headers=headers, priority=priority)
            except AuthError as exc:
                if attempt or exc.status != 401:
                    raise
                token = await self._bearer(refused=token)
        raise AssertionError("unreachable")

    def invalidate_token(self) -> None:
        """Forget the token (e.g. the credentials changed)."""
        self._token = None

    # -- planning windows, availability, booking -------------------------------------------------------------------
    async def planning_windows(self, *, priority: int = BULK) -> list[m.PlanningWindow]:
        response = await self._call("GET", "api/PlanningWindow", VERSIONS["PlanningWindow"], priority=priority)
        return _parse_list(m.PlanningWindow, response)

    async def availability(self, request: m.Availability, *, priority: int = INTERACTIVE) -> m.AvailabilityResponse:
        response = await self._call("GET", "api/Availability", VERSIONS["Availability"], params=request.wire(),
                                    priority=priority)
        return _parse(m.AvailabilityResponse, response)

    async def availability_by_trade(self, request: m.AvailabilityByTrade) -> m.AvailabilityByTradeResponse:
        response = await self._call("POST", "api/AvailabilityByTrade", VERSIONS["AvailabilityByTrade"],
                                    body=request.wire(), idempotent=True)
        return _parse(m.AvailabilityByTradeResponse, response)

    async def book(self, booking: m.Booking) -> m.BookingResponse:
        """Book (or, with VisitExternalId, re-appoint). Not retried: the planner sees the answer and decides."""
        response = await self._call("POST", "api/Booking", VERSIONS["Booking"], body=booking.wire(), idempotent=False)
        return _parse(m.BookingResponse, response)

    async def booking_summary(self, *, property_id: str | None = None, order_number: str | None = None,
                              window_start: dt.datetime | None = None, window_end: dt.datetime | None = None,
                              priority: int = INTERACTIVE) -> m.BookingSummaryResponse:
        if not property_id and not order_number:
            raise ValueError("booking_summary needs a property id or an order number")
        params = {"PropertyId": property_id, "PrimaryOrderNumber": order_number,
                  "WindowStart": window_start.strftime("%Y-%m-%d %H:%M:%S") if window_start else None,
                  "WindowEnd": window_end.strftime("%Y-%m-%d %H:%M:%S") if window_end else None}
        response = await self._call("GET", "api/BookingSummary", VERSIONS["BookingSummary"], params=params,
                                    priority=priority)
        return _parse(m.BookingSummaryResponse, response)

    # -- sales orders ----------------------------------------------------------------------------------------------
    async def get_sales_order(self, order_number: str, contract: str | None = None, *,
                              priority: int = INTERACTIVE) -> m.SalesOrder | None:
        try:
            response = await self._call("GET", "api/SalesOrder", VERSIONS["SalesOrder"],
                                        params={"PrimaryOrderNumber": order_number, "ContractExternalId": contract},
                                        priority=priority)
        except RejectedError as exc:
            if exc.status == 404:
                return None
            raise
        if not response.content.strip() or response.content.strip() == b"null":
            return None
        order = _parse(m.SalesOrder, response)
        if not order.PrimaryOrderNumber:  # an order FieldDesk could not file (every order is known by its number)
            raise unreadable_answer(VENDOR, "SalesOrder.PrimaryOrderNumber: missing", status=response.status_code)
        return order

    async def create_sales_order(self, body: Mapping[str, Any]) -> m.SalesOrder | None:
        """SalesOrder POST. Version 3 answers the order (version 2: `{}`, then None). Not retried here: the outbox
        replays it after looking the order up, so a lost answer never creates it twice."""
        response = await self._call("POST", "api/SalesOrder", VERSIONS["SalesOrderCreate"], body=dict(body),
                                    idempotent=False, priority=BULK)
        return _parse_object(m.SalesOrder, response)

    async def update_sales_order(self, body: Mapping[str, Any]) -> None:
        """SalesOrder PATCH (SalesOrderUpdate): update, or cancel with OrderStatus 11 and a CancelReason. Setting
        the same values again changes nothing, so a replay is safe."""
        await self._call("PATCH", "api/SalesOrder", VERSIONS["SalesOrder"], body=dict(body), idempotent=True,
                         priority=BULK)

    async def order_id(self, order_number: str, contract: str) -> int:
        """IdLookup: the internal order id the Code and Attribute methods take."""
        response = await self._call("GET", "api/IdLookup", VERSIONS["IdLookup"],
                                    params={"Lookup": "OrderId", "PrimaryOrderNumber": order_number,
                                            "ContractExternalId": contract})
        data = _json(response)
        try:
            return int(data)
        except (TypeError, ValueError):
            raise ServerError(VENDOR, "IdLookup did not answer with a number", status=response.status_code) from None

    # -- job codes on an order (Code), scheduling attributes (Attribute) -------------------------------------------
    async def codes(self, order_id: int) -> list[m.Code]:
        return _parse_list(m.Code, await self._call("GET", f"api/SalesOrder/{order_id}/Code", VERSIONS["Code"]))

    async def code(self, order_id: int, code: str, location: str | None = None) -> m.Code:
        path = f"api/SalesOrder/{order_id}/Code/{_seg(code)}" + (f"/Location/{_seg(location)}" if location else "")
        return _parse(m.Code, await self._call("GET", path, VERSIONS["Code"]))

    async def add_code(self, order_id: int, code: Mapping[str, Any]) -> None:
        await self._call("POST", f"api/SalesOrder/{order_id}/Code", VERSIONS["Code"], body=dict(code),
                         idempotent=False, priority=BULK)

    async def update_code(self, order_id: int, code: Mapping[str, Any]) -> None:
        await self._call("PUT", f"api/SalesOrder/{order_id}/Code", VERSIONS["Code"], body=dict(code), priority=BULK)

    async def remove_code(self, order_id: int, code: str, location: str | None = None) -> None:
        path = f"api/SalesOrder/{order_id}/Code/{_seg(code)}" + (f"/Location/{_seg(location)}" if location else "")
        await self._call("DELETE", path, VERSIONS["Code"], priority=BULK)

    async def attributes(self, order_id: int) -> m.Attribute:
        return _parse(m.Attribute, await self._call("GET", f"api/SalesOrder/{order_id}/Attribute",
                                                     VERSIONS["Attribute"]))

    async def set_attributes(self, order_id: int, items: list[m.AttributeItem]) -> None:
        await self._call("POST", f"api/SalesOrder/{order_id}/Attribute", VERSIONS["Attribute"],
                         body=[i.wire() for i in items], idempotent=True, priority=BULK)

    # -- customers, job codes, rate books ---------------------------------------------------------------------------
    async def create_customer(self, body: Mapping[str, Any]) -> m.CustomerModel | None:
        response = await self._call("POST", "api/Customer", VERSIONS["Customer"], body=dict(body), idempotent=False,
                                    priority=BULK)
        return _parse_object(m.CustomerModel, response)

    async def job_code(self, code: str) -> m.JobCode:
        return _parse(m.JobCode, await self._call("GET", f"api/JobCode/{_seg(code)}", VERSIONS["JobCode"]))

    async def create_job_code(self, body: Mapping[str, Any]) -> None:
        await self._call("POST", "api/JobCode", VERSIONS["JobCode"], body=dict(body), idempotent=False)

    async def update_job_code(self, code: str, body: Mapping[str, Any]) -> m.JobCode | None:
        response = await self._call("PUT", f"api/JobCode/{_seg(code)}", VERSIONS["JobCode"], body=dict(body))
        return _parse_object(m.JobCode, response)

    async def rate_books(self, code: str) -> list[m.RateBook]:
        return _parse_list(m.RateBook, await self._call("GET", "api/RateBook", VERSIONS["RateBook"],
                                                        params={"CodeExternalId": code}))

    async def rate_book(self, code: str, contract: str) -> m.RateBook:
        return _parse(m.RateBook, await self._call("GET", "api/RateBook", VERSIONS["RateBook"],
                                                   params={"CodeExternalId": code, "ContractExternalId": contract}))

    async def update_rate_book(self, code: str, contract: str, body: Mapping[str, Any]) -> m.RateBook | None:
        response = await self._call("PUT", f"api/RateBook/{_seg(code)}/{_seg(contract)}", VERSIONS["RateBook"],
                                    body=dict(body))
        return _parse_object(m.RateBook, response)

    # -- sub-contractors, purchase invoices, user accounts ---------------------------------------------------------
    async def book_subcontractor_order(self, body: m.BookSubContractorOrder) -> m.BookSubContractorOrderResponse:
        response = await self._call("POST", "api/BookSubContractorOrder", VERSIONS["BookSubContractorOrder"],
                                    body=body.wire(), idempotent=False)
        return _parse(m.BookSubContractorOrderResponse, response)

    async def update_subcontractor_order(self, body: m.BookSubContractorOrderUpdate
                                         ) -> m.BookSubContractorOrderUpdate:
        response = await self._call("PATCH", "api/BookSubContractorOrder", VERSIONS["BookSubContractorOrderUpdate"],
                                    body=body.wire(), idempotent=True)
        return _parse(m.BookSubContractorOrderUpdate, response)

    async def create_purchase_invoice(self, body: m.PurchaseInvoice) -> m.PurchaseInvoice:
        response = await self._call("POST", "api/PurchaseInvoice", VERSIONS["PurchaseInvoice"], body=body.wire(),
                                    idempotent=False)
        return _parse(m.PurchaseInvoice, response)

    async def create_user_account(self, body: m.UserAccount) -> m.UserAccount:
        """UserAccount POST: the account with a single sign-in `Token` (and maybe the jump `Url`)."""
        response = await self._call("POST", "api/UserAccount", VERSIONS["UserAccount"], body=body.wire(),
                                    idempotent=False)
        account = _parse(m.UserAccount, response)
        if account.Token:
            register_secret(account.Token)
        return account


def _param(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def _seg(value: str) -> str:
    from urllib.parse import quote

    return quote(str(value), safe="")


def _json(response: httpx.Response) -> Any:
    if not response.content.strip():
        return None
    return parse_json(response, VENDOR)


def _parse(model: type[M], response: httpx.Response) -> M:
    return _validate(model, _json(response), response.status_code)


def _parse_object(model: type[M], response: httpx.Response) -> M | None:
    """An answer that may carry the record written: None unless it is a JSON object with something in it."""
    data = _json(response)
    return _validate(model, data, response.status_code) if isinstance(data, dict) and data else None


def _validate(model: type[M], data: Any, status: int) -> M:
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        problems = exc.errors()
        where = "".join(f".{p}" for p in problems[0]["loc"]) if problems else ""
        what = problems[0]["msg"] if problems else "invalid"
        raise unreadable_answer(VENDOR, f"{model.__name__}{where}: {what}", status=status) from exc


def _parse_list(model: type[M], response: httpx.Response) -> list[M]:
    data = _json(response)
    if data is None:
        return []
    if not isinstance(data, list):
        raise unreadable_answer(VENDOR, f"expected a list of {model.__name__}", status=response.status_code)
    found = []
    for index, item in enumerate(data):
        try:
            found.append(model.model_validate(item))
        except ValidationError as exc:
            problem = exc.errors()[0]
            where = "".join(f".{p}" for p in problem["loc"])
            raise unreadable_answer(VENDOR, f"{model.__name__}[{index}]{where}: {problem['msg']}",
                                    status=response.status_code) from exc
    return found
