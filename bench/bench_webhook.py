"""The work-order webhook with the window open: calls per second the receiver sustains (target >= 500/s) and the
longest stall of the UI thread while 1,000 calls arrive (budget 50 ms).

The window shows the work orders pane over a cache of 200 work orders; the receiver runs as in the app (its own
thread, started by the window's WebhookControl). The calls come from a separate process, 16 at a time, so the
sender's work never shares our GIL; a 10 ms QTimer on the window's loop measures the stall (bench_sync_stall).
"""

from __future__ import annotations

import asyncio
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["PYTHON_KEYRING_BACKEND"] = "keyring.backends.null.Keyring"

import qasync
from PySide6.QtWidgets import QApplication

from app.services.fielddesk import FieldDesk
from bench.bench_sync_stall import GapMeter
from bench.common import ROOT, report

CALLS = int(os.environ.get("BENCH_WEBHOOK_CALLS", "1000"))
WORK_ORDERS = 200
SECRET = "bench-webhook-secret-0123456789"

# A lean HTTP/1.1 client on raw keep-alive connections: httpx would be the bottleneck (~300 calls/s here even
# against a server that answers at once), and the figure must be the receiver's.
SENDER = """
import asyncio, json, sys, time
from urllib.parse import urlsplit
url, count, orders = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
parts = urlsplit(url)
bodies = [json.dumps({"Id": 1 + i % orders, "wo_number": f"WO{1 + i % orders:05d}", "external_id": str(1 + i % orders),
                      "Status": 1 + (i // orders) % 3,
                      "certificate_id": str(90000 + i) if i % 7 == 0 else None}).encode() for i in range(count)]
statuses = []

async def connection(mine):
    reader, writer = await asyncio.open_connection(parts.hostname, parts.port)
    for body in mine:
        head = b"POST " + parts.path.encode() + b" HTTP/1.1\\r\\nHost: x\\r\\nContent-Type: application/json\\r\\n"
        writer.write(head + b"Content-Length: " + str(len(body)).encode() + b"\\r\\n\\r\\n" + body)
        head = await reader.readuntil(b"\\r\\n\\r\\n")
        statuses.append(int(head.split(b" ", 2)[1]))
        length = int(head.lower().split(b"content-length:")[1].split(b"\\r\\n")[0])
        await reader.readexactly(length)
    writer.close()

async def main():
    await asyncio.gather(*(connection(bodies[i::16]) for i in range(16)))

started = time.perf_counter()
asyncio.run(main())
print(json.dumps({"seconds": time.perf_counter() - started, "ok": statuses.count(200)}))
"""


def seed(desk: FieldDesk) -> None:
    """Work orders as a sync would have cached them (Pro+ ids 1..N, external ids "1".."N")."""
    from app.store import workorders as store_wo

    with desk.store.transaction() as conn:
        for n in range(1, WORK_ORDERS + 1):
            store_wo.save_fetched(conn, {"proplus_id": n, "external_id": str(n), "external_name": f"Onderhoud {n}",
                                         "wo_number": f"WO{n:05d}", "execution_date": "2026-12-01", "status": "1"},
                                  {"id": n})


async def measure(home: Path) -> dict[str, object]:
    from ui.main_window import MainWindow

    desk = FieldDesk.open(home, "sandbox")
    seed(desk)
    desk.set_webhook_preferences(True, "127.0.0.1", free_port())
    window = MainWindow(desk, pane="workorders")
    window.resize(1280, 800)
    window.show()
    await window.finish_loading()
    window.webhook.apply_preferences()
    url = window.webhook.url
    assert url is not None, window.webhook.problem
    meter = GapMeter()
    meter.start()
    await asyncio.sleep(1.0)
    idle = meter.stop()
    meter.start()
    sender = await asyncio.create_subprocess_exec(sys.executable, "-c", SENDER, url, str(CALLS), str(WORK_ORDERS),
                                                  cwd=ROOT, stdout=subprocess.PIPE)
    out, _ = await sender.communicate()
    await asyncio.sleep(0.5)  # the window's reload after the burst
    stall = meter.stop()
    sent = json.loads(out)
    applied = window.webhook.receiver.applied if window.webhook.receiver else 0
    window.webhook.stop()
    window.close()
    await desk.aclose()
    if sent["ok"] != CALLS or applied != CALLS:
        raise RuntimeError(f"answered 200: {sent['ok']}, applied: {applied} of {CALLS}")
    rate = CALLS / sent["seconds"]
    report("webhook_calls_per_second", rate, "calls/s", ">= 500/s", calls=CALLS, seconds=round(sent["seconds"], 2))
    return report("ui_stall_during_webhook_calls", stall, "ms", "<= 50 ms", calls=CALLS,
                  idle_noise_ms=round(idle, 1), calls_per_second=round(rate))


def main() -> int:
    app = QApplication.instance() or QApplication(sys.argv)
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["FIELDDESK_PROPLUS_WEBHOOK_SECRET"] = SECRET
        loop = qasync.QEventLoop(app)
        asyncio.set_event_loop(loop)
        with loop:
            result = loop.run_until_complete(measure(Path(tmp) / "home"))
    return 0 if float(result["value"]) <= 50 and float(result["calls_per_second"]) >= 500 else 1  # type: ignore[arg-type]


def free_port() -> int:
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


if __name__ == "__main__":
    sys.exit(main())
