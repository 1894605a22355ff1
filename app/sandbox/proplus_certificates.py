"""The simulated Pro+ server's certificates (§9 pull-certificates, §10 download-certificate, §17
pull-certificates-by-wo) and their routes. Plain JSON dicts shaped as §9.2.2 prints them; the files are made when
they are downloaded, from the certificate's fields, so the state file keeps only the dicts.

Where the document is silent (§10 lost its text): a file is downloaded with `GET ?id=N` and comes back raw, with
its media type and a `Content-Disposition: attachment` naming it; `envelope=1` answers the same file as base64 in
the usual success/data envelope instead, the other shape FieldDesk accepts. An unknown id is a 404 with the "not
found" answer get-wo uses. A work order that is done has one certificate (with its `wo_number`): its PDF and JSON
documents take the work order's `certificate_id` and `json_id` as file ids, so the ids in the webhook call download.
Every PDF is a real one-page document; every image is the same small baseline JPEG.
"""

from __future__ import annotations

import base64
import calendar
import copy
import itertools
import json
import random
import threading
import urllib.parse
from collections.abc import Callable, Iterable, Mapping
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any, NamedTuple

from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from app.sandbox.common import load_state, save_state
from app.sandbox.proplus_http import NotFound, Rejected, answer, parameters
from app.sandbox.proplus_workorders import DONE

# The Pro+ conventions (authentication, envelopes, 400 answers) are proplus.py's; it imports this module only when
# it builds its app, so importing them here makes no cycle.

__all__ = ["CERTIFICATE_ROUTES", "DEMO_CLIENT_LIMIT", "DEMO_JPEG", "CertificateBook", "CertificateDocument",
           "render_pdf"]

JSONDict = dict[str, Any]

_FORMAT = "fielddesk-proplus-certificates"
#: Demo certificates are made for at most this many clients: a bulk state of 100,000 clients would otherwise
#: carry hundreds of thousands of them in memory and in its file.
DEMO_CLIENT_LIMIT = 1000
_TYPES = ("periodic", "installation", "repair")
# The word for the type in the PDF's file name, per language (§9.2.2: "..._VJ_Périodiquement_FR.pdf"). Work
# orders ask for "new" and "maintenance" certificates as well (§11).
_LABELS = {
    "periodic": {"FR": "Périodiquement", "NL": "Periodiek", "DE": "Periodisch"},
    "installation": {"FR": "Installation", "NL": "Installatie", "DE": "Installation"},
    "new": {"FR": "Installation", "NL": "Installatie", "DE": "Installation"},
    "repair": {"FR": "Réparation", "NL": "Herstelling", "DE": "Reparatur"},
    "maintenance": {"FR": "Entretien", "NL": "Onderhoud", "DE": "Wartung"},
}
_OTHER_LABEL = {"FR": "Certificat", "NL": "Attest", "DE": "Bescheinigung"}
PDF, JSON, IMAGE = "application/pdf", "application/json", "image/jpeg"

