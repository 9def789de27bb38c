"""Opening a FieldKit database: a new file, the schema and its migrations, files
that must be refused untouched, the health check after a crash, and two stores
(a window and a command line) sharing one file."""

from __future__ import annotations

import contextlib
import hashlib
import os
import shutil
import socket
import sqlite3
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from sqlalchemy import Connection, func, select, text
from sqlalchemy.exc import IntegrityError

from fieldkit.errors import (
    DatabaseBusy,
    DatabaseDamaged,
    NewerSchema,
    NotAFieldKitDatabase,
    StorageError,
)
from fieldkit.model import Base, Contact, County, Library, LibraryKind, Municipality, Organization
from fieldkit.services import maintenance
from fieldkit.services.partners import create_organization
from fieldkit.store import Store, migrate, open_store, schema, sqlite_file
from fieldkit.store.health import OpenMarker, marker_path
from tests.conftest import copy_database

# --- helpers shared with test_backup.py --------------------------------------------


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def snapshot(folder: Path) -> dict[str, str]:
    """Every file and folder under `folder` with its content hash: equal snapshots
    mean nothing was written, created or removed there."""
    return {
        str(item.relative_to(folder)): sha256(item) if item.is_file() else "<folder>"
        for item in sorted(folder.rglob("*"))
    }


def assert_one_sentence(error: BaseException, path: Path) -> None:
    """The CLI and the window show the message as it is: one line, naming the file."""
    message = str(error)
    assert str(path) in message
    assert "\n" not in message
    assert message.endswith(".")


def page_size(path: Path) -> int:
    size = int.from_bytes(path.read_bytes()[16:18], "big")
    return 65536 if size == 1 else size


def root_page(path: Path, table: str) -> int:
    with contextlib.closing(sqlite3.connect(path)) as connection:
        row = connection.execute(
            "SELECT rootpage FROM sqlite_master WHERE type = 'table' AND name = ?", (table,)
        ).fetchone()
    assert row is not None, table
    return int(row[0])


def overwrite(path: Path, offset: int, length: int) -> None:
    """Garbage over part of a file, as a failing disk or a cut-off copy leaves it
    (0xFF is no valid b-tree page type, so SQLite always notices)."""
    with path.open("r+b") as handle:
        handle.seek(offset)
        handle.write(b"\xff" * length)


def damage_tables(path: Path, tables: tuple[str, ...] = ("contact", "problem")) -> Path:
    """Destroy the root pages of tables that opening does not read: the file still
    opens, and only a health check (or a query on those tables) finds the damage."""
    size = page_size(path)
    for page in [root_page(path, table) for table in tables]:
        overwrite(path, (page - 1) * size, size)
    return path


def damage_schema(path: Path) -> Path:
    """Destroy the schema table on page 1 (the 100-byte file header stays intact)."""
    overwrite(path, 100, page_size(path) - 100)
    return path


def write_text_file(path: Path) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("Vardas;Telefonas\nJonas Jonaitis;+370 600 00000\n", encoding="utf-8")
    return path


