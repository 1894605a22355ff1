"""The item models: the paged clients model over a real cache, the in-memory appliance and outbox models;
each checked by Qt's own model tester."""

from __future__ import annotations

import random
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt

from app.domain.models import Client
from app.services.fielddesk import FieldDesk, OutboxEntry
from app.store.clients import write_client
from ui.models.appliances import ApplianceTableModel
from ui.models.base import ClientIdRole, LocalIdRole
from ui.models.clients import ClientTableModel
from ui.models.outbox import OutboxTableModel
from ui.widgets import RecordTable

CLIENTS = [
    ("c1", "Anna Peeters", "Gent", "9000", "+32 9 555 01 01", "anna@example.be", "flanders"),
    ("c2", "Bruno Lambert", "Namur", "5000", "+32 81 555 02 02", "bruno@example.be", "wallonia"),
    ("c3", "Chloé Dubois", "Uccle", "1180", "+32 2 555 03 03", "chloe@example.com", "brussels"),
    ("c4", "Dirk Janssens", "Gentbrugge", "9050", "+32 9 555 04 04", "dirk@example.be", "flanders"),
]

APPLIANCES = [
    ("a1", "c1", "Anna Peeters", "heating", "Ketel zolder", "flanders", "Remeha", "2019", 1),
    ("a2", "c1", "Anna Peeters", "cooling", "Koelcel", "flanders", "Daikin", "2021", 2),
    ("a3", "c3", "Chloé Dubois", "heating", "Chaudière cave", "brussels", "Vaillant", "2008", 3),
]


def fill(desk: FieldDesk, rows: list[tuple[Any, ...]]) -> None:
    from app.domain.regions import Region

    with desk.store.transaction() as conn:
        for local_id, name, city, postal, phone, email, region in rows:
            write_client(conn, Client(local_id=local_id, name=name, city=city, postal_code=postal, phone=phone,
                                      email=email, region=Region(region) if region else None,
                                      address=f"Kerkstraat {local_id[1:]}"))


@pytest.fixture
def four(tmp_path: Path) -> Any:
    desk = FieldDesk.open(tmp_path / "home", "sandbox")
    fill(desk, CLIENTS)
    yield desk
    desk.store.close()


def client_model(desk: FieldDesk) -> ClientTableModel:
    return ClientTableModel(desk.clients.table())


def names(model: Any, column: int = 0) -> list[str]:
    return [model.index(r, column).data() for r in range(model.rowCount())]


def test_client_model_passes_the_model_tester_through_filter_sort_and_refresh(four: FieldDesk,
                                                                              qtmodeltester: Any) -> None:
    model = client_model(four)
    qtmodeltester.check(model)  # stays attached: every later change is checked too
    model.set_filter("gent")
    model.sort(ClientTableModel.CITY, Qt.SortOrder.DescendingOrder)
    four.store.conn.execute("DELETE FROM clients WHERE local_id = 'c4'")
    model.refresh()
    model.set_filter("")
    assert model.rowCount() == 3


def test_client_columns_and_roles(four: FieldDesk) -> None:
    model = client_model(four)
    assert [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())] == [
        "Name", "City", "Postal code", "Phone", "E-mail", "Region", "Appliances"]
    row = 2  # Chloé
    assert model.index(row, ClientTableModel.NAME).data() == "Chloé Dubois"
    assert model.index(row, ClientTableModel.REGION).data() == "Brussels"
    assert model.index(row, ClientTableModel.APPLIANCES).data() == 0
    assert model.index(row, ClientTableModel.EMAIL).data(LocalIdRole) == "c3"
    assert model.index(row, ClientTableModel.APPLIANCES).data(Qt.ItemDataRole.TextAlignmentRole) is not None
    assert "Kerkstraat 3" in model.index(row, ClientTableModel.NAME).data(Qt.ItemDataRole.ToolTipRole)
    assert model.rowCount(model.index(0, 0)) == 0  # a table: no children
    assert model.row_data(row)[0] == "c3"


