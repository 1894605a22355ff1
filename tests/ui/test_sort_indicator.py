"""Every list's sort indicator says the order its rows are in: at first (the order the service delivers them) and
after the user sorts by another column."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from app.services.fielddesk import FieldDesk
from ui.main_window import PANES, MainWindow
from ui.models.memory import FilteredTableModel
from ui.widgets import RecordTable


def keys_in_view(table: RecordTable, column: int) -> list[Any]:
    model = table.model()
    if isinstance(model, FilteredTableModel):
        return [model.sort_key(model.row_data(row), column) for row in range(model.rowCount())]
    return [str(model.index(row, column).data() or "").casefold() for row in range(model.rowCount())]


def in_indicated_order(table: RecordTable) -> bool:
    header = table.horizontalHeader()
    keys = keys_in_view(table, header.sortIndicatorSection())
    wanted = sorted(keys, reverse=header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder)
    return keys == wanted


def test_every_list_is_in_the_order_its_indicator_says(desk: FieldDesk, qloop: Any, qtbot: Any) -> None:
    for external_id in ("7001", "7002", "7003", "7004"):  # the sandbox's demo work orders
        qloop.run_until_complete(desk.workorders.fetch(external_id=external_id))
    window = MainWindow(desk, pane="clients")
    qtbot.addWidget(window)
    window.show()
    for name in PANES:
        window.show_pane(name)
    window.reload()
    tables = [t for t in window.findChildren(RecordTable) if t.model().rowCount() > 1]
    assert {"clients-table", "workorders-table", "certificates-table", "customers-table",
            "devices-table"} <= {t.objectName() for t in tables}
    for table in tables:
        model = table.model()
        title = model.headerData(table.horizontalHeader().sortIndicatorSection(), Qt.Orientation.Horizontal)
        assert in_indicated_order(table), f"{table.objectName()}: not in the order of {title}"
        for column in range(model.columnCount()):
            if model.is_sortable(column) and column != table.horizontalHeader().sortIndicatorSection():
                table.sortByColumn(column, Qt.SortOrder.AscendingOrder)
                assert in_indicated_order(table), f"{table.objectName()}: sorted by column {column}"
