"""The contacts and organisations directory as the window lists it: ordered ids
for a sort and filter, then rows for just the ids on screen.

Lists of 25,000 people stay quick because the database sorts and filters (one
query of ids), and rows are read a page at a time for what is visible; nothing
here builds ORM objects for the whole list.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import ColumnElement, case, func, literal_column, select, text
from sqlalchemy.orm import Session

from fieldkit.errors import QT_TRANSLATE_NOOP, InvalidInput
from fieldkit.model import (
    Contact,
    Meeting,
    Municipality,
    Organization,
    Participant,
    ParticipantRole,
    Sector,
    full_name,
)
from fieldkit.model.collation import SQL_FUNCTION
from fieldkit.services.partners import ContactView, get_contact
from fieldkit.services.records import (
    NO_CONTACT,
    NO_ORGANISATION,
    get_live,
)
from fieldkit.store import Store
from fieldkit.store.search import match_expression

CONTACT_SORTS = ("name", "organization", "role", "municipality", "phone", "email")
ORGANIZATION_SORTS = ("name", "sector", "municipality", "contacts", "website")


@dataclass(frozen=True, slots=True)
class ContactRow:
    """One line of the contacts list."""

    contact_id: str
    first_name: str
    last_name: str
    organization_id: str | None
    organization_name: str
    role: str
    phone: str
    email: str
    municipality_id: str | None

    @property
    def full_name(self) -> str:
        return full_name(self.first_name, self.last_name)


@dataclass(frozen=True, slots=True)
class OrganizationRow:
    """One line of the organisations list."""

    organization_id: str
    name: str
    sector: Sector
    municipality_id: str | None
    website: str
    contact_count: int


@dataclass(frozen=True, slots=True)
class OrganizationContact:
    contact_id: str
    full_name: str
    role: str


@dataclass(frozen=True, slots=True)
class OrganizationDetail:
    organization_id: str
    name: str
    sector: Sector
    municipality_id: str | None
    address: str
    website: str
    notes: str
    contacts: tuple[OrganizationContact, ...]


@dataclass(frozen=True, slots=True)
class AttendedMeeting:
    meeting_id: str
    starts_at: dt.datetime
    title: str
    municipality_id: str
    role: ParticipantRole


@dataclass(frozen=True, slots=True)
class ContactDetail:
    """What the contact editor shows: the person, their organisation's name and
    the meetings they attended, read together."""

    contact: ContactView
    organization_name: str
    meetings: tuple[AttendedMeeting, ...]


def sort_key(*columns: Any) -> ColumnElement[Any]:
    """Text columns (most significant first) in Lithuanian alphabetical order,
    case ignored, as one sort key. SQLite's own text order puts Č, Š, Ž after Z;
    this SQL function (which the store gives every connection) folds the letters
    into place while the database still does the sorting."""
    return getattr(func, SQL_FUNCTION)(*columns)


def _id_list(session: Session, query: Any) -> list[str]:
    # Core rather than ORM execution: for 25,000 ids the ORM's result machinery
    # costs more than the query.
    return [row[0] for row in session.connection().execute(query)]


def _matching(kind: str, user_text: str | None) -> Any | None:
    """Ids of `kind` records whose indexed text holds every word as a prefix,
    diacritics optional ("zemaite" finds "Žemaitė"); None when there is no text."""
    query = match_expression(user_text or "")
    if query is None:
        return None
    return (
        select(literal_column("d.ref_id"))
        # CROSS JOIN keeps the full-text match as the outer loop; with a plain
        # JOIN SQLite may run the match once per indexed record (minutes, not ms).
        .select_from(text("search_fts f CROSS JOIN search_doc d ON d.doc_id = f.rowid"))
        .where(text("search_fts MATCH :fts_query").bindparams(fts_query=query))
        .where(literal_column("d.kind") == kind)
    )


def _check_sort(sort: str, allowed: Sequence[str]) -> None:
    if sort not in allowed:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "Cannot sort by '{sort}'; choose one of: {allowed}."),
            sort=sort,
            allowed=", ".join(allowed),
        )


def _ordered(keys: list[ColumnElement[Any]], descending: bool) -> list[ColumnElement[Any]]:
    return [key.desc() if descending else key.asc() for key in keys]


def contact_ids(
    store: Store,
    *,
    text: str | None = None,
    municipality_id: str | None = None,
    organization_id: str | None = None,
    sort: str = "name",
    descending: bool = False,
) -> list[str]:
    """Ids of the live contacts matching the filters, in the order asked for.
    Contacts without the sorted value (no organisation, say) come last."""
    _check_sort(sort, CONTACT_SORTS)
    query = select(Contact.id).where(Contact.deleted.is_(False))
    if municipality_id:
        query = query.where(Contact.municipality_id == municipality_id)
    if organization_id:
        query = query.where(Contact.organization_id == organization_id)
    matching = _matching("contact", text)
    if matching is not None:
        query = query.where(Contact.id.in_(matching))
    names = (Contact.last_name, Contact.first_name)
    empty_last: list[ColumnElement[Any]] = []
    if sort == "name":
        keys = [sort_key(*names)]
    elif sort == "organization":
        query = query.outerjoin(
            Organization,
            (Organization.id == Contact.organization_id) & Organization.deleted.is_(False),
        )
        empty_last = [Organization.id.is_(None)]
        keys = [sort_key(Organization.name, *names)]
    elif sort == "municipality":
        query = query.outerjoin(Municipality, Municipality.id == Contact.municipality_id)
        empty_last = [Municipality.id.is_(None)]
        keys = [sort_key(Municipality.name_lt, *names)]
    else:
        column = getattr(Contact, sort)
        empty_last = [column == ""]
        keys = [sort_key(column, *names)]
    query = query.order_by(*empty_last, *_ordered(keys, descending), Contact.id)
    with store.read() as session:
        return _id_list(session, query)


def contact_rows(store: Store, ids: Sequence[str]) -> list[ContactRow]:
    """The rows for `ids`, in that order; ids no longer live are left out."""
    query = (
        select(
            Contact.id,
            Contact.first_name,
            Contact.last_name,
            Organization.id,
            Organization.name,
            Contact.role,
            Contact.phone,
            Contact.email,
            Contact.municipality_id,
        )
        .outerjoin(
            Organization,
            (Organization.id == Contact.organization_id) & Organization.deleted.is_(False),
        )
        .where(Contact.id.in_(list(ids)), Contact.deleted.is_(False))
    )
    with store.read() as session:
        found = {
            row[0]: ContactRow(*row[:4], row[4] or "", *row[5:]) for row in session.execute(query)
        }
    return [found[contact_id] for contact_id in ids if contact_id in found]


def _contact_count() -> Any:
    return (
        select(func.count(Contact.id))
        .where(Contact.organization_id == Organization.id, Contact.deleted.is_(False))
        .scalar_subquery()
    )


def organization_ids(
    store: Store,
    *,
    text: str | None = None,
    municipality_id: str | None = None,
    sector: Sector | None = None,
    sort: str = "name",
    descending: bool = False,
) -> list[str]:
    """Ids of the live organisations matching the filters, in the order asked for.
    Sectors sort in their own order (library, municipality, business, ...)."""
    _check_sort(sort, ORGANIZATION_SORTS)
    query = select(Organization.id).where(Organization.deleted.is_(False))
    if municipality_id:
        query = query.where(Organization.municipality_id == municipality_id)
    if sector is not None:
        query = query.where(Organization.sector == Sector(sector))
    matching = _matching("organization", text)
    if matching is not None:
        query = query.where(Organization.id.in_(matching))
    name = sort_key(Organization.name)
    empty_last: list[ColumnElement[Any]] = []
    if sort == "name":
        keys = [name]
    elif sort == "sector":
        position = case(
            {member.value: index for index, member in enumerate(Sector)},
            value=Organization.sector,
            else_=len(Sector),
        )
        keys = [position, name]
    elif sort == "municipality":
        query = query.outerjoin(Municipality, Municipality.id == Organization.municipality_id)
        empty_last = [Municipality.id.is_(None)]
        keys = [sort_key(Municipality.name_lt, Organization.name)]
    elif sort == "contacts":
        keys = [_contact_count(), name]
    else:
        empty_last = [Organization.website == ""]
        keys = [sort_key(Organization.website, Organization.name)]
    query = query.order_by(*empty_last, *_ordered(keys, descending), Organization.id)
    with store.read() as session:
        return _id_list(session, query)


def organization_rows(store: Store, ids: Sequence[str]) -> list[OrganizationRow]:
    """The rows for `ids`, in that order; ids no longer live are left out."""
    query = select(
        Organization.id,
        Organization.name,
        Organization.sector,
        Organization.municipality_id,
        Organization.website,
        _contact_count(),
    ).where(Organization.id.in_(list(ids)), Organization.deleted.is_(False))
    with store.read() as session:
        found = {row[0]: OrganizationRow(*row) for row in session.execute(query)}
    return [found[organization_id] for organization_id in ids if organization_id in found]


def _organization_contacts(session: Session, organization_id: str) -> list[OrganizationContact]:
    rows = session.execute(
        select(Contact.id, Contact.first_name, Contact.last_name, Contact.role)
        .where(Contact.organization_id == organization_id, Contact.deleted.is_(False))
        .order_by(sort_key(Contact.last_name, Contact.first_name), Contact.id)
    )
    return [
        OrganizationContact(contact_id, full_name(first, last), role)
        for contact_id, first, last, role in rows
    ]


def organization_detail(store: Store, organization_id: str) -> OrganizationDetail:
    """An organisation with the people recorded in it."""
    with store.read() as session:
        o = get_live(session, Organization, organization_id, NO_ORGANISATION)
        return OrganizationDetail(
            o.id,
            o.name,
            o.sector,
            o.municipality_id,
            o.address,
            o.website,
            o.notes,
            tuple(_organization_contacts(session, o.id)),
        )


def meetings_attended(store: Store, contact_id: str) -> list[AttendedMeeting]:
    """The live meetings where the person was marked present, newest first."""
    with store.read() as session:
        get_live(session, Contact, contact_id, NO_CONTACT)
        rows = session.execute(
            select(
                Meeting.id,
                Meeting.starts_at,
                Meeting.title,
                Meeting.municipality_id,
                Participant.role,
            )
            .join(Participant, Participant.meeting_id == Meeting.id)
            .where(
                Participant.contact_id == contact_id,
                Participant.attended.is_(True),
                Participant.deleted.is_(False),
                Meeting.deleted.is_(False),
            )
            .order_by(Meeting.starts_at.desc(), Meeting.id)
        )
        return [AttendedMeeting(*row) for row in rows]


def contact_detail(store: Store, contact_id: str) -> ContactDetail:
    contact = get_contact(store, contact_id)
    name = ""
    if contact.organization_id:
        with store.read() as session:
            organization = session.get(Organization, contact.organization_id)
            if organization is not None and not organization.deleted:
                name = organization.name
    return ContactDetail(contact, name, tuple(meetings_attended(store, contact_id)))
