"""In-process simulator of the testo Pro+ API (clients with heating and cooling appliances).

It works on plain JSON dicts, as the real vendor server does, so FieldDesk's wire models are tested against
what goes over the wire and not against themselves. Behaviour follows the vendor document
(`vendor-docs/proplus-testo-api.txt`): §3 authentication, §6 response codes, §7 push-client with its
add-or-update rule, §8 pull-client, §18 pull-client-by-other-properties and §22 pull-client-ha-ca.

Where the document is silent, the simulator picks the least surprising answer and says so in a comment.
"""

from __future__ import annotations

import copy
import json
import re
import threading
from collections.abc import Iterable, Mapping
from datetime import datetime
from pathlib import Path
from typing import Any

from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route
from starlette.types import ASGIApp

from app.sandbox.common import Latency, save_state
from app.sandbox.proplus_certificates import CERTIFICATE_ROUTES, CertificateBook
from app.sandbox.proplus_http import (
    Rejected,
    RequireKey,
    answer,
    exception_handlers,
    json_body,
    parameters,
)
from app.sandbox.proplus_workorders import WorkOrderBook, demo_work_orders
from app.vendors.bulk import gc_paused

__all__ = [
    "SANDBOX_SECRET_KEY",
    "ProPlusState",
    "PushRejected",
    "create_proplus_app",
]

SANDBOX_SECRET_KEY = "sandbox"

JSONDict = dict[str, Any]

_STATE_FORMAT = "fielddesk-proplus-sandbox"
_STATE_VERSION = 1

# Field sets as the pull examples (§8, §22) show them. A new record starts with every field null, like a
# database row, so clients see the same keys the real server sends; fields pushed beyond these are kept.
CLIENT_FIELDS: tuple[str, ...] = (
    "name", "region", "brussels_type_1", "brussels_type_2", "street", "city", "postal_code",
    "contact_person", "fax", "phone", "email", "region_type", "region_preciser", "region_enterprise_name",
    "region_company_name", "house_no", "post_bus", "region_kbo", "status", "address", "wallonia_type",
    "wallonia_client_type_other", "third_party_id",
)
HEATING_FIELDS: tuple[str, ...] = (
    "client_id", "third_party_id", "same_as_client", "name", "region", "address", "city", "telephone",
    "email", "post_code", "house_no", "post_bus",
)
BRUSSELS_FIELDS: tuple[str, ...] = (
    "company_name", "company", "enterprise_number", "client_type", "client_type2", "floor", "building_name",
    "installation_contact_person", "installation_email", "installation_tel",
    "installation_reference_epb_unit", "no_environmental_permit", "heating_system_identification",
    "brussels_reason_handling", "brussels_other_reason", "heating_system_type_one", "heating_system_type_two",
    "heating_system_no_of_boilers", "heating_system_no_of_building", "heating_system_no_of_epb",
    "heating_system_permit_date", "appliance_type_one", "appliance_type_two", "appliance_condensing",
    "appliance_connected_as", "appliance_connected_as_a", "appliance_connected_as_b",
    "appliance_connected_as_c", "appliance_fall_detector", "appliance_fuel_type", "appliance_gas_type_one",
    "appliance_other_gas", "appliance_gas_type_two", "appliance_solid_type", "appliance_other_solid",
    "appliance_exhaust_channel", "appliance_other_info", "device_name", "device_plate_present",
    "device_make", "device_type", "device_manufacturing_no", "device_year", "device_nominal_power_min",
    "device_nominal_power_max", "device_flow_rate", "device_unit", "burner_power_modulation",
    "burner_plate_present", "burner_make", "burner_type", "burner_year", "burner_manufacturing_no",
    "burner_flow_rate", "burner_flow_rate_unit",
)
FLANDERS_FIELDS: tuple[str, ...] = (
    "heating_device_type", "type_b", "type_c", "fuel", "gas_type", "solid_fuel", "other_gas_type",
    "device_type", "device_make", "device_year", "device_manufacturing_no", "device_nominal_power",
    "device_unit", "burner_make", "burner_type", "burner_year", "brand_manufacturing_no", "flow_gas",
    "label_gaseous", "label_liquid", "label_fixed", "energy_level", "post_code", "device_fall_detector",
    "other_solid_fuel", "gas_type_premix", "flow_gas_unit",
)
WALLONIE_FIELDS: tuple[str, ...] = (
    "client_type", "company_name", "company", "fax", "sub_fuel_type", "fuel", "different",
    "device_no_of_generator", "device_connection", "device_identification", "device_condensation",
    "device_nameplate", "device_make", "device_type", "device_year", "device_serial_no",
    "device_nominal_power", "burner_select_type", "burner_flame_course", "burner_as_gas",
    "burner_as_single_gas_or_liquid", "burner_make", "burner_type", "burner_year", "burner_serial_number",
    "solid_fuel_type", "liquid_fuel_type", "gaseous_fuel_type", "device_connection_type",
    "burner_no_of_type", "central_heating_coolant", "central_heating_production", "device_fall_detector",
)
REGION_BLOCKS: dict[str, tuple[str, ...]] = {
    "brussels": BRUSSELS_FIELDS,
    "flanders": FLANDERS_FIELDS,
    "wallonie": WALLONIE_FIELDS,
}
COOLING_FIELDS: tuple[str, ...] = (
    "mobile_cooling_appliance_id", "mobile_cooling_appliance_page4_id", "client_id", "third_party_id",
    "same_as_client", "name", "region", "address", "city", "telephone", "email", "post_code", "house_no",
    "certification_date", "next_certification_date", "qr_id", "commissioning_date", "brand", "type", "kind",
    "vrv", "refrigerant", "kg_precharge", "gwp", "co2", "kg_startup", "hermatically_sealed_sys",
    "inspection_frequency", "leak_detection_system", "leak_detection_type", "operation", "hd", "ld",
    "electrical_connection",
)
PART_FIELDS: dict[str, tuple[str, ...]] = {
    "condensors": (
        "mobile_condensor_id", "cooling_appliance_id", "brand", "type", "serial_number", "kind", "others",
        "number_of_fans",
    ),
    "verdampers": (
        "mobile_verdamper_id", "cooling_appliance_id", "brand", "type", "performance", "serial_number",
        "glycol", "cold_room_temperature", "relative_humidity", "number_of_fans", "expansion_valve_brand",
        "expansion_valve_type", "expansion_valve_outlet",
    ),
    "compressors": (
        "mobile_compressor_id", "cooling_appliance_id", "brand", "type", "motor_capacity_control",
        "hd_pressure_switch", "ld_pressure_switch", "oil_pressure_switch_point", "visual_oil_level_present",
        "crankcase_resistance_current", "serial_number",
    ),
}
# Empty records, copied for every new one: a database row has every column, null until set. Copies are
# shallow, so nested lists stay None here and each record gets its own.
_CLIENT_TEMPLATE: JSONDict = {"id": None, **dict.fromkeys(CLIENT_FIELDS), "created_at": None,
                              "updated_at": None, "heating_appliance": None, "cooling_appliance": None}