def write_foreign_database(path: Path, *, wal: bool = False) -> Path:
    """Another program's SQLite file (say, a browser's history)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with contextlib.closing(sqlite3.connect(path)) as connection:
        if wal:
            connection.execute("PRAGMA journal_mode = WAL")
        with connection:
            connection.execute("CREATE TABLE visits (id INTEGER PRIMARY KEY, url TEXT)")
            connection.execute("INSERT INTO visits (url) VALUES ('https://lnb.lt')")
    return path


def set_revision(path: Path, revision: str) -> Path:
    with contextlib.closing(sqlite3.connect(path)) as connection, connection:
        connection.execute("UPDATE alembic_version SET version_num = ?", (revision,))
    return path


def write_marker(database_path: Path, pid: int, host: str | None = None) -> Path:
    """The marker a FieldKit process keeps beside the database while it has it open
    (left behind when that process died)."""
    host = host or socket.gethostname()
    marker = marker_path(database_path, host, pid)
    marker.write_text(f"{host} {pid}\n", encoding="utf-8")
    return marker


def own_marker(database_path: Path) -> Path:
    """The marker of this process."""
    return marker_path(database_path, socket.gethostname(), os.getpid())


def marker_names(database_path: Path) -> list[str]:
    """The open markers beside a database, one per process that has it open."""
    prefix = f"{database_path.name}.open"
    return sorted(
        item.name for item in database_path.parent.iterdir() if item.name.startswith(prefix)
    )


@pytest.fixture
def dead_pid() -> int:
    """The pid of a process that has ended, as after a power cut or a kill."""
    process = subprocess.Popen([sys.executable, "-c", ""])
    process.wait()
    return process.pid


@pytest.fixture
def live_pid() -> Iterator[int]:
    """The pid of another process that is still running (another FieldKit)."""
    process = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    try:
        yield process.pid
    finally:
        process.kill()
        process.wait()


@pytest.fixture
def quick_check_calls(monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    """Records every health check that opening runs (the real check still runs)."""
    calls: list[Path] = []
    real = sqlite_file.quick_check

    def recording(connection: sqlite3.Connection, *args: int) -> list[str]:
        calls.append(Path(connection.execute("PRAGMA database_list").fetchone()[2]))
        return real(connection, *args)

    monkeypatch.setattr(sqlite_file, "quick_check", recording)
    return calls


def organization_ids(store: Store) -> set[str]:
    with store.read() as session:
        return set(session.scalars(select(Organization.id)))


# --- a new file ----------------------------------------------------------------------


@pytest.fixture
def new_path(tmp_path: Path) -> Path:
    """A database path in folders that do not exist yet."""
    return tmp_path / "no" / "such" / "folder" / "fieldkit.sqlite"


def test_new_file_in_missing_folder_is_created_at_newest_schema(new_path: Path) -> None:
    """A first start on a new laptop: the folders are made and the file is current."""
    with open_store(new_path) as store, store.engine.connect() as connection:
        revision = connection.exec_driver_sql("SELECT version_num FROM alembic_version")
        assert revision.scalars().all() == [schema.SCHEMA_HEAD]
        assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        application_id = connection.exec_driver_sql("PRAGMA application_id").scalar()
        assert application_id == schema.APPLICATION_ID
    assert sqlite_file.inspect_file(new_path) == schema.SCHEMA_HEAD


def test_store_connections_enforce_foreign_keys_and_wait_when_busy(new_path: Path) -> None:
    """Every pooled connection is configured, not only the first one."""
    with open_store(new_path) as store:
        with store.engine.connect() as first, store.engine.connect() as second:
            for connection in (first, second):
                assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
                busy_timeout = connection.exec_driver_sql("PRAGMA busy_timeout").scalar()
                assert busy_timeout == sqlite_file.BUSY_TIMEOUT_MS
        with pytest.raises(IntegrityError, match="FOREIGN KEY"), store.engine.begin() as conn:
            conn.exec_driver_sql(
                "INSERT INTO municipality (id, county_id, name_lt, short_lt, name_en, centre) "
                "VALUES ('nowhere', 'no-such-county', 'x', 'x', 'x', 'x')"
            )


def test_new_file_has_its_own_replica_id(new_path: Path, tmp_path: Path) -> None:
    """Sync tells laptops apart by the replica id made when the file is created."""
    with open_store(new_path) as store, store.engine.connect() as connection:
        stored = connection.exec_driver_sql(
            "SELECT value FROM meta WHERE key = 'replica_id'"
        ).scalar()
        first = store.replica_id
    assert first == stored
    assert len(first) == 32 and int(first, 16) >= 0
    with open_store(tmp_path / "other" / "fieldkit.sqlite") as other:
        assert other.replica_id != first


def test_new_file_holds_counties_municipalities_and_central_libraries(new_path: Path) -> None:
    """The reference data: 10 counties, 60 municipalities, one central library each."""
    with open_store(new_path) as store, store.read() as session:
        assert session.scalar(select(func.count()).select_from(County)) == 10
        municipalities = set(session.scalars(select(Municipality.id)))
        central = session.execute(
            select(Library.municipality_id, func.count())
            .where(Library.kind == LibraryKind.CENTRAL)
            .group_by(Library.municipality_id)
        ).all()
        version = session.execute(
            text("SELECT value FROM meta WHERE key = 'reference_version'")
        ).scalar()
    assert len(municipalities) == 60
    assert dict(central) == dict.fromkeys(municipalities, 1)
    assert version == str(schema.REFERENCE_VERSION)


def test_new_file_leaves_no_temporary_files(new_path: Path) -> None:
    """Creation builds beside the file and moves it in place; nothing else stays."""
    open_store(new_path).close()
    assert [item.name for item in new_path.parent.iterdir()] == [new_path.name]


def test_empty_file_becomes_a_new_database(tmp_path: Path) -> None:
    """A zero-byte file (made by `touch` or a failed copy) holds nothing to lose."""
    path = tmp_path / "fieldkit.sqlite"
    path.touch()
    with open_store(path) as store:
        assert store.replica_id
    assert sqlite_file.inspect_file(path) == schema.SCHEMA_HEAD


def test_failed_creation_leaves_no_half_made_file(
    new_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A crash while the schema is built never leaves a file under the real name."""

    def broken(connection: Connection) -> None:
        raise RuntimeError("reference data unreadable")

    monkeypatch.setattr(migrate, "load_reference_data", broken)
    with pytest.raises(RuntimeError, match="reference data unreadable"):
        open_store(new_path)
    assert list(new_path.parent.iterdir()) == []


