"""Spreadsheet exports: CSV files and an XLSX workbook of the contacts,
organisations, meetings, problems and action items, for the project office's
Excel.

CSV is UTF-8 with a byte-order mark and `;` between fields, with CRLF line ends:
Excel decides the encoding from the BOM (without it, Lithuanian letters come out
as "Ä…"), and a double-clicked CSV is split by the system's list separator,
which on a Lithuanian Windows is `;` (the decimal separator being `,`). LibreOffice
asks and detects both. One file per table, into a folder.

XLSX is written with openpyxl in write-only mode (rows stream to the file): one
sheet per table, a bold header row that stays frozen, columns sized to their
content's usual width.

Every text cell that a spreadsheet would read as a formula (starting with `=`,
`+`, `-`, `@`, a tab or a carriage return) is neutralised (OWASP's advice against
formula injection: a partner's "=HYPERLINK(...)" in a notes field must not run on
the office's computer). In CSV it gets a leading `'`, which the import takes off
again, so a round trip keeps the value. In XLSX, where a cell has a type, it is a
text cell with Excel's quote-prefix mark: the value is shown as it is, with no
`'` before every phone number."""

from __future__ import annotations

import csv
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import IO, Any

from fieldkit.errors import QT_TRANSLATE_NOOP, InvalidInput, StorageError
from fieldkit.io.export_tables import TABLES, TABLES_BY_NAME, ExportTable
from fieldkit.io.files import write_atomically
from fieldkit.io.tabular import FORMULA_STARTS, needs_quote
from fieldkit.io.targets import checked_target
from fieldkit.store import Store

Progress = Callable[[float, str], None]


def neutralise(value: str) -> str:
    """`value` as a spreadsheet shows it and never evaluates it (the import's
    `tabular` takes the `'` off again)."""
    return "'" + value if needs_quote(value) else value


def tables_named(names: Sequence[str] | None) -> tuple[ExportTable, ...]:
    if not names:
        return TABLES
    unknown = [name for name in names if name not in TABLES_BY_NAME]
    if unknown:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "There is no table called '{name}'; choose from {names}."),
            name=unknown[0],
            names=", ".join(TABLES_BY_NAME),
        )
    return tuple(TABLES_BY_NAME[name] for name in names)


# --- CSV ---------------------------------------------------------------------------


def _csv_cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, str):
        return neutralise(value)
    if hasattr(value, "isoformat"):
        return value.isoformat(sep=" ") if hasattr(value, "hour") else value.isoformat()
    return str(value)


def write_csv(store: Store, table: ExportTable, out: IO[str], language: str = "lt") -> int:
    """One table as CSV into an open text stream; returns its number of rows."""
    writer = csv.writer(out, delimiter=";", lineterminator="\r\n")
    out.write("\ufeff")
    writer.writerow(table.headers(language))
    count = 0
    with store.read() as session:
        for row in table.rows(session, language):
            writer.writerow([_csv_cell(value) for value in row])
            count += 1
    return count


def export_csv(
    store: Store,
    target: Path,
    tables: Sequence[str] | None = None,
    *,
    language: str = "lt",
    progress: Progress | None = None,
) -> dict[str, int]:
    """Each table as `<name>.csv` in the folder `target` (made if missing), or the
    one table asked for into the file `target`. Returns rows per table."""
    chosen = tables_named(tables)
    target = target.expanduser()
    single = len(chosen) == 1 and not target.is_dir() and target.suffix.lower() == ".csv"
    if not single:
        try:
            target.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            raise StorageError(
                QT_TRANSLATE_NOOP("Errors", "Cannot make the folder {folder}: {reason}."),
                folder=str(target),
                reason=error.strerror or str(error),
            ) from None
    counts: dict[str, int] = {}
    for index, table in enumerate(chosen):
        path = target if single else target / f"{table.name}.csv"
        path = checked_target(store, path, (".csv",))
        counts[table.name] = write_atomically(
            path, lambda out, t=table: write_csv(store, t, out, language), text=True
        )
        if progress:
            progress((index + 1) / len(chosen), table.name)
    return counts


# --- XLSX --------------------------------------------------------------------------


def export_xlsx(
    store: Store,
    target: Path,
    tables: Sequence[str] | None = None,
    *,
    language: str = "lt",
    progress: Progress | None = None,
) -> dict[str, int]:
    """A workbook with one sheet per table; returns rows per table."""
    chosen = tables_named(tables)
    target = checked_target(store, target, (".xlsx",))
    return write_atomically(
        target, lambda out: _write_workbook(store, chosen, out, language, progress)
    )


def _write_workbook(
    store: Store,
    tables: Sequence[ExportTable],
    out: IO[bytes],
    language: str,
    progress: Progress | None,
) -> dict[str, int]:
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    workbook = Workbook(write_only=True)
    bold = Font(bold=True)
    counts: dict[str, int] = {}
    date_format = "yyyy-mm-dd"
    time_format = "yyyy-mm-dd hh:mm"
    illegal = ILLEGAL_CHARACTERS_RE
    with store.read() as session:
        for index, table in enumerate(tables):
            sheet = workbook.create_sheet(table.title(language))
            sheet.freeze_panes = "A2"
            for number, (_, _, _, _, width) in enumerate(table.columns, 1):
                sheet.column_dimensions[get_column_letter(number)].width = width
            header = []
            for title in table.headers(language):
                cell = WriteOnlyCell(sheet, value=title)
                cell.font = bold
                header.append(cell)
            sheet.append(header)
            kinds = [kind for _, _, _, kind, _ in table.columns]
            dated = [
                (i, date_format if kind == "date" else time_format)
                for i, kind in enumerate(kinds)
                if kind in ("date", "datetime")
            ]
            texts = [i for i, kind in enumerate(kinds) if kind == "text"]
            count = 0
            for row in table.rows(session, language):
                values: list[Any] = list(row)
                for i in texts:
                    value = values[i]
                    if value:
                        if illegal.search(value):
                            value = illegal.sub("", value)
                        if value[0] in FORMULA_STARTS:
                            value = _text_cell(sheet, value)
                        values[i] = value
                for i, number_format in dated:
                    if values[i] is not None:
                        cell = WriteOnlyCell(sheet, value=values[i])
                        cell.number_format = number_format
                        values[i] = cell
                sheet.append(values)
                count += 1
            counts[table.name] = count
            if progress:
                progress((index + 1) / len(tables), table.name)
    workbook.save(out)
    return counts


def _text_cell(sheet: Any, value: str) -> Any:
    """A would-be formula as a text cell marked the way Excel marks text typed
    after a `'`: shown as typed (no `'` in it, so "+370 612 34567" stays a phone
    number), never evaluated, and still text when someone edits the cell."""
    from openpyxl.cell import WriteOnlyCell

    cell = WriteOnlyCell(sheet, value=value)
    cell.data_type = "s"  # openpyxl makes a formula of any text starting with "="
    cell.quotePrefix = True
    return cell
