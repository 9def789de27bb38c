"""Duplicate detection: one key per phone number, e-mail and name however they were
written, and the groups of contacts or organisations that look like one."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from fieldkit.services import matching, partners
from fieldkit.services.matching import (
    SAME_EMAIL,
    SAME_NAME,
    SAME_NAME_AND_ORGANIZATION,
    SAME_PHONE,
    name_key,
    normalise_email,
    normalise_phone,
    organization_key,
)
from fieldkit.store import Store


@pytest.mark.parametrize(
    "written",
    [
        "+370 612 34567",
        "861234567",
        "8-612-34567",
        "00370 61234567",
        "(8 612) 345 67",
        "37061234567",
        " 8 612 34567 ",
    ],
)
def test_lithuanian_numbers_normalise_to_e164(written: str) -> None:
    assert normalise_phone(written) == "+37061234567"


def test_a_landline_with_its_area_code() -> None:
    assert normalise_phone("(8 5) 212 3456") == normalise_phone("+370 5 2123456") == "+37052123456"


def test_a_foreign_number_keeps_its_country() -> None:
    assert normalise_phone("+48 601 234 567") == "+48601234567"


@pytest.mark.parametrize(("written", "key"), [("", ""), ("nėra", ""), ("12", "12")])
def test_what_is_no_number(written: str, key: str) -> None:
    assert normalise_phone(written) == key


@pytest.mark.parametrize(
    "written",
    [
        "Jonas.Petraitis@Šiauliai.LT",
        " jonas.petraitis@xn--iauliai-pqb.lt ",
        "mailto:JONAS.PETRAITIS@šiauliai.lt",
        "<jonas.petraitis@ŠIAULIAI.lt>",
    ],
)
def test_emails_normalise_to_one_key(written: str) -> None:
    assert normalise_email(written) == "jonas.petraitis@xn--iauliai-pqb.lt"


@pytest.mark.parametrize("written", ["", "jonas", "@birzai.lt", "jonas@"])
def test_what_is_no_email(written: str) -> None:
    assert normalise_email(written) == ""


def test_names_ignore_case_diacritics_punctuation_and_order() -> None:
    key = name_key("Aušra", "Kęstutienė")
    assert key == name_key("AUSRA", "kestutiene")
    assert key == name_key("KĘSTUTIENĖ,", "  Aušra ")
    assert key == name_key("Aus\u030cra Kes\u030ctutiene\u0307")  # typed on macOS
    assert key != name_key("Aušra", "Kęstutaitė")


def test_organisations_ignore_their_legal_form() -> None:
    assert organization_key('UAB "Medis"') == organization_key("Medis, UAB")
    assert organization_key("VšĮ Biržų jaunimo centras") == organization_key(
        "BIRZU JAUNIMO CENTRAS"
    )
    assert organization_key("UAB") == "uab"  # a name that is only a legal form keeps it


def test_duplicate_contacts_are_grouped_with_their_reasons(store: Store) -> None:
    org = partners.create_organization(store, name="Biržų biblioteka", municipality_id="birzu-r")
    a = partners.create_contact(store, first_name="Aušra", last_name="Kęstutienė", email="A@x.lt")
    b = partners.create_contact(store, first_name="Ona", last_name="Onaitė", email="a@X.LT")
    c = partners.create_contact(store, first_name="Rūta", phone="8 612 34567")
    d = partners.create_contact(store, first_name="Rūtelė", phone="+370 612 34567")
    e = partners.create_contact(
        store, first_name="Jonas", last_name="Jonaitis", organization_id=org
    )
    f = partners.create_contact(
        store, first_name="JONAITIS", last_name="Jonas", organization_id=org
    )
    partners.create_contact(store, first_name="Jonas", last_name="Jonaitis")  # elsewhere
    # a chain: g shares e's e-mail, so the name pair and the e-mail pair are one group
    partners.update_contact(store, e, email="jonas@birzai.lt")
    g = partners.create_contact(store, first_name="Petras", email="JONAS@birzai.lt")
    deleted = partners.create_contact(store, first_name="Aušra", email="a@x.lt")
    partners.delete_contact(store, deleted)

    groups = matching.find_duplicate_contacts(store)
    found = {group.record_ids: group.reasons for group in groups}
    assert found == {
        (a, b): {SAME_EMAIL},
        (c, d): {SAME_PHONE},
        (e, f, g): {SAME_NAME_AND_ORGANIZATION, SAME_EMAIL},
    }


def test_names_alone_join_namesakes_anywhere(store: Store) -> None:
    org = partners.create_organization(store, name="Biržų biblioteka")
    a = partners.create_contact(
        store, first_name="Jonas", last_name="Jonaitis", organization_id=org
    )
    b = partners.create_contact(store, first_name="Jonas", last_name="Jonaitis")
    assert matching.find_duplicate_contacts(store) == []
    (group,) = matching.find_duplicate_contacts(store, names_alone=True)
    assert (group.record_ids, group.reasons) == ((a, b), {SAME_NAME})


def test_duplicate_organisations_within_a_municipality(store: Store) -> None:
    a = partners.create_organization(store, name='UAB "Medis"', municipality_id="birzu-r")
    b = partners.create_organization(store, name="Medis, UAB", municipality_id="birzu-r")
    c = partners.create_organization(store, name="MEDIS", municipality_id="utenos-r")
    partners.create_organization(store, name="Medžiai", municipality_id="birzu-r")
    (group,) = matching.find_duplicate_organizations(store)
    assert group.record_ids == (a, b)
    (everywhere,) = matching.find_duplicate_organizations(store, across_municipalities=True)
    assert everywhere.record_ids == (a, b, c)


def test_a_contact_index_answers_the_strongest_reason_first() -> None:
    index = matching.ContactIndex()
    index.add("x", matching.ContactKeys.of("Aušra", "K", "a@x.lt", "", None))
    index.add("y", matching.ContactKeys.of("Ona", "O", "", "861234567", "org"))
    keys = matching.ContactKeys.of("Aušra", "K", "A@X.LT", "+37061234567", "org")
    assert index.match(keys) == ("x", SAME_EMAIL)
    # an address another person has too is not this person's
    keys = matching.ContactKeys.of("Ona", "O", "A@X.LT", "+37061234567", "org")
    assert index.match(keys) == ("y", SAME_PHONE)
    assert index.match(matching.ContactKeys.of("Jonas", "J", "a@x.lt", "861234567")) is None
    assert index.match(matching.ContactKeys.of("A.", "", "a@x.lt")) == ("x", SAME_EMAIL)
    assert index.match(matching.ContactKeys.of("o", "ona", "", "", "org")) == (
        "y",
        SAME_NAME_AND_ORGANIZATION,
    )
    assert index.match(matching.ContactKeys.of("Ona", "O", "", "", None)) is None


@settings(max_examples=300, deadline=None)
@given(
    digits=st.text("0123456789", min_size=6, max_size=10),
    form=st.sampled_from(
        [
            "+370 {a} {b}",
            "8 {a}{b}",
            "8-{a}-{b}",
            "00370{a}{b}",
            "370{a}{b}",
            "(8 {a}) {b}",
            "{a}{b}",
        ]
    ),
)
def test_the_quick_path_answers_as_phonenumbers_does(digits: str, form: str) -> None:
    """Common Lithuanian forms skip phonenumbers' parser; they must get its answer."""
    import phonenumbers

    written = form.format(a=digits[:3], b=digits[3:])
    try:
        parsed = phonenumbers.parse(written, "LT")
        possible = phonenumbers.is_possible_number(parsed)
    except phonenumbers.NumberParseException:
        possible = False
    if possible:
        expected = phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.E164)
    else:
        plus = "+" if written.startswith("+") else ""
        expected = plus + "".join(c for c in written if c.isdigit())
    assert normalise_phone(written) == expected
