"""Reading the tables people bring: CSV as Excel and LibreOffice write it (UTF-8
with or without a BOM, or Windows-1257 from Lithuanian Excel; `;`, `,` or tab;
CRLF; quoted fields holding separators, line breaks and doubled quotes) and XLSX
workbooks (the first sheet).

What comes back is plain text cells with the row numbers a spreadsheet shows, so
that every complaint can name the row. A file that is not a table is refused with
one sentence before anything is read into the database, and nothing is read
whole that could be huge: a line is read with a cap, so a 50 MB line is refused
after its first megabyte."""

from __future__ import annotations

import codecs
import csv
import datetime as dt
import zipfile
from pathlib import Path
from typing import IO, Any

from fieldkit.errors import QT_TRANSLATE_NOOP, InvalidInput, StorageError
from fieldkit.io.source_file import (
    MAX_LINE_BYTES,
    MAX_ROWS,
    Table,
    line_too_long,
    physical_lines,
    start_of,
    too_many_rows,
)

# More columns than any contact list has: a file of numbers or a binary file.
MAX_COLUMNS = 200
DELIMITERS = (";", ",", "\t")
ZIP_MAGIC = b"PK\x03\x04"


def read_table(path: Path) -> Table:
    """The table in `path`, by what the file holds (not only its name): an XLSX
    workbook, a vCard file, or CSV."""
    path = Path(path)
    start = start_of(path)
    if start.startswith(ZIP_MAGIC):
        return read_xlsx(path)
    if start.lstrip(codecs.BOM_UTF8).lstrip()[:11].upper() == b"BEGIN:VCARD":
        from fieldkit.io.vcard import read_vcards

        return read_vcards(path)
    return read_csv(path)


# --- CSV ---------------------------------------------------------------------------


def read_csv(path: Path) -> Table:
    start = start_of(path)
    if start.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        # Excel's "Unicode text": UTF-16 with tabs
        encoding = "utf-16"
    elif b"\x00" in start:
        raise InvalidInput(
            QT_TRANSLATE_NOOP(
                "Errors", "{path} is not a text table (CSV) or an Excel workbook (XLSX)."
            ),
            path=path.name,
        )
    else:
        encoding = ""
    try:
        with path.open("rb") as handle:
            if encoding:
                lines = _utf16_lines(path, handle)
            else:
                lines, encoding = _decoded_lines(path, handle)
    except OSError as error:
        raise StorageError(
            QT_TRANSLATE_NOOP("Errors", "Cannot read {path}: {reason}."),
            path=str(path),
            reason=error.strerror or str(error),
        ) from None
    hint = _separator_hint(lines[0]) if lines else None
    if hint is not None:
        # Excel's "sep=;" line names the separator and is no row (Excel hides it)
        delimiter, lines = hint, lines[1:]
    else:
        delimiter = detect_delimiter(lines[0] if lines else "")
    return _table_of(path, lines, delimiter, encoding)


def _separator_hint(first_line: str) -> str | None:
    """The separator a first line "sep=;" names (written for Excel by many
    programs), else None."""
    line = first_line.strip().strip('"')
    if len(line) == 5 and line[:4].lower() == "sep=":
        return line[4]
    return None


def _decoded_lines(path: Path, handle: IO[bytes]) -> tuple[list[str], str]:
    """The lines as text: UTF-8 (a BOM is dropped) if every line is UTF-8, else
    Windows-1257, Lithuanian Excel's ANSI code page. A file that turns from UTF-8
    to something else half-way, or has bytes Windows-1257 lacks, is refused with
    the line where it goes wrong."""
    raw = list(physical_lines(path, handle))
    if raw and raw[0].startswith(codecs.BOM_UTF8):
        raw[0] = raw[0][len(codecs.BOM_UTF8) :]
    lines: list[str] = []
    saw_utf8_letters = False
    for number, line in enumerate(raw, 1):
        try:
            text = line.decode("utf-8")
        except UnicodeDecodeError:
            if saw_utf8_letters:
                raise InvalidInput(
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "Line {line} of {path} is not UTF-8 text although the lines "
                        "before it are; save the file again in one encoding (UTF-8).",
                    ),
                    path=path.name,
                    line=number,
                ) from None
            break
        saw_utf8_letters = saw_utf8_letters or not line.isascii()
        lines.append(text)
    else:
        return lines, "utf-8"
    lines = []
    for number, line in enumerate(raw, 1):
        try:
            lines.append(line.decode("cp1257"))
        except UnicodeDecodeError:
            raise _not_text(path, number) from None
    return lines, "windows-1257"


