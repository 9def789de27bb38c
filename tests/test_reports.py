"""The documents read back from their PDFs: the words are there (diacritics too),
in the programme's order, with page numbers, the DRAFT mark only on drafts, user
text printed literally, long content flowing over pages, and every font embedded."""

from __future__ import annotations

import io
from pathlib import Path

import pypdf
import pytest

from fieldkit.errors import Ambiguous, InvalidInput, NotFound
from fieldkit.reports import attendance_pdf, minutes_pdf, municipality_pdf, summary_pdf
from fieldkit.services import agenda, meetings, minutes
from fieldkit.services.documents import resolve_municipality
from fieldkit.store import Store
from tests.reports_sample import AGENDA, TITLE, typical_meeting

BASE14 = ("Helvetica", "Times", "Courier", "Symbol", "ZapfDingbats")


def pages_text(data: bytes) -> list[str]:
    return [page.extract_text() for page in pypdf.PdfReader(io.BytesIO(data)).pages]


def whole_text(data: bytes) -> str:
    return "\n".join(pages_text(data))


def in_order(text: str, parts: list[str]) -> bool:
    position = 0
    for part in parts:
        found = text.find(part, position)
        if found < 0:
            return False
        position = found + len(part)
    return True


def assert_fonts_embedded(data: bytes) -> None:
    reader = pypdf.PdfReader(io.BytesIO(data))
    seen = 0
    for page in reader.pages:
        fonts = page["/Resources"].get_object().get("/Font", {})
        for ref in fonts.get_object().values():
            font = ref.get_object()
            seen += 1
            assert not any(name in str(font["/BaseFont"]) for name in BASE14), font
            descendants = font.get("/DescendantFonts")
            if descendants is not None:
                font = descendants.get_object()[0].get_object()
            descriptor = font["/FontDescriptor"].get_object()
            assert "/FontFile2" in descriptor, font["/BaseFont"]
    assert seen
    assert b"Helvetica" not in data


@pytest.fixture
def draft_id(store: Store) -> str:
    return typical_meeting(store)


def test_the_minutes_hold_every_section_in_order(store: Store, draft_id: str) -> None:
    text = whole_text(minutes_pdf(store, draft_id))
    assert in_order(
        text,
        [
            "Bibliotekos pažangai 2",
            "Susitikimo protokolas",
            TITLE,
            "Savivaldybė",
            "Anykščių rajono savivaldybė",
            "2026 m. liepos 17 d.",
            "10:00–12:30",
            "Skaitykla, 2 aukštas",
            "Pirmininkas (-ė)",
            "Sekretorius (-ė)",
            "Dalyviai",
            "Atsiprašė ir nedalyvavo",
            "Dalyvavo 22 iš 25 pakviestų; atsiprašė 3.",
            "Susitikimo tikslas",
            "Darbotvarkė",
            *AGENDA,
            "Svarstyta",
            f"1. {AGENDA[0]}",
            "Nutarimas Nr. 1: pritarti.",
            f"6. {AGENDA[5]}",
            "Iškeltos bendruomenės problemos",
            "Veiksmų planas",
            "Tolesni žingsniai",
            "Priedai",
            "Protokolą tvirtina",
            "(parašas)",
        ],
    ), text
    assert "Žydrūnas Šimkus" in text
    assert "VšĮ „Jaunimo erdvė“" in text


def test_problems_are_ranked_by_votes(store: Store, draft_id: str) -> None:
    text = whole_text(minutes_pdf(store, draft_id))
    # votes are (i * 7) % 11 for problem i+1: problem 4 has 10, problem 7 has 9
    assert in_order(text, ["Problema 4", "Problema 7", "Problema 2", "Problema 1"])


def test_every_page_has_its_number_of_all_pages(store: Store, draft_id: str) -> None:
    pages = pages_text(minutes_pdf(store, draft_id))
    assert len(pages) >= 2
    for number, page in enumerate(pages, 1):
        assert f"{number} / {len(pages)}" in page
        assert "Bibliotekos pažangai 2" in page


