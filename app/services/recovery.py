"""Looking after the cache file. Recovering from a damaged cache: export its queued writes (read-only), move it aside
so a new cache starts, and queue the exported writes into the new one, without opening the damaged cache as a
FieldDesk. Compacting a healthy one."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any, NamedTuple

from app.paths import resolve_paths
from app.store import recovery
from app.store.db import Compaction, Store, StoreError
from app.vendors.registry import VENDORS
from app.vendors.values import is_text

_TEXT_FIELDS = ("vendor", "operation", "record_key", "idempotency_key", "summary")


class RecoveryInputError(ValueError):
    """An exported-writes file that is not one; the message names the entry and field."""


def cache_file(home: str | None) -> Path:
    return resolve_paths(home).database


def export_outbox(path: Path) -> tuple[list[dict[str, Any]], int]:
    """The readable queued writes of the cache at `path` and how many could not be read (StoreError when none)."""
    return recovery.export_outbox(path)


def move_aside(path: Path) -> Path:
    return recovery.move_aside(path)


class CarriedOver(NamedTuple):
    """What a new cache took from a damaged one it replaced."""

    queued: int  # queued writes, queued again
    unreadable: int  # queued writes that could not be read
    drafts: int  # drafts of unsaved forms
    problem: str | None  # why no queued write could be read at all (None: they were)


def carry_over(damaged: Path, store: Store) -> CarriedOver:
    """Queue the damaged cache's readable writes again in the new `store`, and keep its drafts: what a user typed
    is never left behind in a file moved aside. The damaged file is only read."""
    problem = None
    try:
        entries, unreadable = export_outbox(damaged)
    except StoreError as exc:
        entries, unreadable, problem = [], 0, str(exc)
    usable = []
    for entry in entries:  # one by one: a row damage garbled is counted, the others go on
        try:
            usable += check_entries([entry], str(damaged))
        except RecoveryInputError:
            unreadable += 1
    queued, _already = import_entries(store, usable)
    kept = recovery.import_drafts(store, recovery.export_drafts(damaged))
    return CarriedOver(queued, unreadable, kept, problem)


def compact(store: Store) -> Compaction:
    """The cache's free pages given back to the disk (`Store.compact`)."""
    return store.compact()


def check_entries(entries: object, source: str) -> list[dict[str, Any]]:
    """Exported writes as `outbox export` prints them; RecoveryInputError naming what is wrong otherwise."""
    if not isinstance(entries, list):
        raise RecoveryInputError(f"{source}: must be a JSON list of queued writes (as 'outbox export' prints)")
    checked = []
    for index, entry in enumerate(entries):
        if not isinstance(entry, dict):
            raise RecoveryInputError(f"{source}: [{index}]: must be an object")
        for field in _TEXT_FIELDS:
            if not isinstance(entry.get(field), str) or not entry[field]:
                raise RecoveryInputError(f"{source}: [{index}].{field}: required text")
            if not is_text(entry[field]):
                raise RecoveryInputError(f"{source}: [{index}].{field}: contains characters that are not valid text")
        if entry["vendor"] not in VENDORS:
            raise RecoveryInputError(f"{source}: [{index}].vendor: unknown vendor {entry['vendor']!r}")
        if "payload" not in entry:
            raise RecoveryInputError(f"{source}: [{index}].payload: required")
        for field in ("payload", "base", "summary_template"):
            if not _storable(entry.get(field)):
                raise RecoveryInputError(f"{source}: [{index}].{field}: contains text that is not valid (a lone "
                                         "surrogate) and cannot be stored")
        checked.append(entry)
    return checked


def _storable(value: object) -> bool:
    """Whether the cache can keep `value` as JSON text (the file reader already refused NaN and deep nesting)."""
    try:
        json.dumps(value, ensure_ascii=False).encode("utf-8")
    except (UnicodeEncodeError, ValueError, TypeError):
        return False
    return True


def import_entries(store: Store, entries: list[dict[str, Any]]) -> tuple[int, int]:
    """Queue the writes in `entries` (checked) into `store`; returns (queued, already there)."""
    return recovery.import_entries(store, entries)
