"""The work-order webhook receiver while the window runs: started at start-up when the user turned it on, and
from the webhook dialog. Calls arrive on the receiver's own thread; the window hears of them through a queued
signal, and reloads the work orders at most a few times a second however many calls arrive."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal

from app.services.startup import ConfigError

if TYPE_CHECKING:
    from app.services.fielddesk import FieldDesk
    from app.services.webhook import WebhookReceiver

log = logging.getLogger(__name__)

#: Calls arriving closer together than this are shown with one reload.
RELOAD_DELAY_MS = 300


class WebhookControl(QObject):
    #: A call was applied: (local id of the work order, its certificate just became available). Any thread.
    call_arrived = Signal(object, bool)
    #: The work orders changed (after a burst of calls has settled): the window reloads them.
    work_orders_changed = Signal()
    #: The receiver started or stopped (the dialog and the status bar show it).
    state_changed = Signal()

    def __init__(self, desk: FieldDesk, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.receiver: WebhookReceiver | None = None
        #: Why the receiver is not running although it is turned on ("" when running or off).
        self.problem = ""
        self._reload = QTimer(self)
        self._reload.setSingleShot(True)
        self._reload.setInterval(RELOAD_DELAY_MS)
        self._reload.timeout.connect(self.work_orders_changed)
        self.call_arrived.connect(self._arrived)

    @property
    def url(self) -> str | None:
        server = self.receiver.running if self.receiver is not None else None
        return self.receiver.url(server.host, server.port) if self.receiver and server else None

    def apply_preferences(self) -> bool:
        """Start or stop as the saved preferences say; False when it should run but cannot (see `problem`)."""
        on, host, port = self.desk.webhook_preferences()
        self.stop()
        self.problem = ""
        if on:
            try:
                receiver = self.desk.webhook_receiver()
                receiver.on_call = self.call_arrived.emit
                receiver.start(host, port)
            except ConfigError as exc:
                self.problem = str(exc)
            except (OSError, RuntimeError) as exc:
                self.problem = self.tr("Cannot listen on {host}:{port}: {error}").format(
                    host=host, port=port, error=getattr(exc, "strerror", None) or exc)
            else:
                self.receiver = receiver
            if self.problem:
                log.warning("work-order webhook receiver not started: %s", self.problem)
        self.state_changed.emit()
        return not self.problem

    def stop(self) -> None:
        if self.receiver is not None:
            self.receiver.stop()
            self.receiver = None
            self.state_changed.emit()

    def _arrived(self, _local_id: object, _certificate: bool) -> None:
        if not self._reload.isActive():
            self._reload.start()