def test_a_draft_carries_the_draft_mark_and_final_minutes_do_not(store: Store) -> None:
    draft = typical_meeting(store)
    final = typical_meeting(store, final=True)
    draft_pages = pages_text(minutes_pdf(store, draft))
    assert all("PROJEKTAS" in page for page in draft_pages)
    final_text = whole_text(minutes_pdf(store, final))
    assert "PROJEKTAS" not in final_text
    assert "Protokolas Nr. 1" in final_text
    english = pages_text(minutes_pdf(store, draft, "en"))
    assert all("DRAFT" in page for page in english)
    assert "DRAFT" not in whole_text(minutes_pdf(store, final, "en"))


def test_the_minutes_in_english(store: Store, draft_id: str) -> None:
    pages = pages_text(minutes_pdf(store, draft_id, language="en"))
    text = "\n".join(pages)
    assert in_order(
        text,
        [
            "Minutes of the meeting",
            "Anykščiai District Municipality",
            "17 July 2026",
            "Chair",
            "Secretary",
            "Attendance",
            "Purpose of the meeting",
            "Agenda",
            "Discussion",
            "Community problems raised",
            "Action items",
            "Next steps",
            "Attachments",
            "Approved by",
        ],
    ), text
    assert f"page 1 of {len(pages)}" in pages[0]
    assert "Susitikimo protokolas" not in text


@pytest.mark.parametrize("nasty", ["<b>bold</b>", "Tom & Jerry", "a < b", "]]> end", "<br/>"])
def test_user_text_prints_literally(store: Store, nasty: str) -> None:
    meeting_id = meetings.create_meeting(
        store, municipality_id="anyksciu-r", title=f"Title {nasty}", starts_at=_start()
    )
    agenda.add_agenda_item(store, meeting_id, f"Item {nasty}", notes=f"Note {nasty}")
    minutes.add_action_item(store, meeting_id, f"Short {nasty}", owner_name=f"Owner {nasty}")
    minutes.add_action_item(store, meeting_id, f"Long {nasty} " + "words that wrap " * 12)
    text = whole_text(minutes_pdf(store, meeting_id))
    assert f"Long {nasty}" in text
    for expected in (f"Title {nasty}", f"Item {nasty}", f"Note {nasty}", f"Short {nasty}"):
        assert expected in text


def test_long_notes_and_200_participants_flow_over_pages(store: Store) -> None:
    long_notes = "\n\n".join(
        f"Pastraipa {n}: " + "bendruomenės biblioteka ir jos partneriai " * 30 for n in range(40)
    )
    meeting_id = typical_meeting(store, participants=200, notes=long_notes, actions=40)
    data = minutes_pdf(store, meeting_id)
    pages = pages_text(data)
    assert len(pages) > 10
    text = "\n".join(pages)
    assert text.count("Pastraipa 39") == len(AGENDA)
    assert "Kazlauskienė-199" in text or "Jankūnas-199" in text or "-199" in text
    for number, page in enumerate(pages, 1):
        assert f"{number} / {len(pages)}" in page
    # the header row of the participants' table repeats on the pages it runs over
    assert sum("Vardas, pavardė" in page for page in pages) >= 2


def test_every_font_is_embedded(store: Store, draft_id: str) -> None:
    assert_fonts_embedded(minutes_pdf(store, draft_id))
    assert_fonts_embedded(minutes_pdf(store, draft_id, "en"))
    assert_fonts_embedded(attendance_pdf(store, draft_id))


def test_the_attendance_sheet_has_invitees_and_empty_rows(store: Store, draft_id: str) -> None:
    data = attendance_pdf(store, draft_id)
    text = whole_text(data)
    assert in_order(text, ["Dalyvių registracijos lapas", TITLE, "Parašas"])
    assert "Žydrūnas Šimkus" in text
    assert "35" in text  # 25 invited and 10 empty rows
    assert "PROJEKTAS" not in text
    assert "Attendance sheet" in whole_text(attendance_pdf(store, draft_id, "en"))


