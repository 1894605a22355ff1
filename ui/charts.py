"""History and energy charts (pyqtgraph): time axes in local time, units on the value axis, zoom and pan with the
mouse (wheel, drag; right-click for "view all"), and a read-out of the values under the pointer, or at the point the
keyboard steps to (Left and Right, Home and End, once the chart has focus). A screen reader hears the chart's name and
a summary of what it shows (its accessible description), then each value stepped to (the read-out's text).

pyqtgraph was chosen over QtCharts by measurement (README, "Heat pumps and climate"). A history chart keeps each
series at several resolutions (`Levels`) and hands Qt only the visible slice of the level that fits the view, so a
frame costs the same for a day as for a million points.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, QDate, QLocale, QPointF, Qt
from PySide6.QtGui import QColor, QFocusEvent, QKeyEvent, QPalette
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

pg.setConfigOptions(antialias=False)  # the colours are the window's (`_Chart.follow_scheme`)

TEMPERATURE_PEN = pg.mkPen("#c0392b", width=1)  # width 1: the cosmetic pen Qt draws fastest
SETPOINT_PEN = pg.mkPen("#2471a3", width=1, style=Qt.PenStyle.DashLine)


def _local_text(seconds: float, with_time: bool = True) -> str:
    moment = dt.datetime.fromtimestamp(seconds).astimezone()
    locale = QLocale()
    if locale.language() == QLocale.Language.C:  # no user locale (LANG=C): ISO reads best (as ui.labels.local_time)
        return f"{moment:%Y-%m-%d %H:%M}" if with_time else f"{moment:%Y-%m-%d}"
    date = locale.toString(QDate(moment.year, moment.month, moment.day), QLocale.FormatType.ShortFormat)
    return f"{date} {moment:%H:%M}" if with_time else date


def _as_arrays(points: Sequence[tuple[int, float | None]]) -> tuple[np.ndarray, np.ndarray]:
    """Times and values as arrays (a missing value is a gap: NaN, which the curve breaks at)."""
    if not points:
        return np.empty(0), np.empty(0)
    times = np.fromiter((t for t, _ in points), dtype=np.float64, count=len(points))
    values = np.fromiter((np.nan if v is None else v for _, v in points), dtype=np.float64, count=len(points))
    return times, values


#: Tick spacings a time axis chooses from: seconds, or ("month", n) / ("year", n) in calendar steps.
_STEPS: tuple[int | tuple[str, int], ...] = (
    300, 900, 1800, 3600, 3 * 3600, 6 * 3600, 12 * 3600, 86400, 2 * 86400, 7 * 86400, ("month", 1), ("month", 3),
    ("month", 6), ("year", 1), ("year", 2), ("year", 5), ("year", 10), ("year", 25), ("year", 50))
_APPROX = {"month": 30.44 * 86400, "year": 365.25 * 86400}


def _seconds(step: int | tuple[str, int]) -> float:
    return float(step) if isinstance(step, int) else _APPROX[step[0]] * step[1]


class TimeAxis(pg.AxisItem):
    """Local time ticks, about one label per 80 pixels at most, whatever the span (minutes to decades).

    pyqtgraph's DateAxisItem generates hundreds of candidate ticks over a long span at every zoom step (20 ms a
    frame over a million points, bench_history); this one makes only the ticks it shows."""

    def __init__(self, *args: object, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)
        self.enableAutoSIPrefix(False)  # times are seconds since 1970: no "x1e+09" on the label
        self._step: int | tuple[str, int] = 86400

    def tickValues(self, minVal: float, maxVal: float, size: float) -> list[tuple[float, list[float]]]:
        if not (np.isfinite(minVal) and np.isfinite(maxVal)) or maxVal <= minVal or size <= 0:
            return []
        wanted = max(size / 80, 2)
        step = next((s for s in _STEPS if (maxVal - minVal) / _seconds(s) <= wanted), _STEPS[-1])
        self._step = step
        return [(_seconds(step), _ticks(max(minVal, 0), min(maxVal, 4e9), step))]

    def tickStrings(self, values: list[float], scale: float, spacing: float) -> list[str]:
        step = self._step
        if isinstance(step, tuple):
            fmt = "%Y" if step[0] == "year" else "%b %Y"
        else:
            fmt = "%H:%M" if step < 86400 else "%d %b"
        out = []
        for value in values:
            moment = dt.datetime.fromtimestamp(value).astimezone()
            text = moment.strftime(fmt)
            if isinstance(step, int) and step < 86400 and moment.hour == 0 and moment.minute == 0:
                text = moment.strftime("%d %b")
            out.append(text)
        return out


def _ticks(low: float, high: float, step: int | tuple[str, int]) -> list[float]:
    """Tick times in [low, high], on local-time boundaries of `step`."""
    first = dt.datetime.fromtimestamp(low).astimezone()
    ticks: list[float] = []
    if isinstance(step, tuple):
        kind, count = step
        year, month = first.year, first.month
        if kind == "year":
            year, month = year - year % count, 1
        else:
            month -= (month - 1) % count
        while True:
            moment = dt.datetime(year, month, 1).astimezone()
            value = moment.timestamp()
            if value > high:
                return ticks
            if value >= low:
                ticks.append(value)
            if kind == "year":
                year += count
            else:
                month += count
                year, month = year + (month - 1) // 12, (month - 1) % 12 + 1
    if step >= 86400:
        days = step // 86400
        day = first.date()
        if days == 7:
            day -= dt.timedelta(days=day.weekday())
        while True:
            value = dt.datetime(day.year, day.month, day.day).astimezone().timestamp()
            if value > high:
                return ticks
            if value >= low:
                ticks.append(value)
            day += dt.timedelta(days=days)
    offset = (first.utcoffset() or dt.timedelta()).total_seconds()
    value = (low + offset) // step * step - offset
    while value <= high:
        if value >= low:
            ticks.append(float(value))
        value += step
    return ticks


class _Chart(QWidget):
    """A plot with a local-time axis, a title line, and a read-out line under it."""

    def __init__(self, unit_label: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        #: The time the keyboard stepped to (None: not stepped yet).
        self.stepped_to: float | None = None
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # Tab reaches the chart; the keys step through its values
        self.plot = pg.PlotWidget(parent=self, axisItems={"bottom": TimeAxis(orientation="bottom")})
        self.plot.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.plot.setMinimumHeight(180)
        # No grid: painted across the whole plot at every frame, it cost 4-8 ms of a 16 ms frame (bench_history).
        self.plot.setLabel("left", unit_label)
        self.plot.setLabel("bottom", QCoreApplication.translate("Charts", "Time (local)"))
        self.plot.setMouseEnabled(x=True, y=False)  # zoom and pan in time; values fit the visible range
        self.plot.getPlotItem().getViewBox().setAutoVisible(y=True)
        self.readout = QLabel(self)
        self.readout.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.readout.setText(QCoreApplication.translate("Charts",
                                                        "Point at the chart to read its values, or step through them "
                                                        "with Left and Right; scroll to zoom, drag to pan."))
        self.readout.setWordWrap(True)
        self.line = pg.InfiniteLine(angle=90, movable=False, pen=pg.mkPen("#888888", width=1))
        self.line.setVisible(False)
        self.plot.addItem(self.line, ignoreBounds=True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.plot, 1)
        layout.addWidget(self.readout)
        self.plot.scene().sigMouseMoved.connect(self._moved)
        self.follow_scheme()

    def follow_scheme(self) -> None:
        """The chart in the window's colours, light or dark: the palette's base behind it, its text for the axes,
        their labels and the legend (`ui.widgets.follow_scheme` calls this again when the scheme changes). The
        curves' colours read on either."""
        palette = self.palette()
        base, text = palette.color(QPalette.ColorRole.Base), palette.color(QPalette.ColorRole.Text)
        self.plot.setBackground(base)
        for name in ("left", "bottom"):
            axis = self.plot.getAxis(name)
            axis.setPen(text)
            axis.setTextPen(text)
        legend = self.plot.getPlotItem().legend
        if legend is not None:
            behind = QColor(base)
            behind.setAlpha(230)
            legend.setBrush(pg.mkBrush(behind))
            legend.setLabelTextColor(text)
            for _sample, label in legend.items:
                label.setText(label.text)  # pyqtgraph keeps the new colour for the next text: say it again

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

    def times(self) -> np.ndarray:
        """The times the keyboard steps through, in order."""
        raise NotImplementedError

    def summary(self) -> str:
        """What the chart shows, in one or two sentences (a screen reader says it)."""
        raise NotImplementedError

    def _data_changed(self) -> None:
        self.stepped_to = None
        self.line.setVisible(False)
        self.setAccessibleDescription(self.summary())

    # -- the keyboard ----------------------------------------------------------------------------------------
    def step(self, key: Qt.Key) -> bool:
        """Move the read-out to the previous or next value (Left, Right), the first or last (Home, End)."""
        times = self.times()
        if len(times) == 0 or key not in (Qt.Key.Key_Left, Qt.Key.Key_Right, Qt.Key.Key_Home, Qt.Key.Key_End):
            return False
        if key == Qt.Key.Key_Home:
            index = 0
        elif key == Qt.Key.Key_End or self.stepped_to is None:
            index = len(times) - 1
        else:
            at = int(np.searchsorted(times, self.stepped_to))
            index = at - 1 if key == Qt.Key.Key_Left else at + (at < len(times) and times[at] == self.stepped_to)
            index = int(np.clip(index, 0, len(times) - 1))
        self.show_at(float(times[index]))
        return True

    def show_at(self, x: float) -> None:
        """The read-out and the line at time `x`, scrolled into view if zoomed elsewhere."""
        self.stepped_to = x
        box = self.plot.getPlotItem().getViewBox()
        (low, high), _ = box.viewRange()
        if not low <= x <= high:
            half = (high - low) / 2
            box.setXRange(x - half, x + half, padding=0)
        self.line.setPos(x)
        self.line.setVisible(True)
        self.readout.setText(self.describe(x))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if not self.step(Qt.Key(event.key())):
            super().keyPressEvent(event)

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        if self.stepped_to is None:
            self.step(Qt.Key.Key_End)  # the latest value first: what a technician on site asks for

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


