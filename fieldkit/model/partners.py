"""Libraries, partner organisations and the people the coordinators meet."""

from __future__ import annotations

import datetime as dt
from typing import ClassVar

from sqlalchemy import Date, ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from fieldkit.model.base import Base, Syncable, UtcTimestamp
from fieldkit.model.enums import LibraryKind, Sector, enum_column


def ref(target: str) -> ForeignKey:
    """A foreign key checked at commit, not per statement: sync applies rows from
    several replicas in one transaction and a child may arrive before its parent."""
    return ForeignKey(target, deferrable=True, initially="DEFERRED")


def full_name(first_name: str | None, last_name: str | None) -> str:
    """A person's name as every list shows it ("" for no person at all)."""
    return f"{first_name or ''} {last_name or ''}".strip()


class Library(Syncable, Base):
    __tablename__ = "library"

    name: Mapped[str] = mapped_column(String(200))
    municipality_id: Mapped[str] = mapped_column(ref("municipality.id"), index=True)
    kind: Mapped[LibraryKind] = mapped_column(enum_column(LibraryKind), default=LibraryKind.BRANCH)
    address: Mapped[str] = mapped_column(String(200), default="")
    phone: Mapped[str] = mapped_column(String(40), default="")
    email: Mapped[str] = mapped_column(String(120), default="")
    website: Mapped[str] = mapped_column(String(200), default="")


class Organization(Syncable, Base):
    __tablename__ = "organization"

    name: Mapped[str] = mapped_column(String(200))
    sector: Mapped[Sector] = mapped_column(enum_column(Sector), default=Sector.OTHER)
    municipality_id: Mapped[str | None] = mapped_column(ref("municipality.id"), index=True)
    address: Mapped[str] = mapped_column(String(200), default="")
    website: Mapped[str] = mapped_column(String(200), default="")
    notes: Mapped[str] = mapped_column(Text(), default="")


class Contact(Syncable, Base):
    """A person. Personal data under the GDPR: consent is recorded with the row."""

    __tablename__ = "contact"

    #: What an erase clears (GDPR): everything that says who the person is or was
    #: told. The merge clears them too when it applies an erase from elsewhere.
    PERSONAL_FIELDS: ClassVar[tuple[str, ...]] = (
        "first_name",
        "last_name",
        "organization_id",
        "role",
        "phone",
        "email",
        "notes",
        "tags",
        "consent_given_on",
        "consent_method",
        "consent_purpose",
        "legal_basis",
    )

    first_name: Mapped[str] = mapped_column(String(80))
    last_name: Mapped[str] = mapped_column(String(80), default="")
    organization_id: Mapped[str | None] = mapped_column(ref("organization.id"), index=True)
    role: Mapped[str] = mapped_column(String(120), default="")
    phone: Mapped[str] = mapped_column(String(40), default="")
    email: Mapped[str] = mapped_column(String(120), default="")
    municipality_id: Mapped[str | None] = mapped_column(ref("municipality.id"), index=True)
    notes: Mapped[str] = mapped_column(Text(), default="")
    tags: Mapped[str] = mapped_column(String(200), default="")
    consent_given_on: Mapped[dt.date | None] = mapped_column(Date(), default=None)
    consent_method: Mapped[str] = mapped_column(String(120), default="")
    consent_purpose: Mapped[str] = mapped_column(String(200), default="")
    legal_basis: Mapped[str] = mapped_column(String(120), default="")
    #: Set when the person was erased (GDPR): the personal fields are cleared, the
    #: row is a tombstone, and the merge lets no later edit from elsewhere back in.
    erased_at: Mapped[dt.datetime | None] = mapped_column(UtcTimestamp(), default=None)

    @property
    def full_name(self) -> str:
        return full_name(self.first_name, self.last_name)
