"""What the Contacts and Organisations pages share: a filter field that waits for
a pause in typing, a municipality filter, a lazily filled table that sorts in the
database, and the record's editor beside it, saving as the coordinator types."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QItemSelectionModel, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from fieldkit.services.partners import MunicipalityView, list_municipalities
from fieldkit.ui.context import AppContext
from fieldkit.ui.editing import fill_municipalities
from fieldkit.ui.labels import municipality_label
from fieldkit.ui.lazy_model import LazyColumn, LazyTableModel
from fieldkit.ui.views.base import View

# Quiet time after the last keystroke in the filter field before the list narrows.
FILTER_PAUSE_MS = 200


class DirectoryPage(View):
    """Subclasses name their columns, how ids and rows are read, the editor, and
    what New and Delete do; `kind` is the page's object-name prefix."""

    kind = "records"
    # the list shows the answer to the latest question (the number of records)
    list_shown = Signal(int)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.municipality_names: dict[str, str] = {}
        self._municipality_id: str | None = None
        self._generation = 0
        self._select_after_load: str | None = None

        self.filter_field = QLineEdit()
        self.filter_field.setObjectName(f"{self.kind}-filter")
        self.filter_field.setClearButtonEnabled(True)
        self._filter_timer = QTimer(self)
        self._filter_timer.setSingleShot(True)
        self._filter_timer.setInterval(FILTER_PAUSE_MS)
        self._filter_timer.timeout.connect(self.reload)
        self.filter_field.textChanged.connect(lambda _text: self._filter_timer.start())

        self.municipality_combo = QComboBox()
        self.municipality_combo.setObjectName(f"{self.kind}-municipality")
        self.municipality_combo.setMinimumContentsLength(18)
        self.municipality_combo.currentIndexChanged.connect(self._municipality_chosen)

        self.count_label = QLabel()
        self.count_label.setObjectName(f"{self.kind}-count")
        self.new_button = QPushButton()
        self.new_button.setObjectName(f"{self.kind}-new")
        self.new_button.clicked.connect(self.start_new)
        self.delete_button = QPushButton()
        self.delete_button.setObjectName(f"{self.kind}-delete")
        self.delete_button.clicked.connect(self.delete_current)

        self.model = LazyTableModel(self.columns(), self.fetch_rows, self.row_id, self)
        self.model.sort_requested.connect(lambda _key, _descending: self.reload())
        # Queued: a page is read while the table paints, and a dialog must not
        # open in the middle of a paint.
        self.model.fetch_failed.connect(
            self.ctx.window.show_error, Qt.ConnectionType.QueuedConnection
        )
        self.table = QTableView()
        self.table.setObjectName(f"{self.kind}-table")
        self.table.setModel(self.model)
        self._set_up_table()
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)

        self.editor = self.make_editor()
        self.editor.created.connect(self._created)

        bar = QHBoxLayout()
        bar.addWidget(self.filter_field, 2)
        for widget in (self.municipality_combo, *self.extra_filters()):
            bar.addWidget(widget, 1)
        bar.addWidget(self.count_label)
        bar.addStretch(0)
        bar.addWidget(self.new_button)
        bar.addWidget(self.delete_button)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setObjectName(f"{self.kind}-splitter")
        splitter.addWidget(self.table)
        splitter.addWidget(self.editor)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 0)
        splitter.setSizes([900, 420])
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(splitter, 1)
        self.retranslate()
        self._update_buttons()
        self._load_municipalities()

    def _set_up_table(self) -> None:
        table = self.table
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setAlternatingRowColors(True)
        table.setWordWrap(False)
        table.verticalHeader().hide()
        # Fixed row heights: the view never measures rows it does not paint.
        table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 8)
        header = table.horizontalHeader()
        header.setStretchLastSection(True)
        header.setSortIndicatorShown(True)
        header.setSectionsClickable(True)
        for column, width in enumerate(self.column_widths()):
            table.setColumnWidth(column, width)
        header.setSortIndicator(self.model.sort_column, self.model.sort_order)
        header.sortIndicatorChanged.connect(self._sort_indicator_changed)

    def _sort_indicator_changed(self, column: int, order: Qt.SortOrder) -> None:
        model = self.model
        if column == model.sort_column and order == model.sort_order:
            return
        model.sort(column, order)
        header = self.table.horizontalHeader()
        if (column, order) != (model.sort_column, model.sort_order):  # not sortable
            header.blockSignals(True)
            header.setSortIndicator(model.sort_column, model.sort_order)
            header.blockSignals(False)

    # --- for subclasses ------------------------------------------------------

    def retranslate(self) -> None:
        """Set the texts of the shared widgets (subclasses add theirs)."""

    def columns(self) -> list[LazyColumn]:
        raise NotImplementedError

    def column_widths(self) -> list[int]:
        return []

    def fetch_rows(self, ids: Sequence[str]) -> Sequence[Any]:
        raise NotImplementedError

    def row_id(self, row: Any) -> str:
        raise NotImplementedError

    def extra_filters(self) -> list[QWidget]:
        return []

    def ids_job(self) -> Callable[[], list[str]]:
        """A function for the runner returning the ids for the current filters."""
        raise NotImplementedError

    def make_editor(self) -> Any:
        raise NotImplementedError

    def count_text(self, count: int) -> str:
        raise NotImplementedError

    def confirm_delete_text(self) -> str:
        raise NotImplementedError

    def delete_job(self, record_id: str) -> tuple[Callable[[], Any], set[Any]]:
        raise NotImplementedError

    # --- filters and loading -------------------------------------------------

    @property
    def filter_text(self) -> str:
        return self.filter_field.text().strip()

    @property
    def municipality_id(self) -> str | None:
        return self._municipality_id

    def _load_municipalities(self) -> None:
        store = self.ctx.store
        self.ctx.runner.run(
            lambda: list_municipalities(store), on_success=self._show_municipalities
        )

    def _show_municipalities(self, choices: list[MunicipalityView]) -> None:
        self.municipality_names = {c.municipality_id: municipality_label(c) for c in choices}
        fill_municipalities(
            self.municipality_combo, choices, self._municipality_id, self.tr("All municipalities")
        )
        self.editor.set_municipalities(choices)
        self.model.refresh()

    def _municipality_chosen(self, index: int) -> None:
        self._municipality_id = self.municipality_combo.itemData(index)
        self.reload()

    def show_municipality(self, municipality_id: str) -> None:
        self._municipality_id = municipality_id
        combo = self.municipality_combo
        combo.blockSignals(True)
        combo.setCurrentIndex(max(0, combo.findData(municipality_id)))
        combo.blockSignals(False)
        self.reload()

    def clear_filters(self) -> None:
        self._municipality_id = None
        for widget in (self.municipality_combo, *self.extra_filters(), self.filter_field):
            widget.blockSignals(True)
            if isinstance(widget, QComboBox):
                widget.setCurrentIndex(0)
            elif isinstance(widget, QLineEdit):
                widget.clear()
            widget.blockSignals(False)
        self._filter_timer.stop()

    def reload(self) -> None:
        """Ask the service for the ids in the current order and filters; an answer
        overtaken by a newer question is dropped."""
        self._filter_timer.stop()
        self._generation += 1
        generation = self._generation
        self.ctx.runner.run(self.ids_job(), on_success=lambda ids: self._show_ids(generation, ids))

    def on_changed(self, kinds: frozenset[Any]) -> None:
        """A write elsewhere (another page, sync) may have changed the record in
        the editor: it re-reads it unless the coordinator is typing in it."""
        super().on_changed(kinds)
        if kinds & self.shows and self.isVisible():
            self.editor.reload()

    def _show_ids(self, generation: int, ids: list[str]) -> None:
        if generation != self._generation:
            return
        keep = self._select_after_load or self.current_id()
        self._select_after_load = None
        self.model.set_ids(ids)
        self.count_label.setText(self.count_text(len(ids)))
        if keep is not None:
            self.select(keep)
        self._update_buttons()
        self.list_shown.emit(len(ids))

    # --- selection and the editor ---------------------------------------------

    def current_id(self) -> str | None:
        index = self.table.currentIndex()
        return self.model.id_at(index.row()) if index.isValid() else None

    def select(self, record_id: str) -> bool:
        """Select and show a record if the list holds it."""
        row = self.model.row_of(record_id)
        if row is None:
            return False
        index = self.model.index(row, 0)
        self.table.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.table.scrollTo(index, QAbstractItemView.ScrollHint.EnsureVisible)
        return True

    def _current_changed(self, current: Any, _previous: Any) -> None:
        record_id = self.model.id_at(current.row()) if current.isValid() else None
        if record_id is None:
            if not self.editor.is_new:
                self.editor.clear()
        elif record_id != self.editor.record_id:
            self.editor.load(record_id)
        self._update_buttons()

    def open_record(self, record_id: str) -> None:
        """Select and show one record (search, a link from another page); filters
        that hide it are cleared."""
        self.editor.load(record_id)
        if self.select(record_id):
            return
        self._select_after_load = record_id
        self.clear_filters()
        self.reload()

    def _created(self, record_id: str) -> None:
        """A new record was saved: the list reloads (the write said so) and the
        new record is selected in it."""
        self._select_after_load = record_id

    def _update_buttons(self) -> None:
        self.delete_button.setEnabled(self.editor.record_id is not None)

    # --- new and delete ----------------------------------------------------------

    def start_new(self) -> None:
        self.table.selectionModel().clearSelection()
        self.table.setCurrentIndex(self.model.index(-1, -1))
        self.editor.start_new()
        self.editor.preset(self.new_presets())
        self._update_buttons()

    def new_presets(self) -> dict[str, Any]:
        """What a new record takes from the filters in use."""
        return {"municipality_id": self.municipality_id}

    def delete_current(self) -> None:
        record_id = self.editor.record_id
        if record_id is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Delete"),
            self.confirm_delete_text(),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        self.editor.flush()
        work, changes = self.delete_job(record_id)
        self.ctx.runner.run(work, changes=changes, on_success=lambda _: self._deleted(record_id))

    def _deleted(self, record_id: str) -> None:
        if self.editor.record_id == record_id:
            self.editor.clear()
        self._update_buttons()
