"""Create or edit a client with its heating and cooling appliances, in forms that follow the Pro+ document.

Left: the sections (the client, then one entry per appliance) with add/remove buttons. Right: the section's
fields in a scroll area, grouped as §7.2 groups them. Every change re-runs the push-client validator (the
rules the CLI applies to `clients push`) on the record the dialog would save; each problem is shown under
its field, and Save stays disabled while any field on screen is invalid.
"""

from __future__ import annotations

import copy
import uuid
from collections.abc import Mapping
from html import escape
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QIcon, QPixmap
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from app.services.entities import Appliance, ApplianceKind, Client
from app.services.proplus import APPLIANCE_LISTS, FieldError, appliance_from_record, client_from_record
from ui.forms.checks import field_message, record_problems
from ui.forms.fields import APPLIANCE_REGION_CODES, CLIENT_REGION_CODES, ChoiceCell, FieldCell
from ui.forms.pages import AppliancePage, ClientPage, CoolingPage, FormPage, HeatingPage
from ui.labels import field_problem
from ui.widgets import GuardedDialog, error_color, say_as_problem, warning_color

_HAS_PROBLEMS = Qt.ItemDataRole.UserRole + 1

#: Domain attributes and the wire field each one is stored in.
_CLIENT_ATTRIBUTES = (("name", "name"), ("address", "address"), ("house_no", "house_no"),
                      ("post_bus", "post_bus"), ("city", "city"), ("postal_code", "postal_code"),
                      ("phone", "phone"), ("email", "email"))


def _blank(value: object) -> bool:
    return value is None or (isinstance(value, str) and value.strip() == "")


def _client_start_record(client: Client) -> dict[str, Any]:
    """The client's wire record; attributes the record lacks (a Client built in code) filled in."""
    record = {k: v for k, v in client.fields.items() if k not in APPLIANCE_LISTS.values()}
    for attribute, field in _CLIENT_ATTRIBUTES:
        value = getattr(client, attribute)
        if value and _blank(record.get(field)):
            record[field] = value
    if client.region is not None and _blank(record.get("region")):
        record["region"] = CLIENT_REGION_CODES[client.region]
    if client.proplus_id is not None and _blank(record.get("id")):
        record["id"] = client.proplus_id
    if client.third_party_id and _blank(record.get("third_party_id")):
        record["third_party_id"] = client.third_party_id
    return record


def _appliance_start_record(appliance: Appliance) -> dict[str, Any]:
    record = dict(appliance.fields)
    if appliance.name and _blank(record.get("name")):
        record["name"] = appliance.name
    if appliance.kind is ApplianceKind.HEATING and appliance.region is not None and _blank(record.get("region")):
        record["region"] = APPLIANCE_REGION_CODES[appliance.region]
    if appliance.proplus_id is not None and _blank(record.get("id")):
        record["id"] = appliance.proplus_id
    if appliance.third_party_id and _blank(record.get("third_party_id")):
        record["third_party_id"] = appliance.third_party_id
    return record


_UNSET = object()


def _record(value: object) -> dict[str, Any]:
    return value if isinstance(value, dict) else {}


def _appliance_items(state: dict[str, Any]) -> list[dict[str, Any]]:
    items = state.get("appliances")
    return [item for item in items if isinstance(item, dict) and isinstance(item.get("record"), dict)] \
        if isinstance(items, list) else []


