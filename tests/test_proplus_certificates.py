"""Pro+ certificates: the wire models read the document's examples and never fail on a hostile answer with anything
but a vendor error; the client pulls certificates by date range and by work order from the simulator and downloads
every kind of file, raw or as a base64 envelope, with the right bytes and media type."""

from __future__ import annotations

import asyncio
import base64
import json
import re
from collections.abc import Awaitable, Callable
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.sandbox.demo_data import demo_clients
from app.sandbox.proplus import SANDBOX_SECRET_KEY, ProPlusState, create_proplus_app, sandbox_app
from app.sandbox.proplus_certificates import DEMO_JPEG, CertificateBook
from app.sandbox.proplus_workorders import DONE, now_text
from app.vendors.errors import AuthError, RejectedError, ServerError, VendorError
from app.vendors.http import RetryPolicy
from app.vendors.proplus.certificates import (
    CertificateFile,
    WireCertificate,
    iso_date,
    parse_certificates,
    read_download,
)
from app.vendors.proplus.client import ProPlusClient

TODAY = date(2025, 6, 15)

# §9.2.2 and §17.2.2 print this answer; their extracted text lost the bracket that closes "data".
DOCUMENTED = {
    "success": True,
    "data": [{
        "id": 90, "client_id": 11875, "client_heating_appliance_id": 11911, "type": "periodic", "status": 1,
        "certification_date": "22-04-2020", "next_certification_date": "22-04-2021", "client_name": "VJ",
        "heating_appliance_name": "WALL",
        "certificate_files": [{"id": 272, "doc": "1587555506.json"},
                              {"id": 273, "doc": "22042020_1708_0_VJ_Périodiquement_FR.pdf"}],
        "certificate_images": [{"id": 23, "image": "22042020.jpg"}],
    }],
    "message": "Success",
}


# --- wire models -------------------------------------------------------------------------------------------


def test_the_documented_answer_parses() -> None:
    [certificate] = parse_certificates(DOCUMENTED)
    assert (certificate.id, certificate.client_id, certificate.client_heating_appliance_id) == (90, 11875, 11911)
    assert (certificate.type, certificate.status, certificate.client_name) == ("periodic", 1, "VJ")
    assert iso_date(certificate.certification_date) == "2020-04-22"
    assert iso_date(certificate.next_certification_date) == "2021-04-22"
    assert [(f.id, f.doc) for f in certificate.certificate_files] == [
        (272, "1587555506.json"), (273, "22042020_1708_0_VJ_Périodiquement_FR.pdf")]
    assert [(i.id, i.image) for i in certificate.certificate_images] == [(23, "22042020.jpg")]
    assert certificate.wo_number is None
    # `data` as one certificate (the printed example can be read that way too) gives the same.
    one = {**DOCUMENTED, "data": DOCUMENTED["data"][0]}
    assert parse_certificates(one) == [certificate]


def test_numbers_sent_as_text_and_extra_fields_are_read() -> None:
    answer = {"success": "true", "message": "Success", "data": [{
        "id": "90", "client_id": "11875", "client_heating_appliance_id": "", "status": "1", "type": "repair",
        "certificate_files": [{"id": "272", "doc": 1587555506}], "certificate_images": {"id": "23", "image": None},
        "wo_number": 1017, "language": "fr"}]}
    [certificate] = parse_certificates(answer)
    assert (certificate.id, certificate.client_id, certificate.client_heating_appliance_id) == (90, 11875, None)
    assert certificate.status == 1
    assert [(f.id, f.doc) for f in certificate.certificate_files] == [(272, "1587555506")]
    assert [(i.id, i.image) for i in certificate.certificate_images] == [(23, None)]
    assert certificate.wo_number == "1017"
    assert certificate.model_extra == {"language": "fr"}
    assert parse_certificates({"success": True, "data": [], "message": "Success"}) == []
    assert parse_certificates({"success": True, "data": None}) == []


