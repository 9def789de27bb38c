"""The closed vocabularies of the domain. Stored by value (plain ASCII keys), so a
value reads the same in the database, the change log and an export."""

from __future__ import annotations

from enum import StrEnum

from sqlalchemy import Enum


class Sector(StrEnum):
    LIBRARY = "library"
    MUNICIPALITY = "municipality"
    BUSINESS = "business"
    NGO = "ngo"
    EDUCATION = "education"
    CULTURE = "culture"
    SOCIAL_SERVICES = "social_services"
    MEDIA = "media"
    OTHER = "other"


class LibraryKind(StrEnum):
    CENTRAL = "central"
    BRANCH = "branch"


class VisitStatus(StrEnum):
    PLANNED = "planned"
    DONE = "done"
    CANCELLED = "cancelled"


class MeetingKind(StrEnum):
    DISCUSSION = "discussion"
    TRAINING = "training"
    CONSULTATION = "consultation"


class MeetingStatus(StrEnum):
    DRAFT = "draft"
    FINAL = "final"


class ParticipantRole(StrEnum):
    CHAIR = "chair"
    SECRETARY = "secretary"
    PARTICIPANT = "participant"


class ProblemStatus(StrEnum):
    RAISED = "raised"
    PRIORITISED = "prioritised"
    SOLUTION_PROPOSED = "solution_proposed"
    IN_PROJECT = "in_project"
    SOLVED = "solved"
    DROPPED = "dropped"


class ProblemCategory(StrEnum):
    DIGITAL_SKILLS = "digital_skills"
    YOUTH_EMPLOYMENT = "youth_employment"
    SENIORS_ISOLATION = "seniors_isolation"
    TRANSPORT = "transport"
    PUBLIC_HEALTH = "public_health"
    ENTREPRENEURSHIP = "entrepreneurship"
    EDUCATION_ACCESS = "education_access"
    EMIGRATION = "emigration"
    COMMUNITY_ENGAGEMENT = "community_engagement"
    ENVIRONMENT = "environment"
    CULTURE_HERITAGE = "culture_heritage"
    SOCIAL_EXCLUSION = "social_exclusion"
    OTHER = "other"


class MeetingLink(StrEnum):
    """How a problem came up in a meeting."""

    RAISED = "raised"
    DISCUSSED = "discussed"


def enum_column(enum: type[StrEnum], length: int = 24) -> Enum:
    """A VARCHAR holding the enum's value (not its name); no CHECK constraint, so a
    later FieldKit can add a value without rebuilding the table."""
    return Enum(
        enum,
        native_enum=False,
        create_constraint=False,
        length=length,
        values_callable=lambda members: [member.value for member in members],
        validate_strings=True,
    )
