"""In-process simulator of the testresults.io customer-management API (`vendor-docs/testresults-customers-api.txt`).

Fourteen fictional heating-and-cooling service companies (Belgium, Switzerland, the UK), three of them archived.
GET .../customers lists the active ones, GET .../customers/archive the archived ones, GET .../customers/{cId} reads
one with its user groups; POST creates, PUT updates (Archived=true archives), DELETE removes. Every write stamps
the customer with the next DataVersion, as SQL Server's rowversion does (base64 of an 8-byte big-endian counter,
one counter for the whole state), and PUT refuses a DataVersion that is not the stored one with 409: optimistic
concurrency, which `TestresultsState.edit_elsewhere` provokes on purpose. The token goes in the `Authentication`
header. Errors answer as ASP.NET Web API servers do: `{"Message": ...}` with 401, 404 or 409, and 400 with
`{"Message": "The request is invalid.", "ModelState": {"customer.<Field>": [...]}}` naming every bad field.
"""

from __future__ import annotations

import base64
import binascii
import json
import re
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

SANDBOX_TOKEN = "sandbox-testresults"
_FORMAT = "fielddesk-testresults-sandbox"
PREFIX = "/api/management/customers"

#: The documented fields of a customer, in the order the vendor answers them.
FIELDS = ("Name", "AccountNumber", "Address", "CostCenter", "Currency", "Tax", "Discounts", "MinimumConsumptionInH",
          "DueDays", "TechnicalName", "Subdomain", "Appliances", "DataVersion", "Archived", "Id")
#: What a client may set with POST (PUT also takes Archived and requires DataVersion).
WRITABLE = ("Name", "AccountNumber", "Address", "CostCenter", "Currency", "Tax", "Discounts", "MinimumConsumptionInH",
            "DueDays", "Subdomain", "Appliances")
#: A new customer's values when POST leaves them out (the document's example answer).
DEFAULTS: dict[str, Any] = {"AccountNumber": None, "Address": None, "CostCenter": None, "Currency": "CHF",
                            "Tax": 770, "Discounts": None, "MinimumConsumptionInH": 40, "DueDays": 30,
                            "TechnicalName": None, "Appliances": None, "Archived": False}
NAME_LIMIT = 100
APPLIANCES_LIMIT = 1000
SUBDOMAIN_PATTERN = "^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$"
CURRENCY_PATTERN = "^[A-Z]{3}$"
_INT32_MAX = 2_147_483_647
#: Integer fields and their [low, high] range (Tax in hundredths of a percent: 2100 is 21.00%).
INT_RANGES = {"Tax": (0, 10_000), "MinimumConsumptionInH": (0, _INT32_MAX), "DueDays": (0, 365)}
#: Text fields with no documented rule beyond "text or null".
OPTIONAL_TEXTS = ("AccountNumber", "Address", "CostCenter", "Discounts")

DENIED = "Authorization has been denied for this request."
NOT_FOUND = "Customer not found."
CONFLICT = "The customer was changed by someone else. Reload it and try again."
INVALID = "The request is invalid."

_ID_BASE = 0x7E57_0000_0000_4000_8000_0000_0000_0000
_GROUP_NAMESPACE = uuid.UUID("5f1d3c2e-7a4b-4c9d-8e6f-0a1b2c3d4e5f")
_FIRST_VERSION = 0x2608FF  # the document's first DataVersion ("AAAAAAAmCP8=")

