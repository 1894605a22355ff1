"""`fielddesk` / `python -m app`: the same use cases as the GUI, from a terminal.

Exit status: 0 success, 1 the vendor or the network failed (nothing is lost), 2 bad usage or bad input.
With --json, stdout carries only JSON.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from app.gcpause import gc_paused

# No garbage collection while the service layer loads: it makes only long-lived objects (start-up time).
with gc_paused():
    from app.config import ConfigError
    from app.logging_setup import setup_logging
    from app.paths import resolve_paths
    from app.services.fielddesk import FieldDesk
    from app.store.db import StoreError

PANES = ("clients", "appliances", "outbox")
COMMANDS = ("gui", "sync", "clients", "outbox")
EXIT_OK, EXIT_VENDOR, EXIT_USAGE = 0, 1, 2


def build_parser(only: str | None = None) -> argparse.ArgumentParser:
    """The command line; with `only`, just that command's arguments (all of them take ~5 ms to build,
    a share of the window's start-up)."""
    parser = argparse.ArgumentParser(prog="fielddesk", description="FieldDesk: field service for heating "
                                     "and cooling. Without a command, opens the window.")
    parser.add_argument("--home", metavar="DIR", help="folder for config, cache, downloads and logs "
                        "(default: FIELDDESK_HOME, else the per-user folders)")
    parser.add_argument("--profile", choices=("sandbox", "live"),
                        help="sandbox: built-in simulators with demo data; live: the configured vendors")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    gui = commands.add_parser("gui", help="open the window")
    gui.add_argument("--pane", choices=PANES, default="clients", help="pane to show first")
    gui.add_argument("--screenshot", metavar="FILE.png", help="render the window to a PNG and exit")
    if only == "gui":
        return parser

    sync = commands.add_parser("sync", help="send queued writes, then pull into the cache")
    sync.add_argument("--vendor", action="append", metavar="ID", help="only this vendor (repeatable)")

    clients = commands.add_parser("clients", help="Pro+ clients").add_subparsers(dest="action", metavar="ACTION",
                                                                                  required=True)
    listing = clients.add_parser("list", help="list cached clients")
    listing.add_argument("--search", metavar="TEXT", help="match name, city, postal code, phone or e-mail")
    listing.add_argument("--json", action="store_true", help="print JSON")
    push = clients.add_parser("push", help="queue a Pro+ push-client (add or update) and send it")
    push.add_argument("--file", required=True, metavar="CLIENT.json", help="the push-client body")

    box = commands.add_parser("outbox", help="queued writes").add_subparsers(dest="action", metavar="ACTION",
                                                                             required=True)
    box_list = box.add_parser("list", help="pending and rejected writes")
    box_list.add_argument("--json", action="store_true", help="print JSON")
    resubmit = box.add_parser("resubmit", help="queue a rejected write again")
    resubmit.add_argument("id", type=int)
    resubmit.add_argument("--file", metavar="CLIENT.json", help="corrected body to send instead")
    discard = box.add_parser("discard", help="drop a queued write for good")
    discard.add_argument("id", type=int)
    discard.add_argument("--yes", action="store_true", required=True, help="confirm: the write is lost")
    return parser


def _err(message: str) -> None:
    print(f"fielddesk: {message}", file=sys.stderr)


def _read_json_file(path: str) -> Any:
    file = Path(path)
    try:
        text = file.read_text(encoding="utf-8")
    except OSError as exc:
        raise InputError(f"{path}: cannot read ({exc.strerror or exc})") from exc
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise InputError(f"{path}:{exc.lineno}:{exc.colno}: not valid JSON ({exc.msg})") from exc


class InputError(Exception):
    """Bad input from the user; exit 2."""


def _command_in(argv: Sequence[str]) -> str | None:
    """The command `argv` names, "gui" when it names none; None when help is asked before it."""
    tokens = iter(argv)
    for token in tokens:
        if token in ("-h", "--help"):
            return None
        if token in ("--home", "--profile"):
            next(tokens, None)
        elif not token.startswith("-"):
            return token if token in COMMANDS else None
    return "gui"


