"""`fieldkit selftest`: this installation proves it works, above all a frozen bundle
(build_installer.spec) on a machine with no Python, in the spirit of calibre's
test_build.py. Everything happens in a temporary folder that is removed afterwards:
the user's database, settings and logs are never touched, and no screen is needed.

Each check prints one line; a failed check prints what failed (its traceback goes to
stderr for support) and the command exits 1."""

from __future__ import annotations

import argparse
import contextlib
import os
import platform
import sqlite3
import sys
import tempfile
import time
import traceback
import unicodedata
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from fieldkit import __version__
from fieldkit.cli.common import EXIT_FAILURE, EXIT_OK, Handler
from fieldkit.paths import DATA_DIR_ENV, DB_ENV, resource

DEMO_SIZE = 300


def register(commands: argparse._SubParsersAction) -> dict[str, Handler]:  # type: ignore[type-arg]
    selftest = commands.add_parser(
        "selftest",
        help="check that this installation works (in a temporary folder; needs no screen)",
    )
    selftest.add_argument(
        "--no-window",
        action="store_true",
        help="leave out the offscreen start of the window (Qt)",
    )
    return {"selftest": _cmd_selftest}


@dataclass
class _Run:
    folder: Path
    found: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class _Check:
    name: str
    run: Callable[[_Run], str]
    needs: tuple[str, ...] = ()


def _cmd_selftest(args: argparse.Namespace) -> int:
    where = (
        f"bundle {Path(sys.executable).parent}"
        if _frozen()
        else f"source {Path(__file__).parents[2]}"
    )
    print(f"FieldKit {__version__} self-test: Python {platform.python_version()}, {where}")
    checks = list(CHECKS)
    if args.no_window:
        checks = [check for check in checks if check.name != "window"]
    passed: set[str] = set()
    failed: list[str] = []
    with _isolated() as folder:
        run = _Run(folder)
        try:
            for check in checks:
                missing = [name for name in check.needs if name not in passed]
                if missing:
                    failed.append(check.name)
                    print(f"SKIP {check.name}: needs {', '.join(missing)}")
                    continue
                started = time.perf_counter()
                try:
                    detail = check.run(run)
                except Exception as error:
                    failed.append(check.name)
                    print(f"FAIL {check.name}: {_one_line(error)}")
                    traceback.print_exc(file=sys.stderr)
                    continue
                passed.add(check.name)
                took = time.perf_counter() - started
                print(f"ok   {check.name}: {detail} ({took:.2f} s)")
        finally:
            store = run.found.get("store")
            if store is not None:
                store.close()
    if failed:
        print(f"{len(failed)} of {len(checks)} checks failed: {', '.join(failed)}.")
        return EXIT_FAILURE
    print(f"All {len(checks)} checks passed.")
    return EXIT_OK


def _frozen() -> bool:
    return bool(getattr(sys, "frozen", False))


def _one_line(error: BaseException) -> str:
    text = str(error).strip().splitlines()
    return f"{type(error).__name__}: {text[0] if text else ''}".rstrip(": ")


@contextlib.contextmanager
def _isolated() -> Iterator[Path]:
    """A temporary data folder and database for the run, the real ones out of reach
    (FIELDKIT_DATA_DIR and FIELDKIT_DB point into it), restored afterwards."""
    saved = {name: os.environ.get(name) for name in (DATA_DIR_ENV, DB_ENV)}
    # ignore_cleanup_errors: on Windows a virus scanner may still hold a file a moment
    with tempfile.TemporaryDirectory(
        prefix="fieldkit-selftest-", ignore_cleanup_errors=True
    ) as temporary:
        folder = Path(temporary)
        os.environ[DATA_DIR_ENV] = str(folder / "data")
        os.environ[DB_ENV] = str(folder / "data" / "fieldkit.sqlite")
        try:
            yield folder
        finally:
            for name, value in saved.items():
                if value is None:
                    os.environ.pop(name, None)
                else:
                    os.environ[name] = value


# --- the checks, in order ----------------------------------------------------------


def _check_resources(run: _Run) -> str:
    """Every file FieldKit reads at run time, from wherever this installation keeps
    them (the bundle's folder, the wheel, or the source tree)."""
    wanted = [
        ("fonts", "DejaVuSans.ttf"),
        ("fonts", "DejaVuSans-Bold.ttf"),
        ("fonts", "DejaVuSans-Oblique.ttf"),
        ("translations", "fieldkit_lt.qm"),
        ("translations", "fieldkit_en.qm"),
        ("reference", "municipalities.json"),
        ("templates", "discussion_agenda.lt.json"),
        ("templates", "discussion_agenda.en.json"),
        ("icons", "fieldkit.png"),
    ]
    missing = [
        "/".join(parts)
        for parts in wanted
        if not resource(*parts).is_file() or not resource(*parts).stat().st_size
    ]
    if missing:
        raise FileNotFoundError(f"missing from {resource()}: {', '.join(missing)}")
    return f"{len(wanted)} files in {resource()}"


def _check_new_database(run: _Run) -> str:
    """A new file is made by running every migration script from disk."""
    from fieldkit.store import open_store, schema
    from fieldkit.store.sqlite_file import inspect_file

    path = run.folder / "data" / "fieldkit.sqlite"
    run.found["store"] = store = open_store(path, create=True)
    revision = inspect_file(path)
    if revision != schema.SCHEMA_HEAD:
        raise AssertionError(f"new database at schema {revision}, not {schema.SCHEMA_HEAD}")
    if store.quick_check():
        raise AssertionError(f"new database is damaged: {store.quick_check()[0]}")
    return f"created and migrated to schema {revision}"


