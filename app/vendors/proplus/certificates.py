"""Pro+ certificates (§9 pull-certificates, §10 download-certificate, §17 pull-certificates-by-wo): wire models and
the reading of a downloaded file.

§9 and §17 show one answer shape: `{"success": true, "data": [certificate, ...], "message": "Success"}` (the printed
example even lost its closing bracket, so `data` as one certificate object is read too). Dates come as `dd-mm-yyyy`
and are kept as sent; `iso_date` turns them into `yyyy-mm-dd`. Ids may come as numbers or as text.

§10 lost its text in extraction: the download is a `GET` with the file `id` from pull-certificates, and its answer
may be the raw file (PDF, image, JSON or octet-stream) or a JSON envelope with the file in base64; both are read.
"""

from __future__ import annotations

import base64
import binascii
import contextlib
import json
import re
import urllib.parse
from collections.abc import Mapping
from datetime import date, datetime
from typing import Annotated, Any, NamedTuple

import httpx
from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, ValidationError

from app.vendors.errors import unreadable_answer
from app.vendors.proplus.models import (
    VENDOR,
    Id,
    Text,
    _describe_validation,
    _lenient_id,
    describe_kind,
    raise_for_envelope,
)

__all__ = [
    "CertificateFile",
    "WireCertificate",
    "WireCertificateFile",
    "WireCertificateImage",
    "disposition_name",
    "iso_date",
    "parse_certificates",
    "pro_date",
    "read_download",
]


# --- wire models -------------------------------------------------------------------------------------------


def _whole(value: object) -> object:
    """`status` and the like: a number, or digits as text; "" is none."""
    try:
        return _lenient_id(value)
    except ValueError:
        raise ValueError("expected a whole number") from None


def _file_list(value: object) -> object:
    """A list of file entries; PHP may send a single object, `{}` or `""` for none, or null."""
    if value is None or value == "" or value == {}:
        return []
    if isinstance(value, Mapping):
        return [value]
    return value


RequiredId = Annotated[int, BeforeValidator(_lenient_id)]
Whole = Annotated[int | None, BeforeValidator(_whole)]


class WireCertificateFile(BaseModel):
    """A certificate document (`{"id": 272, "doc": "1587555506.json"}`): the id is what download-certificate takes."""

    model_config = ConfigDict(extra="allow")

    id: RequiredId
    doc: Text = None


class WireCertificateImage(BaseModel):
    """A photo taken with the certificate (`{"id": 23, "image": "22042020.jpg"}`)."""

    model_config = ConfigDict(extra="allow")

    id: RequiredId
    image: Text = None


class WireCertificate(BaseModel):
    """One certificate as §9.2.2 and §17.2.2 show it. Dates are `dd-mm-yyyy` as sent (see `iso_date`)."""

    model_config = ConfigDict(extra="allow")

    id: RequiredId
    client_id: Id = None
    client_heating_appliance_id: Id = None
    type: Text = None
    status: Whole = None
    certification_date: Text = None
    next_certification_date: Text = None
    client_name: Text = None
    heating_appliance_name: Text = None
    certificate_files: Annotated[list[WireCertificateFile], BeforeValidator(_file_list)] = Field(default_factory=list)
    certificate_images: Annotated[list[WireCertificateImage], BeforeValidator(_file_list)] = Field(
        default_factory=list)
    wo_number: Text = None