def main(argv: Sequence[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else list(argv)
    command = _command_in(argv)
    args = build_parser(only="gui" if command == "gui" else None).parse_args(argv)
    if args.command in (None, "gui"):
        from ui.app import run_gui  # Qt only for the window

        return run_gui(home=args.home, profile=args.profile, pane=getattr(args, "pane", "clients"),
                       screenshot=getattr(args, "screenshot", None))
    import asyncio  # not at the top: the GUI imports it only once its window has painted (start-up time)

    try:
        return asyncio.run(_run(args))
    except (ConfigError, StoreError, InputError) as exc:
        _err(str(exc))
        return EXIT_USAGE
    except KeyboardInterrupt:
        _err("interrupted; queued writes are kept")
        return EXIT_VENDOR
    except BrokenPipeError:
        # The reader went away (e.g. `| head`); nothing to report, and Python must not print a traceback.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_OK


async def _run(args: argparse.Namespace) -> int:
    setup_logging(resolve_paths(args.home).ensure().log_file)
    desk = FieldDesk.open(args.home, args.profile)
    try:
        handler = {"sync": _sync, "clients": _clients, "outbox": _outbox}[args.command]
        return await handler(desk, args)
    finally:
        await desk.aclose()


def _report_errors(reports: list[Any]) -> int:
    failed = [r for r in reports if r.problem is not None]
    for report in failed:
        _err(f"{report.problem} (queued writes are kept and will be sent on the next sync)")
    return EXIT_VENDOR if failed else EXIT_OK


async def _sync(desk: Any, args: argparse.Namespace) -> int:
    vendors = args.vendor or desk.vendors
    unknown = [v for v in vendors if v not in desk.vendors]
    if unknown:
        raise InputError(f"--vendor: {', '.join(unknown)} is not configured in this profile "
                         f"(available: {', '.join(desk.vendors) or 'none'})")
    if not vendors:
        raise InputError("no vendor is configured for the live profile; see README 'Live configuration'")

    def progress(vendor: str, phase: str, done: int, total: int) -> None:
        if total:
            print(f"\r{vendor}: {phase} {done}/{total}", end="", file=sys.stderr, flush=True)

    reports = await desk.sync(vendors, progress)
    print(file=sys.stderr)
    for report in reports:
        print(f"{report.vendor}: pulled {report.pulled}, sent {report.sent}, rejected {report.rejected}, "
              f"still queued {report.deferred}")
    return _report_errors(reports)


async def _clients(desk: Any, args: argparse.Namespace) -> int:
    from app.vendors.proplus.mapping import client_json
    from app.vendors.proplus.validate import PushValidationError

    if args.action == "list":
        clients = desk.clients.list(args.search)
        if args.json:
            json.dump([client_json(c) for c in clients], sys.stdout, ensure_ascii=False, indent=2)
            print()
        else:
            for c in clients:
                region = c.region.value if c.region else "-"
                print(f"{c.name:<32} {c.postal_code:>5} {c.city:<20} {region:<9} {len(c.appliances)} appliance(s)")
            print(f"{len(clients)} client(s); last sync {desk.engine.state.last_success_at or 'never'}",
                  file=sys.stderr)
        return EXIT_OK
    body = _read_json_file(args.file)
    try:
        ids = desk.clients.queue_push(body)
    except PushValidationError as exc:
        _err(f"{args.file}: invalid push-client body:")
        for error in exc.errors:
            print(f"  {error.path}: {error.message}", file=sys.stderr)
        return EXIT_USAGE
    print(f"queued {len(ids)} write(s): outbox {', '.join(map(str, ids))}", file=sys.stderr)
    report = await desk.engine.replay("proplus")
    if report.problem is not None:
        return _report_errors([report])
    left = {e.id: e for e in desk.outbox.entries() if e.id in ids}
    for entry_id in ids:
        entry = left.get(entry_id)
        if entry is None:
            print(f"outbox {entry_id}: sent")
        elif entry.state == "rejected":
            _err(f"outbox {entry_id}: rejected by Pro+: {entry.last_error} (fix it and run "
                 f"'fielddesk outbox resubmit {entry_id} --file FIXED.json')")
    return EXIT_VENDOR if any(left.get(i) for i in ids) else EXIT_OK


async def _outbox(desk: Any, args: argparse.Namespace) -> int:
    from app.vendors.proplus.validate import PushValidationError

    if args.action == "list":
        entries = desk.outbox.entries()
        if args.json:
            json.dump([e.as_json() for e in entries], sys.stdout, ensure_ascii=False, indent=2)
            print()
        else:
            for e in entries:
                error = f"  last error: {e.last_error}" if e.last_error else ""
                print(f"{e.id:>5} {e.state:<8} {e.vendor:<8} {e.created_at} tries {e.attempts} {e.summary}{error}")
            print(f"{len(entries)} queued write(s)", file=sys.stderr)
        return EXIT_OK
    if desk.store.conn.execute("SELECT 1 FROM outbox WHERE id = ?", (args.id,)).fetchone() is None:
        raise InputError(f"outbox {args.id}: no such queued write")
    if args.action == "discard":
        desk.outbox.discard(args.id)
        print(f"outbox {args.id}: discarded", file=sys.stderr)
        return EXIT_OK
    payload = _read_json_file(args.file) if args.file else None
    try:
        desk.outbox.resubmit(args.id, payload)
    except PushValidationError as exc:
        _err(f"{args.file}: invalid push-client body:")
        for problem in exc.errors:
            print(f"  {problem.path}: {problem.message}", file=sys.stderr)
        return EXIT_USAGE
    report = await desk.engine.replay("proplus")
    return _report_errors([report])