def test_a_refusal_is_the_vendors_message_and_other_shapes_are_unreadable() -> None:
    with pytest.raises(RejectedError, match="The from date field is required"):
        parse_certificates({"success": False, "message": "msg.The from date field is required."})
    for payload in ([DOCUMENTED["data"]], {"data": []}, "Success", None,
                    {"success": True, "data": "none"}, {"success": True, "data": [1]},
                    {"success": True, "data": [{"client_id": 3}]}, {"success": "maybe", "data": []},
                    {"success": True, "data": [{"id": 1, "certificate_files": [{"doc": "x.pdf"}]}]}):
        with pytest.raises(ServerError, match="unreadable"):
            parse_certificates(payload)


@pytest.mark.parametrize(("text", "expected"), [
    ("22-04-2020", "2020-04-22"), ("2020-04-22", "2020-04-22"), ("2020-04-2", "2020-04-02"),
    ("22/04/2020", "2020-04-22"), ("22-04-2020 17:08:00", "2020-04-22"), ("2020-04-22T17:08:00Z", "2020-04-22"),
    ("31-02-2020", None), ("", None), ("tomorrow", None), (None, None), ("22-04-20", None),
])
def test_iso_date(text: str | None, expected: str | None) -> None:
    assert iso_date(text) == expected


_JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=12),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4),
    max_leaves=20)
_FIELD = st.sampled_from(["id", "client_id", "client_heating_appliance_id", "type", "status", "certification_date",
                          "next_certification_date", "client_name", "heating_appliance_name", "wo_number"])
_FILE = st.dictionaries(st.sampled_from(["id", "doc", "image"]), _JSON, max_size=3)
_CERTIFICATE = st.dictionaries(_FIELD, _JSON | st.integers(min_value=-(2**80), max_value=2**80), max_size=10) | \
    st.fixed_dictionaries({"id": _JSON}, optional={
        "certificate_files": st.lists(_FILE, max_size=3) | _FILE | _JSON,
        "certificate_images": st.lists(_FILE, max_size=3) | _FILE | _JSON,
        "status": _JSON})
_ANSWER = _JSON | st.fixed_dictionaries(
    {"success": st.sampled_from([True, False, "true", "1", 0, None, "yes", "nope"])},
    optional={"data": st.lists(_CERTIFICATE, max_size=3) | _CERTIFICATE | _JSON, "message": _JSON})


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(payload=_ANSWER)
def test_hostile_answers_raise_nothing_but_a_vendor_error(payload: object) -> None:
    try:
        certificates = parse_certificates(payload)
    except VendorError:
        return
    assert all(isinstance(c, WireCertificate) for c in certificates)
    for certificate in certificates:
        iso_date(certificate.certification_date)


# --- reading a download ------------------------------------------------------------------------------------

PDF_BYTES = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< >>\nendobj\n%%EOF\n"


def answer(content: bytes, media_type: str | None = None, disposition: str | bytes | None = None) -> httpx.Response:
    headers: list[tuple[bytes, bytes]] = []
    if media_type is not None:
        headers.append((b"content-type", media_type.encode()))
    if disposition is not None:
        headers.append((b"content-disposition", disposition if isinstance(disposition, bytes)
                        else disposition.encode()))
    return httpx.Response(200, headers=headers, content=content)


def envelope(**fields: Any) -> httpx.Response:
    return answer(json.dumps(fields).encode(), "application/json")


def test_a_raw_file_keeps_its_bytes_type_and_name() -> None:
    name = "attachment; filename=\"x.pdf\"; filename*=UTF-8''22042020_1708_0_VJ_P%C3%A9riodiquement_FR.pdf"
    assert read_download(answer(PDF_BYTES, "application/pdf", name)) == CertificateFile(
        PDF_BYTES, "application/pdf", "22042020_1708_0_VJ_Périodiquement_FR.pdf")
    assert read_download(answer(DEMO_JPEG, "image/jpeg; charset=binary", 'attachment; filename="22042020.jpg"')) \
        == CertificateFile(DEMO_JPEG, "image/jpeg", "22042020.jpg")
    # A generic type: the file's own kind from its first bytes, else from its name.
    assert read_download(answer(DEMO_JPEG, "application/octet-stream")).media_type == "image/jpeg"
    assert read_download(answer(b"\x00\x01", None, "attachment; filename=a.json")).media_type == "application/json"
    assert read_download(answer(b"\x00\x01", "application/octet-stream")).media_type == "application/octet-stream"
    # The certificate's JSON document is a file too, not an envelope.
    document = json.dumps({"id": 90, "type": "periodic", "data": {"temperature": 61}}).encode()
    assert read_download(answer(document, "application/json", "attachment; filename=1587555506.json")) \
        == CertificateFile(document, "application/json", "1587555506.json")
    # A hostile name never leaves the downloads folder.
    assert read_download(answer(PDF_BYTES, "application/pdf", 'attachment; filename="../../.bashrc"')).name \
        == ".bashrc"
    assert read_download(answer(PDF_BYTES, "application/pdf", "attachment; filename*=UTF-8''..%2F..")).name is None


