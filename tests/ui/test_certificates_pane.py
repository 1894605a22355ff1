"""The certificates pane over a synced sandbox cache (the demo Pro+ certificates of the last year), driven as support
staff drive it: the list newest first, the filter, the details with the files, downloading one file or every file of
several certificates (with progress, the window staying usable), failures with their reasons, fetching a date range
or a work order, and opening what was downloaded (recorded: nothing is opened for real)."""

from __future__ import annotations

import asyncio
import datetime as dt
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any, NamedTuple

import httpx
import pytest
from PySide6.QtCore import QItemSelection, QItemSelectionModel, QLocale, Qt, QTimer, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QDialogButtonBox

from app.sandbox.proplus import sandbox_app
from app.sandbox.proplus_certificates import CertificateBook
from app.services.fielddesk import FieldDesk
from app.vendors.http import RetryPolicy
from tests.helpers import SwitchableTransport
from ui.app import install_translators
from ui.main_window import PANES, MainWindow
from ui.models.base import LocalIdRole
from ui.models.certificates import CertificateTableModel
from ui.panes.certificates import CertificatesPane, FetchDialog

TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)


class LosingFiles(httpx.AsyncBaseTransport):
    """The simulator, except that the files in `lost` are gone from Pro+ (it answers its own 404 for them)."""

    def __init__(self, inner: httpx.AsyncBaseTransport) -> None:
        self.inner = inner
        self.lost: set[int] = set()

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith("/download-certificate") and int(request.url.params.get("id", 0)) in self.lost:
            request.url = request.url.copy_set_param("id", "999999999")
        return await self.inner.handle_async_request(request)


class Wired(NamedTuple):
    desk: FieldDesk
    net: SwitchableTransport  # online or not
    losing: LosingFiles
    book: CertificateBook  # what the simulated Pro+ serves


@pytest.fixture(autouse=True)
def opened(monkeypatch: pytest.MonkeyPatch) -> list[QUrl]:
    """Every URL the pane hands to the desktop; nothing is opened for real."""
    urls: list[QUrl] = []

    def record(url: QUrl) -> bool:
        urls.append(QUrl(url))
        return True

    monkeypatch.setattr(QDesktopServices, "openUrl", record)
    return urls


@pytest.fixture
def wired(home: Path, qloop: Any) -> Iterator[Wired]:
    """A desk whose Pro+ is the standard sandbox simulator behind a switchable network, synced once."""
    app = sandbox_app(None)
    losing = LosingFiles(httpx.ASGITransport(app=app))
    net = SwitchableTransport(losing)
    desk = FieldDesk.open(home, "sandbox", transports={"proplus": net}, retry=RetryPolicy(max_retries=0))
    try:
        reports = qloop.run_until_complete(desk.sync(["proplus"]))
        assert all(r.error is None for r in reports), reports
        yield Wired(desk, net, losing, app.state.certificates)
    finally:
        qloop.run_until_complete(desk.aclose())


def _pane(desk: FieldDesk, qtbot: Any) -> CertificatesPane:
    made = CertificatesPane(desk)
    qtbot.addWidget(made)
    made.reload()
    made.resize(1150, 720)
    made.show()
    return made


@pytest.fixture
def pane(desk: FieldDesk, qtbot: Any) -> CertificatesPane:
    return _pane(desk, qtbot)


@pytest.fixture
def wired_pane(wired: Wired, qtbot: Any) -> CertificatesPane:
    return _pane(wired.desk, qtbot)


def settle(pane: CertificatesPane, qloop: Any) -> None:
    """Run what the pane started (a fetch, a download) to its end."""
    while pane.pending_tasks():
        qloop.run_until_complete(asyncio.gather(*pane.pending_tasks()))


async def _until(condition: Any, timeout: float = 10.0) -> None:
    """Let the loop run (files download) until `condition()` holds."""
    async with asyncio.timeout(timeout):
        while not condition():
            await asyncio.sleep(0.005)


