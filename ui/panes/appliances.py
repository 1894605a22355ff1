"""Appliances: every heating and cooling appliance with its client; the selected one's fields grouped
as the Pro+ document groups them (General, then the region block, or the cooling parts)."""

from __future__ import annotations

import html
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QFont, QPalette, QResizeEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.services.entities import Appliance, ApplianceKind
from app.services.proplus import BLOCK_FIELDS
from ui.labels import kind_name, proplus_label, proplus_value, region_name
from ui.models.appliances import ApplianceTableModel
from ui.models.base import LocalIdRole
from ui.panes.base import RecordPane
from ui.widgets import heading

if TYPE_CHECKING:
    from app.services.fielddesk import FieldDesk

HEATING_BLOCKS = ("brussels", "flanders", "wallonie")
#: Cooling fields about identity and place; the rest of the cooling block is technical.
COOLING_GENERAL = frozenset({
    "id", "client_id", "third_party_id", "mobile_cooling_appliance_id", "mobile_cooling_appliance_page4_id",
    "same_as_client", "name", "region", "address", "city", "telephone", "email", "post_code", "house_no",
    "created_at", "updated_at",
})
#: (list key in the cooling record, block name in the enumerations)
COOLING_PARTS = (("condensors", "condensor"), ("verdampers", "verdamper"), ("compressors", "compressor"))


def _is_scalar(value: object) -> bool:
    return not isinstance(value, dict | list | tuple)


#: The least width (px) the appliance details leave their values column when the field column fits its labels.
VALUE_ROOM = 220