def test_a_base64_envelope_gives_the_same_file() -> None:
    encoded = base64.b64encode(PDF_BYTES).decode()
    expected = CertificateFile(PDF_BYTES, "application/pdf", "cert.pdf")
    assert read_download(envelope(success=True, data={"content": encoded, "name": "cert.pdf",
                                                      "mime": "application/pdf"}, message="Success")) == expected
    assert read_download(envelope(success=True, file=encoded, filename="cert.pdf", content_type="application/pdf")) \
        == expected
    assert read_download(envelope(base64=encoded, doc="cert.pdf")) == expected  # the type from the bytes
    # Line breaks, no padding, the URL-safe alphabet or a data URL are all base64 still.
    wrapped = "\n".join(encoded[i:i + 20] for i in range(0, len(encoded), 20)).rstrip("=")
    assert read_download(envelope(success=True, data={"content": wrapped, "doc": "cert.pdf"})) == expected
    jpeg = base64.urlsafe_b64encode(DEMO_JPEG).decode()
    assert read_download(envelope(data={"file": jpeg, "type": "jpg"})).media_type == "image/jpeg"
    assert read_download(envelope(success=True, data={"content": "data:image/jpeg;base64," + jpeg})) \
        == CertificateFile(DEMO_JPEG, "image/jpeg", None)


def test_an_unusable_download_is_a_vendor_error() -> None:
    with pytest.raises(RejectedError, match="File not found"):
        read_download(envelope(success=False, message="msg.File not found."))
    for bad in (envelope(success=True, data={"content": "not base64!"}),
                envelope(success=True, data={"name": "cert.pdf"}),
                envelope(success=True, data={"content": "", "name": "cert.pdf"}),
                envelope(success=True, data={"content": 12}),
                answer(b"", "application/pdf"),
                answer(b"<!DOCTYPE html><html><body>Login</body></html>", "text/html; charset=UTF-8"),
                answer(b"<html>oops</html>", None), answer(b"  <!doctype html>", "application/octet-stream"),
                answer(b'{"success": true, "data": {"content": "AAAA"', "application/json")):
        with pytest.raises(ServerError, match="unreadable"):
            read_download(bad)


_MEDIA = st.sampled_from([None, "", "application/pdf", "application/json", "image/jpeg", "text/html",
                          "application/octet-stream", "text/plain; charset=utf-8", "garbage", "image/*;;"])
_BODY = st.binary(max_size=64) | _JSON.map(lambda v: json.dumps(v).encode()) | st.builds(
    lambda fields: json.dumps(fields).encode(),
    st.dictionaries(st.sampled_from(["success", "data", "content", "file", "base64", "name", "mime", "type",
                                     "message"]), _JSON | st.text(alphabet="QUJD=-_+/ \n", max_size=12),
                    max_size=5))


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(body=_BODY, media=_MEDIA, disposition=st.none() | st.tuples(
    st.sampled_from(["attachment; filename=", "attachment; filename*=", "inline; filename*=UTF-8''", ""]),
    st.text(max_size=40)).map(lambda parts: (parts[0] + parts[1]).encode("utf-8", "surrogatepass")))
def test_hostile_downloads_raise_nothing_but_a_vendor_error(body: bytes, media: str | None,
                                                            disposition: bytes | None) -> None:
    if disposition is not None:
        disposition = disposition.replace(b"\r", b"").replace(b"\n", b"")
    try:
        found = read_download(answer(body, media, disposition))
    except VendorError:
        return
    assert isinstance(found.content, bytes) and found.content
    assert found.name is None or ("/" not in found.name and "\\" not in found.name)


# --- against the simulator ---------------------------------------------------------------------------------

