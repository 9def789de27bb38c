"""The open action items with a due date as an iCalendar file (RFC 5545), for a
calendar or task program: each a VTODO with its DUE date, or, for calendars that
ignore tasks (Google Calendar's import), an all-day VEVENT on the due date.

UIDs are the action items' ids, so importing the file again updates the same
entries instead of doubling them; lines are folded at 75 octets and text is
escaped as the RFC asks."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO

from sqlalchemy import text

from fieldkit import __version__
from fieldkit.io.files import write_atomically
from fieldkit.io.targets import checked_target
from fieldkit.io.vcard import fold_line
from fieldkit.store import Store

PRODID = f"-//Bibliotekos pazangai 2//FieldKit {__version__}//LT"

_OPEN_ACTIONS = text(
    """
    SELECT a.id, a.text, a.due_on, a.updated_at,
           coalesce(nullif(trim(coalesce(c.first_name, '') || ' ' || coalesce(c.last_name, '')),
                           ''), a.owner_name),
           g.title, g.starts_at, coalesce(m.name_lt, '')
    FROM action_item a
    JOIN meeting g ON g.id = a.meeting_id AND g.deleted = 0
    LEFT JOIN contact c ON c.id = a.owner_contact_id AND c.deleted = 0
    LEFT JOIN municipality m ON m.id = g.municipality_id
    WHERE a.deleted = 0 AND a.done = 0 AND a.due_on IS NOT NULL
    ORDER BY a.due_on, g.starts_at, a.position, a.id
    """
)


@dataclass(frozen=True, slots=True)
class DueAction:
    action_item_id: str
    text: str
    due_on: dt.date
    updated_at: str  # as stored: 2026-11-25T10:15:00.000000Z
    owner: str
    meeting_title: str
    meeting_starts_at: str
    municipality: str


def open_actions(store: Store) -> list[DueAction]:
    with store.read() as session:
        return [
            DueAction(row[0], row[1], dt.date.fromisoformat(row[2]), *row[3:])
            for row in session.execute(_OPEN_ACTIONS)
        ]


def escape_text(value: str) -> str:
    """RFC 5545 3.3.11: backslash, semicolon, comma and line breaks escaped."""
    return (
        value.replace("\\", "\\\\")
        .replace(";", "\\;")
        .replace(",", "\\,")
        .replace("\r\n", "\\n")
        .replace("\n", "\\n")
        .replace("\r", "\\n")
    )


def _utc(stored: str) -> str:
    """A stored instant (2026-11-25T10:15:00.000000Z) as 20261125T101500Z."""
    return stored[:19].replace("-", "").replace(":", "") + "Z"


def calendar_lines(
    actions: list[DueAction], *, events: bool = False, now: dt.datetime | None = None
) -> Iterator[str]:
    stamp = (now or dt.datetime.now(dt.UTC)).strftime("%Y%m%dT%H%M%SZ")
    yield "BEGIN:VCALENDAR"
    yield "VERSION:2.0"
    yield f"PRODID:{PRODID}"
    yield "CALSCALE:GREGORIAN"
    yield "METHOD:PUBLISH"
    for action in actions:
        due = action.due_on.strftime("%Y%m%d")
        details = [action.meeting_title, action.meeting_starts_at[:10], action.municipality]
        if action.owner:
            details.insert(0, action.owner)
        yield "BEGIN:VEVENT" if events else "BEGIN:VTODO"
        yield f"UID:{action.action_item_id}@fieldkit"
        yield f"DTSTAMP:{stamp}"
        yield f"LAST-MODIFIED:{_utc(action.updated_at)}"
        summary = f"{action.text} ({action.owner})" if action.owner else action.text
        yield "SUMMARY:" + escape_text(summary)
        yield "DESCRIPTION:" + escape_text("\n".join(d for d in details if d))
        if events:
            end = (action.due_on + dt.timedelta(days=1)).strftime("%Y%m%d")
            yield f"DTSTART;VALUE=DATE:{due}"
            yield f"DTEND;VALUE=DATE:{end}"
            yield "TRANSP:TRANSPARENT"
            yield "END:VEVENT"
        else:
            yield f"DUE;VALUE=DATE:{due}"
            yield "STATUS:NEEDS-ACTION"
            yield "END:VTODO"
    yield "END:VCALENDAR"


def write_calendar(actions: list[DueAction], out: IO[bytes], *, events: bool = False) -> int:
    for line in calendar_lines(actions, events=events):
        out.write(fold_line(line).encode("utf-8"))
    return len(actions)


def export_ics(store: Store, target: Path, *, events: bool = False) -> int:
    """The open action items with a due date into `target`; returns how many."""
    target = checked_target(store, target, (".ics",))
    actions = open_actions(store)
    return write_atomically(target, lambda out: write_calendar(actions, out, events=events))
