"""The Problems page: every community problem recorded, narrowed by municipality,
category and status, with the editor of the chosen one beside the list."""

from __future__ import annotations

import itertools
from dataclasses import dataclass

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from fieldkit.model import ProblemCategory, ProblemStatus
from fieldkit.services import problems
from fieldkit.services.partners import MunicipalityView, list_municipalities
from fieldkit.services.problems import ProblemSummary
from fieldkit.ui.context import AppContext
from fieldkit.ui.editing import fill_municipalities
from fieldkit.ui.labels import category_label, problem_status_label
from fieldkit.ui.ops import Change
from fieldkit.ui.problem_editor import NewProblemDialog, ProblemEditor, fill_enum_combo
from fieldkit.ui.problem_table import ID_ROLE, ProblemTableModel
from fieldkit.ui.views.base import View


@dataclass(frozen=True)
class Filters:
    municipality_id: str | None = None
    category: ProblemCategory | None = None
    status: ProblemStatus | None = None


class ProblemsView(View):
    shows = frozenset({Change.PROBLEMS, Change.MEETINGS, Change.ORGANIZATIONS})

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self._municipalities: list[MunicipalityView] | None = None
        self._wanted_municipality: str | None = None
        self._select_after_load: str | None = None
        self._requests = itertools.count(1)
        self._latest_request = 0
        self._restoring = False

        self.municipality_filter = QComboBox(objectName="filter-municipality")
        self.municipality_filter.addItem(self.tr("All municipalities"), None)
        self.category_filter = QComboBox(objectName="filter-category")
        self.category_filter.addItem(self.tr("All categories"), None)
        fill_enum_combo(self.category_filter, list(ProblemCategory), category_label)
        self.status_filter = QComboBox(objectName="filter-status")
        self.status_filter.addItem(self.tr("All statuses"), None)
        fill_enum_combo(self.status_filter, list(ProblemStatus), problem_status_label)
        for combo in (self.municipality_filter, self.category_filter, self.status_filter):
            combo.currentIndexChanged.connect(self._filters_changed)
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.new_button = QPushButton(self.tr("New problem…"), objectName="new-problem")
        self.new_button.clicked.connect(self.new_problem)
        self.delete_button = QPushButton(self.tr("Delete…"), objectName="delete-problem")
        self.delete_button.clicked.connect(self.delete_problem)
        self.count_label = QLabel(objectName="problems-count")

        self.model = ProblemTableModel(self)
        self.table = QTableView(objectName="problems-table")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(ProblemTableModel.VOTES, Qt.SortOrder.DescendingOrder)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(ProblemTableModel.TITLE, QHeaderView.ResizeMode.Stretch)
        # widths from the vocabularies: fitting columns to their contents reads
        # a thousand rows on every reload
        metrics = self.table.fontMetrics()
        header.resizeSection(ProblemTableModel.MUNICIPALITY, 150)
        header.resizeSection(
            ProblemTableModel.CATEGORY,
            min(
                240, max(metrics.horizontalAdvance(category_label(c)) for c in ProblemCategory) + 16
            ),
        )
        header.resizeSection(
            ProblemTableModel.STATUS,
            max(metrics.horizontalAdvance(problem_status_label(st)) for st in ProblemStatus) + 16,
        )
        header.resizeSection(ProblemTableModel.VOTES, metrics.horizontalAdvance("0000000") + 16)
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)

        self.editor = ProblemEditor(ctx)
        self.editor.shown.connect(lambda _problem_id: self._update_buttons())
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.editor)
        scroll.setMinimumWidth(360)

        filters = QHBoxLayout()
        filters.addWidget(self.municipality_filter, 2)
        filters.addWidget(self.category_filter, 1)
        filters.addWidget(self.status_filter, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.count_label, 1)
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.delete_button)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        heading = self.tr("Problems")
        left_layout.addWidget(QLabel(f"<h2>{heading}</h2>"))
        left_layout.addLayout(filters)
        left_layout.addWidget(self.table, 1)
        left_layout.addLayout(buttons)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(scroll)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        self._update_buttons()

    # --- loading ------------------------------------------------------------------

    def filters(self) -> Filters:
        return Filters(
            self.municipality_filter.currentData(),
            self.category_filter.currentData(),
            self.status_filter.currentData(),
        )

    def reload(self) -> None:
        store = self.ctx.store
        if self._municipalities is None:
            self.ctx.runner.run(
                lambda: list_municipalities(store), on_success=self._show_municipalities
            )
        filters = self.filters()
        request = self._latest_request = next(self._requests)
        self.ctx.runner.run(
            lambda: problems.list_problems(
                store,
                municipality_id=filters.municipality_id,
                category=filters.category,
                status=filters.status,
            ),
            on_success=lambda rows: self._show_rows(request, rows),
        )
        self.editor.refresh()

    def _show_municipalities(self, choices: list[MunicipalityView]) -> None:
        self._municipalities = choices
        self.model.set_short_names({c.municipality_id: c.short_name for c in choices})
        fill_municipalities(
            self.municipality_filter,
            choices,
            self.municipality_filter.currentData(),
            self.tr("All municipalities"),
        )
        if self._wanted_municipality is not None:
            self.show_municipality(self._wanted_municipality)

    def _show_rows(self, request: int, rows: list[ProblemSummary]) -> None:
        if request != self._latest_request:
            return  # a newer question is on its way
        wanted = self._select_after_load or self.editor.problem_id
        self._restoring = True
        try:
            self.model.set_rows(rows)
            found = self._select(wanted) if wanted else False
        finally:
            self._restoring = False
        self.count_label.setText(self.tr("%Ln problem(s)", "", len(rows)))
        pending = self._select_after_load
        if pending is not None and not found and self.filters() != Filters():
            self._clear_filters()  # the record asked for is hidden by a filter
            return
        self._select_after_load = None
        if pending is not None:
            self.editor.show_problem(pending)
        self._update_buttons()

    def _select(self, problem_id: str) -> bool:
        row = self.model.row_of(problem_id)
        if row < 0:
            self.table.clearSelection()
            return False
        index = self.model.index(row, 0)
        self.table.setCurrentIndex(index)
        self.table.scrollTo(index)
        return True

    def _clear_filters(self) -> None:
        for combo in (self.municipality_filter, self.category_filter, self.status_filter):
            combo.blockSignals(True)
            combo.setCurrentIndex(0)
            combo.blockSignals(False)
        self.reload()

    def _filters_changed(self) -> None:
        self.reload()

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if self._restoring:
            return
        self.editor.show_problem(current.data(ID_ROLE) if current.isValid() else None)
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.delete_button.setEnabled(self.editor.problem_id is not None)

    # --- what the window asks -------------------------------------------------------

    def open_record(self, record_id: str) -> None:
        self._select_after_load = record_id
        self.editor.show_problem(record_id)
        if self.model.row_of(record_id) >= 0:
            self._select_after_load = None
            self._restoring = True
            self._select(record_id)
            self._restoring = False
            self._update_buttons()
        else:
            self.reload()

    def show_municipality(self, municipality_id: str) -> None:
        if self._municipalities is None:
            self._wanted_municipality = municipality_id  # applied once the list is in
            return
        self._wanted_municipality = None
        index = self.municipality_filter.findData(municipality_id)
        if index >= 0 and index != self.municipality_filter.currentIndex():
            self.municipality_filter.setCurrentIndex(index)  # re-queries

    # --- new and delete ---------------------------------------------------------------

    def new_problem(self) -> None:
        """A problem needs a municipality: the filtered one is offered first."""
        dialog = NewProblemDialog(
            self._municipalities or [], self.municipality_filter.currentData(), self
        )
        dialog.accepted.connect(lambda: self._create(*dialog.values()))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def _create(self, municipality_id: str, title: str, category: ProblemCategory) -> None:
        store = self.ctx.store
        self.ctx.runner.run(
            lambda: problems.create_problem(
                store, municipality_id=municipality_id, title=title, category=category
            ),
            on_success=self._created,
            changes={Change.PROBLEMS},
        )

    def _created(self, problem_id: str) -> None:
        self.open_record(problem_id)
        self.editor.description.setFocus()

    def delete_problem(self) -> None:
        detail = self.editor.detail
        if detail is None:
            return
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Delete problem"),
            self.tr("Delete the problem “{title}” with its ideas and partners?").format(
                title=detail.summary.title
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            self,
        )
        box.setObjectName("confirm-delete-problem")
        box.setDefaultButton(QMessageBox.StandardButton.No)
        problem_id = detail.summary.problem_id
        box.buttonClicked.connect(
            lambda button: (
                box.standardButton(button) == QMessageBox.StandardButton.Yes
                and self._delete(problem_id)
            )
        )
        box.finished.connect(box.deleteLater)
        box.open()

    def _delete(self, problem_id: str) -> None:
        store = self.ctx.store
        if self.editor.problem_id == problem_id:
            self.editor.show_problem(None)
        self.ctx.runner.run(
            lambda: problems.delete_problem(store, problem_id), changes={Change.PROBLEMS}
        )
