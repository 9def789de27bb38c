"""The attendance tab of a meeting: who was invited, who came, who chairs and who
takes the minutes. Invitees are picked from contacts as one types; a person not
yet known is added in a few keystrokes without leaving the meeting.

The rules (one chair, one secretary; present or apologised) are the service's:
a tick shows at once, and the list is read back after each write, so whatever the
service decided (the previous chair now a participant) appears a moment later.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from fieldkit.model import ParticipantRole
from fieldkit.services import attendance, meetings, people
from fieldkit.services.meetings import MeetingDetail, ParticipantView
from fieldkit.services.people import ContactMatch
from fieldkit.ui.context import AppContext
from fieldkit.ui.inline import ButtonDelegate, CheckDelegate, ChoiceDelegate, LiveCompleter
from fieldkit.ui.labels import participant_role_label
from fieldkit.ui.meeting_models import ParticipantsModel
from fieldkit.ui.meeting_tab import MeetingTab
from fieldkit.ui.ops import Change
from fieldkit.ui.privacy_actions import erased_name
from fieldkit.ui.quick_add import QuickAddDialog

# The payload of the "add as a new person" line under the suggestions.
NEW_PERSON = "new-person"


class AttendancePanel(MeetingTab):
    """A meeting's attendance; embedded as a tab of the meeting editor."""

    shows = frozenset({Change.MEETINGS, Change.CONTACTS, Change.ORGANIZATIONS})
    writes = frozenset({Change.MEETINGS})

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.setObjectName("attendance")
        self._default_present = True
        self._invited_contacts: set[str] = set()

        self.invite_field = QLineEdit()
        self.invite_field.setObjectName("invite")
        self.invite_field.setClearButtonEnabled(True)
        self.invite_field.setPlaceholderText(
            self.tr("Invite: type a name, organisation or e-mail…")
        )
        self.invite_present = QCheckBox(self.tr("Mark as present"))
        self.invite_present.setObjectName("invite-present")
        self.invite_present.setToolTip(self.tr("Mark the people you add now as present"))
        self.new_person_button = QPushButton(self.tr("&New person…"))
        self.new_person_button.setObjectName("new-person")
        self.new_person_button.clicked.connect(lambda: self.add_new_person())
        self.summary = QLabel()
        self.summary.setObjectName("attendance-summary")

        self.model = ParticipantsModel(self)
        self.model.attendance_edited.connect(self._attendance_edited)
        self.model.role_edited.connect(self._role_edited)
        self.table = QTableView()
        self.table.setObjectName("participants")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.role_delegate = ChoiceDelegate(
            lambda: [(participant_role_label(r), r) for r in ParticipantRole], self.table
        )
        self.table.setItemDelegateForColumn(ParticipantsModel.ROLE, self.role_delegate)
        self.check_delegate = CheckDelegate(self.table)
        for column in (ParticipantsModel.PRESENT, ParticipantsModel.APOLOGIES):
            self.table.setItemDelegateForColumn(column, self.check_delegate)
        self.remove_delegate = ButtonDelegate(self.table)
        self.remove_delegate.clicked.connect(lambda index: self.remove_rows([index.row()]))
        self.table.setItemDelegateForColumn(ParticipantsModel.REMOVE, self.remove_delegate)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(ParticipantsModel.NAME, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(ParticipantsModel.ORGANIZATION, QHeaderView.ResizeMode.Stretch)
        for column in (ParticipantsModel.PRESENT, ParticipantsModel.APOLOGIES):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.resizeSection(ParticipantsModel.ROLE, 130)
        header.resizeSection(ParticipantsModel.REMOVE, 90)
        remove_key = QShortcut(QKeySequence.StandardKey.Delete, self.table)
        remove_key.setContext(Qt.ShortcutContext.WidgetShortcut)
        remove_key.activated.connect(self._remove_selected)

        store = ctx.store
        self.picker = LiveCompleter(
            ctx.runner,
            self.invite_field,
            lambda text: people.find_contacts(
                store, text, 15, municipality_id=self.municipality_id
            ),
            self._describe_contact,
            select_first=True,
            extra=lambda text: (
                self.tr("Add “{text}” as a new person…").format(text=text),
                NEW_PERSON,
            ),
        )
        self.picker.chosen.connect(self._picked)
        self.invite_field.returnPressed.connect(self._invite_return)

        top = QHBoxLayout()
        top.addWidget(self.invite_field, 1)
        top.addWidget(self.invite_present)
        top.addWidget(self.new_person_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.summary)
        self.set_meeting(None, None, False)

    # --- which meeting ------------------------------------------------------------

    def show_meeting(self, changed: bool) -> None:
        for widget in (self.invite_field, self.invite_present, self.new_person_button):
            widget.setVisible(self.editable)
        if changed:
            self.picker.clear()
            self.invite_field.clear()
            self._default_present = True
        if self.meeting_id is None:
            self._invited_contacts = set()
            self.model.set_rows([], False)
            self.summary.clear()
            return
        if changed:
            self.model.set_rows([], self.editable)

    def read_job(self, meeting_id: str) -> Callable[[], MeetingDetail]:
        store = self.ctx.store
        return lambda: meetings.get_meeting(store, meeting_id)

    def show_read(self, detail: MeetingDetail) -> None:
        rows = list(detail.participants)
        self._invited_contacts = {row.contact_id for row in rows}
        self.model.set_rows(rows, self.editable)
        self._sync_role_editors()
        if self._default_present:
            # In the room (the meeting has begun) the people added came; before it,
            # they are invitees. The coordinator can untick it either way.
            self._default_present = False
            self.invite_present.setChecked(detail.summary.starts_at <= dt.datetime.now())
        self._show_summary(rows)

    def _sync_role_editors(self) -> None:
        """Role combos stay open while the minutes are editable: one click to choose."""
        for row in range(self.model.rowCount()):
            index = self.model.index(row, ParticipantsModel.ROLE)
            if self.editable and not self.table.isPersistentEditorOpen(index):
                self.table.openPersistentEditor(index)
            elif not self.editable and self.table.isPersistentEditorOpen(index):
                self.table.closePersistentEditor(index)

    def _show_summary(self, rows: list[ParticipantView]) -> None:
        parts = [
            self.tr("%n invited", "", len(rows)),
            self.tr("%n present", "", sum(r.attended for r in rows)),
            self.tr("%n sent apologies", "", sum(r.sent_apologies for r in rows)),
        ]
        for role, text in (
            (ParticipantRole.CHAIR, self.tr("chair: {name}")),
            (ParticipantRole.SECRETARY, self.tr("secretary: {name}")),
        ):
            holder = next((r for r in rows if r.role == role), None)
            if holder is not None:
                parts.append(text.format(name=erased_name(holder.name)))
        self.summary.setText(" · ".join(parts))

    # --- inviting -------------------------------------------------------------------

    def _describe_contact(self, match: ContactMatch) -> str:
        name = match.full_name
        if match.contact_id in self._invited_contacts:
            name += " " + self.tr("(already on the list)")
        details = " · ".join(part for part in (match.organization, match.email) if part)
        return f"{name} — {details}" if details else name

    def _picked(self, payload: object) -> None:
        if payload == NEW_PERSON:
            self.add_new_person(self.invite_field.text())
        elif isinstance(payload, ContactMatch):
            self.invite(payload.contact_id)
        self.invite_field.clear()
        self.picker.clear()

    def _invite_return(self) -> None:
        """Enter with no suggestion picked: the person is not among those shown, so
        offer to add them (the dialog warns if they are known after all)."""
        if self.picker.picking() or not self.invite_field.text().strip():
            return
        typed = self.invite_field.text()
        self.invite_field.clear()
        self.picker.clear()
        self.add_new_person(typed)

    def invite(self, contact_id: str) -> None:
        if self.meeting_id is None or not self.editable:
            return
        meeting_id, store = self.meeting_id, self.ctx.store
        attended = self.invite_present.isChecked()
        self.write(lambda: attendance.invite_contact(store, meeting_id, contact_id, attended))

    def add_new_person(self, typed: str = "") -> QuickAddDialog | None:
        """Open the new-person dialog (window-modal, so the meeting stays in view)."""
        if self.meeting_id is None or not self.editable:
            return None
        dialog = QuickAddDialog(
            self.ctx,
            self.meeting_id,
            self.municipality_id,
            typed=typed,
            attended=self.invite_present.isChecked(),
            parent=self,
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(lambda _result: self.invite_field.setFocus())
        dialog.open()
        return dialog

    # --- editing the list -------------------------------------------------------------

    def _attendance_edited(self, participant_id: str, field: str, value: bool) -> None:
        store = self.ctx.store
        fields = {field: value}
        self.write(lambda: attendance.mark_attendance(store, participant_id, **fields))

    def _role_edited(self, participant_id: str, role: ParticipantRole) -> None:
        store = self.ctx.store
        self.write(lambda: attendance.set_participant_role(store, participant_id, role))

    def remove_rows(self, rows: list[int]) -> None:
        if not self.editable:
            return
        store = self.ctx.store
        for row in sorted(set(rows)):
            if 0 <= row < len(self.model.rows):
                participant_id = self.model.rows[row].participant_id
                self.write(
                    lambda participant_id=participant_id: attendance.remove_participant(
                        store, participant_id
                    )
                )

    def _remove_selected(self) -> None:
        self.remove_rows([index.row() for index in self.table.selectionModel().selectedRows()])
