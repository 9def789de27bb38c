"""People in the room: finding contacts as one types, warning before a duplicate
person is made, adding a person and their organisation into a meeting, and the
attendance rules (one chair, one secretary; present or apologised, not both)."""

from __future__ import annotations

import datetime as dt
import unicodedata

import pytest

from fieldkit.errors import InvalidInput, NotFound
from fieldkit.model import Organization, ParticipantRole, Sector
from fieldkit.services import attendance, meetings, partners, people, problems
from fieldkit.services.people import SAME_EMAIL, SAME_NAME, SAME_PHONE
from fieldkit.store import Store

START = dt.datetime(2026, 12, 1, 10, 0)


@pytest.fixture
def meeting_id(store: Store) -> str:
    return meetings.create_meeting(
        store, municipality_id="birzu-r", title="Susitikimas Biržuose", starts_at=START
    )


@pytest.fixture
def ausra(store: Store) -> str:
    organization_id = partners.create_organization(
        store, name="Biržų kultūros centras", municipality_id="birzu-r"
    )
    return partners.create_contact(
        store,
        first_name="Aušra",
        last_name="Kęstutienė",
        organization_id=organization_id,
        email="Ausra.Kestutiene@Birzai.lt",
        phone="+370 612 34567",
        municipality_id="birzu-r",
    )


def test_fold_ignores_case_diacritics_and_spaces() -> None:
    assert people.fold("  ŠARŪNAS   Kęstutis ") == people.fold("sarunas kestutis")


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("Jonas Jonaitis", people.TypedPerson(first_name="Jonas", last_name="Jonaitis")),
        ("Ona Marija  Petraitė", people.TypedPerson(first_name="Ona Marija", last_name="Petraitė")),
        ("Jonas", people.TypedPerson(first_name="Jonas")),
        ("jonas@example.lt", people.TypedPerson(email="jonas@example.lt")),
        ("+370 612 34567", people.TypedPerson(phone="+370 612 34567")),
        ("", people.TypedPerson()),
    ],
)
def test_typed_text_prefills_the_right_fields(typed: str, expected: people.TypedPerson) -> None:
    assert people.split_typed_text(typed) == expected


def test_contacts_are_found_by_name_organisation_or_email_without_diacritics(
    store: Store, ausra: str
) -> None:
    partners.create_contact(store, first_name="Petras", last_name="Petraitis")
    for typed in ("ausra", "KESTUT", "kulturos centr", "birzai.lt", "Aušra Kęst", "612"):
        found = people.find_contacts(store, typed)
        assert [c.contact_id for c in found] == [ausra], typed
    match = people.find_contacts(store, "ausra")[0]
    assert (match.full_name, match.organization) == ("Aušra Kęstutienė", "Biržų kultūros centras")
    assert people.find_contacts(store, "") == []
    assert people.find_contacts(store, "  ,; ") == []


def test_contacts_of_the_meetings_municipality_come_first(store: Store) -> None:
    far = partners.create_contact(store, first_name="Rasa", municipality_id="kauno-m")
    near = partners.create_contact(store, first_name="Rasa", municipality_id="birzu-r")
    found = people.find_contacts(store, "rasa", municipality_id="birzu-r")
    assert [c.contact_id for c in found] == [near, far]
    assert len(people.find_contacts(store, "rasa", limit=1)) == 1


def test_deleted_contacts_are_not_found(store: Store, ausra: str) -> None:
    partners.delete_contact(store, ausra)
    assert people.find_contacts(store, "ausra") == []
    assert people.lookalikes(store, "Aušra", "Kęstutienė") == []


def test_organisations_are_found_by_name_the_exact_one_first(store: Store) -> None:
    longer = partners.create_organization(store, name="Biržų kultūros centro filialas")
    exact = partners.create_organization(store, name="Biržų kultūros centras")
    found = people.find_organizations(store, "birzu KULTUROS centras")
    assert [(o.organization_id, o.exact) for o in found] == [(exact, True)]
    found = people.find_organizations(store, "birzu kult")
    assert {o.organization_id for o in found} == {longer, exact}
    assert not any(o.exact for o in found)


