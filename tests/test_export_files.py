"""Exports as Excel, LibreOffice, phones and calendars read them: CSV with a BOM
and `;`, XLSX with a frozen bold header, vCard 4.0 and iCalendar folded at 75
octets and escaped; would-be formulas neutralised; and a round trip (export,
then import into an empty database) that gives the same people back."""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from fieldkit.errors import FieldKitError
from fieldkit.io.calendar import export_ics
from fieldkit.io.spreadsheet import export_csv, export_xlsx, neutralise
from fieldkit.io.tabular import read_table
from fieldkit.io.vcard import CardPerson, card_text, export_vcards, fold_line
from fieldkit.services import importing, meetings, minutes, partners
from fieldkit.services.matching import name_key
from fieldkit.store import Store, open_store
from tests.conftest import copy_database

INJECTIONS = [
    '=HYPERLINK("http://x","spausk")',
    "+370 612 34567",
    "-2+3",
    "@SUM(A1)",
    "\tatitraukta",
    "\r=1",
    "'=jau su kabute",
]


@pytest.mark.parametrize("value", INJECTIONS)
def test_would_be_formulas_get_a_quote(value: str) -> None:
    assert neutralise(value) == "'" + value
    assert neutralise("Aušra") == "Aušra"
    assert neutralise("'paprastas") == "'paprastas"


def _contact_with(store: Store, notes: str, **fields: str) -> str:
    return partners.create_contact(
        store, first_name="Aušra", last_name="Kęstutienė", notes=notes, **fields
    )


def test_csv_is_utf8_with_bom_semicolons_crlf_and_no_formulas(store: Store, tmp_path: Path) -> None:
    _contact_with(store, '=1+1; ir "kabutės"\nantra eilutė', phone="+370 612 34567")
    counts = export_csv(store, tmp_path / "out")
    assert counts == {
        "contacts": 1,
        "organizations": 0,
        "meetings": 0,
        "problems": 0,
        "action_items": 0,
    }
    raw = (tmp_path / "out" / "contacts.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbfID;Vardas;Pavard\xc4\x97;")
    assert raw.count(b"\r\n") == 2  # header and the row; the note's \n stays inside quotes
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"), newline=""), delimiter=";"))
    header, row = rows
    record = dict(zip(header, row, strict=True))
    assert record["Telefonas"] == "'+370 612 34567"
    assert record["Pastabos"] == '\'=1+1; ir "kabutės"\nantra eilutė'
    assert (tmp_path / "out" / "contacts.csv").stat().st_mode & 0o077 == 0


def test_one_csv_table_into_one_file(store: Store, tmp_path: Path) -> None:
    _contact_with(store, "")
    target = tmp_path / "kontaktai.csv"
    assert export_csv(store, target, ["contacts"], language="en") == {"contacts": 1}
    assert target.read_text(encoding="utf-8-sig").startswith("ID;First Name;Last Name;")
    with pytest.raises(FieldKitError, match="no table called 'people'"):
        export_csv(store, target, ["people"])


@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
@pytest.mark.parametrize("language", ["lt", "en"])
def test_consent_goes_out_in_words_and_comes_back_as_recorded(
    store: Store, tmp_path: Path, empty_template: Path, fmt: str, language: str
) -> None:
    from fieldkit.io.export_tables import LEGAL_BASIS_WORDS
    from fieldkit.services.privacy import LegalBasis

    assert set(LEGAL_BASIS_WORDS) == {basis.value for basis in LegalBasis}
    recorded = {}
    for index, basis in enumerate(LegalBasis):
        consent = {
            "consent_given_on": dt.date(2026, 3, index + 1),
            "consent_method": "raštu, susitikime",
            "consent_purpose": "kvietimai į renginius",
            "legal_basis": basis.value,
        }
        partners.create_contact(
            store, first_name=f"Ūla{index}", last_name="Žemaitė", email=f"u{index}@x.lt", **consent
        )
        recorded[f"u{index}@x.lt"] = consent
    path = tmp_path / f"contacts.{fmt}"
    export = export_csv if fmt == "csv" else export_xlsx
    export(store, path, ["contacts"], language=language)
    table = read_table(path)
    basis_column = table.headers.index("Teisinis pagrindas" if language == "lt" else "Legal Basis")
    words = {cells[basis_column] for _, cells in table.rows}
    assert words == {pair[0 if language == "lt" else 1] for pair in LEGAL_BASIS_WORDS.values()}

    with open_store(copy_database(empty_template, tmp_path / "b.sqlite")) as target:
        importing.apply_import(target, table.rows, importing.guess_mapping(table.headers))
        assert _consents(target) == recorded