_HEATING_TEMPLATE: JSONDict = {"id": None, **dict.fromkeys(HEATING_FIELDS), "created_at": None,
                               "updated_at": None, **dict.fromkeys(REGION_BLOCKS)}
_BLOCK_TEMPLATES: dict[str, JSONDict] = {
    name: {"id": None, "heating_appliance_id": None, **dict.fromkeys(fields)}
    for name, fields in REGION_BLOCKS.items()
}
_COOLING_TEMPLATE: JSONDict = {"id": None, **dict.fromkeys(COOLING_FIELDS), "created_at": None,
                               "updated_at": None, **dict.fromkeys(PART_FIELDS)}
_PART_TEMPLATES: dict[str, JSONDict] = {
    name: {"id": None, **dict.fromkeys(fields), "created_at": None, "updated_at": None}
    for name, fields in PART_FIELDS.items()
}
# The document spells the condenser list three ways (§7.2.6.1 "Condenser", §7.3.4 push "condensators",
# §8 pull "condensors"); accept all of them, store one.
_PART_ALIASES: dict[str, str] = {
    "condensors": "condensors",
    "condensators": "condensors",
    "condensers": "condensors",
    "verdampers": "verdampers",
    "compressors": "compressors",
}
_BLOCK_ALIASES: dict[str, str] = {"brussels": "brussels", "flanders": "flanders", "wallonie": "wallonie",
                                  "wallonia": "wallonie"}
# §7.2.6.1/§7.2.6.2 mark the brand of condensers and evaporators as required; compressors' brand is optional.
_PART_REQUIRED_BRAND = frozenset({"condensors", "verdampers"})
# Fields the server owns: a push cannot set them.
_SERVER_FIELDS = frozenset({"id", "created_at", "updated_at", "client_id", "heating_appliance_id",
                            "cooling_appliance_id"})

_LANGUAGES = frozenset({"en", "nl", "fr", "de"})
_LOOKUP_KEYS: tuple[str, ...] = ("id", "name", "phone", "email", "third_party_id")
_PHONE_NOISE = re.compile(r"[\s./()\-]")

# Message texts of the real server (Laravel validation style, "msg." prefix included).
class PushRejected(Rejected):
    """A push-client body the server refuses with 400; the message is the vendor's text."""


def _now() -> str:
    return datetime.now().strftime("%Y-%m-%d %H:%M:%S")


def _blank(value: object) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def _fold(value: object) -> str:
    """Comparison form for the add-or-update rule: null and "" are the same, case and edges don't count."""
    if value is None:
        return ""
    return str(value).strip().casefold()


def _as_list(value: object) -> list[Any]:
    """The vendor sends a single object where a list is expected (§7.3.4); treat both alike."""
    if value is None:
        return []
    if isinstance(value, list):
        return value
    return [value]


def _same_id(stored: object, given: object) -> bool:
    return not _blank(given) and stored is not None and str(stored).strip() == str(given).strip()


def _match(records: Iterable[JSONDict], given: Mapping[str, Any]) -> JSONDict | None:
    """§7.1.1: same third_party_id, else same Pro+ id, else same name + address; None means add."""
    records = list(records)
    third_party_id = given.get("third_party_id")
    if not _blank(third_party_id):
        for record in records:
            if _same_id(record.get("third_party_id"), third_party_id):
                return record
    if not _blank(given.get("id")):
        for record in records:
            if _same_id(record.get("id"), given["id"]):
                return record
    key = (_fold(given.get("name")), _fold(given.get("address")))
    for record in records:
        if (_fold(record.get("name")), _fold(record.get("address"))) == key:
            return record
    return None


def _scalars(given: Mapping[str, Any], nested: Iterable[str]) -> JSONDict:
    skip = _SERVER_FIELDS.union(nested)
    return {k: v for k, v in given.items() if k not in skip}


