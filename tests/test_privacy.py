"""The GDPR duties: everything about a person exported (JSON and a readable PDF),
a person erased (every personal field, the change log, conflicts and held changes,
with an audit entry that holds no personal data), the erased person shown as such
on paper, and the list of people idle for a chosen period."""

from __future__ import annotations

import datetime as dt
import io
import json
import os
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlalchemy import select, text

from fieldkit.errors import InvalidInput, NotFound
from fieldkit.model import (
    ChangeLogEntry,
    Conflict,
    Contact,
    HeldChange,
    ParticipantRole,
    RecordHistory,
)
from fieldkit.reports import minutes_pdf
from fieldkit.reports.person_export import export_person
from fieldkit.services import attendance, meetings, minutes, partners, problems
from fieldkit.services.merging import history_of, merge_contacts
from fieldkit.services.person_data import person_report
from fieldkit.services.privacy import (
    LegalBasis,
    erase_contact,
    erase_contacts,
    legal_basis_key,
    stale_contacts,
)
from fieldkit.store import Store
from tests.conftest import Cli

START = dt.datetime(2026, 12, 1, 10, 0)
PERSONAL = {
    "first_name": "Žydrūnė",
    "last_name": "Čiurlionytė-Šimkienė",
    "role": "Bibliotekininkė",
    "phone": "+370 612 34567",
    "email": "zydrune@biblioteka.lt",
    "notes": "Domisi jaunimo užimtumu",
    "tags": "jaunimas, savanoriai",
    "consent_given_on": dt.date(2026, 3, 2),
    "consent_method": "raštu susitikime",
    "consent_purpose": "kvietimai į susitikimus",
    "legal_basis": "consent",
}
SECRETS = ["Žydrūnė", "Čiurlionytė", "612 34567", "zydrune@", "jaunimo užimtumu", "savanoriai"]


@pytest.fixture
def person(store: Store) -> dict[str, str]:
    """A person with an organisation, in two meetings (chair of one), owning an
    action, having raised a problem and proposed an idea."""
    organization = partners.create_organization(store, name="Biržų viešoji biblioteka")
    contact = partners.create_contact(
        store, organization_id=organization, municipality_id="birzu-r", **PERSONAL
    )
    first = meetings.create_meeting(
        store, municipality_id="birzu-r", title="Jaunimo užimtumas", starts_at=START
    )
    second = meetings.create_meeting(
        store, municipality_id="birzu-r", title="Senjorai", starts_at=START.replace(day=8)
    )
    attendance.add_participant(store, first, contact, attended=True, role=ParticipantRole.CHAIR)
    attendance.invite_contact(store, second, contact)
    action = minutes.add_action_item(
        store, first, "Parengti kvietimą", owner_contact_id=contact, due_on=dt.date(2026, 12, 20)
    )
    problem = problems.create_problem(
        store, municipality_id="birzu-r", title="Jaunimas išvyksta", raised_by_contact_id=contact
    )
    problems.add_idea(store, problem, "Karjeros dienos", proposed_by_contact_id=contact)
    return {"contact": contact, "first": first, "second": second, "action": action}


def test_the_legal_basis_is_a_stable_key_and_old_words_read_as_keys() -> None:
    assert legal_basis_key("consent") is LegalBasis.CONSENT
    assert legal_basis_key("sutikimas") is LegalBasis.CONSENT
    assert legal_basis_key("Teisėtas interesas") is LegalBasis.LEGITIMATE_INTERESTS
    assert legal_basis_key("public_task") is LegalBasis.PUBLIC_TASK
    assert legal_basis_key("") is None
    assert legal_basis_key("kažkas kita") is None
    assert len(LegalBasis) == 6  # GDPR Art. 6(1) (a) to (f)


# --- everything about a person -----------------------------------------------------


