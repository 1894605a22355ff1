"""The history cache: day chunks of packed arrays read back exactly, fetched ranges replace what was cached there,
and `missing` answers only the gaps."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.store import climate as store_climate
from app.store.db import Store

KIND = "historyentries"
T0 = 1_790_000_000 // 86400 * 86400  # a UTC midnight


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    made = Store(tmp_path / "cache.sqlite3")
    yield made
    made.close()


def save(store: Store, points: list[tuple[int, float | None]], covered: list[tuple[int, int]]) -> None:
    with store.transaction() as conn:
        store_climate.save_points(conn, KIND, 1011, points, covered)


def test_regular_and_irregular_days_read_back_exactly(store: Store) -> None:
    regular = [(T0 + i * 900, 20.0 + i / 100) for i in range(96)]
    irregular = [(T0 + 86400 + s, v) for s, v in ((5, 1.5), (61, None), (3600, -0.25), (86399, 1e300))]
    save(store, regular + irregular, [(T0, T0 + 2 * 86400)])
    assert store_climate.points(store, KIND, 1011, T0, T0 + 2 * 86400) == regular + irregular
    times, values = store_climate.packed(store, KIND, 1011, T0 + 450, T0 + 86400 + 62)
    assert len(times) == 4 * (95 + 2) and len(values) == 8 * (95 + 2)
    assert store_climate.points(store, KIND, 1011, T0 + 450, T0 + 86400 + 62) == regular[1:] + irregular[:2]
    row = store.conn.execute("SELECT length(times) FROM history_chunks WHERE day = ?", (T0 // 86400,)).fetchone()
    assert row[0] == 8  # evenly spaced: first time and step only


def test_a_fetched_range_replaces_what_was_cached_in_it_and_keeps_the_rest(store: Store) -> None:
    save(store, [(T0 + i * 900, 1.0) for i in range(96)], [(T0, T0 + 86400)])
    save(store, [(T0 + 3600, 2.0)], [(T0 + 3600, T0 + 7200)])  # the vendor now has one point in that hour
    found = dict(store_climate.points(store, KIND, 1011, T0, T0 + 86400))
    assert found[T0 + 3600] == 2.0 and T0 + 4500 not in found and found[T0 + 7200] == 1.0
    assert len(found) == 96 - 4 + 1
    assert store_climate.missing(store, KIND, 1011, T0 - 100, T0 + 86400 + 100) == [(T0 - 100, T0),
                                                                                    (T0 + 86400, T0 + 86500)]


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(batches=st.lists(st.tuples(
    st.integers(0, 3 * 86400), st.integers(1, 2 * 86400),
    st.lists(st.tuples(st.integers(0, 5 * 86400), st.none() | st.floats(allow_nan=False, allow_infinity=False)),
             max_size=40)), max_size=5))
def test_any_sequence_of_fetches_reads_back_like_a_dict(store: Store, batches: list) -> None:  # type: ignore[type-arg]
    with store.transaction() as conn:
        conn.execute("DELETE FROM history_chunks")
        conn.execute("DELETE FROM history_coverage")
    model: dict[int, float | None] = {}
    for start, length, raw in batches:
        low, high = T0 + start, T0 + start + length
        points = sorted({T0 + t: v for t, v in raw if low <= T0 + t < high}.items())
        for t in [t for t in model if low <= t < high]:
            del model[t]
        model.update(points)
        save(store, points, [(low, high)])
    assert store_climate.points(store, KIND, 1011, T0, T0 + 6 * 86400) == sorted(model.items())