def test_the_municipality_report(demo_store: Store) -> None:
    data = municipality_pdf(demo_store, "anyksciu-r")
    text = whole_text(data)
    assert in_order(
        text,
        [
            "Savivaldybės ataskaita",
            "Anykščių rajono savivaldybė",
            "Susitikimai",
            "Problemos pagal kategorijas",
            "Partneriai pagal sektorius",
            "Neatlikti veiksmai",
        ],
    ), text
    assert_fonts_embedded(data)
    english = whole_text(municipality_pdf(demo_store, "anyksciu-r", "en"))
    assert "Problems by category" in english


def test_the_programme_summary(demo_store: Store) -> None:
    data = summary_pdf(demo_store)
    text = whole_text(data)
    assert in_order(text, ["Programos suvestinė", "Akmenės r. sav.", "Zarasų r. sav."])
    assert "Problemos pagal kategorijas" in text
    assert_fonts_embedded(data)
    assert "Programme summary" in whole_text(summary_pdf(demo_store, "en"))


def test_an_unknown_language_or_meeting_is_one_sentence(store: Store, draft_id: str) -> None:
    with pytest.raises(InvalidInput, match=r"English \(en\), not 'de'"):
        minutes_pdf(store, draft_id, "de")
    with pytest.raises(NotFound):
        minutes_pdf(store, "no-such-meeting")


@pytest.mark.parametrize(
    ("typed", "expected"),
    [("anyksciu", "anyksciu-r"), ("Anykščių r. sav.", "anyksciu-r"), ("vilniaus m", "vilniaus-m"),
     ("BIRSTONO", "birstono"), ("alytaus-m", "alytaus-m")],
)  # fmt: skip
def test_a_municipality_is_named_as_people_type_it(store: Store, typed: str, expected: str) -> None:
    assert resolve_municipality(store, typed) == expected


def test_a_municipality_name_must_be_unique_and_exist(store: Store) -> None:
    with pytest.raises(Ambiguous, match="Alytaus miesto"):
        resolve_municipality(store, "alytaus")
    with pytest.raises(NotFound):
        resolve_municipality(store, "Atlantis")


def _start():  # type: ignore[no-untyped-def]
    import datetime as dt

    return dt.datetime(2026, 7, 17, 10, 0)


# --- photos attached to the minutes -------------------------------------------------


def image_sizes(data: bytes) -> list[tuple[int, int]]:
    """(width, height) in pixels of every image XObject on the pages."""
    sizes = []
    for page in pypdf.PdfReader(io.BytesIO(data)).pages:
        xobjects = page["/Resources"].get_object().get("/XObject")
        for ref in xobjects.get_object().values() if xobjects is not None else ():
            xobject = ref.get_object()
            if xobject["/Subtype"] == "/Image":
                sizes.append((int(xobject["/Width"]), int(xobject["/Height"])))
    return sizes


def test_a_photo_prints_at_the_end_with_its_caption(
    store: Store, draft_id: str, tmp_path: Path
) -> None:
    from fieldkit.services.attachments import add_attachment
    from tests.test_attachments import write_png

    add_attachment(
        store,
        meeting_id=draft_id,
        source=write_png(tmp_path, "lenta.png", width=40, height=30),
        caption="Problemų medis",
    )
    data = minutes_pdf(store, draft_id)
    assert image_sizes(data) == [(40, 30)]
    text = whole_text(data)
    assert in_order(
        text, ["Priedai", "lenta.png — Problemų medis", "Protokolą tvirtina", "Nuotraukos",
               "Problemų medis"]
    )  # fmt: skip
    assert "Photos" in whole_text(minutes_pdf(store, draft_id, "en"))


