"""The "problems raised" tab of a meeting: the problems that came up in the room,
recorded as they are named (title, category, who raised it, votes), or linked
when the problem is already known in the municipality. Votes are changed in the
list; ideas and partners are the Problems view's business."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from fieldkit.errors import FieldKitError
from fieldkit.model import ProblemCategory
from fieldkit.services import meetings, problems
from fieldkit.services.meetings import ParticipantView
from fieldkit.services.problems import MeetingProblem, ProblemSummary
from fieldkit.store import Store
from fieldkit.ui.context import AppContext
from fieldkit.ui.errors import user_message
from fieldkit.ui.inline import ButtonDelegate, CountDelegate
from fieldkit.ui.labels import category_label
from fieldkit.ui.meeting_models import MeetingProblemsModel
from fieldkit.ui.meeting_tab import MeetingTab
from fieldkit.ui.ops import Change

Loaded = tuple[list[MeetingProblem], list[ProblemSummary], tuple[ParticipantView, ...]]


def _load(store: Store, meeting_id: str) -> Loaded:
    """One trip to the database thread for all the tab shows."""
    return (
        problems.problems_of_meeting(store, meeting_id),
        problems.linkable_problems(store, meeting_id),
        meetings.get_meeting(store, meeting_id).participants,
    )


def _refill(combo: QComboBox, items: list[tuple[str, str | None]]) -> None:
    """Replace a combo's items, keeping the choice; left alone when nothing changed,
    so a refresh never closes a list the coordinator has open."""
    current = [(combo.itemText(i), combo.itemData(i)) for i in range(combo.count())]
    if current == items:
        return
    chosen = combo.currentData()
    combo.clear()
    for text, data in items:
        combo.addItem(text, data)
    combo.setCurrentIndex(max(0, combo.findData(chosen)))


class RaisedProblemsPanel(MeetingTab):
    """A meeting's problems; embedded as a tab of the meeting editor."""

    shows = frozenset({Change.PROBLEMS, Change.MEETINGS, Change.CONTACTS})
    writes = frozenset({Change.PROBLEMS, Change.MEETINGS})

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.setObjectName("raised-problems")

        self.model = MeetingProblemsModel(self)
        self.model.votes_edited.connect(self._votes_edited)
        self.table = QTableView()
        self.table.setObjectName("meeting-problems")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.SelectedClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setItemDelegateForColumn(MeetingProblemsModel.VOTES, CountDelegate(self.table))
        self.unlink_delegate = ButtonDelegate(self.table)
        self.unlink_delegate.clicked.connect(lambda index: self.unlink(index.row()))
        self.table.setItemDelegateForColumn(MeetingProblemsModel.UNLINK, self.unlink_delegate)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(MeetingProblemsModel.TITLE, QHeaderView.ResizeMode.Stretch)
        for column in (
            MeetingProblemsModel.CATEGORY,
            MeetingProblemsModel.LINK,
            MeetingProblemsModel.RAISED_BY,
        ):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.resizeSection(MeetingProblemsModel.VOTES, 70)
        header.resizeSection(MeetingProblemsModel.UNLINK, 90)
        self.empty = QLabel(self.tr("No problems recorded for this meeting yet."))
        self.empty.setObjectName("no-problems")
        self.empty.setEnabled(False)

        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        layout.addWidget(self._build_link_row())
        layout.addWidget(self._build_new_problem())
        self.set_meeting(None, None, False)

    def _build_link_row(self) -> QWidget:
        self.link_box = QGroupBox(self.tr("A problem already known here came up"))
        self.known = QComboBox()
        self.known.setObjectName("known-problems")
        self.known.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.known.setMinimumContentsLength(30)
        self.link_button = QPushButton(self.tr("&Link to this meeting"))
        self.link_button.setObjectName("link-problem")
        self.link_button.clicked.connect(self.link_selected)
        row = QHBoxLayout(self.link_box)
        row.addWidget(self.known, 1)
        row.addWidget(self.link_button)
        return self.link_box

    def _build_new_problem(self) -> QWidget:
        self.new_box = QGroupBox(self.tr("A new problem"))
        self.title = QLineEdit()
        self.title.setObjectName("problem-title")
        self.title.setPlaceholderText(self.tr("What is the problem? (Enter adds it)"))
        self.title.returnPressed.connect(self.add_problem)
        self.category = QComboBox()
        self.category.setObjectName("problem-category")
        self.votes = QSpinBox()
        self.votes.setObjectName("problem-votes")
        self.votes.setRange(0, CountDelegate.MAXIMUM)
        self.votes.setMinimumWidth(80)
        self.groups = QLineEdit()
        self.groups.setObjectName("problem-groups")
        self.groups.setPlaceholderText(self.tr("e.g. young people, seniors in villages"))
        self.raised_by = QComboBox()
        self.raised_by.setObjectName("problem-raised-by")
        self.raised_by.setMinimumContentsLength(22)
        self.description = QPlainTextEdit()
        self.description.setObjectName("problem-description")
        self.description.setTabChangesFocus(True)
        self.description.setPlaceholderText(self.tr("What was said about it"))
        self.description.setFixedHeight(self.fontMetrics().lineSpacing() * 3 + 12)
        self.add_button = QPushButton(self.tr("&Add problem"))
        self.add_button.setObjectName("add-problem")
        self.add_button.clicked.connect(self.add_problem)
        self.form_error = QLabel()
        self.form_error.setObjectName("problem-error")
        self.form_error.setStyleSheet("color: #b00020")
        self.form_error.hide()

        grid = QGridLayout(self.new_box)
        grid.addWidget(QLabel(self.tr("&Title:"), buddy=self.title), 0, 0)
        grid.addWidget(self.title, 0, 1, 1, 3)
        grid.addWidget(QLabel(self.tr("&Category:"), buddy=self.category), 1, 0)
        grid.addWidget(self.category, 1, 1)
        grid.addWidget(QLabel(self.tr("&Votes:"), buddy=self.votes), 1, 2)
        grid.addWidget(self.votes, 1, 3, Qt.AlignmentFlag.AlignLeft)
        grid.addWidget(QLabel(self.tr("Affected &groups:"), buddy=self.groups), 2, 0)
        grid.addWidget(self.groups, 2, 1)
        grid.addWidget(QLabel(self.tr("&Raised by:"), buddy=self.raised_by), 2, 2)
        grid.addWidget(self.raised_by, 2, 3)
        grid.addWidget(QLabel(self.tr("&Description:"), buddy=self.description), 3, 0)
        grid.addWidget(self.description, 3, 1, 1, 3)
        grid.addWidget(self.form_error, 4, 1, 1, 2)
        grid.addWidget(self.add_button, 4, 3, Qt.AlignmentFlag.AlignRight)
        grid.setColumnStretch(1, 2)
        grid.setColumnStretch(3, 1)
        return self.new_box

    # --- which meeting ------------------------------------------------------------

    def show_meeting(self, changed: bool) -> None:
        self.link_box.setVisible(self.editable)
        self.new_box.setVisible(self.editable)
        if changed:
            self._reset_form()
        if self.meeting_id is None:
            self.model.set_rows([], False)
            self.known.clear()
            self.raised_by.clear()
            self.empty.hide()
            return
        if changed:
            self.model.set_rows([], self.editable)

    def read_job(self, meeting_id: str) -> Callable[[], Loaded]:
        store = self.ctx.store
        return lambda: _load(store, meeting_id)

    def show_read(self, loaded: Loaded) -> None:
        linked, linkable, participants = loaded
        self.model.set_rows(linked, self.editable)
        self.empty.setVisible(not linked)
        self._fill_known(linkable)
        self._fill_raised_by(participants)

    def _fill_known(self, linkable: list[ProblemSummary]) -> None:
        items = [
            (
                self.tr("{title} — {category}, %n vote(s)", "", p.votes).format(
                    title=p.title, category=category_label(p.category)
                ),
                p.problem_id,
            )
            for p in linkable
        ] or [(self.tr("No other problems are known in this municipality"), None)]
        _refill(self.known, items)
        self.known.setEnabled(bool(linkable))
        self.link_button.setEnabled(bool(linkable))

    def _fill_raised_by(self, participants: tuple[ParticipantView, ...]) -> None:
        # Those present first: they are the ones who can raise a problem in the room.
        present_first = sorted(participants, key=lambda p: not p.attended)
        _refill(
            self.raised_by,
            [(self.tr("(not recorded)"), None)] + [(p.name, p.contact_id) for p in present_first],
        )

    def _reset_form(self) -> None:
        if not self.category.count():
            for category in ProblemCategory:
                self.category.addItem(category_label(category), category)
        self.category.setCurrentIndex(self.category.findData(ProblemCategory.OTHER))
        for line in (self.title, self.groups):
            line.clear()
        self.description.clear()
        self.votes.setValue(0)
        self.raised_by.setCurrentIndex(0)
        self.form_error.hide()

    # --- writing -------------------------------------------------------------------

    def add_problem(self) -> None:
        """Record the problem typed in the form, raised at this meeting."""
        if self.meeting_id is None or self.municipality_id is None or not self.editable:
            return
        store, meeting_id, municipality_id = self.ctx.store, self.meeting_id, self.municipality_id
        title = self.title.text()
        fields = {
            "description": self.description.toPlainText().strip(),
            "affected_groups": self.groups.text().strip(),
            "votes": self.votes.value(),
            "raised_by_contact_id": self.raised_by.currentData(),
        }
        category = self.category.currentData()
        self.write(
            lambda: problems.create_problem(
                store,
                municipality_id=municipality_id,
                title=title,
                category=category,
                meeting_id=meeting_id,
                **fields,
            ),
            on_success=lambda _problem_id: self._added(),
            on_failure=self._form_failed,
        )

    def _added(self) -> None:
        category = self.category.currentData()  # the next one is often alike
        self._reset_form()
        self.category.setCurrentIndex(self.category.findData(category))
        self.title.setFocus()

    def _form_failed(self, error: FieldKitError) -> None:
        self.form_error.setText(user_message(error))
        self.form_error.show()

    def link_selected(self) -> None:
        problem_id = self.known.currentData()
        if self.meeting_id is None or not problem_id or not self.editable:
            return
        store, meeting_id = self.ctx.store, self.meeting_id
        self.write(lambda: problems.link_problem_to_meeting(store, problem_id, meeting_id))

    def unlink(self, row: int) -> None:
        if self.meeting_id is None or not self.editable or not 0 <= row < len(self.model.rows):
            return
        store, meeting_id = self.ctx.store, self.meeting_id
        problem_id = self.model.rows[row].problem_id
        self.write(lambda: problems.unlink_problem_from_meeting(store, problem_id, meeting_id))

    def _votes_edited(self, problem_id: str, votes: int) -> None:
        store = self.ctx.store
        self.write(lambda: problems.update_problem(store, problem_id, votes=votes))