#: Fictional companies: (name, account, address, cost centre, currency, tax, discounts, minimum hours, due days,
#: technical name, subdomain, appliances, archived). Streets and towns are plain; no person, e-mail or phone.
_DEMO: tuple[tuple[Any, ...], ...] = (
    ("Chauffage Liégeois Orvelle SRL", "FD-BE-0001", "Chauffage Liégeois Orvelle SRL;Rue des Forgerons 14;4000 Liège;"
     "Belgique", "SVC-WAL", "EUR", 2100, None, 40, 30, "chauffageliegeoisorvelle", "orvelle",
     "Atelier Liège:liege-atelier01,Camionnette 2:van2tablet", False),
    ("Kwelmar Verwarming BV", "FD-BE-0002", "Kwelmar Verwarming BV;Ketelstraat 7;9000 Gent;België", "SVC-VL", "EUR",
     2100, "5% on maintenance contracts", 40, 30, "kwelmarverwarming", "kwelmar", "Werkplaats Box:a4c1d20e9f13",
     False),
    ("Brixel Klimaat & Koeling BV", "FD-BE-0003", "Brixel Klimaat & Koeling BV;Koelhuisstraat 22;2000 Antwerpen;"
     "België", "SVC-VL", "EUR", 2100, None, 20, 45, "brixelklimaat", "brixel-klimaat", None, False),
    ("Dravenne Énergie SCRL", "FD-BE-0004", "Dravenne Énergie SCRL;Avenue des Chaudières 3;6000 Charleroi;Belgique",
     "SVC-WAL", "EUR", 2100, None, 40, 30, "dravenneenergie", "dravenne", None, True),
    ("Zeldrave Chauffage-Climatisation SRL", "FD-BE-0005", "Zeldrave Chauffage-Climatisation SRL;Rue du Radiateur 9;"
     "1000 Bruxelles;Belgique", "SVC-BXL", "EUR", 2100, "Free first visit", 40, 30, "zeldrave", "zeldrave",
     "Tablet (Van 1):van1tablet,Tablet (Van 4):van4tablet,Office Box:0c9e3b7d51aa", False),
    ("Olvenhout Warmtetechniek BV", None, None, None, "EUR", 2100, None, 40, 30, "olvenhoutwarmte", "olvenhout", None,
     False),
    ("Heliquart Installaties BV", "FD-BE-0007", "Heliquart Installaties BV;Pompstraat 31;3000 Leuven;België",
     "SVC-VL", "EUR", 600, None, 10, 60, "heliquart", "heliquart", "Heat Pump Bench:hp-bench", False),
    ("Thermavon Services SA", "FD-BE-0008", "Thermavon Services SA;Chaussée des Brûleurs 50;5000 Namur;Belgique",
     "SVC-WAL", "EUR", 2100, None, 40, 30, "thermavon", "thermavon", None, False),
    ("Wärmewerk Quarzental AG", "FD-CH-0001", "Wärmewerk Quarzental AG;Kesselgasse 4;8001 Zürich;Schweiz",
     "SVC-CH", "CHF", 770, "10% Rahmenvertrag", 40, 30, "waermewerkquarzental", "quarzental",
     "Werkstatt Box:b7f0e2a4c611", False),
    ("Clim'Alpes Servanne SA", "FD-CH-0002", "Clim'Alpes Servanne SA;Chemin des Pompes 18;1003 Lausanne;Suisse",
     "SVC-CH", "CHF", 770, None, 40, 30, "climalpesservanne", "climalpes", None, False),
    ("Heizplan Tobelried GmbH", "FD-CH-0003", "Heizplan Tobelried GmbH;Brennerweg 12;3011 Bern;Schweiz", "SVC-CH",
     "CHF", 770, None, 30, 30, "heizplantobelried", "tobelried", None, True),
    ("Marrowgate Heating & Cooling Ltd", "FD-UK-0001", "Marrowgate Heating & Cooling Ltd;12 Boiler Row;Leeds LS1 4AB;"
     "United Kingdom", "SVC-UK", "GBP", 2000, None, 40, 30, "marrowgate", "marrowgate",
     "Depot Box:d3a9c0e17b42,Tablet (Van 7):van7tablet", False),
    ("Quenby Thermal Services Ltd", "FD-UK-0002", "Quenby Thermal Services Ltd;5 Radiator Lane;Bristol BS1 6QQ;"
     "United Kingdom", "SVC-UK", "GBP", 2000, None, 40, 14, "quenbythermal", "quenby-thermal", None, False),
    ("Fallowmere Climate Ltd", "FD-UK-0003", "Fallowmere Climate Ltd;88 Condenser Street;Glasgow G1 2XY;"
     "United Kingdom", "SVC-UK", "GBP", 2000, None, 40, 30, "fallowmereclimate", "fallowmere", None, True),
)


