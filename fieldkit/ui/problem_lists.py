"""What hangs under a problem in its editor: ideas for solving it, possible partner
organisations, and the meetings where it came up. Each panel shows its part of a
ProblemDetail and writes through the runner; the change notice that follows a
write brings the fresh detail back (see ProblemEditor.refresh)."""

from __future__ import annotations

from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from fieldkit.services import people, problems
from fieldkit.services.people import OrganizationMatch
from fieldkit.services.problems import ProblemDetail
from fieldkit.ui.context import AppContext
from fieldkit.ui.inline import LiveCompleter
from fieldkit.ui.labels import meeting_link_label, sector_label
from fieldkit.ui.ops import Change

ID_ROLE = Qt.ItemDataRole.UserRole + 1
PROBLEMS = frozenset({Change.PROBLEMS})


def current_id(widget: QListWidget) -> str | None:
    item = widget.currentItem()
    return item.data(ID_ROLE) if item is not None else None


def select_id(widget: QListWidget, wanted: str | None) -> None:
    for row in range(widget.count()):
        if widget.item(row).data(ID_ROLE) == wanted:
            widget.setCurrentRow(row)
            return


class _Panel(QGroupBox):
    def __init__(self, ctx: AppContext, title: str, parent: QWidget | None = None) -> None:
        super().__init__(title, parent)
        self.ctx = ctx
        self.detail: ProblemDetail | None = None

    @property
    def problem_id(self) -> str | None:
        return self.detail.summary.problem_id if self.detail else None


