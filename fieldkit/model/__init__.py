"""The domain as SQLAlchemy 2.0 typed classes: no Qt, no I/O."""

from fieldkit.model.attachment import Attachment
from fieldkit.model.base import Base, Syncable, derived_id, new_id, utc_now
from fieldkit.model.bookkeeping import ChangeLogEntry, Conflict, FieldClock, Meta, RowClock
from fieldkit.model.enums import (
    LibraryKind,
    MeetingKind,
    MeetingLink,
    MeetingStatus,
    ParticipantRole,
    ProblemCategory,
    ProblemStatus,
    Sector,
    VisitStatus,
)
from fieldkit.model.history import HistoryEvent, RecordHistory
from fieldkit.model.meetings import ActionItem, AgendaItem, Decision, Meeting, Participant, Visit
from fieldkit.model.partners import Contact, Library, Organization, full_name
from fieldkit.model.problems import Idea, Problem, ProblemMeeting, ProblemPartner
from fieldkit.model.reference import County, Municipality
from fieldkit.model.sync_state import HeldChange, ListingHint, SetAsideBundle, SyncPeer, SyncRun

#: Every syncable class, parents before children (the order an insert must follow
#: where foreign keys are checked at once, and the order of `export json`).
SYNCABLE_CLASSES: tuple[type[Syncable], ...] = (
    Library,
    Organization,
    Contact,
    Visit,
    Meeting,
    AgendaItem,
    Participant,
    Decision,
    ActionItem,
    Problem,
    ProblemMeeting,
    Idea,
    ProblemPartner,
    Attachment,
    RecordHistory,
)

SYNCABLE_BY_TABLE: dict[str, type[Syncable]] = {
    cls.__tablename__: cls  # type: ignore[attr-defined]
    for cls in SYNCABLE_CLASSES
}

__all__ = [
    "SYNCABLE_BY_TABLE",
    "SYNCABLE_CLASSES",
    "ActionItem",
    "AgendaItem",
    "Attachment",
    "Base",
    "ChangeLogEntry",
    "Conflict",
    "Contact",
    "County",
    "Decision",
    "FieldClock",
    "HeldChange",
    "HistoryEvent",
    "Idea",
    "Library",
    "LibraryKind",
    "ListingHint",
    "Meeting",
    "MeetingKind",
    "MeetingLink",
    "MeetingStatus",
    "Meta",
    "Municipality",
    "Organization",
    "Participant",
    "ParticipantRole",
    "Problem",
    "ProblemCategory",
    "ProblemMeeting",
    "ProblemPartner",
    "ProblemStatus",
    "RecordHistory",
    "RowClock",
    "Sector",
    "SetAsideBundle",
    "SyncPeer",
    "SyncRun",
    "Syncable",
    "Visit",
    "VisitStatus",
    "derived_id",
    "full_name",
    "new_id",
    "utc_now",
]
