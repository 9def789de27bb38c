"""The commands of the foundation and the documents: demo data, listing and showing
meetings, search, backups, the integrity check and the PDFs."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from fieldkit.cli.common import EXIT_OK, Handler, db_path, open_database
from fieldkit.errors import QT_TRANSLATE_NOOP, InvalidInput, StorageError

MAX_DEMO_SIZE = 1_000_000
MAX_SEARCH_LIMIT = 1000


def register(commands: argparse._SubParsersAction) -> dict[str, Handler]:  # type: ignore[type-arg]
    demo = commands.add_parser("demo", help="fill an empty database with realistic demo data")
    demo.add_argument(
        "--size",
        type=int,
        default=3000,
        metavar="N",
        help="about how many rows to create in all (default 3000)",
    )
    demo.add_argument("--seed", type=int, default=2, help=argparse.SUPPRESS)

    commands.add_parser("meetings", help="list meetings (id, date, municipality, title)")

    meeting = commands.add_parser("meeting", help="show one meeting")
    meeting.add_argument("meeting_id", metavar="ID", help="meeting id or any unique prefix")

    search = commands.add_parser("search", help="search everything; diacritics optional")
    search.add_argument("text", metavar="TEXT", nargs="+")
    search.add_argument("--limit", type=int, default=20)

    backup = commands.add_parser("backup", help="back up the database (rotated folder)")
    backup.add_argument(
        "-o",
        "--output",
        type=Path,
        metavar="FILE",
        help="write the backup here instead of the backups folder",
    )

    restore = commands.add_parser("restore", help="replace the database with a backup")
    restore.add_argument("file", type=Path, metavar="FILE")

    commands.add_parser("check", help="run SQLite's integrity check on the database")

    def document(name: str, help_text: str, subject: str | None, metavar: str = "ID") -> None:
        sub = commands.add_parser(name, help=help_text)
        if subject:
            sub.add_argument(subject, metavar=metavar)
        sub.add_argument(
            "-o", "--output", type=Path, required=True, metavar="FILE.pdf", help="PDF to write"
        )
        sub.add_argument(
            "--lang", choices=["lt", "en"], default="lt", help="document language (default lt)"
        )

    document("minutes", "print a meeting's minutes to PDF", "meeting_id")
    document("attendance", "print a meeting's attendance sheet to PDF", "meeting_id")
    document(
        "report",
        "print a municipality's report to PDF (name without diacritics, or its start)",
        "municipality",
        "MUNICIPALITY",
    )
    document("summary", "print the programme summary of all municipalities to PDF", None)

    return {
        "demo": _cmd_demo,
        "meetings": _cmd_meetings,
        "meeting": _cmd_meeting,
        "search": _cmd_search,
        "backup": _cmd_backup,
        "restore": _cmd_restore,
        "check": _cmd_check,
        "minutes": _cmd_document,
        "attendance": _cmd_document,
        "report": _cmd_document,
        "summary": _cmd_document,
    }


def _cmd_demo(args: argparse.Namespace) -> int:
    from fieldkit.services.demo import generate_demo

    if not 1 <= args.size <= MAX_DEMO_SIZE:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "The demo size must be between 1 and {max_size} rows."),
            max_size=MAX_DEMO_SIZE,
        )
    with open_database(args, create=True) as store:
        report = generate_demo(store, size=args.size, seed=args.seed)
    print(
        f"Demo data written to {db_path(args)}: {report.total_rows} rows "
        f"({report.meetings} meetings, {report.contacts} contacts, "
        f"{report.problems} problems)."
    )
    return EXIT_OK


def _cmd_meetings(args: argparse.Namespace) -> int:
    from fieldkit.services.meetings import list_meetings

    with open_database(args) as store:
        meetings = list_meetings(store)
    for m in meetings:
        print(f"{m.meeting_id[:8]}  {m.starts_at:%Y-%m-%d %H:%M}  {m.municipality_name}  {m.title}")
    return EXIT_OK


def _cmd_meeting(args: argparse.Namespace) -> int:
    from fieldkit.services.meetings import get_meeting, resolve_meeting_id

    with open_database(args) as store:
        detail = get_meeting(store, resolve_meeting_id(store, args.meeting_id))
    s = detail.summary
    print(
        f"{s.title}\n{s.meeting_id}\n{s.starts_at:%Y-%m-%d %H:%M}  {s.municipality_name}"
        f"  {detail.library_name}\nstatus: {s.status.value}"
        + (f"  no. {s.number}" if s.number else "")
    )
    for item in detail.agenda:
        print(f"\n{item.position + 1}. {item.title}")
        for line in item.notes.splitlines():
            print(f"   {line}")
    if detail.participants:
        print(f"\nparticipants ({sum(p.attended for p in detail.participants)} present):")
        for p in detail.participants:
            where = f", {p.organization}" if p.organization else ""
            print(f"  [{'x' if p.attended else ' '}] {p.name}{where}")
    for d in detail.decisions:
        print(f"decision: {d.text}")
    for a in detail.action_items:
        print(f"action: {a.text} ({a.owner}, {a.due_on or '-'}){' done' if a.done else ''}")
    return EXIT_OK


def _cmd_search(args: argparse.Namespace) -> int:
    from fieldkit.services.search import search_everything

    if not 1 <= args.limit <= MAX_SEARCH_LIMIT:
        raise InvalidInput(
            QT_TRANSLATE_NOOP(
                "Errors", "The number of search results must be between 1 and {max_limit}."
            ),
            max_limit=MAX_SEARCH_LIMIT,
        )
    with open_database(args) as store:
        hits = search_everything(store, " ".join(args.text), limit=args.limit)
    for hit in hits:
        print(f"{hit.kind:<12} {hit.ref_id[:8]}  {hit.title}  — {hit.snippet}")
    if not hits:
        print("Nothing found.", file=sys.stderr)
    return EXIT_OK


def _cmd_backup(args: argparse.Namespace) -> int:
    from fieldkit.services.maintenance import back_up

    output = args.output.expanduser() if args.output else None
    with open_database(args) as store:
        if output is not None and output.is_dir():
            from fieldkit.store.backup import backup_name

            output = output / backup_name(store.path)
        target = back_up(store, output)
    print(f"Backup written to {target}.")
    return EXIT_OK


def _cmd_restore(args: argparse.Namespace) -> int:
    from fieldkit.services.maintenance import restore

    database = db_path(args)
    if database.is_dir():
        raise StorageError(
            QT_TRANSLATE_NOOP("Errors", "{path} is a folder, not a database file."),
            path=str(database),
        )
    safety = restore(database, args.file.expanduser())
    with open_database(args):
        pass  # proves the restored file opens (and migrates it if it is older)
    print(
        f"Restored {db_path(args)} from {args.file}."
        + (f" The previous state was saved to {safety}." if safety else "")
    )
    return EXIT_OK


def _cmd_check(args: argparse.Namespace) -> int:
    from fieldkit.services.maintenance import check

    with open_database(args) as store:
        check(store)
    print(f"{db_path(args)} is healthy.")
    return EXIT_OK


def _cmd_document(args: argparse.Namespace) -> int:
    """Build the document in memory, then write it whole (atomically, mode 0600)."""
    from fieldkit import reports
    from fieldkit.reports.files import write_pdf

    with open_database(args) as store:
        if args.command == "summary":
            data = reports.summary_pdf(store, args.lang)
        elif args.command == "report":
            from fieldkit.services.documents import resolve_municipality

            data = reports.municipality_pdf(
                store, resolve_municipality(store, args.municipality), args.lang
            )
        else:
            from fieldkit.services.meetings import resolve_meeting_id

            build = reports.minutes_pdf if args.command == "minutes" else reports.attendance_pdf
            data = build(store, resolve_meeting_id(store, args.meeting_id), args.lang)
    target = write_pdf(args.output, data)
    print(f"Written to {target}.")
    return EXIT_OK