class ProPlusState:
    """Everything the simulated Pro+ server knows, shared by the app and by tests.

    All reads and writes hold `lock`, because the app may be served from a uvicorn thread while a test
    thread inspects the state. With a `path`, the state is loaded from it if it exists and written back
    atomically after every accepted write, so a server process can be killed and restarted without loss.
    """

    def __init__(self, path: Path | None = None, clients: list[JSONDict] | None = None) -> None:
        self.lock = threading.RLock()
        self.path = Path(path) if path is not None else None
        self.push_count = 0
        self._clients: list[JSONDict] = []
        self._counters: dict[str, int] = {}
        # Indexes for the client-level add-or-update rule: a benchmark pushes into 100,000 clients.
        self._by_id: dict[str, JSONDict] = {}
        self._by_third_party: dict[str, list[JSONDict]] = {}
        self._by_name_address: dict[tuple[str, str], list[JSONDict]] = {}
        self.work_orders = WorkOrderBook(self._appliance_owner, self._next_id)

        with gc_paused():
            if self.path is not None and self.path.exists():
                self._load(self.path)
            else:
                for raw in clients or []:
                    self._insert(self._normalise_client(raw))
        if self.path is not None and not self.path.exists():
            self.save()

    # ------------------------------------------------------------------ queries for tests and handlers

    def all_clients(self) -> list[JSONDict]:
        """A deep copy of every client with its appliances, in id order."""
        with self.lock:
            return copy.deepcopy(self._clients)

    def find_clients(self, **filters: object) -> list[JSONDict]:
        """Clients whose fields equal every filter (a number matches its string form), deep-copied."""
        with self.lock:
            found = [c for c in self._clients if all(_equal(c.get(k), v) for k, v in filters.items())]
            return copy.deepcopy(found)

    def get_client(self, client_id: int | str) -> JSONDict | None:
        with self.lock:
            client = self._by_id.get(str(client_id).strip())
            return copy.deepcopy(client) if client is not None else None

    # ------------------------------------------------------------------ writes

    def push(self, payload: object) -> JSONDict | list[JSONDict]:
        """Apply a push-client body; returns `processed_ids` as the server answers it.

        Raises PushRejected (nothing stored) when any client in the body is invalid: the real server
        validates the whole request before touching its database.
        """
        clients, many = _unwrap_push(payload)
        for index, client in enumerate(clients):
            error = _validate_client(client, "client." + (f"{index}." if many else ""), many)
            if error:
                raise PushRejected(error)
        with self.lock:
            now = _now()
            processed = [self._apply_client(client, now) for client in clients]
            self.push_count += 1
            if self.path is not None:
                self.save()
        return processed if many else processed[0]

    def save(self) -> None:
        """Write the state to `path` atomically: temp file, fsync, os.replace, fsync of the folder."""
        if self.path is None:
            return
        with self.lock:
            save_state(self.path, _STATE_FORMAT, {
                "version": _STATE_VERSION,
                "counters": self._counters,
                "push_count": self.push_count,
                "clients": self._clients,
                "work_orders": self.work_orders.orders,
            })

    # ------------------------------------------------------------------ internals

    def _load(self, path: Path) -> None:
        try:
            document = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            raise ValueError(f"cannot read Pro+ sandbox state {path}: {exc}") from exc
        # A bare list of clients (e.g. a saved pull-client answer) is accepted as well.
        if isinstance(document, list):
            document = {"clients": document}
        if not isinstance(document, dict) or not isinstance(document.get("clients"), list):
            raise ValueError(f"{path} is not a Pro+ sandbox state file")
        for raw in document["clients"]:
            self._insert(self._normalise_client(raw))
        for kind, value in dict(document.get("counters") or {}).items():
            self._counters[kind] = max(self._counters.get(kind, 0), int(value))
        self.push_count = int(document.get("push_count") or 0)
        self.work_orders.load(document.get("work_orders") or [])

    def _appliance_owner(self, kind: str, appliance_id: int) -> int | None:
        key = "heating_appliance" if kind == "heating" else "cooling_appliance"
        for client in self._clients:
            if any(_same_id(a.get("id"), appliance_id) for a in client[key]):
                return int(client["id"])
        return None

    def seed_work_orders(self, count: int = 12) -> None:
        """Demo work orders on the first clients' appliances."""
        with self.lock:
            heating = [a["id"] for c in self._clients for a in c["heating_appliance"]]
            cooling = [a["id"] for c in self._clients for a in c["cooling_appliance"]]
            demo_work_orders(self.work_orders, heating, cooling, _now(), count)
            self.save()

    def _next_id(self, kind: str) -> int:
        self._counters[kind] = self._counters.get(kind, 0) + 1
        return self._counters[kind]

    def _seen_id(self, kind: str, value: object) -> int:
        """Use a given id (demo data, state file) or make one; keep the counter past every used id."""
        if isinstance(value, int) and not isinstance(value, bool):
            number = value
        else:
            try:
                number = int(str(value))
            except ValueError:
                return self._next_id(kind)
        self._counters[kind] = max(self._counters.get(kind, 0), number)
        return number

    def _normalise_client(self, raw: Mapping[str, Any]) -> JSONDict:
        """A full stored client from seed data: every field present, ids and parent links set."""
        # Template copies instead of comprehensions: loading 100,000 bulk clients must stay quick.
        client = _CLIENT_TEMPLATE.copy()
        client.update(raw)
        client_id = client["id"] = self._seen_id("client", client["id"])
        client["heating_appliance"] = [self._normalise_heating(a, client_id)
                                       for a in _as_list(raw.get("heating_appliance"))]
        client["cooling_appliance"] = [self._normalise_cooling(a, client_id)
                                       for a in _as_list(raw.get("cooling_appliance"))]
        return client

    def _normalise_heating(self, raw: Mapping[str, Any], client_id: int) -> JSONDict:
        appliance = _HEATING_TEMPLATE.copy()
        appliance.update(raw)
        appliance_id = appliance["id"] = self._seen_id("heating_appliance", appliance["id"])
        appliance["client_id"] = client_id
        appliance.pop("wallonia", None)
        for key, name in _BLOCK_ALIASES.items():
            block = raw.get(key)
            if isinstance(block, dict):
                stored = _BLOCK_TEMPLATES[name].copy()
                stored.update(block)
                stored["id"] = self._seen_id(name, stored["id"])
                stored["heating_appliance_id"] = appliance_id
                appliance[name] = stored
            elif key == name:
                appliance[name] = None
        return appliance

    def _normalise_cooling(self, raw: Mapping[str, Any], client_id: int) -> JSONDict:
        appliance = _COOLING_TEMPLATE.copy()
        appliance.update(raw)
        appliance_id = appliance["id"] = self._seen_id("cooling_appliance", appliance["id"])
        appliance["client_id"] = client_id
        for key in _PART_ALIASES:
            if key not in PART_FIELDS:
                appliance.pop(key, None)
        for name in PART_FIELDS:
            appliance[name] = []
        for key, name in _PART_ALIASES.items():
            for part in _as_list(raw.get(key)):
                stored = _PART_TEMPLATES[name].copy()
                stored.update(part)
                stored["id"] = self._seen_id(name, stored["id"])
                stored["cooling_appliance_id"] = appliance_id
                appliance[name].append(stored)
        return appliance

    def _insert(self, client: JSONDict) -> None:
        self._clients.append(client)
        self._index(client)

    def _index(self, client: JSONDict) -> None:
        self._by_id[str(client["id"])] = client
        if not _blank(client.get("third_party_id")):
            self._by_third_party.setdefault(str(client["third_party_id"]).strip(), []).append(client)
        key = (_fold(client.get("name")), _fold(client.get("address")))
        self._by_name_address.setdefault(key, []).append(client)

    def _unindex(self, client: JSONDict) -> None:
        if not _blank(client.get("third_party_id")):
            _remove_identity(self._by_third_party, str(client["third_party_id"]).strip(), client)
        _remove_identity(self._by_name_address, (_fold(client.get("name")), _fold(client.get("address"))),
                         client)

    def _match_client(self, given: Mapping[str, Any]) -> JSONDict | None:
        third_party_id = given.get("third_party_id")
        if not _blank(third_party_id):
            bucket = self._by_third_party.get(str(third_party_id).strip())
            if bucket:
                return bucket[0]
        if not _blank(given.get("id")):
            found = self._by_id.get(str(given["id"]).strip())
            if found is not None:
                return found
        bucket = self._by_name_address.get((_fold(given.get("name")), _fold(given.get("address"))))
        return bucket[0] if bucket else None

    def _apply_client(self, given: Mapping[str, Any], now: str) -> JSONDict:
        fields = _scalars(given, ("heating_appliance", "cooling_appliance"))
        client = self._match_client(given)
        if client is None:
            client = {"id": self._next_id("client"), **dict.fromkeys(CLIENT_FIELDS), "status": 1,
                      **fields, "created_at": now, "updated_at": now,
                      "heating_appliance": [], "cooling_appliance": []}
            self._insert(client)
        else:
            self._unindex(client)
            client.update(fields)
            client["updated_at"] = now
            self._index(client)

        heating_ids = [self._apply_heating(client, a, now) for a in _as_list(given.get("heating_appliance"))]
        cooling_ids = [self._apply_cooling(client, a, now) for a in _as_list(given.get("cooling_appliance"))]
        return {
            "client_id": client["id"],
            # §7.3.5 shows one heating_appliance_id (from before several appliances per call were allowed);
            # keep it for old clients and give the full lists beside it.
            "heating_appliance_id": heating_ids[0] if heating_ids else None,
            "heating_appliance_ids": heating_ids,
            "cooling_appliance_ids": cooling_ids,
        }

    def _apply_heating(self, client: JSONDict, given: Mapping[str, Any], now: str) -> int:
        fields = _scalars(given, _BLOCK_ALIASES)
        appliance = _match(client["heating_appliance"], given)
        if appliance is None:
            appliance = {"id": self._next_id("heating_appliance"), **dict.fromkeys(HEATING_FIELDS),
                         **fields, "created_at": now, "updated_at": now,
                         "brussels": None, "flanders": None, "wallonie": None}
            client["heating_appliance"].append(appliance)
        else:
            appliance.update(fields)
            appliance["updated_at"] = now
        appliance["client_id"] = client["id"]
        for key, name in _BLOCK_ALIASES.items():
            block = given.get(key)
            # A null block in a push means "not this region", not "erase": the samples send null for the
            # two regions an appliance is not in.
            if not isinstance(block, Mapping):
                continue
            block_fields = _scalars(block, ())
            stored = appliance.get(name)
            if isinstance(stored, dict):
                stored.update(block_fields)
            else:
                appliance[name] = {"id": self._next_id(name), "heating_appliance_id": appliance["id"],
                                   **dict.fromkeys(REGION_BLOCKS[name]), **block_fields}
        return int(appliance["id"])

    def _apply_cooling(self, client: JSONDict, given: Mapping[str, Any], now: str) -> int:
        fields = _scalars(given, _PART_ALIASES)
        appliance = _match(client["cooling_appliance"], given)
        if appliance is None:
            appliance = {"id": self._next_id("cooling_appliance"), **dict.fromkeys(COOLING_FIELDS),
                         **fields, "created_at": now, "updated_at": now,
                         "condensors": [], "verdampers": [], "compressors": []}
            client["cooling_appliance"].append(appliance)
        else:
            appliance.update(fields)
            appliance["updated_at"] = now
        appliance["client_id"] = client["id"]
        for key, name in _PART_ALIASES.items():
            if key in given and given[key] is not None:
                appliance[name] = self._apply_parts(name, appliance, _as_list(given[key]), now)
        return int(appliance["id"])

    def _apply_parts(self, name: str, appliance: JSONDict, given: list[Any], now: str) -> list[JSONDict]:
        """A pushed part list replaces the stored one; parts that match by id or brand + serial number
        keep their id, so a re-push of the same appliance does not duplicate its parts."""
        stored: list[JSONDict] = list(appliance.get(name) or [])
        result: list[JSONDict] = []
        for part in given:
            fields = _scalars(part, ())
            match = next((p for p in stored if _same_id(p.get("id"), part.get("id"))), None)
            if match is None and not _blank(part.get("serial_number")):
                match = next((p for p in stored if (_fold(p.get("brand")), _fold(p.get("serial_number")))
                              == (_fold(part.get("brand")), _fold(part.get("serial_number")))), None)
            if match is not None:
                stored.remove(match)
                match.update(fields)
                match["updated_at"] = now
                result.append(match)
            else:
                result.append({"id": self._next_id(name), **dict.fromkeys(PART_FIELDS[name]), **fields,
                               "cooling_appliance_id": appliance["id"], "created_at": now, "updated_at": now})
        return result


