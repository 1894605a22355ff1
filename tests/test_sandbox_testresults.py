"""The testresults.io simulator behaves as the vendor document describes: active and archived customers, details
with user groups, create/update/delete with ASP.NET-style errors, optimistic concurrency on DataVersion, a state
file that survives a restart, and no 500 whatever the body."""

from __future__ import annotations

import asyncio
import base64
import json
import re
import uuid
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from starlette.types import ASGIApp

from app.sandbox import testresults as sim

BASE_URL = "http://testresults.sandbox"
AUTH = {"Authentication": sim.SANDBOX_TOKEN}
FIELDS = {"Name", "AccountNumber", "Address", "CostCenter", "Currency", "Tax", "Discounts", "MinimumConsumptionInH",
          "DueDays", "TechnicalName", "Subdomain", "Appliances", "DataVersion", "Archived", "Id"}
DETAIL_FIELDS = FIELDS | {"UserGroups"}
ACTIVE_ID = str(uuid.UUID(int=0x7E57_0000_0000_4000_8000_0000_0000_0001))  # Chauffage Liégeois Orvelle SRL
UNKNOWN_ID = "00000000-0000-0000-0000-00000000dead"

Call = Callable[[httpx.AsyncClient], Awaitable[Any]]


def fresh() -> sim.TestresultsState:
    return sim.TestresultsState(None, sim.demo_customers())


def run(app: ASGIApp, call: Call, *, headers: dict[str, str] | None = None) -> Any:
    """Run `call` against the in-process `app`, closing the client afterwards."""

    async def main() -> Any:
        async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url=BASE_URL,
                                     headers=AUTH if headers is None else headers) as client:
            return await call(client)

    return asyncio.run(main())


def send(state: sim.TestresultsState, method: str, path: str, body: object = None, *, raw: bytes | None = None,
         headers: dict[str, str] | None = None) -> httpx.Response:
    """One request to a simulator over `state`; `body` goes as JSON unless `raw` is given."""

    async def call(client: httpx.AsyncClient) -> httpx.Response:
        if raw is not None:
            return await client.request(method, path, content=raw, headers={"Content-Type": "application/json"})
        if body is None:
            return await client.request(method, path)
        return await client.request(method, path, json=body)

    response: httpx.Response = run(sim.create_testresults_app(state), call, headers=headers)
    return response


def listed(state: sim.TestresultsState, which: str = "") -> list[dict[str, Any]]:
    response = send(state, "GET", sim.PREFIX + which)
    assert response.status_code == 200
    customers: list[dict[str, Any]] = response.json()
    return customers


def one(state: sim.TestresultsState, customer_id: str) -> dict[str, Any]:
    response = send(state, "GET", f"{sim.PREFIX}/{customer_id}")
    assert response.status_code == 200
    customer: dict[str, Any] = response.json()
    return customer


def counter(version: str) -> int:
    raw = base64.b64decode(version, validate=True)
    assert len(raw) == 8
    return int.from_bytes(raw, "big")


def all_versions(state: sim.TestresultsState) -> set[int]:
    return {counter(c["DataVersion"]) for c in listed(state) + listed(state, "/archive")}


# ---------------------------------------------------------------------- demo data


def test_demo_customers_are_fictional_complete_and_documented() -> None:
    customers = sim.demo_customers()
    assert len(customers) == 14
    assert all(set(c) == FIELDS for c in customers)
    assert len({c["Id"] for c in customers}) == 14 and all(uuid.UUID(c["Id"]) for c in customers)
    assert len({c["DataVersion"] for c in customers}) == 14
    assert sum(c["Archived"] for c in customers) == 3
    assert all(isinstance(c["Archived"], bool) for c in customers)
    assert any(not c["Name"].isascii() for c in customers)
    assert any(c["Address"] is None and c["AccountNumber"] is None for c in customers)
    assert {c["Currency"] for c in customers} == {"EUR", "CHF", "GBP"}
    assert sum(c["Currency"] == "EUR" for c in customers) > 7
    for c in customers:
        assert re.fullmatch(sim.SUBDOMAIN_PATTERN, c["Subdomain"]), c["Subdomain"]
        assert c["TechnicalName"] == c["TechnicalName"].lower() and " " not in c["TechnicalName"]
        assert isinstance(c["Tax"], int) and isinstance(c["DueDays"], int)
        assert isinstance(c["MinimumConsumptionInH"], int)
        assert c["Address"] is None or len(c["Address"].split(";")) == 4
        assert c["Appliances"] is None or all(re.fullmatch(r"[^:,]+:[a-z0-9-]+", a)
                                              for a in c["Appliances"].split(","))
        counter(c["DataVersion"])
    # Fictional: no e-mail addresses, no phone numbers.
    text = json.dumps(customers, ensure_ascii=False)
    assert "@" not in text and not re.search(r"\+\d{2}", text)
    assert customers == sim.demo_customers(), "deterministic"


