"""Files attached to meetings or problems (flip-chart photos, handouts)."""

from __future__ import annotations

from sqlalchemy import Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from fieldkit.model.base import Base, Syncable
from fieldkit.model.partners import ref


class Attachment(Syncable, Base):
    """The file itself is content-addressed by `sha256`; this row only links it."""

    __tablename__ = "attachment"

    sha256: Mapped[str] = mapped_column(String(64), index=True)
    file_name: Mapped[str] = mapped_column(String(255))
    media_type: Mapped[str] = mapped_column(String(100), default="application/octet-stream")
    size: Mapped[int] = mapped_column(Integer(), default=0)
    caption: Mapped[str] = mapped_column(String(300), default="")
    meeting_id: Mapped[str | None] = mapped_column(ref("meeting.id"), index=True)
    problem_id: Mapped[str | None] = mapped_column(ref("problem.id"), index=True)
