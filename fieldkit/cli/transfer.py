"""Data in and out of the database as files: `export` and `import`."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from fieldkit.cli.common import EXIT_OK, Handler, open_database
from fieldkit.errors import QT_TRANSLATE_NOOP, InvalidInput

EXPORT_FORMATS = ("json", "csv", "xlsx", "vcard", "ics")
TABLE_NAMES = ("contacts", "organizations", "meetings", "problems", "action_items")
# How many rows the import lists one by one before it only counts.
LISTED_ROWS = 40


def register(commands: argparse._SubParsersAction) -> dict[str, Handler]:  # type: ignore[type-arg]
    export = commands.add_parser(
        "export",
        help="export the data",
        description="json: everything; csv: one file per table into a folder (or one table "
        "with --table); xlsx: one sheet per table; vcard: contacts; ics: open action items "
        "with a due date.",
    )
    export.add_argument("format", choices=EXPORT_FORMATS)
    export.add_argument(
        "-o", "--output", type=Path, required=True, metavar="PATH", help="file, or - for stdout"
    )
    export.add_argument(
        "--table",
        action="append",
        choices=TABLE_NAMES,
        help="csv/xlsx: only this table (repeatable)",
    )
    export.add_argument(
        "--lang", choices=["lt", "en"], default="lt", help="csv/xlsx column headers"
    )
    export.add_argument(
        "--contact", action="append", metavar="ID", help="vcard: only this contact (repeatable)"
    )
    export.add_argument(
        "--events",
        action="store_true",
        help="ics: all-day events on the due dates instead of tasks (for Google Calendar)",
    )

    importing = commands.add_parser(
        "import",
        help="import contacts or organisations from CSV, XLSX or vCard",
        description="Reads CSV (UTF-8 or Windows-1257, ; or ,), XLSX or vCard; guesses "
        "which column holds what from the headers; creates new records, updates known "
        "ones (same e-mail, phone, or name in the same organisation) and skips "
        "duplicates; all rows or none.",
    )
    importing.add_argument("kind", choices=["contacts", "organizations"])
    importing.add_argument("file", type=Path, metavar="FILE")
    importing.add_argument(
        "--dry-run", action="store_true", help="only say what would happen; write nothing"
    )
    importing.add_argument(
        "--map",
        action="append",
        default=[],
        metavar="HEADER=FIELD",
        help="say which field a column fills (FIELD empty to ignore it); repeatable",
    )

    return {"export": _cmd_export, "import": _cmd_import}


def _cmd_export(args: argparse.Namespace) -> int:
    with open_database(args) as store:
        if args.format == "json":
            from fieldkit.io.json_export import export_json, write_json

            if str(args.output) == "-":
                count = write_json(store, sys.stdout)
                print(f"Exported {count} rows.", file=sys.stderr)
                return EXIT_OK
            count = export_json(store, args.output)
            print(f"Exported {count} rows to {args.output}.")
            return EXIT_OK
        if str(args.output) == "-":
            raise InvalidInput(
                QT_TRANSLATE_NOOP("Errors", "Only the JSON export can go to standard output.")
            )
        if args.format in ("csv", "xlsx"):
            from fieldkit.io.spreadsheet import export_csv, export_xlsx

            writer = export_csv if args.format == "csv" else export_xlsx
            counts = writer(store, args.output, args.table, language=args.lang)
            listed = ", ".join(f"{n} {name.replace('_', ' ')}" for name, n in counts.items())
            print(f"Exported {listed} to {args.output}.")
        elif args.format == "vcard":
            from fieldkit.io.vcard import export_vcards

            count = export_vcards(store, args.output, args.contact)
            print(f"Exported {count} contacts to {args.output}.")
        else:
            from fieldkit.io.calendar import export_ics

            count = export_ics(store, args.output, events=args.events)
            print(f"Exported {count} open action items to {args.output}.")
    return EXIT_OK


def _cmd_import(args: argparse.Namespace) -> int:
    from fieldkit.io.tabular import read_table
    from fieldkit.services import importing

    table = read_table(args.file)
    mapping = importing.guess_mapping(table.headers, args.kind)
    mapping = _with_overrides(table.headers, mapping, args.map, args.kind)
    with open_database(args) as store:
        run = importing.plan_import if args.dry_run else importing.apply_import
        plan = run(store, table.rows, mapping, kind=args.kind, source=args.file.name)
    columns = [f"{h} → {m}" for h, m in zip(table.headers, mapping, strict=True) if m]
    print(f"Columns: {'; '.join(columns)}.")
    _print_rows(plan)
    verb = "Would create" if args.dry_run else "Created"
    summary = f"{verb} {plan.created}, updated {plan.updated}, skipped {plan.skipped}"
    reasons = plan.skipped_by_reason()
    if reasons:
        summary += (
            " ("
            + ", ".join(
                f"{count} {importing.REASON_TEXT[reason]}" for reason, count in reasons.items()
            )
            + ")"
        )
    if plan.new_organizations:
        summary += f"; {len(plan.new_organizations)} new organisations"
    print(summary + ("; nothing was written." if args.dry_run else "."))
    return EXIT_OK


def _with_overrides(
    headers: tuple[str, ...], mapping: list[str], overrides: list[str], kind: str
) -> list[str]:
    from fieldkit.services import importing

    for override in overrides:
        header, _, target = override.partition("=")
        target = target.strip()
        keys = [importing.header_key(h) for h in headers]
        wanted = importing.header_key(header)
        if wanted not in keys:
            raise InvalidInput(
                QT_TRANSLATE_NOOP("Errors", "The file has no column '{header}'."), header=header
            )
        if target and target not in importing.targets_of(kind):
            raise InvalidInput(
                QT_TRANSLATE_NOOP("Errors", "There is no field '{field}'; choose from {fields}."),
                field=target,
                fields=", ".join(importing.targets_of(kind)),
            )
        mapping = ["" if m == target and target else m for m in mapping]
        mapping[keys.index(wanted)] = target
    return mapping


def _print_rows(plan: object) -> None:
    from fieldkit.services import importing

    assert isinstance(plan, importing.ImportPlan)
    listed = [row for row in plan.rows if row.action != importing.CREATE or row.warnings]
    for row in listed[:LISTED_ROWS]:
        text = f"row {row.row}: {row.action}" + (f" {row.name}" if row.name else "")
        if row.action == importing.UPDATE:
            text += f" ({importing.REASON_TEXT[row.reason]}; {', '.join(row.fields)})"
        elif row.reason == importing.DUPLICATE_IN_FILE:
            text += f" (same as row {row.earlier_row}: {importing.REASON_TEXT[row.matched_on]})"
        elif row.action == importing.SKIP:
            text += f" ({importing.REASON_TEXT[row.reason]})"
        for warning, value in row.warnings:
            text += f"; {importing.REASON_TEXT[warning]} '{value}' left out"
        print(text)
    if len(listed) > LISTED_ROWS:
        print(f"… and {len(listed) - LISTED_ROWS} more rows like these.")