def test_creation_where_a_file_blocks_the_folder_is_refused(tmp_path: Path) -> None:
    """The folder cannot be made because a file has its name: a typed error."""
    blocker = write_text_file(tmp_path / "Documents")
    before = snapshot(tmp_path)
    with pytest.raises(StorageError) as caught:
        open_store(blocker / "fieldkit.sqlite")
    assert_one_sentence(caught.value, blocker)
    assert snapshot(tmp_path) == before


# --- schema and migrations ----------------------------------------------------------


def test_migration_scripts_match_the_schema_facts() -> None:
    """Opening trusts schema.py without loading alembic, so it must agree with the
    scripts: one head, and exactly the revisions it claims to upgrade from."""
    assert migrate.script_heads() == (schema.SCHEMA_HEAD,)
    assert set(migrate.script_revisions()) == set(schema.KNOWN_REVISIONS)
    assert schema.SCHEMA_HEAD in schema.KNOWN_REVISIONS


def _include_name(name: str | None, type_: str, parent_names: object) -> bool:
    """The filter of migrations/env.py: the FTS search tables are not ORM-mapped."""
    if type_ == "table":
        return name not in {"search_doc", "search_fts"} and not (name or "").startswith(
            "search_fts_"
        )
    return True


def test_migrations_build_exactly_the_model(new_path: Path) -> None:
    """A model change without a migration (or the reverse) shows up here."""
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    with open_store(new_path) as store, store.engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"include_name": _include_name})
        assert compare_metadata(context, Base.metadata) == []


def test_alembic_check_through_env_finds_no_pending_changes(new_path: Path) -> None:
    """The same comparison through migrations/env.py and its own filter, and it can
    fail: a column the model lacks is reported."""
    from alembic import command
    from alembic.util import AutogenerateDiffsDetected

    with open_store(new_path) as store, store.engine.connect() as connection:
        command.check(migrate.alembic_config(connection))
        connection.exec_driver_sql("ALTER TABLE meta ADD COLUMN stray TEXT")
        with pytest.raises(AutogenerateDiffsDetected, match="stray"):
            command.check(migrate.alembic_config(connection))
        connection.rollback()


# --- files that must be refused, untouched -----------------------------------------

Builder = Callable[[Path, Path, Path], Path]


def _text(folder: Path, empty: Path, demo: Path) -> Path:
    return write_text_file(folder / "contacts.csv")


def _garbage(folder: Path, empty: Path, demo: Path) -> Path:
    path = folder / "fieldkit.sqlite"
    path.write_bytes(schema.SQLITE_HEADER + b"this is not a database page " * 300)
    return path


def _foreign(folder: Path, empty: Path, demo: Path) -> Path:
    return write_foreign_database(folder / "history.sqlite")


def _foreign_wal(folder: Path, empty: Path, demo: Path) -> Path:
    return write_foreign_database(folder / "history.sqlite", wal=True)


def _fieldkit_id_without_alembic(folder: Path, empty: Path, demo: Path) -> Path:
    path = folder / "fieldkit.sqlite"
    with contextlib.closing(sqlite3.connect(path)) as connection:
        connection.execute(f"PRAGMA application_id = {schema.APPLICATION_ID}")
        connection.execute("CREATE TABLE notes (body TEXT)")
    return path


def _empty_schema_version(folder: Path, empty: Path, demo: Path) -> Path:
    path = copy_database(empty, folder / "fieldkit.sqlite")
    with contextlib.closing(sqlite3.connect(path)) as connection, connection:
        connection.execute("DELETE FROM alembic_version")
    return path


def _newer(folder: Path, empty: Path, demo: Path) -> Path:
    return set_revision(copy_database(empty, folder / "fieldkit.sqlite"), "9999")


