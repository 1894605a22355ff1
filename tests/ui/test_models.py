"""The item models: filtering and sorting inside the model, checked by Qt's own model tester."""

from __future__ import annotations

import threading
from typing import Any

import pytest
from PySide6.QtCore import QModelIndex, Qt

from app.services.fielddesk import OutboxEntry
from ui.models import (
    ApplianceTableModel,
    ClientIdRole,
    ClientTableModel,
    LocalIdRole,
    OutboxTableModel,
)


def client_row(n: int, name: str, city: str, postal: str, phone: str, email: str, region: str | None,
               appliances: int) -> tuple[Any, ...]:
    return (f"c{n}", name, city, postal, phone, email, region, appliances, "Kerkstraat", str(n), 1000 + n)


CLIENTS = [
    client_row(1, "Anna Peeters", "Gent", "9000", "+32 9 555 01 01", "anna@example.be", "flanders", 2),
    client_row(2, "Bruno Lambert", "Namur", "5000", "+32 81 555 02 02", "bruno@example.be", "wallonia", 0),
    client_row(3, "Chloé Dubois", "Uccle", "1180", "+32 2 555 03 03", "chloe@example.com", "brussels", 5),
    client_row(4, "Dirk Janssens", "Gentbrugge", "9050", "+32 9 555 04 04", "dirk@example.be", "flanders", 1),
]

APPLIANCES = [
    ("a1", "c1", "Anna Peeters", "heating", "Ketel zolder", "flanders", "Remeha", "2019", 1),
    ("a2", "c1", "Anna Peeters", "cooling", "Koelcel", "flanders", "Daikin", "2021", 2),
    ("a3", "c3", "Chloé Dubois", "heating", "Chaudière cave", "brussels", "Vaillant", "2008", 3),
]


def names(model: Any, column: int = 0) -> list[str]:
    return [model.index(r, column).data() for r in range(model.rowCount())]


def test_client_model_passes_the_model_tester_through_filter_sort_and_reload(qtmodeltester: Any) -> None:
    model = ClientTableModel()
    model.set_rows(CLIENTS)
    qtmodeltester.check(model)  # stays attached: every later change is checked too
    model.set_filter("gent")
    model.sort(ClientTableModel.CITY, Qt.SortOrder.DescendingOrder)
    model.set_rows(CLIENTS[:3])
    model.set_filter("")
    assert model.rowCount() == 3


def test_client_columns_and_roles() -> None:
    model = ClientTableModel()
    model.set_rows(CLIENTS)
    assert model.headers() == ["Name", "City", "Postal code", "Phone", "E-mail", "Region", "Appliances"]
    assert model.columnCount() == len(model.headers())
    row = 2  # Chloé
    assert model.index(row, ClientTableModel.NAME).data() == "Chloé Dubois"
    assert model.index(row, ClientTableModel.REGION).data() == "Brussels"
    assert model.index(row, ClientTableModel.APPLIANCES).data() == 5
    assert model.index(row, ClientTableModel.EMAIL).data(LocalIdRole) == "c3"
    assert model.index(row, ClientTableModel.APPLIANCES).data(Qt.ItemDataRole.TextAlignmentRole) is not None
    assert model.rowCount(model.index(0, 0)) == 0  # a table: no children


@pytest.mark.parametrize(("text", "expected"), [
    ("gent", ["Anna Peeters", "Dirk Janssens"]),        # city, and a city that contains it
    ("GENT", ["Anna Peeters", "Dirk Janssens"]),        # case-insensitive
    ("gent 9050", ["Dirk Janssens"]),                   # every word must match
    ("1180", ["Chloé Dubois"]),                         # postal code
    ("555 03 03", ["Chloé Dubois"]),                    # phone as written
    ("5550404", ["Dirk Janssens"]),                     # phone without spaces
    ("example.com", ["Chloé Dubois"]),                  # e-mail
    ("chloé", ["Chloé Dubois"]),
    ("kerkstraat", []),                                 # the address is not searched
    ("", ["Anna Peeters", "Bruno Lambert", "Chloé Dubois", "Dirk Janssens"]),
])
def test_filter_matches_name_city_postal_code_phone_and_email(text: str, expected: list[str]) -> None:
    model = ClientTableModel()
    model.set_rows(CLIENTS)
    model.set_filter(text)
    assert names(model) == expected
    assert model.visible_count() == len(expected)
    assert model.total_count() == 4


