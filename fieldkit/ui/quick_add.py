"""Adding a person who walked into the room: name, organisation (picked or typed
new), role, phone and e-mail, and Enter puts them on the meeting's list.

Before anyone new is made, the dialog asks whether the person is already known
(same name, e-mail or phone): the lookalikes are shown as one types, and the first
Enter with an unseen lookalike stops to show it. The coordinator then invites the
known person instead, or presses Enter again to create a new one anyway.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from fieldkit.errors import FieldKitError
from fieldkit.services import attendance, people
from fieldkit.services.attendance import NewPerson
from fieldkit.services.people import ContactMatch, OrganizationMatch
from fieldkit.ui.context import AppContext
from fieldkit.ui.errors import user_message
from fieldkit.ui.inline import LiveCompleter
from fieldkit.ui.ops import Change

ID_ROLE = Qt.ItemDataRole.UserRole + 1
CHECK_PAUSE_MS = 300
PEOPLE_CHANGES = frozenset({Change.MEETINGS, Change.CONTACTS, Change.ORGANIZATIONS})


class _EnterPicks(QObject):
    """Enter on the lookalike list invites that person (it must not fall through to
    the dialog's default button, which would create a new one)."""

    def __init__(self, dialog: QuickAddDialog) -> None:
        super().__init__(dialog)
        self._dialog = dialog

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        ):
            self._dialog.invite_existing()
            return True
        return False


