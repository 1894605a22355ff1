"""myBeNext's generic resource client against the simulator: 30-day pieces, 206 pagination, the four
authentication methods, the documented error shape."""

from __future__ import annotations

import asyncio
import base64
import datetime as dt
import itertools
from collections.abc import Awaitable, Callable
from typing import Any
from zoneinfo import ZoneInfo

import httpx
import pytest

from app.sandbox import benext as sim
from app.vendors.benext.client import (
    ApiKeyAuth,
    Auth,
    BasicAuth,
    BenextClient,
    HmacAuth,
    SessionAuth,
    auth_from_config,
    hmac_token,
    parse_content_range,
    split_range,
)
from app.vendors.errors import AuthError, RejectedError
from app.vendors.http import RetryPolicy

UTC = dt.UTC
BRUSSELS = ZoneInfo("Europe/Brussels")
NOW = dt.datetime(2026, 12, 1, tzinfo=UTC)


def run_with(call: Callable[[BenextClient], Awaitable[Any]], *, auth: Auth | None = None, page_limit: int = 5000,
             page_size: int | None = None, seen: list[httpx.Request] | None = None) -> Any:
    app = sim.create_benext_app(sim.BenextState(None, now=NOW), page_limit=page_limit)
    inner = httpx.ASGITransport(app=app)

    class Recording(httpx.AsyncBaseTransport):
        async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
            if seen is not None:
                seen.append(request)
            return await inner.handle_async_request(request)

    async def main() -> Any:
        client = BenextClient("http://benext.test", auth or BasicAuth(sim.USERNAME, sim.PASSWORD),
                              transport=Recording(), retry=RetryPolicy(max_retries=0), page_size=page_size)
        try:
            return await call(client)
        finally:
            await client.aclose()

    return asyncio.run(main())


# --- 30-day pieces ---------------------------------------------------------------------------------------------

def test_a_year_is_thirteen_pieces_of_at_most_thirty_days_back_to_back() -> None:
    begin = dt.datetime(2025, 12, 1, tzinfo=UTC)
    pieces = split_range(begin, begin + dt.timedelta(days=365))
    assert len(pieces) == 13
    assert pieces[0][0] == begin and pieces[-1][1] == begin + dt.timedelta(days=365)
    assert all(b2 == e1 for (_, e1), (b2, _) in itertools.pairwise(pieces))
    assert all(e - b <= dt.timedelta(days=30) for b, e in pieces)
    assert pieces[-1][1] - pieces[-1][0] == dt.timedelta(days=5)


@pytest.mark.parametrize("days", [1, 29, 30, 31, 59, 60, 61, 90.5])
def test_ranges_not_a_multiple_of_thirty_days(days: float) -> None:
    begin = dt.datetime(2026, 1, 10, 6, 30, tzinfo=UTC)
    end = begin + dt.timedelta(days=days)
    pieces = split_range(begin, end)
    assert sum((e - b for b, e in pieces), dt.timedelta()) == end - begin
    assert all(dt.timedelta(0) < e - b <= dt.timedelta(days=30) for b, e in pieces)


def test_pieces_across_daylight_saving_changes_stay_within_thirty_days_of_elapsed_time() -> None:
    # 1 October to 15 December in Brussels: the clocks go back on 25 October (that local "day" has 25 hours).
    begin = dt.datetime(2026, 10, 1, tzinfo=BRUSSELS)
    end = dt.datetime(2026, 12, 15, tzinfo=BRUSSELS)
    pieces = split_range(begin, end)
    assert pieces[0][0] == dt.datetime(2026, 9, 30, 22, tzinfo=UTC)  # local midnight in summer time
    assert pieces[-1][1] == dt.datetime(2026, 12, 14, 23, tzinfo=UTC)  # local midnight in winter time
    assert all((e - b).total_seconds() <= 30 * 86400 for b, e in pieces)
    assert all(b.tzinfo is UTC for b, _ in pieces)
    with pytest.raises(ValueError, match="time zones"):
        split_range(dt.datetime(2026, 1, 1), dt.datetime(2026, 3, 1))