def _not_text(path: Path, number: int) -> InvalidInput:
    return InvalidInput(
        QT_TRANSLATE_NOOP(
            "Errors",
            "Line {line} of {path} is neither UTF-8 nor Windows-1257 text; "
            "save the file again as CSV (UTF-8).",
        ),
        path=path.name,
        line=number,
    )


def _utf16_lines(path: Path, handle: IO[bytes]) -> list[str]:
    reader = codecs.getreader("utf-16")(handle)
    lines = []
    try:
        while True:
            line = reader.readline(MAX_LINE_BYTES + 1)
            if not line:
                return lines
            if len(line) > MAX_LINE_BYTES:
                raise line_too_long(path, len(lines) + 1)
            lines.append(line)
            if len(lines) > MAX_ROWS * 2:
                raise too_many_rows(path)
    except UnicodeDecodeError:
        raise _not_text(path, len(lines) + 1) from None


def detect_delimiter(header_line: str) -> str:
    """The separator the header line uses most outside quotes (csv.Sniffer guesses
    wrong on short headers and on names with commas). `;` wins a tie: it is what
    Lithuanian Excel writes."""
    counts = dict.fromkeys(DELIMITERS, 0)
    quoted = False
    for char in header_line:
        if char == '"':
            quoted = not quoted
        elif not quoted and char in counts:
            counts[char] += 1
    best = max(DELIMITERS, key=lambda d: counts[d])
    return best if counts[best] else ","


def _table_of(path: Path, lines: list[str], delimiter: str, encoding: str) -> Table:
    reader = csv.reader(lines, delimiter=delimiter, quotechar='"', doublequote=True, strict=False)
    headers: tuple[str, ...] | None = None
    rows: list[tuple[int, tuple[str, ...]]] = []
    number = 0
    # the last record that held anything: its number and its first line's index
    last_number = last_start = previous_end = 0
    try:
        for number, record in enumerate(reader, 1):
            if record:
                last_number, last_start = number, previous_end
            previous_end = reader.line_num
            cells = _trimmed(record)
            if len(cells) > MAX_COLUMNS:
                raise _too_many_columns(path, number, len(cells))
            if not any(cells):
                continue  # an empty line, or `;;;;` from Excel
            if headers is None:
                headers = cells
                continue
            rows.append((number, cells))
            if len(rows) > MAX_ROWS:
                raise too_many_rows(path)
    except csv.Error as error:
        if _ends_inside_quotes("".join(lines[previous_end : reader.line_num]), delimiter):
            # the cell grew past the csv module's limit: a quote that never closes
            raise _unclosed_quote(path, number + 1) from None
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "Row {row} of {path} cannot be read: {reason}."),
            path=path.name,
            row=number + 1,
            reason=str(error),
        ) from None
    if last_number and _ends_inside_quotes("".join(lines[last_start:]), delimiter):
        # the csv module reads an unclosed quote to the end of the file as one cell
        raise _unclosed_quote(path, last_number)
    if headers is None:
        raise InvalidInput(QT_TRANSLATE_NOOP("Errors", "{path} has no rows."), path=path.name)
    return Table(headers, tuple(rows), "csv", encoding, delimiter)


def _unclosed_quote(path: Path, row: int) -> InvalidInput:
    return InvalidInput(
        QT_TRANSLATE_NOOP(
            "Errors",
            'Row {row} of {path} opens a quoted value (") that never closes; '
            "the rows after it would be read as one cell.",
        ),
        path=path.name,
        row=row,
    )


def _ends_inside_quotes(text: str, delimiter: str) -> bool:
    """Whether `text` (one record's lines) ends inside a quoted value, read as the
    csv module reads it: a quote opens a value only at the value's start."""
    quoted = False
    at_start = True
    index = 0
    while index < len(text):
        char = text[index]
        if quoted:
            if char == '"':
                if text.startswith('"', index + 1):
                    index += 1  # a doubled quote inside the value
                else:
                    quoted = False
        elif char == '"' and at_start:
            quoted = True
        at_start = not quoted and char in (delimiter, "\r", "\n")
        index += 1
    return quoted