def parse_certificates(payload: object) -> list[WireCertificate]:
    """The certificates of a pull-certificates or pull-certificates-by-wo answer (decoded JSON).

    `success: false` is a RejectedError with Pro+'s message; any other shape than the documented envelope (with a
    list, one certificate, or nothing in `data`) is an unreadable answer."""
    envelope = raise_for_envelope(payload)
    if envelope is None:
        raise unreadable_answer(VENDOR, f"expected the success/data envelope, got {describe_kind(payload)}"
                                        + (" without 'success'" if isinstance(payload, Mapping) else ""))
    data = envelope.data
    if data is None or data == "" or data == [] or data == {}:
        return []
    items = [data] if isinstance(data, Mapping) else data
    if not isinstance(items, list):
        raise unreadable_answer(VENDOR, f"data: expected a list of certificates, got {describe_kind(data)}")
    found: list[WireCertificate] = []
    for index, item in enumerate(items):
        where = f"data[{index}]" if isinstance(data, list) else "data"
        if not isinstance(item, Mapping):
            raise unreadable_answer(VENDOR, f"{where}: expected a certificate object, got {describe_kind(item)}")
        try:
            found.append(WireCertificate.model_validate(dict(item)))
        except ValidationError as exc:
            raise unreadable_answer(VENDOR, _describe_validation(exc, where)) from None
    return found


_DATE_PATTERNS = ("%d-%m-%Y", "%Y-%m-%d", "%d/%m/%Y", "%Y/%m/%d", "%d.%m.%Y")


def pro_date(day: date) -> str:
    """A date as Pro+ takes it in a query (§9.1.4: `01-04-2020`); four year digits always, unlike strftime."""
    return f"{day.day:02d}-{day.month:02d}-{day.year:04d}"


def iso_date(text: str | None) -> str | None:
    """`dd-mm-yyyy` (as Pro+ sends certificate dates) or `yyyy-mm-dd`, a time after it allowed, as `yyyy-mm-dd`;
    None when it is no date."""
    if not isinstance(text, str):
        return None
    parts = text.strip().replace("T", " ").split()
    if not parts or len(parts[0]) > 10:
        return None
    for pattern in _DATE_PATTERNS:
        try:
            return datetime.strptime(parts[0], pattern).date().isoformat()
        except ValueError:
            continue
    return None


# --- downloads ---------------------------------------------------------------------------------------------


class CertificateFile(NamedTuple):
    """A downloaded certificate file: its bytes, its media type (`application/pdf` ...), and its file name when Pro+
    gave one (the folder part removed)."""

    content: bytes
    media_type: str
    name: str | None


#: What download-certificate is asked for: the file itself, or JSON around it (§10's text was lost).
DOWNLOAD_ACCEPT = "application/pdf, image/*, application/json, application/octet-stream;q=0.9, */*;q=0.5"
#: Bodies larger than this are read in a worker thread (`ProPlusClient.download_certificate`).
READ_INLINE_LIMIT = 256 * 1024

_JSON_TYPES = frozenset({"application/json", "text/json", "application/x-json"})
# Types servers use for "a file, whatever it is": the file's own type is then read from its first bytes or name.
_GENERIC_TYPES = frozenset({"", "application/octet-stream", "binary/octet-stream", "application/force-download",
                            "application/download", "application/x-download", "application/binary"})
_CONTENT_KEYS = ("content", "file", "base64")
_NAME_KEYS = ("name", "filename", "doc")
_MEDIA_KEYS = ("mime", "content_type", "type")
_EXTENSIONS = {"pdf": "application/pdf", "json": "application/json", "jpg": "image/jpeg", "jpeg": "image/jpeg",
               "png": "image/png", "gif": "image/gif", "webp": "image/webp", "tif": "image/tiff",
               "tiff": "image/tiff", "bmp": "image/bmp", "xml": "application/xml", "txt": "text/plain",
               "zip": "application/zip"}
_MEDIA_TYPE = re.compile(r"^[a-z0-9][a-z0-9!#$&^_.+-]*/[a-z0-9][a-z0-9!#$&^_.+-]*$")
_UNSAFE_NAME = re.compile(r"[\x00-\x1f\x7f]")
_PARAM = re.compile(r';\s*([^=;\s]+)\s*=\s*("(?:[^"\\]|\\.)*"|[^;]*)')


