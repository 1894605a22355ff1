"""Async client for myBeNext: ONE generic resource client and the resources declared on it.

Every myBeNext resource shares one URL pattern (`/login/api/v1/<resource>/[<id>/]`, optionally under a parent:
`accounts/1/products/`), one filter syntax (`<name>_id=1,5,8`, `..._name` LIKE lookups), `fields` selection,
`Range: resourceids <start>-<end>/<count>` pagination answered with 206 and `Content-Range`, and one error shape
(`{"error", "resource", "code"}`, §1.6). So a resource is a declaration (`RESOURCES`), not a method.

History and energy entries take a time range in their path; myBeNext refuses more than 30 days of history in one
request (§4.2.2.1), so a longer range is fetched in pieces of at most 30 days (of elapsed time, in UTC: a piece
across a daylight-saving change is still 30 × 24 h) and the pieces are joined without duplicates.

Authentication (§1.2): Basic, API key (header or query), HMAC (header or query) or session cookies, chosen by
the configuration's AUTH value (`auth_from_config`).
"""

from __future__ import annotations

import asyncio
import base64
import datetime as dt
import hashlib
import hmac
import logging
import math
import re
from collections.abc import Awaitable, Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import httpx

from app.logging_setup import register_secret
from app.vendors.benext.models import VENDOR
from app.vendors.errors import AuthError, ServerError, unreadable_answer
from app.vendors.http import BULK, INTERACTIVE, CallBudget, RetryPolicy, VendorHttp, parse_json

log = logging.getLogger(__name__)

API = "/login/api/v1"
MAX_PIECE = dt.timedelta(days=30)  # §4.2.2.1: "If more than 30 days of data is requested a 400 Bad Request"
MAX_PAGES = 1000  # a loop guard for Range pagination
AUTH_METHODS = ("basic", "apikey", "apikey-query", "hmac", "hmac-query", "session")


@dataclass(frozen=True)
class ResourceSpec:
    """One myBeNext resource: its path segment, the key its list answers wrap, and whether it pages by Range."""

    name: str
    path: str
    list_key: str
    ranged: bool = True
    writable: bool = False


RESOURCES: dict[str, ResourceSpec] = {spec.name: spec for spec in (
    ResourceSpec("accounts", "accounts", "accounts", writable=True),
    ResourceSpec("addresses", "addresses", "addresses", writable=True),
    ResourceSpec("projects", "projects", "projects"),
    ResourceSpec("organizations", "organizations", "organizations"),
    ResourceSpec("producttypes", "producttypes", "producttypes"),
    ResourceSpec("products", "products", "products", writable=True),
    ResourceSpec("datatypes", "datatypes", "datatypes"),
    ResourceSpec("properties", "properties", "properties", writable=True),
    ResourceSpec("mainmeters", "mainmeters", "mainmeters"),
    ResourceSpec("tariffs", "tariffs", "tariffs"),
    ResourceSpec("climatecontrollers", "climatecontrollers", "climatecontrollers", ranged=False, writable=True),
    ResourceSpec("availability", "availability", "availabilities", ranged=False),
    ResourceSpec("historyentries", "historyentries", "historyentries"),
    ResourceSpec("energyentries", "energyentries", "energyentries"),
    ResourceSpec("energyentrytotals", "energyentries/total", "energyentries"),
    ResourceSpec("gateways", "gateways", "gateways"),
    ResourceSpec("nodes", "nodes", "nodes"),
    ResourceSpec("installation", "installation", "installation", ranged=False, writable=True),
    ResourceSpec("deinstallation", "deinstallation", "deinstallation", ranged=False, writable=True),
    ResourceSpec("synchronize", "synchronize", "synchronize", ranged=False, writable=True),
    ResourceSpec("failures", "failures", "failures", writable=True),
    ResourceSpec("failuretypes", "failuretypes", "failuretypes", ranged=False),
)}
ENTRY_KINDS = ("historyentries", "energyentries")


# --- authentication -----------------------------------------------------------------------------------------

class Auth:
    """What one authentication method adds to every request."""

    method = ""

    def headers(self) -> dict[str, str]:
        return {}

    def params(self) -> dict[str, str]:
        return {}

    async def login(self, http: VendorHttp) -> None:
        """Session authentication signs in here; the other methods need nothing."""

    @property
    def secrets(self) -> tuple[str, ...]:
        return ()


