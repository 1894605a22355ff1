"""The planner (Totalmobile Connect): appointment slots by planning window, booking and re-appointing, the booking
summary, sales orders and their job codes.

Availability and booking need a live answer: availability is cached per query with its fetch time and shown stale
(with that time and the reason) when Connect cannot be reached; booking is refused then. Order writes (create,
update, cancel, job codes) go through the outbox like every other write: cached and queued in one transaction, sent
by the sync engine, kept with the vendor's words when refused.
"""

from __future__ import annotations

import asyncio
import builtins
import dataclasses
import datetime as dt
from collections.abc import Callable, Mapping
from typing import Any

from app.domain.planner import (
    AVAILABLE,
    NOT_AVAILABLE,
    PREFERRED,
    SLOT_STATUSES,
    PlanningWindow,
    Slot,
    SlotDay,
    SlotGrid,
    SlotQuery,
    Visit,
)
from app.i18n import QT_TRANSLATE_NOOP, Text
from app.store import outbox
from app.store import planner as cache
from app.store.db import Store
from app.store.time import now_iso
from app.vendors.errors import AuthError, OfflineError, RateLimitedError, RejectedError, ServerError, VendorError
from app.vendors.totalmobile import mapping
from app.vendors.totalmobile import models as m
from app.vendors.totalmobile.validate import BodyValidationError, FieldError, validate

__all__ = [
    "AVAILABLE",
    "NOT_AVAILABLE",
    "PREFERRED",
    "SLOT_STATUSES",
    "BodyValidationError",
    "FieldError",
    "NotSetUpError",
    "OfflineError",
    "PlannerService",
    "PlanningWindow",
    "RejectedError",
    "Slot",
    "SlotDay",
    "SlotGrid",
    "SlotQuery",
    "SlotTakenError",
    "UnknownOrderError",
    "VendorError",
    "Visit",
]

VENDOR = "totalmobile"
CANCELLED = 11  # OrderStatus.Cancel
#: Failures after which the last-known availability is shown (stale) instead of an error.
_SHOW_CACHED = (OfflineError, AuthError, RateLimitedError, ServerError)

#: A job code write's summary, per action (the window translates it).
_CODE_SUMMARIES = {"add": QT_TRANSLATE_NOOP("Outbox", "Add job code {code} on {order}"),
                   "update": QT_TRANSLATE_NOOP("Outbox", "Update job code {code} on {order}"),
                   "remove": QT_TRANSLATE_NOOP("Outbox", "Remove job code {code} on {order}")}


class NotSetUpError(VendorError):
    """Totalmobile is not configured in this profile."""


class SlotTakenError(RejectedError):
    """Connect refused the booking (its 400): the slot went to someone else meanwhile, or the vendor's reason says
    why. The cached grid shows the slot taken."""


class UnknownOrderError(LookupError):
    """No such sales order, at Connect or (offline) in the cache."""