def rowversion(counter: int) -> str:
    """A DataVersion as SQL Server sends a rowversion: base64 of the 8-byte big-endian counter."""
    return base64.b64encode(counter.to_bytes(8, "big")).decode()


def rowversion_counter(version: object) -> int:
    """The counter inside a DataVersion; 0 for anything that is not one."""
    if not isinstance(version, str):
        return 0
    try:
        raw = base64.b64decode(version, validate=True)
    except (binascii.Error, ValueError):
        return 0
    return int.from_bytes(raw, "big") if len(raw) == 8 else 0


def demo_customers() -> list[dict[str, Any]]:
    """Fourteen fictional customer accounts, three archived; each has exactly the documented fields."""
    customers = []
    for index, row in enumerate(_DEMO):
        (name, account, address, cost_center, currency, tax, discounts, minimum, due, technical, subdomain,
         appliances, archived) = row
        customers.append({
            "Name": name, "AccountNumber": account, "Address": address, "CostCenter": cost_center,
            "Currency": currency, "Tax": tax, "Discounts": discounts, "MinimumConsumptionInH": minimum,
            "DueDays": due, "TechnicalName": technical, "Subdomain": subdomain, "Appliances": appliances,
            "DataVersion": rowversion(_FIRST_VERSION + 0x1F3 * index), "Archived": archived,
            "Id": str(uuid.UUID(int=_ID_BASE + index + 1)),
        })
    return customers


def default_user_groups(customer_id: str) -> list[dict[str, Any]]:
    """The one fictional user group a demo customer has (its Id follows from the customer's)."""
    return [{"Name": "@FieldEngineers@", "Description": "@FieldEngineers@",
             "UsagePermission": "Login, Read, Write, Execute, Accept, Reject, UserSettings",
             "DataVersion": None, "Archived": False, "Id": str(uuid.uuid5(_GROUP_NAMESPACE, customer_id))}]


class TestresultsState:
    """The customers the simulated server knows. Reads and writes hold `lock`; with a `path`, the state is loaded
    from there (when the file exists) and written back inside every write."""

    __test__ = False  # not a pytest test class, whatever its name says

    def __init__(self, path: Path | None, customers: list[dict[str, Any]] | None = None) -> None:
        self.path = path
        self.lock = threading.Lock()
        saved = load_state(path, _FORMAT)
        if saved:
            self.customers: list[dict[str, Any]] = saved["customers"]
            self.version: int = saved["version"]
            self.user_groups: dict[str, list[dict[str, Any]]] = saved.get("user_groups", {})
        else:
            self.customers = [dict(c) for c in customers or []]
            self.version = max((rowversion_counter(c.get("DataVersion")) for c in self.customers), default=0)
            self.user_groups = {c["Id"]: default_user_groups(c["Id"]) for c in self.customers}

    def save(self) -> None:
        with self.lock:
            self._save_locked()

    def _save_locked(self) -> None:
        save_state(self.path, _FORMAT, {"customers": self.customers, "version": self.version,
                                        "user_groups": self.user_groups})

    def next_version(self) -> str:
        """The next DataVersion of the whole state (call with `lock` held)."""
        self.version += 1
        return rowversion(self.version)

    def find(self, customer_id: str) -> dict[str, Any] | None:
        """The stored customer (call with `lock` held)."""
        return next((c for c in self.customers if c["Id"] == customer_id), None)

    def details(self, customer: dict[str, Any]) -> dict[str, Any]:
        """The answer for one customer: its user groups, then the documented fields (call with `lock` held)."""
        groups = self.user_groups.get(customer["Id"], [])
        return {"UserGroups": [dict(g) for g in groups], **{k: customer.get(k) for k in FIELDS}}

    def edit_elsewhere(self, customer_id: str, **changes: Any) -> dict[str, Any]:
        """Change a customer as another user of testresults.io would: apply `changes`, stamp the next DataVersion
        and save. Answers the customer's documented fields; KeyError for an unknown customer, ValueError for a
        field that is not writable (Id, DataVersion or not documented)."""
        wrong = sorted(set(changes) - (set(FIELDS) - {"Id", "DataVersion"}))
        if wrong:
            raise ValueError(f"not writable: {', '.join(wrong)}")
        with self.lock:
            customer = self.find(customer_id)
            if customer is None:
                raise KeyError(customer_id)
            customer.update(changes)
            customer["DataVersion"] = self.next_version()
            self._save_locked()
            return {k: customer.get(k) for k in FIELDS}