class QuickAddDialog(QDialog):
    """Creates the person (and a new organisation) and invites them in one write."""

    # the participant id of the person added or invited
    invited = Signal(str)

    def __init__(
        self,
        ctx: AppContext,
        meeting_id: str,
        municipality_id: str | None,
        *,
        typed: str = "",
        attended: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("quick-add")
        self.ctx = ctx
        self.meeting_id = meeting_id
        self.municipality_id = municipality_id
        self.setWindowTitle(self.tr("Add a person to the meeting"))
        self._organization_id: str | None = None
        self._acknowledged: set[str] = set()
        self._shown: list[ContactMatch] = []
        self._busy = False

        self.first_name = self._line("first-name")
        self.last_name = self._line("last-name")
        self.organization = self._line("organisation")
        self.organization.setPlaceholderText(self.tr("Pick one or type a new name"))
        self.organization_hint = QLabel()
        self.organization_hint.setObjectName("organisation-hint")
        self.organization_hint.setEnabled(False)  # greyed: a hint, not a field
        self.role = self._line("role")
        self.role.setPlaceholderText(self.tr("e.g. director, teacher, volunteer"))
        self.phone = self._line("phone")
        self.email = self._line("email")
        self.present = QCheckBox(self.tr("Came to the meeting"))
        self.present.setObjectName("present")
        self.present.setChecked(attended)

        form = self._form = QFormLayout()
        form.addRow(self.tr("&First name:"), self.first_name)
        form.addRow(self.tr("&Last name:"), self.last_name)
        form.addRow(self.tr("&Organisation:"), self.organization)
        form.addRow("", self.organization_hint)
        form.addRow(self.tr("&Role:"), self.role)
        form.addRow(self.tr("&Phone:"), self.phone)
        form.addRow(self.tr("&E-mail:"), self.email)
        form.addRow("", self.present)

        self.warning = QLabel(self.tr("This may be someone already known:"))
        self.warning.setObjectName("lookalike-warning")
        self.warning.setStyleSheet("font-weight: bold")
        self.lookalikes = QListWidget()
        self.lookalikes.setObjectName("lookalikes")
        self.lookalikes.setMaximumHeight(140)
        self.lookalikes.setWordWrap(True)
        self.lookalikes.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.lookalikes.itemDoubleClicked.connect(lambda _item: self.invite_existing())
        self.lookalikes.installEventFilter(_EnterPicks(self))
        self.invite_existing_button = QPushButton(self.tr("&Invite this person instead"))
        self.invite_existing_button.setObjectName("invite-existing")
        self.invite_existing_button.setAutoDefault(False)
        self.invite_existing_button.clicked.connect(self.invite_existing)
        self.error = QLabel()
        self.error.setObjectName("error")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020")
        self.error.hide()

        buttons = QDialogButtonBox()
        self.save_button = buttons.addButton(
            self.tr("&Save and invite"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.save_button.setObjectName("save")
        self.save_button.setDefault(True)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.warning)
        layout.addWidget(self.lookalikes)
        layout.addWidget(self.invite_existing_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self._show_lookalikes([])
        self._form.setRowVisible(self.organization_hint, False)

        store = ctx.store
        self.organizations = LiveCompleter(
            ctx.runner,
            self.organization,
            lambda text: people.find_organizations(
                store, text, 12, municipality_id=municipality_id
            ),
            self._describe_organization,
        )
        self.organizations.chosen.connect(self._organization_chosen)
        self.organizations.shown.connect(lambda _count: self._update_organization_hint())
        self.organization.textEdited.connect(self._organization_edited)

        self._check_timer = QTimer(self)
        self._check_timer.setSingleShot(True)
        self._check_timer.setInterval(CHECK_PAUSE_MS)
        self._check_timer.timeout.connect(self.check_lookalikes)
        for field in (self.first_name, self.last_name, self.phone, self.email):
            field.textEdited.connect(lambda _text: self._check_timer.start())

        prefill = people.split_typed_text(typed)
        self.first_name.setText(prefill.first_name)
        self.last_name.setText(prefill.last_name)
        self.email.setText(prefill.email)
        self.phone.setText(prefill.phone)
        self.first_name.setFocus()
        if typed.strip():
            self.check_lookalikes()

    def _line(self, name: str) -> QLineEdit:
        line = QLineEdit()
        line.setObjectName(name)
        line.setMinimumWidth(320)
        return line

    # --- organisation -------------------------------------------------------------

    def _describe_organization(self, match: OrganizationMatch) -> str:
        place = match.municipality_short_name
        return f"{match.name} — {place}" if place else match.name

    def _organization_chosen(self, match: OrganizationMatch) -> None:
        self.organization.setText(match.name)
        self._organization_id = match.organization_id
        self._update_organization_hint()

    def _organization_edited(self, text: str) -> None:
        self._organization_id = None
        if not text.strip():
            self._update_organization_hint()

    def _update_organization_hint(self) -> None:
        text = self.organization.text().strip()
        self._form.setRowVisible(self.organization_hint, bool(text))
        if not text:
            self.organization_hint.clear()
        elif self._organization_id or any(m.exact for m in self.organizations.results):
            self.organization_hint.setText(self.tr("A known organisation."))
        else:
            self.organization_hint.setText(self.tr("A new organisation will be created."))

    # --- lookalikes ----------------------------------------------------------------

    def _person(self) -> tuple[str, str, str, str]:
        return (
            self.first_name.text(),
            self.last_name.text(),
            self.email.text(),
            self.phone.text(),
        )

    def check_lookalikes(self) -> None:
        """Ask whether what is typed so far looks like someone known."""
        self._check_timer.stop()
        person = self._person()
        store = self.ctx.store
        self.ctx.runner.run(
            lambda: people.lookalikes(store, *person),
            on_success=lambda found: self._checked(person, found),
        )

    def _checked(self, person: tuple[str, str, str, str], found: list[ContactMatch]) -> None:
        if person == self._person():
            self._show_lookalikes(found)

    def _reasons(self, match: ContactMatch) -> str:
        names = {
            people.SAME_NAME: self.tr("same name"),
            people.SAME_EMAIL: self.tr("same e-mail"),
            people.SAME_PHONE: self.tr("same phone number"),
        }
        return ", ".join(names.get(reason, reason) for reason in match.matched_on)

    def _show_lookalikes(self, found: list[ContactMatch]) -> None:
        self._shown = found
        self.lookalikes.clear()
        for match in found:
            details = " · ".join(
                part for part in (match.organization, match.email, match.phone) if part
            )
            text = f"{match.full_name} ({self._reasons(match)})"
            item = QListWidgetItem(f"{text}\n{details}" if details else text)
            item.setData(ID_ROLE, match.contact_id)
            self.lookalikes.addItem(item)
        if found:
            self.lookalikes.setCurrentRow(0)
        for widget in (self.warning, self.lookalikes, self.invite_existing_button):
            widget.setVisible(bool(found))
        unseen = {m.contact_id for m in found} - self._acknowledged
        if found and not unseen:
            self.save_button.setText(self.tr("&Create a new person anyway"))
        else:
            self.save_button.setText(self.tr("&Save and invite"))
        self.adjustSize()

    # --- saving ---------------------------------------------------------------------

    def save(self) -> None:
        """Enter or the Save button: check for lookalikes once more (typing may have
        outrun the check), stop if one was never shown, else create and invite."""
        if self._busy or self.organizations.picking():
            return
        self._busy = True
        person = self._person()
        store = self.ctx.store
        self.ctx.runner.run(
            lambda: people.lookalikes(store, *person),
            on_success=self._save_checked,
            on_failure=self._failed,
        )

    def _save_checked(self, found: list[ContactMatch]) -> None:
        unseen = {m.contact_id for m in found} - self._acknowledged
        self._acknowledged |= unseen
        if unseen:
            self._busy = False
            self._show_lookalikes(found)
            return
        first, last, email, phone = self._person()
        organization_id = self._organization_id
        organization_name = self.organization.text()
        role = self.role.text()
        attended = self.present.isChecked()
        store, meeting_id = self.ctx.store, self.meeting_id
        self.ctx.runner.run(
            lambda: attendance.create_and_invite(
                store,
                meeting_id,
                first_name=first,
                last_name=last,
                organization_id=organization_id,
                organization_name=organization_name,
                role=role,
                phone=phone,
                email=email,
                attended=attended,
            ),
            on_success=self._created,
            on_failure=self._failed,
            changes=PEOPLE_CHANGES,
        )

    def _created(self, added: NewPerson) -> None:
        self._busy = False
        self.invited.emit(added.participant_id)
        self.accept()

    def invite_existing(self) -> None:
        item = self.lookalikes.currentItem()
        if item is None or self._busy:
            return
        self._busy = True
        contact_id = item.data(ID_ROLE)
        attended = self.present.isChecked()
        store, meeting_id = self.ctx.store, self.meeting_id
        self.ctx.runner.run(
            lambda: attendance.invite_contact(store, meeting_id, contact_id, attended),
            on_success=self._invited_existing,
            on_failure=self._failed,
            changes=frozenset({Change.MEETINGS}),
        )

    def _invited_existing(self, participant_id: str) -> None:
        self._busy = False
        self.invited.emit(participant_id)
        self.accept()

    def _failed(self, error: FieldKitError) -> None:
        self._busy = False
        self.error.setText(user_message(error))
        self.error.show()
