"""`fieldkit minutes|attendance|report|summary -o FILE.pdf`: the PDF written whole
and private, the meeting by any unique id prefix, the municipality as people type
it, and every bad input one sentence."""

from __future__ import annotations

import io
import stat
from pathlib import Path

import pypdf
import pytest

from fieldkit.store import open_store
from tests.conftest import Cli
from tests.reports_sample import TITLE, typical_meeting
from tests.test_cli import assert_one_sentence, fieldkit_process


def text_of(path: Path) -> str:
    return "\n".join(p.extract_text() for p in pypdf.PdfReader(io.BytesIO(path.read_bytes())).pages)


@pytest.fixture
def meeting_id(db_path: Path) -> str:
    with open_store(db_path) as store:
        return typical_meeting(store)


def test_minutes_are_written_private_in_either_language(
    cli: Cli, db_path: Path, meeting_id: str, tmp_path: Path
) -> None:
    target = tmp_path / "protokolas.pdf"
    result = cli("--db", db_path, "minutes", meeting_id[:8], "-o", target)
    assert result.code == 0, result.err
    assert str(target) in result.out
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert "Susitikimo protokolas" in text_of(target)
    assert TITLE in text_of(target)
    result = cli("--db", db_path, "minutes", meeting_id, "-o", target, "--lang", "en")
    assert result.code == 0, result.err
    assert "Minutes of the meeting" in text_of(target)
    assert [p.name for p in tmp_path.iterdir() if p.suffix == ".partial"] == []


def test_attendance_report_and_summary(
    cli: Cli, db_path: Path, meeting_id: str, tmp_path: Path
) -> None:
    sheet, report, summary = tmp_path / "a.pdf", tmp_path / "r.pdf", tmp_path / "s.pdf"
    assert cli("--db", db_path, "attendance", meeting_id[:6], "-o", sheet).code == 0
    assert "Dalyvių registracijos lapas" in text_of(sheet)
    assert cli("--db", db_path, "report", "anyksciu", "-o", report).code == 0
    assert "Anykščių rajono savivaldybė" in text_of(report)
    assert cli("--db", db_path, "summary", "-o", summary, "--lang", "en").code == 0
    assert "Programme summary" in text_of(summary)


@pytest.mark.parametrize(
    ("argv", "says"),
    [
        (["minutes", "zz", "-o", "{tmp}/x.pdf"], "not a meeting id"),
        (["minutes", "0000", "-o", "{tmp}/x.pdf"], "no meeting"),
        (["report", "alytaus", "-o", "{tmp}/x.pdf"], "several municipalities"),
        (["report", "Atlantis", "-o", "{tmp}/x.pdf"], "no municipality"),
        (["summary", "-o", "{tmp}/missing/x.pdf"], "Cannot write to the folder"),
        (["summary", "-o", "{tmp}"], "is a folder"),
    ],
)
def test_bad_input_is_one_sentence(
    cli: Cli, db_path: Path, tmp_path: Path, argv: list[str], says: str
) -> None:
    result = cli("--db", db_path, *[a.format(tmp=tmp_path) for a in argv])
    assert result.code == 1
    assert says in assert_one_sentence(result.err)
    assert not (tmp_path / "x.pdf").exists()


def test_an_unknown_language_is_a_usage_error(cli: Cli, db_path: Path, tmp_path: Path) -> None:
    result = cli("--db", db_path, "summary", "-o", tmp_path / "x.pdf", "--lang", "de")
    assert result.code == 2


def test_the_real_entry_point_writes_a_pdf(db_path: Path, tmp_path: Path) -> None:
    target = tmp_path / "suvestine.pdf"
    done = fieldkit_process(tmp_path, "summary", "-o", target, db=db_path)
    assert done.returncode == 0, done.stderr
    assert target.read_bytes().startswith(b"%PDF")
