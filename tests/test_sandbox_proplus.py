"""The Pro+ simulator behaves as the vendor document describes, and its demo data is fictional and complete."""

from __future__ import annotations

import asyncio
import json
import subprocess
import sys
import threading
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

import httpx
import pytest

from app.domain.regions import Region, normalise_region
from app.sandbox.demo_data import bulk_clients, demo_clients
from app.sandbox.proplus import SANDBOX_SECRET_KEY, ProPlusState, create_proplus_app
from app.sandbox.server import serve_in_thread

BASE_URL = "http://proplus.sandbox"
AUTH = {"X-expose-secret-key": SANDBOX_SECRET_KEY}

Call = Callable[[httpx.AsyncClient], Awaitable[Any]]


def run(state: ProPlusState, call: Call, **app_options: Any) -> Any:
    """Run `call` against an in-process simulator over `state`, closing the client afterwards."""

    async def main() -> Any:
        app = create_proplus_app(state, **app_options)
        async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url=BASE_URL,
                                     headers=AUTH) as client:
            return await call(client)

    return asyncio.run(main())


def push(state: ProPlusState, body: object) -> httpx.Response:
    async def call(client: httpx.AsyncClient) -> httpx.Response:
        return await client.post("/expose/push-client", json=body)

    response: httpx.Response = run(state, call)
    return response


def get(state: ProPlusState, path: str, **params: Any) -> httpx.Response:
    async def call(client: httpx.AsyncClient) -> httpx.Response:
        return await client.get(path, params=params)

    response: httpx.Response = run(state, call)
    return response


def brussels_client(**overrides: Any) -> dict[str, Any]:
    client: dict[str, Any] = {
        "name": "Zelwen Quarobosch",
        "region": "Bruxelles",
        "address": "Rue Haute 12",
        "city": "Bruxelles",
        "postal_code": "1000",
        "phone": "+32 2 555 01 99",
        "email": "zelwen.quarobosch@example.be",
        "third_party_id": "FD-1",
        "heating_appliance": [{
            "name": "Chaudière cave",
            "region": "1",
            "same_as_client": "1",
            "third_party_id": "FD-A-1",
            "brussels": {"brussels_reason_handling": "0", "device_make": "Vaillant", "device_year": "2015"},
            "flanders": None,
            "wallonie": None,
        }],
    }
    client.update(overrides)
    return client


# ---------------------------------------------------------------------- authentication and errors


def test_wrong_or_missing_secret_key_is_refused_with_401() -> None:
    state = ProPlusState()

    async def call(client: httpx.AsyncClient) -> list[httpx.Response]:
        return [
            await client.get("/expose/pull-client", headers={"X-expose-secret-key": "wrong"}),
            await client.post("/expose/push-client", json={"client": brussels_client()},
                              headers={"X-expose-secret-key": ""}),
        ]

    for response in run(state, call):
        assert response.status_code == 401
        assert response.json() == {"success": False, "message": "Authentication failed"}
    assert state.all_clients() == []
    assert state.push_count == 0


def test_unknown_path_is_404_json_and_invalid_json_is_400() -> None:
    state = ProPlusState()

    async def call(client: httpx.AsyncClient) -> tuple[httpx.Response, httpx.Response]:
        missing = await client.get("/expose/no-such-thing")
        broken = await client.post("/expose/push-client", content=b"{not json",
                                   headers={"Content-Type": "application/json"})
        return missing, broken

    missing, broken = run(state, call)
    assert missing.status_code == 404
    assert missing.json()["success"] is False
    assert broken.status_code == 400
    assert broken.json()["success"] is False


# ---------------------------------------------------------------------- push-client add-or-update