def test_the_person_report_gathers_everything_held(store: Store, person: dict[str, str]) -> None:
    report = person_report(store, person["contact"])
    assert report.full_name == "Žydrūnė Čiurlionytė-Šimkienė"
    assert report.organization == "Biržų viešoji biblioteka"
    assert report.municipality == "Biržų rajono savivaldybė"
    assert report.contact["consent_given_on"] == "2026-03-02"
    assert report.contact["legal_basis"] == "consent"
    assert [(m.title, m.attended, m.role) for m in report.meetings] == [
        ("Jaunimo užimtumas", True, ParticipantRole.CHAIR),
        ("Senjorai", False, ParticipantRole.PARTICIPANT),
    ]
    assert [(a.text, a.meeting_title) for a in report.action_items] == [
        ("Parengti kvietimą", "Jaunimo užimtumas")
    ]
    assert sorted((p.how, p.title, p.text) for p in report.problems) == [
        ("idea", "Jaunimas išvyksta", "Karjeros dienos"),
        ("raised", "Jaunimas išvyksta", ""),
    ]
    with pytest.raises(NotFound):
        person_report(store, "00000000-0000-4000-8000-00000000dead")


def test_the_person_export_is_private_json_with_lithuanian_letters(
    store: Store, person: dict[str, str], tmp_path: Path
) -> None:
    target = tmp_path / "asmuo.json"
    export_person(store, person["contact"], target)
    assert os.stat(target).st_mode & 0o777 == 0o600
    raw = target.read_text(encoding="utf-8")
    assert "Žydrūnė" in raw  # letters as they are, not \u escapes
    data = json.loads(raw)
    assert data["format"] == "fieldkit-person-report"
    assert data["contact"]["email"] == "zydrune@biblioteka.lt"
    assert [m["role"] for m in data["meetings"]] == ["chair", "participant"]
    assert data["action_items"][0]["due_on"] == "2026-12-20"
    assert [h["event"] for h in data["history"]] == []
    assert list(tmp_path.glob("*.partial")) == []


def test_the_person_export_as_pdf_reads_back_in_both_languages(
    store: Store, person: dict[str, str], tmp_path: Path
) -> None:
    for language, heading in (("lt", "Visi apie asmenį saugomi duomenys"), ("en", "Everything")):
        target = tmp_path / f"asmuo-{language}.pdf"
        export_person(store, person["contact"], target, language)
        assert os.stat(target).st_mode & 0o777 == 0o600
        content = "\n".join(page.extract_text() for page in PdfReader(target).pages)
        for expected in (heading, "Žydrūnė Čiurlionytė-Šimkienė", "Jaunimo užimtumas"):
            assert expected in content
        assert "BDAR 6 str." in content if language == "lt" else "GDPR Art. 6" in content
    with pytest.raises(InvalidInput, match=r"\.json or a \.pdf"):
        export_person(store, person["contact"], tmp_path / "asmuo.docx")


def test_markup_in_a_persons_data_prints_as_text(store: Store, tmp_path: Path) -> None:
    contact = partners.create_contact(store, first_name="<b>Jonas</b> & Co", notes="a < b")
    target = tmp_path / "jonas.pdf"
    export_person(store, contact, target)
    content = "\n".join(page.extract_text() for page in PdfReader(target).pages)
    assert "<b>Jonas</b> & Co" in content


# --- erasing ---------------------------------------------------------------------------


def _everything_textual(store: Store) -> str:
    """Every value of every table that could hold a person's data, as one text."""
    with store.read() as session:
        parts = []
        for table in ("contact", "change_log", "conflict", "sync_held_change", "record_history"):
            for row in session.execute(text(f"SELECT * FROM {table}")):
                parts.append(" ".join(str(v) for v in row))
        return "\n".join(parts)


