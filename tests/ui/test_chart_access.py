"""The charts for someone without a mouse, or with a screen reader: Tab reaches a chart, Left and Right step through
its values (Home and End to the first and last), the read-out says each, and the chart's accessible description
sums up what it shows."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QLineEdit, QVBoxLayout, QWidget

from ui.charts import EnergyChart, HistoryChart

HOUR = 3600


def deg(value: float) -> str:
    """As the user's locale writes it (a decimal comma in Belgium)."""
    return f"{QLocale().toString(value, 'f', 1)} °C"


def kwh(value: float) -> str:
    return f"{QLocale().toString(value, 'f', 2)} kWh"
START = 1_796_000_000  # 2026-11-29


def test_the_keyboard_steps_through_a_history_and_the_read_out_says_each_value(qtbot: Any) -> None:
    holder = QWidget()
    before = QLineEdit(holder)
    chart = HistoryChart(holder)
    layout = QVBoxLayout(holder)
    layout.addWidget(before)
    layout.addWidget(chart)
    qtbot.addWidget(holder)
    temperature = [(START + i * HOUR, 18.0 + i) for i in range(5)]
    temperature[2] = (START + 2 * HOUR, None)  # a gap
    chart.set_data(temperature, [(START + i * HOUR, 20.0) for i in range(0, 5, 2)])
    with qtbot.waitActive(holder):
        holder.show()
        holder.activateWindow()
    before.setFocus()
    qtbot.keyClick(before, Qt.Key.Key_Tab)
    assert chart.hasFocus()  # Tab reaches the chart
    assert chart.stepped_to == START + 4 * HOUR and deg(22.0) in chart.readout.text()  # the latest value first
    qtbot.keyClick(chart, Qt.Key.Key_Left)
    assert chart.stepped_to == START + 3 * HOUR and deg(21.0) in chart.readout.text() and chart.line.isVisible()
    qtbot.keyClick(chart, Qt.Key.Key_Left)
    assert "temperature –" in chart.readout.text() and f"set point {deg(20.0)}" in chart.readout.text()  # the gap, said
    qtbot.keyClick(chart, Qt.Key.Key_Home)
    assert chart.stepped_to == START and deg(18.0) in chart.readout.text()
    qtbot.keyClick(chart, Qt.Key.Key_Left)  # nothing before the first
    assert chart.stepped_to == START
    qtbot.keyClick(chart, Qt.Key.Key_Right)
    assert chart.stepped_to == START + HOUR
    qtbot.keyClick(chart, Qt.Key.Key_End)
    qtbot.keyClick(chart, Qt.Key.Key_Right)  # nothing after the last
    assert chart.stepped_to == START + 4 * HOUR


def test_stepping_to_a_value_out_of_view_brings_it_into_view(qtbot: Any) -> None:
    chart = HistoryChart()
    qtbot.addWidget(chart)
    chart.set_data([(START + i * HOUR, 19.0) for i in range(48)])
    box = chart.plot.getPlotItem().getViewBox()
    box.setXRange(START + 40 * HOUR, START + 47 * HOUR, padding=0)
    chart.step(Qt.Key.Key_Home)
    (low, high), _ = box.viewRange()
    assert low <= START <= high and high - low == 7 * HOUR  # the zoom is kept, the view moved


def test_a_screen_reader_hears_each_charts_name_and_summary(qtbot: Any) -> None:
    history = HistoryChart()
    energy = EnergyChart()
    for chart in (history, energy):
        qtbot.addWidget(chart)
        assert "No values" in chart.accessibleDescription() or chart.accessibleDescription() == ""
    history.set_data([(START, 17.5), (START + HOUR, None), (START + 2 * HOUR, 21.24), (START + 3 * HOUR, 19.0)],
                     [(START, 20.0), (START + 3 * HOUR, 19.5)])
    energy.set_data([(START, 3.5), (START + 86400, 12.0), (START + 2 * 86400, 4.5)], "day")
    said = QAccessible.queryAccessibleInterface(history)
    assert said.text(QAccessible.Text.Name) == "Temperature and set point over time"
    description = said.text(QAccessible.Text.Description)
    assert f"Temperature: lowest {deg(17.5)}, highest {deg(21.2)}, last {deg(19.0)}." in description  # to 0.1
    assert f"Set point: lowest {deg(19.5)}, highest {deg(20.0)}, last {deg(19.5)}." in description
    energy_said = QAccessible.queryAccessibleInterface(energy).text(QAccessible.Text.Description)
    assert energy_said.startswith("3 bars, one per day, from ") and f"{kwh(20.0)} in all" in energy_said
    assert f"the most, {kwh(12.0)}" in energy_said
    energy.set_data([], "day")
    assert QAccessible.queryAccessibleInterface(energy).text(QAccessible.Text.Description) == \
        "No values in this period."