def test_a_long_history_is_fetched_in_pieces_the_vendor_accepts_and_joined_without_duplicates() -> None:
    seen: list[httpx.Request] = []
    begin = dt.datetime(2026, 3, 1, tzinfo=BRUSSELS)  # across the spring change (29 March)
    end = dt.datetime(2026, 5, 10, tzinfo=BRUSSELS)
    points = run_with(lambda c: c.entries("historyentries", 1011, begin, end), seen=seen)
    times = [t for t, _ in points]
    assert times == sorted(set(times))
    # Same-zone datetimes subtract as wall clock (70 days); the range really lasts an hour less (spring forward).
    expected = (int(end.timestamp()) - int(begin.timestamp())) // sim.STEP
    assert expected == 70 * 96 - 4
    assert len(times) == expected  # every quarter hour of the range, once
    assert times[0] == int(begin.timestamp()) and times[-1] == int(end.timestamp()) - sim.STEP
    assert len(seen) == 3  # 70 days: 30 + 30 + 10
    assert all(v is not None for _, v in points)


def test_a_range_over_thirty_days_in_one_request_is_what_the_vendor_refuses() -> None:
    # The simulator enforces §4.2.2.1, so the splitting above is what makes long ranges work.
    async def call(client: BenextClient) -> Any:
        return await client.request("GET", "/login/api/v1/properties/1011/historyentries/2026-01-01T00:00:00Z/"
                                           "2026-02-15T00:00:00Z/")
    with pytest.raises(RejectedError, match=r"more than 30 days of data requested \(historyentry, code 22\)"):
        run_with(call)


# --- Range pagination -----------------------------------------------------------------------------------------------

def test_content_range_is_read() -> None:
    assert parse_content_range("resourceids 0-99/288") == (0, 99, 288)
    assert parse_content_range("resourceids 100-199") == (100, 199, None)
    assert parse_content_range("resourceids */0") == (None, None, 0)
    assert parse_content_range("bytes 0-9/10") is None
    assert parse_content_range(None) is None


def test_206_partial_answers_are_followed_to_the_end() -> None:
    seen: list[httpx.Request] = []
    begin = dt.datetime(2026, 11, 1, tzinfo=UTC)
    points = run_with(lambda c: c.entries("historyentries", 1012, begin, begin + dt.timedelta(days=3)),
                      page_limit=100, seen=seen)
    assert len(points) == 288 and len({t for t, _ in points}) == 288
    assert [r.headers.get("range") for r in seen] == [None, "resourceids 100-", "resourceids 200-"]


def test_a_page_size_asks_for_ranges_and_still_reads_everything() -> None:
    seen: list[httpx.Request] = []
    products = run_with(lambda c: c.list_items("products"), page_size=3, seen=seen)
    assert [p["product"] for p in products] == [101, 102, 103, 104, 105, 106, 107]
    assert [r.headers.get("range") for r in seen] == ["resourceids *-/3", "resourceids 104-/3",
                                                      "resourceids 107-/3"]


def test_fields_and_filters_are_sent_as_documented() -> None:
    seen: list[httpx.Request] = []
    found = run_with(lambda c: c.list_items("properties", filters={"product_id": [101, 102], "energy_data": False},
                                            fields=("property", "datatype")), seen=seen)
    assert seen[0].url.params["product_id"] == "101,102"
    assert seen[0].url.params["energy_data"] == "false"
    assert found == [{"property": 1011, "datatype": 12}, {"property": 1012, "datatype": 67},
                     {"property": 1021, "datatype": 12}, {"property": 1022, "datatype": 83}]


# --- authentication -------------------------------------------------------------------------------------------------

def _controllers(client: BenextClient) -> Awaitable[list[Any]]:
    return client.list_items("climatecontrollers")


def test_basic_authentication_header() -> None:
    seen: list[httpx.Request] = []
    run_with(_controllers, auth=BasicAuth(sim.USERNAME, sim.PASSWORD), seen=seen)
    expected = base64.b64encode(f"{sim.USERNAME}:{sim.PASSWORD}".encode()).decode()
    assert seen[0].headers["authorization"] == f"Basic {expected}"


def test_api_key_in_the_header_or_the_query() -> None:
    seen: list[httpx.Request] = []
    run_with(_controllers, auth=ApiKeyAuth(sim.APIKEY), seen=seen)
    assert seen[0].headers["authorization"] == f"Apikey {sim.APIKEY}"
    assert "apikey" not in seen[0].url.params
    seen.clear()
    run_with(_controllers, auth=ApiKeyAuth(sim.APIKEY, in_query=True), seen=seen)
    assert "authorization" not in seen[0].headers
    assert seen[0].url.params["apikey"] == sim.APIKEY


