"""The pages of the client form: the client, a heating appliance, a cooling appliance (with its parts).

Each page starts from a copy of the record it was given and, in `record()`, writes back only what the user
changed, so ids, timestamps and fields the form does not show travel unchanged.
"""

from __future__ import annotations

import copy
from collections.abc import Callable, Mapping
from typing import Any

from PySide6.QtCore import QCoreApplication, QSize, Qt, Signal
from PySide6.QtGui import QFont, QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.services.entities import REGION_BLOCK, ApplianceKind, Region
from app.services.proplus import REGION_LABELS
from ui.forms.fields import FieldCell, FieldGrid, RegionCell, TextCell, make_cell
from ui.forms.layout import ADDRESS_FIELDS, BRUSSELS_ONLY, COOLING_PARTS, SAME_AS_CLIENT, SECTIONS

_TRUE_TEXTS = {"1", "true", "yes"}


def _tr(text: str) -> str:
    return QCoreApplication.translate("ClientForm", text)


def _heading(text: str, parent: QWidget, size_delta: int = 3) -> QLabel:
    label = QLabel(text, parent)
    font = QFont(label.font())
    font.setBold(True)
    font.setPointSize(max(font.pointSize() + size_delta, 8))
    label.setFont(font)
    return label


class BlockPanel(QWidget):
    """All fields of one Pro+ block, a titled group per layout section (or one plain grid)."""

    edited = Signal()

    def __init__(self, block: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.block = block
        self.cells: dict[str, FieldCell] = {}
        self.grids: list[FieldGrid] = []
        self.same_as_client: QCheckBox | None = None
        self.boxes: list[QGroupBox] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)
        for section in SECTIONS[block]:
            cells = []
            for field in section.fields:
                if field == SAME_AS_CLIENT:
                    continue
                cell = make_cell(block, field)
                cell.edited.connect(self.edited)
                self.cells[field] = cell
                cells.append(cell)
            grid = FieldGrid(cells)
            self.grids.append(grid)
            if not section.title:
                layout.addWidget(grid)
                continue
            box = QGroupBox(_tr(section.title), self)
            self.boxes.append(box)
            box_layout = QVBoxLayout(box)
            box_layout.setContentsMargins(12, 10, 12, 12)
            box_layout.setSpacing(8)
            if SAME_AS_CLIENT in section.fields:
                self.same_as_client = QCheckBox(QCoreApplication.translate("ClientForm", "Same address as client"), box)
                self.same_as_client.setObjectName("sameAsClient")
                self.same_as_client.setToolTip(QCoreApplication.translate(
                    "ClientForm",
                    "Use the client's address for this appliance and keep it up to date when the client's address "
                    "changes."))
                box_layout.addWidget(self.same_as_client)
            box_layout.addWidget(grid)
            layout.addWidget(box)

    def load(self, record: Mapping[str, Any]) -> None:
        for cell in self.cells.values():
            cell.load(record)

    def apply(self, record: dict[str, Any]) -> None:
        for cell in self.cells.values():
            cell.apply(record)

    def set_field_visible(self, field: str, visible: bool) -> None:
        for grid in self.grids:
            grid.set_field_visible(field, visible)

    def visible_cells(self) -> dict[str, FieldCell]:
        return {field: cell for field, cell in self.cells.items() if not cell.isHidden()}


