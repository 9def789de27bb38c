"""PDF documents: the paper that partners take home (minutes, attendance sheet,
municipality report, programme summary).

Each function reads what it needs through the services, builds the PDF in memory
and returns its bytes; reportlab loads only when a document is first built, so
importing this package costs nothing at start-up. No Qt here: the window's preview
rasterises the bytes itself."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from fieldkit.store import Store

LANGUAGES = ("lt", "en")


def minutes_pdf(store: Store, meeting_id: int, language: str = "lt") -> bytes:
    """The minutes of one meeting, A4, with a DRAFT mark while it is not final."""
    from fieldkit.reports.minutes import build_minutes

    return build_minutes(store, meeting_id, language)


def attendance_pdf(store: Store, meeting_id: int, language: str = "lt") -> bytes:
    """A sheet to sign at the meeting: invitees pre-filled, empty rows for walk-ins."""
    from fieldkit.reports.attendance import build_attendance

    return build_attendance(store, meeting_id, language)


def municipality_pdf(store: Store, municipality_id: int, language: str = "lt") -> bytes:
    """One municipality's meetings, problems by category, partners and open actions."""
    from fieldkit.reports.municipality import build_municipality

    return build_municipality(store, municipality_id, language)


def summary_pdf(store: Store, language: str = "lt") -> bytes:
    """All municipalities on a few pages, for the project office."""
    from fieldkit.reports.summary import build_summary

    return build_summary(store, language)