def _message(status: int, message: str) -> JSONResponse:
    return JSONResponse({"Message": message}, status_code=status)


def _invalid(problems: dict[str, list[str]]) -> JSONResponse:
    return JSONResponse({"Message": INVALID, "ModelState": problems}, status_code=400)


def _refused(request: Request) -> JSONResponse | None:
    if request.headers.get("authentication") != request.app.state.token:
        return _message(401, DENIED)
    return None


async def _body(request: Request) -> tuple[dict[str, Any] | None, dict[str, list[str]]]:
    """The request's JSON object, or None and the ModelState saying why there is none."""
    try:
        body = json.loads(await request.body())
    except (ValueError, RecursionError):  # not JSON, not UTF-8, or nested beyond what the parser takes
        return None, {"customer": ["The request body is not valid JSON."]}
    if not isinstance(body, dict):
        return None, {"customer": ["The request body must be a JSON object."]}
    return body, {}


def validate(body: dict[str, Any], *, creating: bool) -> dict[str, list[str]]:
    """The ModelState of a POST (`creating`) or PUT body: every bad field's messages, empty when it is fine.
    Name and Subdomain are required to create; a PUT checks only the fields it carries, and requires
    DataVersion."""
    problems: dict[str, list[str]] = {}

    def bad(field: str, message: str) -> None:
        problems.setdefault(f"customer.{field}", []).append(message)

    def text(field: str, *, required: bool) -> str | None:
        """The field's value when it is text; None (and a problem when it had to be there) otherwise."""
        value = body.get(field)
        if value is None or (isinstance(value, str) and required and not value.strip()):
            if required:
                bad(field, f"The {field} field is required.")
            return None
        if not isinstance(value, str):
            bad(field, f"The field {field} must be a string.")
            return None
        if not value.isascii():
            try:
                value.encode("utf-8")
            except UnicodeEncodeError:  # a lone surrogate ("\ud800"): not text the answer or the file can hold
                bad(field, f"The field {field} must be valid Unicode text.")
                return None
        return value

    for field in ("Name", "Subdomain"):
        if creating or field in body:
            value = text(field, required=True)
            if value is None:
                continue
            if field == "Name" and len(value) > NAME_LIMIT:
                bad(field, f"The field Name must be a string with a maximum length of {NAME_LIMIT}.")
            if field == "Subdomain" and not re.fullmatch(SUBDOMAIN_PATTERN, value):
                bad(field, f"The field Subdomain must match the regular expression '{SUBDOMAIN_PATTERN}'.")
    if "Appliances" in body:
        appliances = text("Appliances", required=False)
        if appliances is not None and len(appliances) > APPLIANCES_LIMIT:
            bad("Appliances", f"The field Appliances must be a string with a maximum length of {APPLIANCES_LIMIT}.")
    for field in OPTIONAL_TEXTS:
        if field in body:
            text(field, required=False)
    if "Currency" in body:
        currency = text("Currency", required=True)
        if currency is not None and not re.fullmatch(CURRENCY_PATTERN, currency):
            bad("Currency", f"The field Currency must match the regular expression '{CURRENCY_PATTERN}'.")
    for field, (low, high) in INT_RANGES.items():
        if field not in body:
            continue
        value = body[field]
        if value is None:
            bad(field, f"The {field} field is required.")
        elif not isinstance(value, int) or isinstance(value, bool):
            bad(field, f"The field {field} must be an integer.")
        elif not low <= value <= high:
            bad(field, f"The field {field} must be between {low} and {high}.")
    if not creating:
        if "Archived" in body and not isinstance(body["Archived"], bool):
            bad("Archived", "The field Archived must be true or false.")
        version = body.get("DataVersion")
        if version is None or (isinstance(version, str) and not version):
            bad("DataVersion", "The DataVersion field is required.")
        elif not isinstance(version, str):
            bad("DataVersion", "The field DataVersion must be a string.")
    return problems


async def _active(request: Request) -> Response:
    return _listing(request, archived=False)


