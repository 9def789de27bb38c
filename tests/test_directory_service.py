"""The directory the Contacts and Organisations pages list: the database sorts
(in Lithuanian alphabetical order) and filters (diacritics optional), and rows
are read for the ids asked for only."""

from __future__ import annotations

import datetime as dt

import pytest

from fieldkit.errors import InvalidInput, NotFound
from fieldkit.model import ParticipantRole, Sector
from fieldkit.services import attendance, directory, meetings, partners
from fieldkit.store import Store

START = dt.datetime(2026, 12, 1, 10, 0)


def _names(store: Store, ids: list[str]) -> list[str]:
    return [row.full_name for row in directory.contact_rows(store, ids)]


@pytest.fixture
def people(store: Store) -> dict[str, str]:
    """Six people whose surnames test the Lithuanian alphabet (C < Č < ... < Z < Ž)."""
    school = partners.create_organization(
        store, name="Biržų gimnazija", sector=Sector.EDUCATION, municipality_id="birzu-r"
    )
    club = partners.create_organization(
        store, name="Ąžuolo klubas", sector=Sector.NGO, municipality_id="vilniaus-m"
    )
    made = {}
    for first, last, organization, municipality, role in [
        ("Šarūnas", "Šimkus", school, "birzu-r", "Direktorius"),
        ("Jonas", "Sabonis", None, "vilniaus-m", ""),
        ("Ona", "Zabielaitė", club, None, "Savanorė"),
        ("Česlovas", "Čepas", school, "birzu-r", "Mokytojas"),
        ("Petras", "Cibulskis", club, "vilniaus-m", "Pirmininkas"),
        ("Žydrūnė", "Žemaitė", None, "birzu-r", "Bibliotekininkė"),
    ]:
        made[last] = partners.create_contact(
            store,
            first_name=first,
            last_name=last,
            organization_id=organization,
            municipality_id=municipality,
            role=role,
        )
    made["school"], made["club"] = school, club
    return made


def test_names_sort_in_lithuanian_alphabetical_order(store: Store, people: dict[str, str]) -> None:
    ids = directory.contact_ids(store)
    assert _names(store, ids) == [
        "Petras Cibulskis",
        "Česlovas Čepas",
        "Jonas Sabonis",
        "Šarūnas Šimkus",
        "Ona Zabielaitė",
        "Žydrūnė Žemaitė",
    ]
    assert directory.contact_ids(store, descending=True) == ids[::-1]


def test_sorting_by_organisation_puts_people_without_one_last(
    store: Store, people: dict[str, str]
) -> None:
    ids = directory.contact_ids(store, sort="organization")
    # Ą sorts before B; within an organisation, by name; no organisation: last.
    assert _names(store, ids) == [
        "Petras Cibulskis",
        "Ona Zabielaitė",
        "Česlovas Čepas",
        "Šarūnas Šimkus",
        "Jonas Sabonis",
        "Žydrūnė Žemaitė",
    ]
    descending = directory.contact_ids(store, sort="organization", descending=True)
    assert _names(store, descending)[:2] == ["Šarūnas Šimkus", "Česlovas Čepas"]
    assert set(_names(store, descending)[-2:]) == {"Jonas Sabonis", "Žydrūnė Žemaitė"}


@pytest.mark.parametrize("sort", directory.CONTACT_SORTS)
def test_every_contact_sort_lists_everyone_once(
    store: Store, people: dict[str, str], sort: str
) -> None:
    for descending in (False, True):
        ids = directory.contact_ids(store, sort=sort, descending=descending)
        assert sorted(ids) == sorted(v for k, v in people.items() if k not in {"school", "club"})


def test_an_unknown_sort_is_refused_with_a_sentence(store: Store) -> None:
    with pytest.raises(InvalidInput, match="Cannot sort by 'age'"):
        directory.contact_ids(store, sort="age")
    with pytest.raises(InvalidInput):
        directory.organization_ids(store, sort="role")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("zemaite", ["Žydrūnė Žemaitė"]),  # diacritics optional
        ("ŽEMAITĖ", ["Žydrūnė Žemaitė"]),
        ("sar sim", ["Šarūnas Šimkus"]),  # every word, each as a prefix
        ("azuolo", ["Petras Cibulskis", "Ona Zabielaitė"]),  # the organisation's name
        ("mokytoj", ["Česlovas Čepas"]),  # the role
        ("nobody", []),
        ('"; DROP', []),  # FTS operators and quotes are taken literally
    ],
)
def test_the_text_filter_ignores_diacritics_and_case(
    store: Store, people: dict[str, str], text: str, expected: list[str]
) -> None:
    assert _names(store, directory.contact_ids(store, text=text)) == expected