# A 48x32 baseline JPEG (a grey nameplate on a boiler front), made once with Qt's encoder: every certificate
# image is this photo, so the simulator needs no image library.
DEMO_JPEG = base64.b64decode(
    "/9j/4AAQSkZJRgABAQEAYABgAAD/2wBDABALDA4MChAODQ4SERATGCgaGBYWGDEjJR0oOjM9PDkzODdASFxOQERXRTc4UG1RV19iZ2hnPk1xeXBk"
    "eFxlZ2P/2wBDARESEhgVGC8aGi9jQjhCY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2P/wAARCAAgADAD"
    "ASIAAhEBAxEB/8QAHwAAAQUBAQEBAQEAAAAAAAAAAAECAwQFBgcICQoL/8QAtRAAAgEDAwIEAwUFBAQAAAF9AQIDAAQRBRIhMUEGE1FhByJxFDKB"
    "kaEII0KxwRVS0fAkM2JyggkKFhcYGRolJicoKSo0NTY3ODk6Q0RFRkdISUpTVFVWV1hZWmNkZWZnaGlqc3R1dnd4eXqDhIWGh4iJipKTlJWWl5iZ"
    "mqKjpKWmp6ipqrKztLW2t7i5usLDxMXGx8jJytLT1NXW19jZ2uHi4+Tl5ufo6erx8vP09fb3+Pn6/8QAHwEAAwEBAQEBAQEBAQAAAAAAAAECAwQF"
    "BgcICQoL/8QAtREAAgECBAQDBAcFBAQAAQJ3AAECAxEEBSExBhJBUQdhcRMiMoEIFEKRobHBCSMzUvAVYnLRChYkNOEl8RcYGRomJygpKjU2Nzg5"
    "OkNERUZHSElKU1RVVldYWVpjZGVmZ2hpanN0dXZ3eHl6goOEhYaHiImKkpOUlZaXmJmaoqOkpaanqKmqsrO0tba3uLm6wsPExcbHyMnK0tPU1dbX"
    "2Nna4uPk5ebn6Onq8vP09fb3+Pn6/9oADAMBAAIRAxEAPwDofMo8yqvmVdM91Dp0T2dp9qkLEFPMCYHPOT+H503oIZ5lHmVH/aOtf9AH/wAnE/wo"
    "/tHWv+gD/wCTif4UrhYk8yqWnan9u8z915ezH8Wc5z7e1aAnuptOle8tPssgYAJ5gfI45yPx/KqXmUaspOKi01r+RV8ytWO0+3aVDH9puLfDFt0D"
    "7GPJ4z6c1g+ZR5lU1ck2f+Ef/wCovq3/AIE//Wq/YWf2KEx/abi4y27dO+9hwOM+nFcv5lHmVPKFzp9TOLCQ/T+YrB8yq3mUeZVJWA//2Q==")


class CertificateDocument(NamedTuple):
    """A file as download-certificate serves it."""

    content: bytes
    media_type: str
    name: str


def pro_date(day: date) -> str:
    return f"{day.day:02d}-{day.month:02d}-{day.year:04d}"


def parse_day(text: object) -> date | None:
    """`dd-mm-yyyy` (§9.1.4's examples) or `yyyy-mm-dd` (§9.2.1's request, "2020-04-2" included); None otherwise."""
    if not isinstance(text, str):
        return None
    for pattern in ("%d-%m-%Y", "%Y-%m-%d"):
        try:
            return datetime.strptime(text.strip(), pattern).date()
        except ValueError:
            continue
    return None


def _next_year(day: date) -> date:
    try:
        return day.replace(year=day.year + 1)
    except ValueError:  # 29 February
        return day.replace(year=day.year + 1, day=28)


def _initials(name: str) -> str:
    # §9.2.2's PDF name carries "VJ" where the client goes; letters are kept as they are (É stays É).
    letters = [word[0].upper() for word in name.split() if word[0].isalnum()]
    return "".join(letters[:4]) or "X"


