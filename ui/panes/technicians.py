"""Technicians and their measuring devices (Pro+), in two tabs.

Technicians: the list, and the selected one's details: ids, contact, status, working mode in words, technical
information, recognition numbers per region and the devices linked to it; add or update one in a form.
Measuring devices: the list (group, type, serial number, dates, status, who has it), the selected one's
assignment history; register a device, link or unlink it and a technician. Every change is saved here at once
and sent with the next sync; a record with a change waiting says so.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from html import escape
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QItemSelection, QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ui.labels import region_name
from ui.models.devices import DeviceTableModel, device_status_name, group_name
from ui.models.memory import FilteredTableModel
from ui.models.technicians import TechnicianTableModel, working_mode_name, yes_no
from ui.widgets import FilterEdit, RecordTable, heading, muted, say_as_problem

if TYPE_CHECKING:
    from PySide6.QtWidgets import QDialog

    from app.services.fielddesk import FieldDesk


def _rows(pairs: Sequence[tuple[str, str]]) -> str:
    cells = "".join(f"<tr><td style='padding-right:14px; white-space:nowrap; color:palette(placeholder-text)'>"
                    f"{escape(k)}</td>"
                    f"<td style='white-space:nowrap'>{escape(v) if v else '–'}</td></tr>" for k, v in pairs)
    return f"<table cellspacing='0' cellpadding='2'>{cells}</table>"


def _day(stamp: str | None) -> str:
    """`2021-03-23 01:00:43` -> `2021-03-23`: the day is what a planner needs."""
    return (stamp or "?")[:10]


def _section(title: str) -> str:
    return f"<p style='margin-top:10px; margin-bottom:2px'><b>{escape(title)}</b></p>"


class _ListTab(QWidget):
    """A filter, a table, buttons and the selected record's details (rich text) beside the table."""

    def __init__(self, model: FilteredTableModel, widths: Sequence[int], name: str, placeholder: str, empty: str,
                 parent: QWidget | None = None, *, details_below: bool = False) -> None:
        super().__init__(parent)
        self.model = model
        model.setParent(self)
        self.filter_edit = FilterEdit(placeholder, self)
        self.filter_edit.textChanged.connect(self._filter)
        self.count_label = muted("", self)
        self.table = RecordTable(model, widths, self)
        self.table.setAccessibleName(name)
        self.filter_edit.table = self.table
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.buttons = QHBoxLayout()
        self.buttons.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        top.addWidget(self.filter_edit, 1)
        top.addWidget(self.count_label)
        top.addLayout(self.buttons)
        self.title = heading("", self)
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.state = muted("", self)
        self.detail = QLabel(self)
        self.detail.setTextFormat(Qt.TextFormat.RichText)
        self.detail.setWordWrap(True)
        self.detail.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.empty = empty
        inner = QWidget(self)
        inner_layout = QVBoxLayout(inner)
        inner_layout.addWidget(self.title)
        inner_layout.addWidget(self.state)
        inner_layout.addWidget(self.detail, 1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(inner)
        self.splitter = splitter = QSplitter(Qt.Orientation.Vertical if details_below else Qt.Orientation.Horizontal,
                                             self)
        splitter.addWidget(self.table)
        splitter.addWidget(scroll)
        splitter.setChildrenCollapsible(False)
        if details_below:  # a technician's details are long: below the table, in two columns
            scroll.setMinimumHeight(200)
            splitter.setSizes([300, 340])
        else:
            scroll.setMinimumWidth(300)
            splitter.setStretchFactor(0, 2)
            splitter.setStretchFactor(1, 1)
            splitter.setSizes([720, 370])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)

    def arrangement(self) -> dict[str, QWidget]:
        return {"table": self.table, "splitter": self.splitter}

    def add_button(self, text: str, tip: str, slot: Callable[[], object]) -> QPushButton:
        button = QPushButton(text, self)
        button.setToolTip(tip)
        button.clicked.connect(lambda: slot())
        self.buttons.addWidget(button)
        return button

    def set_rows(self, rows: Sequence[Any]) -> None:
        selected = self.table.selected_id()
        self.model.set_rows(rows)
        if (selected is None or not self.table.select_id(selected)) and self.model.rowCount():
            self.table.select_row(0)
        self.refresh()

    def selected(self) -> Any:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_data(rows[0].row()) if rows else None

    def _filter(self, text: str) -> None:
        selected = self.table.selected_id()
        self.model.set_filter(text)
        if (selected is None or not self.table.select_id(selected)) and self.model.rowCount():
            self.table.select_row(0)
        self.refresh()

    def _selection_changed(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        self.refresh()

    def refresh(self) -> None:
        locale = QLocale()
        self.count_label.setText(QCoreApplication.translate("TechniciansPane", "{shown} of {total}").format(
            shown=locale.toString(self.model.visible_count()), total=locale.toString(self.model.total_count())))
        record = self.selected()
        if record is None:
            self.title.setText("")
            self.state.setText("")
            self.detail.setText(self.empty)
        else:
            self.show_record(record)
        self.state.setVisible(bool(self.state.text()))
        say_as_problem(self.state, record is not None and bool(record.get("rejected")))
        self.update_buttons(record)

    def show_record(self, record: Any) -> None:
        raise NotImplementedError

    def update_buttons(self, record: Any) -> None:
        """Enable the buttons that apply to the selected record."""


class TechniciansTab(_ListTab):
    def __init__(self, pane: TechniciansPane) -> None:
        super().__init__(TechnicianTableModel(), (200, 90, 60, 150, 240, 65, 140, 100), self.tr("Technicians"),
                         self.tr("Filter by name, external id, mobile or e-mail"),
                         self.tr("Select a technician to see the details."), pane, details_below=True)
        self.pane = pane
        self.table.setObjectName("technicians-table")
        self.new_button = self.add_button(self.tr("New technician…"), self.tr("Add a technician to Pro+"),
                                          lambda: pane.open_technician(None))
        self.edit_button = self.add_button(self.tr("Edit technician…"), self.tr("Change the selected technician"),
                                           lambda: pane.open_technician(self.selected()))
        self.table.doubleClicked.connect(lambda _index: pane.open_technician(self.selected()))

    def update_buttons(self, record: Any) -> None:
        self.edit_button.setEnabled(record is not None)

    def show_record(self, t: Mapping[str, Any]) -> None:
        self.title.setText(t["name"])
        self.state.setText(self.pane.state_text(t))
        info = t.get("technical_information") or {}
        waiting = self.tr("waiting to be sent")
        left = [_rows([
            (self.tr("External id"), t.get("external_id") or ""),
            (self.tr("Pro+ id"), str(t["id"]) if t.get("id") is not None else waiting),
            (self.tr("Mobile"), t.get("mobile") or ""),
            (self.tr("E-mail"), t.get("email") or ""),
            (self.tr("Status"), "" if t.get("active") is None else
             (self.tr("Active") if t["active"] else self.tr("Inactive"))),
            (self.tr("Working mode"), working_mode_name(t.get("working_mode"))),
        ])]
        left.append(_section(self.tr("Technical information")))
        left.append(_rows([
            (self.tr("Authorised technician"), yes_no(info.get("authorised_technician"))),
            (self.tr("Chimney sweep"), yes_no(info.get("chimney_sweep"))),
            (self.tr("Heating adviser"), ", ".join(info.get("heating_adviser") or [])),
            (self.tr("Works for an OCA"), yes_no(info.get("works_for_oca"))),
        ]))
        right = [_section(self.tr("Recognition numbers"))]
        numbers = t.get("recognition_numbers") or []
        right.append(_rows([(region_name(n.get("region")) or str(n.get("region") or ""),
                             self.tr("type {type}: {number}").format(type=n.get("type"), number=n.get("number")))
                            for n in numbers]) if numbers else escape(self.tr("None")))
        right.append(_section(self.tr("Linked devices")))
        devices = t.get("devices") or []
        right.append(_rows([(f"{d.get('type') or ''} {d.get('serial_number') or ''}",
                             self.tr("{group}, since {date}").format(group=group_name(d.get("group")),
                                                                      date=_day(d.get("associated_on"))))
                            for d in devices]) if devices else escape(self.tr("None")))
        self.detail.setText(f"<table><tr><td valign='top'>{''.join(left)}</td><td width='48'></td>"
                            f"<td valign='top'>{''.join(right)}</td></tr></table>")


class DevicesTab(_ListTab):
    def __init__(self, pane: TechniciansPane) -> None:
        super().__init__(DeviceTableModel(), (65, 80, 95, 85, 95, 60, 170, 50), self.tr("Measuring devices"),
                         self.tr("Filter by type, serial number or technician"),
                         self.tr("Select a device to see who has it."), pane)
        self.pane = pane
        self.table.setObjectName("devices-table")
        self.register_button = self.add_button(self.tr("Register device…"),
                                               self.tr("Add a measuring device to Pro+"), pane.open_register)
        self.link_button = self.add_button(self.tr("Link…"), self.tr("Give the selected device to a technician"),
                                           lambda: pane.open_link(self.selected(), "link"))
        self.unlink_button = self.add_button(self.tr("Unlink…"), self.tr("Take the selected device back from a "
                                                                         "technician"),
                                             lambda: pane.open_link(self.selected(), "unlink"))

    def update_buttons(self, record: Any) -> None:
        holding = record is not None and any(not a.get("removed_on") for a in record.get("technicians") or [])
        self.link_button.setEnabled(record is not None)
        self.unlink_button.setEnabled(holding)

    def show_record(self, d: Mapping[str, Any]) -> None:
        self.title.setText(f"{d.get('type') or ''} {d.get('serial_number') or ''}".strip())
        self.state.setText(self.pane.state_text(d))
        parts = [_rows([
            (self.tr("Group"), group_name(d.get("group"))),
            (self.tr("Type"), d.get("type") or ""),
            (self.tr("Serial number"), d.get("serial_number") or ""),
            (self.tr("Purchase date"), d.get("purchase_date") or ""),
            (self.tr("Manufacturing date"), d.get("mfg_date") or ""),
            (self.tr("Status"), device_status_name(d.get("status"))),
            (self.tr("Pro+ id"), str(d["id"]) if d.get("id") is not None else self.tr("waiting to be sent")),
        ])]
        parts.append(_section(self.tr("Assigned technicians")))
        names = self.pane.technician_names()
        history = d.get("technicians") or []
        head = "".join(f"<th align='left' style='padding-right:12px'>{escape(h)}</th>"
                       for h in (self.tr("Technician"), self.tr("From"), self.tr("Until")))
        unknown, now = self.tr("Technician {id}"), self.tr("now")
        lines = "".join(
            f"<tr><td style='padding-right:12px'>"
            f"{escape(names.get(a['technician_id'], unknown.format(id=a['technician_id'])))}</td>"
            f"<td style='padding-right:12px; white-space:nowrap'>{escape(_day(a.get('associated_on')))}</td>"
            f"<td style='white-space:nowrap'>{escape(_day(a['removed_on']) if a.get('removed_on') else now)}</td></tr>"
            for a in history)
        parts.append(f"<table cellspacing='0' cellpadding='2'><tr>{head}</tr>{lines}</table>" if history
                     else escape(self.tr("Never assigned")))
        self.detail.setText("".join(parts))


class TechniciansPane(QWidget):
    #: A change was queued (the window refreshes its counts).
    changed = Signal()

    def __init__(self, desk: FieldDesk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        #: True when the cache changed since the lists were read.
        self.dirty = True
        self._technicians: list[dict[str, Any]] = []
        self.tabs = QTabWidget(self)
        self.technicians_tab = TechniciansTab(self)
        self.devices_tab = DevicesTab(self)
        self.tabs.addTab(self.technicians_tab, self.tr("Technicians"))
        self.tabs.addTab(self.devices_tab, self.tr("Measuring devices"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)
        #: The dialog open now (kept referenced while it is shown).
        self.dialog: QDialog | None = None

    def arrangement(self) -> dict[str, QWidget]:
        """Kept between sessions (ui.window_state): each tab's column widths, sort and splitter sizes."""
        return {f"{tab}-{part}": widget for tab, source in (("technicians", self.technicians_tab),
                                                            ("devices", self.devices_tab))
                for part, widget in source.arrangement().items()}

    # -- data ---------------------------------------------------------------------------------------
    def reload(self) -> None:
        """A few dozen technicians and devices: read at once."""
        self.dirty = False
        self._technicians = self.desk.staff.technicians()
        names = self.technician_names()
        devices = [{**d, "holders": [names.get(a["technician_id"], str(a["technician_id"]))
                                     for a in d["technicians"] if not a.get("removed_on")]}
                   for d in self.desk.staff.devices()]
        self.technicians_tab.set_rows(self._technicians)
        self.devices_tab.set_rows(devices)

    async def reload_async(self) -> None:
        self.reload()

    def state_text(self, record: Mapping[str, Any]) -> str:
        if record.get("rejected"):
            return self.tr("Pro+ rejected a change: correct it (save it again) or discard it in the Outbox.")
        if record.get("pending"):
            return self.tr("A change is waiting to be sent to Pro+.")
        return ""

    def technician_names(self) -> dict[int, str]:
        return {t["id"]: t["name"] for t in self._technicians if t.get("id") is not None}

    # -- actions (each opens a dialog; tests drive the dialog directly) -----------------------------------
    def _show(self, dialog: QDialog) -> QDialog:
        self.dialog = dialog
        dialog.accepted.connect(self._queued)
        dialog.open()
        return dialog

    def open_technician(self, record: Mapping[str, Any] | None) -> QDialog:
        from ui.forms.technician_form import TechnicianDialog

        return self._show(TechnicianDialog(self.desk, record, self))

    def open_draft(self, kind: str, key: str) -> QDialog | None:
        if kind == "device":
            return self.open_register()
        if not key:
            return self.open_technician(None)
        record = self.desk.staff.technician(key)
        return self.open_technician(record) if record is not None else None

    def open_register(self) -> QDialog:
        from ui.forms.device_form import RegisterDeviceDialog

        return self._show(RegisterDeviceDialog(self.desk, self))

    def open_link(self, device: Mapping[str, Any] | None, action: str) -> QDialog | None:
        if device is None:
            return None
        from ui.forms.device_form import LinkDialog

        return self._show(LinkDialog(self.desk, device, self._technicians, action, self))

    def _queued(self) -> None:
        self.reload()
        self.changed.emit()
