"""Visits and the meetings held on them, with everything recorded in the room."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Boolean, Date, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from fieldkit.model.base import Base, LocalDateTime, Syncable, UtcTimestamp
from fieldkit.model.enums import (
    MeetingKind,
    MeetingStatus,
    ParticipantRole,
    VisitStatus,
    enum_column,
)
from fieldkit.model.partners import ref


class Visit(Syncable, Base):
    __tablename__ = "visit"

    municipality_id: Mapped[str] = mapped_column(ref("municipality.id"), index=True)
    library_id: Mapped[str | None] = mapped_column(ref("library.id"), index=True)
    visit_date: Mapped[dt.date] = mapped_column(Date())
    coordinator: Mapped[str] = mapped_column(String(120), default="")
    purpose: Mapped[str] = mapped_column(Text(), default="")
    status: Mapped[VisitStatus] = mapped_column(
        enum_column(VisitStatus), default=VisitStatus.PLANNED
    )


class Meeting(Syncable, Base):
    __tablename__ = "meeting"

    visit_id: Mapped[str | None] = mapped_column(ref("visit.id"), index=True)
    municipality_id: Mapped[str] = mapped_column(ref("municipality.id"), index=True)
    library_id: Mapped[str | None] = mapped_column(ref("library.id"), index=True)
    title: Mapped[str] = mapped_column(String(200))
    kind: Mapped[MeetingKind] = mapped_column(
        enum_column(MeetingKind), default=MeetingKind.DISCUSSION
    )
    starts_at: Mapped[dt.datetime] = mapped_column(LocalDateTime(), index=True)
    ends_at: Mapped[dt.datetime | None] = mapped_column(LocalDateTime(), default=None)
    place: Mapped[str] = mapped_column(String(200), default="")
    purpose: Mapped[str] = mapped_column(Text(), default="")
    status: Mapped[MeetingStatus] = mapped_column(
        enum_column(MeetingStatus), default=MeetingStatus.DRAFT
    )
    number: Mapped[int | None] = mapped_column(Integer(), default=None)
    #: When the minutes were last finalised (the date printed on them).
    finalised_at: Mapped[dt.datetime | None] = mapped_column(UtcTimestamp(), default=None)
    #: What happens next, as the minutes print it under "Next steps".
    next_steps: Mapped[str] = mapped_column(Text(), default="", server_default="")
    #: When the next meeting is, if it was set (wall-clock time, as starts_at).
    next_meeting_at: Mapped[dt.datetime | None] = mapped_column(LocalDateTime(), default=None)

    agenda_items: Mapped[list[AgendaItem]] = relationship(
        order_by="AgendaItem.position", viewonly=True
    )
    participants: Mapped[list[Participant]] = relationship(viewonly=True)
    decisions: Mapped[list[Decision]] = relationship(order_by="Decision.position", viewonly=True)
    action_items: Mapped[list[ActionItem]] = relationship(
        order_by="ActionItem.position", viewonly=True
    )


class AgendaItem(Syncable, Base):
    __tablename__ = "agenda_item"

    meeting_id: Mapped[str] = mapped_column(ref("meeting.id"), index=True)
    position: Mapped[int] = mapped_column(Integer(), default=0)
    title: Mapped[str] = mapped_column(String(200))
    notes: Mapped[str] = mapped_column(Text(), default="")


class Participant(Syncable, Base):
    __tablename__ = "participant"

    meeting_id: Mapped[str] = mapped_column(ref("meeting.id"), index=True)
    contact_id: Mapped[str] = mapped_column(ref("contact.id"), index=True)
    attended: Mapped[bool] = mapped_column(Boolean(), default=False)
    sent_apologies: Mapped[bool] = mapped_column(Boolean(), default=False)
    role: Mapped[ParticipantRole] = mapped_column(
        enum_column(ParticipantRole), default=ParticipantRole.PARTICIPANT
    )


class Decision(Syncable, Base):
    __tablename__ = "decision"

    meeting_id: Mapped[str] = mapped_column(ref("meeting.id"), index=True)
    agenda_item_id: Mapped[str | None] = mapped_column(ref("agenda_item.id"), index=True)
    position: Mapped[int] = mapped_column(Integer(), default=0)
    text: Mapped[str] = mapped_column(Text())


class ActionItem(Syncable, Base):
    __tablename__ = "action_item"

    meeting_id: Mapped[str] = mapped_column(ref("meeting.id"), index=True)
    position: Mapped[int] = mapped_column(Integer(), default=0)
    text: Mapped[str] = mapped_column(Text())
    owner_contact_id: Mapped[str | None] = mapped_column(ref("contact.id"), index=True)
    owner_name: Mapped[str] = mapped_column(String(120), default="")
    due_on: Mapped[dt.date | None] = mapped_column(Date(), default=None)
    done: Mapped[bool] = mapped_column(Boolean(), default=False)
