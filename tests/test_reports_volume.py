"""A big meeting still prints whole: a hundred problems raised flow over the pages
with nothing cut off and every page numbered."""

from __future__ import annotations

import io

import pypdf

from fieldkit.reports import minutes_pdf
from fieldkit.store import Store
from tests.reports_sample import typical_meeting


def test_a_hundred_problems_flow_over_the_pages(store: Store) -> None:
    meeting_id = typical_meeting(store, problem_count=100)
    pages = [
        page.extract_text()
        for page in pypdf.PdfReader(io.BytesIO(minutes_pdf(store, meeting_id))).pages
    ]
    text = "\n".join(pages)
    for number in (1, 50, 100):
        assert f"Problema {number}:" in text
    for number, page in enumerate(pages, 1):
        assert f"{number} / {len(pages)}" in page