def _column(pane: CertificatesPane, column: int) -> list[Any]:
    return [pane.model.index(r, column).data() for r in range(pane.model.rowCount())]


def _select_rows(pane: CertificatesPane, rows: list[int]) -> None:
    """Ctrl+click on each row, as a user selects several."""
    selection = QItemSelection()
    for row in rows:
        selection.select(pane.model.index(row, 0), pane.model.index(row, pane.model.columnCount() - 1))
    flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
    pane.table.selectionModel().select(selection, flags)
    pane.table.selectionModel().setCurrentIndex(pane.model.index(rows[0], 0),
                                                QItemSelectionModel.SelectionFlag.NoUpdate)


def _shown(pane: CertificatesPane) -> dict[str, Any]:
    row = pane.desk.certificates.get(int(pane.selected_local_id() or 0))
    assert row is not None
    return row


def test_the_pane_lists_the_demo_certificates_newest_first(pane: CertificatesPane, desk: FieldDesk) -> None:
    assert PANES.index("certificates") == PANES.index("workorders") + 1
    cached = desk.certificates.all()
    assert len(cached) > 20
    assert pane.model.rowCount() == len(cached)
    assert pane.count_label.text() == f"{len(cached)} of {len(cached)} certificates"
    dates = _column(pane, CertificateTableModel.DATE)
    assert dates == sorted(dates, reverse=True) and dates[0] == cached[0]["certification_date"]
    assert _column(pane, CertificateTableModel.PROPLUS_ID) == [c["id"] for c in cached]
    # Types in words; the files column counts what is on disk (nothing yet), the tooltip says it in words.
    assert {"Periodic", "Repair"} <= set(_column(pane, CertificateTableModel.TYPE))
    assert "periodic" not in _column(pane, CertificateTableModel.TYPE)
    first = cached[0]
    files = pane.model.index(0, CertificateTableModel.FILES)
    assert files.data() == f"0/{len(first['files'])}"
    assert files.data(TOOLTIP) == f"0 of {len(first['files'])} files downloaded"
    assert pane.model.index(0, CertificateTableModel.CLIENT).data() == first["client_name"]
    assert pane.model.index(0, CertificateTableModel.APPLIANCE).data() == first["appliance_name"]
    assert pane.model.index(0, CertificateTableModel.NEXT).data() == first["next_certification_date"]
    with_work_order = next(r for r, c in enumerate(cached) if c["wo_number"])
    assert pane.model.index(with_work_order, CertificateTableModel.WORK_ORDER).data() == \
        cached[with_work_order]["wo_number"]
    # The newest is shown at once, and the user can sort the other way.
    assert pane.detail_stack.currentWidget() is pane.detail and pane.selected_local_id() == str(first["id"])
    pane.table.sortByColumn(CertificateTableModel.DATE, Qt.SortOrder.AscendingOrder)
    assert _column(pane, CertificateTableModel.DATE) == sorted(dates)


def test_the_filter_finds_certificates_by_client_work_order_and_file_name(pane: CertificatesPane, desk: FieldDesk,
                                                                          qtbot: Any) -> None:
    cached = desk.certificates.all()
    client = cached[3]["client_name"]
    qtbot.keyClicks(pane.filter_edit, client)
    expected = [c["id"] for c in cached if client.casefold() in (c["client_name"] or "").casefold()]
    assert _column(pane, CertificateTableModel.PROPLUS_ID) == expected and expected
    assert set(_column(pane, CertificateTableModel.CLIENT)) == {client}
    assert pane.count_label.text() == f"{len(expected)} of {len(cached)} certificates"
    assert pane.detail.title.text() == client

    order = next(c for c in cached if c["wo_number"])
    pane.filter_edit.setText(order["wo_number"])
    assert _column(pane, CertificateTableModel.PROPLUS_ID) == [order["id"]]
    pdf = next(f["name"] for f in cached[5]["files"] if f["name"].endswith(".pdf"))
    pane.filter_edit.setText(pdf)
    assert cached[5]["id"] in _column(pane, CertificateTableModel.PROPLUS_ID)
    pane.filter_edit.setText("repair")
    assert set(_column(pane, CertificateTableModel.TYPE)) == {"Repair"}
    pane.filter_edit.setText("no such certificate anywhere")
    assert pane.model.rowCount() == 0 and pane.detail_stack.currentWidget() is pane.empty_detail
    assert pane.empty_detail.text() == "No certificate matches “no such certificate anywhere”."
    assert not pane.download_button.isEnabled()  # nothing selected


