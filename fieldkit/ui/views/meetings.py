"""The Meetings page: the meetings held and planned, newest first, narrowed to one
municipality if asked, with the chosen meeting open for editing beside the list."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import (
    QDate,
    QDateTime,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTime,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from fieldkit.model import MeetingStatus
from fieldkit.services import meetings
from fieldkit.services.meetings import MeetingSummary
from fieldkit.services.partners import MunicipalityView, list_municipalities
from fieldkit.ui.context import AppContext
from fieldkit.ui.editing import MEETING_CHANGES, fill_municipalities, select_data
from fieldkit.ui.meeting_editor import MeetingEditor
from fieldkit.ui.ops import Change
from fieldkit.ui.row_model import RowTableModel
from fieldkit.ui.views.base import View

ID_ROLE = Qt.ItemDataRole.UserRole + 1
AnyIndex = QModelIndex | QPersistentModelIndex

# A new meeting starts at this hour tomorrow unless the coordinator says otherwise.
NEW_MEETING_HOUR = 10


class MeetingTableModel(RowTableModel[MeetingSummary]):
    """Meeting summaries as rows. Even the largest team holds a few thousand
    meetings, so the whole (filtered) list is kept; a refresh with the same rows in
    the same order changes cells in place, keeping the selection and the scroll."""

    DATE, MUNICIPALITY, TITLE, STATUS = range(4)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._short_names: dict[str, str] = {}

    def titles(self) -> tuple[str, ...]:
        return (self.tr("Date"), self.tr("Municipality"), self.tr("Title"), self.tr("Minutes"))

    def row_id(self, row: MeetingSummary) -> str:
        return row.meeting_id

    def set_short_names(self, short_names: dict[str, str]) -> None:
        """Short municipality names ("Biržų r. sav.") leave the title room to read."""
        self._short_names = short_names
        if self.rows:
            column = self.MUNICIPALITY
            self.dataChanged.emit(self.index(0, column), self.index(len(self.rows) - 1, column))

    def meeting_id(self, row: int) -> str:
        return self.rows[row].meeting_id

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = self.row_at(index)
        if row is None:
            return None
        column = index.column()
        if role == ID_ROLE:
            return row.meeting_id
        if role == Qt.ItemDataRole.ToolTipRole and column in (self.TITLE, self.MUNICIPALITY):
            return row.title if column == self.TITLE else row.municipality_name
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if column == self.DATE:
            return QLocale().toString(QDateTime(row.starts_at), QLocale.FormatType.ShortFormat)
        if column == self.MUNICIPALITY:
            return self._short_names.get(row.municipality_id, row.municipality_name)
        if column == self.TITLE:
            return row.title
        if row.status == MeetingStatus.FINAL:
            return self.tr("No. {number}").format(number=QLocale().toString(row.number or 0))
        return self.tr("Draft")


class MeetingsView(View):
    shows = frozenset({Change.MEETINGS, Change.CONTACTS, Change.PROBLEMS, Change.LIBRARIES})

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self._wanted_municipality: str | None = None
        self._select_after_load: str | None = None
        self._restoring = False

        self.municipality_filter = QComboBox()
        self.municipality_filter.setObjectName("meetings-municipality-filter")
        self.municipality_filter.addItem(self.tr("All municipalities"), None)
        self.municipality_filter.currentIndexChanged.connect(lambda _i: self._reload_list())
        self.new_button = QPushButton(self.tr("New meeting"))
        self.new_button.setObjectName("new-meeting")
        self.new_button.clicked.connect(self.new_meeting)
        self.count = QLabel()
        self.count.setObjectName("meetings-count")

        self.model = MeetingTableModel(self)
        self.table = QTableView()
        self.table.setObjectName("meetings-table")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        # Widths from the font, not from the rows: sizing columns to their contents
        # reads every cell of every meeting (tens of thousands of data() calls).
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(MeetingTableModel.TITLE, QHeaderView.ResizeMode.Stretch)
        metrics = self.table.fontMetrics()
        sample_date = QLocale().toString(
            QDateTime(QDate(2026, 12, 28), QTime(23, 59)), QLocale.FormatType.ShortFormat
        )
        header.resizeSection(MeetingTableModel.DATE, metrics.horizontalAdvance(sample_date) + 16)
        header.resizeSection(MeetingTableModel.MUNICIPALITY, 130)
        header.resizeSection(MeetingTableModel.STATUS, metrics.horizontalAdvance("0") * 9 + 16)
        rows = self.table.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(metrics.height() + 10)
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)

        self.editor = MeetingEditor(ctx)
        self.editor.closed.connect(self._editor_closed)
        self.placeholder = QLabel(
            self.tr("Choose a meeting on the left, or plan a new one with “New meeting”.")
        )
        self.placeholder.setObjectName("meetings-placeholder")
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setWordWrap(True)
        self.right = QStackedWidget()
        self.right.addWidget(self.placeholder)
        self.right.addWidget(self.editor)

        tools = QHBoxLayout()
        tools.addWidget(self.municipality_filter, 1)
        tools.addWidget(self.new_button)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        heading = self.tr("Meetings")
        left_layout.addWidget(QLabel(f"<h2>{heading}</h2>"))
        left_layout.addLayout(tools)
        left_layout.addWidget(self.table, 1)
        left_layout.addWidget(self.count)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setObjectName("meetings-splitter")
        splitter.addWidget(left)
        splitter.addWidget(self.right)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([640, 760])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

        store = ctx.store
        ctx.runner.run(lambda: list_municipalities(store), on_success=self._set_municipalities)

    # --- the list ------------------------------------------------------------------

    def _set_municipalities(self, municipalities: list[MunicipalityView]) -> None:
        fill_municipalities(
            self.municipality_filter,
            municipalities,
            self.municipality_filter.currentData(),
            self.tr("All municipalities"),
        )
        self.editor.set_municipalities(municipalities)
        self.model.set_short_names({m.municipality_id: m.short_name for m in municipalities})
        if self._wanted_municipality is not None:
            self.show_municipality(self._wanted_municipality)

    def municipality_id(self) -> str | None:
        data = self.municipality_filter.currentData()
        return str(data) if data else None

    def reload(self) -> None:
        self._reload_list()
        self.editor.refresh()

    def _reload_list(self) -> None:
        store, municipality_id = self.ctx.store, self.municipality_id()
        self.ctx.runner.run(
            lambda: meetings.list_meetings(store, municipality_id),
            on_success=lambda rows: self._show_rows(municipality_id, rows),
        )

    def _show_rows(self, municipality_id: str | None, rows: list[MeetingSummary]) -> None:
        if municipality_id != self.municipality_id():
            return  # the filter changed again; that list is on its way
        wanted = self._select_after_load
        if wanted and municipality_id and all(r.meeting_id != wanted for r in rows):
            self.municipality_filter.setCurrentIndex(0)  # it is elsewhere: show all
            return
        self._select_after_load = None
        self.count.setText(self.tr("%n meeting(s)", "", len(rows)))
        if self.model.set_rows(rows) or wanted:
            self._select(wanted or self.editor.meeting_id)

    def _select(self, meeting_id: str | None) -> None:
        """Select a meeting's row without reopening the editor."""
        row = self.model.row_of(meeting_id) if meeting_id else -1
        self._restoring = True
        try:
            if row < 0:
                self.table.clearSelection()
            else:
                self.table.selectRow(row)
                self.table.scrollTo(self.model.index(row, 0))
        finally:
            self._restoring = False

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if self._restoring or not current.isValid():
            return
        self._open(self.model.meeting_id(current.row()))

    def _open(self, meeting_id: str, *, focus_title: bool = False) -> None:
        if meeting_id != self.editor.meeting_id:
            self.editor.load(meeting_id, focus_title=focus_title)
        self.right.setCurrentWidget(self.editor)

    def _editor_closed(self) -> None:
        self.right.setCurrentWidget(self.placeholder)
        self._select(None)

    # --- what others ask of the view ----------------------------------------------------

    def open_record(self, record_id: str, *, focus_title: bool = False) -> None:
        self._open(record_id, focus_title=focus_title)
        if self.model.row_of(record_id) >= 0:
            self._select(record_id)
        else:
            self._select_after_load = record_id
            self._reload_list()

    def show_municipality(self, municipality_id: str) -> None:
        if self.municipality_filter.findData(municipality_id) < 0:
            self._wanted_municipality = municipality_id  # the list is still on its way
            return
        self._wanted_municipality = None
        if self.municipality_filter.currentData() != municipality_id:
            select_data(self.municipality_filter, municipality_id)
            self._reload_list()

    def new_meeting(self) -> None:
        """Plan a meeting at once (there is nothing to save later): in the chosen
        municipality, else the open meeting's, tomorrow morning."""
        municipality_id = self.municipality_id() or (
            self.editor.detail.summary.municipality_id if self.editor.detail else None
        )
        if municipality_id is None:
            municipality_id = self.municipality_filter.itemData(1)
        if municipality_id is None:
            return  # the municipalities are not loaded yet
        starts_at = dt.datetime.combine(
            dt.date.today() + dt.timedelta(days=1), dt.time(NEW_MEETING_HOUR)
        )
        store, title = self.ctx.store, self.tr("Discussion meeting")
        self.editor.edits.flush()
        self.ctx.runner.run(
            lambda: meetings.plan_meeting(
                store, municipality_id=municipality_id, title=title, starts_at=starts_at
            ),
            on_success=self._planned,
            changes=MEETING_CHANGES,
        )

    def _planned(self, meeting_id: str) -> None:
        self.open_record(meeting_id, focus_title=True)
