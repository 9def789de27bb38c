"""Community problems raised in meetings, ideas for solving them, possible partners."""

from __future__ import annotations

from sqlalchemy import Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from fieldkit.model.base import Base, Syncable
from fieldkit.model.enums import MeetingLink, ProblemCategory, ProblemStatus, enum_column
from fieldkit.model.partners import ref


class Problem(Syncable, Base):
    __tablename__ = "problem"

    municipality_id: Mapped[str] = mapped_column(ref("municipality.id"), index=True)
    title: Mapped[str] = mapped_column(String(200))
    description: Mapped[str] = mapped_column(Text(), default="")
    category: Mapped[ProblemCategory] = mapped_column(
        enum_column(ProblemCategory), default=ProblemCategory.OTHER
    )
    affected_groups: Mapped[str] = mapped_column(String(300), default="")
    votes: Mapped[int] = mapped_column(Integer(), default=0)
    raised_by_contact_id: Mapped[str | None] = mapped_column(ref("contact.id"), index=True)
    status: Mapped[ProblemStatus] = mapped_column(
        enum_column(ProblemStatus), default=ProblemStatus.RAISED
    )


class ProblemMeeting(Syncable, Base):
    """A problem raised or discussed at a meeting. The id is derived from the pair
    (see `link_id`), so two laptops linking the same pair make one row."""

    __tablename__ = "problem_meeting"

    problem_id: Mapped[str] = mapped_column(ref("problem.id"), index=True)
    meeting_id: Mapped[str] = mapped_column(ref("meeting.id"), index=True)
    link: Mapped[MeetingLink] = mapped_column(enum_column(MeetingLink), default=MeetingLink.RAISED)


class Idea(Syncable, Base):
    __tablename__ = "idea"

    problem_id: Mapped[str] = mapped_column(ref("problem.id"), index=True)
    position: Mapped[int] = mapped_column(Integer(), default=0)
    text: Mapped[str] = mapped_column(Text())
    proposed_by_contact_id: Mapped[str | None] = mapped_column(ref("contact.id"), index=True)


class ProblemPartner(Syncable, Base):
    """An organisation that could help solve a problem (id derived from the pair)."""

    __tablename__ = "problem_partner"

    problem_id: Mapped[str] = mapped_column(ref("problem.id"), index=True)
    organization_id: Mapped[str] = mapped_column(ref("organization.id"), index=True)
    notes: Mapped[str] = mapped_column(Text(), default="")
