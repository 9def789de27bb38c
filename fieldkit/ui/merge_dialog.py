"""Merging two contacts or two organisations, and finding the ones to merge.

MergeDialog shows the two records side by side with one choice per field where
they differ (the kept record's value, or the other's); every link of both stays
with the kept record and the other's values stay in its history (see
services/merging.py). DuplicatesDialog lists the groups that look like one
person or one organisation (services/matching.py) and opens a merge for one."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from fieldkit.model import Sector
from fieldkit.services.directory import contact_rows, organization_rows
from fieldkit.services.matching import (
    SAME_EMAIL,
    SAME_NAME,
    SAME_NAME_AND_ORGANIZATION,
    SAME_PHONE,
    DuplicateGroup,
    find_duplicate_contacts,
    find_duplicate_organizations,
)
from fieldkit.services.merging import (
    KEEP,
    LOSE,
    MergePreview,
    merge_contacts,
    merge_organizations,
    merge_preview,
)
from fieldkit.ui.context import AppContext
from fieldkit.ui.labels import sector_label
from fieldkit.ui.ops import Change
from fieldkit.ui.privacy_actions import legal_basis_text

ID_ROLE = Qt.ItemDataRole.UserRole + 1

_CHANGES = {
    "contact": frozenset({Change.CONTACTS, Change.MEETINGS, Change.PROBLEMS}),
    "organization": frozenset({Change.ORGANIZATIONS, Change.CONTACTS, Change.PROBLEMS}),
}


class MergeDialog(QDialog):
    """The two records side by side; Merge keeps the left one."""

    # the preview was read and shown (the dialog can be answered)
    shown = Signal()
    # the merge was made (the kept record's id)
    merged = Signal(str)

    def __init__(
        self, ctx: AppContext, kind: str, keep_id: str, lose_id: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.kind = kind
        self.keep_id, self.lose_id = keep_id, lose_id
        self.preview: MergePreview | None = None
        self.choices: dict[str, QButtonGroup] = {}
        self.setObjectName("merge-dialog")
        self.setWindowTitle(
            self.tr("Merge two contacts")
            if kind == "contact"
            else self.tr("Merge two organisations")
        )
        self.setMinimumWidth(720)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.grid_host = QWidget()
        self.grid = QGridLayout(self.grid_host)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.grid_host)
        self.swap_button = QPushButton(self.tr("Keep the other one"))
        self.swap_button.setObjectName("merge-swap")
        self.swap_button.clicked.connect(self.swap)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.merge_button = self.buttons.addButton(
            self.tr("Merge"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.merge_button.setObjectName("merge-confirm")
        self.merge_button.setEnabled(False)
        self.buttons.accepted.connect(self.merge)
        self.buttons.rejected.connect(self.reject)
        bottom = QHBoxLayout()
        bottom.addWidget(self.swap_button)
        bottom.addStretch(1)
        bottom.addWidget(self.buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(scroll, 1)
        layout.addLayout(bottom)
        self.load()

    def _field_label(self, field: str) -> str:
        labels = {
            "first_name": self.tr("First name"),
            "last_name": self.tr("Last name"),
            "organization_id": self.tr("Organisation"),
            "role": self.tr("Role"),
            "phone": self.tr("Phone"),
            "email": self.tr("E-mail"),
            "municipality_id": self.tr("Municipality"),
            "notes": self.tr("Notes"),
            "tags": self.tr("Tags"),
            "consent_given_on": self.tr("Consent given on"),
            "consent_method": self.tr("Consent: how"),
            "consent_purpose": self.tr("Consent: for what"),
            "legal_basis": self.tr("Legal basis"),
            "name": self.tr("Name"),
            "sector": self.tr("Sector"),
            "address": self.tr("Address"),
            "website": self.tr("Website"),
        }
        return labels.get(field, field)

    def _value_text(self, field: str, value: Any, text: str) -> str:
        if field == "legal_basis":
            return legal_basis_text(text)
        if field == "sector" and value:
            return sector_label(Sector(value))
        return text

    def load(self) -> None:
        store, kind, keep_id, lose_id = self.ctx.store, self.kind, self.keep_id, self.lose_id
        self.merge_button.setEnabled(False)
        self.ctx.runner.run(
            lambda: merge_preview(store, kind, keep_id, lose_id),
            on_success=self._show,
            on_failure=self._failed,
        )

    def _failed(self, error: Any) -> None:
        from fieldkit.ui.errors import user_message

        self.ctx.window.show_error(user_message(error))
        self.reject()

    def _show(self, preview: MergePreview) -> None:
        self.preview = preview
        self.choices.clear()
        while self.grid.count():
            item = self.grid.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        self.intro.setText(
            self.tr(
                "{keep} is kept; {lose} is merged into it. Meetings, action items and "
                "problems of both stay with the kept record. Where the two differ, choose "
                "the value to keep; the other values stay in the record's history."
            ).format(keep=preview.keep_title, lose=preview.lose_title)
        )
        keep_head = QLabel(self.tr("Kept"))
        lose_head = QLabel(self.tr("Merged into it"))
        for head in (keep_head, lose_head):
            font = head.font()
            font.setBold(True)
            head.setFont(font)
        self.grid.addWidget(keep_head, 0, 1)
        self.grid.addWidget(lose_head, 0, 2)
        for row, field in enumerate(preview.fields, 1):
            keep_text = self._value_text(field.field, field.keep_value, field.keep_text)
            lose_text = self._value_text(field.field, field.lose_value, field.lose_text)
            self.grid.addWidget(QLabel(self._field_label(field.field)), row, 0)
            if not field.differs:
                same = QLabel(keep_text or "—")
                same.setEnabled(False)
                self.grid.addWidget(same, row, 1, 1, 2)
                continue
            group = QButtonGroup(self)
            keep_radio = QRadioButton(keep_text or self.tr("(empty)"))
            keep_radio.setObjectName(f"merge-{field.field}-keep")
            lose_radio = QRadioButton(lose_text or self.tr("(empty)"))
            lose_radio.setObjectName(f"merge-{field.field}-lose")
            group.addButton(keep_radio)
            group.addButton(lose_radio)
            # as the service would choose: the kept value, unless it is empty
            keep_empty = field.keep_value in (None, "")
            (lose_radio if keep_empty else keep_radio).setChecked(True)
            self.choices[field.field] = group
            self.grid.addWidget(keep_radio, row, 1)
            self.grid.addWidget(lose_radio, row, 2)
        self.grid.setRowStretch(len(preview.fields) + 1, 1)
        self.merge_button.setEnabled(True)
        self.shown.emit()

    def chosen(self) -> dict[str, str]:
        """ "keep" or "lose" for each field where the two differ."""
        result = {}
        for field, group in self.choices.items():
            checked = group.checkedButton()
            lose = checked is not None and checked.objectName().endswith("-lose")
            result[field] = LOSE if lose else KEEP
        return result

    def swap(self) -> None:
        self.keep_id, self.lose_id = self.lose_id, self.keep_id
        self.load()

    def merge(self) -> None:
        if self.preview is None:
            return
        store, keep_id, lose_id, choices = self.ctx.store, self.keep_id, self.lose_id, self.chosen()
        work = merge_contacts if self.kind == "contact" else merge_organizations
        self.merge_button.setEnabled(False)
        self.ctx.runner.run(
            lambda: work(store, keep_id, lose_id, choices),
            changes=_CHANGES[self.kind],
            on_success=lambda _result: self._merged(keep_id),
            on_failure=self._failed,
        )

    def _merged(self, keep_id: str) -> None:
        self.merged.emit(keep_id)
        self.accept()


class DuplicatesDialog(QDialog):
    """The records that look like one (the same e-mail, phone or name), a group a
    line; Merge… opens the merge of the chosen group's first two."""

    # the list was read and shown
    shown = Signal()
    # a merge was made from here (the kept record's id)
    merged = Signal(str)

    def __init__(self, ctx: AppContext, kind: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.kind = kind
        self.groups: list[DuplicateGroup] = []
        self.setObjectName("duplicates-dialog")
        self.setWindowTitle(
            self.tr("Contacts that look like one person")
            if kind == "contact"
            else self.tr("Organisations that look like one")
        )
        self.resize(640, 420)
        self.list = QListWidget()
        self.list.setObjectName("duplicates-list")
        self.list.itemActivated.connect(lambda _item: self.merge_chosen())
        self.list.currentRowChanged.connect(lambda _row: self._update())
        self.status = QLabel()
        self.merge_button = QPushButton(self.tr("Merge…"))
        self.merge_button.setObjectName("duplicates-merge")
        self.merge_button.clicked.connect(self.merge_chosen)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        bottom = QHBoxLayout()
        bottom.addWidget(self.status, 1)
        bottom.addWidget(self.merge_button)
        bottom.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.list, 1)
        layout.addLayout(bottom)
        self.reload()

    def _reason(self, reason: str) -> str:
        return {
            SAME_NAME: self.tr("same name"),
            SAME_EMAIL: self.tr("same e-mail"),
            SAME_PHONE: self.tr("same phone number"),
            SAME_NAME_AND_ORGANIZATION: self.tr("same name and organisation"),
        }.get(reason, reason)

    def reload(self) -> None:
        self.status.setText(self.tr("Looking for duplicates…"))
        self._update()
        store, kind = self.ctx.store, self.kind

        def work() -> list[tuple[DuplicateGroup, list[str]]]:
            if kind == "contact":
                groups = find_duplicate_contacts(store)
                rows = {r.contact_id: r for r in contact_rows(store, _ids(groups))}
                return [
                    (g, [_describe_contact(rows[i]) for i in g.record_ids if i in rows])
                    for g in groups
                ]
            groups = find_duplicate_organizations(store)
            found = {r.organization_id: r.name for r in organization_rows(store, _ids(groups))}
            return [(g, [found[i] for i in g.record_ids if i in found]) for g in groups]

        self.ctx.runner.run(work, on_success=self._show)

    def _show(self, found: list[tuple[DuplicateGroup, list[str]]]) -> None:
        self.list.clear()
        self.groups = []
        for group, names in found:
            if len(names) < 2:
                continue
            reasons = ", ".join(self._reason(r) for r in sorted(group.reasons))
            item = QListWidgetItem(f"{' — '.join(names)}  ({reasons})")
            item.setData(ID_ROLE, len(self.groups))
            self.list.addItem(item)
            self.groups.append(group)
        self.status.setText(self.tr("%n group(s) found", "", len(self.groups)))
        if self.groups:
            self.list.setCurrentRow(0)
        self._update()
        self.shown.emit()

    def _update(self) -> None:
        self.merge_button.setEnabled(self.list.currentRow() >= 0 and bool(self.groups))

    def merge_chosen(self) -> MergeDialog | None:
        row = self.list.currentRow()
        if row < 0 or row >= len(self.groups):
            return None
        keep_id, lose_id = self.groups[row].record_ids[:2]
        dialog = MergeDialog(self.ctx, self.kind, keep_id, lose_id, self)
        dialog.merged.connect(self._merged)
        dialog.open()
        return dialog

    def _merged(self, keep_id: str) -> None:
        self.merged.emit(keep_id)
        self.reload()


