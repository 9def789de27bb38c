"""Backups, restores and the backup taken before a schema upgrade: copies that open
as FieldKit and hold the same rows, rotation, refusals that leave files untouched."""

from __future__ import annotations

import contextlib
import shutil
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest
from sqlalchemy import select

from fieldkit.errors import (
    DatabaseDamaged,
    InvalidInput,
    NewerSchema,
    NotAFieldKitDatabase,
    StorageError,
)
from fieldkit.model import Organization
from fieldkit.paths import backup_dir
from fieldkit.services import maintenance
from fieldkit.services.partners import create_organization, update_organization
from fieldkit.store import Store, migrate, open_store, schema, sqlite_file
from fieldkit.store.backup import list_backups, make_backup
from tests.conftest import copy_database
from tests.test_store_open import (
    assert_one_sentence,
    damage_tables,
    set_revision,
    sha256,
    snapshot,
    write_foreign_database,
    write_text_file,
)


def table_rows(path: Path) -> dict[str, list[tuple[object, ...]]]:
    """Every row of every table (the search index's own tables included)."""
    with contextlib.closing(sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)) as c:
        tables = [
            row[0]
            for row in c.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' "
                "AND name NOT LIKE 'sqlite_%' ORDER BY name"
            )
        ]
        return {table: sorted(c.execute(f'SELECT * FROM "{table}"'), key=repr) for table in tables}


def organizations(store: Store) -> dict[str, str]:
    with store.read() as session:
        return {org.id: org.name for org in session.scalars(select(Organization))}


def query(path: Path, sql: str, *parameters: object) -> list[tuple[object, ...]]:
    with contextlib.closing(sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)) as c:
        return c.execute(sql, parameters).fetchall()


def revision_of(path: Path) -> str:
    [(revision,)] = query(path, "SELECT version_num FROM alembic_version")
    return str(revision)


# --- making backups ------------------------------------------------------------------


def test_backup_is_a_consistent_copy_that_opens_as_fieldkit(demo_store: Store) -> None:
    """Including what is still only in the WAL of the open database."""
    fresh = create_organization(demo_store, name="Biržų amatų centras")
    backup = maintenance.back_up(demo_store)
    assert backup.parent == backup_dir(demo_store.path)
    assert list_backups(demo_store.path) == [backup]
    with open_store(backup, create=False) as copy:
        assert fresh in organizations(copy)
    assert table_rows(backup) == table_rows(demo_store.path)


def test_backup_label_is_part_of_the_name(db_path: Path) -> None:
    """A coordinator can tell the copy before a restore from a manual one."""
    backup = make_backup(db_path, label="before trip / Rokiškis")
    assert backup.name.startswith(f"{db_path.stem}-")
    assert backup.name.endswith("-before-trip-Roki-kis.fkbackup.sqlite")


def test_backup_while_another_connection_is_writing(store: Store) -> None:
    """The backup holds the last committed state, not the half-done transaction."""
    with contextlib.closing(sqlite3.connect(store.path, isolation_level=None)) as other:
        other.execute("BEGIN IMMEDIATE")
        other.execute("INSERT INTO meta (key, value) VALUES ('half-done', 'x')")
        backup = make_backup(store.path)
        other.execute("COMMIT")
    meta = dict(query(backup, "SELECT key, value FROM meta"))
    assert "half-done" not in meta
    assert meta["replica_id"] == store.replica_id
    assert sqlite_file.inspect_file(backup, check_health=True) == schema.SCHEMA_HEAD


def test_rotation_keeps_only_the_newest(db_path: Path) -> None:
    """The folder never grows without limit."""
    made = [make_backup(db_path, label=f"n{number}", keep=3) for number in range(5)]
    assert list_backups(db_path) == made[-3:]
    assert [path.exists() for path in made] == [False, False, True, True, True]