# ---------------------------------------------------------------------- reading


def test_active_and_archive_are_disjoint_and_cover_all_fourteen() -> None:
    state = fresh()
    active, archived = listed(state), listed(state, "/archive")
    assert len(active) == 11 and len(archived) == 3
    assert not {c["Id"] for c in active} & {c["Id"] for c in archived}
    assert {c["Id"] for c in active} | {c["Id"] for c in archived} == {c["Id"] for c in sim.demo_customers()}
    assert all(c["Archived"] is False for c in active) and all(c["Archived"] is True for c in archived)
    assert all(set(c) == FIELDS for c in active + archived)
    assert listed(state, "/") == active and listed(state, "/archive/") == archived


def test_one_customer_has_its_details_and_a_user_group() -> None:
    state = fresh()
    customer = one(state, ACTIVE_ID)
    assert set(customer) == DETAIL_FIELDS
    assert customer["Name"] == "Chauffage Liégeois Orvelle SRL"
    [group] = customer["UserGroups"]
    assert set(group) == {"Name", "Description", "UsagePermission", "DataVersion", "Archived", "Id"}
    assert group["DataVersion"] is None and group["Archived"] is False and uuid.UUID(group["Id"])
    assert one(state, ACTIVE_ID + "/") == customer
    archived_id = listed(state, "/archive")[0]["Id"]
    assert one(state, archived_id)["Archived"] is True


def test_an_unknown_customer_is_404() -> None:
    state = fresh()
    for method, body in (("GET", None), ("DELETE", None), ("PUT", {"DataVersion": "AAAAAAAAAAE="})):
        response = send(state, method, f"{sim.PREFIX}/{UNKNOWN_ID}", body)
        assert response.status_code == 404, method
        assert response.json() == {"Message": "Customer not found."}
    assert len(listed(state)) == 11


# ---------------------------------------------------------------------- authentication


@pytest.mark.parametrize("headers", [{}, {"Authentication": "wrong"}, {"Authentication": ""},
                                     {"Authentication": sim.SANDBOX_TOKEN + " "},
                                     {"Authorization": sim.SANDBOX_TOKEN}])
def test_a_missing_or_wrong_token_is_401_and_changes_nothing(headers: dict[str, str]) -> None:
    state = fresh()
    before = json.dumps(state.customers)
    version = sim.demo_customers()[0]["DataVersion"]
    requests: list[tuple[str, str, object]] = [
        ("GET", sim.PREFIX, None), ("GET", sim.PREFIX + "/archive", None), ("GET", f"{sim.PREFIX}/{ACTIVE_ID}", None),
        ("POST", sim.PREFIX, {"Name": "Intruder", "Subdomain": "intruder"}),
        ("PUT", f"{sim.PREFIX}/{ACTIVE_ID}", {"Name": "Intruder", "DataVersion": version}),
        ("DELETE", f"{sim.PREFIX}/{ACTIVE_ID}", None), ("GET", f"{sim.PREFIX}/{UNKNOWN_ID}", None)]
    for method, path, body in requests:
        response = send(state, method, path, body, headers=headers)
        assert response.status_code == 401, (method, path)
        assert response.json() == {"Message": "Authorization has been denied for this request."}
    assert json.dumps(state.customers) == before


