"""The Problems page driven as a coordinator drives it: filters narrow the list,
the editor saves as one types, ideas and partners come and go, problems are made
and deleted, and a problem opened from elsewhere is found even behind a filter."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QDialogButtonBox,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QWidget,
)
from pytestqt.qtbot import QtBot

from fieldkit.model import MeetingLink, ProblemCategory, ProblemStatus, Sector
from fieldkit.model.collation import lithuanian_order
from fieldkit.services import meetings, partners, problems
from fieldkit.services.problems import ProblemSummary
from fieldkit.store.reference import central_library_id
from fieldkit.ui.main_window import MainWindow
from fieldkit.ui.ops import Change
from fieldkit.ui.problem_editor import NewProblemDialog
from fieldkit.ui.problem_table import ID_ROLE, ProblemTableModel
from fieldkit.ui.views.problems import ProblemsView
from tests.ui.conftest import settle


def type_text(widget: QWidget, text: str) -> None:
    """Type Unicode text key by key (QTest's keyClicks accepts only ASCII)."""
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(
                widget, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, char)
            )


def _view(window: MainWindow) -> ProblemsView:
    view = window.show_page("problems")
    settle(window)
    assert isinstance(view, ProblemsView)
    return view


def _shown_ids(view: ProblemsView) -> list[str]:
    return [view.model.index(row, 0).data(ID_ROLE) for row in range(view.model.rowCount())]


def _choose(combo, value: object) -> None:  # type: ignore[no-untyped-def]
    index = combo.findData(value)
    assert index >= 0, value
    combo.setCurrentIndex(index)


def _open(window: MainWindow, problem_id: str) -> ProblemsView:
    window.open_record("problem", problem_id)
    settle(window)
    view = window.view("problems")
    assert isinstance(view, ProblemsView)
    assert view.editor.problem_id == problem_id
    return view


def test_filters_narrow_the_table(demo_window: MainWindow) -> None:
    store = demo_window.store
    view = _view(demo_window)
    everything = problems.list_problems(store)
    assert sorted(_shown_ids(view)) == sorted(p.problem_id for p in everything)
    assert view.count_label.text().startswith(f"{len(everything)} problem")

    municipality_id = everything[0].municipality_id
    _choose(view.municipality_filter, municipality_id)
    settle(demo_window)
    local = problems.list_problems(store, municipality_id=municipality_id)
    assert 0 < len(local) < len(everything)
    assert sorted(_shown_ids(view)) == sorted(p.problem_id for p in local)

    category = everything[0].category
    _choose(view.category_filter, category)
    settle(demo_window)
    narrower = problems.list_problems(store, municipality_id=municipality_id, category=category)
    assert sorted(_shown_ids(view)) == sorted(p.problem_id for p in narrower)
    assert all(
        view.model.index(row, ProblemTableModel.CATEGORY).data() == "Emigration"
        or category != ProblemCategory.EMIGRATION
        for row in range(view.model.rowCount())
    )

    _choose(view.municipality_filter, None)
    _choose(view.category_filter, None)
    _choose(view.status_filter, ProblemStatus.IN_PROJECT)
    settle(demo_window)
    in_project = problems.list_problems(store, status=ProblemStatus.IN_PROJECT)
    assert sorted(_shown_ids(view)) == sorted(p.problem_id for p in in_project)
    assert {
        view.model.index(row, ProblemTableModel.STATUS).data()
        for row in range(view.model.rowCount())
    } == {"In a project"}


def test_columns_sort_and_the_chosen_problem_stays_chosen(
    qtbot: QtBot, demo_window: MainWindow
) -> None:
    view = _view(demo_window)
    chosen = problems.list_problems(demo_window.store)[7].problem_id
    _open(demo_window, chosen)
    header = view.table.horizontalHeader()
    for column in (ProblemTableModel.TITLE, ProblemTableModel.MUNICIPALITY):
        x = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
        qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))
        texts = [view.model.index(r, column).data() for r in range(view.model.rowCount())]
        keys = [lithuanian_order(text) for text in texts]
        assert keys in (sorted(keys), sorted(keys, reverse=True))
        assert view.table.currentIndex().data(ID_ROLE) == chosen
        assert view.editor.problem_id == chosen
    names = [view.model.index(r, ProblemTableModel.MUNICIPALITY).data() for r in range(40)]
    if any(name.startswith("Š") for name in names) and any(name.startswith("T") for name in names):
        assert max(i for i, n in enumerate(names) if n.startswith("Š")) < min(
            i for i, n in enumerate(names) if n.startswith("T")
        )
    view.table.sortByColumn(ProblemTableModel.VOTES, Qt.SortOrder.AscendingOrder)
    votes = [
        int(view.model.index(r, ProblemTableModel.VOTES).data())
        for r in range(view.model.rowCount())
    ]
    assert votes == sorted(votes)