def test_an_erase_clears_every_personal_field_and_leaves_an_audit_entry_without_them(
    store: Store, person: dict[str, str]
) -> None:
    contact_id = person["contact"]
    assert all(secret in _everything_textual(store) for secret in SECRETS)
    result = erase_contact(store, contact_id, erased_by="Rasa Koordinatorė")

    with store.read() as session:
        contact = session.get(Contact, contact_id)
        assert contact is not None
        for name in Contact.PERSONAL_FIELDS:
            assert getattr(contact, name) in ("", None), name
        assert contact.deleted and contact.erased_at is not None
        assert contact.municipality_id == "birzu-r"  # not personal: the district's count
        [audit] = session.scalars(select(RecordHistory).where(RecordHistory.event == "erased"))
        assert (audit.record_id, audit.actor) == (contact_id, "Rasa Koordinatorė")
        assert audit.happened_at == contact.erased_at
    assert result.contact_ids == (contact_id,) and result.scrubbed_changes > 0
    everything = _everything_textual(store)
    for secret in SECRETS:
        assert secret not in everything, secret
    with pytest.raises(NotFound):
        partners.get_contact(store, contact_id)
    with pytest.raises(InvalidInput, match="already erased"):
        erase_contact(store, contact_id)


def _file_bytes(db_path: Path) -> bytes:
    """The database's files as they lie on disk (the WAL, if any, too)."""
    files = [db_path, Path(f"{db_path}-wal")]
    return b"".join(path.read_bytes() for path in files if path.exists())


def test_an_erase_leaves_no_word_of_the_person_in_the_database_file(db_path: Path) -> None:
    from fieldkit.store import open_store

    # the search index holds the words folded: no diacritics, no case
    indexed = [b"ciurlionyte", b"zydrune"]
    with open_store(db_path) as store:
        contact = partners.create_contact(store, municipality_id="birzu-r", **PERSONAL)
        partners.create_contact(store, first_name="Ona", last_name="Kitienė")
    assert all(word in _file_bytes(db_path) for word in indexed)  # the check can see them
    with open_store(db_path) as store:
        partners.update_contact(store, contact, notes="Domisi jaunimo užimtumu ir kitkuo")
        erase_contact(store, contact)
        # the window stays open: its write-ahead log must not keep the old pages
        while_open = _file_bytes(db_path)
    for on_disk in (while_open, _file_bytes(db_path)):
        for word in [*indexed, *(secret.encode() for secret in SECRETS)]:
            assert word not in on_disk, word
        assert b"kitiene" in on_disk  # the others are still found


def test_the_erase_goes_into_the_change_log_so_it_syncs(
    store: Store, person: dict[str, str]
) -> None:
    contact_id = person["contact"]
    with store.read() as session:
        before = session.scalar(select(ChangeLogEntry.seq).order_by(ChangeLogEntry.seq.desc()))
    erase_contact(store, contact_id, erased_by="Rasa")
    with store.read() as session:
        new = {
            e.field: json.loads(e.value)
            for e in session.scalars(
                select(ChangeLogEntry).where(
                    ChangeLogEntry.seq > before, ChangeLogEntry.row_id == contact_id
                )
            )
        }
        # the values the row was created with are now the cleared ones too
        created = {
            e.field: json.loads(e.value)
            for e in session.scalars(
                select(ChangeLogEntry).where(
                    ChangeLogEntry.seq <= before, ChangeLogEntry.row_id == contact_id
                )
            )
        }
    assert new["deleted"] is True and new["erased_at"]
    assert new["first_name"] == "" and new["consent_given_on"] is None
    assert new["organization_id"] is None
    assert created["first_name"] == "" and created["phone"] == ""
    assert created["consent_given_on"] is None and created["organization_id"] is None
    assert created["municipality_id"] == "birzu-r"


