"""A full sync against a simulator with 50 ms added latency, as a ratio to the floor (budget: 1.3x).

The floor: queued writes go out `concurrency` at a time, so they need ceil(writes / concurrency) round
trips, and the pull needs one more; each round trip costs at least the added latency.
"""

from __future__ import annotations

import asyncio
import math
import os
import sys
import tempfile
import time
from pathlib import Path

from app.services.fielddesk import FieldDesk
from bench.common import live_environment, report, simulator

LATENCY = 0.050
WRITES = int(os.environ.get("BENCH_SYNC_WRITES", "200"))


def body(index: int) -> dict[str, object]:
    return {"client": [{"name": f"Bench client {index:04d}", "address": f"Benchstraat {index}", "city": "Gent",
                        "postal_code": "9000", "region": "Vlaanderen",
                        "heating_appliance": [{"name": "Ketel", "region": "2",
                                               "flanders": {"device_make": "Remeha", "device_year": "2020"}}]}]}


async def measure(home: Path) -> dict[str, object]:
    desk = FieldDesk.open(home, "live")
    for index in range(WRITES):
        desk.clients.queue_push(body(index))
    concurrency = desk.engine.adapters["proplus"].concurrency
    started = time.perf_counter()
    [result] = await desk.sync()
    elapsed = time.perf_counter() - started
    await desk.aclose()
    if result.error is not None or result.sent != WRITES:
        raise RuntimeError(f"sync failed: {result.error} sent={result.sent}")
    floor = LATENCY * (math.ceil(WRITES / concurrency) + 1)
    return report("sync_vs_latency_floor", elapsed / floor, "x", "<= 1.3x", writes=WRITES,
                  concurrency=concurrency, seconds=round(elapsed, 2), floor_seconds=round(floor, 2))


def main() -> int:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        with simulator(folder, demo=20, latency=LATENCY) as base_url:
            live_environment(folder / "home", base_url)
            result = asyncio.run(measure(folder / "home"))
    return 0 if float(result["value"]) <= 1.3 else 1  # type: ignore[arg-type]


if __name__ == "__main__":
    sys.exit(main())
