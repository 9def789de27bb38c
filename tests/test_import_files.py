"""Reading the files partners bring, made here as the real programs write them:
Lithuanian Excel's CSV (Windows-1257, `;`, CRLF, quoted `;` and doubled quotes,
empty `;;;;` rows), a UTF-8 CSV with a BOM and `,`, an XLSX from openpyxl, vCards
2.1 (quoted-printable, soft breaks, CHARSET=, a photo) and 3.0 (folded lines),
Google Contacts' two CSV layouts; and the files that are no list at all."""

from __future__ import annotations

import datetime as dt
import quopri
from pathlib import Path

import pytest

from fieldkit.errors import FieldKitError, InvalidInput
from fieldkit.io.tabular import MAX_COLUMNS, detect_delimiter, read_table
from fieldkit.services import importing

LETTERS = "ą č ę ė į š ų ū ž Ą Č Ę Ė Į Š Ų Ū Ž"


def test_windows_1257_csv_with_semicolons_crlf_quotes_and_empty_rows(tmp_path: Path) -> None:
    text = (
        "Vardas;Pavardė;Organizacija;Pareigos;Telefonas;El. paštas;Savivaldybė;Pastabos\r\n"
        'Aušra;Kęstutienė;"UAB ""Žalgiris""; filialas";vedėja;8 612 34567;a@b.lt;Biržų r.;'
        '"pirma eilutė\r\nantra; su kabliataškiu"\r\n'
        ";;;;;;;\r\n"
        "Jūratė;Šeškuvienė;;;;;;\r\n"
        ";;;;;;;\r\n"
    )
    path = tmp_path / "partneriai.csv"
    path.write_bytes(text.encode("cp1257"))
    table = read_table(path)
    assert (table.kind, table.encoding, table.delimiter) == ("csv", "windows-1257", ";")
    assert table.headers[1] == "Pavardė"
    assert table.rows == (
        (
            2,
            (
                "Aušra",
                "Kęstutienė",
                'UAB "Žalgiris"; filialas',
                "vedėja",
                "8 612 34567",
                "a@b.lt",
                "Biržų r.",
                "pirma eilutė\r\nantra; su kabliataškiu",
            ),
        ),
        (4, ("Jūratė", "Šeškuvienė")),  # row 4 as Excel counts, though on line 5
    )


def test_utf8_csv_with_bom_and_commas(tmp_path: Path) -> None:
    path = tmp_path / "list.csv"
    path.write_bytes(
        ('First Name,Last Name,E-mail\nŽygimantas,"Ąžuolas, jr.",z@x.lt\n').encode("utf-8-sig")
    )
    table = read_table(path)
    assert (table.encoding, table.delimiter) == ("utf-8", ",")
    assert table.headers == ("First Name", "Last Name", "E-mail")  # no BOM in the header
    assert table.rows == ((2, ("Žygimantas", "Ąžuolas, jr.", "z@x.lt")),)


@pytest.mark.parametrize(
    ("header", "delimiter"),
    [
        ("Vardas;Pavardė", ";"),
        ("Vardas,Pavardė", ","),
        ('"Pavardė, vardas";Telefonas', ";"),  # a comma inside quotes does not count
        ("Vardas\tPavardė", "\t"),
        ("Vardas", ","),
        ("a;b,c", ";"),  # a tie: Lithuanian Excel's separator
    ],
)
def test_the_separator_is_counted_outside_quotes(header: str, delimiter: str) -> None:
    assert detect_delimiter(header) == delimiter


def test_xlsx_from_openpyxl(tmp_path: Path) -> None:
    from openpyxl import Workbook

    workbook = Workbook()
    sheet = workbook.active
    sheet.append(["Vardas", "Pavardė", "Telefonas", "Sutikimo data", None])
    sheet.append(["Ūla", "Čiurlionytė", 37061234567, dt.datetime(2026, 3, 1), None])
    sheet.append([None, None, None, None, None])
    sheet.append(["Ąžuolas", "Žemaitis", "8 612 34568", dt.date(2026, 3, 2), None])
    path = tmp_path / "sarasas.xlsx"
    workbook.save(path)
    table = read_table(path)
    assert table.kind == "xlsx"
    assert table.headers == ("Vardas", "Pavardė", "Telefonas", "Sutikimo data")
    assert table.rows == (
        (2, ("Ūla", "Čiurlionytė", "37061234567", "2026-03-01")),
        (4, ("Ąžuolas", "Žemaitis", "8 612 34568", "2026-03-02")),
    )


