"""Any value in any argument of any command, against a synced sandbox: the command ends with exit 0 (done), 1 (the
vendor refused or failed, said so) or 2 (bad usage or input, said so), never with a traceback or a fault of
FieldDesk's own (which the log-fail plugin would catch: the CLI logs a fault as an error).

The commands and their arguments are read from the parser itself, so a command added later is covered too.
(Files given to --file have their own suites: tests/test_cli_files.py and those beside each feature.)"""

from __future__ import annotations

import argparse
import json
import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from app.cli import build_parser, main

#: Commands left out: the window, a server that runs until stopped, and the whole sync (the home is synced once).
_LEFT_OUT = {("gui",), ("webhook", "serve"), ("sync",)}


def _leaves(parser: argparse.ArgumentParser, prefix: tuple[str, ...] = ()) -> Iterator[
        tuple[tuple[str, ...], argparse.ArgumentParser]]:
    subparsers = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
    if not subparsers:
        yield prefix, parser
        return
    for name, child in subparsers[0].choices.items():
        yield from _leaves(child, (*prefix, name))


COMMANDS = {" ".join(path): parser for path, parser in _leaves(build_parser()) if path not in _LEFT_OUT}

#: Values a user (or a script) might give: the sandbox's own ids and names, numbers and dates of every kind, and
#: any text at all.
_KNOWN = st.sampled_from(["FD-24001", "FD-24002", "V90001", "1010", "1", "0", "-1", "7001", "90011", "5011",
                          "HEAT555", "brixel-klimaat", "FD-BE-0003", "Brixel Klimaat & Koeling BV", "2026-12-08",
                          "2026-02-30", "08-12-2026", "2026-12-08T09:00", "2026-12-08T25:00", "9999-12-31",
                          "0001-01-01", "MORNING", "ALL DAY", "21.5", "nan", "inf", "-1e309", "1e400", "0x10",
                          "9" * 40, "", " ", "gent", "clients", "*", "%", "_", "'", '"', "\\", "\u202e", "\udcff"])
_TEXT = st.text(st.characters(blacklist_characters="\x00", blacklist_categories=()), max_size=24)
_VALUE = st.one_of(_KNOWN, _TEXT, st.integers().map(str), st.floats(allow_nan=True).map(str), st.dates().map(str))


@st.composite
def _argv(draw: st.DrawFn, command: str) -> list[str]:
    """The command with each required argument and a random choice of the others, each with a drawn value."""
    argv = command.split()
    positionals: list[str] = []
    for action in COMMANDS[command]._actions:
        if isinstance(action, argparse._HelpAction):
            continue
        if action.dest == "file":  # files have their own suites: here, one that is not there
            argv.append(f"--file={_NO_FILE}") if action.option_strings else positionals.append(_NO_FILE)
            continue
        if not action.required and action.option_strings and not draw(st.booleans()):
            continue
        values = st.sampled_from(sorted(map(str, action.choices))) | _VALUE if action.choices else _VALUE
        if action.nargs == 0:  # a flag
            argv.append(action.option_strings[0])
        elif action.nargs in ("*", "+"):
            drawn = draw(st.lists(values, min_size=1 if action.nargs == "+" else 0, max_size=3))
            if action.option_strings:
                argv += [action.option_strings[0], *drawn]
            else:
                positionals += drawn
        elif action.option_strings:  # --option=value: a value may start with "-"
            argv.append(f"{action.option_strings[0]}={draw(values)}")
        else:
            positionals.append(draw(values))
    return [*argv, "--", *positionals] if positionals else argv


@pytest.fixture(scope="module")
def synced(tmp_path_factory: pytest.TempPathFactory) -> Path:
    home = tmp_path_factory.mktemp("synced")
    os.environ["FIELDDESK_PROFILE"] = "sandbox"
    try:
        assert main(["--home", str(home), "sync"]) == 0
    finally:
        del os.environ["FIELDDESK_PROFILE"]
    return home