class ApplianceDetail(QWidget):
    """Every documented field of one appliance, labelled and with codes spelled out."""

    show_client_requested = Signal(str)
    #: The user wants a work order for this appliance: its local id.
    work_order_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = heading("", self)
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.subtitle = QLabel(self)
        self.subtitle.setTextFormat(Qt.TextFormat.RichText)
        self.subtitle.setWordWrap(True)  # a long client name wraps; it does not push the list narrower
        self.subtitle.linkActivated.connect(self._link)
        self.show_empty = QCheckBox(self.tr("Show empty fields"), self)
        self.show_empty.setChecked(True)
        self.show_empty.setToolTip(self.tr("Also list the fields Pro+ knows but that are not filled in"))
        self.show_empty.toggled.connect(self._rebuild)
        self.tree = QTreeWidget(self)
        self.tree.setColumnCount(2)
        self.tree.setHeaderLabels([self.tr("Field"), self.tr("Value")])
        self.tree.setAccessibleName(self.tr("The appliance's fields"))
        self.tree.setAlternatingRowColors(True)
        self.tree.setUniformRowHeights(True)
        self.tree.setIndentation(14)
        self.tree.setWordWrap(False)
        header = self.tree.header()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(0, 220)
        #: Whether the user sized the field column; until then it fits the labels shown (see _fit_labels).
        self._labels_sized = False
        header.sectionResized.connect(self._field_column_resized)
        self._fitting = False

        self.work_order_button = QPushButton(self.tr("New work order…"), self)
        self.work_order_button.setToolTip(self.tr("Create a Pro+ work order for this appliance"))
        self.work_order_button.clicked.connect(self._work_order)
        controls = QHBoxLayout()
        controls.addWidget(self.show_empty)
        controls.addStretch(1)
        controls.addWidget(self.work_order_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 4, 4, 4)
        layout.addWidget(self.title)
        layout.addWidget(self.subtitle)
        layout.addLayout(controls)
        layout.addWidget(self.tree, 1)
        self._appliance: Appliance | None = None
        self._client_id = ""

    def show_appliance(self, appliance: Appliance, client_id: str, client_name: str) -> None:
        self._appliance = appliance
        self._client_id = client_id
        self.title.setText(appliance.name or self.tr("(no name)"))
        self.work_order_button.setEnabled(appliance.proplus_id is not None)
        self.work_order_button.setToolTip(
            self.tr("Create a Pro+ work order for this appliance") if appliance.proplus_id is not None
            else self.tr("This appliance is not in Pro+ yet: sync first"))
        parts = [kind_name(appliance.kind.value)]
        if appliance.region is not None:
            parts.append(region_name(appliance.region.value))
        no_name = self.tr("(no name)")
        link = f'<a href="client">{html.escape(client_name or no_name)}</a>'
        self.subtitle.setText(" · ".join(html.escape(p) for p in parts) + " · "
                              + self.tr("Client: {client}").format(client=link))
        self._rebuild()

    def _work_order(self) -> None:
        if self._appliance is not None:
            self.work_order_requested.emit(self._appliance.local_id)

    def group_titles(self) -> list[str]:
        return [item.text(0) for item in _children(self.tree.invisibleRootItem())]

    def _link(self, _href: str) -> None:
        if self._client_id:
            self.show_client_requested.emit(self._client_id)

    def _rebuild(self) -> None:
        self.tree.clear()
        appliance = self._appliance
        if appliance is None:
            return
        fields = appliance.fields
        if appliance.kind is ApplianceKind.HEATING:
            self._add_group(self.tr("General"), "heating", self._names("heating", fields, skip=HEATING_BLOCKS),
                            fields)
            blocks = [appliance.block_name] if appliance.block_name else []
            blocks += [b for b in HEATING_BLOCKS if b not in blocks and isinstance(fields.get(b), dict)]
            for block in blocks:
                values = fields.get(block)
                values = values if isinstance(values, dict) else {}
                self._add_group(proplus_label("heating", block), block, self._names(block, values), values)
        else:
            names = self._names("cooling", fields, skip=tuple(key for key, _ in COOLING_PARTS))
            self._add_group(self.tr("General"), "cooling", [n for n in names if n in COOLING_GENERAL], fields)
            self._add_group(self.tr("Cooling"), "cooling", [n for n in names if n not in COOLING_GENERAL], fields)
            titles = {"condensors": (self.tr("Condensers"), self.tr("Condenser {number}")),
                      "verdampers": (self.tr("Evaporators (verdampers)"), self.tr("Evaporator {number}")),
                      "compressors": (self.tr("Compressors"), self.tr("Compressor {number}"))}
            for key, block in COOLING_PARTS:
                title, each = titles[key]
                self._add_parts(title, each, block, fields.get(key))
        self.tree.expandAll()
        self._fit_labels()

    def _fit_labels(self) -> None:
        """The field column as wide as its longest label (long in Dutch and French), leaving the values at least
        VALUE_ROOM pixels; once the user sizes it, it keeps their width."""
        if self._labels_sized:
            return
        self._fitting = True
        try:
            wanted = self.tree.sizeHintForColumn(0) + 8
            self.tree.header().resizeSection(0, max(160, min(wanted, self.tree.width() - VALUE_ROOM)))
        finally:
            self._fitting = False

    def _field_column_resized(self, section: int, _old: int, _new: int) -> None:
        if section == 0 and not self._fitting:
            self._labels_sized = True

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_labels()

    @staticmethod
    def _names(block: str, values: dict[str, Any], skip: Iterable[str] = ()) -> list[str]:
        """The block's documented fields in document order, then any extra field the vendor sent."""
        skipped = set(skip)
        documented = [f for f in BLOCK_FIELDS.get(block, []) if f not in skipped]
        known = set(documented) | skipped
        extra = [f for f, v in values.items() if f not in known and _is_scalar(v)]
        return documented + extra

    def _group_item(self, parent: QTreeWidget | QTreeWidgetItem, title: str) -> QTreeWidgetItem:
        item = QTreeWidgetItem(parent, [title])
        font = QFont(item.font(0))
        font.setBold(True)
        item.setFont(0, font)
        item.setFirstColumnSpanned(True)
        return item

    def _add_group(self, title: str, block: str, names: list[str], values: dict[str, Any]) -> QTreeWidgetItem:
        group = self._group_item(self.tree, title)
        self._add_fields(group, block, names, values)
        return group

    def _add_fields(self, group: QTreeWidgetItem, block: str, names: list[str], values: dict[str, Any]) -> None:
        show_empty = self.show_empty.isChecked()
        muted_brush = QBrush(self.palette().color(QPalette.ColorRole.PlaceholderText))
        for name in names:
            raw = values.get(name)
            if not _is_scalar(raw):
                continue
            text = proplus_value(block, name, raw)
            if not text and not show_empty:
                continue
            item = QTreeWidgetItem(group, [proplus_label(block, name), text or "—"])
            item.setToolTip(0, name)
            item.setToolTip(1, f"{name} = {raw!r}")
            if not text:
                item.setForeground(1, muted_brush)

    def _add_parts(self, title: str, each: str, block: str, parts: object) -> None:
        items = [p for p in parts if isinstance(p, dict)] if isinstance(parts, list) else (
            [parts] if isinstance(parts, dict) else [])
        group = self._group_item(self.tree, f"{title} ({len(items)})")
        if not items:
            none = QTreeWidgetItem(group, [self.tr("None recorded")])
            none.setFirstColumnSpanned(True)
            none.setForeground(0, QBrush(self.palette().color(QPalette.ColorRole.PlaceholderText)))
            return
        for number, part in enumerate(items, start=1):
            sub = self._group_item(group, each.format(number=number))
            self._add_fields(sub, block, self._names(block, part), part)

    def field_texts(self) -> dict[str, list[tuple[str, str]]]:
        """Group title -> (label, value) pairs as shown; nested parts are listed under their group."""
        shown: dict[str, list[tuple[str, str]]] = {}

        def walk(item: QTreeWidgetItem, group: str) -> None:
            for child in _children(item):
                if child.childCount():
                    walk(child, group)
                else:
                    shown.setdefault(group, []).append((child.text(0), child.text(1)))

        for top in _children(self.tree.invisibleRootItem()):
            shown.setdefault(top.text(0), [])
            walk(top, top.text(0))
        return shown


