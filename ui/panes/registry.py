"""The window's panes, declared once: the navigation list, the stack and `MainWindow.PANES` derive from this.

A pane is one entry here (name, title, icon, the class that builds it, the toolbar actions that act on it)
plus its model and view files; the window imports and builds a pane the first time it is shown.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, NamedTuple, Protocol

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget


class OpensDrafts(Protocol):
    """A pane that declares `drafts` opens their forms."""

    def open_draft(self, kind: str, key: str) -> QWidget | None: ...


class PaneSpec(NamedTuple):
    #: The name `fielddesk gui --pane NAME` takes.
    name: str
    #: The navigation title, translated in the "MainWindow" context (the window shows it).
    title: str
    #: `resources/icons/<icon>.svg`.
    icon: str
    #: "module:Class"; the class takes (desk, parent).
    pane_class: str
    #: Names of the window's toolbar actions (MainWindow attributes `<name>_action`) that act on this pane.
    actions: tuple[str, ...] = ()
    #: The kinds of drafts (`GuardedDialog.draft_kind`) whose forms this pane opens: `pane.open_draft(kind, key)`
    #: opens the form for that record (None when the record is gone).
    drafts: tuple[str, ...] = ()

    def translated_title(self) -> str:
        return QCoreApplication.translate("MainWindow", self.title)

    def load(self) -> type:
        module, _, name = self.pane_class.partition(":")
        cls: type = getattr(importlib.import_module(module), name)
        return cls


PANES: tuple[PaneSpec, ...] = (
    PaneSpec("clients", str(QT_TRANSLATE_NOOP("MainWindow", "Clients")), "clients", "ui.panes.clients:ClientsPane",
             ("new_client", "edit_client")),
    PaneSpec("appliances", str(QT_TRANSLATE_NOOP("MainWindow", "Appliances")), "appliances",
             "ui.panes.appliances:AppliancesPane"),
    PaneSpec("workorders", str(QT_TRANSLATE_NOOP("MainWindow", "Work orders")), "workorders",
             "ui.panes.workorders:WorkOrdersPane", drafts=("workorder",)),
    PaneSpec("certificates", str(QT_TRANSLATE_NOOP("MainWindow", "Certificates")), "certificates",
             "ui.panes.certificates:CertificatesPane"),
    PaneSpec("technicians", str(QT_TRANSLATE_NOOP("MainWindow", "Technicians")), "technicians",
             "ui.panes.technicians:TechniciansPane", drafts=("technician", "device")),
    PaneSpec("slots", str(QT_TRANSLATE_NOOP("MainWindow", "Slots")), "slots", "ui.panes.slots:SlotsPane"),
    PaneSpec("heatpumps", str(QT_TRANSLATE_NOOP("MainWindow", "Heat pumps")), "heatpumps",
             "ui.panes.heatpumps:HeatPumpsPane", drafts=("heatpump",)),
    PaneSpec("customers", str(QT_TRANSLATE_NOOP("MainWindow", "Customers")), "customers",
             "ui.panes.customers:CustomersPane", drafts=("customer",)),
    PaneSpec("outbox", str(QT_TRANSLATE_NOOP("MainWindow", "Outbox")), "outbox", "ui.panes.outbox:OutboxPane"),
)


def pane_spec(name: str) -> PaneSpec | None:
    return next((p for p in PANES if p.name == name), None)
