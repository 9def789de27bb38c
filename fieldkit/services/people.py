"""People as the coordinator types them: finding a contact or an organisation
from a few letters (diacritics optional), and spotting a person who is already
known before a duplicate is made (same name, e-mail or phone, however written)."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, replace
from typing import Any

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from fieldkit.model import Municipality, Organization, Sector, full_name
from fieldkit.services.matching import (
    SAME_EMAIL,
    SAME_NAME,
    SAME_PHONE,
    name_key,
    normalise_email,
    normalise_phone,
)
from fieldkit.store import Store
from fieldkit.store.search import match_expression


@dataclass(frozen=True, slots=True)
class ContactMatch:
    """A contact as a picker or a duplicate warning shows it."""

    contact_id: str
    first_name: str
    last_name: str
    organization_id: str | None
    organization: str
    role: str
    phone: str
    email: str
    municipality_id: str | None
    #: For lookalikes: why this contact looks like the new one (SAME_* ids).
    matched_on: tuple[str, ...] = ()

    @property
    def full_name(self) -> str:
        return full_name(self.first_name, self.last_name)


@dataclass(frozen=True, slots=True)
class OrganizationMatch:
    """An organisation as a picker offers it: the quick-add dialog (which says
    whether the typed name is a known one) and a problem's partner chooser."""

    organization_id: str
    name: str
    sector: Sector
    municipality_id: str | None
    municipality_name: str  # "Biržų rajono savivaldybė", or ""
    municipality_short_name: str  # "Biržų r. sav.", for narrow lists
    #: The name is the one typed, up to case, diacritics and spaces.
    exact: bool = False


@dataclass(frozen=True, slots=True)
class TypedPerson:
    """What the coordinator typed into the invite field, sorted into fields."""

    first_name: str = ""
    last_name: str = ""
    email: str = ""
    phone: str = ""


def fold(value: str) -> str:
    """A name as people compare names: no case, no diacritics, single spaces
    ("  ŠARŪNAS  Kęstutis" and "sarunas kestutis" fold the same)."""
    decomposed = unicodedata.normalize("NFKD", value)
    bare = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(bare.casefold().split())


def split_typed_text(typed: str) -> TypedPerson:
    """Prefill for the new-person dialog: an e-mail, a phone number, or a name
    (the last word taken as the last name)."""
    cleaned = " ".join(typed.split())
    if "@" in cleaned:
        return TypedPerson(email=cleaned)
    if cleaned and sum(c.isdigit() for c in cleaned) >= 5 and not any(c.isalpha() for c in cleaned):
        return TypedPerson(phone=cleaned)
    first, _, last = cleaned.rpartition(" ")
    return TypedPerson(first_name=first, last_name=last) if first else TypedPerson(first_name=last)


# --- finding -----------------------------------------------------------------

_CONTACT_COLUMNS = """c.id, c.first_name, c.last_name, c.organization_id,
       coalesce(o.name, ''), c.role, c.phone, c.email, c.municipality_id"""

#: Live contacts whose indexed text matches :query.
_CONTACTS_MATCHING = f"""
    SELECT {_CONTACT_COLUMNS}
    FROM search_fts f
    JOIN search_doc d ON d.doc_id = f.rowid
    JOIN contact c ON c.id = d.ref_id
    LEFT JOIN organization o ON o.id = c.organization_id
    WHERE search_fts MATCH :query AND f.kind = 'contact' AND c.deleted = 0
    """

_FIND_CONTACTS = text(
    f"""{_CONTACTS_MATCHING}
    ORDER BY coalesce(c.municipality_id = :municipality_id, 0) DESC,
             bm25(search_fts, 0.0, 10.0, 1.0), c.last_name, c.first_name, c.id
    LIMIT :limit
    """
)


def _contact(row: Any, matched_on: tuple[str, ...] = ()) -> ContactMatch:
    return ContactMatch(*row, matched_on=matched_on)


def find_contacts(
    store: Store, typed: str, limit: int = 20, *, municipality_id: str | None = None
) -> list[ContactMatch]:
    """Contacts whose name, organisation, e-mail or phone has words starting with
    what was typed, diacritics optional; the meeting's municipality first. Runs
    on the search index, so it stays quick however many contacts there are."""
    query = match_expression(typed)
    if query is None:
        return []
    with store.read() as session:
        rows = session.execute(
            _FIND_CONTACTS,
            {"query": query, "municipality_id": municipality_id, "limit": limit},
        )
        return [_contact(row) for row in rows]


_FIND_ORGANIZATIONS = text(
    """
    SELECT o.id, o.name, o.sector, o.municipality_id,
           coalesce(m.name_lt, ''), coalesce(m.short_lt, '')
    FROM search_fts f
    JOIN search_doc d ON d.doc_id = f.rowid AND d.kind = 'organization'
    JOIN organization o ON o.id = d.ref_id AND o.deleted = 0
    LEFT JOIN municipality m ON m.id = o.municipality_id
    WHERE search_fts MATCH :query
    ORDER BY coalesce(o.municipality_id = :municipality_id, 0) DESC,
             bm25(search_fts, 0.0, 10.0, 1.0), o.name, o.id
    LIMIT :limit
    """
)