@pytest.mark.parametrize(("text", "expected"), [
    ("gent", ["Anna Peeters", "Dirk Janssens"]),        # city, and a city that contains it
    ("GENT", ["Anna Peeters", "Dirk Janssens"]),        # case-insensitive
    ("gent 9050", ["Dirk Janssens"]),                   # every word must match
    ("1180", ["Chloé Dubois"]),                         # postal code
    ("555 03 03", ["Chloé Dubois"]),                    # phone as written (short words too)
    ("example.com", ["Chloé Dubois"]),                  # e-mail
    ("chloé", ["Chloé Dubois"]),
    ("CHLOÉ", ["Chloé Dubois"]),
    ("kerkstraat 4", ["Dirk Janssens"]),                # the address
    ("g", ["Anna Peeters", "Dirk Janssens"]),           # one letter: a LIKE over the searchable fields
    ("zz", []),
    ("\"quoted", []),                                  # quotes are text, not FTS syntax
    ("a%", []),                                         # so are LIKE wildcards
    ("", ["Anna Peeters", "Bruno Lambert", "Chloé Dubois", "Dirk Janssens"]),
])
def test_filter_matches_name_city_postal_code_phone_email_and_address(four: FieldDesk, text: str,
                                                                      expected: list[str]) -> None:
    model = client_model(four)
    model.set_filter(text)
    assert names(model) == expected
    assert model.visible_count() == len(expected)
    assert model.total_count() == 4


def test_sort_by_indexed_columns_both_ways_keeps_the_filter(four: FieldDesk) -> None:
    model = client_model(four)
    model.sort(ClientTableModel.CITY, Qt.SortOrder.AscendingOrder)
    assert names(model, ClientTableModel.CITY) == ["Gent", "Gentbrugge", "Namur", "Uccle"]
    model.sort(ClientTableModel.CITY, Qt.SortOrder.DescendingOrder)
    assert names(model, ClientTableModel.CITY) == ["Uccle", "Namur", "Gentbrugge", "Gent"]
    model.sort(ClientTableModel.APPLIANCES, Qt.SortOrder.AscendingOrder)  # not indexed: ignored
    assert names(model, ClientTableModel.CITY) == ["Uccle", "Namur", "Gentbrugge", "Gent"]
    model.set_filter("example.be")
    assert names(model) == ["Bruno Lambert", "Dirk Janssens", "Anna Peeters"]
    model.sort(ClientTableModel.NAME, Qt.SortOrder.DescendingOrder)
    assert names(model) == ["Dirk Janssens", "Bruno Lambert", "Anna Peeters"]
    model.sort(ClientTableModel.POSTAL_CODE, Qt.SortOrder.AscendingOrder)
    assert names(model, ClientTableModel.POSTAL_CODE) == ["5000", "9000", "9050"]


def test_sort_keeps_the_selected_row_pointing_at_the_same_client(four: FieldDesk) -> None:
    model = client_model(four)
    kept = QPersistentModelIndex(model.index(2, 0))  # Chloé
    model.sort(ClientTableModel.CITY, Qt.SortOrder.DescendingOrder)
    assert kept.isValid() and kept.data() == "Chloé Dubois" and kept.row() == 0


def test_sort_places_each_selected_client_once_and_knows_it_without_reading_its_page(four: FieldDesk) -> None:
    """A selected row has an index per column: its new position (a count over the sort index) is asked once, and
    which client it is needs no page read at that position afterwards."""
    source = four.clients.table()
    asked: list[Any] = []
    row_of = source.row_of
    source.row_of = lambda *args: asked.append(args[-1]) or row_of(*args)  # type: ignore[method-assign]
    model = ClientTableModel(source)
    kept = [QPersistentModelIndex(model.index(2, column)) for column in range(model.columnCount())]  # Chloé
    model.sort(ClientTableModel.CITY, Qt.SortOrder.DescendingOrder)
    assert asked == ["c3"]
    assert all(k.row() == 0 and k.column() == column for column, k in enumerate(kept))
    read: list[int] = []
    page = source.page
    source.page = lambda *args: read.append(args[3]) or page(*args)  # type: ignore[method-assign]
    assert model.index(0, 0).data(LocalIdRole) == "c3" and read == []
    assert model.row_of("c3", cached_only=True) == 0
    assert kept[0].data() == "Chloé Dubois"  # the text needs the page: read now


def test_a_delegate_paints_what_data_says(four: FieldDesk, qtbot: Any) -> None:
    """The view asks for every role of a cell in one call (multiData): the text and alignment it paints are what
    data() gives."""
    from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem

    model = client_model(four)
    view = RecordTable(model)
    qtbot.addWidget(view)
    delegate = QStyledItemDelegate()
    for row in range(model.rowCount()):
        for column in range(model.columnCount()):
            index = model.index(row, column)
            option = QStyleOptionViewItem()
            delegate.initStyleOption(option, index)
            assert option.text == str(index.data() if index.data() is not None else "")
            numeric = column in ClientTableModel.NUMERIC_COLUMNS
            assert (option.displayAlignment == Qt.AlignmentFlag.AlignCenter) == numeric