def _qp(text: str, charset: str) -> bytes:
    return quopri.encodestring(text.encode(charset)).replace(b"=\n", b"=\r\n")


def test_vcard_2_1_quoted_printable_soft_breaks_charsets_and_a_photo(tmp_path: Path) -> None:
    note = "Ilgas pastabų tekstas apie ąžuolus ir čiurlionį, " * 3
    long_qp = quopri.encodestring(note.encode("utf-8"))  # soft breaks at 76
    assert b"=\n" in long_qp
    data = (
        b"BEGIN:VCARD\r\nVERSION:2.1\r\n"
        b"N;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:" + _qp("Šeškuvienė;Jūratė", "utf-8") + b"\r\n"
        b"FN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:" + _qp("Jūratė Šeškuvienė", "utf-8") + b"\r\n"
        b"ORG;CHARSET=WINDOWS-1257;QUOTED-PRINTABLE:"
        + _qp("Kėdainių biblioteka", "cp1257")
        + b"\r\n"
        b"TEL;HOME:+370 5 2123456\r\n"
        b"TEL;CELL;PREF:8 612 34567\r\n"
        b"EMAIL;INTERNET:jurate@kedainiai.lt\r\n"
        b"NOTE;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:"
        + long_qp.replace(b"=\n", b"=\r\n").rstrip(b"\n")
        + b"\r\n"
        b"PHOTO;ENCODING=BASE64;TYPE=JPEG:/9j/4AAQSkZJRgABAQEASABIAAD\r\n"
        b" /2wBDAP//////////////////////////////////////////////////////\r\n"
        b"\r\n"
        b"END:VCARD\r\n"
        b"BEGIN:VCARD\r\nVERSION:2.1\r\n"
        b"N;CHARSET=WINDOWS-1257;ENCODING=QUOTED-PRINTABLE:"
        + _qp("Žemaitis;Ąžuolas", "cp1257")
        + b"\r\nTITLE;CHARSET=WINDOWS-1257:"
        + "Vedėjas".encode("cp1257")
        + b"\r\nEND:VCARD\r\n"
    )
    path = tmp_path / "phone.vcf"
    path.write_bytes(data)
    table = read_table(path)
    assert table.kind == "vcard"
    first, second = (cells for _, cells in table.rows)
    assert first[:6] == (
        "Jūratė",
        "Šeškuvienė",
        "Kėdainių biblioteka",
        "",
        "8 612 34567",  # the preferred number
        "jurate@kedainiai.lt",
    )
    assert first[6] == note.strip()
    assert second[:4] == ("Ąžuolas", "Žemaitis", "", "Vedėjas")


def _fold_octets(line: str, width: int = 75) -> bytes:
    """Fold as a careless writer does: at exactly `width` octets, even inside a
    UTF-8 character (the reader unfolds bytes before decoding)."""
    raw = line.encode("utf-8")
    parts = [raw[i : i + width] for i in range(0, len(raw), width)]
    return b"\r\n ".join(parts) + b"\r\n"


def test_vcard_3_0_folded_lines_escapes_and_lithuanian_names(tmp_path: Path) -> None:
    note = "Pastaba: " + LETTERS * 4 + "\\nantra eilutė\\, su kableliu\\; ir kabliataškiu"
    data = (
        b"BEGIN:VCARD\r\nVERSION:3.0\r\n"
        + _fold_octets("N:Čiurlionytė-Ąžuolienė;Ūla Živilė;;;")
        + _fold_octets("FN:Ūla Živilė Čiurlionytė-Ąžuolienė")
        + _fold_octets("ORG:Šiaulių apskrities Povilo Višinskio viešoji biblioteka;Skyrius")
        + _fold_octets("item1.EMAIL;type=INTERNET;type=WORK:ula@siauliai.lt")
        + _fold_octets("TEL;TYPE=WORK,VOICE:+370 41 123456")
        + _fold_octets("CATEGORIES:Partneriai,Šiauliai")
        + _fold_octets("NOTE:" + note, 40)
        + b"END:VCARD\r\n"
    )
    path = tmp_path / "outlook.vcf"
    path.write_bytes(data)
    ((number, cells),) = read_table(path).rows
    assert number == 1
    assert cells == (
        "Ūla Živilė",
        "Čiurlionytė-Ąžuolienė",
        "Šiaulių apskrities Povilo Višinskio viešoji biblioteka",
        "",
        "+370 41 123456",
        "ula@siauliai.lt",
        "Pastaba: " + LETTERS * 4 + "\nantra eilutė, su kableliu; ir kabliataškiu",
        "Partneriai, Šiauliai",
    )


