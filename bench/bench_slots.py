"""Five weeks of appointment slots shown, from the planner's request to the painted grid, against the Totalmobile
simulator with 50 ms added latency, as a ratio to the floor (budget: 1.3x).

The floor is what no client can avoid: one token request (once per session) plus one availability request for five
weeks, measured in the same run with bare httpx calls to the same simulator (its latency and its JSON included).
Each sample is a new session (a new FieldDesk, so a new token), the pane's own path: `SlotsPane.load()` until the
grid has been painted (a synchronous repaint of its viewport). The figure is the median of the samples' ratios.
"""

from __future__ import annotations

import asyncio
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import httpx
import qasync
import shiboken6
from PySide6.QtWidgets import QApplication

from app.sandbox.totalmobile import SANDBOX_PASSWORD, SANDBOX_USERNAME
from app.services.fielddesk import FieldDesk
from bench.common import ROOT, report

LATENCY = 0.050
SAMPLES = int(os.environ.get("BENCH_SLOTS_SAMPLES", "9"))
ORDER = "FD-24001"
WEEKS = 5


def serve(latency: float) -> tuple[subprocess.Popen[str], str]:
    process = subprocess.Popen([sys.executable, "-m", "app.sandbox.server", "--vendor", "totalmobile", "--demo", "1",
                                "--latency", str(latency)], stdout=subprocess.PIPE, text=True, cwd=ROOT)
    assert process.stdout is not None
    line = process.stdout.readline()
    if not line.startswith("serving"):
        process.terminate()
        raise RuntimeError(f"simulator did not start: {line!r}")
    return process, line.rsplit(" ", 1)[-1].strip() + "/WS-API"


def floor_once(base_url: str) -> float:
    """Bare calls (httpx's blocking client: no event loop of ours in the way), on a connection opened before."""
    with httpx.Client(base_url=base_url + "/", trust_env=False) as client:
        client.get("api/PlanningWindow")  # connect first: the pane's client has its connection pool too
        started = time.perf_counter()
        token = client.post("token", data={"grant_type": "password", "username": SANDBOX_USERNAME,
                                           "password": SANDBOX_PASSWORD}).json()["access_token"]
        answer = client.get("api/Availability", params={"PrimaryOrderNumber": ORDER, "NumberOfWeeks": WEEKS},
                            headers={"Authorization": f"Bearer {token}", "Accept": "application/json; version=3"})
        answer.raise_for_status()
        answer.json()
        return time.perf_counter() - started


async def pane_once(home: Path) -> float:
    from ui.panes.slots import SlotsPane

    desk = FieldDesk.open(home, "live")
    pane = SlotsPane(desk)
    pane.resize(1200, 760)
    pane.show()
    pane.set_order(ORDER)
    pane.weeks.setValue(WEEKS)
    painted: list[float] = []
    original = pane._set_grid

    def set_and_paint(grid: Any) -> None:
        original(grid)
        pane.table.viewport().repaint()  # painted now, not at the next event loop turn
        painted.append(time.perf_counter())

    pane._set_grid = set_and_paint  # type: ignore[method-assign]
    _ = desk.engine.adapters  # the HTTP clients exist before the clock starts (as after a window's first sync)
    started = time.perf_counter()
    await pane.load()
    if not painted:
        raise RuntimeError(f"no grid: {pane.state_label.text()}")
    elapsed = painted[0] - started
    if pane.grid is None or len(pane.grid.days) != 7 * WEEKS or pane.grid.stale:
        raise RuntimeError(f"the grid did not show 5 weeks: {pane.state_label.text()}")
    pane.close()
    pane.deleteLater()
    await desk.aclose()
    return elapsed


def in_fresh_loop(app: QApplication, home: Path) -> float:
    """One session on a qasync loop of its own (as each window has; a loop per sample keeps them independent)."""
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    try:
        return loop.run_until_complete(pane_once(home))
    finally:
        loop.run_until_complete(loop.shutdown_asyncgens())
        loop.close()
        asyncio.set_event_loop(None)
        timer = getattr(loop, "_timer", None)
        if timer is not None and shiboken6.isValid(timer):
            shiboken6.delete(timer)


def measure(app: QApplication, folder: Path, base_url: str) -> dict[str, object]:
    os.environ.update({"FIELDDESK_PROFILE": "live", "FIELDDESK_TOTALMOBILE_BASE_URL": base_url,
                       "FIELDDESK_TOTALMOBILE_USERNAME": SANDBOX_USERNAME,
                       "FIELDDESK_TOTALMOBILE_PASSWORD": SANDBOX_PASSWORD,
                       "PYTHON_KEYRING_BACKEND": "keyring.backends.null.Keyring"})
    in_fresh_loop(app, folder / "warm-up")  # imports, first connections
    ratios, panes, floors = [], [], []
    for sample in range(SAMPLES):
        floor = floor_once(base_url)
        shown = in_fresh_loop(app, folder / f"home-{sample}")
        floors.append(floor)
        panes.append(shown)
        ratios.append(shown / floor)
    return report("slots_5_weeks_vs_floor", statistics.median(ratios), "x", "<= 1.3x", latency_ms=LATENCY * 1000,
                  pane_ms=round(statistics.median(panes) * 1000, 1),
                  floor_ms=round(statistics.median(floors) * 1000, 1),
                  latency_floor_ms=round(2 * LATENCY * 1000, 1),
                  ratio_quartiles=[round(q, 2) for q in statistics.quantiles(ratios, n=4)])


def main() -> int:
    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    process, base_url = serve(LATENCY)
    try:
        with tempfile.TemporaryDirectory() as tmp:
            os.environ["FIELDDESK_HOME"] = str(Path(tmp) / "home")
            result = measure(app, Path(tmp), base_url)
    finally:
        process.terminate()
        process.wait(10)
    return 0 if float(result["value"]) <= 1.3 else 1  # type: ignore[arg-type]


if __name__ == "__main__":
    sys.exit(main())
