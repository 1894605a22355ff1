"""A batch of 100 certificate files downloaded through `desk.certificates.download` from the Pro+ simulator on
loopback with 50 ms added latency, as a ratio to the floor (budget: 1.3x), and the longest stall of the UI thread
meanwhile (budget: 50 ms).

The floor is what the latency and Pro+'s concurrency allow: the files go `concurrency` at a time, so at best
ceil(100 / concurrency) round trips of the added latency. Each sample downloads into a new folder of the same home
(nothing is on disk yet, every file is fetched, written atomically and recorded); the figure is the median of the
samples' ratios. The stall is measured as in bench_sync_stall: a 10 ms QTimer on the qasync loop that also runs the
downloads; the longest gap between ticks minus the period, over all samples.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import math
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import qasync
from PySide6.QtWidgets import QApplication

from app.services.fielddesk import FieldDesk
from bench.bench_sync_stall import GapMeter
from bench.common import live_environment, report, simulator

LATENCY = 0.050
FILES = int(os.environ.get("BENCH_DOWNLOAD_FILES", "100"))
SAMPLES = int(os.environ.get("BENCH_DOWNLOAD_SAMPLES", "5"))
DEMO_CLIENTS = 60  # enough demo certificates for FILES files


async def measure(home: Path) -> dict[str, object]:
    meter = GapMeter()
    meter.start()
    await asyncio.sleep(1.0)
    idle = meter.stop()
    desk = FieldDesk.open(home, "live")
    service = desk.certificates
    await service.fetch(dt.date.today() - dt.timedelta(days=800), dt.date.today())
    ids = [f["id"] for c in service.all() for f in c["files"]][:FILES]
    if len(ids) < FILES:
        raise RuntimeError(f"the simulator lists {len(ids)} files, not {FILES}")
    concurrency = desk.engine.adapters["proplus"].concurrency
    await service.download(ids[:concurrency])  # connections open, as in a window that downloaded before
    floor = math.ceil(FILES / concurrency) * LATENCY
    ratios, seconds, stalls = [], [], []
    for sample in range(SAMPLES):
        service.folder = home / f"downloads-{sample}"
        with desk.store.transaction() as conn:  # nothing downloaded yet: every file is fetched
            conn.execute("UPDATE certificate_files SET path = NULL, size = NULL, downloaded_at = NULL")
        meter.start()
        started = time.perf_counter()
        results = await service.download(ids)
        elapsed = time.perf_counter() - started
        stalls.append(meter.stop())
        failed = [r for r in results if r.error is not None]
        if failed:
            raise RuntimeError(f"{len(failed)} download(s) failed: {failed[0].error}")
        ratios.append(elapsed / floor)
        seconds.append(elapsed)
    await desk.aclose()
    report("downloads_vs_latency_floor", statistics.median(ratios), "x", "<= 1.3x", files=FILES,
           concurrency=concurrency, latency_ms=LATENCY * 1000, seconds=round(statistics.median(seconds), 3),
           floor_seconds=round(floor, 3), sequential_floor_seconds=round(FILES * LATENCY, 3),
           ratios=[round(r, 3) for r in ratios])
    return report("ui_stall_during_downloads", max(stalls), "ms", "<= 50 ms", files=FILES,
                  idle_noise_ms=round(idle, 1), ratio_to_floor=round(statistics.median(ratios), 3))


def main() -> int:
    app = QApplication.instance() or QApplication(sys.argv)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        with simulator(folder, demo=DEMO_CLIENTS, latency=LATENCY) as base_url:
            live_environment(folder / "home", base_url)
            loop = qasync.QEventLoop(app)
            asyncio.set_event_loop(loop)
            with loop:
                result = loop.run_until_complete(measure(folder / "home"))
    return 0 if float(result["value"]) <= 50 and float(result["ratio_to_floor"]) <= 1.3 else 1  # type: ignore[arg-type]


if __name__ == "__main__":
    sys.exit(main())
