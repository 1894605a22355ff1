"""`fielddesk customers list [--search TEXT] [--archived | --all] [--json]`, `customers show REF [--json]`,
`customers create (--name NAME --subdomain SUB [--target-groups TEXT] | --file CUSTOMER.json)`,
`customers update REF [--name NAME] [--subdomain SUB] [--target-groups TEXT]` and
`customers archive|restore|delete REF` (testresults.io customer accounts; REF is FieldDesk's local id or the
testresults.io Id). Every write is queued through the outbox and sent at once."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from app.cli.common import (
    EXIT_OK,
    EXIT_USAGE,
    MAX_LISTED_PROBLEMS,
    InputError,
    err,
    print_json,
    print_push_errors,
    read_json_file,
    send_now,
)

NAME = "customers"
HELP = "testresults.io customer accounts"
VENDOR = "testresults"

#: The command-line option of each field FieldDesk sets.
OPTIONS = {"Name": "--name", "Subdomain": "--subdomain", "Appliances": "--target-groups"}
#: `show` (text): the fields of `customers show --json`, in order, with their labels.
SHOWN = (("id", "Id"), ("local_id", "local id"), ("name", "name"), ("subdomain", "subdomain"),
         ("account_number", "account number"), ("address", "address"), ("cost_center", "cost centre"),
         ("currency", "currency"), ("tax", "tax"), ("due_days", "due days"), ("appliances", "target groups"),
         ("archived", "archived"), ("data_version", "DataVersion"), ("pending", "write queued"),
         ("deleting", "deletion queued"), ("outbox_state", "outbox state"), ("outbox_error", "last error"))


def add_arguments(commands: Any) -> None:
    actions = commands.add_parser(NAME, help=HELP).add_subparsers(dest="action", metavar="ACTION", required=True)
    listing = actions.add_parser("list", help="cached customers (the active ones unless --archived or --all)")
    listing.add_argument("--search", metavar="TEXT", help="match name, subdomain, account number or Id")
    which = listing.add_mutually_exclusive_group()
    which.add_argument("--archived", action="store_true", help="only the archived customers")
    which.add_argument("--all", action="store_true", help="active and archived customers")
    listing.add_argument("--json", action="store_true", help="print JSON")
    show = actions.add_parser("show", help="one cached customer in full")
    _ref(show)
    show.add_argument("--json", action="store_true", help="print JSON")
    create = actions.add_parser("create", help="queue a new testresults.io customer and send it")
    create.add_argument("--name", metavar="NAME", help="the customer's name (at most 100 characters)")
    create.add_argument("--subdomain", metavar="SUB", help="its testresults.io subdomain (lower-case letters, digits "
                                                           "and hyphens)")
    create.add_argument("--target-groups", metavar="TEXT", help="its target groups (Appliances), comma separated: "
                                                                "'Label:name,Other'")
    create.add_argument("--file", metavar="CUSTOMER.json", help="instead of the options: a JSON object with Name, "
                                                                "Subdomain and Appliances")
    update = actions.add_parser("update", help="queue a change of a customer and send it")
    _ref(update)
    update.add_argument("--name", metavar="NAME", help="a new name")
    update.add_argument("--subdomain", metavar="SUB", help="a new subdomain")
    update.add_argument("--target-groups", metavar="TEXT", help="new target groups (Appliances); '' removes them")
    for action, verb in (("archive", "queue archiving a customer and send it"),
                         ("restore", "queue bringing an archived customer back and send it"),
                         ("delete", "queue deleting a customer at testresults.io and send it")):
        _ref(actions.add_parser(action, help=verb))


def _ref(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("ref", metavar="REF", help="the customer's testresults.io Id or local id (see 'fielddesk "
                                                   "customers list')")


async def run(desk: Any, args: argparse.Namespace) -> int:
    if args.action == "list":
        return _list(desk, args)
    try:
        if args.action == "show":
            return _show(desk, args)
        if args.action == "create":
            return await _create(desk, args)
        if args.action == "update":
            return await _update(desk, args)
        if args.action == "delete":
            return await _delete(desk, args)
        return await _archive(desk, args)
    except LookupError as exc:  # an unknown REF (or one deleted meanwhile by another FieldDesk)
        raise InputError(str(exc.args[0]) if exc.args else str(exc)) from exc


def _matches(row: dict[str, Any], search: str) -> bool:
    text = search.casefold()
    return any(text in (value or "").casefold()
               for value in (row["name"], row["subdomain"], row["account_number"], row["remote_id"], row["local_id"]))


def _list(desk: Any, args: argparse.Namespace) -> int:
    from app.services.customers import as_json

    rows = [r for r in desk.customers.all()
            if (args.all or r["archived"] == args.archived) and (not args.search or _matches(r, args.search))]
    if args.json:
        print_json([as_json(r) for r in rows])
        return EXIT_OK
    for r in rows:
        print(_line(r))
    kind = "" if args.all else "archived " if args.archived else "active "
    print(f"{len(rows)} {kind}customer(s)", file=sys.stderr)
    return EXIT_OK


def _state(row: dict[str, Any]) -> str:
    """What the list marks a customer with: archived, and what became of its queued writes."""
    marks = ["archived"] if row["archived"] else []
    if row["outbox_state"] == "rejected":
        marks.append("write rejected: see 'fielddesk outbox list'")
    elif row["deleting"]:
        marks.append("deletion queued")
    elif row["pending"]:
        marks.append("creation queued" if row["remote_id"] is None else "change queued")
    return f" ({'; '.join(marks)})" if marks else ""


def _line(row: dict[str, Any]) -> str:
    return (f"{row['name'][:36]:<36} {row['subdomain'] or '-':<20} {row['account_number'] or '-':<12} "
            f"{row['currency'] or '-':<4} {row['remote_id'] or '(not sent yet)':<36}{_state(row)}")


def _existing(desk: Any, ref: str) -> dict[str, Any]:
    found: dict[str, Any] | None = desk.customers.get(ref)
    if found is None:
        raise LookupError(f"no customer {ref!r} in the cache (a local id or a testresults.io Id; "
                          "`fielddesk customers list` shows them)")
    return found


def full_json(row: dict[str, Any]) -> dict[str, Any]:
    """`customers show --json`: the listing's fields, what became of its queued writes, its target groups and the
    customer as testresults.io has it (with the changes still queued here)."""
    from app.services.customers import as_json, target_groups

    return {**as_json(row), "outbox_state": row["outbox_state"], "outbox_error": row["outbox_error"],
            "target_groups": [{"label": label, "name": name} for label, name in target_groups(row["wire"].get(
                "Appliances"))], "customer": row["wire"]}


def _show(desk: Any, args: argparse.Namespace) -> int:
    shown = full_json(_existing(desk, args.ref))
    if args.json:
        print_json(shown)
        return EXIT_OK
    for key, label in SHOWN:
        value = shown[key]
        if key == "id" and value is None:
            value = "(not sent yet)"
        print(f"{label:<16} {'-' if value is None or value == '' else _yes_no(value)}")
    for group in shown["target_groups"]:
        print(f"  target group {group['label']}: {group['name']}")
    return EXIT_OK


def _yes_no(value: object) -> object:
    return ("yes" if value else "no") if isinstance(value, bool) else value


def _option_fields(args: argparse.Namespace) -> dict[str, Any]:
    """The fields the command line gives (only those given)."""
    given = {"Name": args.name, "Subdomain": args.subdomain, "Appliances": args.target_groups}
    return {key: value for key, value in given.items() if value is not None}


def _print_option_errors(what: str, exc: Any) -> None:
    """A CustomerValidationError of command-line input: each bad field with its option, and the problem."""
    err(f"invalid {what}:")
    for problem in exc.errors[:MAX_LISTED_PROBLEMS]:
        option = OPTIONS.get(problem.path)
        print(f"  {problem.path}{f' ({option})' if option else ''}: {problem.message}", file=sys.stderr)
    if len(exc.errors) > MAX_LISTED_PROBLEMS:
        print(f"  ... and {len(exc.errors) - MAX_LISTED_PROBLEMS:,} more problem(s)", file=sys.stderr)


def _fix(entry_id: int) -> str:
    return f"see 'fielddesk outbox list'; or drop it with 'fielddesk outbox discard {entry_id} --yes'"


async def _send(desk: Any, entry_id: int, done: str) -> int:
    return await send_now(desk, VENDOR, entry_id, done=done, fix=_fix(entry_id))


async def _create(desk: Any, args: argparse.Namespace) -> int:
    from app.services.customers import CustomerValidationError

    given = _option_fields(args)
    if args.file is not None and given:
        err("give --file CUSTOMER.json, or --name, --subdomain and --target-groups: not both")
        return EXIT_USAGE
    if args.file is None and not given:
        err("give --name NAME --subdomain SUB (and --target-groups TEXT), or --file CUSTOMER.json")
        return EXIT_USAGE
    fields = read_json_file(args.file) if args.file is not None else given
    try:
        local_id, entry_id = desk.customers.create(fields)
    except CustomerValidationError as exc:
        if args.file is not None:
            print_push_errors(args.file, exc, "customer")
        else:
            _print_option_errors("customer", exc)
        return EXIT_USAGE
    code = await _send(desk, entry_id, "created")
    row = desk.customers.get(local_id)
    if row is not None and row["remote_id"] is not None:
        print(f"created customer {row['remote_id']} ({row['name']})")
    elif row is not None:
        err(f"the customer is kept here as {local_id} until it reaches testresults.io")
    return code


async def _update(desk: Any, args: argparse.Namespace) -> int:
    from app.services.customers import CustomerValidationError

    changes = _option_fields(args)
    if not changes:
        err("give what to change: --name, --subdomain or --target-groups")
        return EXIT_USAGE
    row = _existing(desk, args.ref)
    try:
        entry_id = desk.customers.update(row["local_id"], changes)
    except CustomerValidationError as exc:
        _print_option_errors(f"change of customer {args.ref}", exc)
        return EXIT_USAGE
    if entry_id is None:
        print(f"customer {row['name']}: nothing to change (it has these values already)")
        return EXIT_OK
    return await _send(desk, entry_id, "updated")


async def _archive(desk: Any, args: argparse.Namespace) -> int:
    from app.services.customers import CustomerValidationError

    archiving = args.action == "archive"
    row = _existing(desk, args.ref)
    try:
        entry_id = desk.customers.archive(row["local_id"], archived=archiving)
    except CustomerValidationError as exc:
        _print_option_errors(f"{args.action} of customer {args.ref}", exc)
        return EXIT_USAGE
    if entry_id is None:
        print(f"customer {row['name']}: nothing to change (it is {'archived' if archiving else 'active'} already)")
        return EXIT_OK
    return await _send(desk, entry_id, "archived" if archiving else "restored")


async def _delete(desk: Any, args: argparse.Namespace) -> int:
    row = _existing(desk, args.ref)
    if row["deleting"]:
        print(f"customer {row['name']}: its deletion is queued already (see 'fielddesk outbox list')")
        return EXIT_OK
    entry_id = desk.customers.delete(row["local_id"])
    if entry_id is None:
        print(f"customer {row['name']}: never reached testresults.io; deleted here with its queued writes")
        return EXIT_OK
    return await _send(desk, entry_id, "deleted")