def test_an_erase_purges_conflicts_and_held_changes_about_the_person(
    store: Store, person: dict[str, str]
) -> None:
    contact_id = person["contact"]
    other = partners.create_contact(store, first_name="Kitas")
    with store.write() as session:
        for row_id in (contact_id, other):
            session.add(
                Conflict(
                    table_name="contact",
                    row_id=row_id,
                    field="phone",
                    losing_value='"+370 699 99999"',
                    losing_hlc="x",
                    winning_hlc="y",
                    recorded_at=dt.datetime.now(dt.UTC),
                )
            )
            session.add(
                HeldChange(
                    hlc="z",
                    table_name="contact",
                    row_id=row_id,
                    field="email",
                    value='"vėliau@example.lt"',
                )
            )
    erase_contact(store, contact_id, erased_by="Rasa")
    with store.read() as session:
        assert session.scalars(select(Conflict.row_id)).all() == [other]
        assert session.scalars(select(HeldChange.row_id)).all() == [other]


def test_an_erased_person_prints_as_erased_not_as_a_blank(
    store: Store, person: dict[str, str]
) -> None:
    erase_contact(store, person["contact"], erased_by="Rasa")
    detail = meetings.get_meeting(store, person["first"])
    assert len(detail.participants) == 1  # the meeting still had one participant
    for language, label in (("lt", "ištrintas asmuo"), ("en", "erased person")):
        pdf = minutes_pdf(store, person["first"], language)
        content = "\n".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages)
        assert content.count(label) >= 3  # chair, the attendance list, the action's owner
        assert "Žydrūnė" not in content


def test_an_erase_reaches_the_duplicates_merged_into_the_person(store: Store) -> None:
    keep = partners.create_contact(store, first_name="Žydrūnė", last_name="Čiurlionytė")
    lose = partners.create_contact(
        store, first_name="Zydrune", last_name="Ciurlionyte", phone="+370 612 34567"
    )
    merge_contacts(store, keep, lose, merged_by="Rasa")
    result = erase_contact(store, keep, erased_by="Rasa")
    assert set(result.contact_ids) == {keep, lose}
    with store.read() as session:
        loser = session.get(Contact, lose)
        assert loser is not None and loser.erased_at is not None
        assert (loser.first_name, loser.phone) == ("", "")
    [merged, erased] = history_of(store, "contact", keep)
    assert merged.event == "merged" and merged.details["losing_values"] is None
    assert erased.event == "erased"
    everything = _everything_textual(store)
    for secret in ("Zydrune", "Ciurlionyte", "612 34567", "Žydrūnė"):
        assert secret not in everything, secret


def test_an_erased_person_cannot_be_merged_and_unknown_ids_are_refused(
    store: Store, person: dict[str, str]
) -> None:
    other = partners.create_contact(store, first_name="Kitas")
    erase_contact(store, person["contact"])
    with pytest.raises(NotFound):
        merge_contacts(store, other, person["contact"])
    with pytest.raises(NotFound):
        erase_contact(store, "00000000-0000-4000-8000-00000000dead")
    # "erase selected" skips one erased meanwhile and erases the rest
    results = erase_contacts(store, [person["contact"], other], erased_by="Rasa")
    assert [r.contact_ids for r in results] == [(other,)]


# --- retention ---------------------------------------------------------------------------


def _age(store: Store, contact_id: str, when: dt.datetime) -> None:
    """Pretend the contact was last edited at `when` (as if years ago)."""
    with store.write() as session:
        session.execute(
            text("UPDATE contact SET updated_at = :when WHERE id = :id"),
            {"when": when.strftime("%Y-%m-%dT%H:%M:%S.%fZ"), "id": contact_id},
        )


