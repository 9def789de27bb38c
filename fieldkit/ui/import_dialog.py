"""Importing contacts or organisations from a file: choose the file, check which
column holds what (guessed from the headers, remembered for files with the same
headers), see what each row will do, then import it all in one transaction.

Reading the file, the preview and the import run on the database thread; the
dialog only shows their results. A file that cannot be used is said in one
sentence inside the dialog, and nothing is written."""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from fieldkit.errors import FieldKitError
from fieldkit.services import importing
from fieldkit.ui.context import AppContext
from fieldkit.ui.errors import user_message
from fieldkit.ui.ops import Change
from fieldkit.ui.settings import app_settings

if TYPE_CHECKING:
    from fieldkit.io.source_file import Table

# Where the mapping chosen for a set of headers is kept (per kind of import).
MAPPING_KEY = "import/{kind}/{signature}"
# The preview lists this many rows (the counts cover them all).
PREVIEW_ROWS = 2000


class ImportDialog(QDialog):
    def __init__(
        self, ctx: AppContext, kind: str = importing.CONTACTS, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent or ctx.window)
        self.ctx = ctx
        self.kind = kind
        self.table: Table | None = None
        self.path: Path | None = None
        self.plan: importing.ImportPlan | None = None
        self.imported: importing.ImportPlan | None = None
        self.setObjectName("import-dialog")
        self.setWindowTitle(
            self.tr("Import contacts")
            if kind == importing.CONTACTS
            else self.tr("Import organisations")
        )
        self.resize(900, 640)

        self.file_label = QLabel(
            self.tr("Choose a CSV, Excel (XLSX) or vCard file with one row per person.")
            if kind == importing.CONTACTS
            else self.tr("Choose a CSV or Excel (XLSX) file with one row per organisation.")
        )
        self.file_label.setWordWrap(True)
        choose = QPushButton(self.tr("Choose &file…"))
        choose.setObjectName("choose-file")
        choose.clicked.connect(self.choose_file)
        top = QHBoxLayout()
        top.addWidget(self.file_label, 1)
        top.addWidget(choose)

        self.mapping_table = QTableWidget(0, 3)
        self.mapping_table.setObjectName("mapping")
        self.mapping_table.setHorizontalHeaderLabels(
            [self.tr("Column in the file"), self.tr("First values"), self.tr("Goes into")]
        )
        self.mapping_table.verticalHeader().hide()
        self.mapping_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.mapping_table.horizontalHeader().setSectionResizeMode(
            1, QHeaderView.ResizeMode.Stretch
        )

        self.preview_table = QTableWidget(0, 4)
        self.preview_table.setObjectName("preview")
        self.preview_table.setHorizontalHeaderLabels(
            [self.tr("Row"), self.tr("Action"), self.tr("Name"), self.tr("Why")]
        )
        self.preview_table.verticalHeader().hide()
        self.preview_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.preview_table.horizontalHeader().setStretchLastSection(True)
        self.counts_label = QLabel()
        self.counts_label.setObjectName("counts")
        self.message_label = QLabel()
        self.message_label.setObjectName("message")
        self.message_label.setWordWrap(True)
        self.message_label.setStyleSheet("color: palette(highlight);")

        self.buttons = QDialogButtonBox()
        self.preview_button = self.buttons.addButton(
            self.tr("&Preview"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.preview_button.setObjectName("preview-button")
        self.import_button = self.buttons.addButton(
            self.tr("&Import"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.import_button.setObjectName("import-button")
        self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.preview_button.clicked.connect(self.preview)
        self.import_button.clicked.connect(self.run_import)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(QLabel(self.tr("Which column holds what:")))
        layout.addWidget(self.mapping_table, 2)
        layout.addWidget(QLabel(self.tr("What the import will do:")))
        layout.addWidget(self.preview_table, 3)
        layout.addWidget(self.counts_label)
        layout.addWidget(self.message_label)
        layout.addWidget(self.buttons)
        self._set_busy(False)

    # --- words ---------------------------------------------------------------------

    def target_names(self) -> dict[str, str]:
        names = {
            "first_name": self.tr("First name"),
            "last_name": self.tr("Last name"),
            "full_name": self.tr("First and last name"),
            "organization": self.tr("Organisation"),
            "role": self.tr("Role"),
            "phone": self.tr("Phone"),
            "email": self.tr("E-mail"),
            "municipality": self.tr("Municipality"),
            "notes": self.tr("Notes"),
            "tags": self.tr("Tags"),
            "consent_given_on": self.tr("Consent given on"),
            "consent_method": self.tr("How consent was given"),
            "consent_purpose": self.tr("Consent given for"),
            "legal_basis": self.tr("Legal basis"),
            "name": self.tr("Name"),
            "sector": self.tr("Sector"),
            "address": self.tr("Address"),
            "website": self.tr("Website"),
        }
        return {target: names[target] for target in importing.targets_of(self.kind)}

    def reason_text(self, row: importing.RowPlan) -> str:
        reasons = {
            importing.NEW: self.tr("new"),
            importing.SAME_EMAIL: self.tr("same e-mail"),
            importing.SAME_PHONE: self.tr("same phone number"),
            importing.SAME_NAME: self.tr("same name"),
            importing.SAME_NAME_AND_ORGANIZATION: self.tr("same name and organisation"),
            importing.UNCHANGED: self.tr("already known, nothing new"),
            importing.NO_NAME: self.tr("no name"),
        }
        if row.reason == importing.DUPLICATE_IN_FILE:
            text = self.tr("the same as row %1 (%2)").replace("%1", str(row.earlier_row))
            text = text.replace("%2", reasons.get(row.matched_on, row.matched_on))
        elif row.reason == importing.UNCHANGED:
            text = f"{reasons[row.reason]} ({reasons.get(row.matched_on, row.matched_on)})"
        else:
            text = reasons.get(row.reason, row.reason)
        if row.action == importing.UPDATE:
            fields = ", ".join(self._field_name(field) for field in row.fields)
            text += self.tr("; changes: %1").replace("%1", fields)
        for warning, value in row.warnings:
            if warning == importing.UNKNOWN_MUNICIPALITY:
                text += self.tr("; unknown municipality '%1' left out").replace("%1", value)
            elif warning == importing.UNREADABLE_DATE:
                text += self.tr("; consent date '%1' not understood").replace("%1", value)
            else:
                text += self.tr("; unknown sector '%1' left out").replace("%1", value)
        return text

    def _field_name(self, field: str) -> str:
        names = self.target_names()
        return names.get(field.removesuffix("_id"), names.get(field, field))

    def action_text(self, action: str) -> str:
        return {
            importing.CREATE: self.tr("Create"),
            importing.UPDATE: self.tr("Update"),
            importing.SKIP: self.tr("Skip"),
        }[action]

    # --- the file ----------------------------------------------------------------------

    def choose_file(self) -> None:
        chosen, _filter = QFileDialog.getOpenFileName(
            self,
            self.windowTitle(),
            "",
            self.tr("Tables and contacts (*.csv *.txt *.xlsx *.vcf *.vcard);;All files (*)"),
        )
        if chosen:
            self.load_file(Path(chosen))

    def load_file(self, path: Path) -> None:
        """Read the file on the database thread, then show its columns."""
        from fieldkit.io.tabular import read_table

        self._set_busy(True)
        self.message_label.setText(self.tr("Reading %1…").replace("%1", path.name))
        self.ctx.runner.run(
            lambda: read_table(path),
            on_success=lambda table: self._show_table(path, table),
            on_failure=self._failed,
        )

    def _show_table(self, path: Path, table: Table) -> None:
        self.path, self.table, self.plan = path, table, None
        self.file_label.setText(
            self.tr("%1: %n rows", "", len(table.rows)).replace("%1", path.name)
        )
        self.message_label.clear()
        remembered = self._remembered(table.headers)
        mapping = importing.guess_mapping(table.headers, self.kind, remembered)
        names = self.target_names()
        self.mapping_table.setRowCount(len(table.headers))
        for column, header in enumerate(table.headers):
            self.mapping_table.setItem(column, 0, QTableWidgetItem(header))
            samples = [cells[column] for _, cells in table.rows[:3] if column < len(cells)]
            sample = QTableWidgetItem(" · ".join(s.replace("\n", " ") for s in samples if s))
            self.mapping_table.setItem(column, 1, sample)
            combo = QComboBox()
            combo.setObjectName(f"mapping-{column}")
            combo.addItem(self.tr("(not imported)"), "")
            for target, name in names.items():
                combo.addItem(name, target)
            combo.setCurrentIndex(max(0, combo.findData(mapping[column])))
            combo.currentIndexChanged.connect(self._mapping_changed)
            self.mapping_table.setCellWidget(column, 2, combo)
        self.mapping_table.resizeColumnToContents(0)
        self.mapping_table.resizeColumnToContents(2)
        self._clear_preview()
        self._set_busy(False)
        self.preview()

    def mapping(self) -> list[str]:
        combos = [
            self.mapping_table.cellWidget(row, 2) for row in range(self.mapping_table.rowCount())
        ]
        return [str(combo.currentData() or "") for combo in combos if isinstance(combo, QComboBox)]

    def set_mapping(self, column: int, target: str) -> None:
        combo = self.mapping_table.cellWidget(column, 2)
        assert isinstance(combo, QComboBox)
        combo.setCurrentIndex(combo.findData(target))

    def _mapping_changed(self) -> None:
        self._clear_preview()

    # --- remembering -------------------------------------------------------------------

    def _key(self, headers: tuple[str, ...]) -> str:
        return MAPPING_KEY.format(kind=self.kind, signature=importing.mapping_signature(headers))

    def _remembered(self, headers: tuple[str, ...]) -> list[str] | None:
        value = app_settings().value(self._key(headers), "")
        try:
            mapping = json.loads(str(value)) if value else None
        except ValueError:
            return None
        return mapping if isinstance(mapping, list) else None

    def _remember(self) -> None:
        if self.table is None:
            return
        settings = app_settings()
        settings.setValue(self._key(self.table.headers), json.dumps(self.mapping()))
        settings.sync()

    # --- preview and import ------------------------------------------------------------

    def preview(self) -> None:
        if self.table is None or self.path is None:
            return
        store, rows, mapping = self.ctx.store, self.table.rows, self.mapping()
        kind, source = self.kind, self.path.name
        self._set_busy(True)
        self.message_label.clear()
        self.ctx.runner.run(
            lambda: importing.plan_import(store, rows, mapping, kind=kind, source=source),
            on_success=self._show_plan,
            on_failure=self._failed,
        )

    def _clear_preview(self) -> None:
        self.plan = None
        self.preview_table.setRowCount(0)
        self.counts_label.clear()
        self._set_busy(False)

    def _show_plan(self, plan: importing.ImportPlan) -> None:
        self.plan = plan
        shown = plan.rows[:PREVIEW_ROWS]
        self.preview_table.setRowCount(len(shown))
        for index, row in enumerate(shown):
            number = QTableWidgetItem()
            number.setData(Qt.ItemDataRole.DisplayRole, row.row)
            self.preview_table.setItem(index, 0, number)
            self.preview_table.setItem(index, 1, QTableWidgetItem(self.action_text(row.action)))
            self.preview_table.setItem(index, 2, QTableWidgetItem(row.name))
            self.preview_table.setItem(index, 3, QTableWidgetItem(self.reason_text(row)))
        self.preview_table.resizeColumnsToContents()
        self.counts_label.setText(self.counts_text(plan))
        self._set_busy(False)

    def counts_text(self, plan: importing.ImportPlan) -> str:
        text = " · ".join(
            (
                self.tr("%n to create", "", plan.created),
                self.tr("%n to update", "", plan.updated),
                self.tr("%n to skip", "", plan.skipped),
            )
        )
        if plan.new_organizations:
            text += " · " + self.tr("%n new organisations", "", len(plan.new_organizations))
        return text

    def run_import(self) -> None:
        if self.table is None or self.path is None or self.plan is None:
            return
        store, rows, mapping = self.ctx.store, self.table.rows, self.mapping()
        kind, source = self.kind, self.path.name
        self._set_busy(True)
        self.message_label.setText(self.tr("Importing…"))
        self.ctx.runner.run(
            lambda: importing.apply_import(store, rows, mapping, kind=kind, source=source),
            on_success=self._imported,
            on_failure=self._failed,
            changes=(Change.CONTACTS, Change.ORGANIZATIONS),
        )

    def _imported(self, plan: importing.ImportPlan) -> None:
        """Said in the dialog, which stays open on what was done (Close ends it);
        the same rows cannot be imported twice by a second click."""
        self._remember()
        self.imported = plan
        self.plan = None
        self.message_label.setText(
            self.tr("Imported: %1.").replace(
                "%1",
                ", ".join(
                    (
                        self.tr("%n created", "", plan.created),
                        self.tr("%n updated", "", plan.updated),
                        self.tr("%n skipped", "", plan.skipped),
                    )
                ),
            )
        )
        self._set_busy(False)

    def _failed(self, error: FieldKitError) -> None:
        self.message_label.setText(user_message(error))
        self._set_busy(False)

    def _set_busy(self, busy: bool) -> None:
        ready = self.table is not None and not busy
        self.preview_button.setEnabled(ready)
        self.import_button.setEnabled(ready and self.plan is not None)
        self.mapping_table.setEnabled(not busy)
