"""A small fault-injecting HTTP/1.1 server on 127.0.0.1, in front of a healthy upstream.

Each request the server receives takes the next behaviour from a script (`FaultServer.script(...)`), in
order; when the script is empty the request is proxied to the healthy upstream (normally a sandbox Pro+
app served with `app.sandbox.server.serve_in_thread`). Every exchange is one request on one connection
(`Connection: close`), so a scripted behaviour always meets a fresh request and keep-alive reuse can never
bypass the script.

Behaviours: `Healthy`, `Latency`, `NoAnswer` (read timeout), `Drip` (one byte per interval), `Reset`
(RST after part of the answer, optionally after the upstream applied the request), `Truncated`
(Content-Length larger than what is sent, then a normal close) and `Respond` (any canned answer: 5xx,
429/503 with Retry-After, 401, 400, malformed JSON, HTML error pages...).

A connect timeout cannot be scripted per request, because it happens before there is a request. On
Linux loopback it is made real instead: `FaultServer.unreachable()` stops accepting, shrinks the listen
backlog to 0 and fills the accept queue with a connection of its own, after which the kernel drops every
new SYN, so a client's `connect()` hangs until its own connect timeout fires (httpx `ConnectTimeout`).

Everything is bounded: each connection is cut after `max_connection_seconds`, the whole server stops by
itself after `lifetime` seconds, and leaving the `with` block closes every socket and joins the thread.
"""

from __future__ import annotations

import asyncio
import collections
import contextlib
import socket
import ssl
import struct
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from types import TracebackType
from urllib.parse import urlsplit

__all__ = [
    "Behaviour",
    "Drip",
    "Exchange",
    "FaultServer",
    "Healthy",
    "Latency",
    "NoAnswer",
    "RecordedRequest",
    "Reset",
    "Respond",
    "Truncated",
    "http_response",
]

_MAX_HEAD = 64 * 1024
_LISTEN_BACKLOG = 128
SECRET_HEADER = "x-expose-secret-key"

REASONS = {200: "OK", 400: "Bad Request", 401: "Unauthorized", 403: "Forbidden", 404: "Not Found",
           429: "Too Many Requests", 500: "Internal Server Error", 502: "Bad Gateway",
           503: "Service Unavailable"}

# What a successful Pro+ push-client answer looks like (used when a behaviour fakes a whole answer).
CANNED_PUSH_ANSWER = (b'{"success": true, "data": {"processed_ids": {"client_id": 9001, "heating_appliance_id": '
                      b'9002, "heating_appliance_ids": [9002], "cooling_appliance_ids": [9003]}}, '
                      b'"message": "Success"}')


def http_response(status: int, body: bytes = b"", *, content_type: str = "application/json",
                  headers: tuple[tuple[str, str], ...] = (), content_length: int | None = None) -> bytes:
    """Bytes of a complete HTTP/1.1 answer that closes its connection."""
    lines = [f"HTTP/1.1 {status} {REASONS.get(status, 'Status')}", f"Content-Type: {content_type}",
             f"Content-Length: {len(body) if content_length is None else content_length}", "Connection: close"]
    lines += [f"{name}: {value}" for name, value in headers]
    return ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1") + body


@dataclass(frozen=True)
class RecordedRequest:
    """One request the fault server received, and what it did with it."""

    method: str
    path: str
    headers: dict[str, str]
    body: bytes
    behaviour: str
    at: float  # time.monotonic() when the request was complete

    @property
    def secret(self) -> str:
        return self.headers.get(SECRET_HEADER, "")


