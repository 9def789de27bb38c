"""A table of rows held whole: the service's frozen dataclasses, one a row, for
lists of a few thousand at most (meetings, problems, municipalities, a meeting's
people). Longer lists page through lazy_model.LazyTableModel instead."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QWidget

Index = QModelIndex | QPersistentModelIndex
NO_PARENT = QModelIndex()

RowT = TypeVar("RowT")


class RowTableModel(QAbstractTableModel, Generic[RowT]):
    """Subclasses name their columns (`titles`, in column order) and a row's id
    (`row_id`), and answer `data` for a row (`row_at`)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[RowT] = []
        self.editable = False
        self._column_count = len(self.titles())

    # --- for subclasses ------------------------------------------------------

    def titles(self) -> Sequence[str]:
        """The column headers, in column order ("" for a column of buttons)."""
        raise NotImplementedError

    def row_id(self, row: RowT) -> str:
        raise NotImplementedError

    # --- rows --------------------------------------------------------------------

    def set_rows(self, rows: Sequence[RowT], editable: bool = False) -> bool:
        """Show `rows`. The same records in the same order are updated in place, so
        the selection, the scroll position and open editors stay put; returns True
        when the model was reset instead (the selection is gone)."""
        if editable == self.editable and [self.row_id(r) for r in rows] == [
            self.row_id(r) for r in self.rows
        ]:
            self.rows = list(rows)
            if rows:
                last = self.index(len(rows) - 1, self._column_count - 1)
                self.dataChanged.emit(self.index(0, 0), last)
            return False
        self.beginResetModel()
        self.rows = list(rows)
        self.editable = editable
        self.endResetModel()
        return True

    def row_at(self, index: Index) -> RowT | None:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        return self.rows[index.row()]

    def row_of(self, record_id: str) -> int:
        """The row showing `record_id`, or -1."""
        return next((i for i, row in enumerate(self.rows) if self.row_id(row) == record_id), -1)

    # --- QAbstractTableModel ---------------------------------------------------------

    def rowCount(self, parent: Index = NO_PARENT) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = NO_PARENT) -> int:
        return 0 if parent.isValid() else self._column_count

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = self.titles()
        return titles[section] if 0 <= section < len(titles) else None