def test_a_custom_token_replaces_the_sandbox_one() -> None:
    app = sim.sandbox_app(None, secret="s3cret")

    async def call(client: httpx.AsyncClient) -> tuple[int, int]:
        good = await client.get(sim.PREFIX, headers={"Authentication": "s3cret"})
        old = await client.get(sim.PREFIX, headers={"Authentication": sim.SANDBOX_TOKEN})
        return good.status_code, old.status_code

    assert run(app, call) == (200, 401)


# ---------------------------------------------------------------------- create


def test_create_answers_the_new_customer_with_defaults_and_the_next_data_version() -> None:
    state = fresh()
    highest = max(all_versions(state))
    response = send(state, "POST", sim.PREFIX, {"Name": "Nouvelle Chaleur Virelle SRL", "Subdomain": "virelle",
                                                "Appliances": "Atelier:atelier01,ttt"})
    assert response.status_code == 200
    made = response.json()
    assert list(made) == ["UserGroups", *sim.FIELDS]
    assert made == {"UserGroups": [], "Name": "Nouvelle Chaleur Virelle SRL", "AccountNumber": None, "Address": None,
                    "CostCenter": None, "Currency": "CHF", "Tax": 770, "Discounts": None,
                    "MinimumConsumptionInH": 40, "DueDays": 30, "TechnicalName": None, "Subdomain": "virelle",
                    "Appliances": "Atelier:atelier01,ttt", "DataVersion": made["DataVersion"], "Archived": False,
                    "Id": made["Id"]}
    assert uuid.UUID(made["Id"]).version == 4
    assert counter(made["DataVersion"]) == highest + 1
    active = listed(state)
    assert len(active) == 12 and {k: v for k, v in made.items() if k != "UserGroups"} in active
    assert one(state, made["Id"]) == made
    second = send(state, "POST", sim.PREFIX + "/", {"Name": "Second", "Subdomain": "second"}).json()
    assert counter(second["DataVersion"]) == highest + 2 and second["Id"] != made["Id"]


def test_create_keeps_valid_optional_fields_and_ignores_the_rest() -> None:
    state = fresh()
    body = {"Name": "Kelvara Koeltechniek BV", "Subdomain": "kelvara", "Appliances": None,
            "AccountNumber": "FD-BE-0099", "Address": "Kelvara Koeltechniek BV;Vriesweg 2;8000 Brugge;België",
            "CostCenter": "SVC-VL", "Currency": "EUR", "Tax": 2100, "DueDays": 0, "MinimumConsumptionInH": 0,
            "Discounts": "2% early payment",
            # Not writable or not documented: ignored.
            "Id": UNKNOWN_ID, "DataVersion": "AAAAAAAAAAE=", "TechnicalName": "x", "Archived": True,
            "UserGroups": [{"Name": "admins"}], "Colour": "blue"}
    made = send(state, "POST", sim.PREFIX, body).json()
    for field in ("Name", "Subdomain", "Appliances", "AccountNumber", "Address", "CostCenter", "Currency", "Tax",
                  "DueDays", "MinimumConsumptionInH", "Discounts"):
        assert made[field] == body[field], field
    assert made["Id"] != UNKNOWN_ID and made["DataVersion"] != "AAAAAAAAAAE="
    assert made["TechnicalName"] is None and made["Archived"] is False and made["UserGroups"] == []
    assert "Colour" not in made and made["Id"] in {c["Id"] for c in listed(state)}


def test_create_with_bad_fields_is_400_naming_each_field() -> None:
    state = fresh()
    response = send(state, "POST", sim.PREFIX, {
        "Name": "x" * 101, "Subdomain": "Bad_Sub", "Appliances": "a" * 1001, "AccountNumber": 5,
        "Address": ["a"], "CostCenter": {}, "Discounts": False, "Currency": "eur", "Tax": 10_001, "DueDays": 366,
        "MinimumConsumptionInH": -1})
    assert response.status_code == 400
    answer = response.json()
    assert answer["Message"] == "The request is invalid."
    assert set(answer["ModelState"]) == {f"customer.{f}" for f in (
        "Name", "Subdomain", "Appliances", "AccountNumber", "Address", "CostCenter", "Discounts", "Currency", "Tax",
        "DueDays", "MinimumConsumptionInH")}
    problems = answer["ModelState"]
    assert problems["customer.Name"] == ["The field Name must be a string with a maximum length of 100."]
    assert problems["customer.Tax"] == ["The field Tax must be between 0 and 10000."]
    assert problems["customer.Subdomain"] == [
        "The field Subdomain must match the regular expression '^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$'."]
    assert all(isinstance(m, list) and all(isinstance(s, str) for s in m) for m in problems.values())
    assert len(listed(state)) == 11 and len(listed(state, "/archive")) == 3