class FormPage(QScrollArea):
    """One section of the form in a scroll area, with a heading."""

    edited = Signal()
    heading_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        body = QWidget(self)
        self.body = body
        self.body_layout = QVBoxLayout(body)
        self.body_layout.setContentsMargins(16, 12, 16, 16)
        self.body_layout.setSpacing(12)
        self.heading = _heading("", body)
        self.subheading = QLabel(body)
        self.subheading.setWordWrap(True)
        self.body_layout.addWidget(self.heading)
        self.body_layout.addWidget(self.subheading)
        self.setWidget(body)
        self.edited.connect(self._refresh_heading)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.fit_body()

    def fit_body(self) -> None:
        """Give the scrolled body the height its fields need at the viewport's width, now.

        Messages shown or hidden while the page was off screen leave stale layouts behind: Qt does not
        lay out hidden widgets, and re-lays them out parent first when they appear, so the body would be
        squeezed until a few more rounds of layout events. Lay everything out again, children first.
        """
        for widget in (*reversed(self.body.findChildren(QWidget)), self.body):
            layout = widget.layout()
            if layout is not None:
                layout.invalidate()
                layout.activate()
            else:
                widget.updateGeometry()
        width = self.viewport().width()
        height = max(self.body.heightForWidth(width), self.body.minimumSizeHint().height(),
                     self.viewport().height())
        if self.body.size() != QSize(width, height):
            self.body.resize(width, height)

    def finish(self) -> None:
        self.body_layout.addStretch(1)
        self._refresh_heading()

    def list_text(self) -> str:
        raise NotImplementedError

    def _refresh_heading(self) -> None:
        text = self.list_text()
        if self.heading.text() != text:
            self.heading.setText(text)
            self.heading_changed.emit()

    def cell_paths(self, prefix: str) -> dict[str, FieldCell]:
        """The editable cells on screen, by their path in the client record (`prefix` + field)."""
        raise NotImplementedError

    def reveal(self, cell: FieldCell) -> None:
        self.ensureWidgetVisible(cell, 40, 60)
        cell.editor.setFocus(Qt.FocusReason.OtherFocusReason)