def test_the_editor_saves_as_the_coordinator_types(qtbot: QtBot, window: MainWindow) -> None:
    store = window.store
    problem_id = problems.create_problem(store, municipality_id="birzu-r", title="Transportas")
    view = _open(window, problem_id)
    editor = view.editor
    assert editor.title.text() == "Transportas"
    assert "Biržų rajono savivaldybė" in editor.heading.text()

    editor.title.setFocus()
    editor.title.end(False)
    type_text(editor.title, " į miestą")
    type_text(editor.description, "Autobusai važiuoja retai.")
    qtbot.keyClicks(editor.affected_groups, "senjorai")
    editor.votes.selectAll()
    qtbot.keyClicks(editor.votes, "12")
    _choose(editor.category, ProblemCategory.TRANSPORT)
    _choose(editor.status, ProblemStatus.PRIORITISED)
    settle(window)  # no button: the debounced saves fire

    detail = problems.get_problem(store, problem_id)
    assert detail.summary.title == "Transportas į miestą"
    assert detail.description == "Autobusai važiuoja retai."
    assert detail.affected_groups == "senjorai"
    assert detail.summary.votes == 12
    assert detail.summary.category == ProblemCategory.TRANSPORT
    assert detail.summary.status == ProblemStatus.PRIORITISED
    row = view.model.row_of(problem_id)
    assert view.model.index(row, ProblemTableModel.TITLE).data() == "Transportas į miestą"
    assert view.model.index(row, ProblemTableModel.VOTES).data() == "12"


def test_a_refresh_never_overwrites_what_is_being_typed(qtbot: QtBot, window: MainWindow) -> None:
    store = window.store
    problem_id = problems.create_problem(store, municipality_id="birzu-r", title="Transportas")
    editor = _open(window, problem_id).editor
    editor.title.setFocus()
    editor.title.end(False)
    qtbot.keyClicks(editor.title, " ir keliai")
    # meanwhile another write (say, a sync) changes the votes and everything reloads
    window.runner.run(
        lambda: problems.update_problem(store, problem_id, votes=9), changes={Change.PROBLEMS}
    )
    window.runner.wait_idle()
    assert editor.title.text() == "Transportas ir keliai"
    settle(window)
    assert editor.title.text() == "Transportas ir keliai"
    assert editor.votes.value() == 9
    detail = problems.get_problem(store, problem_id)
    assert (detail.summary.title, detail.summary.votes) == ("Transportas ir keliai", 9)


def test_an_emptied_title_is_not_saved(qtbot: QtBot, window: MainWindow) -> None:
    store = window.store
    problem_id = problems.create_problem(store, municipality_id="birzu-r", title="Transportas")
    editor = _open(window, problem_id).editor
    editor.title.selectAll()
    qtbot.keyClick(editor.title, Qt.Key.Key_Delete)
    assert editor.title_warning.isVisibleTo(editor)
    settle(window)
    assert problems.get_problem(store, problem_id).summary.title == "Transportas"
    qtbot.keyClicks(editor.title, "Susisiekimas")
    assert not editor.title_warning.isVisibleTo(editor)
    settle(window)
    assert problems.get_problem(store, problem_id).summary.title == "Susisiekimas"


