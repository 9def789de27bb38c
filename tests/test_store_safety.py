"""What opening, backing up and restoring must never do to a coordinator's files:
delete the backup being restored, mix an old WAL into a new file, replace a link or
a device, open the wrong file for an unusual name, leave copies that a read-only
stick cannot open, or restore under a FieldKit that has the file open."""

from __future__ import annotations

import contextlib
import os
import shutil
import sqlite3
import stat
import subprocess
import sys
import textwrap
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from fieldkit.errors import DatabaseBusy, InvalidInput, StorageError
from fieldkit.paths import backup_dir
from fieldkit.services import maintenance
from fieldkit.services.partners import create_organization
from fieldkit.store import open_store, schema, sqlite_file
from fieldkit.store.backup import KEEP_BACKUPS, list_backups, make_backup
from tests.test_backup import organizations
from tests.test_store_open import assert_one_sentence, sha256, snapshot

REPO = Path(__file__).resolve().parents[1]


def journal_mode(path: Path) -> str:
    """The journal mode a file records in its header (bytes 18-19: 2 means WAL),
    read without opening it through SQLite, which could change it."""
    versions = path.read_bytes()[18:20]
    return "wal" if versions == b"\x02\x02" else "delete"


def child_env() -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(REPO), env.get("PYTHONPATH")]))
    return env


