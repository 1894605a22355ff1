"""Heat pumps: Podero heat pumps with their statuses (errors and warnings first, stale values marked) and
registering one on site; myBeNext climate controllers with set point changes, failures, and history charts."""

from __future__ import annotations

import asyncio
import datetime as dt
import html
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QByteArray, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QFont, QFontMetrics, QGuiApplication, QIcon, QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.services.climate import ENERGY, SetpointError, aggregate
from ui.charts import EnergyChart, HistoryChart
from ui.errors import error_boundary, show_message
from ui.labels import local_time, problem_text
from ui.models.heatpumps import ControllerTableModel, FailureTableModel, HeatPumpTableModel, number, status_icon
from ui.panes.base import RecordPane
from ui.resources import icon
from ui.widgets import RecordTable, heading, muted

if TYPE_CHECKING:
    from app.services.fielddesk import FieldDesk

#: Chart ranges offered: (label source text, days).
RANGES = ((QT_TRANSLATE_NOOP("ClimatePanel", "Last 24 hours"), 1),
          (QT_TRANSLATE_NOOP("ClimatePanel", "Last 7 days"), 7),
          (QT_TRANSLATE_NOOP("ClimatePanel", "Last 30 days"), 30),
          (QT_TRANSLATE_NOOP("ClimatePanel", "Last 90 days"), 90),
          (QT_TRANSLATE_NOOP("ClimatePanel", "Last 365 days"), 365))


