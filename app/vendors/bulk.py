"""Bulk decoding of vendor answers: pause Python's cyclic garbage collector around it, free it gradually.

Building or saving tens of thousands of records (plain dicts and models, no reference cycles) triggers
full collections that walk every object and find nothing. Each one holds the GIL for up to a few hundred
milliseconds, which freezes the UI thread even when the bulk work runs in a worker.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

_lock = threading.Lock()
_depth = 0
_was_enabled = True


@contextmanager
def gc_paused() -> Iterator[None]:
    """Nestable and thread-safe: the collector runs again when the last pause ends."""
    global _depth, _was_enabled
    with _lock:
        if _depth == 0:
            _was_enabled = gc.isenabled()
            gc.disable()
        _depth += 1
    try:
        yield
    finally:
        with _lock:
            _depth -= 1
            if _depth == 0 and _was_enabled:
                gc.enable()


def release_gradually(container: object) -> None:
    """Empty a large list (or the lists directly inside a dict) one item at a time.

    Dropping a list of 10,000 nested records frees them all inside one C call that holds the GIL for tens
    of milliseconds; popping them one by one lets other threads (the UI) run in between.
    """
    lists = [container] if isinstance(container, list) else (
        [v for v in container.values() if isinstance(v, list)] if isinstance(container, dict) else [])
    for items in lists:
        while items:
            items.pop()
