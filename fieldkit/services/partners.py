"""Partner organisations and the people in them."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select

from fieldkit.model import (
    Contact,
    Library,
    LibraryKind,
    Municipality,
    Organization,
    Sector,
    full_name,
)
from fieldkit.model.collation import lithuanian_order
from fieldkit.services.records import (
    EMPTY_FIRST_NAME,
    EMPTY_LIBRARY_NAME,
    EMPTY_ORGANISATION_NAME,
    NO_CONTACT,
    NO_ORGANISATION,
    get_live,
    require_municipality,
    require_text,
    set_fields,
    tombstone,
)
from fieldkit.store import Store

ORGANIZATION_FIELDS = ("name", "sector", "municipality_id", "address", "website", "notes")
CONTACT_FIELDS = (
    "first_name",
    "last_name",
    "organization_id",
    "role",
    "phone",
    "email",
    "municipality_id",
    "notes",
    "tags",
    "consent_given_on",
    "consent_method",
    "consent_purpose",
    "legal_basis",
)
LIBRARY_FIELDS = ("name", "municipality_id", "kind", "address", "phone", "email", "website")


@dataclass(frozen=True, slots=True)
class LibraryView:
    library_id: str
    name: str
    municipality_id: str
    kind: LibraryKind
    address: str


@dataclass(frozen=True, slots=True)
class ContactView:
    contact_id: str
    first_name: str
    last_name: str
    organization_id: str | None
    role: str
    phone: str
    email: str
    municipality_id: str | None
    notes: str
    tags: str
    consent_given_on: dt.date | None
    consent_method: str
    consent_purpose: str
    legal_basis: str

    @property
    def full_name(self) -> str:
        return full_name(self.first_name, self.last_name)


def libraries_in(store: Store, municipality_id: str) -> list[LibraryView]:
    """The municipality's libraries, central library first."""
    with store.read() as session:
        rows = session.scalars(
            select(Library)
            .where(Library.municipality_id == municipality_id, Library.deleted.is_(False))
            .order_by(Library.kind != LibraryKind.CENTRAL, Library.name)
        )
        return [
            LibraryView(lib.id, lib.name, lib.municipality_id, lib.kind, lib.address)
            for lib in rows
        ]


@dataclass(frozen=True, slots=True)
class MunicipalityView:
    municipality_id: str
    name: str
    short_name: str
    name_en: str
    county_id: str


def list_municipalities(store: Store) -> list[MunicipalityView]:
    """The 60 municipalities in Lithuanian alphabetical order (for pickers and filters)."""
    with store.read() as session:
        rows = session.scalars(select(Municipality)).all()
        views = [
            MunicipalityView(m.id, m.name_lt, m.short_lt, m.name_en, m.county_id) for m in rows
        ]
    return sorted(views, key=lambda m: lithuanian_order(m.name))


def create_library(store: Store, *, name: str, municipality_id: str, **fields: Any) -> str:
    with store.write() as session:
        require_municipality(session, municipality_id)
        library = Library(
            name=require_text(name, EMPTY_LIBRARY_NAME), municipality_id=municipality_id
        )
        set_fields(library, fields, LIBRARY_FIELDS)
        session.add(library)
        return library.id


def create_organization(
    store: Store, *, name: str, sector: Sector = Sector.OTHER, **fields: Any
) -> str:
    with store.write() as session:
        if fields.get("municipality_id"):
            require_municipality(session, fields["municipality_id"])
        organization = Organization(name=require_text(name, EMPTY_ORGANISATION_NAME), sector=sector)
        set_fields(organization, fields, ORGANIZATION_FIELDS)
        session.add(organization)
        return organization.id


def update_organization(store: Store, organization_id: str, **fields: Any) -> None:
    with store.write() as session:
        organization = get_live(session, Organization, organization_id, NO_ORGANISATION)
        if "name" in fields:
            fields["name"] = require_text(fields["name"], EMPTY_ORGANISATION_NAME)
        set_fields(organization, fields, ORGANIZATION_FIELDS)


def create_contact(store: Store, *, first_name: str, last_name: str = "", **fields: Any) -> str:
    with store.write() as session:
        if fields.get("organization_id"):
            get_live(session, Organization, fields["organization_id"], NO_ORGANISATION)
        if fields.get("municipality_id"):
            require_municipality(session, fields["municipality_id"])
        contact = Contact(
            first_name=require_text(first_name, EMPTY_FIRST_NAME), last_name=last_name.strip()
        )
        set_fields(contact, fields, CONTACT_FIELDS)
        session.add(contact)
        return contact.id


def update_contact(store: Store, contact_id: str, **fields: Any) -> None:
    with store.write() as session:
        contact = get_live(session, Contact, contact_id, NO_CONTACT)
        if "first_name" in fields:
            fields["first_name"] = require_text(fields["first_name"], EMPTY_FIRST_NAME)
        set_fields(contact, fields, CONTACT_FIELDS)


def get_contact(store: Store, contact_id: str) -> ContactView:
    with store.read() as session:
        c = get_live(session, Contact, contact_id, NO_CONTACT)
        return ContactView(
            c.id,
            c.first_name,
            c.last_name,
            c.organization_id,
            c.role,
            c.phone,
            c.email,
            c.municipality_id,
            c.notes,
            c.tags,
            c.consent_given_on,
            c.consent_method,
            c.consent_purpose,
            c.legal_basis,
        )


def delete_contact(store: Store, contact_id: str) -> None:
    with store.write() as session:
        tombstone(get_live(session, Contact, contact_id, NO_CONTACT))


def delete_organization(store: Store, organization_id: str) -> int:
    """Tombstone an organisation. Its people stay, without an organisation (they
    are still people the coordinators know); returns how many were detached."""
    with store.write() as session:
        organization = get_live(session, Organization, organization_id, NO_ORGANISATION)
        members = session.scalars(
            select(Contact).where(
                Contact.organization_id == organization_id, Contact.deleted.is_(False)
            )
        ).all()
        for contact in members:
            contact.organization_id = None
        tombstone(organization)
        return len(members)
