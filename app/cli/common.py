"""What every noun of the command line shares: exit codes, bad input, reading a JSON file, messages, queuing a
write and sending it at once, refreshing a vendor before its cache is shown."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Iterable, Sequence
from typing import Any, TypeVar

from app.services import files

EXIT_OK, EXIT_VENDOR, EXIT_USAGE = 0, 1, 2

#: What to do about a write the vendor rejected, unless the command knows better.
OUTBOX_HINT = "see 'fielddesk outbox list'"

_T = TypeVar("_T")


class InputError(Exception):
    """Bad input from the user; exit 2."""


#: The whole numbers a cache row or an id can hold (SQLite's INTEGER: 64-bit signed).
_INTEGER_RANGE = range(-(2**63), 2**63)


def whole_number(text: str) -> int:
    """argparse type of ids and counts: a whole number that fits a cache row (a larger one is bad usage, exit 2)."""
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
    if value not in _INTEGER_RANGE:
        raise argparse.ArgumentTypeError(f"{text} is too large") from None
    return value


def port_number(text: str) -> int:
    """argparse type of a TCP port (1 to 65535)."""
    value = whole_number(text)
    if not 1 <= value <= 65535:
        raise argparse.ArgumentTypeError(f"{text} is not a port (1 to 65535)")
    return value


def err(message: str) -> None:
    print(f"fielddesk: {message}", file=sys.stderr)


#: Problems listed before the rest are summarised: a file of 10,000 bad clients must not flood the terminal.
MAX_LISTED_PROBLEMS = 40


def read_json_file(path: str) -> Any:
    """The JSON in `path`; InputError naming the file (and line:column) when it cannot be read or parsed."""
    try:
        return files.read_json_file(path)
    except files.InputFileError as exc:
        raise InputError(str(exc)) from exc


def _stdout_is_utf8() -> bool:
    return (sys.stdout.encoding or "").lower().replace("-", "").replace("_", "") in ("utf8", "utf8sig")


def print_json(value: Any) -> None:
    """`--json` output: on stdout, and nothing else there (escaped to ASCII where stdout cannot take UTF-8)."""
    json.dump(value, sys.stdout, ensure_ascii=not _stdout_is_utf8(), indent=2)
    print()


def print_json_stream(items: Iterable[Any]) -> int:
    """A JSON array written item by item, one item a line, so a listing of any size takes bounded memory (and
    json's C encoder: indenting would switch it to the pure-Python one, ten times slower). Returns the count."""
    ascii_only = not _stdout_is_utf8()
    count = 0
    sys.stdout.write("[")
    for item in items:
        sys.stdout.write(",\n" if count else "\n")
        sys.stdout.write(json.dumps(item, ensure_ascii=ascii_only))
        count += 1
    sys.stdout.write("\n]\n" if count else "]\n")
    return count


def print_json_texts(texts: Iterable[str]) -> int:
    """`print_json_stream` for items already encoded as JSON text (UTF-8; escaped to ASCII where stdout cannot take
    UTF-8). Returns the count."""
    ascii_only = not _stdout_is_utf8()
    count = 0
    sys.stdout.write("[")
    for text in texts:
        sys.stdout.write(",\n" if count else "\n")
        sys.stdout.write(json.dumps(json.loads(text)) if ascii_only else text)
        count += 1
    sys.stdout.write("\n]\n" if count else "]\n")
    return count


def report_errors(reports: list[Any]) -> int:
    """Each vendor's failure on stderr; exit 1 when any failed."""
    failed = [r for r in reports if r.problem is not None]
    for report in failed:
        err(f"{report.problem} (queued writes are kept and will be sent on the next sync)")
    return EXIT_VENDOR if failed else EXIT_OK


def print_push_errors(file: str, exc: Any, body: str = "push-client") -> None:
    """A body check's error (a PushValidationError or alike): the file, then each bad field's path and problem (the
    first screenful)."""
    err(f"{file}: invalid {body} body:")
    for problem in exc.errors[:MAX_LISTED_PROBLEMS]:
        print(f"  {problem.path}: {problem.message}", file=sys.stderr)
    if len(exc.errors) > MAX_LISTED_PROBLEMS:
        print(f"  ... and {len(exc.errors) - MAX_LISTED_PROBLEMS:,} more problem(s)", file=sys.stderr)


def queue_from_file(file: str, queue: Callable[[Any], _T], invalid: type[Exception], body: str) -> _T | None:
    """Read the JSON in `file` and pass it to `queue` (a service call that checks the body, then queues it).
    Returns what `queue` returns; None when the check raised `invalid`: each problem is then said, naming the
    file (print_push_errors with `body`), nothing was queued and the caller exits 2."""
    data = read_json_file(file)
    try:
        return queue(data)
    except invalid as exc:
        print_push_errors(file, exc, body)
        return None


async def send_now(desk: Any, vendor: str, entry_id: int, *, done: str = "sent", fix: str = OUTBOX_HINT) -> int:
    """A write just queued: `queued outbox N` on stderr, then it is sent at once (send_queued)."""
    print(f"queued outbox {entry_id}", file=sys.stderr)
    return await send_queued(desk, vendor, [entry_id], done=done, fix=fix)


async def send_queued(desk: Any, vendor: str, entry_ids: Sequence[int], *, done: str = "sent",
                      fix: str = OUTBOX_HINT) -> int:
    """Replay `vendor`'s queue now and say what became of these writes: exit 0 when the vendor accepted all of
    them, 1 when one was rejected (with the vendor's words and `fix`) or still waits (it stays queued)."""
    from app.services.startup import vendor_label

    label = vendor_label(vendor)
    if vendor not in desk.vendors:
        err(f"{label} is not set up in this profile: outbox {', '.join(map(str, entry_ids))} stays queued")
        return EXIT_VENDOR
    report = await desk.replay(vendor)
    wanted = set(entry_ids)
    left = {e.id: e for e in desk.outbox.entries() if e.id in wanted}
    for entry_id in entry_ids:
        entry = left.get(entry_id)
        if entry is None:
            print(f"outbox {entry_id}: {done}")
        elif entry.state == "rejected":
            err(f"outbox {entry_id}: rejected by {label}: {entry.last_error} ({fix})")
        else:
            why = report.problem or entry.last_error or "waiting for an earlier write"
            err(f"outbox {entry_id}: not sent yet ({why}); it stays queued and goes with the next sync")
    return EXIT_VENDOR if left else EXIT_OK


async def refresh(desk: Any, vendor: str) -> bool:
    """Sync one vendor before its cache is shown; False (and the reason on stderr) when it failed."""
    if vendor not in desk.vendors:
        err(f"{vendor} is not set up in this profile ({desk.settings.profile}): showing the cache")
        return False
    [report] = await desk.sync([vendor])
    if report.problem is not None:
        err(f"{report.problem}: showing the cache (values not refreshed are marked stale)")
        return False
    return True