Call = Callable[[ProPlusClient], Awaitable[Any]]


class EnvelopeAsked(httpx.AsyncBaseTransport):
    """Adds `envelope=1` to every request: the simulator then answers downloads in the base64 envelope."""

    def __init__(self, inner: httpx.AsyncBaseTransport) -> None:
        self.inner = inner

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        request.url = request.url.copy_add_param("envelope", "1")
        return await self.inner.handle_async_request(request)


def run(state: ProPlusState, book: CertificateBook, call: Call, *, secret: str = SANDBOX_SECRET_KEY,
        envelope: bool = False) -> Any:
    async def main() -> Any:
        transport: httpx.AsyncBaseTransport = httpx.ASGITransport(app=create_proplus_app(state, certificates=book))
        if envelope:
            transport = EnvelopeAsked(transport)
        client = ProPlusClient("http://proplus.sandbox", secret, transport=transport,
                               retry=RetryPolicy(max_retries=0))
        try:
            return await call(client)
        finally:
            await client.aclose()
    return asyncio.run(main())


@pytest.fixture
def sim() -> tuple[ProPlusState, CertificateBook]:
    state = ProPlusState(clients=demo_clients(8, 3))
    book = CertificateBook()
    assert book.seed_demo(state.all_clients(), TODAY) > 8
    return state, book


def day_of(certificate: dict[str, Any] | WireCertificate) -> date:
    text = certificate["certification_date"] if isinstance(certificate, dict) else certificate.certification_date
    found = iso_date(text)
    assert found is not None
    return date.fromisoformat(found)


def test_a_range_pull_holds_the_certificates_of_those_days_bounds_included(sim: Any) -> None:
    state, book = sim
    days = sorted({day_of(c) for c in book.certificates})
    assert days[0] >= TODAY - timedelta(days=2 * 366) and days[-1] < TODAY  # the last two years
    start, end = days[2], days[-3]
    expected = sorted(c["id"] for c in book.certificates if start <= day_of(c) <= end)
    found = run(state, book, lambda client: client.pull_certificates(start, end))
    assert sorted(c.id for c in found) == expected
    assert {day_of(c) for c in found} >= {start, end}
    [first] = [c for c in found if c.id == expected[0]]
    stored = next(c for c in book.certificates if c["id"] == first.id)
    assert first.model_dump(exclude_none=False) | {"wo_number": None} == {**stored, "wo_number": None}
    # One day, a day without certificates, and the whole book.
    assert {c.id for c in run(state, book, lambda client: client.pull_certificates(start, start))} \
        == {c["id"] for c in book.certificates if day_of(c) == start}
    assert run(state, book, lambda client: client.pull_certificates(TODAY, TODAY + timedelta(days=30))) == []
    everything = run(state, book, lambda client: client.pull_certificates(date(2000, 1, 1), TODAY))
    assert len(everything) == len(book.certificates)


def test_a_reversed_range_is_refused(sim: Any) -> None:
    state, book = sim
    with pytest.raises(RejectedError, match="to date must be a date after or equal to from date") as caught:
        run(state, book, lambda client: client.pull_certificates(TODAY, TODAY - timedelta(days=1)))
    assert caught.value.status == 400


def test_the_simulator_reads_both_date_forms_and_wants_both_dates(sim: Any) -> None:
    state, book = sim

    async def call(client: ProPlusClient) -> list[httpx.Response]:
        path = "/expose/pull-certificates"
        raw = client.http._client
        return [await raw.get(path, params={"from_date": "2000-01-1", "to_date": TODAY.isoformat()}),
                await raw.get(path, params={"from_date": "01-01-2000"}),
                await raw.get(path, params={"from_date": "01-01-2000", "to_date": "31-02-2025"})]

    every, missing, invalid = run(state, book, call)
    assert len(every.json()["data"]) == len(book.certificates)
    assert (missing.status_code, missing.json()) == (400, {"success": False,
                                                           "message": "msg.The to date field is required."})
    assert (invalid.status_code, invalid.json()["message"]) == (400, "msg.The to date is not a valid date.")