class BasicAuth(Auth):
    method = "basic"

    def __init__(self, username: str, password: str) -> None:
        self.username, self.password = username, password
        self.token = base64.b64encode(f"{username}:{password}".encode()).decode("ascii")

    def headers(self) -> dict[str, str]:
        return {"Authorization": f"Basic {self.token}"}

    @property
    def secrets(self) -> tuple[str, ...]:
        return (self.password, self.token)


class ApiKeyAuth(Auth):
    def __init__(self, apikey: str, *, in_query: bool = False) -> None:
        self.apikey, self.in_query = apikey, in_query
        self.method = "apikey-query" if in_query else "apikey"

    def headers(self) -> dict[str, str]:
        return {} if self.in_query else {"Authorization": f"Apikey {self.apikey}"}

    def params(self) -> dict[str, str]:
        return {"apikey": self.apikey} if self.in_query else {}

    @property
    def secrets(self) -> tuple[str, ...]:
        return (self.apikey,)


def hmac_token(apikey: str, account_id: str) -> str:
    """The HMAC for `account_id` made with an API key. The document says only that it "can be constructed using
    an API-key": FieldDesk takes HMAC-SHA256 of the account id keyed with the API key (hex). When myBeNext hands
    out the token itself, configure it as HMAC and this is not used."""
    return hmac.new(apikey.encode(), account_id.encode(), hashlib.sha256).hexdigest()


class HmacAuth(Auth):
    def __init__(self, token: str, account_id: str, *, in_query: bool = False) -> None:
        self.token, self.account_id, self.in_query = token, account_id, in_query
        self.method = "hmac-query" if in_query else "hmac"

    def headers(self) -> dict[str, str]:
        return {} if self.in_query else {"Authorization": f"HMAC {self.token},account_id={self.account_id}"}

    def params(self) -> dict[str, str]:
        return {"hmac": self.token, "hmac_account_id": self.account_id} if self.in_query else {}

    @property
    def secrets(self) -> tuple[str, ...]:
        return (self.token,)


class SessionAuth(Auth):
    """§1.2.4: POST the credentials to /login/api/v1/authenticate/, then send the `2myhomesession` and `csrftoken`
    cookies with every request (and the CSRF token as `X-CSRFToken`, as the Django servers behind such cookies
    expect on writes)."""

    method = "session"
    COOKIES = ("2myhomesession", "csrftoken")

    def __init__(self, username: str, password: str) -> None:
        self.username, self.password = username, password
        self.cookies: dict[str, str] = {}
        self._lock = asyncio.Lock()

    def headers(self) -> dict[str, str]:
        if not self.cookies:
            return {}
        headers = {"Cookie": "; ".join(f"{k}={v}" for k, v in self.cookies.items())}
        if "csrftoken" in self.cookies:
            headers["X-CSRFToken"] = self.cookies["csrftoken"]
        return headers

    async def login(self, http: VendorHttp) -> None:
        async with self._lock:
            response = await http.request("POST", f"{API}/authenticate/", idempotent=True, json_body={
                "username": self.username, "password": self.password}, priority=INTERACTIVE)
            found = {name: response.cookies.get(name) for name in self.COOKIES}
            if not found["2myhomesession"]:
                raise AuthError(VENDOR, "signing in did not give a session (no 2myhomesession cookie)",
                                status=response.status_code)
            self.cookies = {k: v for k, v in found.items() if v}
            for value in self.cookies.values():
                register_secret(value)

    @property
    def secrets(self) -> tuple[str, ...]:
        return (self.password,)


def auth_from_config(values: Mapping[str, str]) -> Auth:
    """The method AUTH names (basic, apikey, apikey-query, hmac, hmac-query, session); without AUTH, Basic when a
    user name and password are set, else the API key in the header. ValueError says what is missing."""
    method = (values.get("AUTH") or "").strip().lower()
    user, password, apikey = values.get("USERNAME"), values.get("PASSWORD"), values.get("APIKEY")
    if not method:
        method = "basic" if user and password else "apikey" if apikey else "hmac" if values.get("HMAC") else ""
    if method not in AUTH_METHODS:
        raise ValueError(f"benext: AUTH must be one of {', '.join(AUTH_METHODS)}" + (
            f", not {method!r}" if method else " (or set USERNAME and PASSWORD, or APIKEY)"))
    if method in ("basic", "session"):
        if not user or not password:
            raise ValueError(f"benext: {method} authentication needs USERNAME and PASSWORD")
        return BasicAuth(user, password) if method == "basic" else SessionAuth(user, password)
    if method.startswith("apikey"):
        if not apikey:
            raise ValueError("benext: API key authentication needs APIKEY")
        return ApiKeyAuth(apikey, in_query=method.endswith("query"))
    account = values.get("ACCOUNT_ID")
    if not account:
        raise ValueError("benext: HMAC authentication needs ACCOUNT_ID (the account the HMAC is for)")
    token = values.get("HMAC") or (hmac_token(apikey, account) if apikey else None)
    if not token:
        raise ValueError("benext: HMAC authentication needs HMAC, or APIKEY to make it")
    return HmacAuth(token, account, in_query=method.endswith("query"))


