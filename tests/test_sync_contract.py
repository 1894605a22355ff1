"""The engine reads only the adapter's declarations: resources pulled page by page from a stored cursor,
operations with their conflict handling, and a priority lane per vendor. A scripted adapter over a real
cache file plays the vendor."""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any

import pytest

from app.store import outbox, sync_state
from app.store.db import Store
from app.store.outbox import OutboxEntry
from app.sync.contract import ASK_USER, RESEND, Operation, Page, Progress, Resource
from app.sync.engine import SyncEngine
from app.vendors.errors import ConflictError, OfflineError
from app.vendors.http import BULK, INTERACTIVE, PriorityLane


class ScriptedVendor:
    """Three pages of records behind a cursor; the network may drop after a given page."""

    vendor = "scripted"
    concurrency = 2

    def __init__(self, pages: int = 3, fail_after: int | None = None) -> None:
        self.pages = pages
        self.fail_after = fail_after
        self.asked: list[str | None] = []
        self.sent: list[Any] = []
        self.stale_versions = 0
        self.resources = (Resource("things", self._pull),)
        self.operations = {"put": Operation("put", self._send, self._ack, self._on_conflict)}

    async def _pull(self, store: Store, cursor: str | None, progress: Progress) -> Page:
        self.asked.append(cursor)
        if cursor == "since:done":
            return Page(saved=0, cursor=cursor)  # nothing changed since
        page = int(cursor or 0)
        if self.fail_after is not None and page >= self.fail_after:
            raise OfflineError(self.vendor, "cannot connect")
        more = page + 1 < self.pages
        return Page(saved=10, cursor=str(page + 1) if more else "since:done", more=more)

    async def _send(self, entry: OutboxEntry) -> Any:
        if entry.payload.get("version", 0) < self.stale_versions:
            raise ConflictError(self.vendor, "the record changed since you read it", status=409)
        self.sent.append(entry.payload)
        return "ok"

    async def _ack(self, store: Store, entry: OutboxEntry, answer: Any) -> None:
        with store.transaction() as conn:
            outbox.acknowledge(conn, entry.id)

    async def _on_conflict(self, store: Store, entry: OutboxEntry, error: ConflictError) -> str:
        if entry.payload.get("mergeable"):  # refetch + merge: the write now carries the current version
            with store.transaction() as conn:
                outbox.replace_payload(conn, entry.id, {**entry.payload, "version": self.stale_versions})
            return RESEND
        return ASK_USER

    async def probe(self) -> None: ...

    async def aclose(self) -> None: ...


def _queue(store: Store, payload: dict[str, Any], key: str = "r1") -> int:
    with store.transaction() as conn:
        return outbox.enqueue(conn, vendor="scripted", operation="put", record_key=key, summary="Put",
                              payload=payload)


def test_pages_are_pulled_until_done_and_the_cursor_is_kept_for_the_next_sync(tmp_path: Path) -> None:
    store = Store(tmp_path / "cache.sqlite3")
    vendor = ScriptedVendor(pages=3)
    reports = asyncio.run(SyncEngine(store, [vendor]).sync())
    assert reports[0].pulled == 30
    assert vendor.asked == [None, "1", "2"]
    assert sync_state.cursor(store, "scripted", "things") == "since:done"
    asyncio.run(SyncEngine(store, [vendor]).sync())
    assert vendor.asked[-1] == "since:done", "the next sync asks only for what changed since"
    store.close()


@pytest.mark.allow_log("app.sync.engine", match=r"sync scripted: .*cannot connect")
def test_an_interrupted_pull_resumes_at_the_page_it_stopped_on(tmp_path: Path) -> None:
    store = Store(tmp_path / "cache.sqlite3")
    dropping = ScriptedVendor(pages=4, fail_after=2)
    report = asyncio.run(SyncEngine(store, [dropping]).sync())[0]
    assert isinstance(report.error, OfflineError) and report.pulled == 20
    assert sync_state.cursor(store, "scripted", "things") == "2"
    back = ScriptedVendor(pages=4)
    asyncio.run(SyncEngine(store, [back]).sync())
    assert back.asked == ["2", "3"], "pages already saved are not fetched again"
    store.close()


def test_a_stale_version_is_merged_and_sent_again_by_the_operations_conflict_handler(tmp_path: Path) -> None:
    store = Store(tmp_path / "cache.sqlite3")
    vendor = ScriptedVendor(pages=1)
    vendor.stale_versions = 5
    _queue(store, {"version": 1, "mergeable": True})
    report = asyncio.run(SyncEngine(store, [vendor]).replay("scripted"))
    assert (report.sent, report.rejected) == (1, 0)
    assert vendor.sent == [{"version": 5, "mergeable": True}]
    assert outbox.entries(store) == []
    store.close()


def test_a_conflict_the_handler_cannot_merge_waits_for_the_user_with_the_vendors_words(tmp_path: Path) -> None:
    store = Store(tmp_path / "cache.sqlite3")
    vendor = ScriptedVendor(pages=1)
    vendor.stale_versions = 5
    entry_id = _queue(store, {"version": 1})
    report = asyncio.run(SyncEngine(store, [vendor]).replay("scripted"))
    assert (report.sent, report.rejected) == (0, 1)
    entry = outbox.get(store, entry_id)
    assert entry is not None and entry.state == "rejected"
    assert entry.last_error == "the record changed since you read it"
    store.close()


