"""The use cases the window and the command line share: they accept what a
coordinator means and refuse, with one sentence, what would make the data wrong."""

from __future__ import annotations

import datetime as dt
import itertools

import pytest

from fieldkit.errors import Ambiguous, InvalidInput, NotFound
from fieldkit.model import MeetingStatus, ParticipantRole, ProblemCategory
from fieldkit.services import agenda, attendance, meetings, minutes, partners, problems
from fieldkit.store import Store
from fieldkit.store.reference import central_library_id

START = dt.datetime(2026, 12, 1, 10, 0)


@pytest.fixture
def meeting_id(store: Store) -> str:
    return meetings.create_meeting(
        store,
        municipality_id="birzu-r",
        library_id=central_library_id("birzu-r"),
        title="Diskusinis susitikimas Biržuose",
        starts_at=START,
        place="Bibliotekos salė",
    )


def test_a_meeting_is_captured_and_read_back_whole(store: Store, meeting_id: str) -> None:
    item_id = agenda.add_agenda_item(store, meeting_id, "Bendruomenės problemos")
    agenda.update_agenda_item(store, item_id, notes="Jaunimas išvyksta į miestus.")
    agenda.add_agenda_item(store, meeting_id, "Bibliotekos galimybės")
    contact_id = partners.create_contact(store, first_name="Aušra", last_name="Kęstutienė")
    attendance.add_participant(
        store, meeting_id, contact_id, attended=True, role=ParticipantRole.CHAIR
    )
    minutes.add_decision(store, meeting_id, "Rengti karjeros dienas", item_id)
    minutes.add_action_item(
        store,
        meeting_id,
        "Susitarti su gimnazija",
        owner_contact_id=contact_id,
        due_on=dt.date(2026, 12, 20),
    )
    detail = meetings.get_meeting(store, meeting_id)
    assert detail.summary.municipality_name == "Biržų rajono savivaldybė"
    assert detail.library_name
    assert [a.title for a in detail.agenda] == ["Bendruomenės problemos", "Bibliotekos galimybės"]
    assert detail.agenda[0].notes == "Jaunimas išvyksta į miestus."
    assert [(p.name, p.attended, p.role) for p in detail.participants] == [
        ("Aušra Kęstutienė", True, ParticipantRole.CHAIR)
    ]
    assert detail.decisions[0].agenda_item_id == item_id
    assert detail.action_items[0].owner == "Aušra Kęstutienė"


@pytest.mark.parametrize("title", ["", "   ", None])
def test_a_meeting_needs_a_title(store: Store, title: str | None) -> None:
    with pytest.raises(InvalidInput, match="title"):
        meetings.create_meeting(store, municipality_id="birzu-r", title=title, starts_at=START)


def test_a_meeting_needs_a_real_municipality(store: Store) -> None:
    with pytest.raises(NotFound, match="municipality"):
        meetings.create_meeting(store, municipality_id="atlantida", title="X", starts_at=START)


def test_the_library_must_be_in_the_meetings_municipality(store: Store, meeting_id: str) -> None:
    with pytest.raises(InvalidInput, match="library"):
        meetings.create_meeting(
            store,
            municipality_id="birzu-r",
            library_id=central_library_id("kauno-m"),
            title="X",
            starts_at=START,
        )
    with pytest.raises(InvalidInput, match="library"):
        meetings.update_meeting(store, meeting_id, library_id=central_library_id("kauno-m"))
    assert meetings.get_meeting(store, meeting_id).library_name


def test_a_meeting_cannot_end_before_it_starts(store: Store, meeting_id: str) -> None:
    with pytest.raises(InvalidInput, match="end before"):
        meetings.update_meeting(store, meeting_id, ends_at=START - dt.timedelta(hours=1))
    assert meetings.get_meeting(store, meeting_id).ends_at is None


def test_unknown_fields_are_refused(store: Store, meeting_id: str) -> None:
    with pytest.raises(InvalidInput, match="cannot be changed"):
        meetings.update_meeting(store, meeting_id, colour="red")
    with pytest.raises(InvalidInput, match="cannot be changed"):
        meetings.update_meeting(store, meeting_id, deleted=True)


def test_final_minutes_are_numbered_and_locked(store: Store, meeting_id: str) -> None:
    second = meetings.create_meeting(
        store, municipality_id="birzu-r", title="Antras susitikimas", starts_at=START
    )
    assert meetings.finalise_meeting(store, meeting_id) == 1
    assert meetings.finalise_meeting(store, second) == 2
    with pytest.raises(InvalidInput, match="final"):
        meetings.update_meeting(store, meeting_id, title="Pakeista")
    with pytest.raises(InvalidInput, match="final"):
        minutes.add_decision(store, meeting_id, "Vėlyvas sprendimas")
    meetings.reopen_meeting(store, meeting_id)
    meetings.update_meeting(store, meeting_id, title="Pataisyta")
    assert meetings.finalise_meeting(store, meeting_id) == 1  # keeps its number
    detail = meetings.get_meeting(store, meeting_id)
    assert detail.summary.status == MeetingStatus.FINAL
    assert detail.finalised_at is not None


def test_action_items_stay_editable_after_the_minutes_are_final(
    store: Store, meeting_id: str
) -> None:
    action_id = minutes.add_action_item(store, meeting_id, "Išsiųsti protokolą")
    meetings.finalise_meeting(store, meeting_id)
    minutes.update_action_item(store, action_id, done=True)
    assert meetings.get_meeting(store, meeting_id).action_items[0].done


