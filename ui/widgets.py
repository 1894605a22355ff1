"""Small widgets the panes share."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

import shiboken6
from PySide6.QtCore import QEvent, QItemSelectionModel, QModelIndex, QPersistentModelIndex, QPoint, Qt, QTimer
from PySide6.QtGui import QAction, QColor, QFont, QKeyEvent, QPalette, QShowEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QDialog,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QStyledItemDelegate,
    QTableView,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from ui.models.base import DISPLAY, TOOLTIP, LocalIdRole, SqlTableModel
from ui.models.memory import FilteredTableModel

if TYPE_CHECKING:
    from PySide6.QtGui import QHelpEvent
    from PySide6.QtWidgets import QMessageBox, QStyleOptionViewItem

RecordModel = SqlTableModel | FilteredTableModel

#: RecordTable.fit_columns: how much wider than the view (a share of it) the columns may be to be fitted at first
#: show, and the least width it leaves a column.
MAX_FIT_SHARE = 0.15
MIN_FIT_WIDTH = 60

#: The one colour of a problem (a field's check, a write a vendor refused, a step that failed) and of a warning, on a
#: light window and on a dark one (a system in dark mode): each reads at 4.5:1 or more on its scheme's background.
_ERROR_COLORS = ("#c62828", "#ff8a80")
_WARNING_COLORS = ("#7a5f00", "#e6c34a")
#: How much of the error colour tints the background of a field with a problem.
_INVALID_TINT = 0.1


def dark_scheme() -> bool:
    """Whether the window is dark (light text on a dark background), as the system's colour scheme made it."""
    return QApplication.palette().color(QPalette.ColorRole.Window).lightness() < 128


def error_color() -> str:
    """The colour a problem is said in, readable on the window's background."""
    return _ERROR_COLORS[dark_scheme()]


def warning_color() -> str:
    """The colour a warning (something that may go wrong, not a problem yet) is said in."""
    return _WARNING_COLORS[dark_scheme()]


def invalid_field_style() -> str:
    """The style sheet of an editor whose value has a problem: framed in the error colour, its background (the
    palette's, light or dark) tinted towards it, so its text keeps the palette's contrast."""
    base, tint = QApplication.palette().color(QPalette.ColorRole.Base), QColor(error_color())

    def mix(b: float, t: float) -> float:
        return b + (t - b) * _INVALID_TINT

    mixed = QColor.fromRgbF(mix(base.redF(), tint.redF()), mix(base.greenF(), tint.greenF()),
                            mix(base.blueF(), tint.blueF()))
    return f"border: 1px solid {tint.name()}; border-radius: 3px; background: {mixed.name()};"


class CellDelegate(QStyledItemDelegate):
    """Qt's item delegate, but a cell whose text its column cuts short shows the whole of it as its tooltip (unless
    the model gives the cell a tooltip of its own). Only the tooltip is Python's: painting stays Qt's own."""

    def helpEvent(self, event: QHelpEvent, view: QAbstractItemView, option: QStyleOptionViewItem,
                  index: QModelIndex | QPersistentModelIndex) -> bool:
        if event.type() == QEvent.Type.ToolTip and index.isValid() and index.data(TOOLTIP) is None:
            shown = index.data(DISPLAY)
            if shown is not None and str(shown):
                from PySide6.QtWidgets import QToolTip  # at the first tooltip: the first frame needs none

                cell = view.visualRect(index)
                if self.sizeHint(option, index).width() > cell.width():
                    QToolTip.showText(event.globalPos(), str(shown), view, cell)
                    return True
                QToolTip.hideText()
                return True
        return super().helpEvent(event, view, option, index)


