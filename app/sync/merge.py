"""Three-way merge of a record: the version an edit was made on (base), the local version with the
user's pending edits, and what the vendor sent now.

Per field: changed on one side only -> that side; changed on both sides to different values -> a
conflict. Until the user chooses, the local value wins (the technician's edit on site is the newest
knowledge); the conflict stays visible with both values.

Vendor-neutral: lists of nested records (a client's appliances) are matched by the key function the vendor
gives for each list (`ListKeys`), and a conflict path names a nested record as `list[key]`.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

MISSING: Any = object()
#: list field -> how one of its items is recognised across versions (e.g. "tp:fd-1", "id:42").
ListKeys = Mapping[str, Callable[[dict[str, Any]], str]]


@dataclass(frozen=True)
class FieldConflict:
    path: str
    local: Any
    server: Any


def _merge_value(path: str, base: Any, local: Any, server: Any, conflicts: list[FieldConflict],
                 lists: ListKeys) -> Any:
    if local == server:
        return local
    if local == base:
        return server
    if server == base:
        return local
    if isinstance(local, dict) and isinstance(server, dict):
        return _merge_dicts(path, base if isinstance(base, dict) else {}, local, server, conflicts, lists)
    conflicts.append(FieldConflict(path, None if local is MISSING else local,
                                   None if server is MISSING else server))
    return local


def _merge_dicts(prefix: str, base: dict[str, Any], local: dict[str, Any], server: dict[str, Any],
                 conflicts: list[FieldConflict], lists: ListKeys) -> dict[str, Any]:
    merged: dict[str, Any] = {}
    for key in dict.fromkeys([*server, *local]):
        path = f"{prefix}.{key}" if prefix else key
        b, lo, s = base.get(key, MISSING), local.get(key, MISSING), server.get(key, MISSING)
        if key in lists and isinstance(lo, list) and isinstance(s, list):
            value = _merge_list(path, b if isinstance(b, list) else [], lo, s, conflicts, lists[key], lists)
        else:
            value = _merge_value(path, b, lo, s, conflicts, lists)
        if value is not MISSING:
            merged[key] = value
    return merged


def _merge_list(path: str, base: list[Any], local: list[Any], server: list[Any], conflicts: list[FieldConflict],
                key_of: Callable[[dict[str, Any]], str], lists: ListKeys) -> list[Any]:
    def keyed(items: list[Any]) -> dict[str, dict[str, Any]]:
        return {key_of(i): i for i in items if isinstance(i, dict)}

    b, lo, s = keyed(base), keyed(local), keyed(server)
    merged: list[Any] = []
    for key in dict.fromkeys([*s, *lo]):
        value = _merge_value(f"{path}[{key}]", b.get(key, MISSING), lo.get(key, MISSING),
                             s.get(key, MISSING), conflicts, lists)
        if value is not MISSING:
            merged.append(value)
    return merged


def three_way_merge(base: dict[str, Any] | None, local: dict[str, Any], server: dict[str, Any],
                    lists: ListKeys) -> tuple[dict[str, Any], list[FieldConflict]]:
    conflicts: list[FieldConflict] = []
    merged = _merge_dicts("", base or {}, local, server, conflicts, lists)
    return merged, conflicts


def changed_fields(base: dict[str, Any] | None, new: dict[str, Any], lists: ListKeys,
                   identity: tuple[str, ...]) -> dict[str, Any]:
    """The part of `new` that differs from `base`, with the `identity` fields kept, so a push carries only
    what the user changed and never overwrites the vendor's newer values of other fields."""
    if not base:
        return dict(new)
    diff: dict[str, Any] = {k: new[k] for k in identity if k in new}
    for key, value in new.items():
        if key in lists and isinstance(value, list):
            key_of = lists[key]
            old = {key_of(a): a for a in base.get(key) or [] if isinstance(a, dict)}
            changed = []
            for item in value:
                if not isinstance(item, dict):
                    continue
                previous = old.get(key_of(item))
                if previous != item:
                    changed.append(changed_fields(previous, item, lists, identity) if previous else dict(item))
            if changed:
                diff[key] = changed
        elif key not in identity and base.get(key, MISSING) != value:
            if isinstance(value, dict) and isinstance(base.get(key), dict):
                sub = {k: v for k, v in value.items() if base[key].get(k, MISSING) != v}
                diff[key] = sub
            else:
                diff[key] = value
    return diff


def _walk(record: dict[str, Any], path: str, lists: ListKeys) -> tuple[dict[str, Any] | None, str]:
    """The dict that holds the last segment of a conflict path, and that segment's key.

    Paths look like "email" or "heating_appliance[tp:fd-1].brussels.device_year".
    """
    segments = path.split(".")
    node: Any = record
    for segment in segments[:-1]:
        if "[" in segment:
            name, key = segment[:-1].split("[", 1)
            key_of = lists.get(name)
            node = next((a for a in node.get(name) or [] if isinstance(a, dict) and key_of and key_of(a) == key),
                        None)
        else:
            node = node.get(segment) if isinstance(node, dict) else None
        if not isinstance(node, dict):
            return None, segments[-1]
    return node, segments[-1]


def set_path(record: dict[str, Any], path: str, value: Any, lists: ListKeys) -> None:
    holder, key = _walk(record, path, lists)
    if holder is not None:
        holder[key] = value


def remove_path(record: dict[str, Any], path: str, lists: ListKeys) -> None:
    holder, key = _walk(record, path, lists)
    if holder is not None:
        holder.pop(key, None)