def read_download(response: httpx.Response) -> CertificateFile:
    """The file in a download-certificate answer: the raw body (PDF, image, JSON, octet-stream; the name from
    Content-Disposition), or a JSON envelope with the file in base64 (`{"success": true, "data": {"content": ...,
    "name": ..., "mime": ...}}`, or the same without `data`).

    Raises RejectedError for `success: false`, and an unreadable-answer ServerError for an empty body, an HTML page,
    an envelope without content or with bad base64."""
    content = response.content
    declared = _media_type(response.headers.get("content-type"))
    name = disposition_name(response.headers.get("content-disposition"))
    if not content:
        raise unreadable_answer(VENDOR, "the certificate file was empty", status=response.status_code)
    could_be_json = declared in _JSON_TYPES or declared.endswith("+json") or (
        (declared in _GENERIC_TYPES or declared.startswith("text/")) and _start(content)[:1] in (b"{", b"["))
    if could_be_json:
        try:
            payload = json.loads(content)
        except (ValueError, RecursionError):
            payload = _NOT_JSON
        if payload is _NOT_JSON:
            if declared in _JSON_TYPES or declared.endswith("+json") or declared.startswith("text/"):
                raise unreadable_answer(VENDOR, "the answer was declared JSON but is not valid JSON",
                                        status=response.status_code)
        elif _is_envelope(payload):
            return _from_envelope(payload, name)
        else:
            return CertificateFile(content, "application/json", name)  # the certificate's JSON document itself
    sniffed = _sniff(content)
    loose = declared in _GENERIC_TYPES or declared.startswith("text/")
    if sniffed is None and ("html" in declared or (loose and _looks_html(content))):  # e.g. a proxy's login page
        raise unreadable_answer(VENDOR, "expected a certificate file, got an HTML page", status=response.status_code)
    if declared in _GENERIC_TYPES:
        return CertificateFile(content, sniffed or _type_of_name(name) or "application/octet-stream", name)
    if declared.startswith("text/") or not _MEDIA_TYPE.match(declared):
        if sniffed:  # a file sent with a wrong text type
            return CertificateFile(content, sniffed, name)
        raise unreadable_answer(VENDOR, f"expected a certificate file, got '{declared[:60]}'",
                                status=response.status_code)
    return CertificateFile(content, declared, name)


_NOT_JSON = object()


def _media_type(header: str | None) -> str:
    return (header or "").split(";", 1)[0].strip().lower()


def _start(content: bytes) -> bytes:
    # The first bytes after any white space, without copying a body of several MB.
    return content[:512].lstrip()


def _looks_html(content: bytes) -> bool:
    return _start(content)[:15].lower().startswith((b"<!doctype", b"<html"))


def _sniff(content: bytes) -> str | None:
    """The media type a file's first bytes show, for the kinds a certificate comes in."""
    if content.startswith(b"%PDF-"):
        return "application/pdf"
    if content.startswith(b"\xff\xd8\xff"):
        return "image/jpeg"
    if content.startswith(b"\x89PNG\r\n\x1a\n"):
        return "image/png"
    if content.startswith((b"GIF87a", b"GIF89a")):
        return "image/gif"
    if content[:4] == b"RIFF" and content[8:12] == b"WEBP":
        return "image/webp"
    return None


def _type_of_name(name: str | None) -> str | None:
    if not name or "." not in name:
        return None
    return _EXTENSIONS.get(name.rsplit(".", 1)[1].lower())


def _is_envelope(payload: object) -> bool:
    if not isinstance(payload, Mapping):
        return False
    data = payload.get("data")
    return ("success" in payload or any(k in payload for k in _CONTENT_KEYS)
            or (isinstance(data, Mapping) and any(k in data for k in _CONTENT_KEYS)))