def _appliances_by_id(state: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {item["local_id"]: item for item in _appliance_items(state) if isinstance(item.get("local_id"), str)}


def _changes_onto(current: dict[str, Any], opened: dict[str, Any], typed: dict[str, Any]) -> dict[str, Any]:
    """`current` with each field that differs between `opened` and `typed` as typed (a region block field by field)."""
    merged = copy.deepcopy(current)
    for key in typed.keys() | opened.keys():
        then, now = opened.get(key, _UNSET), typed.get(key, _UNSET)
        if then == now:
            continue
        if isinstance(then, dict) and isinstance(now, dict):
            merged[key] = _changes_onto(_record(merged.get(key)), then, now)
        elif now is _UNSET:
            merged.pop(key, None)
        else:
            merged[key] = copy.deepcopy(now)
    return merged


#: The drafts of corrections of a rejected client change (`ClientFormDialog(fixing=...)`).
FIX_DRAFT = "client-fix"


def fix_draft_key(entry_id: int | None, local_id: str) -> str:
    return f"{entry_id}:{local_id}"


def parse_fix_draft_key(key: str) -> tuple[int, str] | None:
    """(outbox id, client local id) of a correction's draft key; None when it is not one."""
    entry, _, local_id = key.partition(":")
    return (int(entry), local_id) if entry.isdigit() and local_id else None


class ClientFormDialog(GuardedDialog):
    """`ClientFormDialog(client)` edits a copy of `client` (None: a new client); after `accept()`,
    `result_client()` is the edited client. The given client is never modified.

    `fixing`: the outbox id of the client's rejected change this form corrects. Its draft is its own
    ("client-fix", keyed by that id and the client), so a crash brings the typing back into the correction, not into
    a new change queued behind the rejected one."""

    draft_kind = "client"
    saved_by_opener = True  # the window saves `result_client()`, then forgets the draft

    def __init__(self, client: Client | None, parent: QWidget | None = None, *, fixing: int | None = None) -> None:
        super().__init__(parent)
        self._client = client
        self.fixing = fixing
        if fixing is not None and client is not None:
            self.draft_kind = FIX_DRAFT
        self._originals: dict[str, Appliance] = {a.local_id: a for a in client.appliances} if client else {}
        self._result: Client | None = None
        self._show_all_messages = False
        #: Every current problem, by path in the client record (`name`, `heating_appliance[0].name` ...), in
        #: English as the command line says it; `found` holds each as the check said it (shown translated).
        self.problems: dict[str, str] = {}
        self.found: dict[str, FieldError] = {}
        self._blocking: list[tuple[FormPage, FieldCell, str]] = []
        #: The problems no field of the form shows, as the summary last said them.
        self._others: list[str] = []
        self._validating = False
        self._blank: QIcon | None = None
        self._warning: QIcon | None = None

        self.setObjectName("clientFormDialog")
        if fixing is not None and client is not None:
            self.setWindowTitle(self.tr("Correct the rejected change: {name}").format(name=client.name))
        else:
            self.setWindowTitle(self.tr("Edit client: {name}").format(name=client.name) if client and client.name
                                else self.tr("Edit client") if client else self.tr("New client"))
        self.setSizeGripEnabled(True)
        self.setMinimumSize(860, 560)
        self.resize(1100, 750)

        # -- the sections list and its buttons --------------------------------------------------------
        self.sections = QListWidget(self)
        self.sections.setObjectName("formSections")
        self.sections.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.sections.setSpacing(2)
        self.sections.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.sections.setWordWrap(False)
        self.sections.setUniformItemSizes(True)
        self.add_heating_button = QPushButton(self.tr("Add heating appliance"), self)
        self.add_cooling_button = QPushButton(self.tr("Add cooling appliance"), self)
        self.remove_button = QPushButton(self.tr("Remove appliance…"), self)
        self.add_heating_button.clicked.connect(lambda: self.add_heating_appliance())
        self.add_cooling_button.clicked.connect(lambda: self.add_cooling_appliance())
        self.remove_button.clicked.connect(lambda: self.remove_appliance(self.current_appliance_page()))
        side = QVBoxLayout()
        side.setSpacing(6)
        sections_title = QLabel(self.tr("Sections"), self)
        self.sections.setAccessibleName(sections_title.text())
        sections_title.setStyleSheet("font-weight: bold;")
        side.addWidget(sections_title)
        side.addWidget(self.sections, 1)
        side.addWidget(self.add_heating_button)
        side.addWidget(self.add_cooling_button)
        side.addWidget(self.remove_button)
        side_widget = QWidget(self)
        side_widget.setLayout(side)
        side_widget.setFixedWidth(250)
        side.setContentsMargins(0, 0, 0, 0)

        # -- the pages ------------------------------------------------------------------------------------
        self.stack = QStackedWidget(self)
        self.client_page = ClientPage(_client_start_record(client) if client else {}, self)
        self.client_page.address_edited.connect(self._client_address_edited)
        self._add_page(self.client_page)
        for appliance in client.appliances if client else []:
            self._add_appliance_page(appliance.kind, _appliance_start_record(appliance), appliance.local_id)
        self.sections.currentRowChanged.connect(self._section_changed)

        # -- bottom: the problem summary and Save / Cancel ----------------------------------------------
        self.summary = QLabel(self)
        self.summary.setObjectName("problemSummary")
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.summary.linkActivated.connect(lambda _link: self.show_first_problem())
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel, self)
        save = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        assert save is not None
        self.save_button: QPushButton = save
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        body = QHBoxLayout()
        body.setSpacing(12)
        body.addWidget(side_widget)
        body.addWidget(self.stack, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.summary, 1)
        bottom.addWidget(self.buttons)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 10)
        layout.addLayout(body, 1)
        layout.addLayout(bottom)

        self.sections.setCurrentRow(0)
        self._section_changed(0)
        self.revalidate()
        self.client_page.cells["name"].editor.setFocus()

    # -- pages ------------------------------------------------------------------------------------------
    def pages(self) -> list[FormPage]:
        return [page for index in range(self.stack.count())
                if isinstance(page := self.stack.widget(index), FormPage)]

    def appliance_pages(self) -> list[AppliancePage]:
        return [page for page in self.pages() if isinstance(page, AppliancePage)]

    def current_appliance_page(self) -> AppliancePage | None:
        page = self.stack.currentWidget()
        return page if isinstance(page, AppliancePage) else None

    def _add_page(self, page: FormPage) -> None:
        self.stack.addWidget(page)
        item = QListWidgetItem(page.list_text())
        self.sections.addItem(item)
        page.edited.connect(self.revalidate)
        page.heading_changed.connect(self._refresh_items)

    def _add_appliance_page(self, kind: ApplianceKind, record: Mapping[str, Any],
                            local_id: str | None) -> AppliancePage:
        page: AppliancePage
        if kind is ApplianceKind.HEATING:
            page = HeatingPage(record, self.client_page.address, local_id, self.client_page.region_cell.region(),
                               self)
        else:
            page = CoolingPage(record, self.client_page.address, local_id, self)
        self._add_page(page)
        return page

    def add_heating_appliance(self) -> HeatingPage:
        page = self._add_appliance_page(ApplianceKind.HEATING, {}, None)
        assert isinstance(page, HeatingPage)
        self._open_new(page)
        return page

    def add_cooling_appliance(self) -> CoolingPage:
        page = self._add_appliance_page(ApplianceKind.COOLING, {}, None)
        assert isinstance(page, CoolingPage)
        self._open_new(page)
        return page

    def _open_new(self, page: AppliancePage) -> None:
        self.sections.setCurrentRow(self.stack.indexOf(page))
        self.revalidate()
        page.cells["name"].editor.setFocus()

    def confirm_remove(self, page: AppliancePage) -> bool:
        """Ask before removing an appliance (tests replace this)."""
        name = page.name() or page.list_text()
        answer = QMessageBox.question(
            self, self.tr("Remove appliance"),
            self.tr("Remove “{name}” from this client? What you entered for it in this form is lost.").format(
                name=name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes

    def remove_appliance(self, page: AppliancePage | None, *, confirm: bool = True) -> bool:
        if page is None or self.stack.indexOf(page) < 0:
            return False
        if confirm and not self.confirm_remove(page):
            return False
        index = self.stack.indexOf(page)
        self.stack.removeWidget(page)
        taken = self.sections.takeItem(index)
        del taken
        page.deleteLater()
        self.sections.setCurrentRow(min(index, self.sections.count() - 1))
        self.revalidate()
        return True

    def _section_changed(self, row: int) -> None:
        if 0 <= row < self.stack.count():
            self.stack.setCurrentIndex(row)
        self.remove_button.setEnabled(row > 0)

    def _client_address_edited(self) -> None:
        # Copy the address into every appliance that follows it, then check the whole record once.
        self._validating = True
        try:
            for page in self.appliance_pages():
                page.follow_client()
        finally:
            self._validating = False
        self.revalidate()

    def show_rejection(self, text: str) -> None:
        """At the top of the form: why the vendor rejected the change this form corrects."""
        from ui import drafts

        self.rejection = QLabel(text, self)
        self.rejection.setObjectName("rejection")
        self.rejection.setWordWrap(True)
        say_as_problem(self.rejection)
        drafts.show_banner(self, self.rejection)

    # -- drafts ------------------------------------------------------------------------------------------------
    def draft_key(self) -> str:
        local_id = self._client.local_id if self._client is not None else ""
        return fix_draft_key(self.fixing, local_id) if self.draft_kind == FIX_DRAFT else local_id

    def draft_state(self) -> dict[str, Any]:
        """The records the form would save: the client's, and each appliance's with its kind and local id (None:
        added here), in the form's order."""
        return {"client": self.client_page.record(),
                "appliances": [{"kind": page.kind.value, "local_id": page.local_id, "record": page.record()}
                               for page in self.appliance_pages()]}

    def rebase(self, opened: dict[str, Any], typed: dict[str, Any], current: dict[str, Any]) -> dict[str, Any]:
        """What the user changed from `opened` to `typed`, over the client as the cache has it now (`current`):
        changed fields over the client's and each appliance's record (by its local id), appliances the user added
        or removed added or removed, and appliances a sync added since kept."""
        before = _appliances_by_id(opened)
        now = _appliances_by_id(current)
        appliances = []
        for item in _appliance_items(typed):
            local_id = item.get("local_id")
            if local_id in before and local_id in now:
                appliances.append({**item, "record": _changes_onto(now[local_id]["record"], before[local_id]["record"],
                                                                   item["record"])})
            elif local_id in before:  # gone from the cache since: what was typed comes back as a new appliance
                appliances.append({**item, "local_id": None})
            else:
                appliances.append(item)
        typed_ids = {item.get("local_id") for item in appliances}
        appliances += [item for local_id, item in now.items() if local_id not in before and local_id not in typed_ids]
        client = _changes_onto(_record(current.get("client")), _record(opened.get("client")),
                               _record(typed.get("client")))
        return {"client": client, "appliances": appliances}

    def restore_draft(self, state: dict[str, Any]) -> None:
        """Show the records of a `draft_state()`: the client's, and the appliances' pages made anew. An appliance
        the client does not have (any more) comes back as a new one; what is not a record is left out."""
        client = state.get("client")
        appliances = state.get("appliances")
        if not isinstance(client, dict) or not isinstance(appliances, list):
            return
        kinds = {kind.value: kind for kind in ApplianceKind}
        self._validating = True
        try:
            self.client_page.original = copy.deepcopy(client)
            self.client_page.panel.load(client)
            for page in self.appliance_pages():
                self.remove_appliance(page, confirm=False)
            for item in appliances:
                if not isinstance(item, dict) or not isinstance(item.get("record"), dict):
                    continue
                kind = kinds.get(str(item.get("kind")))
                if kind is None:
                    continue
                local_id = item.get("local_id")
                self._add_appliance_page(kind, item["record"], local_id if local_id in self._originals else None)
        finally:
            self._validating = False
        self.client_page.edited.emit()  # the heading and the sections list say the restored name
        self.sections.setCurrentRow(0)
        self.revalidate()

    # -- the record and its problems --------------------------------------------------------------------
    def record(self) -> dict[str, Any]:
        """The Pro+ client record the dialog would save, appliances included."""
        record = self.client_page.record()
        for kind, key in APPLIANCE_LISTS.items():
            record[key] = [page.record() for page in self.appliance_pages() if page.kind is kind]
        return record

    def _cell_paths(self) -> dict[str, tuple[FormPage, FieldCell]]:
        paths: dict[str, tuple[FormPage, FieldCell]] = {
            path: (self.client_page, cell) for path, cell in self.client_page.cell_paths("").items()}
        counters = dict.fromkeys(APPLIANCE_LISTS.values(), 0)
        for page in self.appliance_pages():
            key = APPLIANCE_LISTS[page.kind]
            prefix = f"{key}[{counters[key]}]."
            counters[key] += 1
            paths.update({path: (page, cell) for path, cell in page.cell_paths(prefix).items()})
        return paths

    def revalidate(self) -> None:
        if self._validating:
            return
        self._validating = True
        try:
            self.found = record_problems(self.record())
            self.problems = {path: error.message for path, error in self.found.items()}
            paths = self._cell_paths()
            self._blocking = []
            for path, (page, cell) in paths.items():
                problem = self.found.get(path)
                if cell.mirrors is not None and cell.mirrors in self.found:
                    problem = None  # a copy of a client field: the message is on the client page
                message = (field_message(cell.label_text, problem, choice=isinstance(cell, ChoiceCell))
                           if problem is not None else None)
                if message is not None:
                    self._blocking.append((page, cell, message))
                shown = problem is not None and (
                    problem.message != "required" or cell.touched or self._show_all_messages)
                cell.set_error(message if shown else None)
            self.save_button.setEnabled(not self._blocking)
            others = [f"{path or 'client'}: {field_problem(error)}" for path, error in self.found.items()
                      if path not in paths]
            self._refresh_items()
            self._refresh_summary(others)
        finally:
            self._validating = False

    def field_errors(self) -> dict[str, str]:
        """The messages shown under fields right now, by path (`name`, `heating_appliance[0].name` ...)."""
        return {path: cell.error for path, (_page, cell) in self._cell_paths().items() if cell.error}

    def _refresh_items(self) -> None:
        if not hasattr(self, "stack"):
            return
        by_page: dict[int, list[str]] = {}
        for page, _cell, message in self._blocking:
            by_page.setdefault(id(page), []).append(message)
        warning = self._warning_icon()
        for index, page in enumerate(self.pages()):
            item = self.sections.item(index)
            if item is None:
                continue
            text = page.list_text()
            messages = by_page.get(id(page), [])
            if item.text() != text:
                item.setText(text)
            if item.data(_HAS_PROBLEMS) != bool(messages):
                item.setData(_HAS_PROBLEMS, bool(messages))
                item.setIcon(warning if messages else self._blank_icon())
            tooltip = "\n".join([text, *messages])
            if item.toolTip() != tooltip:
                item.setToolTip(tooltip)

    def _warning_icon(self) -> QIcon:
        if self._warning is None:
            self._warning = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        return self._warning

    def _blank_icon(self) -> QIcon:
        """Keeps section names aligned whether or not a warning icon stands before them."""
        if self._blank is None:
            size = self.sections.iconSize()
            extent = size.width() if size.isValid() and size.width() > 0 else 16
            pixmap = QPixmap(extent, extent)
            pixmap.fill(Qt.GlobalColor.transparent)
            self._blank = QIcon(pixmap)
        return self._blank

    def follow_scheme(self) -> None:
        """The colour scheme changed (`ui.widgets.follow_scheme`): the summary is said again in its colours."""
        self._refresh_summary(self._others)

    def _refresh_summary(self, others: list[str]) -> None:
        self._others = others
        if self._blocking:
            page, _cell, message = self._blocking[0]
            where = page.list_text()
            count = len(self._blocking)
            text = (self.tr("Fix this before saving: {message} ({where}).") if count == 1
                    else self.tr("Fix {count} fields before saving. First: {message} ({where}).")).format(
                count=count, where=where, message=message)
            show = self.tr("Show")
            html = f'<span style="color:{error_color()}">{escape(text)}</span> <a href="show">{escape(show)}</a>'
        elif others:
            text = self.tr("Pro+ may refuse values this form does not show: {problems}").format(
                problems="; ".join(others[:3]))
            html = f'<span style="color:{warning_color()}">{escape(text)}</span>'
        else:
            html = ""
        if self.summary.text() != html:
            self.summary.setText(html)

    def show_first_problem(self) -> None:
        """Show every message (required fields included) and go to the first invalid field."""
        self._show_all_messages = True
        self.revalidate()
        if not self._blocking:
            return
        page, cell, _message = self._blocking[0]
        self.sections.setCurrentRow(self.stack.indexOf(page))
        page.reveal(cell)

    # -- result ------------------------------------------------------------------------------------------
    def accept(self) -> None:
        self.revalidate()
        if self._blocking:
            self.show_first_problem()
            return
        self._result = self._build_client()
        super().accept()

    def result_client(self) -> Client:
        """The edited client (after Save, the client as saved)."""
        return self._result if self._result is not None else self._build_client()

    def _build_client(self) -> Client:
        record = self.client_page.record()
        original = self._client
        local_id = original.local_id if original is not None else str(uuid.uuid4())
        client = client_from_record(record, local_id)
        if original is not None:
            client.proplus_id = original.proplus_id
            client.third_party_id = original.third_party_id
        for page in self.appliance_pages():
            appliance = appliance_from_record(page.kind, page.record(), client.region, page.local_id)
            before = self._originals.get(page.local_id) if page.local_id else None
            if before is not None:
                appliance.proplus_id = before.proplus_id
                appliance.third_party_id = before.third_party_id
            client.appliances.append(appliance)
        return client
