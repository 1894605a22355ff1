"""Heat pumps (Podero) and climate controllers / failures (myBeNext): small in-memory tables.

Statuses show as text with an icon (never colour alone); stale values say so in the text and the tooltip."""

from __future__ import annotations

from typing import Any, ClassVar

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QFont, QIcon
from PySide6.QtWidgets import QApplication, QStyle

from app.services.climate import documented_words
from ui.labels import local_time
from ui.models.base import DECORATION, TOOLTIP, text
from ui.models.memory import SEPARATOR, FilteredTableModel

FONT = 6  # Qt.ItemDataRole.FontRole

_STATUS_ICONS = {"error": QStyle.StandardPixmap.SP_MessageBoxCritical,
                 "warning": QStyle.StandardPixmap.SP_MessageBoxWarning,
                 "unknown": QStyle.StandardPixmap.SP_MessageBoxQuestion,
                 "ok": QStyle.StandardPixmap.SP_DialogApplyButton}


def status_icon(status: str) -> QIcon | None:
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        return None
    return app.style().standardIcon(_STATUS_ICONS.get(status, QStyle.StandardPixmap.SP_MessageBoxQuestion))


def number(value: object, unit: str, digits: int = 1) -> str:
    if isinstance(value, int | float) and not isinstance(value, bool):
        return f"{value:.{digits}f} {unit}"
    return ""


def benext_words() -> dict[str, str]:
    """myBeNext's documented words (modes, schedule types, valve and failure statuses, failure types) in the user's
    language, by their English; read on the UI thread (a model's `prepare`)."""
    return {word: QCoreApplication.translate("myBeNext", word) for word in documented_words()}


