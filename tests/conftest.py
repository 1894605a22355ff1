"""Shared test set-up: no display, no real keyring, a fresh FieldDesk home per test.

`qloop` is a qasync loop on the test's QApplication; a FieldDesk's HTTP clients are bound to the loop
they first run on, so `desk` and `empty_desk` are opened, synced and closed on that same loop.
"""

from __future__ import annotations

import asyncio
import gc
import os
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest
from hypothesis import settings

# CI draws the same examples on every run: a red build is the code's, and reproducible. Elsewhere each run draws new
# ones (and a long hunt raises their number: FIELDDESK_CLI_EXAMPLES and the like), so new faults are still found.
settings.register_profile("ci", derandomize=True)
if os.environ.get("FIELDDESK_CI"):
    settings.load_profile("ci")

# A test fails when it logs a warning or worse that it does not declare with @pytest.mark.allow_log;
# pytester runs that rule on example tests (tests/test_logfail.py).
pytest_plugins = ["tests.logfail", "pytester"]

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Tests never touch the user's keyring: the null backend keeps nothing and reads nothing.
os.environ["PYTHON_KEYRING_BACKEND"] = "keyring.backends.null.Keyring"

if TYPE_CHECKING:
    from qasync import QEventLoop

    from app.services.fielddesk import FieldDesk


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """An empty FieldDesk home in the sandbox profile (FIELDDESK_HOME points at it)."""
    monkeypatch.setenv("FIELDDESK_HOME", str(tmp_path))
    monkeypatch.setenv("FIELDDESK_PROFILE", "sandbox")
    for name in list(os.environ):
        if name.startswith("FIELDDESK_") and name not in ("FIELDDESK_HOME", "FIELDDESK_PROFILE"):
            monkeypatch.delenv(name)
    return tmp_path


@pytest.fixture
def qloop(qapp: Any) -> Iterator[QEventLoop]:
    """A qasync event loop on the test's QApplication, closed (and its leftover tasks awaited) after."""
    from qasync import QEventLoop

    loop = QEventLoop(qapp)
    asyncio.set_event_loop(loop)
    try:
        yield loop
    finally:
        leftover = [t for t in asyncio.all_tasks(loop) if not t.done()]
        for task in leftover:
            task.cancel()
        if leftover:
            loop.run_until_complete(asyncio.gather(*leftover, return_exceptions=True))
        loop.run_until_complete(loop.shutdown_asyncgens())
        loop.close()
        asyncio.set_event_loop(None)
        release_qt_loop(loop)


def release_qt_loop(loop: Any) -> None:
    """Destroy a closed qasync loop's timer object here, on the GUI thread.

    Closing only marks the timer stopped; its pending timers stay registered. Left to the garbage
    collector, which may run in a worker thread, Qt warns "Timers cannot be stopped from another thread".
    """
    import shiboken6

    timer = getattr(loop, "_timer", None)
    if timer is not None and shiboken6.isValid(timer):
        shiboken6.delete(timer)
    gc.collect()


@pytest.fixture
def empty_desk(home: Path, qloop: QEventLoop) -> Iterator[FieldDesk]:
    """A sandbox FieldDesk with nothing cached yet."""
    from app.services.fielddesk import FieldDesk

    desk = FieldDesk.open(home, "sandbox")
    try:
        yield desk
    finally:
        qloop.run_until_complete(desk.aclose())


@pytest.fixture
def desk(empty_desk: FieldDesk, qloop: QEventLoop) -> FieldDesk:
    """A sandbox FieldDesk synced once: the demo clients and appliances are cached."""
    reports = qloop.run_until_complete(empty_desk.sync())
    assert all(r.error is None for r in reports), reports
    return empty_desk