def _consents(store: Store) -> dict[str, dict[str, object]]:
    from sqlalchemy import select

    from fieldkit.model import Contact

    keys = ("consent_given_on", "consent_method", "consent_purpose", "legal_basis")
    with store.read() as session:
        return {
            c.email: {key: getattr(c, key) for key in keys}
            for c in session.scalars(select(Contact))
        }


def test_xlsx_has_a_sheet_per_table_a_frozen_bold_header_and_no_formulas(
    demo_store: Store, tmp_path: Path
) -> None:
    from openpyxl import load_workbook

    for index, value in enumerate(INJECTIONS):
        _contact_with(demo_store, value, email=f"x{index}@x.lt")
    target = tmp_path / "ataskaita.xlsx"
    counts = export_xlsx(demo_store, target)
    workbook = load_workbook(target)
    assert workbook.sheetnames == [
        "Kontaktai",
        "Organizacijos",
        "Susitikimai",
        "Problemos",
        "Veiksmai",
    ]
    for sheet, count in zip(workbook.worksheets, counts.values(), strict=True):
        assert sheet.max_row == count + 1
        assert sheet.freeze_panes == "A2"
        assert sheet["A1"].font.bold
        assert sheet.column_dimensions["B"].width > 5
    contacts = workbook["Kontaktai"]
    notes_column = [c.value for c in contacts[1]].index("Pastabos") + 1
    formulas = [
        cell.value for row in contacts.iter_rows(min_row=2) for cell in row if cell.data_type == "f"
    ]
    assert formulas == []
    cells = [contacts.cell(r, notes_column) for r in range(2, contacts.max_row + 1)]
    # text cells with Excel's quote-prefix mark, shown as they are: no "'" in the
    # value (every phone number would show one)
    marked = {cell.value for cell in cells if cell.data_type == "s" and cell.quotePrefix}
    assert {value for value in INJECTIONS if value[0] in "=+-@\t"} <= marked
    assert "'=jau su kabute" in {cell.value for cell in cells}  # its own "'" kept
    phone_column = [c.value for c in contacts[1]].index("Telefonas") + 1
    phones = [contacts.cell(r, phone_column).value or "" for r in range(2, contacts.max_row + 1)]
    assert any(phone.startswith("+370") for phone in phones)
    assert not any(phone.startswith("'") for phone in phones)
    meetings_sheet = workbook["Susitikimai"]
    assert isinstance(meetings_sheet["C2"].value, dt.datetime)  # a real date, not text
    assert target.stat().st_mode & 0o077 == 0


def test_vcard_lines_are_folded_at_75_octets_and_escaped() -> None:
    person = CardPerson(
        "0b5c5a35-8a51-4d3b-9f3f-0e8a2b7f4c11",
        "Ūla",
        "Čiurlionytė",
        organization="Šiaulių; apskrities, Povilo Višinskio viešoji biblioteka \\ skyrius",
        notes="ąčęėįšųūž" * 12 + "\nantra",
        tags="partneriai, Šiauliai",
    )
    text = card_text(person)
    lines = text.split("\r\n")
    assert lines[0] == "BEGIN:VCARD" and lines[1] == "VERSION:4.0"
    assert all(len(line.encode("utf-8")) <= 75 for line in lines)
    unfolded = text.replace("\r\n ", "")
    assert "ORG:Šiaulių\\; apskrities\\, Povilo Višinskio viešoji biblioteka \\\\ skyrius" in (
        unfolded
    )
    assert "N:Čiurlionytė;Ūla;;;" in unfolded
    assert "\\nantra" in unfolded
    assert "CATEGORIES:partneriai,Šiauliai" in unfolded
    assert "UID:urn:uuid:0b5c5a35-8a51-4d3b-9f3f-0e8a2b7f4c11" in unfolded
    assert "FN:Ūla Čiurlionytė" in unfolded


