"""Async client for the Podero partner API v2.0 (bearer token; one organisation and one user per FieldDesk).

The document gives only "Register a user's heat pump" (POST .../org/{org_id}/users/{user_id}/heat-pumps).
Reading follows DESIGN.md's "Gaps": GET on that collection lists the user's heat pumps and GET
.../heat-pumps/{id} reads one. That guess lives here and nowhere else.
"""

from __future__ import annotations

from typing import Any
from urllib.parse import quote, urlsplit

import httpx

from app.vendors.errors import ServerError, unreadable_answer
from app.vendors.http import BULK, INTERACTIVE, CallBudget, RetryPolicy, VendorHttp, parse_json
from app.vendors.podero.models import VENDOR, WireHeatPump, parse_heat_pump, parse_heat_pumps

API_PREFIX = "/api/partners/v2.0"
#: Pages followed at most when a list answer links a `next` page (a loop guard, far above any real user).
MAX_PAGES = 200


class PoderoClient:
    def __init__(self, base_url: str, token: str, org_id: str, user_id: str, *,
                 transport: httpx.AsyncBaseTransport | None = None, budget: CallBudget | None = None,
                 retry: RetryPolicy | None = None, timeout: httpx.Timeout | None = None,
                 deadline: float | None = None, concurrency: int = 4) -> None:
        extra: dict[str, Any] = {}
        if timeout is not None:
            extra["timeout"] = timeout
        if deadline is not None:
            extra["deadline"] = deadline
        # FIELDDESK_PODERO_BASE_URL is the API root (https://api.example.com); a root copied with the versioned
        # prefix would double it.
        base_url = base_url.rstrip("/").removesuffix(API_PREFIX)
        self.collection = (f"{API_PREFIX}/org/{quote(org_id, safe='')}/users/{quote(user_id, safe='')}"
                           "/heat-pumps")
        self.http = VendorHttp(VENDOR, base_url, headers={"Authorization": f"Bearer {token}",
                                                         "Accept": "application/json"},
                               secrets=(token,), transport=transport, retry=retry, budget=budget,
                               concurrency=concurrency, error_text=problem_text, **extra)

    async def aclose(self) -> None:
        await self.http.aclose()

    async def list_heat_pumps(self, *, priority: int = BULK) -> list[WireHeatPump]:
        """Every heat pump of the user, following `next` links when the answer is paginated."""
        pumps: list[WireHeatPump] = []
        path: str | None = self.collection + "/"
        for _ in range(MAX_PAGES):
            if path is None:
                return pumps
            response = await self.http.request("GET", path, priority=priority)
            found, following = parse_heat_pumps(parse_json(response, VENDOR))
            pumps.extend(found)
            path = _same_host_path(following)
        raise ServerError(VENDOR, f"the heat pump list did not end after {MAX_PAGES} pages")

    async def get_heat_pump(self, pump_id: str, *, priority: int = INTERACTIVE) -> WireHeatPump:
        response = await self.http.request("GET", f"{self.collection}/{quote(pump_id, safe='')}/",
                                           priority=priority)
        return parse_heat_pump(parse_json(response, VENDOR))

    async def register_heat_pump(self, body: dict[str, Any], *, idempotency_key: str | None = None,
                                 priority: int = BULK) -> WireHeatPump:
        """POST the register body (never retried here: the outbox looks the pump up before it sends again)."""
        headers = {"Idempotency-Key": idempotency_key} if idempotency_key else None
        response = await self.http.request("POST", self.collection + "/", json_body=body, idempotent=False,
                                           headers=headers, priority=priority)
        return parse_heat_pump(parse_json(response, VENDOR))


def problem_text(body: object) -> str | None:
    """A FastAPI-style `{"detail": [{"loc": ["body", "comment"], "msg": ...}]}` as "comment: ..."; None when the
    answer is not one."""
    if not isinstance(body, dict) or not isinstance(body.get("detail"), list):
        return None
    parts = []
    for item in body["detail"][:10]:
        if not isinstance(item, dict):
            continue
        loc = [str(p) for p in item.get("loc") or [] if p != "body"]
        path = ".".join(loc)
        message = str(item.get("msg") or "invalid")
        parts.append(f"{path}: {message}" if path else message)
    return "; ".join(parts) or None


def _same_host_path(link: str | None) -> str | None:
    """A `next` link as a path: an absolute link is followed on the configured host (the token goes nowhere
    else). A link no URL can hold (control characters, a broken host) is an unreadable answer."""
    if not link:
        return None
    try:
        parts = urlsplit(link)
        path = parts.path + (f"?{parts.query}" if parts.query else "") if parts.scheme and parts.netloc else link
        httpx.URL(path)
    except (ValueError, httpx.InvalidURL) as exc:
        raise unreadable_answer(VENDOR, f"next: not a link ({exc})") from None
    return path
