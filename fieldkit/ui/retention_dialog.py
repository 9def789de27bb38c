"""People nobody has dealt with for a chosen period (GDPR: personal data is kept
no longer than needed): listed from the Contacts page, reviewed, and the ones
ticked erased after a confirmation."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from fieldkit.services.privacy import StaleContact, erase_contacts, stale_contacts
from fieldkit.ui.context import AppContext
from fieldkit.ui.ops import Change
from fieldkit.ui.privacy_actions import confirm_erase_many

ID_ROLE = Qt.ItemDataRole.UserRole + 1
PERIODS = (1, 2, 3, 5)  # years
DEFAULT_PERIOD = 2


def years_before(today: dt.date, years: int) -> dt.date:
    """The same day `years` earlier (28 February for a 29th)."""
    try:
        return today.replace(year=today.year - years)
    except ValueError:
        return today.replace(year=today.year - years, day=28)


class RetentionDialog(QDialog):
    """Contacts with no meeting attended and no edit for the chosen period."""

    # the list for the chosen period was read and shown
    shown = Signal()
    # people were erased from here (how many)
    erased = Signal(int)

    def __init__(
        self, ctx: AppContext, parent: QWidget | None = None, *, today: dt.date | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.today = today or dt.date.today()
        self.rows: list[StaleContact] = []
        self.setObjectName("retention-dialog")
        self.setWindowTitle(self.tr("People with no activity"))
        self.resize(760, 480)

        self.period = QComboBox()
        self.period.setObjectName("retention-period")
        for years in PERIODS:
            self.period.addItem(self.tr("for %n year(s)", "", years), years)
        self.period.setCurrentIndex(PERIODS.index(DEFAULT_PERIOD))
        self.period.currentIndexChanged.connect(lambda _index: self.reload())
        self.explanation = QLabel(
            self.tr(
                "Personal data is kept no longer than it is needed. These people attended "
                "no meeting and their record was not changed in the chosen period: check "
                "whether they are still needed, and erase those who are not."
            )
        )
        self.explanation.setWordWrap(True)
        self.table = QTableWidget(0, 3)
        self.table.setObjectName("retention-table")
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.table.itemChanged.connect(lambda _item: self._update())
        self.count_label = QLabel()
        self.count_label.setObjectName("retention-count")
        self.erase_button = QPushButton(self.tr("Erase selected…"))
        self.erase_button.setObjectName("retention-erase")
        self.erase_button.clicked.connect(self.erase_selected)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)

        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("No activity")))
        top.addWidget(self.period)
        top.addStretch(1)
        top.addWidget(self.count_label)
        bottom = QHBoxLayout()
        bottom.addWidget(self.erase_button)
        bottom.addStretch(1)
        bottom.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.explanation)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)
        self.reload()

    @property
    def since(self) -> dt.date:
        return years_before(self.today, int(self.period.currentData()))

    def reload(self) -> None:
        store, since = self.ctx.store, self.since
        self.erase_button.setEnabled(False)
        self.ctx.runner.run(lambda: stale_contacts(store, since), on_success=self._show)

    def _show(self, rows: list[StaleContact]) -> None:
        self.rows = rows
        self.table.blockSignals(True)
        self.table.clear()
        self.table.setHorizontalHeaderLabels(
            [self.tr("Name"), self.tr("Organisation"), self.tr("Last activity")]
        )
        self.table.setRowCount(len(rows))
        locale = QLocale()
        for index, row in enumerate(rows):
            name = QTableWidgetItem(row.full_name)
            name.setFlags(name.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            name.setCheckState(Qt.CheckState.Unchecked)
            name.setData(ID_ROLE, row.contact_id)
            day = row.last_activity
            when = locale.toString(
                QDate(day.year, day.month, day.day), QLocale.FormatType.ShortFormat
            )
            self.table.setItem(index, 0, name)
            self.table.setItem(index, 1, QTableWidgetItem(row.organization))
            self.table.setItem(index, 2, QTableWidgetItem(when))
        self.table.blockSignals(False)
        self.count_label.setText(self.tr("%n person(s)", "", len(rows)))
        self._update()
        self.shown.emit()

    def ticked(self) -> list[str]:
        """The ids of the people ticked (or, with none ticked, the rows selected)."""
        ids = [
            self.table.item(row, 0).data(ID_ROLE)
            for row in range(self.table.rowCount())
            if self.table.item(row, 0).checkState() == Qt.CheckState.Checked
        ]
        if ids:
            return ids
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        return [self.table.item(row, 0).data(ID_ROLE) for row in rows]

    def _update(self) -> None:
        self.erase_button.setEnabled(bool(self.rows) and bool(self.ticked()))

    def erase_selected(self) -> None:
        ids = self.ticked()
        if not ids or not confirm_erase_many(self, len(ids)):
            return
        store = self.ctx.store
        self.erase_button.setEnabled(False)
        self.ctx.runner.run(
            lambda: erase_contacts(store, ids),
            changes={Change.CONTACTS, Change.MEETINGS},
            on_success=lambda results: self._erased(len(results)),
        )

    def _erased(self, count: int) -> None:
        self.erased.emit(count)
        self.reload()
