"""Shaping the minutes headlessly: the agenda (remove, reorder, the standard
discussion agenda), decisions and action items, and what the lock of final minutes
still allows."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from fieldkit.errors import InvalidInput, NotFound
from fieldkit.model import MeetingKind, MeetingStatus
from fieldkit.paths import resource
from fieldkit.services import agenda, meetings, minutes, partners
from fieldkit.store import Store
from fieldkit.store.reference import central_library_id

START = dt.datetime(2026, 11, 5, 14, 0)


@pytest.fixture
def meeting_id(store: Store) -> str:
    return meetings.create_meeting(
        store,
        municipality_id="utenos-r",
        library_id=central_library_id("utenos-r"),
        title="Diskusija Utenoje",
        starts_at=START,
    )


def titles(store: Store, meeting_id: str) -> list[str]:
    return [a.title for a in meetings.get_meeting(store, meeting_id).agenda]


def positions(store: Store, meeting_id: str) -> list[int]:
    return [a.position for a in meetings.get_meeting(store, meeting_id).agenda]


@pytest.fixture
def three_items(store: Store, meeting_id: str) -> list[str]:
    return [agenda.add_agenda_item(store, meeting_id, title) for title in ("A", "B", "C")]


def test_an_item_moves_and_the_others_are_renumbered(
    store: Store, meeting_id: str, three_items: list[str]
) -> None:
    agenda.move_agenda_item(store, three_items[2], 0)
    assert titles(store, meeting_id) == ["C", "A", "B"]
    assert positions(store, meeting_id) == [0, 1, 2]
    agenda.move_agenda_item(store, three_items[2], 2)
    assert titles(store, meeting_id) == ["A", "B", "C"]


@pytest.mark.parametrize("position", [-1, 3, 99])
def test_a_move_past_the_ends_is_refused(
    store: Store, meeting_id: str, three_items: list[str], position: int
) -> None:
    with pytest.raises(InvalidInput, match="no position"):
        agenda.move_agenda_item(store, three_items[0], position)
    assert titles(store, meeting_id) == ["A", "B", "C"]


def test_a_removed_item_leaves_no_gap_and_its_decisions_stay(
    store: Store, meeting_id: str, three_items: list[str]
) -> None:
    decision_id = minutes.add_decision(store, meeting_id, "Sutarta", three_items[1])
    agenda.remove_agenda_item(store, three_items[1])
    assert titles(store, meeting_id) == ["A", "C"]
    assert positions(store, meeting_id) == [0, 1]
    decisions = meetings.get_meeting(store, meeting_id).decisions
    assert [(d.decision_id, d.agenda_item_id) for d in decisions] == [(decision_id, None)]
    with pytest.raises(NotFound):
        agenda.remove_agenda_item(store, three_items[1])
    assert agenda.add_agenda_item(store, meeting_id, "D")
    assert positions(store, meeting_id) == [0, 1, 2]


@pytest.mark.parametrize("language", ["lt", "en"])
def test_the_discussion_agenda_is_appended_in_the_chosen_language(
    store: Store, meeting_id: str, language: str
) -> None:
    agenda.add_agenda_item(store, meeting_id, "Pirmas")
    ids = agenda.add_default_agenda(store, meeting_id, language)
    template = json.loads(
        resource("templates", f"discussion_agenda.{language}.json").read_text(encoding="utf-8")
    )
    expected = [item["title"] for item in template["items"]]
    assert len(ids) == len(expected) >= 5
    assert titles(store, meeting_id) == ["Pirmas", *expected]
    assert positions(store, meeting_id) == list(range(len(expected) + 1))


def test_both_templates_hold_the_same_agenda() -> None:
    lt, en = agenda.discussion_agenda("lt"), agenda.discussion_agenda("en")
    assert len(lt) == len(en)
    assert "Bendruomenės problemų aptarimas" in lt
    assert all(title.strip() for title in lt + en)


def test_an_unknown_template_language_is_refused(store: Store, meeting_id: str) -> None:
    with pytest.raises(InvalidInput, match="language"):
        agenda.add_default_agenda(store, meeting_id, "fr")
    assert titles(store, meeting_id) == []


def test_an_agenda_item_keeps_a_title(store: Store, meeting_id: str) -> None:
    item_id = agenda.add_agenda_item(store, meeting_id, "A")
    with pytest.raises(InvalidInput, match="empty"):
        agenda.update_agenda_item(store, item_id, title="  ")
    agenda.update_agenda_item(store, item_id, title=" B ")
    assert titles(store, meeting_id) == ["B"]


def test_a_decision_is_edited_retied_and_removed(
    store: Store, meeting_id: str, three_items: list[str]
) -> None:
    decision_id = minutes.add_decision(store, meeting_id, "Pirmas variantas")
    minutes.update_decision(
        store, decision_id, text="Galutinis variantas", agenda_item_id=three_items[0]
    )
    [decision] = meetings.get_meeting(store, meeting_id).decisions
    assert (decision.text, decision.agenda_item_id) == ("Galutinis variantas", three_items[0])
    minutes.update_decision(store, decision_id, agenda_item_id=None)
    assert meetings.get_meeting(store, meeting_id).decisions[0].agenda_item_id is None
    with pytest.raises(InvalidInput, match="empty"):
        minutes.update_decision(store, decision_id, text="")
    minutes.remove_decision(store, decision_id)
    assert meetings.get_meeting(store, meeting_id).decisions == ()


def test_a_decision_cannot_point_at_another_meetings_item(store: Store, meeting_id: str) -> None:
    other = meetings.create_meeting(
        store, municipality_id="utenos-r", title="Kitas", starts_at=START
    )
    foreign = agenda.add_agenda_item(store, other, "Svetimas")
    decision_id = minutes.add_decision(store, meeting_id, "Sprendimas")
    with pytest.raises(InvalidInput, match="another meeting"):
        minutes.update_decision(store, decision_id, agenda_item_id=foreign)


def test_an_action_items_owner_is_a_person_or_free_text(store: Store, meeting_id: str) -> None:
    contact_id = partners.create_contact(store, first_name="Rasa", last_name="Petrauskienė")
    action_id = minutes.add_action_item(store, meeting_id, "Paruošti apklausą")
    minutes.update_action_item(store, action_id, owner_name=" Seniūnas ")
    [action] = meetings.get_meeting(store, meeting_id).action_items
    assert (action.owner, action.owner_contact_id) == ("Seniūnas", None)
    minutes.update_action_item(
        store, action_id, owner_contact_id=contact_id, due_on=dt.date(2026, 12, 1)
    )
    [action] = meetings.get_meeting(store, meeting_id).action_items
    assert (action.owner, action.owner_contact_id) == ("Rasa Petrauskienė", contact_id)
    assert action.due_on == dt.date(2026, 12, 1)
    minutes.update_action_item(store, action_id, owner_name="Bibliotekos direktorė")
    [action] = meetings.get_meeting(store, meeting_id).action_items
    assert (action.owner, action.owner_contact_id) == ("Bibliotekos direktorė", None)
    with pytest.raises(NotFound):
        minutes.update_action_item(store, action_id, owner_contact_id="nobody")
    with pytest.raises(InvalidInput, match="empty"):
        minutes.update_action_item(store, action_id, text=" ")


def test_an_action_item_is_removed(store: Store, meeting_id: str) -> None:
    keep = minutes.add_action_item(store, meeting_id, "Lieka")
    gone = minutes.add_action_item(store, meeting_id, "Išbraukta")
    minutes.remove_action_item(store, gone)
    assert [a.action_item_id for a in meetings.get_meeting(store, meeting_id).action_items] == [
        keep
    ]


def test_final_minutes_lock_everything_but_ticking_actions_done(
    store: Store, meeting_id: str, three_items: list[str]
) -> None:
    decision_id = minutes.add_decision(store, meeting_id, "Sutarta")
    action_id = minutes.add_action_item(store, meeting_id, "Išsiųsti protokolą")
    meetings.finalise_meeting(store, meeting_id)
    refused = [
        lambda: agenda.move_agenda_item(store, three_items[0], 2),
        lambda: agenda.remove_agenda_item(store, three_items[0]),
        lambda: agenda.add_default_agenda(store, meeting_id, "lt"),
        lambda: minutes.update_decision(store, decision_id, text="Kita"),
        lambda: minutes.remove_decision(store, decision_id),
        lambda: minutes.update_action_item(store, action_id, text="Kita"),
        lambda: minutes.update_action_item(store, action_id, done=True, owner_name="X"),
        lambda: minutes.remove_action_item(store, action_id),
    ]
    for attempt in refused:
        with pytest.raises(InvalidInput, match="final"):
            attempt()
    minutes.update_action_item(store, action_id, done=True)
    detail = meetings.get_meeting(store, meeting_id)
    assert detail.action_items[0].done
    assert [a.title for a in detail.agenda] == ["A", "B", "C"]
    assert detail.decisions[0].text == "Sutarta"


def test_the_municipalities_come_in_lithuanian_alphabetical_order(store: Store) -> None:
    names = [m.name for m in partners.list_municipalities(store)]
    assert len(names) == 60
    assert names[0].startswith("Akmenės")
    # Š between S and T: the Lithuanian alphabet, not code-point order
    assert (
        names.index("Skuodo rajono savivaldybė")
        < names.index("Šiaulių miesto savivaldybė")
        < names.index("Tauragės rajono savivaldybė")
    )
    assert names[-1] == "Zarasų rajono savivaldybė"


def test_a_planned_meeting_is_at_the_central_library(store: Store) -> None:
    meeting_id = meetings.plan_meeting(
        store, municipality_id="utenos-r", title="Susitikimas", starts_at=START
    )
    detail = meetings.get_meeting(store, meeting_id)
    assert detail.library_id == central_library_id("utenos-r")
    assert (detail.summary.status, detail.kind) == (MeetingStatus.DRAFT, MeetingKind.DISCUSSION)
    with pytest.raises(NotFound):
        meetings.plan_meeting(store, municipality_id="atlantida", title="X", starts_at=START)


def test_moving_a_meeting_elsewhere_takes_that_places_central_library(
    store: Store, meeting_id: str
) -> None:
    meetings.update_meeting(store, meeting_id, municipality_id="moletu-r")
    detail = meetings.get_meeting(store, meeting_id)
    assert (detail.summary.municipality_id, detail.library_id) == (
        "moletu-r",
        central_library_id("moletu-r"),
    )
    meetings.update_meeting(store, meeting_id, municipality_id="utenos-r", library_id=None)
    assert meetings.get_meeting(store, meeting_id).library_id is None


def test_a_meeting_moved_later_keeps_its_length(store: Store, meeting_id: str) -> None:
    meetings.update_meeting(store, meeting_id, ends_at=START + dt.timedelta(hours=2))
    later = START + dt.timedelta(days=7, hours=-4)
    meetings.update_meeting(store, meeting_id, starts_at=later)
    detail = meetings.get_meeting(store, meeting_id)
    assert (detail.summary.starts_at, detail.ends_at) == (later, later + dt.timedelta(hours=2))


def test_next_steps_and_the_next_meeting_are_kept(store: Store, meeting_id: str) -> None:
    detail = meetings.get_meeting(store, meeting_id)
    assert (detail.next_steps, detail.next_meeting_at) == ("", None)
    following = START + dt.timedelta(days=28)
    meetings.update_meeting(
        store,
        meeting_id,
        next_steps="Parengti paraišką.\n\nSuderinti su seniūnija.",
        next_meeting_at=following,
    )
    detail = meetings.get_meeting(store, meeting_id)
    assert detail.next_steps == "Parengti paraišką.\n\nSuderinti su seniūnija."
    assert detail.next_meeting_at == following
    meetings.update_meeting(store, meeting_id, next_meeting_at=None)
    assert meetings.get_meeting(store, meeting_id).next_meeting_at is None
    created = meetings.create_meeting(
        store,
        municipality_id="utenos-r",
        title="Kita",
        starts_at=START,
        next_steps="Kviesti jaunimą.",
        next_meeting_at=following,
    )
    assert meetings.get_meeting(store, created).next_meeting_at == following


@pytest.mark.parametrize("offset", [dt.timedelta(0), dt.timedelta(days=-1)])
def test_the_next_meeting_comes_after_this_one_starts(
    store: Store, meeting_id: str, offset: dt.timedelta
) -> None:
    with pytest.raises(InvalidInput, match="next meeting") as refused:
        meetings.update_meeting(store, meeting_id, next_meeting_at=START + offset)
    assert refused.value.template == "The next meeting must be after this one starts."
    assert meetings.get_meeting(store, meeting_id).next_meeting_at is None
    meetings.update_meeting(store, meeting_id, next_meeting_at=START + dt.timedelta(days=7))
    with pytest.raises(InvalidInput, match="next meeting"):  # nor may the start pass it
        meetings.update_meeting(store, meeting_id, starts_at=START + dt.timedelta(days=8))


def test_next_steps_are_locked_with_final_minutes(store: Store, meeting_id: str) -> None:
    meetings.finalise_meeting(store, meeting_id)
    with pytest.raises(InvalidInput, match="final"):
        meetings.update_meeting(store, meeting_id, next_steps="Vėliau.")
