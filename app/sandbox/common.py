"""What the simulators share: added latency, and an atomically saved JSON state file."""

from __future__ import annotations

import asyncio
import json
import os
import tempfile
from pathlib import Path
from typing import Any

from starlette.types import ASGIApp, Message, Receive, Scope, Send


class Latency:
    """Waits `app.state.latency` seconds before each HTTP answer goes out; tests may change it while serving.

    The wait comes after the answer is made, as on a real network (the way back), so that one answer's making
    overlaps other answers' waits: a real API has workers in parallel, this simulator one event loop."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        delay = float(getattr(scope["app"].state, "latency", 0.0) or 0.0)
        if delay <= 0:
            await self.app(scope, receive, send)
            return

        async def delayed(message: Message) -> None:
            if message["type"] == "http.response.start":
                await asyncio.sleep(delay)
            await send(message)

        await self.app(scope, receive, delayed)


def load_state(path: Path | None, kind: str) -> dict[str, Any] | None:
    """The saved state, None when there is none yet; ValueError when the file is not this simulator's."""
    if path is None or not path.exists():
        return None
    document = json.loads(path.read_text(encoding="utf-8"))
    if not isinstance(document, dict) or document.get("format") != kind:
        raise ValueError(f"{path} is not a {kind} state file")
    return document


def save_state(path: Path | None, kind: str, document: dict[str, Any]) -> None:
    """Temp file, fsync, replace, fsync of the folder: a kill or a power cut never leaves half a state file, and
    the rename itself is on disk."""
    if path is None:
        return
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(prefix=path.name + ".", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            json.dump({"format": kind, **document}, handle, ensure_ascii=False, separators=(",", ":"))
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp_name, path)
    except BaseException:
        Path(tmp_name).unlink(missing_ok=True)
        raise
    _fsync_folder(path.parent)


def _fsync_folder(folder: Path) -> None:
    if os.name == "nt":  # not possible (nor needed) on Windows
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