def test_vcard_4_0_phone_numbers_as_tel_uris(tmp_path: Path) -> None:
    path = tmp_path / "telefonas.vcf"
    path.write_bytes(
        "BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Gintarė Ąžuolienė\r\nN:Ąžuolienė;Gintarė;;;\r\n"
        'TEL;VALUE=uri;TYPE="voice,cell";PREF=1:tel:+370-612-34583\r\n'
        "EMAIL;PREF=1:gintare@pavyzdys.lt\r\nEND:VCARD\r\n".encode()
    )
    ((_, cells),) = read_table(path).rows
    assert cells[:2] == ("Gintarė", "Ąžuolienė")
    assert cells[4:6] == ("+370-612-34583", "gintare@pavyzdys.lt")


def test_vcard_names_with_several_given_names(tmp_path: Path) -> None:
    path = tmp_path / "vardai.vcf"
    path.write_bytes(
        "BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Ūla Živilė Čiurlionytė\r\n"
        "N:Čiurlionytė,Ąžuolienė;Ūla,Živilė;Marija;;\r\nEND:VCARD\r\n".encode()
    )
    ((_, cells),) = read_table(path).rows
    assert cells[:2] == ("Ūla Živilė Marija", "Čiurlionytė Ąžuolienė")


GOOGLE_OLD = (
    "Name,Given Name,Additional Name,Family Name,Yomi Name,Given Name Yomi,"
    "Additional Name Yomi,Family Name Yomi,Name Prefix,Name Suffix,Initials,Nickname,"
    "Short Name,Maiden Name,Birthday,Gender,Location,Billing Information,"
    "Directory Server,Mileage,Occupation,Hobby,Sensitivity,Priority,Subject,Notes,"
    "Language,Photo,Group Membership,E-mail 1 - Type,E-mail 1 - Value,E-mail 2 - Type,"
    "E-mail 2 - Value,Phone 1 - Type,Phone 1 - Value,Organization 1 - Type,"
    "Organization 1 - Name,Organization 1 - Yomi Name,Organization 1 - Title\n"
    "Rūta Žilienė,Rūta,,Žilienė,,,,,,,,,,,,,,,,,,,,,,Pastaba,,,* myContacts ::: Partneriai,"
    "* Work,ruta@zilai.lt ::: ruta2@zilai.lt,Home,ruta@namai.lt,Mobile,+370 612 00001,,"
    "Žilių bendruomenė,,Pirmininkė\n"
)
GOOGLE_NEW = (
    "First Name,Middle Name,Last Name,Phonetic First Name,Phonetic Middle Name,"
    "Phonetic Last Name,Name Prefix,Name Suffix,Nickname,File As,Organization Name,"
    "Organization Title,Organization Department,Birthday,Notes,Photo,Labels,"
    "E-mail 1 - Label,E-mail 1 - Value,Phone 1 - Label,Phone 1 - Value\n"
    "Rūta,,Žilienė,,,,,,,,Žilių bendruomenė,Pirmininkė,,,Pastaba,,* myContacts ::: Partneriai,"
    "* Work,ruta@zilai.lt ::: ruta2@zilai.lt,Mobile,+370 612 00001\n"
)


@pytest.mark.parametrize("layout", [GOOGLE_OLD, GOOGLE_NEW], ids=["old", "current"])
def test_google_contacts_csv(tmp_path: Path, layout: str, store) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "contacts.csv"
    path.write_text(layout, encoding="utf-8")
    table = read_table(path)
    mapping = importing.guess_mapping(table.headers)
    chosen = {target: table.headers[i] for i, target in enumerate(mapping) if target}
    assert set(chosen) == {
        "first_name",
        "last_name",
        "organization",
        "role",
        "phone",
        "email",
        "notes",
        "tags",
    }
    importing.apply_import(store, table.rows, mapping)
    from fieldkit.services import people

    (found,) = people.find_contacts(store, "Žilienė")
    assert (found.first_name, found.last_name, found.email, found.phone, found.role) == (
        "Rūta",
        "Žilienė",
        "ruta@zilai.lt",
        "+370 612 00001",
        "Pirmininkė",
    )
    assert found.organization == "Žilių bendruomenė"
    from fieldkit.services.partners import get_contact

    assert get_contact(store, found.contact_id).tags == "Partneriai"


