"""The GDPR duties and merges in the window: the legal basis chosen from the six
of Art. 6, a person's data exported and the person erased from the contact
editor (after a confirmation naming them), the retention list, and the merge of
two selected rows or of a duplicate group."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox, QRadioButton
from pytestqt.qtbot import QtBot
from sqlalchemy import text

from fieldkit.errors import NotFound
from fieldkit.model import Contact
from fieldkit.services import attendance, meetings, partners
from fieldkit.services.merging import history_of
from fieldkit.ui.attendance import AttendancePanel
from fieldkit.ui.main_window import MainWindow
from fieldkit.ui.meeting_models import ParticipantsModel
from fieldkit.ui.views.contacts import ContactsView
from fieldkit.ui.views.organizations import OrganizationsView
from tests.ui.conftest import settle


def open_contacts(window: MainWindow, record_id: str | None = None) -> ContactsView:
    view = window.show_page("contacts")
    assert isinstance(view, ContactsView)
    view.reload()
    settle(window)
    if record_id is not None:
        view.open_record(record_id)
        settle(window)
    return view


def select_rows(view: ContactsView | OrganizationsView, ids: list[str]) -> None:
    selection = view.table.selectionModel()
    selection.clearSelection()
    for index, record_id in enumerate(ids):
        row = view.model.row_of(record_id)
        assert row is not None
        flag = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
        if index == 0:
            selection.setCurrentIndex(view.model.index(row, 0), flag)
        else:
            selection.select(view.model.index(row, 0), flag)


def test_the_legal_basis_is_chosen_from_the_six_and_stored_as_a_key(
    qtbot: QtBot, window: MainWindow
) -> None:
    store = window.store
    contact_id = partners.create_contact(store, first_name="Rūta", legal_basis="sutikimas")
    view = open_contacts(window, contact_id)
    combo = view.editor.legal_basis
    assert combo.count() == 7  # "not recorded" and the six bases
    assert combo.currentData() == "consent"  # the old words read as the key
    assert combo.currentText() == "Consent (Art. 6(1)(a))"
    index = combo.findData("legitimate_interests")
    combo.setCurrentIndex(index)
    combo.activated.emit(index)
    settle(window)
    assert partners.get_contact(store, contact_id).legal_basis == "legitimate_interests"


def test_exporting_a_person_writes_the_file_chosen(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    contact_id = partners.create_contact(window.store, first_name="Žydrūnė", last_name="Šimkė")
    view = open_contacts(window, contact_id)
    target = tmp_path / "zydrune"
    offered: list[str] = []

    def save_name(parent: object, title: str, suggested: str, filters: str) -> tuple[str, str]:
        offered.append(suggested)
        return str(target), filters.split(";;")[1]  # the JSON filter, no suffix typed

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_name)
    qtbot.mouseClick(view.editor.export_button, Qt.MouseButton.LeftButton)
    settle(window)
    assert offered == ["Žydrūnė-Šimkė.pdf"]
    written = json.loads((tmp_path / "zydrune.json").read_text(encoding="utf-8"))
    assert written["contact"]["last_name"] == "Šimkė"


def test_erasing_a_person_asks_first_naming_them_and_clears_the_row(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = window.store
    contact_id = partners.create_contact(
        store, first_name="Gintarė", last_name="Šimkutė", phone="+370 611 00000"
    )
    meeting_id = meetings.create_meeting(
        store, municipality_id="birzu-r", title="Susitikimas", starts_at=dt.datetime(2026, 12, 1)
    )
    attendance.add_participant(store, meeting_id, contact_id, attended=True)
    view = open_contacts(window, contact_id)
    answers = [QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Yes]
    asked: list[str] = []

    def question(parent: object, title: str, question: str, *args: object) -> object:
        asked.append(question)
        return answers.pop(0)

    monkeypatch.setattr(QMessageBox, "question", question)
    qtbot.mouseClick(view.editor.erase_button, Qt.MouseButton.LeftButton)
    settle(window)
    assert partners.get_contact(store, contact_id).phone == "+370 611 00000"  # Cancel
    qtbot.mouseClick(view.editor.erase_button, Qt.MouseButton.LeftButton)
    settle(window)
    assert "Gintarė Šimkutė" in asked[0]
    assert "cannot be undone" in asked[0] and "next sync" in asked[0]
    with pytest.raises(NotFound):
        partners.get_contact(store, contact_id)
    with store.read() as session:
        erased = session.get(Contact, contact_id)
        assert erased is not None and erased.erased_at is not None and erased.first_name == ""
    assert contact_id not in view.model.ids
    assert view.editor.record_id is None
    # the meeting's attendance shows an erased person, not a blank line
    panel = AttendancePanel(window.ctx)
    qtbot.addWidget(panel)
    panel.show()
    panel.set_meeting(meeting_id, "birzu-r", True)
    settle(window)
    assert panel.model.index(0, ParticipantsModel.NAME).data() == "erased person"
    assert "1" in panel.summary.text()


def test_the_retention_list_erases_the_people_ticked(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = window.store
    idle = partners.create_contact(store, first_name="Senas")
    also_idle = partners.create_contact(store, first_name="Pamirštas")
    partners.create_contact(store, first_name="Naujas")
    with store.write() as session:
        session.execute(
            text(
                "UPDATE contact SET updated_at = '2020-01-01T00:00:00.000000Z' WHERE id IN (:a, :b)"
            ),
            {"a": idle, "b": also_idle},
        )
    view = open_contacts(window)
    dialog = view.show_retention()
    settle(window)
    table = dialog.table
    assert table.rowCount() == 2
    assert dialog.count_label.text() == "2 people"
    assert not dialog.erase_button.isEnabled()
    for period in range(dialog.period.count()):
        assert dialog.period.itemData(period) in (1, 2, 3, 5)
    row = next(r for r in range(2) if table.item(r, 0).text() == "Senas")
    table.item(row, 0).setCheckState(Qt.CheckState.Checked)
    assert dialog.erase_button.isEnabled()
    asked: list[str] = []

    def question(parent: object, title: str, question: str, *args: object) -> object:
        asked.append(question)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", question)
    qtbot.mouseClick(dialog.erase_button, Qt.MouseButton.LeftButton)
    settle(window)
    assert asked and "1 person" in asked[0]
    assert [table.item(r, 0).text() for r in range(table.rowCount())] == ["Pamirštas"]
    with pytest.raises(NotFound):
        partners.get_contact(store, idle)
    dialog.close()


def test_two_selected_contacts_are_merged_with_a_choice_per_differing_field(
    qtbot: QtBot, window: MainWindow
) -> None:
    store = window.store
    keep = partners.create_contact(store, first_name="Aušra", phone="8 600 00000")
    lose = partners.create_contact(
        store, first_name="Aušra", phone="+370 600 11111", email="ausra@example.lt"
    )
    meeting_id = meetings.create_meeting(
        store, municipality_id="birzu-r", title="Susitikimas", starts_at=dt.datetime(2026, 12, 1)
    )
    attendance.add_participant(store, meeting_id, lose, attended=True)
    view = open_contacts(window)
    assert not view.merging.merge_button.isEnabled()
    select_rows(view, [keep, lose])
    settle(window)
    assert view.merging.merge_button.isEnabled()
    dialog = view.merging.merge_selected()
    assert dialog is not None
    settle(window)
    assert set(dialog.choices) == {"phone", "email"}  # the name is the same: no choice
    kept_id = dialog.keep_id
    lost_id = dialog.lose_id
    dialog.findChild(QRadioButton, "merge-phone-lose").setChecked(True)
    assert dialog.chosen() == {"phone": "lose", "email": "lose"}  # the empty e-mail filled
    qtbot.mouseClick(dialog.merge_button, Qt.MouseButton.LeftButton)
    settle(window)
    kept = partners.get_contact(store, kept_id)
    lost_phone = "+370 600 11111" if lost_id == lose else "8 600 00000"
    assert kept.phone == lost_phone
    with pytest.raises(NotFound):
        partners.get_contact(store, lost_id)
    assert [m.contact_id for m in meetings.get_meeting(store, meeting_id).participants] == [kept_id]
    assert history_of(store, "contact", kept_id)[0].other_id == lost_id
    assert view.model.ids == [kept_id]


def test_duplicates_are_found_and_merged_from_their_list(qtbot: QtBot, window: MainWindow) -> None:
    store = window.store
    first = partners.create_organization(store, name='UAB "Medis"', municipality_id="birzu-r")
    second = partners.create_organization(store, name="Medis, UAB", municipality_id="birzu-r")
    partners.create_organization(store, name="Kitas", municipality_id="birzu-r")
    view = window.show_page("organizations")
    assert isinstance(view, OrganizationsView)
    settle(window)
    dialog = view.merging.find_duplicates()
    settle(window)
    assert dialog.list.count() == 1
    assert "same name" in dialog.list.item(0).text()
    merge = dialog.merge_chosen()
    assert merge is not None
    settle(window)
    assert {merge.keep_id, merge.lose_id} == {first, second}
    qtbot.mouseClick(merge.merge_button, Qt.MouseButton.LeftButton)
    settle(window)
    assert dialog.list.count() == 0
    assert dialog.status.text() == "0 groups found"
    dialog.close()