def test_rotation_leaves_another_databases_backups_alone(db_path: Path) -> None:
    """ "fieldkit.sqlite" and "fieldkit-old.sqlite" share the backups folder; rotating
    one must not delete the other's copies."""
    old = copy_database(db_path, db_path.parent / f"{db_path.stem}-old.sqlite")
    theirs = make_backup(old)
    for _ in range(3):
        make_backup(db_path, keep=1)
    assert theirs.exists()
    assert list_backups(old) == [theirs]
    assert theirs not in list_backups(db_path)
    assert len(list_backups(db_path)) == 1


def test_backup_to_an_explicit_new_target(tmp_path: Path, db_path: Path) -> None:
    """`fieldkit backup --to` a memory stick: made there, outside the rotation."""
    target = tmp_path / "usb" / "fieldkit-copy.sqlite"
    made = make_backup(db_path, target=target)
    assert made == target
    assert sqlite_file.inspect_file(target, check_health=True) == schema.SCHEMA_HEAD
    assert list_backups(db_path) == []
    assert sorted(item.name for item in target.parent.iterdir()) == [target.name]


def test_backup_never_overwrites_an_existing_target(tmp_path: Path, db_path: Path) -> None:
    """The user named a file that is there already: refused, that file untouched."""
    target = write_text_file(tmp_path / "usb" / "important.sqlite")
    before = snapshot(tmp_path)
    with pytest.raises(InvalidInput) as caught:
        make_backup(db_path, target=target)
    assert_one_sentence(caught.value, target)
    assert snapshot(tmp_path) == before


def test_backup_where_a_file_blocks_the_folder(tmp_path: Path, db_path: Path) -> None:
    """An unwritable place is a StorageError, and no partial file is left."""
    blocker = write_text_file(tmp_path / "usb")
    before = snapshot(tmp_path)
    with pytest.raises(StorageError) as caught:
        make_backup(db_path, target=blocker / "copy.sqlite")
    assert_one_sentence(caught.value, blocker)
    assert snapshot(tmp_path) == before


def test_backup_when_the_backups_folder_is_a_file(tmp_path: Path, db_path: Path) -> None:
    """The same for the default folder (someone saved a file named "backups")."""
    write_text_file(backup_dir(db_path))
    before = snapshot(tmp_path)
    with pytest.raises(StorageError) as caught:
        make_backup(db_path)
    assert_one_sentence(caught.value, backup_dir(db_path))
    assert snapshot(tmp_path) == before


# --- restoring ------------------------------------------------------------------------


def test_restore_brings_the_data_back_and_saves_the_current_state(db_path: Path) -> None:
    """A restore is itself undoable: what it replaces is kept as a backup."""
    with open_store(db_path) as store:
        kept = create_organization(store, name="Pasvalio verslo klubas")
    backup = make_backup(db_path, label="good")
    with open_store(db_path) as store:
        later = create_organization(store, name="Pakruojo dvaras")
        update_organization(store, kept, name="Pasvalio verslininkai")

    safety = maintenance.restore(db_path, backup)

    assert safety is not None and safety.name.endswith("-before-restore.fkbackup.sqlite")
    assert list_backups(db_path) == [backup, safety]
    with open_store(db_path, create=False) as store:
        assert organizations(store) == {kept: "Pasvalio verslo klubas"}
        assert store.quick_check() == []
    with open_store(safety, create=False) as store:
        assert organizations(store) == {kept: "Pasvalio verslininkai", later: "Pakruojo dvaras"}


def test_restore_into_a_missing_database(tmp_path: Path, db_path: Path) -> None:
    """On a new laptop there is nothing to save first."""
    backup = make_backup(db_path)
    target = tmp_path / "new laptop" / "fieldkit.sqlite"
    assert maintenance.restore(target, backup) is None
    assert table_rows(target) == table_rows(db_path)


BadBackup = Callable[[Path, Path], Path]


def _text(folder: Path, demo: Path) -> Path:
    return write_text_file(folder / "backup.sqlite")


def _foreign(folder: Path, demo: Path) -> Path:
    return write_foreign_database(folder / "backup.sqlite", wal=True)


def _damaged(folder: Path, demo: Path) -> Path:
    # opens without complaint; only the health check a restore runs finds it
    return damage_tables(copy_database(demo, folder / "backup.sqlite"))


