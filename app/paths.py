"""Where FieldDesk keeps its files. One place decides; everything else asks here.

Order: `--home DIR`, else `FIELDDESK_HOME`, else platformdirs' per-user folders.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import NamedTuple

APP_NAME = "FieldDesk"


class HomeError(Exception):
    """A FieldDesk folder cannot be made or used (a file in its place, no permission); the message names it."""


class Paths(NamedTuple):
    """The folders FieldDesk writes to (immutable)."""

    config_dir: Path
    data_dir: Path
    cache_dir: Path
    log_dir: Path

    @property
    def config_file(self) -> Path:
        return self.config_dir / "config.toml"

    @property
    def database(self) -> Path:
        return self.data_dir / "fielddesk.sqlite3"

    @property
    def downloads(self) -> Path:
        return self.data_dir / "downloads"

    @property
    def sandbox_dir(self) -> Path:
        return self.data_dir / "sandbox"

    @property
    def log_file(self) -> Path:
        return self.log_dir / "fielddesk.log"

    @property
    def window_file(self) -> Path:
        """Where the window keeps its size, place and arrangement between sessions (ui.window_state)."""
        return self.config_dir / "window.ini"

    def ensure(self) -> Paths:
        """Make the folders; HomeError names the one that cannot be made or written."""
        for folder in (self.config_dir, self.data_dir, self.cache_dir, self.log_dir):
            try:
                folder.mkdir(parents=True, exist_ok=True)
            except FileExistsError as exc:
                raise HomeError(f"{folder}: a file is in the way of FieldDesk's folder; choose another --home "
                                "or FIELDDESK_HOME, or move that file") from exc
            except OSError as exc:
                raise HomeError(f"{folder}: cannot make FieldDesk's folder ({exc.strerror or exc}); choose "
                                "another --home or FIELDDESK_HOME") from exc
            if not os.access(folder, os.W_OK | os.X_OK):
                raise HomeError(f"{folder}: FieldDesk cannot write in this folder; check its permissions or "
                                "choose another --home")
        return self


def resolve_paths(home: str | os.PathLike[str] | None = None) -> Paths:
    chosen = home if home is not None else os.environ.get("FIELDDESK_HOME") or None
    if chosen is not None:
        root = Path(chosen).expanduser().resolve()
        return Paths(config_dir=root, data_dir=root, cache_dir=root / "cache", log_dir=root / "logs")
    import platformdirs  # only for the per-user folders: a chosen home does without it

    return Paths(
        config_dir=Path(platformdirs.user_config_dir(APP_NAME, appauthor=False)),
        data_dir=Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)),
        cache_dir=Path(platformdirs.user_cache_dir(APP_NAME, appauthor=False)),
        log_dir=Path(platformdirs.user_log_dir(APP_NAME, appauthor=False)),
    )