def test_the_retention_list_shows_people_idle_since_the_date(store: Store) -> None:
    long_ago = dt.datetime(2021, 5, 1, tzinfo=dt.UTC)
    idle = partners.create_contact(store, first_name="Senas", last_name="Kontaktas")
    met_recently = partners.create_contact(store, first_name="Aktyvus")
    met_long_ago = partners.create_contact(store, first_name="Buvęs")
    invited_only = partners.create_contact(store, first_name="Kviestas")
    edited = partners.create_contact(store, first_name="Redaguotas")
    recent = meetings.create_meeting(
        store, municipality_id="birzu-r", title="Naujas", starts_at=dt.datetime(2025, 6, 1, 10)
    )
    old = meetings.create_meeting(
        store, municipality_id="birzu-r", title="Senas", starts_at=dt.datetime(2021, 6, 1, 10)
    )
    attendance.add_participant(store, recent, met_recently, attended=True)
    attendance.add_participant(store, old, met_long_ago, attended=True)
    attendance.invite_contact(store, recent, invited_only)  # invited, never came
    for contact_id in (idle, met_recently, met_long_ago, invited_only, edited):
        _age(store, contact_id, long_ago)
    partners.update_contact(store, edited, phone="+370 600 00000")  # edited today

    stale = stale_contacts(store, dt.date(2023, 1, 1))

    assert {s.contact_id for s in stale} == {idle, met_long_ago, invited_only}
    by_id = {s.contact_id: s for s in stale}
    assert by_id[met_long_ago].last_activity == dt.date(2021, 6, 1)
    assert by_id[idle].last_activity == dt.date(2021, 5, 1)
    assert by_id[idle].full_name == "Senas Kontaktas"
    assert stale[0].contact_id in (idle, invited_only)  # the longest idle first
    assert stale_contacts(store, dt.date(2020, 1, 1)) == []


# --- the command line ------------------------------------------------------------------


def test_the_command_line_exports_and_erases_a_person(
    db_path: Path, tmp_path: Path, cli: Cli
) -> None:
    from fieldkit.store import open_store

    with open_store(db_path) as store:
        contact_id = partners.create_contact(store, **PERSONAL)
    out = tmp_path / "asmuo.json"
    result = cli("--db", db_path, "person", "export", contact_id[:8], "-o", out)
    assert result.code == 0, result.err
    assert json.loads(out.read_text(encoding="utf-8"))["contact"]["first_name"] == "Žydrūnė"
    pdf = tmp_path / "asmuo.pdf"
    assert cli("--db", db_path, "person", "export", contact_id, "-o", pdf, "--lang", "en").code == 0
    assert "Žydrūnė" in PdfReader(pdf).pages[0].extract_text()

    refused = cli("--db", db_path, "person", "erase", contact_id)
    assert (refused.code, refused.err) == (
        1,
        "fieldkit: Erasing a person cannot be undone; add --yes to confirm.\n",
    )
    done = cli("--db", db_path, "person", "erase", contact_id, "--yes", "--by", "Rasa")
    assert done.code == 0 and "next sync" in done.out
    again = cli("--db", db_path, "person", "erase", contact_id, "--yes")
    assert (again.code, again.err) == (1, "fieldkit: This person was already erased.\n")
    # the whole id still names the erased row: its export shows what is left
    assert cli("--db", db_path, "person", "export", contact_id, "-o", out).code == 0
    left = json.loads(out.read_text(encoding="utf-8"))
    assert left["contact"]["first_name"] == "" and left["contact"]["erased_at"]
    assert [h["event"] for h in left["history"]] == ["erased"]
    missing = cli("--db", db_path, "person", "export", "ffff", "-o", out)
    assert missing.code == 1 and "no contact whose id starts with 'ffff'" in missing.err


def test_the_command_line_lists_people_idle_for_years(db_path: Path, cli: Cli) -> None:
    from fieldkit.store import open_store

    with open_store(db_path) as store:
        idle = partners.create_contact(store, first_name="Senas")
        partners.create_contact(store, first_name="Naujas")
        _age(store, idle, dt.datetime(2019, 1, 1, tzinfo=dt.UTC))
    result = cli("--db", db_path, "person", "stale", "--years", "3")
    assert result.code == 0
    assert result.out.splitlines() == [f"{idle}  2019-01-01  Senas  "]
    assert cli("--db", db_path, "person", "stale", "--years", "0").code == 1