def test_inviting_the_same_person_twice_is_one_participant(store: Store, meeting_id: str) -> None:
    contact_id = partners.create_contact(store, first_name="Jurgis")
    first = attendance.add_participant(store, meeting_id, contact_id)
    second = attendance.add_participant(store, meeting_id, contact_id, attended=True)
    assert first == second
    assert len(meetings.get_meeting(store, meeting_id).participants) == 1


def test_a_decision_names_an_agenda_item_of_its_own_meeting(store: Store, meeting_id: str) -> None:
    other = meetings.create_meeting(
        store, municipality_id="birzu-r", title="Kitas", starts_at=START
    )
    foreign_item = agenda.add_agenda_item(store, other, "Svetimas klausimas")
    with pytest.raises(InvalidInput, match="another meeting"):
        minutes.add_decision(store, meeting_id, "Sprendimas", foreign_item)


def test_a_deleted_meeting_is_gone_from_lists_but_kept_as_a_tombstone(
    store: Store, meeting_id: str
) -> None:
    meetings.delete_meeting(store, meeting_id)
    assert meeting_id not in {m.meeting_id for m in meetings.list_meetings(store)}
    with pytest.raises(NotFound):
        meetings.get_meeting(store, meeting_id)


def test_meetings_are_listed_newest_first(store: Store) -> None:
    for day in (3, 1, 2):
        meetings.create_meeting(
            store,
            municipality_id="utenos-r",
            title=f"Diena {day}",
            starts_at=dt.datetime(2026, 10, day, 9),
        )
    listed = meetings.list_meetings(store, municipality_id="utenos-r")
    assert [m.title for m in listed] == ["Diena 3", "Diena 2", "Diena 1"]


def test_meeting_ids_resolve_from_any_unique_prefix(store: Store, meeting_id: str) -> None:
    assert meetings.resolve_meeting_id(store, meeting_id[:6]) == meeting_id
    assert meetings.resolve_meeting_id(store, meeting_id.upper()) == meeting_id
    with pytest.raises(NotFound):
        meetings.resolve_meeting_id(store, "ffffffff-0000")
    with pytest.raises(InvalidInput, match="not a meeting id"):
        meetings.resolve_meeting_id(store, "Biržai")


def test_an_ambiguous_prefix_asks_for_more(demo_store: Store) -> None:
    ids = sorted(m.meeting_id for m in meetings.list_meetings(demo_store))
    shared = next(a[0] for a, b in itertools.pairwise(ids) if a[0] == b[0])
    with pytest.raises(Ambiguous, match="more characters"):
        meetings.resolve_meeting_id(demo_store, shared)


def test_a_problem_raised_in_a_meeting_is_linked_to_it(store: Store, meeting_id: str) -> None:
    problem_id = problems.create_problem(
        store,
        municipality_id="birzu-r",
        title="Senjorai nemoka naudotis e. paslaugomis",
        category=ProblemCategory.DIGITAL_SKILLS,
        meeting_id=meeting_id,
    )
    # linking again (discussed later) is still one link
    link = problems.link_problem_to_meeting(store, problem_id, meeting_id)
    assert link == problems.link_problem_to_meeting(store, problem_id, meeting_id)
    with pytest.raises(InvalidInput, match="another municipality"):
        problems.create_problem(
            store, municipality_id="kauno-m", title="Kitur", meeting_id=meeting_id
        )


def test_problem_votes_and_people_are_checked(store: Store) -> None:
    problem_id = problems.create_problem(store, municipality_id="birzu-r", title="Transportas")
    for votes in (-1, "7", 2.5, True):
        with pytest.raises(InvalidInput, match="Votes"):
            problems.update_problem(store, problem_id, votes=votes)
    problems.update_problem(store, problem_id, votes=7)
    with pytest.raises(NotFound, match="contact"):
        problems.add_idea(store, problem_id, "Idėja", proposed_by_contact_id="nėra")
    org_id = partners.create_organization(store, name="Biržų autobusų parkas")
    assert problems.add_partner(store, problem_id, org_id) == problems.add_partner(
        store, problem_id, org_id, notes="Galėtų skirti autobusą"
    )


def test_a_contact_keeps_lithuanian_names_and_consent(store: Store) -> None:
    contact_id = partners.create_contact(
        store,
        first_name="  Žydrūnė ",
        last_name="Ąžuolaitė",
        consent_given_on=dt.date(2026, 11, 2),
        consent_method="raštu",
        consent_purpose="kvietimai į susitikimus",
        legal_basis="sutikimas",
    )
    contact = partners.get_contact(store, contact_id)
    assert contact.full_name == "Žydrūnė Ąžuolaitė"
    assert contact.consent_method == "raštu"
    with pytest.raises(InvalidInput, match="first name"):
        partners.update_contact(store, contact_id, first_name=" ")
    with pytest.raises(NotFound, match="organisation"):
        partners.create_contact(store, first_name="Ona", organization_id="nėra")


def test_libraries_are_listed_by_municipality(store: Store) -> None:
    library_id = partners.create_library(
        store, name="Biržų r. Pabiržės filialas", municipality_id="birzu-r"
    )
    names = {library.library_id for library in partners.libraries_in(store, "birzu-r")}
    assert {central_library_id("birzu-r"), library_id} <= names
    assert library_id not in {lib.library_id for lib in partners.libraries_in(store, "kauno-m")}