# --- errors ---------------------------------------------------------------------------------------------------

def error_text(body: object) -> str | None:
    """§1.6's `{"error", "resource", "code"}` as a sentence: "account not found (account, code 12)"."""
    if not isinstance(body, Mapping) or not isinstance(body.get("error"), str):
        return None
    details = [str(body["resource"])] if body.get("resource") not in (None, "") else []
    if body.get("code") not in (None, ""):
        details.append(f"code {body['code']}")
    return body["error"] + (f" ({', '.join(details)})" if details else "")


# --- time ranges ------------------------------------------------------------------------------------------------

def split_range(begin: dt.datetime, end: dt.datetime, piece: dt.timedelta = MAX_PIECE
                ) -> list[tuple[dt.datetime, dt.datetime]]:
    """[begin, end) as consecutive UTC pieces of at most `piece` of elapsed time (the last one shorter).
    Times without a zone are refused: whose midnight they mean matters across daylight-saving changes."""
    if begin.tzinfo is None or end.tzinfo is None:
        raise ValueError("history ranges need time zones")
    start, stop = begin.astimezone(dt.UTC), end.astimezone(dt.UTC)
    pieces: list[tuple[dt.datetime, dt.datetime]] = []
    while start < stop:
        upto = min(start + piece, stop)
        pieces.append((start, upto))
        start = upto
    return pieces


def stamp(moment: dt.datetime) -> str:
    """A path timestamp: UTC, to the second, with Z (§4.2.1)."""
    return moment.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def epoch(text: str) -> int:
    """An answer's ISO timestamp as Unix seconds (answers are UTC, §1.7; a zone-less one is taken as UTC)."""
    try:
        moment = dt.datetime.fromisoformat(text)
    except ValueError:
        moment = dt.datetime.fromisoformat(text.strip().replace("Z", "+00:00").replace(" ", "T"))
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=dt.UTC)
    return int(moment.timestamp())


_CONTENT_RANGE = re.compile(r"^\s*resourceids\s+(?:(\*|-?\d+)\s*-\s*(-?\d+)?|\*)\s*(?:/\s*(\*|\d+))?\s*$", re.I)


def parse_content_range(value: str | None) -> tuple[int | None, int | None, int | None] | None:
    """`resourceids <first>-<last>/<total>` -> (first, last, total); None when absent or unreadable."""
    found = _CONTENT_RANGE.match(value or "")
    if not found:
        return None
    first = None if found[1] in (None, "*") else int(found[1])
    last = int(found[2]) if found[2] is not None else None
    total = int(found[3]) if found[3] not in (None, "*") else None
    return first, last, total


# --- the client ---------------------------------------------------------------------------------------------------