def _damaged_schema(folder: Path, empty: Path, demo: Path) -> Path:
    return damage_schema(copy_database(demo, folder / "fieldkit.sqlite"))


def _damaged_after_crash(folder: Path, empty: Path, demo: Path) -> Path:
    path = damage_tables(copy_database(demo, folder / "fieldkit.sqlite"))
    # the process that had it open is gone, so opening runs the health check
    process = subprocess.Popen([sys.executable, "-c", ""])
    process.wait()
    write_marker(path, process.pid)
    return path


def _folder(folder: Path, empty: Path, demo: Path) -> Path:
    path = folder / "fieldkit.sqlite"
    path.mkdir()
    write_text_file(path / "readme.txt")
    return path


REFUSED: dict[str, tuple[Builder, type[StorageError], str]] = {
    "text file": (_text, NotAFieldKitDatabase, "not a FieldKit database"),
    "SQLite header then junk": (_garbage, NotAFieldKitDatabase, "not a FieldKit database"),
    "another program's database": (_foreign, NotAFieldKitDatabase, "another program"),
    "another program's WAL database": (_foreign_wal, NotAFieldKitDatabase, "another program"),
    "FieldKit id, no schema": (
        _fieldkit_id_without_alembic,
        NotAFieldKitDatabase,
        "not a FieldKit database",
    ),
    "empty schema version": (_empty_schema_version, NotAFieldKitDatabase, "no schema version"),
    "newer schema": (_newer, NewerSchema, "newer FieldKit"),
    "damaged schema page": (_damaged_schema, DatabaseDamaged, "damaged"),
    "damaged data after a crash": (_damaged_after_crash, DatabaseDamaged, "damaged"),
    "a folder": (_folder, StorageError, "folder"),
}


@pytest.mark.parametrize("case", list(REFUSED))
def test_open_refuses_and_leaves_the_file_as_it_was(
    case: str, tmp_path: Path, empty_template: Path, demo_template: Path
) -> None:
    """Refusing must not write: no changed byte, no -wal/-shm, no marker, no backup."""
    build, error_type, words = REFUSED[case]
    folder = tmp_path / "case"
    folder.mkdir()
    path = build(folder, empty_template, demo_template)
    before = snapshot(folder)
    with pytest.raises(error_type, match=words) as caught:
        open_store(path)
    assert_one_sentence(caught.value, path)
    assert snapshot(folder) == before


def test_open_refuses_newer_schema_even_with_create_false(db_path: Path) -> None:
    """The refusal does not depend on how the file is opened."""
    set_revision(db_path, "9999")
    before = snapshot(db_path.parent)
    with pytest.raises(NewerSchema, match="9999"):
        open_store(db_path, create=False)
    assert snapshot(db_path.parent) == before


def test_open_without_create_refuses_a_missing_file(tmp_path: Path) -> None:
    """`create=False` (the command line's --db) never invents a database."""
    path = tmp_path / "nowhere" / "fieldkit.sqlite"
    with pytest.raises(StorageError) as caught:
        open_store(path, create=False)
    assert type(caught.value) is StorageError
    assert_one_sentence(caught.value, path)
    assert not path.parent.exists()


# --- damage met while working ---------------------------------------------------------


def test_damage_in_unread_tables_opens_but_surfaces_as_database_damaged(
    demo_db_path: Path,
) -> None:
    """Without a crash marker the file opens (no full check on every start); the
    damage then appears as a typed error on the query and in an on-demand check."""
    damage_tables(demo_db_path)
    with open_store(demo_db_path) as store:
        problems = store.quick_check()
        assert problems
        assert all("\n" not in problem for problem in problems)
        with pytest.raises(DatabaseDamaged) as caught, store.read() as session:
            session.scalars(select(Contact)).all()
        assert_one_sentence(caught.value, demo_db_path)
        with pytest.raises(DatabaseDamaged) as checked:
            maintenance.check(store)
        assert_one_sentence(checked.value, demo_db_path)


def test_damaged_meta_table_is_refused_as_damaged(db_path: Path) -> None:
    """Opening reads the replica id; a broken page there is damage, not a crash."""
    damage_tables(db_path, ("meta",))
    before = snapshot(db_path.parent)
    with pytest.raises(DatabaseDamaged) as caught:
        open_store(db_path)
    assert_one_sentence(caught.value, db_path)
    assert marker_names(db_path) == []
    assert snapshot(db_path.parent) == before