def test_ideas_are_added_changed_and_removed(qtbot: QtBot, window: MainWindow) -> None:
    store = window.store
    problem_id = problems.create_problem(store, municipality_id="birzu-r", title="Transportas")
    editor = _open(window, problem_id).editor

    type_text(editor.ideas.new_idea, "Dalijimosi kelionėmis grupė")
    qtbot.keyClick(editor.ideas.new_idea, Qt.Key.Key_Return)
    qtbot.keyClicks(editor.ideas.new_idea, "Bibliotekos autobusas")
    qtbot.mouseClick(editor.findChild(QPushButton, "add-idea"), Qt.MouseButton.LeftButton)
    settle(window)
    ideas = problems.get_problem(store, problem_id).ideas
    assert [i.text for i in ideas] == ["Dalijimosi kelionėmis grupė", "Bibliotekos autobusas"]
    assert [editor.ideas.list.item(r).text() for r in range(editor.ideas.list.count())] == [
        i.text for i in ideas
    ]
    assert editor.ideas.new_idea.text() == ""

    item = editor.ideas.list.item(1)
    editor.ideas.list.setCurrentItem(item)
    editor.ideas.list.editItem(item)  # as a double-click does
    line = editor.ideas.list.findChild(QLineEdit)
    assert line is not None and line.text() == "Bibliotekos autobusas"
    line.selectAll()
    qtbot.keyClicks(line, "Bibliotekos mikroautobusas")
    qtbot.keyClick(line, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: editor.ideas.list.state() != QAbstractItemView.State.EditingState)
    settle(window)
    assert [i.text for i in problems.get_problem(store, problem_id).ideas] == [
        "Dalijimosi kelionėmis grupė",
        "Bibliotekos mikroautobusas",
    ]

    editor.ideas.list.setCurrentRow(0)
    qtbot.mouseClick(editor.ideas.remove_button, Qt.MouseButton.LeftButton)
    settle(window)
    assert [i.text for i in problems.get_problem(store, problem_id).ideas] == [
        "Bibliotekos mikroautobusas"
    ]
    assert editor.ideas.list.count() == 1


def test_partners_are_found_by_typing_added_and_removed(qtbot: QtBot, window: MainWindow) -> None:
    store = window.store
    problem_id = problems.create_problem(store, municipality_id="birzu-r", title="Transportas")
    far = partners.create_organization(
        store, name="Šiaulių vežėjas", sector=Sector.BUSINESS, municipality_id="siauliu-m"
    )
    local = partners.create_organization(
        store, name="Šiaulių g. bendruomenė", sector=Sector.NGO, municipality_id="birzu-r"
    )
    editor = _open(window, problem_id).editor

    finder = editor.partners.finder
    with qtbot.waitSignal(finder.shown):
        qtbot.keyClicks(editor.partners.search, "siaul")  # diacritics optional
    assert [c.organization_id for c in finder.results] == [local, far]  # local first
    assert finder.model.item(0).text().startswith("Šiaulių g. bendruomenė (NGO")
    qtbot.keyClick(editor.partners.search, Qt.Key.Key_Return)  # the best match: the local one
    settle(window)
    assert [p.organization_id for p in problems.get_problem(store, problem_id).partners] == [local]
    assert editor.partners.search.text() == ""
    assert editor.partners.list.item(0).text() == "Šiaulių g. bendruomenė — NGO"

    with qtbot.waitSignal(finder.shown):
        type_text(editor.partners.search, "vežėj")
    assert [c.organization_id for c in finder.results] == [far]
    finder.choose_row(0)  # a click in the popup
    settle(window)
    found = problems.get_problem(store, problem_id).partners
    assert {p.organization_id for p in found} == {local, far}

    shown = editor.partners.list
    far_row = next(r for r in range(shown.count()) if "vežėjas" in shown.item(r).text())
    shown.setCurrentRow(far_row)
    qtbot.mouseClick(editor.partners.remove_button, Qt.MouseButton.LeftButton)
    settle(window)
    assert [p.organization_id for p in problems.get_problem(store, problem_id).partners] == [local]