def _remove_identity(index: dict[Any, list[JSONDict]], key: Any, record: JSONDict) -> None:
    bucket = index.get(key)
    if not bucket:
        return
    bucket[:] = [r for r in bucket if r is not record]
    if not bucket:
        del index[key]


def _equal(stored: object, wanted: object) -> bool:
    if stored == wanted:
        return True
    return stored is not None and wanted is not None and str(stored) == str(wanted)


# ---------------------------------------------------------------------- push validation


def _unwrap_push(payload: object) -> tuple[list[Any], bool]:
    """Clients in a push body and whether the body held a list (which changes the answer's shape)."""
    if isinstance(payload, dict) and "client" in payload:
        raw = payload["client"]
    elif isinstance(payload, dict) and payload:
        raw = payload  # a bare client object
    elif isinstance(payload, list):
        raw = payload
    else:
        raw = None
    if raw is None or raw == [] or raw == {} or isinstance(raw, str | int | float | bool):
        raise PushRejected("msg.The client field is required.")
    if isinstance(raw, list):
        for index, item in enumerate(raw):
            if not isinstance(item, dict):
                raise PushRejected(f"msg.The client.{index} must be an array.")
        return raw, True
    return [raw], False


def _required_text(record: Mapping[str, Any], field: str, path: str) -> str | None:
    value = record.get(field)
    if _blank(value):
        return f"msg.The {path}{field} field is required."
    if not isinstance(value, str):
        return f"msg.The {path}{field} must be a string."
    return None


