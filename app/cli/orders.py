"""`fielddesk orders create|get|cancel|code` (Totalmobile Connect sales orders)."""

from __future__ import annotations

import argparse
from typing import Any

from app.cli.common import (
    EXIT_OK,
    EXIT_USAGE,
    EXIT_VENDOR,
    err,
    print_json,
    print_push_errors,
    queue_from_file,
    read_json_file,
    send_now,
)

NAME = "orders"
HELP = "Totalmobile sales orders: create, fetch, cancel, job codes"
VENDOR = "totalmobile"

#: `orders get --json` fields (the cache's columns), then `sales_order`: the order as Connect sent it.
JSON_FIELDS = ("order_number", "contract", "property_id", "customer_name", "address", "priority", "target_date",
               "job_description", "status", "cancel_reason", "pending", "fetched_at")


def add_arguments(commands: Any) -> None:
    actions = commands.add_parser(NAME, help=HELP).add_subparsers(dest="action", metavar="ACTION", required=True)
    create = actions.add_parser("create", help="check and queue a SalesOrder POST, then send it")
    create.add_argument("--file", required=True, metavar="ORDER.json", help="the SalesOrder body (JSON object)")
    get = actions.add_parser("get", help="fetch one from Totalmobile (and cache it); offline, from the cache")
    get.add_argument("--order", required=True, metavar="PON")
    get.add_argument("--contract", metavar="ID", help="its ContractExternalId, when order numbers repeat")
    get.add_argument("--json", action="store_true", help="print JSON")
    update = actions.add_parser("update", help="check and queue a SalesOrder PATCH (SalesOrderUpdate), then send it")
    update.add_argument("--file", required=True, metavar="UPDATE.json", help="the SalesOrderUpdate body")
    cancel = actions.add_parser("cancel", help="queue the cancellation (OrderStatus 11) and send it")
    cancel.add_argument("--order", required=True, metavar="PON")
    cancel.add_argument("--reason", required=True, metavar="TEXT", help="the cancel reason (required by Connect)")
    cancel.add_argument("--description", metavar="TEXT", help="a longer description")
    code = actions.add_parser("code", help="add, update or remove a job code (SOR) on a cached order")
    code.add_argument("--order", required=True, metavar="PON")
    what = code.add_mutually_exclusive_group(required=True)
    what.add_argument("--add", metavar="CODE")
    what.add_argument("--update", metavar="CODE")
    what.add_argument("--remove", metavar="CODE")
    code.add_argument("--quantity", metavar="N", help="the quantity (add, update)")
    code.add_argument("--location", metavar="ID", help="LocationExternalId, for orders split by location")
    codes = actions.add_parser("codes", help="the job codes on an order, as Connect has them")
    codes.add_argument("--order", required=True, metavar="PON")
    codes.add_argument("--contract", metavar="ID", help="its ContractExternalId (default: the cached order's)")
    codes.add_argument("--json", action="store_true", help="print JSON")
    lookup = actions.add_parser("lookup", help="Connect's internal id of an order (IdLookup)")
    lookup.add_argument("--order", required=True, metavar="PON")
    lookup.add_argument("--contract", metavar="ID", help="its ContractExternalId (default: the cached order's)")
    attributes = actions.add_parser("attributes", help="an order's scheduling attributes: show, or set them all")
    attributes.add_argument("--order", required=True, metavar="PON")
    attributes.add_argument("--contract", metavar="ID")
    attributes.add_argument("--set", action="append", default=[], metavar="NAME=VALUE",
                            help="set this attribute (repeat; replaces the order's list)")
    attributes.add_argument("--json", action="store_true", help="print JSON")
    subcontract = actions.add_parser("subcontract", help="book the order with a sub-contractor (supplier)")
    subcontract.add_argument("--order", required=True, metavar="PON")
    subcontract.add_argument("--supplier", metavar="ID", help="SupplierExternalId (a new sub-contract order)")
    subcontract.add_argument("--update", metavar="UPDATE.json",
                             help="a BookSubContractorOrderUpdate body (PATCH) instead of booking")
    customer = actions.add_parser("customer", help="create a customer (property, address, contact) in Connect")
    customer.add_argument("--file", required=True, metavar="CUSTOMER.json", help="the CustomerModel body (v4)")
    invoice = actions.add_parser("invoice", help="create a matched purchase invoice in Connect")
    invoice.add_argument("--file", required=True, metavar="INVOICE.json", help="the PurchaseInvoice body")


async def run(desk: Any, args: argparse.Namespace) -> int:
    if args.action == "create":
        return await _create(desk, args)
    if args.action == "get":
        return await _get(desk, args)
    if args.action == "cancel":
        return await _cancel(desk, args)
    if args.action == "update":
        return await _update(desk, args)
    if args.action == "code":
        return await _code(desk, args)
    return await _live(desk, args)


