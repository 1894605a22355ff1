"""A pull's clients read without a model per client (`client_records`) are exactly what the models give: the same
records (values, key order, extra fields) for any answer, and the same error for any answer the models refuse."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.sandbox.demo_data import bulk_clients, demo_clients
from app.vendors.errors import VendorError
from app.vendors.proplus import models
from app.vendors.proplus.models import (
    WireBrussels,
    WireClient,
    WireCondensor,
    WireCoolingAppliance,
    WireHeatingAppliance,
    client_records,
    parse_clients_response,
)

FIXTURES = Path(__file__).parent / "fixtures" / "proplus"


def through_models(payload: Any) -> list[dict[str, Any]] | str:
    """What the models make of an answer: the records, or the error's words."""
    try:
        return [w.model_dump(mode="json", by_alias=True) for w in parse_clients_response(payload)]
    except VendorError as exc:
        return f"{type(exc).__name__}: {exc}"


def without_models(payload: Any) -> list[dict[str, Any]] | str:
    try:
        return client_records(payload)
    except VendorError as exc:
        return f"{type(exc).__name__}: {exc}"


def same(payload: Any) -> None:
    expected, found = through_models(payload), without_models(payload)
    assert found == expected
    if isinstance(found, list):
        assert [json.dumps(r) for r in found] == [json.dumps(r) for r in expected], "same key order"


@pytest.mark.parametrize("name", ["pull_client_heating", "pull_client_cooling", "pull_client_ha_ca",
                                  "pull_client_other"])
def test_the_documents_pull_examples_read_as_the_models_read_them(name: str) -> None:
    same(json.loads((FIXTURES / f"{name}.json").read_text(encoding="utf-8")))


def test_bulk_clients_are_read_without_a_model(monkeypatch: pytest.MonkeyPatch) -> None:
    """The sandbox's clients (text, whole numbers where text is expected, ids) need no model at all."""
    payload = json.loads(json.dumps({"success": True, "data": bulk_clients(200)}))
    expected = through_models(payload)

    def no_model(*_: object) -> None:
        raise AssertionError("a model was used")

    monkeypatch.setattr(models, "_client", no_model)
    assert client_records(payload) == expected


def test_values_a_model_rewrites_go_through_it() -> None:
    """Each of these needs the model: the record is the model's, and a refused one fails with the model's words."""
    heating = {"id": 3, "name": "Ketel", "brussels": {"id": 4, "company": 12}}
    for client in ({"id": "12", "name": "Id as text"}, {"id": True}, {"id": 10**40}, {"name": 12.0},
                   {"name": 10**17}, {"name": ["a"]}, {"name": "x", "extra": [1, float("nan")]},
                   {"name": "x", "extra": float("inf")}, {"name": "x", "extra": {"a": 1}},
                   {"heating_appliance": heating}, {"heating_appliance": None}, {"heating_appliance": ""},
                   {"heating_appliance": [{**heating, "brussels": []}]},
                   {"heating_appliance": [{**heating, "allow_move_of_installation": "1"}]},
                   {"heating_appliance": [{**heating, "allowMoveOfInstallation": 1}]},
                   {"heating_appliance": [heating, 7]},
                   {"cooling_appliance": [{"id": 1, "condensators": [{"id": 2}], "verdampers": {"id": 5}}]},
                   {"cooling_appliance": [{"id": 1, "condensors": [{"id": "x"}]}]},
                   {"name": "\ud800 lone surrogate", "logo": "a\x00b"}):
        same([client])
    same([{"name": "fine"}, "not a client"])
    same({"success": False, "message": "msg.No"})
    same({"success": True, "data": None})
    same({"id": 5, "name": "a bare client"})


_scalars = st.none() | st.booleans() | st.integers(-(10**16), 10**16) | st.integers() | st.text(max_size=6) \
    | st.floats() | st.sampled_from(["", "null", "1", "true", "12"])
