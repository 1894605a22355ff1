"""In-process simulator of the Podero partner API v2.0 (`vendor-docs/podero-heatpumps-api.txt`).

One fictional organisation and user with heat pumps in every connection, monitoring and steering status (ok,
warning, error, unknown); their temperatures, power and consumption move with the time of day, deterministically.
Register (POST .../heat-pumps) checks the documented body (price zones, lengths) and answers the new pump with an
`authorization_url` and `embeddable_url`; GET on the collection lists the pumps, GET .../heat-pumps/{id} reads one.
Errors answer as FastAPI-style servers do: `{"detail": ...}` with 401, 404 or 422.
"""

from __future__ import annotations

import datetime as dt
import math
import threading
import uuid
from pathlib import Path
from typing import Any

from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route
from starlette.types import ASGIApp

from app.sandbox.common import Latency, load_state, save_state

SANDBOX_TOKEN = "sandbox-podero"
ORG_ID = "0b6f1e2a-5c1d-4e7a-9a55-6d0c8f3e1a01"
USER_ID = "7c2d9b4e-1f3a-4c8e-b2d6-3e9a5f7c0b02"
_FORMAT = "fielddesk-podero-sandbox"
STATUSES = ("ok", "warning", "error", "unknown")
PRICE_ZONES = ("AT", "BE", "EE", "DE_LU", "PT", "SE_1", "SE_2", "SE_3", "SE_4", "UK")
TEXT_LIMITS = {"comment": 300, "actual_steering_state": 20, "heating_policy_name": 100, "optimization_level": 10,
               "external_device_id": 255}

#: Fictional makes and models; owners are fictional too.
_DEMO_MODELS = (("Aerotherm", "AW 8 Split", "Air/water heat pump"), ("Calidor", "Geo 12", "Ground source heat pump"),
                ("Nordvarme", "Hybrid 5", "Hybrid heat pump"), ("Aerotherm", "AW 12 Mono", "Air/water heat pump"),
                ("Solvik", "HT 16", "High temperature heat pump"), ("Calidor", "Air 6", "Air/air heat pump"))


def _iso(moment: dt.datetime) -> str:
    return moment.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(microsecond=0)


def demo_pumps(now: dt.datetime | None = None) -> list[dict[str, Any]]:
    """Six heat pumps: across them every status appears in each of the three status fields."""
    now = now or _now()
    pumps = []
    for index, (make, model, kind) in enumerate(_DEMO_MODELS):
        pumps.append({
            "id": str(uuid.UUID(int=0x5A0D_0000_0000_4000_8000_0000_0000_0000 + index + 1)),
            # The first four cover every status in each field; the last two are healthy.
            "connection_status": STATUSES[index] if index < 4 else "ok",
            "monitoring_status": STATUSES[(index + 1) % 4] if index < 4 else "ok",
            "steering_status": STATUSES[(index + 3) % 4] if index < 4 else "ok",
            "device_model": {"device_type": {"short_name": kind.split()[0].lower(), "long_name": kind},
                             "manufacturer": make, "model": model, "year": 2019 + index % 5,
                             "cloud_service": str(uuid.UUID(int=index + 77)),
                             "cloud_service_instructions": "Sign in with the installer account.",
                             "cloud_service_signup_link": "https://cloud.example.com/signup"},
            "owner": {"id": USER_ID, "email": "home.owner@example.com", "first_name": "Demo",
                      "last_name": f"Home {index + 1}", "external_id": f"home-{index + 1}"},
            "created_at": _iso(now - dt.timedelta(days=200 - index * 20)),
            "price_zone": ("BE", "BE", "UK", "DE_LU", "BE", "AT")[index],
            "building": str(uuid.UUID(int=0xB0 + index)),
            "comment": None if index % 2 else "Installed by FieldDesk demo team",
            "optimization_level": "Mid",
            "is_authenticated": STATUSES[index % 4] == "ok",
            # A pump that stopped reporting a day ago: its values are stale wherever they are shown.
            "stale_hours": 30 if index == 2 else 0,
        })
    return pumps


def live_values(pump: dict[str, Any], now: dt.datetime) -> dict[str, Any]:
    """The moving part of a pump's answer at `now` (deterministic: a function of the pump and the time)."""
    seed = int(pump["id"][-4:], 16)
    reported = now - dt.timedelta(hours=pump.get("stale_hours", 0))
    reported = reported.replace(second=0) - dt.timedelta(minutes=reported.minute % 5)
    hour = reported.hour + reported.minute / 60
    outdoor = 6 + 5 * math.sin((hour - 9) / 24 * 2 * math.pi) + (seed % 5) - 2
    running = pump["connection_status"] != "error"
    power = round(max(0.0, (18 - outdoor) * 140 + seed % 300)) if running else 0
    target = 20.5 if 6 <= hour < 22 else 18.0
    return {
        "updated_at": _iso(reported),
        "current_state_last_updated_at": _iso(reported),
        "consumption_last_updated_at": _iso(reported.replace(hour=0, minute=0)),
        "last_monitoring_executed_at": _iso(reported),
        "current_mode": ("heating" if power else "standby") if running else "off",
        "operational_mode": "smart" if seed % 2 else "comfort",
        "current_power_consumption_w": power,
        "inlet_temperature": round(30 + power / 200, 1),
        "outlet_temperature": round(35 + power / 150, 1),
        "dhw_temperature": round(48 + (seed % 7) / 2, 1),
        "outdoor_temperature": round(outdoor, 1),
        "indoor_actual_temperature": round(target - 0.4 + (seed % 4) / 10, 1),
        "indoor_target_temperature": target,
        "consumption_last_day_kwh": round(18 + seed % 9 + (running and 4), 2),
        "consumption_last_week_kwh": round(7 * (18 + seed % 9), 1),
        "consumption_last_month_kwh": round(30 * (18 + seed % 9), 1),
    }


