"""Certificates: the Pro+ inspection certificates in the cache (a sync pulls the recent ones; "Fetch…" adds a date
range or a work order's), newest first, with the selected one's details and files. Support staff download one file,
or every file of the selected certificates at once (with progress, the window staying responsive), and open them."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING, Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QDate, QEvent, QLocale, QModelIndex, Qt, QTimer, QUrl
from PySide6.QtGui import QDesktopServices, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from app.services.certificates import CertificateError, DownloadResult
from app.services.sync import VendorError
from ui.aio import aio
from ui.errors import error_boundary
from ui.labels import local_time, problem_text, said, vendor_problem
from ui.models.base import LocalIdRole
from ui.models.certificates import CertificateTableModel, file_counts, file_kind_name, type_name, type_words
from ui.panes.base import RecordPane
from ui.widgets import follow_scheme, heading, muted, say_as_problem

if TYPE_CHECKING:
    import asyncio
    from collections.abc import Coroutine, Sequence

    from app.services.fielddesk import FieldDesk

#: How long (ms) file landings are gathered before the rows on screen show them (a bulk download reports each file).
ROW_REFRESH_MS = 300
#: The detail's rows, in the order support staff read a certificate.
_DETAIL_FIELDS = ("client", "appliance", "type", "certification_date", "next_certification_date",
                  "wo_number", "proplus_ids", "fetched_at")


def data_size(value: object) -> str:
    """A file size in the user's locale ("24,1 kB"); '' when unknown."""
    if not isinstance(value, int) or isinstance(value, bool) or value < 0:
        return ""
    return QLocale().formattedDataSize(value, 1, QLocale.DataSizeFormat.DataSizeSIFormat)


def open_url(url: QUrl) -> bool:
    """Hand a file or folder to the desktop (looked up at each call, so tests can replace it)."""
    return bool(QDesktopServices.openUrl(url))


def _result_problem(result: DownloadResult) -> str | None:
    """Why a file was not downloaded, in the user's language when FieldDesk said it."""
    problem = result.problem
    if problem is None:
        return result.error
    # A vendor's failure names the vendor, as the sync's messages do; FieldDesk's own words stand alone.
    return vendor_problem(problem) if getattr(problem, "vendor", None) else _problem(problem)


def _problem(error: Exception) -> str:
    """What went wrong, in the user's language: FieldDesk's own words about certificates (context "Certificates")
    or about a vendor ("VendorError"), else the vendor's words as it said them."""
    text = getattr(error, "text", None)
    if text is not None and getattr(error, "vendor", None) is None:
        template = getattr(text, "template", None)
        if isinstance(template, str):
            translated = QCoreApplication.translate("Certificates", template)
            if translated != template:
                try:
                    return translated.format(**text.values)
                except (KeyError, IndexError, ValueError):  # a translation that lost a {name}
                    pass
            return said(text, str(error))
    return problem_text(error)


def _text(value: object) -> str:
    return "" if value is None else str(value)