class BenextClient:
    def __init__(self, base_url: str, auth: Auth, *, transport: httpx.AsyncBaseTransport | None = None,
                 budget: CallBudget | None = None, retry: RetryPolicy | None = None,
                 timeout: httpx.Timeout | None = None, deadline: float | None = None, concurrency: int = 4,
                 page_size: int | None = None) -> None:
        extra: dict[str, Any] = {}
        if timeout is not None:
            extra["timeout"] = timeout
        if deadline is not None:
            extra["deadline"] = deadline
        # FIELDDESK_BENEXT_BASE_URL is the root before /login/api/v1/; a root copied with it would double it.
        base_url = base_url.rstrip("/").removesuffix(API)
        self.auth = auth
        self.page_size = page_size
        self.http = VendorHttp(VENDOR, base_url, headers={"Accept": "application/json", "Accept-Format": "object",
                                                          "Accept-Encoding": "gzip"},
                               secrets=auth.secrets, transport=transport, retry=retry, budget=budget,
                               concurrency=concurrency, error_text=error_text, **extra)
        self.requests = 0  # calls made (the benchmark compares them with the floor)

    async def aclose(self) -> None:
        await self.http.aclose()

    # -- the one request path -------------------------------------------------------------------------------------
    async def request(self, method: str, path: str, *, params: Mapping[str, Any] | None = None,
                      json_body: Any = None, headers: Mapping[str, str] | None = None,
                      priority: int = BULK) -> httpx.Response:
        """One call with this client's authentication; a session that expired is renewed once."""
        if isinstance(self.auth, SessionAuth) and not self.auth.cookies:
            await self.auth.login(self.http)
        for attempt in (0, 1):
            merged = {**self.auth.params(), **(params or {})}
            try:
                self.requests += 1
                return await self.http.request(method, path, params=merged or None, json_body=json_body,
                                               headers={**self.auth.headers(), **(headers or {})},
                                               priority=priority)
            except AuthError:
                if attempt or not isinstance(self.auth, SessionAuth):
                    raise
                self.auth.cookies = {}
                await self.auth.login(self.http)
        raise AssertionError("unreachable")

    @staticmethod
    def path(resource: str, resource_id: object = None, *, parent: tuple[str, object] | None = None,
             suffix: str = "") -> str:
        spec = RESOURCES[resource]
        parts = [API]
        if parent is not None:
            parts += [RESOURCES[parent[0]].path, str(parent[1])]
        parts.append(spec.path)
        if resource_id is not None:
            parts.append(str(resource_id))
        if suffix:
            parts.append(suffix.strip("/"))
        return "/".join(parts) + "/"

    @staticmethod
    def query(filters: Mapping[str, object] | None = None, fields: Sequence[str] | None = None
              ) -> dict[str, str]:
        """Filters as myBeNext spells them: a list becomes "1,5,8", booleans "true"/"false"."""
        params: dict[str, str] = {}
        for key, value in (filters or {}).items():
            if value is None:
                continue
            if isinstance(value, bool):
                params[key] = "true" if value else "false"
            elif isinstance(value, list | tuple | set | frozenset):
                params[key] = ",".join(str(v) for v in value)
            else:
                params[key] = str(value)
        if fields:
            params["fields"] = ",".join(fields)
        return params

    # -- resources ----------------------------------------------------------------------------------------------------
    async def list_items(self, resource: str, *, parent: tuple[str, object] | None = None, suffix: str = "",
                   filters: Mapping[str, object] | None = None, fields: Sequence[str] | None = None,
                   priority: int = BULK) -> list[Any]:
        """Every item of a resource list, following 206 partial answers to the end."""
        spec = RESOURCES[resource]
        return await self._all(self.path(resource, parent=parent, suffix=suffix), self.query(filters, fields),
                               spec.list_key, priority)

    async def get(self, resource: str, resource_id: object, *, fields: Sequence[str] | None = None,
                  priority: int = INTERACTIVE) -> Any:
        response = await self.request("GET", self.path(resource, resource_id), params=self.query(None, fields),
                                      priority=priority)
        return parse_json(response, VENDOR)

    async def put(self, resource: str, resource_id: object, body: Mapping[str, Any], *,
                  priority: int = BULK) -> None:
        """Update some fields (§1.3 PUT). Only an id'd PUT is offered: one without updates the whole list."""
        if resource_id is None or resource_id == "":
            raise ValueError("a PUT without an id would update every resource of the list")
        await self.request("PUT", self.path(resource, resource_id), json_body=dict(body), priority=priority)

    async def _all(self, path: str, params: Mapping[str, str], list_key: str, priority: int) -> list[Any]:
        items: list[Any] = []
        start: int | None = None
        for _ in range(MAX_PAGES):
            headers = {}
            if start is not None:
                headers["Range"] = f"resourceids {start}-" + (f"/{self.page_size}" if self.page_size else "")
            elif self.page_size:
                headers["Range"] = f"resourceids *-/{self.page_size}"
            response = await self.request("GET", path, params=params, headers=headers, priority=priority)
            page = _unwrap(parse_json(response, VENDOR), list_key)
            items.extend(page)
            if response.status_code != 206 or not page:
                return items
            found = parse_content_range(response.headers.get("content-range"))
            if found is None or found[1] is None:
                log.info("benext %s: a partial answer without a readable Content-Range; %d items kept", path,
                         len(items))
                return items
            _first, last, total = found
            assert last is not None
            if total is not None and len(items) >= total:
                return items
            if start is not None and last + 1 <= start:
                raise ServerError(VENDOR, f"{path}: pagination did not advance (Content-Range "
                                          f"{response.headers.get('content-range')})")
            start = last + 1
        raise ServerError(VENDOR, f"{path}: more than {MAX_PAGES} pages")

    # -- history and energy entries --------------------------------------------------------------------------------
    async def entries(self, kind: str, property_id: int, begin: dt.datetime, end: dt.datetime, *,
                      aggregate: str = "minute", priority: int = BULK,
                      on_piece: Callable[[int, int, dict[int, float | None]], Awaitable[None]] | None = None
                      ) -> list[tuple[int, float | None]]:
        """(Unix seconds, value) of a property in [begin, end), in time order without duplicates: the range in
        30-day pieces fetched concurrently (the vendor's lane bounds them), each followed through its pages.
        `on_piece(begin, end, entries)` is awaited as each piece is complete (the cache keeps it even when a later
        piece fails); a failed piece's error is raised once every piece has ended."""
        if kind not in ENTRY_KINDS:
            raise ValueError(f"kind must be one of {ENTRY_KINDS}")
        pieces = split_range(begin, end)
        low, high = begin.timestamp(), end.timestamp()

        async def piece(b: dt.datetime, e: dt.datetime) -> dict[int, float | None]:
            middle = f"{aggregate}/" if kind == "energyentries" else ""
            items = await self.list_items(kind, parent=("properties", property_id),
                                          suffix=f"{middle}{stamp(b)}/{stamp(e)}", fields=("timestamp", "value"),
                                          priority=priority)
            found = read_entries(items, kind, low, high)  # read as it arrives, while others are in flight
            if on_piece is not None:
                await on_piece(int(b.timestamp()), int(e.timestamp()), found)
            return found

        results = await asyncio.gather(*(piece(b, e) for b, e in pieces), return_exceptions=True)
        joined: dict[int, float | None] = {}
        for result in results:
            if isinstance(result, BaseException):
                raise result
            joined.update(result)
        return sorted(joined.items())