class PlannerService:
    def __init__(self, store: Store, changed: Callable[[], None], client: Callable[[], Any],
                 suggestions: builtins.list[str] | None = None) -> None:
        """`client()`: the Totalmobile client of the running sync engine (None when Totalmobile is not set up).
        `suggestions`: order numbers to offer before any is cached (the sandbox's demo orders)."""
        self.suggestions = list(suggestions or [])
        self.store = store
        self._changed = changed
        self._client = client

    def _live(self) -> Any:
        client = self._client()
        if client is None:
            raise NotSetUpError(VENDOR, Text(QT_TRANSLATE_NOOP(
                "VendorError", "Totalmobile is not set up in this profile (set FIELDDESK_TOTALMOBILE_BASE_URL, "
                "_USERNAME and _PASSWORD)")))
        return client

    # -- planning windows and availability ------------------------------------------------------------------------
    def windows(self) -> builtins.list[PlanningWindow]:
        return cache.windows(self.store)

    def cached_slots(self, query: SlotQuery) -> SlotGrid | None:
        """The last-known availability for this query (else for the order), marked stale; None when never fetched."""
        found = cache.cached_grid(self.store, query) or cache.latest_grid(self.store, query.order)
        return dataclasses.replace(found, stale=True) if found else None

    async def slots(self, query: SlotQuery) -> SlotGrid:
        """Availability from Connect (cached with its time); when Connect cannot answer, the last-known grid marked
        stale with the reason. Raises the vendor's error when there is nothing cached to show, and RejectedError
        when Connect refuses the question (an unknown or cancelled order)."""
        if not 1 <= query.weeks <= 5:
            raise ValueError("weeks: from 1 to 5")
        try:
            client = self._live()
            request = m.Availability(PrimaryOrderNumber=query.order,
                                     Date=dt.date.fromisoformat(query.date) if query.date else None,
                                     NumberOfWeeks=query.weeks, IgnoreWeekends=query.ignore_weekends or None,
                                     ResourceExternalId=query.resource or None, VisitExternalId=query.visit or None)
            answer = await client.availability(request)
        except (*_SHOW_CACHED, NotSetUpError) as exc:
            stale = self.cached_slots(query)
            if stale is None:
                raise
            return dataclasses.replace(stale, reason=exc.message)
        grid = mapping.grid(answer, query.order, now_iso(), self.windows())

        def save() -> None:
            with self.store.transaction() as conn:
                cache.save_grid(conn, query, grid)
                if answer.PlanningWindows:
                    cache.save_windows(conn, grid.windows)
        await asyncio.to_thread(save)
        return grid

    async def book(self, order: str, date: str, window_id: int, *, visit: str | None = None,
                   instructions: str | None = None, resource: str | None = None, messaging: int | None = None,
                   shelve: bool = False) -> Visit:
        """Book a slot (re-appoint `visit` when given). Needs a live answer: OfflineError when Connect cannot be
        reached, SlotTakenError when it refuses (the slot is then shown taken), BodyValidationError for bad input."""
        body: dict[str, Any] = {"PrimaryOrderNumber": order, "Date": date, "PlanningWindowId": window_id}
        for key, value in (("VisitExternalId", visit), ("VisitInstructions", instructions),
                           ("ResourceExternalId", resource), ("MessagingPreference", messaging)):
            if value not in (None, ""):
                body[key] = value
        if shelve:
            body["ShelveAppointment"] = True
        checked = validate(body, "Booking")
        client = self._live()
        try:
            answer: m.BookingResponse = await client.book(m.Booking.model_validate(checked))
        except RejectedError as exc:
            def taken() -> None:
                with self.store.transaction() as conn:
                    cache.mark_taken(conn, order, checked["Date"], int(checked["PlanningWindowId"]))
            await asyncio.to_thread(taken)
            self._changed()
            raise SlotTakenError(exc.vendor, exc.message, status=exc.status) from exc
        window = answer.PlanningWindow
        day = (answer.Date or dt.date.fromisoformat(checked["Date"])).isoformat()
        known = next((w for w in self.windows() if w.id == window_id), None)
        start = window.start if window else known.start if known else None
        end = window.end if window else known.end if known else None
        booked = Visit(visit_id=answer.VisitExternalId or visit or "", order=order,
                       status="Shelved" if shelve else "Booked",
                       window_start=f"{day}T{start}:00" if start else None,
                       window_end=f"{day}T{end}:00" if end else None, instructions=instructions,
                       extra=answer.model_dump(mode="json", exclude_none=True))

        def remember() -> None:
            with self.store.transaction() as conn:
                cache.upsert_visits(conn, [booked])
        await asyncio.to_thread(remember)
        return booked

    async def slots_by_trade(self, postcode: str, *, skills: builtins.list[str] | None = None,
                             date: str | None = None, weeks: int = 1, duration: int | None = None,
                             target_date: str | None = None, two_to_attend: bool = False,
                             attributes: Mapping[str, str] | None = None) -> SlotGrid:
        """Availability for work not yet tied to an order (AvailabilityByTrade): by the skills a resource must
        have, the postcode, the visit's duration, a target date and whether two must attend. A live question only
        (nothing to book until there is an order): OfflineError when Connect cannot be reached."""
        if not postcode.strip():
            raise BodyValidationError([FieldError.said("Postcode", QT_TRANSLATE_NOOP("FieldCheck", "required"))])
        if not 1 <= weeks <= 5:
            raise BodyValidationError([FieldError.said("NumberOfWeeks", QT_TRANSLATE_NOOP("FieldCheck",
                                                                                         "from 1 to 5"))])
        request = m.AvailabilityByTrade(
            Date=dt.date.fromisoformat(date) if date else None, NumberOfWeeks=weeks, Skills=list(skills or []) or None,
            Postcode=postcode.strip(), TargetDate=dt.date.fromisoformat(target_date) if target_date else None,
            TwoToAttend=two_to_attend or None, Duration=duration,
            SchedulingAttributes=[m.AttributeItem(AttributeName=k, Value=v) for k, v in (attributes or {}).items()]
            or None)
        answer = await self._live().availability_by_trade(request)
        return mapping.grid(answer, "", now_iso(), self.windows())

    async def handover(self, username: str, *, first_name: str | None = None, last_name: str | None = None,
                       email: str | None = None, profile: str | None = None) -> tuple[str | None, str | None]:
        """Hand a planner over to Connect's own booking screen: UserAccount creates (or refreshes) their account and
        a single sign-in token. Returns (the jump URL Connect answered, the token); the URL carries the token, so
        it is shown to the user only, never logged or cached."""
        if not username.strip():
            raise BodyValidationError([FieldError.said("UserName", QT_TRANSLATE_NOOP("FieldCheck", "required"))])
        account: m.UserAccount = await self._live().create_user_account(m.UserAccount(
            UserName=username.strip(), FirstName=first_name or None, LastName=last_name or None, Email=email or None,
            ProfileName=profile or None))
        return account.Url, account.Token

    # -- booking summary --------------------------------------------------------------------------------------------
    def cached_bookings(self, *, order: str | None = None, property_id: str | None = None) -> builtins.list[Visit]:
        return cache.visits(self.store, order=order, property_id=property_id)

    async def bookings(self, *, order: str | None = None, property_id: str | None = None,
                       window_start: dt.datetime | None = None, window_end: dt.datetime | None = None
                       ) -> tuple[builtins.list[Visit], str]:
        """The visits of an order or a property from Connect's booking summary (cached), or when Connect cannot be
        reached the cached ones. Returns (visits, "totalmobile" | "cache")."""
        if not order and not property_id:
            raise ValueError("give an order number or a property id")
        try:
            client = self._live()
            answer: m.BookingSummaryResponse = await client.booking_summary(
                property_id=property_id, order_number=order, window_start=window_start, window_end=window_end)
        except (*_SHOW_CACHED, NotSetUpError):
            cached = self.cached_bookings(order=order, property_id=property_id)
            low = window_start.isoformat(timespec="seconds") if window_start else ""
            high = window_end.isoformat(timespec="seconds") if window_end else "~"
            return [v for v in cached if (v.window_end or "~") >= low and (v.window_start or "") <= high], "cache"
        found_property = answer.Customer.ExternalId if answer.Customer else property_id
        visits = [mapping.visit(a, found_property) for a in answer.Appointments]

        def save() -> None:
            with self.store.transaction() as conn:
                if window_start is None and window_end is None:
                    cache.save_visits(conn, visits, order=order if not property_id else None,
                                      property_id=property_id)
                else:
                    cache.upsert_visits(conn, visits)
        await asyncio.to_thread(save)
        return visits, VENDOR

    # -- sales orders -----------------------------------------------------------------------------------------------
    def orders(self) -> builtins.list[dict[str, Any]]:
        return cache.orders(self.store)

    def order_numbers(self) -> builtins.list[str]:
        """Orders to offer: the cached ones, then the suggestions not cached yet."""
        cached = [row["order_number"] for row in self.orders()]
        return cached + [number for number in self.suggestions if number not in cached]

    def order(self, number: str) -> dict[str, Any] | None:
        return cache.order(self.store, number)

    async def fetch_order(self, number: str, contract: str | None = None) -> tuple[dict[str, Any] | None, str]:
        """One sales order from Connect (cached), or offline the cached one. Returns (order or None, "totalmobile" |
        "cache"); other vendor errors raise."""
        try:
            client = self._live()
            wire: m.SalesOrder | None = await client.get_sales_order(number, contract)
        except (OfflineError, NotSetUpError):
            return self.order(number), "cache"
        if wire is None:
            return None, VENDOR

        def save() -> None:
            with self.store.transaction() as conn:
                if cache.find_order(conn, number) not in outbox.pending_keys(conn, VENDOR):
                    cache.save_order(conn, mapping.order_row(wire), wire.model_dump(mode="json", exclude_none=True),
                                     fetched=True)
        await asyncio.to_thread(save)
        self._changed()
        return self.order(number), VENDOR

    def create_order(self, body: Mapping[str, Any]) -> tuple[str, int]:
        """Check a SalesOrder body (BodyValidationError naming each bad field), cache the order and queue its
        creation in one transaction. Returns (local id, outbox id)."""
        checked = validate(body, "SalesOrder")
        number = checked["PrimaryOrderNumber"]
        with self.store.transaction() as conn:
            if cache.find_order(conn, number) is not None:
                raise BodyValidationError([FieldError.said("PrimaryOrderNumber", QT_TRANSLATE_NOOP(
                    "FieldCheck", "{order} is already a cached order"), order=number)])
            local_id = cache.save_order(conn, mapping.order_row(checked), checked, fetched=False)
            summary = outbox.Summary(QT_TRANSLATE_NOOP("Outbox", "New sales order {order}"), {"order": number})
            entry_id = outbox.enqueue(conn, vendor=VENDOR, operation=mapping.CREATE_ORDER, record_key=local_id,
                                      summary=summary, payload=checked)
        self._changed()
        return local_id, entry_id

    def update_order(self, body: Mapping[str, Any]) -> int:
        """Queue a SalesOrderUpdate (PATCH) of a cached order. Returns the outbox id."""
        checked = validate(body, "SalesOrderUpdate")
        number = checked["PrimaryOrderNumber"]
        with self.store.transaction() as conn:
            local_id = cache.find_order(conn, number)
            if local_id is None:
                raise UnknownOrderError(f"no cached sales order {number} (fetch it first: fielddesk orders get)")
            if checked.get("OrderStatus") is not None:
                cache.set_order_status(conn, local_id, checked["OrderStatus"], checked.get("CancelReason"))
            cancel = checked.get("OrderStatus") == CANCELLED
            template = (QT_TRANSLATE_NOOP("Outbox", "Cancel sales order {order}") if cancel
                        else QT_TRANSLATE_NOOP("Outbox", "Update sales order {order}"))
            entry_id = outbox.enqueue(conn, vendor=VENDOR, operation=mapping.UPDATE_ORDER, record_key=local_id,
                                      summary=outbox.Summary(template, {"order": number}), payload=checked)
        self._changed()
        return entry_id

    async def cancel_order(self, number: str, reason: str, description: str | None = None) -> int:
        """Queue the cancellation (OrderStatus 11 with its reason). An order not cached yet is fetched first (its
        contract is part of the update). Returns the outbox id."""
        row = self.order(number)
        if row is None:
            row, _source = await self.fetch_order(number)
        if row is None:
            raise UnknownOrderError(f"no sales order {number}")
        body = {"PrimaryOrderNumber": number, "ContractExternalId": row["contract"] or "", "OrderStatus": CANCELLED,
                "CancelReason": reason}
        if description:
            body["CancelDescription"] = description
        return self.update_order(body)

    def queue_code(self, number: str, action: str, code: Mapping[str, Any]) -> int:
        """Queue adding, updating or removing a job code (`action`: "add", "update", "remove") on a cached order."""
        operation = {"add": mapping.ADD_CODE, "update": mapping.UPDATE_CODE, "remove": mapping.REMOVE_CODE}[action]
        if action == "remove":
            checked = {k: code[k] for k in ("CodeExternalId", "LocationExternalId") if code.get(k)}
            if not checked.get("CodeExternalId"):
                raise BodyValidationError([FieldError.said("CodeExternalId", QT_TRANSLATE_NOOP("FieldCheck",
                                                                                              "required"))])
        else:
            checked = validate(code, "Code")
        with self.store.transaction() as conn:
            local_id = cache.find_order(conn, number)
            row = cache.order(self.store, number) if local_id else None
            if local_id is None or row is None:
                raise UnknownOrderError(f"no cached sales order {number} (fetch it first: fielddesk orders get)")
            entry_id = outbox.enqueue(conn, vendor=VENDOR, operation=operation, record_key=local_id,
                                      summary=outbox.Summary(_CODE_SUMMARIES[action],
                                                             {"code": checked["CodeExternalId"], "order": number}),
                                      payload={"PrimaryOrderNumber": number, "ContractExternalId": row["contract"],
                                               "Code": checked})
        self._changed()
        return entry_id

    # -- reference data and the rest of Connect (live calls: a file or the command line keeps what was typed) -------
    def _contract(self, number: str, contract: str | None) -> str:
        if contract:
            return contract
        row = self.order(number)
        if row is None or not row["contract"]:
            raise UnknownOrderError(f"no cached sales order {number}: give its contract, or fetch it first "
                                    "(fielddesk orders get)")
        return str(row["contract"])

    async def order_id(self, number: str, contract: str | None = None) -> int:
        """IdLookup: Connect's internal id of an order."""
        found: int = await self._live().order_id(number, self._contract(number, contract))
        return found

    async def codes(self, number: str, contract: str | None = None) -> builtins.list[dict[str, Any]]:
        """The job codes on an order (Code GET all)."""
        client = self._live()
        found: builtins.list[m.Code] = await client.codes(
            await client.order_id(number, self._contract(number, contract)))
        return [code.wire() for code in found]

    async def attributes(self, number: str, contract: str | None = None) -> dict[str, str | None]:
        """An order's scheduling attributes, by name."""
        client = self._live()
        answer: m.Attribute = await client.attributes(await client.order_id(number, self._contract(number, contract)))
        return {item.AttributeName or "": item.Value for item in answer.Attribute or []}

    async def set_attributes(self, number: str, values: Mapping[str, str], contract: str | None = None) -> None:
        """Set an order's scheduling attributes (Attribute POST: the whole list)."""
        for name, value in values.items():
            if not name.strip() or len(name) > 256 or len(value) > 4000:
                raise BodyValidationError([FieldError.said(f"Attributes.{name}", QT_TRANSLATE_NOOP(
                    "FieldCheck", "a name (up to 256 characters) and a value (up to 4,000)"))])
        client = self._live()
        order_id = await client.order_id(number, self._contract(number, contract))
        await client.set_attributes(order_id, [m.AttributeItem(AttributeName=k, Value=v) for k, v in values.items()])

    async def create_customer(self, body: Mapping[str, Any]) -> dict[str, Any]:
        """Customer POST (version 4): a property with its address and contact, checked first."""
        checked = validate(body, "CustomerModel")
        answer: m.CustomerModel | None = await self._live().create_customer(checked)
        return answer.wire() if answer is not None else checked

    async def book_subcontractor(self, number: str, supplier: str) -> dict[str, Any]:
        """BookSubContractorOrder POST: the order goes to a sub-contractor (supplier)."""
        checked = validate({"PrimaryOrderNumber": number, "SupplierExternalId": supplier}, "BookSubContractorOrder")
        answer: m.BookSubContractorOrderResponse = await self._live().book_subcontractor_order(
            m.BookSubContractorOrder.model_validate(checked))
        return answer.wire()

    async def update_subcontractor(self, body: Mapping[str, Any]) -> dict[str, Any]:
        """BookSubContractorOrder PATCH: comments, category, codes of a sub-contract order."""
        checked = validate(body, "BookSubContractorOrderUpdate")
        answer: m.BookSubContractorOrderUpdate = await self._live().update_subcontractor_order(
            m.BookSubContractorOrderUpdate.model_validate(checked))
        return answer.wire()

    async def create_purchase_invoice(self, body: Mapping[str, Any]) -> dict[str, Any]:
        checked = validate(body, "PurchaseInvoice")
        invoice = m.PurchaseInvoice.model_validate(checked)
        answer: m.PurchaseInvoice = await self._live().create_purchase_invoice(invoice)
        return answer.wire()

    async def job_code(self, code: str) -> dict[str, Any]:
        answer: m.JobCode = await self._live().job_code(code)
        return answer.wire()

    async def create_job_code(self, body: Mapping[str, Any]) -> None:
        await self._live().create_job_code(validate(body, "JobCode"))

    async def update_job_code(self, code: str, body: Mapping[str, Any]) -> dict[str, Any] | None:
        # The fields to set, with the code from the command line: a file that is not an object is checked as it is.
        checked = validate({"CodeExternalId": code, **body} if isinstance(body, Mapping) else body, "JobCode")
        answer: m.JobCode | None = await self._live().update_job_code(code, checked)
        return answer.wire() if answer is not None else None

    async def rate_books(self, code: str, contract: str | None = None) -> builtins.list[dict[str, Any]]:
        client = self._live()
        if contract:
            return [(await client.rate_book(code, contract)).wire()]
        return [r.wire() for r in await client.rate_books(code)]

    async def set_rate(self, code: str, contract: str, price: str, name: str | None = None) -> dict[str, Any]:
        body: dict[str, Any] = {"CodeExternalId": code, "ContractExternalId": contract, "Price": price}
        if name:
            body["ContractName"] = name
        checked = validate(body, "RateBook")
        answer: m.RateBook | None = await self._live().update_rate_book(code, contract, checked)
        return answer.wire() if answer is not None else checked
