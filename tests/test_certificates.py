"""Pro+ certificates end to end: the simulator's certificates (demo ones for six demo clients over two years) over
httpx, a real SQLite cache, the sync resource and `desk.certificates`: fetching a range (in yearly pieces) or a work
order's, the sync's cursor, downloads that land whole or not at all, are not fetched twice, come back when deleted,
fail one by one, get names every OS accepts, and go as many at once as Pro+'s lane allows."""

from __future__ import annotations

import asyncio
import datetime as dt
import errno
import itertools
import os
from collections.abc import AsyncIterator, Coroutine
from pathlib import Path
from typing import Any, TypeVar

import httpx
import pytest

from app.sandbox.proplus import ProPlusState, create_proplus_app
from app.sandbox.proplus_certificates import CertificateBook
from app.sandbox.proplus_workorders import DONE
from app.services import certificates as service_module
from app.services.certificates import CertificateError, CertificateService, safe_name
from app.services.fielddesk import FieldDesk
from app.store import certificates as store_cert
from app.store import sync_state
from app.store.db import Store
from app.store.migrations import MIGRATIONS
from app.vendors.http import RetryPolicy
from app.vendors.proplus.sync.certificates import pieces
from tests.helpers import sandbox_state

T = TypeVar("T")
TODAY = dt.date.today()
PULL, DOWNLOAD = "/expose/pull-certificates", "/expose/download-certificate"


def run(coro: Coroutine[Any, Any, T]) -> T:
    return asyncio.run(coro)


def pro(day: dt.date) -> str:
    return f"{day.day:02d}-{day.month:02d}-{day.year:04d}"


