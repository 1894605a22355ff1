"""The receiver of Pro+'s work-order webhook (§21): Pro+ POSTs a work order's status and certificate ids to the URL
set in the customer's Pro+ profile, `http(s)://<this host>:<port>/proplus/webhook/<secret>`.

The secret travels in that URL (Pro+ offers no other way to sign its calls), so it is compared in constant time
and never logged: uvicorn's access log is off, and our log names the work order, not the path. Any other path is
404, a body that is not a webhook call 400 (with what is wrong), a body over 1 MB 413; nothing a caller sends
stops the receiver. Each call updates the cached work order in one transaction.

The receiver runs on a thread of its own with its own event loop (`start`), so calls never wait for the window
and the window never waits for them; `fielddesk webhook serve` runs it in the foreground (`serve`).
"""

from __future__ import annotations

import asyncio
import contextlib
import hmac
import json
import logging
import signal
import sqlite3
from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING, Any

import uvicorn
from starlette.types import Receive, Scope, Send

from app.config import ConfigError
from app.vendors.serve import RunningServer, serve_in_thread, server_config

if TYPE_CHECKING:
    from app.services.workorders import WorkOrderService

log = logging.getLogger(__name__)

PATH_PREFIX = "/proplus/webhook/"
MAX_BODY = 1024 * 1024  # a webhook call is a few hundred bytes
SECRET_ENV = "FIELDDESK_PROPLUS_WEBHOOK_SECRET"


class WebhookReceiver:
    def __init__(self, workorders: WorkOrderService, secret: str | None,
                 changed: Callable[[], None] | None = None) -> None:
        if not secret:
            raise ConfigError(f"no webhook secret set: set {SECRET_ENV} (16 or more letters, digits or . _ ~ -), "
                              "or put webhook_secret in the [proplus] table of config.toml")
        self._workorders = workorders
        self._secret = secret.encode()
        self._changed = changed
        #: Calls applied / refused since the start (shown in the window and by `webhook serve`).
        self.applied = 0
        self.refused = 0
        #: Called with (local id, certificate just became available) after each applied call, on the
        #: receiver's thread.
        self.on_call: Callable[[str | None, bool], None] | None = None
        self._server: RunningServer | None = None
        self._waiting: list[tuple[dict[str, Any], asyncio.Future[tuple[str | None, bool]]]] = []
        self._writer: asyncio.Future[None] | None = None

    def url(self, host: str, port: int) -> str:
        """The URL to set in the Pro+ profile (it contains the secret: show it to the user only)."""
        shown = f"[{host}]" if ":" in host else host
        return f"http://{shown}:{port}{PATH_PREFIX}{self._secret.decode()}"

    # -- running -------------------------------------------------------------------------------------------
    def start(self, host: str = "127.0.0.1", port: int = 0) -> RunningServer:
        """Serve on a thread of its own; OSError when the address cannot be bound."""
        self._server = serve_in_thread(self, host, port)
        log.info("work-order webhook receiver listening on %s:%s", self._server.host, self._server.port)
        return self._server

    def stop(self) -> None:
        if self._server is not None:
            self._server.stop()
            self._server = None
            log.info("work-order webhook receiver stopped")

    @property
    def running(self) -> RunningServer | None:
        return self._server if self._server is not None and self._server.running else None

    async def serve(self, host: str, port: int, started: Callable[[str], None]) -> None:
        """Serve in the foreground until interrupted (Ctrl+C); `started(url)` once it listens."""
        config = server_config(self)
        config.host, config.port = host, port
        server = _ForegroundServer(config)
        loop = asyncio.get_running_loop()
        stop_signals = [s for s in (signal.SIGINT, signal.SIGTERM) if _on_signal(loop, s, server)]
        task = asyncio.ensure_future(server.serve())
        while not server.started:
            if task.done():
                await task  # the bind failed: raise its error
                raise OSError(f"cannot listen on {host}:{port}")
            await asyncio.sleep(0.01)
        sockets = [s for srv in server.servers for s in srv.sockets]
        bound_port = sockets[0].getsockname()[1] if sockets else port
        started(self.url(host, bound_port))
        try:
            await task
        finally:
            for sig in stop_signals:
                loop.remove_signal_handler(sig)

    # -- the ASGI app --------------------------------------------------------------------------------------
    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            return
        path: str = scope.get("path", "")
        secret = path[len(PATH_PREFIX):].encode() if path.startswith(PATH_PREFIX) else b""
        if not secret or not hmac.compare_digest(secret, self._secret):
            self.refused += 1
            await _answer(send, 404, {"success": False, "message": "Not found"})
            return
        if scope.get("method") != "POST":
            self.refused += 1
            await _answer(send, 405, {"success": False, "message": "Use POST"}, allow="POST")
            return
        body = await _read_body(receive)
        if body is None:
            self.refused += 1
            await _answer(send, 413, {"success": False, "message": f"The body is over {MAX_BODY} bytes"})
            return
        status, answer = await self.handle(body)
        await _answer(send, status, answer)

    async def handle(self, body: bytes) -> tuple[int, dict[str, Any]]:
        """One call's body -> (HTTP status, answer). Never raises."""
        try:
            call = self._workorders.parse_webhook(json.loads(body))
        except (ValueError, RecursionError) as exc:  # not JSON, or not a webhook call
            self.refused += 1
            message = "The body is not a JSON object" if isinstance(exc, json.JSONDecodeError | RecursionError) \
                else str(exc)
            return 400, {"success": False, "message": message[:500]}
        try:
            local_id, certificate = await self._save(call)
        except sqlite3.Error as exc:
            self.refused += 1
            log.error("work-order webhook: could not save the call (%s); Pro+ is answered 503", exc)
            return 503, {"success": False, "message": "Try again later"}
        self.applied += 1
        if local_id is None:
            log.info("work-order webhook: a call for a work order without external id was ignored")
        if certificate:
            log.info("work-order webhook: the certificate of work order %s is available", local_id)
        if self.on_call is not None:
            self.on_call(local_id, certificate)
        if self._changed is not None:
            self._changed()
        return 200, {"success": True, "message": "Received"}

    async def _save(self, call: dict[str, Any]) -> tuple[str | None, bool]:
        """Save a call durably before it is answered. Calls that arrive while a commit is on the disk wait for the
        next one and share it (group commit): one fsync serves a burst instead of one per call."""
        done: asyncio.Future[tuple[str | None, bool]] = asyncio.get_running_loop().create_future()
        self._waiting.append((call, done))
        if self._writer is None or self._writer.done():
            self._writer = asyncio.ensure_future(self._write())
        return await done

    async def _write(self) -> None:
        while self._waiting:
            batch, self._waiting = self._waiting, []
            try:
                results = await asyncio.to_thread(self._workorders.apply_webhook_calls, [c for c, _ in batch])
            except sqlite3.Error as exc:
                for _, done in batch:
                    done.set_exception(exc)
            else:
                for (_, done), result in zip(batch, results, strict=True):
                    if isinstance(result, sqlite3.Error):
                        done.set_exception(result)
                    else:
                        done.set_result(result)


