"""Shared fixtures: every test gets its own real SQLite file in tmp_path.

Creating a database runs the alembic migrations and loads the reference data
(about a quarter of a second), so one fresh database and one demo database are
made per test session and copied for each test that needs one.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import sqlite3
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from fieldkit.store import Store, open_store

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

DEMO_SIZE = 1500


@pytest.fixture(autouse=True)
def _isolated_data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """No test may touch the real user's data folder or database."""
    monkeypatch.setenv("FIELDKIT_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.delenv("FIELDKIT_DB", raising=False)


def _template(factory: pytest.TempPathFactory, name: str, demo_size: int | None) -> Path:
    folder = factory.mktemp(name)
    path = folder / "template.sqlite"
    with open_store(path) as store:
        if demo_size:
            from fieldkit.services.demo import generate_demo

            generate_demo(store, size=demo_size)
    return path


@pytest.fixture(scope="session")
def empty_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return _template(tmp_path_factory, "empty-template", None)


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return _template(tmp_path_factory, "demo-template", DEMO_SIZE)


def copy_database(template: Path, target: Path) -> Path:
    """A file copy of a closed database (its WAL was checkpointed on close), given
    a replica id of its own as a database created on another laptop would have."""
    target.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(template, target)
    with contextlib.closing(sqlite3.connect(target)) as connection, connection:
        connection.execute(
            "UPDATE meta SET value = ? WHERE key = 'replica_id'", (uuid.uuid4().hex,)
        )
    return target


@pytest.fixture
def db_path(tmp_path: Path, empty_template: Path) -> Path:
    """A new, empty FieldKit database file (reference data only)."""
    return copy_database(empty_template, tmp_path / "field" / "fieldkit.sqlite")


@pytest.fixture
def demo_db_path(tmp_path: Path, demo_template: Path) -> Path:
    return copy_database(demo_template, tmp_path / "field" / "demo.sqlite")


@pytest.fixture
def store(db_path: Path) -> Iterator[Store]:
    with open_store(db_path) as opened:
        yield opened


@pytest.fixture
def demo_store(demo_db_path: Path) -> Iterator[Store]:
    with open_store(demo_db_path) as opened:
        yield opened


# --- the command line, run in this process ----------------------------------------


@dataclass(frozen=True)
class Result:
    code: int | str | None
    out: str
    err: str


Cli = Callable[..., Result]


@pytest.fixture
def cli(capsys: pytest.CaptureFixture[str]) -> Cli:
    """`cli("--db", path, "meetings")` runs the command in this process and
    returns its exit code and what it printed."""

    def invoke(*argv: object) -> Result:
        capsys.readouterr()
        from fieldkit.cli import run

        try:
            code: int | str | None = run([str(arg) for arg in argv])
        except SystemExit as exit_:
            code = exit_.code
        captured = capsys.readouterr()
        return Result(code, captured.out, captured.err)

    return invoke
