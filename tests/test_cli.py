"""The `fieldkit` command line: mostly in-process through `cli.run` (fast), plus a
few runs of the real entry point (`python -m fieldkit`) for exit codes, stderr and
the absence of tracebacks."""

from __future__ import annotations

import contextlib
import json
import os
import random
import re
import shutil
import socket
import sqlite3
import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest

import fieldkit
from fieldkit.model import SYNCABLE_CLASSES
from fieldkit.store.schema import SCHEMA_HEAD
from tests.conftest import Cli, copy_database

REPO_ROOT = Path(fieldkit.__file__).resolve().parent.parent
MEETING_LINE = re.compile(r"^([0-9a-f]{8})  (\d{4}-\d\d-\d\d \d\d:\d\d)  (.+?)  (.+)$")
SEARCH_LINE = re.compile(r"^(meeting|problem|contact|organization) +([0-9a-f]{8})  (.*?)  — (.*)$")


def fieldkit_process(
    tmp_path: Path,
    *argv: object,
    db: Path | None = None,
    stdout: int = subprocess.PIPE,
    unbuffered: bool = False,
) -> subprocess.CompletedProcess[str]:
    """The real entry point, in the environment a user has (buffered stdout unless
    asked otherwise; this test environment may set PYTHONUNBUFFERED)."""
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONUNBUFFERED", "FIELDKIT_DB")}
    env["FIELDKIT_DATA_DIR"] = str(tmp_path / "data")
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(REPO_ROOT), env.get("PYTHONPATH")]))
    if db is not None:
        env["FIELDKIT_DB"] = str(db)
    if unbuffered:
        env["PYTHONUNBUFFERED"] = "1"
    return subprocess.run(
        [sys.executable, "-m", "fieldkit", *map(str, argv)],
        env=env,
        cwd=tmp_path,
        stdout=stdout,
        stderr=subprocess.PIPE,
        text=True,
        encoding="utf-8",
        timeout=60,
        check=False,
    )


def assert_one_sentence(err: str) -> str:
    """What every bad input must give: one line, ours, no traceback."""
    assert "Traceback" not in err
    lines = err.splitlines()
    assert len(lines) == 1, f"expected one line on stderr, got:\n{err}"
    assert lines[0].startswith("fieldkit: "), err
    assert lines[0].endswith("."), err
    return lines[0]


def query(db: Path, sql: str, *params: object) -> list[tuple]:
    uri = f"{db.resolve().as_uri()}?mode=ro"
    with contextlib.closing(sqlite3.connect(uri, uri=True)) as connection:
        return connection.execute(sql, params).fetchall()


def live_meeting_ids(db: Path) -> list[str]:
    return [row[0] for row in query(db, "SELECT id FROM meeting WHERE deleted = 0 ORDER BY id")]


def export_bytes(cli: Cli, db: Path, target: Path) -> bytes:
    result = cli("--db", db, "export", "json", "-o", target)
    assert result.code == 0, result.err
    return target.read_bytes()


def backups_of(db: Path) -> list[Path]:
    folder = db.parent / "backups"
    return sorted(folder.glob(f"{db.stem}-*.fkbackup.sqlite")) if folder.is_dir() else []


# --- the parser ---------------------------------------------------------------------


def test_version(cli: Cli) -> None:
    result = cli("--version")
    assert result.code == 0
    assert result.out == f"FieldKit {fieldkit.__version__}\n"


def test_help_lists_every_command(cli: Cli) -> None:
    """Without a command FieldKit opens the window (tests/ui); --help lists the rest."""
    result = cli("--help")
    assert result.code == 0
    assert result.out.startswith("usage: fieldkit")
    for command in ("demo", "meetings", "meeting", "search", "export", "backup", "restore"):
        assert re.search(rf"^\s+{command}\s", result.out, re.MULTILINE), command
    assert result.err == ""


def test_unknown_command_is_a_usage_error(cli: Cli) -> None:
    result = cli("frobnicate")
    assert result.code == 2
    assert result.out == ""
    assert result.err.startswith("usage: fieldkit")
    assert "invalid choice: 'frobnicate'" in result.err


def test_real_entry_point_version_and_usage_error(tmp_path: Path) -> None:
    version = fieldkit_process(tmp_path, "--version")
    assert (version.returncode, version.stdout, version.stderr) == (
        0,
        f"FieldKit {fieldkit.__version__}\n",
        "",
    )
    wrong = fieldkit_process(tmp_path, "frobnicate")
    assert wrong.returncode == 2
    assert wrong.stdout == ""
    assert "usage: fieldkit" in wrong.stderr
    assert "Traceback" not in wrong.stderr


