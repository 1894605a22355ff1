"""Three-way merge of a record: the version an edit was made on (base), the local version with the
user's pending edits, and what the vendor sent now.

Per field: changed on one side only -> that side; changed on both sides to different values -> a
conflict. Until the user chooses, the local value wins (the technician's edit on site is the newest
knowledge); the conflict stays visible with both values.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

MISSING: Any = object()
APPLIANCE_LISTS = ("heating_appliance", "cooling_appliance")


@dataclass(frozen=True)
class FieldConflict:
    path: str
    local: Any
    server: Any


def appliance_key(record: dict[str, Any]) -> str:
    """How an appliance is recognised across versions: third-party id, else Pro+ id, else name."""
    if record.get("third_party_id"):
        return f"tp:{record['third_party_id']}"
    if record.get("id") not in (None, ""):
        return f"id:{record['id']}"
    return f"name:{record.get('name')}"


def _merge_value(path: str, base: Any, local: Any, server: Any, conflicts: list[FieldConflict]) -> Any:
    if local == server:
        return local
    if local == base:
        return server
    if server == base:
        return local
    if isinstance(local, dict) and isinstance(server, dict):
        return _merge_dicts(path, base if isinstance(base, dict) else {}, local, server, conflicts)
    conflicts.append(FieldConflict(path, None if local is MISSING else local,
                                   None if server is MISSING else server))
    return local


def _merge_dicts(prefix: str, base: dict[str, Any], local: dict[str, Any], server: dict[str, Any],
                 conflicts: list[FieldConflict]) -> dict[str, Any]:
    merged: dict[str, Any] = {}
    for key in dict.fromkeys([*server, *local]):
        path = f"{prefix}.{key}" if prefix else key
        b, lo, s = base.get(key, MISSING), local.get(key, MISSING), server.get(key, MISSING)
        if key in APPLIANCE_LISTS and isinstance(lo, list) and isinstance(s, list):
            value = _merge_appliances(path, b if isinstance(b, list) else [], lo, s, conflicts)
        else:
            value = _merge_value(path, b, lo, s, conflicts)
        if value is not MISSING:
            merged[key] = value
    return merged


def _merge_appliances(path: str, base: list[Any], local: list[Any], server: list[Any],
                      conflicts: list[FieldConflict]) -> list[Any]:
    def keyed(items: list[Any]) -> dict[str, dict[str, Any]]:
        return {appliance_key(i): i for i in items if isinstance(i, dict)}

    b, lo, s = keyed(base), keyed(local), keyed(server)
    # Recognise a local appliance the vendor has since given an id: same third-party id or name.
    merged: list[Any] = []
    for key in dict.fromkeys([*s, *lo]):
        value = _merge_value(f"{path}[{key}]", b.get(key, MISSING), lo.get(key, MISSING),
                             s.get(key, MISSING), conflicts)
        if value is not MISSING:
            merged.append(value)
    return merged


def three_way_merge(base: dict[str, Any] | None, local: dict[str, Any],
                    server: dict[str, Any]) -> tuple[dict[str, Any], list[FieldConflict]]:
    conflicts: list[FieldConflict] = []
    merged = _merge_dicts("", base or {}, local, server, conflicts)
    return merged, conflicts


def changed_fields(base: dict[str, Any] | None, new: dict[str, Any]) -> dict[str, Any]:
    """The part of `new` that differs from `base`, with what identifies each record kept, so a push
    carries only what the user changed and never overwrites the vendor's newer values of other fields."""
    if not base:
        return dict(new)
    identity = ("id", "third_party_id", "name")
    diff: dict[str, Any] = {k: new[k] for k in identity if k in new}
    for key, value in new.items():
        if key in APPLIANCE_LISTS and isinstance(value, list):
            old = {appliance_key(a): a for a in base.get(key) or [] if isinstance(a, dict)}
            changed = []
            for appliance in value:
                if not isinstance(appliance, dict):
                    continue
                previous = old.get(appliance_key(appliance))
                if previous != appliance:
                    changed.append(changed_fields(previous, appliance) if previous else dict(appliance))
            if changed:
                diff[key] = changed
        elif key not in identity and base.get(key, MISSING) != value:
            if isinstance(value, dict) and isinstance(base.get(key), dict):
                sub = {k: v for k, v in value.items() if base[key].get(k, MISSING) != v}
                diff[key] = sub
            else:
                diff[key] = value
    return diff


def _walk(record: dict[str, Any], path: str) -> tuple[dict[str, Any] | None, str]:
    """The dict that holds the last segment of a conflict path, and that segment's key.

    Paths look like "email" or "heating_appliance[tp:fd-1].brussels.device_year".
    """
    segments = path.split(".")
    node: Any = record
    for segment in segments[:-1]:
        if "[" in segment:
            name, key = segment[:-1].split("[", 1)
            node = next((a for a in node.get(name) or [] if isinstance(a, dict) and appliance_key(a) == key), None)
        else:
            node = node.get(segment) if isinstance(node, dict) else None
        if not isinstance(node, dict):
            return None, segments[-1]
    return node, segments[-1]


def set_path(record: dict[str, Any], path: str, value: Any) -> None:
    holder, key = _walk(record, path)
    if holder is not None:
        holder[key] = value


def remove_path(record: dict[str, Any], path: str) -> None:
    holder, key = _walk(record, path)
    if holder is not None:
        holder.pop(key, None)
