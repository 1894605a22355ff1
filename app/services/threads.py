"""Reading the cache in a worker thread without being closed under.

`asyncio.to_thread` lets a cancelled task end at once while its worker goes on; when the cancel comes from the
window closing, FieldDesk then closes the cache under that worker's read. `in_worker` ends a cancelled task only
once its call has returned (a read takes milliseconds). A transaction needs none of this: closing waits for it.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from typing import TypeVar

T = TypeVar("T")


async def in_worker(call: Callable[[], T]) -> T:
    """`call()` in a worker thread, as `asyncio.to_thread`; a cancel waits for it to return, then propagates."""
    running = asyncio.get_running_loop().run_in_executor(None, call)
    try:
        return await asyncio.shield(running)
    except asyncio.CancelledError:
        await asyncio.wait([running])
        if not running.cancelled():
            running.exception()  # taken: what the call raised after the cancel is no one's to handle or log
        raise
