"""Pro+ inspection certificates: every cached certificate (`CertificateService.all()`, held in memory), newest
certification first, with how many of its files are on disk."""

from __future__ import annotations

from typing import Any, ClassVar

from PySide6.QtCore import QCoreApplication, QModelIndex, QObject, Qt
from PySide6.QtWidgets import QApplication, QStyle

from ui.models.base import DECORATION, TOOLTIP, text
from ui.models.memory import SEPARATOR, FilteredTableModel, fold


def type_words() -> dict[str, str]:
    """The certificate types Pro+ documents (and those a work order asks for), in the user's language (context
    "Certificates"); any other type is shown as Pro+ sends it."""
    translate = QCoreApplication.translate
    return {"periodic": translate("Certificates", "Periodic"),
            "installation": translate("Certificates", "Installation"),
            "repair": translate("Certificates", "Repair"),
            # The types a work order asks for (push-wo) come back on its certificate: "new" is an installation's.
            "new": translate("Certificates", "Installation"),
            "maintenance": translate("Certificates", "Maintenance")}


def type_name(kind: object, words: dict[str, str] | None = None) -> str:
    value = text(kind)
    return (words if words is not None else type_words()).get(value.strip().casefold(), value)


def file_kind_name(kind: object) -> str:
    """'document' / 'image' as the user reads it."""
    if kind == "document":
        return QCoreApplication.translate("Certificates", "Document")
    if kind == "image":
        return QCoreApplication.translate("Certificates", "Image")
    return text(kind)


def file_counts(row: dict[str, Any]) -> tuple[int, int]:
    """(files on disk, files Pro+ lists) of a certificate row."""
    files = row.get("files") or []
    return int(row.get("downloaded") or 0), len(files)


class CertificateTableModel(FilteredTableModel):
    """Rows are the dicts `CertificateService.all()` gives, newest certification first."""

    DATE, CLIENT, APPLIANCE, TYPE, NEXT, WORK_ORDER, FILES, PROPLUS_ID = range(8)
    NUMERIC_COLUMNS: ClassVar[frozenset[int]] = frozenset({FILES, PROPLUS_ID})
    #: The service delivers the newest first.
    SERVICE_ORDER: ClassVar[tuple[int, bool]] = (DATE, True)
    ROLES: ClassVar[frozenset[int]] = FilteredTableModel.ROLES | {TOOLTIP, DECORATION}

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.prepare()

    def headers(self) -> list[str]:
        return [self.tr("Date"), self.tr("Client"), self.tr("Appliance"), self.tr("Type"),
                self.tr("Next certification"), self.tr("Work order"), self.tr("Files"), self.tr("Pro+ id")]

    def prepare(self) -> None:
        # Translated once on the UI thread: cell() and haystack() may run in a worker.
        self._types = type_words()
        self._no_files = "–"

    def local_id(self, row: Any) -> Any:
        # A string, as RecordPane expects of a local id.
        return str(row["id"])

    def haystack(self, row: Any) -> str:
        files = row.get("files") or []
        values = [row.get("client_name"), row.get("appliance_name"), row.get("type"),
                  type_name(row.get("type"), self._types), row.get("wo_number"), row.get("id"),
                  row.get("client_id"), row.get("appliance_id"), row.get("certification_date")]
        values += [f.get("name") for f in files] + [f.get("id") for f in files]
        return SEPARATOR.join(fold(v) for v in values)

    def cell(self, row: Any, column: int) -> Any:
        if column == self.DATE:
            return text(row.get("certification_date"))
        if column == self.CLIENT:
            return text(row.get("client_name") or row.get("client_id"))
        if column == self.APPLIANCE:
            return text(row.get("appliance_name") or row.get("appliance_id"))
        if column == self.TYPE:
            return type_name(row.get("type"), self._types)
        if column == self.NEXT:
            return text(row.get("next_certification_date"))
        if column == self.WORK_ORDER:
            return text(row.get("wo_number"))
        if column == self.FILES:
            downloaded, total = file_counts(row)
            return f"{downloaded}/{total}" if total else self._no_files
        if column == self.PROPLUS_ID:
            return row.get("id")
        return None

    def sort_key(self, row: Any, column: int) -> Any:
        if column == self.FILES:
            downloaded, total = file_counts(row)
            return (total - downloaded, total)  # the certificates with most left to download sort last
        return super().sort_key(row, column)

    def extra_data(self, row: Any, column: int, role: int) -> Any:
        if column != self.FILES:
            return None
        downloaded, total = file_counts(row)
        if role == TOOLTIP:
            if not total:
                return self.tr("Pro+ lists no files for this certificate")
            return self.tr("{downloaded} of {total} files downloaded").format(downloaded=downloaded, total=total)
        if role == DECORATION and total and downloaded >= total:
            app = QApplication.instance()
            if isinstance(app, QApplication):
                return app.style().standardIcon(QStyle.StandardPixmap.SP_DialogApplyButton)
        return None

    # -- updating rows in place -------------------------------------------------------------------------------
    def certificate(self, local_id: str) -> dict[str, Any] | None:
        position = self._positions.get(local_id)
        return None if position is None else self._rows[position]

    def update_row(self, row: dict[str, Any]) -> None:
        """Swap in a certificate's fresh row (its files downloaded since), keeping the selection and the scroll:
        a reset would collapse a multi-row selection to one row."""
        position = self._positions.get(self.local_id(row))
        if position is None:
            return
        self._rows[position] = row
        self._sort_keys.pop(self.FILES, None)  # its key changed; the others did not
        try:
            shown = self._visible.index(position)
        except ValueError:
            return
        self.dataChanged.emit(self.index(shown, 0), self.index(shown, len(self._headers) - 1),
                              [Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole,
                               Qt.ItemDataRole.DecorationRole])

    def index_of(self, local_id: str) -> QModelIndex:
        row = self.row_of(local_id)
        return self.index(row, 0) if row >= 0 else QModelIndex()
