"""Work orders: every cached Pro+ work order (a few thousand at most, held in memory), latest first."""

from __future__ import annotations

from typing import Any, ClassVar

from PySide6.QtWidgets import QApplication, QStyle

from ui.labels import kind_name
from ui.models.base import DECORATION, TOOLTIP, text
from ui.models.memory import SEPARATOR, FilteredTableModel


class WorkOrderTableModel(FilteredTableModel):
    """Rows are the dicts `WorkOrderService.all()` gives."""

    (NUMBER, EXTERNAL_ID, NAME, DATE, TIME, CLIENT, APPLIANCE, KIND, TYPE, LANGUAGE, TECHNICIAN, STATUS,
     CERTIFICATE, COMMENTS) = range(14)
    #: The service delivers the latest date (and start) first.
    SERVICE_ORDER: ClassVar[tuple[int, bool]] = (DATE, True)
    ROLES: ClassVar[frozenset[int]] = FilteredTableModel.ROLES | {TOOLTIP, DECORATION}
    _FIELD: ClassVar[dict[int, str]] = {NUMBER: "wo_number", EXTERNAL_ID: "external_id", NAME: "external_name",
                                        DATE: "execution_date", TIME: "start_time", TYPE: "certification_type",
                                        LANGUAGE: "certification_language", COMMENTS: "comments"}

    def headers(self) -> list[str]:
        return [self.tr("Number"), self.tr("External id"), self.tr("Name"), self.tr("Date"), self.tr("Start"),
                self.tr("Client"), self.tr("Appliance"), self.tr("Heating or cooling"), self.tr("Certification"),
                self.tr("Language"), self.tr("Technician"), self.tr("Status"), self.tr("Certificate"),
                self.tr("Comments")]

    def prepare(self) -> None:
        self._waiting = self.tr("Waiting to be sent")
        self._deleting = self.tr("Being deleted")
        self._available = self.tr("Available")
        self._not_yet = self.tr("Not yet")
        self._kinds = {1: kind_name("heating"), 2: kind_name("cooling")}

    # The columns the filter's words are matched against.
    _SEARCHED = ("wo_number", "external_id", "external_name", "execution_date", "client_name", "appliance_name",
                 "technician_name", "certification_type", "status", "comments")

    def local_id(self, row: Any) -> Any:
        return row["local_id"]

    def haystack(self, row: Any) -> str:
        return SEPARATOR.join(text(row[k]) for k in self._SEARCHED).casefold()

    def cell(self, row: Any, column: int) -> Any:
        field = self._FIELD.get(column)
        if field is not None:
            value = text(row[field])
            return value.replace("\n", " ") if column == self.COMMENTS else value
        if column == self.CLIENT:
            return text(row["client_name"] or row["client_id"])
        if column == self.APPLIANCE:
            return text(row["appliance_name"] or row["heating_appliance_id"] or row["cooling_appliance_id"])
        if column == self.KIND:
            return self._kinds.get(row["appliance_group"], "")
        if column == self.TECHNICIAN:
            return text(row["technician_name"] or row["technician_id"])
        if column == self.STATUS:
            if row["deleting"]:
                return self._deleting
            if row["pending"] and row["proplus_id"] is None:
                return self._waiting
            return text(row["status"])
        if column == self.CERTIFICATE:
            return self._available if row["certificate_id"] else self._not_yet
        return None

    def sort_key(self, row: Any, column: int) -> Any:
        if column == self.DATE:
            return (text(row["execution_date"]), text(row["start_time"]))
        return super().sort_key(row, column)

    def extra_data(self, row: Any, column: int, role: int) -> Any:
        if role == DECORATION and column == self.CERTIFICATE and row["certificate_id"]:
            app = QApplication.instance()
            if isinstance(app, QApplication):
                return app.style().standardIcon(QStyle.StandardPixmap.SP_DialogApplyButton)
        if role == DECORATION and column == self.STATUS and (row["pending"] or row["deleting"]):
            app = QApplication.instance()
            if isinstance(app, QApplication):
                return app.style().standardIcon(QStyle.StandardPixmap.SP_ArrowUp)
        if role == TOOLTIP and column == self.COMMENTS and row["comments"]:
            return row["comments"]
        if role == TOOLTIP and column == self.CERTIFICATE and row["certificate_id"]:
            return self.tr("Certificate documents: PDF {pdf}, JSON {json}, VAT {vat}").format(
                pdf=text(row["certificate_id"]), json=text(row["json_id"]) or "–", vat=text(row["vat_id"]) or "–")
        return None
