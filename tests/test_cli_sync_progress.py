"""`fielddesk sync` progress on stderr: one line rewritten in place on a terminal, a line per finished phase in a
file or pipe (a log must not hold a run of carriage returns with the vendors' phases run together)."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from app.cli import main
from app.cli.sync import Progress


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True



def test_a_sync_into_a_pipe_writes_one_line_per_finished_phase(home: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["sync"]) == 0
    err = capsys.readouterr().err
    assert "\r" not in err
    lines = err.splitlines()
    # The vendors that count what they read (Totalmobile's first sync has nothing to count) each said it on a line of
    # its own, and no phase twice.
    for vendor in ("proplus", "testresults", "podero", "benext"):
        assert any(line.startswith(f"{vendor}: ") and "/" in line for line in lines), (vendor, lines)
    phases = [line for line in lines if line.count("/") == 1 and ": " in line and "pulled" not in line]
    assert phases and len(phases) == len(set(phases))
    for line in phases:
        done, total = line.rsplit(" ", 1)[1].split("/")
        assert done == total, line


def test_on_a_terminal_a_shorter_line_covers_the_longer_one_before_it() -> None:
    stream = Terminal()
    progress = Progress(stream)
    progress("proplus", "save", 500, 20000)
    progress("podero", "heat pumps", 1, 6)
    progress("proplus", "save", 0, 0)  # nothing to count: nothing shown
    progress.end()
    shown = stream.getvalue()
    first, second = shown.split("\r")[1:]
    assert first == "proplus: save 500/20000"
    assert second == "podero: heat pumps 1/6".ljust(len(first)) + "\n"


def test_nothing_shown_leaves_no_empty_line() -> None:
    for stream in (Terminal(), io.StringIO()):
        progress = Progress(stream)
        progress.end()
        assert stream.getvalue() == ""
