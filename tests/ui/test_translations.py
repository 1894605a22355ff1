"""Dutch and French: every string is translated, and the window speaks the user's language."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QTranslator
from PySide6.QtWidgets import QLabel

from app.services.fielddesk import FieldDesk
from ui.app import install_translators
from ui.main_window import MainWindow
from ui.resources import translations_dir

LANGUAGES = ("nl", "fr")


def _untranslated(source: Path) -> list[tuple[str | None, str | None]]:
    root = ET.parse(source).getroot()
    untranslated = []
    for context in root.iter("context"):
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            if translation.get("type") in ("obsolete", "vanished"):
                continue
            forms = [f.text for f in translation.iter("numerusform")] or [translation.text]
            if translation.get("type") == "unfinished" or not all(forms):
                untranslated.append((context.findtext("name"), message.findtext("source")))
    return untranslated


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_string_has_a_translation(language: str) -> None:
    assert not _untranslated(translations_dir() / f"fielddesk_{language}.ts")
    assert (translations_dir() / f"fielddesk_{language}.qm").stat().st_size > 10_000


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_translation_files_hold_every_string_the_code_marks(language: str, tmp_path: Path) -> None:
    """A string marked in the code since the .ts files were last refreshed (update_translations.py) would show in
    English: collected into a copy of the file, it must already be there, translated."""
    copy = tmp_path / f"fielddesk_{language}.ts"
    shutil.copy(translations_dir() / copy.name, copy)
    root = Path(__file__).resolve().parents[2]
    sources = sorted(str(p.relative_to(root)) for folder in ("ui", "app") for p in (root / folder).rglob("*.py")
                     if "__pycache__" not in p.parts)
    lupdate = Path(sys.executable).with_name("pyside6-lupdate")
    subprocess.run([str(lupdate) if lupdate.exists() else "pyside6-lupdate", *sources, "-source-language", "en",
                    "-no-obsolete", "-locations", "none", "-ts", str(copy)], cwd=root, check=True, capture_output=True)
    assert not _untranslated(copy), "run resources/i18n/update_translations.py and translate what it adds"


@pytest.mark.parametrize(("installed", "expected"), [
    ("nl_BE", {"filter": "Filteren op naam, gemeente, postcode, telefoon, e-mail of adres", "reason": "Installatie",
               "frequency": "om de 6 maanden", "region": "Wallonië"}),
    ("fr_BE", {"filter": "Filtrer par nom, localité, code postal, téléphone, e-mail ou adresse",
               "reason": "Installation", "frequency": "tous les 6 mois", "region": "Wallonie"}),
], indirect=["installed"])
def test_translations_load_for_the_locale(installed: list[QTranslator], expected: dict[str, str]) -> None:
    assert installed  # ours (and Qt's own, for dialog buttons)
    translate = QCoreApplication.translate
    assert translate("ClientsPane", "Filter by name, city, postal code, phone, e-mail or address") == expected["filter"]
    assert translate("ProPlus", "Installation") == expected["reason"]
    assert translate("ProPlus", "every 6 months") == expected["frequency"]
    assert translate("Labels", "Wallonia") == expected["region"]


@pytest.mark.parametrize("installed", ["nl_BE"], indirect=True)
def test_the_window_in_dutch(installed: list[QTranslator], desk: FieldDesk, qtbot: Any) -> None:
    window = MainWindow(desk)
    qtbot.addWidget(window)
    titles = [window.nav.item(i).text() for i in range(window.nav.count())]
    assert titles[:2] == ["Klanten", "Toestellen"] and titles[-1] == "Uitgaand"
    assert {"Werkorders", "Technici"} <= set(titles)
    assert window.sync_action.text() == "Synchroniseren"
    assert window.clients_pane.filter_edit.placeholderText().startswith("Filteren op naam")
    assert window.clients_pane.count_label.text().endswith("klanten")
    regions = {window.clients_pane.model.index(r, 5).data() for r in range(window.clients_pane.model.rowCount())}
    assert regions == {"Brussel", "Vlaanderen", "Wallonië"}
    assert "0 wachtend" in window.status_texts()


@pytest.mark.parametrize("installed", ["nl_BE", "fr_BE", "en_GB"], indirect=True)
def test_the_message_after_a_sync_fits_beside_the_status_labels(installed: list[QTranslator], empty_desk: FieldDesk,
                                                                qloop: Any, qtbot: Any) -> None:
    """At the window's size, in each language, after a sync of every vendor: the message is not cut off by the
    permanent labels (naming the four vendors in it was, in Dutch)."""
    from tests.ui.test_main_window import wait_until

    window = MainWindow(empty_desk)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    window.sync_action.trigger()
    wait_until(qloop, lambda: window.has_data() and not window.pending_tasks())
    bar = window.statusBar()
    message = bar.currentMessage()
    assert message and len(bar.toolTip().splitlines()) == len(empty_desk.vendors)  # each vendor when hovering
    labels = [w for w in bar.findChildren(QLabel) if w.isVisible() and w.parent() is bar and w.text()]
    room = min(w.geometry().left() for w in labels)
    # With six-digit counts, as after a first sync of a large cache.
    longest = re.sub(r"\d+", "888888", message, count=1)
    assert longest != message
    assert bar.fontMetrics().horizontalAdvance(longest) + 16 <= room, (longest, room)


def test_english_is_the_source_language(qapp: Any) -> None:
    translators = install_translators(qapp, QLocale("en_GB"))
    try:
        # By file name: the folder FieldDesk is installed in may well be called "fielddesk" too.
        assert [os.path.basename(t.filePath()) for t in translators if
                os.path.basename(t.filePath()).startswith("fielddesk")] == []
    finally:
        for translator in translators:
            qapp.removeTranslator(translator)


@pytest.mark.parametrize(("installed", "expected"), [
    ("nl_BE", "Nieuwe werkorder 9101 (Ketelonderhoud)"),
    ("fr_BE", "Nouvel ordre de travail 9101 (Ketelonderhoud)"),
], indirect=["installed"])
def test_the_outbox_says_what_waits_in_the_users_language(installed: list[QTranslator], desk: FieldDesk,
                                                          expected: str) -> None:
    """A queued write's summary is kept as a template and its values: the window translates it, the command line
    and exports keep the English text."""
    from ui.labels import outbox_summary
    from ui.models.outbox import OutboxTableModel

    appliance = desk.clients.appliance_rows()[0]
    desk.workorders.create({"external_id": "9101", "external_name": "Ketelonderhoud", "execution_date": "2026-12-20",
                            "heating_appliance_id": appliance[8], "certification_type": "periodic",
                            "certification_language": "nl", "contracting_company": 0})
    [entry] = [e for e in desk.outbox.entries() if e.operation == "push-wo"]
    assert entry.summary == "New work order 9101 (Ketelonderhoud)"  # the English text the CLI prints
    assert outbox_summary(entry) == expected
    model = OutboxTableModel()
    model.set_rows([entry])
    assert model.index(0, OutboxTableModel.WHAT).data() == expected
    # A write queued by an older FieldDesk (no template) or a damaged template: the stored English text.
    assert outbox_summary(entry._replace(summary_template=None)) == entry.summary
    assert outbox_summary(entry._replace(summary_template=entry.summary_template._replace(values={}))) == \
        entry.summary


def _vendor_error(status: int | None, body: str = "") -> Exception:
    """The error FieldDesk's HTTP layer raises for a refused connection (no status) or an answer with `status`."""
    import asyncio

    import httpx

    from app.vendors.errors import VendorError
    from app.vendors.http import RetryPolicy, VendorHttp

    def handler(request: httpx.Request) -> httpx.Response:
        if status is None:
            raise httpx.ConnectError("refused", request=request)
        return httpx.Response(status, text=body)

    async def call() -> Exception:
        http = VendorHttp("proplus", "http://vendor.test", transport=httpx.MockTransport(handler),
                          retry=RetryPolicy(max_retries=0))
        try:
            await http.request("POST", "/expose/push-client", json_body={}, idempotent=False)
        except VendorError as exc:
            return exc
        finally:
            await http.aclose()
        raise AssertionError("no error")

    return asyncio.run(call())


