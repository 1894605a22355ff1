"""In-process simulator of myBeNext (`vendor-docs/benext-mybenext-api.txt`) with fictional homes.

Three homes (accounts' addresses) with thermostats and radiator valves (climate controllers), heat pump energy
meters, a gateway; 400 days of 15-minute history for every temperature and set point property and 15-minute energy
entries for every meter, computed on request from the property and the time (deterministic, nothing stored); a
product that is sometimes unreachable (its availability cycles through the hour); failures and failure types.

Behaviour follows the document: the four authentication methods (§1.2), `fields` selection and `<name>_id`
filters (§1.3), `Range: resourceids` pagination answered with 206 and `Content-Range` (§1.4.4; entries, which
have no ids, are numbered by their position in the answer), the error shape `{"error", "resource", "code"}`
(§1.6), history refused beyond 30 days (§4.2.2.1), climate controller PUT of `setpoint`/`scheduletype` (§3.7.2.2)
after which the controller reports `synchronised: false` until it has woken up (here: the next read).
"""

from __future__ import annotations

import base64
import datetime as dt
import functools
import hashlib
import hmac
import json
import math
import secrets
import threading
import time
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs

from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route
from starlette.types import ASGIApp

from app.sandbox.common import Latency, load_state, save_state

API = "/login/api/v1"
ACCOUNT = 1
USERNAME = "demo.installer"
PASSWORD = "sandbox-benext"
APIKEY = "sandbox-benext-apikey"
_FORMAT = "fielddesk-benext-sandbox"
STEP = 900  # seconds between entries
HISTORY_DAYS = 400
PAGE_LIMIT = 5000  # entries at most in one answer; more come as 206 partial answers
MAX_HISTORY = dt.timedelta(days=30)

PRODUCTS: list[dict[str, Any]] = [
    {"product": 101, "account": ACCOUNT, "name": "Living room thermostat", "producttype": 48, "appearance": 48,
     "home": "Home 1 (Gent)"},
    {"product": 102, "account": ACCOUNT, "name": "Bedroom radiator valve", "producttype": 52, "appearance": 52,
     "home": "Home 1 (Gent)"},
    {"product": 103, "account": ACCOUNT, "name": "Hall thermostat", "producttype": 48, "appearance": 48,
     "home": "Home 2 (Namur)"},
    {"product": 104, "account": ACCOUNT, "name": "Heat pump meter", "producttype": 73, "appearance": 73,
     "home": "Home 1 (Gent)"},
    {"product": 105, "account": ACCOUNT, "name": "Heat pump meter", "producttype": 73, "appearance": 73,
     "home": "Home 2 (Namur)"},
    {"product": 106, "account": ACCOUNT, "name": "Internet gateway", "producttype": 1, "appearance": 1,
     "home": "Home 3 (Leuven)"},
    {"product": 107, "account": ACCOUNT, "name": "Kitchen thermostat", "producttype": 48, "appearance": 48,
     "home": "Home 3 (Leuven)"},
]
#: property id -> (product, datatype, name); temperatures (12), set points (67, 83), energy (39).
PROPERTIES = {
    1011: (101, 12, "Temperature"), 1012: (101, 67, "Setpoint"),
    1021: (102, 12, "Temperature"), 1022: (102, 83, "SecureSetpoint"),
    1031: (103, 12, "Temperature"), 1032: (103, 67, "Setpoint"),
    1071: (107, 12, "Temperature"), 1072: (107, 67, "Setpoint"),
    1041: (104, 39, "Energy_kWh"), 1051: (105, 39, "Energy_kWh"),
}
CONTROLLERS = {101: 67, 102: 83, 103: 67, 107: 67}  # product -> set point datatype
UNREACHABLE_PRODUCT = 103
FAILURE_TYPES: list[dict[str, Any]] = [
    {"failuretype": "product/gateway/unavailable", "impact": "high", "resource_type": "gateway"},
    {"failuretype": "product/general/unavailable", "impact": "medium", "resource_type": "peripheral"},
    {"failuretype": "product/battery/low", "impact": "low", "resource_type": "peripheral"},
    {"failuretype": "product/temperature/sensor_fault", "impact": "medium", "resource_type": "peripheral"},
]
DATATYPES: list[dict[str, Any]] = [{"datatype": 12, "name": "Temperature", "suffix": "gr C"},
             {"datatype": 39, "name": "Energy_kWh", "suffix": "kWh"},
             {"datatype": 67, "name": "Setpoint", "suffix": "gr C"},
             {"datatype": 83, "name": "SecureSetpoint", "suffix": "gr C"}]


