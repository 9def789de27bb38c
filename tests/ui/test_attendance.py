"""Attendance, driven through the real widgets: pick invitees as one types, tick who
came, choose chair and secretary, add a new person without leaving the meeting,
and be warned before adding someone already known. Results are read back through
the services."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QComboBox, QListWidget, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from fieldkit.model import ParticipantRole
from fieldkit.services import attendance, meetings, partners, people
from fieldkit.ui.attendance import AttendancePanel
from fieldkit.ui.main_window import MainWindow
from fieldkit.ui.meeting_models import ParticipantsModel
from fieldkit.ui.ops import Change
from fieldkit.ui.quick_add import QuickAddDialog
from tests.ui.conftest import settle

PAST = dt.datetime(2026, 3, 2, 10, 0)
FUTURE = dt.datetime(2099, 3, 2, 10, 0)


def _meeting(window: MainWindow, starts_at: dt.datetime = PAST) -> str:
    return meetings.create_meeting(
        window.store, municipality_id="birzu-r", title="Susitikimas", starts_at=starts_at
    )


def _contact(window: MainWindow, first: str, last: str, **fields: str) -> str:
    return partners.create_contact(
        window.store, first_name=first, last_name=last, municipality_id="birzu-r", **fields
    )


@pytest.fixture
def panel(qtbot: QtBot, window: MainWindow) -> AttendancePanel:
    panel = AttendancePanel(window.ctx)
    qtbot.addWidget(panel)
    panel.resize(900, 500)
    panel.show()
    qtbot.waitExposed(panel)
    return panel


def _participants(window: MainWindow, meeting_id: str) -> list[tuple[str, bool, bool, str]]:
    return [
        (p.name, p.attended, p.sent_apologies, p.role)
        for p in meetings.get_meeting(window.store, meeting_id).participants
    ]


def type_text(widget: QWidget, text: str) -> None:
    """Type as a keyboard would, Lithuanian letters too (QTest's key clicks take
    ASCII only)."""
    for char in text:
        QTest.sendKeyEvent(
            QTest.KeyAction.Click, widget, Qt.Key.Key_unknown, char, Qt.KeyboardModifier.NoModifier
        )


def _type_and_wait(qtbot: QtBot, panel: AttendancePanel, text: str) -> None:
    panel.invite_field.setFocus()
    with qtbot.waitSignal(panel.picker.shown, timeout=5000):
        type_text(panel.invite_field, text)


def _cell_center(panel: AttendancePanel, row: int, column: int) -> QPoint:
    return panel.table.visualRect(panel.model.index(row, column)).center()


def test_the_participants_model_is_sound(qtmodeltester, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    meeting_id = _meeting(window)
    for name in ("Ona", "Petras"):
        attendance.invite_contact(window.store, meeting_id, _contact(window, name, "Kairys"))
    model = ParticipantsModel()
    model.set_rows(list(meetings.get_meeting(window.store, meeting_id).participants), True)
    qtmodeltester.check(model)
    model.set_rows([], False)
    qtmodeltester.check(model)


def test_an_invitee_is_picked_by_typing_without_diacritics(
    qtbot: QtBot, window: MainWindow, panel: AttendancePanel
) -> None:
    meeting_id = _meeting(window, FUTURE)
    organization_id = partners.create_organization(window.store, name="Biržų kultūros centras")
    _contact(window, "Aušra", "Kęstutienė", organization_id=organization_id)
    _contact(window, "Petras", "Petraitis")
    panel.set_meeting(meeting_id, "birzu-r", True)
    settle(window)
    assert not panel.invite_present.isChecked()  # a planned meeting: invitees, not present

    _type_and_wait(qtbot, panel, "ausra kest")
    popup = panel.picker.completer.popup()
    assert popup.isVisible()
    assert "Aušra Kęstutienė — Biržų kultūros centras" in popup.currentIndex().data()
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    settle(window)

    assert _participants(window, meeting_id) == [("Aušra Kęstutienė", False, False, "participant")]
    assert panel.invite_field.text() == ""
    assert panel.model.rowCount() == 1
    assert not window.findChildren(QuickAddDialog)  # the Enter that picked did nothing more
    assert "1 invited" in panel.summary.text()


def test_picking_someone_already_on_the_list_changes_nothing(
    qtbot: QtBot, window: MainWindow, panel: AttendancePanel
) -> None:
    meeting_id = _meeting(window, FUTURE)
    ona = _contact(window, "Ona", "Kairienė")
    participant_id = attendance.invite_contact(window.store, meeting_id, ona)
    attendance.set_participant_role(window.store, participant_id, ParticipantRole.CHAIR)
    panel.set_meeting(meeting_id, "birzu-r", True)
    settle(window)
    _type_and_wait(qtbot, panel, "kairiene")
    assert "already on the list" in panel.picker.model.item(0).text()
    panel.picker.choose_row(0)
    settle(window)
    assert _participants(window, meeting_id) == [("Ona Kairienė", False, False, "chair")]
    # In the room ("Came" ticked), picking her again marks her present, still chair.
    panel.invite_present.setChecked(True)
    _type_and_wait(qtbot, panel, "kairiene")
    panel.picker.choose_row(0)
    settle(window)
    assert _participants(window, meeting_id) == [("Ona Kairienė", True, False, "chair")]


def test_ticks_say_who_came_and_who_sent_apologies(
    qtbot: QtBot, window: MainWindow, panel: AttendancePanel
) -> None:
    meeting_id = _meeting(window)
    for name in ("Ona", "Petras"):
        attendance.invite_contact(window.store, meeting_id, _contact(window, name, "Kairys"))
    panel.set_meeting(meeting_id, "birzu-r", True)
    settle(window)

    viewport = panel.table.viewport()
    qtbot.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=_cell_center(panel, 0, 2))
    qtbot.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=_cell_center(panel, 1, 3))
    settle(window)
    assert _participants(window, meeting_id) == [
        ("Ona Kairys", True, False, "participant"),
        ("Petras Kairys", False, True, "participant"),
    ]
    # Petras came after all: the service clears his apologies, the table follows.
    qtbot.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=_cell_center(panel, 1, 2))
    settle(window)
    assert _participants(window, meeting_id)[1] == ("Petras Kairys", True, False, "participant")
    apologies = panel.model.index(1, ParticipantsModel.APOLOGIES)
    assert apologies.data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Unchecked
    assert "2 present" in panel.summary.text()


def _role_combo(panel: AttendancePanel, row: int) -> QComboBox:
    editor = panel.table.indexWidget(panel.model.index(row, ParticipantsModel.ROLE))
    assert isinstance(editor, QComboBox)
    return editor


def test_one_chair_and_one_secretary(
    qtbot: QtBot, window: MainWindow, panel: AttendancePanel
) -> None:
    meeting_id = _meeting(window)
    for name in ("Ona", "Petras", "Rasa"):
        attendance.invite_contact(window.store, meeting_id, _contact(window, name, "Kairys"))
    panel.set_meeting(meeting_id, "birzu-r", True)
    settle(window)

    def choose(row: int, role: ParticipantRole) -> None:
        combo = _role_combo(panel, row)
        combo.setCurrentIndex(combo.findData(role))
        combo.activated.emit(combo.currentIndex())
        settle(window)

    choose(0, ParticipantRole.CHAIR)
    choose(1, ParticipantRole.SECRETARY)
    choose(2, ParticipantRole.CHAIR)
    assert [p[3] for p in _participants(window, meeting_id)] == [
        "participant",
        "secretary",
        "chair",
    ]
    assert _role_combo(panel, 0).currentData() == ParticipantRole.PARTICIPANT  # shown too
    assert "chair: Rasa Kairys" in panel.summary.text()
    assert "secretary: Petras Kairys" in panel.summary.text()


def test_removing_a_participant(qtbot: QtBot, window: MainWindow, panel: AttendancePanel) -> None:
    meeting_id = _meeting(window)
    for name in ("Ona", "Petras", "Rasa"):
        attendance.invite_contact(window.store, meeting_id, _contact(window, name, "Kairys"))
    panel.set_meeting(meeting_id, "birzu-r", True)
    settle(window)
    qtbot.mouseClick(
        panel.table.viewport(),
        Qt.MouseButton.LeftButton,
        pos=_cell_center(panel, 0, ParticipantsModel.REMOVE),
    )
    settle(window)
    assert [p[0] for p in _participants(window, meeting_id)] == ["Petras Kairys", "Rasa Kairys"]
    panel.table.setFocus()
    panel.table.selectRow(1)
    qtbot.keyClick(panel.table, Qt.Key.Key_Delete)
    settle(window)
    assert [p[0] for p in _participants(window, meeting_id)] == ["Petras Kairys"]
    assert panel.model.rowCount() == 1


def _open_quick_add(
    qtbot: QtBot, window: MainWindow, panel: AttendancePanel, typed: str
) -> QuickAddDialog:
    panel.invite_field.setFocus()
    type_text(panel.invite_field, typed)
    qtbot.keyClick(panel.invite_field, Qt.Key.Key_Return)
    dialog = panel.findChild(QuickAddDialog)
    assert dialog is not None and dialog.isVisible()
    settle(window)
    return dialog


def test_a_new_person_and_organisation_in_a_few_keystrokes(
    qtbot: QtBot, window: MainWindow, panel: AttendancePanel
) -> None:
    meeting_id = _meeting(window)
    panel.set_meeting(meeting_id, "birzu-r", True)
    settle(window)
    assert panel.invite_present.isChecked()  # the meeting has begun: people added came

    dialog = _open_quick_add(qtbot, window, panel, "Rūta Balčiūnienė")
    assert (dialog.first_name.text(), dialog.last_name.text()) == ("Rūta", "Balčiūnienė")
    type_text(dialog.organization, "Biržų jaunimo klubas")
    dialog.organizations.refresh()
    settle(window)
    assert dialog.organization_hint.text() == "A new organisation will be created."
    type_text(dialog.role, "Vadovė")
    qtbot.keyClicks(dialog.phone, "8 600 11111")
    with qtbot.waitSignal(dialog.invited, timeout=5000):
        qtbot.keyClick(dialog.phone, Qt.Key.Key_Return)
    settle(window)

    assert panel.findChild(QuickAddDialog) is None  # closed
    assert _participants(window, meeting_id) == [("Rūta Balčiūnienė", True, False, "participant")]
    (row,) = meetings.get_meeting(window.store, meeting_id).participants
    assert row.organization == "Biržų jaunimo klubas"
    assert partners.get_contact(window.store, row.contact_id).phone == "8 600 11111"
    assert panel.model.rowCount() == 1


def test_an_existing_organisation_is_picked_from_suggestions(
    qtbot: QtBot, window: MainWindow, panel: AttendancePanel
) -> None:
    meeting_id = _meeting(window)
    organization_id = partners.create_organization(
        window.store, name="Biržų kultūros centras", municipality_id="birzu-r"
    )
    panel.set_meeting(meeting_id, "birzu-r", True)
    settle(window)
    dialog = panel.add_new_person("Jonas Jonaitis")
    assert dialog is not None
    settle(window)
    dialog.organization.setFocus()
    with qtbot.waitSignal(dialog.organizations.shown, timeout=5000):
        qtbot.keyClicks(dialog.organization, "kultur")
    popup = dialog.organizations.completer.popup()
    assert popup.isVisible()
    popup.setCurrentIndex(dialog.organizations.model.index(0, 0))
    qtbot.keyClick(popup, Qt.Key.Key_Return)  # picks; does not save yet
    assert dialog.isVisible()
    assert dialog.organization.text() == "Biržų kultūros centras"
    assert dialog.organization_hint.text() == "A known organisation."
    with qtbot.waitSignal(dialog.invited, timeout=5000):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    settle(window)
    (row,) = meetings.get_meeting(window.store, meeting_id).participants
    assert partners.get_contact(window.store, row.contact_id).organization_id == organization_id


def test_a_lookalike_is_shown_and_can_be_invited_instead(
    qtbot: QtBot, window: MainWindow, panel: AttendancePanel
) -> None:
    meeting_id = _meeting(window)
    ausra = _contact(window, "Aušra", "Kęstutienė", phone="+370 612 34567")
    panel.set_meeting(meeting_id, "birzu-r", True)
    settle(window)
    dialog = panel.add_new_person()
    assert dialog is not None
    qtbot.keyClicks(dialog.first_name, "Ona")
    qtbot.keyClicks(dialog.phone, "8-612-34567")
    dialog.check_lookalikes()
    settle(window)
    lookalikes = dialog.findChild(QListWidget, "lookalikes")
    assert lookalikes.isVisible()
    assert lookalikes.count() == 1
    assert "Aušra Kęstutienė" in lookalikes.item(0).text()
    assert "same phone number" in lookalikes.item(0).text()
    with qtbot.waitSignal(dialog.invited, timeout=5000):
        qtbot.mouseClick(
            dialog.findChild(QPushButton, "invite-existing"), Qt.MouseButton.LeftButton
        )
    settle(window)
    assert [
        (p.contact_id, p.attended)
        for p in meetings.get_meeting(window.store, meeting_id).participants
    ] == [(ausra, True)]
    assert people.find_contacts(window.store, "ona") == []  # nobody new


def test_enter_stops_once_at_a_lookalike_then_creates_anyway(
    qtbot: QtBot, window: MainWindow, panel: AttendancePanel
) -> None:
    meeting_id = _meeting(window)
    _contact(window, "Aušra", "Kęstutienė")
    panel.set_meeting(meeting_id, "birzu-r", True)
    settle(window)
    # Typed and saved faster than the check as one types: Enter still stops.
    dialog = _open_quick_add(qtbot, window, panel, "ausra KESTUTIENE")
    qtbot.keyClick(dialog.last_name, Qt.Key.Key_Return)
    settle(window)
    assert dialog.isVisible()
    assert dialog.findChild(QListWidget, "lookalikes").count() == 1
    assert dialog.save_button.text().replace("&", "") == "Create a new person anyway"
    assert meetings.get_meeting(window.store, meeting_id).participants == ()
    with qtbot.waitSignal(dialog.invited, timeout=5000):
        qtbot.keyClick(dialog.last_name, Qt.Key.Key_Return)
    settle(window)
    assert len(people.lookalikes(window.store, "Aušra", "Kęstutienė")) == 2


def test_the_dialog_says_what_is_wrong_and_stays_open(
    qtbot: QtBot, window: MainWindow, panel: AttendancePanel
) -> None:
    meeting_id = _meeting(window)
    panel.set_meeting(meeting_id, "birzu-r", True)
    settle(window)
    dialog = panel.add_new_person()
    assert dialog is not None
    qtbot.keyClicks(dialog.last_name, "Petraitis")
    qtbot.keyClick(dialog.last_name, Qt.Key.Key_Return)
    settle(window)
    assert dialog.isVisible()
    assert "first name" in dialog.error.text()
    assert meetings.get_meeting(window.store, meeting_id).participants == ()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()


def test_final_minutes_are_read_only(
    qtbot: QtBot, window: MainWindow, panel: AttendancePanel
) -> None:
    meeting_id = _meeting(window)
    ona = _contact(window, "Ona", "Kairienė")
    attendance.invite_contact(window.store, meeting_id, ona, attended=True)
    meetings.finalise_meeting(window.store, meeting_id)
    panel.set_meeting(meeting_id, "birzu-r", False)
    settle(window)
    assert not panel.invite_field.isVisible()
    assert not panel.new_person_button.isVisible()
    assert panel.model.rowCount() == 1
    present = panel.model.index(0, ParticipantsModel.PRESENT)
    assert present.data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
    assert not panel.model.flags(present) & Qt.ItemFlag.ItemIsUserCheckable
    assert panel.table.indexWidget(panel.model.index(0, ParticipantsModel.ROLE)) is None
    assert not panel.model.index(0, ParticipantsModel.REMOVE).data()
    qtbot.mouseClick(
        panel.table.viewport(), Qt.MouseButton.LeftButton, pos=_cell_center(panel, 0, 2)
    )
    settle(window)
    assert _participants(window, meeting_id) == [("Ona Kairienė", True, False, "participant")]


def test_clearing_and_switching_meetings(
    qtbot: QtBot, window: MainWindow, panel: AttendancePanel
) -> None:
    first, second = _meeting(window), _meeting(window)
    attendance.invite_contact(window.store, first, _contact(window, "Ona", "Kairienė"))
    panel.set_meeting(first, "birzu-r", True)
    settle(window)
    assert panel.model.rowCount() == 1
    panel.set_meeting(second, "birzu-r", True)
    settle(window)
    assert panel.model.rowCount() == 0
    panel.set_meeting(None, None, False)
    settle(window)
    assert panel.model.rowCount() == 0
    assert panel.summary.text() == ""


def test_a_change_made_elsewhere_shows_up(
    qtbot: QtBot, window: MainWindow, panel: AttendancePanel
) -> None:
    meeting_id = _meeting(window)
    panel.set_meeting(meeting_id, "birzu-r", True)
    settle(window)
    ona = _contact(window, "Ona", "Kairienė")
    window.runner.run(
        lambda: attendance.invite_contact(window.store, meeting_id, ona),
        changes={Change.MEETINGS},
    )
    settle(window)
    assert panel.model.rowCount() == 1


def test_a_meeting_deleted_elsewhere_empties_the_panel(
    qtbot: QtBot, window: MainWindow, panel: AttendancePanel
) -> None:
    meeting_id = _meeting(window)
    attendance.invite_contact(window.store, meeting_id, _contact(window, "Ona", "Kairienė"))
    panel.set_meeting(meeting_id, "birzu-r", True)
    settle(window)
    window.runner.run(
        lambda: meetings.delete_meeting(window.store, meeting_id), changes={Change.MEETINGS}
    )
    settle(window)
    assert panel.meeting_id is None
    assert panel.model.rowCount() == 0
    assert not panel.invite_field.isVisible()
