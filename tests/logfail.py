"""Fail a test that logs a warning or worse it did not declare (after qutebrowser's tests/helpers/logfail.py).

A failure logged and swallowed (a sync error, an exception in a callback, an asyncio task nobody awaited)
passes unnoticed otherwise. A test that expects such a record declares it, once per kind of record:

    @pytest.mark.allow_log("app.sync.engine", level="WARNING", match="sync proplus")

- the first argument names the logger; its child loggers are included (`"root"` for the root logger);
- `level` is the highest level allowed (WARNING by default): an ERROR from the same logger still fails;
- `match`, when given, is a regular expression that must be found in the message or, for a record with
  an exception, in "module.ExceptionType: text" of that exception.

The marker applies to the test's setup, call and teardown, and may sit on a module (`pytestmark`).
Records at WARNING or above are collected from every thread; they are checked when each phase ends, and
anything not allowed fails the test (an error in setup or teardown) with the records listed. Records that
arrive between two phases (e.g. from a thread the previous test left behind) count for the next phase.
"""

from __future__ import annotations

import logging
import re
import threading
from collections.abc import Generator
from typing import NamedTuple

import pytest

MARKER = "allow_log"


class Logged(NamedTuple):
    logger: str
    level: int
    message: str
    exception: str  # "module.Type: text" of the record's exception, or ""

    def __str__(self) -> str:
        exception = f" [{self.exception}]" if self.exception else ""
        return f"{logging.getLevelName(self.level)} {self.logger}: {self.message}{exception}"


class LogFailHandler(logging.Handler):
    """Keeps every record at WARNING or above until the running test phase ends."""

    def __init__(self) -> None:
        super().__init__(level=logging.WARNING)
        self._records: list[Logged] = []
        self._guard = threading.Lock()

    def emit(self, record: logging.LogRecord) -> None:
        try:
            message = record.getMessage()
        except Exception as exc:  # a bad format string is a finding as well
            message = f"{record.msg!r} % {record.args!r} (cannot be formatted: {exc})"
        exception = ""
        if record.exc_info and record.exc_info[1] is not None:
            error = record.exc_info[1]
            exception = f"{type(error).__module__}.{type(error).__qualname__}: {error}"
        with self._guard:
            self._records.append(Logged(record.name, record.levelno, message, exception))

    def take(self) -> list[Logged]:
        with self._guard:
            records, self._records = self._records, []
        return records


class Allowance(NamedTuple):
    logger: str
    level: int
    match: re.Pattern[str] | None

    def covers(self, record: Logged) -> bool:
        return ((record.logger == self.logger or record.logger.startswith(self.logger + "."))
                and record.level <= self.level
                and (self.match is None or self.match.search(record.message) is not None
                     or (record.exception != "" and self.match.search(record.exception) is not None)))


def allowances(item: pytest.Item) -> list[Allowance]:
    found = []
    for mark in item.iter_markers(MARKER):
        unknown = set(mark.kwargs) - {"level", "match"}
        if len(mark.args) != 1 or not isinstance(mark.args[0], str) or not mark.args[0] or unknown:
            raise pytest.UsageError(f"{item.nodeid}: use @pytest.mark.{MARKER}(\"logger.name\", level=\"WARNING\", "
                                    f"match=\"regex\"), got args={mark.args!r} kwargs={mark.kwargs!r}")
        level = logging.getLevelName(str(mark.kwargs.get("level", "WARNING")).upper())
        if not isinstance(level, int):
            raise pytest.UsageError(f"{item.nodeid}: {MARKER} level {mark.kwargs['level']!r} is not a logging level")
        match = mark.kwargs.get("match")
        found.append(Allowance(mark.args[0], level, re.compile(match) if match is not None else None))
    return found


_handler = LogFailHandler()


def pytest_configure(config: pytest.Config) -> None:
    logging.getLogger().addHandler(_handler)


def pytest_unconfigure(config: pytest.Config) -> None:
    logging.getLogger().removeHandler(_handler)


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        allowances(item)  # a mistyped marker stops the run before any test


def _check(item: pytest.Item, when: str) -> Generator[None, object, object]:
    try:
        result = yield
    except BaseException:
        _handler.take()  # the phase failed on its own; its log is in the report
        raise
    rules = allowances(item)
    unexpected = [r for r in _handler.take() if not any(rule.covers(r) for rule in rules)]
    if unexpected:
        lines = "\n".join(f"  {record}" for record in unexpected)
        pytest.fail(f"logged during {when} without being expected (if the test expects it, declare it with "
                    f"@pytest.mark.{MARKER}(\"<logger>\", level=..., match=...)):\n{lines}", pytrace=False)
    return result


@pytest.hookimpl(wrapper=True)
def pytest_runtest_setup(item: pytest.Item) -> Generator[None, object, object]:
    return (yield from _check(item, "setup"))


@pytest.hookimpl(wrapper=True)
def pytest_runtest_call(item: pytest.Item) -> Generator[None, object, object]:
    return (yield from _check(item, "call"))


@pytest.hookimpl(wrapper=True)
def pytest_runtest_teardown(item: pytest.Item) -> Generator[None, object, object]:
    return (yield from _check(item, "teardown"))
