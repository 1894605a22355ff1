"""`fielddesk certificates list [--search TEXT] [--json]` (cached Pro+ inspection certificates),
`certificates fetch (--from DATE --to DATE | --work-order NUMBER)` (read from Pro+ into the cache),
`certificates download (FILE_ID ... | --certificate ID ... | --all) [--json]` (files into the downloads folder) and
`certificates folder` (where downloads go). A sync fetches the certificates made since the last one by itself."""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from typing import Any

from app.cli.common import EXIT_OK, EXIT_VENDOR, InputError, err, print_json, whole_number

NAME = "certificates"
HELP = "Pro+ inspection certificates: find, fetch and download them"
DATE_FORMATS = ("%Y-%m-%d", "%d-%m-%Y")


def add_arguments(commands: Any) -> None:
    actions = commands.add_parser(NAME, help=HELP).add_subparsers(dest="action", metavar="ACTION", required=True)
    listing = actions.add_parser("list", help="cached certificates, the newest first")
    listing.add_argument("--search", metavar="TEXT", help="match client, appliance, type, date, work order, Pro+ id "
                                                          "or file name")
    listing.add_argument("--json", action="store_true", help="print JSON")
    fetch = actions.add_parser("fetch", help="read certificates from Pro+ into the cache: made in a date range, or "
                                             "of one work order")
    fetch.add_argument("--from", dest="begin", metavar="DATE", help="first certification day (YYYY-MM-DD or "
                                                                    "DD-MM-YYYY)")
    fetch.add_argument("--to", dest="end", metavar="DATE", help="last certification day, included")
    fetch.add_argument("--work-order", metavar="NUMBER", help="instead of dates: the Pro+ work order number")
    download = actions.add_parser("download", help="download certificate files into the downloads folder (files "
                                                   "already there are not fetched again)")
    download.add_argument("file_ids", nargs="*", type=whole_number, metavar="FILE_ID",
                          help="file ids (see 'fielddesk certificates list --json')")
    download.add_argument("--certificate", nargs="+", type=whole_number, metavar="ID",
                          help="every file of these certificates (Pro+ ids)")
    download.add_argument("--all", action="store_true", help="every file of every cached certificate")
    download.add_argument("--json", action="store_true", help="print JSON")
    actions.add_parser("folder", help="print the folder certificate files are downloaded to")


async def run(desk: Any, args: argparse.Namespace) -> int:
    if args.action == "list":
        return _list(desk, args)
    if args.action == "fetch":
        return await _fetch(desk, args)
    if args.action == "download":
        return await _download(desk, args)
    print(desk.certificates.folder)
    return EXIT_OK


def as_json(row: dict[str, Any]) -> dict[str, Any]:
    """`certificates list --json`: one certificate (its files with their paths on disk, None when not there)."""
    return dict(row)


def _matches(row: dict[str, Any], words: list[str]) -> bool:
    values = [row["client_name"], row["appliance_name"], row["type"], row["certification_date"], row["wo_number"],
              row["id"], row["client_id"], *(f["name"] for f in row["files"]), *(f["id"] for f in row["files"])]
    haystack = " ".join("" if v is None else str(v) for v in values).casefold()
    return all(word in haystack for word in words)


def _list(desk: Any, args: argparse.Namespace) -> int:
    words = (args.search or "").casefold().split()
    rows = [r for r in desk.certificates.all() if _matches(r, words)]
    if args.json:
        print_json([as_json(r) for r in rows])
        return EXIT_OK
    for r in rows:
        print(_line(r))
    print(f"{len(rows)} certificate(s)", file=sys.stderr)
    return EXIT_OK


def _line(r: dict[str, Any]) -> str:
    files = f"{r['downloaded']}/{len(r['files'])} file(s)"
    return (f"{r['certification_date'] or '-':<10} {_cut(r['client_name'] or str(r['client_id'] or '-'), 30):<30} "
            f"{_cut(r['appliance_name'] or '-', 22):<22} {_cut(r['type'] or '-', 12):<12} {files:<12} "
            f"Pro+ {r['id']}")