def _validate_client(client: Mapping[str, Any], path: str, many: bool) -> str | None:
    error = _required_text(client, "name", path)
    if error:
        return error
    # Appliance paths are not prefixed with "client." for a single client, as the server's messages show
    # ("msg.The heating_appliance.0.name field is required.").
    prefix = path if many else ""
    for kind in ("heating_appliance", "cooling_appliance"):
        value = client.get(kind)
        if value is not None and not isinstance(value, list | dict):
            return f"msg.The {prefix}{kind} must be an array."
        for index, appliance in enumerate(_as_list(value)):
            where = f"{prefix}{kind}.{index}."
            if not isinstance(appliance, dict):
                return f"msg.The {prefix}{kind}.{index} must be an array."
            error = _required_text(appliance, "name", where)
            if error:
                return error
            nested = _BLOCK_ALIASES if kind == "heating_appliance" else _PART_ALIASES
            for key in nested:
                error = _validate_nested(appliance.get(key), kind, key, where)
                if error:
                    return error
    return None


def _validate_nested(value: object, kind: str, key: str, where: str) -> str | None:
    if value is None:
        return None
    if kind == "heating_appliance":
        return None if isinstance(value, dict) else f"msg.The {where}{key} must be an array."
    if not isinstance(value, list | dict):
        return f"msg.The {where}{key} must be an array."
    for index, part in enumerate(_as_list(value)):
        if not isinstance(part, dict):
            return f"msg.The {where}{key}.{index} must be an array."
        if _PART_ALIASES[key] in _PART_REQUIRED_BRAND:
            error = _required_text(part, "brand", f"{where}{key}.{index}.")
            if error:
                return error
    return None


# ---------------------------------------------------------------------- pull filters


def _phone_key(value: object) -> str:
    return _PHONE_NOISE.sub("", _fold(value))


def _lookup_matches(client: Mapping[str, Any], criteria: Mapping[str, str]) -> bool:
    """§22: every given key must match; the name match is exact but ignores case."""
    for key, wanted in criteria.items():
        stored = client.get(key)
        if key == "id" or key == "third_party_id":
            ok = _same_id(stored, wanted)
        elif key == "name":
            ok = isinstance(stored, str) and stored.casefold() == wanted.casefold()
        elif key == "phone":
            ok = stored is not None and _phone_key(stored) == _phone_key(wanted)
        else:
            ok = _fold(stored) == _fold(wanted)
        if not ok:
            return False
    return True


def _property_matches(client: Mapping[str, Any], criteria: Mapping[str, Any]) -> bool:
    return all(_fold(client.get(key)) == _fold(value) for key, value in criteria.items())


# ---------------------------------------------------------------------- ASGI app
# The key check and the error answers are proplus_http's: each endpoint says what its call does.


def _state(request: Request) -> ProPlusState:
    state: ProPlusState = request.app.state.proplus
    return state


async def _push_client(request: Request) -> Response:
    return answer({"processed_ids": _state(request).push(await json_body(request))})


async def _pull_client(request: Request) -> Response:
    state = _state(request)
    # Rendering under the lock keeps a concurrent push from changing dicts mid-serialisation, without
    # paying for a deep copy of 100,000 clients.
    with state.lock:
        return answer(state._clients)


async def _pull_client_ha_ca(request: Request) -> Response:
    params = await parameters(request)
    language = params.get("language")
    if language is not None and language.strip().lower() not in _LANGUAGES:
        raise Rejected("msg.The selected language is invalid.")
    criteria = {k: str(params[k]) for k in _LOOKUP_KEYS if not _blank(params.get(k))}
    if not criteria:
        raise Rejected("msg.The id field is required when none of name / phone / email / third party id are "
                       "present.")
    state = _state(request)
    with state.lock:
        # No match is an empty list, not an error: the document shows no "not found" answer.
        return answer([c for c in state._clients if _lookup_matches(c, criteria)])


_PROPERTY_KEYS = frozenset(("id", "created_at", "updated_at", *CLIENT_FIELDS))


