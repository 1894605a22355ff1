"""Starting the window: QApplication, translations, logging, the crash handler, the first frame.

The window paints its first frame from the cache before the rest of the application is imported; then
`ui.session` runs the one asyncio loop (qasync) that drives Qt and httpx until the window closes.
"""

from __future__ import annotations

import contextlib
import logging
import sys
from collections.abc import Iterator
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEventLoop, QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication, QLabel

from app.services.fielddesk import FieldDesk
from app.services.startup import (
    ConfigError,
    DamagedCacheError,
    HomeError,
    StoreError,
    cache_work,
    resolve_paths,
    setup_logging,
)
from ui import errors
from ui.main_window import PANES, MainWindow
from ui.resources import icon, translations_dir
from ui.window_state import WindowState

# What only a failed start needs (QMessageBox, moving a damaged cache aside) is imported where it is used:
# a normal start paints without it.

log = logging.getLogger(__name__)

#: At most this long (ms) Qt may spend laying out and painting the first frame before the rest loads.
FIRST_FRAME_MS = 100


def application() -> QApplication:
    """The QApplication, created on first use with FieldDesk's names and icon."""
    app = QApplication.instance()
    if app is None:
        app = QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    QCoreApplication.setApplicationName("FieldDesk")
    QCoreApplication.setOrganizationName("FieldDesk")
    QCoreApplication.setOrganizationDomain("be.fielddesk")
    QApplication.setApplicationDisplayName("FieldDesk")
    QApplication.setDesktopFileName("be.fielddesk.FieldDesk")
    app.setWindowIcon(icon("fielddesk"))
    return app


def install_translators(app: QCoreApplication, locale: QLocale | None = None) -> list[QTranslator]:
    """FieldDesk's own translation and Qt's (dialog buttons etc.) for the locale; English needs none."""
    locale = locale or QLocale()
    installed: list[QTranslator] = []
    sources = ((translations_dir(), "fielddesk"),
               (Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)), "qtbase"))
    for folder, name in sources:
        translator = QTranslator(app)
        if translator.load(locale, name, "_", str(folder)):
            app.installTranslator(translator)
            installed.append(translator)
        else:
            translator.deleteLater()
    if installed:
        log.info("translations for %s: %s", locale.name(), ", ".join(t.filePath() for t in installed))
    return installed


@contextlib.contextmanager
def saying_what_takes_long(home: str | Path | None, *, shown: bool = True) -> Iterator[QLabel | None]:
    """While FieldDesk opens the cache: when that first checks it (the last session did not close it cleanly) or
    upgrades it (a copy, then the schema steps), which takes a while on a large cache, a small window says so,
    so that nobody takes the wait for a start that failed. It closes when the cache is open, or failed to open.
    `shown=False` (a screenshot): no window."""
    work = cache_work(home) if shown else None
    if work is None:
        yield None
        return
    if work == "check":
        text = QCoreApplication.translate("App", "FieldDesk did not close cleanly last time: it checks the cache "
                                                 "before it opens. A large cache can take a minute.")
    else:
        text = QCoreApplication.translate("App", "FieldDesk upgrades the cache for this version, after keeping a "
                                                 "copy of it. A large cache can take a minute.")
    notice = QLabel(text)
    notice.setWindowTitle("FieldDesk")
    notice.setWordWrap(True)
    notice.setMargin(24)
    notice.setFixedWidth(440)
    notice.show()
    # Painted now: the check or the upgrade holds this thread until it is done.
    QApplication.processEvents(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents, FIRST_FRAME_MS)
    try:
        yield notice
    finally:
        notice.close()
        notice.deleteLater()


def offer_new_cache(error: DamagedCacheError) -> Path | None:
    """The cache is damaged: offer to move it aside (it is kept) and start a new one. Returns where it was moved."""
    from PySide6.QtWidgets import QMessageBox

    from app.services import recovery

    # Its own words, not the error's: those name the command line's way out, this box offers it as a button.
    text = QCoreApplication.translate(
        "App", "The cache {file} is damaged ({problem}). Nothing in it was changed.\n\nFieldDesk can keep it under "
               "a new name and start with a new cache, which takes over the changes waiting to be sent and the "
               "unsaved forms still readable in it.").format(file=error.path, problem=error.problem)
    box = QMessageBox(QMessageBox.Icon.Critical, QCoreApplication.translate("App", "FieldDesk cannot start"), text)
    move = box.addButton(QCoreApplication.translate("App", "Move it aside and start a new cache"),
                         QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QMessageBox.StandardButton.Close)
    box.exec()
    if box.clickedButton() is not move:
        return None
    moved = recovery.move_aside(error.path)
    log.info("moved the damaged cache aside to %s", moved)
    return moved


