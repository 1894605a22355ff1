"""Slots: a planner finds a free appointment slot for a sales order and books it (Totalmobile Connect).

The grid is Connect's booking screen: planning windows as rows, days as columns (1 to 5 weeks), each cell its
status in words and a symbol as well as colour, with the travel time. Arrows move between cells, Enter books the
one selected. Booking needs a live answer: when Connect cannot be reached, the last-known grid is shown marked stale
with its time, and booking is disabled with the reason. A slot taken by someone else meanwhile is shown taken and
the grid is read again. Below: the order's visits (booking summary), and cancelling the order with a reason."""

from __future__ import annotations

import asyncio
import datetime as dt
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDate, QModelIndex, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.services.planner import (
    BodyValidationError,
    FieldError,
    OfflineError,
    RejectedError,
    SlotGrid,
    SlotQuery,
    SlotTakenError,
    UnknownOrderError,
    VendorError,
)
from ui.errors import error_boundary, show_message
from ui.labels import field_problem, problem_text
from ui.models.slots import BookingsModel, SlotGridModel, SlotRole
from ui.widgets import GuardedDialog, heading, muted, say_as_problem

if TYPE_CHECKING:
    from app.services.fielddesk import FieldDesk


class SlotTable(QTableView):
    """The grid: cell selection, Enter (or a double click) asks to book the current cell."""

    book_requested = Signal(QModelIndex)

    def __init__(self, model: SlotGridModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setModel(model)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setWordWrap(True)
        self.setCornerButtonEnabled(False)
        self.setTabKeyNavigation(False)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.horizontalHeader().setDefaultSectionSize(112)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() * 2 + 16)
        self.verticalHeader().setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.doubleClicked.connect(self.book_requested)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self.book_requested.emit(self.currentIndex())
            event.accept()
            return
        super().keyPressEvent(event)


class CancelOrderDialog(GuardedDialog):
    """The cancel reason (required by Connect) and an optional description."""

    def __init__(self, order: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Cancel sales order {order}").format(order=order))
        self.reason = QLineEdit(self)
        self.reason.setPlaceholderText(self.tr("Required"))
        self.description = QLineEdit(self)
        self.description.setPlaceholderText(self.tr("Optional"))
        form = QFormLayout()
        form.addRow(self.tr("Reason:"), self.reason)
        form.addRow(self.tr("Description:"), self.description)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Cancel the order"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Keep it"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.reason.textChanged.connect(self._update)
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("Cancelling deletes the order's open visits at Totalmobile. The "
                               "cancellation waits in the outbox until it is sent."), self)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        layout.addLayout(form)
        self.setMinimumWidth(460)
        layout.addWidget(self.buttons)
        self._update()

    def _update(self) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(bool(self.reason.text().strip()))