class _ForegroundServer(uvicorn.Server):
    """uvicorn's server without its own signal handling, which re-raises Ctrl+C once stopped: here Ctrl+C is
    the normal way to stop (see `_on_signal`)."""

    @contextlib.contextmanager
    def capture_signals(self) -> Iterator[None]:
        yield


def _on_signal(loop: asyncio.AbstractEventLoop, sig: int, server: uvicorn.Server) -> bool:
    try:
        loop.add_signal_handler(sig, lambda: setattr(server, "should_exit", True))
    except (NotImplementedError, RuntimeError):  # Windows' loops have no signal handlers
        return False
    return True


async def _read_body(receive: Receive) -> bytes | None:
    """The request body, or None when it is over MAX_BODY (the rest is not read)."""
    chunks: list[bytes] = []
    size = 0
    while True:
        message = await receive()
        if message["type"] == "http.disconnect":
            return b"".join(chunks)
        chunk = message.get("body", b"")
        size += len(chunk)
        if size > MAX_BODY:
            return None
        chunks.append(chunk)
        if not message.get("more_body", False):
            return b"".join(chunks)


async def _answer(send: Send, status: int, body: dict[str, Any], **headers: str) -> None:
    content = json.dumps(body).encode()
    raw = [(b"content-type", b"application/json"), (b"content-length", str(len(content)).encode())]
    raw += [(k.encode(), v.encode()) for k, v in headers.items()]
    await send({"type": "http.response.start", "status": status, "headers": raw})
    await send({"type": "http.response.body", "body": content})
