"""Published exports: documents on the remote for colleagues who do not run
FieldKit. Final minutes as PDF under `exports/minutes/<municipality>/` and a
summary workbook `exports/summary.xlsx`. Names are ASCII (FAT32 sticks and some
servers refuse others); a minutes file is replaced when the meeting is finalised
again after a reopening."""

from __future__ import annotations

import io
import json
import re
import unicodedata
from collections.abc import Callable

from sqlalchemy import text

from fieldkit.errors import QT_TRANSLATE_NOOP
from fieldkit.model.base import format_utc
from fieldkit.store import Store
from fieldkit.sync.recording import read_meta, write_meta
from fieldkit.sync.remote import EXPORTS, Remote

PUBLISHED = "published_minutes"
# A first sync of a big database would otherwise print thousands of PDFs before it
# ends; the rest follow in the next syncs, oldest first.
MAX_MINUTES_PER_SYNC = 25


def ascii_name(text_value: str) -> str:
    """ "Šiaulių r. sav." -> "siauliu-r-sav"."""
    folded = unicodedata.normalize("NFKD", text_value).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", folded.lower()).strip("-") or "x"


def publish_documents(
    store: Store,
    remote: Remote,
    check_cancel: Callable[[], None],
    warn: Callable[..., None],
    *,
    changed: bool,
) -> int:
    """Publish what is due: minutes finalised (or finalised again) since they were
    last published, and the workbook when the data `changed`. Returns how many files
    were written; a sync with nothing due makes no request here."""
    from fieldkit import reports

    with store.read() as session:
        published = json.loads(read_meta(session, PUBLISHED).get(PUBLISHED) or "{}")
        finals = session.execute(
            text(
                "SELECT id, starts_at, number, finalised_at, municipality_id FROM meeting "
                "WHERE status = 'final' AND deleted = 0 ORDER BY starts_at, id"
            )
        ).all()
    due = [row for row in finals if published.get(row[0]) != row[3]]
    if not due and not changed:
        return 0
    written = 0
    folders: set[str] = set()
    for meeting_id, starts_at, number, finalised_at, municipality in due[:MAX_MINUTES_PER_SYNC]:
        check_cancel()
        folder = f"{EXPORTS}/minutes/{ascii_name(municipality)}"
        if folder not in folders:
            remote.make_folders(folder)
            folders.add(folder)
        name = f"{starts_at[:10]}-{number or 0:03d}-{meeting_id[:8]}.pdf"
        remote.replace(f"{folder}/{name}", reports.minutes_pdf(store, meeting_id, "lt"))
        published[meeting_id] = finalised_at
        written += 1
    if len(due) > MAX_MINUTES_PER_SYNC:
        warn(
            QT_TRANSLATE_NOOP(
                "Errors", "Minutes waiting to be published at the next syncs: {count}."
            ),
            count=len(due) - MAX_MINUTES_PER_SYNC,
        )
    remote.make_folders(EXPORTS)
    remote.replace(f"{EXPORTS}/summary.xlsx", summary_workbook(store))
    written += 1
    with store.write() as session:
        write_meta(session, **{PUBLISHED: json.dumps(published, sort_keys=True)})
    return written


def summary_workbook(store: Store) -> bytes:
    """The programme at a glance, one row per municipality (Lithuanian headings: it
    is read by the programme office)."""
    from openpyxl import Workbook
    from openpyxl.styles import Font

    from fieldkit.services.overview import municipality_overview

    overview = municipality_overview(store)
    book = Workbook()
    sheet = book.active
    sheet.title = "Savivaldybės"
    headings = [
        "Savivaldybė",
        "Apskritis",
        "Įvykę vizitai",
        "Paskutinis vizitas",
        "Kitas vizitas",
        "Paskutinis susitikimas",
        "Problemos",
        "Partneriai",
        "Atviri veiksmai",
        "Vėluojantys veiksmai",
    ]
    sheet.append(headings)
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    sheet.freeze_panes = "A2"
    for figures in overview.municipalities:
        sheet.append(
            [
                figures.name,
                figures.county_name,
                figures.visits_done,
                figures.last_visit,
                figures.next_visit,
                figures.last_meeting,
                figures.problems_total,
                figures.partners_total,
                figures.open_action_items,
                figures.overdue_action_items,
            ]
        )
    for column, width in zip("ABCDEFGHIJ", (28, 18, 12, 16, 16, 20, 11, 11, 14, 18), strict=True):
        sheet.column_dimensions[column].width = width
    book.properties.creator = "FieldKit"
    book.properties.modified = None  # type: ignore[assignment]
    sheet.cell(
        row=len(overview.municipalities) + 3, column=1
    ).value = (
        f"Atnaujinta {format_utc(__import__('datetime').datetime.now(__import__('datetime').UTC))}"
    )
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()