def test_filters_combine(store: Store, people: dict[str, str]) -> None:
    birzai = directory.contact_ids(store, municipality_id="birzu-r")
    assert _names(store, birzai) == ["Česlovas Čepas", "Šarūnas Šimkus", "Žydrūnė Žemaitė"]
    school = directory.contact_ids(store, organization_id=people["school"])
    assert _names(store, school) == ["Česlovas Čepas", "Šarūnas Šimkus"]
    both = directory.contact_ids(store, text="direktorius", municipality_id="birzu-r")
    assert _names(store, both) == ["Šarūnas Šimkus"]
    assert directory.contact_ids(store, text="   ") == directory.contact_ids(store)


def test_deleted_people_leave_the_list_and_their_rows(store: Store, people: dict[str, str]) -> None:
    partners.delete_contact(store, people["Sabonis"])
    assert people["Sabonis"] not in directory.contact_ids(store)
    assert directory.contact_ids(store, text="sabonis") == []
    ids = [people["Čepas"], people["Sabonis"], people["Cibulskis"]]
    rows = directory.contact_rows(store, ids)
    assert [row.contact_id for row in rows] == [people["Čepas"], people["Cibulskis"]]
    assert rows[0].organization_name == "Biržų gimnazija"
    assert rows[0].municipality_id == "birzu-r"


def test_organisations_filter_by_sector_and_sort_by_people(
    store: Store, people: dict[str, str]
) -> None:
    empty = partners.create_organization(store, name="Ūkininkų sąjunga", sector=Sector.BUSINESS)
    assert directory.organization_ids(store) == [people["club"], people["school"], empty]
    assert directory.organization_ids(store, sector=Sector.EDUCATION) == [people["school"]]
    assert directory.organization_ids(store, text="azuolo") == [people["club"]]
    assert directory.organization_ids(store, municipality_id="birzu-r") == [people["school"]]
    by_people = directory.organization_ids(store, sort="contacts", descending=True)
    assert by_people[-1] == empty
    by_sector = directory.organization_ids(store, sort="sector")
    assert by_sector == [empty, people["club"], people["school"]]  # business, NGO, education
    rows = directory.organization_rows(store, [empty, people["school"]])
    assert [(r.name, r.contact_count) for r in rows] == [
        ("Ūkininkų sąjunga", 0),
        ("Biržų gimnazija", 2),
    ]


def test_an_organisation_detail_lists_its_people(store: Store, people: dict[str, str]) -> None:
    detail = directory.organization_detail(store, people["school"])
    assert (detail.name, detail.sector, detail.municipality_id) == (
        "Biržų gimnazija",
        Sector.EDUCATION,
        "birzu-r",
    )
    assert [(c.full_name, c.role) for c in detail.contacts] == [
        ("Česlovas Čepas", "Mokytojas"),
        ("Šarūnas Šimkus", "Direktorius"),
    ]
    by_name = directory.organization_rows(store, directory.organization_ids(store))
    assert [o.name for o in by_name] == ["Ąžuolo klubas", "Biržų gimnazija"]


def test_deleting_an_organisation_keeps_its_people(store: Store, people: dict[str, str]) -> None:
    assert partners.delete_organization(store, people["school"]) == 2
    assert people["school"] not in directory.organization_ids(store)
    assert partners.get_contact(store, people["Čepas"]).organization_id is None
    assert people["Čepas"] in directory.contact_ids(store)
    with pytest.raises(NotFound):
        directory.organization_detail(store, people["school"])
    with pytest.raises(NotFound):
        partners.delete_organization(store, people["school"])


def test_meetings_attended_are_the_ones_the_person_came_to(
    store: Store, people: dict[str, str]
) -> None:
    person = people["Šimkus"]
    came, invited, later, deleted = (
        meetings.create_meeting(
            store,
            municipality_id="birzu-r",
            title=title,
            starts_at=START + dt.timedelta(days=days),
        )
        for title, days in [("Atėjo", 0), ("Nepasirodė", 1), ("Vėliau", 7), ("Ištrintas", 3)]
    )
    attendance.add_participant(store, came, person, attended=True)
    attendance.add_participant(store, invited, person, attended=False)
    attendance.add_participant(store, later, person, attended=True, role=ParticipantRole.CHAIR)
    attendance.add_participant(store, deleted, person, attended=True)
    meetings.delete_meeting(store, deleted)
    attended = directory.meetings_attended(store, person)
    assert [(m.title, m.role) for m in attended] == [
        ("Vėliau", ParticipantRole.CHAIR),
        ("Atėjo", ParticipantRole.PARTICIPANT),
    ]
    detail = directory.contact_detail(store, person)
    assert detail.organization_name == "Biržų gimnazija"
    assert detail.meetings == tuple(attended)
    assert directory.meetings_attended(store, people["Sabonis"]) == []
    with pytest.raises(NotFound):
        directory.meetings_attended(store, "no-such-contact")