# --- choosing the database ----------------------------------------------------------


def test_db_option_and_environment_select_the_database(
    cli: Cli, demo_db_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    expected = len(live_meeting_ids(demo_db_path))
    text_file = tmp_path / "notes.txt"
    text_file.write_text("not a database\n", encoding="utf-8")

    monkeypatch.setenv("FIELDKIT_DB", str(demo_db_path))
    assert len(cli("meetings").out.splitlines()) == expected

    monkeypatch.setenv("FIELDKIT_DB", str(text_file))
    refused = cli("meetings")
    assert refused.code == 1
    assert str(text_file) in assert_one_sentence(refused.err)

    # --db wins over the environment (which points at something unusable).
    chosen = cli("--db", demo_db_path, "meetings")
    assert chosen.code == 0, chosen.err
    assert len(chosen.out.splitlines()) == expected
    assert text_file.read_text(encoding="utf-8") == "not a database\n"


def test_without_db_the_data_folder_database_is_used(cli: Cli, tmp_path: Path) -> None:
    result = cli("meetings")
    assert result.code == 0, result.err
    assert result.out == ""
    assert (tmp_path / "data" / "fieldkit.sqlite").is_file()


def test_db_path_with_tilde_is_expanded(
    cli: Cli, demo_template: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    monkeypatch.chdir(tmp_path)
    db = copy_database(demo_template, tmp_path / "home" / "mine.sqlite")
    result = cli("--db", "~/mine.sqlite", "meetings")
    assert result.code == 0, result.err
    assert len(result.out.splitlines()) == len(live_meeting_ids(db))
    assert not (tmp_path / "~").exists()


def test_real_entry_point_environment_and_db_option(tmp_path: Path, demo_db_path: Path) -> None:
    empty = tmp_path / "elsewhere" / "empty.sqlite"
    by_env = fieldkit_process(tmp_path, "meetings", db=demo_db_path)
    assert by_env.returncode == 0, by_env.stderr
    assert len(by_env.stdout.splitlines()) == len(live_meeting_ids(demo_db_path))
    # Lithuanian letters arrive intact through a real pipe.
    assert "savivaldybė" in by_env.stdout

    by_option = fieldkit_process(tmp_path, "--db", demo_db_path, "meetings", db=empty)
    assert by_option.returncode == 0, by_option.stderr
    assert by_option.stdout == by_env.stdout
    assert not empty.exists()


# --- demo ---------------------------------------------------------------------------


def test_demo_fills_an_empty_database(cli: Cli, db_path: Path, tmp_path: Path) -> None:
    before = json.loads(export_bytes(cli, db_path, tmp_path / "before.json"))
    result = cli("--db", db_path, "demo", "--size", "300")
    assert result.code == 0, result.err
    match = re.fullmatch(
        r"Demo data written to (.+): (\d+) rows \((\d+) meetings, (\d+) contacts, "
        r"(\d+) problems\)\.\n",
        result.out,
    )
    assert match, result.out
    assert match[1] == str(db_path)
    total, meetings, contacts, problems = map(int, match.groups()[1:])
    after = json.loads(export_bytes(cli, db_path, tmp_path / "after.json"))

    def count(export: dict, table: str) -> int:
        return len(export["tables"][table])

    assert meetings == count(after, "meeting") > 0
    assert contacts == count(after, "contact") > 0
    assert problems == count(after, "problem") > 0
    added = sum(count(after, t) - count(before, t) for t in after["tables"])
    assert total == added
    assert len(cli("--db", db_path, "meetings").out.splitlines()) == meetings


def test_demo_refuses_a_database_with_data(cli: Cli, demo_db_path: Path, tmp_path: Path) -> None:
    before = export_bytes(cli, demo_db_path, tmp_path / "before.json")
    result = cli("--db", demo_db_path, "demo", "--size", "300")
    assert result.code == 1
    assert result.out == ""
    assert "already holds data" in assert_one_sentence(result.err)
    assert export_bytes(cli, demo_db_path, tmp_path / "after.json") == before


@pytest.mark.parametrize("size", ["0", "-5"])
def test_demo_size_must_be_positive(cli: Cli, tmp_path: Path, size: str) -> None:
    db = tmp_path / "new" / "demo.sqlite"
    result = cli("--db", db, "demo", "--size", size)
    assert result.code == 1
    assert "between 1 and" in assert_one_sentence(result.err)
    assert not db.exists()


def test_demo_size_must_be_a_number(cli: Cli, tmp_path: Path) -> None:
    result = cli("--db", tmp_path / "x.sqlite", "demo", "--size", "many")
    assert result.code == 2
    assert "invalid int value" in result.err
    assert not (tmp_path / "x.sqlite").exists()


def test_demo_is_deterministic(cli: Cli, empty_template: Path, tmp_path: Path) -> None:
    # One database made by the command itself, one copied (with another replica id).
    fresh = tmp_path / "fresh" / "one.sqlite"
    other = copy_database(empty_template, tmp_path / "other" / "two.sqlite")
    for db in (fresh, other):
        result = cli("--db", db, "demo", "--size", "300")
        assert result.code == 0, result.err
    assert query(fresh, "SELECT value FROM meta WHERE key = 'replica_id'") != query(
        other, "SELECT value FROM meta WHERE key = 'replica_id'"
    )
    first = export_bytes(cli, fresh, tmp_path / "one.json")
    second = export_bytes(cli, other, tmp_path / "two.json")
    assert len(json.loads(first)["tables"]["meeting"]) > 0
    assert first == second


# --- meetings and meeting -----------------------------------------------------------


def test_meetings_lists_newest_first(cli: Cli, demo_db_path: Path) -> None:
    result = cli("--db", demo_db_path, "meetings")
    assert result.code == 0, result.err
    assert result.err == ""
    rows = query(
        demo_db_path,
        "SELECT m.id, m.starts_at, u.name_lt, m.title FROM meeting m "
        "JOIN municipality u ON u.id = m.municipality_id WHERE m.deleted = 0",
    )
    lines = result.out.splitlines()
    assert len(lines) == len(rows) > 1
    parsed = []
    for line in lines:
        match = MEETING_LINE.fullmatch(line)
        assert match, line
        parsed.append(match.groups())
    expected = {
        (mid[:8], starts[:16].replace("T", " "), municipality, title)
        for mid, starts, municipality, title in rows
    }
    assert set(parsed) == expected
    dates = [date for _, date, _, _ in parsed]
    assert dates == sorted(dates, reverse=True)
    assert any("savivaldybė" in municipality for _, _, municipality, _ in parsed)
    assert any(re.search("[ąčęėįšųūž]", title) for _, _, _, title in parsed)


def test_meeting_by_full_id_and_by_prefix(cli: Cli, demo_db_path: Path) -> None:
    meeting_id = live_meeting_ids(demo_db_path)[0]
    (title,) = query(demo_db_path, "SELECT title FROM meeting WHERE id = ?", meeting_id)[0]
    full = cli("--db", demo_db_path, "meeting", meeting_id)
    assert full.code == 0, full.err
    assert full.out.splitlines()[:2] == [title, meeting_id]
    agenda = query(
        demo_db_path,
        "SELECT count(*) FROM agenda_item WHERE meeting_id = ? AND deleted = 0",
        meeting_id,
    )[0][0]
    assert len(re.findall(r"^\d+\. ", full.out, re.MULTILINE)) == agenda
    ids = live_meeting_ids(demo_db_path)
    length = next(n for n in range(1, 37) if sum(i.startswith(meeting_id[:n]) for i in ids) == 1)
    for prefix in (meeting_id[:8], meeting_id[:length], meeting_id[:8].upper()):
        by_prefix = cli("--db", demo_db_path, "meeting", prefix)
        assert by_prefix.code == 0, (prefix, by_prefix.err)
        assert by_prefix.out == full.out


def test_meeting_with_an_unknown_id(cli: Cli, demo_db_path: Path) -> None:
    ids = live_meeting_ids(demo_db_path)
    unknown = next(c * 8 for c in "0123456789abcdef" if not any(i.startswith(c * 8) for i in ids))
    contact_id = query(demo_db_path, "SELECT id FROM contact LIMIT 1")[0][0]
    for wrong in (unknown, contact_id):
        result = cli("--db", demo_db_path, "meeting", wrong)
        assert result.code == 1
        assert result.out == ""
        assert f"There is no meeting whose id starts with '{wrong}'" in assert_one_sentence(
            result.err
        )


def test_meeting_with_an_ambiguous_prefix(cli: Cli, demo_db_path: Path) -> None:
    ids = live_meeting_ids(demo_db_path)
    shared = next(i[0] for i in ids if sum(j.startswith(i[0]) for j in ids) > 1)
    result = cli("--db", demo_db_path, "meeting", shared)
    assert result.code == 1
    assert result.out == ""
    assert "More than one meeting" in assert_one_sentence(result.err)


@pytest.mark.parametrize("wrong", ["xyz", "not-an-id", "12 34", "'; DROP TABLE meeting; --", ""])
def test_meeting_with_something_that_is_not_an_id(cli: Cli, demo_db_path: Path, wrong: str) -> None:
    result = cli("--db", demo_db_path, "meeting", wrong)
    assert result.code == 1
    assert result.out == ""
    assert "is not a meeting id" in assert_one_sentence(result.err)
    assert len(live_meeting_ids(demo_db_path)) > 0


# --- search -------------------------------------------------------------------------


def search_refs(cli: Cli, db: Path, *words: str) -> list[str]:
    result = cli("--db", db, "search", *words, "--limit", "1000")
    assert result.code == 0, result.err
    return [line.split()[1] for line in result.out.splitlines()]


def test_search_without_diacritics_finds_siauliai(cli: Cli, demo_db_path: Path) -> None:
    result = cli("--db", demo_db_path, "search", "siauliu")
    assert result.code == 0, result.err
    assert result.err == ""
    lines = result.out.splitlines()
    assert 0 < len(lines) <= 20  # the default limit
    assert any("Šiaulių" in line for line in lines)
    assert all(SEARCH_LINE.fullmatch(line) for line in lines), result.out
    assert (
        search_refs(cli, demo_db_path, "siauliu")
        == search_refs(cli, demo_db_path, "Šiaulių")
        == search_refs(cli, demo_db_path, "SIAULIU")
    )


def test_search_with_several_words_needs_all_of_them(cli: Cli, demo_db_path: Path) -> None:
    result = cli("--db", demo_db_path, "search", "siauliu", "--limit", "1000")
    hits = [SEARCH_LINE.fullmatch(line) for line in result.out.splitlines()]
    assert hits and all(hits), result.out
    # A hit whose title holds another word besides "Šiaulių": search for both.
    ref, title = next((h[2], h[3]) for h in hits if h and "Šiaul" in h[3] and len(h[3].split()) > 1)
    other_word = next(w for w in title.split() if "Šiaul" not in w)
    both = search_refs(cli, demo_db_path, "siauliu", other_word)
    assert ref in both
    assert set(both) <= set(search_refs(cli, demo_db_path, "siauliu"))
    assert set(both) <= set(search_refs(cli, demo_db_path, other_word))
    assert both == search_refs(cli, demo_db_path, f"siauliu {other_word}")


@pytest.mark.parametrize("words", [["zzqxvw"], ["siauliu", "zzqxvw"], ['"'], ["AND", "OR*"]])
def test_search_without_hits(cli: Cli, demo_db_path: Path, words: list[str]) -> None:
    result = cli("--db", demo_db_path, "search", *words)
    assert (result.code, result.out, result.err) == (0, "", "Nothing found.\n")


# --- export json --------------------------------------------------------------------


def test_export_json_writes_every_syncable_row_in_order(
    cli: Cli, demo_db_path: Path, tmp_path: Path
) -> None:
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    target = out_dir / "export.json"
    result = cli("--db", demo_db_path, "export", "json", "-o", target)
    assert result.code == 0, result.err
    text = target.read_text(encoding="utf-8")
    data = json.loads(text)
    assert {k: data[k] for k in ("format", "format_version", "schema")} == {
        "format": "fieldkit-export",
        "format_version": 1,
        "schema": SCHEMA_HEAD,
    }
    tables = data["tables"]
    expected_tables = sorted(cls.__tablename__ for cls in SYNCABLE_CLASSES)  # type: ignore[attr-defined]
    assert list(tables) == expected_tables
    total = 0
    for table, rows in tables.items():
        (stored,) = query(demo_db_path, f"SELECT count(*) FROM {table}")[0]
        assert len(rows) == stored, table  # tombstoned rows included
        ids = [row["id"] for row in rows]
        assert ids == sorted(ids), table
        assert all(list(row) == sorted(row) for row in rows), table
        total += len(rows)
    assert total > 1000
    assert result.out == f"Exported {total} rows to {target}.\n"
    assert "ė" in text and "\\u0" not in text  # Lithuanian letters as they are
    assert [p.name for p in out_dir.iterdir()] == ["export.json"]  # no temporary left


def test_export_json_twice_gives_identical_bytes(
    cli: Cli, demo_db_path: Path, tmp_path: Path
) -> None:
    first = export_bytes(cli, demo_db_path, tmp_path / "first.json")
    again = export_bytes(cli, demo_db_path, tmp_path / "first.json")  # replaces the file
    other = export_bytes(cli, demo_db_path, tmp_path / "second.json")
    assert first == again == other


def test_export_json_to_a_folder_that_does_not_exist(
    cli: Cli, demo_db_path: Path, tmp_path: Path
) -> None:
    target = tmp_path / "missing" / "export.json"
    result = cli("--db", demo_db_path, "export", "json", "-o", target)
    assert result.code == 1
    assert result.out == ""
    assert "missing" in assert_one_sentence(result.err)
    assert not (tmp_path / "missing").exists()


def test_export_json_under_a_regular_file(cli: Cli, demo_db_path: Path, tmp_path: Path) -> None:
    blocker = tmp_path / "plain.txt"
    blocker.write_bytes(b"a file, not a folder\n")
    before = sorted(tmp_path.iterdir())
    result = cli("--db", demo_db_path, "export", "json", "-o", blocker / "export.json")
    assert result.code == 1
    assert result.out == ""
    assert "plain.txt" in assert_one_sentence(result.err)
    assert blocker.read_bytes() == b"a file, not a folder\n"
    assert sorted(tmp_path.iterdir()) == before


def test_export_json_onto_a_folder(cli: Cli, demo_db_path: Path, tmp_path: Path) -> None:
    folder = tmp_path / "exports"
    folder.mkdir()
    result = cli("--db", demo_db_path, "export", "json", "-o", folder)
    assert result.code == 1
    assert "folder" in assert_one_sentence(result.err)
    assert list(folder.iterdir()) == []


def test_export_json_failing_half_way_leaves_the_old_file(
    cli: Cli, demo_db_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from fieldkit.io import json_export

    out_dir = tmp_path / "out"
    out_dir.mkdir()
    target = out_dir / "export.json"
    previous = '{\n  "format": "fieldkit-export",\n  "an earlier export": true\n}\n'
    target.write_text(previous, encoding="utf-8")

    def disk_full(store: object, out: object, progress: object = None) -> int:
        out.write('{\n  "format": "fieldkit-export",\n')  # type: ignore[attr-defined]
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(json_export, "write_json", disk_full)
    result = cli("--db", demo_db_path, "export", "json", "-o", target)
    assert result.code == 1
    assert "No space left on device" in assert_one_sentence(result.err)
    assert target.read_text(encoding="utf-8") == previous
    assert [p.name for p in out_dir.iterdir()] == ["export.json"]


def test_export_format_must_be_known(cli: Cli, demo_db_path: Path, tmp_path: Path) -> None:
    result = cli("--db", demo_db_path, "export", "yaml", "-o", tmp_path / "x.yaml")
    assert result.code == 2
    assert "invalid choice" in result.err
    assert not (tmp_path / "x.yaml").exists()


# --- backup and restore -------------------------------------------------------------


def test_backup_into_the_rotated_folder(cli: Cli, demo_db_path: Path, tmp_path: Path) -> None:
    folder = demo_db_path.parent / "backups"
    folder.mkdir()
    old = [folder / f"demo-2000010{i}T000000000000Z.fkbackup.sqlite" for i in range(10)]
    for path in old:
        path.write_bytes(b"an old backup")
    result = cli("--db", demo_db_path, "backup")
    assert result.code == 0, result.err
    match = re.fullmatch(r"Backup written to (.+)\.\n", result.out)
    assert match, result.out
    written = Path(match[1])
    assert written.parent == folder
    # Ten kept: the new one and the nine newest old ones.
    assert backups_of(demo_db_path) == [*old[1:], written]
    assert not any(p.name.endswith(".partial") for p in folder.iterdir())
    assert export_bytes(cli, written, tmp_path / "backup.json") == export_bytes(
        cli, demo_db_path, tmp_path / "original.json"
    )


def test_backup_to_a_chosen_file(cli: Cli, demo_db_path: Path, tmp_path: Path) -> None:
    target = tmp_path / "safe" / "copy.sqlite"
    result = cli("--db", demo_db_path, "backup", "-o", target)
    assert (result.code, result.out) == (0, f"Backup written to {target}.\n"), result.err
    assert backups_of(demo_db_path) == []
    assert export_bytes(cli, target, tmp_path / "copy.json") == export_bytes(
        cli, demo_db_path, tmp_path / "original.json"
    )
    # An existing file is not overwritten.
    before = target.read_bytes()
    again = cli("--db", demo_db_path, "backup", "-o", target)
    assert again.code == 1
    assert "already exists" in assert_one_sentence(again.err)
    assert target.read_bytes() == before


def test_backup_under_a_regular_file(cli: Cli, demo_db_path: Path, tmp_path: Path) -> None:
    blocker = tmp_path / "plain.txt"
    blocker.write_bytes(b"plain\n")
    result = cli("--db", demo_db_path, "backup", "-o", blocker / "copy.sqlite")
    assert result.code == 1
    assert_one_sentence(result.err)
    assert blocker.read_bytes() == b"plain\n"


def test_restore_brings_the_data_back_and_keeps_the_previous_state(
    cli: Cli, db_path: Path, demo_db_path: Path, tmp_path: Path
) -> None:
    snapshot = tmp_path / "snapshot.sqlite"
    assert cli("--db", demo_db_path, "backup", "-o", snapshot).code == 0
    demo_export = export_bytes(cli, demo_db_path, tmp_path / "demo.json")
    empty_export = export_bytes(cli, db_path, tmp_path / "empty.json")
    assert demo_export != empty_export

    result = cli("--db", db_path, "restore", snapshot)
    assert result.code == 0, result.err
    match = re.fullmatch(
        rf"Restored {re.escape(str(db_path))} from {re.escape(str(snapshot))}\. "
        r"The previous state was saved to (.+)\.\n",
        result.out,
    )
    assert match, result.out
    safety = Path(match[1])
    assert safety.parent == db_path.parent / "backups"
    assert "before-restore" in safety.name
    assert export_bytes(cli, db_path, tmp_path / "restored.json") == demo_export
    assert export_bytes(cli, safety, tmp_path / "safety.json") == empty_export


def test_restore_into_a_database_that_does_not_exist_yet(
    cli: Cli, demo_db_path: Path, tmp_path: Path
) -> None:
    snapshot = tmp_path / "snapshot.sqlite"
    assert cli("--db", demo_db_path, "backup", "-o", snapshot).code == 0
    new = tmp_path / "new" / "fieldkit.sqlite"
    result = cli("--db", new, "restore", snapshot)
    assert result.code == 0, result.err
    assert result.out == f"Restored {new} from {snapshot}.\n"
    assert export_bytes(cli, new, tmp_path / "new.json") == export_bytes(
        cli, demo_db_path, tmp_path / "demo.json"
    )


def _text_file(tmp_path: Path) -> Path:
    path = tmp_path / "backup.txt"
    path.write_text("this is not a backup\n", encoding="utf-8")
    return path


def _newer_file(tmp_path: Path, demo_db_path: Path) -> Path:
    path = shutil.copyfile(demo_db_path, tmp_path / "newer.sqlite")
    with contextlib.closing(sqlite3.connect(path)) as connection, connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999'")
    return path


@pytest.mark.parametrize(
    ("make_backup", "words"),
    [
        (lambda tmp, demo: tmp / "missing.sqlite", "no backup file"),
        (lambda tmp, demo: tmp, "no backup file"),
        (lambda tmp, demo: _text_file(tmp), "not a FieldKit database"),
        (_newer_file, "newer FieldKit"),
    ],
    ids=["missing", "folder", "text", "newer"],
)
def test_restore_refuses_what_is_not_a_usable_backup(
    cli: Cli,
    demo_db_path: Path,
    tmp_path: Path,
    make_backup: Callable[[Path, Path], Path],
    words: str,
) -> None:
    backup = make_backup(tmp_path, demo_db_path)
    before = demo_db_path.read_bytes()
    backup_before = backup.read_bytes() if backup.is_file() else None
    result = cli("--db", demo_db_path, "restore", backup)
    assert result.code == 1
    assert result.out == ""
    assert words in assert_one_sentence(result.err)
    assert demo_db_path.read_bytes() == before
    assert backups_of(demo_db_path) == []  # no safety copy: nothing was replaced
    if backup_before is not None:
        assert backup.read_bytes() == backup_before


# --- bad input through the real entry point ----------------------------------------


def _damage(path: Path) -> Path:
    """Junk over 64 KiB of table pages (the header and schema page stay intact)."""
    junk = random.Random(8192).randbytes(64 * 1024)
    with path.open("r+b") as handle:
        handle.seek(8192)
        handle.write(junk)
    return path


def _stale_marker(db: Path) -> None:
    """The `<db>.open-<host>-<pid>` marker a process left when it died: the next
    open checks."""
    finished = subprocess.Popen([sys.executable, "-c", "pass"])
    finished.wait()
    from fieldkit.store.health import marker_path

    marker = marker_path(db, socket.gethostname(), finished.pid)
    marker.write_text(f"{socket.gethostname()} {finished.pid}\n", encoding="utf-8")


@dataclass(frozen=True)
class BadDatabase:
    db: Path  # what --db points at
    watched: Path  # the file whose bytes must not change


def _bad_text(tmp_path: Path, demo: Path) -> BadDatabase:
    path = tmp_path / "notes.sqlite"
    path.write_text("Susitikimas su Šiaulių bibliotekininkais\n", encoding="utf-8")
    return BadDatabase(path, path)


def _bad_damaged(tmp_path: Path, demo: Path) -> BadDatabase:
    _damage(demo)
    _stale_marker(demo)
    return BadDatabase(demo, demo)


def _bad_folder(tmp_path: Path, demo: Path) -> BadDatabase:
    folder = tmp_path / "a-folder"
    (folder / "inside").mkdir(parents=True)
    return BadDatabase(folder, demo)


def _bad_under_file(tmp_path: Path, demo: Path) -> BadDatabase:
    return BadDatabase(demo / "fieldkit.sqlite", demo)


def _bad_newer(tmp_path: Path, demo: Path) -> BadDatabase:
    path = _newer_file(tmp_path, demo)
    return BadDatabase(path, path)


BAD_DATABASES = {
    "text-file": (_bad_text, "not a FieldKit database"),
    "damaged": (_bad_damaged, "damaged"),
    "folder": (_bad_folder, "folder"),
    "under-a-file": (_bad_under_file, "There is no database"),
    "newer": (_bad_newer, "newer FieldKit"),
}


@pytest.mark.parametrize("case", list(BAD_DATABASES))
def test_bad_database_gives_one_sentence_and_exit_1(
    tmp_path: Path, demo_db_path: Path, case: str
) -> None:
    make, words = BAD_DATABASES[case]
    bad = make(tmp_path, demo_db_path)
    before = bad.watched.read_bytes()
    folder_before = sorted(p.name for p in bad.db.iterdir()) if bad.db.is_dir() else None
    beside = sorted(bad.watched.parent.iterdir())

    done = fieldkit_process(tmp_path, "--db", bad.db, "meetings")

    assert done.returncode == 1, done.stderr
    assert done.stdout == ""
    assert words in assert_one_sentence(done.stderr)
    assert bad.watched.read_bytes() == before
    assert sorted(bad.watched.parent.iterdir()) == beside  # no -wal or -shm left behind
    if folder_before is not None:
        assert sorted(p.name for p in bad.db.iterdir()) == folder_before
    assert not (tmp_path / "data" / "logs").exists()  # no crash report: not a bug


def test_restore_of_a_damaged_backup_is_refused(
    cli: Cli, db_path: Path, demo_db_path: Path
) -> None:
    damaged = _damage(demo_db_path)  # no marker: restore checks a backup regardless
    backup_before = damaged.read_bytes()
    before = db_path.read_bytes()
    result = cli("--db", db_path, "restore", damaged)
    assert result.code == 1
    assert result.out == ""
    assert "damaged" in assert_one_sentence(result.err)
    assert db_path.read_bytes() == before
    assert damaged.read_bytes() == backup_before
    assert backups_of(db_path) == []


def _damage_table(db: Path, table: str) -> None:
    """Overwrite the root page of one table with junk, as a bad sector would."""
    (root,) = query(db, "SELECT rootpage FROM sqlite_master WHERE name = ?", table)[0]
    (page_size,) = query(db, "PRAGMA page_size")[0]
    with db.open("r+b") as handle:
        handle.seek((root - 1) * page_size)
        handle.write(b"\xff" * page_size)


@pytest.mark.parametrize(("table", "command"), [("meeting", "meetings"), ("meta", "search")])
def test_damage_found_without_a_crash_marker_is_one_sentence(
    cli: Cli, demo_db_path: Path, table: str, command: str
) -> None:
    _damage_table(demo_db_path, table)
    before = demo_db_path.read_bytes()
    result = cli("--db", demo_db_path, command, *(["siauliu"] if command == "search" else []))
    assert result.code == 1
    assert "damaged" in assert_one_sentence(result.err)
    assert demo_db_path.read_bytes() == before


def test_check_reports_a_healthy_database(cli: Cli, demo_db_path: Path) -> None:
    result = cli("--db", demo_db_path, "check")
    assert (result.code, result.out, result.err) == (0, f"{demo_db_path} is healthy.\n", "")


def test_check_reports_a_damaged_database(cli: Cli, demo_db_path: Path) -> None:
    _damage_table(demo_db_path, "meeting")
    before = demo_db_path.read_bytes()
    result = cli("--db", demo_db_path, "check")
    assert result.code == 1
    assert "damaged" in assert_one_sentence(result.err)
    assert demo_db_path.read_bytes() == before


# --- a reader that leaves early -----------------------------------------------------


@pytest.mark.parametrize("unbuffered", [False, True], ids=["buffered", "unbuffered"])
def test_closed_pipe_is_not_an_error(tmp_path: Path, demo_db_path: Path, unbuffered: bool) -> None:
    """`fieldkit meetings | head -1`: the reader has gone before the output comes.
    Buffered, the write fails at the final flush; unbuffered, inside the command."""
    read_end, write_end = os.pipe()
    os.close(read_end)  # no reader at all: every write fails with EPIPE
    try:
        done = fieldkit_process(
            tmp_path,
            "--db",
            demo_db_path,
            "meetings",
            stdout=write_end,
            unbuffered=unbuffered,
        )
    finally:
        os.close(write_end)
    assert done.stderr == ""
    assert done.returncode == 0


# --- guarding the user's files ------------------------------------------------------


@pytest.mark.parametrize(
    "command", [["meetings"], ["search", "x"], ["check"], ["backup"], ["export", "json", "-o"]]
)
def test_a_misspelt_db_is_reported_not_created(
    cli: Cli, tmp_path: Path, command: list[str]
) -> None:
    missing = tmp_path / "nowhere" / "fieldkti.sqlite"
    argv = ["--db", missing, *command]
    if command[0] == "export":
        argv.append(tmp_path / "out.json")
    result = cli(*argv)
    assert result.code == 1
    assert "There is no database" in assert_one_sentence(result.err)
    assert not missing.parent.exists()


def test_export_never_overwrites_the_database(cli: Cli, demo_db_path: Path) -> None:
    before = demo_db_path.read_bytes()
    result = cli("--db", demo_db_path, "export", "json", "-o", demo_db_path)
    assert result.code == 1
    assert "the database itself" in assert_one_sentence(result.err)
    assert demo_db_path.read_bytes() == before


def test_export_overwrites_only_an_earlier_export(
    cli: Cli, demo_db_path: Path, tmp_path: Path
) -> None:
    notes = tmp_path / "notes.json"
    notes.write_text('{"mano": "užrašai"}', encoding="utf-8")
    result = cli("--db", demo_db_path, "export", "json", "-o", notes)
    assert result.code == 1
    assert "not a FieldKit export" in assert_one_sentence(result.err)
    assert notes.read_text(encoding="utf-8") == '{"mano": "užrašai"}'
    target = tmp_path / "export.json"
    assert cli("--db", demo_db_path, "export", "json", "-o", target).code == 0
    assert cli("--db", demo_db_path, "export", "json", "-o", target).code == 0


def test_export_is_private_to_its_owner(cli: Cli, demo_db_path: Path, tmp_path: Path) -> None:
    target = tmp_path / "export.json"
    assert cli("--db", demo_db_path, "export", "json", "-o", target).code == 0
    assert target.stat().st_mode & 0o777 == 0o600


def test_export_to_stdout(cli: Cli, demo_db_path: Path, tmp_path: Path) -> None:
    result = cli("--db", demo_db_path, "export", "json", "-o", "-")
    assert result.code == 0
    assert json.loads(result.out)["format"] == "fieldkit-export"
    assert result.err.startswith("Exported ")
    assert not Path("-").exists()


@pytest.mark.parametrize("limit", ["0", "-1", "99999999999999999999"])
def test_search_limit_must_be_sensible(cli: Cli, demo_db_path: Path, limit: str) -> None:
    result = cli("--db", demo_db_path, "search", "--limit", limit, "siauliu")
    assert result.code == 1
    assert "search results" in assert_one_sentence(result.err)


def test_demo_size_has_a_ceiling(cli: Cli, tmp_path: Path) -> None:
    target = tmp_path / "huge.sqlite"
    result = cli("--db", target, "demo", "--size", "100000000000")
    assert result.code == 1
    assert "between 1 and" in assert_one_sentence(result.err)
    assert not target.exists()


def test_backup_into_a_folder_gets_a_name(cli: Cli, demo_db_path: Path, tmp_path: Path) -> None:
    folder = tmp_path / "stick"
    folder.mkdir()
    result = cli("--db", demo_db_path, "backup", "-o", folder)
    assert result.code == 0, result.err
    (written,) = folder.iterdir()
    assert written.name.endswith(".fkbackup.sqlite")


def test_backup_path_with_a_tilde_means_home(
    cli: Cli, demo_db_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    (tmp_path / "home").mkdir()
    result = cli("--db", demo_db_path, "backup", "-o", "~/kopija.sqlite")
    assert result.code == 0, result.err
    assert (tmp_path / "home" / "kopija.sqlite").exists()


def test_restore_into_a_folder_is_refused(cli: Cli, demo_db_path: Path, tmp_path: Path) -> None:
    folder = tmp_path / "folder.sqlite"
    folder.mkdir()
    result = cli("--db", folder, "restore", demo_db_path)
    assert result.code == 1
    assert "is a folder" in assert_one_sentence(result.err)
