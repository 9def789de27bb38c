"""Capturing a meeting in the window: the coordinator plans it, types the agenda,
notes, decisions and actions, and everything is in the database a moment later
without a Save button; finalising locks and numbers the minutes."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QDate, QDateTime, QEvent, Qt, QTime
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from fieldkit.model import MeetingKind, MeetingStatus
from fieldkit.services import agenda, attendance, meetings, minutes, partners
from fieldkit.store.reference import central_library_id
from fieldkit.ui.main_window import MainWindow
from fieldkit.ui.views.meetings import MeetingsView
from tests.ui.conftest import settle

START = dt.datetime(2026, 10, 6, 10, 0)


def type_text(qtbot: QtBot, widget: QWidget, text: str) -> None:
    """Type as a keyboard would; QTest's keyClicks knows ASCII only (it asserts on
    "ė"), so other letters arrive as key events carrying their text."""
    for char in text:
        if char.isascii():
            qtbot.keyClicks(widget, char)
            continue
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char))


def append_text(qtbot: QtBot, widget: QWidget, text: str) -> None:
    qtbot.keyClick(widget, Qt.Key.Key_End)
    type_text(qtbot, widget, text)


def open_meetings(window: MainWindow) -> MeetingsView:
    view = window.show_page("meetings")
    assert isinstance(view, MeetingsView)
    settle(window)
    return view


def plan(window: MainWindow, municipality_id: str = "birzu-r", **fields: object) -> str:
    return meetings.create_meeting(
        window.store,
        municipality_id=municipality_id,
        library_id=central_library_id(municipality_id),
        title=str(fields.pop("title", "Diskusija")),
        starts_at=START,
        **fields,
    )


def opened(window: MainWindow, meeting_id: str) -> MeetingsView:
    view = open_meetings(window)
    view.open_record(meeting_id)
    settle(window)
    assert view.editor.meeting_id == meeting_id
    return view


def detail(window: MainWindow, meeting_id: str) -> meetings.MeetingDetail:
    return meetings.get_meeting(window.store, meeting_id)


def test_the_list_shows_meetings_and_narrows_to_a_municipality(
    qtbot: QtBot, demo_window: MainWindow, qtmodeltester: object
) -> None:
    view = open_meetings(demo_window)
    everything = meetings.list_meetings(demo_window.store)
    assert view.model.rowCount() == len(everything) > 0
    qtmodeltester.check(view.model)  # type: ignore[attr-defined]
    municipality_id = everything[0].municipality_id
    combo = view.municipality_filter
    assert combo.count() == 61  # all, and the 60 municipalities
    combo.setCurrentIndex(combo.findData(municipality_id))
    settle(demo_window)
    narrowed = meetings.list_meetings(demo_window.store, municipality_id)
    assert view.model.rowCount() == len(narrowed) < len(everything)
    shown = {
        view.model.index(r, 1).data(Qt.ItemDataRole.ToolTipRole)
        for r in range(view.model.rowCount())
    }
    assert shown == {everything[0].municipality_name}
    assert view.model.index(0, 1).data().endswith("sav.")  # the short name
    qtmodeltester.check(view.model)  # type: ignore[attr-defined]

    view.show_municipality("birzu-r")
    settle(demo_window)
    assert combo.currentData() == "birzu-r"


def test_a_row_clicked_opens_the_meeting(qtbot: QtBot, demo_window: MainWindow) -> None:
    view = open_meetings(demo_window)
    row = 3
    rect = view.table.visualRect(view.model.index(row, 2))
    qtbot.mouseClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    settle(demo_window)
    meeting_id = view.model.meeting_id(row)
    assert view.editor.meeting_id == meeting_id
    assert view.editor.title.text() == detail(demo_window, meeting_id).summary.title
    assert view.right.currentWidget() is view.editor


def test_planning_a_meeting_saves_as_it_is_typed(qtbot: QtBot, window: MainWindow) -> None:
    view = open_meetings(window)
    assert view.model.rowCount() == 0
    qtbot.mouseClick(view.new_button, Qt.MouseButton.LeftButton)
    settle(window)
    [summary] = meetings.list_meetings(window.store)
    editor = view.editor
    assert editor.meeting_id == summary.meeting_id
    assert view.model.rowCount() == 1

    # the municipality narrows the libraries to its own
    municipality = editor.municipality
    municipality.setCurrentIndex(municipality.findData("utenos-r"))
    municipality.activated.emit(municipality.currentIndex())
    settle(window)
    library_ids = [editor.library.itemData(i) for i in range(editor.library.count())]
    assert central_library_id("utenos-r") in library_ids
    assert central_library_id("birzu-r") not in library_ids
    assert all(
        lib.municipality_id == "utenos-r"
        for lib in partners.libraries_in(window.store, "utenos-r")
        if lib.library_id in library_ids
    )
    editor.library.setCurrentIndex(editor.library.findData(None))
    editor.library.activated.emit(editor.library.currentIndex())

    editor.title.clear()
    type_text(qtbot, editor.title, "Diskusija Utenoje")
    type_text(qtbot, editor.place, "Bibliotekos salė")
    editor.kind.setCurrentIndex(editor.kind.findData(MeetingKind.TRAINING))
    editor.kind.activated.emit(editor.kind.currentIndex())
    editor.starts_at.setDateTime(QDateTime(QDate(2026, 12, 3), QTime(13, 30)))
    settle(window)

    saved = detail(window, summary.meeting_id)
    assert saved.summary.title == "Diskusija Utenoje"
    assert saved.summary.municipality_id == "utenos-r"
    assert saved.library_id is None
    assert saved.place == "Bibliotekos salė"
    assert saved.kind == MeetingKind.TRAINING
    assert saved.summary.starts_at == dt.datetime(2026, 12, 3, 13, 30)
    assert view.model.index(0, 2).data() == "Diskusija Utenoje"


def test_the_agenda_is_built_reordered_and_annotated(qtbot: QtBot, window: MainWindow) -> None:
    meeting_id = plan(window)
    view = opened(window, meeting_id)
    agenda = view.editor.agenda
    for title in ("Pirmas", "Antras", "Trečias"):
        type_text(qtbot, agenda.new_title, title)
        qtbot.mouseClick(agenda.add_button, Qt.MouseButton.LeftButton)
        settle(window)
    assert [a.title for a in detail(window, meeting_id).agenda] == ["Pirmas", "Antras", "Trečias"]
    rows = agenda.item_rows()
    assert [row.title.text() for row in rows] == ["Pirmas", "Antras", "Trečias"]

    qtbot.mouseClick(rows[2].up, Qt.MouseButton.LeftButton)
    settle(window)
    assert [a.title for a in detail(window, meeting_id).agenda] == ["Pirmas", "Trečias", "Antras"]
    assert [row.title.text() for row in agenda.item_rows()] == ["Pirmas", "Trečias", "Antras"]

    first = agenda.item_rows()[0]
    qtbot.mouseClick(first.remove, Qt.MouseButton.LeftButton)
    settle(window)
    assert [a.title for a in detail(window, meeting_id).agenda] == ["Trečias", "Antras"]

    row = agenda.item_rows()[1]
    row.notes.setFocus()
    type_text(qtbot, row.notes, "Jaunimas išvyksta į miestus.")
    row.title.selectAll()
    type_text(qtbot, row.title, "Antras klausimas")
    settle(window)
    saved = detail(window, meeting_id).agenda[1]
    assert (saved.title, saved.notes) == ("Antras klausimas", "Jaunimas išvyksta į miestus.")


def test_the_discussion_agenda_comes_from_the_template(qtbot: QtBot, window: MainWindow) -> None:
    from fieldkit.services.agenda import discussion_agenda

    meeting_id = plan(window)
    view = opened(window, meeting_id)
    qtbot.mouseClick(view.editor.agenda.default_button, Qt.MouseButton.LeftButton)
    settle(window)
    titles = [a.title for a in detail(window, meeting_id).agenda]
    assert titles in (discussion_agenda("lt"), discussion_agenda("en"))
    assert [row.title.text() for row in view.editor.agenda.item_rows()] == titles


def test_decisions_and_action_items(qtbot: QtBot, window: MainWindow) -> None:
    meeting_id = plan(window)
    item_id = agenda.add_agenda_item(window.store, meeting_id, "Problemos")
    contact_id = partners.create_contact(window.store, first_name="Rasa", last_name="Jonaitė")
    attendance.add_participant(window.store, meeting_id, contact_id)
    view = opened(window, meeting_id)
    outcomes = view.editor.outcomes
    view.editor.tabs.setCurrentWidget(outcomes)

    type_text(qtbot, outcomes.new_decision, "Rengti karjeros dienas")
    qtbot.keyClick(outcomes.new_decision, Qt.Key.Key_Return)
    settle(window)
    [decision_row] = outcomes.decision_rows()
    combo = decision_row.agenda_item
    combo.setCurrentIndex(combo.findData(item_id))
    combo.activated.emit(combo.currentIndex())
    append_text(qtbot, decision_row.text, " kasmet")
    settle(window)
    [decision] = detail(window, meeting_id).decisions
    assert (decision.text, decision.agenda_item_id) == ("Rengti karjeros dienas kasmet", item_id)

    for text in ("Susitarti su gimnazija", "Išsiųsti protokolą"):
        type_text(qtbot, outcomes.new_action, text)
        qtbot.mouseClick(outcomes.add_action_button, Qt.MouseButton.LeftButton)
        settle(window)
    first, second = outcomes.action_rows()
    first.owner.setCurrentIndex(first.owner.findData(contact_id))
    qtbot.mouseClick(first.has_due, Qt.MouseButton.LeftButton)
    first.due.setDate(QDate(2026, 11, 20))
    second.owner.lineEdit().selectAll()
    type_text(qtbot, second.owner.lineEdit(), "Seniūnas")
    qtbot.mouseClick(second.done, Qt.MouseButton.LeftButton)
    settle(window)
    saved = detail(window, meeting_id).action_items
    assert [(a.text, a.owner, a.owner_contact_id, a.due_on, a.done) for a in saved] == [
        ("Susitarti su gimnazija", "Rasa Jonaitė", contact_id, dt.date(2026, 11, 20), False),
        ("Išsiųsti protokolą", "Seniūnas", None, None, True),
    ]

    qtbot.mouseClick(second.remove, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(decision_row.remove, Qt.MouseButton.LeftButton)
    settle(window)
    after = detail(window, meeting_id)
    assert [a.text for a in after.action_items] == ["Susitarti su gimnazija"]
    assert after.decisions == ()
    assert len(outcomes.action_rows()) == 1 and not outcomes.decision_rows()


def test_finalised_minutes_are_numbered_locked_and_can_be_reopened(
    qtbot: QtBot, window: MainWindow
) -> None:
    meeting_id = plan(window)
    agenda.add_agenda_item(window.store, meeting_id, "Problemos")
    action_id = minutes.add_action_item(window.store, meeting_id, "Išsiųsti protokolą")
    view = opened(window, meeting_id)
    editor = view.editor
    assert editor.print_button.isEnabled()  # a draft prints too, marked DRAFT
    append_text(qtbot, editor.title, " (galutinis)")
    qtbot.mouseClick(editor.finalise_button, Qt.MouseButton.LeftButton)
    settle(window)

    saved = detail(window, meeting_id)
    assert saved.summary.status == MeetingStatus.FINAL
    assert saved.summary.number == 1
    assert saved.summary.title == "Diskusija (galutinis)"  # typed just before: kept
    assert "No. 1" in editor.status.text()
    assert view.model.index(view.model.row_of(meeting_id), 3).data() == "No. 1"
    row = editor.agenda.item_rows()[0]
    assert editor.title.isReadOnly() and row.notes.isReadOnly()
    assert not editor.municipality.isEnabled() and not editor.starts_at.isEnabled()
    assert not editor.agenda.add_button.isVisible() and not row.remove.isVisible()
    assert editor.finalise_button.isHidden() and editor.reopen_button.isVisible()
    editor.tabs.setCurrentWidget(editor.outcomes)
    [action] = editor.outcomes.action_rows()
    assert action.text.isReadOnly() and not action.owner.isEnabled()
    assert action.done.isEnabled()
    qtbot.mouseClick(action.done, Qt.MouseButton.LeftButton)
    settle(window)
    assert detail(window, meeting_id).action_items[0].done
    assert action_id == detail(window, meeting_id).action_items[0].action_item_id

    qtbot.mouseClick(editor.reopen_button, Qt.MouseButton.LeftButton)
    settle(window)
    assert detail(window, meeting_id).summary.status == MeetingStatus.DRAFT
    assert not editor.title.isReadOnly() and editor.finalise_button.isVisible()
    append_text(qtbot, editor.title, "!")
    settle(window)
    assert detail(window, meeting_id).summary.title == "Diskusija (galutinis)!"


def test_a_refresh_while_typing_does_not_clobber_the_text(qtbot: QtBot, window: MainWindow) -> None:
    meeting_id = plan(window)
    item_id = agenda.add_agenda_item(window.store, meeting_id, "Problemos")
    view = opened(window, meeting_id)
    row = view.editor.agenda.item_rows()[0]
    row.notes.setFocus()
    type_text(qtbot, row.notes, "Mokyklos ")
    settle(window)  # saved; the keyboard is still in the notes
    # another replica's edit arrives (sync) and the editor refreshes
    agenda.update_agenda_item(window.store, item_id, notes="Iš kito kompiuterio")
    meetings.update_meeting(window.store, meeting_id, place="Salė 2")
    view.editor.refresh()
    assert window.runner.wait_idle()
    assert row.notes.toPlainText() == "Mokyklos "
    assert view.editor.place.text() == "Salė 2"  # what nobody is typing in is refreshed
    type_text(qtbot, row.notes, "uždaromos")
    settle(window)
    assert detail(window, meeting_id).agenda[0].notes == "Mokyklos uždaromos"
    assert row.notes.toPlainText() == "Mokyklos uždaromos"


def test_an_edit_made_while_a_refresh_is_on_its_way_is_kept(
    qtbot: QtBot, window: MainWindow
) -> None:
    meeting_id = plan(window)
    view = opened(window, meeting_id)
    editor = view.editor
    shown: list[str] = []
    editor.title.textChanged.connect(shown.append)
    editor.refresh()  # asked before the edit, answered after it
    editor.title.setFocus()
    append_text(qtbot, editor.title, " X")
    editor.place.setFocus()  # the keyboard has left the title
    assert window.runner.wait_idle()
    assert shown == ["Diskusija ", "Diskusija X"]  # the old title never came back
    settle(window)
    assert detail(window, meeting_id).summary.title == "Diskusija X"


def test_a_deleted_meeting_leaves_the_list(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QMessageBox

    meeting_id = plan(window)
    view = opened(window, meeting_id)
    monkeypatch.setattr(
        QMessageBox, "question", lambda *args, **kwargs: QMessageBox.StandardButton.Yes
    )
    qtbot.mouseClick(view.editor.delete_button, Qt.MouseButton.LeftButton)
    settle(window)
    assert meetings.list_meetings(window.store) == []
    assert view.model.rowCount() == 0
    assert view.right.currentWidget() is view.placeholder


def test_search_opens_a_meeting_outside_the_filter(qtbot: QtBot, window: MainWindow) -> None:
    here = plan(window, "birzu-r", title="Biržuose")
    there = plan(window, "utenos-r", title="Utenoje")
    view = open_meetings(window)
    view.show_municipality("birzu-r")
    settle(window)
    assert view.model.rowCount() == 1
    window.open_record("meeting", there)
    settle(window)
    assert view.editor.meeting_id == there
    assert view.municipality_filter.currentData() is None
    assert view.model.meeting_id(view.table.currentIndex().row()) == there
    assert {view.model.meeting_id(r) for r in range(view.model.rowCount())} == {here, there}
    assert QApplication.activeModalWidget() is None


def test_a_title_cleared_and_left_comes_back(qtbot: QtBot, window: MainWindow) -> None:
    """An empty title cannot be saved; rather than show what is not in the
    database, the field shows the saved title again when the keyboard leaves."""
    meeting_id = plan(window)
    view = opened(window, meeting_id)
    editor = view.editor
    editor.title.setFocus()
    editor.title.selectAll()
    qtbot.keyClick(editor.title, Qt.Key.Key_Delete)
    assert editor.title.text() == ""
    editor.place.setFocus()
    settle(window)
    assert editor.title.text() == "Diskusija"
    assert detail(window, meeting_id).summary.title == "Diskusija"


def test_next_steps_and_the_next_meeting_save_as_typed(qtbot: QtBot, window: MainWindow) -> None:
    meeting_id = plan(window)
    view = opened(window, meeting_id)
    outcomes = view.editor.outcomes
    view.editor.tabs.setCurrentWidget(outcomes)
    assert not outcomes.has_next_meeting.isChecked()
    assert not outcomes.next_meeting_at.isEnabled()

    type_text(qtbot, outcomes.next_steps, "Parengti paraišką seniūnijai")
    qtbot.mouseClick(outcomes.has_next_meeting, Qt.MouseButton.LeftButton)
    assert outcomes.next_meeting_at.isEnabled()
    outcomes.next_meeting_at.setDateTime(QDateTime(QDate(2026, 11, 3), QTime(14, 30)))
    settle(window)
    saved = detail(window, meeting_id)
    assert saved.next_steps == "Parengti paraišką seniūnijai"
    assert saved.next_meeting_at == dt.datetime(2026, 11, 3, 14, 30)

    qtbot.mouseClick(outcomes.has_next_meeting, Qt.MouseButton.LeftButton)  # not set after all
    settle(window)
    assert detail(window, meeting_id).next_meeting_at is None
    assert not outcomes.next_meeting_at.isEnabled()

    qtbot.mouseClick(view.editor.finalise_button, Qt.MouseButton.LeftButton)
    settle(window)
    assert outcomes.next_steps.isReadOnly()
    assert not outcomes.has_next_meeting.isEnabled()
    assert not outcomes.next_meeting_at.isEnabled()
