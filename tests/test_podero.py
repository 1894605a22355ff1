"""Podero: the register body's documented rules with field paths, and the client against the simulator."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from typing import Any

import httpx
import pytest

from app.sandbox import podero as sim
from app.vendors.errors import AuthError, RejectedError, ServerError
from app.vendors.http import RetryPolicy
from app.vendors.podero.client import PoderoClient
from app.vendors.podero.models import (
    PRICE_ZONES,
    RegisterValidationError,
    heat_pump_row,
    matches_registration,
    validate_register_body,
)

GOOD = {"device_model": {"manufacturer": "Aerotherm", "model": "AW 8 Split", "year": 2024,
                         "device_type": {"short_name": "air", "long_name": "Air/water heat pump"}},
        "price_zone": "BE", "comment": "Garage wall, outdoor unit left", "is_smart_optimization_active": True,
        "is_away_mode_enabled": True, "away_mode_start": "2026-12-20T08:00:00Z",
        "away_mode_end": "2026-12-27T18:00:00Z", "away_mode_minimum_temperature_limit": 12,
        "minimum_temperature_limit": 18, "maximum_temperature_limit": 23, "optimization_level": "Mid",
        "is_hot_water_heating_enabled": True, "is_space_cooling_enabled": None}


def problems(body: object) -> dict[str, str]:
    with pytest.raises(RegisterValidationError) as caught:
        validate_register_body(body)
    return {e.path: e.message for e in caught.value.errors}


def test_a_documented_body_passes_unchanged_in_meaning() -> None:
    checked = validate_register_body(GOOD)
    assert checked["price_zone"] == "BE" and checked["away_mode_minimum_temperature_limit"] == 12.0
    assert checked["device_model"]["device_type"] == {"short_name": "air", "long_name": "Air/water heat pump"}


def test_every_documented_price_zone_and_only_those() -> None:
    for zone in PRICE_ZONES:
        assert validate_register_body({**GOOD, "price_zone": zone})["price_zone"] == zone
    assert "price_zone" in problems({**GOOD, "price_zone": "FR"})
    assert "price_zone" in problems({**GOOD, "price_zone": "be"})


def test_each_problem_names_its_field_path() -> None:
    found = problems({**GOOD, "comment": "x" * 301, "device_model": {"manufacturer": "", "model": 5, "year": "new",
                                                                     "device_type": {"short_name": 3}},
                      "building_id": "not-a-uuid", "away_mode_end": "2026-12-19T08:00:00Z",
                      "minimum_temperature_limit": 25, "dhw_standard_temperature": "hot", "is_trading_enabled": 1,
                      "optimisation_level": "Mid"})
    assert found["comment"] == "at most 300 characters (this one has 301)"
    assert set(found) >= {"device_model.manufacturer", "device_model.model", "device_model.year",
                          "device_model.device_type.short_name", "building_id", "away_mode_end",
                          "minimum_temperature_limit", "dhw_standard_temperature", "is_trading_enabled",
                          "optimisation_level"}


def test_temperature_limits_catch_typos() -> None:
    assert "maximum_temperature_limit" in problems({**GOOD, "maximum_temperature_limit": 215})
    assert "indoor_target_temperature_offset" in problems({**GOOD, "indoor_target_temperature_offset": 12})
    assert validate_register_body({**GOOD, "maximum_temperature_limit": "22,5"})["maximum_temperature_limit"] == 22.5


def test_a_comment_of_exactly_300_characters_is_fine() -> None:
    assert len(validate_register_body({**GOOD, "comment": "é" * 300})["comment"]) == 300


@pytest.mark.parametrize("body", [None, [], "pump", 3, {"price_zone": "BE"}])
def test_not_a_body(body: object) -> None:
    assert problems(body)


def run(call: Callable[[PoderoClient], Awaitable[Any]], *, token: str = sim.SANDBOX_TOKEN,
        org: str = sim.ORG_ID) -> Any:
    app = sim.create_podero_app(sim.PoderoState(None, sim.demo_pumps()))

    async def main() -> Any:
        client = PoderoClient("http://podero.test/api/partners/v2.0", token, org, sim.USER_ID,
                              transport=httpx.ASGITransport(app=app), retry=RetryPolicy(max_retries=0))
        try:
            return await call(client)
        finally:
            await client.aclose()
    return asyncio.run(main())


def test_the_simulator_has_every_status_in_each_status_field() -> None:
    pumps = run(lambda c: c.list_heat_pumps())
    for field in ("connection_status", "monitoring_status", "steering_status"):
        assert {getattr(p, field) for p in pumps} == {"ok", "warning", "error", "unknown"}
    row = heat_pump_row(pumps[0])
    assert row["manufacturer"] == "Aerotherm" and row["severity"] in (0, 1, 2, 3)


def test_register_then_read_it_back() -> None:
    async def call(client: PoderoClient) -> Any:
        made = await client.register_heat_pump(validate_register_body(GOOD))
        again = await client.get_heat_pump(str(made.id))
        listed = await client.list_heat_pumps()
        return made, again, listed

    made, again, listed = run(call)
    assert made.authorization_url and made.embeddable_url
    assert again.id == made.id and again.comment == GOOD["comment"]
    assert len(listed) == 7
    assert matches_registration(again, validate_register_body(GOOD), "2026-01-01T00:00:00+00:00")
    assert not matches_registration(again, {**validate_register_body(GOOD), "comment": "other"},
                                    "2026-01-01T00:00:00+00:00")


def test_refusals_come_back_as_errors() -> None:
    with pytest.raises(AuthError):
        run(lambda c: c.list_heat_pumps(), token="wrong")
    with pytest.raises(RejectedError, match="not found"):
        run(lambda c: c.list_heat_pumps(), org="00000000-0000-0000-0000-000000000000")
    with pytest.raises(RejectedError) as caught:
        run(lambda c: c.register_heat_pump({**GOOD, "comment": "x" * 400, "price_zone": "FR"}))
    assert caught.value.message.startswith("price_zone: Input should be 'AT'")
    assert "; comment: String should have at most 300 characters" in caught.value.message


def test_a_live_podero_without_organisation_or_user_is_refused_naming_the_keys(tmp_path: Any) -> None:
    from app.config import ConfigError
    from app.store.db import Store
    from app.vendors import registry
    from app.vendors.podero.sync import build_adapter

    store = Store(tmp_path / "cache.sqlite3")
    try:
        with pytest.raises(ConfigError, match="FIELDDESK_PODERO_ORG_ID, FIELDDESK_PODERO_USER_ID"):
            build_adapter(registry.spec("podero"), {"BASE_URL": "https://api.example.com", "TOKEN": "t"}, store,
                          None)
    finally:
        store.close()


def list_with(answer: Callable[[httpx.Request], httpx.Response]) -> Any:
    """`list_heat_pumps` against a Podero that answers with `answer`."""
    async def main() -> Any:
        client = PoderoClient("https://podero.test", "token", "org", "user", transport=httpx.MockTransport(answer),
                              retry=RetryPolicy(max_retries=0))
        try:
            return await client.list_heat_pumps()
        finally:
            await client.aclose()
    return asyncio.run(main())


@pytest.mark.parametrize("link", ["\x0b/next", "http://[::1/next", "/x\x00y"])
def test_a_next_link_no_url_can_hold_is_an_unreadable_answer(link: str) -> None:
    """Found by the hostile-answer suite: a `next` with a control character reached httpx, whose InvalidURL ended the
    sync as FieldDesk's own failure."""
    with pytest.raises(ServerError, match="next: not a link"):
        list_with(lambda request: httpx.Response(200, json={"results": [], "next": link}))


def test_a_next_link_to_another_host_is_followed_on_the_configured_one() -> None:
    asked: list[httpx.URL] = []

    def answer(request: httpx.Request) -> httpx.Response:
        asked.append(request.url)
        following = "https://elsewhere.example/api/partners/v2.0/page2?p=2" if len(asked) == 1 else None
        return httpx.Response(200, json={"results": [], "next": following})

    assert list_with(answer) == []
    assert [u.host for u in asked] == ["podero.test", "podero.test"]
    assert asked[1].path == "/api/partners/v2.0/page2" and asked[1].params["p"] == "2"
