"""The Municipalities page: the programme at a glance. All 60 municipalities with
how far the work has gone, a chart of the problems recorded by category, and the
chosen municipality's figures with the way through to its meetings and problems."""

from __future__ import annotations

import datetime as dt
import html
from typing import Any

from PySide6.QtCore import (
    QDate,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableView,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from fieldkit.services.overview import (
    MunicipalityDetail,
    MunicipalityFigures,
    Overview,
    municipality_detail,
    municipality_overview,
)
from fieldkit.ui.charts import BarChart, category_bars, sector_bars
from fieldkit.ui.context import AppContext
from fieldkit.ui.ops import Change
from fieldkit.ui.row_model import RowTableModel
from fieldkit.ui.views.base import View

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
ID_ROLE = Qt.ItemDataRole.UserRole + 2
OVERDUE = "#c0392b"  # readable on light and dark backgrounds
AnyIndex = QModelIndex | QPersistentModelIndex


def format_date(day: dt.date | dt.datetime | None) -> str:
    if day is None:
        return ""
    if isinstance(day, dt.datetime):
        day = day.date()
    return QLocale().toString(QDate(day.year, day.month, day.day), QLocale.FormatType.ShortFormat)


class MunicipalityTableModel(RowTableModel[MunicipalityFigures]):
    """The 60 rows of the overview; numbers sort as numbers, dates as dates."""

    NAME, COUNTY, VISITS, LAST_VISIT, PROBLEMS, OPEN_ACTIONS, PARTNERS = range(7)

    def titles(self) -> tuple[str, ...]:
        return (
            self.tr("Municipality"),
            self.tr("County"),
            self.tr("Visits done"),
            self.tr("Last visit"),
            self.tr("Problems"),
            self.tr("Open actions"),
            self.tr("Partners"),
        )

    def row_id(self, row: MunicipalityFigures) -> str:
        return row.municipality_id

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = self.row_at(index)
        if row is None:
            return None
        column = index.column()
        if role == ID_ROLE:
            return row.municipality_id
        if role == Qt.ItemDataRole.TextAlignmentRole and column >= self.VISITS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, column)
        if role not in (Qt.ItemDataRole.DisplayRole, SORT_ROLE):
            return None
        if column == self.NAME:
            return row.short_name
        if column == self.COUNTY:
            return row.county_name
        if column == self.LAST_VISIT:
            if role == SORT_ROLE:
                return row.last_visit.toordinal() if row.last_visit else 0
            return format_date(row.last_visit)
        number = {
            self.VISITS: row.visits_done,
            self.PROBLEMS: row.problems_total,
            self.OPEN_ACTIONS: row.open_action_items,
            self.PARTNERS: row.partners_total,
        }[column]
        return number if role == SORT_ROLE else QLocale().toString(number)

    def _tooltip(self, row: MunicipalityFigures, column: int) -> str | None:
        if column == self.NAME:
            return row.name
        if column == self.LAST_VISIT and row.next_visit is not None:
            return self.tr("Next visit planned for {date}").format(date=format_date(row.next_visit))
        if column == self.OPEN_ACTIONS and row.overdue_action_items:
            return self.tr("%n overdue", "", row.overdue_action_items)
        return None


