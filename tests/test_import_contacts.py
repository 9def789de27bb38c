"""Importing people: the preview says what each row will do and why, the import
does exactly that in one transaction (or nothing), every field goes to the change
log for sync, and a bad file leaves the database as it was."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import func, select

from fieldkit.errors import FieldKitError
from fieldkit.io.tabular import read_table
from fieldkit.model import ChangeLogEntry, Contact, Organization
from fieldkit.services import importing, partners
from fieldkit.services.importing import (
    CREATE,
    DUPLICATE_IN_FILE,
    NEW,
    NO_NAME,
    SKIP,
    UNCHANGED,
    UNKNOWN_MUNICIPALITY,
    UPDATE,
)
from fieldkit.services.matching import SAME_EMAIL, SAME_NAME_AND_ORGANIZATION, SAME_PHONE
from fieldkit.store import Store

HEADERS = ("Vardas", "Pavardė", "Organizacija", "Telefonas", "El. paštas", "Savivaldybė")
MAPPING = importing.guess_mapping(HEADERS)


def rows(*cells: tuple[str, ...]) -> list[tuple[int, tuple[str, ...]]]:
    return [(number, row) for number, row in enumerate(cells, 2)]


@pytest.fixture
def ausra(store: Store) -> str:
    org = partners.create_organization(
        store, name="Biržų kultūros centras", municipality_id="birzu-r"
    )
    return partners.create_contact(
        store,
        first_name="Aušra",
        last_name="Kęstutienė",
        organization_id=org,
        email="ausra@birzai.lt",
        phone="+370 612 34567",
        municipality_id="birzu-r",
    )


def test_the_preview_says_what_each_row_does_and_why(store: Store, ausra: str) -> None:
    data = rows(
        ("Jonas", "Jonaitis", "", "", "jonas@x.lt", "Vilniaus m."),
        ("A.", "Kęstutienė", "", "8 612 34567", "", "utenos r"),  # Aušra's phone: an update
        ("Jonas", "Jonaitis", "", "", "Jonas@X.lt", ""),  # row 2 again
        ("", "", "Kažkokia įmonė", "", "", ""),  # nobody
        ("Rūta", "Rūtaitė", "", "", "", "Atlantida"),
        ("AUSRA", "kestutiene", "Biržų kultūros centras", "", "", "Biržų r."),  # row 3's
    )
    plan = importing.plan_import(store, data, MAPPING, source="test.csv")
    summary = [(r.row, r.action, r.reason) for r in plan.rows]
    assert summary == [
        (2, CREATE, NEW),
        (3, UPDATE, SAME_PHONE),
        (4, SKIP, DUPLICATE_IN_FILE),
        (5, SKIP, NO_NAME),
        (6, CREATE, NEW),
        (7, SKIP, DUPLICATE_IN_FILE),
    ]
    assert plan.rows[1].record_id == ausra
    assert set(plan.rows[1].fields) == {"first_name", "municipality_id"}
    assert (plan.rows[2].earlier_row, plan.rows[2].matched_on) == (2, SAME_EMAIL)
    assert (plan.rows[5].earlier_row, plan.rows[5].matched_on) == (3, SAME_NAME_AND_ORGANIZATION)
    assert plan.rows[4].warnings == ((UNKNOWN_MUNICIPALITY, "Atlantida"),)
    assert (plan.created, plan.updated, plan.skipped) == (2, 1, 3)
    with store.read() as session:  # a preview writes nothing
        assert session.scalar(select(func.count()).select_from(Contact)) == 1


def test_a_shared_address_or_phone_is_no_reason_to_rename_a_person(
    store: Store, ausra: str
) -> None:
    # the centre's one e-mail address and landline, given for each of its staff
    data = rows(
        ("Jonas", "Jonaitis", "", "8 612 34567", "ausra@birzai.lt", ""),
        ("Rasa", "Rasienė", "", "+370 612 34567", "", ""),
        ("Jonas", "Jonaitis", "", "", "ausra@birzai.lt", "Biržų r."),
        ("Aušra", "", "", "", "AUSRA@birzai.lt", ""),  # Aušra herself, surname left out
    )
    plan = importing.apply_import(store, data, MAPPING)
    assert [(r.action, r.reason, r.earlier_row, r.matched_on) for r in plan.rows] == [
        (CREATE, NEW, None, ""),
        (CREATE, NEW, None, ""),
        (SKIP, DUPLICATE_IN_FILE, 2, SAME_EMAIL),  # the address Jonas shares, and his name
        (SKIP, UNCHANGED, None, SAME_EMAIL),
    ]
    assert plan.rows[3].record_id == ausra
    with store.read() as session:
        names = set(session.execute(select(Contact.first_name, Contact.last_name)).all())
    assert names == {("Aušra", "Kęstutienė"), ("Jonas", "Jonaitis"), ("Rasa", "Rasienė")}


def test_a_name_written_otherwise_is_no_update(store: Store, ausra: str) -> None:
    data = rows(("AUSRA", "kestutiene", "", "8-612-34567", "AUSRA@BIRZAI.LT", "birzu r"))
    (row,) = importing.plan_import(store, data, MAPPING).rows
    assert (row.action, row.reason, row.matched_on) == (SKIP, UNCHANGED, SAME_EMAIL)


def test_the_import_does_what_the_preview_said(store: Store, ausra: str) -> None:
    data = rows(
        ("Jonas", "Jonaitis", "Naujoji bendruomenė", "", "jonas@x.lt", "vilniaus m"),
        ("Ona", "Onaitė", "Naujoji bendruomenė", "", "ona@x.lt", "Vilniaus m. sav."),
        ("Aušra", "Kęstutienė", "", "", "ausra@birzai.lt", "Biržų rajono"),
    )
    preview = importing.plan_import(store, data, MAPPING)
    done = importing.apply_import(store, data, MAPPING)
    assert [(r.action, r.reason) for r in done.rows] == [(r.action, r.reason) for r in preview.rows]
    assert done.new_organizations == ("Naujoji bendruomenė",)
    with store.read() as session:
        people = {
            c.first_name: c
            for c in session.scalars(select(Contact).where(Contact.deleted.is_(False)))
        }
        assert set(people) == {"Aušra", "Jonas", "Ona"}
        assert people["Jonas"].municipality_id == "vilniaus-m"  # without diacritics
        assert people["Jonas"].organization_id == people["Ona"].organization_id
        organization = session.get(Organization, people["Jonas"].organization_id)
        assert organization is not None
        assert (organization.name, organization.municipality_id) == (
            "Naujoji bendruomenė",
            "vilniaus-m",
        )
        # logged for sync, like any edit: every field of the new rows
        logged = session.scalars(
            select(ChangeLogEntry.field).where(ChangeLogEntry.row_id == people["Ona"].id)
        ).all()
        assert {"first_name", "email", "organization_id", "municipality_id"} <= set(logged)
    # importing the same file again changes nothing
    again = importing.apply_import(store, data, MAPPING)
    assert [row.reason for row in again.rows] == [UNCHANGED] * 3


def test_all_rows_or_none(store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    data = rows(("Jonas", "Jonaitis", "Nauja organizacija", "", "jonas@x.lt", ""))

    # the organisations go in first; the contacts' insert then fails
    real = importing.insert_rows
    calls = []

    def second_call_fails(session, cls, values):  # type: ignore[no-untyped-def]
        calls.append(cls)
        if len(calls) == 2:
            raise sqlite3.OperationalError("disk I/O error")
        return real(session, cls, values)

    monkeypatch.setattr(importing, "insert_rows", second_call_fails)
    with pytest.raises(FieldKitError, match="disk I/O error"):
        importing.apply_import(store, data, MAPPING)
    with store.read() as session:
        assert session.scalar(select(func.count()).select_from(Organization)) == 0
        assert session.scalar(select(func.count()).select_from(ChangeLogEntry)) == 0


def test_organisations_import_matches_names_within_a_municipality(store: Store) -> None:
    known = partners.create_organization(store, name='UAB "Medis"', municipality_id="birzu-r")
    headers = ("Pavadinimas", "Sektorius", "Savivaldybė", "Svetainė")
    mapping = importing.guess_mapping(headers, importing.ORGANIZATIONS)
    assert mapping == ["name", "sector", "municipality", "website"]
    data = rows(
        ("Medis, UAB", "verslas", "Biržų r.", "https://medis.lt"),
        ("Medis", "verslas", "Utenos r.", ""),  # another town's Medis
        ("Kultūros centras", "Kultūra", "Utenos r.", ""),
        ("Medis", "", "Biržų r.", ""),
    )
    plan = importing.apply_import(store, data, mapping, kind=importing.ORGANIZATIONS)
    assert [(r.action, r.reason) for r in plan.rows] == [
        (UPDATE, "name"),
        (CREATE, NEW),
        (CREATE, NEW),
        (SKIP, DUPLICATE_IN_FILE),
    ]
    assert plan.rows[0].record_id == known
    assert set(plan.rows[0].fields) == {"sector", "website"}


def test_a_mapping_without_a_name_is_refused(store: Store) -> None:
    with pytest.raises(FieldKitError, match=r"No column of list\.csv holds a name"):
        importing.plan_import(store, rows(("x",)), ["email"], source="list.csv")


def _export(cli, db: Path, target: Path) -> str:  # type: ignore[no-untyped-def]
    assert cli("--db", db, "export", "json", "-o", target).code == 0
    text = target.read_text(encoding="utf-8")
    target.unlink()
    return text


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("binary.csv", b"\x00\x01\x02\x03" * 1000),
        ("encoding.csv", b"Vardas;Pavarde\r\nJonas;Jon\x98aitis\r\n"),
        ("columns.csv", b"Kiekis;Kaina\r\n1;2\r\n"),
        ("long.csv", b"Vardas\n" + b"x" * (3 << 20) + b"\n"),
        ("quote.csv", b'Vardas;Pavarde\r\nJonas;Jonaitis\r\nOna;"Onaite\r\nRasa;Rasiene\r\n'),
    ],
)
def test_a_bad_file_changes_nothing_and_says_one_sentence(
    cli, db_path: Path, tmp_path: Path, name: str, content: bytes
) -> None:  # type: ignore[no-untyped-def]
    partners_file = tmp_path / name
    partners_file.write_bytes(content)
    before = _export(cli, db_path, tmp_path / "before.json")
    result = cli("--db", db_path, "import", "contacts", partners_file)
    assert result.code == 1
    lines = result.err.strip().splitlines()
    assert len(lines) == 1 and name in lines[0] and "Traceback" not in result.err
    assert _export(cli, db_path, tmp_path / "after.json") == before


def test_cli_import_with_a_dry_run_and_for_real(cli, db_path: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "partneriai.csv"
    path.write_bytes(
        (
            "Vardas;Pavardė;El. paštas;Savivaldybė\r\n"
            "Aušra;Kęstutienė;ausra@birzai.lt;Biržų r.\r\n"
            "Jonas;Jonaitis;;Nežinoma\r\n"
            "Aušra;Kęstutienė;AUSRA@birzai.lt;\r\n"
            ";;nieko@birzai.lt;\r\n"
        ).encode("cp1257")
    )
    dry = cli("--db", db_path, "import", "contacts", path, "--dry-run")
    assert dry.code == 0, dry.err
    assert "Would create 2, updated 0, skipped 2 (1 a duplicate of an earlier row, 1 no name)" in (
        dry.out
    )
    assert "row 5: skip (no name)\n" in dry.out
    assert "nothing was written" in dry.out
    assert "row 3: create Jonas Jonaitis; unknown municipality 'Nežinoma' left out" in dry.out
    assert "row 4: skip Aušra Kęstutienė (same as row 2: same e-mail)" in dry.out
    done = cli("--db", db_path, "import", "contacts", path)
    assert "Created 2, updated 0, skipped 2" in done.out
    again = cli("--db", db_path, "import", "contacts", path)
    assert "Created 0, updated 0, skipped 4" in again.out
    from fieldkit.store import open_store

    with open_store(db_path) as store, store.read() as session:
        assert session.scalar(select(func.count()).select_from(Contact)) == 2


def test_cli_import_maps_columns_by_hand(cli, db_path: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "keista.csv"
    path.write_text("Kas;Kur\nJonas Jonaitis;jonas@x.lt\n", encoding="utf-8")
    refused = cli("--db", db_path, "import", "contacts", path)
    assert refused.code == 1 and "No column of keista.csv holds a name" in refused.err
    done = cli(
        "--db", db_path, "import", "contacts", path, "--map", "Kas=full_name", "--map", "kur=email"
    )
    assert done.code == 0, done.err
    assert "Kas → full_name; Kur → email" in done.out
    assert "Created 1" in done.out
    bad = cli("--db", db_path, "import", "contacts", path, "--map", "Kas=shoe_size")
    assert bad.code == 1 and "There is no field 'shoe_size'" in bad.err


def test_read_table_then_import_a_vcard_file(store: Store, tmp_path: Path) -> None:
    path = tmp_path / "a.vcf"
    path.write_bytes(
        b"BEGIN:VCARD\r\nVERSION:3.0\r\nN:\xc5\xbdemaitis;\xc4\x84\xc5\xbeuolas;;;\r\n"
        b"EMAIL:a@z.lt\r\nEND:VCARD\r\n"
    )
    table = read_table(path)
    plan = importing.apply_import(store, table.rows, importing.guess_mapping(table.headers))
    assert (plan.created, plan.rows[0].name) == (1, "Ąžuolas Žemaitis")
