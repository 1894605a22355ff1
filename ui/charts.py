"""History and energy charts (pyqtgraph): time axes in local time, units on the value axis, zoom and pan with the
mouse (wheel, drag; right-click for "view all"), and a read-out of the values under the pointer.

pyqtgraph was chosen over QtCharts by measurement (README, "Heat pumps and climate"): it draws a million points
with peak-preserving downsampling and clipping to the view, so opening and zooming a year or more of 15-minute
history stays within a frame; QtCharts' QLineSeries re-lays out every point on each change.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, QDate, QLocale, QPointF, Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

pg.setConfigOptions(antialias=False, background="w", foreground="#333333")

TEMPERATURE_PEN = pg.mkPen("#c0392b", width=1.5)
SETPOINT_PEN = pg.mkPen("#2471a3", width=1.5, style=Qt.PenStyle.DashLine)


def tr(text: str) -> str:
    return QCoreApplication.translate("Charts", text)


def _local_text(seconds: float, with_time: bool = True) -> str:
    moment = dt.datetime.fromtimestamp(seconds).astimezone()
    locale = QLocale()
    date = locale.toString(QDate(moment.year, moment.month, moment.day), QLocale.FormatType.ShortFormat)
    return f"{date} {moment:%H:%M}" if with_time else date


def _as_arrays(points: Sequence[tuple[int, float | None]]) -> tuple[np.ndarray, np.ndarray]:
    """Times and values as arrays (a missing value is a gap: NaN, which the curve breaks at)."""
    if not points:
        return np.empty(0), np.empty(0)
    times = np.fromiter((t for t, _ in points), dtype=np.float64, count=len(points))
    values = np.fromiter((np.nan if v is None else v for _, v in points), dtype=np.float64, count=len(points))
    return times, values


class _Chart(QWidget):
    """A plot with a local-time axis, a title line, and a read-out line under it."""

    def __init__(self, unit_label: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.plot = pg.PlotWidget(parent=self, axisItems={"bottom": pg.DateAxisItem(orientation="bottom")})
        self.plot.setMinimumHeight(180)
        self.plot.showGrid(x=True, y=True, alpha=0.25)
        self.plot.setLabel("left", unit_label)
        self.plot.setLabel("bottom", tr("Time (local)"))
        self.plot.setMouseEnabled(x=True, y=False)  # zoom and pan in time; values fit the visible range
        self.plot.getPlotItem().getViewBox().setAutoVisible(y=True)
        self.readout = QLabel(self)
        self.readout.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.readout.setText(tr("Point at the chart to read its values; scroll to zoom, drag to pan."))
        self.readout.setWordWrap(True)
        self.line = pg.InfiniteLine(angle=90, movable=False, pen=pg.mkPen("#888888", width=1))
        self.line.setVisible(False)
        self.plot.addItem(self.line, ignoreBounds=True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.plot, 1)
        layout.addWidget(self.readout)
        self.plot.scene().sigMouseMoved.connect(self._moved)

    def _moved(self, position: QPointF) -> None:
        box = self.plot.getPlotItem().getViewBox()
        if not self.plot.sceneBoundingRect().contains(position):
            return
        x = box.mapSceneToView(position).x()
        text = self.describe(x)
        if text:
            self.line.setPos(x)
            self.line.setVisible(True)
            self.readout.setText(text)

    def describe(self, x: float) -> str:
        raise NotImplementedError

    def x_bounds(self) -> tuple[float, float] | None:
        """The data's time span (a clipped curve reports only what is in view, so ranges come from here)."""
        return None

    def show_all(self) -> None:
        box = self.plot.getPlotItem().getViewBox()
        bounds = self.x_bounds()
        if bounds is None:
            box.autoRange()
            return
        low, high = bounds
        if high <= low:
            low, high = low - 1800, high + 1800
        box.setXRange(low, high, padding=0.01)
        box.enableAutoRange(axis="y")