def test_rows_painted_again_work_out_no_cell_again_until_their_page_is_read_again(four: FieldDesk,
                                                                                  qtbot: Any) -> None:
    """A row's display values are worked out once, when it is first painted: repainting it (a hover, a selection,
    a scroll back) asks `cell` nothing; a refresh reads the page again and paints what the cache now says."""
    worked_out: list[int] = []

    class Counting(ClientTableModel):
        def cell(self, row: tuple[Any, ...], column: int) -> Any:
            worked_out.append(column)
            return super().cell(row, column)

    model = Counting(four.clients.table())
    view = RecordTable(model)
    qtbot.addWidget(view)
    view.resize(900, 300)
    view.show()
    cells = model.rowCount() * model.columnCount()
    qtbot.waitUntil(lambda: len(worked_out) == cells)  # the first paint
    view.viewport().repaint()
    assert model.index(0, 0).data() == "Anna Peeters"
    assert len(worked_out) == cells
    four.store.conn.execute("UPDATE clients SET name = 'Anna Peeters-Smet' WHERE local_id = 'c1'")
    model.refresh(["c1"])
    view.viewport().repaint()
    assert len(worked_out) == 2 * cells
    from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem

    option = QStyleOptionViewItem()
    QStyledItemDelegate().initStyleOption(option, model.index(0, 0))
    assert option.text == "Anna Peeters-Smet"


def test_refresh_repaints_when_the_count_holds_and_resets_when_it_changes(four: FieldDesk, qtbot: Any) -> None:
    model = client_model(four)
    assert model.index(0, 0).data() == "Anna Peeters"
    four.store.conn.execute("UPDATE clients SET name = 'Anna Peeters-Smet' WHERE local_id = 'c1'")
    with qtbot.waitSignal(model.dataChanged):
        model.refresh(["c1"])
    assert model.index(0, 0).data() == "Anna Peeters-Smet"
    fill(four, [("c5", "Aaron Aerts", "Aalst", "9300", "", "", None)])
    with qtbot.waitSignal(model.modelReset):
        model.refresh()
    assert model.rowCount() == 5 and model.index(0, 0).data() == "Aaron Aerts"