def _newer(folder: Path, demo: Path) -> Path:
    return set_revision(copy_database(demo, folder / "backup.sqlite"), "9999")


def _missing(folder: Path, demo: Path) -> Path:
    return folder / "backup.sqlite"


BAD_BACKUPS: dict[str, tuple[BadBackup, type[Exception]]] = {
    "text file": (_text, NotAFieldKitDatabase),
    "another program's database": (_foreign, NotAFieldKitDatabase),
    "damaged FieldKit file": (_damaged, DatabaseDamaged),
    "newer FieldKit file": (_newer, NewerSchema),
    "missing file": (_missing, InvalidInput),
}


@pytest.mark.parametrize("case", list(BAD_BACKUPS))
def test_restore_refuses_a_bad_backup_and_changes_nothing(
    case: str, tmp_path: Path, db_path: Path, demo_template: Path
) -> None:
    """The current database stays byte for byte, and no safety copy is made."""
    build, error_type = BAD_BACKUPS[case]
    folder = tmp_path / "stick"
    folder.mkdir()
    candidate = build(folder, demo_template)
    before = snapshot(tmp_path)
    current = sha256(db_path)
    with pytest.raises(error_type) as caught:
        maintenance.restore(db_path, candidate)
    assert_one_sentence(caught.value, candidate)
    assert sha256(db_path) == current
    assert not backup_dir(db_path).exists()
    assert snapshot(tmp_path) == before


# --- the backup before a schema upgrade --------------------------------------------------

PROBE_REVISION = '''"""upgrade probe (written by tests/test_backup.py)"""

from alembic import op
import sqlalchemy as sa

revision = "9001"
down_revision = "{down}"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table("upgrade_probe", sa.Column("id", sa.Integer(), primary_key=True))
    {fail}


def downgrade() -> None:
    op.drop_table("upgrade_probe")
'''


