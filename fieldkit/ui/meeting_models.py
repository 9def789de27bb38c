"""The tables of a meeting's attendance and problems. The models only show rows
and announce edits (a tick, a role, a number of votes) as signals: the panels hand
those to the services, so a model never writes and holds no rule."""

from __future__ import annotations

import dataclasses
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import QWidget

from fieldkit.model import ParticipantRole
from fieldkit.services.meetings import ParticipantView
from fieldkit.services.problems import MeetingProblem
from fieldkit.ui.labels import category_label, meeting_link_label, participant_role_label

Index = QModelIndex | QPersistentModelIndex
NO_PARENT = QModelIndex()


class ParticipantsModel(QAbstractTableModel):
    """The participants of one meeting. Edits are not written here: they are
    announced (`attendance_edited`, `role_edited`, `remove_requested`) for the panel
    to hand to the services, and shown at once."""

    NAME, ORGANIZATION, PRESENT, APOLOGIES, ROLE, REMOVE = range(6)

    attendance_edited = Signal(str, str, bool)  # participant id, field, value
    role_edited = Signal(str, object)  # participant id, ParticipantRole

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[ParticipantView] = []
        self.editable = False

    def set_rows(self, rows: list[ParticipantView], editable: bool) -> None:
        """Show new rows; the same people in the same order are updated in place, so
        the selection, the scroll position and open editors stay put."""
        same = editable == self.editable and [r.participant_id for r in rows] == [
            r.participant_id for r in self.rows
        ]
        if same:
            self.rows = list(rows)
            if rows:
                self.dataChanged.emit(self.index(0, 0), self.index(len(rows) - 1, self.REMOVE))
            return
        self.beginResetModel()
        self.rows = list(rows)
        self.editable = editable
        self.endResetModel()

    def rowCount(self, parent: Index = NO_PARENT) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = NO_PARENT) -> int:
        return 0 if parent.isValid() else 6

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = {
            self.NAME: self.tr("Name"),
            self.ORGANIZATION: self.tr("Organisation"),
            self.PRESENT: self.tr("Present"),
            self.APOLOGIES: self.tr("Sent apologies"),
            self.ROLE: self.tr("Role"),
            self.REMOVE: "",
        }
        return titles.get(section)

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
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row = self.rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.NAME:
                return row.name
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
            return self.tr("Take {name} off the list").format(name=row.name)
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


class MeetingProblemsModel(QAbstractTableModel):
    """The problems of one meeting; a change of votes is announced, not written."""

    TITLE, CATEGORY, LINK, RAISED_BY, VOTES, UNLINK = range(6)

    votes_edited = Signal(str, int)  # problem id, votes

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[MeetingProblem] = []
        self.editable = False

    def set_rows(self, rows: list[MeetingProblem], editable: bool) -> None:
        same = editable == self.editable and [r.problem_id for r in rows] == [
            r.problem_id for r in self.rows
        ]
        if same:
            self.rows = list(rows)
            if rows:
                self.dataChanged.emit(self.index(0, 0), self.index(len(rows) - 1, self.UNLINK))
            return
        self.beginResetModel()
        self.rows = list(rows)
        self.editable = editable
        self.endResetModel()

    def rowCount(self, parent: Index = NO_PARENT) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = NO_PARENT) -> int:
        return 0 if parent.isValid() else 6

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = {
            self.TITLE: self.tr("Problem"),
            self.CATEGORY: self.tr("Category"),
            self.LINK: self.tr("Came up as"),
            self.RAISED_BY: self.tr("Raised by"),
            self.VOTES: self.tr("Votes"),
            self.UNLINK: "",
        }
        return titles.get(section)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self.editable and index.column() == self.VOTES:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row = self.rows[index.row()]
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
