"""vCards: read as phones and Outlook write them, written as RFC 6350 (4.0) says.

Reading takes vCard 2.1 (QUOTED-PRINTABLE values with soft line breaks, CHARSET=
parameters, bare type parameters, base64 photos), 3.0 and 4.0 (folded lines,
backslash escapes). The people come back as a `Table` with FieldKit's own column
names, so an import of vCards goes through the same mapping and preview as a
spreadsheet. Writing folds lines at 75 octets (never inside a UTF-8 character)
and escapes `\\`, `,`, `;` and line breaks."""

from __future__ import annotations

import codecs
import quopri
import uuid
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import IO

from sqlalchemy import text

from fieldkit.errors import QT_TRANSLATE_NOOP, InvalidInput, NotFound
from fieldkit.io.files import write_atomically
from fieldkit.io.source_file import MAX_ROWS, Table, physical_lines, start_of
from fieldkit.io.targets import checked_target
from fieldkit.store import Store

# The columns of the table a vCard file reads as (names the mapping knows).
COLUMNS = (
    "First name",
    "Last name",
    "Organisation",
    "Role",
    "Phone",
    "E-mail",
    "Notes",
    "Tags",
)

# Properties never needed (and often large).
_SKIPPED = frozenset({"PHOTO", "LOGO", "SOUND", "KEY"})


@dataclass(frozen=True, slots=True)
class _Property:
    name: str
    params: dict[str, str]
    types: frozenset[str]
    value: str


def read_vcards(path: Path) -> Table:
    """Every card in the file as a row; the row number is the card's number."""
    path = Path(path)
    start_of(path)
    rows: list[tuple[int, tuple[str, ...]]] = []
    with path.open("rb") as handle:
        # lines are read with a cap, so a 50 MB line is refused after 1 MB
        lines = physical_lines(path, handle)
        for number, card in enumerate(_cards(path, _logical_lines(path, lines)), 1):
            rows.append((number, _row_of(card)))
            if len(rows) > MAX_ROWS:
                raise InvalidInput(
                    QT_TRANSLATE_NOOP(
                        "Errors", "{path} has more than {limit} rows; split it into smaller files."
                    ),
                    path=path.name,
                    limit=MAX_ROWS,
                )
    if not rows:
        raise InvalidInput(QT_TRANSLATE_NOOP("Errors", "{path} holds no vCard."), path=path.name)
    return Table(COLUMNS, tuple(rows), "vcard")


def _logical_lines(path: Path, lines: Iterable[bytes]) -> Iterator[tuple[int, bytes]]:
    """Unfolded lines with the number of the line each starts on: a line that
    starts with a space or a tab continues the one before (3.0, 4.0, and 2.1's
    base64), and a quoted-printable line ending in "=" continues on the next (2.1)."""
    current: bytearray | None = None
    start = 0
    quoted_printable = False
    for number, raw in enumerate(lines, 1):
        line = raw.rstrip(b"\r\n")
        if number == 1 and line.startswith(codecs.BOM_UTF8):
            line = line[len(codecs.BOM_UTF8) :]
        if b"\x00" in line:
            raise InvalidInput(
                QT_TRANSLATE_NOOP("Errors", "{path} is not a vCard file."), path=path.name
            )
        if current is not None and quoted_printable and current.rstrip().endswith(b"="):
            current[:] = current.rstrip()[:-1] + line  # a soft line break
            continue
        if current is not None and line[:1] in (b" ", b"\t") and not quoted_printable:
            current += line[1:]
            continue
        if current is not None and current.strip():
            yield start, bytes(current)
        current, start = bytearray(line), number
        head = line.split(b":", 1)[0].upper()
        quoted_printable = b"QUOTED-PRINTABLE" in head
    if current is not None and current.strip():
        yield start, bytes(current)


def _cards(path: Path, lines: Iterable[tuple[int, bytes]]) -> Iterator[list[_Property]]:
    card: list[_Property] | None = None
    for number, line in lines:
        prop = _parse_property(line)
        if prop is None:
            continue
        if prop.name == "BEGIN" and prop.value.upper() == "VCARD":
            card = []
        elif prop.name == "END" and prop.value.upper() == "VCARD":
            if card is None:
                raise InvalidInput(
                    QT_TRANSLATE_NOOP(
                        "Errors", "Line {line} of {path} ends a vCard that never began."
                    ),
                    path=path.name,
                    line=number,
                )
            yield card
            card = None
        elif card is not None and prop.name not in _SKIPPED:
            card.append(prop)
    if card is not None:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "The last vCard in {path} has no END:VCARD line."),
            path=path.name,
        )