@pytest.fixture
def sandbox_home(synced: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A copy of the synced home (the commands may write to it), in the sandbox profile."""
    home = tmp_path / "home"
    shutil.copytree(synced, home)
    for name in list(os.environ):
        if name.startswith("FIELDDESK_"):
            monkeypatch.delenv(name)
    monkeypatch.setenv("FIELDDESK_HOME", str(home))
    monkeypatch.setenv("FIELDDESK_PROFILE", "sandbox")
    return home


@pytest.mark.parametrize("command", sorted(COMMANDS))
@settings(max_examples=int(os.environ.get("FIELDDESK_CLI_EXAMPLES", "6")), deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(data=st.data())
@example(data=None)  # the command with its required arguments as the sandbox knows them (see _plain)
def test_any_argument_ends_with_0_1_or_2_and_a_message_never_a_traceback(
        command: str, sandbox_home: Path, capsys: pytest.CaptureFixture[str], data: st.DataObject | None) -> None:
    argv = _plain(command) if data is None else data.draw(_argv(command), label="argv")
    try:
        code = main(argv)
    except SystemExit as exit_:  # argparse: bad usage
        code = exit_.code if isinstance(exit_.code, int) else 2
    out, err = capsys.readouterr()
    assert code in (0, 1, 2), (argv, code, err)
    assert "Traceback" not in err and "a fault in FieldDesk" not in err, (argv, err)
    if code != 0:
        assert err.strip(), f"{argv}: exit {code} without a word"
    if code == 0 and "--json" in argv:
        json.loads(out)


def _plain(command: str) -> list[str]:
    """The command with every required argument given a value the sandbox has."""
    argv = command.split()
    positionals = []
    for action in COMMANDS[command]._actions:
        if not action.required:
            continue
        value = sorted(map(str, action.choices))[0] if action.choices else _SANDBOX_VALUES.get(action.dest, "1")
        if action.nargs == 0:
            argv.append(action.option_strings[0])
        elif action.option_strings:
            argv += [action.option_strings[0], value]
        else:
            positionals.append(value)
    return [*argv, *positionals]


_SANDBOX_VALUES = {"order": "FD-24001", "date": "2026-12-14", "window": "MORNING", "postcode": "9000",
                   "user": "planner1", "reason": "customer", "code": "HEAT555", "contract": "FD-CONTRACT",
                   "price": "10", "product": "1", "value": "21.5", "property": "1", "from": "2026-12-01",
                   "to": "2026-12-08", "ref": "brixel-klimaat", "device": "1", "technician": "1", "id": "1",
                   "file_ids": "1", "file": "/nonexistent-fielddesk-folder/body.json"}
_NO_FILE = _SANDBOX_VALUES["file"]


@pytest.mark.parametrize(("argv", "said"), [
    (["orders", "code", "--order", "FD-24001", "--add", ""], "CodeExternalId: required"),
    (["workorders", "get", "--external-id="], "give --id, --external-id or --external-name"),
    (["workorders", "delete", "--external-id=", "--yes"], "give --id or --external-id"),
    (["technicians", "get", "--external-id="], "give --id or --external-id"),
    (["bookings", "--order="], "give --order or --property"),
    (["workorders", "delete", "--id=99999999999999999999", "--yes"], "--id: 99999999999999999999 is too large"),
    (["climate", "setpoint", "--product=-9" + "9" * 30, "--value=21"], "is too large"),
    (["outbox", "resubmit", "9" * 30], "argument id: " + "9" * 30 + " is too large"),
    (["webhook", "serve", "--port=70000"], "70000 is not a port"),
    (["clients", "list", "--search=gent\udcff"], "--search: contains characters that are not valid text"),
    (["jobcodes", "ratebooks", "\ud800"], "CODE: contains characters that are not valid text"),
])
def test_what_the_fuzzing_found_exits_2_and_says_what(argv: list[str], said: str, sandbox_home: Path,
                                                       capsys: pytest.CaptureFixture[str]) -> None:
    """Each of these once ended in a traceback (an empty lookup value, a number too large for the cache, bytes that are
    no text)."""
    try:
        code = main(argv)
    except SystemExit as exit_:
        code = exit_.code if isinstance(exit_.code, int) else 2
    err = capsys.readouterr().err
    assert code == 2 and said in err and "Traceback" not in err, err