def test_a_new_problem_needs_a_municipality_and_can_be_deleted(
    qtbot: QtBot, window: MainWindow
) -> None:
    store = window.store
    window.show_municipality("problems", "birzu-r")
    settle(window)
    view = window.view("problems")
    assert isinstance(view, ProblemsView)
    assert view.municipality_filter.currentData() == "birzu-r"
    assert not view.delete_button.isEnabled()

    qtbot.mouseClick(view.new_button, Qt.MouseButton.LeftButton)
    dialog = view.findChild(NewProblemDialog)
    assert dialog is not None and dialog.isVisible()
    assert dialog.municipality.currentData() == "birzu-r"  # the filtered one is offered
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled()  # no title yet
    type_text(dialog.title, "Nėra viešojo transporto")
    _choose(dialog.category, ProblemCategory.TRANSPORT)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    settle(window)

    (made,) = problems.list_problems(store)
    assert (made.title, made.municipality_id, made.category) == (
        "Nėra viešojo transporto",
        "birzu-r",
        ProblemCategory.TRANSPORT,
    )
    assert view.editor.problem_id == made.problem_id
    assert view.table.currentIndex().data(ID_ROLE) == made.problem_id
    assert view.delete_button.isEnabled()

    qtbot.mouseClick(view.delete_button, Qt.MouseButton.LeftButton)
    box = view.findChild(QMessageBox, "confirm-delete-problem")
    assert box is not None and "Nėra viešojo transporto" in box.text()
    qtbot.mouseClick(box.button(QMessageBox.StandardButton.No), Qt.MouseButton.LeftButton)
    settle(window)
    assert [p.problem_id for p in problems.list_problems(store)] == [made.problem_id]

    qtbot.mouseClick(view.delete_button, Qt.MouseButton.LeftButton)
    box = view.findChild(QMessageBox, "confirm-delete-problem")
    qtbot.mouseClick(box.button(QMessageBox.StandardButton.Yes), Qt.MouseButton.LeftButton)
    settle(window)
    assert problems.list_problems(store) == []
    assert view.model.rowCount() == 0
    assert view.editor.problem_id is None and not view.editor.isEnabled()
    assert not view.delete_button.isEnabled()


def test_a_problem_opened_from_elsewhere_is_found_behind_a_filter(
    demo_window: MainWindow,
) -> None:
    store = demo_window.store
    view = _view(demo_window)
    everything = problems.list_problems(store)
    wanted = everything[-1]
    other = next(c for c in ProblemCategory if c != wanted.category)
    _choose(view.category_filter, other)
    settle(demo_window)
    assert wanted.problem_id not in _shown_ids(view)

    _open(demo_window, wanted.problem_id)
    assert view.category_filter.currentData() is None  # the filter made way
    assert view.table.currentIndex().data(ID_ROLE) == wanted.problem_id
    assert view.editor.title.text() == wanted.title


def test_the_overview_narrows_the_problems_to_a_municipality(demo_window: MainWindow) -> None:
    store = demo_window.store
    municipality_id = problems.list_problems(store)[0].municipality_id
    demo_window.show_municipality("problems", municipality_id)
    settle(demo_window)
    view = demo_window.view("problems")
    assert isinstance(view, ProblemsView)
    assert demo_window.current_page() == "problems"
    assert view.municipality_filter.currentData() == municipality_id
    local = problems.list_problems(store, municipality_id=municipality_id)
    assert sorted(_shown_ids(view)) == sorted(p.problem_id for p in local)


def test_the_meetings_of_a_problem_open_on_double_click(qtbot: QtBot, window: MainWindow) -> None:
    pytest.importorskip("fieldkit.ui.views.meetings")
    store = window.store
    meeting_id = meetings.create_meeting(
        store,
        municipality_id="birzu-r",
        library_id=central_library_id("birzu-r"),
        title="Diskusija Biržuose",
        starts_at=dt.datetime(2026, 3, 1, 10),
    )
    problem_id = problems.create_problem(
        store, municipality_id="birzu-r", title="Transportas", meeting_id=meeting_id
    )
    editor = _open(window, problem_id).editor
    assert editor.meetings.list.count() == 1
    assert "Diskusija Biržuose (raised)" in editor.meetings.list.item(0).text()
    assert problems.get_problem(store, problem_id).meetings[0].link == MeetingLink.RAISED
    rect = editor.meetings.list.visualItemRect(editor.meetings.list.item(0))
    # QTest's double-click lacks the press before it that item views look for
    qtbot.mouseClick(editor.meetings.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(editor.meetings.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    settle(window)
    assert window.current_page() == "meetings"


def test_the_table_model_keeps_qt_s_rules(qtmodeltester, demo_window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    model = ProblemTableModel()
    rows: list[ProblemSummary] = problems.list_problems(demo_window.store)
    model.set_rows(rows[:50])
    qtmodeltester.check(model)
    assert model.headerData(4, Qt.Orientation.Horizontal) == "Votes"