def test_typing_and_deleting_gives_the_same_rows_as_a_fresh_filter() -> None:
    model = ClientTableModel()
    model.set_rows(CLIENTS)
    for text in ("g", "ge", "gen", "gent", "gentb", "gent", "ge", "a", "an", ""):
        model.set_filter(text)
        fresh = ClientTableModel()
        fresh.set_rows(CLIENTS)
        fresh.set_filter(text)
        assert names(model) == names(fresh), text


def test_sort_by_any_column_both_ways_keeps_the_filter() -> None:
    model = ClientTableModel()
    model.set_rows(CLIENTS)
    model.sort(ClientTableModel.CITY, Qt.SortOrder.AscendingOrder)
    assert names(model, ClientTableModel.CITY) == ["Gent", "Gentbrugge", "Namur", "Uccle"]
    model.sort(ClientTableModel.CITY, Qt.SortOrder.DescendingOrder)
    assert names(model, ClientTableModel.CITY) == ["Uccle", "Namur", "Gentbrugge", "Gent"]
    model.sort(ClientTableModel.APPLIANCES, Qt.SortOrder.AscendingOrder)  # numerically
    assert names(model, ClientTableModel.APPLIANCES) == [0, 1, 2, 5]
    model.set_filter("example.be")
    assert names(model) == ["Bruno Lambert", "Dirk Janssens", "Anna Peeters"]
    model.sort(ClientTableModel.NAME, Qt.SortOrder.DescendingOrder)
    assert names(model) == ["Dirk Janssens", "Bruno Lambert", "Anna Peeters"]


def test_sort_keeps_the_selected_row_pointing_at_the_same_client() -> None:
    model = ClientTableModel()
    model.set_rows(CLIENTS)
    from PySide6.QtCore import QPersistentModelIndex

    kept = QPersistentModelIndex(model.index(2, 0))  # Chloé
    model.sort(ClientTableModel.CITY, Qt.SortOrder.DescendingOrder)
    assert kept.isValid() and kept.data() == "Chloé Dubois" and kept.row() == 0


def test_one_hundred_thousand_rows_filter_and_find() -> None:
    cities = ("Gent", "Namur", "Uccle", "Hasselt", "Arlon")
    rows = [client_row(n, f"Client {n:06d}", cities[n % 5], f"{1000 + n % 9000}", f"+32 2 555 {n:06d}",
                       f"client{n}@example.be", "brussels", n % 4) for n in range(100_000)]
    model = ClientTableModel()
    model.set_rows(rows)
    assert model.rowCount() == 100_000
    model.set_filter("namur")
    assert model.rowCount() == 20_000
    model.set_filter("namur 004241")
    assert names(model) == ["Client 004241"]
    assert model.row_of("c4241") == 0 and model.row_of("c1") == -1
    model.set_filter("")
    model.sort(ClientTableModel.NAME, Qt.SortOrder.DescendingOrder)
    assert model.index(0, 0).data() == "Client 099999"
    assert model.row_of("c99998") == 1


def test_rows_prepared_in_a_worker_thread(qapp: Any) -> None:
    model = ClientTableModel()
    model.sort(ClientTableModel.CITY, Qt.SortOrder.AscendingOrder)
    model.set_filter("example.be")
    model.prepare()
    result: list[Any] = []
    worker = threading.Thread(target=lambda: result.append(model.prepare_rows(CLIENTS)))
    worker.start()
    worker.join()
    model.sort(ClientTableModel.NAME, Qt.SortOrder.DescendingOrder)  # the user sorted meanwhile
    model.set_prepared(result[0])
    assert names(model) == ["Dirk Janssens", "Bruno Lambert", "Anna Peeters"]


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
    assert headers == ["When", "What", "State", "Tries", "Last error"]
    assert names(model, OutboxTableModel.STATE) == ["Waiting to be sent", "Rejected"]
    assert names(model, OutboxTableModel.TRIES) == [1, 2]
    error = model.index(1, OutboxTableModel.LAST_ERROR)
    assert error.data() == "msg.The client.0.name field is required."
    assert "second line" in error.data(Qt.ItemDataRole.ToolTipRole)
    assert model.index(1, 0).data(LocalIdRole) == 2
    assert "2024" in model.index(0, OutboxTableModel.WHEN).data()
    assert model.data(QModelIndex()) is None