class ClientPage(FormPage):
    address_edited = Signal()

    def __init__(self, record: Mapping[str, Any], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.original: dict[str, Any] = copy.deepcopy(dict(record))
        self.panel = BlockPanel("client", self.body)
        self.panel.load(self.original)
        self.panel.edited.connect(self.edited)
        for client_field, _ in ADDRESS_FIELDS:
            self.panel.cells[client_field].edited.connect(self.address_edited)
        self.subheading.setText(QCoreApplication.translate(
            "ClientForm",
            "The client as Pro+ knows it. Region-specific details only matter for clients in that region."))
        self.body_layout.addWidget(self.panel)
        self.finish()

    @property
    def cells(self) -> dict[str, FieldCell]:
        return self.panel.cells

    @property
    def region_cell(self) -> RegionCell:
        cell = self.panel.cells["region"]
        assert isinstance(cell, RegionCell)
        return cell

    def list_text(self) -> str:
        name = self.panel.cells["name"].text().strip()
        if name:
            return QCoreApplication.translate("ClientForm", "Client: {name}").format(name=name)
        if not self.original:
            return QCoreApplication.translate("ClientForm", "New client")
        return QCoreApplication.translate("ClientForm", "Client")

    def address(self) -> dict[str, str]:
        return {field: self.panel.cells[field].text() for field, _ in ADDRESS_FIELDS}

    def record(self) -> dict[str, Any]:
        record = copy.deepcopy(self.original)
        self.panel.apply(record)
        return record

    def cell_paths(self, prefix: str) -> dict[str, FieldCell]:
        return {f"{prefix}{field}": cell for field, cell in self.panel.visible_cells().items()}


class AppliancePage(FormPage):
    """What heating and cooling pages share: the general block and "same address as client"."""

    kind: ApplianceKind
    block: str

    def __init__(self, record: Mapping[str, Any], client_address: Callable[[], dict[str, str]],
                 local_id: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.original: dict[str, Any] = copy.deepcopy(dict(record))
        self.local_id = local_id
        self.is_new = local_id is None
        self._client_address = client_address
        self.panel = BlockPanel(self.block, self.body)
        self.panel.load(self.original)
        self.panel.edited.connect(self.edited)
        self.body_layout.addWidget(self.panel)
        checkbox = self.panel.same_as_client
        assert checkbox is not None
        self.same_as_client = checkbox
        same = self.original.get("same_as_client")
        checked = (str(same).strip().lower() in _TRUE_TEXTS) if same not in (None, "") else self.is_new
        self.same_as_client.setChecked(checked)
        self.same_as_client.toggled.connect(self._same_toggled)
        self._apply_same_as_client()

    @property
    def cells(self) -> dict[str, FieldCell]:
        return self.panel.cells

    def _address_cells(self) -> list[tuple[str, TextCell]]:
        pairs = []
        for client_field, own_field in ADDRESS_FIELDS:
            cell = self.panel.cells.get(own_field)
            if isinstance(cell, TextCell):
                pairs.append((client_field, cell))
        return pairs

    def _same_toggled(self) -> None:
        self._apply_same_as_client()
        self.edited.emit()

    def _apply_same_as_client(self) -> None:
        locked = self.same_as_client.isChecked()
        reason = QCoreApplication.translate(
            "ClientForm", "Taken from the client's address; untick \"Same address as client\" to change it.")
        address = self._client_address() if locked else {}
        for client_field, cell in self._address_cells():
            if locked:
                cell.set_text(address.get(client_field, ""))
            cell.set_locked(locked, reason)
            cell.mirrors = client_field if locked else None

    def follow_client(self) -> None:
        """The client's address changed: copy it again if this appliance uses it."""
        if self.same_as_client.isChecked():
            self._apply_same_as_client()

    def name(self) -> str:
        return self.panel.cells["name"].text().strip()

    def _base_record(self) -> dict[str, Any]:
        record = copy.deepcopy(self.original)
        self.panel.apply(record)
        record["same_as_client"] = "1" if self.same_as_client.isChecked() else "0"
        return record

    def record(self) -> dict[str, Any]:
        raise NotImplementedError

    def _general_paths(self, prefix: str) -> dict[str, FieldCell]:
        return {f"{prefix}{field}": cell for field, cell in self.panel.visible_cells().items()
                if not cell.read_only}


class HeatingPage(AppliancePage):
    kind = ApplianceKind.HEATING
    block = "heating"

    def __init__(self, record: Mapping[str, Any], client_address: Callable[[], dict[str, str]],
                 local_id: str | None = None, default_region: Region | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(record, client_address, local_id, parent)
        self.blocks: dict[str, BlockPanel] = {}
        self.block_heading = _heading("", self.body, 2)
        self.block_hint = QLabel(self.body)
        self.block_hint.setWordWrap(True)
        self.body_layout.addWidget(self.block_heading)
        self.body_layout.addWidget(self.block_hint)
        self.subheading.setText(QCoreApplication.translate(
            "ClientForm",
            "General heating appliance fields, then the fields of the appliance's region. Changing the region shows "
            "that region's fields."))
        if self.is_new and default_region is not None and self.region_cell.region() is None:
            self.region_cell.select_region(default_region)
            self.region_cell.touched = False
        self.region_cell.combo.currentIndexChanged.connect(self._show_region_block)
        self._show_region_block()
        self.finish()

    @property
    def region_cell(self) -> RegionCell:
        cell = self.panel.cells["region"]
        assert isinstance(cell, RegionCell)
        return cell

    def region(self) -> Region | None:
        return self.region_cell.region()

    def active_block_name(self) -> str | None:
        region = self.region()
        return REGION_BLOCK[region] if region is not None else None

    def active_block(self) -> BlockPanel | None:
        name = self.active_block_name()
        return self._ensure_block(name) if name else None

    def block_cells(self) -> dict[str, FieldCell]:
        """The cells of the region block on screen (empty when no region is chosen)."""
        panel = self.active_block()
        return panel.cells if panel is not None else {}

    def _ensure_block(self, name: str) -> BlockPanel:
        """The panel of a region block, made the first time the appliance is in that region."""
        panel = self.blocks.get(name)
        if panel is None:
            panel = BlockPanel(name, self.body)
            original = self.original.get(name)
            panel.load(original if isinstance(original, Mapping) else {})
            panel.edited.connect(self.edited)
            panel.setVisible(name == self.active_block_name())
            # Below the region heading, above the stretch that `finish` adds.
            index = self.body_layout.indexOf(self.block_hint) + 1
            self.body_layout.insertWidget(index + len(self.blocks), panel)
            self.blocks[name] = panel
        return panel

    def _show_region_block(self) -> None:
        region = self.region()
        name = REGION_BLOCK[region] if region is not None else None
        if name is not None:
            self._ensure_block(name)
        for block_name, panel in self.blocks.items():
            panel.setVisible(block_name == name)
        for field in BRUSSELS_ONLY["heating"]:
            self.panel.set_field_visible(field, region is Region.BRUSSELS)
        if region is None:
            self.block_heading.setText(QCoreApplication.translate("ClientForm", "Region-specific fields"))
            self.block_hint.setText(QCoreApplication.translate(
                "ClientForm",
                "Choose the appliance's region above to fill in the fields Pro+ asks for in Brussels, Flanders or "
                "Wallonia."))
        else:
            label = QCoreApplication.translate("ProPlus", REGION_LABELS[region])
            self.block_heading.setText(
                QCoreApplication.translate("ClientForm", "{region}: region-specific fields").format(region=label))
            self.block_hint.setText(
                QCoreApplication.translate("ClientForm", "Fields Pro+ asks for heating appliances in {region}.").format(
                    region=label))

    def list_text(self) -> str:
        name = self.name()
        if name:
            return QCoreApplication.translate("ClientForm", "Heating: {name}").format(name=name)
        return QCoreApplication.translate("ClientForm", "New heating appliance")

    def record(self) -> dict[str, Any]:
        record = self._base_record()
        active = self.active_block_name()
        if active is None:
            return record  # no region: the blocks stay as they came
        for name in REGION_BLOCK.values():
            if name == active:
                original = self.original.get(name)
                block = copy.deepcopy(dict(original)) if isinstance(original, Mapping) else {}
                self._ensure_block(name).apply(block)
                record[name] = block
            elif record.get(name) is not None:
                record[name] = None  # the appliance is no longer in that region
        return record

    def cell_paths(self, prefix: str) -> dict[str, FieldCell]:
        paths = self._general_paths(prefix)
        if self.region() is not Region.BRUSSELS:  # decided by the region, whatever is still on screen
            for field in BRUSSELS_ONLY["heating"]:
                paths.pop(f"{prefix}{field}", None)
        panel = self.active_block()
        if panel is not None:
            paths.update({f"{prefix}{panel.block}.{field}": cell for field, cell in panel.cells.items()})
        return paths


class PartCard(QFrame):
    """One condenser / evaporator / compressor: its fields and a remove button."""

    remove_requested = Signal(object)

    def __init__(self, block: str, title: str, record: Mapping[str, Any], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.block = block
        self.original: dict[str, Any] = copy.deepcopy(dict(record))
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setObjectName("partCard")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 12)
        layout.setSpacing(6)
        header = QHBoxLayout()
        self.title = _heading(title, self, 0)
        self.remove_button = QToolButton(self)
        self.remove_button.setText(QCoreApplication.translate("ClientForm", "Remove"))
        self.remove_button.clicked.connect(lambda: self.remove_requested.emit(self))
        header.addWidget(self.title)
        header.addStretch(1)
        header.addWidget(self.remove_button)
        layout.addLayout(header)
        self.panel = BlockPanel(block, self)
        self.panel.load(self.original)
        layout.addWidget(self.panel)

    @property
    def cells(self) -> dict[str, FieldCell]:
        return self.panel.cells

    def record(self) -> dict[str, Any]:
        record = copy.deepcopy(self.original)
        self.panel.apply(record)
        return record


class PartList(QWidget):
    """An editable list of cooling parts with add and remove."""

    edited = Signal()

    def __init__(self, key: str, block: str, singular: str, plural: str, records: list[dict[str, Any]],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.key = key
        self.block = block
        self.singular = singular
        self.cards: list[PartCard] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        header = QHBoxLayout()
        header.addWidget(_heading(_tr(plural), self, 1))
        header.addStretch(1)
        add_text = QCoreApplication.translate("ClientForm", "Add {part}").format(part=_tr(singular).lower())
        self.add_button = QPushButton(add_text, self)
        self.add_button.setObjectName(f"add_{block}")
        self.add_button.clicked.connect(lambda: self.add_part())
        header.addWidget(self.add_button)
        layout.addLayout(header)
        self.empty_label = QLabel(QCoreApplication.translate("ClientForm", "None yet."), self)
        layout.addWidget(self.empty_label)
        self.cards_layout = QVBoxLayout()
        self.cards_layout.setSpacing(8)
        layout.addLayout(self.cards_layout)
        for record in records:
            self.add_part(record, notify=False)
        self._renumber()

    def add_part(self, record: Mapping[str, Any] | None = None, *, notify: bool = True) -> PartCard:
        card = PartCard(self.block, "", record or {}, self)
        card.panel.edited.connect(self.edited)
        card.remove_requested.connect(self.remove_part)
        self.cards.append(card)
        self.cards_layout.addWidget(card)
        card.setVisible(True)  # now, not when the event loop next runs, so the layout counts it at once
        self._renumber()
        if notify:
            self.edited.emit()
            card.panel.cells["brand"].editor.setFocus()
        return card

    def remove_part(self, card: PartCard) -> None:
        if card not in self.cards:
            return
        self.cards.remove(card)
        self.cards_layout.removeWidget(card)
        card.hide()
        card.deleteLater()
        self._renumber()
        self.edited.emit()

    def _renumber(self) -> None:
        for number, card in enumerate(self.cards, start=1):
            title = QCoreApplication.translate("ClientForm", "{part} {number}").format(
                part=_tr(self.singular), number=number)
            card.title.setText(title)
            card.remove_button.setToolTip(QCoreApplication.translate("ClientForm", "Remove {part}").format(part=title))
        self.empty_label.setVisible(not self.cards)

    def records(self) -> list[dict[str, Any]]:
        return [card.record() for card in self.cards]


def _part_records(value: object) -> list[dict[str, Any]]:
    if isinstance(value, Mapping):
        return [dict(value)]
    if isinstance(value, list):
        return [dict(item) for item in value if isinstance(item, Mapping)]
    return []


class CoolingPage(AppliancePage):
    kind = ApplianceKind.COOLING
    block = "cooling"

    def __init__(self, record: Mapping[str, Any], client_address: Callable[[], dict[str, str]],
                 local_id: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(record, client_address, local_id, parent)
        self.subheading.setText(QCoreApplication.translate(
            "ClientForm", "Cooling appliance fields, then its condensers, evaporators and compressors."))
        self.parts: dict[str, PartList] = {}
        for key, block, singular, plural in COOLING_PARTS:
            given = self.original.get(key)
            if given is None and key == "condensors":
                given = self.original.get("condensators")  # §7.3.4's spelling
            parts = PartList(key, block, singular, plural, _part_records(given), self.body)
            parts.edited.connect(self.edited)
            self.parts[key] = parts
            self.body_layout.addWidget(parts)
        # "Filled in by Pro+" is only worth showing once Pro+ has filled something in.
        for box, grid in zip(self.panel.boxes, self.panel.grids, strict=True):
            if grid.cells and all(cell.read_only and not cell.text() for cell in grid.cells):
                box.hide()
        self.finish()

    def list_text(self) -> str:
        name = self.name()
        if name:
            return QCoreApplication.translate("ClientForm", "Cooling: {name}").format(name=name)
        return QCoreApplication.translate("ClientForm", "New cooling appliance")

    def record(self) -> dict[str, Any]:
        record = self._base_record()
        for key, parts in self.parts.items():
            record[key] = parts.records()
        record.pop("condensators", None)
        return record

    def cell_paths(self, prefix: str) -> dict[str, FieldCell]:
        paths = self._general_paths(prefix)
        for key, parts in self.parts.items():
            for index, card in enumerate(parts.cards):
                paths.update({f"{prefix}{key}[{index}].{field}": cell for field, cell in card.cells.items()})
        return paths
