"""Serving an ASGI app on a real socket from a thread of its own: the sandbox simulators for tests that need real
TCP, and the receiver of Pro+'s work-order webhook (its requests never wait for the window's event loop)."""

from __future__ import annotations

import socket
import threading
import time
from types import TracebackType

import uvicorn
from starlette.types import ASGIApp

__all__ = ["RunningServer", "serve_in_thread", "server_config"]

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
    server = uvicorn.Server(server_config(app))
    errors: list[BaseException] = []

    def run() -> None:
        try:
            server.run(sockets=[sock])
        except BaseException as exc:  # reported to the caller below instead of dying silently
            errors.append(exc)

    thread = threading.Thread(target=run, name=f"asgi-server-{sock.getsockname()[1]}", daemon=True)
    thread.start()
    deadline = time.monotonic() + _START_TIMEOUT
    while not server.started:
        if not thread.is_alive() or time.monotonic() > deadline:
            server.should_exit = True
            thread.join(1.0)
            sock.close()
            detail = f": {errors[0]!r}" if errors else ""
            raise RuntimeError(f"server on {host}:{port} did not start{detail}")
        time.sleep(0.005)
    return RunningServer(server, thread, sock)


def server_config(app: ASGIApp) -> uvicorn.Config:
    return uvicorn.Config(
        app,
        log_level="warning",
        access_log=False,  # an access log would write the webhook's secret URL
        # Leave the host process's logging alone; uvicorn's own dictConfig would replace handlers.
        log_config=None,
        lifespan="off",
        # Pinned so that optional extras (uvloop, httptools, websockets) cannot change behaviour or warn.
        loop="asyncio",
        http="h11",
        ws="none",
        timeout_graceful_shutdown=5,
    )