@contextlib.contextmanager
def another_fieldkit(database: Path) -> Iterator[subprocess.Popen[str]]:
    """A second FieldKit process (a window) that has `database` open until the end."""
    code = (
        "import sys\n"
        "from fieldkit.store import open_store\n"
        "store = open_store(sys.argv[1])\n"
        "print('open', flush=True)\n"
        "sys.stdin.readline()\n"
    )
    process = subprocess.Popen(
        [sys.executable, "-c", code, str(database)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        env=child_env(),
    )
    try:
        assert process.stdout is not None
        assert process.stdout.readline().strip() == "open"
        yield process
    finally:
        process.kill()
        process.wait()
        for stream in (process.stdin, process.stdout):
            if stream is not None:
                stream.close()


# --- 1. restoring a backup the safety copy would rotate away --------------------------


def test_restoring_the_oldest_rotated_backup_keeps_it_and_succeeds(db_path: Path) -> None:
    """The folder is full; the copy made before the restore must not rotate away the
    very backup being restored."""
    with open_store(db_path) as store:
        kept = create_organization(store, name="Pasvalio verslo klubas")
    oldest = make_backup(db_path, label="n00")
    with open_store(db_path) as store:
        create_organization(store, name="Pakruojo dvaras")
    for number in range(1, KEEP_BACKUPS):
        make_backup(db_path, label=f"n{number:02}")
    before = list_backups(db_path)
    assert len(before) == KEEP_BACKUPS and before[0] == oldest

    safety = maintenance.restore(db_path, oldest)

    assert oldest.exists()
    assert safety is not None
    assert list_backups(db_path) == [*before, safety]  # nothing was rotated away
    with open_store(db_path, create=False) as store:
        assert organizations(store) == {kept: "Pasvalio verslo klubas"}


@pytest.mark.parametrize("spelling", ["same path", "symbolic link", "hard link"])
def test_restoring_the_database_onto_itself_is_refused(
    spelling: str, tmp_path: Path, db_path: Path
) -> None:
    if spelling == "same path":
        backup = db_path
    elif spelling == "symbolic link":
        backup = tmp_path / "link.sqlite"
        backup.symlink_to(db_path)
    else:
        backup = tmp_path / "hard.sqlite"
        os.link(db_path, backup)
    before = snapshot(tmp_path)
    with pytest.raises(InvalidInput, match="is the database itself") as caught:
        maintenance.restore(db_path, backup)
    assert_one_sentence(caught.value, backup)
    assert snapshot(tmp_path) == before


# --- 2. leftovers of a vanished database -----------------------------------------------


def _leave_wal_of_a_vanished_database(path: Path) -> list[Path]:
    """Committed work that lives only in -wal and -shm, whose main file is gone
    (deleted by hand, or a sync tool that copied only the main file away)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with contextlib.closing(sqlite3.connect(path, isolation_level=None)) as connection:
        connection.execute("PRAGMA journal_mode = WAL")
        connection.execute("PRAGMA wal_autocheckpoint = 0")
        connection.execute("CREATE TABLE notes (body TEXT)")
        connection.execute("INSERT INTO notes VALUES ('Susitikimas Šiauliuose')")
        sidecars = [Path(f"{path}-wal"), Path(f"{path}-shm")]
        kept = {sidecar: sidecar.read_bytes() for sidecar in sidecars}
    path.unlink()
    for sidecar, content in kept.items():
        sidecar.write_bytes(content)
    return sidecars


@pytest.mark.parametrize("main_file", ["missing", "empty"])
def test_new_database_is_not_made_over_leftover_wal(main_file: str, tmp_path: Path) -> None:
    path = tmp_path / "field" / "fieldkit.sqlite"
    sidecars = _leave_wal_of_a_vanished_database(path)
    if main_file == "empty":
        path.touch()
    before = snapshot(tmp_path)
    with pytest.raises(StorageError) as caught:
        open_store(path)
    assert_one_sentence(caught.value, path)
    for sidecar in sidecars:
        assert sidecar.name in str(caught.value)
    assert snapshot(tmp_path) == before


def test_new_database_is_not_made_over_a_leftover_rollback_journal(tmp_path: Path) -> None:
    path = tmp_path / "fieldkit.sqlite"
    journal = Path(f"{path}-journal")
    journal.write_bytes(b"\xd9\xd5\x05\xf9\x20\xa1\x63\xd7" + bytes(504))
    before = snapshot(tmp_path)
    with pytest.raises(StorageError, match=journal.name) as caught:
        open_store(path)
    assert_one_sentence(caught.value, path)
    assert snapshot(tmp_path) == before


# --- 3. what is at the path is not a regular file ---------------------------------------


@pytest.mark.parametrize("create", [True, False])
def test_dangling_link_is_refused_not_replaced(create: bool, tmp_path: Path) -> None:
    """The database lives on a USB drive that is not plugged in."""
    drive = tmp_path / "media" / "USB"
    link = tmp_path / "fieldkit.sqlite"
    link.symlink_to(drive / "fieldkit.sqlite")
    before = snapshot(tmp_path)
    with pytest.raises(StorageError) as caught:
        open_store(link, create=create)
    message = str(caught.value)
    assert str(link) in message and str(drive / "fieldkit.sqlite") in message
    assert "does not exist; is the drive connected?" in message
    assert "\n" not in message
    assert link.is_symlink() and os.readlink(link) == str(drive / "fieldkit.sqlite")
    assert not drive.exists()
    assert snapshot(tmp_path) == before


def test_folder_behind_a_dangling_link_is_refused(tmp_path: Path) -> None:
    usb = tmp_path / "usb"
    usb.symlink_to(tmp_path / "media" / "USB")
    before = snapshot(tmp_path)
    with pytest.raises(StorageError, match="is the drive connected") as caught:
        open_store(usb / "field" / "fieldkit.sqlite")
    assert str(usb) in str(caught.value)
    assert not (tmp_path / "media").exists()
    assert snapshot(tmp_path) == before


def _fifo(path: Path) -> None:
    os.mkfifo(path)


def _device(path: Path) -> None:
    try:
        os.mknod(path, stat.S_IFCHR | 0o600, os.makedev(1, 3))  # what /dev/null is
    except PermissionError:
        pytest.skip("making a device node needs root (CAP_MKNOD)")


def _link_to_dev_null(path: Path) -> None:
    path.symlink_to(os.devnull)


@pytest.mark.parametrize("make", [_fifo, _device, _link_to_dev_null])
@pytest.mark.parametrize("create", [True, False])
def test_special_files_are_refused_and_left_alone(
    make: Callable[[Path], None], create: bool, tmp_path: Path
) -> None:
    """`--db /dev/null` must never replace /dev/null (nor a pipe, nor a link to it)."""
    path = tmp_path / "fieldkit.sqlite"
    make(path)
    kind = os.lstat(path)
    with pytest.raises(StorageError, match="is not a regular file") as caught:
        open_store(path, create=create)
    assert_one_sentence(caught.value, path)
    after = os.lstat(path)
    assert (after.st_ino, after.st_mode, after.st_rdev) == (kind.st_ino, kind.st_mode, kind.st_rdev)
    assert sorted(item.name for item in tmp_path.iterdir()) == [path.name]


def test_link_to_an_empty_file_gets_the_database_at_its_target(tmp_path: Path) -> None:
    """The link stays a link: the new database is made where it points."""
    target = tmp_path / "usb" / "fieldkit.sqlite"
    target.parent.mkdir()
    target.touch()
    link = tmp_path / "fieldkit.sqlite"
    link.symlink_to(target)
    with open_store(link) as store:
        assert store.replica_id
    assert link.is_symlink()
    assert sqlite_file.inspect_file(target) == schema.SCHEMA_HEAD


# --- 4. backups a read-only place can open ----------------------------------------------


def test_backup_is_a_rollback_journal_file_and_restore_brings_back_wal(
    tmp_path: Path, db_path: Path
) -> None:
    """A WAL file cannot be read where -shm cannot be made (a write-protected stick),
    so the copy is in DELETE mode; the restored database is WAL again."""
    assert journal_mode(db_path) == "wal"
    backup = make_backup(db_path)
    assert journal_mode(backup) == "delete"
    assert not Path(f"{backup}-wal").exists() and not Path(f"{backup}-journal").exists()

    maintenance.restore(db_path, backup)
    assert journal_mode(db_path) == "wal"
    with open_store(db_path, create=False) as store, store.engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert store.quick_check() == []

    fresh = tmp_path / "new laptop" / "fieldkit.sqlite"
    maintenance.restore(fresh, backup)
    assert journal_mode(fresh) == "wal"
    with open_store(fresh, create=False) as store:
        assert store.quick_check() == []


READ_ONLY_CHILD = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from fieldkit.store import open_store, sqlite_file

    folder, backup, wal_copy = (Path(arg) for arg in sys.argv[1:4])
    try:
        (folder / "probe").write_text("x")
    except OSError:
        pass
    else:
        (folder / "probe").unlink()
        print("WRITABLE")
        raise SystemExit(0)
    print(sqlite_file.inspect_file(backup, check_health=True))
    print(sqlite_file.inspect_file(wal_copy, check_health=True))
    with open_store(backup, create=False) as store:
        print(store.replica_id)
    """
)