class RecordTable(QTableView):
    """A read-only, row-selecting table sorted by clicking a header (columns the model cannot sort by keep
    the previous sort), cheap at 100,000 rows: fixed row heights, no vertical header.

    Right-clicking the header offers the columns to show or hide (`column_menu`). `hidden`: the columns hidden until
    the user shows them (what the detail beside the list shows anyway), so a list of many columns fits the window;
    `ui.window_state` keeps the user's choice with the widths."""

    def __init__(self, model: RecordModel, widths: Sequence[int] = (), parent: QWidget | None = None, *,
                 hidden: Sequence[int] = ()) -> None:
        super().__init__(parent)
        #: Columns the table never shows (a value its place already says) and the column menu does not offer.
        self._never_shown: set[int] = set()
        self._column_menu: QMenu | None = None
        self._column_actions: dict[int, QAction] = {}
        self._show_all: QAction  # made with the menu
        vertical = self.verticalHeader()
        # Hidden before the model comes: a visible header measures its first and last 100 rows' titles, each a
        # call into Python (800 of them for the clients table).
        vertical.setVisible(False)
        vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vertical.setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.setModel(model)
        self.setItemDelegate(CellDelegate(self))
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.setCornerButtonEnabled(False)
        self.setShowGrid(False)
        self.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        header = self.horizontalHeader()
        header.setStretchLastSection(True)
        header.setHighlightSections(False)
        header.setSectionsMovable(True)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        # At first the order the rows come in (the model's SERVICE_ORDER; by the first column, ascending, for a
        # paged model): the indicator says what the rows show.
        column, descending = getattr(model, "SERVICE_ORDER", (0, False))
        order = Qt.SortOrder.DescendingOrder if descending else Qt.SortOrder.AscendingOrder
        self._sorted = (column, order) if column >= 0 else (0, Qt.SortOrder.AscendingOrder)
        header.setSortIndicatorShown(True)
        header.setSortIndicator(*self._sorted)
        for column, width in enumerate(widths):
            # Never narrower than the column's own title (a translated title may be longer than the English one),
            # measured with the sort indicator shown: a title leaves room for it.
            header.resizeSection(column, max(width, header.sectionSizeHint(column)))
        header.sortIndicatorChanged.connect(self._sort_indicator_changed)
        self.setSortingEnabled(True)
        for column in hidden:
            header.hideSection(column)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._show_column_menu)
        self._fitted = False

    def never_show(self, column: int) -> None:
        """Hide a column for good: not offered in the column menu."""
        self._never_shown.add(column)
        self.setColumnHidden(column, True)

    def column_menu(self) -> QMenu:
        """The column menu as it is now: a check box a column, by title (unchecking hides it; the last column shown
        cannot be hidden), and "Show all columns". One menu a table, brought up to date each time it is asked for."""
        header, model = self.horizontalHeader(), self.model()
        offered = [c for c in range(model.columnCount()) if c not in self._never_shown]
        if self._column_menu is None:
            self._column_menu = QMenu(self)
            self._column_menu.triggered.connect(self._column_chosen)
            self._show_all = QAction(self)  # the table's: the menu's clear() keeps it
        menu = self._column_menu
        if list(self._column_actions) != offered:  # the first time, or another model
            menu.clear()
            self._column_actions = {}
            for column in offered:
                action = self._column_actions[column] = QAction(menu, checkable=True)
                action.setData(column)
                menu.addAction(action)
            menu.addSeparator()
            menu.addAction(self._show_all)
        shown = [c for c in offered if not header.isSectionHidden(c)]
        for column, action in self._column_actions.items():
            action.setText(str(model.headerData(column, Qt.Orientation.Horizontal)))
            action.setChecked(column in shown)
            action.setEnabled(shown != [column])
        self._show_all.setText(self.tr("Show all columns"))
        self._show_all.setEnabled(len(shown) < len(offered))
        return menu

    def _column_chosen(self, action: QAction) -> None:
        if action is self._show_all:
            for column in self._column_actions:
                self.show_column(column, True)
        else:
            self.show_column(action.data(), action.isChecked())

    def show_column(self, column: int, shown: bool) -> None:
        header = self.horizontalHeader()
        header.setSectionHidden(column, not shown)
        if shown and header.sectionSize(column) < header.sectionSizeHint(column):
            header.resizeSection(column, header.sectionSizeHint(column))  # never shown yet: no width of its own

    def _show_column_menu(self, position: QPoint) -> None:
        self.column_menu().popup(self.horizontalHeader().viewport().mapToGlobal(position))

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._fitted:
            self._fitted = True
            # Once the layout has given the view its width; `self` as context: no call after the table is gone.
            QTimer.singleShot(0, self, self.fit_columns)

    def fit_columns(self) -> None:
        """At first show, unless the user's own widths were restored (ui.window_state marks the table "arranged"):
        columns that overflow the view by a little (a title longer in the user's language) give up the difference,
        widest first and never below their title, so no scroll bar shows for a few pixels. A table of many columns
        keeps its widths and scrolls."""
        header = self.horizontalHeader()
        # Not viewport().width(): PySide looks a widget it has not wrapped yet up among every class it has not loaded
        # (~10 ms on the window's first frame); the scroll area's own sizes give the same width.
        # The vertical scroll bar's room is kept whether it shows yet or not: rows read after this (a pane reads them
        # after the first frame) bring it, and it would push the columns over by its width.
        bar = self.verticalScrollBar()
        never = self.verticalScrollBarPolicy() == Qt.ScrollBarPolicy.ScrollBarAlwaysOff
        room = self.maximumViewportSize().width() - (0 if never else bar.sizeHint().width())
        shown = [c for c in range(header.count()) if not header.isSectionHidden(c)]
        if self.property("arranged") or room <= 0 or len(shown) < 2:
            return
        last = shown[-1]  # it stretches, but never below the width it was given
        sizes = {c: header.sectionSize(c) for c in shown[:-1]}
        overflow = sum(sizes.values()) + max(header.sectionSize(last), header.sectionSizeHint(last)) - room
        if overflow <= 0 or overflow > room * MAX_FIT_SHARE:
            return
        for column in sorted(sizes, key=lambda c: -sizes[c]):
            give = min(overflow, sizes[column] - max(header.sectionSizeHint(column), MIN_FIT_WIDTH))
            if give > 0:
                header.resizeSection(column, sizes[column] - give)
                overflow -= give
            if overflow <= 0:
                break

    def _sort_indicator_changed(self, column: int, order: Qt.SortOrder) -> None:
        if self.record_model().is_sortable(column):
            self._sorted = (column, order)
        else:  # the model ignores it: show the sort that holds
            header = self.horizontalHeader()
            header.blockSignals(True)
            header.setSortIndicator(*self._sorted)
            header.blockSignals(False)

    def record_model(self) -> Any:
        model = self.model()
        assert isinstance(model, SqlTableModel | FilteredTableModel)
        return model

    def selected_id(self) -> object | None:
        rows = self.selectionModel().selectedRows()
        return rows[0].data(LocalIdRole) if rows else None

    def select_id(self, local_id: object) -> bool:
        """Select and show the row of this record; False when it is not shown (filtered out or gone)."""
        row = self.record_model().row_of(local_id)
        if row < 0:
            return False
        self.select_row(row)
        return True

    def select_row(self, row: int) -> None:
        index = self.model().index(row, 0)
        flags = (QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
                 | QItemSelectionModel.SelectionFlag.Current)
        self.selectionModel().setCurrentIndex(index, flags)
        self.scrollTo(index, QAbstractItemView.ScrollHint.EnsureVisible)

    def current_row_index(self) -> QModelIndex:
        rows = self.selectionModel().selectedRows()
        return rows[0] if rows else QModelIndex()


