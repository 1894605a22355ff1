"""The window's first frame is built without PySide's enums of Qt's `Qt` namespace (see ui.qtconstants).

PySide builds all 93 of them the first time any is touched: about 30 ms, a sixth of a bare window's
start-up, which the start-up budget (bench/bench_startup.py) cannot afford. This runs the benchmark's
child, a fresh process that opens the window on a real cache and reports once the clients table has
painted with rows.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from bench.cache import build_cache

ROOT = Path(__file__).resolve().parents[2]


def test_the_first_frame_paints_without_the_qt_namespace_enums(tmp_path: Path) -> None:
    home = build_cache(tmp_path / "home", 300)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHON_KEYRING_BACKEND": "keyring.backends.null.Keyring",
           "FIELDDESK_PROFILE": "sandbox", "BENCH_TRACE_QT_ENUMS": "1"}
    done = subprocess.run([sys.executable, "-m", "bench.bench_startup", "child-app", str(home)], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=120, check=False)
    painted = [line for line in done.stdout.splitlines() if line.startswith("painted ")]
    assert painted, f"the window never painted (exit {done.returncode}): {done.stderr[-3000:]}"
    assert painted[0].endswith("qt-enums-built=False"), done.stderr[-6000:]


def test_with_them_built_the_probe_says_so(tmp_path: Path) -> None:
    """The probe itself can fail: the bare window, told to touch one Qt enum, reports them built."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "BENCH_BARE_TOUCH_QT": "1"}
    done = subprocess.run([sys.executable, "-m", "bench.bench_startup", "child-bare"], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=120, check=False)
    assert "qt-enums-built=True" in done.stdout, done.stderr[-3000:]


SCAN_PROBE = """
import sys
import app.cli
from ui.pyside_scan import skip_source_scan
filed = skip_source_scan()
import shibokensupport.feature as feature
scanned = []
scan = feature._mod_uses_pyside
feature._mod_uses_pyside = lambda module: (scanned.append(module.__name__), scan(module))[1]
import ui.app
print(filed, ",".join(name for name in scanned if name.split(".")[0] in ("app", "ui")) or "-")
"""


def test_pyside_reads_no_fielddesk_source_while_the_window_loads() -> None:
    """ui.pyside_scan files FieldDesk's modules in PySide's table, so its import hook does not read their
    source (see there); this fails if a PySide upgrade moved the table or the hook's check."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run([sys.executable, "-c", SCAN_PROBE], cwd=ROOT, env=env, capture_output=True, text=True,
                          timeout=120, check=False)
    assert done.returncode == 0, done.stderr[-3000:]
    filed, scanned = done.stdout.split()
    assert int(filed) > 20
    assert scanned == "-", f"PySide read the source of {scanned}"
