"""`fielddesk outbox list [--json]`, `outbox resubmit ID [--file FIXED.json]`, `outbox discard ID --yes`,
`outbox export [--from CACHE]`, `outbox import WRITES.json`: every vendor's queued writes."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from app.cli.common import (
    EXIT_OK,
    EXIT_USAGE,
    EXIT_VENDOR,
    InputError,
    err,
    print_json,
    print_push_errors,
    read_json_file,
    report_errors,
    whole_number,
)

NAME = "outbox"
HELP = "queued writes"


def _proplus_push_client(desk: Any, body: Any) -> Any:
    return desk.clients.validated_push_body(body)


#: A corrected body given with `resubmit --file`, validated as its vendor's operation expects it:
#: (vendor, outbox operation) -> validate(desk, body) returning the payload to queue (raises the vendor's
#: validation error). An operation not listed here has no file format.
FILE_FORMATS: dict[tuple[str, str], Callable[[Any, Any], Any]] = {
    ("proplus", "push-client"): _proplus_push_client,
}


def add_arguments(commands: Any) -> None:
    actions = commands.add_parser(NAME, help=HELP).add_subparsers(dest="action", metavar="ACTION", required=True)
    listing = actions.add_parser("list", help="pending and rejected writes")
    listing.add_argument("--json", action="store_true", help="print JSON")
    resubmit = actions.add_parser("resubmit", help="queue a rejected write again")
    resubmit.add_argument("id", type=whole_number)
    resubmit.add_argument("--file", metavar="FIXED.json", help="corrected body to send instead")
    discard = actions.add_parser("discard", help="drop a queued write for good")
    discard.add_argument("id", type=whole_number)
    discard.add_argument("--yes", action="store_true", required=True, help="confirm: the write is lost")
    export = actions.add_parser("export", help="print the queued writes as JSON (also from a damaged cache)")
    export.add_argument("--from", dest="source", metavar="CACHE", help="a cache file (default: this home's cache); "
                        "read-only, so a damaged or moved-aside cache can be read")
    imported = actions.add_parser("import", help="queue the writes of an 'outbox export' file into this cache")
    imported.add_argument("file", metavar="WRITES.json")


def run_without_cache(args: argparse.Namespace) -> int | None:
    """`outbox export` reads the cache file itself, read-only: it works when the cache cannot be opened."""
    if args.action != "export":
        return None
    from app.services import recovery

    source = Path(args.source) if args.source else recovery.cache_file(args.home)
    entries, lost = recovery.export_outbox(source)
    print_json(entries)
    print(f"{len(entries)} queued write(s) exported from {source}", file=sys.stderr)
    if lost:
        err(f"{lost} queued write(s) could not be read from the damaged file")
        return EXIT_VENDOR
    return EXIT_OK


async def run(desk: Any, args: argparse.Namespace) -> int:
    if args.action == "list":
        return _list(desk, args)
    if args.action == "import":
        return _import(desk, args)
    entry = desk.outbox.get(args.id)
    if entry is None:
        raise InputError(f"outbox {args.id}: no such queued write")
    try:
        if args.action == "discard":
            desk.outbox.discard(args.id)
            print(f"outbox {args.id}: discarded", file=sys.stderr)
            return EXIT_OK
        return await _resubmit(desk, args, entry)
    except LookupError as exc:  # gone meanwhile (another FieldDesk sent or discarded it)
        raise InputError(str(exc.args[0]) if exc.args else str(exc)) from exc


def _import(desk: Any, args: argparse.Namespace) -> int:
    from app.services import recovery

    try:
        entries = recovery.check_entries(read_json_file(args.file), args.file)
    except recovery.RecoveryInputError as exc:
        raise InputError(str(exc)) from exc
    queued, known = recovery.import_entries(desk.store, entries)
    desk.refresh_status()
    print(f"queued {queued} write(s) from {args.file}" + (f"; {known} were already queued" if known else ""),
          file=sys.stderr)
    return EXIT_OK


def _list(desk: Any, args: argparse.Namespace) -> int:
    entries = desk.outbox.entries()
    if args.json:
        print_json([e.as_json() for e in entries])
    else:
        for e in entries:
            error = f"  last error: {e.last_error}" if e.last_error else ""
            print(f"{e.id:>5} {e.state:<8} {e.vendor:<8} {e.created_at} tries {e.attempts} {e.summary}{error}")
        print(f"{len(entries)} queued write(s)", file=sys.stderr)
    return EXIT_OK


async def _resubmit(desk: Any, args: argparse.Namespace, entry: Any) -> int:
    from app.services.proplus import PushValidationError
    from app.services.startup import vendor_label

    payload = None
    if args.file:
        validate = FILE_FORMATS.get((entry.vendor, entry.operation))
        if validate is None:
            raise InputError(f"outbox {entry.id}: a {vendor_label(entry.vendor)} {entry.operation} write takes no "
                             "corrected file; resubmit it without --file")
        body = read_json_file(args.file)
        try:
            payload = validate(desk, body)
        except PushValidationError as exc:
            print_push_errors(args.file, exc)
            return EXIT_USAGE
    desk.outbox.resubmit(entry.id, payload)
    if entry.vendor not in desk.vendors:
        err(f"outbox {entry.id}: queued again; {vendor_label(entry.vendor)} is not configured in this profile, "
            "so it is sent by a sync where it is")
        return EXIT_VENDOR
    report = await desk.replay(entry.vendor)
    return report_errors([report])
