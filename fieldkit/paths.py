"""Where FieldKit's files live, computed in one place (as Vorta's config.py does).

Every folder comes from platformdirs unless an override is given: FIELDKIT_DB for
the database (support and tests), FIELDKIT_DATA_DIR for the whole data folder.
Resources are read through `resource()` only (and the package's own data files
through `package_file()`), so the same code works from the source tree, from an
installed wheel and from a PyInstaller bundle.
"""

from __future__ import annotations

import os
import sys
from functools import cache
from pathlib import Path

APP_NAME = "FieldKit"
APP_AUTHOR = "Bibliotekos pazangai 2"
DB_FILE_NAME = "fieldkit.sqlite"
DB_ENV = "FIELDKIT_DB"
DATA_DIR_ENV = "FIELDKIT_DATA_DIR"


def data_dir() -> Path:
    """The user's FieldKit data folder (database, backups, logs)."""
    override = os.environ.get(DATA_DIR_ENV)
    if override:
        return Path(override).expanduser()
    import platformdirs

    return Path(platformdirs.user_data_dir(APP_NAME, APP_AUTHOR, roaming=False))


def default_db_path() -> Path:
    """The database the application opens when not told otherwise."""
    override = os.environ.get(DB_ENV)
    if override:
        return Path(override).expanduser()
    return data_dir() / DB_FILE_NAME


def backup_dir(db_path: Path) -> Path:
    """Backups sit beside the database they copy, so each database keeps its own."""
    return db_path.parent / "backups"


def attachments_dir(db_path: Path) -> Path:
    """Attached files sit beside the database too, each named by its sha256."""
    return db_path.parent / "attachments"


def log_dir() -> Path:
    return data_dir() / "logs"


@cache
def resources_root() -> Path:
    """The `resources/` folder: bundle, installed wheel or source tree, in that order."""
    candidates = []
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        candidates.append(Path(bundle) / "resources")
    package = Path(__file__).resolve().parent
    candidates += [package / "resources", package.parent / "resources"]
    for candidate in candidates:
        if (candidate / "reference").is_dir():
            return candidate
    raise FileNotFoundError("FieldKit's resources folder is missing from this installation.")


def resource(*parts: str) -> Path:
    """Path of a file shipped under resources/ (fonts, translations, reference data)."""
    return resources_root().joinpath(*parts)


def package_file(*parts: str) -> Path:
    """Path of a file kept inside the fieldkit package and read from disk, not
    imported: the alembic migration scripts. Beside this module from source or a
    wheel; in a bundle under <bundle>/fieldkit, where build_installer.spec puts them."""
    bundle = getattr(sys, "_MEIPASS", None)
    root = Path(bundle) / "fieldkit" if bundle else Path(__file__).resolve().parent
    return root.joinpath(*parts)
