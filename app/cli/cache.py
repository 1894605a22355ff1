"""`fielddesk cache move-aside`: a damaged cache is renamed (never deleted) and a new one starts, holding again the
queued writes and drafts still readable in the old one (what the window does too). Writes it could not read then may
still be read with `fielddesk outbox export --from FILE` and queued with `fielddesk outbox import`.

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
    actions.add_parser("move-aside", help="rename the cache to <name>.damaged-<time> and start a new one with the "
                       "queued writes and unsaved forms still readable in it")
    actions.add_parser("compact", help="give the cache file's free pages back to the disk (after an upgrade "
                       "or many deletions); needs free space as large as the cache")


def run_without_cache(args: argparse.Namespace) -> None:
    """move-aside renames the cache without opening it (it may be damaged); `run` then gets the new cache."""
    from app.services import recovery

    if args.action == "move-aside":
        args.moved = recovery.move_aside(recovery.cache_file(args.home))
        print(f"moved the cache aside to {args.moved}", file=sys.stderr)


async def run(desk: Any, args: argparse.Namespace) -> int:
    from app.services import recovery

    if args.action == "move-aside":
        return _carry_over(desk, args.moved)
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


def _carry_over(desk: Any, moved: Any) -> int:
    """Into the new cache: what the moved one still holds. Says what came over and what could not."""
    from app.services import recovery

    carried = recovery.carry_over(moved, desk.store)
    print(f"started a new cache {desk.store.path} (sync to fill it); from the old one: {carried.queued} queued "
          f"writes queued again, {carried.drafts} unsaved forms kept", file=sys.stderr)
    if carried.unreadable or carried.problem:
        print(f"could not read {'its queued writes' if carried.problem else f'{carried.unreadable} queued writes'}"
              f"{f' ({carried.problem})' if carried.problem else ''}; the file is kept: "
              f"'fielddesk outbox export --from {moved}' may read them later", file=sys.stderr)
    return EXIT_OK


def _megabytes(size: int) -> str:
    return f"{size / 1_000_000:.1f} MB"
