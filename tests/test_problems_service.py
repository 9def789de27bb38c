"""A problem read back whole for its editor, ideas changed and removed, partners
unlinked, and organisations found by name as a coordinator types."""

from __future__ import annotations

import datetime as dt

import pytest

from fieldkit.errors import InvalidInput, NotFound
from fieldkit.model import MeetingLink, ProblemCategory, ProblemStatus, Sector
from fieldkit.services import meetings, partners, problems
from fieldkit.store import Store
from fieldkit.store.reference import central_library_id


@pytest.fixture
def problem_id(store: Store) -> str:
    return problems.create_problem(
        store,
        municipality_id="birzu-r",
        title="Jaunimas išvyksta",
        category=ProblemCategory.EMIGRATION,
        description="Po mokyklos jaunimas išvyksta į miestus.",
        affected_groups="jaunimas",
        votes=7,
    )


def _meeting(store: Store, starts_at: dt.datetime, title: str) -> str:
    return meetings.create_meeting(
        store,
        municipality_id="birzu-r",
        library_id=central_library_id("birzu-r"),
        title=title,
        starts_at=starts_at,
    )


def test_a_problem_is_read_back_with_ideas_partners_and_meetings(
    store: Store, problem_id: str
) -> None:
    contact_id = partners.create_contact(store, first_name="Aušra", last_name="Kęstutienė")
    problems.add_idea(store, problem_id, "Karjeros dienos", proposed_by_contact_id=contact_id)
    problems.add_idea(store, problem_id, "Jaunimo klubas")
    org_id = partners.create_organization(
        store, name="Biržų jaunimo centras", sector=Sector.NGO, municipality_id="birzu-r"
    )
    problems.add_partner(store, problem_id, org_id, notes="Turi patalpas")
    later = _meeting(store, dt.datetime(2026, 5, 2, 10), "Antras susitikimas")
    first = _meeting(store, dt.datetime(2026, 3, 1, 10), "Pirmas susitikimas")
    problems.link_problem_to_meeting(store, problem_id, first, MeetingLink.RAISED)
    problems.link_problem_to_meeting(store, problem_id, later)

    detail = problems.get_problem(store, problem_id)
    s = detail.summary
    assert (s.title, s.category, s.votes, s.status) == (
        "Jaunimas išvyksta",
        ProblemCategory.EMIGRATION,
        7,
        ProblemStatus.RAISED,
    )
    assert s.municipality_name == "Biržų rajono savivaldybė"
    assert detail.description == "Po mokyklos jaunimas išvyksta į miestus."
    assert detail.affected_groups == "jaunimas"
    assert [(i.text, i.proposed_by) for i in detail.ideas] == [
        ("Karjeros dienos", "Aušra Kęstutienė"),
        ("Jaunimo klubas", ""),
    ]
    assert [(p.organization_id, p.name, p.sector, p.notes) for p in detail.partners] == [
        (org_id, "Biržų jaunimo centras", Sector.NGO, "Turi patalpas")
    ]
    assert [(m.meeting_id, m.link) for m in detail.meetings] == [
        (first, MeetingLink.RAISED),
        (later, MeetingLink.DISCUSSED),
    ]
    meetings.delete_meeting(store, later)
    assert [m.meeting_id for m in problems.get_problem(store, problem_id).meetings] == [first]


def test_a_deleted_problem_is_not_found(store: Store, problem_id: str) -> None:
    problems.delete_problem(store, problem_id)
    with pytest.raises(NotFound):
        problems.get_problem(store, problem_id)


def test_ideas_are_changed_and_removed(store: Store, problem_id: str) -> None:
    idea_id = problems.add_idea(store, problem_id, "Karjeros dienos")
    problems.update_idea(store, idea_id, "  Karjeros dienos su verslu ")
    assert [i.text for i in problems.get_problem(store, problem_id).ideas] == [
        "Karjeros dienos su verslu"
    ]
    with pytest.raises(InvalidInput):
        problems.update_idea(store, idea_id, "   ")
    problems.remove_idea(store, idea_id)
    assert problems.get_problem(store, problem_id).ideas == ()
    with pytest.raises(NotFound):
        problems.remove_idea(store, idea_id)
    with pytest.raises(NotFound):
        problems.update_idea(store, idea_id, "Vėl")


def test_a_partner_is_unlinked_and_can_be_linked_again(store: Store, problem_id: str) -> None:
    org_id = partners.create_organization(store, name="Biržų verslo centras")
    partner_id = problems.add_partner(store, problem_id, org_id)
    problems.remove_partner(store, partner_id)
    assert problems.get_problem(store, problem_id).partners == ()
    with pytest.raises(NotFound):
        problems.remove_partner(store, partner_id)
    assert problems.add_partner(store, problem_id, org_id) == partner_id
    assert [p.partner_id for p in problems.get_problem(store, problem_id).partners] == [partner_id]
