"""Keeping PySide from reading the source of every module the window imports.

Once PySide6 is imported, its import hook (`__feature_import__`, for the opt-in `from __feature__ import
snake_case` syntax) reads the whole source of each module the first time an import statement names it,
to see whether it mentions "PySide6" — stdlib and FieldDesk modules alike, imported before or after.
FieldDesk uses no `__feature__`, and those reads cost ~10 ms of the window's start-up (bench/bench_startup.py).
`skip_source_scan()` files the answers in the hook's table up front, so the hook finds them there.

The table is PySide's (`shibokensupport.feature.pyside_feature_dict`: module name -> 0 uses PySide without
features, -1 does not use PySide). If a PySide version lacks it, nothing is filed and start-up is only
slower; `tests/ui/test_first_frame.py` would show that the scan is back.
"""

from __future__ import annotations

import os
import sys

#: Modules whose feature settings PySide manages itself.
_PYSIDE_OWN = ("PySide6", "shiboken6", "shibokensupport", "__feature__", "signature_bootstrap")


def skip_source_scan() -> int:
    """Import PySide6, then file every module imported so far and every module of the `ui` package as not
    using `__feature__`. Returns how many names were filed."""
    import PySide6.QtCore  # noqa: F401 - installs the hook and its table

    table = getattr(sys.modules.get("shibokensupport.feature"), "pyside_feature_dict", None)
    if not isinstance(table, dict):
        return 0
    before = len(table)
    for name in list(sys.modules):
        if not name.startswith(_PYSIDE_OWN):
            table.setdefault(name, 0 if name == "ui" or name.startswith("ui.") else -1)
    # The window's own modules, most not imported yet (FieldDesk's app/ modules it needs are, by now).
    package = os.path.dirname(os.path.abspath(__file__))
    for folder, _dirs, files in os.walk(package):
        relative = os.path.relpath(folder, package)
        prefix = "ui" if relative == os.curdir else "ui." + relative.replace(os.sep, ".")
        for file in files:
            if file.endswith(".py"):
                table.setdefault(prefix if file == "__init__.py" else f"{prefix}.{file[:-3]}", 0)
    return len(table) - before