def test_a_filter_extending_one_that_matched_nothing_asks_the_cache_nothing(four: FieldDesk,
                                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    model = client_model(four)
    model.set_filter("zzq")
    assert model.rowCount() == 0
    source = model._source
    assert source is not None
    monkeypatch.setattr(source, "count", lambda *a, **k: pytest.fail("queried"))
    model.set_filter("zzqx")
    assert model.rowCount() == 0


def test_many_rows_are_paged_and_found_and_match_a_plain_search(tmp_path: Path) -> None:
    desk = FieldDesk.open(tmp_path / "home", "sandbox")
    rng = random.Random(7)
    cities = ["Gent", "Gentbrugge", "Namur", "Uccle", "Aalst", "Genk", "Brugge", "Liège"]
    rows = [(f"c{n:05d}", f"Client {n:05d} {rng.choice(['Peeters', 'Dubois', 'Janssens', 'Lambert'])}",
             rng.choice(cities), str(rng.randint(1000, 9999)), f"+32 {rng.randint(2, 99)} 555 {n:04d}",
             f"c{n}@example.be", None) for n in range(3000)]
    fill(desk, rows)
    model = client_model(desk)
    assert model.rowCount() == 3000
    assert model.index(2999, 0).data().startswith("Client 02999")  # the last page, read on demand
    assert model.row_of("c02500") == 2500
    by_name = sorted(rows, key=lambda r: r[1].casefold())
    for text in ("gent", "gent 5", "dubois 12", "55 0", "b", "555 0042", "uccle lambert 9"):
        model.set_filter(text)
        hay = {r[0]: " ".join((r[1], r[2], r[3], r[4], r[5], f"Kerkstraat {r[0][1:]}")).casefold() for r in rows}
        expected = [r[1] for r in by_name if all(w in hay[r[0]] for w in text.split())]
        while model.canFetchMore(QModelIndex()):
            model.fetchMore(QModelIndex())
        assert model.count_is_exact()
        assert names(model) == expected, text
    desk.store.close()


def test_the_table_header_sorts_by_indexed_columns_only(four: FieldDesk, qtbot: Any) -> None:
    model = client_model(four)
    table = RecordTable(model)
    qtbot.addWidget(table)
    header = table.horizontalHeader()
    header.setSortIndicator(ClientTableModel.CITY, Qt.SortOrder.DescendingOrder)  # as two clicks on "City"
    assert names(model, ClientTableModel.CITY) == ["Uccle", "Namur", "Gentbrugge", "Gent"]
    header.setSortIndicator(ClientTableModel.PHONE, Qt.SortOrder.AscendingOrder)  # not sortable
    assert header.sortIndicatorSection() == ClientTableModel.CITY
    assert names(model, ClientTableModel.CITY) == ["Uccle", "Namur", "Gentbrugge", "Gent"]


def test_appliance_model(qtmodeltester: Any) -> None:
    model = ApplianceTableModel()
    model.set_rows(APPLIANCES)
    qtmodeltester.check(model)
    headers = model.headers()
    assert model.columnCount() == len(headers)
    assert headers == ["Client", "Kind", "Name", "Region", "Make", "Year"]
    assert names(model, ApplianceTableModel.KIND) == ["Heating", "Cooling", "Heating"]
    assert names(model, ApplianceTableModel.REGION) == ["Flanders", "Flanders", "Brussels"]
    assert model.index(1, 0).data(ClientIdRole) == "c1"
    assert model.index(1, 0).data(LocalIdRole) == "a2"
    assert model.index(1, ApplianceTableModel.KIND).data(Qt.ItemDataRole.DecorationRole) is not None
    model.set_filter("cooling")
    assert names(model, ApplianceTableModel.NAME) == ["Koelcel"]
    model.set_filter("brussels 2008")
    assert names(model, ApplianceTableModel.NAME) == ["Chaudière cave"]
    model.set_filter("")
    model.sort(ApplianceTableModel.YEAR, Qt.SortOrder.DescendingOrder)
    assert names(model, ApplianceTableModel.YEAR) == ["2021", "2019", "2008"]


def _entry(entry_id: int, state: str, error: str | None) -> OutboxEntry:
    return OutboxEntry(id=entry_id, vendor="proplus", operation="push-client", record_key=f"c{entry_id}",
                       idempotency_key=f"k{entry_id}", summary=f"Save client 'Client {entry_id}'",
                       payload={}, base=None, state=state, attempts=entry_id, last_error=error,
                       next_attempt_at=0.0, created_at=f"2024-05-0{entry_id}T08:00:00+00:00",
                       updated_at="2024-05-09T08:00:00+00:00")


def test_outbox_model(qtmodeltester: Any) -> None:
    model = OutboxTableModel()
    model.set_rows([_entry(1, "pending", None),
                    _entry(2, "rejected", "msg.The client.0.name field is required.\nsecond line")])
    qtmodeltester.check(model)
    headers = model.headers()
    assert model.columnCount() == len(headers)
    assert headers == ["When", "Vendor", "What", "State", "Tries", "Last error"]
    assert names(model, OutboxTableModel.VENDOR) == ["Pro+", "Pro+"]  # four vendors share the outbox
    assert names(model, OutboxTableModel.STATE) == ["Waiting to be sent", "Rejected"]
    assert names(model, OutboxTableModel.TRIES) == [1, 2]
    error = model.index(1, OutboxTableModel.LAST_ERROR)
    assert error.data() == "msg.The client.0.name field is required."
    assert "second line" in error.data(Qt.ItemDataRole.ToolTipRole)
    assert model.index(1, 0).data(LocalIdRole) == 2
    assert "2024" in model.index(0, OutboxTableModel.WHEN).data()
    assert model.data(QModelIndex()) is None


# -- counts that arrive later, pages fetched as the view scrolls ------------------------------------------------


class SmallPages(ClientTableModel):
    """Pages of 40 rows: a few hundred clients are enough for a count that is not known at once."""

    PAGE_SIZE = 40


def plain(rows: list[tuple[Any, ...]], text: str, sort_column: int = 0) -> list[str]:
    """The documented filter over the same rows, in the model's order (names then ids; city, name, id)."""
    hay = {r[0]: [str(v).casefold() for v in (r[1], r[2], r[3], r[4], r[5], f"Kerkstraat {r[0][1:]}")]
           for r in rows}
    found = [r for r in rows if all(any(w in h for h in hay[r[0]]) for w in text.casefold().split())]

    def fold(value: str) -> str:  # COLLATE NOCASE folds ASCII only
        return "".join(c.lower() if c.isascii() else c for c in value)

    key = (lambda r: (fold(r[1]), r[0])) if sort_column == 0 else (lambda r: (fold(r[2]), fold(r[1]), r[0]))
    return [r[1] for r in sorted(found, key=key)]


@pytest.fixture
def many(tmp_path: Path) -> Any:
    desk = FieldDesk.open(tmp_path / "home", "sandbox")
    rng = random.Random(11)
    cities = ["Gent", "Gentbrugge", "Namur", "Uccle", "Aalst", "Genk", "Brugge", "Liège"]
    rows = [(f"c{n:04d}", f"{rng.choice(['Anna', 'Émile', 'Bruno', 'Zoë'])} {rng.choice(['Peeters', 'Dubois'])}",
             rng.choice(cities), str(rng.randint(1000, 9999)), f"+32 {rng.randint(2, 99)} 555 {n:04d}",
             f"c{n}@example.be", None) for n in range(600)]
    fill(desk, rows)
    yield desk, rows
    desk.store.close()


@pytest.mark.parametrize("text", ["b", "gent", "555", "555 01", "é", "É", "genk 5", "liège", "zoë 555", ""])
@pytest.mark.parametrize("sort_column", [ClientTableModel.NAME, ClientTableModel.CITY])
def test_the_count_arrives_later_and_the_model_grows_to_it(many: Any, qtbot: Any, qtmodeltester: Any, text: str,
                                                          sort_column: int) -> None:
    desk, rows = many
    model = SmallPages(desk.clients.table())
    qtmodeltester.check(model)
    model.sort(sort_column, Qt.SortOrder.AscendingOrder)
    expected = plain(rows, text, sort_column)
    model.set_filter(text)
    if not model.count_is_exact():  # whole pages read so far
        assert model.rowCount() % SmallPages.PAGE_SIZE == 0 and 0 < model.rowCount() < len(expected)
        assert model.canFetchMore(QModelIndex())
        with qtbot.waitSignal(model.count_changed, timeout=10_000):
            pass
    assert model.count_is_exact() and not model.canFetchMore(QModelIndex())
    assert model.visible_count() == model.rowCount() == len(expected)
    assert names(model) == expected
    model.close()


def test_fetch_more_reads_pages_until_the_last_while_the_count_is_unknown(many: Any,
                                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    desk, rows = many
    from app.store.tables import CountWorker

    monkeypatch.setattr(CountWorker, "request", lambda *a, **k: None)  # the count never comes
    model = SmallPages(desk.clients.table())
    model.set_filter("b")
    expected = plain(rows, "b")
    assert model.rowCount() == SmallPages.PAGE_SIZE and not model.count_is_exact()
    fetched = 0
    while model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())
        fetched += 1
    assert fetched == len(expected) // SmallPages.PAGE_SIZE
    assert model.count_is_exact() and model.rowCount() == len(expected)
    assert names(model) == expected


def test_a_count_for_a_superseded_filter_is_dropped(many: Any, qtbot: Any) -> None:
    desk, rows = many
    model = SmallPages(desk.clients.table())
    for text in ("b", "bu", "b"):  # typed and deleted at once: only the last filter's count may land
        model.set_filter(text)
    with qtbot.waitSignal(model.count_changed, timeout=10_000):
        pass
    qtbot.wait(50)
    assert model.rowCount() == len(plain(rows, "b"))
    model.close()


def test_the_pane_says_the_count_is_coming_then_shows_it(many: Any, qtbot: Any) -> None:
    from ui.panes.clients import ClientsPane

    desk, rows = many
    pane = ClientsPane(desk)
    qtbot.addWidget(pane)
    pane.model.PAGE_SIZE = 40  # type: ignore[misc]
    pane.model.set_filter("")
    pane.filter_edit.setText("b")
    expected = plain(rows, "b")
    if not pane.model.count_is_exact():
        assert pane.count_label.text() == "… of 600 clients"
    qtbot.waitUntil(lambda: pane.count_label.text() == f"{len(expected)} of 600 clients", timeout=10_000)
    pane.model.close()
