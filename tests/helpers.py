"""Test helpers: a sandbox Pro+ behind a switchable network, and a FieldDesk wired to it."""

from __future__ import annotations

import asyncio
import time
from pathlib import Path
from typing import Any

import httpx

from app.sandbox.demo_data import demo_clients
from app.sandbox.proplus import ProPlusState, create_proplus_app
from app.services.fielddesk import FieldDesk


class SwitchableTransport(httpx.AsyncBaseTransport):
    """The sandbox ASGI app, or a dead network when `online` is False (counts what got through)."""

    def __init__(self, inner: httpx.AsyncBaseTransport) -> None:
        self.inner = inner
        self.online = True
        self.requests: list[httpx.Request] = []

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        if not self.online:
            raise httpx.ConnectError("network is unreachable", request=request)
        self.requests.append(request)
        return await self.inner.handle_async_request(request)

    async def aclose(self) -> None:
        await self.inner.aclose()


def sandbox_state(count: int = 6, seed: int = 3) -> ProPlusState:
    return ProPlusState(clients=demo_clients(count, seed))


def open_desk(home: Path, state: ProPlusState, *, secret_key: str | None = None,
              **app_options: Any) -> tuple[FieldDesk, SwitchableTransport]:
    app = create_proplus_app(state, **app_options)
    if secret_key is not None:
        app.state.secret_key = secret_key
    transport = SwitchableTransport(httpx.ASGITransport(app=app))
    desk = FieldDesk.open(home, "sandbox", transports={"proplus": transport})
    return desk, transport


def new_client_body(name: str = "Atelier Veldkamp", **extra: Any) -> dict[str, Any]:
    return {"client": [{
        "name": name, "region": "Vlaanderen", "address": "Kerkstraat", "house_no": "12", "city": "Gent",
        "postal_code": "9000", "phone": "+32 9 555 01 02", "email": "atelier@example.be",
        "heating_appliance": [{"name": "Ketel zolder", "region": "2", "same_as_client": "true",
                               "flanders": {"device_make": "Remeha", "device_year": "2019", "fuel": "Gas"}}],
        "cooling_appliance": [{"name": "Koelcel", "brand": "Daikin", "inspection_frequency": 12,
                               "condensors": [{"brand": "Daikin"}], "verdampers": [{"brand": "Daikin"}],
                               "compressors": [{"brand": "Copeland"}]}],
        **extra,
    }]}


def settle(qloop: Any) -> None:
    """Let every task the window started (a pane's read, a send, a chart's fetch) finish."""
    async def idle() -> None:
        deadline = time.monotonic() + 20
        while [task for task in asyncio.all_tasks() if task is not asyncio.current_task()]:
            assert time.monotonic() < deadline, "the window's tasks did not finish"
            await asyncio.sleep(0.01)

    qloop.run_until_complete(idle())
