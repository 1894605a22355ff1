"""After a 401 the user types new credentials; after a rejection the user fixes the write and resends it."""

from __future__ import annotations

import asyncio
import json
from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest
from keyring.backend import KeyringBackend

from app.sandbox.proplus import SANDBOX_SECRET_KEY, ProPlusState, create_proplus_app
from app.sandbox.server import serve_in_thread
from app.services.fielddesk import FieldDesk
from tests.helpers import new_client_body, open_desk, sandbox_state


class MemoryKeyring(KeyringBackend):
    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.secrets: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.secrets.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.secrets[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.secrets.pop((service, username), None)


@pytest.fixture
def memory_keyring() -> Iterator[MemoryKeyring]:
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


@pytest.mark.allow_log("app.sync.engine", match=r"sync proplus: .*authentication failed")
def test_new_credentials_resume_a_paused_vendor(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                memory_keyring: MemoryKeyring) -> None:
    state = ProPlusState(clients=[{"id": 3, "name": "Studio Ormelind", "address": "Dorp 1"}])
    memory_keyring.set_password("fielddesk", "proplus.SECRET_KEY", "an-old-key")
    with serve_in_thread(create_proplus_app(state)) as server:
        monkeypatch.setenv("FIELDDESK_PROPLUS_BASE_URL", server.base_url)
        monkeypatch.delenv("FIELDDESK_PROPLUS_SECRET_KEY", raising=False)

        async def scenario() -> None:
            desk = FieldDesk.open(tmp_path, "live")
            desk.clients.queue_push(new_client_body())
            [report] = await desk.sync()
            assert "authentication failed" in str(report.error).lower()
            assert "proplus" in desk.engine.state.paused and len(desk.outbox.entries()) == 1
            await desk.update_credentials("proplus", {"SECRET_KEY": SANDBOX_SECRET_KEY})
            assert desk.engine.state.paused == {}
            [report] = await desk.sync()
            assert report.problem is None and report.sent == 1 and report.pulled == 2
            await desk.aclose()

        asyncio.run(scenario())
    assert memory_keyring.get_password("fielddesk", "proplus.SECRET_KEY") == SANDBOX_SECRET_KEY
    assert b"an-old-key" not in (tmp_path / "fielddesk.sqlite3").read_bytes()
    assert not (tmp_path / "config.toml").exists(), "secrets typed in the GUI never go to config.toml"


@pytest.mark.allow_log("app.sync.engine", match=r"sync proplus: .*authentication failed")
def test_without_a_keyring_typed_credentials_serve_the_session_and_are_not_lost(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The null keyring (bare Linux, CI) keeps nothing: what the user typed still resumes the vendor."""
    import keyring.backends.null

    previous = keyring.get_keyring()
    keyring.set_keyring(keyring.backends.null.Keyring())
    state = ProPlusState(clients=[{"id": 3, "name": "Studio Ormelind", "address": "Dorp 1"}])
    try:
        with serve_in_thread(create_proplus_app(state)) as server:
            monkeypatch.setenv("FIELDDESK_PROPLUS_BASE_URL", server.base_url)
            monkeypatch.setenv("FIELDDESK_PROPLUS_SECRET_KEY", "an-old-key")

            async def scenario() -> None:
                desk = FieldDesk.open(tmp_path, "live")
                assert desk.can_remember_secrets() is False
                desk.clients.queue_push(new_client_body())
                [report] = await desk.sync()
                assert "proplus" in desk.engine.state.paused
                monkeypatch.delenv("FIELDDESK_PROPLUS_SECRET_KEY")
                assert await desk.update_credentials("proplus", {"SECRET_KEY": SANDBOX_SECRET_KEY}) is False
                [report] = await desk.sync()
                assert report.problem is None and report.sent == 1
                await desk.aclose()

            asyncio.run(scenario())
    finally:
        keyring.set_keyring(previous)
    assert SANDBOX_SECRET_KEY.encode() not in (tmp_path / "fielddesk.sqlite3").read_bytes()


def test_a_fixed_rejected_write_keeps_its_place_and_goes_out(tmp_path: Path) -> None:
    state = sandbox_state(1)

    async def scenario() -> None:
        desk, _ = open_desk(tmp_path, state)
        [entry_id] = desk.clients.queue_push(new_client_body())
        # Pro+ rejects what was queued (a rule FieldDesk's own validation does not know).
        desk.store.conn.execute("UPDATE outbox SET payload = ?",
                                (json.dumps({"client": [{"name": "", "address": "x"}]}),))
        await desk.engine.replay("proplus")
        [entry] = desk.outbox.entries()
        assert entry.state == "rejected"
        client = desk.clients.get(entry.record_key)
        assert client is not None
        client.city = client.fields["city"] = "Gentbrugge"
        desk.clients.fix_rejected(entry_id, client)
        [fixed] = desk.outbox.entries()
        assert (fixed.id, fixed.idempotency_key, fixed.state) == (entry_id, entry.idempotency_key, "pending")
        await desk.sync()
        assert desk.outbox.entries() == []
        [pushed] = state.find_clients(name="Atelier Veldkamp")
        assert pushed["city"] == "Gentbrugge"
        await desk.aclose()

    asyncio.run(scenario())


def test_the_client_service_names_the_client_write_as_the_vendor_package_does() -> None:
    """It keeps its own copy of the name (the vendor package loads its models); the two must not drift apart."""
    from app.services import clients
    from app.vendors.proplus import mapping, models

    assert (clients.VENDOR, clients.PUSH_CLIENT) == (models.VENDOR, mapping.PUSH_CLIENT)