class FilterEdit(QLineEdit):
    """A list's filter box, named "filter" (Ctrl+F finds it, MainWindow.focus_filter). Down, Page Down or Enter go on
    to the list (`table`), its first row selected when none is; Escape clears the filter."""

    GO_TO_LIST = frozenset({Qt.Key.Key_Down, Qt.Key.Key_PageDown, Qt.Key.Key_Return, Qt.Key.Key_Enter})

    def __init__(self, placeholder: str, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("filter")
        self.setPlaceholderText(placeholder)
        self.setAccessibleName(placeholder)  # a screen reader says the name, not the placeholder
        self.setClearButtonEnabled(True)
        #: The list it filters (set once the list is made).
        self.table: RecordTable | None = None

    def keyPressEvent(self, event: QKeyEvent) -> None:
        table = self.table
        if event.key() in self.GO_TO_LIST and table is not None and table.model().rowCount() > 0:
            if not table.selectionModel().hasSelection():
                table.select_row(0)
            table.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        if event.key() == Qt.Key.Key_Escape and self.text():
            self.clear()
            return
        super().keyPressEvent(event)


def heading(text: str, parent: QWidget | None = None) -> QLabel:
    """A bold section title."""
    label = QLabel(text, parent)
    font = QFont(label.font())
    font.setBold(True)
    font.setPointSizeF(font.pointSizeF() * 1.15)
    label.setFont(font)
    return label


def muted(text: str = "", parent: QWidget | None = None) -> QLabel:
    """A secondary line (counts, hints) in the palette's placeholder colour."""
    label = QLabel(text, parent)
    label.setForegroundRole(label.foregroundRole())
    palette = label.palette()
    palette.setColor(label.foregroundRole(), palette.color(palette.ColorRole.PlaceholderText))
    label.setPalette(palette)
    return label


def follow_scheme(top: QWidget) -> None:
    """Colour anew `top` and what under it takes its colour from the scheme: any widget with a `follow_scheme`
    method (problem lines, fields with a problem, the window's status), and labels `say_as_problem` coloured. A
    style sheet's colours are fixed when it is set, and a widget styled by one is not told when the application's
    palette changes: its window is (`QEvent.PaletteChange`), and calls this."""
    for widget in (top, *top.findChildren(QWidget)):
        restyle = getattr(widget, "follow_scheme", None)
        if callable(restyle):
            restyle()
        elif widget.property("problem"):
            widget.setStyleSheet(f"color: {error_color()};")


def say_as_problem(label: QLabel, problem: bool = True) -> None:
    """Show `label`'s text in the error colour (or the palette's again); `follow_scheme` keeps it readable."""
    label.setProperty("problem", problem)
    label.setStyleSheet(f"color: {error_color()};" if problem else "")


class ProblemLabel(QLabel):
    """A problem line in `error_color()` at 9 pt (`follow_scheme` colours it anew)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.follow_scheme()

    def follow_scheme(self) -> None:
        self.setStyleSheet(f"color: {error_color()}; font-size: 9pt;")


def problem_label(parent: QWidget | None = None, name: str = "") -> QLabel:
    """A problem line (`ProblemLabel`), hidden until it says something, word-wrapped; named f"error-{name}" when
    `name` is given (tests find it by that name)."""
    label = ProblemLabel(parent)
    if name:
        label.setObjectName(f"error-{name}")
    label.setWordWrap(True)
    label.hide()
    return label


def with_problem(parent: QWidget, widget: QWidget, name: str = "", hint: str = "", *,
                 label: str = "") -> tuple[QWidget, QLabel]:
    """`widget` with its muted `hint` (when there is one) and its hidden problem line (`problem_label(name)`)
    underneath, in one box for a form row; returns the box and the problem line. `label`: the row's label, which
    names the widget for a screen reader (the form's label names the box, which a screen reader never reaches)."""
    box = QWidget(parent)
    box.setFocusProxy(widget)  # the row's label gives its focus (and a click on it) to the widget
    if label:
        widget.setAccessibleName(label.replace("&", "").rstrip(":"))
    column = QVBoxLayout(box)
    column.setContentsMargins(0, 0, 0, 0)
    column.setSpacing(2)
    column.addWidget(widget)
    if hint:
        note = muted(hint, box)
        note.setWordWrap(True)
        column.addWidget(note)
    problem = problem_label(box, name)
    column.addWidget(problem)
    return box, problem


def grow_to_fit(dialog: QWidget) -> None:
    """Make room for problem lines that just appeared (never shrinks what the user enlarged)."""
    wanted = dialog.sizeHint().height()
    if dialog.isVisible() and dialog.height() < wanted:
        dialog.resize(dialog.width(), wanted)


def ask_to_delete(parent: QWidget, title: str, text: str, delete: Callable[[], None]) -> QMessageBox:
    """A Yes / Cancel question, Cancel by default, open without blocking the window; `delete()` runs on Yes."""
    from PySide6.QtWidgets import QMessageBox  # on the first question: the window's start needs none

    box = QMessageBox(QMessageBox.Icon.Question, title, text,
                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel, parent)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.finished.connect(lambda result: delete() if result == QMessageBox.StandardButton.Yes else None)
    box.open()
    return box


def input_state(top: QWidget) -> dict[int, object]:
    """What the user has typed and chosen in the editors under `top`, by editor (its C++ address: Qt reorders
    children as pages are shown, and a Python wrapper may be made anew). A read-only box holds nothing typed."""
    values: dict[int, object] = {}
    for widget in top.findChildren(QWidget):
        if isinstance(widget, QLineEdit):  # a spin box's, a date's and an editable combo box's text too
            value: object = None if widget.isReadOnly() else widget.text()
        elif isinstance(widget, QPlainTextEdit | QTextEdit):
            value = None if widget.isReadOnly() else widget.toPlainText()
        elif isinstance(widget, QComboBox):
            value = widget.currentIndex()
        elif isinstance(widget, QAbstractButton) and widget.isCheckable():
            value = widget.isChecked()
        else:
            continue
        if value is not None:
            values[shiboken6.getCppPointer(widget)[0]] = value
    return values


#: How often an open record form keeps what it holds as its draft, while something in it changes.
DRAFT_INTERVAL_MS = 1000


_UNSET = object()


class GuardedDialog(QDialog):
    """A dialog the user types a record into. Cancel, Escape or the close button ask first when something was typed
    or chosen since it was shown ("Discard" or "Keep editing", the default): a slip of the key loses nothing.

    A form with a `draft_kind`, opened from a window that keeps drafts (its `form_drafts`), keeps what it holds as
    a draft every second while it changes, and when the window closes: a crash, a logout or a power cut loses none
    of it. Opened again for the same record, it shows the draft, with a note and a button to discard it. The draft
    goes when the form is saved (when it closes accepted, or when its opener says so: `saved_by_opener`) or its
    changes are discarded."""

    #: What the form's drafts are filed under ("client", "technician" ...); None: it keeps none.
    draft_kind: str | None = None
    #: The form closes accepted before its record is saved, by whoever opened it, who then calls `forget_draft`.
    saved_by_opener = False

    _shown_with: dict[int, object] | None = None
    _shown_draft: dict[str, Any] | None = None
    _asking: QWidget | None = None
    _drafts: Any = None  # app.services.drafts.DraftService, when the window keeps drafts
    _draft_timer: QTimer | None = None
    _kept: dict[str, Any] | None = None  # the state last kept (or found at the start)
    _has_draft = False
    _banner: QWidget | None = None

    def draft_key(self) -> str:
        """The local id of the record the form edits; '' for a new record."""
        return ""

    def draft_state(self) -> dict[str, Any]:
        """What the form holds, as a JSON object (by default its editors' values: `ui.drafts`)."""
        from ui import drafts

        return drafts.form_state(self)

    def rebase(self, opened: dict[str, Any], typed: dict[str, Any], current: dict[str, Any]) -> dict[str, Any]:
        """The state to restore: what the user changed from `opened` (the form as it opened then) to `typed`, over
        `current` (the form as it opens now). A sync since may have changed what was not typed: that stays as the
        cache has it now, so a save never sends an old value back."""
        merged = dict(current)
        for key, value in typed.items():
            if opened.get(key, _UNSET) != value:
                merged[key] = value
        return merged

    def restore_draft(self, state: dict[str, Any]) -> None:
        """Fill the form from a `draft_state()` (of this build or an older one: what does not fit is left out)."""
        from ui import drafts

        drafts.fill_form(self, state)

    def showEvent(self, event: QShowEvent) -> None:
        if self._shown_with is None:  # filled before it is shown: what it holds then is nothing the user typed
            self._shown_with = input_state(self)
            self._shown_draft = self.draft_state()
            self._start_drafts()
        super().showEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:  # the system's colour scheme changed the application's
            follow_scheme(self)

    def changed(self) -> bool:
        """Whether anything was typed or chosen since the dialog was shown."""
        if self._shown_with is None:
            return False
        return input_state(self) != self._shown_with or self.draft_state() != self._shown_draft

    # -- drafts ---------------------------------------------------------------------------------------------
    def _start_drafts(self) -> None:
        parent = self.parentWidget()
        service = getattr(parent.window(), "form_drafts", None) if parent is not None else None
        if self.draft_kind is None or service is None:
            return
        self._drafts = service
        self._kept = self._shown_draft
        draft = service.find(self.draft_kind, self.draft_key())
        opened, typed = (draft.state.get("opened"), draft.state.get("typed")) if draft is not None else (None, None)
        if isinstance(opened, dict) and isinstance(typed, dict) and self._shown_draft is not None:
            from ui import drafts

            self.restore_draft(self.rebase(opened, typed, self._shown_draft))
            self._kept = self.draft_state()
            self._has_draft = True
            self._banner = drafts.RestoredBanner(draft.saved_at, self)
            self._banner.discard_button.clicked.connect(self.discard_restored)
            drafts.show_banner(self, self._banner)
        timer = QTimer(self)
        timer.setInterval(DRAFT_INTERVAL_MS)
        timer.timeout.connect(self.keep_draft)
        timer.start()
        self._draft_timer = timer

    def keep_draft(self) -> None:
        """Keep what the form holds as its draft, if it changed since last kept (none when nothing was typed)."""
        if self._drafts is None or self.draft_kind is None:
            return
        state = self.draft_state()
        if state == self._kept:
            return
        self._kept = state
        if state != self._shown_draft or input_state(self) != self._shown_with:
            self._drafts.keep(self.draft_kind, self.draft_key(), self.windowTitle(),
                              {"opened": self._shown_draft, "typed": state})
            self._has_draft = True
        elif self._has_draft:  # typed, then undone
            self._drafts.forget(self.draft_kind, self.draft_key())
            self._has_draft = False

    def forget_draft(self) -> None:
        """The record is saved (or its changes discarded): its draft goes, and no more are kept."""
        if self._draft_timer is not None:
            self._draft_timer.stop()
        if self._drafts is not None and self.draft_kind is not None and self._has_draft:
            self._drafts.forget(self.draft_kind, self.draft_key())
        self._drafts = None

    def discard_restored(self) -> None:
        """Show the record as it was saved instead of the restored draft."""
        assert self._shown_draft is not None
        self.restore_draft(self._shown_draft)
        self._shown_with = input_state(self)
        self._shown_draft = self.draft_state()
        if self._banner is not None:
            self._banner.hide()
        self.keep_draft()  # nothing typed now: the draft goes

    def done(self, result: int) -> None:
        if self._drafts is not None and (result != QDialog.DialogCode.Accepted or not self.saved_by_opener):
            self.forget_draft()
        elif self._drafts is not None:
            if self._draft_timer is not None:
                self._draft_timer.stop()
            self.keep_draft()  # kept until the opener has saved it
        super().done(result)

    def reject(self) -> None:
        if self._asking is not None:
            return
        if not self.changed():
            super().reject()
            return
        from PySide6.QtWidgets import QMessageBox  # on the first question: the window's start needs none

        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Discard your changes?"),
                          self.tr("What you typed here has not been saved. Discard it?"), parent=self)
        discard = box.addButton(self.tr("Discard"), QMessageBox.ButtonRole.DestructiveRole)
        keep = box.addButton(self.tr("Keep editing"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(keep)
        box.setEscapeButton(keep)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._asking = box

        def answered() -> None:
            self._asking = None
            if box.clickedButton() is discard:
                QDialog.reject(self)

        box.finished.connect(answered)
        box.open()
