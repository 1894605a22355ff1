"""Appliances: a few rows per client (or every appliance of the cache), held in memory."""

from __future__ import annotations

from typing import Any, ClassVar

from PySide6.QtCore import QObject
from PySide6.QtGui import QIcon

from ui.labels import kind_name, region_name
from ui.models.base import DECORATION, ClientIdRole, text
from ui.models.memory import SEPARATOR, FilteredTableModel
from ui.resources import icon


class ApplianceTableModel(FilteredTableModel):
    """Rows from `ClientService.appliance_rows()`: (local_id, client_local_id, client name, kind, name, region,
    make, year, proplus_id)."""

    CLIENT, KIND, NAME, REGION, MAKE, YEAR = range(6)
    ROLES: ClassVar[frozenset[int]] = FilteredTableModel.ROLES | {ClientIdRole, DECORATION}

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._labels: dict[Any, str] = {}

    def headers(self) -> list[str]:
        return [self.tr("Client"), self.tr("Kind"), self.tr("Name"), self.tr("Region"), self.tr("Make"),
                self.tr("Year")]

    def prepare(self) -> None:
        self._labels = {**{r: region_name(r) for r in ("brussels", "flanders", "wallonia")},
                        **{k: kind_name(k) for k in ("heating", "cooling")}}

    def haystack(self, row: Any) -> str:
        labels = self._labels
        return SEPARATOR.join((text(row[2]), labels.get(row[3], text(row[3])), text(row[4]),
                               labels.get(row[5], text(row[5])), text(row[6]), text(row[7]))).casefold()

    def cell(self, row: Any, column: int) -> Any:
        if column == self.CLIENT:
            return text(row[2])
        if column == self.KIND:
            return self._labels.get(row[3], text(row[3]))
        if column == self.NAME:
            return text(row[4])
        if column == self.REGION:
            return self._labels.get(row[5], text(row[5]))
        if column == self.MAKE:
            return text(row[6])
        if column == self.YEAR:
            return text(row[7])
        return None

    def extra_data(self, row: Any, column: int, role: int) -> Any:
        if role == ClientIdRole:
            return row[1]
        if role == DECORATION and column == self.KIND:
            return kind_icon(row[3])
        return None


def kind_icon(kind: str) -> QIcon | None:
    return icon("heating") if kind == "heating" else icon("cooling") if kind == "cooling" else None
