"""The Municipalities page: the table and charts say what the services count, a
municipality's detail follows the selection, and its buttons lead to its
problems and meetings."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale, QPoint, Qt
from PySide6.QtGui import QColor, QImage
from pytestqt.qtbot import QtBot

from fieldkit.model import ProblemCategory, Sector
from fieldkit.services import overview, problems
from fieldkit.ui.charts import BarChart, category_bars, nice_step
from fieldkit.ui.main_window import MainWindow
from fieldkit.ui.ops import Change
from fieldkit.ui.views.municipalities import (
    ID_ROLE,
    MunicipalitiesView,
    MunicipalityTableModel,
)
from fieldkit.ui.views.problems import ProblemsView
from tests.ui.conftest import settle


def _view(window: MainWindow) -> MunicipalitiesView:
    view = window.show_page("municipalities")
    settle(window)
    assert isinstance(view, MunicipalitiesView)
    return view


def _cell(view: MunicipalitiesView, row: int, column: int) -> str:
    return view.proxy.index(row, column).data()


def _row_of(view: MunicipalitiesView, municipality_id: str) -> int:
    return next(
        row
        for row in range(view.proxy.rowCount())
        if view.proxy.index(row, 0).data(ID_ROLE) == municipality_id
    )


def _click_row(qtbot: QtBot, view: MunicipalitiesView, municipality_id: str) -> None:
    row = _row_of(view, municipality_id)
    view.table.scrollTo(view.proxy.index(row, 0))
    rect = view.table.visualRect(view.proxy.index(row, 0))
    qtbot.mouseClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_the_table_and_chart_show_what_the_services_count(demo_window: MainWindow) -> None:
    view = _view(demo_window)
    expected = overview.municipality_overview(demo_window.store)
    assert view.proxy.rowCount() == 60
    locale = QLocale()
    for figures in expected.municipalities:
        row = _row_of(view, figures.municipality_id)
        M = MunicipalityTableModel
        assert _cell(view, row, M.NAME) == figures.short_name
        assert _cell(view, row, M.COUNTY) == figures.county_name
        assert _cell(view, row, M.VISITS) == locale.toString(figures.visits_done)
        assert _cell(view, row, M.PROBLEMS) == locale.toString(figures.problems_total)
        assert _cell(view, row, M.OPEN_ACTIONS) == locale.toString(figures.open_action_items)
        assert _cell(view, row, M.PARTNERS) == locale.toString(figures.partners_total)
        assert bool(_cell(view, row, M.LAST_VISIT)) == (figures.last_visit is not None)
    assert view.chart.bars() == category_bars(expected.problems_by_category)
    assert sum(value for _, value in view.chart.bars()) == len(
        problems.list_problems(demo_window.store)
    )
    assert "Digital skills: " in view.chart.accessibleDescription()


def test_columns_sort_by_their_numbers(qtbot: QtBot, demo_window: MainWindow) -> None:
    view = _view(demo_window)
    header = view.table.horizontalHeader()
    column = MunicipalityTableModel.PROBLEMS
    x = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))
    counts = [int(_cell(view, row, column)) for row in range(view.proxy.rowCount())]
    assert counts in (sorted(counts), sorted(counts, reverse=True))
    assert counts != counts[::-1] or len(set(counts)) == 1
    view.table.sortByColumn(MunicipalityTableModel.LAST_VISIT, Qt.SortOrder.DescendingOrder)
    expected = overview.municipality_overview(demo_window.store)
    latest = max((m.last_visit for m in expected.municipalities if m.last_visit), default=None)
    first = expected.figures(view.proxy.index(0, 0).data(ID_ROLE))
    assert first.last_visit == latest


def test_choosing_a_municipality_shows_its_detail(qtbot: QtBot, demo_window: MainWindow) -> None:
    view = _view(demo_window)
    busiest = max(
        overview.municipality_overview(demo_window.store).municipalities,
        key=lambda m: (m.open_action_items, m.problems_total),
    )
    _click_row(qtbot, view, busiest.municipality_id)
    settle(demo_window)
    detail = overview.municipality_detail(demo_window.store, busiest.municipality_id)
    panel = view.detail
    assert panel.municipality_id == busiest.municipality_id
    assert busiest.name in panel.heading.text()
    assert panel.visits.text() == QLocale().toString(busiest.visits_done)
    assert panel.problems_chart.bars() == category_bars(detail.figures.problems_by_category)
    assert (
        dict(panel.partners_chart.bars())["Business"]
        == (detail.figures.partners_by_sector[Sector.BUSINESS])
    )
    assert panel.actions.topLevelItemCount() == len(detail.open_action_items)
    assert panel.actions.topLevelItem(0).text(1) == detail.open_action_items[0].text


def test_the_problems_button_opens_that_municipality_s_problems(
    qtbot: QtBot, demo_window: MainWindow
) -> None:
    view = _view(demo_window)
    municipality_id = problems.list_problems(demo_window.store)[0].municipality_id
    _click_row(qtbot, view, municipality_id)
    settle(demo_window)
    qtbot.mouseClick(view.detail.problems_button, Qt.MouseButton.LeftButton)
    settle(demo_window)
    assert demo_window.current_page() == "problems"
    problems_view = demo_window.view("problems")
    assert isinstance(problems_view, ProblemsView)
    assert problems_view.municipality_filter.currentData() == municipality_id
    shown = {
        problems_view.model.index(row, 0).data(Qt.ItemDataRole.UserRole + 2)
        for row in range(problems_view.model.rowCount())
    }
    expected = problems.list_problems(demo_window.store, municipality_id=municipality_id)
    assert shown == {p.problem_id for p in expected}


def test_the_meetings_button_opens_that_municipality_s_meetings(
    qtbot: QtBot, demo_window: MainWindow
) -> None:
    pytest.importorskip("fieldkit.ui.views.meetings")
    view = _view(demo_window)
    _click_row(qtbot, view, "birzu-r")
    settle(demo_window)
    qtbot.mouseClick(view.detail.meetings_button, Qt.MouseButton.LeftButton)
    settle(demo_window)
    assert demo_window.current_page() == "meetings"


def test_the_overview_follows_new_problems(window: MainWindow) -> None:
    view = _view(window)
    view.show_municipality("birzu-r")
    settle(window)
    assert view.detail.municipality_id == "birzu-r"
    assert view.chart.bars() == category_bars({})
    store = window.store
    window.runner.run(
        lambda: problems.create_problem(
            store,
            municipality_id="birzu-r",
            title="Nėra autobusų",
            category=ProblemCategory.TRANSPORT,
        ),
        changes={Change.PROBLEMS},
    )
    settle(window)
    assert dict(view.chart.bars())["Transport and mobility"] == 1
    assert dict(view.detail.problems_chart.bars())["Transport and mobility"] == 1
    row = _row_of(view, "birzu-r")
    assert _cell(view, row, MunicipalityTableModel.PROBLEMS) == "1"
    assert view.table.currentIndex().data(ID_ROLE) == "birzu-r"  # the choice stays


def test_the_table_model_keeps_qt_s_rules(qtmodeltester, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    model = MunicipalityTableModel()
    model.set_rows(overview.municipality_overview(window.store).municipalities)
    qtmodeltester.check(model)


def _painted(chart: BarChart) -> QImage:
    chart.resize(chart.sizeHint())
    return chart.grab().toImage()


def _foreground_pixels(image: QImage, background: QColor) -> int:
    return sum(
        1
        for y in range(0, image.height(), 2)
        for x in range(0, image.width(), 2)
        if image.pixelColor(x, y) != background
    )


def test_the_chart_paints_bars_labels_and_an_axis(qtbot: QtBot) -> None:
    chart = BarChart()
    qtbot.addWidget(chart)
    chart.set_bars(
        "Problems by category",
        category_bars({ProblemCategory.TRANSPORT: 7, ProblemCategory.EMIGRATION: 3}),
    )
    image = _painted(chart)
    assert not image.isNull()
    background = chart.palette().color(chart.backgroundRole())
    bar = chart.palette().color(chart.palette().ColorRole.Highlight)
    assert _foreground_pixels(image, background) > 500
    assert any(
        image.pixelColor(x, y) == bar
        for y in range(image.height())
        for x in range(image.width() // 2, image.width())
    )
    assert chart.accessibleName() == "Problems by category"
    assert "Transport and mobility: 7" in chart.accessibleDescription()
    assert "Emigration: 3" in chart.accessibleDescription()
    assert chart.sizeHint().height() > 13 * chart.fontMetrics().height()


def test_an_empty_chart_says_so(qtbot: QtBot) -> None:
    chart = BarChart()
    qtbot.addWidget(chart)
    chart.set_bars("Problems", category_bars({}), "No problems recorded yet")
    image = _painted(chart)
    background = chart.palette().color(chart.backgroundRole())
    assert _foreground_pixels(image, background) > 20  # the title and the sentence


def test_the_axis_steps_are_round_numbers() -> None:
    assert [nice_step(n) for n in (1, 5, 7, 12, 48, 130, 999)] == [1, 1, 2, 5, 10, 50, 200]
