"""The Organisations page: filter by text, municipality and sector, sort in the
database, edit as typed, add and delete, and go from an organisation to its people."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from fieldkit.errors import NotFound
from fieldkit.model import Sector
from fieldkit.services import directory, partners
from fieldkit.ui.lazy_model import ID_ROLE
from fieldkit.ui.main_window import MainWindow
from fieldkit.ui.views.contacts import ContactsView
from fieldkit.ui.views.organizations import OrganizationsView
from tests.ui.conftest import settle
from tests.ui.test_contacts import click_header, type_text


def open_organizations(window: MainWindow) -> OrganizationsView:
    view = window.show_page("organizations")
    settle(window)
    assert isinstance(view, OrganizationsView)
    return view


def select_row(qtbot: QtBot, view: OrganizationsView, row: int) -> str:
    index = view.model.index(row, 0)
    view.table.scrollTo(index)
    with qtbot.waitSignal(view.editor.loaded, timeout=5000):
        qtbot.mouseClick(
            view.table.viewport(),
            Qt.MouseButton.LeftButton,
            pos=view.table.visualRect(index).center(),
        )
    return index.data(ID_ROLE)  # type: ignore[no-any-return]


def test_the_list_shows_every_organisation_with_translated_sectors(
    demo_window: MainWindow,
) -> None:
    store = demo_window.store
    view = open_organizations(demo_window)
    ids = directory.organization_ids(store)
    assert view.model.ids == ids
    sector = view.model.column_of("sector")
    shown = {view.model.index(row, sector).data() for row in range(len(ids))}
    assert shown <= {
        "Library",
        "Municipality",
        "Business",
        "NGO",
        "Education",
        "Culture",
        "Social services",
        "Media",
        "Other",
    }
    assert "social_services" not in shown
    people = view.model.column_of("contacts")
    row = directory.organization_rows(store, ids[:1])[0]
    assert view.model.index(0, people).data() == str(row.contact_count)


def test_filters_narrow_by_text_municipality_and_sector(
    qtbot: QtBot, demo_window: MainWindow
) -> None:
    store = demo_window.store
    mine = partners.create_organization(
        store, name="Šilutės žvejų klubas", sector=Sector.NGO, municipality_id="silutes-r"
    )
    view = open_organizations(demo_window)
    qtbot.keyClicks(view.filter_field, "silutes zveju")
    qtbot.waitUntil(lambda: view.model.ids == [mine], timeout=3000)
    view.filter_field.clear()
    sectors = view.sector_combo
    assert sectors.itemText(0) == "All sectors"
    sectors.setCurrentIndex(sectors.findData(Sector.MEDIA))
    settle(demo_window)
    assert view.model.ids == directory.organization_ids(store, sector=Sector.MEDIA)
    assert view.model.rowCount() > 0
    view.show_municipality("silutes-r")
    settle(demo_window)
    assert view.model.ids == directory.organization_ids(
        store, sector=Sector.MEDIA, municipality_id="silutes-r"
    )
    sectors.setCurrentIndex(sectors.findData(Sector.NGO))
    settle(demo_window)
    assert mine in view.model.ids


def test_clicking_headers_sorts_by_sector_and_people(qtbot: QtBot, demo_window: MainWindow) -> None:
    store = demo_window.store
    view = open_organizations(demo_window)
    for key in ("contacts", "sector"):
        column = view.model.column_of(key)
        assert column is not None
        click_header(qtbot, view, column)  # type: ignore[arg-type]
        settle(demo_window)
        assert view.model.ids == directory.organization_ids(store, sort=key)
        click_header(qtbot, view, column)  # type: ignore[arg-type]
        settle(demo_window)
        assert view.model.ids == directory.organization_ids(store, sort=key, descending=True)


def test_an_edit_is_saved_as_typed(qtbot: QtBot, demo_window: MainWindow) -> None:
    store = demo_window.store
    view = open_organizations(demo_window)
    organization_id = select_row(qtbot, view, 1)
    editor = view.editor
    editor.address.setFocus()
    editor.address.selectAll()
    type_text(qtbot, editor.address, "Vytauto g. 5, Biržai")
    index = editor.sector.findData(Sector.CULTURE)
    editor.sector.setCurrentIndex(index)
    editor.sector.activated.emit(index)  # what a pick with the mouse sends
    settle(demo_window)
    detail = directory.organization_detail(store, organization_id)
    assert detail.address == "Vytauto g. 5, Biržai"
    assert detail.sector == Sector.CULTURE
    row = view.model.row_of(organization_id)
    assert view.model.index(row, view.model.column_of("sector")).data() == "Culture"


def test_a_new_organisation_and_its_deletion(
    qtbot: QtBot, demo_window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = demo_window.store
    view = open_organizations(demo_window)
    qtbot.mouseClick(view.new_button, Qt.MouseButton.LeftButton)
    editor = view.editor
    index = editor.sector.findData(Sector.BUSINESS)
    editor.sector.setCurrentIndex(index)
    type_text(qtbot, editor.name, "UAB „Bičių avilys Nr. 7“")
    settle(demo_window)
    found = directory.organization_ids(store, text="biciu avilys 7")
    assert len(found) == 1
    detail = directory.organization_detail(store, found[0])
    assert (detail.name, detail.sector) == ("UAB „Bičių avilys Nr. 7“", Sector.BUSINESS)
    assert view.current_id() == found[0]

    person = partners.create_contact(store, first_name="Jonas", organization_id=found[0])
    editor.load(found[0])
    settle(demo_window)
    assert editor.contacts.count() == 1
    asked: list[str] = []

    def yes(parent: object, title: str, text: str, *args: object) -> object:
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", yes)
    qtbot.mouseClick(view.delete_button, Qt.MouseButton.LeftButton)
    settle(demo_window)
    assert "1 person stays in Contacts" in asked[0]  # English plural form
    with pytest.raises(NotFound):
        directory.organization_detail(store, found[0])
    assert found[0] not in view.model.ids
    assert partners.get_contact(store, person).organization_id is None


def test_its_people_open_in_contacts(qtbot: QtBot, demo_window: MainWindow) -> None:
    store = demo_window.store
    view = open_organizations(demo_window)
    organization_id = next(
        o for o in directory.organization_ids(store, sort="contacts", descending=True)
    )
    view.open_record(organization_id)
    settle(demo_window)
    detail = directory.organization_detail(store, organization_id)
    people = view.editor.contacts
    assert [people.item(i).text().split(" · ")[0] for i in range(people.count())] == [
        c.full_name for c in detail.contacts
    ]
    assert view.editor.people.title() == f"People ({len(detail.contacts)})"
    centre = people.visualItemRect(people.item(0)).center()
    qtbot.mouseClick(people.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    qtbot.mouseDClick(people.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    settle(demo_window)
    assert demo_window.current_page() == "contacts"
    contacts = demo_window.view("contacts")
    assert isinstance(contacts, ContactsView)
    assert contacts.current_id() == detail.contacts[0].contact_id
    assert contacts.editor.organization.text() == detail.name


def test_the_lazy_model_passes_the_model_tester(demo_window: MainWindow, qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    view = open_organizations(demo_window)
    qtmodeltester.check(view.model, force_py=True)