def _cut(text: str, width: int) -> str:
    return text if len(text) <= width else text[:width - 1] + "…"


def parse_date(text: str | None, option: str) -> dt.date:
    """YYYY-MM-DD or DD-MM-YYYY (as Pro+ writes dates); InputError naming the option otherwise."""
    value = (text or "").strip()
    for form in DATE_FORMATS:
        try:
            return dt.datetime.strptime(value, form).date()
        except ValueError:
            continue
    raise InputError(f"{option}: {text!r} is not a date (YYYY-MM-DD or DD-MM-YYYY)")


async def _fetch(desk: Any, args: argparse.Namespace) -> int:
    from app.services.certificates import CertificateError

    dates = args.begin is not None or args.end is not None
    if args.work_order is not None and dates:
        raise InputError("certificates fetch: give --from and --to, or --work-order, not both")
    if args.work_order is None:
        if args.begin is None or args.end is None:
            raise InputError("certificates fetch: give --from DATE and --to DATE, or --work-order NUMBER")
        begin, end = parse_date(args.begin, "--from"), parse_date(args.end, "--to")
        if end < begin:
            raise InputError(f"--to: {end.isoformat()} is before --from {begin.isoformat()}")
    elif not args.work_order.strip():
        raise InputError("--work-order: give a work order number")
    try:
        if args.work_order is not None:
            count = await desk.certificates.fetch_for_work_order(args.work_order)
            what = f"of work order {args.work_order.strip()}"
        else:
            count = await desk.certificates.fetch(begin, end)
            what = f"from {begin.isoformat()} to {end.isoformat()}"
    except CertificateError as exc:
        err(str(exc))
        return EXIT_VENDOR
    print(f"{count} certificate(s) {what} fetched from Pro+ (see 'fielddesk certificates list')")
    return EXIT_OK


def _wanted(desk: Any, args: argparse.Namespace) -> list[int]:
    """The file ids the arguments name; InputError when they name none, several ways, or what the cache lacks."""
    ways = sum((bool(args.file_ids), args.certificate is not None, args.all))
    if ways != 1:
        raise InputError("certificates download: give FILE_ID ..., --certificate ID ... or --all (one of them)")
    rows = desk.certificates.all()
    if args.all:
        return [f["id"] for r in rows for f in r["files"]]
    if args.certificate is not None:
        by_id = {r["id"]: r for r in rows}
        missing = [str(i) for i in args.certificate if i not in by_id]
        if missing:
            raise InputError(f"--certificate: no certificate {', '.join(missing)} in the cache (fetch it first: "
                             "fielddesk certificates fetch ...)")
        return [f["id"] for i in dict.fromkeys(args.certificate) for f in by_id[i]["files"]]
    known = {f["id"] for r in rows for f in r["files"]}
    missing = [str(i) for i in args.file_ids if i not in known]
    if missing:
        raise InputError(f"no certificate file {', '.join(missing)} in the cache (see 'fielddesk certificates list "
                         "--json'; fetch the certificate first)")
    return list(dict.fromkeys(args.file_ids))


async def _download(desk: Any, args: argparse.Namespace) -> int:
    ids = _wanted(desk, args)
    results = await desk.certificates.download(ids) if ids else []
    failed = [r for r in results if r.error is not None]
    if args.json:
        print_json([{"file_id": r.file_id, "path": None if r.path is None else str(r.path), "error": r.error}
                    for r in results])
    else:
        for r in results:
            if r.path is not None:
                print(f"{r.file_id} {r.path}")
    for r in failed:
        err(f"file {r.file_id}: {r.error}")
    print(f"{len(results) - len(failed)} file(s) in {desk.certificates.folder}"
          + (f", {len(failed)} failed" if failed else ""), file=sys.stderr)
    return EXIT_VENDOR if failed else EXIT_OK
