"""What this replica knows about syncing: how far it has applied each other
replica's bundles, bundles and changes it set aside, its history of syncs, and
listing hints that let a sync with nothing new stay at two requests. None of this
is synced itself."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from fieldkit.model.base import Base, UtcTimestamp


class SyncPeer(Base):
    """Another replica's high-water mark: every bundle of it up to `applied_seq`
    has been applied here (moved in the same transaction as the apply)."""

    __tablename__ = "sync_peer"

    replica_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    applied_seq: Mapped[int] = mapped_column(Integer(), default=0)
    applied_at: Mapped[dt.datetime | None] = mapped_column(UtcTimestamp(), default=None)


class SetAsideBundle(Base):
    """A bundle that failed verification or needs a newer FieldKit. The replica's
    high-water mark does not pass it; it is tried again on every sync."""

    __tablename__ = "sync_set_aside"

    path: Mapped[str] = mapped_column(String(300), primary_key=True)
    replica_id: Mapped[str] = mapped_column(String(64))
    reason: Mapped[str] = mapped_column(String(40))  # a SetAsideReason value
    detail: Mapped[str] = mapped_column(Text(), default="")
    noticed_at: Mapped[dt.datetime] = mapped_column(UtcTimestamp())


class HeldChange(Base):
    """A received change that cannot be applied yet: stamped more than a day ahead
    of both clocks (a laptop set to 2030), or for a row (or a row it links to) that
    has not arrived. Tried again on every sync."""

    __tablename__ = "sync_held_change"

    id: Mapped[int] = mapped_column(Integer(), primary_key=True, autoincrement=True)
    hlc: Mapped[str] = mapped_column(String(80))
    table_name: Mapped[str] = mapped_column(String(40))
    row_id: Mapped[str] = mapped_column(String(36))
    field: Mapped[str] = mapped_column(String(40))
    value: Mapped[str] = mapped_column(Text())  # JSON
    base: Mapped[str] = mapped_column(String(80), default="")


class SyncRun(Base):
    """One sync, as the Sync page's history lists it."""

    __tablename__ = "sync_run"

    id: Mapped[int] = mapped_column(Integer(), primary_key=True, autoincrement=True)
    started_at: Mapped[dt.datetime] = mapped_column(UtcTimestamp())
    finished_at: Mapped[dt.datetime | None] = mapped_column(UtcTimestamp(), default=None)
    remote: Mapped[str] = mapped_column(String(500))
    outcome: Mapped[str] = mapped_column(String(20))  # running, ok, warning, failed
    sent_changes: Mapped[int] = mapped_column(Integer(), default=0)
    received_changes: Mapped[int] = mapped_column(Integer(), default=0)
    sent_bytes: Mapped[int] = mapped_column(Integer(), default=0)
    received_bytes: Mapped[int] = mapped_column(Integer(), default=0)
    message: Mapped[str] = mapped_column(Text(), default="")  # English sentence
    warnings: Mapped[str] = mapped_column(Text(), default="[]")  # JSON list of sentences


class ListingHint(Base):
    """What a remote folder's listing looked like last time (ETag or modification
    time of the folder): an unchanged hint lets a sync skip listing it. Only ever
    a hint: a full listing is made regularly whatever it says."""

    __tablename__ = "sync_listing_hint"

    folder: Mapped[str] = mapped_column(String(300), primary_key=True)
    hint: Mapped[str] = mapped_column(String(200))
    checked_at: Mapped[dt.datetime] = mapped_column(UtcTimestamp())