async def _pull_client_by_other_properties(request: Request) -> Response:
    params = await parameters(request)
    params.pop("language", None)
    unknown = sorted(k for k in params if k not in _PROPERTY_KEYS)
    if unknown:
        raise Rejected(f"msg.The selected property {unknown[0]} is invalid.")
    if not params:
        raise Rejected("msg.At least one client property is required.")
    state = _state(request)
    with state.lock:
        return answer([c for c in state._clients if _property_matches(c, params)])


async def _push_wo(request: Request) -> Response:
    state = _state(request)
    body = await json_body(request)
    with state.lock:
        order = state.work_orders.push(body, _now())
        state.save()
    return answer(order)


async def _get_wo(request: Request) -> Response:
    state = _state(request)
    params = await parameters(request)
    with state.lock:
        order = dict(state.work_orders.find(params))
    return answer(order, message="Work order retrieved successfully.")


async def _delete_wo(request: Request) -> Response:
    state = _state(request)
    params = await parameters(request)
    with state.lock:
        state.work_orders.delete(params)
        state.save()
    return answer(None, message="Work order deleted successfully.")


def create_proplus_app(state: ProPlusState, *, secret_key: str = SANDBOX_SECRET_KEY,
                       latency: float = 0.0, staff: StaffState | None = None,
                       certificates: CertificateBook | None = None) -> Starlette:
    """The Pro+ API over `state`; `app.state.latency` and `app.state.secret_key` can be changed later.
    `certificates`: the certificate book (default: none but those of the work orders that get done)."""
    routes = [
        Route("/expose/push-client", _push_client, methods=["POST"]),
        Route("/expose/pull-client", _pull_client, methods=["GET", "POST"]),
        Route("/expose/pull-client-ha-ca", _pull_client_ha_ca, methods=["GET", "POST"]),
        Route("/expose/pull-client-by-other-properties", _pull_client_by_other_properties,
              methods=["GET", "POST"]),
        Route("/expose/push-wo", _push_wo, methods=["POST"]),
        Route("/expose/get-wo", _get_wo, methods=["GET", "POST"]),
        Route("/expose/delete-wo", _delete_wo, methods=["POST", "DELETE"]),
        *STAFF_ROUTES,
        *CERTIFICATE_ROUTES,
    ]
    app = Starlette(
        routes=routes,
        middleware=[Middleware(Latency), Middleware(RequireKey)],
        exception_handlers=exception_handlers(),
    )
    app.state.proplus = state
    app.state.secret_key = secret_key
    app.state.latency = latency
    app.state.staff = staff if staff is not None else StaffState()
    app.state.certificates = certificates if certificates is not None else CertificateBook()
    return app


# ---------------------------------------------------------------------- technicians and measuring devices
# §14 get-devices, §15 create-technician, §16 get-technician, §19 create-device, §20 link-unlink-device.
# Kept apart from the clients: its own state (and state file beside the clients'), its own routes.

_TECHNICAL_FIELDS = (("authorised_technician", "Authorized technician", "boolean"),
                     ("chimney_sweep", "Chimney Sweep", "boolean"),
                     ("heating_adviser", "Heating Adviser", "checkbox"),
                     ("works_for_oca", "Works for an OCA", "boolean"))
_RECOGNITION_REGIONS = {"1": "Brussels", "2": "Flamish", "3": "Wallonia", "brussels": "Brussels",
                        "flamish": "Flamish", "flemish": "Flamish", "wallonia": "Wallonia"}
_EMAIL = re.compile(r"[^@\s]+@[^@\s]+\.[^@\s.]+")
_SANDBOX_DATE = re.compile(r"\d{4}-\d{1,2}-\d{1,2}|\d{1,2}-\d{1,2}-\d{4}")


