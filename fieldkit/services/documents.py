"""What the printed documents need beyond the other services' views: the minutes'
attachments, the next meeting in the municipality (when the meeting has not set
its own), the municipality's English name, and a municipality's meetings named as
a person types them (no diacritics, or a prefix)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select

from fieldkit.errors import QT_TRANSLATE_NOOP, Ambiguous, NotFound
from fieldkit.model import Meeting, MeetingStatus, Municipality
from fieldkit.services.attachments import AttachmentView, attachments_of_meeting
from fieldkit.services.meetings import MeetingDetail, MeetingSummary, get_meeting, list_meetings
from fieldkit.services.people import fold
from fieldkit.services.problems import MeetingProblem, problems_of_meeting
from fieldkit.services.records import NO_MEETING, get_live
from fieldkit.store import Store


@dataclass(frozen=True, slots=True)
class NextMeeting:
    meeting_id: str
    title: str
    starts_at: dt.datetime


@dataclass(frozen=True, slots=True)
class MinutesContent:
    """Everything the minutes print, read together."""

    detail: MeetingDetail
    municipality_name_en: str
    problems: tuple[MeetingProblem, ...]
    attachments: tuple[AttachmentView, ...]
    # the next meeting planned in the municipality; read only when the meeting
    # has not set when its next one is (detail.next_meeting_at)
    next_meeting: NextMeeting | None

    @property
    def is_final(self) -> bool:
        return self.detail.summary.status == MeetingStatus.FINAL


def minutes_content(store: Store, meeting_id: str) -> MinutesContent:
    detail = get_meeting(store, meeting_id)
    problems = problems_of_meeting(store, meeting_id)
    attachments = attachments_of_meeting(store, meeting_id)
    with store.read() as session:
        meeting = get_live(session, Meeting, meeting_id, NO_MEETING)
        municipality = session.get(Municipality, meeting.municipality_id)
        following = None
        if detail.next_meeting_at is None:
            following = session.execute(
                select(Meeting.id, Meeting.title, Meeting.starts_at)
                .where(
                    Meeting.municipality_id == meeting.municipality_id,
                    Meeting.deleted.is_(False),
                    Meeting.starts_at > meeting.starts_at,
                    Meeting.id != meeting_id,
                )
                .order_by(Meeting.starts_at, Meeting.id)
                .limit(1)
            ).first()
        return MinutesContent(
            detail=detail,
            municipality_name_en=municipality.name_en if municipality else "",
            problems=tuple(problems),
            attachments=tuple(attachments),
            next_meeting=NextMeeting(*following) if following else None,
        )


def meetings_of_municipality(store: Store, municipality_id: str) -> list[MeetingSummary]:
    """Oldest first, as a report reads."""
    return list(reversed(list_meetings(store, municipality_id)))


def resolve_municipality(store: Store, name: str) -> str:
    """The municipality `name` means: its id, its name typed with or without
    diacritics, or the unique start of its name ("vilniaus m" or "akmen")."""
    wanted = fold(" ".join(name.split()))
    if not wanted:
        raise NotFound(
            QT_TRANSLATE_NOOP("Errors", "There is no municipality called '{name}'."), name=name
        )
    with store.read() as session:
        rows = session.execute(
            select(Municipality.id, Municipality.name_lt, Municipality.short_lt)
        ).all()
    exact = [m_id for m_id, lt, short in rows if wanted in (fold(m_id), fold(lt), fold(short))]
    if len(exact) == 1:
        return exact[0]
    matches = [
        m_id
        for m_id, lt, short in rows
        if fold(lt).startswith(wanted) or fold(short).startswith(wanted)
    ]
    if len(matches) == 1:
        return matches[0]
    if not matches:
        raise NotFound(
            QT_TRANSLATE_NOOP("Errors", "There is no municipality called '{name}'."), name=name
        )
    names = sorted(lt for m_id, lt, _ in rows if m_id in matches)
    raise Ambiguous(
        QT_TRANSLATE_NOOP(
            "Errors", "'{name}' could be several municipalities: {names}; give more letters."
        ),
        name=name,
        names=", ".join(names),
    )
