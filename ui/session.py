"""What runs once the window has painted its first frame: the one asyncio loop (qasync's QEventLoop) that drives
both Qt and httpx, the automatic sync, and the screenshot mode.

The window's `closed` signal (or the application's `aboutToQuit`) ends the main coroutine, which then closes
the FieldDesk (its HTTP clients and the cache).
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import signal
import socket
import sys
import threading
from collections.abc import Callable, Iterator
from pathlib import Path

import qasync
import shiboken6
from PySide6.QtCore import QSocketNotifier, Qt
from PySide6.QtWidgets import QApplication

from app.services.autosync import AutoSync
from app.services.fielddesk import FieldDesk
from ui.main_window import MainWindow

log = logging.getLogger(__name__)

SCREENSHOT_SIZE = (1280, 800)
#: How long closing the window waits for a running sync to wind down before the cache is closed.
CLOSE_GRACE_SECONDS = 5.0


@contextlib.contextmanager
def closing_on_signals(close: Callable[[], object]) -> Iterator[None]:
    """Ctrl+C in the terminal (SIGINT) and SIGTERM (logging out, `kill`) close the window as its close button does,
    so the shutdown is clean. Python runs a signal handler only when it next has control, and an idle Qt loop
    gives it none: the signal's byte on a wakeup socket wakes Qt, which hands control to Python."""
    if sys.platform == "win32" or threading.current_thread() is not threading.main_thread():
        yield  # no SIGTERM on Windows (Ctrl+C reaches a console program differently); handlers need the main thread
        return
    reader, writer = socket.socketpair()
    reader.setblocking(False)
    writer.setblocking(False)
    notifier = QSocketNotifier(reader.fileno(), QSocketNotifier.Type.Read)

    def drain() -> None:
        with contextlib.suppress(OSError):
            reader.recv(64)

    notifier.activated.connect(drain)
    previous_fd = signal.set_wakeup_fd(writer.fileno())
    previous = {number: signal.signal(number, lambda *_: close()) for number in (signal.SIGINT, signal.SIGTERM)}
    try:
        yield
    finally:
        for number, handler in previous.items():
            signal.signal(number, handler)
        signal.set_wakeup_fd(previous_fd)
        notifier.setEnabled(False)
        shiboken6.delete(notifier)
        reader.close()
        writer.close()


def run_session(app: QApplication, desk: FieldDesk, window: MainWindow, screenshot: Path | None) -> int:
    """Run the loop until the window closes (or the screenshot is saved); returns the exit status."""
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    quit_on_close = app.quitOnLastWindowClosed()
    try:
        with loop, closing_on_signals(window.close):
            main = loop.create_task(_main(app, desk, window, screenshot))
            # Something may quit Qt's loop under us (app.quit(), the session ending): `aboutToQuit`
            # has then told _main to finish, so run the loop again until it has closed the desk.
            for _attempt in range(3):
                try:
                    return loop.run_until_complete(main)
                except RuntimeError:
                    if main.done():
                        raise
                    log.info("Qt's event loop quit; finishing the shutdown")
            return 1
    finally:
        app.setQuitOnLastWindowClosed(quit_on_close)
        asyncio.set_event_loop(None)
        _release_loop(loop)


def _release_loop(loop: qasync.QEventLoop) -> None:
    """Destroy the closed loop's timer object now, on the GUI thread: closing only marks it stopped, and
    the garbage collector may otherwise destroy it from a worker thread (a Qt warning, or worse)."""
    timer = getattr(loop, "_timer", None)
    if timer is not None and shiboken6.isValid(timer):
        shiboken6.delete(timer)


async def _main(app: QApplication, desk: FieldDesk, window: MainWindow, screenshot: str | Path | None) -> int:
    closed = asyncio.Event()
    window.closed.connect(closed.set)
    app.aboutToQuit.connect(closed.set)
    app.setQuitOnLastWindowClosed(False)  # closing the window ends _main, which then stops the loop
    autosync: AutoSync | None = None
    try:
        if screenshot is not None:
            return await _screenshot(app, window, Path(screenshot))
        if not window.isVisible():  # closed while its first frame was painted
            return 0
        await window.finish_loading()
        if window.needs_first_sync():
            window.start_sync()
        autosync = AutoSync(desk)  # on the user's schedule, on reconnect, and when a retry is due
        window.autosync = autosync
        autosync.start()
        window.webhook.apply_preferences()  # the work-order webhook receiver, when the user turned it on
        await closed.wait()
        return 0
    finally:
        app.aboutToQuit.disconnect(closed.set)
        if autosync is not None:
            await autosync.stop()
        window.webhook.stop()
        running = window.pending_tasks()
        for task in running:
            task.cancel()
        if running:
            await asyncio.wait(running, timeout=CLOSE_GRACE_SECONDS)
        window.close()
        window.deleteLater()
        await desk.aclose()


async def _screenshot(app: QApplication, window: MainWindow, path: Path) -> int:
    window.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen)
    window.resize(*SCREENSHOT_SIZE)
    window.show()
    await window.finish_loading()
    if window.needs_first_sync():
        await window.run_sync()
    # Let Qt lay out and paint with the data in place (qasync runs Qt's events while we sleep).
    for _ in range(5):
        await asyncio.sleep(0.02)
        app.processEvents()
    pixmap = window.grab()
    saved = False
    with contextlib.suppress(OSError):
        path.parent.mkdir(parents=True, exist_ok=True)
    if not pixmap.isNull():
        saved = pixmap.save(str(path), "PNG")
    if not saved:
        print(f"fielddesk: cannot write the screenshot to {path}", file=sys.stderr)
        return 2
    log.info("screenshot of the %s pane saved to %s", window.current_pane(), path)
    return 0
