"""Serve a sandbox simulator over a real loopback socket.

In-process use (`serve_in_thread`) is for tests that need real TCP: latency, dropped connections, slow
downloads. `python -m app.sandbox.server --vendor proplus --port N` serves from a separate process, for
crash tests that kill a client process while the "vendor" keeps its state.
"""

from __future__ import annotations

import argparse
import logging
import signal
import socket
import sys
import threading
import time
from collections.abc import Sequence
from pathlib import Path
from types import FrameType, TracebackType

import uvicorn
from starlette.types import ASGIApp

from app.vendors import registry

__all__ = ["RunningServer", "main", "serve_in_thread"]

_START_TIMEOUT = 10.0


class RunningServer:
    """A uvicorn server running in a daemon thread; stop() (or leaving the `with` block) shuts it down."""

    def __init__(self, server: uvicorn.Server, thread: threading.Thread, sock: socket.socket) -> None:
        self._server = server
        self._thread = thread
        self._socket = sock
        host, port = sock.getsockname()[:2]
        self.host: str = host
        self.port: int = port
        url_host = f"[{host}]" if ":" in host else host
        self.base_url = f"http://{url_host}:{port}"

    @property
    def running(self) -> bool:
        return self._thread.is_alive()

    def stop(self, timeout: float = 10.0) -> None:
        """Graceful: in-flight requests finish, then the thread is joined and the socket closed."""
        self._server.should_exit = True
        self._thread.join(timeout)
        if self._thread.is_alive():
            # Still busy after the grace period (e.g. a stuck slow download): cut connections.
            self._server.force_exit = True
            self._thread.join(timeout)
        self._socket.close()

    def __enter__(self) -> RunningServer:
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.stop()


def serve_in_thread(app: ASGIApp, host: str = "127.0.0.1", port: int = 0) -> RunningServer:
    """Run `app` with uvicorn on host:port (0 = a free port) and return once it accepts connections."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    # IPPROTO_TCP explicitly: asyncio only turns Nagle off (TCP_NODELAY) on sockets whose proto says TCP, and
    # with Nagle on, every answer on a kept-alive connection waits ~40 ms for a delayed ACK.
    sock = socket.socket(family, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    try:
        # Binding here, not in uvicorn, tells us the port a 0 request got before the thread starts.
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind((host, port))
        sock.listen(128)
        sock.setblocking(False)
    except OSError:
        sock.close()
        raise
    config = uvicorn.Config(
        app,
        log_level="warning",
        access_log=False,
        # Leave the host process's logging alone; uvicorn's own dictConfig would replace handlers.
        log_config=None,
        lifespan="off",
        # Pinned so that optional extras (uvloop, httptools, websockets) cannot change behaviour or warn.
        loop="asyncio",
        http="h11",
        ws="none",
        timeout_graceful_shutdown=5,
    )
    server = uvicorn.Server(config)
    errors: list[BaseException] = []

    def run() -> None:
        try:
            server.run(sockets=[sock])
        except BaseException as exc:  # reported to the caller below instead of dying silently
            errors.append(exc)

    thread = threading.Thread(target=run, name=f"sandbox-server-{sock.getsockname()[1]}", daemon=True)
    thread.start()
    deadline = time.monotonic() + _START_TIMEOUT
    while not server.started:
        if not thread.is_alive() or time.monotonic() > deadline:
            server.should_exit = True
            thread.join(1.0)
            sock.close()
            detail = f": {errors[0]!r}" if errors else ""
            raise RuntimeError(f"sandbox server on {host}:{port} did not start{detail}")
        time.sleep(0.005)
    return RunningServer(server, thread, sock)


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