def test_push_adds_then_same_third_party_id_updates_without_duplicate() -> None:
    state = ProPlusState()
    first = push(state, {"client": brussels_client()})
    assert first.status_code == 200
    body = first.json()
    assert body["success"] is True and body["message"] == "Success"
    ids = body["data"]["processed_ids"]
    assert isinstance(ids["client_id"], int)
    assert ids["heating_appliance_id"] == ids["heating_appliance_ids"][0]
    assert ids["cooling_appliance_ids"] == []

    # Renamed and moved: only the third_party_id still identifies the client.
    second = push(state, {"client": brussels_client(name="Zelwen Quarobosch-Lomamont",
                                                    address="Rue du Moulin 4")})
    assert second.json()["data"]["processed_ids"]["client_id"] == ids["client_id"]

    clients = state.all_clients()
    assert len(clients) == 1
    stored = clients[0]
    assert stored["name"] == "Zelwen Quarobosch-Lomamont"
    assert stored["address"] == "Rue du Moulin 4"
    assert stored["third_party_id"] == "FD-1"
    assert stored["created_at"] and stored["updated_at"]
    assert len(stored["heating_appliance"]) == 1
    assert stored["heating_appliance"][0]["client_id"] == ids["client_id"]
    assert state.push_count == 2


def test_push_with_same_pro_plus_id_updates() -> None:
    state = ProPlusState()
    client_id = push(state, {"client": brussels_client(third_party_id=None)}).json()["data"][
        "processed_ids"]["client_id"]

    answer = push(state, {"client": {"id": client_id, "name": "Renamed Vrimeedael", "address": "Elsewhere 1",
                                     "city": "Uccle"}})
    assert answer.json()["data"]["processed_ids"]["client_id"] == client_id
    [stored] = state.all_clients()
    assert (stored["name"], stored["city"]) == ("Renamed Vrimeedael", "Uccle")
    # Fields not sent are kept, appliances too.
    assert stored["email"] == "zelwen.quarobosch@example.be"
    assert len(stored["heating_appliance"]) == 1


def test_push_with_same_name_and_address_updates_and_otherwise_adds() -> None:
    state = ProPlusState()
    first = push(state, {"client": {"name": "Belmo Tolvichamp", "address": "Kerkstraat 5"}}).json()
    same = push(state, {"client": {"name": "belmo tolvichamp ", "address": "Kerkstraat 5",
                                   "email": "belmo@example.be"}}).json()
    other = push(state, {"client": {"name": "Belmo Tolvichamp", "address": "Kerkstraat 7"}}).json()

    assert same["data"]["processed_ids"]["client_id"] == first["data"]["processed_ids"]["client_id"]
    assert other["data"]["processed_ids"]["client_id"] != first["data"]["processed_ids"]["client_id"]
    assert len(state.all_clients()) == 2
    assert state.find_clients(address="Kerkstraat 5")[0]["email"] == "belmo@example.be"


def test_appliance_level_add_or_update() -> None:
    state = ProPlusState()
    ids = push(state, {"client": brussels_client()}).json()["data"]["processed_ids"]
    appliance_id = ids["heating_appliance_id"]

    appliances: list[dict[str, Any]] = [
        # Same appliance third_party_id: an update that also merges into its Brussels block.
        {"name": "Chaudière cave (renamed)", "third_party_id": "FD-A-1",
         "brussels": {"device_year": "2016"}},
        # Same Pro+ id, no third_party_id: update.
        {"id": appliance_id, "name": "Chaudière cave (renamed)", "telephone": "+32 2 555 01 98"},
        # New name and address: a second appliance.
        {"name": "Chauffe-eau", "address": "Rue Haute 12", "region": "1",
         "brussels": {"appliance_type_one": "0"}},
    ]
    answer = push(state, {"client": {"third_party_id": "FD-1", "name": "Zelwen Quarobosch",
                                     "heating_appliance": appliances,
                                     "cooling_appliance": [{"name": "Airco living", "brand": "Daikin",
                                                            "condensators": [{"brand": "Daikin"}]}]}})
    processed = answer.json()["data"]["processed_ids"]
    assert processed["heating_appliance_ids"][:2] == [appliance_id, appliance_id]
    assert processed["heating_appliance_ids"][2] != appliance_id

    [stored] = state.all_clients()
    first, second = stored["heating_appliance"]
    assert first["id"] == appliance_id
    assert first["name"] == "Chaudière cave (renamed)"
    assert first["telephone"] == "+32 2 555 01 98"
    assert first["brussels"]["device_year"] == "2016"
    assert first["brussels"]["device_make"] == "Vaillant"  # merged, not replaced
    assert first["brussels"]["heating_appliance_id"] == appliance_id
    assert second["brussels"]["appliance_type_one"] == "0"

    # Same cooling appliance by name + address (both the client's): updated, parts kept by brand.
    [cooling] = stored["cooling_appliance"]
    assert cooling["condensors"][0]["brand"] == "Daikin"
    push(state, {"client": {"third_party_id": "FD-1", "name": "Zelwen Quarobosch",
                            "cooling_appliance": {"name": "Airco living", "refrigerant": 1}}})
    [again] = state.all_clients()[0]["cooling_appliance"]
    assert again["id"] == cooling["id"]
    assert again["refrigerant"] == 1
    assert again["condensors"] == cooling["condensors"]