# --- the health check after an unclean shutdown ----------------------------------------


def test_quick_check_runs_after_an_unclean_shutdown(
    db_path: Path, dead_pid: int, quick_check_calls: list[Path]
) -> None:
    """A marker left by a dead process means the last run did not close the file;
    once the check has passed, that marker has done its work and goes."""
    write_marker(db_path, dead_pid)
    with open_store(db_path) as store:
        assert quick_check_calls == [db_path.resolve()]
        assert marker_names(db_path) == [own_marker(db_path).name]
        assert own_marker(db_path).read_text(encoding="utf-8").split() == [
            socket.gethostname(),
            str(os.getpid()),
        ]
        assert store.quick_check() == []
    assert marker_names(db_path) == []
    with open_store(db_path):
        pass
    assert quick_check_calls == [db_path.resolve()]  # checked once, not on every open


def test_quick_check_is_skipped_after_a_clean_close(
    db_path: Path, quick_check_calls: list[Path]
) -> None:
    """A full check reads the whole file, so a normal start does not run it."""
    with open_store(db_path):
        assert marker_names(db_path) == [own_marker(db_path).name]
    assert marker_names(db_path) == []
    with open_store(db_path):
        pass
    assert quick_check_calls == []
    assert marker_names(db_path) == []


def test_marker_of_another_live_process_is_left_alone(
    db_path: Path, live_pid: int, quick_check_calls: list[Path]
) -> None:
    """Another running FieldKit has the file open: no check, and its marker stays."""
    marker = write_marker(db_path, live_pid)
    content = marker.read_text(encoding="utf-8")
    with open_store(db_path) as store:
        create_organization(store, name="Utenos jaunimo centras")
        assert marker_names(db_path) == sorted([marker.name, own_marker(db_path).name])
    assert quick_check_calls == []
    assert marker.read_text(encoding="utf-8") == content
    assert marker_names(db_path) == [marker.name]


def test_marker_of_another_computer_asks_for_a_check_and_stays(
    db_path: Path, quick_check_calls: list[Path]
) -> None:
    """Its process cannot be asked whether it lives: check, but leave its marker."""
    marker = write_marker(db_path, os.getpid(), host="kitas-kompiuteris")
    with open_store(db_path):
        assert quick_check_calls == [db_path.resolve()]
    assert marker_names(db_path) == [marker.name]


def test_marker_of_an_earlier_fieldkit_is_understood(
    db_path: Path, dead_pid: int, quick_check_calls: list[Path]
) -> None:
    """Before markers were per process, one `<db>.open` held "host pid"."""
    legacy = Path(f"{db_path}.open")
    legacy.write_text(f"{socket.gethostname()} {dead_pid}\n", encoding="utf-8")
    with open_store(db_path):
        assert quick_check_calls == [db_path.resolve()]
    assert not legacy.exists()
    assert marker_names(db_path) == []


def test_marker_names_are_ascii_whatever_the_computer_is_called(
    db_path: Path, monkeypatch: pytest.MonkeyPatch, quick_check_calls: list[Path]
) -> None:
    """FAT32 sticks and some shares refuse other names; the name still round-trips
    (this computer's own live marker asks for no check)."""
    monkeypatch.setattr(socket, "gethostname", lambda: "Rūtos nešiojamas/kompiuteris-2")
    with open_store(db_path), open_store(db_path):
        [name] = marker_names(db_path)
        assert name.isascii()
        assert name == f"{db_path.name}.open-R_tos_ne_iojamas_kompiuteris-2-{os.getpid()}"
        assert not OpenMarker.for_database(db_path).previous_run_crashed()
    assert quick_check_calls == []
    assert marker_names(db_path) == []


OPEN_AND_WAIT = """
import sys
from fieldkit.store import open_store
store = open_store(sys.argv[1])
print("open", flush=True)
sys.stdin.readline()
store.close()
"""


