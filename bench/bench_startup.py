"""Cold start to a painted main window with 100,000 clients cached, as a ratio to a bare PySide6 window
started the same way in the same run (budget: 1.2x), and to the whole cache searchable (budget: 1.5x).

Each start is a fresh `python` process. The parent notes the time just before starting it; the child prints
the time when the first frame with content has been painted (for FieldDesk: the clients table showing rows),
then, for FieldDesk, types the name of the client sorted last into the filter and prints the time when the
table shows it (the whole cache searchable), and exits. Starts come in pairs, one of each back to back; the
figure is the median of the pairs' ratios.
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


def _exit_after_paint(ready: Callable[[], bool], then: Callable[[], None] = lambda: None) -> None:
    """Exit right after the first frame of the first window shown, if `ready()` holds when it paints.

    The probe is an event filter on that window alone, installed as it is shown (QWidget.show is wrapped).
    It touches nothing but the window and `ready()`: an application-wide filter, or looking widgets up with
    findChild, would wrap every widget and event of the window in Python and build the Python enums of
    their classes, which adds measuring cost to a window of many kinds of widgets and little to a bare one.
    """
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QWidget

    def report() -> None:
        print(f"painted {time.time():.6f}", flush=True)
        then()
        print(f"searchable {time.time():.6f}", flush=True)
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
    window = QMainWindow()
    window.setCentralWidget(QLabel("FieldDesk"))
    window.resize(1280, 800)
    window.show()
    app.exec()


def child_widgets(home: str, table_only: bool = False) -> None:
    """The clients window's widgets (toolbar, navigation, filter, a table over the same cache, the detail panel
    with its appliance table, the status bar) in plain PySide6 code, no FieldDesk module: what the window's own
    widgets cost Qt and PySide, the floor under FieldDesk's first frame. `table_only`: a window with nothing but
    that table, the floor of any window that shows the clients."""
    import sqlite3

    from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
    from PySide6.QtGui import QAction, QIcon
    from PySide6.QtWidgets import (
        QApplication,
        QHBoxLayout,
        QLabel,
        QLineEdit,
        QListWidget,
        QListWidgetItem,
        QMainWindow,
        QSplitter,
        QTableView,
        QToolBar,
        QVBoxLayout,
        QWidget,
    )

    icons = os.path.join(ROOT, "resources", "icons")

    class Rows(QAbstractTableModel):
        def __init__(self, headers: tuple[str, ...], rows: list[tuple[Any, ...]], count: int) -> None:
            super().__init__()
            self.headers, self.rows, self.count = headers, rows, count

        def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
            return self.count

        def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
            return len(self.headers)

        def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> Any:
            if role == 0 and index.row() < len(self.rows):
                return str(self.rows[index.row()][index.column()])
            return None

        def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
            return self.headers[section] if role == 0 and orientation == Qt.Orientation.Horizontal else None

    app = QApplication(sys.argv[:1])
    _exit_after_paint(lambda: True)
    db = sqlite3.connect(f"file:{home}/fielddesk.sqlite3?mode=ro", uri=True)
    count = db.execute("SELECT count(*) FROM client_rows").fetchone()[0]
    rows = db.execute("SELECT name, city, postal_code, phone, email, region, appliance_count FROM client_rows "
                      "ORDER BY name COLLATE NOCASE, local_id LIMIT 64").fetchall()
    window = QMainWindow()
    window.setWindowTitle("FieldDesk")
    if table_only:
        table = QTableView(window)
        table.verticalHeader().setVisible(False)
        table.setModel(Rows(("Name", "City", "Postal code", "Phone", "E-mail", "Region", "Appliances"), rows, count))
        window.setCentralWidget(table)
        window.resize(1280, 800)
        window.show()
        app.exec()
        return
    toolbar = QToolBar(window)
    toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
    for name, label in (("sync", "Sync"), ("new-client", "New client"), ("edit", "Edit client"),
                        ("settings", "Sync settings")):
        toolbar.addAction(QAction(QIcon(os.path.join(icons, f"{name}.svg")), label, window))
    window.addToolBar(toolbar)
    central = QWidget(window)
    layout = QHBoxLayout(central)
    nav = QListWidget(central)
    for name in ("clients", "appliances", "workorders", "technicians", "slots", "heatpumps", "outbox"):
        QListWidgetItem(QIcon(os.path.join(icons, f"{name}.svg")), name.title(), nav)
    nav.setFixedWidth(170)
    layout.addWidget(nav)
    pane = QWidget(central)
    column = QVBoxLayout(pane)
    top = QHBoxLayout()
    top.addWidget(QLineEdit(pane, placeholderText="Filter by name, city, postal code, phone, e-mail or address"))
    top.addWidget(QLabel(f"{count} of {count} clients", pane))
    column.addLayout(top)
    splitter = QSplitter(Qt.Orientation.Vertical, pane)
    table = QTableView(splitter)
    table.verticalHeader().setVisible(False)
    table.setAlternatingRowColors(True)
    table.setModel(Rows(("Name", "City", "Postal code", "Phone", "E-mail", "Region", "Appliances"), rows, count))
    table.selectRow(0)
    detail = QWidget(splitter)
    detail_layout = QHBoxLayout(detail)
    detail_layout.addWidget(QLabel(f"<b>{rows[0][0]}</b><br>{rows[0][2]} {rows[0][1]}<br>{rows[0][5]}<br><br>"
                                   f'Phone: <a href="tel:x">{rows[0][3]}</a><br>E-mail: {rows[0][4]}', detail))
    appliances = QTableView(detail)
    appliances.setModel(Rows(("Kind", "Name", "Region", "Make", "Year"), [("Heating", "Boiler", rows[0][5],
                                                                          "Remeha", 2016)], 1))
    detail_layout.addWidget(appliances)
    column.addWidget(splitter)
    layout.addWidget(pane, 1)
    window.setCentralWidget(central)
    for text in ("Sandbox: demo data", "0 pending", "0 rejected", "Never synced"):
        window.statusBar().addPermanentWidget(QLabel(text, window))
    window.resize(1280, 800)
    window.show()
    app.exec()


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
        def search_last() -> None:
            # As a user types the last client's name: the filter must find it (the whole cache searchable).
            pane = tables[-1].parent()
            while pane is not None and not hasattr(pane, "filter_edit"):
                pane = pane.parent()
            pane.filter_edit.setText(os.environ["BENCH_LAST_CLIENT"])
            ids = [tables[-1].model().index(r, 0).data() for r in range(tables[-1].model().rowCount())]
            if os.environ["BENCH_LAST_CLIENT"] not in ids:
                print(f"not found: {os.environ['BENCH_LAST_CLIENT']!r} in {ids[:5]}", file=sys.stderr, flush=True)
                os._exit(3)
            # The table repaints its viewport with itself. Not `viewport().repaint()`: handing Python a widget it has
            # not wrapped yet makes PySide find its class among every QtWidgets class not yet loaded (~17 ms, ~70
            # enums), a cost of the probe, not of the window.
            tables[-1].repaint()

        _exit_after_paint(lambda: bool(tables) and tables[-1].model() is not None
                          and tables[-1].model().rowCount() > 0, search_last)

    _when_imported("PySide6.QtWidgets", install_probe)
    main(["--home", home, "gui", "--pane", "clients"])


ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def _start(args: list[str]) -> tuple[float, float]:
    import subprocess
    from pathlib import Path

    if args[0] == "child-app":  # each child exits without closing the cache: start as after a clean close
        Path(args[1], "fielddesk.sqlite3.open").unlink(missing_ok=True)

    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHON_KEYRING_BACKEND": "keyring.backends.null.Keyring",
           "FIELDDESK_PROFILE": "sandbox"}
    started = time.time()
    done = subprocess.run([sys.executable, "-m", "bench.bench_startup", *args], capture_output=True, text=True,
                          cwd=ROOT, env=env, timeout=120, check=False)
    times = {line.split()[0]: float(line.split()[1]) - started for line in done.stdout.splitlines()
             if line.startswith(("painted ", "searchable "))}
    if "painted" in times:
        return times["painted"], times.get("searchable", times["painted"])
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
        home = build_cache(Path(os.environ.get("BENCH_HOME") or Path(tmp) / "home"), CLIENTS)  # BENCH_HOME: reuse
        import sqlite3

        with sqlite3.connect(home / "fielddesk.sqlite3") as db:
            os.environ["BENCH_LAST_CLIENT"] = db.execute(
                "SELECT name FROM clients ORDER BY name COLLATE NOCASE DESC, local_id DESC LIMIT 1").fetchone()[0]
        _start(["child-bare"])  # warm the OS file cache for both
        _start(["child-app", str(home)])
        bare, fielddesk, searchable, ratios, search_ratios, widget_ratios, table_ratios = [], [], [], [], [], [], []
        for run in range(RUNS):
            # Back to back, in turns first: each pair sees the same machine, and neither always goes first.
            if run % 2:
                app_start, bare_start = _start(["child-app", str(home)]), _start(["child-bare"])
            else:
                bare_start, app_start = _start(["child-bare"]), _start(["child-app", str(home)])
            bare.append(bare_start[0])
            fielddesk.append(app_start[0])
            searchable.append(app_start[1])
            ratios.append(app_start[0] / bare_start[0])
            search_ratios.append(app_start[1] / bare_start[0])
            if run % 4 == 0:  # the floor drifts little: a third start in every fourth pair is enough
                widget_ratios.append(_start(["child-widgets", str(home)])[0] / bare_start[0])
            elif run % 4 == 2:
                table_ratios.append(_start(["child-table", str(home)])[0] / bare_start[0])
    # The median of the pairs' ratios: this machine's speed drifts between runs by more than the difference
    # measured, and a ratio within a pair cancels most of that drift.
    ratio = statistics.median(ratios)
    search_ratio = statistics.median(search_ratios)
    report("cold_start_ratio", ratio, "x", "<= 1.2x", clients=CLIENTS, runs=RUNS,
           fielddesk_ms=round(statistics.median(fielddesk) * 1000), bare_ms=round(statistics.median(bare) * 1000),
           ratio_quartiles=[round(q, 2) for q in statistics.quantiles(ratios, n=4)[::2]])
    # Diagnostic, no budget: the same widgets in plain PySide6. What lies between it and cold_start_ratio is
    # FieldDesk's own code; what lies between it and 1.0 is Qt and PySide building and painting those widgets.
    report("widgets_only_ratio", statistics.median(widget_ratios), "x", "(floor, no budget)", clients=CLIENTS,
           runs=len(widget_ratios))
    # Diagnostic, no budget: a window with nothing but the table over the cache, in plain PySide6.
    report("table_only_ratio", statistics.median(table_ratios or [0.0]), "x", "(floor, no budget)", clients=CLIENTS,
           runs=len(table_ratios))
    report("searchable_ratio", search_ratio, "x", "<= 1.5x", clients=CLIENTS, runs=RUNS,
           searchable_ms=round(statistics.median(searchable) * 1000),
           ratio_quartiles=[round(q, 2) for q in statistics.quantiles(search_ratios, n=4)[::2]])
    return 0 if ratio <= 1.2 and search_ratio <= 1.5 else 1


if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1] == "child-bare":
        child_bare()
    elif len(sys.argv) > 2 and sys.argv[1] == "child-app":
        child_app(sys.argv[2])
    elif len(sys.argv) > 2 and sys.argv[1] == "child-widgets":
        child_widgets(sys.argv[2])
    elif len(sys.argv) > 2 and sys.argv[1] == "child-table":
        child_widgets(sys.argv[2], table_only=True)
    else:
        sys.exit(main())
