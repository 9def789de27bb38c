"""Merging duplicates: every link moves to the kept record, the losing record is a
tombstone whose values stay in the kept record's history, and it all goes into
the change log, so the merge travels through sync like any edit."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from sqlalchemy import select

from fieldkit.errors import InvalidInput, NotFound
from fieldkit.model import (
    ActionItem,
    ChangeLogEntry,
    Contact,
    Idea,
    Organization,
    Participant,
    ParticipantRole,
    Problem,
    ProblemPartner,
    derived_id,
)
from fieldkit.services import attendance, meetings, minutes, partners, problems
from fieldkit.services.directory import meetings_attended, organization_detail
from fieldkit.services.merging import (
    history_of,
    merge_contacts,
    merge_organizations,
    merge_preview,
)
from fieldkit.store import Store
from tests.conftest import Cli

START = dt.datetime(2026, 12, 1, 10, 0)


def meeting(store: Store, title: str = "Susitikimas Biržuose", day: int = 1) -> str:
    return meetings.create_meeting(
        store, municipality_id="birzu-r", title=title, starts_at=START.replace(day=day)
    )


def test_a_merged_contact_keeps_every_link_and_the_history_holds_the_losing_values(
    store: Store,
) -> None:
    keep = partners.create_contact(store, first_name="Aušra", last_name="Kęstutienė")
    lose = partners.create_contact(
        store,
        first_name="Ausra",
        last_name="Kestutiene",
        phone="+370 612 34567",
        email="ausra@biblioteka.lt",
    )
    first, second = meeting(store, day=1), meeting(store, "Antrasis", day=2)
    attendance.add_participant(store, first, lose, attended=True, role=ParticipantRole.SECRETARY)
    attendance.add_participant(store, second, keep, attended=True)
    action = minutes.add_action_item(store, first, "Paskambinti mokyklai", owner_contact_id=lose)
    problem = problems.create_problem(
        store, municipality_id="birzu-r", title="Jaunimas išvyksta", raised_by_contact_id=lose
    )
    idea = problems.add_idea(store, problem, "Karjeros dienos", proposed_by_contact_id=lose)

    result = merge_contacts(store, keep, lose, {"last_name": "keep"}, merged_by="Rasa")

    assert {m.meeting_id for m in meetings_attended(store, keep)} == {first, second}
    [secretary] = [
        p for p in meetings.get_meeting(store, first).participants if p.contact_id == keep
    ]
    assert (secretary.attended, secretary.role) == (True, ParticipantRole.SECRETARY)
    assert secretary.participant_id == derived_id("participant", first, keep)
    assert [p.contact_id for p in meetings.get_meeting(store, first).participants] == [keep]
    with store.read() as session:
        assert session.get(Contact, lose).deleted
        assert session.get(ActionItem, action).owner_contact_id == keep
        assert session.get(Problem, problem).raised_by_contact_id == keep
        assert session.get(Idea, idea).proposed_by_contact_id == keep
    kept = partners.get_contact(store, keep)
    # blanks filled from the loser, the chosen name kept
    assert (kept.first_name, kept.last_name) == ("Aušra", "Kęstutienė")
    assert (kept.phone, kept.email) == ("+370 612 34567", "ausra@biblioteka.lt")
    [entry] = history_of(store, "contact", keep)
    assert (entry.event, entry.actor, entry.other_id) == ("merged", "Rasa", lose)
    assert entry.history_id == result.history_id
    assert entry.details["losing_values"]["first_name"] == "Ausra"
    assert entry.details["losing_values"]["last_name"] == "Kestutiene"
    assert result.moved_links == 4 and result.combined_links == 0
    with pytest.raises(NotFound):
        partners.get_contact(store, lose)


def test_the_losers_chosen_values_replace_the_kept_ones(store: Store) -> None:
    keep = partners.create_contact(store, first_name="Jonas", phone="8 612 00000")
    lose = partners.create_contact(store, first_name="Jonas", phone="+370 612 11111")
    merge_contacts(store, keep, lose, {"phone": "lose", "first_name": "keep"})
    assert partners.get_contact(store, keep).phone == "+370 612 11111"
    [entry] = history_of(store, "contact", keep)
    assert entry.details["losing_values"]["phone"] == "+370 612 11111"


def test_two_records_of_one_person_in_the_same_meeting_become_one_row(store: Store) -> None:
    keep = partners.create_contact(store, first_name="Ona", last_name="Petraitienė")
    lose = partners.create_contact(store, first_name="Ona", last_name="Petraitiene")
    meeting_id = meeting(store)
    attendance.add_participant(store, meeting_id, keep, attended=False)
    attendance.update_participant(
        store, derived_id("participant", meeting_id, keep), sent_apologies=True
    )
    attendance.add_participant(store, meeting_id, lose, attended=True, role=ParticipantRole.CHAIR)

    result = merge_contacts(store, keep, lose)

    [person] = meetings.get_meeting(store, meeting_id).participants
    assert person.contact_id == keep
    assert (person.attended, person.sent_apologies, person.role) == (
        True,
        False,
        ParticipantRole.CHAIR,
    )
    assert result.combined_links == 1
    with store.read() as session:
        rows = session.scalars(select(Participant).where(Participant.meeting_id == meeting_id))
        assert sorted((p.contact_id == keep, p.deleted) for p in rows) == [
            (False, True),
            (True, False),
        ]
    # inviting the kept person again is the same row, not a second one
    attendance.invite_contact(store, meeting_id, keep)
    assert len(meetings.get_meeting(store, meeting_id).participants) == 1


def test_a_merge_is_in_the_change_log_so_it_syncs(store: Store) -> None:
    keep = partners.create_contact(store, first_name="Rūta")
    lose = partners.create_contact(store, first_name="Ruta", email="ruta@example.lt")
    meeting_id = meeting(store)
    attendance.add_participant(store, meeting_id, lose, attended=True)
    with store.read() as session:
        before = session.scalar(select(ChangeLogEntry.seq).order_by(ChangeLogEntry.seq.desc()))
    merge_contacts(store, keep, lose)
    with store.read() as session:
        logged = {
            (e.table_name, e.row_id, e.field)
            for e in session.scalars(select(ChangeLogEntry).where(ChangeLogEntry.seq > before))
        }
    assert ("contact", lose, "deleted") in logged
    assert ("contact", keep, "email") in logged
    assert ("participant", derived_id("participant", meeting_id, keep), "attended") in logged
    assert any(table == "record_history" for table, _, _ in logged)


def test_a_merge_refuses_what_cannot_be_merged(store: Store) -> None:
    one = partners.create_contact(store, first_name="Vienas")
    other = partners.create_contact(store, first_name="Kitas")
    with pytest.raises(InvalidInput, match="itself"):
        merge_contacts(store, one, one)
    with pytest.raises(InvalidInput, match="nickname"):
        merge_contacts(store, one, other, {"nickname": "lose"})
    with pytest.raises(InvalidInput, match="'both'"):
        merge_contacts(store, one, other, {"phone": "both"})
    partners.delete_contact(store, other)
    with pytest.raises(NotFound):
        merge_contacts(store, one, other)
    # nothing was half-done by the refusals
    assert history_of(store, "contact", one) == []


def test_a_merged_organisation_keeps_its_people_and_its_problems(store: Store) -> None:
    keep = partners.create_organization(
        store, name="Biržų kultūros centras", municipality_id="birzu-r"
    )
    lose = partners.create_organization(
        store, name="Birzu kulturos centras", website="https://kc.birzai.lt"
    )
    person = partners.create_contact(store, first_name="Laima", organization_id=lose)
    both = problems.create_problem(store, municipality_id="birzu-r", title="Senjorų atskirtis")
    only_lose = problems.create_problem(store, municipality_id="birzu-r", title="Transportas")
    problems.add_partner(store, both, keep, "Salė")
    problems.add_partner(store, both, lose, "Renginiai")
    problems.add_partner(store, only_lose, lose, "Autobusas")

    result = merge_organizations(store, keep, lose)

    detail = organization_detail(store, keep)
    assert [c.contact_id for c in detail.contacts] == [person]
    assert detail.website == "https://kc.birzai.lt"
    assert detail.name == "Biržų kultūros centras"
    with store.read() as session:
        assert session.get(Organization, lose).deleted
        live = session.scalars(select(ProblemPartner).where(ProblemPartner.deleted.is_(False)))
        partners_now = {(p.problem_id, p.organization_id, p.notes) for p in live}
    assert partners_now == {(both, keep, "Salė\nRenginiai"), (only_lose, keep, "Autobusas")}
    assert (result.moved_links, result.combined_links) == (2, 1)
    [entry] = history_of(store, "organization", keep)
    assert entry.details["losing_values"]["name"] == "Birzu kulturos centras"


def test_the_preview_shows_the_two_side_by_side(store: Store) -> None:
    organization = partners.create_organization(store, name="Pasvalio biblioteka")
    keep = partners.create_contact(store, first_name="Jonas", municipality_id="birzu-r")
    lose = partners.create_contact(store, first_name="Jonas", organization_id=organization)
    preview = merge_preview(store, "contact", keep, lose)
    fields = {f.field: f for f in preview.fields}
    assert not fields["first_name"].differs
    assert fields["organization_id"].differs
    assert fields["organization_id"].lose_text == "Pasvalio biblioteka"
    assert fields["municipality_id"].keep_text == "Biržų rajono savivaldybė"
    with pytest.raises(InvalidInput):
        merge_preview(store, "meeting", keep, lose)


def test_the_command_line_merges_two_contacts(db_path: Path, cli: Cli) -> None:
    from fieldkit.store import open_store

    with open_store(db_path) as store:
        keep = partners.create_contact(store, first_name="Aušra", phone="8 600 00000")
        lose = partners.create_contact(store, first_name="Ausra", phone="+370 600 11111")
        meeting_id = meeting(store)
        attendance.add_participant(store, meeting_id, lose, attended=True)
    result = cli("--db", db_path, "merge", "contacts", keep[:8], lose, "--take", "phone")
    assert result.code == 0, result.err
    assert "1 link(s) moved" in result.out
    with open_store(db_path) as store:
        assert partners.get_contact(store, keep).phone == "+370 600 11111"
        assert {m.meeting_id for m in meetings_attended(store, keep)} == {meeting_id}
    again = cli("--db", db_path, "merge", "contacts", keep, lose)
    assert again.code == 1 and "no contact with id" in again.err
    itself = cli("--db", db_path, "merge", "contacts", keep, keep)
    assert (itself.code, itself.err) == (1, "fieldkit: A record cannot be merged with itself.\n")
