"""What happened to a record beyond its fields: merged with a duplicate, or erased
under the GDPR. Synced like any row, so a colleague sees why a person vanished."""

from __future__ import annotations

import datetime as dt
from enum import StrEnum

from sqlalchemy import String, Text
from sqlalchemy.orm import Mapped, mapped_column

from fieldkit.model.base import Base, Syncable, UtcTimestamp


class HistoryEvent(StrEnum):
    MERGED = "merged"  # another record was merged into this one
    ERASED = "erased"  # the person was erased (GDPR); the entry holds no personal data


class RecordHistory(Syncable, Base):
    """One event in a record's life. For a merge, `details` is the JSON of the
    losing record's values (so nothing the user dropped is lost) and `other_id` the
    losing record; for an erase, `details` names only which fields were cleared."""

    __tablename__ = "record_history"

    table_name: Mapped[str] = mapped_column(String(40))
    record_id: Mapped[str] = mapped_column(String(36), index=True)
    event: Mapped[str] = mapped_column(String(20))  # a HistoryEvent value
    happened_at: Mapped[dt.datetime] = mapped_column(UtcTimestamp())
    #: Who did it: the coordinator's name or the operating-system user.
    actor: Mapped[str] = mapped_column(String(120), default="")
    #: The record merged into this one (for "merged"), else None.
    other_id: Mapped[str | None] = mapped_column(String(36), index=True, default=None)
    details: Mapped[str] = mapped_column(Text(), default="{}")  # JSON object