def test_folding_never_splits_a_character() -> None:
    folded = fold_line("NOTE:" + "ž" * 100)
    for line in folded.split("\r\n"):
        line.encode("utf-8").decode("utf-8")
        assert len(line.encode("utf-8")) <= 75


def test_vcard_of_chosen_contacts(store: Store, tmp_path: Path) -> None:
    chosen = _contact_with(store, "")
    partners.create_contact(store, first_name="Kitas")
    target = tmp_path / "one.vcf"
    assert export_vcards(store, target, [chosen]) == 1
    assert target.read_text(encoding="utf-8").count("BEGIN:VCARD") == 1
    with pytest.raises(FieldKitError, match="no such contact"):
        export_vcards(store, tmp_path / "none.vcf", ["nobody"])


def test_icalendar_of_open_action_items_with_due_dates(store: Store, tmp_path: Path) -> None:
    meeting = meetings.create_meeting(
        store,
        municipality_id="birzu-r",
        title="Susitikimas; Biržuose, su partneriais",
        starts_at=dt.datetime(2026, 12, 1, 10),
    )
    owner = _contact_with(store, "")
    add = minutes.add_action_item
    due = add(
        store,
        meeting,
        "Parengti, išsiųsti; pakviesti",
        owner_contact_id=owner,
        due_on=dt.date(2026, 12, 15),
    )
    add(store, meeting, "Be termino")
    done = add(store, meeting, "Atlikta", due_on=dt.date(2026, 12, 10))
    minutes.update_action_item(store, done, done=True)
    target = tmp_path / "veiksmai.ics"
    assert export_ics(store, target) == 1
    text = target.read_bytes().decode("utf-8")
    assert text.startswith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:")
    assert text.endswith("END:VCALENDAR\r\n")
    assert all(len(line.encode()) <= 75 for line in text.split("\r\n"))
    unfolded = text.replace("\r\n ", "")
    assert f"UID:{due}@fieldkit" in unfolded
    assert re.search(r"DTSTAMP:\d{8}T\d{6}Z", unfolded)
    assert "DUE;VALUE=DATE:20261215" in unfolded
    assert "SUMMARY:Parengti\\, išsiųsti\\; pakviesti (Aušra Kęstutienė)" in unfolded
    assert "Susitikimas\\; Biržuose\\, su partneriais" in unfolded
    assert "BEGIN:VTODO" in unfolded and "Be termino" not in unfolded
    events = tmp_path / "renginiai.ics"
    export_ics(store, events, events=True)
    as_events = events.read_text(encoding="utf-8")
    assert "BEGIN:VEVENT" in as_events and "DTSTART;VALUE=DATE:20261215" in as_events
    assert "DTEND;VALUE=DATE:20261216" in as_events


def test_exports_never_replace_the_database_or_another_kind_of_file(
    store: Store, tmp_path: Path
) -> None:
    with pytest.raises(FieldKitError, match="the database itself"):
        export_xlsx(store, store.path)
    letter = tmp_path / "laiskas.docx"
    letter.write_bytes(b"important")
    with pytest.raises(FieldKitError, match=r"is not a \.xlsx file"):
        export_xlsx(store, letter)
    assert letter.read_bytes() == b"important"
    earlier = tmp_path / "earlier.xlsx"
    earlier.write_bytes(b"old")
    export_xlsx(store, earlier)  # an earlier export is replaced
    assert earlier.read_bytes().startswith(b"PK")


