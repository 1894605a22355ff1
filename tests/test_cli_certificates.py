"""`fielddesk certificates ...` run in-process as a user runs it, against the sandbox Pro+ (demo certificates for the
demo clients over the last two years): the cached list and its `--json`, fetching a date range (both date forms) or
a work order's, exit 2 naming the option for a bad date or a bad choice, downloads printing where each file went
(not fetched twice), exit 1 with the other files kept when one fails, and the downloads folder."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest

from app.cli import main

TODAY = dt.date.today()
#: `certificates list --json` fields, per certificate and per file.
CERTIFICATE_KEYS = {"id", "client_id", "client_name", "appliance_id", "appliance_name", "type", "status",
                    "certification_date", "next_certification_date", "wo_number", "files", "downloaded", "fetched_at"}
FILE_KEYS = {"id", "kind", "name", "path", "size"}


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    capsys.readouterr()
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def as_json(capsys: pytest.CaptureFixture[str], *argv: str) -> Any:
    code, out, err = run(capsys, *argv, "--json")
    assert code == 0, err
    return json.loads(out)  # the whole of stdout is the JSON


def listed(capsys: pytest.CaptureFixture[str], *argv: str) -> list[dict[str, Any]]:
    found: list[dict[str, Any]] = as_json(capsys, "certificates", "list", *argv)
    return found


@pytest.fixture
def fetched(home: Path, capsys: pytest.CaptureFixture[str]) -> list[dict[str, Any]]:
    """A sandbox home (tests/conftest.py) with every demo certificate of the last two and a half years cached."""
    code, _out, err = run(capsys, "certificates", "fetch", "--from", (TODAY - dt.timedelta(days=900)).isoformat(),
                         "--to", TODAY.isoformat())
    assert code == 0, err
    return listed(capsys)


def sandbox_book(home: Path) -> Path:
    return home / "sandbox" / "proplus-certificates.json"


def test_list_is_empty_until_a_sync_or_fetch_fills_it(home: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert listed(capsys) == []
    code, out, err = run(capsys, "certificates", "list")
    assert code == 0 and out == "" and "0 certificate(s)" in err

    assert main(["sync", "--vendor", "proplus"]) == 0
    synced = listed(capsys)
    assert synced, "a sync fetches the last year's certificates"
    year_ago = (TODAY - dt.timedelta(days=365)).isoformat()
    assert all(c["certification_date"] >= year_ago for c in synced)


def test_fetch_a_range_and_list_it(fetched: list[dict[str, Any]], capsys: pytest.CaptureFixture[str]) -> None:
    assert len(fetched) > 10
    assert all(set(c) == CERTIFICATE_KEYS and all(set(f) == FILE_KEYS for f in c["files"]) for c in fetched)
    dates = [c["certification_date"] for c in fetched]
    assert dates == sorted(dates, reverse=True) and all(dt.date.fromisoformat(d) for d in dates)
    assert min(dates) < (TODAY - dt.timedelta(days=400)).isoformat(), "more than the sync's year"
    assert all(c["downloaded"] == 0 and all(f["path"] is None for f in c["files"]) for c in fetched)

    code, out, err = run(capsys, "certificates", "list")
    lines = out.splitlines()
    assert code == 0 and len(lines) == len(fetched) and f"{len(fetched)} certificate(s)" in err
    first = fetched[0]
    assert lines[0].startswith(first["certification_date"]) and lines[0].endswith(f"Pro+ {first['id']}")
    assert first["client_name"][:20] in lines[0] and f"0/{len(first['files'])} file(s)" in lines[0]

    name = first["client_name"]
    found = listed(capsys, "--search", name.upper())
    assert found and all(c["client_name"] == name for c in found)
    assert listed(capsys, "--search", "no such client anywhere") == []

    # The same range in Pro+'s own date form fetches the same certificates.
    code, out, _ = run(capsys, "certificates", "fetch", "--from", (TODAY - dt.timedelta(days=900)).strftime("%d-%m-%Y"),
                       "--to", TODAY.strftime("%d-%m-%Y"))
    assert code == 0 and out.startswith(f"{len(fetched)} certificate(s) from ")
    assert len(listed(capsys)) == len(fetched)


def test_fetch_by_work_order(fetched: list[dict[str, Any]], home: Path, capsys: pytest.CaptureFixture[str]) -> None:
    book = json.loads(sandbox_book(home).read_text(encoding="utf-8"))
    numbers = [c["wo_number"] for c in book["certificates"] if c.get("wo_number")]
    assert numbers, "the sandbox's done work orders have certificates"
    code, out, err = run(capsys, "certificates", "fetch", "--work-order", numbers[0])
    assert code == 0, err
    assert out.startswith(f"1 certificate(s) of work order {numbers[0]}")
    assert [c["wo_number"] for c in listed(capsys, "--search", numbers[0])] == [numbers[0]]
    code, out, _ = run(capsys, "certificates", "fetch", "--work-order", "NO-SUCH-WO")
    assert code == 0 and out.startswith("0 certificate(s)")


@pytest.mark.parametrize(("argv", "named"), [
    (["--from", "2024-02-30", "--to", "2024-03-01"], "--from"),
    (["--from", "2024-02-01", "--to", "yesterday"], "--to"),
    (["--from", "01/02/2024", "--to", "2024-03-01"], "--from"),
    (["--from", "2024-03-01", "--to", "2024-02-01"], "--to"),
    (["--from", "2024-03-01"], "--to"),
    ([], "--work-order"),
    (["--work-order", "WO-1", "--from", "2024-03-01", "--to", "2024-03-02"], "--work-order"),
    (["--work-order", "  "], "--work-order"),
])
def test_bad_fetch_arguments_exit_2_naming_the_option(home: Path, capsys: pytest.CaptureFixture[str],
                                                      argv: list[str], named: str) -> None:
    code, out, err = run(capsys, "certificates", "fetch", *argv)
    assert code == 2 and out == ""
    assert named in err and "Traceback" not in err


def test_download_prints_where_each_file_went_and_does_not_fetch_twice(
        fetched: list[dict[str, Any]], home: Path, capsys: pytest.CaptureFixture[str]) -> None:
    certificate = next(c for c in fetched if len(c["files"]) >= 2)
    pdf = next(f for f in certificate["files"] if f["name"].endswith(".pdf"))
    code, out, err = run(capsys, "certificates", "download", str(pdf["id"]))
    assert code == 0, err
    [line] = out.splitlines()
    file_id, path = line.split(" ", 1)
    assert int(file_id) == pdf["id"] and Path(path).read_bytes().startswith(b"%PDF-")
    assert Path(path).parent.parent == home / "downloads" / "certificates" and Path(path).name == pdf["name"]

    results = as_json(capsys, "certificates", "download", "--certificate", str(certificate["id"]))
    assert [r["file_id"] for r in results] == [f["id"] for f in certificate["files"]]
    assert all(r["error"] is None and Path(r["path"]).is_file() for r in results)
    assert next(r["path"] for r in results if r["file_id"] == pdf["id"]) == path, "the same file, not a copy"
    [shown] = [c for c in listed(capsys) if c["id"] == certificate["id"]]
    assert shown["downloaded"] == len(shown["files"]) and all(f["path"] and f["size"] for f in shown["files"])
    code, out, _ = run(capsys, "certificates", "list", "--search", str(certificate["id"]))
    assert f"{len(shown['files'])}/{len(shown['files'])} file(s)" in out


def test_download_all(fetched: list[dict[str, Any]], capsys: pytest.CaptureFixture[str]) -> None:
    results = as_json(capsys, "certificates", "download", "--all")
    assert len(results) == sum(len(c["files"]) for c in fetched)
    assert all(r["error"] is None and Path(r["path"]).is_file() for r in results)
    assert len({r["path"] for r in results}) == len(results), "every file has its own name"


def test_one_failing_file_exits_1_and_the_others_are_kept(fetched: list[dict[str, Any]], home: Path,
                                                          capsys: pytest.CaptureFixture[str]) -> None:
    certificate = next(c for c in fetched if len(c["files"]) >= 2)
    gone, kept = certificate["files"][0], certificate["files"][1:]
    # Pro+ lost one file since the fetch: its simulator no longer has it.
    path = sandbox_book(home)
    book = json.loads(path.read_text(encoding="utf-8"))
    for wire in book["certificates"]:
        wire["certificate_files"] = [f for f in wire["certificate_files"] if f["id"] != gone["id"]]
    path.write_text(json.dumps(book), encoding="utf-8")

    code, out, err = run(capsys, "certificates", "download", "--certificate", str(certificate["id"]))
    assert code == 1
    assert [int(line.split(" ", 1)[0]) for line in out.splitlines()] == [f["id"] for f in kept]
    assert f"file {gone['id']}: proplus: " in err and "not found" in err.lower()
    assert f"{len(kept)} file(s) in " in err and "1 failed" in err
    code, out, err = run(capsys, "certificates", "download", "--json", str(gone["id"]), str(kept[0]["id"]))
    assert code == 1
    results = json.loads(out)
    assert [(r["file_id"], r["path"] is None, r["error"] is None) for r in results] == [
        (gone["id"], True, False), (kept[0]["id"], False, True)]


@pytest.mark.parametrize(("argv", "said"), [
    ([], "one of them"),
    (["--all", "1"], "one of them"),
    (["999999"], "no certificate file 999999"),
    (["--certificate", "999999"], "--certificate: no certificate 999999"),
])
def test_bad_download_arguments_exit_2(fetched: list[dict[str, Any]], capsys: pytest.CaptureFixture[str],
                                       argv: list[str], said: str) -> None:
    code, out, err = run(capsys, "certificates", "download", *argv)
    assert code == 2 and out == "" and said in err


def test_folder(home: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "certificates", "folder")
    assert code == 0 and out == f"{home / 'downloads' / 'certificates'}\n"