def test_the_details_show_the_certificate_and_its_files(pane: CertificatesPane, desk: FieldDesk) -> None:
    cached = desk.certificates.all()
    row = next(r for r, c in enumerate(cached) if c["wo_number"] and c["appliance_id"])
    pane.table.select_row(row)
    certificate = cached[row]
    values = {name: label.text() for name, label in pane.detail.values.items()}
    assert pane.detail.title.text() == certificate["client_name"]
    assert values["client"] == certificate["client_name"] and values["appliance"] == certificate["appliance_name"]
    assert values["certification_date"] == certificate["certification_date"]
    assert values["next_certification_date"] == certificate["next_certification_date"]
    assert values["wo_number"] == certificate["wo_number"]
    assert values["type"] in ("Periodic", "Installation", "Repair", "New installation", "Maintenance")
    assert values["proplus_ids"] == (f"certificate {certificate['id']} · client {certificate['client_id']} · "
                                     f"appliance {certificate['appliance_id']}")
    entries = pane.detail.files
    assert [e.name.text() for e in entries] == [f["name"] for f in certificate["files"]]
    assert pane.detail.files_title.text() == f"Files (0 of {len(certificate['files'])} downloaded)"
    for entry in entries:
        assert entry.isVisibleTo(pane)
        assert entry.facts.text().startswith("Document") and entry.facts.text().endswith("not downloaded")
        assert entry.action.text() == "Download" and entry.action.isEnabled()
        assert not entry.folder.isEnabled()  # nothing to show yet

    with_image = next((r for r, c in enumerate(cached) if any(f["kind"] == "image" for f in c["files"])), None)
    assert with_image is not None
    pane.table.select_row(with_image)
    assert any(e.facts.text().startswith("Image") for e in pane.detail.files)


def test_downloading_one_file_lands_the_served_bytes_and_counts_it(wired_pane: CertificatesPane, wired: Wired,
                                                                    qloop: Any) -> None:
    pane = wired_pane
    certificate = _shown(pane)
    pdf = next(f for f in certificate["files"] if f["name"].endswith(".pdf"))
    entry = pane.detail.entry(pdf["id"])
    assert entry is not None
    entry.action.click()
    busy = pane.detail.entry(pdf["id"])  # the detail is rebuilt: the file says it is on its way
    assert busy is not None and busy.action.text() == "Downloading…" and not busy.action.isEnabled()
    settle(pane, qloop)

    row = pane.desk.certificates.get(certificate["id"])
    assert row is not None
    [saved] = [f for f in row["files"] if f["id"] == pdf["id"]]
    path = Path(saved["path"])
    assert path.is_file() and path.is_relative_to(pane.desk.certificates.folder)
    served = wired.book.document(pdf["id"])
    assert served is not None and path.read_bytes() == served.content and served.content.startswith(b"%PDF-")
    assert pane.status_label.text() == f"“{pdf['name']}” downloaded."
    # The row and the detail count it; the file now opens instead of downloading.
    total = len(certificate["files"])
    assert pane.model.index(0, CertificateTableModel.FILES).data() == f"1/{total}"
    assert pane.detail.files_title.text() == f"Files (1 of {total} downloaded)"
    done = pane.detail.entry(pdf["id"])
    assert done is not None and done.action.text() == "Open" and done.folder.isEnabled()
    assert "not downloaded" not in done.facts.text() and "kB" in done.facts.text()


