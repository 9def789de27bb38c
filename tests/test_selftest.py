"""`fieldkit selftest` from source: every check passes, the user's folders stay
untouched, and a broken installation is reported check by check with exit 1.
(tests/test_bundle.py runs the same command inside the built bundle.)"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from tests.conftest import Cli

CHECKS = (
    "resources",
    "new database",
    "upgrade",
    "demo data",
    "search",
    "pdf",
    "pdf render",
    "workbook",
    "phone numbers",
    "window",
)


def lines_by_check(out: str) -> dict[str, str]:
    """{"pdf": "ok", "search": "SKIP", ...} from the one line each check prints."""
    verdicts = {}
    for line in out.splitlines():
        verdict, _, rest = line.partition(" ")
        if verdict in ("ok", "FAIL", "SKIP"):
            verdicts[rest.strip().split(":")[0]] = verdict
    return verdicts


def test_every_check_passes_from_source(cli: Cli, qapp: object) -> None:
    result = cli("selftest")

    assert result.code == 0, result.out + result.err
    assert lines_by_check(result.out) == dict.fromkeys(CHECKS, "ok")
    assert result.out.splitlines()[0].startswith("FieldKit ")
    assert result.out.splitlines()[-1] == f"All {len(CHECKS)} checks passed."


def test_the_users_data_folder_and_database_are_left_alone(
    cli: Cli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The conftest's FIELDKIT_DATA_DIR stands for the user's real data folder."""
    user_data = tmp_path / "data"
    user_db = tmp_path / "mine.sqlite"
    monkeypatch.setenv("FIELDKIT_DB", str(user_db))

    result = cli("selftest", "--no-window")

    assert result.code == 0, result.out + result.err
    assert not user_data.exists()
    assert not user_db.exists()
    assert os.environ["FIELDKIT_DATA_DIR"] == str(user_data)
    assert os.environ["FIELDKIT_DB"] == str(user_db)
    assert "window" not in lines_by_check(result.out)


def test_missing_resources_fail_and_the_checks_needing_them_are_skipped(
    cli: Cli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import fieldkit.cli.selftest as selftest

    empty = tmp_path / "no-resources"
    empty.mkdir()
    monkeypatch.setattr(selftest, "resource", lambda *parts: empty.joinpath(*parts))

    result = cli("selftest", "--no-window")

    assert result.code == 1
    verdicts = lines_by_check(result.out)
    assert verdicts["resources"] == "FAIL"
    assert "fonts/DejaVuSans.ttf" in result.out
    assert verdicts["pdf"] == verdicts["pdf render"] == "SKIP"
    assert verdicts["search"] == "ok"  # the database needs no resource looked up here
    assert result.out.splitlines()[-1] == "3 of 9 checks failed: resources, pdf, pdf render."
    assert "Traceback" in result.err  # for support, beside the one-line verdict


def test_a_pdf_without_embedded_fonts_fails(cli: Cli, monkeypatch: pytest.MonkeyPatch) -> None:
    """A PDF that names its fonts without embedding them passes every other check."""
    import fieldkit.reports

    monkeypatch.setattr(
        fieldkit.reports,
        "minutes_pdf",
        lambda *args: b"%PDF-1.4\n1 0 obj << /Type /Font /BaseFont /Helvetica >> endobj\n%%EOF\n",
    )

    result = cli("selftest", "--no-window")

    assert result.code == 1
    assert "FAIL pdf: AssertionError: the minutes PDF embeds no TrueType font" in result.out
    assert lines_by_check(result.out)["pdf render"] == "SKIP"
