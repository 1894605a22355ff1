"""The window as the user left it, kept between sessions: its size and place (maximised or not), the pane shown, and
in each pane what the user arranged (column widths and sort order of its tables, the sizes of its splitters).

Kept in `window.ini` beside config.toml (QSettings, INI format), read once at start and written when the window
closes. A pane says what it keeps with `arrangement()`: its tables and splitters by name. A missing, damaged or
foreign file, or one from a build whose panes had other columns, restores nothing it cannot use: the window opens as
on a first start for that part, and the file is written anew at the next close."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings
from PySide6.QtWidgets import QMainWindow, QSplitter, QWidget

log = logging.getLogger(__name__)


class WindowState:
    def __init__(self, path: Path) -> None:
        self.path = path
        self._settings = QSettings(str(path), QSettings.Format.IniFormat)

    def _bytes(self, key: str) -> QByteArray | None:
        value = self._settings.value(key)
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    def last_pane(self, panes: tuple[str, ...]) -> str | None:
        """The pane shown when the window last closed, if it is one of `panes`."""
        value = self._settings.value("window/pane")
        return value if isinstance(value, str) and value in panes else None

    def restore_window(self, window: QMainWindow) -> None:
        """Size, place and maximised state, before the window is shown (Qt keeps it on a screen there is now)."""
        geometry = self._bytes("window/geometry")
        if geometry is not None:
            window.restoreGeometry(geometry)

    def restore_pane(self, name: str, pane: QWidget) -> None:
        """A pane's arrangement, as it is built."""
        parts = pane.arrangement() if hasattr(pane, "arrangement") else {}
        for part, widget in parts.items():
            saved = self._bytes(f"panes/{name}/{part}")
            if saved is None:
                continue
            if isinstance(widget, QSplitter):
                widget.restoreState(saved)
                continue
            # Saved by a build whose table had other columns: its widths would land on the wrong ones (Qt restores
            # them whatever the count), so the table keeps its own.
            model = widget.model()
            if model is None or self._settings.value(f"panes/{name}/{part}-columns") != str(model.columnCount()):
                continue
            widget.horizontalHeader().restoreState(saved)  # its sort indicator sorts the view, as a click would
            widget.setProperty("arranged", True)  # the user's widths: not fitted again at first show

    def save(self, window: QMainWindow, pane: str, panes: dict[str, QWidget]) -> None:
        """Everything above, as it is now; `panes`: the panes built this session (the others keep what was saved)."""
        values: dict[str, object] = {"window/geometry": window.saveGeometry(), "window/pane": pane}
        for name, built in panes.items():
            parts = built.arrangement() if hasattr(built, "arrangement") else {}
            for part, widget in parts.items():
                if isinstance(widget, QSplitter):
                    values[f"panes/{name}/{part}"] = widget.saveState()
                elif widget.model() is not None:
                    values[f"panes/{name}/{part}"] = widget.horizontalHeader().saveState()
                    values[f"panes/{name}/{part}-columns"] = str(widget.model().columnCount())
        settings = self._settings
        for key, value in values.items():
            settings.setValue(key, value)
        settings.sync()
        status = settings.status()
        if status == QSettings.Status.FormatError:  # the file held lines it could not read: written anew without them
            log.info("%s held lines that are no settings; written anew", self.path)
        elif status != QSettings.Status.NoError:
            log.warning("could not save the window's arrangement to %s (%s)", self.path, status.name)