def test_push_list_of_clients_answers_a_list_of_processed_ids() -> None:
    state = ProPlusState()
    answer = push(state, {"client": [brussels_client(), brussels_client(third_party_id="FD-2",
                                                                         name="Other Krelaumont")]})
    processed = answer.json()["data"]["processed_ids"]
    assert isinstance(processed, list) and len(processed) == 2
    assert len({p["client_id"] for p in processed}) == 2
    assert state.push_count == 1


@pytest.mark.parametrize(
    ("body", "message"),
    [
        ({}, "msg.The client field is required."),
        ({"client": {"name": "  ", "city": "Gent"}}, "msg.The client.name field is required."),
        ({"client": {"city": "Gent"}}, "msg.The client.name field is required."),
        ({"client": {"name": "Ok Name", "heating_appliance": [{"region": "2"}]}},
         "msg.The heating_appliance.0.name field is required."),
        ({"client": [{"name": "Ok"}, {"name": None}]}, "msg.The client.1.name field is required."),
    ],
)
def test_missing_name_is_400_with_the_field_in_the_message(body: object, message: str) -> None:
    state = ProPlusState()
    response = push(state, body)
    assert response.status_code == 400
    assert response.json() == {"success": False, "message": message}
    # Validation comes first: nothing of a rejected request is stored.
    assert state.all_clients() == []
    assert state.push_count == 0


def test_bare_client_object_is_accepted() -> None:
    state = ProPlusState()
    response = push(state, {"name": "Bare Smerimont", "address": "Dorpsstraat 1"})
    assert response.status_code == 200
    assert state.find_clients(name="Bare Smerimont")


# ---------------------------------------------------------------------- pull endpoints


def test_pull_client_returns_pushed_data_in_the_documented_shape() -> None:
    state = ProPlusState()
    push(state, {"client": brussels_client()})
    for method in ("GET", "POST"):

        async def call(client: httpx.AsyncClient, method: str = method) -> httpx.Response:
            return await client.request(method, "/expose/pull-client")

        response = run(state, call)
        assert response.status_code == 200
        body = response.json()
        assert body["success"] is True and body["message"] == "Success"
        [client] = body["data"]
        assert client["name"] == "Zelwen Quarobosch"
        assert client["postal_code"] == "1000"
        assert client["cooling_appliance"] == []
        [appliance] = client["heating_appliance"]
        assert appliance["region"] == "1"
        assert appliance["flanders"] is None and appliance["wallonie"] is None
        assert appliance["brussels"]["device_make"] == "Vaillant"
        # Documented fields the push left out come back as null, as the real server's rows do.
        assert "burner_flow_rate_unit" in appliance["brussels"]
        assert appliance["brussels"]["burner_flow_rate_unit"] is None


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({"id": "{id}"}, True),
        ({"name": "ZELWEN quarobosch"}, True),
        ({"name": "Zelwen"}, False),  # exact match only
        ({"phone": "+3225550199"}, True),
        ({"email": "Zelwen.Quarobosch@example.be"}, True),
        ({"third_party_id": "FD-1"}, True),
        ({"third_party_id": "FD-404"}, False),
    ],
)
def test_pull_client_ha_ca_by_each_key(params: dict[str, str], expected: bool) -> None:
    state = ProPlusState(clients=demo_clients(6))
    client_id = push(state, {"client": brussels_client()}).json()["data"]["processed_ids"]["client_id"]
    query = {k: v.format(id=client_id) for k, v in params.items()}
    response = get(state, "/expose/pull-client-ha-ca", language="fr", **query)
    assert response.status_code == 200
    found = response.json()["data"]
    assert [c["id"] for c in found] == ([client_id] if expected else [])
    if expected:
        assert found[0]["heating_appliance"][0]["brussels"]["device_make"] == "Vaillant"


