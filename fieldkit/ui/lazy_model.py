"""A table model for lists of tens of thousands of records that stays smooth.

It holds only the ordered ids of the current sort and filter (one query in the
service) and reads rows a page at a time when the view paints them, as Anki's
browser table does (qt/aqt/browser/table/model.py). A page is a millisecond's
query on a small set of ids, so it is read synchronously (see AppContext); the
ids themselves come from the runner. Sorting asks the service for a new order
(ORDER BY in SQLite), never sorts rows in Python.
"""

from __future__ import annotations

import logging
from collections import OrderedDict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from fieldkit.errors import FieldKitError
from fieldkit.ui.errors import user_message

log = logging.getLogger(__name__)

# The record id of a row, for views and tests.
ID_ROLE = Qt.ItemDataRole.UserRole + 1
# Rows read in one query: a few screens' worth.
PAGE_SIZE = 100
# Pages kept in memory (least recently used dropped first).
CACHED_PAGES = 50

Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class LazyColumn:
    """A column: `title` is called when the header paints (so it is translated in
    the language in use), `value` turns a row into the cell's text, and `sort`
    names the service's sort key (None: the column cannot be sorted). Long text
    shows whole in a tooltip; numbers align right."""

    title: Callable[[], str]
    value: Callable[[Any], str]
    sort: str | None = None
    tooltip: bool = False
    numeric: bool = False


class LazyTableModel(QAbstractTableModel):
    """Rows are whatever `fetch(ids)` returns (frozen dataclasses from a service),
    matched to their ids by `id_of`; an id the fetch does not return (deleted
    meanwhile) shows as an empty row until the next reload of the ids."""

    # the header asked for another order: (sort key, descending)
    sort_requested = Signal(str, bool)
    # a page could not be read (one sentence for the user)
    fetch_failed = Signal(str)

    def __init__(
        self,
        columns: Sequence[LazyColumn],
        fetch: Callable[[Sequence[str]], Sequence[Any]],
        id_of: Callable[[Any], str],
        parent: Any = None,
    ) -> None:
        super().__init__(parent)
        self._columns = tuple(columns)
        self._fetch = fetch
        self._id_of = id_of
        self._ids: list[str] = []
        self._rows_of_ids: dict[str, int] | None = None
        self._pages: OrderedDict[int, dict[str, Any]] = OrderedDict()
        self.sort_column = 0
        self.sort_order = Qt.SortOrder.AscendingOrder
        self.pages_fetched = 0

    # --- the ids -------------------------------------------------------------

    @property
    def ids(self) -> list[str]:
        return self._ids

    def set_ids(self, ids: Sequence[str]) -> None:
        """Show these records in this order. The same list again only refreshes
        the cells (a write may have changed a name), keeping selection and scroll."""
        ids = list(ids)
        if ids == self._ids:
            self.refresh()
            return
        self.beginResetModel()
        self._ids = ids
        self._rows_of_ids = None
        self._pages.clear()
        self.endResetModel()

    def refresh(self) -> None:
        """Forget the cached rows; the view re-reads the ones it paints."""
        self._pages.clear()
        if self._ids:
            last = self.index(len(self._ids) - 1, len(self._columns) - 1)
            self.dataChanged.emit(self.index(0, 0), last)

    def id_at(self, row: int) -> str | None:
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def row_of(self, record_id: str) -> int | None:
        if self._rows_of_ids is None:
            self._rows_of_ids = {record_id: row for row, record_id in enumerate(self._ids)}
        return self._rows_of_ids.get(record_id)

    def column_of(self, sort: str) -> int | None:
        return next((i for i, c in enumerate(self._columns) if c.sort == sort), None)

    # --- the rows ------------------------------------------------------------

    def row_at(self, row: int) -> Any | None:
        """The service's row for `row`, reading its page if it is not cached."""
        record_id = self.id_at(row)
        if record_id is None:
            return None
        number = row // PAGE_SIZE
        page = self._pages.get(number)
        if page is None:
            page = self._read_page(number)
        else:
            self._pages.move_to_end(number)
        return page.get(record_id)

    def _read_page(self, number: int) -> dict[str, Any]:
        ids = self._ids[number * PAGE_SIZE : (number + 1) * PAGE_SIZE]
        try:
            rows = self._fetch(ids)
        except FieldKitError as error:
            log.warning("could not read a page of rows: %s", error)
            self.fetch_failed.emit(user_message(error))
            rows = []
        page = {self._id_of(row): row for row in rows}
        self.pages_fetched += 1
        self._pages[number] = page
        while len(self._pages) > CACHED_PAGES:
            self._pages.popitem(last=False)
        return page

    # --- QAbstractTableModel -------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._ids):
            return None
        if role == ID_ROLE:
            return self._ids[index.row()]
        column = self._columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole or (
            role == Qt.ItemDataRole.ToolTipRole and column.tooltip
        ):
            row = self.row_at(index.row())
            return "" if row is None else column.value(row)
        if role == Qt.ItemDataRole.TextAlignmentRole and column.numeric:
            return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(self._columns)
        ):
            return self._columns[section].title()
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """A header click: ask for the ids in the new order (the view re-queries)."""
        if not 0 <= column < len(self._columns):
            return
        key = self._columns[column].sort
        if key is None:
            return
        self.sort_column, self.sort_order = column, order
        self.sort_requested.emit(key, order == Qt.SortOrder.DescendingOrder)

    @property
    def sort_key(self) -> str:
        return self._columns[self.sort_column].sort or ""

    @property
    def descending(self) -> bool:
        return self.sort_order == Qt.SortOrder.DescendingOrder
