"""The Organisations page: the programme's partners (libraries, municipality,
business, NGOs, schools, ...), filtered by text, municipality and sector, with
the people in each."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QComboBox, QWidget

from fieldkit.model import Sector
from fieldkit.services.directory import OrganizationRow, organization_ids, organization_rows
from fieldkit.services.partners import delete_organization
from fieldkit.ui.context import AppContext
from fieldkit.ui.labels import sector_label
from fieldkit.ui.lazy_model import LazyColumn
from fieldkit.ui.merge_dialog import MergeButtons
from fieldkit.ui.ops import Change
from fieldkit.ui.organization_editor import OrganizationEditor, fill_sectors
from fieldkit.ui.views.directory_page import DirectoryPage


class OrganizationsView(DirectoryPage):
    shows = frozenset({Change.ORGANIZATIONS, Change.CONTACTS})  # the people count
    kind = "organizations"
    editor: OrganizationEditor

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        self.sector_combo = QComboBox()
        self.sector_combo.setObjectName("organizations-sector")
        super().__init__(ctx, parent)
        fill_sectors(self.sector_combo, self.tr("All sectors"))
        self.sector_combo.currentIndexChanged.connect(lambda _index: self.reload())
        self.merging = MergeButtons(self, "organization")

    def retranslate(self) -> None:
        self.filter_field.setPlaceholderText(self.tr("Filter by name, address, website, notes…"))
        self.new_button.setText(self.tr("New organisation"))
        self.delete_button.setText(self.tr("Delete organisation…"))

    def extra_filters(self) -> list[QWidget]:
        return [self.sector_combo]

    @property
    def sector(self) -> Sector | None:
        return self.sector_combo.currentData()  # type: ignore[no-any-return]

    def columns(self) -> list[LazyColumn]:
        def municipality(row: OrganizationRow) -> str:
            return self.municipality_names.get(row.municipality_id or "", "")

        def people(row: OrganizationRow) -> str:
            return QLocale().toString(row.contact_count)

        return [
            LazyColumn(lambda: self.tr("Name"), lambda r: r.name, "name", True),
            LazyColumn(lambda: self.tr("Sector"), lambda r: sector_label(r.sector), "sector"),
            LazyColumn(lambda: self.tr("Municipality"), municipality, "municipality"),
            LazyColumn(lambda: self.tr("People"), people, "contacts", numeric=True),
            LazyColumn(lambda: self.tr("Website"), lambda r: r.website, "website", True),
        ]

    def column_widths(self) -> list[int]:
        return [300, 120, 190, 60]

    def fetch_rows(self, ids: Sequence[str]) -> Sequence[Any]:
        return organization_rows(self.ctx.store, ids)

    def row_id(self, row: Any) -> str:
        return row.organization_id  # type: ignore[no-any-return]

    def ids_job(self) -> Callable[[], list[str]]:
        store = self.ctx.store
        arguments = {
            "text": self.filter_text or None,
            "municipality_id": self.municipality_id,
            "sector": self.sector,
            "sort": self.model.sort_key,
            "descending": self.model.descending,
        }
        return lambda: organization_ids(store, **arguments)

    def new_presets(self) -> dict[str, Any]:
        return {**super().new_presets(), "sector": self.sector}

    def make_editor(self) -> OrganizationEditor:
        return OrganizationEditor(self.ctx)

    def count_text(self, count: int) -> str:
        return self.tr("%Ln organisation(s)", "", count)

    def confirm_delete_text(self) -> str:
        people = self.editor.contacts.count()
        name = self.editor.name.text()
        # Unnamed: a sentence of its own, not "this organisation" put in for {name}
        # (Lithuanian declines it differently in each sentence).
        if people and name:
            return self.tr(
                "Delete {name}? Its %n person(s) stay in Contacts, without an organisation.",
                "",
                people,
            ).format(name=name)
        if people:
            return self.tr(
                "Delete this organisation? Its %n person(s) stay in Contacts, without an "
                "organisation.",
                "",
                people,
            )
        if name:
            return self.tr("Delete {name}?").format(name=name)
        return self.tr("Delete this organisation?")

    def delete_job(self, record_id: str) -> tuple[Callable[[], Any], set[Any]]:
        store = self.ctx.store
        work = lambda: delete_organization(store, record_id)  # noqa: E731
        return work, {Change.ORGANIZATIONS, Change.CONTACTS}