class HistoryChart(_Chart):
    """Temperature and set point over time (°C)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(tr("Temperature (°C)"), parent)
        self.plot.addLegend(offset=(10, 10), brush=pg.mkBrush(255, 255, 255, 230), pen=pg.mkPen("#999999"))
        self.temperature = self._curve(TEMPERATURE_PEN, tr("Temperature"))
        self.setpoint = self._curve(SETPOINT_PEN, tr("Set point"))
        self._series: dict[str, tuple[np.ndarray, np.ndarray]] = {}

    def _curve(self, pen: object, name: str) -> pg.PlotDataItem:
        curve = self.plot.plot([], [], pen=pen, name=name)
        curve.setClipToView(True)  # only what is in view is drawn...
        curve.setDownsampling(auto=True, method="peak")  # ...and at most about a point per pixel, peaks kept
        curve.setSkipFiniteCheck(True)
        return curve

    def set_data(self, temperature: Sequence[tuple[int, float | None]],
                 setpoint: Sequence[tuple[int, float | None]] = ()) -> None:
        for key, curve, points in (("temperature", self.temperature, temperature),
                                   ("setpoint", self.setpoint, setpoint)):
            times, values = _as_arrays(points)
            self._series[key] = (times, values)
            curve.setData(times, values, connect="finite")
        self.line.setVisible(False)
        self.show_all()

    def set_packed(self, temperature: tuple[bytes, bytes], setpoint: tuple[bytes, bytes] = (b"", b"")) -> None:
        """From the cache's packed arrays (uint32 times, float64 values): no Python object per point."""
        for key, curve, (times, values) in (("temperature", self.temperature, temperature),
                                            ("setpoint", self.setpoint, setpoint)):
            t = np.frombuffer(times, dtype="<u4").astype(np.float64)
            v = np.frombuffer(values, dtype="<f8")
            self._series[key] = (t, v)
            curve.setData(t, v, connect="finite")
        self.line.setVisible(False)
        self.show_all()

    def x_bounds(self) -> tuple[float, float] | None:
        spans = [(float(t[0]), float(t[-1])) for t, _ in self._series.values() if len(t)]
        if not spans:
            return None
        return min(low for low, _ in spans), max(high for _, high in spans)

    def point_count(self) -> int:
        return sum(len(t) for t, _ in self._series.values())

    def describe(self, x: float) -> str:
        parts = []
        for key, label in (("temperature", tr("temperature")), ("setpoint", tr("set point"))):
            times, values = self._series.get(key, (np.empty(0), np.empty(0)))
            if len(times) == 0:
                continue
            index = int(np.clip(np.searchsorted(times, x), 0, len(times) - 1))
            if index > 0 and abs(times[index - 1] - x) < abs(times[index] - x):
                index -= 1
            value = values[index]
            parts.append((times[index], f"{label} {'–' if np.isnan(value) else f'{value:.1f} °C'}"))
        if not parts:
            return ""
        return f"{_local_text(parts[0][0])}: " + ", ".join(text for _, text in parts)


class EnergyChart(_Chart):
    """Energy per day, week or month as bars."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(tr("Energy (kWh)"), parent)
        self.bars: pg.BarGraphItem | None = None
        self._buckets: list[tuple[int, float]] = []
        self._unit = "kWh"
        self._by = "day"

    def set_data(self, buckets: Sequence[tuple[int, float]], by: str, unit: str = "kWh") -> None:
        self._buckets, self._by, self._unit = list(buckets), by, unit
        self.plot.setLabel("left", tr("Energy ({unit} per {period})").format(unit=unit, period=self.period_word()))
        if self.bars is not None:
            self.plot.removeItem(self.bars)
            self.bars = None
        if buckets:
            starts = np.array([t for t, _ in buckets], dtype=np.float64)
            widths = np.diff(np.append(starts, starts[-1] + (starts[-1] - starts[-2] if len(starts) > 1 else 86400)))
            self.bars = pg.BarGraphItem(x0=starts, width=widths * 0.85, height=[v for _, v in buckets],
                                        brush="#e67e22", pen=pg.mkPen("#a04000"))
            self.plot.addItem(self.bars)
        self.line.setVisible(False)
        self.show_all()

    def x_bounds(self) -> tuple[float, float] | None:
        if not self._buckets:
            return None
        return float(self._buckets[0][0]), float(self._buckets[-1][0] + 86400)

    def period_word(self) -> str:
        return {"day": tr("day"), "week": tr("week"), "month": tr("month")}.get(self._by, self._by)

    def describe(self, x: float) -> str:
        for index, (start, value) in enumerate(self._buckets):
            end = self._buckets[index + 1][0] if index + 1 < len(self._buckets) else start + 86400 * (
                {"day": 1, "week": 7}.get(self._by, 31))
            if start <= x < end:
                return tr("{period} from {start}: {value} {unit}").format(
                    period=self.period_word().capitalize(), start=_local_text(start, with_time=False),
                    value=QLocale().toString(value, "f", 2), unit=self._unit)
        return ""
