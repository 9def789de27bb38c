"""One municipality on paper: its meetings, its problems by category (a chart),
its partners by sector and the action items still open."""

from __future__ import annotations

import datetime as dt

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from fieldkit.model import MeetingStatus
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
from fieldkit.services.documents import meetings_of_municipality
from fieldkit.services.overview import municipality_detail
from fieldkit.store import Store


def build_municipality(
    store: Store, municipality_id: str, language: str, *, today: dt.date | None = None
) -> bytes:
    labels = Labels(language)
    today = today or dt.date.today()
    detail = municipality_detail(store, municipality_id, today=today)
    meetings = meetings_of_municipality(store, municipality_id)
    figures = detail.figures
    s = styles()
    width = content_width()
    story: list[Flowable] = [
        para(text(PROGRAMME), s.programme),
        para(text(labels["municipality_report"]), s.title),
        para(text(figures.name), s.subtitle),
        para(text(labels.format("generated", date=labels.date(today))), s.muted),
    ]

    story.append(para(text(labels["meetings"]), s.h2))
    if meetings:
        story.append(
            data_table(
                [labels["no"], labels["date"], labels["title"], labels["meeting_status"]],
                [
                    [
                        cell(str(m.number) if m.number else ""),
                        cell(f"{m.starts_at:%Y-%m-%d %H:%M}"),
                        cell(m.title),
                        cell(labels["final" if m.status == MeetingStatus.FINAL else "draft"]),
                    ]
                    for m in meetings
                ],
                [12 * mm, 30 * mm, width - 12 * mm - 30 * mm - 24 * mm, 24 * mm],
                numeric=[0],
            )
        )
    else:
        story.append(para(text(labels["none"])))

    story.append(para(text(labels["problems_by_category"]), s.h2))
    categories = sorted(figures.problems_by_category.items(), key=lambda kv: -kv[1])
    story.append(BarChart([(labels.category(c.value), n) for c, n in categories], width * 0.9))
    story.append(para(text(f"{labels['total']}: {figures.problems_total}"), s.muted))

    story.append(para(text(labels["partners_by_sector"]), s.h2))
    sectors = sorted(figures.partners_by_sector.items(), key=lambda kv: -kv[1])
    story.append(
        data_table(
            [labels["sector"], labels["total"]],
            [[cell(labels.sector(sector.value)), cell(str(n))] for sector, n in sectors]
            + [[cell(labels["total"], bold=True), cell(str(figures.partners_total), bold=True)]],
            [width * 0.6, 25 * mm],
            numeric=[1],
        )
    )

    story.append(para(text(labels["open_actions"]), s.h2))
    if detail.open_action_items:
        story.append(
            data_table(
                [labels["due"], labels["action"], labels["owner"], labels["meeting"]],
                [
                    [
                        cell(labels.short_date(a.due_on)),
                        cell(a.text),
                        cell(a.owner or "—"),
                        cell(f"{a.meeting_starts_at:%Y-%m-%d} {a.meeting_title}"),
                    ]
                    for a in detail.open_action_items
                ],
                [22 * mm, 0.38 * width, 38 * mm, width - 22 * mm - 0.38 * width - 38 * mm],
            )
        )
    else:
        story.append(para(text(labels["none"])))
    story.append(Spacer(1, 2 * mm))
    return build_pdf(story, labels, title=f"{labels['municipality_report']}: {figures.name}")