def _children(item: QTreeWidgetItem) -> list[QTreeWidgetItem]:
    children = (item.child(i) for i in range(item.childCount()))
    return [child for child in children if child is not None]


class AppliancesPane(RecordPane):
    """Every cached appliance; filter, sort and the selected appliance's full details."""

    show_client_requested = Signal(str)
    work_order_requested = Signal(str)

    def __init__(self, desk: FieldDesk, parent: QWidget | None = None) -> None:
        model = ApplianceTableModel()
        super().__init__(desk, model, (145, 95, 135, 85, 90, 48), details_below=False, parent=parent)
        self.model: ApplianceTableModel = model
        self.table.setObjectName("appliances-table")
        # The kind column fits its words in the user's language ("Verwarming"), beside their icon.
        header = self.table.horizontalHeader()
        kind_width = max(self.fontMetrics().horizontalAdvance(kind_name(k)) for k in ("heating", "cooling")) + 34
        header.resizeSection(model.KIND, max(header.sectionSize(model.KIND), kind_width))
        self.detail = ApplianceDetail(self)
        self.detail.show_client_requested.connect(self.show_client_requested)
        self.detail.work_order_requested.connect(self.work_order_requested)
        self.detail_stack.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 1)
        # The list's columns in full (a 1280-wide window), the rest for the fields and their values.
        self.splitter.setSizes([630, 470])

    def placeholder_text(self) -> str:
        return self.tr("Filter by client, appliance, make, year, kind or region")

    def empty_text(self) -> str:
        return self.tr("Select an appliance to see all its fields.")

    def nothing_yet_text(self) -> str:
        return self.tr("No appliances yet: they come with their clients from Pro+ at the next sync.")

    def no_match_text(self, filter_text: str) -> str:
        return self.tr("No appliance matches “{filter}”.").format(filter=filter_text)

    def fetch_rows(self, limit: int | None) -> list[Any]:
        rows = self.desk.clients.appliance_rows()
        return rows[:limit] if limit else rows

    def count_text(self, shown: str, total: str) -> str:
        return self.tr("{shown} of {total} appliances").format(shown=shown, total=total)

    def select_appliance(self, local_id: str) -> bool:
        return self.select_record(local_id)

    def show_detail(self, local_id: str | None) -> bool:
        found = self.desk.clients.appliance(local_id) if local_id else None
        if found is None:
            return False
        appliance, client_id = found
        client_name = ""
        rows = self.table.selectionModel().selectedRows()
        if rows and rows[0].data(LocalIdRole) == local_id:
            client_name = str(rows[0].siblingAtColumn(ApplianceTableModel.CLIENT).data() or "")
        else:
            client = self.desk.clients.get(client_id)
            client_name = client.name if client else ""
        self.detail.show_appliance(appliance, client_id, client_name)
        self.detail_stack.setCurrentWidget(self.detail)
        return True
