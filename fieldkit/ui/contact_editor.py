"""The contact editor: a person's details, their consent (personal data under the
GDPR) and the meetings they attended, saved as typed."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QDate, QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from fieldkit.model import ParticipantRole
from fieldkit.reports.person_export import export_person
from fieldkit.services.directory import ContactDetail, contact_detail
from fieldkit.services.partners import MunicipalityView, create_contact, update_contact
from fieldkit.services.people import OrganizationMatch, find_organizations
from fieldkit.services.privacy import erase_contact
from fieldkit.ui.context import AppContext
from fieldkit.ui.editing import fill_municipalities
from fieldkit.ui.inline import LiveCompleter
from fieldkit.ui.labels import municipality_label, participant_role_label
from fieldkit.ui.ops import Change
from fieldkit.ui.privacy_actions import ask_export_target, confirm_erase, fill_legal_bases
from fieldkit.ui.record_editor import RecordEditor

ID_ROLE = Qt.ItemDataRole.UserRole + 1


def qdate(value: dt.date) -> QDate:
    return QDate(value.year, value.month, value.day)


class ContactEditor(RecordEditor):
    kind = "contact"
    changes = frozenset({Change.CONTACTS})
    # the person shown was erased (their id)
    erased = Signal(str)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self._organization_id: str | None = None
        # the contact's municipality, whose organisations are suggested first (a
        # plain attribute: the suggestions are read on the database thread)
        self._municipality_id: str | None = None
        self._municipality_names: dict[str, str] = {}
        self.placeholder.setText(self.tr("Choose a person in the list, or add a new contact."))

        def line(name: str) -> QLineEdit:
            widget = QLineEdit()
            widget.setObjectName(f"contact-{name}")
            return widget

        self.first_name = line("first-name")
        self.last_name = line("last-name")
        self.organization = line("organization")
        self.organization.setPlaceholderText(self.tr("Type to choose an organisation"))
        self.open_organization = QToolButton()
        self.open_organization.setObjectName("contact-open-organization")
        self.open_organization.setText("→")
        self.open_organization.setToolTip(self.tr("Open this organisation"))
        self.open_organization.clicked.connect(self._open_organization)
        self.role = line("role")
        self.phone = line("phone")
        self.email = line("email")
        self.municipality = QComboBox()
        self.municipality.setObjectName("contact-municipality")
        self.tags = line("tags")
        self.tags.setPlaceholderText(self.tr("Comma-separated, e.g. youth, volunteers"))
        self.notes = QPlainTextEdit()
        self.notes.setObjectName("contact-notes")
        self.notes.setTabChangesFocus(True)
        self.notes.setMaximumHeight(90)

        self.consent_given = QCheckBox(self.tr("Consent given on"))
        self.consent_given.setObjectName("contact-consent-given")
        self.consent_date = QDateEdit()
        self.consent_date.setObjectName("contact-consent-date")
        self.consent_date.setCalendarPopup(True)
        self.consent_given.toggled.connect(self.consent_date.setEnabled)
        self.consent_method = line("consent-method")
        self.consent_method.setPlaceholderText(self.tr("e.g. in writing at the meeting"))
        self.consent_purpose = line("consent-purpose")
        self.consent_purpose.setPlaceholderText(self.tr("e.g. invitations to meetings"))
        self.legal_basis = QComboBox()
        self.legal_basis.setObjectName("contact-legal-basis")
        fill_legal_bases(self.legal_basis, "")

        self.export_button = QPushButton(self.tr("Export everything about this person…"))
        self.export_button.setObjectName("contact-export")
        self.export_button.clicked.connect(self.export_person)
        self.erase_button = QPushButton(self.tr("Erase this person…"))
        self.erase_button.setObjectName("contact-erase")
        self.erase_button.clicked.connect(self.erase_person)

        self.meetings = QListWidget()
        self.meetings.setObjectName("contact-meetings")
        self.meetings.setWordWrap(True)
        self.meetings.itemActivated.connect(self._open_meeting)

        store = ctx.store
        self.organizations = LiveCompleter(
            ctx.runner,
            self.organization,
            lambda typed: find_organizations(
                store, typed, 12, municipality_id=self._municipality_id
            ),
            self._describe_organization,
        )
        self.organizations.chosen.connect(self._organization_chosen)
        self.organization.editingFinished.connect(self._organization_typed)
        self.municipality.activated.connect(self._municipality_picked)
        self.edits.watch(self.organization)

        self._bind_fields()
        self._lay_out()

    def _bind_fields(self) -> None:
        self.bind(self.first_name, "first_name")
        self.bind(self.last_name, "last_name")
        self.bind(self.role, "role")
        self.bind(self.phone, "phone")
        self.bind(self.email, "email")
        self.bind(self.municipality, "municipality_id")
        self.bind(self.tags, "tags")
        self.bind(self.notes, "notes")
        self.bind(self.consent_given, "consent_given_on", self._consent_date_value)
        self.bind(self.consent_date, "consent_given_on", self._consent_date_value)
        self.bind(self.consent_method, "consent_method")
        self.bind(self.consent_purpose, "consent_purpose")
        self.bind(self.legal_basis, "legal_basis")  # the key, or "" (see fill_legal_bases)

    def _lay_out(self) -> None:
        organization_row = QHBoxLayout()
        organization_row.addWidget(self.organization, 1)
        organization_row.addWidget(self.open_organization)
        form = QFormLayout()
        form.addRow(self.tr("First name:"), self.first_name)
        form.addRow(self.tr("Last name:"), self.last_name)
        form.addRow(self.tr("Organisation:"), organization_row)
        form.addRow(self.tr("Role:"), self.role)
        form.addRow(self.tr("Phone:"), self.phone)
        form.addRow(self.tr("E-mail:"), self.email)
        form.addRow(self.tr("Municipality:"), self.municipality)
        form.addRow(self.tr("Tags:"), self.tags)
        form.addRow(self.tr("Notes:"), self.notes)
        consent = QGroupBox(self.tr("Consent to keep this person's data"))
        consent_form = QFormLayout(consent)
        date_row = QHBoxLayout()
        date_row.addWidget(self.consent_given)
        date_row.addWidget(self.consent_date, 1)
        consent_form.addRow(date_row)
        consent_form.addRow(self.tr("How:"), self.consent_method)
        consent_form.addRow(self.tr("For what:"), self.consent_purpose)
        consent_form.addRow(self.tr("Legal basis:"), self.legal_basis)
        meetings = QGroupBox(self.tr("Meetings attended"))
        QVBoxLayout(meetings).addWidget(self.meetings)
        layout = QVBoxLayout(self.form_page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(form)
        layout.addWidget(consent)
        layout.addWidget(meetings, 1)
        privacy = QHBoxLayout()
        privacy.addWidget(self.export_button)
        privacy.addStretch(1)
        privacy.addWidget(self.erase_button)
        layout.addLayout(privacy)

    # --- RecordEditor --------------------------------------------------------------

    def read_job(self, record_id: str) -> Callable[[], ContactDetail]:
        store = self.ctx.store
        return lambda: contact_detail(store, record_id)

    def create_job(self, values: dict[str, Any]) -> str:
        values = dict(values)
        first_name = values.pop("first_name", "")
        last_name = values.pop("last_name", "")
        return create_contact(self.ctx.store, first_name=first_name, last_name=last_name, **values)

    def new_defaults(self) -> dict[str, Any]:
        municipality_id = self.municipality.currentData()
        return {"municipality_id": municipality_id} if municipality_id else {}

    def preset(self, values: dict[str, Any]) -> None:
        municipality_id = values.get("municipality_id")
        self.municipality.setCurrentIndex(max(0, self.municipality.findData(municipality_id)))
        self._municipality_id = self.municipality.currentData()

    def update_job(self, record_id: str, values: dict[str, Any]) -> None:
        update_contact(self.ctx.store, record_id, **values)

    def first_field(self) -> QWidget:
        return self.first_name

    def show_record(self, detail: ContactDetail) -> None:
        self.organizations.clear()
        c = detail.contact
        values = (
            c.first_name,
            c.last_name,
            detail.organization_name,
            c.role,
            c.phone,
            c.email,
            c.tags,
            c.consent_method,
            c.consent_purpose,
        )
        for widget, value in zip(self._line_edits(), values, strict=True):
            widget.setText(value)
            widget.setCursorPosition(0)
        self._organization_id = c.organization_id if detail.organization_name else None
        self.open_organization.setEnabled(self._organization_id is not None)
        self.municipality.setCurrentIndex(max(0, self.municipality.findData(c.municipality_id)))
        self._municipality_id = c.municipality_id
        self.notes.setPlainText(c.notes)
        self.consent_given.setChecked(c.consent_given_on is not None)
        self.consent_date.setEnabled(c.consent_given_on is not None)
        self.consent_date.setDate(qdate(c.consent_given_on or dt.date.today()))
        fill_legal_bases(self.legal_basis, c.legal_basis)
        self._show_meetings(detail)
        self._enable_privacy(True)

    def _line_edits(self) -> tuple[QLineEdit, ...]:
        return (
            self.first_name,
            self.last_name,
            self.organization,
            self.role,
            self.phone,
            self.email,
            self.tags,
            self.consent_method,
            self.consent_purpose,
        )

    def empty_form(self) -> None:
        self.organizations.clear()
        for widget in self._line_edits():
            widget.clear()
        self.notes.clear()
        self.municipality.setCurrentIndex(0)
        self._municipality_id = None
        self._organization_id = None
        self.open_organization.setEnabled(False)
        self.consent_given.setChecked(False)
        self.consent_date.setEnabled(False)
        self.consent_date.setDate(QDate.currentDate())
        fill_legal_bases(self.legal_basis, "")
        self.meetings.clear()
        self._enable_privacy(False)

    def set_municipalities(self, choices: Sequence[MunicipalityView]) -> None:
        self._municipality_names = {c.municipality_id: municipality_label(c) for c in choices}
        current = self.municipality.currentData()
        fill_municipalities(self.municipality, choices, current, self.tr("(none)"))

    def _municipality_picked(self, _index: int) -> None:
        self._municipality_id = self.municipality.currentData()

    def _consent_date_value(self) -> dt.date | None:
        if not self.consent_given.isChecked():
            return None
        return self.consent_date.date().toPython()  # type: ignore[no-any-return]

    # --- meetings attended ------------------------------------------------------------

    def _show_meetings(self, detail: ContactDetail) -> None:
        self.meetings.clear()
        locale = QLocale()
        for meeting in detail.meetings:
            when = locale.toString(qdate(meeting.starts_at.date()), QLocale.FormatType.ShortFormat)
            parts = [when, meeting.title, self._municipality_names.get(meeting.municipality_id, "")]
            if meeting.role != ParticipantRole.PARTICIPANT:
                parts.append(participant_role_label(meeting.role))
            item = QListWidgetItem(" · ".join(part for part in parts if part))
            item.setData(ID_ROLE, meeting.meeting_id)
            self.meetings.addItem(item)
        if not detail.meetings:
            item = QListWidgetItem(self.tr("No meetings attended yet."))
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            self.meetings.addItem(item)

    def _open_meeting(self, item: QListWidgetItem) -> None:
        meeting_id = item.data(ID_ROLE)
        if meeting_id:
            self.ctx.window.open_record("meeting", meeting_id)

    # --- choosing the organisation ---------------------------------------------------

    def _describe_organization(self, match: OrganizationMatch) -> str:
        place = self._municipality_names.get(match.municipality_id or "", "")
        return f"{match.name} · {place}" if place else match.name

    def _organization_chosen(self, match: OrganizationMatch) -> None:
        self.organization.setText(match.name)
        self.organization.setCursorPosition(0)
        self._set_organization(match.organization_id)

    def _organization_typed(self) -> None:
        """Leaving the field: an empty field means no organisation; a name that one
        organisation alone bears (up to case and diacritics) means that one;
        anything else is asked again."""
        if self._filling or (self.record_id is None and not self.is_new):
            return
        text = self.organization.text().strip()
        if not text:
            self._set_organization(None)
            return
        if self.organizations.picking():
            return  # Enter picks the highlighted suggestion
        store = self.ctx.store
        self.ctx.runner.run(
            lambda: find_organizations(store, text, 50),
            on_success=lambda found: self._organization_named(text, found),
        )

    def _organization_named(self, text: str, found: list[OrganizationMatch]) -> None:
        if text != self.organization.text().strip():
            return  # typing went on
        exact = [match.organization_id for match in found if match.exact]
        if self._organization_id in exact:
            return
        if len(exact) == 1:
            self._set_organization(exact[0])
        else:
            self._save_failed_text(
                self.tr(
                    "Choose the organisation from the list (or add it on the Organisations page)."
                )
            )

    def _set_organization(self, organization_id: str | None) -> None:
        if organization_id == self._organization_id:
            return
        self._organization_id = organization_id
        self.open_organization.setEnabled(organization_id is not None)
        self.chosen("organization_id", organization_id)

    def _save_failed_text(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.show()

    def _open_organization(self) -> None:
        if self._organization_id:
            self.flush()
            self.ctx.window.open_record("organization", self._organization_id)

    # --- the person's rights (GDPR) ---------------------------------------------------

    def _enable_privacy(self, enabled: bool) -> None:
        self.export_button.setEnabled(enabled)
        self.erase_button.setEnabled(enabled)

    def _shown_name(self) -> str:
        parts = (self.first_name.text().strip(), self.last_name.text().strip())
        return " ".join(part for part in parts if part)

    def export_person(self) -> None:
        """Everything held on the person, to a PDF to read or a JSON file to take
        away, in the window's language."""
        contact_id = self.record_id
        if contact_id is None:
            return
        self.flush()
        chosen = ask_export_target(self, self._shown_name())
        if chosen is None:
            return
        target, language = chosen
        store = self.ctx.store
        self.ctx.runner.run(
            lambda: export_person(store, contact_id, target, language),
            on_success=lambda _report: self.ctx.window.statusBar().showMessage(
                self.tr("Written to {path}.").format(path=str(target)), 8000
            ),
        )

    def erase_person(self) -> None:
        """Erase the person after a confirmation that names them: for good, and on
        every laptop after the next sync."""
        contact_id = self.record_id
        if contact_id is None or not confirm_erase(self, self._shown_name()):
            return
        self.edits.forget()  # nothing typed for the person is saved after the erase
        store = self.ctx.store
        self.ctx.runner.run(
            lambda: erase_contact(store, contact_id),  # erased by the system user
            changes={Change.CONTACTS, Change.MEETINGS},
            on_success=lambda _result: self._erased(contact_id),
        )

    def _erased(self, contact_id: str) -> None:
        if self.record_id == contact_id:
            self.clear()
        self.erased.emit(contact_id)