class StaffState:
    """Technicians and devices of the simulated Pro+ customer, with the same locking and durable saving as
    ProPlusState. `create_device_count` counts create-device calls that added a device (tests read it)."""

    def __init__(self, path: Path | None = None, technicians: list[JSONDict] | None = None,
                 devices: list[JSONDict] | None = None) -> None:
        self.lock = threading.RLock()
        self.path = Path(path) if path is not None else None
        self.create_device_count = 0
        self.technicians: list[JSONDict] = []
        self.devices: list[JSONDict] = []
        self._counters: dict[str, int] = {}
        if self.path is not None and self.path.exists():
            document = json.loads(self.path.read_text(encoding="utf-8"))
            technicians, devices = document.get("technicians") or [], document.get("devices") or []
            self._counters = {k: int(v) for k, v in (document.get("counters") or {}).items()}
        for technician in technicians or []:
            self.technicians.append(copy.deepcopy(technician))
            self._seen("technician", technician["id"])
            for row in technician.get("technician_technical_informations") or []:
                self._seen("information", row["id"])
            for row in technician.get("technician_recognition_numbers") or []:
                self._seen("recognition", row["id"])
        for device in devices or []:
            self.devices.append(copy.deepcopy(device))
            self._seen("device", device["id"])
            for row in device.get("assigned_technicians") or []:
                self._seen("assignment", row["id"])
        if self.path is not None and not self.path.exists():
            self.save()

    @classmethod
    def for_sandbox(cls, clients_file: Path | None, demo: int | None) -> StaffState:
        """Beside the clients' state file; seeded with the demo technicians and devices unless `demo` is 0."""
        from app.sandbox.demo_data import demo_devices, demo_technicians

        path = clients_file.with_name(clients_file.stem + "-staff.json") if clients_file is not None else None
        if path is not None and path.exists():
            return cls(path)
        seeded = demo != 0
        return cls(path, demo_technicians() if seeded else None, demo_devices() if seeded else None)

    def _seen(self, kind: str, value: object) -> None:
        self._counters[kind] = max(self._counters.get(kind, 0), int(str(value)))

    def _next(self, kind: str) -> int:
        self._counters[kind] = self._counters.get(kind, 0) + 1
        return self._counters[kind]

    def save(self) -> None:
        if self.path is None:
            return
        with self.lock:
            save_state(self.path, _STATE_FORMAT + "-staff", {"version": 1, "counters": self._counters,
                                                              "technicians": self.technicians,
                                                              "devices": self.devices})

    # -- queries
    def find_technician(self, *, id: object = None, external_id: object = None,
                        name: object = None) -> JSONDict | None:
        with self.lock:
            for key, wanted in (("id", id), ("external_id", external_id)):
                if not _blank(wanted):
                    return next((t for t in self.technicians if _same_id(t.get(key), wanted)), None)
            if not _blank(name):
                return next((t for t in self.technicians if _fold(t.get("name")) == _fold(name)), None)
            return None

    def find_device(self, device_id: object) -> JSONDict | None:
        with self.lock:
            return next((d for d in self.devices if _same_id(d.get("id"), device_id)), None)

    # -- writes
    def create_technician(self, body: object) -> JSONDict:
        """§15: add or update by id, else external id; PushRejected with the server's message otherwise."""
        if not isinstance(body, dict):
            raise PushRejected("msg.The request body must be a JSON object.")
        for field in ("external_id", "name", "mobile", "email"):
            if _blank(body.get(field)):
                raise PushRejected(f"msg.The {field} field is required.")
        if not _EMAIL.fullmatch(str(body["email"]).strip()):
            raise PushRejected("msg.The email must be a valid email address.")
        info = body.get("technical_information")
        if not isinstance(info, dict):
            raise PushRejected("msg.The technical information field is required.")
        for key, _name, _kind in _TECHNICAL_FIELDS:
            if info.get(key) in (None, "", []):
                raise PushRejected(f"msg.The technical_information.{key} field is required.")
        certificates = body.get("certificates") or []
        devices = body.get("devices") or []
        if not isinstance(certificates, list) or not isinstance(devices, list):
            raise PushRejected("msg.The certificates must be an array.")
        for index, certificate in enumerate(certificates):
            if not isinstance(certificate, dict) or _fold(certificate.get("region")) not in _RECOGNITION_REGIONS:
                raise PushRejected(f"msg.The selected certificates.{index}.region is invalid.")
        with self.lock:
            for index, item in enumerate(devices):
                if not isinstance(item, dict) or self.find_device(item.get("id")) is None:
                    raise PushRejected(f"msg.The selected devices.{index}.id is invalid.")
            now = _now()
            technician = None
            if not _blank(body.get("id")):
                technician = self.find_technician(id=body["id"])
                if technician is None:
                    raise PushRejected("msg.The selected id is invalid.")
            technician = technician or self.find_technician(external_id=body["external_id"])
            if technician is None:
                technician = {"id": self._next("technician"), "customer_id": 1, "user_id": None, "created_at": now,
                              "technician_technical_informations": [], "technician_recognition_numbers": []}
                self.technicians.append(technician)
            tid = technician["id"]
            technician.update({
                "name": str(body["name"]), "mobile": str(body["mobile"]), "email": str(body["email"]),
                "status": _fold(body.get("status", "1")) in ("1", "true"), "updated_at": now,
                "wo_status": str(body.get("wo_status") or technician.get("wo_status") or "1"),
                "external_id": str(body["external_id"]), "can_technician_send_email": None,
                "can_send_to_brussels": None, "identification_number": technician.get("identification_number")})
            technician["technician_technical_informations"] = [
                {"id": self._next("information"), "technician_id": tid, "field_name": name, "field_type": kind,
                 # Stored as text, lists as JSON in text, as §15.3.2 shows.
                 "field_value": json.dumps(info[key]) if isinstance(info[key], list) else str(info[key]),
                 "created_at": None, "updated_at": None}
                for key, name, kind in _TECHNICAL_FIELDS]
            if "certificates" in body:
                technician["technician_recognition_numbers"] = [
                    {"id": self._next("recognition"), "technician_id": tid,
                     "region": _RECOGNITION_REGIONS[_fold(c["region"])], "type": str(c.get("type")),
                     "number": str(c.get("number")), "created_at": now, "updated_at": now} for c in certificates]
            for item in devices:
                if _fold(item.get("action")) in ("add", "associate"):
                    self._link(item["id"], tid, now)
                elif _fold(item.get("action")) == "remove":
                    self._unlink(item["id"], tid, now)
            self.save()
            return copy.deepcopy(technician)

    def create_device(self, body: object) -> None:
        """§19: validates and adds a device (the real server adds one per call, even the same serial twice)."""
        if not isinstance(body, dict):
            raise PushRejected("msg.The request body must be a JSON object.")
        for field in ("device_group", "type", "serial_number", "purchase_date", "mfg_date"):
            if _blank(body.get(field)):
                raise PushRejected(f"msg.The {field} field is required.")
        if str(body["device_group"]).strip() not in ("1", "2"):
            raise PushRejected("msg.The selected device group is invalid.")
        if str(body["type"]).strip() not in ("1", "2", "3"):
            raise PushRejected("msg.The selected type is invalid.")
        for field in ("purchase_date", "mfg_date"):
            if not _SANDBOX_DATE.fullmatch(str(body[field]).strip()):
                raise PushRejected(f"msg.The {field} is not a valid date.")
        with self.lock:
            now = _now()
            self.devices.append({
                "id": self._next("device"), "customer_id": 1, "type": str(body["type"]).strip(),
                "device_group": int(str(body["device_group"]).strip()), "serial_number": str(body["serial_number"]),
                "purchase_date": str(body["purchase_date"]), "mfg_date": str(body["mfg_date"]), "status": 1,
                "created_at": now, "updated_at": now, "assigned_technicians": []})
            self.create_device_count += 1
            self.save()

    def link_unlink(self, body: object) -> str:
        """§20; returns the success message. Linking a linked device changes nothing; unlinking one that is not
        linked is refused (the real server's answer to it is not documented)."""
        if not isinstance(body, dict):
            raise PushRejected("msg.The request body must be a JSON object.")
        for field in ("device_id", "technician_id", "action"):
            if _blank(body.get(field)):
                raise PushRejected(f"msg.The {field} field is required.")
        action = _fold(body["action"])
        if action not in ("link", "unlink"):
            raise PushRejected("msg.The selected action is invalid.")
        with self.lock:
            device = self.find_device(body["device_id"])
            technician = self.find_technician(id=body["technician_id"])
            if device is None:
                raise PushRejected("msg.The selected device id is invalid.")
            if technician is None:
                raise PushRejected("msg.The selected technician id is invalid.")
            now = _now()
            if action == "link":
                self._link(device["id"], technician["id"], now)
            elif not self._unlink(device["id"], technician["id"], now):
                raise PushRejected("msg.Device is not linked to this technician.")
            self.save()
        return "msg.Device linked successfully." if action == "link" else "msg.Device unlinked successfully."

    def _link(self, device_id: object, technician_id: int, now: str) -> None:
        device = self.find_device(device_id)
        assert device is not None
        rows = device.setdefault("assigned_technicians", [])
        if any(r["technician_id"] == technician_id and r.get("removed_on") is None for r in rows):
            return
        rows.append({"id": self._next("assignment"), "device_id": device["id"], "technician_id": technician_id,
                     "associated_on": now, "removed_on": None, "created_at": now, "updated_at": now})

    def _unlink(self, device_id: object, technician_id: int, now: str) -> bool:
        device = self.find_device(device_id)
        assert device is not None
        for row in device.get("assigned_technicians") or []:
            if row["technician_id"] == technician_id and row.get("removed_on") is None:
                row["removed_on"] = row["updated_at"] = now
                return True
        return False