class FileEntry(QFrame):
    """One file of the certificate: its name, kind and size, and what can be done with it."""

    def __init__(self, file: dict[str, Any], busy: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.file_id: int = file["id"]
        self.path: str | None = file.get("path")
        busy = busy and self.path is None  # landed while the rest of its batch downloads
        self.setObjectName(f"file-{self.file_id}")
        self.name = QLabel(_text(file.get("name")) or self.tr("(no name)"), self)
        self.name.setWordWrap(True)
        self.name.setTextFormat(Qt.TextFormat.PlainText)
        self.name.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.name.setToolTip(self.tr("Pro+ file id {id}").format(id=self.file_id))
        facts = [file_kind_name(file.get("kind")), data_size(file.get("size"))]
        if busy:
            facts.append(self.tr("downloading…"))
        elif self.path is None:
            facts.append(self.tr("not downloaded"))
        self.facts = muted(" · ".join(f for f in facts if f), self)
        self.facts.setWordWrap(True)  # the buttons keep their room in a narrow detail
        self.action = QPushButton(self)
        self.action.setObjectName("file-action")
        if busy:
            self.action.setText(self.tr("Downloading…"))
            self.action.setEnabled(False)
        elif self.path is None:
            self.action.setText(self.tr("Download"))
            self.action.setToolTip(self.tr("Download this file from Pro+ into the downloads folder"))
        else:
            self.action.setText(self.tr("Open"))
            self.action.setToolTip(self.tr("Open the file with its usual application"))
        self.folder = QPushButton(self.tr("Show in folder"), self)
        self.folder.setObjectName("file-folder")
        self.folder.setEnabled(self.path is not None and not busy)
        self.folder.setToolTip(self.path or self.tr("Available once the file is downloaded"))
        # Name, facts and buttons on lines of their own: the detail is narrow, and a file name rarely has a space
        # to wrap at.
        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 2, 0, 0)
        buttons.addWidget(self.action)
        buttons.addWidget(self.folder)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 6)
        layout.setSpacing(1)
        layout.addWidget(self.name)
        layout.addWidget(self.facts)
        layout.addLayout(buttons)

    @property
    def downloaded(self) -> bool:
        return self.path is not None


class CertificateDetail(QWidget):
    """The selected certificate: who and what it certifies, when, its ids, and its files."""

    def __init__(self, pane: CertificatesPane, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._pane = pane
        self.title = heading("", self)
        self.title.setWordWrap(True)
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        labels = {"client": self.tr("Client"), "appliance": self.tr("Appliance"), "type": self.tr("Type"),
                  "certification_date": self.tr("Certified on"),
                  "next_certification_date": self.tr("Next certification"), "wo_number": self.tr("Work order"),
                  "proplus_ids": self.tr("Pro+ ids"), "fetched_at": self.tr("Fetched")}
        self.values: dict[str, QLabel] = {}
        form = QFormLayout()
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        for field in _DETAIL_FIELDS:
            value = QLabel(self)
            value.setObjectName(f"value-{field}")
            value.setWordWrap(True)
            value.setTextFormat(Qt.TextFormat.PlainText)  # a client's name as Pro+ has it, never markup
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            form.addRow(muted(labels[field], self), value)
            self.values[field] = value
        self.files_title = heading(self.tr("Files"), self)
        self.no_files = muted(self.tr("Pro+ lists no files for this certificate."), self)
        self.no_files.setWordWrap(True)
        self.files_box = QWidget(self)
        self.files_layout = QVBoxLayout(self.files_box)
        self.files_layout.setContentsMargins(0, 0, 0, 0)
        self.files_layout.setSpacing(0)
        self.files: list[FileEntry] = []

        content = QWidget(self)
        inner = QVBoxLayout(content)
        inner.setContentsMargins(12, 4, 8, 4)
        inner.addWidget(self.title)
        inner.addLayout(form)
        inner.addSpacing(8)
        inner.addWidget(self.files_title)
        inner.addWidget(self.no_files)
        inner.addWidget(self.files_box)
        inner.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(content)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)  # long values wrap instead
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)

    def show_certificate(self, row: dict[str, Any], busy: set[int]) -> None:
        dash = "–"
        self.title.setText(_text(row.get("client_name")) or self.tr("Certificate {id}").format(id=row["id"]))
        shown = {
            "client": _text(row.get("client_name") or row.get("client_id")),
            "appliance": _text(row.get("appliance_name") or row.get("appliance_id")),
            "type": type_name(row.get("type")),
            "certification_date": _text(row.get("certification_date")),
            "next_certification_date": _text(row.get("next_certification_date")),
            "wo_number": _text(row.get("wo_number")) or self.tr("None"),
            "proplus_ids": self.tr("certificate {certificate} · client {client} · appliance {appliance}").format(
                certificate=row["id"], client=_text(row.get("client_id")) or dash,
                appliance=_text(row.get("appliance_id")) or dash),
            "fetched_at": local_time(row.get("fetched_at")),
        }
        for field, label in self.values.items():
            label.setText(shown[field] or dash)

        for entry in self.files:
            self.files_layout.removeWidget(entry)
            entry.deleteLater()
        self.files = []
        files = row.get("files") or []
        for file in files:
            entry = FileEntry(file, file["id"] in busy, self.files_box)
            file_id = entry.file_id
            entry.action.clicked.connect(lambda _=False, f=file_id: self._pane.file_action(f))
            entry.folder.clicked.connect(lambda _=False, f=file_id: self._pane.show_in_folder(f))
            self.files_layout.addWidget(entry)
            self.files.append(entry)
        downloaded, total = file_counts(row)
        self.files_title.setText(self.tr("Files ({downloaded} of {total} downloaded)").format(
            downloaded=downloaded, total=total) if total else self.tr("Files"))
        self.no_files.setVisible(not files)

    def entry(self, file_id: int) -> FileEntry | None:
        return next((e for e in self.files if e.file_id == file_id), None)