def _as_user_that_chmod_binds(command: list[str]) -> list[str]:
    """Root ignores a folder's missing write permission; without the capabilities
    that let it (setpriv drops them for the child), chmod binds root too."""
    if os.geteuid() != 0:
        return command
    setpriv = shutil.which("setpriv")
    if setpriv is None:
        pytest.skip("running as root without setpriv: cannot make a folder read-only to us")
    return [setpriv, "--bounding-set=-dac_override,-dac_read_search", *command]


def test_backup_and_wal_file_open_from_a_read_only_folder(tmp_path: Path, db_path: Path) -> None:
    """A backup on a write-protected stick opens (and checks) without writing; so
    does a WAL-mode copy with no -wal beside it (read as immutable)."""
    folder = tmp_path / "stick"
    folder.mkdir()
    backup = make_backup(db_path, target=folder / "copy.fkbackup.sqlite")
    wal_copy = Path(shutil.copyfile(db_path, folder / "wal-copy.sqlite"))
    assert journal_mode(wal_copy) == "wal"
    replica = sqlite3.connect(f"{backup.as_uri()}?mode=ro", uri=True)
    with contextlib.closing(replica):
        [(replica_id,)] = replica.execute("SELECT value FROM meta WHERE key = 'replica_id'")
    before = snapshot(folder)
    folder.chmod(0o555)
    try:
        command = _as_user_that_chmod_binds(
            [sys.executable, "-c", READ_ONLY_CHILD, str(folder), str(backup), str(wal_copy)]
        )
        result = subprocess.run(command, capture_output=True, text=True, env=child_env())
    finally:
        folder.chmod(0o755)
    if result.stdout.strip() == "WRITABLE":
        pytest.skip("this system lets the test process write into a mode 0555 folder")
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == [schema.SCHEMA_HEAD, schema.SCHEMA_HEAD, replica_id]
    assert snapshot(folder) == before


# --- 5. restore while another FieldKit has the file open ---------------------------------


def test_restore_is_refused_while_another_process_has_the_database_open(
    tmp_path: Path, db_path: Path
) -> None:
    backup = make_backup(db_path, target=tmp_path / "stick" / "good.sqlite")
    with another_fieldkit(db_path) as window:
        current = sha256(db_path)
        with pytest.raises(DatabaseBusy) as caught:
            maintenance.restore(db_path, backup)
        assert_one_sentence(caught.value, db_path)
        expected = f"is open in FieldKit (process {window.pid}); close FieldKit first."
        assert expected in str(caught.value)
        assert sha256(db_path) == current
        assert not backup_dir(db_path).exists()


def test_restore_is_refused_while_this_process_has_the_database_open(
    tmp_path: Path, db_path: Path
) -> None:
    backup = make_backup(db_path, target=tmp_path / "stick" / "good.sqlite")
    with open_store(db_path), pytest.raises(DatabaseBusy, match=f"process {os.getpid()}"):
        maintenance.restore(db_path, backup)
    assert not backup_dir(db_path).exists()
    assert maintenance.restore(db_path, backup) is not None  # closed: now it may


# --- 6. names that a URL would misread --------------------------------------------------


def test_unusual_file_name_opens_exactly_that_file(tmp_path: Path) -> None:
    folder = tmp_path / "Šiaulių rajonas"
    path = folder / "ą%41?#.sqlite"
    with open_store(path) as store:
        created = create_organization(store, name="Kuršėnų biblioteka")
    assert sorted(item.name for item in folder.iterdir()) == [path.name]
    assert sorted(item.name for item in tmp_path.iterdir()) == [folder.name]
    assert sqlite_file.inspect_file(path) == schema.SCHEMA_HEAD
    with open_store(path, create=False) as store:
        assert organizations(store) == {created: "Kuršėnų biblioteka"}
    backup = make_backup(path)
    assert backup.parent == backup_dir(path)
    maintenance.restore(path, backup)
    with open_store(path, create=False) as store:
        assert organizations(store) == {created: "Kuršėnų biblioteka"}


def test_store_connections_work_from_another_thread(db_path: Path) -> None:
    """The window runs its queries on a worker thread."""
    import threading

    found: list[object] = []
    with open_store(db_path) as store:
        created = create_organization(store, name="Joniškio kultūros centras")

        def work() -> None:
            try:
                found.append(organizations(store))
            except Exception as error:  # surfaced to the test thread below
                found.append(error)

        worker = threading.Thread(target=work)
        worker.start()
        worker.join()
    assert found == [{created: "Joniškio kultūros centras"}]
