"""Clients: every cached client, paged from the cache (`ClientService.table()`)."""

from __future__ import annotations

from typing import Any, ClassVar

from PySide6.QtCore import QObject

from ui.labels import region_name
from ui.models.base import TOOLTIP, PagedSource, SqlTableModel, text


class ClientTableModel(SqlTableModel):
    """Row tuples (local_id, name, city, postal_code, phone, email, region, appliance count, address, house_no,
    proplus_id); sortable by name, city and postal code (the indexed columns)."""

    NAME, CITY, POSTAL_CODE, PHONE, EMAIL, REGION, APPLIANCES = range(7)
    NUMERIC_COLUMNS: ClassVar[frozenset[int]] = frozenset({APPLIANCES})
    ROLES: ClassVar[frozenset[int]] = SqlTableModel.ROLES | {TOOLTIP}
    _SOURCE: ClassVar[dict[int, int]] = {NAME: 1, CITY: 2, POSTAL_CODE: 3, PHONE: 4, EMAIL: 5}

    def __init__(self, source: PagedSource | None = None, parent: QObject | None = None) -> None:
        self._regions = {r: region_name(r) for r in ("brussels", "flanders", "wallonia")}
        super().__init__(source, parent)

    def headers(self) -> list[str]:
        return [self.tr("Name"), self.tr("City"), self.tr("Postal code"), self.tr("Phone"), self.tr("E-mail"),
                self.tr("Region"), self.tr("Appliances")]

    def cell(self, row: tuple[Any, ...], column: int) -> Any:
        source = self._SOURCE.get(column)
        if source is not None:
            return text(row[source])
        if column == self.REGION:
            return self._regions.get(row[6], text(row[6]))
        if column == self.APPLIANCES:
            return int(row[7] or 0)
        return None

    def extra_data(self, row: tuple[Any, ...], column: int, role: int) -> Any:
        if role == TOOLTIP and column == self.NAME:
            address = " ".join(p for p in (text(row[8]), text(row[9])) if p)
            place = " ".join(p for p in (text(row[3]), text(row[2])) if p)
            return "\n".join(p for p in (text(row[1]), address, place) if p)
        return None
