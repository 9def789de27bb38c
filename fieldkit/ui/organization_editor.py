"""The organisation editor: a partner's details and the people recorded in it,
saved as typed."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from fieldkit.model import Sector
from fieldkit.services.directory import OrganizationDetail, organization_detail
from fieldkit.services.partners import (
    MunicipalityView,
    create_organization,
    update_organization,
)
from fieldkit.ui.context import AppContext
from fieldkit.ui.editing import fill_municipalities
from fieldkit.ui.labels import sector_label
from fieldkit.ui.ops import Change
from fieldkit.ui.record_editor import RecordEditor

ID_ROLE = Qt.ItemDataRole.UserRole + 1


def fill_sectors(combo: QComboBox, none_text: str | None = None) -> None:
    """Sectors in their own order (item data: the Sector), optionally after a
    "none" entry whose data is None."""
    combo.clear()
    if none_text is not None:
        combo.addItem(none_text, None)
    for sector in Sector:
        combo.addItem(sector_label(sector), sector)


class OrganizationEditor(RecordEditor):
    kind = "organization"
    changes = frozenset({Change.ORGANIZATIONS})

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.placeholder.setText(
            self.tr("Choose an organisation in the list, or add a new organisation.")
        )
        self.name = QLineEdit()
        self.name.setObjectName("organization-name")
        self.sector = QComboBox()
        self.sector.setObjectName("organization-sector")
        fill_sectors(self.sector)
        self.municipality = QComboBox()
        self.municipality.setObjectName("organization-municipality")
        self.address = QLineEdit()
        self.address.setObjectName("organization-address")
        self.website = QLineEdit()
        self.website.setObjectName("organization-website")
        self.website.setPlaceholderText("https://")
        self.notes = QPlainTextEdit()
        self.notes.setObjectName("organization-notes")
        self.notes.setTabChangesFocus(True)
        self.notes.setMaximumHeight(110)
        self.contacts = QListWidget()
        self.contacts.setObjectName("organization-contacts")
        self.contacts.itemActivated.connect(self._open_contact)

        self.bind(self.name, "name")
        self.bind(self.sector, "sector")
        self.bind(self.municipality, "municipality_id")
        self.bind(self.address, "address")
        self.bind(self.website, "website")
        self.bind(self.notes, "notes")

        form = QFormLayout()
        form.addRow(self.tr("Name:"), self.name)
        form.addRow(self.tr("Sector:"), self.sector)
        form.addRow(self.tr("Municipality:"), self.municipality)
        form.addRow(self.tr("Address:"), self.address)
        form.addRow(self.tr("Website:"), self.website)
        form.addRow(self.tr("Notes:"), self.notes)
        self.people = QGroupBox()
        QVBoxLayout(self.people).addWidget(self.contacts)
        layout = QVBoxLayout(self.form_page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(form)
        layout.addWidget(self.people, 1)

    def read_job(self, record_id: str) -> Callable[[], OrganizationDetail]:
        store = self.ctx.store
        return lambda: organization_detail(store, record_id)

    def create_job(self, values: dict[str, Any]) -> str:
        values = dict(values)
        name = values.pop("name", "")
        sector = values.pop("sector", None) or Sector.OTHER
        return create_organization(self.ctx.store, name=name, sector=sector, **values)

    def new_defaults(self) -> dict[str, Any]:
        defaults = {"sector": self.sector.currentData()}
        if self.municipality.currentData():
            defaults["municipality_id"] = self.municipality.currentData()
        return defaults

    def preset(self, values: dict[str, Any]) -> None:
        if values.get("sector"):
            self.sector.setCurrentIndex(max(0, self.sector.findData(values["sector"])))
        municipality_id = values.get("municipality_id")
        self.municipality.setCurrentIndex(max(0, self.municipality.findData(municipality_id)))

    def update_job(self, record_id: str, values: dict[str, Any]) -> None:
        update_organization(self.ctx.store, record_id, **values)

    def first_field(self) -> QWidget:
        return self.name

    def show_record(self, detail: OrganizationDetail) -> None:
        for widget, value in (
            (self.name, detail.name),
            (self.address, detail.address),
            (self.website, detail.website),
        ):
            widget.setText(value)
            widget.setCursorPosition(0)
        self.sector.setCurrentIndex(max(0, self.sector.findData(detail.sector)))
        self.municipality.setCurrentIndex(
            max(0, self.municipality.findData(detail.municipality_id))
        )
        self.notes.setPlainText(detail.notes)
        self.people.setTitle(self.tr("People (%n)", "", len(detail.contacts)))
        self.contacts.clear()
        for contact in detail.contacts:
            text = f"{contact.full_name} · {contact.role}" if contact.role else contact.full_name
            item = QListWidgetItem(text)
            item.setData(ID_ROLE, contact.contact_id)
            self.contacts.addItem(item)

    def empty_form(self) -> None:
        for widget in (self.name, self.address, self.website):
            widget.clear()
        self.notes.clear()
        self.sector.setCurrentIndex(max(0, self.sector.findData(Sector.OTHER)))
        self.municipality.setCurrentIndex(0)
        self.people.setTitle(self.tr("People (%n)", "", 0))
        self.contacts.clear()

    def set_municipalities(self, choices: Sequence[MunicipalityView]) -> None:
        current = self.municipality.currentData()
        fill_municipalities(self.municipality, choices, current, self.tr("(none)"))

    def _open_contact(self, item: QListWidgetItem) -> None:
        contact_id = item.data(ID_ROLE)
        if contact_id:
            self.flush()
            self.ctx.window.open_record("contact", contact_id)