def _from_envelope(payload: Mapping[str, Any], header_name: str | None) -> CertificateFile:
    envelope = raise_for_envelope(payload)  # success: false -> RejectedError with Pro+'s words
    data: object = envelope.data if envelope is not None else payload.get("data")
    if isinstance(data, list) and len(data) == 1:
        data = data[0]
    fields: Mapping[str, Any]
    if isinstance(data, str):
        fields = {"content": data}
    elif isinstance(data, Mapping) and any(k in data for k in _CONTENT_KEYS):
        fields = data
    else:
        fields = payload
    encoded = next((fields[k] for k in _CONTENT_KEYS if fields.get(k) not in (None, "")), None)
    if encoded is None:
        raise unreadable_answer(VENDOR, "the download answer holds no file content")
    if not isinstance(encoded, str):
        raise unreadable_answer(VENDOR, f"file content: expected base64 text, got {describe_kind(encoded)}")
    url_type, content = _base64(encoded)
    if not content:
        raise unreadable_answer(VENDOR, "the certificate file was empty")
    name = _safe_name(next((fields[k] for k in _NAME_KEYS if isinstance(fields.get(k), str)), None)) or header_name
    given = next((fields[k] for k in _MEDIA_KEYS if isinstance(fields.get(k), str) and fields[k].strip()), None)
    media = _envelope_type(given) or url_type
    if media is None or media in _GENERIC_TYPES:
        media = _sniff(content) or _type_of_name(name) or "application/octet-stream"
    return CertificateFile(content, media, name)


def _envelope_type(given: str | None) -> str | None:
    """A media type as the envelope names it: `application/pdf`, or just an extension (`pdf`)."""
    if given is None:
        return None
    text = _media_type(given)
    if "/" in text:
        return text if _MEDIA_TYPE.match(text) else None
    return _EXTENSIONS.get(text.lstrip("."))


def _base64(text: str) -> tuple[str | None, bytes]:
    """Decode base64 (standard or URL-safe alphabet, line breaks and missing padding allowed, a `data:` URL too);
    the data URL's media type, if any, and the bytes."""
    media: str | None = None
    text = text.strip()
    if text[:5].lower() == "data:":
        header, _, text = text.partition(",")
        if ";base64" not in header.lower():
            raise unreadable_answer(VENDOR, "file content: a data URL without base64")
        media = _envelope_type(header[5:].split(";", 1)[0]) or None
    compact = "".join(text.split())
    compact += "=" * (-len(compact) % 4)
    for altchars in (None, b"-_"):
        try:
            return media, base64.b64decode(compact, altchars=altchars, validate=True)
        except (binascii.Error, ValueError):
            continue
    raise unreadable_answer(VENDOR, "file content: not valid base64")


def disposition_name(header: str | None) -> str | None:
    """The file name in a Content-Disposition header (`filename*=UTF-8''...` before `filename="..."`), the folder
    part and control characters removed; None when there is none."""
    if not header:
        return None
    params = _header_params(header)
    extended = params.get("filename*")
    if extended is not None:
        charset, quote, rest = extended.partition("'")
        encoded = rest.partition("'")[2] if quote else extended
        try:
            name = urllib.parse.unquote(encoded, encoding=charset.strip() or "utf-8", errors="replace")
        except LookupError:  # an unknown charset
            name = urllib.parse.unquote(encoded, errors="replace")
        found = _safe_name(name)
        if found:
            return found
    plain = params.get("filename")
    if plain is None:
        return None
    with contextlib.suppress(UnicodeError):  # UTF-8 bytes sent raw in the header arrive decoded as Latin-1
        plain = plain.encode("latin-1").decode("utf-8")
    return _safe_name(plain)


def _header_params(header: str) -> dict[str, str]:
    """`attachment; filename="a;b.pdf"; x=y` -> {"filename": "a;b.pdf", "x": "y"} (keys in lower case)."""
    params: dict[str, str] = {}
    for match in _PARAM.finditer(";" + header):  # the disposition type has no "=": it is skipped
        key, value = match.group(1).lower(), match.group(2).strip()
        if value.startswith('"') and value.endswith('"') and len(value) >= 2:
            value = re.sub(r"\\(.)", r"\1", value[1:-1])
        params.setdefault(key, value)
    return params


def _safe_name(name: str | None) -> str | None:
    """A file name without folders (a hostile `../../x` stays in the downloads folder) or control characters."""
    if not name:
        return None
    base = _UNSAFE_NAME.sub("", re.split(r"[\\/]", name)[-1]).strip()
    if base in ("", ".", ".."):
        return None
    return base[:255]