async def _live(desk: Any, args: argparse.Namespace) -> int:
    """The calls that need Connect's answer now (nothing queued: the file or the command line keeps the input)."""
    from app.services.planner import BodyValidationError, UnknownOrderError, VendorError

    planner = desk.planner
    try:
        if args.action == "lookup":
            print(await planner.order_id(args.order, args.contract))
        elif args.action == "codes":
            found = await planner.codes(args.order, args.contract)
            if args.json:
                print_json(found)
            else:
                for code in found:
                    print(f"{code.get('CodeExternalId', ''):<16} {code.get('LocationExternalId') or '':<12} "
                          f"{code.get('Quantity', '')}")
        elif args.action == "attributes":
            if args.set:
                pairs = [item.partition("=") for item in args.set]
                bad = [item for item, (_k, sep, _v) in zip(args.set, pairs, strict=True) if not sep]
                if bad:
                    err(f"--set {bad[0]!r}: give NAME=VALUE")
                    return EXIT_USAGE
                await planner.set_attributes(args.order, {k: v for k, _sep, v in pairs}, args.contract)
            values = await planner.attributes(args.order, args.contract)
            if args.json:
                print_json(values)
            else:
                for name, value in values.items():
                    print(f"{name}\t{'' if value is None else value}")
        elif args.action == "subcontract":
            if args.update:
                print_json(await planner.update_subcontractor(read_json_file(args.update)))
            elif args.supplier:
                print_json(await planner.book_subcontractor(args.order, args.supplier))
            else:
                err("give --supplier ID, or --update UPDATE.json")
                return EXIT_USAGE
        elif args.action == "customer":
            print_json(await planner.create_customer(read_json_file(args.file)))
        else:
            print_json(await planner.create_purchase_invoice(read_json_file(args.file)))
    except BodyValidationError as exc:
        source = getattr(args, "file", None) or getattr(args, "update", None)
        if source:
            print_push_errors(source, exc, {"customer": "CustomerModel", "invoice": "PurchaseInvoice"}.get(
                args.action, "BookSubContractorOrderUpdate"))
        else:
            for problem in exc.errors:
                err(f"{args.action} {problem}")
        return EXIT_USAGE
    except UnknownOrderError as exc:
        err(str(exc))
        return EXIT_USAGE
    except VendorError as exc:
        err(str(exc))
        return EXIT_VENDOR
    return EXIT_OK


async def _create(desk: Any, args: argparse.Namespace) -> int:
    from app.services.planner import BodyValidationError

    queued = queue_from_file(args.file, desk.planner.create_order, BodyValidationError, "SalesOrder")
    if queued is None:
        return EXIT_USAGE
    _local_id, entry_id = queued
    return await send_now(desk, VENDOR, entry_id, done="created")


def as_json(row: dict[str, Any]) -> dict[str, Any]:
    return {**{k: row[k] for k in JSON_FIELDS}, "sales_order": row["data"]}


async def _get(desk: Any, args: argparse.Namespace) -> int:
    from app.services.planner import VendorError

    try:
        row, source = await desk.planner.fetch_order(args.order, args.contract)
    except VendorError as exc:
        err(str(exc))
        return EXIT_VENDOR
    if row is None:
        if source == "cache":
            err(f"Totalmobile cannot be reached, and no sales order {args.order} is cached")
            return EXIT_VENDOR
        err(f"Totalmobile has no sales order {args.order}")
        return EXIT_USAGE
    if source == "cache":
        err("Totalmobile cannot be reached: this is the cached order")
    if args.json:
        print_json(as_json(row))
    else:
        for key in JSON_FIELDS:
            print(f"{key:<16} {'' if row[key] is None else row[key]}")
    return EXIT_OK


async def _update(desk: Any, args: argparse.Namespace) -> int:
    from app.services.planner import BodyValidationError, UnknownOrderError

    body = read_json_file(args.file)
    try:
        entry_id = desk.planner.update_order(body)
    except BodyValidationError as exc:
        print_push_errors(args.file, exc, "SalesOrderUpdate")
        return EXIT_USAGE
    except UnknownOrderError as exc:
        err(f"{args.file}: {exc}")
        return EXIT_USAGE
    return await send_now(desk, VENDOR, entry_id, done="updated")


async def _cancel(desk: Any, args: argparse.Namespace) -> int:
    from app.services.planner import BodyValidationError, UnknownOrderError, VendorError

    try:
        entry_id = await desk.planner.cancel_order(args.order, args.reason, args.description)
    except BodyValidationError as exc:
        for problem in exc.errors:
            err(f"cancel {problem}")
        return EXIT_USAGE
    except UnknownOrderError as exc:
        err(str(exc))
        return EXIT_USAGE
    except VendorError as exc:
        err(f"{exc}; nothing was queued")
        return EXIT_VENDOR
    return await send_now(desk, VENDOR, entry_id, done="cancelled")


async def _code(desk: Any, args: argparse.Namespace) -> int:
    from app.services.planner import BodyValidationError, UnknownOrderError

    action, code_id = next((a, getattr(args, a)) for a in ("add", "update", "remove") if getattr(args, a) is not None)
    code: dict[str, Any] = {"CodeExternalId": code_id}
    if args.location:
        code["LocationExternalId"] = args.location
    if args.quantity is not None:
        code["Quantity"] = args.quantity
    try:
        entry_id = desk.planner.queue_code(args.order, action, code)
    except BodyValidationError as exc:
        for problem in exc.errors:
            err(f"code {problem}")
        return EXIT_USAGE
    except UnknownOrderError as exc:
        err(str(exc))
        return EXIT_USAGE
    return await send_now(desk, VENDOR, entry_id, done=f"job code {code_id}: {action}")
