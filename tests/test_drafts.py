"""Drafts of unsaved forms in the cache (app.services.drafts): kept in order by their own writer thread, answered from
memory until written, durable across a restart, and never lost to a write that failed."""

from __future__ import annotations

import json
import sqlite3
import threading
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.services.drafts import DraftService
from app.store.db import Store


@pytest.fixture
def store(tmp_path: Path) -> Any:
    opened = Store(tmp_path / "cache.sqlite3")
    yield opened
    opened.close()


def rows(path: Path) -> list[tuple[str, str, str]]:
    """What the cache file holds, read by another connection (as the next FieldDesk would)."""
    with sqlite3.connect(path) as conn:
        return conn.execute("SELECT kind, record_key, state FROM drafts ORDER BY kind, record_key").fetchall()


def test_a_kept_draft_is_found_at_once_and_written_in_the_background(store: Store) -> None:
    drafts = DraftService(store)
    drafts.keep("client", "c1", "Edit client: Aaron", {"client": {"name": "Aaron (typed)"}})
    found = drafts.find("client", "c1")  # before or after the write: the same answer
    assert found is not None and found.state == {"client": {"name": "Aaron (typed)"}} and found.title.endswith("Aaron")
    drafts.flush()
    assert rows(store.path) == [("client", "c1", json.dumps({"client": {"name": "Aaron (typed)"}}))]
    drafts.close()


def test_the_last_of_several_keeps_wins_and_forgetting_deletes(store: Store) -> None:
    drafts = DraftService(store)
    for text in ("A", "Aa", "Aar"):
        drafts.keep("technician", "", "New technician", {"name": text})
    drafts.keep("customer", "k", "Change customer", {"Name": "x"})
    drafts.flush()
    assert [(d.kind, d.state) for d in drafts.all()] in (
        [("technician", {"name": "Aar"}), ("customer", {"Name": "x"})],
        [("customer", {"Name": "x"}), ("technician", {"name": "Aar"})])  # kept in the same second
    drafts.forget("technician", "")
    assert drafts.find("technician", "") is None  # at once
    drafts.close()
    assert [r[:2] for r in rows(store.path)] == [("customer", "k")]


def test_drafts_survive_a_restart(tmp_path: Path) -> None:
    first = Store(tmp_path / "cache.sqlite3")
    drafts = DraftService(first)
    drafts.keep("workorder", "", "New work order", {"external_name": "Ketel Janssens"})
    drafts.close()  # what FieldDesk.aclose does before the cache closes
    first.close()
    second = Store(tmp_path / "cache.sqlite3")
    try:
        [draft] = DraftService(second).all()
        assert (draft.kind, draft.key, draft.state) == ("workorder", "", {"external_name": "Ketel Janssens"})
    finally:
        second.close()


def test_a_damaged_draft_row_is_no_draft(store: Store) -> None:
    with store.transaction() as conn:
        conn.execute("INSERT INTO drafts VALUES ('client', 'a', 't', '{not json', '2026-12-08T10:00:00+00:00')")
        conn.execute("INSERT INTO drafts VALUES ('client', 'b', 't', '[1, 2]', '2026-12-08T10:00:00+00:00')")
    drafts = DraftService(store)
    assert drafts.find("client", "a") is None and drafts.find("client", "b") is None and drafts.all() == []


@pytest.mark.allow_log("app.services.drafts", match="could not keep 1 form draft")
def test_a_failed_write_keeps_the_draft_in_memory_and_writes_it_next_time(store: Store,
                                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    drafts = DraftService(store)
    real = store.transaction
    failing = [True]

    def transaction(**kwargs: Any) -> Any:
        if failing[0]:
            raise sqlite3.OperationalError("database or disk is full")
        return real(**kwargs)

    monkeypatch.setattr(store, "transaction", transaction)
    drafts.keep("device", "", "Register a measuring device", {"serial": "SN-1"})
    drafts.flush()
    assert rows(store.path) == []
    assert drafts.find("device", "") is not None  # still there for this session
    failing[0] = False
    drafts.keep("device", "", "Register a measuring device", {"serial": "SN-12"})
    drafts.close()
    assert rows(store.path) == [("device", "", json.dumps({"serial": "SN-12"}))]


def test_listeners_hear_each_keep_and_forget_on_the_callers_thread(store: Store) -> None:
    drafts = DraftService(store)
    heard: list[threading.Thread] = []
    drafts.watch(lambda: heard.append(threading.current_thread()))
    drafts.keep("client", "", "New client", {})
    drafts.forget("client", "")
    assert heard == [threading.current_thread()] * 2
    drafts.close()


json_values = st.recursive(st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(),
                           lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(), inner, max_size=4),
                           max_leaves=20)


@settings(max_examples=60, deadline=None)
@given(state=st.dictionaries(st.text(), json_values, max_size=6), key=st.text(max_size=30))
def test_any_typed_state_comes_back_as_it_was(tmp_path_factory: pytest.TempPathFactory, state: dict[str, Any],
                                              key: str) -> None:
    """Whatever was typed, lone surrogates and control characters included, is written and read back unchanged."""
    path = tmp_path_factory.mktemp("drafts") / "cache.sqlite3"
    store = Store(path)
    try:
        drafts = DraftService(store)
        drafts.keep("client", key, "title", state)
        drafts.close()
        reopened = DraftService(Store(path))
        found = reopened.find("client", key)
        assert found is not None and found.state == state
        reopened.store.close()
    finally:
        store.close()