@pytest.mark.parametrize(("installed", "refused", "login"), [
    ("nl_BE", "Pro+: geen verbinding mogelijk", "aanmelden mislukt (HTTP 401: Access denied for this account)"),
    ("fr_BE", "Pro+: connexion impossible", "échec de l'authentification (HTTP 401: Access denied for this account)"),
    ("en_GB", "Pro+: cannot connect", "authentication failed (HTTP 401: Access denied for this account)"),
], indirect=["installed"])
def test_vendor_problems_are_said_in_the_users_language(installed: list[QTranslator], refused: str,
                                                        login: str) -> None:
    """FieldDesk's own words about a vendor are translated; the vendor's own words are shown as it said them."""
    from app.services.sync import Text
    from ui.labels import problem_text, said, vendor_problem

    offline = _vendor_error(None)
    assert str(offline) == "proplus: cannot connect"  # the log and the command line stay English
    assert vendor_problem(offline) == refused
    assert problem_text(_vendor_error(401, "Access denied for this account")) == login
    assert problem_text(_vendor_error(400, "Le champ nom est requis")) == "HTTP 400: Le champ nom est requis"
    assert problem_text(ValueError("not a vendor's")) == "not a vendor's"
    # Why a vendor is paused, as the cache keeps it (its English text and its template).
    assert said(Text("authentication failed ({words})", {"words": "HTTP 401: Access denied for this account"}),
                "authentication failed (HTTP 401: Access denied for this account)") == login
    assert said(None, "the vendor's own words") == "the vendor's own words"