#: Points a curve hands to Qt at most: about two per horizontal pixel of a wide chart.
DRAWN_POINTS = 2000
#: Each coarser level keeps the minimum and maximum of this many points of the level below (a quarter of its size).
LEVEL_FACTOR = 8


class Levels:
    """A series at several resolutions: the points themselves, then min/max envelopes of 8, 64, ... points.

    Zooming picks the finest level that shows the visible span in at most DRAWN_POINTS points and hands Qt only
    that slice, so a frame costs the same for a day as for a million points; peaks are kept at every level."""

    def __init__(self, times: np.ndarray, values: np.ndarray) -> None:
        self.times, self.values = times, values
        self.levels: list[tuple[np.ndarray, np.ndarray]] = [(times, values)]
        t, v = times, values
        while len(t) > DRAWN_POINTS:
            usable = len(t) // LEVEL_FACTOR * LEVEL_FACTOR
            if usable == 0:
                break
            blocks_t = t[:usable].reshape(-1, LEVEL_FACTOR)
            blocks_v = v[:usable].reshape(-1, LEVEL_FACTOR)
            low = np.fmin.reduce(blocks_v, axis=1)  # ignores gaps (NaN) without a warning
            high = np.fmax.reduce(blocks_v, axis=1)
            first, last = blocks_t[:, 0], blocks_t[:, -1]
            t = np.empty(len(first) * 2)
            v = np.empty(len(first) * 2)
            t[0::2], t[1::2] = first, (first + last) / 2
            v[0::2], v[1::2] = low, high
            self.levels.append((t, v))

    def visible(self, low: float, high: float) -> tuple[np.ndarray, np.ndarray]:
        for t, v in self.levels:
            start = max(int(np.searchsorted(t, low)) - 1, 0)
            stop = min(int(np.searchsorted(t, high)) + 1, len(t))
            if stop - start <= DRAWN_POINTS or (t is self.levels[-1][0]):
                return t[start:stop], v[start:stop]
        return self.levels[-1]