def _staff(request: Request) -> StaffState:
    staff: StaffState = request.app.state.staff
    return staff


async def _get_devices(request: Request) -> Response:
    await json_body(request)  # none is needed, but one that is not JSON is refused as for every call
    with _staff(request).lock:
        return answer(_staff(request).devices, message="msg.Devices retrieved successfully.")


async def _create_technician(request: Request) -> Response:
    return answer(_staff(request).create_technician(await json_body(request)),
                  message="msg.Technician created successfully.")


async def _get_technician(request: Request) -> Response:
    body = await json_body(request)
    given = body if isinstance(body, dict) else dict(request.query_params)
    if all(_blank(given.get(k)) for k in ("id", "external_id", "external_name")):
        raise PushRejected("msg.The id field is required when none of external id / external name are present.")
    found = _staff(request).find_technician(id=given.get("id"), external_id=given.get("external_id"),
                                            name=given.get("external_name"))
    if found is None:
        raise PushRejected("msg.Technician not found.")
    return answer(copy.deepcopy(found), message="msg.Technician retrieved successfully.")


# The documented answer of create-device (§19.2.2) is a client record, not the device; the simulator answers
# the same way (a fictional client), so FieldDesk is tested against not trusting it.
_CREATE_DEVICE_ANSWER: JSONDict = {
    "id": 80300, "name": "Demo Installateur", "region": "2", "brussels_type_1": "", "brussels_type_2": "",
    "street": "", "city": "Gent", "postal_code": "9000", "contact_person": "", "fax": "", "phone": "+32 9 555 00 00",
    "email": "office@example.be", "region_type": "", "region_preciser": "", "region_enterprise_name": "",
    "region_company_name": "", "region_kbo": "", "status": "1", "address": "Kerkstraat 1", "wallonia_type": "",
    "created_at": "2021-11-19 17:28:14", "updated_at": "2021-11-19 17:28:14", "heating_appliance": [],
    "cooling_appliance": []}


async def _create_device(request: Request) -> Response:
    _staff(request).create_device(await json_body(request))
    return answer([_CREATE_DEVICE_ANSWER])


async def _link_unlink_device(request: Request) -> Response:
    return answer([], message=_staff(request).link_unlink(await json_body(request)))


STAFF_ROUTES = [
    Route("/expose/get-devices", _get_devices, methods=["GET", "POST"]),
    Route("/expose/create-technician", _create_technician, methods=["POST"]),
    Route("/expose/get-technician", _get_technician, methods=["GET", "POST"]),
    Route("/expose/get-technician/", _get_technician, methods=["GET", "POST"]),  # §16.2.1 has the slash
    Route("/expose/create-device", _create_device, methods=["POST"]),
    Route("/expose/link-unlink-device", _link_unlink_device, methods=["POST"]),
]


#: The configuration values that reach this simulator in the sandbox profile (the registry reads them).
SANDBOX_CONFIG = {"BASE_URL": "http://proplus.sandbox", "SECRET_KEY": SANDBOX_SECRET_KEY,
                  "WEBHOOK_SECRET": "sandbox-webhook-demo"}


def sandbox_app(state_file: Path | None, *, latency: float = 0.0, secret: str | None = None,
                demo: int | None = None) -> ASGIApp:
    """The registry's entry point: the simulator with its state in `state_file` (loaded when it exists, else
    seeded with `demo` fictional clients, the standard demo set when None)."""
    from app.sandbox.demo_data import demo_clients
    from app.sandbox.proplus_certificates import CertificateBook

    if state_file is not None and state_file.exists():
        state = ProPlusState(state_file)
    else:
        if state_file is not None:
            state_file.parent.mkdir(parents=True, exist_ok=True)
        seed = demo_clients() if demo is None else (demo_clients(demo) if demo else None)
        state = ProPlusState(state_file, clients=seed)
        if demo is None:
            state.seed_work_orders()
    return create_proplus_app(state, secret_key=secret or SANDBOX_SECRET_KEY, latency=latency,
                              staff=StaffState.for_sandbox(state_file, demo),
                              certificates=CertificateBook.for_sandbox(state_file, demo, state.all_clients))