class _LosingTranslator(QTranslator):
    """A translation that lost its {value} placeholder for another name."""

    def translate(self, context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str:
        return "verlopen ({soort})" if context == "VendorError" and source == "timed out ({kind})" else ""

    def isEmpty(self) -> bool:
        return False


@pytest.mark.parametrize(("installed", "said_as"), [
    ("nl_BE", "onleesbaar antwoord van {vendor}: {detail}"),
    ("fr_BE", "réponse illisible de {vendor} : {detail}"),
    ("en_GB", "unreadable {vendor} answer: {detail}"),
], indirect=["installed"])
def test_an_answer_no_parser_can_read_is_said_in_the_users_language(installed: list[QTranslator],
                                                                    said_as: str) -> None:
    """Each vendor's parser names the place in the answer (technical, English) inside a translated sentence."""
    from app.vendors.benext.client import _unwrap
    from app.vendors.errors import ServerError
    from app.vendors.podero.models import parse_heat_pumps
    from app.vendors.proplus.models import parse_clients_response
    from ui.labels import problem_text

    answers = [(lambda: parse_clients_response({"data": 5}), "Pro+", "data: expected a list of clients"),
               (lambda: parse_heat_pumps("pumps"), "Podero", "expected a list of heat pumps"),
               (lambda: _unwrap(7, "accounts"), "myBeNext", "expected a list of accounts")]
    for parse, vendor, detail in answers:
        with pytest.raises(ServerError) as caught:
            parse()
        assert str(caught.value).startswith(f"{caught.value.vendor}: unreadable {vendor} answer: {detail}")
        english_detail = caught.value.text.values["detail"] if caught.value.text else ""
        assert english_detail.startswith(detail)
        assert problem_text(caught.value) == said_as.format(vendor=vendor, detail=english_detail)


@pytest.mark.parametrize(("installed", "offline"), [
    ("nl_BE", "geen verbinding mogelijk"), ("fr_BE", "connexion impossible"), ("en_GB", "cannot connect"),
], indirect=["installed"])
def test_the_outbox_says_why_a_write_waits_in_the_users_language(installed: list[QTranslator], desk: FieldDesk,
                                                                 offline: str) -> None:
    from app.services.sync import Text
    from app.store import outbox
    from ui.models.outbox import OutboxTableModel

    error = _vendor_error(None)  # a real refused connection, as the HTTP layer describes it
    assert isinstance(error.text, Text)  # type: ignore[attr-defined]
    desk.clients.queue_push({"client": [{"name": "Wachtende Klant", "address": "Kerkstraat 1"}]})
    [entry] = [e for e in desk.outbox.entries() if e.state == "pending"]
    outbox.record_failure(desk.store, entry.id, error.text, retry_in=60)  # type: ignore[attr-defined]
    model = OutboxTableModel()
    model.set_rows([e for e in desk.outbox.entries() if e.id == entry.id])
    assert model.index(0, OutboxTableModel.LAST_ERROR).data() == offline
    assert desk.outbox.get(entry.id).last_error == "cannot connect"  # type: ignore[union-attr]  # CLI and log


def test_a_translation_that_lost_a_value_falls_back_to_the_english_text(qapp: Any) -> None:
    from app.services.sync import Text, VendorError
    from ui.labels import problem_text

    translator = _LosingTranslator()
    qapp.installTranslator(translator)
    try:
        error = VendorError("proplus", Text("timed out ({kind})", {"kind": "ReadTimeout"}))
        assert QCoreApplication.translate("VendorError", "timed out ({kind})") == "verlopen ({soort})"
        assert problem_text(error) == "timed out (ReadTimeout)"
    finally:
        qapp.removeTranslator(translator)