def test_organisations_are_found_by_name_local_ones_first(store: Store) -> None:
    local = partners.create_organization(
        store, name="Šiaulių gatvės bendruomenė", sector=Sector.NGO, municipality_id="birzu-r"
    )
    far = partners.create_organization(
        store, name="Šiaulių kultūros centras", sector=Sector.CULTURE, municipality_id="siauliu-m"
    )
    gone = partners.create_organization(store, name="Šiaulių uždaryta įstaiga")
    with store.write() as session:
        session.get(Organization, gone).deleted = True

    found = people.find_organizations(store, "siauliu", 10, municipality_id="birzu-r")
    assert [c.organization_id for c in found] == [local, far]  # diacritics optional
    assert found[0].sector == Sector.NGO
    assert found[0].municipality_name == "Biržų rajono savivaldybė"
    far_first = people.find_organizations(store, "Šiaul", 10, municipality_id="siauliu-m")
    assert [c.organization_id for c in far_first] == [far, local]
    assert [c.organization_id for c in people.find_organizations(store, "kult", 10)] == [far]
    assert people.find_organizations(store, "šiaulių", 1)[0].organization_id in {local, far}
    # no words: that municipality's organisations by name, else nothing
    assert [
        c.organization_id for c in people.find_organizations(store, " ", municipality_id="birzu-r")
    ] == [local]
    assert people.find_organizations(store, "") == []
    assert people.find_organizations(store, "nėra tokios") == []


def test_a_decomposed_name_finds_the_organisation(store: Store) -> None:
    """macOS sends "Š" as S + combining caron; the words are the same."""
    exact = partners.create_organization(store, name="Šiaulių kultūros centras")
    typed = unicodedata.normalize("NFD", "šiaulių kultūros centras")
    (found,) = people.find_organizations(store, typed)
    assert (found.organization_id, found.exact) == (exact, True)


@pytest.mark.parametrize(
    ("first", "last", "email", "phone", "reasons"),
    [
        ("ausra", "KESTUTIENE", "", "", (SAME_NAME,)),
        ("  Aušra ", " Kęstutienė  ", "", "", (SAME_NAME,)),
        ("Kęstutienė", "Aušra", "", "", (SAME_NAME,)),  # written surname first
        ("Ona", "", "ausra.kestutiene@birzai.lt", "", (SAME_EMAIL,)),
        ("Ona", "", "", "8 612 34567", (SAME_PHONE,)),
        (
            "Aušra",
            "Kęstutienė",
            "AUSRA.KESTUTIENE@BIRZAI.LT",
            "8-612-34567",
            (SAME_NAME, SAME_EMAIL, SAME_PHONE),
        ),
    ],
)
def test_lookalikes_say_why_a_person_looks_known(
    store: Store, ausra: str, first: str, last: str, email: str, phone: str, reasons: tuple
) -> None:
    found = people.lookalikes(store, first, last, email, phone)
    assert [(c.contact_id, c.matched_on) for c in found] == [(ausra, reasons)]


@pytest.mark.parametrize(
    ("first", "last", "email", "phone"),
    [
        ("Aušra", "", "", ""),  # a first name alone is not the same name
        ("Aušra", "Kęstutaitė", "", ""),
        ("", "", "ausra@birzai.lt", ""),
        ("", "", "", "+370 612 34568"),
        ("", "", "", "34567"),  # too short to compare
        ("", "", "", ""),
    ],
)
def test_different_people_are_not_lookalikes(
    store: Store, ausra: str, first: str, last: str, email: str, phone: str
) -> None:
    assert people.lookalikes(store, first, last, email, phone) == []


