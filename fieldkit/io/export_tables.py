"""The tables a spreadsheet export holds (contacts, organisations, meetings,
problems, action items): their columns, headed in Lithuanian or English, and
their live rows read in one read transaction, straight from SQL (the 100,000-row
database exports in seconds).

The contacts' headers are ones the import recognises, so an exported list can be
edited in Excel and imported back."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

from sqlalchemy import text
from sqlalchemy.orm import Session

#: A column: its key, its header in Lithuanian and English, its kind of value
#: ("text", "date", "datetime", "int", "bool") and its width in characters.
Column = tuple[str, str, str, str, int]


@dataclass(frozen=True, slots=True)
class ExportTable:
    name: str  # the file or sheet name: contacts, organizations, ...
    title_lt: str
    title_en: str
    columns: tuple[Column, ...]
    sql: str

    def headers(self, language: str) -> list[str]:
        return [lt if language == "lt" else en for _, lt, en, _, _ in self.columns]

    def title(self, language: str) -> str:
        return self.title_lt if language == "lt" else self.title_en

    def rows(self, session: Session, language: str = "lt") -> Iterator[tuple[Any, ...]]:
        """Rows as Python values: dates as dates, numbers as numbers, a value
        stored as a key (the legal basis) in the language's words."""
        converters = [
            _worded(key, language) or _CONVERTERS.get(kind) for key, _, _, kind, _ in self.columns
        ]
        plain = all(c is None for c in converters)
        result = session.execute(text(self.sql))
        if plain:
            yield from result
            return
        for row in result:
            yield tuple(
                value if convert is None or value is None else convert(value)
                for value, convert in zip(row, converters, strict=True)
            )

    def count(self, session: Session) -> int:
        return int(session.execute(text(f"SELECT count(*) FROM ({self.sql})")).scalar() or 0)


def _date(value: Any) -> dt.date:
    return dt.date.fromisoformat(value) if isinstance(value, str) else value


def _datetime(value: Any) -> dt.datetime:
    if isinstance(value, str):
        # instants are stored as UTC with a "Z"; spreadsheets get the UTC time
        return dt.datetime.fromisoformat(value.removesuffix("Z")).replace(microsecond=0)
    return value


_CONVERTERS = {"date": _date, "datetime": _datetime, "bool": bool}

#: The legal bases of GDPR Art. 6(1) (stored by their keys, see
#: services.privacy.LegalBasis) in words the office reads and the import reads back.
LEGAL_BASIS_WORDS = {
    "consent": ("sutikimas", "consent"),
    "contract": ("sutartis", "contract"),
    "legal_obligation": ("teisinė prievolė", "legal obligation"),
    "vital_interests": ("gyvybiniai interesai", "vital interests"),
    "public_task": ("viešoji užduotis", "public task"),
    "legitimate_interests": ("teisėtas interesas", "legitimate interests"),
}


def _worded(key: str, language: str) -> Callable[[Any], Any] | None:
    if key != "legal_basis":
        return None
    index = 0 if language == "lt" else 1

    def words(value: Any) -> Any:
        # older rows hold words already; they go out as they are
        found = LEGAL_BASIS_WORDS.get(value)
        return found[index] if found else value

    return words


CONTACTS = ExportTable(
    "contacts",
    "Kontaktai",
    "Contacts",
    (
        ("id", "ID", "ID", "text", 12),
        ("first_name", "Vardas", "First Name", "text", 14),
        ("last_name", "Pavardė", "Last Name", "text", 16),
        ("organization", "Organizacija", "Organization", "text", 36),
        ("role", "Pareigos", "Title", "text", 24),
        ("phone", "Telefonas", "Phone", "text", 16),
        ("email", "El. paštas", "E-mail", "text", 30),
        ("municipality", "Savivaldybė", "Municipality", "text", 28),
        ("notes", "Pastabos", "Notes", "text", 30),
        ("tags", "Žymos", "Tags", "text", 16),
        ("consent_given_on", "Sutikimo data", "Consent Date", "date", 12),
        ("consent_method", "Sutikimo būdas", "Consent Method", "text", 16),
        ("consent_purpose", "Sutikimo tikslas", "Consent Purpose", "text", 24),
        ("legal_basis", "Teisinis pagrindas", "Legal Basis", "text", 18),
        ("updated_at", "Atnaujinta", "Updated", "datetime", 18),
    ),
    """
    SELECT c.id, c.first_name, c.last_name, coalesce(o.name, ''), c.role, c.phone, c.email,
           coalesce(m.name_lt, ''), c.notes, c.tags, c.consent_given_on, c.consent_method,
           c.consent_purpose, c.legal_basis, c.updated_at
    FROM contact c
    LEFT JOIN organization o ON o.id = c.organization_id AND o.deleted = 0
    LEFT JOIN municipality m ON m.id = c.municipality_id
    WHERE c.deleted = 0
    ORDER BY c.last_name, c.first_name, c.id
    """,
)

