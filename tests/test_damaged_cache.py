"""A damaged or unusable cache never crashes a command, is never changed or deleted by one, and its queued writes
can still be recovered: the cache is moved aside, and a new one starts with the writes and drafts still readable."""

from __future__ import annotations

import hashlib
import json
import os
import random
import re
import shutil
import sqlite3
import stat
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from app.cli import main
from app.services.fielddesk import FieldDesk

WRITES = 3


@pytest.fixture(scope="module")
def healthy(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A synced sandbox home with WRITES queued writes, closed cleanly (no WAL left behind)."""
    home = tmp_path_factory.mktemp("healthy")
    os.environ["FIELDDESK_PROFILE"] = "sandbox"
    try:
        import asyncio

        desk = FieldDesk.open(home, "sandbox")
        asyncio.run(desk.sync())
        asyncio.run(desk.aclose())
        desk = FieldDesk.open(home, "sandbox")  # the sync ran on another loop; queue on a fresh desk
        for index in range(WRITES):
            desk.clients.queue_push({"client": [{"name": f"Herstel {index}", "city": "Gent"}]})
        desk.drafts.keep("client", "", "New client", {"opened": {}, "typed": {"client": {"name": "Half typed"}}})
        asyncio.run(desk.aclose())
    finally:
        del os.environ["FIELDDESK_PROFILE"]
    return home


def _pages(path: Path, table: str) -> list[int]:
    with sqlite3.connect(path) as conn:
        return [r[0] for r in conn.execute("SELECT pageno FROM dbstat WHERE name = ?", (table,))]


def _scribble(path: Path, pages: list[int], seed: int) -> None:
    """Random bytes over the end of each page, where SQLite keeps the page's records (cells grow from the end)."""
    rng = random.Random(seed)
    with path.open("r+b") as fh:
        for page in pages:
            fh.seek(page * 4096 - 1536)
            fh.write(rng.randbytes(1536))


def _overwrite(path: Path, offset: int, data: bytes) -> None:
    with path.open("r+b") as fh:
        fh.seek(offset)
        fh.write(data)


def _truncate(size: int) -> Callable[[Path], None]:
    return lambda p: os.truncate(p, size)


DAMAGE: dict[str, Callable[[Path], None]] = {
    "empty": _truncate(0),
    "truncated-header": _truncate(60),
    "truncated-first-page": _truncate(3000),
    "truncated-half": lambda p: os.truncate(p, p.stat().st_size // 2),
    "random-header": lambda p: _overwrite(p, 0, random.Random(2).randbytes(100)),
    "random-sqlite-master": lambda p: _scribble(p, [1], 3),
    "random-outbox-pages": lambda p: _scribble(p, _pages(p, "outbox"), 4),
    "random-client-pages": lambda p: _scribble(p, _pages(p, "clients")[:5], 5),
}


def _home_with(healthy: Path, tmp_path: Path, damage: Callable[[Path], None] | None) -> tuple[Path, Path]:
    home = tmp_path / "home"
    shutil.copytree(healthy, home)
    cache = home / "fielddesk.sqlite3"
    if damage is not None:
        damage(cache)
    return home, cache


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.mark.parametrize("damage", sorted(DAMAGE))
def test_commands_on_a_damaged_cache_exit_2_naming_it_and_leave_it_untouched(
        damage: str, healthy: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FIELDDESK_PROFILE", "sandbox")
    home, cache = _home_with(healthy, tmp_path, DAMAGE[damage])
    found: str | None = None  # the cache as it was when a command first reported the damage
    for command in (["clients", "list"], ["outbox", "list", "--json"], ["sync"], ["conflicts", "list"],
                    ["clients", "list", "--json"], ["sync"]):
        code = main(["--home", str(home), *command])
        _out, err = capsys.readouterr()
        assert "Traceback" not in err
        if code == 2:
            assert str(cache) in err and "move-aside" in err, err
            found = found or _digest(cache)
            assert _digest(cache) == found, f"{command}: the damaged file was changed after it was found damaged"
        else:  # damage this command never read (e.g. some client pages): it works, until it meets it
            assert code in (0, 1) and found is None, (command, code, err)
    assert found is not None, "every command ran as if nothing were wrong"


@pytest.mark.parametrize("damage", ["random-client-pages", "random-sqlite-master", "truncated-half", "empty"])
def test_the_readable_writes_of_a_damaged_cache_move_to_a_new_one(
        damage: str, healthy: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FIELDDESK_PROFILE", "sandbox")
    home, cache = _home_with(healthy, tmp_path, DAMAGE[damage])
    before = _digest(cache)
    assert main(["--home", str(home), "cache", "move-aside"]) == 0
    [moved] = [p for p in home.iterdir() if ".damaged-" in p.name and not p.name.endswith(("-wal", "-shm"))]
    assert _digest(moved) == before, "moved, not changed"
    said = capsys.readouterr().err
    assert "Traceback" not in said and f"moved the cache aside to {moved}" in said, said
    # The new cache took over at once what the old one still holds, as the window does.
    carried = re.search(r"(\d+) queued writes queued again, (\d+) unsaved forms kept", said)
    assert carried, said
    if damage == "random-client-pages":  # the outbox and the drafts were not touched
        assert carried.groups() == (str(WRITES), "1"), said
    if int(carried[1]) < WRITES:
        assert "could not read" in said and f"outbox export --from {moved}" in said, said
    code = main(["--home", str(home), "outbox", "export", "--from", str(moved)])
    out, err = capsys.readouterr()
    assert "Traceback" not in err
    if code == 2:  # the schema or the outbox itself is unreadable: said so, naming the file
        assert damage != "random-client-pages" and str(moved) in err, err
        return
    assert code in (0, 1), err
    exported = json.loads(out)
    assert [e["summary"] for e in exported] == [f"Push client 'Herstel {i}' (new)" for i in range(WRITES)]
    writes = tmp_path / "writes.json"
    writes.write_text(out, encoding="utf-8")
    assert main(["--home", str(home), "outbox", "import", str(writes)]) == 0
    assert main(["--home", str(home), "outbox", "import", str(writes)]) == 0  # twice: nothing doubles
    capsys.readouterr()
    assert main(["--home", str(home), "outbox", "list", "--json"]) == 0
    queued = json.loads(capsys.readouterr().out)
    assert [e["idempotency_key"] for e in queued] == [e["idempotency_key"] for e in exported]
    assert main(["--home", str(home), "sync"]) == 0, "the recovered writes reach the vendor"


def test_moving_aside_twice_within_a_second_keeps_both_files(healthy: Path, tmp_path: Path,
                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    """The moved file's name has the time to the second: a second move in the same second must not overwrite the
    first (a rename replaces its target)."""
    import datetime as dt

    from app.services import recovery

    class Frozen(dt.datetime):
        @classmethod
        def now(cls, tz: dt.tzinfo | None = None) -> Frozen:
            return cls(2026, 12, 8, 9, 30, 0)

    monkeypatch.setattr(dt, "datetime", Frozen)
    _home, cache = _home_with(healthy, tmp_path, None)
    first_digest = _digest(cache)
    first = recovery.move_aside(cache)
    cache.write_bytes(b"a second damaged cache")
    second = recovery.move_aside(cache)
    assert first != second and {first.name, second.name} == {
        "fielddesk.sqlite3.damaged-20261208-093000", "fielddesk.sqlite3.damaged-20261208-093000-2"}
    assert _digest(first) == first_digest and second.read_bytes() == b"a second damaged cache"


@pytest.mark.parametrize("damage", sorted(DAMAGE))
def test_a_new_cache_carries_over_what_a_damaged_one_still_holds(damage: str, healthy: Path, tmp_path: Path,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    """What the window does after moving a damaged cache aside: never a crash, never a change to the old file, and
    every write and draft that can still be read queued or kept in the new cache."""
    from app.services import recovery

    monkeypatch.setenv("FIELDDESK_PROFILE", "sandbox")
    home, cache = _home_with(healthy, tmp_path, DAMAGE[damage])
    moved = recovery.move_aside(cache)
    before = _digest(moved)
    desk = FieldDesk.open(home, "sandbox")
    try:
        carried = recovery.carry_over(moved, desk.store)
        assert _digest(moved) == before
        assert carried.queued == len(desk.outbox.entries()) <= WRITES
        assert carried.drafts == len(desk.drafts.all()) <= 1
        if damage == "random-client-pages":  # the outbox and the drafts were not touched
            assert (carried.queued, carried.unreadable, carried.drafts, carried.problem) == (WRITES, 0, 1, None)
        if carried.queued < WRITES:
            assert carried.unreadable or carried.problem, "writes left behind without saying so"
    finally:
        desk.drafts.close()
        desk.store.close()


def _free_4_megabytes(cache: Path) -> None:
    """~4 MB of the cache's pages written, then freed (as rows deleted or made smaller leave them)."""
    db = sqlite3.connect(cache)
    try:
        db.execute("CREATE TABLE scratch (x BLOB)")
        db.executemany("INSERT INTO scratch VALUES (?)", [(os.urandom(4000),) for _ in range(1000)])
        db.commit()
        db.execute("DROP TABLE scratch")
        db.commit()
        db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        db.close()


def test_compact_gives_the_free_pages_back_and_keeps_every_client_and_queued_write(
        healthy: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    """As after the upgrade to schema 4.0 (whose pulls leave the clients' old copies as free pages): `cache compact`
    gives the space back and changes nothing in what the cache holds."""
    monkeypatch.setenv("FIELDDESK_PROFILE", "sandbox")
    home, cache = _home_with(healthy, tmp_path, None)
    _free_4_megabytes(cache)

    def held() -> list[object]:
        with sqlite3.connect(cache) as db:
            return [db.execute(f"SELECT * FROM {table} ORDER BY 1").fetchall()
                    for table in ("clients", "appliances", "outbox", "record_links", "client_rows")]

    before, size = held(), cache.stat().st_size
    assert main(["--home", str(home), "cache", "compact"]) == 0
    err = capsys.readouterr().err
    assert "Traceback" not in err and f"compacted the cache {cache}" in err, err
    assert cache.stat().st_size < size - 3_500_000, (size, cache.stat().st_size)
    assert held() == before
    with sqlite3.connect(cache) as db:
        assert db.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert db.execute("PRAGMA freelist_count").fetchone() == (0,)
    assert main(["--home", str(home), "clients", "list", "--search", "Herstel"]) == 0


def test_compact_while_another_fielddesk_reads_the_cache_says_the_file_shrinks_when_that_one_closes_it(
        healthy: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FIELDDESK_PROFILE", "sandbox")
    home, cache = _home_with(healthy, tmp_path, None)
    _free_4_megabytes(cache)
    size = cache.stat().st_size
    window = sqlite3.connect(cache, isolation_level=None)  # as a window's reading connection, mid-read
    window.execute("BEGIN")
    window.execute("SELECT count(*) FROM clients").fetchone()
    assert main(["--home", str(home), "cache", "compact"]) == 0
    err = capsys.readouterr().err
    assert "is reading it, so the file shrinks when that one closes it" in err, err
    window.execute("COMMIT")
    window.close()
    assert cache.stat().st_size < size - 3_500_000, "given back when the last reader closed"


def test_a_window_reading_the_cache_file_reads_on_after_compact_shrank_it(
        healthy: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """`cache compact` from another FieldDesk shrinks the cache file while a window's view keeps pages of it in its
    page cache; the view's next pages must come from the compacted file, the same rows in every order and filter."""
    monkeypatch.setenv("FIELDDESK_PROFILE", "sandbox")
    home, cache = _home_with(healthy, tmp_path, None)
    _free_4_megabytes(cache)
    size = cache.stat().st_size
    desk = FieldDesk.open(home, "sandbox")
    try:
        table = desk.clients.table()
        before = [table.page(text, column, False, 0, 500) for text in ("", "her", "a") for column in (0, 1, 2)]
        assert main(["--home", str(home), "cache", "compact"]) == 0
        assert cache.stat().st_size < size - 3_500_000, "the window held no read: the file shrank at once"
        after = [table.page(text, column, False, 0, 500) for text in ("", "her", "a") for column in (0, 1, 2)]
        assert after == before and before[0]
    finally:
        desk.store.close()


def test_an_unclean_shutdown_is_checked_at_the_next_start(healthy: Path, tmp_path: Path,
                                                            capsys: pytest.CaptureFixture[str],
                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FIELDDESK_PROFILE", "sandbox")
    home, _cache = _home_with(healthy, tmp_path, lambda p: _scribble(p, _pages(p, "clients")[10:13], 9))
    assert main(["--home", str(home), "outbox", "list"]) == 0, "the damage is in pages this command never reads"
    capsys.readouterr()
    (home / "fielddesk.sqlite3.open").touch()  # as a killed FieldDesk leaves it
    assert main(["--home", str(home), "outbox", "list"]) == 2
    err = capsys.readouterr().err
    assert "did not close the cache cleanly: checking it" in err, "said before the wait"
    assert "is damaged" in err


def test_a_read_only_cache_is_named(healthy: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                    monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FIELDDESK_PROFILE", "sandbox")
    home, cache = _home_with(healthy, tmp_path, None)
    if os.geteuid() != 0:
        cache.chmod(stat.S_IRUSR)
        assert main(["--home", str(home), "clients", "list"]) == 2
        assert "read-only" in capsys.readouterr().err
        return
    # Root writes through file permissions: the command runs as "nobody" (effective uid), on a copy of the home
    # in a folder nobody may write, whose cache file only root may write.
    assert main(["--home", str(home), "clients", "list"]) == 0  # every module the command imports is loaded now
    capsys.readouterr()
    import tempfile

    shared = Path(tempfile.mkdtemp(prefix="fd-read-only-"))
    try:
        for item in home.iterdir():
            if item.is_file():
                shutil.copy2(item, shared / item.name)
        for path in (shared, *shared.iterdir()):
            os.chown(path, NOBODY, NOBODY)
        os.chown(shared / cache.name, 0, 0)
        (shared / cache.name).chmod(0o444)
        os.seteuid(NOBODY)
        try:
            assert main(["--home", str(shared), "clients", "list"]) == 2
        finally:
            os.seteuid(0)
        assert "read-only" in capsys.readouterr().err
    finally:
        shutil.rmtree(shared, ignore_errors=True)


NOBODY = 65534


def test_a_home_that_is_a_file_or_a_cache_that_is_a_folder_is_named(tmp_path: Path,
                                                                    capsys: pytest.CaptureFixture[str],
                                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FIELDDESK_PROFILE", "sandbox")
    not_a_folder = tmp_path / "home-file"
    not_a_folder.write_text("x", encoding="utf-8")
    assert main(["--home", str(not_a_folder), "clients", "list"]) == 2
    assert "a file is in the way" in capsys.readouterr().err
    home = tmp_path / "home"
    (home / "fielddesk.sqlite3").mkdir(parents=True)
    assert main(["--home", str(home), "clients", "list"]) == 2
    assert "is a folder" in capsys.readouterr().err


def test_a_deleted_write_ahead_log_loses_nothing_committed(healthy: Path, tmp_path: Path,
                                                           capsys: pytest.CaptureFixture[str],
                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FIELDDESK_PROFILE", "sandbox")
    home, _cache = _home_with(healthy, tmp_path, None)
    for side in ("-wal", "-shm"):
        (home / f"fielddesk.sqlite3{side}").unlink(missing_ok=True)
    assert main(["--home", str(home), "outbox", "list", "--json"]) == 0
    assert len(json.loads(capsys.readouterr().out)) == WRITES


@pytest.mark.parametrize("edit", ["none", "values-not-an-object", "template-needs-another-value",
                                  "template-indexes-a-text", "says-something-else"])
def test_export_and_import_keep_each_summary_in_the_users_language(
        edit: str, healthy: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    """The template and values go through the file, so the window can still translate an imported write; one
    edited by hand into something that does not fit falls back to the English text, and nothing is refused."""
    monkeypatch.setenv("FIELDDESK_PROFILE", "sandbox")
    assert main(["--home", str(healthy), "outbox", "export"]) == 0
    exported = json.loads(capsys.readouterr().out)
    assert exported[0]["summary_template"] == {"template": "Push client '{name}' (new)",
                                               "values": {"name": "Herstel 0"}}
    entry = exported[0]
    if edit == "values-not-an-object":
        entry["summary_template"]["values"] = ["Herstel 0"]
    elif edit == "template-needs-another-value":
        entry["summary_template"]["template"] = "Push client '{other}'"
    elif edit == "template-indexes-a-text":
        entry["summary_template"]["template"] = "Push client '{name[0][0]:d}'"
    elif edit == "says-something-else":
        entry["summary_template"]["values"] = {"name": "Someone else"}
    writes = tmp_path / "writes.json"
    writes.write_text(json.dumps(exported), encoding="utf-8")
    home = tmp_path / "new-home"
    assert main(["--home", str(home), "outbox", "import", str(writes)]) == 0
    desk = FieldDesk.open(home, "sandbox")
    try:
        [first, *_] = desk.outbox.entries()
        assert first.summary == "Push client 'Herstel 0' (new)"
        expected = (("Push client '{name}' (new)", {"name": "Herstel 0"}) if edit == "none" else None)
        assert (tuple(first.summary_template) if first.summary_template else None) == expected
    finally:
        desk.store.close()


_TEXT = st.text(max_size=12)
_JSON = st.recursive(st.none() | st.booleans() | st.integers() | st.floats() | _TEXT,
                     lambda children: st.lists(children, max_size=3) | st.dictionaries(_TEXT, children, max_size=3),
                     max_leaves=10)
_ENTRY = st.fixed_dictionaries(
    {"vendor": st.sampled_from(["proplus", "benext", "nope", ""]) | _TEXT,
     "operation": st.sampled_from(["push-client", "set-setpoint"]) | _TEXT,
     "record_key": _TEXT, "idempotency_key": _TEXT, "summary": _TEXT},
    optional={"payload": _JSON, "base": _JSON, "summary_template": _JSON | st.fixed_dictionaries(
        {"template": _TEXT, "values": st.dictionaries(_TEXT, _JSON, max_size=2)})})


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.one_of(
    st.binary(max_size=120),
    _JSON.map(lambda v: json.dumps(v, allow_nan=True).encode("utf-8", "surrogatepass")),
    st.lists(_ENTRY, max_size=3).map(lambda v: json.dumps(v, allow_nan=True).encode("utf-8", "surrogatepass")),
))
@example(data=b'[{"vendor":"proplus","operation":"push-client","record_key":"k","idempotency_key":"i",'
              b'"summary":"\\ud800","payload":{}}]')
@example(data=b'[{"vendor":"proplus","operation":"push-client","record_key":"k","idempotency_key":"i",'
              b'"summary":"s","payload":{"name":"\\udfff"}}]')
@example(data=b'[{"vendor":"proplus","operation":"push-client","record_key":"k","idempotency_key":"i",'
              b'"summary":"s","payload":{},"summary_template":{"template":"{0[x]:d}","values":{"\\ud800":1}}}]')
def test_any_bytes_in_an_import_file_exit_0_or_2_and_a_refused_file_queues_nothing(
        home: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], data: bytes) -> None:
    path = tmp_path / "writes.json"
    path.write_bytes(data)
    capsys.readouterr()
    assert main(["outbox", "list", "--json"]) == 0
    before = json.loads(capsys.readouterr().out)
    code = main(["outbox", "import", str(path)])
    out = capsys.readouterr()
    assert code in (0, 2), out.err
    assert "Traceback" not in out.err
    assert main(["outbox", "list", "--json"]) == 0
    after = json.loads(capsys.readouterr().out)
    if code == 2:
        assert str(path) in out.err
        assert after == before
    else:
        assert len(after) >= len(before)


def test_a_summary_whose_values_are_texts_goes_through_export_and_import(tmp_path: Path) -> None:
    """A summary template may name a translatable word (a `Text` among its values): it survives the file as the same
    nested template, so the imported write is still said in the user's language."""
    from app.i18n import Text
    from app.store import outbox, recovery
    from app.store.db import Store

    summary = Text("Push {what} for {name}", {"what": Text("a heat pump"), "name": "Herstel 0"})
    old = Store(tmp_path / "old.sqlite3")
    with old.transaction() as conn:
        outbox.enqueue(conn, vendor="podero", operation="register", record_key="hp-1", summary=summary, payload={})
    old.close()
    entries, _skipped = recovery.export_outbox(tmp_path / "old.sqlite3")
    entries = json.loads(json.dumps(entries))  # as the file carries them
    new = Store(tmp_path / "new.sqlite3")
    try:
        recovery.import_entries(new, entries)
        [entry] = outbox.entries(new)
        assert entry.summary == "Push a heat pump for Herstel 0"
        assert entry.summary_template == summary
    finally:
        new.close()