class CertificateBook:
    """The certificates of one simulated Pro+ account, with their file ids. All methods take `lock`; with a `path`,
    every change is saved to it at once (atomically) and a new book loads it when it exists."""

    def __init__(self, path: Path | None = None) -> None:
        self.lock = threading.RLock()
        self.path = Path(path) if path is not None else None
        self.certificates: list[JSONDict] = []
        self.work_orders: set[str] = set()  # wo_numbers that have their certificate
        self._used: dict[str, set[int]] = {"certificate": set(), "file": set()}
        self._files: dict[int, tuple[JSONDict, str]] = {}  # file id -> (certificate, media type)
        self._dates: dict[int, date] = {}  # certificate id -> its certification date
        self._counters = {"certificate": 0, "file": 0}
        document = load_state(self.path, _FORMAT)
        if document is not None:
            for certificate in document.get("certificates") or []:
                self._index(certificate)
            for kind, value in dict(document.get("counters") or {}).items():
                self._counters[kind] = max(self._counters.get(kind, 0), int(value))

    @classmethod
    def for_sandbox(cls, clients_file: Path | None, demo: int | None,
                    clients: Callable[[], list[JSONDict]]) -> CertificateBook:
        """Beside the clients' state file (`proplus-certificates.json`). A new one gets demo certificates for the
        `clients` unless `demo` is 0 (a benchmark's empty or loaded simulator)."""
        path = clients_file.with_name(clients_file.stem + "-certificates.json") if clients_file is not None else None
        if path is not None and path.exists():
            return cls(path)
        book = cls(path)
        if demo != 0:
            book.seed_demo(clients(), date.today())  # saves it
        else:
            book.save()
        return book

    # -- queries
    def between(self, start: date, end: date) -> list[JSONDict]:
        """Certificates whose certification date is from `start` to `end`, both included, by date then id."""
        with self.lock:
            found = [c for c in self.certificates if start <= self._dates[c["id"]] <= end]
            return sorted(found, key=lambda c: (self._dates[c["id"]], c["id"]))

    def for_work_order(self, wo_number: str) -> list[JSONDict]:
        with self.lock:
            return [c for c in self.certificates if str(c.get("wo_number") or "") == wo_number]

    def file_ids(self) -> dict[int, str]:
        """Every file id with its media type (for tests)."""
        with self.lock:
            return {file_id: media for file_id, (_c, media) in self._files.items()}

    def document(self, file_id: int) -> CertificateDocument | None:
        """The file with that id, made from its certificate; None when there is none."""
        with self.lock:
            found = self._files.get(file_id)
            if found is None:
                return None
            certificate, media = found
            certificate = copy.deepcopy(certificate)
        name = next((str(f.get("doc") or f.get("image")) for f in (*certificate["certificate_files"],
                                                                    *certificate["certificate_images"])
                     if f["id"] == file_id), str(file_id))
        if media == PDF:
            return CertificateDocument(render_pdf(certificate), PDF, name)
        if media == JSON:
            fields = {k: v for k, v in certificate.items() if k not in ("certificate_files", "certificate_images")}
            content = json.dumps({**fields, "sandbox": "fictional demo data"}, ensure_ascii=False, indent=2)
            return CertificateDocument(content.encode("utf-8"), JSON, name)
        return CertificateDocument(DEMO_JPEG, IMAGE, name)

    # -- writes
    def seed_demo(self, clients: Iterable[Mapping[str, Any]], today: date, *,
                  limit: int = DEMO_CLIENT_LIMIT) -> int:
        """About one certificate a year for each heating appliance of the first `limit` clients, over the two years
        before `today`; the same clients and day give the same certificates. Returns how many were made."""
        made = 0
        with self.lock:
            for client in itertools.islice(clients, limit):
                for appliance in client.get("heating_appliance") or []:
                    made += self._seed_appliance(client, appliance, today)
            self.save()
        return made

    def _seed_appliance(self, client: Mapping[str, Any], appliance: Mapping[str, Any], today: date) -> int:
        rng = random.Random(int(appliance["id"]) * 7919 + 17)
        region = str(appliance.get("region") or "")
        language = {"2": "NL", "3": "FR"}.get(region) or rng.choice(("FR", "FR", "NL"))  # Brussels: either
        anniversary = today - timedelta(days=rng.randrange(1, 366))
        made = 0
        for years_back in (1, 0):
            if years_back and rng.random() < 0.15:
                continue  # "about" one a year: some appliances missed last year's visit
            day = anniversary - timedelta(days=365 * years_back)
            kind = rng.choices(_TYPES, weights=(6, 2, 2) if years_back else (8, 0, 2))[0]
            self._add(client, appliance, kind=kind, language=language, day=day,
                      minute_of_day=rng.randrange(7 * 60, 18 * 60), image=rng.random() < 0.4)
            made += 1
        return made

    def add_work_orders(self, orders: Iterable[Mapping[str, Any]],
                        clients: Mapping[Any, Mapping[str, Any] | None]) -> int:
        """A certificate for each done work order that has none yet (`clients` by id, for the names)."""
        made = 0
        with self.lock:
            for order in orders:
                wo_number = str(order.get("wo_number") or "")
                if not wo_number or wo_number in self.work_orders or order.get("status") != DONE:
                    continue
                client = clients.get(order.get("client_id")) or {}
                heating, cooling = order.get("heating_appliance_id"), order.get("cooling_appliance_id")
                appliances = client.get("heating_appliance" if heating else "cooling_appliance") or []
                appliance = next((a for a in appliances if str(a.get("id")) == str(heating or cooling)),
                                 {"id": heating or cooling, "name": None})
                day = parse_day(str(order.get("certification_date") or order.get("execution_date") or "")[:10])
                stamp = str(order.get("updated_at") or "")
                minute = int(stamp[11:13]) * 60 + int(stamp[14:16]) if stamp[11:16].replace(":", "").isdigit() else 0
                self._add(client, appliance, kind=str(order.get("certification_type") or "periodic"),
                          language=str(order.get("certification_language") or "nl").upper(),
                          day=day or date.today(), minute_of_day=minute, image=False, order=order)
                made += 1
            if made:
                self.save()
        return made

    def _add(self, client: Mapping[str, Any], appliance: Mapping[str, Any], *, kind: str, language: str,
             day: date, minute_of_day: int, image: bool, order: Mapping[str, Any] | None = None) -> JSONDict:
        hour, minute = divmod(minute_of_day, 60)
        client_name = str(client.get("name") or "")
        label = _LABELS.get(kind, _OTHER_LABEL).get(language) or _OTHER_LABEL.get(language, "Certificate")
        stamp = calendar.timegm(datetime(day.year, day.month, day.day, hour, minute).timetuple())
        wanted = order or {}
        cooling = bool(order and not order.get("heating_appliance_id"))
        certificate: JSONDict = {
            "id": self._claim("certificate", wanted.get("certificate_id")),
            "client_id": client.get("id"),
            "client_heating_appliance_id": None if cooling else appliance.get("id"),
            "type": kind,
            "status": 1,
            "certification_date": pro_date(day),
            "next_certification_date": pro_date(_next_year(day)),
            "client_name": client_name or None,
            "heating_appliance_name": appliance.get("name"),
            "certificate_files": [
                {"id": self._claim("file", wanted.get("json_id")), "doc": f"{stamp}.json"},
                {"id": self._claim("file", wanted.get("certificate_id")),
                 "doc": f"{day:%d%m%Y}_{hour:02d}{minute:02d}_0_{_initials(client_name)}_{label}_{language}.pdf"},
            ],
            "certificate_images": [{"id": self._claim("file", None), "image": f"{day:%d%m%Y}.jpg"}] if image else [],
        }
        if order is not None:
            certificate["wo_number"] = str(order["wo_number"])
        if cooling:
            certificate["client_cooling_appliance_id"] = appliance.get("id")
        self._index(certificate)
        return certificate

    def _claim(self, kind: str, wanted: object) -> int:
        """An unused id of `kind` ("certificate" or "file"): `wanted` (a work order's id for it) when it is free."""
        used = self._used[kind]
        try:
            number = int(str(wanted))
        except ValueError:
            number = 0
        while number <= 0 or number in used:
            self._counters[kind] += 1
            number = self._counters[kind]
        used.add(number)
        return number

    def _index(self, certificate: JSONDict) -> None:
        self.certificates.append(certificate)
        self._used["certificate"].add(certificate["id"])
        self._dates[certificate["id"]] = parse_day(certificate["certification_date"]) or date.min
        for entry in certificate["certificate_files"]:
            self._files[entry["id"]] = (certificate, JSON if str(entry["doc"]).endswith(".json") else PDF)
            self._used["file"].add(entry["id"])
        for entry in certificate["certificate_images"]:
            self._files[entry["id"]] = (certificate, IMAGE)
            self._used["file"].add(entry["id"])
        if certificate.get("wo_number"):
            self.work_orders.add(str(certificate["wo_number"]))

    def save(self) -> None:
        with self.lock:
            save_state(self.path, _FORMAT, {"version": 1, "counters": self._counters,
                                            "certificates": self.certificates})