def read_entries(items: list[Any], kind: str, low: float, high: float) -> dict[int, float | None]:
    """Entries in [low, high) as {Unix seconds: value}. The documented shape is read directly (a year is 35,040
    entries, and a model per entry would cost more than the requests' latency); anything else goes through the
    wire model's checks and fails with a ServerError naming the entry."""
    from app.vendors.benext.models import WireEntry, entry_value, parse_items

    joined: dict[int, float | None] = {}
    parse, utc = dt.datetime.fromisoformat, dt.UTC
    for index, item in enumerate(items):
        try:
            moment_at = parse(item["timestamp"])
            if moment_at.tzinfo is None:
                moment_at = moment_at.replace(tzinfo=utc)
            moment = int(moment_at.timestamp())
        except (KeyError, TypeError, ValueError, OverflowError):
            wire = parse_items(WireEntry, [item], f"{kind}[{index}]")[0]
            try:
                moment = epoch(wire.timestamp)
            except (ValueError, OverflowError) as exc:
                raise unreadable_answer(VENDOR, f"{kind}[{index}]: timestamp {wire.timestamp[:40]!r}") from exc
        if low <= moment < high:
            value = item.get("value")
            if value.__class__ is float:
                joined[moment] = value if value == value and abs(value) != math.inf else None
            else:
                joined[moment] = entry_value(value)
    return joined


def _unwrap(body: object, list_key: str) -> list[Any]:
    """A list answer: `{"<key>": [...]}` (the default), a plain list (`Accept-Format: list`), or one object."""
    if isinstance(body, list):
        return body
    if isinstance(body, dict):
        found = body.get(list_key)
        if isinstance(found, list):
            return found
        lists = [v for v in body.values() if isinstance(v, list)]
        if len(lists) == 1:
            return lists[0]
        if not body:
            return []
    raise unreadable_answer(VENDOR, f"expected a list of {list_key}")


def pieces_needed(begin: dt.datetime, end: dt.datetime) -> int:
    """How many requests a range takes at least (the benchmark's floor)."""
    return math.ceil((end - begin) / MAX_PIECE)
