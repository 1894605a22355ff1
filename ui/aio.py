"""asyncio for the modules on the window's first-frame path (main window, panes).

They run coroutines only after the first frame, once `ui.session` has started the loop; asking for asyncio
here instead of importing it at their top keeps its import (~40 ms, with ssl, sockets and futures) out of
the first frame. Everything loaded after the first frame imports asyncio normally.
"""

from __future__ import annotations

from types import ModuleType


def aio() -> ModuleType:
    import asyncio

    return asyncio