def carry_over(moved: Path, desk: FieldDesk) -> None:
    """Into the new cache: the damaged one's queued writes and drafts. Says what came over, and what could not."""
    from PySide6.QtWidgets import QMessageBox

    from app.services import recovery

    carried = recovery.carry_over(moved, desk.store)
    log.info("from the damaged cache %s: %d writes queued again, %d unreadable, %d drafts kept (%s)", moved,
             carried.queued, carried.unreadable, carried.drafts, carried.problem or "read")
    said = [QCoreApplication.translate("App", "The damaged cache is kept as {file}. FieldDesk starts with a new cache "
                                              "and fills it at the next sync.").format(file=moved)]
    if carried.queued:
        said.append(QCoreApplication.translate("App", "Changes that were waiting in it, queued again: {count}.").format(
            count=carried.queued))
    if carried.drafts:
        said.append(QCoreApplication.translate("App", "Unsaved forms, kept: {count}.").format(count=carried.drafts))
    if carried.unreadable or carried.problem:
        said.append(QCoreApplication.translate(
            "App", "Some changes waiting in it could not be read ({problem}). The file is kept: 'fielddesk outbox "
                   "export --from {file}' may read them later.").format(
            problem=carried.problem or QCoreApplication.translate("App", "unreadable: {count}").format(
                count=carried.unreadable),
            file=moved))
    QMessageBox.information(None, QCoreApplication.translate("App", "A new cache"), "\n\n".join(said))


def run_gui(home: str | Path | None = None, profile: str | None = None, pane: str | None = None,
            screenshot: str | Path | None = None) -> int:
    """Open the window (or, with `screenshot`, render it to a PNG and exit). Returns the exit status.

    `pane`: the pane shown first; None, the one shown when the window last closed (clients at the first start). The
    window opens with the size, place and arrangement it had then; a screenshot uses neither and keeps nothing."""
    app = application()
    translators = install_translators(app)
    previous_hook = sys.excepthook
    try:
        try:
            paths = resolve_paths(home).ensure()
            setup_logging(paths.log_file)
            errors.LOG_FILE = paths.log_file
            sys.excepthook = errors.CrashHandler(previous_hook)
            with saying_what_takes_long(home, shown=screenshot is None):
                desk = FieldDesk.open(home, profile)
        except DamagedCacheError as exc:
            log.error("cannot open FieldDesk: %s", exc)
            print(f"fielddesk: {exc}", file=sys.stderr)
            moved = offer_new_cache(exc) if screenshot is None else None
            if moved is None:
                return 2
            desk = FieldDesk.open(home, profile)
            carry_over(moved, desk)
        except (ConfigError, StoreError, HomeError) as exc:
            log.error("cannot open FieldDesk: %s", exc)
            print(f"fielddesk: {exc}", file=sys.stderr)
            if screenshot is None:
                from PySide6.QtWidgets import QMessageBox

                QMessageBox.critical(None, QCoreApplication.translate("App", "FieldDesk cannot start"), str(exc))
            return 2
        state = WindowState(paths.window_file) if screenshot is None else None
        first = pane or (state.last_pane(PANES) if state is not None else None) or "clients"
        window = MainWindow(desk, pane=first, window_state=state)
        if screenshot is None:
            window.show()
            # Paint the first frame now, before the rest of the application loads: Qt's pending layout and
            # paint events run here; user input waits for the event loop.
            app.processEvents(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents, FIRST_FRAME_MS)
        # The one import boundary of the window: asyncio, qasync, the sync engine and the vendors load now.
        from ui.session import run_session

        return run_session(app, desk, window, Path(screenshot) if screenshot is not None else None)
    finally:
        sys.excepthook = previous_hook
        for translator in translators:
            app.removeTranslator(translator)