def _parse_property(line: bytes) -> _Property | None:
    head, colon, raw = _split_unquoted(line, b":")
    if not colon:
        return None
    parts = head.split(b";")
    name = parts[0].decode("ascii", "replace").strip().upper()
    name = name.rpartition(".")[2]  # "item1.EMAIL" (Apple's groups)
    if name in _SKIPPED:
        return _Property(name, {}, frozenset(), "")
    params: dict[str, str] = {}
    types: set[str] = set()
    for part in parts[1:]:
        key, equals, value = part.decode("ascii", "replace").partition("=")
        key = key.strip().upper()
        if not equals:  # 2.1: "TEL;CELL;PREF:..."
            if key in ("QUOTED-PRINTABLE", "BASE64", "8BIT"):
                params["ENCODING"] = key
            else:
                types.add(key)
            continue
        value = value.strip().strip('"')
        if key == "TYPE":
            types.update(v.strip().upper() for v in value.split(","))
        else:
            params[key] = value.upper() if key == "ENCODING" else value
    if params.get("ENCODING") == "QUOTED-PRINTABLE":
        raw = quopri.decodestring(raw)
    return _Property(name, params, frozenset(types), _decode(raw, params.get("CHARSET")))


def _split_unquoted(line: bytes, separator: bytes) -> tuple[bytes, bytes, bytes]:
    quoted = False
    for index in range(len(line)):
        char = line[index : index + 1]
        if char == b'"':
            quoted = not quoted
        elif char == separator and not quoted:
            return line[:index], separator, line[index + 1 :]
    return line, b"", b""


def _decode(raw: bytes, charset: str | None) -> str:
    if charset:
        try:
            return raw.decode(charset)
        except (LookupError, UnicodeDecodeError):
            pass
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return raw.decode("cp1257", "replace")


def _components(value: str, values_apart: bool = False) -> list[str]:
    """A structured value's parts (N, ORG, ADR), split at unescaped `;`; with
    `values_apart`, a part's several values (N's "Ūla,Živilė") joined by spaces."""
    parts: list[str] = []
    current: list[str] = []
    escaped = False
    for char in value:
        if escaped:
            current.append("\\" + char)
            escaped = False
        elif char == "\\":
            escaped = True
        elif char == "," and values_apart:
            current.append(" ")
        elif char == ";":
            parts.append(_unescape("".join(current)))
            current = []
        else:
            current.append(char)
    parts.append(_unescape("".join(current)))
    return parts


def _unescape(value: str) -> str:
    out: list[str] = []
    escaped = False
    for char in value:
        if escaped:
            out.append("\n" if char in "nN" else char)
            escaped = False
        elif char == "\\":
            escaped = True
        else:
            out.append(char)
    return "".join(out).strip()


def _best(props: list[_Property], name: str, preferred: tuple[str, ...] = ()) -> str:
    """The value of the preferred property of its kind (PREF, then the types
    given in order), else the first."""
    found = [p for p in props if p.name == name and p.value.strip()]
    if not found:
        return ""

    def rank(prop: _Property) -> tuple[int, int]:
        pref = 0 if ("PREF" in prop.types or prop.params.get("PREF")) else 1
        kinds = [i for i, kind in enumerate(preferred) if kind in prop.types]
        return pref, kinds[0] if kinds else len(preferred)

    return _unescape(min(found, key=rank).value)


def _phone(value: str) -> str:
    """A number as a person writes it: vCard 4.0 gives TEL as a URI by default
    ("tel:+370-612-34567", RFC 6350 6.4.1, RFC 3966)."""
    if value[:4].lower() == "tel:":
        return value[4:].partition(";")[0].strip()
    return value


def _row_of(card: list[_Property]) -> tuple[str, ...]:
    first = last = ""
    for prop in card:
        if prop.name == "N":
            parts = [*(" ".join(c.split()) for c in _components(prop.value, True)), "", ""]
            last, first = parts[0], " ".join(p for p in (parts[1], parts[2]) if p)
            break
    if not first and not last:
        full = _best(card, "FN")
        first, _, last = full.rpartition(" ")
        if not first:
            first, last = last, ""
    organization = ""
    for prop in card:
        if prop.name == "ORG":
            organization = _components(prop.value)[0]
            break
    tags = ", ".join(
        _unescape(part)
        for prop in card
        if prop.name == "CATEGORIES"
        for part in prop.value.split(",")
        if part.strip()
    )
    return (
        first,
        last,
        organization,
        _best(card, "TITLE") or _best(card, "ROLE"),
        _phone(_best(card, "TEL", ("CELL", "WORK", "VOICE"))),
        _best(card, "EMAIL", ("WORK", "INTERNET")),
        _best(card, "NOTE"),
        tags,
    )