def test_a_write_no_operation_can_send_is_kept_and_reported(tmp_path: Path) -> None:
    store = Store(tmp_path / "cache.sqlite3")
    with store.transaction() as conn:
        entry_id = outbox.enqueue(conn, vendor="scripted", operation="teleport", record_key="r", summary="?",
                                  payload={})
    report = asyncio.run(SyncEngine(store, [ScriptedVendor(pages=1)]).replay("scripted"))
    assert report.rejected == 1
    entry = outbox.get(store, entry_id)
    assert entry is not None and entry.state == "rejected" and "teleport" in (entry.last_error or "")
    store.close()


@pytest.mark.parametrize("limit", [1, 2])
def test_the_priority_lane_lets_a_users_request_go_before_queued_bulk_work(limit: int) -> None:
    order: list[str] = []

    async def scenario() -> None:
        lane = PriorityLane(limit)
        release = asyncio.Event()

        async def request(name: str, priority: int, hold: bool = False) -> None:
            async with lane.place(priority):
                order.append(name)
                if hold:
                    await release.wait()

        busy = [asyncio.create_task(request(f"running{i}", BULK, hold=True)) for i in range(limit)]
        await asyncio.sleep(0)
        queued = [asyncio.create_task(request(f"bulk{i}", BULK)) for i in range(3)]
        await asyncio.sleep(0)
        click = asyncio.create_task(request("click", INTERACTIVE))
        await asyncio.sleep(0)
        assert lane.busy == limit
        release.set()
        await asyncio.gather(*busy, *queued, click)
        assert lane.busy == 0

    asyncio.run(scenario())
    assert order.index("click") == limit, order
    assert [n for n in order if n.startswith("bulk")] == ["bulk0", "bulk1", "bulk2"]


def test_a_cancelled_waiter_does_not_lose_a_place_in_the_lane() -> None:
    async def scenario() -> int:
        lane = PriorityLane(1)
        await lane.acquire()
        waiter = asyncio.create_task(lane.acquire(BULK))
        await asyncio.sleep(0)
        waiter.cancel()
        await asyncio.gather(waiter, return_exceptions=True)
        lane.release()
        await asyncio.wait_for(lane.acquire(INTERACTIVE), 1)
        lane.release()
        return lane.busy

    assert asyncio.run(scenario()) == 0


def test_a_records_writes_are_read_without_the_rest_of_the_queue(tmp_path: Path) -> None:
    store = Store(tmp_path / "cache.sqlite3")
    first, _, last = _queue(store, {"n": 1}, "r1"), _queue(store, {"n": 2}, "r2"), _queue(store, {"n": 3}, "r1")
    assert [e.id for e in outbox.entries(store, record_key="r1")] == [first, last]
    assert [e.payload for e in outbox.entries(store, record_key="r2")] == [{"n": 2}]
    assert outbox.entries(store, record_key="r3") == []
    store.close()



@pytest.mark.allow_log("app.sync.engine", level="WARNING", match="cannot connect")
def test_why_a_write_waits_is_kept_as_fieldDesks_words_or_the_vendors(tmp_path: Path) -> None:
    """A failure FieldDesk describes is stored with its template (the window translates it); a vendor's words are
    stored as they are; a `last_error` an older build rewrote no longer matches its template, which is then unused."""
    from app.i18n import QT_TRANSLATE_NOOP, Text

    class Unreachable(ScriptedVendor):
        async def _send(self, entry: OutboxEntry) -> Any:
            if entry.payload.get("refused"):
                raise ConflictError(self.vendor, "Le client a changé", status=409)
            raise OfflineError(self.vendor, Text(QT_TRANSLATE_NOOP("VendorError", "cannot connect")))

    store = Store(tmp_path / "cache.sqlite3")
    refused, offline = _queue(store, {"refused": True}, "r1"), _queue(store, {}, "r2")
    asyncio.run(SyncEngine(store, [Unreachable(pages=1)]).replay("scripted"))
    answered, waiting = outbox.get(store, refused), outbox.get(store, offline)
    assert answered is not None and answered.state == "rejected"
    assert (answered.last_error, answered.last_error_template) == ("Le client a changé", None)
    assert waiting is not None and waiting.state == "pending"
    assert (waiting.last_error, waiting.last_error_template) == ("cannot connect", Text("cannot connect"))
    with store.transaction() as conn:  # what an older build (schema before step 13) writes: last_error alone
        conn.execute("UPDATE outbox SET last_error = 'timed out (ReadTimeout)' WHERE id = ?", (offline,))
    rewritten = outbox.get(store, offline)
    assert rewritten is not None and rewritten.last_error_template is None
    store.close()


def test_a_pause_reason_an_older_build_rewrote_is_not_said_from_the_stale_template(tmp_path: Path) -> None:
    from app.i18n import QT_TRANSLATE_NOOP, Text
    from app.sync.state import read_state

    store = Store(tmp_path / "cache.sqlite3")
    refused = Text(QT_TRANSLATE_NOOP("VendorError", "authentication failed ({words})"), {"words": "HTTP 401"})
    sync_state.record(store, "scripted", success=False, paused_reason=refused)
    assert read_state(store).paused_texts == {"scripted": refused}
    with store.transaction() as conn:  # an older build (before step 11) pauses it for another reason
        conn.execute("UPDATE sync_state SET paused_reason = 'sign-in refused' WHERE vendor = 'scripted'")
    state = read_state(store)
    assert state.paused == {"scripted": "sign-in refused"} and state.paused_texts == {}
    store.close()
