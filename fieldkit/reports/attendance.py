"""The attendance sheet, printed before a meeting: everyone invited pre-filled,
empty rows for people who walk in, a column to sign."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from fieldkit.reports.base import (
    build_pdf,
    cell,
    content_width,
    data_table,
    key_values,
    para,
    styles,
    text,
)
from fieldkit.reports.labels import PROGRAMME, Labels
from fieldkit.services.documents import minutes_content
from fieldkit.store import Store

WALK_IN_ROWS = 10
ROW_HEIGHT = 9 * mm  # room for a signature


def build_attendance(store: Store, meeting_id: str, language: str) -> bytes:
    labels = Labels(language)
    content = minutes_content(store, meeting_id)
    detail = content.detail
    summary = detail.summary
    s = styles()
    width = content_width()
    municipality = summary.municipality_name
    if language == "en" and content.municipality_name_en:
        municipality = content.municipality_name_en
    end = f"–{detail.ends_at:%H:%M}" if detail.ends_at else ""
    story: list[Flowable] = [
        para(text(PROGRAMME), s.programme),
        para(text(labels["attendance_sheet"]), s.title),
        para(text(summary.title), s.subtitle),
        key_values(
            [
                (labels["municipality"], municipality),
                (labels["library"], detail.library_name or "—"),
                (labels["date"], labels.date(summary.starts_at.date())),
                (labels["time"], f"{summary.starts_at:%H:%M}{end}"),
                (labels["place"], detail.place or detail.library_name or "—"),
            ],
            width,
        ),
        Spacer(1, 4 * mm),
    ]
    invited = list(detail.participants)
    rows = [
        [cell(str(i)), cell(labels.person(p.name)), cell(p.organization), cell("")]
        for i, p in enumerate(invited, 1)
    ]
    rows += [
        [cell(str(i)), cell(""), cell(""), cell("")]
        for i in range(len(invited) + 1, len(invited) + WALK_IN_ROWS + 1)
    ]
    story.append(
        data_table(
            [labels["no"], labels["name"], labels["organisation"], labels["signature_col"]],
            rows,
            [10 * mm, 0.32 * width, width - 10 * mm - 0.32 * width - 45 * mm, 45 * mm],
            numeric=[0],
            row_height=ROW_HEIGHT,
        )
    )
    return build_pdf(story, labels, title=f"{labels['attendance_sheet']}: {summary.title}")