@dataclass
class Exchange:
    """What a behaviour works with: the request, the client's streams and the upstream."""

    request: RecordedRequest
    raw_head: bytes
    reader: asyncio.StreamReader
    writer: asyncio.StreamWriter
    server: FaultServer

    async def send(self, data: bytes) -> None:
        self.writer.write(data)
        await self.writer.drain()

    async def forward(self) -> bytes:
        """Send this request to the healthy upstream and return its complete answer (raw bytes)."""
        if self.server.upstream is None:
            return http_response(502, b'{"success": false, "message": "no upstream"}')
        host, port = self.server.upstream
        lines = self.raw_head.decode("latin-1").split("\r\n")
        kept = [line for line in lines[1:] if line and line.split(":", 1)[0].strip().lower() != "connection"]
        head = "\r\n".join([lines[0], *kept, "Connection: close"]) + "\r\n\r\n"
        reader, writer = await asyncio.open_connection(host, port)
        try:
            writer.write(head.encode("latin-1") + self.request.body)
            await writer.drain()
            return await reader.read()  # the upstream closes after one answer (Connection: close)
        finally:
            writer.close()
            with contextlib.suppress(OSError):
                await writer.wait_closed()

    def reset(self) -> None:
        """Abort the connection with a TCP RST (SO_LINGER 0), not a graceful FIN."""
        sock = self.writer.get_extra_info("socket")
        if sock is not None:
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        self.writer.transport.abort()


class Behaviour:
    """How the server answers one request."""

    @property
    def name(self) -> str:
        return type(self).__name__

    async def run(self, exchange: Exchange) -> None:
        raise NotImplementedError


@dataclass(frozen=True)
class Healthy(Behaviour):
    """Proxy to the upstream, unchanged."""

    async def run(self, exchange: Exchange) -> None:
        await exchange.send(await exchange.forward())


@dataclass(frozen=True)
class Latency(Behaviour):
    """Wait, then answer as the upstream does."""

    seconds: float

    async def run(self, exchange: Exchange) -> None:
        await asyncio.sleep(self.seconds)
        await exchange.send(await exchange.forward())


@dataclass(frozen=True)
class NoAnswer(Behaviour):
    """Accept and read the request, then say nothing until the client gives up (or `hold` passes)."""

    hold: float = 30.0

    async def run(self, exchange: Exchange) -> None:
        with contextlib.suppress(TimeoutError, ConnectionError):
            await asyncio.wait_for(exchange.reader.read(), self.hold)  # returns at the client's close


@dataclass(frozen=True)
class Drip(Behaviour):
    """Send a complete, valid answer one byte per `interval`: a read timeout never fires."""

    interval: float = 1.0
    answer: bytes = field(default_factory=lambda: http_response(200, CANNED_PUSH_ANSWER))

    async def run(self, exchange: Exchange) -> None:
        for index in range(len(self.answer)):
            if exchange.reader.at_eof() or exchange.writer.is_closing():
                return  # the client hung up
            try:
                await exchange.send(self.answer[index:index + 1])
            except ConnectionError:
                return
            await asyncio.sleep(self.interval)


@dataclass(frozen=True)
class Reset(Behaviour):
    """Send part of an answer, then reset the connection.

    `stage="headers"` cuts inside the header block, `"body"` inside the body. With `forward`, the request
    first goes to the upstream, so the vendor has applied the write when the answer is lost.
    """

    stage: str = "body"
    forward: bool = False

    async def run(self, exchange: Exchange) -> None:
        answer = await exchange.forward() if self.forward else http_response(200, CANNED_PUSH_ANSWER)
        head_end = answer.index(b"\r\n\r\n") + 4
        cut = head_end // 2 if self.stage == "headers" else head_end + max((len(answer) - head_end) // 2, 1)
        await exchange.send(answer[:cut])
        await asyncio.sleep(0.05)  # let the client read the partial answer before the RST lands
        exchange.reset()


