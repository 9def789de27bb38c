"""Problems raised at a meeting, driven through the real widgets: record a new one
from inside the meeting, link one already known in the municipality, change votes
in the list, unlink. Results are read back through the services."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractItemDelegate, QSpinBox, QWidget
from pytestqt.qtbot import QtBot

from fieldkit.model import MeetingLink, ProblemCategory
from fieldkit.services import attendance, meetings, partners, problems
from fieldkit.ui.main_window import MainWindow
from fieldkit.ui.meeting_models import MeetingProblemsModel
from fieldkit.ui.raised_problems import RaisedProblemsPanel
from tests.ui.conftest import settle

START = dt.datetime(2026, 3, 2, 10, 0)


def type_text(widget: QWidget, text: str) -> None:
    """Type as a keyboard would, Lithuanian letters too."""
    for char in text:
        QTest.sendKeyEvent(
            QTest.KeyAction.Click, widget, Qt.Key.Key_unknown, char, Qt.KeyboardModifier.NoModifier
        )


@pytest.fixture
def meeting_id(window: MainWindow) -> str:
    return meetings.create_meeting(
        window.store, municipality_id="birzu-r", title="Susitikimas", starts_at=START
    )


@pytest.fixture
def panel(qtbot: QtBot, window: MainWindow) -> RaisedProblemsPanel:
    panel = RaisedProblemsPanel(window.ctx)
    qtbot.addWidget(panel)
    panel.resize(900, 600)
    panel.show()
    qtbot.waitExposed(panel)
    return panel


def _problem(window: MainWindow, title: str, **fields: object) -> str:
    return problems.create_problem(
        window.store,
        municipality_id=fields.pop("municipality_id", "birzu-r"),
        title=title,
        **fields,
    )


def _linked(window: MainWindow, meeting_id: str) -> list[tuple[str, str, int, str]]:
    return [
        (p.title, p.category, p.votes, p.link)
        for p in problems.problems_of_meeting(window.store, meeting_id)
    ]


def _cell_center(panel: RaisedProblemsPanel, row: int, column: int) -> QPoint:
    return panel.table.visualRect(panel.model.index(row, column)).center()


def test_the_problems_model_is_sound(qtmodeltester, window: MainWindow, meeting_id: str) -> None:  # type: ignore[no-untyped-def]
    _problem(window, "Jaunimas išvyksta", meeting_id=meeting_id, votes=4)
    _problem(window, "Trūksta autobusų", meeting_id=meeting_id)
    model = MeetingProblemsModel()
    model.set_rows(problems.problems_of_meeting(window.store, meeting_id), True)
    qtmodeltester.check(model)
    model.set_rows([], False)
    qtmodeltester.check(model)


def test_a_new_problem_is_recorded_from_inside_the_meeting(
    qtbot: QtBot, window: MainWindow, panel: RaisedProblemsPanel, meeting_id: str
) -> None:
    ona = partners.create_contact(window.store, first_name="Ona", last_name="Kairienė")
    attendance.invite_contact(window.store, meeting_id, ona, attended=True)
    panel.set_meeting(meeting_id, "birzu-r", True)
    settle(window)
    assert panel.empty.isVisible()

    panel.title.setFocus()
    type_text(panel.title, "Jaunimas išvyksta į miestus")
    panel.category.setCurrentIndex(panel.category.findData(ProblemCategory.EMIGRATION))
    type_text(panel.groups, "jaunimas")
    panel.votes.setValue(7)
    panel.raised_by.setCurrentIndex(panel.raised_by.findData(ona))
    type_text(panel.description, "Po mokyklos lieka vos keli.")
    qtbot.keyClick(panel.title, Qt.Key.Key_Return)
    settle(window)

    (problem,) = problems.problems_of_meeting(window.store, meeting_id)
    assert (problem.title, problem.category, problem.votes, problem.link) == (
        "Jaunimas išvyksta į miestus",
        ProblemCategory.EMIGRATION,
        7,
        MeetingLink.RAISED,
    )
    assert (problem.affected_groups, problem.description, problem.raised_by) == (
        "jaunimas",
        "Po mokyklos lieka vos keli.",
        "Ona Kairienė",
    )
    assert panel.model.rowCount() == 1
    assert not panel.empty.isVisible()
    # The form is ready for the next one; the category is kept (they often come alike).
    assert (panel.title.text(), panel.votes.value(), panel.description.toPlainText()) == ("", 0, "")
    assert panel.category.currentData() == ProblemCategory.EMIGRATION
    assert panel.title.hasFocus()


def test_a_problem_without_a_title_is_refused_with_a_sentence(
    qtbot: QtBot, window: MainWindow, panel: RaisedProblemsPanel, meeting_id: str
) -> None:
    panel.set_meeting(meeting_id, "birzu-r", True)
    settle(window)
    qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)
    settle(window)
    assert panel.form_error.isVisible()
    assert "title" in panel.form_error.text()
    assert problems.problems_of_meeting(window.store, meeting_id) == []


def test_a_known_problem_of_the_municipality_is_linked(
    qtbot: QtBot, window: MainWindow, panel: RaisedProblemsPanel, meeting_id: str
) -> None:
    here = _problem(window, "Trūksta autobusų", category=ProblemCategory.TRANSPORT, votes=3)
    _problem(window, "Kamščiai", municipality_id="kauno-m")
    already = _problem(window, "Jaunimas išvyksta", meeting_id=meeting_id)
    panel.set_meeting(meeting_id, "birzu-r", True)
    settle(window)
    choices = [panel.known.itemData(i) for i in range(panel.known.count())]
    assert choices == [here]  # not another municipality's, not one already linked
    # (no translator in tests: the English plural comes from the English .qm)
    assert panel.known.itemText(0).startswith("Trūksta autobusų — Transport and mobility, 3 vote")
    qtbot.mouseClick(panel.link_button, Qt.MouseButton.LeftButton)
    settle(window)
    assert [
        (p.problem_id, p.link) for p in problems.problems_of_meeting(window.store, meeting_id)
    ] == [
        (already, MeetingLink.RAISED),
        (here, MeetingLink.DISCUSSED),
    ]
    assert not panel.known.isEnabled()
    assert not panel.link_button.isEnabled()


def test_votes_are_changed_in_the_list(
    qtbot: QtBot, window: MainWindow, panel: RaisedProblemsPanel, meeting_id: str
) -> None:
    problem_id = _problem(window, "Jaunimas išvyksta", meeting_id=meeting_id, votes=2)
    panel.set_meeting(meeting_id, "birzu-r", True)
    settle(window)
    index = panel.model.index(0, MeetingProblemsModel.VOTES)
    panel.table.setCurrentIndex(index)
    panel.table.edit(index)
    editor = panel.table.findChild(QSpinBox, "cell-count")
    assert editor is not None
    editor.selectAll()
    qtbot.keyClicks(editor, "12")
    # What Enter does (Qt's delegate queues exactly this; called directly here, since
    # a test that ran QApplication.exec() earlier in the session stops queued calls).
    panel.table.commitData(editor)
    panel.table.closeEditor(editor, QAbstractItemDelegate.EndEditHint.NoHint)
    settle(window)
    assert problems.get_problem(window.store, problem_id).summary.votes == 12
    assert index.data() == "12"


def test_unlinking_leaves_the_problem_known(
    qtbot: QtBot, window: MainWindow, panel: RaisedProblemsPanel, meeting_id: str
) -> None:
    problem_id = _problem(window, "Jaunimas išvyksta", meeting_id=meeting_id)
    panel.set_meeting(meeting_id, "birzu-r", True)
    settle(window)
    qtbot.mouseClick(
        panel.table.viewport(),
        Qt.MouseButton.LeftButton,
        pos=_cell_center(panel, 0, MeetingProblemsModel.UNLINK),
    )
    settle(window)
    assert _linked(window, meeting_id) == []
    assert panel.model.rowCount() == 0
    assert [panel.known.itemData(i) for i in range(panel.known.count())] == [problem_id]


def test_final_minutes_are_read_only(
    qtbot: QtBot, window: MainWindow, panel: RaisedProblemsPanel, meeting_id: str
) -> None:
    _problem(window, "Jaunimas išvyksta", meeting_id=meeting_id, votes=2)
    meetings.finalise_meeting(window.store, meeting_id)
    panel.set_meeting(meeting_id, "birzu-r", False)
    settle(window)
    assert panel.model.rowCount() == 1
    assert not panel.new_box.isVisible()
    assert not panel.link_box.isVisible()
    votes = panel.model.index(0, MeetingProblemsModel.VOTES)
    assert not panel.model.flags(votes) & Qt.ItemFlag.ItemIsEditable
    assert not panel.model.index(0, MeetingProblemsModel.UNLINK).data()
    qtbot.mouseClick(
        panel.table.viewport(),
        Qt.MouseButton.LeftButton,
        pos=_cell_center(panel, 0, MeetingProblemsModel.UNLINK),
    )
    settle(window)
    assert len(_linked(window, meeting_id)) == 1


def test_clearing_and_switching_meetings(
    qtbot: QtBot, window: MainWindow, panel: RaisedProblemsPanel, meeting_id: str
) -> None:
    _problem(window, "Jaunimas išvyksta", meeting_id=meeting_id)
    other = meetings.create_meeting(
        window.store, municipality_id="kauno-m", title="Kaune", starts_at=START
    )
    panel.set_meeting(meeting_id, "birzu-r", True)
    settle(window)
    assert panel.model.rowCount() == 1
    panel.set_meeting(other, "kauno-m", True)
    settle(window)
    assert panel.model.rowCount() == 0
    assert not panel.link_button.isEnabled()
    panel.set_meeting(None, None, False)
    settle(window)
    assert panel.model.rowCount() == 0
    assert not panel.new_box.isVisible()