def test_pull_client_ha_ca_accepts_a_json_body_and_needs_a_key() -> None:
    state = ProPlusState()
    client_id = push(state, {"client": brussels_client()}).json()["data"]["processed_ids"]["client_id"]

    async def call(client: httpx.AsyncClient) -> tuple[httpx.Response, httpx.Response]:
        by_body = await client.post("/expose/pull-client-ha-ca?language=nl", json={"id": client_id})
        without = await client.get("/expose/pull-client-ha-ca", params={"language": "en"})
        return by_body, without

    by_body, without = run(state, call)
    assert [c["id"] for c in by_body.json()["data"]] == [client_id]
    assert without.status_code == 400
    assert without.json()["success"] is False and without.json()["message"]


def test_pull_client_by_other_properties() -> None:
    state = ProPlusState(clients=demo_clients(30))
    gent = [c["id"] for c in state.all_clients() if c["city"] == "Gent"]
    postal = state.all_clients()[0]["postal_code"]

    response = get(state, "/expose/pull-client-by-other-properties", city="gent")
    assert sorted(c["id"] for c in response.json()["data"]) == sorted(gent)

    async def call(client: httpx.AsyncClient) -> httpx.Response:
        return await client.post("/expose/pull-client-by-other-properties", json={"postal_code": postal})

    by_body = run(state, call).json()["data"]
    assert by_body and all(c["postal_code"] == postal for c in by_body)
    assert get(state, "/expose/pull-client-by-other-properties").status_code == 400


# ---------------------------------------------------------------------- state


def test_state_persists_through_a_file(tmp_path: Path) -> None:
    path = tmp_path / "proplus.json"
    state = ProPlusState(path, clients=demo_clients(5))
    ids = push(state, {"client": brussels_client()}).json()["data"]["processed_ids"]
    assert path.exists()
    assert not list(tmp_path.glob("*.tmp"))  # temp file replaced, not left behind

    reloaded = ProPlusState(path)
    assert reloaded.all_clients() == state.all_clients()
    assert reloaded.push_count == 1
    # Ids keep counting after a restart instead of reusing one.
    again = push(reloaded, {"client": {"name": "After Restart", "address": "Nieuwstraat 1"}})
    assert again.json()["data"]["processed_ids"]["client_id"] > ids["client_id"]
    assert len(ProPlusState(path).all_clients()) == 7


def test_find_clients_helpers_return_copies() -> None:
    state = ProPlusState(clients=demo_clients(3))
    [found] = state.find_clients(id=1001)
    found["name"] = "changed"
    assert state.get_client(1001) is not None
    assert state.find_clients(id="1001")[0]["name"] != "changed"


def test_latency_delays_each_answer() -> None:
    state = ProPlusState()

    async def call(client: httpx.AsyncClient) -> float:
        loop = asyncio.get_running_loop()
        started = loop.time()
        await client.get("/expose/pull-client")
        return loop.time() - started

    assert run(state, call, latency=0.05) >= 0.05


# ---------------------------------------------------------------------- real socket


def test_served_over_a_real_socket_while_a_test_thread_reads_state() -> None:
    state = ProPlusState()
    app = create_proplus_app(state, secret_key="s3cret")
    with serve_in_thread(app) as server:
        assert server.base_url.startswith("http://127.0.0.1:")
        with httpx.Client(base_url=server.base_url, headers={"X-expose-secret-key": "s3cret"}) as client:
            results: list[int] = []

            def pusher(offset: int) -> None:
                for n in range(10):
                    answer = client.post("/expose/push-client",
                                         json={"client": {"name": f"Client {offset}-{n}", "address": "x"}})
                    results.append(answer.status_code)

            threads = [threading.Thread(target=pusher, args=(i,)) for i in range(3)]
            for thread in threads:
                thread.start()
            while any(t.is_alive() for t in threads):
                assert len(state.all_clients()) <= 30
            for thread in threads:
                thread.join()
            assert results == [200] * 30
            assert len(client.get("/expose/pull-client").json()["data"]) == 30
            assert client.get("/expose/pull-client", headers={"X-expose-secret-key": "x"}).status_code == 401
    assert not server.running
    assert state.push_count == 30


