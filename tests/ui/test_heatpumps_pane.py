"""The heat pumps pane as a technician uses it: statuses in words and icons, stale values, the authorisation
links, registering on site with problems under their fields, set points, and the charts."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest
from PySide6.QtGui import QFont, QFontMetrics, QGuiApplication
from PySide6.QtWidgets import QApplication

from app.services.fielddesk import FieldDesk
from ui.charts import EnergyChart, HistoryChart
from ui.dialogs.register_heat_pump import RegisterHeatPumpDialog
from ui.models.heatpumps import ControllerTableModel, FailureTableModel, HeatPumpTableModel
from ui.panes.heatpumps import HeatPumpsPane

DECORATION = 1


@pytest.fixture
def pane(desk: FieldDesk, qloop: Any, qtbot: Any) -> HeatPumpsPane:
    made = HeatPumpsPane(desk)
    qtbot.addWidget(made)
    made.resize(1200, 760)
    made.show()
    qloop.run_until_complete(made.reload_async())
    return made


def _column(model: Any, column: int) -> list[str]:
    return [model.index(r, column).data() for r in range(model.rowCount())]


def test_statuses_are_words_with_icons_and_errors_come_first(pane: HeatPumpsPane) -> None:
    model = pane.pumps.model
    statuses = _column(model, HeatPumpTableModel.STATUS)
    assert statuses[0] == "Error" and statuses[-1] == "OK"
    assert statuses.index("Warning") > statuses.index("Error")
    for column in (HeatPumpTableModel.STATUS, HeatPumpTableModel.CONNECTION, HeatPumpTableModel.MONITORING,
                   HeatPumpTableModel.STEERING):
        assert all(model.index(r, column).data(DECORATION) is not None for r in range(model.rowCount()))
    assert set(_column(model, HeatPumpTableModel.CONNECTION)) == {"OK", "Warning", "Error", "Unknown"}
    stale = [t for t in _column(model, HeatPumpTableModel.UPDATED) if t.endswith("(stale)")]
    assert len(stale) == 1


def test_the_detail_shows_the_authorisation_link_to_open_copy_or_scan(pane: HeatPumpsPane) -> None:
    detail = pane.pumps.detail
    assert detail.auth_url.text().startswith("https://auth.example.com/")
    assert "°C" in detail.values["outdoor"].text() and "kWh" in detail.values["consumption"].text()
    # Times in the user's zone and date format, as everywhere in the window (not the vendor's UTC text).
    assert detail.values["updated"].text() not in ("", "–") and "UTC" not in detail.values["updated"].text()
    detail.copy_button.click()
    clipboard = QGuiApplication.clipboard()
    assert clipboard is not None and clipboard.text() == detail.auth_url.text()
    detail.qr_button.click()
    assert detail.qr.isVisible() and not detail.qr.pixmap().isNull()
    assert detail.qr.pixmap().width() >= 100  # scannable, not a speck


def test_the_stale_pump_says_so(pane: HeatPumpsPane) -> None:
    model = pane.pumps.model
    row = next(r for r in range(model.rowCount()) if model.index(r, HeatPumpTableModel.UPDATED).data().endswith(
        "(stale)"))
    pane.pumps.table.select_row(row)
    assert "Stale" in pane.pumps.detail.note.text() and pane.pumps.detail.note.isVisible()


def test_register_form_shows_each_problem_under_its_field_and_keeps_what_was_typed(
        pane: HeatPumpsPane, desk: FieldDesk, qtbot: Any, qloop: Any) -> None:
    dialog = pane.open_register()
    assert isinstance(dialog, RegisterHeatPumpDialog)
    dialog.edits["model"].setText("Air 9")
    dialog.edits["year"].setText("19999")
    dialog.edits["maximum_temperature_limit"].setText("215")
    dialog.comment.setPlainText("x" * 301)
    dialog.submit()
    assert dialog.isVisible()
    assert dialog.problem_text("manufacturer") == "required text"
    assert "plausible year" in dialog.problem_text("year") or "whole year" in dialog.problem_text("year")
    assert "outside" in dialog.problem_text("maximum_temperature_limit")
    assert dialog.problem_text("comment") == "at most 300 characters (this one has 301)"
    assert dialog.problem_text("model") == ""
    assert dialog.edits["model"].text() == "Air 9" and len(dialog.comment.toPlainText()) == 301
    assert desk.outbox.entries() == []
    dialog.edits["manufacturer"].setText("Calidor")
    dialog.edits["year"].setText("2025")
    dialog.edits["maximum_temperature_limit"].setText("22")
    dialog.comment.setPlainText("Garage")
    with qtbot.waitSignal(dialog.accepted):
        dialog.submit()
    [entry] = desk.outbox.entries()
    assert entry.operation == "register-heat-pump" and entry.payload["device_model"]["year"] == 2025
    assert entry.payload["price_zone"] == "BE" and entry.payload["maximum_temperature_limit"] == 22.0
    qloop.run_until_complete(asyncio.gather(*pane._tasks))  # sent at once (online)
    assert desk.outbox.entries() == []
    registered = desk.heatpumps.get(pane.pumps.selected_local_id() or "")
    assert registered is not None and registered["model"] == "Air 9" and registered["authorization_url"]


def test_a_set_point_change_waits_for_the_device(pane: HeatPumpsPane, desk: FieldDesk, qloop: Any) -> None:
    climate = pane.climate
    model = climate.controllers
    row = next(r for r in range(model.rowCount()) if model.index(r, 0).data() == "Living room thermostat")
    climate.table.select_row(row)
    climate.setpoint_spin.setValue(19.5)
    climate.set_button.click()
    [entry] = desk.outbox.entries()
    assert entry.payload == {"product": 101, "setpoint": 19.5, "scheduletype": 1}
    qloop.run_until_complete(climate.wait())
    assert desk.outbox.entries() == []
    row = next(r for r in range(model.rowCount()) if model.index(r, 0).data() == "Living room thermostat")
    assert model.index(row, ControllerTableModel.STATE).data() == "Waiting for the device"
    assert "Waiting for the device" in climate.setpoint_state.text()


def test_a_radiator_valve_takes_whole_degrees(pane: HeatPumpsPane) -> None:
    climate = pane.climate
    model = climate.controllers
    row = next(r for r in range(model.rowCount()) if model.index(r, 0).data() == "Bedroom radiator valve")
    climate.table.select_row(row)
    assert climate.setpoint_spin.decimals() == 0 and climate.setpoint_spin.singleStep() == 1.0


def test_history_and_energy_charts_have_units_data_zoom_and_a_read_out(pane: HeatPumpsPane, qloop: Any) -> None:
    climate = pane.climate
    qloop.run_until_complete(climate.wait())
    history: HistoryChart = climate.history
    assert history.point_count() > 2 * 6 * 96  # a week of temperature and set point, 15-minute values
    left = history.plot.getPlotItem().getAxis("left").labelText
    assert "°C" in left
    times, _values = history._series["temperature"]
    text = history.describe(float(times[len(times) // 2]))
    assert "temperature" in text and "°C" in text and "set point" in text
    box = history.plot.getPlotItem().getViewBox()
    (low, high), _ = box.viewRange()
    box.scaleBy(x=0.5)
    (zoomed_low, zoomed_high), _ = box.viewRange()
    assert zoomed_high - zoomed_low == pytest.approx((high - low) * 0.5, rel=0.01)
    energy: EnergyChart = climate.energy
    assert energy.bars is not None and len(energy._buckets) >= 7
    assert "kWh per day" in energy.plot.getPlotItem().getAxis("left").labelText
    assert "kWh" in energy.describe(float(energy._buckets[1][0]) + 3600)
    climate.by_combo.setCurrentIndex(2)  # per month
    qloop.run_until_complete(climate.wait())
    assert "per month" in energy.plot.getPlotItem().getAxis("left").labelText and len(energy._buckets) <= 2


def test_charts_of_a_known_range_open_offline(pane: HeatPumpsPane, desk: FieldDesk, qloop: Any,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    climate = pane.climate
    qloop.run_until_complete(climate.wait())
    shown = climate.history.point_count()
    monkeypatch.setattr(desk.climate, "_client", lambda: None)  # myBeNext gone
    climate.history.set_data([], [])
    climate.load_charts()
    assert climate.history.point_count() == shown  # drawn from the cache at once
    qloop.run_until_complete(climate.wait())
    assert "cache" in climate.chart_state.text()
    QApplication.processEvents()


def test_a_long_series_is_drawn_from_levels_that_keep_its_peaks(qtbot: Any) -> None:
    import numpy as np

    from ui.charts import DRAWN_POINTS

    chart = HistoryChart()
    qtbot.addWidget(chart)
    chart.resize(900, 400)
    times = np.arange(200_000, dtype=np.float64) * 900 + 1.7e9
    values = np.full(len(times), 20.0)
    values[123_457] = 35.0  # one spike
    values[50_000:50_010] = np.nan  # a gap
    chart._set({"temperature": (times, values), "setpoint": (np.empty(0), np.empty(0))})
    assert chart.point_count() == 200_000 and chart.drawn_count() <= DRAWN_POINTS + 2
    drawn = chart.temperature.getData()[1]
    assert np.nanmax(drawn) == 35.0  # the spike survives the overview
    box = chart.plot.getPlotItem().getViewBox()
    box.setXRange(times[123_400], times[123_500], padding=0)
    t, v = chart.temperature.getData()
    assert t[0] <= times[123_400] and t[-1] >= times[123_499] and 35.0 in v and len(t) < 200  # full detail


def test_the_time_axis_ticks_local_midnights_across_a_daylight_saving_change(monkeypatch: pytest.MonkeyPatch) -> None:
    import datetime as dt
    import time as time_module

    from ui.charts import _ticks

    monkeypatch.setenv("TZ", "Europe/Brussels")
    time_module.tzset()
    try:
        begin = dt.datetime(2026, 10, 23, tzinfo=dt.UTC).timestamp()
        ticks = _ticks(begin, begin + 5 * 86400, 86400)
        local = [dt.datetime.fromtimestamp(t).astimezone() for t in ticks]
        assert all((m.hour, m.minute) == (0, 0) for m in local)
        assert ticks[2] - ticks[1] == 25 * 3600  # 25 October has 25 hours
    finally:
        monkeypatch.delenv("TZ")
        time_module.tzset()


def test_signing_in_to_mybenext_again_needs_only_the_configured_methods_secret(qtbot: Any) -> None:
    from PySide6.QtWidgets import QDialogButtonBox

    from ui.dialogs.credentials import CredentialsDialog

    dialog = CredentialsDialog("benext", "authentication required", keyring=False)
    qtbot.addWidget(dialog)
    save = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
    assert set(dialog.fields) == {"PASSWORD", "APIKEY", "HMAC"} and not save.isEnabled()
    dialog.fields["APIKEY"].setText(" new-key ")
    assert save.isEnabled() and dialog.secrets() == {"APIKEY": "new-key"}


@pytest.mark.parametrize("installed", ["nl_BE"], indirect=True)
def test_the_climate_words_are_in_the_users_language(installed: Any, pane: HeatPumpsPane, qloop: Any) -> None:
    """myBeNext's documented codes (schedule types, modes, failure statuses and types) are shown translated, and the
    failures filter finds them by the words shown."""
    climate = pane.climate
    qloop.run_until_complete(climate.wait())
    schedules = set(_column(climate.controllers, ControllerTableModel.SCHEDULE))
    assert "Volgt het eigen programma" in schedules and "Following internal schedule" not in schedules
    assert "Verwarmen" in _column(climate.controllers, ControllerTableModel.MODE)
    failures = climate.failures
    statuses = set(_column(failures, FailureTableModel.STATUS))
    assert statuses and statuses <= {"Geen storing", "Storing", "Erkend"}
    assert "Gateway niet bereikbaar" in _column(failures, FailureTableModel.TYPE)
    failures.set_filter("erkend")
    assert failures.rowCount() > 0
    assert set(_column(failures, FailureTableModel.STATUS)) == {"Erkend"}


@pytest.mark.parametrize("installed", ["nl_BE"], indirect=True)
def test_a_stale_power_reading_is_shown_whole(installed: Any, pane: HeatPumpsPane) -> None:
    """"0 W (verouderd)" in italics fits the power column (it was cut to "0 W (veroud…")."""
    model, table = pane.pumps.model, pane.pumps.table
    stale = [text for text in _column(model, HeatPumpTableModel.POWER) if "verouderd" in text]
    assert stale, "the sandbox has a heat pump whose readings are stale"
    italic = QFont(table.font())
    italic.setItalic(True)
    widest = max(QFontMetrics(italic).horizontalAdvance(text) for text in stale)
    assert table.horizontalHeader().sectionSize(HeatPumpTableModel.POWER) >= widest + 8


@pytest.mark.parametrize("installed", ["en_GB", "nl_BE", "fr_BE"], indirect=True)
def test_the_controllers_fit_across_the_tab_and_the_failures_tab_counts_failing_ones(
        installed: Any, pane: HeatPumpsPane, qloop: Any) -> None:
    """At 1280 x 800 the controllers list spans the tab without scrolling sideways (the valve column waits in the
    column menu), and the failures' tab says how many products are failing."""
    window = pane.window()
    window.resize(1280 - 170, 800 - 80)  # the pane's room in the window, beside the navigation and under the bars
    pane.tabs.setCurrentWidget(pane.climate)
    climate = pane.climate
    qloop.run_until_complete(climate.wait())
    qloop.run_until_complete(asyncio.sleep(0.1))  # the fitting after the first show
    assert not climate.table.horizontalScrollBar().isVisible()
    failing = sum(1 for row in range(climate.failures.rowCount())
                  if climate.failures.row_data(row)["status"] == "failed")
    assert failing > 0, "the sandbox has failing products"
    title = climate.chart_tabs.tabText(climate.chart_tabs.indexOf(climate.failure_table))
    assert str(failing) in title
    assert not climate.chart_tabs.tabIcon(climate.chart_tabs.indexOf(climate.failure_table)).isNull()
