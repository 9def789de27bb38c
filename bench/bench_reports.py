"""Budgets of the documents (issue 4), printed, not asserted:

- minutes of a typical meeting (25 participants, 6 agenda items, 8 problems, 12
  actions) under 50 ms, beside reportlab building a one-page document of plain
  paragraphs in the same run (what this machine's reportlab costs at least);
- the programme summary on the 100,000-row demo database under 3 s.

    python bench/bench_reports.py [--db /tmp/d100.sqlite]
"""

from __future__ import annotations

import argparse
import io
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from measure import timed  # noqa: E402

from fieldkit.reports import minutes_pdf, summary_pdf  # noqa: E402
from fieldkit.services.demo import generate_demo  # noqa: E402
from fieldkit.store import open_store  # noqa: E402
from tests.reports_sample import typical_meeting  # noqa: E402


def plain_page() -> bytes:
    """One A4 page of plain paragraphs in reportlab's own font: the floor."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import Paragraph, SimpleDocTemplate

    style = getSampleStyleSheet()["BodyText"]
    buffer = io.BytesIO()
    SimpleDocTemplate(buffer, pagesize=A4).build(
        [Paragraph(f"Paragraph {n}: " + "plain words on a page " * 8, style) for n in range(20)]
    )
    return buffer.getvalue()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", type=Path, default=Path("/tmp/d100.sqlite"))
    parser.add_argument("--repeat", type=int, default=20)
    args = parser.parse_args()

    with (
        tempfile.TemporaryDirectory() as folder,
        open_store(Path(folder) / "bench.sqlite", create=True) as store,
    ):
        meeting_id = typical_meeting(store)
        pages = len(__import__("pypdf").PdfReader(io.BytesIO(minutes_pdf(store, meeting_id))).pages)
        median, best = timed(lambda: minutes_pdf(store, meeting_id), args.repeat)
        floor_median, floor_best = timed(plain_page, args.repeat)
    print(
        f"minutes, typical meeting ({pages} pages): median {median:.1f} ms, best {best:.1f} ms"
        " (budget 50 ms)"
    )
    print(
        f"reportlab, one page of plain paragraphs: median {floor_median:.1f} ms,"
        f" best {floor_best:.1f} ms"
    )

    database = args.db
    if not database.exists():
        print(f"{database} missing: making a 100,000-row demo database (a few minutes)")
        with open_store(database, create=True) as store:
            generate_demo(store, size=100_000)
    with open_store(database) as store:
        start = time.perf_counter()
        data = summary_pdf(store)
        first = time.perf_counter() - start
        median_s, _best_s = timed(lambda: summary_pdf(store), 3)
    print(
        f"programme summary on {database.name} ({len(data) // 1024} KiB): first {first:.2f} s, "
        f"then median {median_s / 1000:.2f} s (budget 3 s)"
    )


if __name__ == "__main__":
    main()
