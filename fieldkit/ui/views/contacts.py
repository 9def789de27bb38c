"""The Contacts page: every person the coordinators know (25,000 and more), found
by typing part of a name, organisation, role or town (diacritics optional), and
edited beside the list."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtWidgets import QPushButton, QWidget

from fieldkit.services.directory import ContactRow, contact_ids, contact_rows
from fieldkit.services.partners import delete_contact
from fieldkit.ui.contact_editor import ContactEditor
from fieldkit.ui.context import AppContext
from fieldkit.ui.lazy_model import LazyColumn
from fieldkit.ui.merge_dialog import MergeButtons
from fieldkit.ui.ops import Change
from fieldkit.ui.retention_dialog import RetentionDialog
from fieldkit.ui.views.directory_page import DirectoryPage


class ContactsView(DirectoryPage):
    shows = frozenset({Change.CONTACTS, Change.ORGANIZATIONS})
    kind = "contacts"
    editor: ContactEditor

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.merging = MergeButtons(self, "contact")
        # GDPR: people kept longer than needed, reviewed and erased from here
        self.retention_button = QPushButton(self.tr("No activity…"))
        self.retention_button.setObjectName("contacts-retention")
        self.retention_button.setToolTip(
            self.tr("People with no meeting and no change for years, to review and erase")
        )
        self.retention_button.clicked.connect(self.show_retention)
        bar = self.layout().itemAt(0).layout()
        bar.insertWidget(bar.indexOf(self.new_button), self.retention_button)

    def show_retention(self) -> RetentionDialog:
        self.editor.flush()
        dialog = RetentionDialog(self.ctx, self)
        dialog.open()
        return dialog

    def retranslate(self) -> None:
        self.filter_field.setPlaceholderText(self.tr("Filter by name, organisation, role, e-mail…"))
        self.new_button.setText(self.tr("New contact"))
        self.delete_button.setText(self.tr("Delete contact…"))

    def columns(self) -> list[LazyColumn]:
        def municipality(row: ContactRow) -> str:
            return self.municipality_names.get(row.municipality_id or "", "")

        return [
            LazyColumn(lambda: self.tr("Name"), lambda r: r.full_name, "name"),
            LazyColumn(
                lambda: self.tr("Organisation"), lambda r: r.organization_name, "organization", True
            ),
            LazyColumn(lambda: self.tr("Role"), lambda r: r.role, "role", True),
            LazyColumn(lambda: self.tr("Municipality"), municipality, "municipality"),
            LazyColumn(lambda: self.tr("Phone"), lambda r: r.phone, "phone"),
            LazyColumn(lambda: self.tr("E-mail"), lambda r: r.email, "email"),
        ]

    def column_widths(self) -> list[int]:
        return [190, 230, 170, 170, 120]

    def fetch_rows(self, ids: Sequence[str]) -> Sequence[Any]:
        return contact_rows(self.ctx.store, ids)

    def row_id(self, row: Any) -> str:
        return row.contact_id  # type: ignore[no-any-return]

    def ids_job(self) -> Callable[[], list[str]]:
        store = self.ctx.store
        arguments = {
            "text": self.filter_text or None,
            "municipality_id": self.municipality_id,
            "sort": self.model.sort_key,
            "descending": self.model.descending,
        }
        return lambda: contact_ids(store, **arguments)

    def make_editor(self) -> ContactEditor:
        return ContactEditor(self.ctx)

    def count_text(self, count: int) -> str:
        return self.tr("%Ln contact(s)", "", count)

    def confirm_delete_text(self) -> str:
        name = " ".join(
            part for part in (self.editor.first_name.text(), self.editor.last_name.text()) if part
        )
        if not name:
            return self.tr(
                "Delete this contact? The person disappears from lists and, after the next "
                "sync, from every laptop."
            )
        return self.tr(
            "Delete {name}? The person disappears from lists and, after the next sync, "
            "from every laptop."
        ).format(name=name)

    def delete_job(self, record_id: str) -> tuple[Callable[[], Any], set[Any]]:
        store = self.ctx.store
        return (lambda: delete_contact(store, record_id)), {Change.CONTACTS}