def hmac_token(apikey: str, account_id: str) -> str:
    return hmac.new(apikey.encode(), account_id.encode(), hashlib.sha256).hexdigest()


def _iso(seconds: int) -> str:
    # A year of history is 35,040 of these: the date and the time of day are each formatted once.
    day, rest = divmod(seconds, 86400)
    return _iso_date(day) + _iso_clock(rest)


@functools.cache
def _iso_date(day: int) -> str:
    return time.strftime("%Y-%m-%dT", time.gmtime(day * 86400))


@functools.cache
def _iso_clock(rest: int) -> str:
    return time.strftime("%H:%M:%SZ", time.gmtime(rest))


def _parse_time(text: str) -> dt.datetime | None:
    try:
        moment = dt.datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        return None
    return moment if moment.tzinfo else moment.replace(tzinfo=dt.UTC)


def _noise(key: int, seconds: int) -> float:
    """A repeatable number in [-1, 1) for a property at a time (a multiplicative hash: cheap, so that serving a
    year of history costs the simulator little next to the latency it adds)."""
    mixed = ((seconds // 60) * 2654435761 + key * 40503) & 0xFFFFFFFF
    mixed ^= mixed >> 15
    mixed = (mixed * 2246822519) & 0xFFFFFFFF
    mixed ^= mixed >> 13
    return mixed / 2**31 - 1


def _schedule(datatype: int, seconds: int) -> float:
    hour = (seconds % 86400) / 3600  # UTC; homes in Belgium are an hour or two ahead
    day = 20.5 if datatype != 83 else 20.0
    return day if 5 <= hour < 21 else 17.0


def _outdoor(seconds: int) -> float:
    year = math.cos((seconds / 86400 - 15) / 365.25 * 2 * math.pi)  # coldest mid January
    return 10 - 8 * year + 4 * math.sin(((seconds % 86400) / 3600 - 9) / 24 * 2 * math.pi)


def history_value(prop: int, seconds: int) -> float:
    product, datatype, _name = PROPERTIES[prop]
    if datatype in (67, 83):
        return _schedule(CONTROLLERS[product], seconds)
    if datatype == 39:
        return energy_value(prop, seconds)
    setpoint = _schedule(CONTROLLERS.get(product, 67), seconds - 1800)  # rooms follow with a lag
    return round(setpoint - 0.4 + 0.3 * _noise(prop, seconds), 2)


def energy_value(prop: int, seconds: int) -> float:
    """kWh used in the 15 minutes from `seconds` (not cumulative, §4.3)."""
    demand = max(0.0, 18 - _outdoor(seconds)) * 0.045
    return round(max(0.0, demand * (1 + 0.15 * _noise(prop, seconds))), 4)


class BenextState:
    def __init__(self, path: Path | None, *, now: dt.datetime | None = None) -> None:
        self.path = path
        self.lock = threading.Lock()
        self.fixed_now = now
        saved = load_state(path, _FORMAT)
        self.controllers: dict[str, dict[str, Any]] = saved["controllers"] if saved else {
            str(product): {"setpoint": _schedule(datatype, 12 * 3600), "scheduletype": 0, "unsynced_reads": 0}
            for product, datatype in CONTROLLERS.items()}
        self.sessions: dict[str, str] = {}  # session -> csrf token
        self.requests = 0

    def save(self) -> None:
        with self.lock:
            save_state(self.path, _FORMAT, {"controllers": self.controllers})

    def now(self) -> int:
        moment = self.fixed_now or dt.datetime.now(dt.UTC)
        return int(moment.timestamp())

    def history_bounds(self) -> tuple[int, int]:
        """[first, end) of the simulated history: 400 days up to the last full quarter hour."""
        end = self.now() // STEP * STEP
        return end - HISTORY_DAYS * 86400, end

    def availability(self, product: int, seconds: int) -> str:
        if product != UNREACHABLE_PRODUCT:
            return "available"
        minute = (seconds // 60) % 60
        return "unreachable" if 40 <= minute < 55 else "retrying" if 30 <= minute < 40 else "available"

    def controller(self, product: int, *, read: bool) -> dict[str, Any]:
        saved = self.controllers[str(product)]
        now = self.now()
        synchronised = saved["unsynced_reads"] == 0
        if read and not synchronised and self.availability(product, now) == "available":
            saved["unsynced_reads"] -= 1  # the device woke up: the next read reports the value set
        temperature = history_value(product * 10 + 1, now // STEP * STEP)
        setpoint = saved["setpoint"]
        return {"controllable": True, "datatype": CONTROLLERS[product],
                "formattedtemperature": f"{temperature:.1f} gr C", "heatdemand": temperature < setpoint - 0.2,
                "mode": 1 if temperature < setpoint - 0.2 else 0, "product": product,
                "scheduletype": saved["scheduletype"], "setpoint": setpoint, "synchronised": synchronised,
                "temperature": temperature, "valvestatus": 1 if temperature < setpoint else 0}


def _error(status: int, message: str, resource: str, code: int) -> JSONResponse:
    return JSONResponse({"error": message, "resource": resource, "code": code}, status_code=status)


def _unauthorised() -> JSONResponse:
    response = _error(401, "authentication required", "authentication", 1)
    response.headers["WWW-Authenticate"] = 'Basic realm="myBeNext"'
    return response


def _authorised(request: Request) -> bool:
    app_state = request.app.state
    header = request.headers.get("authorization", "")
    scheme, _, value = header.partition(" ")
    query = request.query_params
    if scheme.lower() == "basic":
        try:
            user, _, password = base64.b64decode(value).decode().partition(":")
        except ValueError:
            return False
        return user == USERNAME and password == app_state.password
    if scheme.lower() == "apikey":
        return value.strip() == app_state.apikey
    if scheme.lower() == "hmac":
        token, _, account = value.partition(",account_id=")
        return hmac.compare_digest(token.strip(), hmac_token(app_state.apikey, account.strip()))
    if "apikey" in query:
        return query["apikey"] == app_state.apikey
    if "hmac" in query:
        return hmac.compare_digest(query["hmac"], hmac_token(app_state.apikey, query.get("hmac_account_id", "")))
    session = request.cookies.get("2myhomesession")
    state: BenextState = app_state.benext
    if session and session in state.sessions:
        if request.method in ("PUT", "POST", "DELETE"):
            return request.headers.get("x-csrftoken") == state.sessions[session]
        return True
    return False


def _select(items: list[dict[str, Any]], request: Request) -> list[dict[str, Any]]:
    fields = request.query_params.get("fields")
    if not fields:
        return items
    wanted = [f.strip() for f in fields.split(",")]
    return [{k: item[k] for k in wanted if k in item} for item in items]


def _id_filter(request: Request, name: str) -> set[int] | None:
    value = request.query_params.get(f"{name}_id")
    if value is None:
        return None
    try:
        return {int(v) for v in value.split(",") if v.strip()}
    except ValueError:
        return set()


def _ranged(request: Request, key: str, items: list[dict[str, Any]], ids: list[int] | None = None) -> Response:
    """A list answer with §1.4.4's Range: ids are the items' `ids` (or their positions)."""
    ids = ids if ids is not None else list(range(len(items)))
    limit = request.app.state.page_limit
    header = request.headers.get("range", "")
    start, end, count = None, None, None
    if header.lower().startswith("resourceids"):
        spec = header[len("resourceids"):].strip()
        bounds, _, counted = spec.partition("/")
        low, _, high = bounds.partition("-")
        try:
            start = None if low.strip() in ("", "*") else int(low)
            end = int(high) if high.strip() else None
            count = int(counted) if counted.strip() else None
        except ValueError:
            start = end = count = None  # "invalid header will result in empty requests or request that are not filter"
    chosen = [(i, item) for i, item in zip(ids, items, strict=True)
              if (start is None or i >= start) and (end is None or i <= end)]
    take = min(count or limit, limit)
    partial = bool(header) or len(chosen) > take
    page = chosen[:take]
    body = {key: _select([item for _i, item in page], request)}
    if not partial:
        return JSONResponse(body)
    response = JSONResponse(body, status_code=206)
    if page:
        response.headers["Content-Range"] = f"resourceids {page[0][0]}-{page[-1][0]}/{len(items)}"
    else:
        response.headers["Content-Range"] = f"resourceids */{len(items)}"
    return response


def _entry_range(request: Request) -> tuple[int, int] | Response:
    begin = _parse_time(request.path_params["begin"])
    end = _parse_time(request.path_params["end"])
    if begin is None or end is None:
        return _error(400, "invalid timestamp in url", "historyentry", 20)
    if end <= begin:
        return _error(400, "end is smaller than or equal to begin", "historyentry", 21)
    return int(begin.timestamp()), int(end.timestamp())


def _grid(state: BenextState, begin: int, end: int) -> range:
    first, last = state.history_bounds()
    low = max(begin, first)
    low = -(-low // STEP) * STEP
    return range(low, min(end, last), STEP)


async def _historyentries(request: Request) -> Response:
    if not _authorised(request):
        return _unauthorised()
    bounds = _entry_range(request)
    if isinstance(bounds, Response):
        return bounds
    begin, end = bounds
    if end - begin > MAX_HISTORY.total_seconds():
        return _error(400, "more than 30 days of data requested", "historyentry", 22)
    prop = int(request.path_params["property"])
    if prop not in PROPERTIES:
        return _error(404, "property not found", "property", 12)
    state: BenextState = request.app.state.benext
    state.requests += 1
    grid = _grid(state, begin, end)
    fields = request.query_params.get("fields")
    if "range" not in request.headers and len(grid) <= request.app.state.page_limit and fields in (
            None, "timestamp,value", "property,timestamp,value"):
        # The common answer written directly: the simulator should cost little next to the latency it adds.
        owner = f'"property":{prop},' if fields != "timestamp,value" else ""
        body = ",".join(f'{{{owner}"timestamp":"{_iso(t)}","value":"{history_value(prop, t):g}"}}' for t in grid)
        return Response(f'{{"historyentries":[{body}]}}', media_type="application/json")
    items = [{"property": prop, "timestamp": _iso(t), "value": f"{history_value(prop, t):g}"} for t in grid]
    return _ranged(request, "historyentries", items)


async def _energyentries(request: Request) -> Response:
    if not _authorised(request):
        return _unauthorised()
    bounds = _entry_range(request)
    if isinstance(bounds, Response):
        return bounds
    begin, end = bounds
    prop = int(request.path_params["property"])
    if prop not in PROPERTIES or PROPERTIES[prop][1] != 39:
        return _error(404, "property not found", "property", 12)
    aggregate = request.path_params["aggregate"]
    sizes = {"minute": STEP, "hour": 3600, "day": 86400}
    if aggregate not in sizes:
        return _error(400, f"aggregate {aggregate!r} is not simulated (use minute, hour or day)", "energyentry", 23)
    state: BenextState = request.app.state.benext
    state.requests += 1
    buckets: dict[int, float] = {}
    for t in _grid(state, begin, end):
        key = t // sizes[aggregate] * sizes[aggregate]
        buckets[key] = buckets.get(key, 0.0) + energy_value(prop, t)
    items = [{"property": prop, "timestamp": _iso(t), "value": round(v, 4)} for t, v in sorted(buckets.items())]
    return _ranged(request, "energyentries", items)


async def _climatecontrollers(request: Request) -> Response:
    if not _authorised(request):
        return _unauthorised()
    state: BenextState = request.app.state.benext
    wanted = _id_filter(request, "product")
    one = request.path_params.get("product")
    if request.method == "PUT":
        return await _put_controller(request, state, int(one) if one else None)
    with state.lock:
        if one is not None:
            if int(one) not in CONTROLLERS:
                return _error(404, "climatecontroller not found", "climatecontroller", 12)
            item = state.controller(int(one), read=True)
            item["schedulertype"] = item.pop("scheduletype")  # §3.7.2.1's single-resource spelling
            return JSONResponse(_select([item], request)[0])
        items = [state.controller(p, read=True) for p in CONTROLLERS if wanted is None or p in wanted]
    state.save()
    return JSONResponse({"climatecontrollers": _select(items, request)})


async def _put_controller(request: Request, state: BenextState, product: int | None) -> Response:
    if product is None:
        return _error(400, "a PUT without a climatecontroller id is not simulated", "climatecontroller", 30)
    if product not in CONTROLLERS:
        return _error(404, "climatecontroller not found", "climatecontroller", 12)
    try:
        body = json.loads(await request.body() or b"{}")
    except ValueError:
        return _error(400, "the body is not JSON", "climatecontroller", 31)
    if not isinstance(body, dict):
        return _error(400, "the body must be an object", "climatecontroller", 31)
    known = {k: v for k, v in body.items() if k in ("setpoint", "scheduletype", "product", "temperature", "mode",
                                                   "datatype", "synchronised", "controllable", "heatdemand",
                                                   "valvestatus", "formattedtemperature")}
    fixed = sorted(k for k in known if k not in ("setpoint", "scheduletype"))
    if fixed:
        return _error(400, f"field cannot be updated: {', '.join(fixed)}", "climatecontroller", 32)
    setpoint = known.get("setpoint")
    if setpoint is not None:
        if isinstance(setpoint, bool) or not isinstance(setpoint, int | float) or not 4 <= setpoint <= 28:
            return _error(400, "setpoint out of range (4 - 28 gr C)", "climatecontroller", 33)
        if CONTROLLERS[product] == 83 and float(setpoint) != int(setpoint):
            return _error(400, "this device allows only whole setpoint steps", "climatecontroller", 34)
    schedule = known.get("scheduletype")
    if schedule is not None and schedule not in (0, 1, 2):
        return _error(400, "scheduletype must be 0, 1 or 2", "climatecontroller", 35)
    with state.lock:
        saved = state.controllers[str(product)]
        if setpoint is not None:
            saved["setpoint"] = float(setpoint)
        if schedule is not None:
            saved["scheduletype"] = schedule
        saved["unsynced_reads"] = 1
    state.save()
    return Response(status_code=200)


async def _products(request: Request) -> Response:
    if not _authorised(request):
        return _unauthorised()
    wanted = _id_filter(request, "product")
    items = [{k: v for k, v in p.items() if k != "home"} | {"name": p["name"]} for p in PRODUCTS
             if wanted is None or p["product"] in wanted]
    return _ranged(request, "products", items, [p["product"] for p in items])


async def _properties(request: Request) -> Response:
    if not _authorised(request):
        return _unauthorised()
    state: BenextState = request.app.state.benext
    products, datatypes = _id_filter(request, "product"), _id_filter(request, "datatype")
    now = state.now() // STEP * STEP
    items: list[dict[str, Any]] = [
             {"property": prop, "product": product, "datatype": datatype, "name": name, "receiving": datatype != 12,
              "sending": True, "updated": _iso(now), "value": f"{history_value(prop, now - STEP):g}"}
             for prop, (product, datatype, name) in sorted(PROPERTIES.items())
             if (products is None or product in products) and (datatypes is None or datatype in datatypes)]
    return _ranged(request, "properties", items, [i["property"] for i in items])


async def _availability(request: Request) -> Response:
    if not _authorised(request):
        return _unauthorised()
    state: BenextState = request.app.state.benext
    wanted = _id_filter(request, "product")
    now = state.now()
    items = []
    for product in (p["product"] for p in PRODUCTS):
        if wanted is not None and product not in wanted:
            continue
        for back in (3600, 1800, 600, 0):  # the last hour's reports, oldest first
            moment = now - back
            status = state.availability(product, moment)
            spelled = "product_retry" if status == "retrying" else status  # §4.1's example spelling too
            items.append({"product": product, "status": spelled, "timestamp": _iso(moment)})
    return JSONResponse({"availabilities": _select(items, request)})


def _failures(state: BenextState) -> list[dict[str, Any]]:
    now = state.now() // 60 * 60
    unreachable = state.availability(UNREACHABLE_PRODUCT, now) != "available"
    return [
        {"account": ACCOUNT, "failure": 128, "failuretype": "product/gateway/unavailable", "resource": 106,
         "status": "no_failure", "timestamp": _iso(now - 86400 * 3)},
        {"account": ACCOUNT, "failure": 129, "failuretype": "product/gateway/unavailable", "resource": 106,
         "status": "failed", "timestamp": _iso(now - 86400 * 4)},
        {"account": ACCOUNT, "failure": 130, "failuretype": "product/general/unavailable",
         "resource": UNREACHABLE_PRODUCT, "status": "failed" if unreachable else "accepted",
         "timestamp": _iso(now - 1200)},
        {"account": ACCOUNT, "failure": 131, "failuretype": "product/battery/low", "resource": 102,
         "status": "failed", "timestamp": _iso(now - 86400)},
        {"account": ACCOUNT, "failure": 132, "failuretype": "product/temperature/sensor_fault", "resource": 107,
         "status": "accepted", "timestamp": _iso(now - 7200)},
    ]


async def _failures_route(request: Request) -> Response:
    if not _authorised(request):
        return _unauthorised()
    items = _failures(request.app.state.benext)
    if request.query_params.get("latest", "").lower() == "true":
        latest: dict[int, dict[str, Any]] = {}
        for item in items:
            if item["resource"] not in latest or item["timestamp"] > latest[item["resource"]]["timestamp"]:
                latest[item["resource"]] = item
        items = sorted(latest.values(), key=lambda i: i["failure"])
    return _ranged(request, "failures", items, [i["failure"] for i in items])


async def _failuretypes(request: Request) -> Response:
    if not _authorised(request):
        return _unauthorised()
    return JSONResponse({"failuretypes": _select(FAILURE_TYPES, request)})


async def _datatypes(request: Request) -> Response:
    if not _authorised(request):
        return _unauthorised()
    return _ranged(request, "datatypes", DATATYPES, [d["datatype"] for d in DATATYPES])


async def _authenticate(request: Request) -> Response:
    raw = await request.body()
    content_type = request.headers.get("content-type", "")
    credentials: Any
    if "x-www-form-urlencoded" in content_type:
        credentials = {k: v[0] for k, v in parse_qs(raw.decode(errors="replace")).items()}
    else:
        try:
            credentials = json.loads(raw or b"{}")
        except ValueError:
            return _error(400, "the body is not JSON", "authentication", 2)
    if not isinstance(credentials, dict) or credentials.get("username") != USERNAME or \
            credentials.get("password") != request.app.state.password:
        return _error(401, "invalid username or password", "authentication", 3)
    state: BenextState = request.app.state.benext
    session, csrf = secrets.token_hex(16), secrets.token_hex(16)
    state.sessions[session] = csrf
    response = JSONResponse({"account": ACCOUNT, "username": USERNAME})
    response.set_cookie("2myhomesession", session, httponly=True)
    response.set_cookie("csrftoken", csrf)
    return response


#: The configuration values that reach this simulator in the sandbox profile (the registry reads them).
SANDBOX_CONFIG = {"BASE_URL": "http://benext.sandbox", "USERNAME": USERNAME, "PASSWORD": PASSWORD,
                  "APIKEY": APIKEY, "AUTH": "basic"}


def create_benext_app(state: BenextState, *, password: str = PASSWORD, apikey: str = APIKEY, latency: float = 0.0,
                      page_limit: int = PAGE_LIMIT) -> Starlette:
    """The API over `state`; `app.state.page_limit` and `.latency` may be changed while serving."""
    routes = [
        Route(f"{API}/authenticate/", _authenticate, methods=["POST"]),
        Route(f"{API}/climatecontrollers/", _climatecontrollers, methods=["GET", "PUT"]),
        Route(f"{API}/climatecontrollers/{{product:int}}/", _climatecontrollers, methods=["GET", "PUT"]),
        Route(f"{API}/products/", _products, methods=["GET"]),
        Route(f"{API}/properties/", _properties, methods=["GET"]),
        Route(f"{API}/availability/", _availability, methods=["GET"]),
        Route(f"{API}/failures/", _failures_route, methods=["GET"]),
        Route(f"{API}/failuretypes/", _failuretypes, methods=["GET"]),
        Route(f"{API}/datatypes/", _datatypes, methods=["GET"]),
        Route(f"{API}/properties/{{property:int}}/historyentries/{{begin}}/{{end}}/", _historyentries,
              methods=["GET"]),
        Route(f"{API}/properties/{{property:int}}/energyentries/{{aggregate}}/{{begin}}/{{end}}/", _energyentries,
              methods=["GET"]),
    ]
    app = Starlette(routes=routes, middleware=[Middleware(Latency)])
    app.state.benext = state
    app.state.password = password
    app.state.apikey = apikey
    app.state.latency = latency
    app.state.page_limit = page_limit
    return app


def sandbox_app(state_file: Path | None, *, latency: float = 0.0, secret: str | None = None,
                demo: int | None = None) -> ASGIApp:
    """The registry's entry point. `secret` replaces the sandbox password and API key; `demo` is unused (the
    homes are fixed)."""
    state = BenextState(state_file)
    return create_benext_app(state, password=secret or PASSWORD, apikey=secret or APIKEY, latency=latency)