@pytest.mark.parametrize(("body", "fields"), [
    ({}, {"Name", "Subdomain"}),
    ({"Name": "   ", "Subdomain": ""}, {"Name", "Subdomain"}),
    ({"Name": None, "Subdomain": None}, {"Name", "Subdomain"}),
    ({"Name": "Ok", "Subdomain": "-edge"}, {"Subdomain"}),
    ({"Name": "Ok", "Subdomain": "edge-"}, {"Subdomain"}),
    ({"Name": "Ok", "Subdomain": "ok\n"}, {"Subdomain"}),
    ({"Name": "Ok", "Subdomain": "a" * 64}, {"Subdomain"}),
    ({"Name": 12, "Subdomain": "ok"}, {"Name"}),
    ({"Name": "Ok", "Subdomain": "ok", "Tax": True, "DueDays": 3.0, "MinimumConsumptionInH": "40"},
     {"Tax", "DueDays", "MinimumConsumptionInH"}),
    ({"Name": "Ok", "Subdomain": "ok", "Currency": None, "Tax": None}, {"Currency", "Tax"}),
    ({"Name": "Ok", "Subdomain": "ok", "Currency": "EURO"}, {"Currency"}),
    ({"Name": "Ok", "Subdomain": "ok", "Appliances": 3}, {"Appliances"}),
])
def test_each_broken_rule_is_named(body: dict[str, Any], fields: set[str]) -> None:
    response = send(fresh(), "POST", sim.PREFIX, body)
    assert response.status_code == 400
    assert set(response.json()["ModelState"]) == {f"customer.{f}" for f in fields}


def test_rules_at_their_limits_pass() -> None:
    state = fresh()
    made = send(state, "POST", sim.PREFIX, {"Name": "é" * 100, "Subdomain": "a" + "-" * 61 + "z",
                                            "Appliances": "b" * 1000, "Tax": 10_000, "DueDays": 365})
    assert made.status_code == 200, made.text
    assert send(state, "POST", sim.PREFIX, {"Name": "A", "Subdomain": "0"}).status_code == 200


@pytest.mark.parametrize("raw", [b"", b"{", b"not json", b"[]", b'"customer"', b"null", b"3", b"\xff\xfe{",
                                 b"[" * 100_000, b'{"Name": "\\ud800", "Subdomain": "ok"}'])
def test_a_body_that_is_not_a_json_object_is_400(raw: bytes) -> None:
    state = fresh()
    for method, path in (("POST", sim.PREFIX), ("PUT", f"{sim.PREFIX}/{ACTIVE_ID}")):
        response = send(state, method, path, raw=raw)
        assert response.status_code == 400, (method, raw[:20])
        answer = response.json()
        assert answer["Message"] == "The request is invalid." and answer["ModelState"]
    assert state.customers == sim.demo_customers()


# ---------------------------------------------------------------------- update


def test_update_with_the_current_data_version_applies_and_stamps_a_new_one() -> None:
    state = fresh()
    before = one(state, ACTIVE_ID)
    highest = max(all_versions(state))
    response = send(state, "PUT", f"{sim.PREFIX}/{ACTIVE_ID}", {
        "Name": "Chauffage Liégeois Orvelle & Fils SRL", "Appliances": None, "DueDays": 60,
        "DataVersion": before["DataVersion"], "Id": UNKNOWN_ID, "TechnicalName": "ignored"})
    assert response.status_code == 200
    after = response.json()
    assert set(after) == DETAIL_FIELDS and after["UserGroups"] == before["UserGroups"]
    assert counter(after["DataVersion"]) == highest + 1
    assert after["Name"] == "Chauffage Liégeois Orvelle & Fils SRL" and after["Appliances"] is None
    assert after["DueDays"] == 60
    unchanged = {k for k in FIELDS if k not in ("Name", "Appliances", "DueDays", "DataVersion")}
    assert {k: after[k] for k in unchanged} == {k: before[k] for k in unchanged}, "absent fields keep their values"
    assert one(state, ACTIVE_ID) == after