def test_server_module_serves_from_a_separate_process(tmp_path: Path) -> None:
    state_file = tmp_path / "state.json"
    process = subprocess.Popen(
        [sys.executable, "-m", "app.sandbox.server", "--vendor", "proplus", "--port", "0",
         "--state", str(state_file)],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=Path(__file__).resolve().parents[1],
    )
    try:
        assert process.stdout is not None
        line = process.stdout.readline()
        base_url = line.strip().rsplit(" ", 1)[-1]
        assert base_url.startswith("http://127.0.0.1:"), line
        with httpx.Client(base_url=base_url, headers=AUTH) as client:
            answer = client.post("/expose/push-client", json={"client": {"name": "Over The Wire"}})
            assert answer.status_code == 200
        saved = json.loads(state_file.read_text(encoding="utf-8"))
        assert [c["name"] for c in saved["clients"]] == ["Over The Wire"]
    finally:
        process.terminate()
        _out, err = process.communicate(timeout=15)
    assert process.returncode == 0, err


# ---------------------------------------------------------------------- demo data


def test_demo_data_is_complete_fictional_and_deterministic() -> None:
    clients = demo_clients()
    assert len(clients) >= 50
    assert clients == demo_clients()
    assert clients != demo_clients(seed=8)

    regions = {normalise_region(c["region"]) for c in clients}
    assert regions == {Region.BRUSSELS, Region.FLANDERS, Region.WALLONIA}
    block_for = {"1": "brussels", "2": "flanders", "3": "wallonie"}
    with_cooling = 0
    for client in clients:
        assert client["third_party_id"] is None and isinstance(client["id"], int)
        assert client["email"].endswith(("@example.be", "@example.com"))
        assert " 555 " in client["phone"]
        assert 1 <= len(client["heating_appliance"]) <= 3
        for appliance in client["heating_appliance"]:
            assert appliance["third_party_id"] is None
            expected = block_for[appliance["region"]]
            assert normalise_region(appliance["region"]) == normalise_region(client["region"])
            for block in ("brussels", "flanders", "wallonie"):
                assert (appliance[block] is not None) == (block == expected)
            filled = appliance[expected]
            assert filled["device_make"] and len(filled["device_year"]) == 4
        for cooling in client["cooling_appliance"]:
            with_cooling += 1
            assert cooling["inspection_frequency"] in (0, 3, 6, 12, 24)
            assert cooling["electrical_connection"] in (0, 1, 2)
            for parts in ("condensors", "verdampers", "compressors"):
                assert isinstance(cooling[parts], list) and cooling[parts]
    assert len(clients) / 5 <= with_cooling <= len(clients) / 2


def test_demo_data_loads_into_the_simulator_unchanged() -> None:
    clients = demo_clients(12)
    state = ProPlusState(clients=clients)
    stored = state.all_clients()
    # The simulator only adds fields the demo generator left out; every demo value survives.
    for original, kept in zip(clients, stored, strict=True):
        assert {k: kept[k] for k in original if k not in ("heating_appliance", "cooling_appliance")} == {
            k: v for k, v in original.items() if k not in ("heating_appliance", "cooling_appliance")}
    # New records get ids after the demo ones.
    answer = push(state, {"client": {"name": "New Grunomont", "address": "Molenstraat 3"}})
    assert answer.json()["data"]["processed_ids"]["client_id"] > max(c["id"] for c in clients)


def test_bulk_clients_make_large_volumes() -> None:
    clients = bulk_clients(5000)
    assert len(clients) == 5000
    assert len({c["id"] for c in clients}) == 5000
    assert clients[:10] == bulk_clients(10)
    for client in clients[:300]:
        [appliance] = client["heating_appliance"]
        block = {"1": "brussels", "2": "flanders", "3": "wallonie"}[appliance["region"]]
        assert appliance[block]["heating_appliance_id"] == appliance["id"]
        assert client["email"].endswith("@example.com")
