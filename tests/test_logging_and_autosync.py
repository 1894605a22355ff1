"""What reaches the log: no secret, tracebacks included; and a background sync that cannot run (no secret
configured) writes one line per change of the problem and backs off, instead of a traceback a second."""

from __future__ import annotations

import asyncio
import logging
from pathlib import Path

import pytest

from app.logging_setup import register_secret, setup_logging
from app.services.autosync import AutoSync
from app.services.fielddesk import FieldDesk


def test_a_secret_in_a_logged_traceback_is_redacted(tmp_path: Path) -> None:
    secret = "tb-s3cret-value-1234"
    register_secret(secret)
    log_file = tmp_path / "fielddesk.log"
    setup_logging(log_file)
    try:
        try:
            raise RuntimeError(f"the server echoed our key {secret}")
        except RuntimeError:
            logging.getLogger("fielddesk.test").info("caught", exc_info=True)
    finally:
        setup_logging(None)
    text = log_file.read_text(encoding="utf-8")
    assert "RuntimeError" in text and "Traceback" in text
    assert secret not in text


@pytest.mark.allow_log("app.services.autosync", match="automatic sync is waiting: proplus: no secret_key set")
def test_autosync_without_a_secret_logs_once_and_backs_off(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture) -> None:
    monkeypatch.setenv("FIELDDESK_PROPLUS_BASE_URL", "https://pro.example.invalid")
    monkeypatch.delenv("FIELDDESK_PROPLUS_SECRET_KEY", raising=False)
    monkeypatch.delenv("FIELDDESK_PROFILE", raising=False)
    desk = FieldDesk.open(tmp_path, "live")
    auto = AutoSync(desk, interval=3600, tick=0.001)
    steps = 0
    original = auto.step

    async def counted() -> str | None:
        nonlocal steps
        steps += 1
        return await original()

    auto.step = counted  # type: ignore[method-assign]

    async def scenario() -> None:
        auto.start()
        await asyncio.sleep(0.3)
        await auto.stop()
        await desk.aclose()

    with caplog.at_level(logging.INFO, logger="app.services.autosync"):
        asyncio.run(scenario())
    lines = [r for r in caplog.records if r.name == "app.services.autosync"]
    assert len(lines) == 1, [r.getMessage() for r in lines]
    assert "FIELDDESK_PROPLUS_SECRET_KEY" in lines[0].getMessage() and lines[0].exc_info is None
    assert 3 <= steps <= 12, f"{steps} tries in 0.3 s: the scheduler backs off while it keeps failing"
