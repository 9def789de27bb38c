"""Facts about the file format that the store checks before it touches a file."""

from __future__ import annotations

#: PRAGMA application_id of every FieldKit database ("FKit"), so that another
#: program's SQLite file is recognised and refused rather than migrated.
APPLICATION_ID = 0x464B6974

#: The alembic revision this FieldKit writes, and every older one it can upgrade.
#: A test checks these against the migration scripts, so opening a current file
#: never has to import alembic.
SCHEMA_HEAD = "0005"
KNOWN_REVISIONS: tuple[str, ...] = ("0001", "0002", "0003", "0004", "0005")

#: Version of resources/reference/municipalities.json that the database holds.
REFERENCE_VERSION = 1

SQLITE_HEADER = b"SQLite format 3\x00"
