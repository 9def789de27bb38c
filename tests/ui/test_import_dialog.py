"""The import and export dialogs, driven as a coordinator would: a file chosen, the
guessed columns checked (and one changed, which is remembered), the preview read,
the import run; a bad file said in one sentence; an export written."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QComboBox, QLabel, QTableWidget
from pytestqt.qtbot import QtBot

from fieldkit.services import partners, people
from fieldkit.ui.export_dialog import ExportDialog
from fieldkit.ui.import_dialog import ImportDialog
from fieldkit.ui.main_window import MainWindow
from tests.ui.conftest import settle

CSV = (
    "Vardas;Pavardė;Kas tai;Telefonas;El. paštas;Savivaldybė\r\n"
    "Aušra;Kęstutienė;direktorė;8 612 34567;ausra@birzai.lt;Biržų r.\r\n"
    "Jonas;Jonaitis;vedėjas;;jonas@x.lt;Nežinoma\r\n"
    "AUSRA;Kestutiene;;;AUSRA@birzai.lt;\r\n"
)


def _open(window: MainWindow, qtbot: QtBot, path: Path, kind: str = "contacts") -> ImportDialog:
    dialog = window._open_import(kind)
    assert isinstance(dialog, ImportDialog)
    qtbot.addWidget(dialog)
    dialog.load_file(path)
    settle(window)
    return dialog


def _rows(table: QTableWidget) -> list[list[str]]:
    return [
        [table.item(r, c).text() for c in range(table.columnCount())]
        for r in range(table.rowCount())
    ]


def test_choose_map_preview_and_import(qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    path = tmp_path / "partneriai.csv"
    path.write_bytes(CSV.encode("cp1257"))
    dialog = _open(window, qtbot, path)

    assert dialog.mapping() == ["first_name", "last_name", "", "phone", "email", "municipality"]
    combo = dialog.mapping_table.cellWidget(2, 2)
    assert isinstance(combo, QComboBox) and combo.currentText() == "(not imported)"
    assert "direktorė" in dialog.mapping_table.item(2, 1).text()  # the first values shown
    # the preview came with the file
    assert _rows(dialog.preview_table) == [
        ["2", "Create", "Aušra Kęstutienė", "new"],
        ["3", "Create", "Jonas Jonaitis", "new; unknown municipality 'Nežinoma' left out"],
        ["4", "Skip", "AUSRA Kestutiene", "the same as row 2 (same e-mail)"],
    ]
    assert dialog.counts_label.text() == "2 to create · 0 to update · 1 to skip"

    # the coordinator says the third column is the role: the preview must be redone
    dialog.set_mapping(2, "role")
    assert not dialog.import_button.isEnabled() and dialog.preview_table.rowCount() == 0
    dialog.preview_button.click()
    settle(window)
    assert dialog.import_button.isEnabled()
    dialog.import_button.click()
    settle(window)
    assert dialog.message_label.text() == "Imported: 2 created, 0 updated, 1 skipped."
    assert not dialog.import_button.isEnabled()  # not twice
    (ausra,) = people.find_contacts(window.store, "Kęstutienė")
    assert (ausra.role, ausra.phone, ausra.municipality_id) == (
        "direktorė",
        "8 612 34567",
        "birzu-r",
    )
    dialog.close()

    # next month's list with the same headers: the chosen mapping is remembered
    again = _open(window, qtbot, path)
    assert again.mapping()[2] == "role"
    assert again.counts_label.text() == "0 to create · 0 to update · 3 to skip"


def test_a_bad_file_is_one_sentence_and_nothing_to_import(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    path = tmp_path / "nuotrauka.csv"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00" * 50)
    dialog = _open(window, qtbot, path)
    message = dialog.findChild(QLabel, "message").text()
    assert message == ("nuotrauka.csv is not a text table (CSV) or an Excel workbook (XLSX).")
    assert not dialog.preview_button.isEnabled() and not dialog.import_button.isEnabled()

    columns = tmp_path / "skaiciai.csv"
    columns.write_text("Kiekis;Kaina\n1;2\n", encoding="utf-8")
    dialog.load_file(columns)
    settle(window)
    assert dialog.message_label.text().startswith("No column of skaiciai.csv holds a name")
    assert not dialog.import_button.isEnabled()


def test_organisations_import_from_the_file_menu(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    path = tmp_path / "organizacijos.csv"
    path.write_text("Pavadinimas,Sektorius,Savivaldybė\nMedis UAB,verslas,Biržų r.\n")
    action = window.findChild(QAction, "action-import-organizations")
    action.trigger()
    opened = window.findChild(ImportDialog)
    assert opened is not None and opened.kind == "organizations"
    opened.close()
    dialog = _open(window, qtbot, path, "organizations")
    assert dialog.windowTitle() == "Import organisations"
    assert dialog.mapping() == ["name", "sector", "municipality"]
    dialog.import_button.click()
    settle(window)
    assert dialog.imported is not None and dialog.imported.created == 1


def test_export_dialog_writes_the_chosen_format(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    partners.create_contact(window.store, first_name="Aušra", last_name="Kęstutienė")
    dialog = window.export_data()
    assert isinstance(dialog, ExportDialog)
    qtbot.addWidget(dialog)
    dialog.set_format("xlsx")
    for key in ("meetings", "problems"):
        dialog.table_boxes[key].setChecked(False)
    dialog.export_to(tmp_path / "ataskaita")  # the suffix is added
    settle(window)
    assert (tmp_path / "ataskaita.xlsx").exists()
    assert dialog.message_label.text() == f"1 row written to {tmp_path / 'ataskaita.xlsx'}."

    dialog.set_format("vcard")
    assert not dialog.table_boxes["contacts"].isEnabled()
    dialog.export_to(tmp_path / "kontaktai.vcf")
    settle(window)
    assert "Kęstutienė" in (tmp_path / "kontaktai.vcf").read_text(encoding="utf-8")

    dialog.set_format("xlsx")
    dialog.export_to(window.store.path)
    settle(window)
    assert "is the database itself" in dialog.message_label.text()