def test_the_strongest_lookalike_comes_first(store: Store, ausra: str) -> None:
    namesake = partners.create_contact(store, first_name="Aušra", last_name="Kęstutienė")
    found = people.lookalikes(store, "Aušra", "Kęstutienė", phone="861234567")
    assert [c.contact_id for c in found] == [ausra, namesake]


def test_inviting_a_known_person_twice_keeps_what_was_recorded(
    store: Store, meeting_id: str, ausra: str
) -> None:
    participant_id = attendance.invite_contact(store, meeting_id, ausra)
    assert participant_id == attendance.add_participant(store, meeting_id, ausra)  # one row
    attendance.set_participant_role(store, participant_id, ParticipantRole.CHAIR)
    attendance.mark_attendance(store, participant_id, attended=True)
    assert attendance.invite_contact(store, meeting_id, ausra) == participant_id
    (row,) = meetings.get_meeting(store, meeting_id).participants
    assert (row.attended, row.role) == (True, ParticipantRole.CHAIR)


def test_a_removed_person_invited_again_starts_afresh(
    store: Store, meeting_id: str, ausra: str
) -> None:
    participant_id = attendance.invite_contact(store, meeting_id, ausra, attended=True)
    attendance.set_participant_role(store, participant_id, ParticipantRole.SECRETARY)
    attendance.remove_participant(store, participant_id)
    assert meetings.get_meeting(store, meeting_id).participants == ()
    attendance.invite_contact(store, meeting_id, ausra)
    (row,) = meetings.get_meeting(store, meeting_id).participants
    assert (row.attended, row.role) == (False, ParticipantRole.PARTICIPANT)


def test_a_new_person_and_organisation_join_the_meeting_in_one_step(
    store: Store, meeting_id: str
) -> None:
    added = attendance.create_and_invite(
        store,
        meeting_id,
        first_name=" Rūta ",
        last_name="Balčiūnienė ",
        organization_name="  Biržų   jaunimo centras ",
        role="Vadovė",
        phone="8 600 11111",
        email="ruta@jaunimas.lt",
        attended=True,
    )
    assert added.organization_created
    contact = partners.get_contact(store, added.contact_id)
    assert (contact.full_name, contact.role, contact.phone, contact.email) == (
        "Rūta Balčiūnienė",
        "Vadovė",
        "8 600 11111",
        "ruta@jaunimas.lt",
    )
    assert contact.municipality_id == "birzu-r"
    (row,) = meetings.get_meeting(store, meeting_id).participants
    assert (row.participant_id, row.organization, row.attended) == (
        added.participant_id,
        "Biržų jaunimo centras",
        True,
    )
    (organization,) = people.find_organizations(store, "jaunimo centras")
    assert (organization.organization_id, organization.municipality_id) == (
        added.organization_id,
        "birzu-r",
    )


def test_a_typed_organisation_name_that_exists_is_not_made_twice(
    store: Store, meeting_id: str, ausra: str
) -> None:
    existing = partners.get_contact(store, ausra).organization_id
    added = attendance.create_and_invite(
        store, meeting_id, first_name="Jonas", organization_name="birzu kulturos CENTRAS"
    )
    assert (added.organization_id, added.organization_created) == (existing, False)


def test_a_picked_organisation_is_used_as_it_is(store: Store, meeting_id: str) -> None:
    organization_id = partners.create_organization(store, name="Seniūnija")
    added = attendance.create_and_invite(
        store, meeting_id, first_name="Jonas", organization_id=organization_id
    )
    assert added.organization_id == organization_id
    with pytest.raises(NotFound, match="organisation"):
        attendance.create_and_invite(store, meeting_id, first_name="Jonas", organization_id="nope")


