"""The Problems page's table: problem summaries as rows, sorted in Python in
Lithuanian alphabetical order (titles, municipalities, categories)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QWidget

from fieldkit.model import ProblemCategory, ProblemStatus
from fieldkit.model.collation import lithuanian_order
from fieldkit.services.problems import ProblemSummary
from fieldkit.ui.labels import category_label, problem_status_label
from fieldkit.ui.row_model import Index, RowTableModel

ID_ROLE = Qt.ItemDataRole.UserRole + 2


class ProblemTableModel(RowTableModel[ProblemSummary]):
    """Problem summaries as rows. A few thousand problems at most, so the whole
    filtered list is held (the filters run in the database) and sorted here, in
    Python, by one key per row: a sorting proxy would call `data` some 70,000
    times to order 4,000 rows."""

    TITLE, MUNICIPALITY, CATEGORY, STATUS, VOTES = range(5)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._sorted_by: tuple[int, Qt.SortOrder] | None = None
        self._short_names: dict[str, str] = {}

    def titles(self) -> tuple[str, ...]:
        return (
            self.tr("Title"),
            self.tr("Municipality"),
            self.tr("Category"),
            self.tr("Status"),
            self.tr("Votes"),
        )

    def row_id(self, row: ProblemSummary) -> str:
        return row.problem_id

    def set_short_names(self, short_names: dict[str, str]) -> None:
        """Municipality id → "Biržų r. sav.", which fits a column."""
        self._short_names = short_names
        if self.rows:
            self.dataChanged.emit(
                self.index(0, self.MUNICIPALITY), self.index(len(self.rows) - 1, self.MUNICIPALITY)
            )

    def set_rows(self, rows: Sequence[ProblemSummary], editable: bool = False) -> bool:
        """Show `rows` in the order chosen in the header (always a reset: the
        rows come from the database in another order)."""
        self.beginResetModel()
        self.rows = list(rows)
        if self._sorted_by is not None:
            self._sort_rows(*self._sorted_by)
        self.endResetModel()
        return True

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = self.row_at(index)
        if row is None:
            return None
        column = index.column()
        if role == ID_ROLE:
            return row.problem_id
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.VOTES:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and column in (self.TITLE, self.MUNICIPALITY):
            return row.title if column == self.TITLE else row.municipality_name
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if column == self.VOTES:
            return QLocale().toString(row.votes)
        if column == self.CATEGORY:
            return category_label(row.category)
        if column == self.STATUS:
            return problem_status_label(row.status)
        if column == self.MUNICIPALITY:
            return self._short_names.get(row.municipality_id, row.municipality_name)
        return row.title

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Called by the view's header; keeps the selection on the same problems."""
        self.layoutAboutToBeChanged.emit()
        before = self.persistentIndexList()
        ids = [self.rows[index.row()].problem_id for index in before]
        self._sort_rows(column, order)
        rows = {row.problem_id: number for number, row in enumerate(self.rows)}
        after = [self.index(rows[i], old.column()) for i, old in zip(ids, before, strict=True)]
        self.changePersistentIndexList(before, after)
        self.layoutChanged.emit()

    def _sort_rows(self, column: int, order: Qt.SortOrder) -> None:
        self._sorted_by = (column, order)
        position = {status: n for n, status in enumerate(ProblemStatus)}
        categories = {c: lithuanian_order(category_label(c)) for c in ProblemCategory}

        def key(row: ProblemSummary) -> Any:
            if column == self.VOTES:
                return row.votes
            if column == self.STATUS:
                return position[row.status]
            if column == self.CATEGORY:
                return categories[row.category]
            if column == self.MUNICIPALITY:
                return lithuanian_order(
                    self._short_names.get(row.municipality_id, row.municipality_name)
                )
            return lithuanian_order(row.title)

        self.rows.sort(key=key, reverse=order == Qt.SortOrder.DescendingOrder)
