"""Cold start to a painted main window with 100,000 clients cached, as a ratio to a bare PySide6 window
started the same way in the same run (budget: 1.5x).

Each start is a fresh `python` process. The parent notes the time just before starting it; the child prints
the time when the first frame with content has been painted (for FieldDesk: the clients table showing rows)
and exits at once. Medians of several starts of each, alternating, so both see the same machine.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

CLIENTS = int(os.environ.get("BENCH_CLIENTS", "100000"))
RUNS = int(os.environ.get("BENCH_STARTUP_RUNS", "5"))


def _exit_after_paint(widget_ready: object) -> None:
    """Install an application event filter that exits right after the first paint `widget_ready` accepts."""
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication

    class PaintWatch(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint and widget_ready(watched):  # type: ignore[operator]
                # The paint event is delivered after this filter returns; report once it is done.
                QTimer.singleShot(0, lambda: (print(f"painted {time.time():.6f}", flush=True), os._exit(0)))
            return False

    app = QApplication.instance()
    assert app is not None
    app._bench_watch = PaintWatch()  # type: ignore[attr-defined]
    app.installEventFilter(app._bench_watch)  # type: ignore[attr-defined]


def child_bare() -> None:
    from PySide6.QtWidgets import QApplication, QLabel, QMainWindow

    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.setCentralWidget(QLabel("FieldDesk"))
    _exit_after_paint(lambda watched: watched is window)
    window.resize(1280, 800)
    window.show()
    app.exec()


def child_app(home: str) -> None:
    from PySide6.QtWidgets import QAbstractItemView, QApplication

    QApplication(sys.argv[:1])

    def ready(watched: object) -> bool:
        view = getattr(watched, "parent", lambda: None)()
        return (isinstance(view, QAbstractItemView) and view.objectName() == "clients-table"
                and view.model() is not None and view.model().rowCount() > 0)

    _exit_after_paint(ready)
    from app.cli import main

    main(["--home", home, "gui", "--pane", "clients"])


ROOT = Path(__file__).resolve().parent.parent


def _start(args: list[str]) -> float:
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
    # Imported here, not at the top: the children must load nothing but what they measure.
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
        bare, fielddesk = [], []
        for _ in range(RUNS):
            bare.append(_start(["child-bare"]))
            fielddesk.append(_start(["child-app", str(home)]))
    ratio = statistics.median(fielddesk) / statistics.median(bare)
    report("cold_start_ratio", ratio, "x", "<= 1.5x", clients=CLIENTS,
           fielddesk_ms=round(statistics.median(fielddesk) * 1000), bare_ms=round(statistics.median(bare) * 1000))
    return 0 if ratio <= 1.5 else 1


if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1] == "child-bare":
        child_bare()
    elif len(sys.argv) > 2 and sys.argv[1] == "child-app":
        child_app(sys.argv[2])
    else:
        sys.exit(main())
