"""Pro+ inspection certificates: the cached ones (filled by each sync and by a user's fetch), and downloading their
files (PDF, JSON, images) into the downloads folder, one or many at once.

A download goes to `folder / <client name> / <Pro+'s file name>`, both made safe for every OS (a clash gets " (2)"),
written to a temporary file in that folder, flushed to disk and renamed: a kill or a full disk never leaves half a
file under its final name. The files of a batch download concurrently, as many at once as Pro+'s HTTP lane allows
(the client's VendorHttp limits and prioritises them); each failure is reported in its own result.
"""

from __future__ import annotations

import asyncio
import builtins
import contextlib
import datetime as dt
import mimetypes
import os
import re
import sqlite3
import tempfile
import threading
import time
import unicodedata
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

from app.i18n import QT_TRANSLATE_NOOP, Text
from app.services.threads import in_worker
from app.store import certificates as store_cert
from app.store.db import Store
from app.vendors.errors import VendorError
from app.vendors.http import INTERACTIVE
from app.vendors.proplus.sync import certificates as sync_cert

if TYPE_CHECKING:
    from app.vendors.proplus.certificates import CertificateFile
    from app.vendors.proplus.client import ProPlusClient

__all__ = ["CertificateError", "CertificateService", "DownloadResult", "safe_name"]

#: Names Windows keeps for devices, whatever the extension ("NUL.pdf" cannot be made there).
_RESERVED = frozenset({"CON", "PRN", "AUX", "NUL", *(f"COM{i}" for i in range(1, 10)),
                       *(f"LPT{i}" for i in range(1, 10))})
#: Characters some OS refuses in a file name (Windows' set is the widest), path separators among them.
_UNSAFE = re.compile(r'[<>:"/\\|?*]')
#: Longest name kept, in characters: well inside every file system's 255 bytes, with room for " (2)".
_MAX_NAME = 120


class CertificateError(Exception):
    """A failure the user is shown: Pro+ not set up, a vendor's or the network's failure, a range that ends before
    it starts. `str()` is the English message; `text` the translatable one when FieldDesk wrote it."""

    def __init__(self, message: str | Text) -> None:
        self.text = message if isinstance(message, Text) else None
        self.message = message.english() if isinstance(message, Text) else message
        super().__init__(self.message)


class DownloadResult(NamedTuple):
    """One file of a download: where it is now, or why it is not."""

    file_id: int
    path: Path | None
    error: str | None
    #: The failure itself (a CertificateError or the vendor's error), for the window to say in the user's language.
    problem: Exception | None = None


def _failed_file(file_id: int, problem: Exception) -> DownloadResult:
    return DownloadResult(file_id, None, str(problem), problem)


NOT_SET_UP = Text(QT_TRANSLATE_NOOP("VendorError", "Pro+ is not set up in this profile (set "
                                                   "FIELDDESK_PROPLUS_BASE_URL and FIELDDESK_PROPLUS_SECRET_KEY)"))


