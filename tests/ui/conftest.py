"""Qt tests run in English whatever the machine's locale (translations are tested explicitly)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import QLocale, QTranslator

from ui.app import install_translators


@pytest.fixture(autouse=True)
def english_locale() -> Iterator[None]:
    previous = QLocale()
    QLocale.setDefault(QLocale("en_BE"))
    yield
    QLocale.setDefault(previous)


@pytest.fixture
def installed(qapp: Any, request: pytest.FixtureRequest) -> Iterator[list[QTranslator]]:
    """FieldDesk's translators for the locale a test names (`indirect` parametrisation), removed after it."""
    translators = install_translators(qapp, QLocale(request.param))
    yield translators
    for translator in translators:
        qapp.removeTranslator(translator)


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """The offscreen platform cannot resize native windows to their size hints and says so on every
    show(); that message is about the test platform, not about FieldDesk."""
    for item in items:
        if "tests/ui/" in item.nodeid.replace("\\", "/"):
            item.add_marker(pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints"))