class TradeDialog(QDialog):
    """Availability by trade, for work not yet tied to an order: postcode, skills, duration, target date, two to
    attend."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Availability by trade"))
        self.postcode = QLineEdit(self)
        self.postcode.setPlaceholderText(self.tr("Required"))
        self.skills = QLineEdit(self)
        self.skills.setPlaceholderText(self.tr("Comma-separated, e.g. Gas, Heat pumps"))
        self.duration = QSpinBox(self)
        self.duration.setRange(0, 24 * 60)
        self.duration.setSingleStep(15)
        self.duration.setSpecialValueText(self.tr("Default"))
        self.duration.setSuffix(self.tr(" min"))
        self.target = QDateEdit(self)
        self.target.setCalendarPopup(True)
        self.target.setDisplayFormat("yyyy-MM-dd")
        self.target.setDate(QDate.currentDate().addDays(7))
        self.use_target = QCheckBox(self.tr("Target date:"), self)
        self.target.setAccessibleName(self.use_target.text().rstrip(":"))
        self.two = QCheckBox(self.tr("Two to attend"), self)
        form = QFormLayout()
        form.addRow(self.tr("Postcode:"), self.postcode)
        form.addRow(self.tr("Skills:"), self.skills)
        form.addRow(self.tr("Duration:"), self.duration)
        form.addRow(self.use_target, self.target)
        form.addRow("", self.two)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Show availability"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.postcode.textChanged.connect(self._update)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self._update()

    def _update(self) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(bool(self.postcode.text().strip()))

    def values(self) -> dict[str, Any]:
        target = self.target.date().toPython() if self.use_target.isChecked() else None
        return {"postcode": self.postcode.text().strip(),
                "skills": [s.strip() for s in self.skills.text().split(",") if s.strip()],
                "duration": self.duration.value() or None,
                "target_date": target.isoformat() if isinstance(target, dt.date) else None,
                "two_to_attend": self.two.isChecked()}


class SlotsPane(QWidget):
    #: The queue changed (an order cancellation was queued): the window updates its counts.
    changed = Signal()

    def __init__(self, desk: FieldDesk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.dirty = True
        self.complete = True
        self.grid: SlotGrid | None = None
        self._tasks: set[asyncio.Task[Any]] = set()
        self._cancel_dialog: CancelOrderDialog | None = None
        #: Set while the grid shows availability by trade (nothing to book: there is no order yet).
        self.trade: dict[str, Any] | None = None
        self._handover_user = ""
        #: Opens a URL (QDesktopServices.openUrl); tests replace it.
        self.open_url: Any = None

        # -- what to look for --------------------------------------------------------------------------------------
        self.order_box = QComboBox(self)
        self.order_box.setEditable(True)
        self.order_box.setMinimumContentsLength(22)
        self.order_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        line = self.order_box.lineEdit()
        assert line is not None
        line.setPlaceholderText(self.tr("Primary order number"))
        line.returnPressed.connect(self.show_slots)
        self.order_box.activated.connect(lambda _i: self.show_slots())
        self.date_edit = QDateEdit(self)
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("yyyy-MM-dd")
        self.date_edit.setDate(QDate.currentDate())
        self.weeks = QSpinBox(self)
        self.weeks.setRange(1, 5)
        self.weeks.setValue(2)
        self.weeks.setSuffix(self.tr(" week(s)"))
        self.ignore_weekends = QCheckBox(self.tr("Ignore weekends"), self)
        self.ignore_weekends.setToolTip(self.tr("Do not offer Saturdays and Sundays"))
        self.resource = QLineEdit(self)
        self.resource.setPlaceholderText(self.tr("Any resource"))
        self.resource.setMinimumWidth(self.fontMetrics().horizontalAdvance("OP-000000") + 40)
        self.resource.setToolTip(self.tr("Only this resource's availability (its Totalmobile resource id)"))
        self.visit = QLineEdit(self)
        self.visit.setPlaceholderText(self.tr("New visit"))
        self.visit.setMinimumWidth(self.fontMetrics().horizontalAdvance("V0000000") + 40)
        self.visit.setToolTip(self.tr("To re-appoint a visit, its visit id (choose it in the bookings below)"))
        self.show_button = QPushButton(self.tr("Show slots"), self)
        self.show_button.setDefault(False)
        self.show_button.clicked.connect(self.show_slots)

        # Two rows, so that the labels have room in every language: what to look for, then how to narrow it.
        form = QHBoxLayout()
        filters = QHBoxLayout()
        for row, label, widget, stretch in ((form, self.tr("Order:"), self.order_box, 1),
                                            (form, self.tr("Week of:"), self.date_edit, 0),
                                            (form, self.tr("Show:"), self.weeks, 0),
                                            (filters, self.tr("Resource:"), self.resource, 0),
                                            (filters, self.tr("Re-appoint visit:"), self.visit, 0)):
            caption = QLabel(label, self)
            caption.setBuddy(widget)
            row.addWidget(caption)
            row.addWidget(widget, stretch)
        form.addWidget(self.show_button)
        filters.addStretch(1)

        self.previous_button = QPushButton(self.tr("◀ Previous week"), self)
        self.previous_button.clicked.connect(lambda: self.move_weeks(-1))
        self.today_button = QPushButton(self.tr("This week"), self)
        self.today_button.clicked.connect(self.this_week)
        self.next_button = QPushButton(self.tr("Next week ▶"), self)
        self.next_button.clicked.connect(lambda: self.move_weeks(1))
        self.state_label = QLabel(self)
        self.state_label.setWordWrap(True)
        self.state_label.setTextFormat(Qt.TextFormat.PlainText)
        navigation = QHBoxLayout()
        navigation.addWidget(self.previous_button)
        navigation.addWidget(self.today_button)
        navigation.addWidget(self.next_button)
        navigation.addWidget(self.ignore_weekends)
        navigation.addWidget(self.state_label, 1)
        self.trade_button = QPushButton(self.tr("By trade…"), self)
        self.trade_button.setToolTip(self.tr("Availability for work not yet tied to an order"))
        self.trade_button.clicked.connect(self.ask_trade)
        self.handover_button = QPushButton(self.tr("Open in Connect…"), self)
        self.handover_button.setToolTip(self.tr("Book in Totalmobile Connect's own booking screen, in the browser"))
        self.handover_button.clicked.connect(self.ask_handover)
        filters.addWidget(self.trade_button)
        filters.addWidget(self.handover_button)

        # -- the grid and booking -----------------------------------------------------------------------------------
        self.model = SlotGridModel(self)
        self.table = SlotTable(self.model, self)
        self.table.setObjectName("slots-grid")
        self.table.setAccessibleName(self.tr("Slots"))
        self.table.book_requested.connect(self.book_index)
        self.table.selectionModel().currentChanged.connect(lambda *_: self._update_booking())
        self.legend = muted(self.tr("★ Preferred   ✔ Available   ✕ Not available   ·   arrows move, Enter books"),
                            self)
        self.instructions = QLineEdit(self)
        self.instructions.setPlaceholderText(self.tr("Visit instructions (optional)"))
        self.shelve = QCheckBox(self.tr("Shelve"), self)
        self.shelve.setToolTip(self.tr("Create a shelved appointment"))
        self.messaging = QComboBox(self)
        self.messaging.addItem(self.tr("Message the customer"), 0)
        self.messaging.addItem(self.tr("Don't message"), 1)
        self.messaging.addItem(self.tr("Never message"), 2)
        self.book_button = QPushButton(self.tr("Book selected slot"), self)
        self.book_button.clicked.connect(lambda: self.book_index(self.table.currentIndex()))
        self.booking_reason = muted("", self)
        self.booking_reason.setWordWrap(True)
        booking = QHBoxLayout()
        instructions_label = QLabel(self.tr("Instructions:"), self)
        instructions_label.setBuddy(self.instructions)  # names the box for a screen reader
        booking.addWidget(instructions_label)
        booking.addWidget(self.instructions, 1)
        booking.addWidget(self.messaging)
        booking.addWidget(self.shelve)
        booking.addWidget(self.book_button)

        grid_box = QWidget(self)
        grid_layout = QVBoxLayout(grid_box)
        grid_layout.setContentsMargins(0, 0, 0, 0)
        grid_layout.addLayout(navigation)
        grid_layout.addWidget(self.table, 1)
        grid_layout.addLayout(booking)
        grid_layout.addWidget(self.booking_reason)
        grid_layout.addWidget(self.legend)

        # -- bookings --------------------------------------------------------------------------------------------
        self.bookings_title = heading(self.tr("Bookings"), self)
        self.bookings = BookingsModel(self)
        self.bookings_table = QTableView(self)
        self.bookings_table.setObjectName("slots-bookings")
        self.bookings_table.setAccessibleName(self.tr("Bookings"))
        self.bookings_table.setModel(self.bookings)
        self.bookings_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.bookings_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.bookings_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.bookings_table.verticalHeader().setVisible(False)
        self.bookings_table.horizontalHeader().setStretchLastSection(True)
        for column, width in enumerate((90, 180, 130, 130, 160)):
            self.bookings_table.setColumnWidth(column, width)
        self.bookings_table.doubleClicked.connect(self._reappoint_from_bookings)
        self.bookings_source = muted("", self)
        self.cancel_button = QPushButton(self.tr("Cancel order…"), self)
        self.cancel_button.clicked.connect(self.ask_cancel)
        bookings_bar = QHBoxLayout()
        bookings_bar.addWidget(self.bookings_title)
        bookings_bar.addWidget(self.bookings_source, 1)
        bookings_bar.addWidget(self.cancel_button)
        bookings_box = QWidget(self)
        bookings_layout = QVBoxLayout(bookings_box)
        bookings_layout.setContentsMargins(0, 0, 0, 0)
        bookings_layout.addLayout(bookings_bar)
        bookings_layout.addWidget(self.bookings_table, 1)

        self.splitter = splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(grid_box)
        splitter.addWidget(bookings_box)
        splitter.setChildrenCollapsible(False)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addLayout(form)
        layout.addLayout(filters)
        layout.addWidget(splitter, 1)
        self.ignore_weekends.toggled.connect(self._apply_weekends)
        self._show_state()
        self._update_booking()

    # -- what the window calls ------------------------------------------------------------------------------------
    def arrangement(self) -> dict[str, QWidget]:
        """Kept between sessions (ui.window_state): the bookings' column widths and sort, the splitter's sizes."""
        return {"bookings": self.bookings_table, "splitter": self.splitter}

    def reload(self, limit: int | None = None) -> None:
        """Read the cache on this thread: the known orders, and the last-known grid of the order shown."""
        self._fill_orders()
        self.dirty = False
        if self.order() and self.grid is None:
            query = self.query()
            self._set_grid(self.desk.planner.cached_slots(query) if query else None)

    async def reload_async(self) -> None:
        """Read the cache, then ask Totalmobile for the current order's slots and visits."""
        self._fill_orders()
        self.dirty = False
        if self.order():
            await self.load()

    def pending_tasks(self) -> set[asyncio.Task[Any]]:
        return set(self._tasks)

    # -- inputs ---------------------------------------------------------------------------------------------------
    def _fill_orders(self) -> None:
        typed = self.order()
        names = {row["order_number"]: row["customer_name"] for row in self.desk.planner.orders()}
        orders = self.desk.planner.order_numbers()
        self.order_box.blockSignals(True)
        self.order_box.clear()
        for number in orders:
            self.order_box.addItem(f"{number} — {names[number]}" if names.get(number) else number, number)
        if typed:
            self.order_box.setEditText(typed)
        elif orders:
            self.order_box.setCurrentIndex(0)
        self.order_box.blockSignals(False)

    def order(self) -> str:
        text = self.order_box.currentText().strip()
        index = self.order_box.findText(text)
        data = self.order_box.itemData(index) if index >= 0 else None
        return str(data) if data else text.split(" — ", 1)[0].strip()

    def set_order(self, number: str) -> None:
        self.order_box.setEditText(number)

    def query(self) -> SlotQuery | None:
        order = self.order()
        if not order:
            return None
        day = self.date_edit.date().toPython()
        assert isinstance(day, dt.date)
        return SlotQuery(order, day.isoformat(), self.weeks.value(), self.ignore_weekends.isChecked(),
                         self.resource.text().strip() or None, self.visit.text().strip() or None)

    def move_weeks(self, weeks: int) -> None:
        self.date_edit.setDate(self.date_edit.date().addDays(7 * weeks))
        self.show_slots()

    def this_week(self) -> None:
        self.date_edit.setDate(QDate.currentDate())
        self.show_slots()

    # -- loading ----------------------------------------------------------------------------------------------------
    def show_slots(self) -> None:
        if not self.order():
            self.state_label.setText(self.tr("Type or choose a sales order's primary order number."))
            return
        self._in_background(self.load())

    def _in_background(self, coroutine: Any) -> None:
        task = asyncio.ensure_future(coroutine)
        self._tasks.add(task)  # a strong reference until it is done (qasync issue #98)
        task.add_done_callback(self._tasks.discard)

    async def load(self) -> None:
        """The current query's slots (live, else stale from the cache) and the order's visits."""
        query = self.query()
        if query is None:
            return
        self.trade = None

        self.state_label.setText(self.tr("Asking Totalmobile for the slots of {order}…").format(order=query.order))
        with error_boundary(self, self.tr("Reading the slots")):
            try:
                grid = await self.desk.planner.slots(query)
            except RejectedError as exc:
                self._set_grid(None)
                self.state_label.setText(self.tr("Totalmobile refused: {error}").format(error=problem_text(exc)))
                return
            except VendorError as exc:
                self._set_grid(None)
                self.state_label.setText(self.tr("Totalmobile cannot be reached and no slots of {order} are "
                                                 "cached: {error}").format(order=query.order, error=problem_text(exc)))
                return
            self._set_grid(grid)
            await self.load_bookings(query.order)
            if self.desk.planner.order(query.order) is None:  # cache it (its customer, its contract to cancel)
                row, _source = await self.desk.planner.fetch_order(query.order)
                if row is not None:
                    self._fill_orders()

    async def load_bookings(self, order: str) -> None:
        try:
            visits, source = await self.desk.planner.bookings(order=order)
        except VendorError as exc:
            self.bookings_source.setText(self.tr("Bookings cannot be read: {error}").format(error=problem_text(exc)))
            return
        self.bookings.set_visits(visits)
        self.bookings_title.setText(self.tr("Bookings of {order}").format(order=order))
        self.bookings_source.setText("" if source != "cache" else
                                     self.tr("(cached: Totalmobile cannot be reached)"))

    def _set_grid(self, grid: SlotGrid | None) -> None:
        current = self.table.currentIndex()
        self.grid = grid
        self.model.set_grid(grid)
        self._apply_weekends()
        if grid is not None and self.model.rowCount() and self.model.columnCount():
            row = current.row() if 0 <= current.row() < self.model.rowCount() else 0
            column = current.column() if 0 <= current.column() < self.model.columnCount() else self._first_bookable()
            self.table.setCurrentIndex(self.model.index(row, column))
        self._show_state()
        self._update_booking()

    def _first_bookable(self) -> int:
        for column in range(self.model.columnCount()):
            if not self.table.isColumnHidden(column) and any(
                    (s := self.model.slot(self.model.index(r, column))) is not None and s.bookable
                    for r in range(self.model.rowCount())):
                return column
        return 0

    def _apply_weekends(self) -> None:
        hide = self.ignore_weekends.isChecked()
        for column in range(self.model.columnCount()):
            self.table.setColumnHidden(column, hide and self.model.day(column).weekday() >= 5)

    def _show_state(self) -> None:
        grid = self.grid
        if grid is None:
            if not self.state_label.text():
                self.state_label.setText(self.tr("Choose a sales order and press Show slots."))
            return
        when = _local_time(grid.fetched_at)
        if self.trade is not None:
            self.state_label.setText(self.tr("Availability by trade for {postcode} at {time}.").format(
                postcode=self.trade["postcode"], time=when))
        elif grid.stale:
            self.state_label.setText(self.tr("⚠ Offline: last-known availability from {time} ({reason}).").format(
                time=when, reason=grid.reason or self.tr("Totalmobile cannot be reached")))
        else:
            self.state_label.setText(self.tr("Availability of {order} from Totalmobile at {time}.").format(
                order=grid.order, time=when))

    def booking_blocked(self) -> str | None:
        """Why booking is not possible now, in words; None when it is."""
        if self.grid is None:
            return self.tr("Show the slots of an order first.")
        if self.trade is not None:
            return self.tr("Availability by trade: create the sales order to book one of these slots.")
        if self.grid.stale:
            return self.tr("Booking needs a live answer from Totalmobile; this availability is from {time}. "
                           "Press Show slots when back online.").format(time=_local_time(self.grid.fetched_at))
        slot = self.model.slot(self.table.currentIndex())
        if slot is None:
            return self.tr("Choose a slot in the grid.")
        if not slot.bookable:
            return self.tr("This slot is not available.")
        return None

    def _update_booking(self) -> None:
        reason = self.booking_blocked()
        self.book_button.setEnabled(reason is None)
        self.book_button.setToolTip(reason or "")
        self.booking_reason.setText(reason or "")
        say_as_problem(self.booking_reason, False)  # a hint, muted; a refusal is said as a problem (_not_booked)

    def _not_booked(self, text: str) -> None:
        """Why the last booking was refused, under the booking row in the error colour, until the next change."""
        self.booking_reason.setText(text)
        say_as_problem(self.booking_reason)

    # -- booking ----------------------------------------------------------------------------------------------------
    def book_index(self, index: QModelIndex) -> None:
        if index.isValid():
            self.table.setCurrentIndex(index)
        self._update_booking()
        if self.booking_blocked() is not None:
            return
        date, window_id, _status = self.model.data(self.table.currentIndex(), SlotRole)
        self._in_background(self.book(date, window_id))

    async def book(self, date: str, window_id: int) -> None:
        order = self.order()
        visit = self.visit.text().strip() or None
        self.book_button.setEnabled(False)
        self.booking_reason.setText(self.tr("Booking…"))
        say_as_problem(self.booking_reason, False)
        with error_boundary(self, self.tr("Booking")):
            try:
                booked = await self.desk.planner.book(order, date, window_id, visit=visit,
                                                      instructions=self.instructions.text().strip() or None,
                                                      messaging=self.messaging.currentData(),
                                                      shelve=self.shelve.isChecked())
            except BodyValidationError as exc:
                self._show_booking_problems(exc.errors)
                return
            except SlotTakenError as exc:
                self._set_grid(self.desk.planner.cached_slots(self.query()) if self.query() else None)  # type: ignore[arg-type]
                # Connect's 400: most often someone else took the slot meanwhile; its words say why.
                self.state_label.setText(self.tr("✕ Not booked: {error} The slot is shown as taken and the slots "
                                                 "are read again.").format(error=problem_text(exc)))
                await self._reload_after_refusal()
                return
            except OfflineError as exc:
                query = self.query()
                stale = self.desk.planner.cached_slots(query) if query else None
                if stale is not None:
                    from dataclasses import replace

                    self._set_grid(replace(stale, reason=problem_text(exc)))
                self._not_booked(self.tr("Not booked: Totalmobile cannot be reached ({error}).").format(
                    error=problem_text(exc)))
                return
            except VendorError as exc:
                show_message(self, self.tr("Booking"), self.tr("Not booked: {error}").format(error=problem_text(exc)))
                self._update_booking()
                return
            self.instructions.clear()
            self.visit.clear()
            self.shelve.setChecked(False)
            await self.load()
            self.state_label.setText(self.tr("✔ Booked visit {visit} on {date}.").format(visit=booked.visit_id,
                                                                                        date=date))

    def _show_booking_problems(self, problems: list[FieldError]) -> None:
        """What the booking check found wrong, below the booking row, each after the caption of the field the user
        typed it in; focus on that field (nothing typed is cleared)."""
        fields: dict[str, tuple[str, QWidget]] = {
            "VisitInstructions": (self.tr("Instructions:"), self.instructions),
            "VisitExternalId": (self.tr("Re-appoint visit:"), self.visit),
            "PrimaryOrderNumber": (self.tr("Order:"), self.order_box)}
        lines = [f"{fields[p.path][0] if p.path in fields else p.path + ':'} {field_problem(p)}" for p in problems]
        self._update_booking()
        self._not_booked(self.tr("Not booked: {error}").format(error="\n".join(lines)))
        editor = next((fields[p.path][1] for p in problems if p.path in fields), None)
        if editor is not None:
            editor.setFocus(Qt.FocusReason.OtherFocusReason)

    async def _reload_after_refusal(self) -> None:
        query = self.query()
        if query is None:
            return
        message = self.state_label.text()

        try:
            self._set_grid(await self.desk.planner.slots(query))
        except VendorError:
            return
        self.state_label.setText(message)

    def _reappoint_from_bookings(self, index: QModelIndex) -> None:
        if 0 <= index.row() < len(self.bookings.visits):
            self.visit.setText(self.bookings.visits[index.row()].visit_id)
            self.show_slots()

    # -- availability by trade, hand-over to Connect ------------------------------------------------------------------
    def ask_trade(self) -> TradeDialog:
        dialog = TradeDialog(self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._in_background(self.load_trade(dialog.values())))
        dialog.open()
        return dialog

    async def load_trade(self, values: dict[str, Any]) -> None:
        day = self.date_edit.date().toPython()
        assert isinstance(day, dt.date)
        self.state_label.setText(self.tr("Asking Totalmobile for availability by trade…"))
        with error_boundary(self, self.tr("Reading the slots")):
            try:
                grid = await self.desk.planner.slots_by_trade(values["postcode"], skills=values["skills"],
                                                              date=day.isoformat(), weeks=self.weeks.value(),
                                                              duration=values["duration"],
                                                              target_date=values["target_date"],
                                                              two_to_attend=values["two_to_attend"])
            except (BodyValidationError, VendorError) as exc:
                self.state_label.setText(self.tr("No availability by trade: {error}").format(error=problem_text(exc)))
                return
            self.trade = values
            self._set_grid(grid)
            self.bookings.set_visits([])
            self.bookings_title.setText(self.tr("Bookings"))

    def ask_handover(self) -> QDialog:
        from PySide6.QtWidgets import QInputDialog

        dialog = QInputDialog(self)
        dialog.setWindowTitle(self.tr("Open Totalmobile Connect"))
        dialog.setLabelText(self.tr("Your Connect user name (FieldDesk creates its single sign-in token):"))
        dialog.setTextValue(self._handover_user)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.textValueSelected.connect(lambda text: self._in_background(self.handover(text.strip())))
        dialog.open()
        return dialog

    async def handover(self, username: str) -> None:
        if not username:
            return
        self._handover_user = username
        with error_boundary(self, self.tr("Opening Connect")):
            try:
                url, _token = await self.desk.planner.handover(username)
            except (BodyValidationError, VendorError) as exc:
                show_message(self, self.tr("Open in Connect"), self.tr("Connect cannot be opened: {error}").format(
                    error=problem_text(exc)))
                return
            if not url:
                show_message(self, self.tr("Open in Connect"), self.tr("Totalmobile answered without a link to its "
                                                                       "booking screen."))
                return
            from PySide6.QtCore import QUrl
            from PySide6.QtGui import QDesktopServices

            opener = self.open_url or QDesktopServices.openUrl
            if not opener(QUrl(url)):
                show_message(self, self.tr("Open in Connect"), self.tr("No browser could be started."))
                return
            self.state_label.setText(self.tr("Connect's booking screen was opened in the browser."))

    # -- cancelling ---------------------------------------------------------------------------------------------------
    def ask_cancel(self) -> CancelOrderDialog | None:
        order = self.order()
        if not order:
            return None
        dialog = CancelOrderDialog(order, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._in_background(self.cancel(order, dialog.reason.text().strip(),
                                                                        dialog.description.text().strip())))
        self._cancel_dialog = dialog
        dialog.open()
        return dialog

    async def cancel(self, order: str, reason: str, description: str = "") -> None:
        with error_boundary(self, self.tr("Cancelling the order")):
            try:
                await self.desk.planner.cancel_order(order, reason, description or None)
            except (BodyValidationError, UnknownOrderError, VendorError) as exc:
                show_message(self, self.tr("Cancel order"), self.tr("Not cancelled: {error}").format(
                    error=problem_text(exc)))
                return
            self.changed.emit()
            self.state_label.setText(self.tr("Cancellation of {order} queued; it is sent with the next sync.").format(
                order=order))


def _local_time(stamp: str) -> str:
    try:
        when = dt.datetime.fromisoformat(stamp).astimezone()
    except ValueError:
        return stamp
    return when.strftime("%Y-%m-%d %H:%M")
