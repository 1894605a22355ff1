"""Timestamps as the cache stores them: ISO-8601 in UTC, to the second."""

from __future__ import annotations

import datetime as dt


def now_iso() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