def _check_upgrade(run: _Run) -> str:
    """A file left at the first schema revision (as the oldest FieldKit wrote it) is
    backed up and upgraded when opened."""
    from alembic import command

    from fieldkit.store import open_store, schema
    from fieldkit.store.backup import list_backups
    from fieldkit.store.migrate import alembic_config, script_revisions
    from fieldkit.store.sqlite_file import inspect_file, make_engine

    oldest = script_revisions()[-1]  # walk_revisions goes from the head down
    path = run.folder / "old" / "fieldkit.sqlite"
    path.parent.mkdir()
    with contextlib.closing(sqlite3.connect(path)) as raw:
        raw.execute("PRAGMA journal_mode = WAL")
    engine = make_engine(path)
    try:
        with engine.begin() as connection:
            command.upgrade(alembic_config(connection), oldest)
            connection.exec_driver_sql(
                "INSERT INTO meta (key, value) VALUES ('replica_id', ?)", (uuid.uuid4().hex,)
            )
    finally:
        engine.dispose()
    if inspect_file(path) != oldest:
        raise AssertionError(f"could not make a database at schema {oldest}")
    with open_store(path, create=False):
        pass
    revision = inspect_file(path)
    if revision != schema.SCHEMA_HEAD:
        raise AssertionError(f"upgraded database at schema {revision}, not {schema.SCHEMA_HEAD}")
    if not list_backups(path):
        raise AssertionError("no backup was made before the upgrade")
    return f"schema {oldest} upgraded to {revision}, backup made"


def _check_demo(run: _Run) -> str:
    from fieldkit.services.demo import generate_demo
    from fieldkit.services.meetings import list_meetings

    report = generate_demo(run.found["store"], size=DEMO_SIZE)
    meetings = list_meetings(run.found["store"])
    if not meetings:
        raise AssertionError("the demo data holds no meeting")
    run.found["meeting"] = meetings[0]
    return f"{report.total_rows} rows, {report.meetings} meetings, {report.contacts} contacts"


def _check_search(run: _Run) -> str:
    """The full-text index answers, and without diacritics typed (as in the field)."""
    from fieldkit.services.search import search_everything

    meeting = run.found["meeting"]
    plain = "".join(
        letter
        for letter in unicodedata.normalize("NFD", meeting.title)
        if not unicodedata.combining(letter)
    )
    hits = search_everything(run.found["store"], plain, limit=50)
    if not any(hit.ref_id == meeting.meeting_id for hit in hits):
        raise AssertionError(f"searching for {plain!r} did not find the meeting {meeting.title!r}")
    return f"{plain!r} found among {len(hits)} hits"


def _check_pdf(run: _Run) -> str:
    """The minutes as partners get them: a complete PDF with its fonts embedded (a
    PDF that names a font without embedding it prints ą č ę ė į š ų ū ž as boxes on a
    computer without DejaVu). pypdf is for the tests only; these are byte checks."""
    from fieldkit.reports import minutes_pdf

    data = minutes_pdf(run.found["store"], run.found["meeting"].meeting_id, "lt")
    if not data.startswith(b"%PDF-"):
        raise AssertionError("the minutes do not start as a PDF")
    if not data.rstrip().endswith(b"%%EOF"):
        raise AssertionError("the minutes PDF is cut short")
    if b"/FontFile2" not in data:
        raise AssertionError("the minutes PDF embeds no TrueType font")
    run.found["pdf"] = data
    return f"minutes, {len(data) // 1024} KiB, fonts embedded"


def _check_pdf_render(run: _Run) -> str:
    """pdfium (the window's print preview) opens the PDF and draws ink on page 1."""
    import pypdfium2

    document = pypdfium2.PdfDocument(run.found["pdf"])
    try:
        pages = len(document)
        bitmap = document[0].render(scale=0.5, grayscale=True)
        image = bitmap.to_pil()
    finally:
        document.close()
    darkest, _ = image.getextrema()
    if darkest > 128:
        raise AssertionError("page 1 of the minutes renders blank")
    return f"{pages} page(s), page 1 drawn at {image.width}x{image.height}"


def _check_workbook(run: _Run) -> str:
    """The Excel export, read back by the import (openpyxl both ways)."""
    from fieldkit.io.spreadsheet import export_xlsx
    from fieldkit.io.tabular import read_xlsx

    path = run.folder / "export" / "fieldkit.xlsx"
    path.parent.mkdir()
    counts = export_xlsx(run.found["store"], path)
    first, rows = next(iter(counts.items()))
    table = read_xlsx(path)  # the first sheet
    if len(table.rows) != rows:
        raise AssertionError(f"the {first} sheet reads back {len(table.rows)} rows, not {rows}")
    return f"{len(counts)} sheets written, {first} read back ({rows} rows)"


def _check_phone_numbers(run: _Run) -> str:
    """phonenumbers and its metadata, for numbers outside the quick Lithuanian forms."""
    from fieldkit.services.matching import normalise_phone

    key = normalise_phone("+44 20 7946 0958")
    if key != "+442079460958":
        raise AssertionError(f"a London number became {key!r}")
    return "+44 20 7946 0958 is +442079460958"


def _check_window(run: _Run) -> str:
    from fieldkit.ui.selftest import check_window

    return check_window(run.found["store"])


CHECKS = (
    _Check("resources", _check_resources),
    _Check("new database", _check_new_database),
    _Check("upgrade", _check_upgrade),
    _Check("demo data", _check_demo, needs=("new database",)),
    _Check("search", _check_search, needs=("demo data",)),
    _Check("pdf", _check_pdf, needs=("demo data", "resources")),
    _Check("pdf render", _check_pdf_render, needs=("pdf",)),
    _Check("workbook", _check_workbook, needs=("demo data",)),
    _Check("phone numbers", _check_phone_numbers),
    _Check("window", _check_window, needs=("demo data",)),
)
