"""Display names of the domain's closed vocabularies.

The database stores plain ASCII keys (see model/enums.py); what the coordinator
reads is translated here, in one place, so that a category reads the same in the
Problems view, the overview chart and a meeting. Each function builds its table
when called, never at import time, so the translator installed at start-up (or
after a language switch) is the one used.
"""

from __future__ import annotations

from enum import StrEnum
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLocale

from fieldkit.model import (
    MeetingKind,
    MeetingLink,
    MeetingStatus,
    ParticipantRole,
    ProblemCategory,
    ProblemStatus,
    Sector,
)

if TYPE_CHECKING:
    from fieldkit.services.partners import MunicipalityView


def category_label(category: ProblemCategory) -> str:
    names = {
        ProblemCategory.DIGITAL_SKILLS: QCoreApplication.translate("Labels", "Digital skills"),
        ProblemCategory.YOUTH_EMPLOYMENT: QCoreApplication.translate("Labels", "Youth employment"),
        ProblemCategory.SENIORS_ISOLATION: QCoreApplication.translate(
            "Labels", "Isolation of seniors"
        ),
        ProblemCategory.TRANSPORT: QCoreApplication.translate("Labels", "Transport and mobility"),
        ProblemCategory.PUBLIC_HEALTH: QCoreApplication.translate("Labels", "Public health"),
        ProblemCategory.ENTREPRENEURSHIP: QCoreApplication.translate("Labels", "Entrepreneurship"),
        ProblemCategory.EDUCATION_ACCESS: QCoreApplication.translate(
            "Labels", "Access to education"
        ),
        ProblemCategory.EMIGRATION: QCoreApplication.translate("Labels", "Emigration"),
        ProblemCategory.COMMUNITY_ENGAGEMENT: QCoreApplication.translate(
            "Labels", "Community engagement"
        ),
        ProblemCategory.ENVIRONMENT: QCoreApplication.translate("Labels", "Environment"),
        ProblemCategory.CULTURE_HERITAGE: QCoreApplication.translate("Labels", "Cultural heritage"),
        ProblemCategory.SOCIAL_EXCLUSION: QCoreApplication.translate("Labels", "Social exclusion"),
        ProblemCategory.OTHER: QCoreApplication.translate("Labels", "Other", "problem category"),
    }
    return names.get(category, str(category))


def problem_status_label(status: ProblemStatus) -> str:
    names = {
        ProblemStatus.RAISED: QCoreApplication.translate("Labels", "Raised"),
        ProblemStatus.PRIORITISED: QCoreApplication.translate("Labels", "Prioritised"),
        ProblemStatus.SOLUTION_PROPOSED: QCoreApplication.translate("Labels", "Solution proposed"),
        ProblemStatus.IN_PROJECT: QCoreApplication.translate("Labels", "In a project"),
        ProblemStatus.SOLVED: QCoreApplication.translate("Labels", "Solved"),
        ProblemStatus.DROPPED: QCoreApplication.translate("Labels", "Dropped"),
    }
    return names.get(status, str(status))


def sector_label(sector: Sector) -> str:
    names = {
        Sector.LIBRARY: QCoreApplication.translate("Labels", "Library"),
        Sector.MUNICIPALITY: QCoreApplication.translate("Labels", "Municipality"),
        Sector.BUSINESS: QCoreApplication.translate("Labels", "Business"),
        Sector.NGO: QCoreApplication.translate("Labels", "NGO"),
        Sector.EDUCATION: QCoreApplication.translate("Labels", "Education"),
        Sector.CULTURE: QCoreApplication.translate("Labels", "Culture"),
        Sector.SOCIAL_SERVICES: QCoreApplication.translate("Labels", "Social services"),
        Sector.MEDIA: QCoreApplication.translate("Labels", "Media"),
        Sector.OTHER: QCoreApplication.translate("Labels", "Other", "sector"),
    }
    return names.get(sector, str(sector))


def meeting_kind_label(kind: MeetingKind) -> str:
    names = {
        MeetingKind.DISCUSSION: QCoreApplication.translate("Labels", "Discussion"),
        MeetingKind.TRAINING: QCoreApplication.translate("Labels", "Training"),
        MeetingKind.CONSULTATION: QCoreApplication.translate("Labels", "Consultation"),
    }
    return names.get(kind, str(kind))


def participant_role_label(role: ParticipantRole) -> str:
    names = {
        ParticipantRole.CHAIR: QCoreApplication.translate("Labels", "Chair"),
        ParticipantRole.SECRETARY: QCoreApplication.translate("Labels", "Secretary"),
        ParticipantRole.PARTICIPANT: QCoreApplication.translate("Labels", "Participant"),
    }
    return names.get(role, str(role))


def meeting_status_label(status: MeetingStatus) -> str:
    names = {
        MeetingStatus.DRAFT: QCoreApplication.translate("Labels", "Draft"),
        MeetingStatus.FINAL: QCoreApplication.translate("Labels", "Final"),
    }
    return names.get(status, str(status))


def meeting_link_label(link: MeetingLink) -> str:
    """How a problem came up in a meeting."""
    names = {
        MeetingLink.RAISED: QCoreApplication.translate("Labels", "raised"),
        MeetingLink.DISCUSSED: QCoreApplication.translate("Labels", "discussed"),
    }
    return names.get(link, str(link))


def municipality_label(municipality: MunicipalityView) -> str:
    """The municipality's name in the language of the window."""
    if QLocale().language() == QLocale.Language.Lithuanian:
        return municipality.name
    return municipality.name_en


_BY_TYPE = {
    ProblemCategory: category_label,
    ProblemStatus: problem_status_label,
    Sector: sector_label,
    MeetingKind: meeting_kind_label,
    ParticipantRole: participant_role_label,
    MeetingStatus: meeting_status_label,
    MeetingLink: meeting_link_label,
}


def label(value: StrEnum) -> str:
    """The display name of any vocabulary value (for generic delegates and combos)."""
    function = _BY_TYPE.get(type(value))
    return function(value) if function is not None else str(value)  # type: ignore[operator]