class HeatPumpTableModel(FilteredTableModel):
    """Rows are `HeatPumpService.all()` dicts (worst status first)."""

    (STATUS, PUMP, CONNECTION, MONITORING, STEERING, MODE, POWER, OUTDOOR, INDOOR, FLOW, DHW, DAY, WEEK, MONTH,
     UPDATED) = range(15)
    NUMERIC_COLUMNS: ClassVar[frozenset[int]] = frozenset({POWER, OUTDOOR, INDOOR, FLOW, DHW, DAY, WEEK, MONTH})
    ROLES: ClassVar[frozenset[int]] = FilteredTableModel.ROLES | {TOOLTIP, DECORATION, FONT}
    _STATUS_FIELD: ClassVar[dict[int, str]] = {CONNECTION: "connection_status", MONITORING: "monitoring_status",
                                               STEERING: "steering_status"}

    def headers(self) -> list[str]:
        return [self.tr("Status"), self.tr("Heat pump"), self.tr("Connection"), self.tr("Monitoring"),
                self.tr("Steering"), self.tr("Mode"), self.tr("Power"), self.tr("Outdoor"),
                self.tr("Indoor (actual / target)"), self.tr("Inlet / outlet"), self.tr("Hot water"),
                self.tr("kWh last day"), self.tr("kWh last week"), self.tr("kWh last month"), self.tr("Updated")]

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.prepare()  # its words are read before the first rows come (the pane sizes columns by them)

    def status_words(self) -> dict[str, str]:
        """Each status as the user reads it."""
        return {"ok": self.tr("OK"), "warning": self.tr("Warning"), "error": self.tr("Error"),
                "unknown": self.tr("Unknown")}

    def prepare(self) -> None:
        words = self.status_words()
        self._words = lambda status: words.get(status, status)
        self._stale = self.tr("stale")
        self._queued = self.tr("Registration waiting to be sent")
        self._refused = self.tr("Registration refused by Podero")
        self._severity = {0: "error", 1: "warning", 2: "unknown", 3: "ok"}

    def stale_text(self, value: str) -> str:
        """A reading marked as stale."""
        return f"{value} ({self._stale})"

    def local_id(self, row: Any) -> Any:
        return row["local_id"]

    def haystack(self, row: Any) -> str:
        return SEPARATOR.join(text(row[k]) for k in ("manufacturer", "model", "connection_status",
                                                      "monitoring_status", "steering_status")).casefold()

    def sort_key(self, row: Any, column: int) -> Any:
        if column == self.STATUS:
            return (row["severity"], row["manufacturer"], row["model"])
        return super().sort_key(row, column)

    def cell(self, row: Any, column: int) -> Any:
        wire = row["wire"]
        if column == self.STATUS:
            if row["outbox_state"] == "rejected" and not row["podero_id"]:
                return self._refused
            if row["pending"] and not row["podero_id"]:
                return self._queued
            return self._words(self._severity.get(row["severity"], "unknown"))
        if column == self.PUMP:
            return f"{row['manufacturer']} {row['model']}".strip()
        if column in self._STATUS_FIELD:
            return self._words(row[self._STATUS_FIELD[column]])
        if column == self.MODE:
            return " / ".join(text(v) for v in (wire.get("current_mode"), wire.get("operational_mode")) if v)
        stale = self.stale_text("") if row["stale"] else ""
        if column == self.POWER:
            value = number(wire.get("current_power_consumption_w"), "W", 0)
            return value + stale if value else ""
        if column == self.OUTDOOR:
            value = number(wire.get("outdoor_temperature"), "°C")
            return value + stale if value else ""
        if column == self.INDOOR:
            actual, target = (number(wire.get(k), "°C") for k in ("indoor_actual_temperature",
                                                                   "indoor_target_temperature"))
            return f"{actual or '–'} / {target or '–'}{stale}" if actual or target else ""
        if column == self.FLOW:
            inlet, outlet = (number(wire.get(k), "°C") for k in ("inlet_temperature", "outlet_temperature"))
            return f"{inlet or '–'} / {outlet or '–'}" if inlet or outlet else ""
        if column == self.DHW:
            return number(wire.get("dhw_temperature"), "°C")
        if column in (self.DAY, self.WEEK, self.MONTH):
            key = {self.DAY: "consumption_last_day_kwh", self.WEEK: "consumption_last_week_kwh",
                   self.MONTH: "consumption_last_month_kwh"}[column]
            value = number(wire.get(key), "kWh")
            return self.stale_text(value) if row["consumption_stale"] and value else value
        if column == self.UPDATED:
            return local_time(row["state_updated_at"]) + stale
        return None

    def extra_data(self, row: Any, column: int, role: int) -> Any:
        if role == TOOLTIP and column == self.STATUS and row["outbox_state"] == "rejected":
            return row["outbox_error"]
        if role == DECORATION:
            if column == self.STATUS:
                if row["outbox_state"] == "rejected" and not row["podero_id"]:
                    return status_icon("error")
                return status_icon(self._severity.get(row["severity"], "unknown"))
            if column in self._STATUS_FIELD:
                return status_icon(row[self._STATUS_FIELD[column]])
        if role == FONT and row["stale"] and column >= self.POWER:
            font = QFont()
            font.setItalic(True)
            return font
        if role == TOOLTIP and row["stale"] and column >= self.POWER:
            return self.tr("Stale: this pump had not reported for a while when FieldDesk last read it, or the last "
                           "sync could not read it.")
        return None


