"""Search as a coordinator uses it: Lithuanian words typed with or without their
letters, the start of a word, best matches first, and always up to date."""

from __future__ import annotations

import datetime as dt
import unicodedata

import pytest

from fieldkit.model import Organization
from fieldkit.services import agenda, meetings, minutes, partners, problems
from fieldkit.services.search import search_everything
from fieldkit.store import Store
from fieldkit.store.search import match_expression
from fieldkit.sync.recording import applying_remote


def found(store: Store, text: str) -> set[tuple[str, str]]:
    return {(hit.kind, hit.ref_id) for hit in search_everything(store, text)}


@pytest.fixture
def meeting_id(store: Store) -> str:
    return meetings.create_meeting(
        store,
        municipality_id="siauliu-r",
        title="Diskusija apie jaunimo užimtumą",
        starts_at=dt.datetime(2026, 12, 3, 13, 0),
    )


@pytest.mark.parametrize("typed", ["siauliu", "Šiaulių", "ŠIAULIŲ", "šiauliu", "SIAULIU"])
def test_diacritics_are_optional(store: Store, typed: str) -> None:
    org_id = partners.create_organization(store, name="Šiaulių verslininkų asociacija")
    assert ("organization", org_id) in found(store, typed)


@pytest.mark.parametrize("form", ["NFD", "NFKD"])
def test_decomposed_input_finds_as_composed_does(store: Store, form: str) -> None:
    """macOS and some keyboards send "Š" as "S" + a combining caron."""
    org_id = partners.create_organization(store, name="Šiaulių verslininkų asociacija")
    typed = unicodedata.normalize(form, "Šiaulių verslininkų")
    assert typed != "Šiaulių verslininkų"
    assert ("organization", org_id) in found(store, typed)
    assert ("organization", org_id) in found(store, unicodedata.normalize(form, "ŠIAUL"))


def test_decomposed_text_in_the_index_is_found(store: Store) -> None:
    org_id = partners.create_organization(
        store, name=unicodedata.normalize("NFD", "Žagarės ąžuolynas")
    )
    assert ("organization", org_id) in found(store, "Žagarės ąžuolynas")
    assert ("organization", org_id) in found(store, "zagares azuolynas")


def test_every_lithuanian_letter_folds(store: Store) -> None:
    org_id = partners.create_organization(store, name="ąčęėįšųūž ĄČĘĖĮŠŲŪŽ")
    assert ("organization", org_id) in found(store, "aceeisuuz")
    assert ("organization", org_id) in found(store, "ACEEISUUZ")


def test_the_start_of_a_word_is_enough(store: Store) -> None:
    org_id = partners.create_organization(store, name="Kuršėnų bendruomenės centras")
    assert ("organization", org_id) in found(store, "kurs bendr")
    assert ("organization", org_id) not in found(store, "ursenu")  # not inside a word


def test_short_words_are_whole_words_not_prefixes(store: Store) -> None:
    """One or two letters as a prefix would match a third of the index."""
    org_id = partners.create_organization(store, name="Kuršėnų bendruomenės centras")
    initial = partners.create_organization(store, name="Bendrija „K“")
    assert match_expression("k") == '"k"'
    assert match_expression("k bendr") == '"k" "bendr"*'
    assert found(store, "k") == {("organization", initial)}
    assert ("organization", org_id) not in found(store, "K")
    assert ("organization", org_id) not in found(store, "ku")
    assert ("organization", org_id) in found(store, "kur")  # three letters are a prefix


def test_every_word_must_match(store: Store) -> None:
    both = partners.create_organization(store, name="Pakruojo jaunimo klubas")
    one = partners.create_organization(store, name="Pakruojo senjorų klubas")
    assert found(store, "pakruojo jaunimo") == {("organization", both)}
    assert {("organization", both), ("organization", one)} <= found(store, "pakruojo klubas")


def test_a_match_in_the_title_ranks_above_one_in_the_body(store: Store) -> None:
    in_body = partners.create_organization(
        store, name="Asociacija „Versmė“", notes="Dirba su seniūnijomis ir bibliotekomis"
    )
    in_title = partners.create_organization(store, name="Bibliotekų draugai")
    hits = search_everything(store, "bibliotek")
    ids = [hit.ref_id for hit in hits]
    assert ids.index(in_title) < ids.index(in_body)
    assert hits == sorted(hits, key=lambda hit: hit.score)


def test_agenda_notes_and_decisions_find_their_meeting(store: Store, meeting_id: str) -> None:
    item_id = agenda.add_agenda_item(store, meeting_id, "Transportas")
    agenda.update_agenda_item(store, item_id, notes="Autobusas į Gruzdžius važiuoja retai")
    minutes.add_decision(store, meeting_id, "Kreiptis į vežėją dėl tvarkaraščio")
    assert ("meeting", meeting_id) in found(store, "gruzdziu")
    assert ("meeting", meeting_id) in found(store, "tvarkarascio")
    assert ("meeting", meeting_id) in found(store, "uzimtuma")  # its title