async def _archive(request: Request) -> Response:
    return _listing(request, archived=True)


def _listing(request: Request, *, archived: bool) -> Response:
    refused = _refused(request)
    if refused is not None:
        return refused
    state: TestresultsState = request.app.state.testresults
    with state.lock:
        shown = [{k: c.get(k) for k in FIELDS} for c in state.customers if bool(c.get("Archived")) is archived]
    return JSONResponse(shown)


async def _create(request: Request) -> Response:
    refused = _refused(request)
    if refused is not None:
        return refused
    body, problems = await _body(request)
    if body is None:
        return _invalid(problems)
    problems = validate(body, creating=True)
    if problems:
        return _invalid(problems)
    state: TestresultsState = request.app.state.testresults
    given = {k: body[k] for k in WRITABLE if k in body}
    with state.lock:
        customer: dict[str, Any] = {k: given.get(k, DEFAULTS.get(k)) for k in FIELDS}
        customer["DataVersion"] = state.next_version()
        customer["Id"] = str(uuid.uuid4())
        state.customers.append(customer)
        state.user_groups[customer["Id"]] = []
        state._save_locked()
        return JSONResponse(state.details(customer))


async def _collection(request: Request) -> Response:
    if request.method == "POST":
        return await _create(request)
    return await _active(request)


async def _one(request: Request) -> Response:
    refused = _refused(request)
    if refused is not None:
        return refused
    state: TestresultsState = request.app.state.testresults
    customer_id = request.path_params["cId"]
    if request.method == "PUT":
        return await _update(request, state, customer_id)
    with state.lock:
        customer = state.find(customer_id)
        if customer is None:
            return _message(404, NOT_FOUND)
        if request.method == "GET":
            return JSONResponse(state.details(customer))
        state.customers.remove(customer)  # DELETE
        state.user_groups.pop(customer_id, None)
        state._save_locked()
    return Response(status_code=200)


async def _update(request: Request, state: TestresultsState, customer_id: str) -> Response:
    """PUT: a valid body, then a known customer, then the stored DataVersion (409 otherwise, nothing changed)."""
    body, problems = await _body(request)
    if body is None:
        return _invalid(problems)
    problems = validate(body, creating=False)
    if problems:
        return _invalid(problems)
    with state.lock:
        customer = state.find(customer_id)
        if customer is None:
            return _message(404, NOT_FOUND)
        if body["DataVersion"] != customer.get("DataVersion"):
            return _message(409, CONFLICT)
        customer.update({k: body[k] for k in (*WRITABLE, "Archived") if k in body})
        customer["DataVersion"] = state.next_version()
        state._save_locked()
        return JSONResponse(state.details(customer))


#: The configuration values that reach this simulator in the sandbox profile (the registry reads them).
SANDBOX_CONFIG = {"BASE_URL": "http://testresults.sandbox", "TOKEN": SANDBOX_TOKEN}


def create_testresults_app(state: TestresultsState, *, token: str = SANDBOX_TOKEN, latency: float = 0.0) -> Starlette:
    routes: list[Route] = []
    for end in ("", "/"):  # with and without a trailing slash; /archive before /{cId}
        routes += [Route(PREFIX + end, _collection, methods=["GET", "POST"]),
                   Route(PREFIX + "/archive" + end, _archive, methods=["GET"]),
                   Route(PREFIX + "/{cId}" + end, _one, methods=["GET", "PUT", "DELETE"])]
    app = Starlette(routes=routes, middleware=[Middleware(Latency)])
    app.state.testresults = state
    app.state.token = token
    app.state.latency = latency
    return app


def sandbox_app(state_file: Path | None, *, latency: float = 0.0, secret: str | None = None,
                demo: int | None = None) -> ASGIApp:
    """The registry's entry point: the simulator with its state in `state_file` (loaded when it exists, else the
    demo customers; `demo=0` starts with none). `secret` replaces the sandbox token."""
    state = TestresultsState(state_file, demo_customers() if demo is None or demo else [])
    if state_file is not None and not state_file.exists():
        state.save()
    return create_testresults_app(state, token=secret or SANDBOX_TOKEN, latency=latency)