class FetchDialog(QDialog):
    """What to fetch from Pro+: the certificates of a date range (the last 30 days to begin with), or of one work
    order."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Fetch certificates from Pro+"))
        today = QDate.currentDate()
        self.by_dates = QRadioButton(self.tr("Certified from"), self)
        self.by_dates.setChecked(True)
        self.from_date = QDateEdit(today.addDays(-30), self)
        self.to_date = QDateEdit(today, self)
        for edit in (self.from_date, self.to_date):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.dateChanged.connect(lambda _d: self.by_dates.setChecked(True))
        self.by_work_order = QRadioButton(self.tr("Of work order"), self)
        self.work_order = QLineEdit(self)
        self.work_order.setPlaceholderText(self.tr("Work order number"))
        # Named for a screen reader after the words beside them.
        self.from_date.setAccessibleName(self.by_dates.text())
        self.to_date.setAccessibleName(self.tr("Certified until"))
        self.work_order.setAccessibleName(self.work_order.placeholderText())
        self.work_order.textEdited.connect(lambda _t: self.by_work_order.setChecked(True))
        group = QButtonGroup(self)
        group.addButton(self.by_dates)
        group.addButton(self.by_work_order)
        group.buttonToggled.connect(lambda *_: self._update())
        self.problem = QLabel(self)
        say_as_problem(self.problem)
        self.problem.setWordWrap(True)

        grid = QGridLayout()
        grid.addWidget(self.by_dates, 0, 0)
        grid.addWidget(self.from_date, 0, 1)
        grid.addWidget(QLabel(self.tr("to"), self), 0, 2)
        grid.addWidget(self.to_date, 0, 3)
        grid.addWidget(self.by_work_order, 1, 0)
        grid.addWidget(self.work_order, 1, 1, 1, 3)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)
        intro = QLabel(self.tr("Pro+ gives the certificates certified in a date range, or those of one work order. "
                               "They are added to the list; their files are downloaded when you ask."), self)
        intro.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Fetch"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.work_order.textChanged.connect(lambda _t: self._update())
        self.from_date.dateChanged.connect(lambda _d: self._update())
        self.to_date.dateChanged.connect(lambda _d: self._update())
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(grid)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(480)
        self._update()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:  # the system's colour scheme changed: its problem's red too
            follow_scheme(self)

    def _update(self) -> None:
        problem = ""
        if self.by_dates.isChecked() and self.from_date.date() > self.to_date.date():
            problem = self.tr("The first date is after the last one.")
        elif self.by_work_order.isChecked() and not self.work_order.text().strip():  # why Fetch is off
            problem = self.tr("Type the work order's number.")
        ok = not problem
        self.problem.setText(problem)
        self.problem.setVisible(bool(problem))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ok)

    def request(self) -> dict[str, Any]:
        """The `CertificatesPane.fetch` arguments the user chose."""
        if self.by_work_order.isChecked():
            return {"wo_number": self.work_order.text().strip()}
        start, end = self.from_date.date().toPython(), self.to_date.date().toPython()
        assert isinstance(start, dt.date) and isinstance(end, dt.date)
        return {"from_date": start, "to_date": end}


class CertificatesPane(RecordPane):
    def __init__(self, desk: FieldDesk, parent: QWidget | None = None) -> None:
        model = CertificateTableModel()
        # The Pro+ id is in the detail: hidden until the user shows it (right-click the titles), the client and
        # appliance names get the room.
        super().__init__(desk, model, (80, 135, 110, 90, 105, 75, 62, 60), details_below=False,
                         hidden=(model.PROPLUS_ID,), parent=parent)
        self.model: CertificateTableModel = model
        self.table.setObjectName("certificates-table")
        # The type column fits the longest type of the user's language ("Nieuwe installatie" and the like).
        header = self.table.horizontalHeader()
        type_width = max(self.fontMetrics().horizontalAdvance(w) for w in type_words().values()) + 16
        header.resizeSection(model.TYPE, max(header.sectionSize(model.TYPE), type_width))
        # Several certificates are downloaded at once: Ctrl/Shift+click selects more than one here.
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self._detail: CertificateDetail | None = None
        #: Whether the columns were fitted to the table's width (once, when first shown).
        self._fitted = False
        self._tasks: set[asyncio.Task[Any]] = set()
        self._fetching = False
        self._bulk = False
        #: The running bulk download's progress: (files done, files in all).
        self._bulk_progress = (0, 0)
        #: Files being downloaded, alone or in the bulk download (their "Download" buttons wait: never twice at once).
        self._busy_files: set[int] = set()
        #: The certificates of the running bulk download, refreshed on screen as their files land.
        self._landing: set[str] = set()
        self._row_timer = QTimer(self)
        self._row_timer.setSingleShot(True)
        self._row_timer.setInterval(ROW_REFRESH_MS)
        self._row_timer.timeout.connect(self._refresh_landing_rows)

        self.fetch_button = QPushButton(self.tr("Fetch…"), self)
        self.fetch_button.setToolTip(self.tr("Fetch certificates from Pro+ by date range or work order number"))
        self.fetch_button.clicked.connect(lambda: self.open_fetch())
        self.download_button = QPushButton(self.tr("Download selected"), self)
        self.download_button.setToolTip(self.tr("Download every file of the selected certificates (Ctrl+click or "
                                                "Shift+click selects several)"))
        self.download_button.clicked.connect(lambda: self.download_selected())
        self.folder_button = QPushButton(self.tr("Open downloads folder"), self)
        self.folder_button.setToolTip(str(desk.certificates.folder))
        self.folder_button.clicked.connect(self.open_folder)
        self.hint = muted(self.tr("Pro+ inspection certificates. A sync brings the recent ones; “Fetch…” adds others "
                                  "by date range or work order."), self)
        self.hint.setWordWrap(True)
        bar = QHBoxLayout()
        bar.addWidget(self.hint, 1)
        bar.addWidget(self.fetch_button)
        bar.addWidget(self.download_button)
        bar.addWidget(self.folder_button)

        self.progress = QProgressBar(self)
        self.progress.setObjectName("certificates-progress")
        self.progress.setTextVisible(False)
        self.progress.setFixedWidth(160)
        self.progress.hide()
        self.status_label = QLabel(self)
        self.status_label.setObjectName("certificates-status")
        self.status_label.setWordWrap(True)
        self.status_label.setTextFormat(Qt.TextFormat.PlainText)  # file names and vendor messages, as they are
        self.status_label.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Maximum)
        self.status_label.hide()
        status = QHBoxLayout()
        status.addWidget(self.progress)
        status.addWidget(self.status_label, 1)
        #: The files a bulk download could not fetch, each with its reason.
        self.failures = QListWidget(self)
        self.failures.setObjectName("certificates-failures")
        self.failures.setAccessibleName(self.tr("Files not downloaded"))
        self.failures.hide()

        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.insertLayout(0, bar)
        layout.insertLayout(1, status)
        layout.insertWidget(2, self.failures)
        layout.setStretchFactor(self.splitter, 1)  # the status lines take their height, the table the rest
        model.modelReset.connect(self._update_buttons)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setSizes([820, 320])
        self._update_buttons()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._fitted:
            self._fitted = True
            self._fit_columns()

    def _fit_columns(self) -> None:
        """Narrow the client and appliance columns (a cut name shows whole in its tooltip) so that every column is in
        view at first: the other columns are as wide as their titles in the user's language."""
        model, header = self.model, self.table.horizontalHeader()
        room = self.table.viewport().width()
        flexible = (model.CLIENT, model.APPLIANCE)
        last = model.columnCount() - 1
        fixed = sum(header.sectionSize(c) for c in range(last) if c not in flexible) + header.sectionSizeHint(last)
        spare = room - fixed
        if room <= 0 or spare >= sum(header.sectionSize(c) for c in flexible):
            return
        spare = max(spare, 2 * header.minimumSectionSize(), 160)
        client = spare * 11 // 20  # client names run a little longer than appliance names
        header.resizeSection(model.CLIENT, client)
        header.resizeSection(model.APPLIANCE, spare - client)

    @property
    def detail(self) -> CertificateDetail:
        if self._detail is None:
            self._detail = CertificateDetail(self, self)
            self.detail_stack.addWidget(self._detail)
        return self._detail

    # -- RecordPane ---------------------------------------------------------------------------------------------
    def placeholder_text(self) -> str:
        return self.tr("Filter by client, appliance, type, work order, id or file name")

    def empty_text(self) -> str:
        return self.tr("No certificate selected.")

    def count_text(self, shown: str, total: str) -> str:
        return self.tr("{shown} of {total} certificates").format(shown=shown, total=total)

    def fetch_rows(self, limit: int | None) -> list[Any]:
        rows = self.desk.certificates.all()
        return rows if limit is None else rows[:limit]

    def show_detail(self, local_id: str | None) -> bool:
        row = self._certificate(local_id)
        if row is None:
            return False
        self.detail.show_certificate(row, self._busy_files)
        self.detail_stack.setCurrentWidget(self.detail)
        return True

    def selected_local_id(self) -> str | None:
        """The certificate the detail shows: the current row when it is among the selected ones (several may be)."""
        current = self.table.currentIndex()
        if current.isValid() and self.table.selectionModel().isRowSelected(current.row(), QModelIndex()):
            value = current.siblingAtColumn(0).data(LocalIdRole)
            return value if isinstance(value, str) else None
        return super().selected_local_id()

    def selected_ids(self) -> list[str]:
        """The selected certificates' local ids, top to bottom."""
        rows = sorted(self.table.selectionModel().selectedRows(), key=lambda i: i.row())
        return [i.data(LocalIdRole) for i in rows if isinstance(i.data(LocalIdRole), str)]

    def _certificate(self, local_id: str | None) -> dict[str, Any] | None:
        if not local_id or not local_id.isdigit():
            return None
        return self.desk.certificates.get(int(local_id))

    def nothing_yet_text(self) -> str:
        return self.tr("No certificates yet: sync, or fetch a date range from Pro+ with “Fetch…”.")

    def no_match_text(self, filter_text: str) -> str:
        return self.tr("No certificate matches “{filter}”.").format(filter=filter_text)

    def _update_buttons(self) -> None:
        self.download_button.setEnabled(not self._bulk and self.table.selectionModel().hasSelection())
        self.fetch_button.setEnabled(not self._fetching)

    # -- telling the user -----------------------------------------------------------------------------------------
    def say(self, text: str, *, error: bool = False) -> None:
        """A line beside the progress bar: what is going on, or how it ended."""
        self.status_label.setText(text)
        say_as_problem(self.status_label, error)
        self.status_label.setVisible(bool(text))

    def _update_progress(self) -> None:
        """The progress bar: a bulk download's files done, else a fetch's busy bar (no end known), else hidden."""
        if self._bulk:
            done, total = self._bulk_progress
            self.progress.setRange(0, total)
            self.progress.setValue(done)
        elif self._fetching:
            self.progress.setRange(0, 0)
        self.progress.setVisible(self._bulk or self._fetching)

    # -- background work ------------------------------------------------------------------------------------------
    def _in_background(self, coroutine: Coroutine[Any, Any, Any]) -> asyncio.Task[Any]:
        task = aio().ensure_future(coroutine)
        self._tasks.add(task)  # a strong reference until it is done
        task.add_done_callback(self._tasks.discard)
        return task

    def pending_tasks(self) -> set[asyncio.Task[Any]]:
        return set(self._tasks)

    # -- fetching -------------------------------------------------------------------------------------------------
    def open_fetch(self) -> FetchDialog:
        dialog = FetchDialog(self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self.start_fetch(**dialog.request()))
        dialog.open()
        return dialog

    def start_fetch(self, from_date: dt.date | None = None, to_date: dt.date | None = None,
                    wo_number: str | None = None) -> asyncio.Task[Any] | None:
        """Fetch in the background; the pane shows it is busy from now on."""
        if not self._begin_fetch(from_date, to_date, wo_number):
            return None
        return self._in_background(self._fetch(from_date, to_date, wo_number))

    async def fetch(self, from_date: dt.date | None = None, to_date: dt.date | None = None,
                    wo_number: str | None = None) -> int | None:
        """Ask Pro+ for the certificates of a date range or of a work order; None when it failed (and said so)."""
        if not self._begin_fetch(from_date, to_date, wo_number):
            return None
        return await self._fetch(from_date, to_date, wo_number)

    def _begin_fetch(self, from_date: dt.date | None, to_date: dt.date | None, wo_number: str | None) -> bool:
        if self._fetching:
            return False
        if wo_number:
            self.say(self.tr("Asking Pro+ for the certificates of work order {number}…").format(number=wo_number))
        elif from_date is not None and to_date is not None:
            self.say(self.tr("Asking Pro+ for the certificates from {start} to {end}…").format(
                start=from_date.isoformat(), end=to_date.isoformat()))
        else:
            return False
        self._fetching = True
        self._update_buttons()
        self._update_progress()
        return True

    async def _fetch(self, from_date: dt.date | None, to_date: dt.date | None, wo_number: str | None) -> int | None:
        count: int | None = None
        try:
            with error_boundary(self, self.tr("Fetching certificates")):
                try:
                    if wo_number:
                        count = await self.desk.certificates.fetch_for_work_order(wo_number)
                    else:
                        assert from_date is not None and to_date is not None
                        count = await self.desk.certificates.fetch(from_date, to_date)
                except (CertificateError, VendorError) as exc:
                    if shiboken6.isValid(self):
                        self.say(self.tr("Pro+ could not give the certificates: {error}").format(
                            error=_problem(exc)), error=True)
                    return None
        finally:
            if shiboken6.isValid(self):
                self._fetching = False
                self._update_buttons()
                self._update_progress()
        if count is None or not shiboken6.isValid(self):
            return count
        if count == 0 and wo_number:
            self.say(self.tr("Pro+ has no certificates for work order {number}.").format(number=wo_number))
        elif count == 0:
            assert from_date is not None and to_date is not None
            self.say(self.tr("Pro+ has no certificates from {start} to {end}.").format(
                start=from_date.isoformat(), end=to_date.isoformat()))
        else:
            self.say(self.tr("Certificates fetched from Pro+: {count}.").format(count=QLocale().toString(count)))
        await self.reload_async()
        return count

    # -- downloading ----------------------------------------------------------------------------------------------
    def download_selected(self) -> asyncio.Task[Any] | None:
        """Download, in the background, every file of the selected certificates not yet on disk."""
        if self._bulk:
            return None
        wanted: list[tuple[dict[str, Any], dict[str, Any]]] = []
        rows = [r for r in (self._certificate(i) for i in self.selected_ids()) if r is not None]
        if not rows:
            return None
        for row in rows:
            wanted += [(row, f) for f in row.get("files") or [] if f.get("path") is None
                       and f["id"] not in self._busy_files]
        if not wanted:
            self.say(self.tr("Every file of the selected certificates is downloaded already."))
            return None
        self._begin_bulk(wanted)
        return self._in_background(self._bulk_download(wanted))

    async def download(self, wanted: Sequence[tuple[dict[str, Any], dict[str, Any]]]) -> list[DownloadResult]:
        """Download these (certificate, file) pairs with progress; at the end, say how many landed and why others
        did not."""
        if self._bulk or not wanted:
            return []
        self._begin_bulk(wanted)
        return await self._bulk_download(wanted)

    def _begin_bulk(self, wanted: Sequence[tuple[dict[str, Any], dict[str, Any]]]) -> None:
        self._bulk = True
        self._landing = {str(row["id"]) for row, _f in wanted}
        self._busy_files.update(f["id"] for _row, f in wanted)
        self._update_buttons()
        self.failures.clear()
        self.failures.hide()
        self._show_progress(0, len(wanted))
        if self._shown_id in self._landing:
            self.show_detail(self._shown_id)  # its files say they are on their way

    async def _bulk_download(self, wanted: Sequence[tuple[dict[str, Any], dict[str, Any]]]) -> list[DownloadResult]:
        total = len(wanted)
        names = {f["id"]: (row, f) for row, f in wanted}
        results: list[DownloadResult] = []
        try:
            with error_boundary(self, self.tr("Downloading certificates")):
                try:
                    results = await self.desk.certificates.download(list(names), self._progress)
                except (CertificateError, VendorError) as exc:
                    if shiboken6.isValid(self):
                        self.say(self.tr("Nothing was downloaded: {error}").format(error=_problem(exc)),
                                 error=True)
                    return []
        finally:
            if shiboken6.isValid(self):
                self._bulk = False
                self._busy_files.difference_update(names)
                self._row_timer.stop()
                self._refresh_rows(self._landing)
                self._landing = set()
                self._update_buttons()
                self._update_progress()
        if not shiboken6.isValid(self) or not results:
            return results
        failed = [r for r in results if r.error is not None or r.path is None]
        landed = len(results) - len(failed)
        if not failed:
            self.say(self.tr("Files downloaded: {landed} of {total}.").format(landed=landed, total=total))
            return results
        self.say(self.tr("Files downloaded: {landed} of {total}. Not downloaded: {failed} (reasons below).").format(
            landed=landed, total=total, failed=len(failed)), error=True)
        for result in failed:
            row, file = names.get(result.file_id, ({}, {}))
            self.failures.addItem(self.tr("{name} (certificate {certificate}): {error}").format(
                name=file.get("name") or result.file_id, certificate=row.get("id", "?"),
                error=_result_problem(result) or self.tr("no reason given")))
        # As tall as its lines, five at most (then it scrolls): the table keeps its room.
        shown = min(self.failures.count(), 5)
        self.failures.setFixedHeight(shown * self.failures.sizeHintForRow(0) + 2 * self.failures.frameWidth() + 4)
        self.failures.show()
        return results

    def _show_progress(self, done: int, total: int) -> None:
        self._bulk_progress = (done, total)
        self._update_progress()
        self.say(self.tr("Downloading {done} of {total}…").format(done=done, total=total))

    def _progress(self, done: int, total: int) -> None:
        if not shiboken6.isValid(self) or not self._bulk:
            return
        self._show_progress(done, total)
        if not self._row_timer.isActive():
            self._row_timer.start()  # the rows on screen show the files landed so far

    def _refresh_landing_rows(self) -> None:
        """The bulk download's certificates that are on screen (and the detail), read again: the others wait for the
        end, so that a thousand selected certificates cost no thousand reads per tick."""
        table = self.table
        first = table.rowAt(0)
        last = table.rowAt(table.viewport().height() - 1)
        if first < 0:
            return
        last = self.model.rowCount() - 1 if last < 0 else last
        shown = {self.model.index(r, 0).data(LocalIdRole) for r in range(first, last + 1)}
        if self._shown_id is not None:
            shown.add(self._shown_id)
        self._refresh_rows(self._landing & shown)

    def _refresh_rows(self, local_ids: set[str]) -> None:
        for local_id in local_ids:
            row = self._certificate(local_id)
            if row is not None:
                self.model.update_row(row)
        if self._shown_id is not None and self._shown_id in local_ids:
            self.show_detail(self._shown_id)

    def file_action(self, file_id: int) -> None:
        """A file's button: open it when it is on disk, else download it."""
        entry = self.detail.entry(file_id)
        if entry is not None and entry.downloaded:
            self.open_file(file_id)
        else:
            self.download_file(file_id)

    def download_file(self, file_id: int) -> asyncio.Task[Any] | None:
        local_id = self._shown_id
        row = self._certificate(local_id)
        file = next((f for f in (row or {}).get("files") or [] if f["id"] == file_id), None)
        if local_id is None or file is None or file_id in self._busy_files:
            return None
        self._busy_files.add(file_id)
        self.show_detail(local_id)
        return self._in_background(self._download_one(local_id, file))

    async def _download_one(self, local_id: str, file: dict[str, Any]) -> None:
        name = file.get("name") or str(file["id"])
        self.say(self.tr("Downloading “{name}”…").format(name=name))
        try:
            with error_boundary(self, self.tr("Downloading a file")):
                try:
                    [result] = await self.desk.certificates.download([file["id"]])
                except (CertificateError, VendorError) as exc:
                    error: str | None = _problem(exc)
                else:
                    error = _result_problem(result) if result.error is not None or result.path is not None else \
                        self.tr("no reason given")
                if shiboken6.isValid(self):
                    if error is None:
                        self.say(self.tr("“{name}” downloaded.").format(name=name))
                    else:
                        self.say(self.tr("“{name}” could not be downloaded: {error}").format(name=name, error=error),
                                 error=True)
        finally:
            if shiboken6.isValid(self):
                self._busy_files.discard(file["id"])
                self._refresh_rows({local_id})

    # -- opening --------------------------------------------------------------------------------------------------
    def _file(self, file_id: int) -> dict[str, Any] | None:
        row = self._certificate(self._shown_id)
        return next((f for f in (row or {}).get("files") or [] if f["id"] == file_id), None)

    def _on_disk(self, file_id: int) -> Path | None:
        """The file's downloaded path; None (and the detail refreshed, saying so) when it is not on disk."""
        file = self._file(file_id)
        path = Path(file["path"]) if file is not None and file.get("path") else None
        if path is None or not path.is_file():
            self.say(self.tr("The file is not on disk (any more): download it again."), error=True)
            if self._shown_id is not None:
                self._refresh_rows({self._shown_id})
            return None
        return path

    def open_file(self, file_id: int) -> bool:
        path = self._on_disk(file_id)
        return path is not None and self._open(path)

    def show_in_folder(self, file_id: int) -> bool:
        path = self._on_disk(file_id)
        return path is not None and self._open(path.parent)

    def open_folder(self) -> bool:
        folder = self.desk.certificates.folder
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            self.say(self.tr("The downloads folder {path} cannot be created: {error}").format(
                path=folder, error=exc.strerror or exc), error=True)
            return False
        return self._open(folder)

    def _open(self, path: Path) -> bool:
        if open_url(QUrl.fromLocalFile(str(path))):
            return True
        self.say(self.tr("No application could open {path}.").format(path=path), error=True)
        return False