def test_the_table_header_shows_the_model_titles(qtbot: Any) -> None:
    """RecordTable takes its header labels from the model's `headers()` (see its docstring), counts centred."""
    from ui.widgets import RecordTable

    model = ClientTableModel()
    model.set_rows(CLIENTS)
    table = RecordTable(model)
    qtbot.addWidget(table)
    header = table.horizontalHeader()
    shown = [header.model().headerData(c, Qt.Orientation.Horizontal) for c in range(header.count())]
    assert shown == model.headers()
    alignment = header.model().headerData(ClientTableModel.APPLIANCES, Qt.Orientation.Horizontal,
                                          Qt.ItemDataRole.TextAlignmentRole)
    assert alignment == model.index(0, ClientTableModel.APPLIANCES).data(Qt.ItemDataRole.TextAlignmentRole)
    assert table.isSortingEnabled()
    header.setSortIndicator(ClientTableModel.CITY, Qt.SortOrder.AscendingOrder)  # as a click on "City" does
    assert names(model, ClientTableModel.CITY) == ["Gent", "Gentbrugge", "Namur", "Uccle"]


def test_a_first_frame_table_sorts_only_once_enabled(qtbot: Any) -> None:
    from ui.widgets import RecordTable

    model = ClientTableModel()
    model.set_rows(CLIENTS)
    table = RecordTable(model, sortable=False)
    qtbot.addWidget(table)
    assert not table.isSortingEnabled()
    table.enable_sorting()
    table.horizontalHeader().setSortIndicator(ClientTableModel.NAME, Qt.SortOrder.DescendingOrder)
    assert names(model)[0] == "Dirk Janssens"



def test_deleting_typed_characters_brings_back_the_earlier_matches() -> None:
    """Typing narrows from the rows shown; deleting takes an earlier filter's rows from the recent results.
    Each step must show exactly what a fresh filter shows."""
    model = ClientTableModel()
    model.set_rows(CLIENTS)
    steps = ["g", "ge", "gen", "gent", "gent 9", "gent 90", "gent 9", "gent", "ge", "", "u", "uc", ""]
    for text in steps:
        model.set_filter(text)
        fresh = ClientTableModel()
        fresh.set_rows(CLIENTS)
        fresh.set_filter(text)
        assert names(model) == names(fresh), text
    model.sort(ClientTableModel.CITY, Qt.SortOrder.DescendingOrder)  # a new order forgets the recent results
    for text in ("gent", "gen", "g", ""):
        model.set_filter(text)
        fresh = ClientTableModel()
        fresh.set_rows(CLIENTS)
        fresh.sort(ClientTableModel.CITY, Qt.SortOrder.DescendingOrder)
        fresh.set_filter(text)
        assert names(model) == names(fresh), text


def test_filtering_matches_a_plain_search_over_many_rows_in_any_order() -> None:
    """Every path of the filter (few or many candidates, rows as delivered or sorted, narrowing, recent
    results, several words) against the obvious search."""
    import random

    rng = random.Random(7)
    cities = ["Gent", "Gentbrugge", "Namur", "Uccle", "Aalst", "Genk", "Brugge", "Liège"]
    rows = [client_row(n, f"Client {n:03d} {rng.choice(['Peeters', 'Dubois', 'Janssens', 'Lambert'])}",
                       rng.choice(cities), str(rng.randint(1000, 9999)), f"+32 {rng.randint(2, 99)} 555 {n:02d}",
                       f"c{n}@example.be", rng.choice(["flanders", "wallonia", "brussels"]), rng.randint(0, 4))
            for n in range(300)]
    haystacks = {row[1]: ClientTableModel().haystack(row) for row in rows}
    typed = ["g", "ge", "gen", "gent", "gent 5", "gent 55", "gent 5", "gen", "", "d", "du", "dub", "dubois 1",
             "b", "br", "", "555 0", "555 01", "555 0", "5", ""]
    for column in (None, ClientTableModel.CITY, ClientTableModel.APPLIANCES):
        model, unfiltered = ClientTableModel(), ClientTableModel()
        for each in (model, unfiltered):
            each.set_rows(rows)
            if column is not None:
                each.sort(column, Qt.SortOrder.DescendingOrder)
        order = names(unfiltered)
        for text in typed:  # one after the other, as typed: narrowing and recent results come into play
            model.set_filter(text)
            terms = text.split()
            assert names(model) == [n for n in order if all(t in haystacks[n] for t in terms)], (column, text)