class HistoryChart(_Chart):
    """Temperature and set point over time (°C)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(QCoreApplication.translate("Charts", "Temperature (°C)"), parent)
        self.setAccessibleName(QCoreApplication.translate("Charts", "Temperature and set point over time"))
        self.plot.addLegend(offset=(10, 10), pen=pg.mkPen("#999999"))
        self.temperature = self.plot.plot([], [], pen=TEMPERATURE_PEN,
                                          name=QCoreApplication.translate("Charts", "Temperature"))
        self.setpoint = self.plot.plot([], [], pen=SETPOINT_PEN, name=QCoreApplication.translate("Charts", "Set point"))
        self.follow_scheme()  # the legend's colours
        for curve in (self.temperature, self.setpoint):
            curve.setSkipFiniteCheck(True)
        self._series: dict[str, tuple[np.ndarray, np.ndarray]] = {}
        self._levels: dict[str, Levels] = {}
        self._times: np.ndarray | None = None
        self._updating = False
        self.plot.getPlotItem().getViewBox().sigXRangeChanged.connect(self._range_changed)

    def set_data(self, temperature: Sequence[tuple[int, float | None]],
                 setpoint: Sequence[tuple[int, float | None]] = ()) -> None:
        self._set({"temperature": _as_arrays(temperature), "setpoint": _as_arrays(setpoint)})

    def set_packed(self, temperature: tuple[bytes, bytes], setpoint: tuple[bytes, bytes] = (b"", b"")) -> None:
        """From the cache's packed arrays (uint32 times, float64 values): no Python object per point."""
        self._set({key: (np.frombuffer(times, dtype="<u4").astype(np.float64), np.frombuffer(values, dtype="<f8"))
                   for key, (times, values) in (("temperature", temperature), ("setpoint", setpoint))})

    def _set(self, series: dict[str, tuple[np.ndarray, np.ndarray]]) -> None:
        self._series = series
        self._levels = {key: Levels(t, v) for key, (t, v) in series.items()}
        self._times = None
        self._data_changed()
        self.show_all()
        self._draw()

    def times(self) -> np.ndarray:
        if self._times is None:  # made at the first step, once per data: a year of readings is a sort of ~0.1 s
            found = [t for t, _ in self._series.values() if len(t)]
            self._times = np.unique(np.concatenate(found)) if found else np.empty(0)
        return self._times

    def summary(self) -> str:
        span = self.x_bounds()
        if span is None:
            return QCoreApplication.translate("Charts", "No values in this period.")
        parts = [QCoreApplication.translate("Charts", "From {start} to {end}.").format(
            start=_local_text(span[0]), end=_local_text(span[1]))]
        for key, said in (("temperature", QCoreApplication.translate(
                              "Charts", "Temperature: lowest {low} °C, highest {high} °C, last {last} °C.")),
                          ("setpoint", QCoreApplication.translate(
                              "Charts", "Set point: lowest {low} °C, highest {high} °C, last {last} °C."))):
            values = self._series.get(key, (np.empty(0), np.empty(0)))[1]
            if len(values) == 0:
                continue
            # fmin/fmax skip the gaps (NaN) in one pass and copy nothing: a million points cost ~1 ms here, and the
            # chart opens without waiting for a copy of them.
            low, high = np.fmin.reduce(values), np.fmax.reduce(values)
            if not np.isnan(low):
                parts.append(said.format(low=_degrees(low), high=_degrees(high), last=_degrees(_last_known(values))))
        return " ".join(parts)

    def _range_changed(self, *_args: object) -> None:
        if not self._updating:
            self._draw()

    def _draw(self) -> None:
        """Hand each curve the slice of the level that fits the visible span."""
        (low, high), _ = self.plot.getPlotItem().getViewBox().viewRange()
        self._updating = True
        try:
            for key, curve in (("temperature", self.temperature), ("setpoint", self.setpoint)):
                levels = self._levels.get(key)
                if levels is None or len(levels.times) == 0:
                    curve.setData([], [])
                    continue
                t, v = levels.visible(low, high)
                curve.setData(t, v, connect="finite")
        finally:
            self._updating = False

    def x_bounds(self) -> tuple[float, float] | None:
        spans = [(float(t[0]), float(t[-1])) for t, _ in self._series.values() if len(t)]
        if not spans:
            return None
        return min(low for low, _ in spans), max(high for _, high in spans)

    def point_count(self) -> int:
        return sum(len(t) for t, _ in self._series.values())

    def drawn_count(self) -> int:
        """Points handed to Qt for the current view (at most DRAWN_POINTS per curve)."""
        total = 0
        for curve in (self.temperature, self.setpoint):
            times = curve.getData()[0]
            total += 0 if times is None else len(times)
        return total

    def describe(self, x: float) -> str:
        parts = []
        for key, label in (("temperature", QCoreApplication.translate("Charts", "temperature")),
                           ("setpoint", QCoreApplication.translate("Charts", "set point"))):
            times, values = self._series.get(key, (np.empty(0), np.empty(0)))
            if len(times) == 0:
                continue
            index = int(np.clip(np.searchsorted(times, x), 0, len(times) - 1))
            if index > 0 and abs(times[index - 1] - x) < abs(times[index] - x):
                index -= 1
            value = values[index]
            parts.append((times[index], f"{label} {'–' if np.isnan(value) else f'{_degrees(value)} °C'}"))
        if not parts:
            return ""
        return f"{_local_text(parts[0][0])}: " + ", ".join(text for _, text in parts)


