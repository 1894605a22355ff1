"""The rule of tests/logfail.py, run on example tests in a separate pytest: an undeclared warning or error
fails the test that logged it, from any thread and in any phase; a declared one does not."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]

EXAMPLES = '''
import logging
import threading

import pytest

log = logging.getLogger("app.sync.engine")


def test_info_is_quiet():
    log.info("synced")


def test_undeclared_warning():
    log.warning("sync proplus: cannot connect")


@pytest.mark.allow_log("app.sync.engine", match="cannot connect")
def test_declared_warning():
    log.warning("sync proplus: cannot connect")


@pytest.mark.allow_log("app.sync", match="cannot connect")
def test_declared_for_the_parent_logger():
    log.warning("sync proplus: cannot connect")


@pytest.mark.allow_log("app.sync.engine")
def test_error_above_the_declared_level():
    log.error("sync proplus: cannot connect")


@pytest.mark.allow_log("app.sync.engine", match="timed out")
def test_message_not_matched():
    log.warning("sync proplus: cannot connect")


@pytest.mark.allow_log("ui.errors", level="ERROR", match="ValueError: disk full")
def test_declared_by_its_exception():
    try:
        raise ValueError("disk full")
    except ValueError:
        logging.getLogger("ui.errors").exception("Saving failed")


def test_error_in_a_worker_thread():
    worker = threading.Thread(target=lambda: logging.getLogger("app.services.autosync").error("automatic sync failed"))
    worker.start()
    worker.join()


@pytest.fixture
def noisy_teardown():
    yield
    logging.getLogger("app.store.db").warning("left behind")


def test_warning_in_teardown(noisy_teardown):
    pass
'''


def test_undeclared_warnings_fail_and_declared_ones_pass(pytester: pytest.Pytester,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PYTHONPATH", str(ROOT))
    pytester.makeini("[pytest]\nmarkers =\n    allow_log: see tests/logfail.py\n")
    pytester.makepyfile(test_examples=EXAMPLES)
    result = pytester.runpytest_subprocess("-p", "tests.logfail", "-p", "no:cacheprovider", "-rA")
    summary = (re.match(r"(PASSED|FAILED|ERROR) test_examples\.py::(\w+)", line) for line in result.outlines)
    outcomes = sorted((found[2], found[1]) for found in summary if found)
    assert outcomes == sorted([
        ("test_info_is_quiet", "PASSED"),
        ("test_undeclared_warning", "FAILED"),
        ("test_declared_warning", "PASSED"),
        ("test_declared_for_the_parent_logger", "PASSED"),
        ("test_error_above_the_declared_level", "FAILED"),
        ("test_message_not_matched", "FAILED"),
        ("test_declared_by_its_exception", "PASSED"),
        ("test_error_in_a_worker_thread", "FAILED"),
        ("test_warning_in_teardown", "PASSED"),  # the test itself passed ...
        ("test_warning_in_teardown", "ERROR"),  # ... and its teardown is an error
    ]), result.stdout.str()
    result.stdout.fnmatch_lines(["*logged during call without being expected*",
                                 "  WARNING app.sync.engine: sync proplus: cannot connect"])
    result.stdout.fnmatch_lines(["*logged during teardown*", "  WARNING app.store.db: left behind"])


def test_a_mistyped_declaration_stops_the_run(pytester: pytest.Pytester, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PYTHONPATH", str(ROOT))
    pytester.makeini("[pytest]\nmarkers =\n    allow_log: see tests/logfail.py\n")
    pytester.makepyfile(test_examples='''
import pytest

@pytest.mark.allow_log(logger="app.sync.engine", levle="ERROR")
def test_typo():
    pass
''')
    result = pytester.runpytest_subprocess("-p", "tests.logfail", "-p", "no:cacheprovider")
    assert result.ret == pytest.ExitCode.USAGE_ERROR, result.stdout.str() + result.stderr.str()
    assert "allow_log" in result.stderr.str()
