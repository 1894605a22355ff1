"""Heat pump history: a year of 15-minute history fetched from the myBeNext simulator at 50 ms latency, as a ratio
to the floor; a chart of 1,000,000 cached points opened, zoomed and panned; the cache's size per million points.

- Fetch (budget 1.3x): 35,040 points of one property over 365 days. myBeNext refuses more than 30 days a request,
  so 13 requests at least; they go `concurrency` at a time, so the floor is ceil(13 / concurrency) round trips of
  the added latency. The simulator runs in its own process (its JSON work never shares our GIL).
- Chart (budgets: painted within 200 ms, zoom and pan frames within 16 ms): the cache's packed arrays read, handed
  to the pyqtgraph chart the pane uses, and painted offscreen; then 20 zoom and 20 pan steps, each repainted.
- Cache size: 1,000,000 points saved through the store, the history table's pages counted after VACUUM.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import math
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("PYTHON_KEYRING_BACKEND", "keyring.backends.null.Keyring")

from bench.common import ROOT, report

LATENCY = 0.050
PROPERTY = 1011
MILLION = int(os.environ.get("BENCH_HISTORY_POINTS", "1000000"))


def serve_benext(latency: float) -> tuple[subprocess.Popen[str], str]:
    process = subprocess.Popen([sys.executable, "-m", "app.sandbox.server", "--vendor", "benext", "--latency",
                                str(latency)], stdout=subprocess.PIPE, text=True, cwd=ROOT)
    assert process.stdout is not None
    line = process.stdout.readline()
    if not line.startswith("serving"):
        process.terminate()
        raise RuntimeError(f"simulator did not start: {line!r}")
    return process, line.rsplit(" ", 1)[-1].strip()


async def fetch_year(home: Path) -> dict[str, object]:
    from app.sandbox import benext as sim
    from app.services.fielddesk import FieldDesk
    from app.vendors.benext.client import pieces_needed

    process, base_url = serve_benext(LATENCY)
    try:
        os.environ.update({"FIELDDESK_HOME": str(home), "FIELDDESK_PROFILE": "live",
                           "FIELDDESK_BENEXT_BASE_URL": base_url, "FIELDDESK_BENEXT_USERNAME": sim.USERNAME,
                           "FIELDDESK_BENEXT_PASSWORD": sim.PASSWORD})
        desk = FieldDesk.open(home, "live")
        adapter = desk.engine.adapters["benext"]  # build the HTTP stack before the clock starts
        client = adapter.client  # type: ignore[attr-defined]
        await client.list_items("datatypes")  # one warm-up call: the connection is open, as in a running window
        before = client.requests
        end = dt.datetime.now(dt.UTC).replace(hour=0, minute=0, second=0, microsecond=0) - dt.timedelta(days=1)
        begin = end - dt.timedelta(days=365)
        started = time.perf_counter()
        found = await desk.climate.history(PROPERTY, begin, end)
        elapsed = time.perf_counter() - started
        requests = client.requests - before
        await desk.aclose()
    finally:
        process.terminate()
        process.wait(10)
    if len(found.points) != 365 * 96 or not found.complete:
        raise RuntimeError(f"fetched {len(found.points)} points, complete={found.complete}")
    floor_requests = pieces_needed(begin, end)
    floor = LATENCY * math.ceil(floor_requests / adapter.concurrency)
    return report("history_year_vs_latency_floor", elapsed / floor, "x", "<= 1.3x", points=len(found.points),
                  requests=requests, floor_requests=floor_requests, concurrency=adapter.concurrency,
                  seconds=round(elapsed, 3), floor_seconds=round(floor, 3),
                  sequential_floor_seconds=round(floor_requests * LATENCY, 3))


def fill_cache(home: Path, count: int) -> tuple[object, int, int]:
    """`count` 15-minute points of one property saved through the store; returns (store, begin, end)."""
    from app.store import climate as store_climate
    from app.store.db import Store

    store = Store(home / "cache.sqlite3")
    step = 900
    begin = int(dt.datetime(1996, 1, 1, tzinfo=dt.UTC).timestamp())
    end = begin + count * step
    batch = 96 * 365
    for start in range(begin, end, batch * step):
        stop = min(start + batch * step, end)
        points = [(t, round(20 + 3 * math.sin(t / 86400 * 2 * math.pi) + (t % 7) / 10, 2))
                  for t in range(start, stop, step)]
        with store.transaction() as conn:
            store_climate.save_points(conn, "historyentries", PROPERTY, points, [(start, stop)])
    return store, begin, end


def cache_size(store: object, count: int) -> dict[str, object]:
    from app.store import climate as store_climate
    from app.store.db import Store

    assert isinstance(store, Store)
    store.conn.execute("VACUUM")
    table_bytes = store_climate.size(store)
    per_million = table_bytes * 1_000_000 / count
    return report("history_cache_bytes_per_million_points", per_million / 1e6, "MB", "compact",
                  bytes_per_point=round(table_bytes / count, 2), points=count,
                  file_bytes=store.path.stat().st_size)


def chart(store: object, begin: int, end: int, count: int) -> list[dict[str, object]]:
    from PySide6.QtWidgets import QApplication

    from app.store import climate as store_climate
    from app.store.db import Store
    from ui.charts import HistoryChart

    assert isinstance(store, Store)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    warm = HistoryChart()  # pyqtgraph's first plot builds its shaders, fonts and caches: not the chart's cost
    warm.resize(1100, 500)
    warm.show()
    warm.set_data([(0, 1.0), (900, 2.0)])
    warm.plot.viewport().repaint()
    app.processEvents()

    widget = HistoryChart()
    widget.resize(1100, 500)
    widget.show()
    app.processEvents()
    started = time.perf_counter()
    packed = store_climate.packed(store, "historyentries", PROPERTY, begin, end)
    read = time.perf_counter()
    widget.set_packed(packed)
    widget.plot.viewport().repaint()
    app.processEvents()
    opened = (time.perf_counter() - started) * 1000
    assert widget.point_count() == count, widget.point_count()
    box = widget.plot.getPlotItem().getViewBox()
    frames = []
    for step in range(40):
        began = time.perf_counter()
        if step < 20:
            box.scaleBy(x=0.7)
        else:
            (low, high), _ = box.viewRange()
            box.translateBy(x=(high - low) * 0.2)
        widget.plot.viewport().repaint()
        app.processEvents()
        frames.append((time.perf_counter() - began) * 1000)
    zoom, pan = frames[:20], frames[20:]
    results = [
        report("history_chart_open_1m_points", opened, "ms", "<= 200 ms", points=count,
               read_cache_ms=round((read - started) * 1000, 1)),
        report("history_chart_zoom_pan_frame", max(frames), "ms", "<= 16 ms",
               zoom_median_ms=round(statistics.median(zoom), 1), zoom_max_ms=round(max(zoom), 1),
               pan_median_ms=round(statistics.median(pan), 1), pan_max_ms=round(max(pan), 1)),
    ]
    widget.close()
    warm.close()
    return results


def main() -> int:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        fetched = asyncio.run(fetch_year(folder / "home"))
        store, begin, end = fill_cache(folder, MILLION)
        size = cache_size(store, MILLION)
        opened, frames = chart(store, begin, end, MILLION)
        store.close()  # type: ignore[attr-defined]
    within = (float(fetched["value"]) <= 1.3 and float(opened["value"]) <= 200  # type: ignore[arg-type]
              and float(frames["value"]) <= 16)  # type: ignore[arg-type]
    del size
    return 0 if within else 1


if __name__ == "__main__":
    sys.exit(main())