OUTLOOK = (
    "Title,First Name,Middle Name,Last Name,Suffix,Company,Department,Job Title,"
    "Business Street,Business Phone,Mobile Phone,E-mail Address,E-mail Display Name,"
    "Notes,Categories\r\n"
    ",Dovilė,,Čepaitė,,Panevėžio biblioteka,,Bibliotekininkė,,+370 45 123456,"
    "+370 612 34587,dovile@pavyzdys.lt,Dovilė Čepaitė (dovile@pavyzdys.lt),,Partneriai;Kita\r\n"
)


def test_outlook_contacts_csv(tmp_path: Path, store) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "outlook.csv"
    path.write_bytes(OUTLOOK.encode("cp1257"))  # Outlook writes the ANSI code page
    table = read_table(path)
    mapping = importing.guess_mapping(table.headers)
    importing.apply_import(store, table.rows, mapping)
    from fieldkit.services import people
    from fieldkit.services.partners import get_contact

    (found,) = people.find_contacts(store, "Čepaitė")
    contact = get_contact(store, found.contact_id)
    assert (contact.first_name, contact.last_name, contact.role, contact.email) == (
        "Dovilė",
        "Čepaitė",
        "Bibliotekininkė",
        "dovile@pavyzdys.lt",
    )
    assert found.organization == "Panevėžio biblioteka"
    assert contact.tags == "Partneriai, Kita"


@pytest.mark.parametrize(
    ("headers", "expected"),
    [
        (
            ["Vardas", "Pavardė", "Organizacija", "Pareigos", "Telefonas", "El. paštas"],
            ["first_name", "last_name", "organization", "role", "phone", "email"],
        ),
        (
            ["VARDAS PAVARDĖ", "Savivaldybė", "Pastabos", "Sutikimas", "Nr."],
            ["full_name", "municipality", "notes", "consent_given_on", ""],
        ),
        (["Given Name", "Family Name", "E-mail"], ["first_name", "last_name", "email"]),
        (["Vardas", "Vardas"], ["first_name", ""]),  # a field is filled from one column
        # Outlook: "Title" is "Mr."/"Dr."; the role is in "Job Title", further on
        (
            ["Title", "First Name", "Last Name", "Company", "Job Title", "E-mail Address"],
            ["", "first_name", "last_name", "organization", "role", "email"],
        ),
        (["Name", "Title"], ["full_name", "role"]),  # a title alone is the role
    ],
)
def test_the_mapping_is_guessed_from_headers(headers: list[str], expected: list[str]) -> None:
    assert importing.guess_mapping(headers) == expected


def test_a_remembered_mapping_wins_for_the_same_headers() -> None:
    headers = ["Stulpelis A", "Stulpelis B"]
    assert importing.guess_mapping(headers) == ["", ""]
    remembered = ["last_name", "first_name"]
    assert importing.guess_mapping(headers, remembered=remembered) == remembered
    assert importing.mapping_signature(headers) == importing.mapping_signature(
        ["stulpelis a", "STULPELIS B"]
    )
    assert importing.mapping_signature(headers) != importing.mapping_signature(["A", "C"])


# --- files that are no list -------------------------------------------------------


def _refused(path: Path) -> FieldKitError:
    with pytest.raises(FieldKitError) as caught:
        table = read_table(path)
        mapping = importing.guess_mapping(table.headers)
        importing.check_mapping(mapping, importing.CONTACTS, path.name)
    message = str(caught.value)
    assert "\n" not in message and message.endswith((".", "?"))
    assert path.name in message
    return caught.value


def test_a_binary_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "photo.csv"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 8)
    assert "not a text table" in str(_refused(path))


def test_a_file_in_neither_encoding_names_the_line(tmp_path: Path) -> None:
    path = tmp_path / "kita.csv"
    # 0x98 is in neither UTF-8 (as a start byte) nor Windows-1257
    path.write_bytes(b"Vardas;Pavarde\r\nJonas;Jonaitis\r\nPetras;Petr\x98aitis\r\n")
    assert "Line 3 of kita.csv is neither UTF-8 nor Windows-1257" in str(_refused(path))


def test_a_file_that_changes_encoding_half_way_names_the_line(tmp_path: Path) -> None:
    path = tmp_path / "mixed.csv"
    path.write_bytes(
        "Vardas;Pavardė\r\nŪla;Žemaitė\r\n".encode() + "Jūratė;Šeškuvienė\r\n".encode("cp1257")
    )
    assert "Line 3 of mixed.csv is not UTF-8 text" in str(_refused(path))