def test_a_done_work_order_has_its_certificate(sim: Any) -> None:
    state, book = sim
    client_record = state.all_clients()[1]
    appliance = client_record["heating_appliance"][0]
    with state.lock:
        order = state.work_orders.push({
            "external_id": "8801", "external_name": "Onderhoud ketel", "execution_date": TODAY.isoformat(),
            "heating_appliance_id": appliance["id"], "certification_type": "periodic",
            "certification_language": "fr", "contracting_company": 0}, now_text())
        stored = next(o for o in state.work_orders.orders if o["id"] == order["id"])
        state.work_orders.advance(stored, now_text())
    assert run(state, book, lambda client: client.pull_certificates_by_wo(order["wo_number"])) == []
    with state.lock:
        state.work_orders.advance(stored, now_text())
        assert stored["status"] == DONE

    [certificate] = run(state, book, lambda client: client.pull_certificates_by_wo(order["wo_number"]))
    assert certificate.wo_number == order["wo_number"]
    assert (certificate.client_id, certificate.client_name) == (client_record["id"], client_record["name"])
    assert (certificate.client_heating_appliance_id, certificate.heating_appliance_name) == (
        appliance["id"], appliance["name"])
    assert (certificate.type, certificate.status) == ("periodic", 1)
    assert iso_date(certificate.certification_date) == stored["certification_date"]
    # The ids in the work order (and its webhook call) are the certificate's and its files'.
    assert certificate.id == int(stored["certificate_id"])
    json_file, pdf_file = certificate.certificate_files
    assert (json_file.id, pdf_file.id) == (int(stored["json_id"]), int(stored["certificate_id"]))
    assert pdf_file.doc is not None and pdf_file.doc.endswith("_FR.pdf")
    # It is in the range pulls too, once, and another work order has none.
    day = day_of(certificate)
    assert [c.id for c in run(state, book, lambda client: client.pull_certificates(day, day))
            if c.wo_number] == [certificate.id]
    assert run(state, book, lambda client: client.pull_certificates_by_wo("WO99999")) == []
    downloaded = run(state, book, lambda client: client.download_certificate(pdf_file.id))
    assert downloaded.media_type == "application/pdf" and client_record["name"].encode("cp1252") in downloaded.content


def assert_valid_pdf(data: bytes) -> None:
    """What a viewer needs: header, trailer, and a cross-reference table whose offsets point at their objects."""
    assert data.startswith(b"%PDF-1.")
    match = re.search(rb"startxref\n(\d+)\n%%EOF\n$", data)
    assert match is not None
    xref = int(match.group(1))
    header = re.match(rb"xref\n0 (\d+)\n", data[xref:])
    assert header is not None
    table = data[xref + header.end():]
    for number in range(1, int(header.group(1))):
        entry = table[20 * number:20 * number + 20]
        assert entry.endswith(b" n \n")
        assert data[int(entry[:10]):].startswith(b"%d 0 obj\n" % number)
    for stream in re.finditer(rb"/Length (\d+) >>\nstream\n", data):
        assert data[stream.end() + int(stream.group(1)):].startswith(b"endstream")
    assert b"/Root 1 0 R" in data


def test_every_kind_of_file_downloads_with_its_bytes_and_type(sim: Any, qapp: Any) -> None:
    from PySide6.QtGui import QImage

    state, book = sim
    certificate = next(c for c in book.certificates if c["certificate_images"])
    json_entry, pdf_entry = certificate["certificate_files"]
    [image_entry] = certificate["certificate_images"]

    async def call(client: ProPlusClient) -> list[CertificateFile]:
        return list(await asyncio.gather(*(client.download_certificate(entry["id"])
                                           for entry in (pdf_entry, json_entry, image_entry))))

    for shape in (False, True):  # the raw file, then the base64 envelope
        pdf, document, image = run(state, book, call, envelope=shape)
        assert (pdf.media_type, pdf.name) == ("application/pdf", pdf_entry["doc"])
        assert_valid_pdf(pdf.content)
        assert certificate["client_name"].encode("cp1252") in pdf.content
        assert certificate["certification_date"].encode() in pdf.content

        assert (document.media_type, document.name) == ("application/json", json_entry["doc"])
        fields = json.loads(document.content)
        assert {k: fields[k] for k in ("id", "client_id", "client_heating_appliance_id", "type", "status",
                                       "certification_date", "next_certification_date", "client_name",
                                       "heating_appliance_name")} == {
            k: v for k, v in certificate.items() if k not in ("certificate_files", "certificate_images")}

        assert (image.media_type, image.name, image.content) == ("image/jpeg", image_entry["image"], DEMO_JPEG)
        picture = QImage.fromData(image.content)
        assert not picture.isNull() and (picture.width(), picture.height()) == (48, 32)