class CertificateService:
    def __init__(self, store: Store, changed: Callable[[], None], client: Callable[[], ProPlusClient | None],
                 folder: Path) -> None:
        """`client()`: the Pro+ client of the running sync engine (None when Pro+ is not set up); `folder`: where
        downloads go (`<home downloads>/certificates`)."""
        self.store = store
        self._changed = changed
        self._client = client
        self.folder = folder
        self._naming = threading.Lock()  # choosing a free name and claiming it are one step across workers
        self._claimed: set[str] = set()  # names being written (casefolded): two files never take one name
        self._swept: set[Path] = set()  # folders whose leftover temporary files were cleared this session

    # -- reading -------------------------------------------------------------------------------------------
    def all(self) -> builtins.list[dict[str, Any]]:
        """Every cached certificate, the newest certification first, with its files."""
        return [_public(row) for row in store_cert.all_certificates(self.store)]

    def get(self, certificate_id: int) -> dict[str, Any] | None:
        """One cached certificate as `all()` gives it (its Pro+ id; digits as text too), None when not cached."""
        try:
            wanted = int(certificate_id)
        except (TypeError, ValueError):
            return None
        row = store_cert.get(self.store, wanted)
        return _public(row) if row is not None else None

    # -- fetching from Pro+ ---------------------------------------------------------------------------------
    def _live(self) -> ProPlusClient:
        client = self._client()
        if client is None:
            raise CertificateError(NOT_SET_UP)
        return client

    async def fetch(self, from_date: dt.date, to_date: dt.date) -> int:
        """Ask Pro+ for the certificates dated from `from_date` to `to_date` (both included; yearly pieces for a
        longer range, which ends tomorrow at the latest) and cache them. Returns how many Pro+ listed.
        CertificateError says why it failed."""
        if to_date < from_date:
            raise CertificateError(Text(QT_TRANSLATE_NOOP("Certificates", "the range ends ({to}) before it starts "
                                                                          "({begin})"),
                                        {"to": to_date.isoformat(), "begin": from_date.isoformat()}))
        client = self._live()
        # Nothing is certified in the future: a range typed far ahead would cost a call per year for nothing (a
        # day's margin for Pro+'s clock being ahead of ours).
        to_date = min(to_date, dt.date.today() + dt.timedelta(days=1))
        if to_date < from_date:
            return 0
        try:
            found = await sync_cert.pull_range(client, from_date, to_date, priority=INTERACTIVE)
        except VendorError as exc:
            raise _failed(exc) from exc
        return await self._save(found)

    async def fetch_for_work_order(self, wo_number: str) -> int:
        """Ask Pro+ for a work order's certificates (by its Pro+ work order number) and cache them. Returns how
        many Pro+ listed."""
        number = wo_number.strip()
        if not number:
            raise CertificateError(Text(QT_TRANSLATE_NOOP("Certificates", "give a work order number")))
        client = self._live()
        try:
            found = await client.pull_certificates_by_wo(number, priority=INTERACTIVE)
        except VendorError as exc:
            raise _failed(exc) from exc
        return await self._save(found)

    async def _save(self, found: builtins.list[Any]) -> int:
        saved = await asyncio.to_thread(sync_cert.save, self.store, found)  # a commit waits for the disk
        self._changed()
        return saved

    # -- downloading ------------------------------------------------------------------------------------------
    async def download(self, file_ids: Sequence[int], progress: Callable[[int, int], None] | None = None
                       ) -> builtins.list[DownloadResult]:
        """Download certificate files (ids from `all()`'s files) into `folder`; one result per distinct id, in the
        order given. A file already downloaded and still on disk with its size is not fetched again. `progress(done,
        total)` is called on the event loop as files finish."""
        ids = list(dict.fromkeys(int(i) for i in file_ids))
        rows = await in_worker(lambda: store_cert.files(self.store, ids))
        client = self._client()
        total, done = len(ids), 0
        if progress is not None:
            progress(0, total)

        async def one(file_id: int) -> DownloadResult:
            nonlocal done
            result = await self._download_one(file_id, rows.get(file_id), client)
            done += 1
            if progress is not None:
                progress(done, total)
            return result

        results = list(await asyncio.gather(*(one(i) for i in ids)))
        if any(r.path is not None for r in results):
            self._changed()
        return results

    async def _download_one(self, file_id: int, row: dict[str, Any] | None,
                            client: ProPlusClient | None) -> DownloadResult:
        if row is None:
            return _failed_file(file_id, CertificateError(Text(QT_TRANSLATE_NOOP(
                "Certificates", "no certificate file {file_id} in the cache (fetch its certificate first; "
                "`fielddesk certificates list` shows the cached ones)"), {"file_id": file_id})))
        try:
            there = await asyncio.to_thread(_still_there, row)
            if there is not None:
                return DownloadResult(file_id, there, None)
            if client is None:
                return _failed_file(file_id, CertificateError(NOT_SET_UP))
            got = await client.download_certificate(file_id, priority=INTERACTIVE)
            return DownloadResult(file_id, await asyncio.to_thread(self._write, row, got), None)
        except VendorError as exc:  # its words are redacted by the HTTP layer
            return _failed_file(file_id, exc)
        except OSError as exc:
            return _failed_file(file_id, CertificateError(Text(QT_TRANSLATE_NOOP(
                "Certificates", "cannot save the file in {folder} ({reason})"),
                {"folder": str(self.folder), "reason": exc.strerror or type(exc).__name__})))
        except sqlite3.Error as exc:
            return _failed_file(file_id, CertificateError(Text(QT_TRANSLATE_NOOP(
                "Certificates", "the file was saved but the cache could not record it ({reason})"),
                {"reason": str(exc)})))

    def _write(self, row: dict[str, Any], got: CertificateFile) -> Path:
        """In a worker thread: the file into its folder atomically, then its path and size into the cache."""
        folder = self.folder / safe_name(row.get("client_name"), f"client {row.get('client_id') or 'unknown'}")
        folder.mkdir(parents=True, exist_ok=True)
        with self._naming:
            first_here = folder not in self._swept
            self._swept.add(folder)
        if first_here:
            remove_leftovers(folder)
        name = _file_name(row, got)
        with self._naming:
            target = self._free_path(folder, name, row)
            self._claimed.add(_key(target))
        try:
            write_atomically(target, got.content)
            with self.store.transaction() as conn:
                store_cert.set_downloaded(conn, row["id"], str(target), len(got.content))
        finally:
            with self._naming:
                self._claimed.discard(_key(target))
        return target

    def _free_path(self, folder: Path, name: str, row: dict[str, Any]) -> Path:
        """Where this file goes: where it went before (downloading it again replaces it), else the first of
        "name", "name (2)" ... that no file on disk, no other downloaded file and no download under way has."""
        own = row.get("path")
        if own and Path(own).parent == folder and _key(Path(own)) not in self._claimed:
            return Path(own)
        stem, suffix = _split(name)
        conn = self.store.conn
        number = 1
        while True:
            candidate = folder / (name if number == 1 else f"{stem} ({number}){suffix}")
            if (_key(candidate) not in self._claimed and not os.path.lexists(candidate)
                    and store_cert.path_owner(conn, str(candidate)) in (None, row["id"])):
                return candidate
            number += 1


