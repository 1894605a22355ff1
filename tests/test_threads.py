"""`in_worker`: a task cancelled while its call runs in a worker ends only once the call has returned (the cache
it reads is closed right after a window's tasks end), and otherwise behaves as `asyncio.to_thread`."""

from __future__ import annotations

import asyncio
import threading

import pytest

from app.services.threads import in_worker


def test_a_cancel_waits_for_the_call() -> None:
    started, release = threading.Event(), threading.Event()
    returned: list[str] = []

    def read() -> str:
        started.set()
        release.wait(5)
        returned.append("read")
        return "rows"

    async def cancel_while_running() -> bool:
        task = asyncio.ensure_future(in_worker(read))
        while not started.is_set():
            await asyncio.sleep(0.005)
        task.cancel()
        await asyncio.sleep(0.05)
        ended_early = task.done()
        release.set()
        with pytest.raises(asyncio.CancelledError):
            await task
        return ended_early

    assert asyncio.run(cancel_while_running()) is False
    assert returned == ["read"]


def test_it_returns_and_raises_as_the_call_does() -> None:
    def fails() -> None:
        raise ValueError("no such table")

    assert asyncio.run(in_worker(lambda: 42)) == 42
    with pytest.raises(ValueError, match="no such table"):
        asyncio.run(in_worker(fails))


def test_a_call_failing_after_the_cancel_is_not_reported_unretrieved(caplog: pytest.LogCaptureFixture) -> None:
    """The window is closing: what the read raised then is nobody's to handle, and asyncio must not log it."""
    release = threading.Event()

    def read() -> None:
        release.wait(5)
        raise RuntimeError("Cannot operate on a closed database.")

    async def cancel_then_fail() -> None:
        task = asyncio.ensure_future(in_worker(read))
        await asyncio.sleep(0.02)
        task.cancel()
        release.set()
        with pytest.raises(asyncio.CancelledError):
            await task

    asyncio.run(cancel_then_fail())
    import gc

    gc.collect()
    assert "never retrieved" not in caplog.text