def test_update_with_a_stale_data_version_is_409_and_changes_nothing() -> None:
    state = fresh()
    before = one(state, ACTIVE_ID)
    first = send(state, "PUT", f"{sim.PREFIX}/{ACTIVE_ID}", {"Name": "First", "DataVersion": before["DataVersion"]})
    assert first.status_code == 200
    snapshot = json.dumps([state.customers, state.version])
    stale = send(state, "PUT", f"{sim.PREFIX}/{ACTIVE_ID}", {"Name": "Second", "DataVersion": before["DataVersion"]})
    assert stale.status_code == 409
    assert stale.json() == {"Message": "The customer was changed by someone else. Reload it and try again."}
    assert json.dumps([state.customers, state.version]) == snapshot
    assert one(state, ACTIVE_ID)["Name"] == "First"


def test_an_edit_elsewhere_makes_the_old_data_version_conflict() -> None:
    state = fresh()
    mine = one(state, ACTIVE_ID)
    theirs = state.edit_elsewhere(ACTIVE_ID, CostCenter="SVC-EAST", Archived=False)
    assert set(theirs) == FIELDS and theirs["CostCenter"] == "SVC-EAST"
    assert counter(theirs["DataVersion"]) > counter(mine["DataVersion"])
    response = send(state, "PUT", f"{sim.PREFIX}/{ACTIVE_ID}", {"Name": "Mine", "DataVersion": mine["DataVersion"]})
    assert response.status_code == 409
    reloaded = one(state, ACTIVE_ID)
    assert reloaded["Name"] == mine["Name"] and reloaded["CostCenter"] == "SVC-EAST"
    retried = send(state, "PUT", f"{sim.PREFIX}/{ACTIVE_ID}", {"Name": "Mine", "DataVersion": reloaded["DataVersion"]})
    assert retried.status_code == 200 and retried.json()["CostCenter"] == "SVC-EAST"


def test_edit_elsewhere_refuses_unknown_customers_and_fields() -> None:
    state = fresh()
    with pytest.raises(KeyError):
        state.edit_elsewhere(UNKNOWN_ID, Name="x")
    for field in ("Id", "DataVersion", "Colour"):
        with pytest.raises(ValueError, match=field):
            state.edit_elsewhere(ACTIVE_ID, **{field: "x"})
    assert state.customers == sim.demo_customers()


def test_edit_elsewhere_saves(tmp_path: Path) -> None:
    path = tmp_path / "testresults.json"
    sim.sandbox_app(path)
    state = sim.TestresultsState(path)
    edited = state.edit_elsewhere(ACTIVE_ID, Name="Renamed elsewhere")
    assert sim.TestresultsState(path).find(ACTIVE_ID) == edited


@pytest.mark.parametrize(("body", "fields"), [
    ({"Name": "No version"}, {"DataVersion"}),
    ({"Name": "Null version", "DataVersion": None}, {"DataVersion"}),
    ({"DataVersion": 7}, {"DataVersion"}),
    ({"DataVersion": ""}, {"DataVersion"}),
    ({"Name": "", "Subdomain": "UPPER", "Archived": "yes", "Tax": -1}, {"Name", "Subdomain", "Archived", "Tax",
                                                                       "DataVersion"}),
    ({"Archived": 1, "Appliances": ["x"], "Currency": "chf", "DataVersion": "current"},
     {"Archived", "Appliances", "Currency"}),
])
def test_update_with_bad_fields_is_400_naming_each_field(body: dict[str, Any], fields: set[str]) -> None:
    state = fresh()
    if body.get("DataVersion") == "current":
        body = {**body, "DataVersion": one(state, ACTIVE_ID)["DataVersion"]}
    response = send(state, "PUT", f"{sim.PREFIX}/{ACTIVE_ID}", body)
    assert response.status_code == 400
    answer = response.json()
    assert answer["Message"] == "The request is invalid."
    assert set(answer["ModelState"]) == {f"customer.{f}" for f in fields}
    assert state.customers == sim.demo_customers()