def test_the_pdf_name_keeps_its_accents_on_the_wire(sim: Any) -> None:
    state, book = sim
    certificate = next(c for c in book.certificates if "_FR.pdf" in c["certificate_files"][1]["doc"]
                       and c["type"] == "periodic")
    entry = certificate["certificate_files"][1]
    assert "Périodiquement" in entry["doc"]

    async def call(client: ProPlusClient) -> httpx.Response:
        return await client.http._client.get("/expose/download-certificate", params={"id": entry["id"]})

    response = run(state, book, call)
    assert response.headers["content-type"] == "application/pdf"
    assert "filename*=UTF-8''" in response.headers["content-disposition"]
    assert "P%C3%A9riodiquement" in response.headers["content-disposition"]
    assert read_download(response).name == entry["doc"]


def test_unknown_file_and_wrong_secret(sim: Any) -> None:
    state, book = sim
    unknown = max(book.file_ids()) + 1
    with pytest.raises(RejectedError, match="not found") as caught:
        run(state, book, lambda client: client.download_certificate(unknown))
    assert caught.value.status == 404
    for call in (lambda client: client.download_certificate(min(book.file_ids())),
                 lambda client: client.pull_certificates(TODAY, TODAY),
                 lambda client: client.pull_certificates_by_wo("WO00001")):
        with pytest.raises(AuthError):
            run(state, book, call, secret="not-the-key")


def test_the_sandbox_has_demo_certificates_and_keeps_them(tmp_path: Path) -> None:
    state_file = tmp_path / "proplus.json"
    book: CertificateBook = sandbox_app(state_file).state.certificates  # type: ignore[attr-defined]
    clients = ProPlusState(state_file).all_clients()
    appliances = sum(len(c["heating_appliance"]) for c in clients)
    assert len(clients) == 60 and appliances <= len(book.certificates) <= 2 * appliances
    assert {c["type"] for c in book.certificates} == {"periodic", "installation", "repair"}
    names = {c["id"]: c["name"] for c in clients}
    assert all(c["client_name"] == names[c["client_id"]] and c["status"] == 1 for c in book.certificates)
    files = [f["id"] for c in book.certificates for f in (*c["certificate_files"], *c["certificate_images"])]
    assert len(files) == len(set(files))  # one id space for every document and image
    assert 0 < sum(bool(c["certificate_images"]) for c in book.certificates) < len(book.certificates)
    # A restart reads the same book back.
    again: CertificateBook = sandbox_app(state_file).state.certificates  # type: ignore[attr-defined]
    assert again.certificates == book.certificates
    empty = sandbox_app(tmp_path / "empty.json", demo=0)
    assert empty.state.certificates.certificates == []  # type: ignore[attr-defined]


def test_a_file_of_several_megabytes_downloads_raw_and_in_an_envelope() -> None:
    big = b"%PDF-1.4\n" + bytes(range(256)) * (3 * 4096)  # 3 MB of binary: never decoded as text

    def vendor(request: httpx.Request) -> httpx.Response:
        assert request.url.params["id"] == "273"
        if request.url.params.get("envelope"):
            body = {"success": True, "data": {"file": base64.b64encode(big).decode(), "filename": "big.pdf"}}
            return httpx.Response(200, json=body)
        return httpx.Response(200, content=big, headers={"content-type": "application/octet-stream",
                                                          "content-disposition": 'attachment; filename="big.pdf"'})

    async def main() -> list[CertificateFile]:
        found = []
        for transport in (httpx.MockTransport(vendor), EnvelopeAsked(httpx.MockTransport(vendor))):
            client = ProPlusClient("http://proplus.test", "key", transport=transport)
            try:
                found.append(await client.download_certificate(273))
            finally:
                await client.aclose()
        return found

    assert asyncio.run(main()) == [CertificateFile(big, "application/pdf", "big.pdf")] * 2