# --- writing -----------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class CardPerson:
    """What a vCard says about a contact."""

    contact_id: str
    first_name: str
    last_name: str
    organization: str = ""
    role: str = ""
    phone: str = ""
    email: str = ""
    notes: str = ""
    tags: str = ""
    updated: str = ""  # REV, as 20261125T101500Z


def escape_text(value: str) -> str:
    """RFC 6350 3.4: backslash, comma, semicolon and line breaks escaped."""
    return (
        value.replace("\\", "\\\\")
        .replace(",", "\\,")
        .replace(";", "\\;")
        .replace("\r\n", "\\n")
        .replace("\n", "\\n")
        .replace("\r", "\\n")
    )


def fold_line(line: str, limit: int = 75) -> str:
    """A content line folded so no physical line exceeds `limit` octets (the CRLF
    not counted), each continuation starting with a space; a UTF-8 character is
    never split (RFC 6350 3.2, RFC 5545 3.1)."""
    out: list[str] = []
    current: list[str] = []
    size = 0
    room = limit
    for char in line:
        width = len(char.encode("utf-8"))
        if size + width > room:
            out.append("".join(current))
            current, size, room = [], 0, limit - 1
        current.append(char)
        size += width
    out.append("".join(current))
    return "\r\n ".join(out) + "\r\n"


def card_text(person: CardPerson) -> str:
    lines = [
        "BEGIN:VCARD",
        "VERSION:4.0",
        f"UID:urn:uuid:{_uuid_of(person.contact_id)}",
        "FN:" + escape_text(f"{person.first_name} {person.last_name}".strip() or "-"),
        f"N:{escape_text(person.last_name)};{escape_text(person.first_name)};;;",
    ]
    if person.organization:
        lines.append("ORG:" + escape_text(person.organization))
    if person.role:
        lines.append("TITLE:" + escape_text(person.role))
    if person.phone:
        lines.append("TEL;VALUE=text;TYPE=work:" + escape_text(person.phone))
    if person.email:
        lines.append("EMAIL;TYPE=work:" + escape_text(person.email))
    if person.notes:
        lines.append("NOTE:" + escape_text(person.notes))
    if person.tags:
        tags = [tag.strip() for tag in person.tags.split(",") if tag.strip()]
        lines.append("CATEGORIES:" + ",".join(escape_text(tag) for tag in tags))
    if person.updated:
        lines.append(f"REV:{person.updated}")
    lines.append("END:VCARD")
    return "".join(fold_line(line) for line in lines)


def _uuid_of(contact_id: str) -> str:
    try:
        return str(uuid.UUID(contact_id))
    except ValueError:
        return str(uuid.uuid5(uuid.NAMESPACE_URL, contact_id))


# --- exporting ---------------------------------------------------------------------

_CONTACT_CARDS = """
    SELECT c.id, c.first_name, c.last_name, coalesce(o.name, ''), c.role, c.phone, c.email,
           c.notes, c.tags, c.updated_at
    FROM contact c
    LEFT JOIN organization o ON o.id = c.organization_id AND o.deleted = 0
    WHERE c.deleted = 0 {only}
    ORDER BY c.last_name, c.first_name, c.id
"""


def contact_cards(store: Store, contact_ids: Sequence[str] | None = None) -> list[CardPerson]:
    """The live contacts (all, or those named) as vCard people."""
    with store.read() as session:
        if contact_ids is None:
            rows = session.execute(text(_CONTACT_CARDS.format(only=""))).all()
        else:
            rows = []
            ids = list(dict.fromkeys(contact_ids))
            for start in range(0, len(ids), 500):
                chunk = ids[start : start + 500]
                marks = ", ".join(f":id{i}" for i in range(len(chunk)))
                query = text(_CONTACT_CARDS.format(only=f"AND c.id IN ({marks})"))
                rows += session.execute(query, {f"id{i}": v for i, v in enumerate(chunk)}).all()
    return [CardPerson(*row[:9], updated=_rev(row[9])) for row in rows]


def _rev(stored: str | None) -> str:
    return "" if not stored else stored[:19].replace("-", "").replace(":", "") + "Z"


def write_cards(people: Sequence[CardPerson], out: IO[bytes]) -> int:
    for person in people:
        out.write(card_text(person).encode("utf-8"))
    return len(people)


def export_vcards(store: Store, target: Path, contact_ids: Sequence[str] | None = None) -> int:
    """The contacts (all, or those named) as one .vcf file; returns how many."""
    target = checked_target(store, target, (".vcf", ".vcard"))
    people = contact_cards(store, contact_ids)
    if contact_ids is not None and not people:
        raise NotFound(QT_TRANSLATE_NOOP("Errors", "There is no such contact."))
    return write_atomically(target, lambda out: write_cards(people, out))
