"""Exporting for people who do not run FieldKit: an Excel workbook or CSV files of
the chosen tables, the contacts as vCards, or the open action items as a
calendar. The file is written on the database thread; the dialog says where it
went, or in one sentence why it could not."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from fieldkit.errors import FieldKitError
from fieldkit.ui.context import AppContext
from fieldkit.ui.errors import user_message
from fieldkit.ui.i18n import chosen_language

FORMATS = ("xlsx", "csv", "vcard", "ics")
TABLES = ("contacts", "organizations", "meetings", "problems", "action_items")
SUFFIX = {"xlsx": ".xlsx", "vcard": ".vcf", "ics": ".ics"}


class ExportDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent or ctx.window)
        self.ctx = ctx
        self.setObjectName("export-dialog")
        self.setWindowTitle(self.tr("Export"))

        self.format_combo = QComboBox()
        self.format_combo.setObjectName("format")
        for key, name in (
            ("xlsx", self.tr("Excel workbook (XLSX), one sheet per table")),
            ("csv", self.tr("CSV files for Excel, one per table, into a folder")),
            ("vcard", self.tr("Contacts as vCards (phones, Outlook)")),
            ("ics", self.tr("Open action items with a due date as a calendar (iCalendar)")),
        ):
            self.format_combo.addItem(name, key)
        self.format_combo.currentIndexChanged.connect(self._format_changed)

        self.language_combo = QComboBox()
        self.language_combo.setObjectName("language")
        self.language_combo.addItem("Lietuvių", "lt")
        self.language_combo.addItem("English", "en")
        self.language_combo.setCurrentIndex(1 if chosen_language() == "en" else 0)

        self.table_boxes: dict[str, QCheckBox] = {}
        tables = QVBoxLayout()
        for key, name in (
            ("contacts", self.tr("Contacts")),
            ("organizations", self.tr("Organisations")),
            ("meetings", self.tr("Meetings")),
            ("problems", self.tr("Problems")),
            ("action_items", self.tr("Action items")),
        ):
            box = QCheckBox(name)
            box.setObjectName(f"table-{key}")
            box.setChecked(True)
            self.table_boxes[key] = box
            tables.addWidget(box)
        self.events_box = QCheckBox(self.tr("As all-day events (for calendars that ignore tasks)"))
        self.events_box.setObjectName("events")

        form = QFormLayout()
        form.addRow(self.tr("Format:"), self.format_combo)
        form.addRow(self.tr("Column headings in:"), self.language_combo)
        form.addRow(self.tr("Tables:"), tables)
        form.addRow("", self.events_box)

        self.message_label = QLabel()
        self.message_label.setObjectName("message")
        self.message_label.setWordWrap(True)
        self.buttons = QDialogButtonBox()
        self.export_button = self.buttons.addButton(
            self.tr("&Export…"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.export_button.setObjectName("export-button")
        self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.export_button.clicked.connect(self.choose_target)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message_label)
        layout.addWidget(self.buttons)
        self._format_changed()

    def format(self) -> str:
        return str(self.format_combo.currentData())

    def set_format(self, key: str) -> None:
        self.format_combo.setCurrentIndex(self.format_combo.findData(key))

    def chosen_tables(self) -> list[str]:
        return [key for key, box in self.table_boxes.items() if box.isChecked()]

    def _format_changed(self) -> None:
        spreadsheet = self.format() in ("xlsx", "csv")
        for box in self.table_boxes.values():
            box.setEnabled(spreadsheet)
        self.language_combo.setEnabled(spreadsheet)
        self.events_box.setEnabled(self.format() == "ics")

    def choose_target(self) -> None:
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        fmt = self.format()
        if fmt == "csv":
            chosen = QFileDialog.getExistingDirectory(self, self.windowTitle(), folder)
        else:
            name = {"xlsx": "fieldkit.xlsx", "vcard": "kontaktai.vcf", "ics": "veiksmai.ics"}
            chosen, _filter = QFileDialog.getSaveFileName(
                self, self.windowTitle(), str(Path(folder) / name[fmt])
            )
        if chosen:
            self.export_to(Path(chosen))

    def export_to(self, target: Path) -> None:
        """Write the chosen export to `target` (a folder for CSV) on the database
        thread; the dialog then says where it went."""
        fmt = self.format()
        if fmt in SUFFIX and not target.suffix:
            target = target.with_suffix(SUFFIX[fmt])
        if fmt in ("xlsx", "csv") and not self.chosen_tables():
            self.message_label.setText(self.tr("Choose at least one table."))
            return
        work = self._work(fmt, target)
        self.export_button.setEnabled(False)
        self.message_label.setText(self.tr("Exporting…"))
        self.ctx.runner.run(
            work,
            on_success=lambda count: self._done(target, count),
            on_failure=self._failed,
        )

    def _work(self, fmt: str, target: Path) -> Callable[[], int]:
        store = self.ctx.store
        tables, language = self.chosen_tables(), str(self.language_combo.currentData())
        events = self.events_box.isChecked()
        if fmt in ("xlsx", "csv"):

            def spreadsheet() -> int:
                from fieldkit.io.spreadsheet import export_csv, export_xlsx

                writer = export_xlsx if fmt == "xlsx" else export_csv
                return sum(writer(store, target, tables, language=language).values())

            return spreadsheet
        if fmt == "vcard":

            def cards() -> int:
                from fieldkit.io.vcard import export_vcards

                return export_vcards(store, target)

            return cards

        def calendar() -> int:
            from fieldkit.io.calendar import export_ics

            return export_ics(store, target, events=events)

        return calendar

    def _done(self, target: Path, count: int) -> None:
        self.export_button.setEnabled(True)
        self.message_label.setText(
            self.tr("%n rows written to %1.", "", count).replace("%1", str(target))
        )

    def _failed(self, error: FieldKitError) -> None:
        self.export_button.setEnabled(True)
        self.message_label.setText(user_message(error))
