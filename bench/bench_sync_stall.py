"""Longest stall of the UI thread while 10,000 records sync (budget: 50 ms).

A 10 ms QTimer ticks on the qasync loop that also runs the sync; the longest gap between ticks minus the
10 ms period is the stall. The same timer measured while idle gives the machine's noise floor.
"""

from __future__ import annotations

import asyncio
import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import qasync
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from app.sandbox.demo_data import bulk_clients
from app.services.fielddesk import FieldDesk
from bench.common import live_environment, report, simulator

RECORDS = int(os.environ.get("BENCH_SYNC_RECORDS", "10000"))


class GapMeter:
    def __init__(self) -> None:
        self.timer = QTimer()
        self.timer.setInterval(10)
        self.timer.timeout.connect(self._tick)
        self.last = 0.0
        self.longest = 0.0

    def _tick(self) -> None:
        now = time.perf_counter()
        if self.last:
            self.longest = max(self.longest, now - self.last)
        self.last = now

    def start(self) -> None:
        self.last, self.longest = 0.0, 0.0
        self.timer.start()

    def stop(self) -> float:
        self.timer.stop()
        return max(self.longest - 0.010, 0.0) * 1000


async def measure(home: Path) -> dict[str, object]:
    meter = GapMeter()
    meter.start()
    await asyncio.sleep(2.0)
    idle = meter.stop()
    desk = FieldDesk.open(home, "live")
    await desk.prepare()  # as the window does right after it shows
    meter.start()
    started = time.perf_counter()
    [result] = await desk.sync()
    elapsed = time.perf_counter() - started
    stall = meter.stop()
    await desk.aclose()
    if result.error is not None or result.pulled != RECORDS:
        raise RuntimeError(f"sync failed: {result.error} pulled={result.pulled}")
    return report("ui_stall_during_sync", stall, "ms", "<= 50 ms", records=RECORDS, idle_noise_ms=round(idle, 1),
                  sync_seconds=round(elapsed, 2))


def main() -> int:
    app = QApplication.instance() or QApplication(sys.argv)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        with simulator(folder, bulk_clients(RECORDS)) as base_url:
            live_environment(folder / "home", base_url)
            loop = qasync.QEventLoop(app)
            asyncio.set_event_loop(loop)
            with loop:
                result = loop.run_until_complete(measure(folder / "home"))
    return 0 if float(result["value"]) <= 50 else 1  # type: ignore[arg-type]


if __name__ == "__main__":
    sys.exit(main())