def test_archiving_with_put_moves_a_customer_to_the_archive_and_back() -> None:
    state = fresh()
    current = one(state, ACTIVE_ID)
    archived = send(state, "PUT", f"{sim.PREFIX}/{ACTIVE_ID}/", {"Archived": True,
                                                                "DataVersion": current["DataVersion"]}).json()
    assert archived["Archived"] is True
    assert ACTIVE_ID not in {c["Id"] for c in listed(state)}
    assert ACTIVE_ID in {c["Id"] for c in listed(state, "/archive")}
    assert len(listed(state)) == 10 and len(listed(state, "/archive")) == 4
    back = send(state, "PUT", f"{sim.PREFIX}/{ACTIVE_ID}", {"Archived": False,
                                                           "DataVersion": archived["DataVersion"]})
    assert back.status_code == 200
    assert ACTIVE_ID in {c["Id"] for c in listed(state)} and len(listed(state, "/archive")) == 3


# ---------------------------------------------------------------------- delete


def test_delete_answers_an_empty_200_then_the_customer_is_gone() -> None:
    state = fresh()
    response = send(state, "DELETE", f"{sim.PREFIX}/{ACTIVE_ID}")
    assert response.status_code == 200 and response.content == b""
    assert response.headers["content-length"] == "0"
    assert send(state, "GET", f"{sim.PREFIX}/{ACTIVE_ID}").status_code == 404
    assert ACTIVE_ID not in {c["Id"] for c in listed(state) + listed(state, "/archive")}
    assert send(state, "DELETE", f"{sim.PREFIX}/{ACTIVE_ID}/").status_code == 404
    archived_id = listed(state, "/archive")[0]["Id"]
    assert send(state, "DELETE", f"{sim.PREFIX}/{archived_id}").status_code == 200
    assert len(listed(state)) == 10 and len(listed(state, "/archive")) == 2


# ---------------------------------------------------------------------- state file


def test_state_survives_a_restart_from_the_state_file(tmp_path: Path) -> None:
    path = tmp_path / "sandbox" / "testresults.json"

    async def writes(client: httpx.AsyncClient) -> dict[str, Any]:
        made = (await client.post(sim.PREFIX, json={"Name": "Persisted Thermique SRL", "Subdomain": "persisted"}))
        current = (await client.get(f"{sim.PREFIX}/{ACTIVE_ID}")).json()
        await client.put(f"{sim.PREFIX}/{ACTIVE_ID}", json={"Archived": True, "DataVersion": current["DataVersion"]})
        await client.delete(f"{sim.PREFIX}/{sim.demo_customers()[1]['Id']}")
        answer: dict[str, Any] = made.json()
        return answer

    async def reads(client: httpx.AsyncClient) -> tuple[Any, Any, Any]:
        return ((await client.get(sim.PREFIX)).json(), (await client.get(sim.PREFIX + "/archive")).json(),
                (await client.get(f"{sim.PREFIX}/{ACTIVE_ID}")).json())

    made = run(sim.sandbox_app(path), writes)
    assert json.loads(path.read_text(encoding="utf-8"))["format"] == "fielddesk-testresults-sandbox"
    before = run(sim.sandbox_app(path), reads)
    after = run(sim.sandbox_app(path, demo=0), reads)  # an existing file wins over demo=0
    assert before == after
    active, archived, details = after
    assert made["Id"] in {c["Id"] for c in active} and len(active) == 10 and len(archived) == 4
    assert details["Archived"] is True and details["UserGroups"]

    async def again(client: httpx.AsyncClient) -> dict[str, Any]:
        answer: dict[str, Any] = (await client.post(sim.PREFIX, json={"Name": "Later", "Subdomain": "later"})).json()
        return answer

    later = run(sim.sandbox_app(path), again)
    assert counter(later["DataVersion"]) == counter(details["DataVersion"]) + 1, "the counter survives too"


