"""People's data and duplicates: `person export|erase|stale` and `merge`."""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path

from fieldkit.cli.common import EXIT_OK, Handler, open_database
from fieldkit.errors import QT_TRANSLATE_NOOP, InvalidInput

MERGE_KINDS = {"contacts": "contact", "organizations": "organization"}


def register(commands: argparse._SubParsersAction) -> dict[str, Handler]:  # type: ignore[type-arg]
    person = commands.add_parser("person", help="one person's data (GDPR): export, erase")
    actions = person.add_subparsers(dest="person_command", metavar="ACTION", required=True)
    export = actions.add_parser("export", help="everything held about the person, JSON or PDF")
    export.add_argument("contact_id", metavar="ID", help="contact id or any unique prefix")
    export.add_argument("-o", "--output", type=Path, required=True, metavar="FILE.json|FILE.pdf")
    export.add_argument(
        "--lang", choices=["lt", "en"], default="lt", help="PDF language (default lt)"
    )
    erase = actions.add_parser(
        "erase", help="erase the person for good (travels to colleagues at the next sync)"
    )
    erase.add_argument("contact_id", metavar="ID", help="contact id or any unique prefix")
    erase.add_argument("--yes", action="store_true", help="confirm: this cannot be undone")
    erase.add_argument("--by", metavar="NAME", help="who erases (default: the system user)")
    stale = actions.add_parser("stale", help="people with no activity for a number of years")
    stale.add_argument("--years", type=int, default=2, metavar="N", help="idle for N years")

    merge = commands.add_parser("merge", help="merge a duplicate into the record to keep")
    merge.add_argument("kind", choices=sorted(MERGE_KINDS))
    merge.add_argument("keep_id", metavar="KEEP", help="id (or prefix) of the record to keep")
    merge.add_argument("lose_id", metavar="LOSE", help="id (or prefix) of the duplicate")
    merge.add_argument(
        "--take",
        action="append",
        default=[],
        metavar="FIELD",
        help="take this field's value from the duplicate (repeatable)",
    )
    return {"person": _cmd_person, "merge": _cmd_merge}


def _cmd_person(args: argparse.Namespace) -> int:
    from fieldkit.services.merging import resolve_record_id

    if args.person_command == "stale":
        return _stale(args)
    if args.person_command == "erase" and not args.yes:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "Erasing a person cannot be undone; add --yes to confirm.")
        )
    with open_database(args) as store:
        contact_id = resolve_record_id(store, "contact", args.contact_id)
        if args.person_command == "export":
            from fieldkit.reports.person_export import export_person

            export_person(store, contact_id, args.output, args.lang)
            print(f"Written to {args.output.expanduser()}.")
            return EXIT_OK
        from fieldkit.services.privacy import erase_contact

        result = erase_contact(store, contact_id, args.by)
    print(
        f"Erased {len(result.contact_ids)} contact record(s); their data leaves the other "
        "laptops at the next sync. Copies already made (exports, printed minutes, backups) "
        "are not reached."
    )
    return EXIT_OK


def _stale(args: argparse.Namespace) -> int:
    from fieldkit.services.privacy import stale_contacts

    if args.years < 1:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "Give a period of at least one year, not {years}."),
            years=args.years,
        )
    today = dt.date.today()
    since = today.replace(year=today.year - args.years, day=min(today.day, 28))
    with open_database(args) as store:
        for contact in stale_contacts(store, since):
            name = contact.full_name or "-"
            print(f"{contact.contact_id}  {contact.last_activity}  {name}  {contact.organization}")
    return EXIT_OK


def _cmd_merge(args: argparse.Namespace) -> int:
    from fieldkit.services.merging import (
        merge_contacts,
        merge_organizations,
        resolve_record_id,
    )

    kind = MERGE_KINDS[args.kind]
    with open_database(args) as store:
        keep_id = resolve_record_id(store, kind, args.keep_id)
        lose_id = resolve_record_id(store, kind, args.lose_id)
        merge = merge_contacts if kind == "contact" else merge_organizations
        result = merge(store, keep_id, lose_id, dict.fromkeys(args.take, "lose"))
    print(
        f"Merged {lose_id} into {keep_id}: {result.moved_links} link(s) moved, "
        f"{result.combined_links} combined."
    )
    return EXIT_OK