class PoderoState:
    def __init__(self, path: Path | None, pumps: list[dict[str, Any]] | None = None) -> None:
        self.path = path
        self.lock = threading.Lock()
        saved = load_state(path, _FORMAT)
        self.pumps: list[dict[str, Any]] = saved["pumps"] if saved else (pumps or [])
        self.registrations = saved.get("registrations", 0) if saved else 0

    def save(self) -> None:
        with self.lock:
            save_state(self.path, _FORMAT, {"pumps": self.pumps, "registrations": self.registrations})

    def answer(self, pump: dict[str, Any], now: dt.datetime | None = None) -> dict[str, Any]:
        now = now or _now()
        shown = {k: v for k, v in pump.items() if k != "stale_hours"}
        shown.update(live_values(pump, now))
        shown.setdefault("embeddable_url", f"https://onboarding.example.com/embed/{pump['id']}")
        shown.setdefault("authorization_url", f"https://auth.example.com/authorize?pump={pump['id']}")
        return shown


def _problem(status: int, detail: Any) -> JSONResponse:
    return JSONResponse({"detail": detail}, status_code=status)


def _check_access(request: Request) -> JSONResponse | None:
    if request.headers.get("authorization", "") != f"Bearer {request.app.state.token}":
        return _problem(401, "Invalid or missing bearer token.")
    org, user = request.path_params["org_id"], request.path_params["user_id"]
    if org != ORG_ID or user != USER_ID:
        return _problem(404, "Organisation or user not found.")
    return None


async def _collection(request: Request) -> Response:
    refused = _check_access(request)
    if refused is not None:
        return refused
    state: PoderoState = request.app.state.podero
    if request.method == "GET":
        now = _now()
        return JSONResponse([state.answer(p, now) for p in state.pumps])
    try:
        body = await request.json()
    except ValueError:
        return _problem(422, [{"loc": ["body"], "msg": "JSON decode error", "type": "json_invalid"}])
    problems = validate(body)
    if problems:
        return _problem(422, problems)
    now = _now()
    with state.lock:
        state.registrations += 1
        pump = {**body, "id": str(uuid.uuid4()), "connection_status": "unknown", "monitoring_status": "unknown",
                "steering_status": "unknown", "created_at": _iso(now), "is_authenticated": False,
                "building": body.get("building_id"),
                "owner": {"id": USER_ID, "email": "home.owner@example.com", "first_name": "Demo",
                          "last_name": "Owner", "external_id": None}}
        pump.pop("building_id", None)
        state.pumps.append(pump)
    state.save()
    return JSONResponse(state.answer(pump, now))


async def _one(request: Request) -> Response:
    refused = _check_access(request)
    if refused is not None:
        return refused
    state: PoderoState = request.app.state.podero
    found = next((p for p in state.pumps if p["id"] == request.path_params["pump_id"]), None)
    if found is None:
        return _problem(404, "Heat pump not found.")
    return JSONResponse(state.answer(found))


def validate(body: object) -> list[dict[str, Any]]:
    """The documented body rules, as a 422 detail list (empty when the body is fine)."""
    if not isinstance(body, dict):
        return [{"loc": ["body"], "msg": "Input should be a valid dictionary", "type": "dict_type"}]
    problems = []
    if body.get("price_zone", "AT") not in PRICE_ZONES:
        problems.append({"loc": ["body", "price_zone"], "type": "enum",
                         "msg": f"Input should be {', '.join(repr(z) for z in PRICE_ZONES)}"})
    for key, limit in TEXT_LIMITS.items():
        value = body.get(key)
        if value is not None and (not isinstance(value, str) or len(value) > limit):
            problems.append({"loc": ["body", key], "type": "string_too_long",
                             "msg": f"String should have at most {limit} characters"})
    model = body.get("device_model")
    if model is not None and not isinstance(model, dict):
        problems.append({"loc": ["body", "device_model"], "msg": "Input should be an object", "type": "dict_type"})
    return problems


#: The configuration values that reach this simulator in the sandbox profile (the registry reads them).
SANDBOX_CONFIG = {"BASE_URL": "http://podero.sandbox", "TOKEN": SANDBOX_TOKEN, "ORG_ID": ORG_ID,
                  "USER_ID": USER_ID}

_PREFIX = "/api/partners/v2.0/org/{org_id}/users/{user_id}/heat-pumps"


def create_podero_app(state: PoderoState, *, token: str = SANDBOX_TOKEN, latency: float = 0.0) -> Starlette:
    app = Starlette(routes=[Route(_PREFIX, _collection, methods=["GET", "POST"]),
                            Route(_PREFIX + "/", _collection, methods=["GET", "POST"]),
                            Route(_PREFIX + "/{pump_id}", _one, methods=["GET"]),
                            Route(_PREFIX + "/{pump_id}/", _one, methods=["GET"])],
                    middleware=[Middleware(Latency)])
    app.state.podero = state
    app.state.token = token
    app.state.latency = latency
    return app


def sandbox_app(state_file: Path | None, *, latency: float = 0.0, secret: str | None = None,
                demo: int | None = None) -> ASGIApp:
    """The registry's entry point: the simulator with its state in `state_file` (loaded when it exists, else the
    demo heat pumps; `demo=0` starts with none)."""
    state = PoderoState(state_file, demo_pumps() if demo is None or demo else [])
    if state_file is not None and not state_file.exists():
        state.save()
    return create_podero_app(state, token=secret or SANDBOX_TOKEN, latency=latency)