def test_a_bulk_download_of_three_certificates_shows_progress_and_lands_every_file(
        wired_pane: CertificatesPane, wired: Wired, qloop: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    pane = wired_pane
    said: list[str] = []
    original_say = pane.say
    monkeypatch.setattr(pane, "say", lambda text, error=False: (said.append(text), original_say(text, error=error)))
    values: list[int] = []
    pane.progress.valueChanged.connect(values.append)
    _select_rows(pane, [0, 1, 2])
    assert pane.selected_ids() == [pane.model.index(r, 0).data(LocalIdRole) for r in range(3)]
    chosen = [pane.desk.certificates.get(int(i)) for i in pane.selected_ids()]
    files = [f for c in chosen if c is not None for f in c["files"]]
    assert len(files) >= 6
    # Pro+ answers slowly: the window must keep running meanwhile (a timer ticks, the filter filters).
    ticks: list[int] = []
    timer = QTimer(pane)
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start(5)
    last = files[-1]
    wired.net.inner = _Slow(wired.net.inner, delay=0.05, slower={last["id"]: 1.5})
    assert pane.download_button.isEnabled()
    pane.download_button.click()
    assert not pane.download_button.isEnabled() and pane.progress.isVisible()
    assert pane.progress.maximum() == len(files)
    # The rows on screen count the files landed so far, before the last one has come.
    first = chosen[0]
    assert first is not None and last not in first["files"]
    counted = f"{len(first['files'])}/{len(first['files'])}"
    qloop.run_until_complete(_until(lambda: pane.model.index(0, CertificateTableModel.FILES).data() == counted))
    assert pane.progress.isVisible() and pane.progress.value() == len(files) - 1
    assert pane.status_label.text() == f"Downloading {len(files) - 1} of {len(files)}…"
    pane.filter_edit.setText("zzz-nothing")  # the UI answers while files download
    assert pane.model.rowCount() == 0
    pane.filter_edit.clear()
    settle(pane, qloop)
    timer.stop()

    assert len(ticks) >= 5
    assert values[-1] == len(files) and len(set(values)) > 2  # it moved step by step
    assert f"Downloading 0 of {len(files)}…" in said and f"Downloading {len(files)} of {len(files)}…" in said
    assert any(text.startswith("Downloading ") and f"of {len(files)}…" in text and not text.startswith(
        "Downloading 0 ") for text in said)
    assert pane.status_label.text() == f"Files downloaded: {len(files)} of {len(files)}."
    assert not pane.progress.isVisible() and pane.failures.isHidden() and pane.download_button.isEnabled()
    for file in files:
        served = wired.book.document(file["id"])
        assert served is not None
        on_disk = next(f for c in pane.desk.certificates.all() for f in c["files"] if f["id"] == file["id"])
        assert on_disk["path"] is not None and Path(on_disk["path"]).read_bytes() == served.content
    for row in range(3):
        certificate = chosen[row]
        assert certificate is not None
        total = len(certificate["files"])
        assert pane.model.index(row, CertificateTableModel.FILES).data() == f"{total}/{total}"
    # Asked again: nothing left to fetch.
    _select_rows(pane, [0, 1, 2])
    assert pane.download_selected() is None
    assert pane.status_label.text() == "Every file of the selected certificates is downloaded already."


class _Slow(httpx.AsyncBaseTransport):
    """The same server, `delay` seconds away; the files in `slower` take that many seconds."""

    def __init__(self, inner: httpx.AsyncBaseTransport, delay: float, slower: dict[int, float]) -> None:
        self.inner = inner
        self.delay = delay
        self.slower = slower

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        await asyncio.sleep(self.slower.get(int(request.url.params.get("id", 0)), self.delay))
        return await self.inner.handle_async_request(request)


def test_files_pro_plus_cannot_give_are_listed_with_their_reasons(wired_pane: CertificatesPane, wired: Wired,
                                                                  qloop: Any) -> None:
    pane = wired_pane
    _select_rows(pane, [0, 1])
    chosen = [pane.desk.certificates.get(int(i)) for i in pane.selected_ids()]
    files = [f for c in chosen if c is not None for f in c["files"]]
    lost = files[1]
    wired.losing.lost.add(lost["id"])
    pane.download_button.click()
    settle(pane, qloop)
    landed = len(files) - 1
    assert pane.status_label.text() == (f"Files downloaded: {landed} of {len(files)}. Not downloaded: 1 (reasons "
                                        "below).")
    assert pane.failures.isVisibleTo(pane) and pane.failures.count() == 1
    assert pane.failures.height() < 3 * pane.failures.sizeHintForRow(0)  # one line's room: the table keeps the rest
    item = pane.failures.item(0)
    assert item is not None
    assert item.text().startswith(f"{lost['name']} (certificate {lost_certificate(chosen, lost['id'])}): ")
    assert "not found" in item.text().casefold()
    # The others landed; the lost one can be tried again once Pro+ has it back.
    assert sum(1 for c in pane.desk.certificates.all() for f in c["files"] if f["path"]) == landed
    wired.losing.lost.clear()
    _select_rows(pane, [0, 1])
    pane.download_button.click()
    settle(pane, qloop)
    assert pane.status_label.text() == "Files downloaded: 1 of 1." and pane.failures.isHidden()


def lost_certificate(chosen: list[dict[str, Any] | None], file_id: int) -> int:
    return next(c["id"] for c in chosen if c is not None and any(f["id"] == file_id for f in c["files"]))


def test_a_download_without_network_says_why_and_the_window_stays_usable(wired_pane: CertificatesPane,
                                                                         wired: Wired, qloop: Any) -> None:
    pane = wired_pane
    wired.net.online = False
    certificate = _shown(pane)
    file = certificate["files"][0]
    entry = pane.detail.entry(file["id"])
    assert entry is not None
    entry.action.click()
    settle(pane, qloop)
    text = pane.status_label.text()
    assert text == f"“{file['name']}” could not be downloaded: Pro+: cannot connect"
    assert "#" in pane.status_label.styleSheet()  # said in the error colour
    again = pane.detail.entry(file["id"])
    assert again is not None and again.action.text() == "Download" and again.action.isEnabled()

    _select_rows(pane, [0, 1, 2])
    pane.download_button.click()
    settle(pane, qloop)
    chosen = [pane.desk.certificates.get(int(i)) for i in pane.selected_ids()]
    total = sum(len(c["files"]) for c in chosen if c is not None)
    assert pane.status_label.text() == f"Files downloaded: 0 of {total}. Not downloaded: {total} (reasons below)."
    assert pane.failures.count() == total
    assert all((pane.failures.item(i) or _no_item()).text().endswith(": Pro+: cannot connect") for i in range(total))
    # Nothing hangs: every button works again, the filter filters, the network comes back and the download works.
    assert pane.download_button.isEnabled() and pane.fetch_button.isEnabled() and not pane.progress.isVisible()
    pane.filter_edit.setText(str(certificate["client_name"]))
    assert pane.model.rowCount() >= 1
    pane.filter_edit.clear()
    wired.net.online = True
    _select_rows(pane, [0, 1, 2])
    pane.download_button.click()
    settle(pane, qloop)
    assert pane.status_label.text() == f"Files downloaded: {total} of {total}." and pane.failures.isHidden()


def _no_item() -> Any:
    raise AssertionError("no such failure item")


def test_fetch_asks_for_a_date_range_and_adds_its_certificates(wired_pane: CertificatesPane, wired: Wired,
                                                               qloop: Any) -> None:
    pane = wired_pane
    before = pane.model.total_count()
    dialog = pane.open_fetch()
    assert isinstance(dialog, FetchDialog) and dialog.isVisible()
    today = dt.date.today()
    assert dialog.by_dates.isChecked()
    assert dialog.from_date.date().toPython() == today - dt.timedelta(days=30)
    assert dialog.to_date.date().toPython() == today
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert ok.text() == "Fetch" and ok.isEnabled()
    # The first sync read the last year: the year before that is new to the cache.
    start, end = today - dt.timedelta(days=730), today - dt.timedelta(days=366)
    dialog.to_date.setDate(start - dt.timedelta(days=1))
    assert not ok.isEnabled() and dialog.problem.text() == "The first date is after the last one."
    dialog.to_date.setDate(end)
    dialog.from_date.setDate(start)
    assert ok.isEnabled()
    expected = len(wired.book.between(start, end))
    assert expected > 0
    ok.click()
    assert not pane.fetch_button.isEnabled() and pane.progress.isVisible()  # busy until Pro+ answers
    assert pane.status_label.text() == f"Asking Pro+ for the certificates from {start} to {end}…"
    settle(pane, qloop)
    assert pane.status_label.text() == f"Certificates fetched from Pro+: {expected}."
    assert pane.model.total_count() == before + expected
    assert pane.fetch_button.isEnabled() and not pane.progress.isVisible()
    assert min(_column(pane, CertificateTableModel.DATE)) <= end.isoformat()


def test_fetch_by_work_order_and_its_failures(wired_pane: CertificatesPane, wired: Wired, qloop: Any) -> None:
    pane = wired_pane
    order = next(c for c in pane.desk.certificates.all() if c["wo_number"])
    dialog = pane.open_fetch()
    dialog.work_order.setText("")
    dialog.by_work_order.setChecked(True)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled() and dialog.problem.text() == "Type the work order's number."  # and says so
    dialog.work_order.setText(order["wo_number"])
    assert ok.isEnabled() and not dialog.problem.isVisible()
    ok.click()
    settle(pane, qloop)
    assert pane.status_label.text() == "Certificates fetched from Pro+: 1."

    assert qloop.run_until_complete(pane.fetch(wo_number="WO-NONE-4242")) == 0
    assert pane.status_label.text() == "Pro+ has no certificates for work order WO-NONE-4242."

    wired.net.online = False
    assert qloop.run_until_complete(pane.fetch(dt.date.today() - dt.timedelta(days=3), dt.date.today())) is None
    text = pane.status_label.text()
    assert text.startswith("Pro+ could not give the certificates: ") and len(text) > 45
    assert pane.fetch_button.isEnabled() and not pane.progress.isVisible()


def test_open_and_show_in_folder_hand_the_downloaded_file_to_the_desktop(wired_pane: CertificatesPane,
                                                                         qloop: Any, opened: list[QUrl]) -> None:
    pane = wired_pane
    certificate = _shown(pane)
    file = certificate["files"][0]
    entry = pane.detail.entry(file["id"])
    assert entry is not None
    entry.action.click()  # "Download"
    settle(pane, qloop)
    assert opened == []
    entry = pane.detail.entry(file["id"])
    assert entry is not None and entry.action.text() == "Open"
    entry.action.click()
    row = pane.desk.certificates.get(certificate["id"])
    assert row is not None
    path = Path(next(f["path"] for f in row["files"] if f["id"] == file["id"]))
    assert [u.toLocalFile() for u in opened] == [str(path)]
    entry.folder.click()
    assert opened[-1].toLocalFile() == str(path.parent)

    # A file deleted behind FieldDesk's back is not "opened": the pane says so and offers to download it again.
    path.unlink()
    entry.action.click()
    assert len(opened) == 2 and "not on disk" in pane.status_label.text()
    again = pane.detail.entry(file["id"])
    assert again is not None and again.action.text() == "Download"


def test_open_downloads_folder_creates_it_first(pane: CertificatesPane, desk: FieldDesk, opened: list[QUrl]) -> None:
    folder = desk.certificates.folder
    assert not folder.exists()
    pane.folder_button.click()
    assert folder.is_dir() and [u.toLocalFile() for u in opened] == [str(folder)]


def test_an_empty_cache_says_to_sync_or_fetch(empty_desk: FieldDesk, qtbot: Any) -> None:
    pane = CertificatesPane(empty_desk)
    qtbot.addWidget(pane)
    pane.reload()
    pane.show()
    assert pane.model.rowCount() == 0 and pane.count_label.text() == "0 of 0 certificates"
    assert pane.detail_stack.currentWidget() is pane.empty_detail
    assert pane.empty_detail.text().startswith("No certificates yet: sync, or fetch a date range from Pro+")
    assert not pane.download_button.isEnabled() and pane.fetch_button.isEnabled()


def test_the_window_shows_the_pane(desk: FieldDesk, qtbot: Any) -> None:
    window = MainWindow(desk, pane="certificates")
    qtbot.addWidget(window)
    window.reload()
    item = window.nav.item(PANES.index("certificates"))
    assert item.text() == "Certificates" and not item.icon().isNull()
    pane = window.stack.currentWidget()
    assert isinstance(pane, CertificatesPane) and pane.model.rowCount() == len(desk.certificates.all())


def test_json_files_land_as_served(wired_pane: CertificatesPane, wired: Wired, qloop: Any) -> None:
    pane = wired_pane
    certificate = _shown(pane)
    document = next(f for f in certificate["files"] if f["name"].endswith(".json"))
    results = qloop.run_until_complete(pane.download([(certificate, document)]))
    assert [r.error for r in results] == [None]
    path = results[0].path
    assert path is not None and json.loads(path.read_bytes())["id"] == certificate["id"]


def test_the_pane_in_dutch(qapp: Any, desk: FieldDesk, qtbot: Any) -> None:
    translators = install_translators(qapp, QLocale("nl_BE"))
    try:
        window = MainWindow(desk, pane="certificates")
        qtbot.addWidget(window)
        window.reload()
        titles = [window.nav.item(i).text() for i in range(window.nav.count())]
        assert titles[PANES.index("certificates")] == "Attesten" and len(set(titles)) == len(titles)
        pane = window.stack.currentWidget()
        assert isinstance(pane, CertificatesPane)
        total = len(desk.certificates.all())
        assert pane.count_label.text() == f"{total} van {total} attesten"
        assert "Periodiek" in _column(pane, CertificateTableModel.TYPE)
        assert pane.download_button.text() == "Selectie downloaden"
        assert pane.detail.files_title.text().startswith("Bestanden (0 van ")
    finally:
        for translator in translators:
            qapp.removeTranslator(translator)


def test_why_a_file_was_not_downloaded_is_said_in_the_users_language(qapp: Any) -> None:
    from PySide6.QtCore import QLocale

    from app.i18n import Text
    from app.services.certificates import CertificateError, DownloadResult
    from ui.app import install_translators
    from ui.panes.certificates import _result_problem

    problem = CertificateError(Text("cannot save the file in {folder} ({reason})",
                                    {"folder": "/srv/attesten", "reason": "No space left on device"}))
    result = DownloadResult(7, None, str(problem), problem)
    assert _result_problem(result) == "cannot save the file in /srv/attesten (No space left on device)"
    translators = install_translators(qapp, QLocale("nl_BE"))
    try:
        assert _result_problem(result) == "kan het bestand niet bewaren in /srv/attesten (No space left on device)"
        assert _result_problem(DownloadResult(7, None, "as the CLI says it")) == "as the CLI says it"
    finally:
        for translator in translators:
            qapp.removeTranslator(translator)
