"""`fielddesk cache move-aside`: a damaged cache is renamed (never deleted) so that the next start makes a new one.

Its queued writes can then be read with `fielddesk outbox export --from FILE` and queued again with
`fielddesk outbox import`.
"""

from __future__ import annotations

import argparse
import sys
from typing import Any

from app.cli.common import EXIT_OK

NAME = "cache"
HELP = "the local cache file (recovering from a damaged one)"


def add_arguments(commands: Any) -> None:
    actions = commands.add_parser(NAME, help=HELP).add_subparsers(dest="action", metavar="ACTION", required=True)
    actions.add_parser("move-aside", help="rename the cache to <name>.damaged-<time>; a new one starts next time")


def run_without_cache(args: argparse.Namespace) -> int | None:
    from app.services import recovery

    source = recovery.cache_file(args.home)
    moved = recovery.move_aside(source)
    print(f"moved the cache aside to {moved}; FieldDesk starts a new cache next time (sync to fill it).",
          file=sys.stderr)
    print(f"Recover its queued writes: fielddesk outbox export --from {moved} > writes.json && "
          "fielddesk outbox import writes.json", file=sys.stderr)
    return EXIT_OK


async def run(desk: Any, args: argparse.Namespace) -> int:
    """Not reached: every action of this noun runs without opening the cache (see `run_without_cache`)."""
    return run_without_cache(args) or EXIT_OK
