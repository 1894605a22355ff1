"""Cold start to a painted main window with 100,000 clients cached, as a ratio to a bare PySide6 window
started the same way in the same run (budget: 1.5x).

Each start is a fresh `python` process. The parent notes the time just before starting it; the child prints
the time when the first frame with content has been painted (for FieldDesk: the clients table showing rows)
and exits at once. Starts come in pairs, one of each back to back; the figure is the median of the pairs'
ratios.
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Callable
from typing import Any

# Only what the children need is imported at the top: each child must load nothing but what it measures.

CLIENTS = int(os.environ.get("BENCH_CLIENTS", "100000"))
RUNS = int(os.environ.get("BENCH_STARTUP_RUNS", "21"))


def _exit_after_paint(ready: Callable[[], bool]) -> None:
    """Exit right after the first frame of the first window shown, if `ready()` holds when it paints.

    The probe is an event filter on that window alone, installed as it is shown (QWidget.show is wrapped).
    It touches nothing but the window and `ready()`: an application-wide filter, or looking widgets up with
    findChild, would wrap every widget and event of the window in Python and build the Python enums of
    their classes, which adds measuring cost to a window of many kinds of widgets and little to a bare one.
    """
    from PySide6 import QtCore
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QWidget

    def report() -> None:
        # Whether PySide built the enums of Qt's `Qt` namespace before the first frame (see ui.qtconstants).
        print(f"painted {time.time():.6f} qt-enums-built={'Qt' in vars(QtCore)}", flush=True)
        os._exit(0)

    class PaintWatch(QObject):
        def eventFilter(self, _watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint and ready():
                # The window paints first, then its children, all in this one pass: report when it is over.
                QTimer.singleShot(0, report)
            return False

    original_show = QWidget.show
    watched: list[QWidget] = []

    def show(widget: QWidget) -> None:
        if not watched and widget.isWindow():
            watched.append(widget)
            widget.installEventFilter(PaintWatch(widget))
        original_show(widget)

    QWidget.show = show  # type: ignore[method-assign]


def child_bare() -> None:
    from PySide6.QtWidgets import QApplication, QLabel, QMainWindow

    app = QApplication(sys.argv[:1])
    _exit_after_paint(lambda: True)
    if os.environ.get("BENCH_BARE_TOUCH_QT"):  # for tests/ui/test_first_frame.py: the probe can say True
        from PySide6.QtCore import Qt

        assert Qt.AlignmentFlag.AlignLeft
    window = QMainWindow()
    window.setCentralWidget(QLabel("FieldDesk"))
    window.resize(1280, 800)
    window.show()
    app.exec()


def _trace_qt_enums() -> None:
    """Print where the `Qt` namespace's enums get built (they are built all at once, GlobalColor first)."""
    import enum
    import traceback

    create: Any = getattr(enum.EnumType, "_create_")  # noqa: B009 - private, so not in the stubs

    def traced(cls: Any, class_name: str, *args: Any, **kwargs: Any) -> Any:
        if class_name == "GlobalColor":
            print("the Qt namespace's enums are built here:\n" + "".join(traceback.format_stack()), file=sys.stderr)
        return create(cls, class_name, *args, **kwargs)

    setattr(enum.EnumType, "_create_", traced)  # noqa: B010


def _when_imported(name: str, then: Callable[[], None]) -> None:
    """Call `then()` right after module `name` is first imported, by whoever imports it."""
    import importlib.abc
    import importlib.util

    class Watch(importlib.abc.MetaPathFinder):
        def find_spec(self, fullname: str, path: Any, target: Any = None) -> Any:
            if fullname != name:
                return None
            sys.meta_path.remove(self)
            spec = importlib.util.find_spec(fullname)
            loader: Any = spec.loader if spec is not None else None
            if loader is not None:
                run_module = loader.exec_module

                def exec_module(module: Any) -> None:
                    run_module(module)
                    then()

                loader.exec_module = exec_module
            return spec

    sys.meta_path.insert(0, Watch())


def child_app(home: str) -> None:
    if os.environ.get("BENCH_TRACE_QT_ENUMS"):
        _trace_qt_enums()
    # As the `fielddesk` console script starts: app.cli, then main(), which imports Qt and makes the
    # QApplication when it opens the window. The probe goes in as soon as the app has imported QtWidgets.
    from app.cli import main

    tables: list[Any] = []  # the clients table, noted when the pane names it (see _exit_after_paint)

    def install_probe() -> None:
        from PySide6.QtCore import QObject

        set_object_name = QObject.setObjectName

        def note_name(obj: Any, name: str) -> None:
            set_object_name(obj, name)
            if name == "clients-table":
                tables.append(obj)

        QObject.setObjectName = note_name  # type: ignore[method-assign]
        _exit_after_paint(lambda: bool(tables) and tables[-1].model() is not None
                          and tables[-1].model().rowCount() > 0)

    _when_imported("PySide6.QtWidgets", install_probe)
    main(["--home", home, "gui", "--pane", "clients"])


ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def _start(args: list[str]) -> float:
    import subprocess

    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHON_KEYRING_BACKEND": "keyring.backends.null.Keyring",
           "FIELDDESK_PROFILE": "sandbox"}
    started = time.time()
    done = subprocess.run([sys.executable, "-m", "bench.bench_startup", *args], capture_output=True, text=True,
                          cwd=ROOT, env=env, timeout=120, check=False)
    for line in done.stdout.splitlines():
        if line.startswith("painted "):
            return float(line.split()[1]) - started
    raise RuntimeError(f"{args[0]} never painted (exit {done.returncode}): {done.stderr[-2000:]}")


def main() -> int:
    import statistics
    import subprocess
    import tempfile
    from pathlib import Path

    from bench.cache import build_cache
    from bench.common import report

    # An installed app starts from byte-compiled modules (pip compiles them; so does scripts/setup.sh), even
    # where PYTHONDONTWRITEBYTECODE keeps Python from writing them on the fly: measure that start.
    subprocess.run([sys.executable, "-m", "compileall", "-q", "app", "ui"], cwd=ROOT, check=True,
                   stdout=subprocess.DEVNULL)
    with tempfile.TemporaryDirectory() as tmp:
        home = build_cache(Path(tmp) / "home", CLIENTS)
        _start(["child-bare"])  # warm the OS file cache for both
        _start(["child-app", str(home)])
        bare, fielddesk, ratios = [], [], []
        for run in range(RUNS):
            # Back to back, in turns first: each pair sees the same machine, and neither always goes first.
            if run % 2:
                app_start, bare_start = _start(["child-app", str(home)]), _start(["child-bare"])
            else:
                bare_start, app_start = _start(["child-bare"]), _start(["child-app", str(home)])
            bare.append(bare_start)
            fielddesk.append(app_start)
            ratios.append(app_start / bare_start)
    # The median of the pairs' ratios: this machine's speed drifts between runs by more than the difference
    # measured, and a ratio within a pair cancels most of that drift.
    ratio = statistics.median(ratios)
    report("cold_start_ratio", ratio, "x", "<= 1.5x", clients=CLIENTS, runs=RUNS,
           fielddesk_ms=round(statistics.median(fielddesk) * 1000), bare_ms=round(statistics.median(bare) * 1000),
           ratio_quartiles=[round(q, 2) for q in statistics.quantiles(ratios, n=4)[::2]])
    return 0 if ratio <= 1.5 else 1


if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1] == "child-bare":
        child_bare()
    elif len(sys.argv) > 2 and sys.argv[1] == "child-app":
        child_app(sys.argv[2])
    else:
        sys.exit(main())