class _CutShort(httpx.AsyncByteStream):
    """Half the body, then the connection drops."""

    def __init__(self, body: bytes) -> None:
        self.body = body

    async def __aiter__(self) -> AsyncIterator[bytes]:
        yield self.body[:len(self.body) // 2]
        raise httpx.ReadError("connection reset by peer")


class Rigged(httpx.AsyncBaseTransport):
    """The simulator, with the network failing for chosen files, and the downloads in flight counted."""

    def __init__(self, inner: httpx.AsyncBaseTransport) -> None:
        self.inner = inner
        self.requests: list[httpx.Request] = []
        self.unreachable: set[int] = set()  # every request for these file ids fails to connect
        self.drop_once: set[int] = set()  # the first request for these fails to connect
        self.cut_short: set[int] = set()  # these answers break off half way through the body
        self.in_flight = 0
        self.most_in_flight = 0

    def file_id(self, request: httpx.Request) -> int | None:
        return int(request.url.params["id"]) if request.url.path == DOWNLOAD else None

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        file_id = self.file_id(request)
        if file_id in self.unreachable:
            raise httpx.ConnectError("network is unreachable", request=request)
        if file_id in self.drop_once:
            self.drop_once.discard(file_id)
            raise httpx.ConnectError("network is unreachable", request=request)
        counted = file_id is not None
        if counted:
            self.in_flight += 1
            self.most_in_flight = max(self.most_in_flight, self.in_flight)
        try:
            response = await self.inner.handle_async_request(request)
        finally:
            if counted:
                self.in_flight -= 1
        if file_id in self.cut_short:
            body = await response.aread()
            return httpx.Response(response.status_code, headers=response.headers, stream=_CutShort(body),
                                  request=request)
        return response

    def asked(self, path: str) -> list[httpx.Request]:
        return [r for r in self.requests if r.url.path == path]

    async def aclose(self) -> None:
        await self.inner.aclose()


class Rig:
    def __init__(self, home: Path, clients: int = 6) -> None:
        self.state: ProPlusState = sandbox_state(clients)
        self.book = CertificateBook()
        self.book.seed_demo(self.state.all_clients(), TODAY)
        self.app = create_proplus_app(self.state, certificates=self.book)
        self.net = Rigged(httpx.ASGITransport(app=self.app))
        self.desk = FieldDesk.open(home, "sandbox", transports={"proplus": self.net})

    @property
    def certificates(self) -> CertificateService:
        return self.desk.certificates

    def no_retries(self) -> None:
        """A failure is final at once (the HTTP layer would otherwise retry it for seconds)."""
        self.desk.engine.adapters["proplus"].client.http.retry = RetryPolicy(max_retries=0)  # type: ignore[attr-defined]

    def content(self, file_id: int) -> bytes:
        document = self.book.document(file_id)
        assert document is not None
        return document.content

    async def fetch_all(self) -> int:
        return await self.certificates.fetch(TODAY - dt.timedelta(days=800), TODAY)

    def file_ids(self) -> list[int]:
        return [f["id"] for c in self.certificates.all() for f in c["files"]]


@pytest.fixture
def rig(tmp_path: Path) -> Rig:
    return Rig(tmp_path / "home")


# ---------------------------------------------------------------------------------------------- the cache


def test_schema_step_16_is_minor_and_adds_only_the_two_tables(tmp_path: Path) -> None:
    step = MIGRATIONS[15]
    assert not step.major
    assert all(s.lstrip().startswith(("CREATE TABLE certificate", "CREATE INDEX certificate")) for s in step.statements)
    store = Store(tmp_path / "cache.sqlite3")
    indexes = {r[0] for r in store.conn.execute("SELECT name FROM sqlite_master WHERE type = 'index'")}
    assert {"certificates_order", "certificate_files_certificate"} <= indexes
    plan = " ".join(r[3] for r in store.conn.execute(
        "EXPLAIN QUERY PLAN SELECT id FROM certificates ORDER BY certification_date DESC, id"))
    assert "certificates_order" in plan and "TEMP B-TREE" not in plan, plan
    store.close()


def _fetched(cert_id: int, day: str | None, files: list[tuple[int, str, str | None]]
             ) -> store_cert.FetchedCertificate:
    return store_cert.FetchedCertificate(cert_id, {"client_name": f"Client {cert_id}", "certification_date": day},
                                         {"id": cert_id}, [store_cert.FetchedFile(*f) for f in files])


def test_a_refetch_updates_a_certificate_and_keeps_what_was_downloaded(tmp_path: Path) -> None:
    store = Store(tmp_path / "cache.sqlite3")
    with store.transaction() as conn:
        store_cert.save_fetched(conn, [_fetched(1, "2024-05-01", [(10, "document", "a.pdf"), (11, "image", "b.jpg"),
                                                                  (12, "document", "c.json")]),
                                       _fetched(2, "2025-01-02", []), _fetched(3, None, [])])
        store_cert.set_downloaded(conn, 10, "/somewhere/a.pdf", 100)
        store_cert.set_downloaded(conn, 12, "/somewhere/c.json", 7)
    assert [c["id"] for c in store_cert.all_certificates(store)] == [2, 1, 3], "newest first, undated last"
    with store.transaction() as conn:  # Pro+ renamed a.pdf and no longer lists b.jpg or c.json
        store_cert.save_fetched(conn, [_fetched(1, "2024-05-02", [(10, "document", "a2.pdf")])])
    found = store_cert.get(store, 1)
    assert found is not None and found["certification_date"] == "2024-05-02"
    by_id = {f["id"]: f for f in found["files"]}
    assert by_id[10]["name"] == "a2.pdf" and by_id[10]["path"] == "/somewhere/a.pdf" and by_id[10]["size"] == 100
    assert 11 not in by_id, "a file never downloaded and no longer listed is dropped"
    assert by_id[12]["path"] == "/somewhere/c.json", "a downloaded one stays known"
    store.close()


@pytest.mark.parametrize(("given", "expected"), [
    ("22042020_1708_0_VJ_Périodiquement_FR.pdf", "22042020_1708_0_VJ_Périodiquement_FR.pdf"),
    ("Chauffage Liégeois / Ŝtraße", "Chauffage Liégeois _ Ŝtraße"),
    ("../../etc/passwd", "_.._etc_passwd"),
    ("..\\..\\Windows\\win.ini", "_.._Windows_win.ini"),
    ('a:b*c?d"e<f>g|h', "a_b_c_d_e_f_g_h"),
    ("report\u202efdp.exe", "report_fdp.exe"),  # a right-to-left override would show "exe.pdf"
    ("line\nbreak\tand\x00nul", "line_break_and_nul"),
    ("CON.pdf", "_CON.pdf"),
    ("nul", "_nul"),
    ("  trailing dots... ", "trailing dots"),
    (".hidden", "hidden"),
    ("", "fallback"),
    ("...", "fallback"),
    (None, "fallback"),
    ("Cafe\u0301", "Café"),  # NFD as macOS writes it, kept as one NFC name
])
def test_names_are_made_safe_for_every_os(given: str | None, expected: str) -> None:
    assert safe_name(given, "fallback") == expected


def test_a_long_name_is_shortened_and_keeps_its_extension() -> None:
    name = safe_name("é" * 300 + ".pdf", "x")
    assert name.endswith(".pdf") and len(name) <= 120 and len(name.encode("utf-8")) < 255


def test_pieces_cover_a_range_in_yearly_pieces() -> None:
    start, end = dt.date(2020, 1, 1), dt.date(2023, 6, 30)
    found = pieces(start, end)
    assert found[0][0] == start and found[-1][1] == end and len(found) == 4
    assert all((b - a).days + 1 <= 366 for a, b in found)
    assert all(later[0] - earlier[1] == dt.timedelta(days=1) for earlier, later in itertools.pairwise(found))
    assert pieces(end, start) == [] and pieces(start, start) == [(start, start)]


# ---------------------------------------------------------------------------------------------- fetching


def test_fetch_asks_a_long_range_in_yearly_pieces_and_caches_every_certificate(rig: Rig) -> None:
    async def scenario() -> None:
        begin = TODAY - dt.timedelta(days=800)
        assert await rig.certificates.fetch(begin, TODAY) == len(rig.book.certificates) > 0
        asked = [(r.url.params["from_date"], r.url.params["to_date"]) for r in rig.net.asked(PULL)]
        days = [(dt.datetime.strptime(a, "%d-%m-%Y").date(), dt.datetime.strptime(b, "%d-%m-%Y").date())
                for a, b in asked]
        assert len(days) == 3 and all((b - a).days + 1 <= 366 for a, b in days)
        assert min(a for a, _ in days) == begin and max(b for _, b in days) == TODAY
        cached = rig.certificates.all()
        assert len(cached) == len(rig.book.certificates)
        dates = [c["certification_date"] for c in cached]
        assert dates == sorted(dates, reverse=True), "newest certification first"
        wire = next(w for w in rig.book.certificates if w["id"] == cached[0]["id"])
        first = cached[0]
        assert pro(dt.date.fromisoformat(first["certification_date"])) == wire["certification_date"]
        assert pro(dt.date.fromisoformat(first["next_certification_date"])) == wire["next_certification_date"]
        assert first["client_name"] == wire["client_name"] and first["appliance_id"] == wire[
            "client_heating_appliance_id"]
        assert [f["id"] for f in first["files"]] == sorted(
            [f["id"] for f in wire["certificate_files"]]) + [i["id"] for i in wire["certificate_images"]]
        assert all(f["path"] is None and f["size"] is None for f in first["files"]) and first["downloaded"] == 0
        assert rig.certificates.get(first["id"]) == first and rig.certificates.get(10**9) is None
        await rig.desk.aclose()

    run(scenario())


def test_fetch_for_a_work_order_caches_its_certificate(rig: Rig) -> None:
    client = rig.state.all_clients()[0]
    appliance = client["heating_appliance"][0]
    rig.book.add_work_orders([{"wo_number": "WO-4711", "status": DONE, "client_id": client["id"],
                               "heating_appliance_id": appliance["id"], "execution_date": pro(TODAY)}],
                             {client["id"]: client})

    async def scenario() -> None:
        assert await rig.certificates.fetch_for_work_order(" WO-4711 ") == 1
        [cached] = [c for c in rig.certificates.all() if c["wo_number"] == "WO-4711"]
        assert cached["client_name"] == client["name"] and cached["certification_date"] == TODAY.isoformat()
        assert await rig.certificates.fetch_for_work_order("WO-NONE") == 0
        with pytest.raises(CertificateError, match="work order number"):
            await rig.certificates.fetch_for_work_order("  ")
        await rig.desk.aclose()

    run(scenario())


def test_fetch_says_plainly_when_pro_plus_is_not_set_up_or_cannot_be_reached(rig: Rig, tmp_path: Path) -> None:
    async def scenario() -> None:
        unset = CertificateService(rig.desk.store, lambda: None, lambda: None, tmp_path / "dl")
        with pytest.raises(CertificateError, match="Pro\\+ is not set up") as caught:
            await unset.fetch(TODAY - dt.timedelta(days=5), TODAY)
        assert caught.value.text is not None, "the window can say it in the user's language"
        with pytest.raises(CertificateError, match="before it starts"):
            await rig.certificates.fetch(TODAY, TODAY - dt.timedelta(days=1))
        await rig.fetch_all()
        file_id = rig.file_ids()[0]
        [result] = await unset.download([file_id])
        assert result.path is None and "Pro+ is not set up" in (result.error or "")
        rig.app.state.secret_key = "another-key"
        with pytest.raises(CertificateError, match="authentication failed"):
            await rig.certificates.fetch(TODAY - dt.timedelta(days=5), TODAY)
        await rig.desk.aclose()

    run(scenario())


# ---------------------------------------------------------------------------------------------- syncing


def test_the_sync_reads_the_last_year_then_only_what_is_new(rig: Rig) -> None:
    async def scenario() -> None:
        [report] = await rig.desk.sync(["proplus"])
        assert report.error is None
        [first] = rig.net.asked(PULL)
        assert (first.url.params["from_date"], first.url.params["to_date"]) == (
            pro(TODAY - dt.timedelta(days=365)), pro(TODAY))
        recent = rig.book.between(TODAY - dt.timedelta(days=365), TODAY)
        assert {c["id"] for c in rig.certificates.all()} == {c["id"] for c in recent}
        assert report.pulled == len(rig.state.all_clients()) + len(recent)
        assert sync_state.cursor(rig.desk.store, "proplus", "certificates") == TODAY.isoformat()

        # A certificate made since: the next sync asks from the day before the last one fetched, and gets it.
        client = rig.state.all_clients()[1]
        rig.book.add_work_orders([{"wo_number": "WO-NEW", "status": DONE, "client_id": client["id"],
                                   "heating_appliance_id": client["heating_appliance"][0]["id"],
                                   "execution_date": pro(TODAY)}], {client["id"]: client})
        [report] = await rig.desk.sync(["proplus"])
        assert report.error is None
        second = rig.net.asked(PULL)[-1]
        assert (second.url.params["from_date"], second.url.params["to_date"]) == (
            pro(TODAY - dt.timedelta(days=1)), pro(TODAY))
        assert any(c["wo_number"] == "WO-NEW" for c in rig.certificates.all())

        # After ten days away, the sync asks for those ten days (and the day before), not for a year.
        sync_state.set_cursor(rig.desk.store, "proplus", "certificates", (TODAY - dt.timedelta(days=10)).isoformat())
        await rig.desk.sync(["proplus"])
        third = rig.net.asked(PULL)[-1]
        assert third.url.params["from_date"] == pro(TODAY - dt.timedelta(days=11))
        assert len(rig.net.asked(PULL)) == 3
        await rig.desk.aclose()

    run(scenario())


def test_a_sync_keeps_what_was_downloaded(rig: Rig) -> None:
    async def scenario() -> None:
        await rig.desk.sync(["proplus"])
        file_id = rig.file_ids()[0]
        [result] = await rig.certificates.download([file_id])
        assert result.path is not None
        sync_state.set_cursor(rig.desk.store, "proplus", "certificates", None)  # the whole year again
        await rig.desk.sync(["proplus"])
        [shown] = [f for c in rig.certificates.all() for f in c["files"] if f["id"] == file_id]
        assert shown["path"] == str(result.path) and shown["size"] == len(rig.content(file_id))
        await rig.desk.aclose()

    run(scenario())


# ---------------------------------------------------------------------------------------------- downloading


def test_a_download_writes_the_exact_bytes_once_and_again_when_deleted(rig: Rig) -> None:
    async def scenario() -> None:
        await rig.fetch_all()
        certificate = next(c for c in rig.certificates.all() if len(c["files"]) == 3)  # JSON, PDF and a photo
        ids = [f["id"] for f in certificate["files"]]
        seen: list[tuple[int, int]] = []
        results = await rig.certificates.download(ids, lambda done, total: seen.append((done, total)))
        assert [r.file_id for r in results] == ids and all(r.error is None for r in results)
        assert seen[0] == (0, 3) and seen[-1] == (3, 3)
        folder = rig.certificates.folder / certificate["client_name"]
        for result, listed in zip(results, certificate["files"], strict=True):
            assert result.path == folder / listed["name"]
            assert result.path.read_bytes() == rig.content(result.file_id)
        assert results[1].path is not None and results[1].path.read_bytes().startswith(b"%PDF-")
        shown = rig.certificates.get(certificate["id"])
        assert shown is not None and shown["downloaded"] == 3
        assert [f["path"] for f in shown["files"]] == [str(r.path) for r in results]
        assert [f["size"] for f in shown["files"]] == [len(rig.content(i)) for i in ids]
        assert sorted(p.name for p in folder.iterdir()) == sorted(f["name"] for f in certificate["files"]), \
            "nothing else is left in the folder"

        before = len(rig.net.asked(DOWNLOAD))
        again = await rig.certificates.download(ids)
        assert again == results and len(rig.net.asked(DOWNLOAD)) == before, "files on disk are not fetched again"

        assert results[0].path is not None and results[2].path is not None
        results[0].path.unlink()  # deleted by the user
        results[2].path.write_bytes(b"half")  # or damaged
        shown = rig.certificates.get(certificate["id"])
        assert shown is not None and shown["files"][0]["path"] is None and shown["downloaded"] == 2
        third = await rig.certificates.download(ids)
        assert third == results, "fetched again, to the same place"
        assert sorted(int(r.url.params["id"]) for r in rig.net.asked(DOWNLOAD)[before:]) == [ids[0], ids[2]]
        assert results[0].path.read_bytes() == rig.content(ids[0])
        assert results[2].path.read_bytes() == rig.content(ids[2])
        await rig.desk.aclose()

    run(scenario())


def test_each_failing_file_is_reported_while_the_others_land(rig: Rig) -> None:
    async def scenario() -> None:
        await rig.fetch_all()
        rig.no_retries()
        ids = rig.file_ids()[:6]
        rig.net.unreachable.add(ids[1])
        with rig.desk.store.transaction() as conn:  # a file Pro+ no longer has (removed since the fetch)
            store_cert.save_fetched(conn, [_fetched(888, "2020-01-01", [(888_888, "document", "gone.pdf")])])
        results = await rig.certificates.download([*ids, 888_888, 999_999])
        by_id = {r.file_id: r for r in results}
        assert [r.file_id for r in results] == [*ids, 888_888, 999_999], "one result per file, in order"
        assert by_id[ids[1]].path is None and "cannot connect" in (by_id[ids[1]].error or "")
        assert by_id[888_888].path is None and "not found" in (by_id[888_888].error or "").lower()
        assert by_id[999_999].path is None and "no certificate file 999999" in (by_id[999_999].error or "")
        landed = [r for r in results if r.error is None]
        assert [r.file_id for r in landed] == [i for i in ids if i != ids[1]]
        assert all(r.path is not None and r.path.read_bytes() == rig.content(r.file_id) for r in landed)
        assert all("sandbox" not in (r.error or "") for r in results), "no secret key in a message"

        # A connection dropped once is retried by the HTTP layer: the file lands.
        rig.desk.engine.adapters["proplus"].client.http.retry = RetryPolicy(  # type: ignore[attr-defined]
            max_retries=2, initial_delay=0.01)
        rig.net.unreachable.clear()
        rig.net.drop_once.add(ids[1])
        [result] = await rig.certificates.download([ids[1]])
        assert result.error is None and result.path is not None
        assert result.path.read_bytes() == rig.content(ids[1])
        await rig.desk.aclose()

    run(scenario())


def _leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.rglob("*") if p.is_file())