class HeatPumpDetail(QWidget):
    """The selected pump: every value with its unit and time, and the owner's authorisation links."""

    FIELDS = ("connection", "monitoring", "steering", "mode", "power", "outdoor", "indoor", "flow", "dhw",
              "consumption", "updated", "consumption_updated", "price_zone", "comment", "podero_id")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = heading("", self)
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        labels = {"connection": self.tr("Connection"), "monitoring": self.tr("Monitoring"),
                  "steering": self.tr("Steering"), "mode": self.tr("Current / operational mode"),
                  "power": self.tr("Power consumption"), "outdoor": self.tr("Outdoor temperature"),
                  "indoor": self.tr("Indoor actual / target"), "flow": self.tr("Inlet / outlet"),
                  "dhw": self.tr("Hot water"), "consumption": self.tr("Consumption (day, week, month)"),
                  "updated": self.tr("State reported at"), "consumption_updated": self.tr("Consumption counted at"),
                  "price_zone": self.tr("Price zone"), "comment": self.tr("Comment"),
                  "podero_id": self.tr("Podero id")}
        self.values: dict[str, QLabel] = {}
        grid = QGridLayout()
        grid.setHorizontalSpacing(16)
        for index, name in enumerate(self.FIELDS):
            label = muted(labels[name], self)
            value = QLabel(self)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            value.setWordWrap(name == "comment")
            row, column = index % 8, (index // 8) * 2
            grid.addWidget(label, row, column, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
            grid.addWidget(value, row, column + 1)
            self.values[name] = value
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)
        self.links = QGroupBox(self.tr("Owner's authorisation"), self)
        self.auth_url = QLabel(self.links)
        self.embed_url = QLabel(self.links)
        for label in (self.auth_url, self.embed_url):
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.open_button = QPushButton(self.tr("Open in browser"), self.links)
        self.copy_button = QPushButton(self.tr("Copy link"), self.links)
        self.qr_button = QPushButton(self.tr("Show QR code"), self.links)
        self.qr = QLabel(self.links)
        self.qr.setVisible(False)
        self.open_button.clicked.connect(lambda: QDesktopServices.openUrl(QUrl(self._link())))
        self.copy_button.clicked.connect(self.copy_link)
        self.qr_button.clicked.connect(self.toggle_qr)
        links = QFormLayout()
        links.addRow(self.tr("Authorisation link"), self.auth_url)
        links.addRow(self.tr("Onboarding form"), self.embed_url)
        buttons = QHBoxLayout()
        for button in (self.open_button, self.copy_button, self.qr_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        box = QHBoxLayout(self.links)
        left = QVBoxLayout()
        left.addLayout(links)
        left.addLayout(buttons)
        box.addLayout(left, 1)
        box.addWidget(self.qr)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.title)
        layout.addWidget(self.note)
        layout.addLayout(grid)
        layout.addWidget(self.links)
        layout.addStretch(1)
        self._row: dict[str, Any] = {}

    def _link(self) -> str:
        return str(self._row.get("authorization_url") or self._row.get("embeddable_url") or "")

    def show_pump(self, row: dict[str, Any], words: dict[str, str]) -> None:
        self._row = row
        wire = row["wire"]
        self.title.setText(f"{row['manufacturer']} {row['model']}".strip() or self.tr("Heat pump"))
        stale = f" ({self.tr('stale')})" if row["stale"] else ""
        for name, status in (("connection", row["connection_status"]), ("monitoring", row["monitoring_status"]),
                             ("steering", row["steering_status"])):
            self.values[name].setText(words.get(status, status))
        modes = [str(v) for v in (wire.get("current_mode"), wire.get("operational_mode")) if v]
        shown = {
            "mode": " / ".join(modes) or "–",
            "power": (number(wire.get("current_power_consumption_w"), "W", 0) or "–") + stale,
            "outdoor": (number(wire.get("outdoor_temperature"), "°C") or "–") + stale,
            "indoor": f"{number(wire.get('indoor_actual_temperature'), '°C') or '–'} / "
                      f"{number(wire.get('indoor_target_temperature'), '°C') or '–'}{stale}",
            "flow": f"{number(wire.get('inlet_temperature'), '°C') or '–'} / "
                    f"{number(wire.get('outlet_temperature'), '°C') or '–'}",
            "dhw": number(wire.get("dhw_temperature"), "°C") or "–",
            "consumption": " / ".join(number(wire.get(k), "kWh") or "–" for k in (
                "consumption_last_day_kwh", "consumption_last_week_kwh", "consumption_last_month_kwh"))
            + (f" ({self.tr('stale')})" if row["consumption_stale"] else ""),
            "updated": _when(row["state_updated_at"]),
            "consumption_updated": _when(row["consumption_updated_at"]),
            "price_zone": str(wire.get("price_zone") or "–"),
            "comment": str(wire.get("comment") or "–"),
            "podero_id": str(row["podero_id"] or self.tr("Not yet registered")),
        }
        for name, value in shown.items():
            self.values[name].setText(value)
        if row["outbox_state"] == "rejected" and not row["podero_id"]:
            note = self.tr("✗ Podero refused the registration: {error}. Discard it in the outbox and register the "
                           "heat pump again with the problem corrected.").format(error=row["outbox_error"] or "")
        elif row["pending"] and not row["podero_id"]:
            note = self.tr("⧗ Waiting to be registered at Podero (see the outbox); the links appear once it is.")
        elif row["stale"]:
            note = self.tr("⚠ Stale: these values are older than the last sync (the pump had stopped reporting, or "
                           "Podero could not be read).")
        else:
            note = ""
        self.note.setText(html.escape(note))
        self.note.setVisible(bool(note))
        self.auth_url.setText(row["authorization_url"] or self.tr("None given"))
        self.embed_url.setText(row["embeddable_url"] or self.tr("None given"))
        has_link = bool(self._link())
        for button in (self.open_button, self.copy_button, self.qr_button):
            button.setEnabled(has_link)
        self.qr.setVisible(False)
        self.qr_button.setText(self.tr("Show QR code"))

    def copy_link(self) -> None:
        clipboard = QGuiApplication.clipboard()
        if clipboard is not None and self._link():
            clipboard.setText(self._link())

    def toggle_qr(self) -> None:
        if self.qr.isVisible() or not self._link():
            self.qr.setVisible(False)
            self.qr_button.setText(self.tr("Show QR code"))
            return
        import io

        import segno

        buffer = io.BytesIO()
        segno.make(self._link(), error="m").save(buffer, kind="png", scale=4, border=2)
        pixmap = QPixmap()
        pixmap.loadFromData(QByteArray(buffer.getvalue()), "PNG")
        self.qr.setPixmap(pixmap)
        self.qr.setToolTip(self._link())
        self.qr.setVisible(True)
        self.qr_button.setText(self.tr("Hide QR code"))


def _when(value: object) -> str:
    return local_time(str(value)) if value else "–"


class HeatPumpList(RecordPane):
    def __init__(self, desk: FieldDesk, parent: QWidget | None = None) -> None:
        model = HeatPumpTableModel()
        # The readings the detail below shows are hidden until the user shows them (right-click the titles): the
        # statuses, the mode, the power and the outdoor temperature fit 1280 px in every language.
        super().__init__(desk, model, (110, 170, 105, 105, 105, 130, 90, 110, 190, 130, 80, 90, 95, 100, 160),
                         details_below=True, parent=parent, hidden=(model.INDOOR, model.FLOW, model.DHW, model.DAY,
                                                                    model.WEEK, model.MONTH, model.UPDATED))
        self.model: HeatPumpTableModel = model
        self.table.setObjectName("heatpumps-table")
        # The status columns fit the longest status word of the user's language, beside its icon.
        status_width = max(self.fontMetrics().horizontalAdvance(w) for w in model.status_words().values()) + 44
        header = self.table.horizontalHeader()
        for column in (model.STATUS, model.CONNECTION, model.MONITORING, model.STEERING):
            header.resizeSection(column, max(header.sectionSize(column), status_width))
        # The power fits a stale reading's mark ("0 W (stale)"), in italics.
        italic = QFont(self.font())
        italic.setItalic(True)
        power_width = QFontMetrics(italic).horizontalAdvance(model.stale_text("0000 W")) + 16
        header.resizeSection(model.POWER, max(header.sectionSize(model.POWER), power_width))
        self._detail: HeatPumpDetail | None = None
        self.splitter.setSizes([250, 410])

    @property
    def detail(self) -> HeatPumpDetail:
        if self._detail is None:
            self._detail = HeatPumpDetail(self)
            self.detail_stack.addWidget(self._detail)
        return self._detail

    def placeholder_text(self) -> str:
        return self.tr("Filter by make, model or status")

    def empty_text(self) -> str:
        return self.tr("No heat pump selected.")

    def nothing_yet_text(self) -> str:
        return self.tr("No heat pumps yet: sync to read them from Podero, or register one on site.")

    def no_match_text(self, filter_text: str) -> str:
        return self.tr("No heat pump matches “{filter}”.").format(filter=filter_text)

    def count_text(self, shown: str, total: str) -> str:
        return self.tr("{shown} of {total} heat pumps").format(shown=shown, total=total)

    def fetch_rows(self, limit: int | None) -> list[Any]:
        rows = self.desk.heatpumps.all()
        return rows if limit is None else rows[:limit]

    def show_detail(self, local_id: str | None) -> bool:
        row = self.desk.heatpumps.get(local_id) if local_id else None
        if row is None:
            return False
        words = {"ok": self.tr("✓ OK"), "warning": self.tr("! Warning"), "error": self.tr("✗ Error"),
                 "unknown": self.tr("? Unknown")}
        self.detail.show_pump(row, words)
        self.detail_stack.setCurrentWidget(self.detail)
        return True


class ClimatePanel(QWidget):
    """Controllers (set point changes), the latest failures, and the charts."""

    changed = Signal()

    def __init__(self, desk: FieldDesk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self._tasks: set[asyncio.Task[Any]] = set()
        self.controllers = ControllerTableModel(self)
        self.failures = FailureTableModel(self)
        # The valve (heating or hot water) is hidden until the user shows it (right-click the titles): the other
        # columns fit 1280 px in every language.
        self.table = RecordTable(self.controllers, (190, 95, 85, 80, 190, 90, 150, 170, 110), self,
                                 hidden=(ControllerTableModel.VALVE,))
        self.table.setObjectName("controllers-table")
        self.table.setAccessibleName(self.tr("Climate controllers"))
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._selected())
        self.failure_table = RecordTable(self.failures, (128, 240, 150, 200), self)
        self.failure_table.setAccessibleName(self.tr("Latest failures"))

        self.setpoint_box = QGroupBox(self.tr("Set point"), self)
        self.setpoint_name = QLabel(self.setpoint_box)
        self.setpoint_spin = QDoubleSpinBox(self.setpoint_box)
        self.setpoint_spin.setRange(4.0, 28.0)  # the documented range (myBeNext datatype 67)
        self.setpoint_spin.setSingleStep(0.5)
        self.setpoint_spin.setSuffix(" °C")
        self.permanent = QCheckBox(self.tr("Permanent (otherwise until the next schedule point)"), self.setpoint_box)
        self.set_button = QPushButton(self.tr("Change set point"), self.setpoint_box)
        self.set_button.clicked.connect(self.change_setpoint)
        self.setpoint_state = QLabel(self.setpoint_box)
        self.setpoint_state.setWordWrap(True)
        # Under the list, the selected controller's set point: the change on one line, its state on the next.
        change = QHBoxLayout()
        change.addWidget(self.setpoint_name)
        change.addSpacing(16)
        change.addWidget(QLabel(self.tr("New set point"), self.setpoint_box))
        change.addWidget(self.setpoint_spin)
        change.addWidget(self.set_button)
        change.addSpacing(16)
        change.addWidget(self.permanent)
        change.addStretch(1)
        setpoint_layout = QVBoxLayout(self.setpoint_box)
        setpoint_layout.addLayout(change)
        setpoint_layout.addWidget(self.setpoint_state)

        self.history = HistoryChart(self)
        self.energy = EnergyChart(self)
        self.range_combo = QComboBox(self)
        for label, days in RANGES:
            self.range_combo.addItem(self.tr(str(label)), days)
        self.range_combo.setCurrentIndex(1)
        self.range_combo.currentIndexChanged.connect(lambda *_: self.load_charts())
        self.meter_combo = QComboBox(self)
        self.meter_combo.currentIndexChanged.connect(lambda *_: self.load_charts())
        self.by_combo = QComboBox(self)
        for label, value in ((self.tr("per day"), "day"), (self.tr("per week"), "week"),
                             (self.tr("per month"), "month")):
            self.by_combo.addItem(label, value)
        self.by_combo.currentIndexChanged.connect(lambda *_: self.load_charts())
        self.refresh_button = QPushButton(self.tr("Refresh"), self)
        self.refresh_button.setToolTip(self.tr("Fetch what the cache does not hold yet"))
        self.refresh_button.clicked.connect(lambda: self.load_charts())
        self.chart_state = muted("", self)
        controls = QHBoxLayout()
        controls.addWidget(QLabel(self.tr("Range"), self))
        controls.addWidget(self.range_combo)
        controls.addWidget(QLabel(self.tr("Energy meter"), self))
        controls.addWidget(self.meter_combo, 1)
        controls.addWidget(self.by_combo)
        controls.addWidget(self.refresh_button)
        controls.addWidget(self.chart_state, 1)
        self.chart_tabs = QTabWidget(self)
        self.chart_tabs.addTab(self.history, self.tr("Temperature and set point"))
        self.chart_tabs.addTab(self.energy, self.tr("Energy use"))
        self.chart_tabs.addTab(self.failure_table, "")  # its title counts the failing ones (_update_failures_tab)

        # The controllers across the width (every column but the valve fits), their set point under them; below, the
        # charts and the latest failures.
        top = QWidget(self)
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addWidget(self.table, 1)
        top_layout.addWidget(self.setpoint_box)
        charts = QWidget(self)
        charts_layout = QVBoxLayout(charts)
        charts_layout.setContentsMargins(0, 0, 0, 0)
        charts_layout.addLayout(controls)
        charts_layout.addWidget(self.chart_tabs, 1)
        split = QSplitter(Qt.Orientation.Vertical, self)
        split.addWidget(top)
        split.addWidget(charts)
        split.setSizes([280, 440])  # room for four controllers and the set point; the chart keeps the most
        split.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(split)
        self._fetching: dict[tuple[Any, ...], asyncio.Task[Any]] = {}

    # -- data ------------------------------------------------------------------------------------------------
    def reload(self) -> None:
        selected = self.selected_product()
        self.controllers.set_rows(self.desk.climate.controllers())
        self.failures.set_rows(self.desk.climate.failures())
        self._update_failures_tab()
        meters = self.desk.climate.energy_properties()
        current = self.meter_combo.currentData()
        self.meter_combo.blockSignals(True)
        self.meter_combo.clear()
        for meter in meters:
            self.meter_combo.addItem(f"{meter['product_name'] or meter['product']} – {meter['name']}",
                                     (meter["property"], meter["unit"]))
        if current is not None:
            index = self.meter_combo.findData(current)
            self.meter_combo.setCurrentIndex(max(index, 0))
        self.meter_combo.blockSignals(False)
        if (selected is None or not self.table.select_id(str(selected))) and self.controllers.rowCount():
            self.table.select_row(0)
        self._selected()

    def _update_failures_tab(self) -> None:
        """The failures tab says how many products are failing now, with the error icon when any is."""
        failing = sum(1 for row in range(self.failures.rowCount()) if self.failures.row_data(row)["status"] == "failed")
        index = self.chart_tabs.indexOf(self.failure_table)
        self.chart_tabs.setTabText(index, self.tr("Latest failures ({count} failing)").format(count=failing)
                                   if failing else self.tr("Latest failures"))
        self.chart_tabs.setTabIcon(index, (status_icon("error") if failing else None) or QIcon())

    def selected_product(self) -> int | None:
        value = self.table.selected_id()
        return int(value) if isinstance(value, str) and value.isascii() and value.isdigit() else None

    def _selected(self) -> None:
        product = self.selected_product()
        row = self.desk.climate.controller(product) if product is not None else None
        self.set_button.setEnabled(row is not None and row["controllable"] is not False)
        if row is None:
            self.setpoint_name.setText(self.tr("Select a controller to change its set point."))
            self.setpoint_state.setText("")
            return
        self.setpoint_name.setText(f"<b>{html.escape(row['name'])}</b>")
        whole = row["datatype"] == 83
        self.setpoint_spin.setDecimals(0 if whole else 1)
        self.setpoint_spin.setSingleStep(1.0 if whole else 0.5)
        if row["setpoint"] is not None:
            self.setpoint_spin.setValue(float(row["setpoint"]))
        states = {"waiting to be sent": self.tr("⧗ Waiting to be sent to myBeNext (see the outbox)."),
                  "waiting for the device": self.tr("⧗ Waiting for the device: it applies the set point when it "
                                                    "next wakes up."),
                  "synchronised": self.tr("✓ The device has the set point."),
                  "not synchronised": self.tr("The device has not confirmed its set point yet."),
                  "rejected": self.tr("✗ myBeNext refused the last change: {error}").format(
                      error=row["outbox_error"] or "")}
        self.setpoint_state.setText(states.get(row["state"], row["state"]))
        self.load_charts()

    def change_setpoint(self) -> None:
        product = self.selected_product()
        if product is None:
            return
        try:
            self.desk.climate.set_setpoint(product, round(self.setpoint_spin.value(), 1),
                                           permanent=self.permanent.isChecked())
        except SetpointError as exc:
            show_message(self, self.tr("Set point"), str(exc))
            return
        self.reload()
        self.changed.emit()
        self._start(self._send_setpoints())

    async def _send_setpoints(self) -> None:
        with error_boundary(self, self.tr("Sending the set point")):
            if "benext" in self.desk.vendors:
                await self.desk.replay("benext")
        self.reload()
        self.changed.emit()

    def _start(self, coroutine: Any) -> asyncio.Task[Any]:
        task = asyncio.ensure_future(coroutine)
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)
        return task

    # -- charts ----------------------------------------------------------------------------------------------
    def chart_range(self) -> tuple[dt.datetime, dt.datetime]:
        days = int(self.range_combo.currentData() or 7)
        end = dt.datetime.now(dt.UTC).replace(second=0, microsecond=0)
        return end - dt.timedelta(days=days), end

    def load_charts(self) -> asyncio.Task[Any] | None:
        """Show what the cache holds at once, then fetch what is missing in the background."""
        product = self.selected_product()
        begin, end = self.chart_range()
        low, high = int(begin.timestamp()), int(end.timestamp())
        temperature, setpoint = self.desk.climate.chart_properties(product) if product is not None else (None, None)
        meter = self.meter_combo.currentData()
        by = str(self.by_combo.currentData() or "day")
        self._show(temperature, setpoint, meter, by, low, high)
        if temperature is None and meter is None:
            return None
        key = (temperature, setpoint, meter, by, low // 60, high // 60)
        running = self._fetching.get(key)
        if running is not None and not running.done():
            return running  # the same fetch is under way (a reload re-selects the same controller)
        task = self._start(self._fetch(temperature, setpoint, meter, by, begin, end))
        self._fetching = {key: task}
        return task

    def _show(self, temperature: int | None, setpoint: int | None, meter: Any, by: str, low: int, high: int) -> None:
        """Draw what the cache holds of the range."""

        climate = self.desk.climate
        empty = (b"", b"")
        self.history.set_packed(climate.packed(temperature, low, high) if temperature is not None else empty,
                                climate.packed(setpoint, low, high) if setpoint is not None else empty)
        if meter is not None:
            prop, unit = meter
            self.energy.set_data(aggregate(climate.cached(prop, low, high, ENERGY).points, by), by, unit)
        else:
            self.energy.set_data([], by)

    async def _fetch(self, temperature: int | None, setpoint: int | None, meter: Any, by: str,
                     begin: dt.datetime, end: dt.datetime) -> None:

        climate = self.desk.climate
        wanted = [p for p in (temperature, setpoint) if p is not None]
        self.chart_state.setText(self.tr("Fetching…"))
        problems = []
        with error_boundary(self, self.tr("Fetching history")):
            results = await asyncio.gather(*(climate.history(p, begin, end) for p in wanted))
            if meter is not None:
                results = [*results, await climate.history(meter[0], begin, end, kind=ENERGY)]
            problems = [r.error for r in results if r.error is not None]
        if (temperature, setpoint, meter, by) != self._current_choice():
            return  # the user chose something else meanwhile
        self._show(temperature, setpoint, meter, by, int(begin.timestamp()), int(end.timestamp()))
        if problems:
            self.chart_state.setText(self.tr("Shown from the cache: myBeNext could not be reached ({error}).").format(
                error=problem_text(problems[0])))
        else:
            self.chart_state.setText(self.tr("Up to date."))

    def _current_choice(self) -> tuple[Any, ...]:
        product = self.selected_product()
        temperature, setpoint = self.desk.climate.chart_properties(product) if product is not None else (None, None)
        return (temperature, setpoint, self.meter_combo.currentData(), str(self.by_combo.currentData() or "day"))

    async def wait(self, timeout: float | None = None) -> None:
        """Until the charts' fetches are done, or `timeout` seconds (the screenshot and tests wait for them)."""
        deadline = None if timeout is None else asyncio.get_running_loop().time() + timeout
        while self._tasks:
            left = None if deadline is None else deadline - asyncio.get_running_loop().time()
            if left is not None and left <= 0:
                return
            await asyncio.wait(list(self._tasks), timeout=left)


class HeatPumpsPane(QWidget):
    #: A registration or a set point was queued: the window updates its counts.
    changed = Signal()

    def __init__(self, desk: FieldDesk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.dirty = True
        self._tasks: set[asyncio.Task[Any]] = set()
        self.pumps = HeatPumpList(desk, self)
        self.climate = ClimatePanel(desk, self)
        self.climate.changed.connect(self.changed)
        self.register_button = QPushButton(self.tr("Register heat pump…"), self)
        self.register_button.setToolTip(self.tr("Register a heat pump installed on site with Podero"))
        self.register_button.clicked.connect(lambda: self.open_register())
        self.hint = muted(self.tr("Heat pumps from Podero, worst status first; climate controllers, failures and "
                                  "history from myBeNext."), self)
        self.hint.setWordWrap(True)
        bar = QHBoxLayout()
        bar.addWidget(self.hint, 1)
        bar.addWidget(self.register_button)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self.pumps, icon("heatpumps"), self.tr("Heat pumps (Podero)"))
        self.tabs.addTab(self.climate, icon("heating"), self.tr("Climate and history (myBeNext)"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addLayout(bar)
        layout.addWidget(self.tabs, 1)

    def arrangement(self) -> dict[str, QWidget]:
        """Kept between sessions (ui.window_state): the heat pump list's column widths, sort and splitter sizes."""
        return {f"pumps-{part}": widget for part, widget in self.pumps.arrangement().items()}

    def reload(self) -> None:
        self.pumps.reload()
        self.climate.reload()
        self.dirty = False

    async def reload_async(self) -> None:
        await self.pumps.reload_async()
        self.climate.reload()
        self.dirty = False
        # The charts' missing history arrives in the background; a moment's wait lets a sync's reload (and the
        # screenshot) show it, without holding the window's reload up when myBeNext is slow.
        await self.climate.wait(timeout=3.0)

    def open_draft(self, kind: str, key: str) -> QWidget | None:
        return self.open_register()

    def open_register(self) -> QWidget:
        from ui.dialogs.register_heat_pump import RegisterHeatPumpDialog

        dialog = RegisterHeatPumpDialog(self.desk, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._registered(dialog.created))
        dialog.open()
        return dialog

    def _registered(self, local_id: str | None) -> None:
        self.pumps.reload()
        if local_id:
            self.pumps.select_record(local_id)
        self.changed.emit()
        task = asyncio.ensure_future(self._send_registration(local_id))
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    async def _send_registration(self, local_id: str | None) -> None:
        with error_boundary(self, self.tr("Registering the heat pump")):
            if "podero" in self.desk.vendors:
                await self.desk.replay("podero")
        self.pumps.reload()
        if local_id:
            self.pumps.select_record(local_id)
        self.changed.emit()
