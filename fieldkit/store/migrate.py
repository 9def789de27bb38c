"""Schema creation and upgrades with alembic, imported only when a file needs one
(opening a current database never loads alembic)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.script import ScriptDirectory
from sqlalchemy import Connection

from fieldkit.model import new_id
from fieldkit.paths import package_file
from fieldkit.store import schema
from fieldkit.store.reference import load_reference_data
from fieldkit.store.sqlite_file import make_engine

MIGRATIONS = package_file("store", "migrations")


def alembic_config(connection: Connection | None = None) -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.attributes["connection"] = connection
    return config


def script_heads() -> tuple[str, ...]:
    return tuple(ScriptDirectory.from_config(alembic_config()).get_heads())


def script_revisions() -> tuple[str, ...]:
    scripts = ScriptDirectory.from_config(alembic_config())
    return tuple(revision.revision for revision in scripts.walk_revisions())


def create_schema(path: Path) -> None:
    """Build a new, empty FieldKit database at the newest schema in `path`."""
    raw = sqlite3.connect(path)
    try:
        raw.execute("PRAGMA journal_mode = WAL")  # persistent; outside any transaction
    finally:
        raw.close()
    engine = make_engine(path)
    try:
        with engine.begin() as connection:
            command.upgrade(alembic_config(connection), "head")
            load_reference_data(connection)
            connection.exec_driver_sql(
                "INSERT INTO meta (key, value) VALUES ('replica_id', ?)",
                (new_id().replace("-", ""),),
            )
    finally:
        engine.dispose()


def upgrade_with_backup(path: Path, revision: str) -> None:
    """Copy the file aside, then upgrade it in one transaction: a failed migration
    leaves the old schema in place, and the copy is there whatever happens."""
    from fieldkit.store.backup import make_backup

    make_backup(path, label=f"before-schema-{schema.SCHEMA_HEAD}-from-{revision}")
    engine = make_engine(path)
    try:
        with engine.begin() as connection:
            command.upgrade(alembic_config(connection), "head")
            load_reference_data(connection)
    finally:
        engine.dispose()