# --- the PDF ---------------------------------------------------------------------------------------------------


def _pdf_text(text: str) -> bytes:
    """A PDF literal string in WinAnsiEncoding (what the standard fonts read): é stays é, what cp1252 lacks is ?."""
    raw = text.encode("cp1252", errors="replace")
    out = bytearray(b"(")
    for byte in raw:
        if byte in b"()\\":
            out += b"\\" + bytes([byte])
        elif byte < 32:
            out += b"\\%03o" % byte
        else:
            out.append(byte)
    return bytes(out + b")")


def render_pdf(certificate: Mapping[str, Any]) -> bytes:
    """A one-page PDF 1.4 (Helvetica, no compression) with the certificate's fields: small, and opens in any
    viewer (the cross-reference table's offsets are exact)."""
    lines = [
        f"Type: {certificate.get('type')}",
        f"Client: {certificate.get('client_name') or '-'}",
        f"Appliance: {certificate.get('heating_appliance_name') or '-'}",
        f"Certification date: {certificate.get('certification_date')}",
        f"Next certification: {certificate.get('next_certification_date')}",
    ]
    if certificate.get("wo_number"):
        lines.append(f"Work order: {certificate['wo_number']}")
    lines += ["", "FieldDesk sandbox: a fictional document, not a real certificate."]
    stream = b"BT\n/F2 18 Tf 56 770 Td " + _pdf_text(f"Pro+ certificate {certificate.get('id')}") + b" Tj\n"
    stream += b"/F1 11 Tf 16 TL 0 -30 Td\n" + b"".join(_pdf_text(line) + b" Tj T*\n" for line in lines) + b"ET\n"
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 6 0 R "
        b"/Resources << /Font << /F1 4 0 R /F2 5 0 R >> >> >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"endstream",
        b"<< /Title " + _pdf_text(f"Certificate {certificate.get('id')} - {certificate.get('client_name') or ''}")
        + b" /Producer (FieldDesk sandbox) >>",
    ]
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")  # the second line marks the file as binary
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R /Info %d 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1, len(objects), xref)
    return bytes(out)