class MunicipalityDetailPanel(QWidget):
    """One municipality's figures, charts and open action items."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.municipality_id: str | None = None
        self._name: str | None = None
        self.heading = QLabel(objectName="municipality-heading")
        self.heading.setWordWrap(True)
        self.visits = QLabel(objectName="municipality-visits")
        self.last_visit = QLabel(objectName="municipality-last-visit")
        self.next_visit = QLabel(objectName="municipality-next-visit")
        self.last_meeting = QLabel(objectName="municipality-last-meeting")
        self.actions_summary = QLabel(objectName="municipality-open-actions")
        form = QFormLayout()
        form.addRow(self.tr("Visits done:"), self.visits)
        form.addRow(self.tr("Last visit:"), self.last_visit)
        form.addRow(self.tr("Next planned visit:"), self.next_visit)
        form.addRow(self.tr("Last meeting:"), self.last_meeting)
        form.addRow(self.tr("Open action items:"), self.actions_summary)

        self.meetings_button = QPushButton(self.tr("Meetings"), objectName="municipality-meetings")
        self.meetings_button.setToolTip(self.tr("Show this municipality's meetings"))
        self.meetings_button.clicked.connect(lambda: self._go("meetings"))
        self.problems_button = QPushButton(self.tr("Problems"), objectName="municipality-problems")
        self.problems_button.setToolTip(self.tr("Show this municipality's problems"))
        self.problems_button.clicked.connect(lambda: self._go("problems"))
        self.report_button = QPushButton(self.tr("Report"), objectName="municipality-report")
        self.report_button.setToolTip(
            self.tr("Preview this municipality's report, then print or save it")
        )
        self.report_button.clicked.connect(self.preview_report)
        buttons = QHBoxLayout()
        buttons.addWidget(self.meetings_button)
        buttons.addWidget(self.problems_button)
        buttons.addWidget(self.report_button)
        buttons.addStretch(1)

        self.problems_chart = BarChart()
        self.problems_chart.setObjectName("municipality-problems-chart")
        self.partners_chart = BarChart()
        self.partners_chart.setObjectName("municipality-partners-chart")
        actions_box = QGroupBox(self.tr("Open action items"))
        self.actions = QTreeWidget(objectName="municipality-actions")
        self.actions.setRootIsDecorated(False)
        self.actions.setHeaderLabels(
            [self.tr("Due"), self.tr("Action"), self.tr("Owner"), self.tr("Meeting")]
        )
        self.actions.setToolTip(self.tr("Double-click to open the meeting"))
        self.actions.itemActivated.connect(
            lambda item, _column: self.ctx.window.open_record("meeting", item.data(0, ID_ROLE))
        )
        self.actions.setMinimumHeight(160)
        QVBoxLayout(actions_box).addWidget(self.actions)

        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addWidget(self.problems_chart)
        layout.addWidget(self.partners_chart)
        layout.addWidget(actions_box, 1)
        self.show_detail(None)

    def _go(self, page: str) -> None:
        if self.municipality_id is not None:
            self.ctx.window.show_municipality(page, self.municipality_id)

    def preview_report(self) -> None:
        from fieldkit.reports import municipality_pdf
        from fieldkit.ui.pdf_preview import file_name, open_pdf_preview

        municipality_id, store = self.municipality_id, self.ctx.store
        if municipality_id is None:
            return
        name = self._name or municipality_id
        open_pdf_preview(
            self.ctx,
            self.tr("Report: {municipality}").format(municipality=name),
            lambda language: municipality_pdf(store, municipality_id, language),
            file_name(self.tr("Report"), name),
            self,
        )

    def load(self, municipality_id: str | None) -> None:
        self.municipality_id = municipality_id
        if municipality_id is None:
            self.show_detail(None)
            return
        store = self.ctx.store
        self.ctx.runner.run(
            lambda: municipality_detail(store, municipality_id),
            on_success=lambda detail: self._loaded(municipality_id, detail),
        )

    def _loaded(self, municipality_id: str, detail: MunicipalityDetail) -> None:
        if municipality_id == self.municipality_id:
            self.show_detail(detail)

    def show_detail(self, detail: MunicipalityDetail | None) -> None:
        for button in (self.meetings_button, self.problems_button, self.report_button):
            button.setEnabled(detail is not None)
        self._name = detail.figures.name if detail is not None else None
        self.actions.clear()
        if detail is None:
            hint = self.tr("Choose a municipality.")
            self.heading.setText(f"<i>{hint}</i>")
            for label in (self.visits, self.last_visit, self.next_visit, self.last_meeting):
                label.clear()
            self.actions_summary.clear()
            self.problems_chart.set_bars("", [])
            self.partners_chart.set_bars("", [])
            return
        f = detail.figures
        self.heading.setText(f"<h3>{html.escape(f.name)}</h3>{html.escape(f.county_name)}")
        locale = QLocale()
        never = self.tr("none yet")
        self.visits.setText(locale.toString(f.visits_done))
        self.last_visit.setText(format_date(f.last_visit) or never)
        self.next_visit.setText(format_date(f.next_visit) or self.tr("none planned"))
        self.last_meeting.setText(format_date(f.last_meeting) or never)
        summary = locale.toString(f.open_action_items)
        if f.overdue_action_items:
            overdue = self.tr("%n overdue", "", f.overdue_action_items)
            summary = f"{summary} ({overdue})"
        self.actions_summary.setText(summary)
        self.problems_chart.set_bars(
            self.tr("Problems by category ({count})").format(
                count=locale.toString(f.problems_total)
            ),
            category_bars(f.problems_by_category),
            self.tr("No problems recorded yet"),
        )
        self.partners_chart.set_bars(
            self.tr("Partners by sector ({count})").format(count=locale.toString(f.partners_total)),
            sector_bars(f.partners_by_sector),
            self.tr("No partner organisations recorded yet"),
        )
        for action in detail.open_action_items:
            item = QTreeWidgetItem(
                [format_date(action.due_on), action.text, action.owner, action.meeting_title]
            )
            item.setData(0, ID_ROLE, action.meeting_id)
            if action.due_on is not None and action.due_on < dt.date.today():
                item.setForeground(0, QColor(OVERDUE))
                item.setToolTip(0, self.tr("Overdue"))
            item.setToolTip(1, action.text)
            item.setToolTip(3, f"{format_date(action.meeting_starts_at)} {action.meeting_title}")
            self.actions.addTopLevelItem(item)
        self.actions.resizeColumnToContents(0)
        self.actions.setColumnWidth(1, max(self.actions.columnWidth(1), 220))


class MunicipalitiesView(View):
    shows = frozenset({Change.MEETINGS, Change.PROBLEMS, Change.ORGANIZATIONS})

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.overview: Overview | None = None
        self._wanted: str | None = None

        self.chart = BarChart()
        self.chart.setObjectName("overview-chart")
        self.model = MunicipalityTableModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.proxy.setSortLocaleAware(True)
        self.table = QTableView(objectName="municipalities-table")
        self.table.setModel(self.proxy)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(MunicipalityTableModel.NAME, Qt.SortOrder.AscendingOrder)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        for column in range(MunicipalityTableModel.PARTNERS + 1):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(MunicipalityTableModel.COUNTY, QHeaderView.ResizeMode.Stretch)
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        self.table.doubleClicked.connect(
            lambda index: self.ctx.window.show_municipality("problems", index.data(ID_ROLE))
        )

        self.detail = MunicipalityDetailPanel(ctx)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.detail)
        scroll.setMinimumWidth(380)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        heading = self.tr("Municipalities")
        left_layout.addWidget(QLabel(f"<h2>{heading}</h2>"))
        left_layout.addWidget(self.chart)
        left_layout.addWidget(self.table, 1)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(scroll)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        QVBoxLayout(self).addWidget(splitter)

    def reload(self) -> None:
        store = self.ctx.store
        self.ctx.runner.run(lambda: municipality_overview(store), on_success=self._show)

    def _show(self, overview: Overview) -> None:
        self.overview = overview
        keep = self._wanted or self.detail.municipality_id
        self.model.set_rows(overview.municipalities)
        total = sum(overview.problems_by_category.values())
        self.chart.set_bars(
            self.tr("Problems by category, all municipalities ({count})").format(
                count=QLocale().toString(total)
            ),
            category_bars(overview.problems_by_category),
            self.tr("No problems recorded yet"),
        )
        self._wanted = None
        if keep is None and overview.municipalities:
            keep = self.proxy.index(0, 0).data(ID_ROLE)
        shown = self.detail.municipality_id
        if keep is not None:
            self._select(keep)
        if shown is not None and shown == self.detail.municipality_id:
            self.detail.load(shown)  # the same municipality: its figures may have changed

    def _select(self, municipality_id: str) -> None:
        row = self.model.row_of(municipality_id)
        if row < 0:
            return
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        self.table.setCurrentIndex(index)
        self.table.scrollTo(index)

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        municipality_id = current.data(ID_ROLE) if current.isValid() else None
        if municipality_id != self.detail.municipality_id:
            self.detail.load(municipality_id)

    def show_municipality(self, municipality_id: str) -> None:
        if self.model.row_of(municipality_id) < 0:
            self._wanted = municipality_id  # chosen once the overview is in
        else:
            self._select(municipality_id)