def find_organizations(
    store: Store, typed: str, limit: int = 20, *, municipality_id: str | None = None
) -> list[OrganizationMatch]:
    """Organisations whose name (or address, notes, municipality) has words
    starting with what was typed, diacritics optional: an exact name (up to case
    and diacritics) first, then those of `municipality_id` (a meeting's or a
    problem's partners are nearly always local). Nothing typed: that
    municipality's organisations by name."""
    with store.read() as session:
        return organizations_matching(session, typed, limit, municipality_id)


def organizations_matching(
    session: Session, typed: str, limit: int, municipality_id: str | None
) -> list[OrganizationMatch]:
    """find_organizations inside a caller's transaction (which may hold new ones)."""
    query = match_expression(typed)
    if query is not None:
        rows = session.execute(
            _FIND_ORGANIZATIONS,
            {"query": query, "municipality_id": municipality_id, "limit": limit},
        ).all()
    elif municipality_id is not None:
        rows = session.execute(
            select(
                Organization.id,
                Organization.name,
                Organization.sector,
                Organization.municipality_id,
                Municipality.name_lt,
                Municipality.short_lt,
            )
            .join(Municipality, Municipality.id == Organization.municipality_id)
            .where(
                Organization.municipality_id == municipality_id,
                Organization.deleted.is_(False),
            )
            .order_by(Organization.name, Organization.id)
            .limit(limit)
        ).all()
    else:
        return []
    wanted = fold(typed)
    found = [
        OrganizationMatch(o_id, name, Sector(sector), m_id, m_name, m_short, fold(name) == wanted)
        for o_id, name, sector, m_id, m_name, m_short in rows
    ]
    return sorted(found, key=lambda match: not match.exact)


_SAME_EMAIL = text(
    f"""
    SELECT {_CONTACT_COLUMNS}
    FROM contact c LEFT JOIN organization o ON o.id = c.organization_id
    WHERE c.deleted = 0 AND trim(c.email) LIKE :local || '@%' ESCAPE '\\'
    """
)

# The candidates for a phone number: the same last six digits, whatever spaces,
# dashes, dots or brackets the number was written with; Python then compares the
# whole normalised number.
_SAME_PHONE_TAIL = text(
    f"""
    SELECT {_CONTACT_COLUMNS}
    FROM contact c LEFT JOIN organization o ON o.id = c.organization_id
    WHERE c.deleted = 0 AND c.phone != ''
      AND replace(replace(replace(replace(replace(c.phone, ' ', ''), '-', ''), '.', ''),
                  '(', ''), ')', '') LIKE '%' || :tail
    """
)

_SAME_NAME_WORDS = text(_CONTACTS_MATCHING)


def lookalikes(
    store: Store,
    first_name: str = "",
    last_name: str = "",
    email: str = "",
    phone: str = "",
    limit: int = 10,
) -> list[ContactMatch]:
    """Known contacts who may be the person being added: the same name (ignoring
    case, diacritics, extra spaces and the order of first and last name), the same
    e-mail (ignoring case) or the same phone number (however written). The most
    reasons first; each match says which reasons (`matched_on`)."""
    found: dict[str, ContactMatch] = {}

    def note(row: Any, reason: str) -> None:
        match = found.get(row[0]) or _contact(row)
        found[row[0]] = replace(match, matched_on=(*match.matched_on, reason))

    with store.read() as session:
        name = name_key(first_name, last_name)
        words = name.split()
        if words:
            query = " AND ".join(f'title : "{word}"' for word in words)
            for row in session.execute(_SAME_NAME_WORDS, {"query": query}):
                if name_key(row[1], row[2]) == name:
                    note(row, SAME_NAME)
        wanted_email = normalise_email(email)
        if wanted_email:
            # the index finds the local part (LIKE ignores ASCII case); the
            # domain is compared in Python, IDNA and all
            local = wanted_email.rpartition("@")[0]
            local = local.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
            for row in session.execute(_SAME_EMAIL, {"local": local}):
                if normalise_email(row[7]) == wanted_email:
                    note(row, SAME_EMAIL)
        wanted_phone = normalise_phone(phone)
        digits = "".join(c for c in wanted_phone if c.isdigit())
        if len(digits) >= 6:
            for row in session.execute(_SAME_PHONE_TAIL, {"tail": digits[-6:]}):
                if normalise_phone(row[6]) == wanted_phone:
                    note(row, SAME_PHONE)
    ranked = sorted(found.values(), key=lambda m: (-len(m.matched_on), fold(m.full_name)))
    return ranked[:limit]