class ControllerTableModel(FilteredTableModel):
    """Rows are `ClimateService.controllers()` dicts."""

    NAME, TEMPERATURE, SETPOINT, MODE, SCHEDULE, DEMAND, VALVE, STATE, AVAILABILITY = range(9)
    NUMERIC_COLUMNS: ClassVar[frozenset[int]] = frozenset({TEMPERATURE, SETPOINT})
    ROLES: ClassVar[frozenset[int]] = FilteredTableModel.ROLES | {TOOLTIP, DECORATION}

    def headers(self) -> list[str]:
        return [self.tr("Controller"), self.tr("Temperature"), self.tr("Set point"), self.tr("Mode"),
                self.tr("Schedule"), self.tr("Heat demand"), self.tr("Valve"), self.tr("State"),
                self.tr("Availability")]

    def prepare(self) -> None:
        self._states = {"waiting to be sent": self.tr("Waiting to be sent"),
                        "waiting for the device": self.tr("Waiting for the device"),
                        "synchronised": self.tr("Synchronised"), "not synchronised": self.tr("Not synchronised"),
                        "rejected": self.tr("Refused by myBeNext")}
        self._availability = {"available": self.tr("Available"), "retrying": self.tr("Retrying"),
                              "unreachable": self.tr("Unreachable"), "unknown": self.tr("Unknown")}
        self._words = benext_words()
        self._yes, self._no = self.tr("Yes"), self.tr("No")

    def local_id(self, row: Any) -> Any:
        return str(row["product"])

    def haystack(self, row: Any) -> str:
        return SEPARATOR.join(text(row[k]) for k in ("name", "product", "state", "availability")).casefold()

    def cell(self, row: Any, column: int) -> Any:
        if column == self.NAME:
            return row["name"]
        if column == self.TEMPERATURE:
            return number(row["temperature"], "°C")
        if column == self.SETPOINT:
            return number(row["setpoint"], "°C")
        if column == self.MODE:
            return self._words.get(row["mode_text"], row["mode_text"])
        if column == self.SCHEDULE:
            return self._words.get(row["scheduletype_text"], row["scheduletype_text"])
        if column == self.DEMAND:
            return "" if row["heatdemand"] is None else self._yes if row["heatdemand"] else self._no
        if column == self.VALVE:
            return self._words.get(row["valvestatus_text"], row["valvestatus_text"])
        if column == self.STATE:
            return self._states.get(row["state"], row["state"])
        if column == self.AVAILABILITY:
            return self._availability.get(row["availability"] or "unknown", row["availability"])
        return None

    def extra_data(self, row: Any, column: int, role: int) -> Any:
        if role == DECORATION and column == self.STATE:
            return status_icon({"synchronised": "ok", "rejected": "error"}.get(row["state"], "unknown"))
        if role == DECORATION and column == self.AVAILABILITY:
            return status_icon({"available": "ok", "retrying": "warning", "unreachable": "error"}.get(
                row["availability"] or "", "unknown"))
        if role == TOOLTIP and column == self.STATE and row["state"] == "rejected":
            return row["outbox_error"]
        if role == TOOLTIP and column == self.STATE and row["state"] == "waiting for the device":
            return self.tr("myBeNext accepted the set point; the device applies it when it next wakes up.")
        return None


class FailureTableModel(FilteredTableModel):
    """Rows are `ClimateService.failures()` dicts."""

    TIME, TYPE, STATUS, PRODUCT = range(4)
    #: The service delivers the latest failure first.
    SERVICE_ORDER: ClassVar[tuple[int, bool]] = (TIME, True)
    ROLES: ClassVar[frozenset[int]] = FilteredTableModel.ROLES | {DECORATION}

    def headers(self) -> list[str]:
        return [self.tr("Since"), self.tr("Failure"), self.tr("Status"), self.tr("Product")]

    def prepare(self) -> None:
        self._words = benext_words()

    def local_id(self, row: Any) -> Any:
        return str(row["failure"])

    def haystack(self, row: Any) -> str:
        return SEPARATOR.join(text(self.cell(row, c)) for c in (self.TYPE, self.STATUS, self.PRODUCT)).casefold()

    def cell(self, row: Any, column: int) -> Any:
        if column == self.TIME:
            return text(row["timestamp"]).replace("T", " ").removesuffix("Z")[:16]
        if column == self.TYPE:
            return self._words.get(row["type_text"], row["type_text"])
        if column == self.STATUS:
            return self._words.get(row["status_text"], row["status_text"])
        if column == self.PRODUCT:
            return row["product_name"] or text(row["resource"])
        return None

    def extra_data(self, row: Any, column: int, role: int) -> Any:
        if role == DECORATION and column == self.STATUS:
            return status_icon({"failed": "error", "accepted": "warning", "no_failure": "ok"}.get(
                row["status"] or "", "unknown"))
        return None