def test_a_photo_stands_upright_and_fits_the_page(
    store: Store, draft_id: str, tmp_path: Path
) -> None:
    from PIL import Image

    from fieldkit.services.attachments import add_attachment

    photo = tmp_path / "IMG_0001.JPG"
    exif = Image.Exif()
    exif[0x0112] = 6  # the camera was turned: show it rotated 90° clockwise
    Image.new("RGB", (3000, 100), (10, 120, 200)).save(photo, "JPEG", exif=exif)
    add_attachment(store, meeting_id=draft_id, source=photo)
    data = minutes_pdf(store, draft_id, "en")
    (size,) = image_sizes(data)
    assert size == (80, 2400)  # upright, and no more pixels than print needs
    assert "IMG_0001.JPG" in whole_text(data).split("Photos", 1)[1]  # no caption: its name


def test_a_photo_not_here_yet_or_unreadable_prints_a_note(
    store: Store, draft_id: str, tmp_path: Path
) -> None:
    from fieldkit.services.attachments import add_attachment, attachments_of_meeting
    from tests.test_attachments import write_png

    add_attachment(store, meeting_id=draft_id, source=write_png(tmp_path, "a.png"), caption="Lenta")
    broken = tmp_path / "b.jpg"
    broken.write_bytes(b"not a picture")
    add_attachment(store, meeting_id=draft_id, source=broken, caption="Sugadinta")
    first = attachments_of_meeting(store, draft_id)[0]
    assert first.path is not None
    first.path.unlink()  # the row came by sync, the file not yet
    data = minutes_pdf(store, draft_id, "en")
    assert image_sizes(data) == []
    photos = whole_text(data).split("Photos", 1)[1]
    assert "Lenta (the file is not on this computer yet)" in photos
    assert "Sugadinta (the picture cannot be read)" in photos
    lithuanian = whole_text(minutes_pdf(store, draft_id)).split("Nuotraukos", 1)[1]
    assert "Lenta (failo šiame kompiuteryje dar nėra)" in lithuanian


# --- next steps and the next meeting ----------------------------------------------

NEXT_STEPS = (
    "Parengti paraišką <b>iki</b> rugsėjo & kviesti jaunimą.",
    "Antra pastraipa: suderinti su seniūnija.",
)


def test_the_next_steps_print_as_written_with_the_next_meeting(store: Store, draft_id: str) -> None:
    import datetime as dt

    later = meetings.create_meeting(
        store,
        municipality_id="anyksciu-r",
        title="Planuotas susitikimas",
        starts_at=dt.datetime(2026, 9, 1, 9, 0),
    )
    meetings.update_meeting(
        store,
        draft_id,
        next_steps="\n\n".join(NEXT_STEPS),
        next_meeting_at=dt.datetime(2026, 8, 21, 14, 30),
    )
    lithuanian = whole_text(minutes_pdf(store, draft_id))
    expected = ["Tolesni žingsniai", *NEXT_STEPS, "Neatliktų veiksmų:"]
    expected += ["Kitas susitikimas: 2026 m. rugpjūčio 21 d. 14:30", "Priedai"]
    assert in_order(lithuanian, expected), lithuanian
    english = whole_text(minutes_pdf(store, draft_id, "en"))
    expected = ["Next steps", *NEXT_STEPS, "Open action items:"]
    expected += ["Next meeting: 21 August 2026 14:30", "Attachments"]
    assert in_order(english, expected), english
    # the meeting's own next meeting stands instead of the one planned in the municipality
    assert "Planuotas susitikimas" not in lithuanian + english

    meetings.update_meeting(store, draft_id, next_meeting_at=None)
    fallback = whole_text(minutes_pdf(store, draft_id, "en"))
    assert "Next meeting: 1 September 2026 09:00 – Planuotas susitikimas" in fallback
    meetings.delete_meeting(store, later)
    assert "Next meeting" not in whole_text(minutes_pdf(store, draft_id, "en"))