@dataclass(frozen=True)
class Truncated(Behaviour):
    """Headers promise more body (Content-Length) than is sent; then a normal close (FIN)."""

    forward: bool = False

    async def run(self, exchange: Exchange) -> None:
        answer = await exchange.forward() if self.forward else http_response(200, CANNED_PUSH_ANSWER)
        head_end = answer.index(b"\r\n\r\n") + 4
        await exchange.send(answer[:head_end + max((len(answer) - head_end) // 2, 1)])
        exchange.writer.write_eof()


@dataclass(frozen=True)
class Respond(Behaviour):
    """A canned answer. `{secret}` in the body is replaced by the secret header the client sent (servers
    that echo request headers in error pages exist; FieldDesk must not repeat them)."""

    status: int
    body: bytes = b""
    content_type: str = "application/json"
    headers: tuple[tuple[str, str], ...] = ()
    header_factory: Callable[[], tuple[tuple[str, str], ...]] | None = None  # e.g. a fresh HTTP-date

    @property
    def name(self) -> str:
        return f"Respond({self.status})"

    async def run(self, exchange: Exchange) -> None:
        body = self.body.replace(b"{secret}", exchange.request.secret.encode("latin-1", "replace"))
        headers = self.headers + (self.header_factory() if self.header_factory else ())
        await exchange.send(http_response(self.status, body, content_type=self.content_type, headers=headers))


class FaultServer:
    """Serve scripted faults on 127.0.0.1 (optionally over TLS) from a background thread.

    Use as a context manager. `script(...)` queues behaviours, one per request; `requests` lists what
    arrived; `tls_failures` lists handshakes that failed (a client refusing our certificate).
    """

    def __init__(self, upstream: str | None = None, *, ssl_context: ssl.SSLContext | None = None,
                 max_connection_seconds: float = 20.0, lifetime: float = 120.0) -> None:
        if upstream is not None:
            parts = urlsplit(upstream)
            self.upstream: tuple[str, int] | None = (parts.hostname or "127.0.0.1", parts.port or 80)
        else:
            self.upstream = None
        self.ssl_context = ssl_context
        self.max_connection_seconds = max_connection_seconds
        self.lifetime = lifetime
        self._lock = threading.Lock()
        self._script: collections.deque[Behaviour] = collections.deque()
        self._requests: list[RecordedRequest] = []
        self.tls_failures: list[str] = []
        self.loop_errors: list[str] = []
        self._sock: socket.socket | None = None
        self._fillers: list[socket.socket] = []
        self._thread: threading.Thread | None = None
        self._loop: asyncio.AbstractEventLoop | None = None
        self._stop: asyncio.Event | None = None
        self._ready = threading.Event()
        self._handlers: set[asyncio.Task[None]] = set()
        self.port = 0

    # ------------------------------------------------------------------ test-facing API

    @property
    def base_url(self) -> str:
        scheme = "https" if self.ssl_context is not None else "http"
        return f"{scheme}://127.0.0.1:{self.port}"

    def script(self, *behaviours: Behaviour) -> None:
        """Queue behaviours for the next requests, in order; afterwards requests go to the upstream."""
        with self._lock:
            self._script.extend(behaviours)

    @property
    def scripted(self) -> int:
        """How many scripted behaviours are still waiting for a request."""
        with self._lock:
            return len(self._script)

    @property
    def requests(self) -> list[RecordedRequest]:
        with self._lock:
            return list(self._requests)

    def requests_since(self, mark: int) -> list[RecordedRequest]:
        return self.requests[mark:]

    @contextlib.contextmanager
    def unreachable(self) -> Iterator[None]:
        """While inside: new connections neither complete nor get refused (SYNs are dropped)."""
        assert self._loop is not None and self._sock is not None
        asyncio.run_coroutine_threadsafe(self._set_accepting(False), self._loop).result(5)
        self._sock.listen(0)
        address = self._sock.getsockname()
        try:
            for _ in range(8):  # a backlog of 0 still queues one connection; fill until one hangs
                filler = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
                filler.settimeout(0.1)
                self._fillers.append(filler)
                try:
                    filler.connect(address)
                except TimeoutError:
                    break  # the kernel dropped our SYN: the next client's connect hangs the same way
                except OSError as exc:  # e.g. net.ipv4.tcp_abort_on_overflow=1 answers RST instead
                    raise RuntimeError(f"a full backlog does not drop SYNs here ({exc}); connect "
                                       "timeouts cannot be emulated on this host") from exc
            else:
                raise RuntimeError("could not fill the listen backlog; connect timeouts cannot be emulated")
            yield
        finally:
            self._sock.listen(_LISTEN_BACKLOG)
            for filler in self._fillers:
                filler.close()
            self._fillers.clear()
            asyncio.run_coroutine_threadsafe(self._set_accepting(True), self._loop).result(5)

    # ------------------------------------------------------------------ lifecycle

    def __enter__(self) -> FaultServer:
        sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        try:
            sock.bind(("127.0.0.1", 0))
            sock.listen(_LISTEN_BACKLOG)
            sock.setblocking(False)
        except OSError:
            sock.close()
            raise
        self._sock = sock
        self.port = sock.getsockname()[1]
        self._thread = threading.Thread(target=asyncio.run, args=(self._main(),), daemon=True,
                                        name=f"fault-server-{self.port}")
        self._thread.start()
        if not self._ready.wait(10):
            self.close()
            raise RuntimeError("fault server did not start")
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.close()

    def close(self) -> None:
        loop, stop = self._loop, self._stop
        if loop is not None and stop is not None and not loop.is_closed():
            with contextlib.suppress(RuntimeError):  # the loop may have stopped by itself (lifetime)
                loop.call_soon_threadsafe(stop.set)
        if self._thread is not None:
            self._thread.join(15)
        for filler in self._fillers:
            filler.close()
        self._fillers.clear()
        if self._sock is not None:
            self._sock.close()

    # ------------------------------------------------------------------ the server loop (its own thread)

    async def _main(self) -> None:
        loop = asyncio.get_running_loop()
        self._loop = loop
        self._stop = asyncio.Event()
        loop.set_exception_handler(lambda _loop, context: self.loop_errors.append(str(context.get("message"))))
        await self._set_accepting(True)
        self._ready.set()
        try:
            with contextlib.suppress(TimeoutError):
                async with asyncio.timeout(self.lifetime):  # stops by itself if nobody closes it
                    await self._stop.wait()
        finally:
            await self._set_accepting(False)
            for task in list(self._handlers):
                task.cancel()
            await asyncio.gather(*self._handlers, return_exceptions=True)

    async def _set_accepting(self, accepting: bool) -> None:
        assert self._loop is not None and self._sock is not None
        if accepting:
            self._loop.add_reader(self._sock.fileno(), self._accept_ready)
        elif self._sock.fileno() != -1:
            self._loop.remove_reader(self._sock.fileno())

    def _accept_ready(self) -> None:
        assert self._sock is not None
        while True:
            try:
                conn, _ = self._sock.accept()
            except (BlockingIOError, InterruptedError):
                return
            except OSError:
                return
            conn.setblocking(False)
            task = asyncio.get_running_loop().create_task(self._handle(conn))
            self._handlers.add(task)
            task.add_done_callback(self._handlers.discard)

    async def _handle(self, conn: socket.socket) -> None:
        loop = asyncio.get_running_loop()
        reader = asyncio.StreamReader(limit=_MAX_HEAD)
        protocol = asyncio.StreamReaderProtocol(reader)
        try:
            transport, _ = await loop.connect_accepted_socket(
                lambda: protocol, conn, ssl=self.ssl_context,
                ssl_handshake_timeout=5.0 if self.ssl_context is not None else None)
        except (OSError, TimeoutError) as exc:  # ssl.SSLError is an OSError
            with self._lock:
                self.tls_failures.append(f"{type(exc).__name__}: {exc}")
            conn.close()
            return
        writer = asyncio.StreamWriter(transport, protocol, reader, loop)
        try:
            async with asyncio.timeout(self.max_connection_seconds):
                await self._exchange(reader, writer)
        except (TimeoutError, ConnectionError, asyncio.IncompleteReadError, asyncio.LimitOverrunError):
            pass
        finally:
            if not transport.is_closing():
                writer.close()
            with contextlib.suppress(OSError, asyncio.CancelledError):
                await writer.wait_closed()

    async def _exchange(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            head = await reader.readuntil(b"\r\n\r\n")
        except asyncio.IncompleteReadError:
            return  # connected and left without a request (e.g. a backlog filler)
        lines = head.decode("latin-1").split("\r\n")
        method, target, _version = lines[0].split(" ", 2)
        headers: dict[str, str] = {}
        for line in lines[1:]:
            if ":" in line:
                name, value = line.split(":", 1)
                headers[name.strip().lower()] = value.strip()
        body = await reader.readexactly(int(headers.get("content-length", "0") or 0))
        with self._lock:
            behaviour: Behaviour = self._script.popleft() if self._script else Healthy()
            request = RecordedRequest(method, urlsplit(target).path, headers, body, behaviour.name,
                                      time.monotonic())
            self._requests.append(request)
        await behaviour.run(Exchange(request, head, reader, writer, self))