def test_a_download_broken_off_half_way_leaves_no_file(rig: Rig) -> None:
    async def scenario() -> None:
        await rig.fetch_all()
        rig.no_retries()
        [file_id] = rig.file_ids()[:1]
        rig.net.cut_short.add(file_id)
        [result] = await rig.certificates.download([file_id])
        assert result.path is None and "dropped" in (result.error or "")
        assert _leftovers(rig.certificates.folder) == []
        await rig.desk.aclose()

    run(scenario())


def test_a_write_that_fails_half_way_leaves_nothing_under_the_final_name(rig: Rig,
                                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    real_fsync = os.fsync
    finals: list[bool] = []

    async def scenario() -> None:
        await rig.fetch_all()
        certificate = rig.certificates.all()[0]
        first, second = certificate["files"][0], certificate["files"][1]
        folder = rig.certificates.folder / safe_name(certificate["client_name"], "")

        def full_disk(fd: int) -> None:
            names = [p.name for p in folder.iterdir()]
            finals.append(first["name"] in names)
            if any(n.endswith(".part") for n in names):  # the file's own write, not the folder's
                raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
            real_fsync(fd)

        monkeypatch.setattr(service_module.os, "fsync", full_disk)
        [result] = await rig.certificates.download([first["id"]])
        assert result.path is None and "No space left" in (result.error or "")
        assert finals == [False], "the bytes were written under another name"
        assert _leftovers(rig.certificates.folder) == [], "the temporary file went too"
        shown = rig.certificates.get(certificate["id"])
        assert shown is not None and shown["downloaded"] == 0

        monkeypatch.setattr(service_module.os, "fsync", real_fsync)
        [ok] = await rig.certificates.download([first["id"]])
        assert ok.path is not None and ok.path.read_bytes() == rig.content(first["id"])
        # Replacing a damaged copy: the old bytes stay under the final name until the new ones are whole.
        ok.path.write_bytes(b"damaged")
        monkeypatch.setattr(service_module.os, "fsync", full_disk)
        [failed] = await rig.certificates.download([first["id"]])
        assert failed.error is not None and ok.path.read_bytes() == b"damaged"
        assert _leftovers(rig.certificates.folder) == [first["name"]]
        monkeypatch.setattr(service_module.os, "fsync", real_fsync)
        [other] = await rig.certificates.download([second["id"]])
        assert other.error is None
        await rig.desk.aclose()

    run(scenario())


def test_hostile_or_foreign_names_are_made_safe_and_clashes_numbered(rig: Rig) -> None:
    wire = next(c for c in rig.book.certificates if len(c["certificate_files"]) == 2)
    wire["client_name"] = "Brasserie Ŝtéphanie / Zoë: \"Ånd\" Co."
    wire["certificate_files"][0]["doc"] = "../../../outside.pdf"
    wire["certificate_files"][1]["doc"] = "..\\..\\..\\outside.pdf"  # the same name once made safe

    async def scenario() -> None:
        await rig.fetch_all()
        ids = [f["id"] for f in wire["certificate_files"]]
        results = await rig.certificates.download(ids)
        assert all(r.error is None and r.path is not None for r in results), results
        folder = rig.certificates.folder / "Brasserie Ŝtéphanie _ Zoë_ _Ånd_ Co"
        assert {r.path for r in results} == {folder / "_.._.._outside.pdf", folder / "_.._.._outside (2).pdf"}
        assert all(r.path is not None and r.path.resolve().is_relative_to(rig.certificates.folder.resolve())
                   for r in results)
        assert sorted(p.name for p in folder.iterdir()) == ["_.._.._outside (2).pdf", "_.._.._outside.pdf"]
        # Downloaded again after the first is deleted: each keeps its own name.
        assert results[0].path is not None
        results[0].path.unlink()
        assert await rig.certificates.download(ids) == results
        await rig.desk.aclose()

    run(scenario())


def test_a_file_of_someone_else_with_the_same_name_is_not_overwritten(rig: Rig) -> None:
    async def scenario() -> None:
        await rig.fetch_all()
        certificate = rig.certificates.all()[0]
        listed = certificate["files"][0]
        folder = rig.certificates.folder / safe_name(certificate["client_name"], "")
        folder.mkdir(parents=True)
        (folder / listed["name"]).write_bytes(b"the user's own file")
        [result] = await rig.certificates.download([listed["id"]])
        stem, suffix = os.path.splitext(listed["name"])
        assert result.path == folder / f"{stem} (2){suffix}"
        assert (folder / listed["name"]).read_bytes() == b"the user's own file"
        await rig.desk.aclose()

    run(scenario())


def test_downloads_go_as_many_at_once_as_the_pro_plus_lane_allows(rig: Rig) -> None:
    async def scenario() -> None:
        await rig.fetch_all()
        ids = rig.file_ids()
        lane = rig.desk.engine.adapters["proplus"].client.http.lane  # type: ignore[attr-defined]
        assert len(ids) > 2 * lane.limit
        rig.app.state.latency = 0.05  # each answer waits: downloads overlap only if they are sent together
        results = await rig.certificates.download(ids)
        assert all(r.error is None for r in results)
        assert len(rig.net.asked(DOWNLOAD)) == len(ids)
        assert rig.net.most_in_flight == lane.limit, "the lane is filled, and never overfilled"
        await rig.desk.aclose()

    run(scenario())


def test_the_event_loop_stays_free_while_files_are_written(rig: Rig, monkeypatch: pytest.MonkeyPatch) -> None:
    """The disk write runs in a worker thread: a slow disk does not hold the loop (the window)."""
    import threading
    import time

    loop_thread: list[int] = []
    writers: list[int] = []
    real = service_module.write_atomically

    def slow_write(target: Path, content: bytes) -> None:
        writers.append(threading.get_ident())
        time.sleep(0.2)
        real(target, content)

    async def scenario() -> None:
        loop_thread.append(threading.get_ident())
        await rig.fetch_all()
        monkeypatch.setattr(service_module, "write_atomically", slow_write)
        ticks = 0

        async def tick() -> None:
            nonlocal ticks
            while True:
                await asyncio.sleep(0.01)
                ticks += 1

        ticker = asyncio.create_task(tick())
        results = await rig.certificates.download(rig.file_ids()[:2])
        ticker.cancel()
        assert all(r.error is None for r in results)
        assert writers and loop_thread[0] not in writers
        assert ticks > 5, "the loop went on while the files were written"
        await rig.desk.aclose()

    run(scenario())


def test_a_temporary_file_a_killed_download_left_is_cleared_and_a_recent_one_kept(rig: Rig) -> None:
    """A kill between the temporary file and its rename leaves `.<name>.<random>.part` behind. The next download into
    that folder removes such files once they are old, and never one another download may still be writing."""

    async def scenario() -> None:
        await rig.fetch_all()
        certificate = rig.certificates.all()[0]
        folder = rig.certificates.folder / safe_name(certificate["client_name"], "")
        folder.mkdir(parents=True)
        stale, fresh = folder / ".report.pdf.k1ll3d.part", folder / ".report.pdf.wr1t1ng.part"
        kept = folder / ".notes.part.txt"  # the user's own hidden file: not a FieldDesk temporary file
        for path in (stale, fresh, kept):
            path.write_bytes(b"half a file")
        two_hours_ago = stale.stat().st_mtime - 2 * 3600
        os.utime(stale, (two_hours_ago, two_hours_ago))
        os.utime(kept, (two_hours_ago, two_hours_ago))
        [result] = await rig.certificates.download([certificate["files"][0]["id"]])
        assert result.path is not None and result.path.parent == folder
        assert not stale.exists() and fresh.exists() and kept.exists()
        await rig.desk.aclose()

    run(scenario())