def test_crash_of_one_process_is_noticed_after_another_closed_cleanly(
    db_path: Path, quick_check_calls: list[Path]
) -> None:
    """A window and a command line have the file open; the command line ends
    cleanly, then the window is killed: the next open still checks the file."""
    repo = str(Path(__file__).resolve().parents[1])
    env = {
        **os.environ,
        "PYTHONPATH": os.pathsep.join(filter(None, [repo, os.environ.get("PYTHONPATH")])),
    }
    processes = [
        subprocess.Popen(
            [sys.executable, "-c", OPEN_AND_WAIT, str(db_path)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
            env=env,
        )
        for _ in range(2)
    ]
    command_line, window = processes
    try:
        for process in processes:
            assert process.stdout is not None and process.stdout.readline().strip() == "open"
        assert process.stdin is not None
        command_line.communicate("\n")
        assert command_line.returncode == 0
        window.kill()
        window.wait()
    finally:
        for process in processes:
            if process.poll() is None:
                process.kill()
                process.wait()
            for stream in (process.stdin, process.stdout):
                if stream is not None:
                    stream.close()
    assert marker_names(db_path) == [marker_path(db_path, socket.gethostname(), window.pid).name]
    with open_store(db_path) as store:
        assert quick_check_calls == [db_path.resolve()]
        assert store.quick_check() == []
    assert marker_names(db_path) == []


def test_quick_check_on_demand_reports_a_healthy_file(store: Store) -> None:
    """`fieldkit check` on a good file: no problems, no error."""
    assert store.quick_check() == []
    maintenance.check(store)


# --- a window and a command line on the same file ---------------------------------------


def test_two_stores_on_one_file_both_write(db_path: Path) -> None:
    """Short transactions let both write in turn, and each sees the other's rows."""
    window = open_store(db_path)
    command_line = open_store(db_path)
    try:
        first = create_organization(window, name="Rokiškio verslo klubas")
        second = create_organization(command_line, name="Kupiškio bendruomenė")
        third = create_organization(window, name="Zarasų gimnazija")
        assert {first, second, third} <= organization_ids(window)
        assert organization_ids(command_line) == organization_ids(window)
        assert marker_names(db_path) == [own_marker(db_path).name]  # one per process
    finally:
        window.close()
    marker = own_marker(db_path)
    assert marker.exists(), "the marker belongs to the store still open"
    try:
        fourth = create_organization(command_line, name="Molėtų muziejus")
    finally:
        command_line.close()
    assert not marker.exists()
    with open_store(db_path) as reopened:
        assert {first, second, third, fourth} <= organization_ids(reopened)


def test_a_long_read_does_not_block_a_writer(db_path: Path) -> None:
    """WAL: the window's open read transaction never stops the command line."""
    with open_store(db_path) as window, open_store(db_path) as command_line:
        with window.read() as session:
            before = session.scalar(select(func.count()).select_from(Organization))
            created = create_organization(command_line, name="Ignalinos turizmo centras")
        assert before == 0
        assert created in organization_ids(window)


def test_write_takes_the_write_lock_at_once(store: Store) -> None:
    """BEGIN IMMEDIATE: a writer waits at its start instead of failing half-way."""
    uri = f"{store.path.resolve().as_uri()}"
    with contextlib.closing(
        sqlite3.connect(uri, uri=True, timeout=0, isolation_level=None)
    ) as other:
        with store.read() as session:
            session.execute(text("SELECT 1"))
            other.execute("BEGIN IMMEDIATE")  # a reader leaves the lock free
            other.execute("ROLLBACK")
        with store.write() as session:
            session.execute(text("SELECT 1"))
            with pytest.raises(sqlite3.OperationalError, match="locked"):
                other.execute("BEGIN IMMEDIATE")


def test_writer_blocked_past_the_busy_timeout_gets_database_busy(
    db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Another program holding the write lock is reported, not a raw SQLite error."""
    monkeypatch.setattr(sqlite_file, "BUSY_TIMEOUT_MS", 50)
    with open_store(db_path) as store:
        with contextlib.closing(sqlite3.connect(db_path, isolation_level=None)) as other:
            other.execute("BEGIN IMMEDIATE")
            with pytest.raises(DatabaseBusy) as caught:
                create_organization(store, name="Anykščių verslo centras")
            assert_one_sentence(caught.value, db_path)
            other.execute("ROLLBACK")
        assert organization_ids(store) == set()
        created = create_organization(store, name="Anykščių verslo centras")
        assert organization_ids(store) == {created}


def test_copy_of_a_database_is_opened_with_its_own_files(tmp_path: Path, db_path: Path) -> None:
    """Two databases side by side keep separate markers."""
    other = shutil.copyfile(db_path, tmp_path / "field" / "copy.sqlite")
    with open_store(db_path), open_store(other):
        assert own_marker(db_path).exists()
        assert own_marker(other).exists()
    assert marker_names(db_path) == []
    assert marker_names(other) == []