_values = st.recursive(_scalars, lambda inner: st.lists(inner, max_size=2)
                       | st.dictionaries(st.text(max_size=4), inner, max_size=2), max_leaves=6)


def _keys(model: type[Any], *more: str) -> list[str]:
    return [info.alias or name for name, info in model.model_fields.items()] + list(more)


def _object(model: type[Any], nested: dict[str, st.SearchStrategy[Any]], *more: str) -> st.SearchStrategy[Any]:
    """Objects with some of the model's keys (and a few others), hostile values included."""
    keys = [k for k in _keys(model, *more) if k not in nested]
    return st.fixed_dictionaries({}, optional={**{k: _scalars for k in keys[:12]}, "extra": _values,
                                                "ünknown": _values, **nested})


_condensor = _object(WireCondensor, {})
_cooling = _object(WireCoolingAppliance, {"condensors": st.lists(_condensor, max_size=2) | _condensor | _scalars,
                                          "condensators": st.lists(_condensor, max_size=1)})
_block = _object(WireBrussels, {})
_heating = _object(WireHeatingAppliance, {"brussels": _block | _scalars | st.just([])}, "allow_move_of_installation")
_client = _object(WireClient, {"heating_appliance": st.lists(_heating, max_size=2) | _heating | _scalars,
                               "cooling_appliance": st.lists(_cooling, max_size=2) | _scalars})


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(clients=st.lists(_client | _values, max_size=3))
def test_any_answer_reads_as_the_models_read_it(clients: list[Any]) -> None:
    same(clients)
    same({"success": True, "data": clients})



def _pulled_client(template: dict[str, Any], heating: int, cooling: int, extra: dict[str, Any], name: str
                   ) -> dict[str, Any]:
    """A client as Pro+ might send it: a demo client with some appliances (copies of its first one of each kind),
    extra fields of any JSON and any name."""
    from app.domain.models import APPLIANCE_LISTS

    client = {**template, **extra, "name": name}
    for key, count in zip(APPLIANCE_LISTS.values(), (heating, cooling), strict=True):
        first = (template.get(key) or [{"name": "appliance"}])[0]
        client[key] = [{**first, "name": f"{key} {i}"} for i in range(count)]
    return client


_pulled = st.builds(_pulled_client, st.sampled_from(demo_clients(6, 3)), st.integers(0, 3), st.integers(0, 3),
                    st.dictionaries(st.text(max_size=4).filter(lambda k: k not in ("id", "name")), _values,
                                    max_size=2), st.text(max_size=8))


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(clients=st.lists(_pulled | _client, min_size=1, max_size=3))
def test_any_pulled_client_reads_back_as_the_record_pulled(clients: list[Any]) -> None:
    """A pulled client's vendor version is not stored twice (AS_STORED): it is rebuilt from the client's rows, and
    that rebuild is the record pulled, its appliance lists as the cache keeps them (a list of objects)."""
    import tempfile

    from app.domain.models import APPLIANCE_LISTS
    from app.store.clients import server_data
    from app.store.db import Store
    from app.vendors.proplus.sync import save_pulled_clients

    try:
        records = client_records(clients)
    except VendorError:
        return
    appliance_ids = iter(range(1, 100))
    for number, record in enumerate(records, 1):
        record["id"], record["third_party_id"] = number, None  # one client each, and one appliance each
        for key in APPLIANCE_LISTS.values():
            for appliance in record.get(key) or []:
                if isinstance(appliance, dict):
                    appliance["id"], appliance["third_party_id"] = next(appliance_ids), None
    with tempfile.TemporaryDirectory() as folder:
        store = Store(Path(folder) / "cache.sqlite3")
        save_pulled_clients(store, records)
        for number, record in enumerate(records, 1):
            expected = {**record, **{key: [a for a in record.get(key) or [] if isinstance(a, dict)]
                                     for key in APPLIANCE_LISTS.values()}}
            assert server_data(store, f"proplus-{number}") == expected
        store.close()