# --- routes ----------------------------------------------------------------------------------------------------


def _book(request: Request) -> CertificateBook:
    book: CertificateBook = request.app.state.certificates
    return book


def _catch_up(request: Request) -> None:
    """Give every work order that got done since the last call its certificate (a technician finished it)."""
    state, book = request.app.state.proplus, _book(request)
    with state.lock:
        done = [dict(o) for o in state.work_orders.orders
                if o.get("status") == DONE and str(o.get("wo_number") or "") not in book.work_orders]
        clients = {o.get("client_id"): state.get_client(o["client_id"]) for o in done if o.get("client_id")}
    if done:
        book.add_work_orders(done, clients)


async def _pull_certificates(request: Request) -> Response:
    params = await parameters(request)
    days: list[date] = []
    for key in ("from_date", "to_date"):
        given = params.get(key)
        if given is None or not str(given).strip():
            raise Rejected(f"msg.The {key.replace('_', ' ')} field is required.")
        day = parse_day(given)
        if day is None:
            raise Rejected(f"msg.The {key.replace('_', ' ')} is not a valid date.")
        days.append(day)
    if days[1] < days[0]:
        raise Rejected("msg.The to date must be a date after or equal to from date.")
    _catch_up(request)
    book = _book(request)
    with book.lock:  # rendered under the lock: no copy of the dicts needed
        return answer(book.between(days[0], days[1]))


async def _pull_certificates_by_wo(request: Request) -> Response:
    params = await parameters(request)
    wo_number = str(params.get("wo_number") or "").strip()
    if not wo_number:
        raise Rejected("msg.The wo number field is required.")
    _catch_up(request)
    book = _book(request)
    with book.lock:
        # No certificate is an empty list, as for the other pulls.
        return answer(book.for_work_order(wo_number))


async def _download_certificate(request: Request) -> Response:
    params = await parameters(request)
    given = str(params.get("id") or "").strip()
    if not given:
        raise Rejected("msg.The id field is required.")
    if not (given.isascii() and given.isdigit() and len(given) <= 18):
        raise Rejected("msg.The id must be an integer.")
    _catch_up(request)
    document = _book(request).document(int(given))
    if document is None:
        raise NotFound("msg.Certificate file not found.")
    if str(params.get("envelope") or "").strip().lower() in ("1", "true", "yes"):
        return answer({"content": base64.b64encode(document.content).decode("ascii"), "name": document.name,
                        "mime": document.media_type})
    return Response(document.content, media_type=document.media_type,
                    headers={"Content-Disposition": attachment(document.name)})


def attachment(name: str) -> str:
    """`attachment` with the name twice (RFC 6266): plain ASCII for old clients, and exact as `filename*`."""
    fallback = "".join(ch if 32 <= ord(ch) < 127 and ch not in '"\\' else "_" for ch in name)
    return f"attachment; filename=\"{fallback}\"; filename*=UTF-8''{urllib.parse.quote(name, safe='')}"


CERTIFICATE_ROUTES = [
    Route("/expose/pull-certificates", _pull_certificates, methods=["GET", "POST"]),
    Route("/expose/pull-certificates-by-wo", _pull_certificates_by_wo, methods=["GET", "POST"]),
    Route("/expose/download-certificate", _download_certificate, methods=["GET", "POST"]),
]