def _ids(groups: list[DuplicateGroup]) -> list[str]:
    return [record_id for group in groups for record_id in group.record_ids]


def _describe_contact(row: Any) -> str:
    details = [d for d in (row.organization_name, row.email or row.phone) if d]
    return f"{row.full_name} ({', '.join(details)})" if details else row.full_name


class MergeButtons:
    """ "Merge…" (two rows selected in a directory page's list) and "Find
    duplicates…", added to the page's bar before its New button. The page's list
    allows several rows selected; the record in the editor is the one kept."""

    def __init__(self, page: Any, kind: str) -> None:
        self.page = page
        self.kind = kind
        self.dialog: QDialog | None = None
        prefix = page.kind
        self.merge_button = QPushButton(QCoreApplication.translate("MergeButtons", "Merge…"))
        self.merge_button.setObjectName(f"{prefix}-merge")
        self.merge_button.setToolTip(
            QCoreApplication.translate("MergeButtons", "Select two rows (Ctrl+click) to merge them")
        )
        self.merge_button.clicked.connect(self.merge_selected)
        self.duplicates_button = QPushButton(
            QCoreApplication.translate("MergeButtons", "Find duplicates…")
        )
        self.duplicates_button.setObjectName(f"{prefix}-duplicates")
        self.duplicates_button.clicked.connect(self.find_duplicates)
        page.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        page.table.selectionModel().selectionChanged.connect(lambda *_: self.update())
        bar = page.layout().itemAt(0).layout()
        at = bar.indexOf(page.new_button)
        bar.insertWidget(at, self.duplicates_button)
        bar.insertWidget(at, self.merge_button)
        self.update()

    def selected_ids(self) -> list[str]:
        rows = sorted(index.row() for index in self.page.table.selectionModel().selectedRows())
        ids = [self.page.model.id_at(row) for row in rows]
        return [record_id for record_id in ids if record_id is not None]

    def update(self) -> None:
        self.merge_button.setEnabled(len(self.selected_ids()) == 2)

    def merge_selected(self) -> MergeDialog | None:
        ids = self.selected_ids()
        if len(ids) != 2:
            return None
        current = self.page.current_id()
        keep_id, lose_id = ids if current != ids[1] else (ids[1], ids[0])
        self.page.editor.flush()
        dialog = MergeDialog(self.page.ctx, self.kind, keep_id, lose_id, self.page)
        dialog.merged.connect(self._merged)
        self.dialog = dialog
        dialog.open()
        return dialog

    def find_duplicates(self) -> DuplicatesDialog:
        self.page.editor.flush()
        dialog = DuplicatesDialog(self.page.ctx, self.kind, self.page)
        dialog.merged.connect(self._merged)
        self.dialog = dialog
        dialog.open()
        return dialog

    def _merged(self, keep_id: str) -> None:
        self.page.open_record(keep_id)