def _failed(exc: VendorError) -> CertificateError:
    error = CertificateError(str(exc))  # with the vendor's name, as every vendor failure is said
    error.text = exc.text  # FieldDesk's own words (no connection ...) in the user's language; None: the vendor's
    return error


def _public(row: dict[str, Any]) -> dict[str, Any]:
    """A cached certificate as `all()` gives it: a file's path is None unless it is on disk now."""
    files = []
    for f in row["files"]:
        path = f["path"] if f["path"] and os.path.isfile(f["path"]) else None
        files.append({"id": f["id"], "kind": f["kind"], "name": f["name"], "path": path,
                      "size": f["size"] if path else None})
    return {"id": row["id"], "client_id": row["client_id"], "client_name": row["client_name"],
            "appliance_id": row["appliance_id"], "appliance_name": row["appliance_name"], "type": row["type"],
            "status": row["status"], "certification_date": row["certification_date"],
            "next_certification_date": row["next_certification_date"], "wo_number": row["wo_number"],
            "files": files, "downloaded": sum(1 for f in files if f["path"]), "fetched_at": row["fetched_at"]}


def _still_there(row: dict[str, Any]) -> Path | None:
    """The file's earlier download when it is still on disk with the size it was saved with."""
    if not row.get("path") or row.get("size") is None:
        return None
    path = Path(row["path"])
    try:
        return path if path.is_file() and path.stat().st_size == row["size"] else None
    except OSError:
        return None


def safe_name(text: str | None, fallback: str) -> str:
    """`text` as one file or folder name every OS accepts: no path separators or characters Windows refuses, no
    control or invisible formatting characters (a right-to-left override can disguise an extension), no leading
    dot (a hidden file) or trailing dot or space (Windows drops them), not a reserved device name, not too long.
    Letters of any script are kept (NFC, as macOS and Windows agree on)."""
    name = unicodedata.normalize("NFC", text or "")
    name = "".join("_" if unicodedata.category(c) in ("Cc", "Cf", "Cs", "Co", "Zl", "Zp") else c for c in name)
    name = " ".join(_UNSAFE.sub("_", name).split()).strip(" .")
    if not name:
        name = fallback
    if name.split(".")[0].strip().upper() in _RESERVED:
        name = "_" + name
    if len(name) > _MAX_NAME:
        stem, suffix = _split(name)
        suffix = suffix if len(suffix) <= 16 else ""
        name = stem[:_MAX_NAME - len(suffix)].rstrip(" .") + suffix
    return name


def _file_name(row: dict[str, Any], got: CertificateFile) -> str:
    """Pro+'s name for the file (its certificate's listing, else the download's), made safe; an extension from the
    media type when the name has none."""
    name = safe_name(row.get("name") or got.name, f"certificate file {row['id']}")
    if not _split(name)[1]:
        extension = mimetypes.guess_extension((got.media_type or "").split(";")[0].strip()) or ""
        name = safe_name(name + extension, name)
    return name


def _split(name: str) -> tuple[str, str]:
    """("report", ".pdf") of "report.pdf"; a name of a leading dot alone has no extension."""
    stem, dot, suffix = name.rpartition(".")
    return (stem, dot + suffix) if stem and dot and " " not in suffix and len(suffix) <= 16 else (name, "")


def _key(path: Path) -> str:
    # Casefolded: "Report.pdf" and "report.pdf" are one file on Windows and macOS.
    return str(path).casefold()


#: A temporary download file this old was left by a FieldDesk killed while it wrote (a running download writes
#: its file in seconds, whichever process it is in).
LEFTOVER_AGE = 3600.0


def remove_leftovers(folder: Path) -> None:
    """Delete the temporary files (`write_atomically`'s `.<name>.<random>.part`) a killed download left in `folder`;
    never a finished file, never one another download may still be writing."""
    now = time.time()
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return
    for entry in entries:
        if entry.name.startswith(".") and entry.name.endswith(".part"):
            with contextlib.suppress(OSError):  # gone meanwhile, or not ours to delete: leave it
                if entry.is_file(follow_symlinks=False) and now - entry.stat().st_mtime > LEFTOVER_AGE:
                    os.unlink(entry.path)


def write_atomically(target: Path, content: bytes) -> None:
    """`content` as `target`: a temporary file in the same folder, flushed to disk, then renamed over the final
    name; on any failure the temporary file goes and the final name is untouched."""
    fd, temporary = tempfile.mkstemp(prefix=f".{target.name[:40]}.", suffix=".part", dir=target.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(content)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temporary, target)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    if os.name == "posix":  # the rename itself survives a power cut once the folder is on disk
        folder = os.open(target.parent, os.O_RDONLY)
        try:
            os.fsync(folder)
        finally:
            os.close(folder)