ORGANIZATIONS = ExportTable(
    "organizations",
    "Organizacijos",
    "Organisations",
    (
        ("id", "ID", "ID", "text", 12),
        ("name", "Pavadinimas", "Name", "text", 40),
        ("sector", "Sektorius", "Sector", "text", 16),
        ("municipality", "Savivaldybė", "Municipality", "text", 28),
        ("address", "Adresas", "Address", "text", 30),
        ("website", "Svetainė", "Website", "text", 24),
        ("notes", "Pastabos", "Notes", "text", 30),
        ("contacts", "Kontaktų", "Contacts", "int", 10),
    ),
    """
    SELECT o.id, o.name, o.sector, coalesce(m.name_lt, ''), o.address, o.website, o.notes,
           (SELECT count(*) FROM contact c WHERE c.organization_id = o.id AND c.deleted = 0)
    FROM organization o
    LEFT JOIN municipality m ON m.id = o.municipality_id
    WHERE o.deleted = 0
    ORDER BY o.name, o.id
    """,
)

MEETINGS = ExportTable(
    "meetings",
    "Susitikimai",
    "Meetings",
    (
        ("id", "ID", "ID", "text", 12),
        ("number", "Nr.", "No.", "int", 6),
        ("starts_at", "Pradžia", "Starts", "datetime", 18),
        ("ends_at", "Pabaiga", "Ends", "datetime", 18),
        ("municipality", "Savivaldybė", "Municipality", "text", 28),
        ("library", "Biblioteka", "Library", "text", 36),
        ("title", "Pavadinimas", "Title", "text", 40),
        ("kind", "Rūšis", "Kind", "text", 14),
        ("status", "Būsena", "Status", "text", 10),
        ("place", "Vieta", "Place", "text", 24),
        ("attended", "Dalyvavo", "Attended", "int", 10),
    ),
    """
    SELECT g.id, g.number, g.starts_at, g.ends_at, coalesce(m.name_lt, ''),
           coalesce(l.name, ''), g.title, g.kind, g.status, g.place,
           (SELECT count(*) FROM participant p
            WHERE p.meeting_id = g.id AND p.deleted = 0 AND p.attended = 1)
    FROM meeting g
    LEFT JOIN municipality m ON m.id = g.municipality_id
    LEFT JOIN library l ON l.id = g.library_id
    WHERE g.deleted = 0
    ORDER BY g.starts_at, g.id
    """,
)

PROBLEMS = ExportTable(
    "problems",
    "Problemos",
    "Problems",
    (
        ("id", "ID", "ID", "text", 12),
        ("title", "Problema", "Problem", "text", 40),
        ("municipality", "Savivaldybė", "Municipality", "text", 28),
        ("category", "Kategorija", "Category", "text", 20),
        ("status", "Būsena", "Status", "text", 16),
        ("votes", "Balsai", "Votes", "int", 8),
        ("affected_groups", "Paveiktos grupės", "Affected Groups", "text", 24),
        ("description", "Aprašymas", "Description", "text", 40),
        ("raised_by", "Iškėlė", "Raised By", "text", 22),
        ("created_at", "Užregistruota", "Recorded", "datetime", 18),
    ),
    """
    SELECT p.id, p.title, coalesce(m.name_lt, ''), p.category, p.status, p.votes,
           p.affected_groups, p.description,
           coalesce(trim(c.first_name || ' ' || c.last_name), ''), p.created_at
    FROM problem p
    LEFT JOIN municipality m ON m.id = p.municipality_id
    LEFT JOIN contact c ON c.id = p.raised_by_contact_id AND c.deleted = 0
    WHERE p.deleted = 0
    ORDER BY m.name_lt, p.votes DESC, p.title, p.id
    """,
)

ACTION_ITEMS = ExportTable(
    "action_items",
    "Veiksmai",
    "Action items",
    (
        ("id", "ID", "ID", "text", 12),
        ("text", "Veiksmas", "Action", "text", 44),
        ("owner", "Atsakingas", "Owner", "text", 22),
        ("due_on", "Terminas", "Due", "date", 12),
        ("done", "Atlikta", "Done", "bool", 8),
        ("meeting", "Susitikimas", "Meeting", "text", 36),
        ("meeting_starts_at", "Susitikimo data", "Meeting Date", "datetime", 18),
        ("municipality", "Savivaldybė", "Municipality", "text", 28),
    ),
    """
    SELECT a.id, a.text,
           coalesce(nullif(trim(coalesce(c.first_name, '') || ' ' || coalesce(c.last_name, '')),
                           ''), a.owner_name),
           a.due_on, a.done, g.title, g.starts_at, coalesce(m.name_lt, '')
    FROM action_item a
    JOIN meeting g ON g.id = a.meeting_id AND g.deleted = 0
    LEFT JOIN contact c ON c.id = a.owner_contact_id AND c.deleted = 0
    LEFT JOIN municipality m ON m.id = g.municipality_id
    WHERE a.deleted = 0
    ORDER BY a.due_on IS NULL, a.due_on, g.starts_at, a.position, a.id
    """,
)

TABLES: tuple[ExportTable, ...] = (CONTACTS, ORGANIZATIONS, MEETINGS, PROBLEMS, ACTION_ITEMS)
TABLES_BY_NAME = {table.name: table for table in TABLES}