def test_a_person_without_an_organisation_can_be_added(store: Store, meeting_id: str) -> None:
    added = attendance.create_and_invite(store, meeting_id, first_name="Jonas")
    assert added.organization_id is None
    assert partners.get_contact(store, added.contact_id).organization_id is None


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        ({"first_name": "  "}, "first name"),
        ({"first_name": "Jonas", "email": "jonas at example"}, "e-mail"),
        ({"first_name": "Jonas", "email": "jonas@example"}, "e-mail"),
    ],
)
def test_a_new_person_needs_a_name_and_a_real_email(
    store: Store, meeting_id: str, fields: dict, message: str
) -> None:
    with pytest.raises(InvalidInput, match=message):
        attendance.create_and_invite(store, meeting_id, **fields)
    assert people.find_contacts(store, "jonas") == []  # nothing half-made


def test_final_minutes_take_no_new_people(store: Store, meeting_id: str, ausra: str) -> None:
    participant_id = attendance.invite_contact(store, meeting_id, ausra)
    meetings.finalise_meeting(store, meeting_id)
    with pytest.raises(InvalidInput, match="final"):
        attendance.invite_contact(store, meeting_id, ausra)
    with pytest.raises(InvalidInput, match="final"):
        attendance.create_and_invite(store, meeting_id, first_name="Jonas")
    with pytest.raises(InvalidInput, match="final"):
        attendance.mark_attendance(store, participant_id, attended=True)
    with pytest.raises(InvalidInput, match="final"):
        attendance.set_participant_role(store, participant_id, ParticipantRole.CHAIR)
    assert people.find_contacts(store, "jonas") == []


def test_a_meeting_has_one_chair_and_one_secretary(store: Store, meeting_id: str) -> None:
    ids = [
        attendance.invite_contact(
            store, meeting_id, partners.create_contact(store, first_name=name)
        )
        for name in ("Ona", "Petras", "Rasa")
    ]
    assert attendance.set_participant_role(store, ids[0], ParticipantRole.CHAIR) == []
    assert attendance.set_participant_role(store, ids[1], ParticipantRole.SECRETARY) == []
    assert attendance.set_participant_role(store, ids[2], ParticipantRole.CHAIR) == [ids[0]]
    assert attendance.set_participant_role(store, ids[0], "secretary") == [ids[1]]
    roles = {p.participant_id: p.role for p in meetings.get_meeting(store, meeting_id).participants}
    assert roles == {
        ids[0]: ParticipantRole.SECRETARY,
        ids[1]: ParticipantRole.PARTICIPANT,
        ids[2]: ParticipantRole.CHAIR,
    }
    assert attendance.set_participant_role(store, ids[2], ParticipantRole.PARTICIPANT) == []
    with pytest.raises(InvalidInput, match="role"):
        attendance.set_participant_role(store, ids[2], "king")


def test_every_way_of_giving_a_role_keeps_one_chair_and_one_secretary(
    store: Store, meeting_id: str
) -> None:
    """Recording someone as chair, or changing their fields, obeys the same rule
    as choosing the role in the attendance list."""
    ona, petras, rasa = (
        partners.create_contact(store, first_name=name) for name in ("Ona", "Petras", "Rasa")
    )
    first_chair = attendance.add_participant(
        store, meeting_id, ona, attended=True, role=ParticipantRole.CHAIR
    )
    second_chair = attendance.add_participant(store, meeting_id, petras, role="chair")
    secretary = attendance.invite_contact(store, meeting_id, rasa)
    assert attendance.update_participant(store, secretary, role=ParticipantRole.SECRETARY) == []
    assert attendance.update_participant(store, first_chair, role="secretary") == [secretary]

    def roles() -> dict[str, ParticipantRole]:
        return {
            p.participant_id: p.role for p in meetings.get_meeting(store, meeting_id).participants
        }

    assert roles() == {
        first_chair: ParticipantRole.SECRETARY,
        second_chair: ParticipantRole.CHAIR,
        secretary: ParticipantRole.PARTICIPANT,
    }
    with pytest.raises(InvalidInput, match="role"):
        attendance.add_participant(store, meeting_id, rasa, role="king")
    with pytest.raises(InvalidInput, match="apologies"):
        attendance.update_participant(store, secretary, attended=True, sent_apologies=True)
    with pytest.raises(InvalidInput, match="cannot be changed"):
        attendance.update_participant(store, secretary, meeting_id=meeting_id)