def test_hmac_in_the_header_or_the_query() -> None:
    token = hmac_token(sim.APIKEY, "1")
    seen: list[httpx.Request] = []
    run_with(_controllers, auth=HmacAuth(token, "1"), seen=seen)
    assert seen[0].headers["authorization"] == f"HMAC {token},account_id=1"
    seen.clear()
    run_with(_controllers, auth=HmacAuth(token, "1", in_query=True), seen=seen)
    assert seen[0].url.params["hmac"] == token and seen[0].url.params["hmac_account_id"] == "1"


def test_session_authentication_signs_in_once_and_sends_the_cookies() -> None:
    seen: list[httpx.Request] = []

    async def twice(client: BenextClient) -> None:
        await client.list_items("climatecontrollers")
        await client.put("climatecontrollers", 101, {"setpoint": 19.5})

    run_with(twice, auth=SessionAuth(sim.USERNAME, sim.PASSWORD), seen=seen)
    assert [r.url.path for r in seen] == ["/login/api/v1/authenticate/", "/login/api/v1/climatecontrollers/",
                                          "/login/api/v1/climatecontrollers/101/"]
    assert "authorization" not in seen[1].headers
    assert "2myhomesession=" in seen[1].headers["cookie"] and "csrftoken=" in seen[1].headers["cookie"]
    assert seen[2].headers["x-csrftoken"]


def test_wrong_credentials_are_an_authentication_error_in_the_vendors_words() -> None:
    with pytest.raises(AuthError, match="authentication required"):
        run_with(_controllers, auth=ApiKeyAuth("wrong"))
    with pytest.raises(AuthError, match="invalid username or password"):
        run_with(_controllers, auth=SessionAuth(sim.USERNAME, "wrong"))


def test_the_configuration_chooses_the_method() -> None:
    assert isinstance(auth_from_config({"USERNAME": "u", "PASSWORD": "p"}), BasicAuth)
    assert isinstance(auth_from_config({"APIKEY": "k"}), ApiKeyAuth)
    assert auth_from_config({"APIKEY": "k", "AUTH": "apikey-query"}).params() == {"apikey": "k"}
    assert isinstance(auth_from_config({"USERNAME": "u", "PASSWORD": "p", "AUTH": "session"}), SessionAuth)
    made = auth_from_config({"APIKEY": "k", "AUTH": "hmac", "ACCOUNT_ID": "7"})
    assert made.headers() == {"Authorization": f"HMAC {hmac_token('k', '7')},account_id=7"}
    with pytest.raises(ValueError, match="ACCOUNT_ID"):
        auth_from_config({"APIKEY": "k", "AUTH": "hmac"})
    with pytest.raises(ValueError, match="AUTH must be one of"):
        auth_from_config({"AUTH": "oauth"})


# --- errors ------------------------------------------------------------------------------------------------------

def test_the_documented_error_shape_reaches_the_user_as_text() -> None:
    with pytest.raises(RejectedError) as caught:
        run_with(lambda c: c.put("climatecontrollers", 101, {"setpoint": 40}))
    assert str(caught.value) == "benext: setpoint out of range (4 - 28 gr C) (climatecontroller, code 33)"


def test_climate_controllers_read_both_spellings_of_the_schedule_type() -> None:
    from app.vendors.benext.models import WireClimateController

    one = run_with(lambda c: c.get("climatecontrollers", 101))
    assert "schedulertype" in one
    assert WireClimateController.model_validate(one).scheduletype == 0


def test_secrets_in_the_query_or_cookies_never_reach_the_log(caplog: pytest.LogCaptureFixture) -> None:
    import logging

    from app.logging_setup import redact

    caplog.set_level(logging.DEBUG, logger="app.vendors.http")
    run_with(_controllers, auth=ApiKeyAuth(sim.APIKEY, in_query=True))
    session = SessionAuth(sim.USERNAME, sim.PASSWORD)
    run_with(_controllers, auth=session)
    logged = caplog.text
    assert "climatecontrollers" in logged  # the calls were logged...
    assert sim.APIKEY not in logged  # ...without the key in their URL
    cookie = session.cookies["2myhomesession"]
    assert redact(f"Cookie: 2myhomesession={cookie}") != f"Cookie: 2myhomesession={cookie}"