def test_cli_exports(cli, demo_db_path: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    for fmt, target in (
        ("csv", tmp_path / "csv"),
        ("xlsx", tmp_path / "a.xlsx"),
        ("vcard", tmp_path / "a.vcf"),
        ("ics", tmp_path / "a.ics"),
    ):
        result = cli("--db", demo_db_path, "export", fmt, "-o", target)
        assert result.code == 0, result.err
        assert f"to {target}" in result.out
    assert sorted(p.name for p in (tmp_path / "csv").iterdir()) == [
        "action_items.csv",
        "contacts.csv",
        "meetings.csv",
        "organizations.csv",
        "problems.csv",
    ]
    one = cli(
        "--db", demo_db_path, "export", "csv", "--table", "problems", "-o", tmp_path / "p.csv"
    )
    assert one.code == 0 and (tmp_path / "p.csv").exists()
    refused = cli("--db", demo_db_path, "export", "xlsx", "-o", "-")
    assert refused.code == 1 and "standard output" in refused.err


# --- round trip ------------------------------------------------------------------------

LITHUANIAN = "aąbcčdeęėfghiįyjklmnoprsštuųūvzžAĄBCČDEĘĖFGHIĮYJKLMNOPRSŠTUŲŪVZŽ"
word = st.text(LITHUANIAN, min_size=1, max_size=12)
free_text = st.text(st.sampled_from(LITHUANIAN + " ,;\"'=+-@\n.!?0123456789"), max_size=40).map(
    str.strip
)
ORGANIZATIONS = ("", "Biržų kultūros centras", "Šiaulių jaunimo centras", "Ūkininkų sąjunga")

person = st.fixed_dictionaries(
    {
        "first_name": word,
        "last_name": word,
        "role": free_text,
        "notes": free_text,
        "organization": st.sampled_from(ORGANIZATIONS),
        "phone_form": st.sampled_from(["+370 6{:02d} {:05d}", "8 6{:02d} {:05d}", ""]),
    }
)


def _people_in(store: Store) -> set[tuple[str, ...]]:
    from sqlalchemy import select

    from fieldkit.model import Contact, Organization

    with store.read() as session:
        rows = session.execute(
            select(
                Contact.first_name,
                Contact.last_name,
                Contact.role,
                Contact.notes,
                Contact.phone,
                Contact.email,
                Organization.name,
            )
            .outerjoin(Organization, Organization.id == Contact.organization_id)
            .where(Contact.deleted.is_(False))
        ).all()
    return {tuple(value or "" for value in row) for row in rows}


@pytest.mark.slow
@settings(
    max_examples=12,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(
    people=st.lists(
        person,
        min_size=1,
        max_size=8,
        unique_by=lambda p: name_key(p["first_name"], p["last_name"]),
    ),
    fmt=st.sampled_from(["csv", "xlsx", "vcard"]),
)
def test_export_then_import_into_an_empty_database_gives_the_same_people(
    tmp_path_factory: pytest.TempPathFactory,
    empty_template: Path,
    people: list[dict[str, str]],
    fmt: str,
) -> None:
    folder = tmp_path_factory.mktemp("round")
    with open_store(copy_database(empty_template, folder / "a.sqlite")) as source:
        organizations = {
            name: partners.create_organization(source, name=name) for name in ORGANIZATIONS if name
        }
        for index, p in enumerate(people):
            partners.create_contact(
                source,
                first_name=p["first_name"],
                last_name=p["last_name"],
                role=p["role"],
                notes=p["notes"],
                organization_id=organizations.get(p["organization"]),
                phone=p["phone_form"].format(index % 100, index),
                email=f"p{index}@pavyzdys.lt",
            )
        expected = _people_in(source)
        if fmt == "csv":
            path = folder / "contacts.csv"
            export_csv(source, path, ["contacts"])
        elif fmt == "xlsx":
            path = folder / "contacts.xlsx"
            export_xlsx(source, path, ["contacts"])
        else:
            path = folder / "contacts.vcf"
            export_vcards(source, path)
    with open_store(copy_database(empty_template, folder / "b.sqlite")) as target:
        table = read_table(path)
        mapping = importing.guess_mapping(table.headers)
        plan = importing.apply_import(target, table.rows, mapping)
        assert plan.created == len(people)
        assert _people_in(target) == expected
