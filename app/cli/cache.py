"""`fielddesk cache move-aside`: a damaged cache is renamed (never deleted) so that the next start makes a new one.
Its queued writes can then be read with `fielddesk outbox export --from FILE` and queued again with
`fielddesk outbox import`.

`fielddesk cache compact`: the cache file gives its free pages back to the disk.
"""

from __future__ import annotations

import argparse
import sys
from typing import Any

from app.cli.common import EXIT_OK

NAME = "cache"
HELP = "the local cache file (recovering from a damaged one, compacting)"


def add_arguments(commands: Any) -> None:
    actions = commands.add_parser(NAME, help=HELP).add_subparsers(dest="action", metavar="ACTION", required=True)
    actions.add_parser("move-aside", help="rename the cache to <name>.damaged-<time>; a new one starts next time")
    actions.add_parser("compact", help="give the cache file's free pages back to the disk (after an upgrade "
                       "or many deletions); needs free space as large as the cache")


def run_without_cache(args: argparse.Namespace) -> int | None:
    """move-aside works on a damaged cache, without opening it; compact opens it (`run`)."""
    from app.services import recovery

    if args.action == "compact":
        return None
    source = recovery.cache_file(args.home)
    moved = recovery.move_aside(source)
    print(f"moved the cache aside to {moved}; FieldDesk starts a new cache next time (sync to fill it).",
          file=sys.stderr)
    print(f"Recover its queued writes: fielddesk outbox export --from {moved} > writes.json && "
          "fielddesk outbox import writes.json", file=sys.stderr)
    return EXIT_OK


async def run(desk: Any, args: argparse.Namespace) -> int:
    """compact (move-aside runs without opening the cache: `run_without_cache`)."""
    from app.services import recovery

    print(f"compacting the cache {desk.store.path} (a large cache on a slow disk can take minutes) ...",
          file=sys.stderr)
    done = recovery.compact(desk.store)
    if done.waiting:
        print(f"compacted the cache {desk.store.path}; another FieldDesk (a window?) is reading it, so the file "
              f"shrinks when that one closes it (now {_megabytes(done.after)})", file=sys.stderr)
    else:
        print(f"compacted the cache {desk.store.path}: {_megabytes(done.before)} -> {_megabytes(done.after)}",
              file=sys.stderr)
    return EXIT_OK


def _megabytes(size: int) -> str:
    return f"{size / 1_000_000:.1f} MB"