def test_problems_contacts_and_organisations_are_found(store: Store) -> None:
    org_id = partners.create_organization(store, name="Žagarės gimnazija")
    contact_id = partners.create_contact(
        store, first_name="Dalia", last_name="Čiurlionytė", organization_id=org_id
    )
    problem_id = problems.create_problem(
        store,
        municipality_id="joniskio-r",
        title="Senjorų vienišumas",
        description="Kaimuose senjorai neturi kur susitikti",
    )
    assert ("contact", contact_id) in found(store, "ciurlionyte")
    assert ("contact", contact_id) in found(store, "zagares")  # by the organisation
    assert ("problem", problem_id) in found(store, "vienisumas")
    assert ("problem", problem_id) in found(store, "kaimuose")


def test_the_index_follows_every_write(store: Store, meeting_id: str) -> None:
    meetings.update_meeting(store, meeting_id, title="Skaitmeninių įgūdžių dirbtuvės")
    assert ("meeting", meeting_id) in found(store, "skaitmeniniu")
    assert ("meeting", meeting_id) not in found(store, "jaunimo")
    item_id = agenda.add_agenda_item(store, meeting_id, "Kompiuterių raštingumas")
    assert ("meeting", meeting_id) in found(store, "rastingumas")
    agenda.update_agenda_item(store, item_id, title="Išmanieji telefonai")
    assert ("meeting", meeting_id) not in found(store, "rastingumas")
    meetings.delete_meeting(store, meeting_id)
    assert ("meeting", meeting_id) not in found(store, "skaitmeniniu")


def test_renaming_an_organisation_updates_its_contacts(store: Store) -> None:
    org_id = partners.create_organization(store, name="Biržų seniūnija")
    contact_id = partners.create_contact(store, first_name="Tomas", organization_id=org_id)
    partners.update_organization(store, org_id, name="Pabiržės seniūnija")
    assert ("contact", contact_id) in found(store, "pabirzes")
    assert ("contact", contact_id) not in found(store, "birzu")


def test_records_are_found_by_their_municipality_s_town(store: Store, meeting_id: str) -> None:
    """The index holds the name a coordinator types ("Šiaulių r.", "Birštono"), not
    "... rajono savivaldybė", which stood in nearly every record."""
    org_id = partners.create_organization(store, name="Jaunimo klubas", municipality_id="birstono")
    contact_id = partners.create_contact(
        store, first_name="Rūta", last_name="Jonaitė", municipality_id="akmenes-r"
    )
    city_problem = problems.create_problem(
        store, municipality_id="siauliu-m", title="Senjorų vienišumas"
    )
    assert ("organization", org_id) in found(store, "birstono")
    assert ("contact", contact_id) in found(store, "akmenes")
    assert ("contact", contact_id) in found(store, "Akmenės rūta")
    assert ("meeting", meeting_id) in found(store, "siauliu")
    assert ("problem", city_problem) in found(store, "siauliu")
    # where a city and a district share the town, "r." and "m." tell them apart
    assert ("meeting", meeting_id) in found(store, "Šiaulių r.")
    assert ("meeting", meeting_id) not in found(store, "Šiaulių m.")
    assert ("problem", city_problem) in found(store, "siauliu m")
    assert ("problem", city_problem) not in found(store, "siauliu r")
    # the administrative words are not in every record any more
    assert found(store, "savivaldybe") == set()
    assert found(store, "rajono") == set()


def test_changes_applied_from_another_replica_are_indexed(store: Store) -> None:
    with store.write() as session, applying_remote(session):
        organization = Organization(name="Rokiškio kraštotyros draugija")
        session.add(organization)
    assert ("organization", organization.id) in found(store, "rokiskio")


@pytest.mark.parametrize(
    "typed",
    ['"', "NOT", "a OR", "(", "kind:meeting", "title:*", "NEAR(", "*", "^x", "-", "a AND NOT"],
)
def test_search_syntax_typed_by_the_user_is_taken_literally(store: Store, typed: str) -> None:
    search_everything(store, typed)  # no error


def test_an_empty_query_finds_nothing(store: Store) -> None:
    partners.create_organization(store, name="Bet kas")
    assert search_everything(store, "   ") == []
    assert match_expression("„“ -- !") is None


def test_snippets_mark_the_match(store: Store) -> None:
    partners.create_organization(
        store, name="UAB „Rasa“", notes="Remia vaikų vasaros stovyklą Anykščiuose"
    )
    (hit,) = search_everything(store, "anyksciuose")
    assert "[Anykščiuose]" in hit.snippet


def test_search_on_demo_data(demo_store: Store) -> None:
    hits = search_everything(demo_store, "siauliu", limit=10)
    assert len(hits) == 10
    assert all("iauli" in (hit.title + hit.snippet) for hit in hits)


def test_phone_numbers_are_found_as_dialled_at_home(store: Store) -> None:
    mobile = partners.create_contact(store, first_name="Rasa", phone="+370 612 34567")
    local = partners.create_contact(store, first_name="Tomas", phone="8 612 34568")
    assert {("contact", mobile), ("contact", local)} <= found(store, "612")
    assert ("contact", mobile) in found(store, "61234567")
    assert found(store, "370") == set()  # the country code is in every number