class IdeasPanel(_Panel):
    """Ideas: Enter adds one, a double-click changes one, Remove removes one."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, self.tr("Ideas for solving it"), parent)
        self._loading = False
        self.list = QListWidget(objectName="problem-ideas")
        self.list.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.SelectedClicked
        )
        self.list.setToolTip(self.tr("Double-click an idea to change it"))
        self.list.setWordWrap(True)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setMaximumHeight(130)
        self.list.itemChanged.connect(self._edited)
        self.new_idea = QLineEdit(objectName="new-idea")
        self.new_idea.setPlaceholderText(self.tr("A new idea, then Enter"))
        self.new_idea.returnPressed.connect(self.add)
        self.add_button = QPushButton(self.tr("Add idea"), objectName="add-idea")
        self.add_button.clicked.connect(self.add)
        self.remove_button = QPushButton(self.tr("Remove idea"), objectName="remove-idea")
        self.remove_button.clicked.connect(self.remove)
        row = QHBoxLayout()
        row.addWidget(self.new_idea, 1)
        row.addWidget(self.add_button)
        row.addWidget(self.remove_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.list)
        layout.addLayout(row)

    def show_detail(self, detail: ProblemDetail | None) -> None:
        if detail is None or self.problem_id != detail.summary.problem_id:
            self.new_idea.clear()
        self.detail = detail
        current = current_id(self.list)
        self._loading = True
        self.list.clear()
        for idea in detail.ideas if detail else ():
            item = QListWidgetItem(idea.text)
            item.setData(ID_ROLE, idea.idea_id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)
            if idea.proposed_by:
                item.setToolTip(self.tr("Proposed by {name}").format(name=idea.proposed_by))
            self.list.addItem(item)
        select_id(self.list, current)
        self._loading = False

    def add(self) -> None:
        text, problem_id = self.new_idea.text().strip(), self.problem_id
        if not text or problem_id is None:
            return
        store = self.ctx.store
        self.new_idea.clear()
        self.ctx.runner.run(lambda: problems.add_idea(store, problem_id, text), changes=PROBLEMS)

    def _edited(self, item: QListWidgetItem) -> None:
        if self._loading:
            return
        idea_id, text = item.data(ID_ROLE), item.text().strip()
        if not text:  # an emptied idea goes back to what it was; Remove deletes
            self.show_detail(self.detail)
            return
        store = self.ctx.store
        self.ctx.runner.run(lambda: problems.update_idea(store, idea_id, text), changes=PROBLEMS)

    def remove(self) -> None:
        idea_id = current_id(self.list)
        if idea_id is not None:
            store = self.ctx.store
            self.ctx.runner.run(lambda: problems.remove_idea(store, idea_id), changes=PROBLEMS)


class PartnersPanel(_Panel):
    """Possible partners: type a few letters of an organisation (the problem's own
    municipality first), Enter or a click adds it; Remove unlinks one."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, self.tr("Possible partner organisations"), parent)
        self.list = QListWidget(objectName="problem-partners")
        self.list.setMaximumHeight(100)
        self.list.setWordWrap(True)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.search = QLineEdit(objectName="partner-search")
        self.search.setPlaceholderText(self.tr("Type an organisation's name…"))
        store = ctx.store
        self.finder = LiveCompleter(
            ctx.runner,
            self.search,
            lambda typed: people.find_organizations(
                store, typed, 20, municipality_id=self._municipality_id
            ),
            self._describe,
            select_first=True,
        )
        self.finder.chosen.connect(lambda candidate: self._add(candidate.organization_id))
        self.search.returnPressed.connect(self.add_best)
        self.add_button = QPushButton(self.tr("Add partner"), objectName="add-partner")
        self.add_button.clicked.connect(self.add_best)
        self.remove_button = QPushButton(self.tr("Remove partner"), objectName="remove-partner")
        self.remove_button.clicked.connect(self.remove)
        row = QHBoxLayout()
        row.addWidget(self.search, 1)
        row.addWidget(self.add_button)
        row.addWidget(self.remove_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.list)
        layout.addLayout(row)

    @property
    def _municipality_id(self) -> str | None:
        """Read on the database thread: a plain attribute of a frozen dataclass."""
        return self.detail.summary.municipality_id if self.detail else None

    def _describe(self, candidate: OrganizationMatch) -> str:
        where = f", {candidate.municipality_name}" if candidate.municipality_name else ""
        return f"{candidate.name} ({sector_label(candidate.sector)}{where})"

    def show_detail(self, detail: ProblemDetail | None) -> None:
        if detail is None or self.problem_id != detail.summary.problem_id:
            self.search.clear()
            self.finder.clear()
        self.detail = detail
        current = current_id(self.list)
        self.list.clear()
        for partner in detail.partners if detail else ():
            item = QListWidgetItem(f"{partner.name} — {sector_label(partner.sector)}")
            item.setData(ID_ROLE, partner.partner_id)
            item.setToolTip(partner.notes)
            self.list.addItem(item)
        select_id(self.list, current)

    def add_best(self) -> None:
        """Enter or the button: the best match for what is typed (a highlighted
        suggestion is picked by the completer itself)."""
        if not self.finder.picking() and self.finder.results:
            self._add(self.finder.results[0].organization_id)

    def _add(self, organization_id: str) -> None:
        problem_id = self.problem_id
        if problem_id is None:
            return
        self.search.clear()
        self.finder.clear()
        store = self.ctx.store
        self.ctx.runner.run(
            lambda: problems.add_partner(store, problem_id, organization_id), changes=PROBLEMS
        )

    def remove(self) -> None:
        partner_id = current_id(self.list)
        if partner_id is not None:
            store = self.ctx.store
            self.ctx.runner.run(
                lambda: problems.remove_partner(store, partner_id), changes=PROBLEMS
            )


class MeetingsPanel(_Panel):
    """Where the problem was raised or discussed; a double-click opens the meeting."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, self.tr("Meetings where it was raised or discussed"), parent)
        self.list = QListWidget(objectName="problem-meetings")
        self.list.setMaximumHeight(100)
        self.list.setWordWrap(True)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setToolTip(self.tr("Double-click to open the meeting"))
        self.list.itemActivated.connect(self._open)
        QVBoxLayout(self).addWidget(self.list)

    def show_detail(self, detail: ProblemDetail | None) -> None:
        self.detail = detail
        self.list.clear()
        if detail is None:
            return
        locale = QLocale()
        for meeting in detail.meetings:
            day = meeting.starts_at.date()
            when = locale.toString(
                QDate(day.year, day.month, day.day), QLocale.FormatType.ShortFormat
            )
            item = QListWidgetItem(f"{when} — {meeting.title} ({meeting_link_label(meeting.link)})")
            item.setData(ID_ROLE, meeting.meeting_id)
            self.list.addItem(item)
        if not detail.meetings:
            empty = QListWidgetItem(self.tr("Not linked to a meeting yet"))
            empty.setFlags(Qt.ItemFlag.NoItemFlags)
            self.list.addItem(empty)

    def _open(self, item: QListWidgetItem) -> None:
        if item.data(ID_ROLE):
            self.ctx.window.open_record("meeting", item.data(ID_ROLE))
