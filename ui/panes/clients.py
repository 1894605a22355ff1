"""Clients: a filterable, sortable table of every cached client, paged from the cache (the whole cache is
searchable at once); the selected one's address and appliances beside it."""

from __future__ import annotations

import html
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from ui.labels import region_name
from ui.models.appliances import ApplianceTableModel
from ui.models.clients import ClientTableModel
from ui.panes.base import RecordPane
from ui.widgets import RecordTable, heading

if TYPE_CHECKING:
    from app.services.entities import Client
    from app.services.fielddesk import FieldDesk


class ClientDetail(QWidget):
    """The selected client's address block and appliances."""

    appliance_activated = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = heading("", self)
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.address = QLabel(self)
        self.address.setTextFormat(Qt.TextFormat.RichText)
        self.address.setOpenExternalLinks(True)
        self.address.setWordWrap(True)
        self.address.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.address.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.status.hide()
        self.appliances_title = heading(self.tr("Appliances"), self)
        self.appliances_model = ApplianceTableModel(self)
        self.appliances = RecordTable(self.appliances_model, (0, 125, 220, 110, 150), self)
        self.appliances.never_show(ApplianceTableModel.CLIENT)
        self.appliances.setAccessibleName(self.tr("Appliances"))
        self.appliances.setToolTip(self.tr("Double-click an appliance to see all its details"))
        self.appliances.activated.connect(self._activated)

        card = QVBoxLayout()
        card.setContentsMargins(0, 0, 0, 0)
        card.addWidget(self.title)
        card.addWidget(self.address)
        card.addWidget(self.status)
        card.addStretch(1)
        card_widget = QWidget(self)
        card_widget.setLayout(card)
        card_widget.setFixedWidth(340)
        right = QVBoxLayout()
        right.setContentsMargins(0, 0, 0, 0)
        right.addWidget(self.appliances_title)
        right.addWidget(self.appliances, 1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 8, 4, 4)
        layout.setSpacing(16)
        layout.addWidget(card_widget)
        layout.addLayout(right, 1)

    def show_client(self, client: Client, appliance_rows: list[tuple[object, ...]], note: str = "") -> None:
        self.title.setText(client.name or self.tr("(no name)"))
        self.address.setText(self._address_html(client))
        self.status.setText(note)
        self.status.setVisible(bool(note))
        self.appliances_model.set_rows(appliance_rows)
        count = len(appliance_rows)
        self.appliances_title.setText(self.tr("Appliances ({count})").format(count=count) if count
                                      else self.tr("No appliances"))

    def _address_html(self, client: Client) -> str:
        def esc(value: str) -> str:
            return html.escape(value.strip())

        lines: list[str] = []
        street = esc(client.address)
        number = esc(client.house_no)
        if number and not street.endswith(number):  # some records carry the number in the address too
            street = f"{street} {number}".strip()
        if client.post_bus.strip():
            street += " " + esc(self.tr("box {number}").format(number=client.post_bus.strip()))
        if street:
            lines.append(street)
        place = " ".join(p for p in (esc(client.postal_code), esc(client.city)) if p)
        if place:
            lines.append(place)
        if client.region is not None:
            lines.append(esc(region_name(client.region.value)))
        if not lines:
            no_address = self.tr("No address")
            lines.append(f"<i>{esc(no_address)}</i>")
        contact: list[str] = []
        if client.phone.strip():
            digits = "".join(ch for ch in client.phone if ch.isdigit() or ch == "+")
            label = self.tr("Phone: {number}")
            link = f'<a href="tel:{html.escape(digits)}">{esc(client.phone)}</a>'
            contact.append(esc(label).replace("{number}", link))
        if client.email.strip():
            label = self.tr("E-mail: {address}")
            link = f'<a href="mailto:{html.escape(client.email.strip())}">{esc(client.email)}</a>'
            contact.append(esc(label).replace("{address}", link))
        if client.proplus_id is not None:
            contact.append(esc(self.tr("Pro+ id: {id}").format(id=client.proplus_id)))
        else:
            not_sent = self.tr("Not yet in Pro+")
            contact.append(f"<i>{esc(not_sent)}</i>")
        return "<br>".join(lines) + "<br><br>" + "<br>".join(contact)

    def _activated(self, index: object) -> None:
        local_id = self.appliances.selected_id()
        if isinstance(local_id, str):
            self.appliance_activated.emit(local_id)


class ClientsPane(RecordPane):
    """Every cached client; typing in the filter narrows the table at once (an indexed query per keystroke)."""

    #: The selected client's local id, or None when nothing is selected.
    client_selected = Signal(object)
    #: The user asked for an appliance's full details (double-click in the client's appliance list).
    appliance_activated = Signal(str)
    #: The user asked to edit a client (double-click or Enter on its row).
    edit_requested = Signal(str)

    def __init__(self, desk: FieldDesk, parent: QWidget | None = None) -> None:
        model = ClientTableModel(desk.clients.table())
        super().__init__(desk, model, (220, 150, 95, 140, 260, 90, 90), details_below=True, parent=parent)
        self.model: ClientTableModel = model
        self.table.setObjectName("clients-table")
        self._detail: ClientDetail | None = None
        self.table.activated.connect(self._row_activated)
        self.table.selectionModel().selectionChanged.connect(
            lambda *_: self.client_selected.emit(self.selected_local_id()))
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setSizes([440, 260])
        self.dirty = False  # the model reads the cache as the table asks for rows
        self._restore_selection(None)  # master-detail: the first client is shown at once

    @property
    def detail(self) -> ClientDetail:
        """The selected client's details, built when first shown."""
        if self._detail is None:
            self._detail = ClientDetail(self)
            self._detail.appliance_activated.connect(self.appliance_activated)
            self.detail_stack.addWidget(self._detail)
        return self._detail

    def placeholder_text(self) -> str:
        return self.tr("Filter by name, city, postal code, phone, e-mail or address")

    def empty_text(self) -> str:
        return self.tr("Select a client to see the address and appliances.")

    def nothing_yet_text(self) -> str:
        return self.tr("No clients yet: sync to fetch them from Pro+, or add one with “New client”.")

    def no_match_text(self, filter_text: str) -> str:
        return self.tr("No client matches “{filter}”.").format(filter=filter_text)

    def count_text(self, shown: str, total: str) -> str:
        return self.tr("{shown} of {total} clients").format(shown=shown, total=total)

    def selected_client(self) -> Client | None:
        local_id = self.selected_local_id()
        return self.desk.clients.get(local_id) if local_id else None

    def select_client(self, local_id: str) -> bool:
        return self.select_record(local_id)

    def show_detail(self, local_id: str | None) -> bool:
        client = self.desk.clients.get(local_id) if local_id else None
        if client is None:
            return False
        self.detail.show_client(client, self.desk.clients.appliance_rows(client.local_id), self._outbox_note(client))
        self.detail_stack.setCurrentWidget(self.detail)
        return True

    def _outbox_note(self, client: Client) -> str:
        entries = self.desk.outbox.for_record(client.local_id)
        rejected = [e for e in entries if e.state == "rejected"]
        if rejected:
            return self.tr("⚠ A change to this client was rejected: {error}").format(
                error=rejected[-1].last_error or "")
        if entries:
            return self.tr("Changes to this client are waiting to be sent.")
        return ""

    def _row_activated(self, _index: object) -> None:
        local_id = self.selected_local_id()
        if local_id:
            self.edit_requested.emit(local_id)