def test_a_file_with_no_usable_column_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "skaiciai.csv"
    path.write_text("Kiekis;Kaina\n1;2\n", encoding="utf-8")
    assert "No column of skaiciai.csv holds a name" in str(_refused(path))


def test_a_50_mb_line_is_refused_without_reading_it_all(tmp_path: Path) -> None:
    path = tmp_path / "huge.csv"
    with path.open("wb") as out:
        out.write(b"Vardas;Pastabos\n")
        chunk = b"a" * (1 << 20)
        for _ in range(50):
            out.write(chunk)
        out.write(b"\n")
    error = _refused(path)
    assert "Line 2 of huge.csv is longer than 1 MB" in str(error)


def test_more_columns_than_a_list_of_people_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "wide.csv"
    path.write_text(";".join(f"c{i}" for i in range(MAX_COLUMNS + 5)) + "\n", encoding="utf-8")
    assert "Row 1 of wide.csv has 205 columns" in str(_refused(path))


def test_a_quote_that_never_closes_is_refused_not_read_as_one_cell(tmp_path: Path) -> None:
    path = tmp_path / "kabutes.csv"
    path.write_bytes(
        'Vardas;Pavardė\r\nJonas;"5"" monitorius"\r\nOna;"UAB ""A""\r\nPetras;Petraitis\r\n'.encode(
            "cp1257"
        )
    )
    assert "Row 3 of kabutes.csv opens a quoted value" in str(_refused(path))
    # in a long file the cell outgrows the csv module's limit first
    lines = ["Vardas;Pavardė", 'Jonas;"Jonai', *(f"Vardas{i};Pavardė{i}" for i in range(20_000))]
    path.write_bytes("\r\n".join(lines).encode("cp1257"))
    assert "Row 2 of kabutes.csv opens a quoted value" in str(_refused(path))
    # a quote inside a value, as people type them, is no opening quote
    path.write_text('Vardas;Pavardė\nJonas;"Šviesa" UAB\nOna;5" ekranas\n', encoding="utf-8")
    assert read_table(path).rows == ((2, ("Jonas", "Šviesa UAB")), (3, ("Ona", '5" ekranas')))


def test_lines_ended_by_a_lone_cr_as_old_mac_excel_writes_them(tmp_path: Path) -> None:
    path = tmp_path / "mac.csv"
    rows = [f"Vardas{i};Pavardė{i}" for i in range(60_000)]  # past the 1 MB line cap
    path.write_bytes(
        "\r".join(["Vardas;Pavardė;Pastabos", 'Aušra;Kęstutienė;"pirma\rantra"', *rows]).encode(
            "cp1257"
        )
    )
    table = read_table(path)
    assert table.headers == ("Vardas", "Pavardė", "Pastabos")
    assert table.rows[0] == (2, ("Aušra", "Kęstutienė", "pirma\rantra"))
    assert table.rows[-1] == (60_002, ("Vardas59999", "Pavardė59999"))


def test_excels_separator_line_names_the_separator_and_is_no_row(tmp_path: Path) -> None:
    path = tmp_path / "sep.csv"
    path.write_bytes("sep=;\r\nVardas;Pavardė, vardas\r\nJonas;Jonaitis\r\n".encode("cp1257"))
    table = read_table(path)
    assert (table.delimiter, table.headers) == (";", ("Vardas", "Pavardė, vardas"))
    assert table.rows == ((2, ("Jonas", "Jonaitis")),)


def test_a_damaged_workbook_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "broken.xlsx"
    path.write_bytes(b"PK\x03\x04" + b"\x00" * 200)
    assert "not an Excel workbook" in str(_refused(path))


@pytest.mark.parametrize(
    ("content", "words"),
    [
        (b"", "is empty"),
        (b"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Jonas\r\n", "has no END:VCARD"),
        (b"\r\n\r\n", "is empty"),
    ],
)
def test_empty_and_unfinished_files(tmp_path: Path, content: bytes, words: str) -> None:
    path = tmp_path / "x.vcf"
    path.write_bytes(content)
    with pytest.raises(InvalidInput, match=words):
        read_table(path)


def test_a_huge_vcard_line_is_refused_too(tmp_path: Path) -> None:
    path = tmp_path / "huge.vcf"
    path.write_bytes(b"BEGIN:VCARD\r\nNOTE:" + b"x" * (3 << 20) + b"\r\nEND:VCARD\r\n")
    assert "Line 2 of huge.vcf is longer than 1 MB" in str(_refused(path))