def test_the_chair_of_another_meeting_is_left_alone(store: Store, meeting_id: str) -> None:
    other = meetings.create_meeting(
        store, municipality_id="birzu-r", title="Kitas", starts_at=START
    )
    ona = partners.create_contact(store, first_name="Ona")
    petras = partners.create_contact(store, first_name="Petras")
    there = attendance.invite_contact(store, other, ona)
    attendance.set_participant_role(store, there, ParticipantRole.CHAIR)
    here = attendance.invite_contact(store, meeting_id, petras)
    assert attendance.set_participant_role(store, here, ParticipantRole.CHAIR) == []


def test_present_and_apologised_exclude_each_other(
    store: Store, meeting_id: str, ausra: str
) -> None:
    participant_id = attendance.invite_contact(store, meeting_id, ausra)

    def state() -> tuple[bool, bool]:
        (row,) = meetings.get_meeting(store, meeting_id).participants
        return row.attended, row.sent_apologies

    attendance.mark_attendance(store, participant_id, sent_apologies=True)
    assert state() == (False, True)
    attendance.mark_attendance(store, participant_id, attended=True)
    assert state() == (True, False)
    attendance.mark_attendance(store, participant_id, attended=False)
    assert state() == (False, False)
    with pytest.raises(InvalidInput):
        attendance.mark_attendance(store, participant_id, attended=True, sent_apologies=True)


# --- problems raised at a meeting ----------------------------------------------


def test_problems_of_a_meeting_in_the_order_they_came_up(store: Store, meeting_id: str) -> None:
    ona = partners.create_contact(store, first_name="Ona", last_name="Petraitė")
    first = problems.create_problem(
        store,
        municipality_id="birzu-r",
        title="Jaunimas išvyksta",
        meeting_id=meeting_id,
        votes=3,
        raised_by_contact_id=ona,
    )
    known = problems.create_problem(store, municipality_id="birzu-r", title="Trūksta autobusų")
    elsewhere = problems.create_problem(store, municipality_id="kauno-m", title="Kamščiai")
    assert [p.problem_id for p in problems.linkable_problems(store, meeting_id)] == [known]
    problems.link_problem_to_meeting(store, known, meeting_id)
    shown = problems.problems_of_meeting(store, meeting_id)
    assert [(p.problem_id, p.link, p.raised_by) for p in shown] == [
        (first, "raised", "Ona Petraitė"),
        (known, "discussed", ""),
    ]
    assert problems.linkable_problems(store, meeting_id) == []
    assert elsewhere not in {p.problem_id for p in shown}


def test_unlinking_keeps_the_problem_in_its_municipality(store: Store, meeting_id: str) -> None:
    problem_id = problems.create_problem(
        store, municipality_id="birzu-r", title="Jaunimas išvyksta", meeting_id=meeting_id
    )
    problems.unlink_problem_from_meeting(store, problem_id, meeting_id)
    assert problems.problems_of_meeting(store, meeting_id) == []
    assert [p.problem_id for p in problems.linkable_problems(store, meeting_id)] == [problem_id]
    with pytest.raises(NotFound, match="not linked"):
        problems.unlink_problem_from_meeting(store, problem_id, meeting_id)
    problems.link_problem_to_meeting(store, problem_id, meeting_id)  # and back again
    assert len(problems.problems_of_meeting(store, meeting_id)) == 1


def test_final_minutes_keep_their_problems(store: Store, meeting_id: str) -> None:
    problem_id = problems.create_problem(
        store, municipality_id="birzu-r", title="Jaunimas išvyksta", meeting_id=meeting_id
    )
    meetings.finalise_meeting(store, meeting_id)
    with pytest.raises(InvalidInput, match="final"):
        problems.unlink_problem_from_meeting(store, problem_id, meeting_id)
    with pytest.raises(NotFound):
        problems.problems_of_meeting(store, "no-such-meeting")