def _last_known(values: np.ndarray) -> float:
    """The last value that is not a gap (the series has one), read from the end a piece at a time."""
    end = len(values)
    while end > 0:
        piece = values[max(end - 1024, 0):end]
        known = piece[~np.isnan(piece)]
        if len(known):
            return float(known[-1])
        end -= 1024
    return float("nan")


def _degrees(value: float) -> str:
    return QLocale().toString(float(value), "f", 1)


class EnergyChart(_Chart):
    """Energy per day, week or month as bars."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(QCoreApplication.translate("Charts", "Energy (kWh)"), parent)
        self.setAccessibleName(QCoreApplication.translate("Charts", "Energy used per period"))
        self.bars: pg.BarGraphItem | None = None
        self._buckets: list[tuple[int, float]] = []
        self._unit = "kWh"
        self._by = "day"

    def set_data(self, buckets: Sequence[tuple[int, float]], by: str, unit: str = "kWh") -> None:
        self._buckets, self._by, self._unit = list(buckets), by, unit
        self.plot.setLabel("left", QCoreApplication.translate("Charts", "Energy ({unit} per {period})").format(
            unit=unit, period=self.period_word()))
        if self.bars is not None:
            self.plot.removeItem(self.bars)
            self.bars = None
        if buckets:
            starts = np.array([t for t, _ in buckets], dtype=np.float64)
            widths = np.diff(np.append(starts, starts[-1] + (starts[-1] - starts[-2] if len(starts) > 1 else 86400)))
            self.bars = pg.BarGraphItem(x0=starts, width=widths * 0.85, height=[v for _, v in buckets],
                                        brush="#e67e22", pen=pg.mkPen("#a04000"))
            self.plot.addItem(self.bars)
        self._data_changed()
        self.show_all()

    def x_bounds(self) -> tuple[float, float] | None:
        if not self._buckets:
            return None
        return float(self._buckets[0][0]), float(self._buckets[-1][0] + 86400)

    def times(self) -> np.ndarray:
        return np.array([float(start) for start, _ in self._buckets])

    def summary(self) -> str:
        if not self._buckets:
            return QCoreApplication.translate("Charts", "No values in this period.")
        start, top = max(self._buckets, key=lambda bucket: bucket[1])
        total = sum(value for _, value in self._buckets)
        locale = QLocale()
        return QCoreApplication.translate(
            "Charts", "{count} bars, one per {period}, from {start}: {total} {unit} in all; the most, {top} {unit}, "
                      "from {top_start}.").format(
            count=len(self._buckets), period=self.period_word(), start=_local_text(self._buckets[0][0], False),
            total=locale.toString(total, "f", 2), top=locale.toString(top, "f", 2), unit=self._unit,
            top_start=_local_text(start, False))

    def period_word(self) -> str:
        words = {"day": QCoreApplication.translate("Charts", "day"),
                 "week": QCoreApplication.translate("Charts", "week"),
                 "month": QCoreApplication.translate("Charts", "month")}
        return words.get(self._by, self._by)

    def describe(self, x: float) -> str:
        for index, (start, value) in enumerate(self._buckets):
            end = self._buckets[index + 1][0] if index + 1 < len(self._buckets) else start + 86400 * (
                {"day": 1, "week": 7}.get(self._by, 31))
            if start <= x < end:
                return QCoreApplication.translate("Charts", "{period} from {start}: {value} {unit}").format(
                    period=self.period_word().capitalize(), start=_local_text(start, with_time=False),
                    value=QLocale().toString(value, "f", 2), unit=self._unit)
        return ""