def test_a_new_state_file_is_written_at_once_and_demo_zero_starts_empty(tmp_path: Path) -> None:
    path = tmp_path / "testresults.json"
    sim.sandbox_app(path)
    assert len(json.loads(path.read_text(encoding="utf-8"))["customers"]) == 14
    empty = tmp_path / "empty.json"
    state = sim.TestresultsState(None, [])
    assert listed(state) == [] and listed(state, "/archive") == []
    sim.sandbox_app(empty, demo=0)
    assert json.loads(empty.read_text(encoding="utf-8"))["customers"] == []


def test_a_foreign_state_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "other.json"
    path.write_text('{"format": "fielddesk-podero-sandbox", "pumps": []}', encoding="utf-8")
    with pytest.raises(ValueError, match="fielddesk-testresults-sandbox"):
        sim.sandbox_app(path)


def test_app_state_is_set_as_the_other_simulators_do() -> None:
    state = fresh()
    app = sim.create_testresults_app(state, token="t", latency=0.25)
    assert app.state.testresults is state and app.state.token == "t" and app.state.latency == 0.25
    assert sim.SANDBOX_CONFIG == {"BASE_URL": "http://testresults.sandbox", "TOKEN": "sandbox-testresults"}


# ---------------------------------------------------------------------- hostile bodies

_scalars = (st.none() | st.booleans() | st.integers(-(10**20), 10**20) | st.text(max_size=12) | st.floats()
            | st.sampled_from(["", " ", "ok", "a-b", "EUR", "AAAAAAAAAAE=", "x" * 101, "y" * 1001]))
_values = st.recursive(_scalars, lambda inner: st.lists(inner, max_size=3)
                       | st.dictionaries(st.text(max_size=8), inner, max_size=4), max_leaves=12)
_keys = st.sampled_from([*sim.FIELDS, "UserGroups", "customer"]) | st.text(max_size=8)
_bodies = st.dictionaries(_keys, _values, max_size=8) | _values


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(body=_bodies, with_base=st.booleans(), with_version=st.booleans())
def test_a_hostile_body_never_gives_a_500(body: Any, with_base: bool, with_version: bool) -> None:
    state = fresh()
    current = state.find(ACTIVE_ID)
    assert current is not None
    if with_base and isinstance(body, dict):  # a valid Name and Subdomain unless the body overrides them
        body = {"Name": "Hostile Heating Ltd", "Subdomain": "hostile", **body}
    put_body = {**body, "DataVersion": current["DataVersion"]} if with_version and isinstance(body, dict) else body
    raw = {"post": json.dumps(body).encode(), "put": json.dumps(put_body).encode()}  # NaN/Infinity too

    async def call(client: httpx.AsyncClient) -> list[httpx.Response]:
        headers = {"Content-Type": "application/json"}
        return [await client.post(sim.PREFIX, content=raw["post"], headers=headers),
                await client.put(f"{sim.PREFIX}/{ACTIVE_ID}", content=raw["put"], headers=headers),
                await client.get(sim.PREFIX), await client.get(sim.PREFIX + "/archive"),
                await client.get(f"{sim.PREFIX}/{ACTIVE_ID}")]

    created, updated, *reads = run(sim.create_testresults_app(state), call)
    assert created.status_code in (200, 400), created.text
    assert updated.status_code in (200, 400, 409), updated.text
    for response in (created, updated):
        answer = response.json()
        if response.status_code == 400:
            assert answer["Message"] == "The request is invalid." and answer["ModelState"]
        elif response.status_code == 200:
            assert set(answer) == DETAIL_FIELDS
    assert all(r.status_code == 200 for r in reads)
    active, archived, details = (r.json() for r in reads)
    assert len(active) + len(archived) == 14 + (created.status_code == 200)
    assert all(set(c) == FIELDS for c in active + archived)
    if updated.status_code != 200:  # refused: nothing changed
        assert {k: details[k] for k in FIELDS} == sim.demo_customers()[0]
