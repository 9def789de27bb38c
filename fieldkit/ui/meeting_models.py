"""The tables of a meeting's attendance and problems. The models only show rows
and announce edits (a tick, a role, a number of votes) as signals: the panels hand
those to the services, so a model never writes and holds no rule."""

from __future__ import annotations

import dataclasses
from typing import Any

from PySide6.QtCore import Qt, Signal

from fieldkit.model import ParticipantRole
from fieldkit.services.meetings import ParticipantView
from fieldkit.services.problems import MeetingProblem
from fieldkit.ui.labels import category_label, meeting_link_label, participant_role_label
from fieldkit.ui.privacy_actions import erased_name
from fieldkit.ui.row_model import Index, RowTableModel


class ParticipantsModel(RowTableModel[ParticipantView]):
    """The participants of one meeting. Edits are not written here: they are
    announced (`attendance_edited`, `role_edited`, `remove_requested`) for the panel
    to hand to the services, and shown at once."""

    NAME, ORGANIZATION, PRESENT, APOLOGIES, ROLE, REMOVE = range(6)

    attendance_edited = Signal(str, str, bool)  # participant id, field, value
    role_edited = Signal(str, object)  # participant id, ParticipantRole

    def titles(self) -> tuple[str, ...]:
        return (
            self.tr("Name"),
            self.tr("Organisation"),
            self.tr("Present"),
            self.tr("Sent apologies"),
            self.tr("Role"),
            "",
        )

    def row_id(self, row: ParticipantView) -> str:
        return row.participant_id

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self.editable and index.column() in (self.PRESENT, self.APOLOGIES):
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        if self.editable and index.column() == self.ROLE:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = self.row_at(index)
        if row is None:
            return None
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.NAME:
                return erased_name(row.name)
            if column == self.ORGANIZATION:
                return row.organization
            if column == self.ROLE:
                return participant_role_label(row.role)
            if column == self.REMOVE and self.editable:
                return self.tr("Remove")
        elif role == Qt.ItemDataRole.EditRole and column == self.ROLE:
            return row.role
        elif role == Qt.ItemDataRole.CheckStateRole and column in (self.PRESENT, self.APOLOGIES):
            ticked = row.attended if column == self.PRESENT else row.sent_apologies
            return Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked
        elif role == Qt.ItemDataRole.ToolTipRole and column == self.REMOVE and self.editable:
            return self.tr("Take {name} off the list").format(name=erased_name(row.name))
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or not self.flags(index) & (
            Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEditable
        ):
            return False
        row = self.rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.CheckStateRole and column in (self.PRESENT, self.APOLOGIES):
            ticked = Qt.CheckState(value) == Qt.CheckState.Checked
            field = "attended" if column == self.PRESENT else "sent_apologies"
            self.rows[index.row()] = dataclasses.replace(row, **{field: ticked})
            self.dataChanged.emit(index, index, [role])
            self.attendance_edited.emit(row.participant_id, field, ticked)
            return True
        if role == Qt.ItemDataRole.EditRole and column == self.ROLE:
            new_role = ParticipantRole(value)
            self.rows[index.row()] = dataclasses.replace(row, role=new_role)
            self.dataChanged.emit(index, index)
            self.role_edited.emit(row.participant_id, new_role)
            return True
        return False


class MeetingProblemsModel(RowTableModel[MeetingProblem]):
    """The problems of one meeting; a change of votes is announced, not written."""

    TITLE, CATEGORY, LINK, RAISED_BY, VOTES, UNLINK = range(6)

    votes_edited = Signal(str, int)  # problem id, votes

    def titles(self) -> tuple[str, ...]:
        return (
            self.tr("Problem"),
            self.tr("Category"),
            self.tr("Came up as"),
            self.tr("Raised by"),
            self.tr("Votes"),
            "",
        )

    def row_id(self, row: MeetingProblem) -> str:
        return row.problem_id

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self.editable and index.column() == self.VOTES:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = self.row_at(index)
        if row is None:
            return None
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            shown = {
                self.TITLE: row.title,
                self.CATEGORY: category_label(row.category),
                self.LINK: meeting_link_label(row.link),
                self.RAISED_BY: row.raised_by,
                self.VOTES: str(row.votes),
                self.UNLINK: self.tr("Unlink") if self.editable else None,
            }
            return shown.get(column)
        if role == Qt.ItemDataRole.EditRole and column == self.VOTES:
            return row.votes
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.VOTES:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == self.TITLE:
                return "\n".join(part for part in (row.description, row.affected_groups) if part)
            if column == self.UNLINK and self.editable:
                return self.tr("It did not come up here (the problem itself stays)")
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if (
            role != Qt.ItemDataRole.EditRole
            or not index.isValid()
            or not self.flags(index) & Qt.ItemFlag.ItemIsEditable
        ):
            return False
        row = self.rows[index.row()]
        votes = int(value)
        self.rows[index.row()] = dataclasses.replace(row, votes=votes)
        self.dataChanged.emit(index, index)
        self.votes_edited.emit(row.problem_id, votes)
        return True
