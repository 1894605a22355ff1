"""Serve a sandbox simulator over a real loopback socket.

In-process use (`serve_in_thread`) is for tests that need real TCP: latency, dropped connections, slow
downloads. `python -m app.sandbox.server --vendor proplus --port N` serves from a separate process, for
crash tests that kill a client process while the "vendor" keeps its state.
"""

from __future__ import annotations

import argparse
import logging
import signal
import sys
import threading
from collections.abc import Sequence
from pathlib import Path
from types import FrameType

from app.vendors import registry
from app.vendors.serve import RunningServer, serve_in_thread

__all__ = ["RunningServer", "main", "serve_in_thread"]

# ---------------------------------------------------------------------- separate process


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m app.sandbox.server",
                                     description="Serve a FieldDesk vendor simulator on loopback.")
    simulated = sorted(spec.id for spec in registry.VENDORS.values() if spec.sandbox)
    parser.add_argument("--vendor", required=True, choices=simulated)
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=0, help="0 picks a free port (printed on start)")
    parser.add_argument("--state", type=Path, help="JSON file the simulator loads and saves after each write")
    parser.add_argument("--latency", type=float, default=0.0, help="seconds to wait before each answer")
    parser.add_argument("--secret-key", help="credential the simulator accepts (default: its sandbox one)")
    parser.add_argument("--demo", type=int, default=0, metavar="COUNT",
                        help="start with COUNT demo clients when there is no state file yet")
    args = parser.parse_args(argv)
    if args.latency < 0:
        parser.error("--latency must not be negative")

    logging.basicConfig(level=logging.WARNING, format="%(asctime)s %(name)s %(levelname)s %(message)s")
    try:
        module = registry.sandbox_module(registry.spec(args.vendor))
        app = module.sandbox_app(args.state, latency=args.latency, secret=args.secret_key, demo=args.demo)
        running = serve_in_thread(app, args.host, args.port)
    except (OSError, ValueError, RuntimeError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1

    stop = threading.Event()

    def on_signal(signum: int, frame: FrameType | None) -> None:
        stop.set()

    for signum in (signal.SIGINT, signal.SIGTERM):
        signal.signal(signum, on_signal)
    # A parent process reads this line to learn the port when it asked for port 0.
    print(f"serving {args.vendor} on {running.base_url}", flush=True)
    try:
        while not stop.wait(0.5):
            if not running.running:
                print("error: server stopped unexpectedly", file=sys.stderr)
                return 1
    finally:
        running.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