def _trimmed(cells: list[str] | tuple[str, ...], *, unquote: bool = True) -> tuple[str, ...]:
    """Cells without surrounding spaces (and, in CSV, without the `'` an export put
    before a would-be formula), and without the empty cells at the end of a row
    (Excel pads every row to the widest one)."""
    stripped = [cell.strip() for cell in cells]
    if unquote:
        stripped = [_unquoted(cell) for cell in stripped]
    while stripped and not stripped[-1]:
        stripped.pop()
    return tuple(stripped)


# What a spreadsheet takes as the start of a formula (see io.spreadsheet).
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def needs_quote(value: str) -> bool:
    """Whether an export puts a `'` before `value`: a would-be formula, or a
    value that already starts with `'`s before one (so that the import's
    `_unquoted` gives every value back as it was)."""
    return value.lstrip("'").startswith(FORMULA_STARTS)


def _unquoted(cell: str) -> str:
    """A cell without the `'` an export put before a would-be formula."""
    if cell.startswith("'") and needs_quote(cell[1:]):
        return cell[1:]
    return cell


def _too_many_columns(path: Path, row: int, count: int) -> InvalidInput:
    return InvalidInput(
        QT_TRANSLATE_NOOP(
            "Errors",
            "Row {row} of {path} has {count} columns, more than a list of people "
            "can have ({limit}); is it the right file?",
        ),
        path=path.name,
        row=row,
        count=count,
        limit=MAX_COLUMNS,
    )


# --- XLSX --------------------------------------------------------------------------


def read_xlsx(path: Path) -> Table:
    """The first worksheet of a workbook (openpyxl, read-only: rows stream from
    the file); dates become YYYY-MM-DD, whole numbers lose their ".0" (a phone
    number typed into Excel is a number)."""
    from openpyxl import load_workbook
    from openpyxl.utils.exceptions import InvalidFileException

    try:
        workbook = load_workbook(path, read_only=True, data_only=True)
    except (InvalidFileException, zipfile.BadZipFile, KeyError, OSError, ValueError):
        raise InvalidInput(
            QT_TRANSLATE_NOOP(
                "Errors", "{path} is not an Excel workbook FieldKit can read (XLSX)."
            ),
            path=path.name,
        ) from None
    try:
        sheet = workbook.worksheets[0] if workbook.worksheets else None
        if sheet is None:
            raise InvalidInput(QT_TRANSLATE_NOOP("Errors", "{path} has no rows."), path=path.name)
        headers: tuple[str, ...] | None = None
        rows: list[tuple[int, tuple[str, ...]]] = []
        for number, values in enumerate(
            sheet.iter_rows(values_only=True, max_col=MAX_COLUMNS + 1), 1
        ):
            # a typed text cell: no `'` to take off (Excel keeps its quote-prefix
            # mark out of the value)
            cells = _trimmed([_cell_text(value) for value in values], unquote=False)
            if len(cells) > MAX_COLUMNS:
                raise _too_many_columns(path, number, len(cells))
            if not any(cells):
                continue
            if headers is None:
                headers = cells
                continue
            rows.append((number, cells))
            if len(rows) > MAX_ROWS:
                raise too_many_rows(path)
    except (zipfile.BadZipFile, KeyError, ValueError, OSError):
        raise InvalidInput(
            QT_TRANSLATE_NOOP(
                "Errors", "{path} is not an Excel workbook FieldKit can read (XLSX)."
            ),
            path=path.name,
        ) from None
    finally:
        workbook.close()
    if headers is None:
        raise InvalidInput(QT_TRANSLATE_NOOP("Errors", "{path} has no rows."), path=path.name)
    return Table(headers, tuple(rows), "xlsx")


def _cell_text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, float) and value.is_integer() and abs(value) < 1e15:
        return str(int(value))
    if isinstance(value, dt.datetime):
        if value.time() == dt.time(0):
            return value.date().isoformat()
        return value.isoformat(sep=" ")
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value)