@pytest.fixture
def newer_fieldkit(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Callable[[bool], None]:
    """Make this process a FieldKit one revision newer than the files on disk: the
    real migration scripts plus a revision 9001 after the real head, with schema.py
    claiming 9001. Files at the real head are then "older", and open_store upgrades
    them with the real alembic machinery."""

    def install(fail: bool) -> None:
        scripts = tmp_path / "newer-migrations"
        shutil.copytree(migrate.MIGRATIONS, scripts, ignore=shutil.ignore_patterns("__pycache__"))
        body = PROBE_REVISION.format(
            down=schema.SCHEMA_HEAD,
            fail='raise RuntimeError("migration 9001 failed")' if fail else "",
        )
        (scripts / "versions" / "9001_upgrade_probe.py").write_text(body, encoding="utf-8")
        monkeypatch.setattr(migrate, "MIGRATIONS", scripts)
        monkeypatch.setattr(schema, "KNOWN_REVISIONS", (*schema.KNOWN_REVISIONS, "9001"))
        monkeypatch.setattr(schema, "SCHEMA_HEAD", "9001")

    return install


def has_table(path: Path, table: str) -> bool:
    found = query(path, "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", table)
    return bool(found)


def test_older_file_is_backed_up_then_upgraded_on_open(
    db_path: Path, newer_fieldkit: Callable[[bool], None]
) -> None:
    """The coordinator's data survives the upgrade, and the old file is kept."""
    old_head = schema.SCHEMA_HEAD
    with open_store(db_path) as store:
        kept = create_organization(store, name="Šilutės kultūros centras")
    newer_fieldkit(False)

    with open_store(db_path) as store:
        assert organizations(store) == {kept: "Šilutės kultūros centras"}
    assert revision_of(db_path) == "9001"
    assert has_table(db_path, "upgrade_probe")

    [backup] = list_backups(db_path)
    assert backup.name.endswith(f"-before-schema-9001-from-{old_head}.fkbackup.sqlite")
    assert revision_of(backup) == old_head
    assert not has_table(backup, "upgrade_probe")
    assert query(backup, "SELECT id FROM organization") == [(kept,)]


def test_failed_upgrade_keeps_the_old_schema_and_the_backup(
    db_path: Path, newer_fieldkit: Callable[[bool], None]
) -> None:
    """One transaction: a migration that fails half-way leaves the file as it was."""
    with open_store(db_path) as store:
        create_organization(store, name="Pagėgių bendruomenė")
    before = table_rows(db_path)
    old_head = schema.SCHEMA_HEAD
    newer_fieldkit(True)

    with pytest.raises(RuntimeError, match="migration 9001 failed"):
        open_store(db_path)

    assert table_rows(db_path) == before
    assert revision_of(db_path) == old_head
    assert not [item for item in db_path.parent.iterdir() if ".open" in item.name]
    [backup] = list_backups(db_path)
    assert table_rows(backup) == before


def test_upgrade_with_backup_at_head_backs_up_first_and_keeps_the_data(
    demo_db_path: Path,
) -> None:
    """Called on a current file (the only real revision today): the copy is made and
    re-running the migrations and the reference data changes no row."""
    before = table_rows(demo_db_path)
    migrate.upgrade_with_backup(demo_db_path, schema.SCHEMA_HEAD)
    [backup] = list_backups(demo_db_path)
    assert "-before-schema-" in backup.name
    assert table_rows(backup) == before
    assert table_rows(demo_db_path) == before


def test_backups_are_private_to_their_owner(store: Store, tmp_path: Path) -> None:
    """A backup holds the same personal data as the database."""
    rotated = make_backup(store.path)
    chosen = make_backup(store.path, target=tmp_path / "copy.sqlite")
    for backup in (rotated, chosen):
        assert backup.stat().st_mode & 0o777 == 0o600


# --- attached photos travel with the backups -------------------------------------


def _attach_photo(store: Store, folder: Path) -> str:
    import datetime as dt

    from fieldkit.services import meetings
    from fieldkit.services.attachments import add_attachment, attachments_of_meeting
    from tests.test_attachments import write_png

    meeting_id = meetings.create_meeting(
        store,
        municipality_id="birzu-r",
        title="Su nuotrauka",
        starts_at=dt.datetime(2026, 5, 5, 10),
    )
    add_attachment(store, meeting_id=meeting_id, source=write_png(folder), caption="Lenta")
    (view,) = attachments_of_meeting(store, meeting_id)
    return view.sha256


def test_a_backup_carries_the_attached_files(store: Store, tmp_path: Path) -> None:
    from fieldkit.paths import attachments_dir

    sha = _attach_photo(store, tmp_path / "camera")
    original = (attachments_dir(store.path) / sha).read_bytes()
    rotated = make_backup(store.path)
    assert (rotated.parent / "attachments" / sha).read_bytes() == original
    stick = tmp_path / "stick" / "kopija.sqlite"
    make_backup(store.path, target=stick)
    copy = stick.parent / "attachments" / sha
    assert copy.read_bytes() == original
    assert copy.stat().st_mode & 0o777 == 0o600


def test_a_restore_on_another_computer_brings_the_photos_back(store: Store, tmp_path: Path) -> None:
    from fieldkit.services.attachments import attachment_path

    sha = _attach_photo(store, tmp_path / "camera")
    stick = tmp_path / "stick" / "kopija.sqlite"
    make_backup(store.path, target=stick)
    new_laptop = tmp_path / "new-laptop" / "fieldkit.sqlite"
    maintenance.restore(new_laptop, stick)
    with open_store(new_laptop) as restored:
        found = attachment_path(restored, sha)
        assert found is not None
        assert found.parent == new_laptop.parent / "attachments"


def test_a_damaged_attached_file_is_not_copied(store: Store, tmp_path: Path) -> None:
    from fieldkit.paths import attachments_dir

    sha = _attach_photo(store, tmp_path / "camera")
    (attachments_dir(store.path) / sha).write_bytes(b"not the photo any more")
    backup = make_backup(store.path)
    assert not (backup.parent / "attachments" / sha).exists()
