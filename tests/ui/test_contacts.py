"""The Contacts page driven as a coordinator drives it: filter, sort, scroll,
edit without a Save button, add, delete, and follow a person to their meetings."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from fieldkit.errors import NotFound
from fieldkit.services import attendance, directory, meetings, partners
from fieldkit.ui.lazy_model import ID_ROLE, PAGE_SIZE
from fieldkit.ui.main_window import MainWindow
from fieldkit.ui.views.contacts import ContactsView
from tests.ui.conftest import settle


def type_text(qtbot: QtBot, widget: QWidget, text: str) -> None:
    """Type like a keyboard (QTest only knows ASCII keys, so Lithuanian letters
    arrive as key events carrying their text, as an input method sends them)."""
    for char in text:
        if char.isascii():
            qtbot.keyClicks(widget, char)
        else:
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                event = QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char)
                QApplication.sendEvent(widget, event)


def reactivate(qtbot: QtBot, window: MainWindow) -> None:
    """The offscreen platform leaves a closed popup as the active window; a
    desktop gives activation back to the main window."""
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)


def open_contacts(window: MainWindow) -> ContactsView:
    view = window.show_page("contacts")
    settle(window)
    assert isinstance(view, ContactsView)
    return view


def shown_names(view: ContactsView) -> list[str]:
    model = view.model
    return [model.index(row, 0).data() for row in range(model.rowCount())]


def select_row(qtbot: QtBot, view: ContactsView, row: int) -> str:
    """Click a row and wait until the editor shows that person."""
    index = view.model.index(row, 0)
    view.table.scrollTo(index)
    with qtbot.waitSignal(view.editor.loaded, timeout=5000):
        qtbot.mouseClick(
            view.table.viewport(),
            Qt.MouseButton.LeftButton,
            pos=view.table.visualRect(index).center(),
        )
    return index.data(ID_ROLE)  # type: ignore[no-any-return]


def click_header(qtbot: QtBot, view: ContactsView, column: int) -> None:
    header = view.table.horizontalHeader()
    x = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))


def test_the_list_shows_every_contact_in_name_order(demo_window: MainWindow) -> None:
    view = open_contacts(demo_window)
    expected = directory.contact_ids(demo_window.store)
    assert len(expected) > 300
    assert view.model.ids == expected
    assert view.count_label.text().startswith(f"{len(expected)} contact")
    first = directory.contact_rows(demo_window.store, expected[:1])[0]
    assert view.model.index(0, 0).data() == first.full_name
    assert view.model.index(0, 1).data() == first.organization_name
    # Only what is painted was read: a page or two, not the whole list.
    assert view.model.pages_fetched <= 2


def test_typing_in_the_filter_narrows_the_list_diacritics_optional(
    qtbot: QtBot, demo_window: MainWindow
) -> None:
    store = demo_window.store
    person = partners.create_contact(store, first_name="Žemyna", last_name="Žemaitė")
    view = open_contacts(demo_window)
    qtbot.keyClicks(view.filter_field, "zemaite zemyna")
    assert view.model.rowCount() > 1  # nothing happens while typing goes on
    qtbot.waitUntil(lambda: view.model.ids == [person], timeout=3000)
    assert shown_names(view) == ["Žemyna Žemaitė"]
    assert view.count_label.text().startswith("1 contact")
    view.filter_field.clear()
    qtbot.waitUntil(lambda: view.model.ids == directory.contact_ids(store), timeout=3000)


def test_the_municipality_filter_and_show_municipality(
    qtbot: QtBot, demo_window: MainWindow
) -> None:
    store = demo_window.store
    view = open_contacts(demo_window)
    combo = view.municipality_combo
    assert combo.count() == 61  # "All municipalities" and the 60
    combo.setCurrentIndex(combo.findData("birzu-r"))
    settle(demo_window)
    assert view.model.ids == directory.contact_ids(store, municipality_id="birzu-r")
    assert 0 < view.model.rowCount() < len(directory.contact_ids(store))

    demo_window.show_municipality("contacts", "utenos-r")
    settle(demo_window)
    assert combo.currentData() == "utenos-r"
    assert view.model.ids == directory.contact_ids(store, municipality_id="utenos-r")


def test_clicking_a_header_sorts_in_the_database(qtbot: QtBot, demo_window: MainWindow) -> None:
    store = demo_window.store
    view = open_contacts(demo_window)
    organisation = view.model.column_of("organization")
    assert organisation is not None
    click_header(qtbot, view, organisation)
    settle(demo_window)
    assert view.model.ids == directory.contact_ids(store, sort="organization")
    click_header(qtbot, view, organisation)
    settle(demo_window)
    assert view.model.ids == directory.contact_ids(store, sort="organization", descending=True)
    municipality = view.model.column_of("municipality")
    assert municipality is not None
    click_header(qtbot, view, municipality)
    settle(demo_window)
    assert view.model.ids == directory.contact_ids(store, sort="municipality")


def test_scrolling_to_the_end_shows_the_last_people(demo_window: MainWindow) -> None:
    view = open_contacts(demo_window)
    ids = view.model.ids
    view.table.scrollToBottom()
    QApplication.processEvents()
    last = view.model.index(len(ids) - 1, 0)
    assert view.table.viewport().rect().intersects(view.table.visualRect(last))
    row = directory.contact_rows(demo_window.store, ids[-1:])[0]
    assert last.data() == row.full_name
    assert view.model.index(len(ids) - 1, 5).data() == row.email
    assert view.model.pages_fetched <= len(ids) // PAGE_SIZE  # never the whole list


def test_an_edit_is_saved_without_a_button(qtbot: QtBot, demo_window: MainWindow) -> None:
    store = demo_window.store
    view = open_contacts(demo_window)
    contact_id = select_row(qtbot, view, 2)
    editor = view.editor
    editor.role.selectAll()
    type_text(qtbot, editor.role, "Bendruomenės pirmininkė")
    qtbot.keyClicks(editor.notes, "Skambinti po 17 val.")
    editor.consent_given.setChecked(True)
    editor.consent_date.setDate(editor.consent_date.date().fromString("2026-10-05", "yyyy-MM-dd"))
    settle(demo_window)
    saved = partners.get_contact(store, contact_id)
    assert saved.role == "Bendruomenės pirmininkė"
    assert saved.notes.endswith("Skambinti po 17 val.")
    assert saved.consent_given_on == dt.date(2026, 10, 5)
    # The list shows the new role too, and the person stays selected.
    assert view.current_id() == contact_id
    row = view.model.row_of(contact_id)
    assert view.model.index(row, view.model.column_of("role")).data() == saved.role


def test_leaving_a_field_saves_at_once(qtbot: QtBot, demo_window: MainWindow) -> None:
    view = open_contacts(demo_window)
    contact_id = select_row(qtbot, view, 0)
    editor = view.editor
    editor.phone.setFocus()
    editor.phone.end(False)
    qtbot.keyClicks(editor.phone, " ext. 12")
    assert editor.has_pending
    editor.email.setFocus()
    assert not editor.has_pending  # handed to the database thread on focus-out
    demo_window.runner.wait_idle()
    assert partners.get_contact(demo_window.store, contact_id).phone.endswith(" ext. 12")


def test_a_refused_value_is_one_sentence_beside_the_form(
    qtbot: QtBot, demo_window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialogs: list[str] = []
    monkeypatch.setattr(demo_window, "show_error", dialogs.append)
    view = open_contacts(demo_window)
    contact_id = select_row(qtbot, view, 1)
    before = partners.get_contact(demo_window.store, contact_id).first_name
    view.editor.first_name.selectAll()
    qtbot.keyClick(view.editor.first_name, Qt.Key.Key_Delete)
    settle(demo_window)
    assert view.editor.error_label.isVisible()
    assert view.editor.error_label.text() == "The first name must not be empty."
    assert dialogs == []
    assert partners.get_contact(demo_window.store, contact_id).first_name == before
    type_text(qtbot, view.editor.first_name, "Austėja")
    settle(demo_window)
    assert not view.editor.error_label.isVisible()
    assert partners.get_contact(demo_window.store, contact_id).first_name == "Austėja"


def test_choosing_the_organisation_by_name(qtbot: QtBot, demo_window: MainWindow) -> None:
    store = demo_window.store
    beekeepers = partners.create_organization(store, name="Pasvalio bitininkų draugija")
    view = open_contacts(demo_window)
    contact_id = select_row(qtbot, view, 4)
    settle(demo_window)
    editor = view.editor
    field = editor.organization
    field.setFocus()
    field.selectAll()
    with qtbot.waitSignal(editor.organizations.shown, timeout=5000):
        type_text(qtbot, field, "bitinink")
    popup = editor.organizations.completer.popup()
    assert popup.isVisible()
    assert popup.model().rowCount() == 1
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    settle(demo_window)
    reactivate(qtbot, demo_window)
    assert field.text() == "Pasvalio bitininkų draugija"
    assert partners.get_contact(store, contact_id).organization_id == beekeepers
    # Emptying the field and leaving it: no organisation.
    field.clear()
    editor.email.setFocus()
    settle(demo_window)
    assert partners.get_contact(store, contact_id).organization_id is None
    # A name only one organisation bears, typed in full, is that organisation.
    field.setFocus()
    with qtbot.waitSignal(editor.organizations.shown, timeout=5000):
        type_text(qtbot, field, "pasvalio bitininku draugija")  # diacritics optional
    qtbot.keyClick(popup, Qt.Key.Key_Escape)
    reactivate(qtbot, demo_window)
    editor.email.setFocus()
    settle(demo_window)
    assert partners.get_contact(store, contact_id).organization_id == beekeepers
    # A name no organisation bears is not saved, and the editor says why.
    field.setFocus()
    field.selectAll()
    qtbot.keyClicks(field, "Nesama organizacija")
    if popup.isVisible():
        qtbot.keyClick(popup, Qt.Key.Key_Escape)
    reactivate(qtbot, demo_window)
    editor.email.setFocus()
    settle(demo_window)
    assert editor.error_label.isVisible()
    assert "Choose the organisation from the list" in editor.error_label.text()
    assert partners.get_contact(store, contact_id).organization_id == beekeepers


def test_a_new_contact_is_created_by_typing_its_name(qtbot: QtBot, demo_window: MainWindow) -> None:
    store = demo_window.store
    view = open_contacts(demo_window)
    view.show_municipality("birzu-r")  # a new person is met where the list is narrowed to
    settle(demo_window)
    before = len(view.model.ids)
    qtbot.mouseClick(view.new_button, Qt.MouseButton.LeftButton)
    editor = view.editor
    assert editor.is_new and editor.first_name.hasFocus()
    assert editor.municipality.currentData() == "birzu-r"
    qtbot.keyClicks(editor.first_name, "Gabija")
    type_text(qtbot, editor.last_name, "Naujokaitė")
    qtbot.keyClicks(editor.email, "gabija@example.lt")
    settle(demo_window)
    found = directory.contact_ids(store, text="naujokaite")
    assert len(found) == 1
    saved = partners.get_contact(store, found[0])
    assert (saved.first_name, saved.last_name, saved.email, saved.municipality_id) == (
        "Gabija",
        "Naujokaitė",
        "gabija@example.lt",
        "birzu-r",
    )
    assert len(view.model.ids) == before + 1
    assert view.current_id() == found[0] == editor.record_id


def test_deleting_asks_first_then_tombstones(
    qtbot: QtBot, demo_window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = demo_window.store
    view = open_contacts(demo_window)
    contact_id = select_row(qtbot, view, 3)
    answers = [QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes]
    asked: list[str] = []

    def question(parent: object, title: str, text: str, *args: object) -> object:
        asked.append(text)
        return answers.pop(0)

    monkeypatch.setattr(QMessageBox, "question", question)
    qtbot.mouseClick(view.delete_button, Qt.MouseButton.LeftButton)
    settle(demo_window)
    assert partners.get_contact(store, contact_id)  # "No" keeps the person
    qtbot.mouseClick(view.delete_button, Qt.MouseButton.LeftButton)
    settle(demo_window)
    with pytest.raises(NotFound):
        partners.get_contact(store, contact_id)
    assert contact_id not in view.model.ids
    assert view.editor.record_id is None
    assert not view.delete_button.isEnabled()
    assert view.editor.first_name.text() in asked[0]


def test_the_meetings_a_person_attended_open_the_meeting(
    qtbot: QtBot, demo_window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = demo_window.store
    person = partners.create_contact(store, first_name="Rimas", last_name="Dalyvis")
    held = []
    for day, title in [(3, "Pirmasis susitikimas"), (10, "Antrasis susitikimas")]:
        meeting_id = meetings.create_meeting(
            store,
            municipality_id="birzu-r",
            title=title,
            starts_at=dt.datetime(2026, 3, day, 10, 0),
        )
        attendance.add_participant(store, meeting_id, person, attended=True)
        held.append(meeting_id)
    opened: list[tuple[str, str]] = []
    monkeypatch.setattr(demo_window, "open_record", lambda kind, rid: opened.append((kind, rid)))
    view = open_contacts(demo_window)
    with qtbot.waitSignal(view.editor.loaded):
        view.open_record(person)
    settle(demo_window)
    assert view.current_id() == person
    listed = view.editor.meetings
    assert listed.count() == 2
    assert "Antrasis susitikimas" in listed.item(0).text()  # newest first
    centre = listed.visualItemRect(listed.item(1)).center()
    qtbot.mouseClick(listed.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    qtbot.mouseDClick(listed.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    assert opened == [("meeting", held[0])]


def test_open_record_clears_a_filter_that_hides_the_person(
    qtbot: QtBot, demo_window: MainWindow
) -> None:
    store = demo_window.store
    view = open_contacts(demo_window)
    view.show_municipality("birzu-r")
    settle(demo_window)
    elsewhere = directory.contact_ids(store, municipality_id="zarasu-r")[0]
    demo_window.open_record("contact", elsewhere)
    settle(demo_window)
    assert demo_window.current_page() == "contacts"
    assert view.municipality_id is None
    assert view.current_id() == elsewhere == view.editor.record_id
    row = view.model.row_of(elsewhere)
    rect = view.table.visualRect(view.model.index(row, 0))
    assert view.table.viewport().rect().intersects(rect)


def test_the_lazy_model_passes_the_model_tester(demo_window: MainWindow, qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    view = open_contacts(demo_window)
    qtmodeltester.check(view.model, force_py=True)
    view.show_municipality("birzu-r")
    settle(demo_window)
    qtmodeltester.check(view.model, force_py=True)
