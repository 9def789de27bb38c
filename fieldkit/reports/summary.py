"""The programme on a few pages for the project office: every municipality,
visited or not, its problems (and the commonest category), its open action items;
then the problems of the whole programme by category."""

from __future__ import annotations

import datetime as dt

from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.platypus import Flowable

from fieldkit.reports.base import (
    BarChart,
    build_pdf,
    cell,
    content_width,
    data_table,
    para,
    styles,
    text,
)
from fieldkit.reports.labels import PROGRAMME, Labels
from fieldkit.services.overview import municipality_overview
from fieldkit.store import Store

PAGE = landscape(A4)


def build_summary(store: Store, language: str, *, today: dt.date | None = None) -> bytes:
    labels = Labels(language)
    today = today or dt.date.today()
    overview = municipality_overview(store, today=today)
    s = styles()
    width = content_width(PAGE)
    rows = []
    for m in overview.municipalities:
        commonest = max(m.problems_by_category.items(), key=lambda kv: kv[1], default=None)
        rows.append(
            [
                cell(m.short_name),
                cell(m.county_name),
                cell(labels["yes"] if m.visits_done else labels["no_word"]),
                cell(str(m.visits_done)),
                cell(labels.short_date(m.last_visit)),
                cell(str(m.problems_total)),
                cell(labels.category(commonest[0].value) if commonest and commonest[1] else "—"),
                cell(str(m.open_action_items)),
                cell(str(m.overdue_action_items)),
            ]
        )
    visited = sum(1 for m in overview.municipalities if m.visits_done)
    fixed = [34 * mm, 20 * mm, 16 * mm, 24 * mm, 22 * mm, 52 * mm, 24 * mm, 22 * mm]
    story: list[Flowable] = [
        para(text(PROGRAMME), s.programme),
        para(text(labels["summary"]), s.title),
        para(text(labels.format("generated", date=labels.date(today))), s.muted),
        para(
            text(
                labels.format("visited_count", visited=visited, total=len(overview.municipalities))
            )
        ),
        data_table(
            [
                labels["municipality"],
                labels["county"],
                labels["visited"],
                labels["visits"],
                labels["last_visit"],
                labels["problems_col"],
                labels["commonest"],
                labels["open_actions"],
                labels["overdue"],
            ],
            rows,
            [width - sum(fixed), *fixed],
            numeric=[3, 5, 7, 8],
        ),
        para(text(labels["problems_by_category"]), s.h2),
        BarChart(
            [
                (labels.category(c.value), n)
                for c, n in sorted(overview.problems_by_category.items(), key=lambda kv: -kv[1])
            ],
            width * 0.7,
        ),
    ]
    return build_pdf(story, labels, title=labels["summary"], pagesize=PAGE)
