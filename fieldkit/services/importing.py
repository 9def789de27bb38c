"""Importing contacts and organisations from a table (the rows of a CSV, XLSX or
vCard file, read by fieldkit.io): which column holds what (guessed from headers in
Lithuanian or English, Google Contacts' too), what each row would do (create,
update a known record, or skip a duplicate, with the reason), and then all of it in
one transaction or nothing.

The rows come in as plain text cells with their row numbers, so this module
knows nothing of files; the plan is computed again inside the writing
transaction, so what is written is what the data says at that moment, even if
the preview was shown a while ago."""

from __future__ import annotations

import datetime as dt
import hashlib
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from fieldkit.errors import QT_TRANSLATE_NOOP, FieldKitError, InvalidInput
from fieldkit.model import Contact, Organization, Sector, new_id
from fieldkit.services.documents import resolve_municipality
from fieldkit.services.matching import (
    SAME_EMAIL,
    SAME_NAME,
    SAME_NAME_AND_ORGANIZATION,
    SAME_PHONE,
    ContactIndex,
    ContactKeys,
    contact_index,
    find_organization,
    index_organization,
    name_key,
    normalise_email,
    normalise_phone,
    organization_index,
    organization_key,
)
from fieldkit.services.partners import CONTACT_FIELDS, ORGANIZATION_FIELDS
from fieldkit.services.privacy import LegalBasis, legal_basis_key
from fieldkit.store import Store
from fieldkit.store.bulk import insert_rows
from fieldkit.store.search import words_of

CONTACTS = "contacts"
ORGANIZATIONS = "organizations"

# What a row does.
CREATE = "create"
UPDATE = "update"
SKIP = "skip"

# Why (message ids; the window and the command line word them).
NEW = "new"
UNCHANGED = "unchanged"
DUPLICATE_IN_FILE = "duplicate_in_file"
NO_NAME = "no_name"
# Warnings about one value of a row that is still imported.
UNKNOWN_MUNICIPALITY = "unknown_municipality"
UNREADABLE_DATE = "unreadable_date"
UNKNOWN_SECTOR = "unknown_sector"

# The fields a contact column can fill ("" in a mapping: the column is ignored).
CONTACT_TARGETS = (
    "first_name",
    "last_name",
    "full_name",
    "organization",
    "role",
    "phone",
    "email",
    "municipality",
    "notes",
    "tags",
    "consent_given_on",
    "consent_method",
    "consent_purpose",
    "legal_basis",
)
ORGANIZATION_TARGETS = ("name", "sector", "municipality", "address", "website", "notes")

# The columns an import writes, by kind.
_WRITABLE = {
    CONTACTS: frozenset(CONTACT_FIELDS),
    ORGANIZATIONS: frozenset(ORGANIZATION_FIELDS),
}

# Header words (folded: no case, no diacritics, no punctuation) for each field.
_CONTACT_HEADERS: dict[str, tuple[str, ...]] = {
    "first_name": ("vardas", "first name", "given name", "firstname", "forename"),
    "last_name": ("pavarde", "last name", "family name", "surname", "lastname"),
    "full_name": (
        "vardas pavarde",
        "vardas ir pavarde",
        "pavarde vardas",
        "asmuo",
        "kontaktinis asmuo",
        "name",
        "full name",
        "display name",
        "contact",
        "contact name",
    ),
    "organization": (
        "organizacija",
        "istaiga",
        "imone",
        "institucija",
        "organization",
        "organisation",
        "company",
        "organization name",
        "organization 1 name",
    ),
    "role": (
        "pareigos",
        "pareigybe",
        "role",
        "title",
        "job title",
        "position",
        "organization title",
        "organization 1 title",
    ),
    "phone": (
        "telefonas",
        "tel",
        "tel nr",
        "telefono nr",
        "telefono numeris",
        "mobilusis",
        "mobilus",
        "mob tel",
        "phone",
        "telephone",
        "phone number",
        "mobile",
        "mobile phone",
        "business phone",
        "primary phone",
        "phone 1 value",
    ),
    "email": (
        "el pastas",
        "el p",
        "e pastas",
        "elektroninis pastas",
        "el pasto adresas",
        "email",
        "e mail",
        "email address",
        "e mail address",
        "e mail 1 value",
    ),
    "municipality": ("savivaldybe", "municipality", "rajonas", "district"),
    "notes": ("pastabos", "komentarai", "komentaras", "notes", "note", "comments"),
    "tags": ("zymos", "zymes", "grupes", "tags", "labels", "group membership", "categories"),
    "consent_given_on": (
        "sutikimas",
        "sutikimo data",
        "sutikimas duotas",
        "consent",
        "consent date",
        "consent given on",
    ),
    "consent_method": ("sutikimo budas", "kaip duotas sutikimas", "consent method"),
    "consent_purpose": ("sutikimo tikslas", "consent purpose"),
    "legal_basis": ("teisinis pagrindas", "legal basis"),
}
_ORGANIZATION_HEADERS: dict[str, tuple[str, ...]] = {
    "name": (
        "pavadinimas",
        "organizacija",
        "organizacijos pavadinimas",
        "istaiga",
        "imone",
        "name",
        "organization",
        "organisation",
        "organization name",
        "company",
    ),
    "sector": ("sektorius", "tipas", "sector", "type"),
    "municipality": ("savivaldybe", "municipality", "rajonas", "district"),
    "address": ("adresas", "address"),
    "website": ("svetaine", "tinklalapis", "interneto svetaine", "website", "web", "www", "url"),
    "notes": ("pastabos", "komentarai", "notes", "note", "comments"),
}

# Header words that name a field only when no other column of the file does.
_GENERIC_HEADERS = frozenset({"title"})

_SECTOR_WORDS: dict[str, Sector] = {
    "biblioteka": Sector.LIBRARY,
    "savivaldybe": Sector.MUNICIPALITY,
    "verslas": Sector.BUSINESS,
    "imone": Sector.BUSINESS,
    "nvo": Sector.NGO,
    "nevyriausybine organizacija": Sector.NGO,
    "svietimas": Sector.EDUCATION,
    "mokykla": Sector.EDUCATION,
    "kultura": Sector.CULTURE,
    "socialines paslaugos": Sector.SOCIAL_SERVICES,
    "ziniasklaida": Sector.MEDIA,
    "kita": Sector.OTHER,
    "library": Sector.LIBRARY,
    "municipality": Sector.MUNICIPALITY,
    "business": Sector.BUSINESS,
    "ngo": Sector.NGO,
    "education": Sector.EDUCATION,
    "culture": Sector.CULTURE,
    "social services": Sector.SOCIAL_SERVICES,
    "media": Sector.MEDIA,
    "other": Sector.OTHER,
}

_YES = frozenset({"taip", "yes", "true", "1", "x", "+", "y", "t"})
_NO = frozenset({"ne", "no", "false", "0", "n", "-"})


def targets_of(kind: str) -> tuple[str, ...]:
    return CONTACT_TARGETS if kind == CONTACTS else ORGANIZATION_TARGETS


def header_key(header: str) -> str:
    """A header as the guess compares it: folded words in their order."""
    return " ".join(word.casefold() for word in words_of(header))


def mapping_signature(headers: Sequence[str]) -> str:
    """One name for a set of headers, to remember the mapping chosen for files
    that look the same (next month's list from the same partner)."""
    joined = "\x1f".join(header_key(h) for h in headers)
    return hashlib.sha1(joined.encode("utf-8")).hexdigest()[:16]


def guess_mapping(
    headers: Sequence[str], kind: str = CONTACTS, remembered: Sequence[str] | None = None
) -> list[str]:
    """The field each column fills ("" for none). A mapping remembered for these
    headers wins; otherwise each field goes to the first column whose header
    names it, in Lithuanian or English."""
    targets = targets_of(kind)
    if remembered is not None and len(remembered) == len(headers):
        return [target if target in targets else "" for target in remembered]
    synonyms = _CONTACT_HEADERS if kind == CONTACTS else _ORGANIZATION_HEADERS
    lookup = {word: target for target, words in synonyms.items() for word in words}
    keys = [header_key(header) for header in headers]
    # a word that only fills a field no other column names: Outlook's "Title" is
    # "Mr."/"Dr." beside its "Job Title"
    named = {lookup.get(key, "") for key in keys if key not in _GENERIC_HEADERS}
    mapping: list[str] = []
    taken: set[str] = set()
    for key in keys:
        target = lookup.get(key, "")
        if target in taken or (key in _GENERIC_HEADERS and target in named):
            target = ""
        taken.add(target)
        mapping.append(target)
    if kind == CONTACTS and {"first_name", "last_name"} <= taken and "full_name" in taken:
        # Google's old layout has "Name" beside "Given Name" and "Family Name"
        mapping = ["" if target == "full_name" else target for target in mapping]
    return mapping


def check_mapping(mapping: Sequence[str], kind: str, source: str) -> None:
    """A mapping that can make records: a name column at least."""
    used = set(mapping)
    needed = {"first_name", "last_name", "full_name"} if kind == CONTACTS else {"name"}
    if not used & needed:
        if kind == CONTACTS:
            raise InvalidInput(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "No column of {source} holds a name (such as 'Vardas', 'Pavardė', "
                    "'First Name' or 'Last Name'); choose the columns by hand.",
                ),
                source=source,
            )
        raise InvalidInput(
            QT_TRANSLATE_NOOP(
                "Errors",
                "No column of {source} holds an organisation's name (such as "
                "'Pavadinimas' or 'Name'); choose the columns by hand.",
            ),
            source=source,
        )


# --- the plan ----------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class RowPlan:
    """What one row of the file will do, and why."""

    row: int
    action: str  # CREATE, UPDATE or SKIP
    reason: str  # NEW, SAME_EMAIL, SAME_PHONE, SAME_NAME(_AND_ORGANIZATION), ...
    # The record's name as the file gives it.
    name: str
    # For UPDATE, the fields that change; for a duplicate, the earlier row.
    fields: tuple[str, ...] = ()
    earlier_row: int | None = None
    # The record updated or skipped as known (None for a new one).
    record_id: str | None = None
    # (warning id, the value) for values left out of an imported row.
    warnings: tuple[tuple[str, str], ...] = ()
    # For UNCHANGED, what the known record was recognised by.
    matched_on: str = ""


@dataclass(frozen=True, slots=True)
class ImportPlan:
    kind: str
    rows: tuple[RowPlan, ...]
    # Organisations that contact rows name and that do not exist yet.
    new_organizations: tuple[str, ...] = ()

    def count(self, action: str) -> int:
        return sum(1 for row in self.rows if row.action == action)

    @property
    def created(self) -> int:
        return self.count(CREATE)

    @property
    def updated(self) -> int:
        return self.count(UPDATE)

    @property
    def skipped(self) -> int:
        return self.count(SKIP)

    def skipped_by_reason(self) -> Counter[str]:
        return Counter(row.reason for row in self.rows if row.action == SKIP)


@dataclass
class _Work:
    """The plan with the values it writes (kept off the frozen plan)."""

    plan_rows: list[RowPlan] = field(default_factory=list)
    creates: list[dict[str, Any]] = field(default_factory=list)
    updates: dict[str, dict[str, Any]] = field(default_factory=dict)
    new_organizations: dict[str, dict[str, Any]] = field(default_factory=dict)


Rows = Sequence[tuple[int, Sequence[str]]]


def plan_import(
    store: Store,
    rows: Rows,
    mapping: Sequence[str],
    *,
    kind: str = CONTACTS,
    source: str = "",
) -> ImportPlan:
    """What importing `rows` would do; writes nothing."""
    check_mapping(mapping, kind, source)
    municipalities = _municipalities(store, rows, mapping)
    with store.read() as session:
        return _plan(session, rows, mapping, kind, municipalities).plan(kind)


def apply_import(
    store: Store,
    rows: Rows,
    mapping: Sequence[str],
    *,
    kind: str = CONTACTS,
    source: str = "",
) -> ImportPlan:
    """Import `rows` in one transaction (all or nothing), every field logged for
    sync like any edit; returns the plan that was carried out."""
    check_mapping(mapping, kind, source)
    municipalities = _municipalities(store, rows, mapping)
    with store.write() as session:
        work = _plan(session, rows, mapping, kind, municipalities)
        _write(session, work, kind)
        return work.plan(kind)


def _municipalities(store: Store, rows: Rows, mapping: Sequence[str]) -> dict[str, str | None]:
    """Each municipality the file names, resolved once (with or without
    diacritics, full or short name, or a unique start of one)."""
    if "municipality" not in mapping:
        return {}
    column = list(mapping).index("municipality")
    resolved: dict[str, str | None] = {}
    for _, cells in rows:
        value = _cell(cells, column)
        if value and value not in resolved:
            try:
                resolved[value] = resolve_municipality(store, value)
            except FieldKitError:
                resolved[value] = None
    return resolved


def _cell(cells: Sequence[str], column: int) -> str:
    return cells[column].strip() if column < len(cells) else ""


def _first_value(value: str) -> str:
    """Google writes several values into one cell with " ::: "."""
    return value.split(" ::: ", 1)[0].strip()


def _record_values(cells: Sequence[str], mapping: Sequence[str]) -> dict[str, str]:
    values: dict[str, str] = {}
    for column, target in enumerate(mapping):
        if target and (value := _cell(cells, column)) and target not in values:
            values[target] = value
    return values


def _split_full_name(full: str) -> tuple[str, str]:
    """ "Vardenis Pavardenis" → (first, last); "Pavardenis, Vardenis" too."""
    if "," in full:
        last, _, first = full.partition(",")
        return " ".join(first.split()), " ".join(last.split())
    words = full.split()
    if len(words) == 1:
        return words[0], ""
    return " ".join(words[:-1]), words[-1]


_DATE_FORMATS = ("%Y-%m-%d", "%Y.%m.%d", "%d.%m.%Y", "%Y/%m/%d", "%d/%m/%Y", "%Y-%m-%d %H:%M:%S")


def _parse_date(value: str) -> dt.date | None:
    for pattern in _DATE_FORMATS:
        try:
            return dt.datetime.strptime(value.strip(), pattern).date()
        except ValueError:
            continue
    return None


class _Planner:
    def __init__(self, session: Session, kind: str, municipalities: dict[str, str | None]) -> None:
        self.session = session
        self.kind = kind
        self.municipalities = municipalities
        self.work = _Work()
        self.organizations = organization_index(session)
        # known records' values, read for the ones the file matches
        self.existing: dict[str, dict[str, Any]] = {}
        # the row that first created or updated each record
        self.row_of: dict[str, int] = {}

    # -- values

    def municipality(self, value: str, warnings: list[tuple[str, str]]) -> str | None:
        if not value:
            return None
        found = self.municipalities.get(value)
        if found is None:
            warnings.append((UNKNOWN_MUNICIPALITY, value))
        return found

    def organization_id(self, name: str, municipality_id: str | None) -> str | None:
        key = organization_key(name)
        if not key:
            return None
        found = find_organization(self.organizations, key, municipality_id)
        if found:
            return found
        organization_id = new_id()
        self.work.new_organizations[organization_id] = {
            "id": organization_id,
            "name": " ".join(name.split()),
            "municipality_id": municipality_id,
        }
        index_organization(self.organizations, key, municipality_id, organization_id)
        return organization_id

    def contact_fields(
        self, values: dict[str, str], warnings: list[tuple[str, str]]
    ) -> dict[str, Any]:
        first = values.get("first_name", "")
        last = values.get("last_name", "")
        if not first and not last and values.get("full_name"):
            first, last = _split_full_name(values["full_name"])
        if not first:  # the model needs a first name; a surname alone serves
            first, last = last, ""
        out: dict[str, Any] = {"first_name": " ".join(first.split())}
        if last:
            out["last_name"] = " ".join(last.split())
        municipality_id = self.municipality(values.get("municipality", ""), warnings)
        if municipality_id:
            out["municipality_id"] = municipality_id
        if values.get("organization"):
            out["organization_id"] = self.organization_id(values["organization"], municipality_id)
        for key in ("role", "notes", "consent_method", "consent_purpose"):
            if values.get(key):
                out[key] = values[key]
        if values.get("legal_basis"):
            # stored by its key, as the window stores it ("sutikimas" → consent);
            # words that name no basis are kept as they are
            basis = legal_basis_key(values["legal_basis"])
            out["legal_basis"] = basis.value if basis else values["legal_basis"]
        if values.get("phone"):
            out["phone"] = _first_value(values["phone"])
        if values.get("email"):
            out["email"] = _first_value(values["email"])
        if values.get("tags"):
            # Google: "* myContacts ::: Partneriai"; Outlook: "Partneriai;Kita"
            tags = [
                tag.strip()
                for part in values["tags"].split(":::")
                for tag in part.replace(";", ",").split(",")
                if tag.strip() and not tag.strip().startswith("*")  # Google's "* myContacts"
            ]
            if tags:
                out["tags"] = ", ".join(tags)
        consent = values.get("consent_given_on", "")
        if consent:
            date = _parse_date(consent)
            if date is not None:
                out["consent_given_on"] = date
                out.setdefault("legal_basis", LegalBasis.CONSENT.value)
            elif consent.casefold() in _YES:
                out.setdefault("legal_basis", LegalBasis.CONSENT.value)
            elif consent.casefold() not in _NO:
                warnings.append((UNREADABLE_DATE, consent))
        return out

    def organization_fields(
        self, values: dict[str, str], warnings: list[tuple[str, str]]
    ) -> dict[str, Any]:
        out: dict[str, Any] = {"name": " ".join(values.get("name", "").split())}
        municipality_id = self.municipality(values.get("municipality", ""), warnings)
        if municipality_id:
            out["municipality_id"] = municipality_id
        if values.get("sector"):
            sector = _SECTOR_WORDS.get(header_key(values["sector"]))
            if sector is None:
                warnings.append((UNKNOWN_SECTOR, values["sector"]))
            else:
                out["sector"] = sector
        for key in ("address", "website", "notes"):
            if values.get(key):
                out[key] = values[key]
        return out

    # -- rows

    def changes(self, record_id: str, wanted: dict[str, Any]) -> dict[str, Any]:
        """The fields the file gives that differ from the record's."""
        if not self.existing:
            # the first match reads every live record's values at once
            cls = Contact if self.kind == CONTACTS else Organization
            columns = [c for c in cls.__table__.columns if c.key in _WRITABLE[self.kind]]
            for row in self.session.execute(select(cls.id, *columns).where(~cls.deleted)):
                self.existing[row[0]] = dict(zip((c.key for c in columns), row[1:], strict=True))
        known = self.existing.setdefault(record_id, {})
        return {
            key: value
            for key, value in wanted.items()
            if value not in (None, "") and not _same(key, value, known.get(key))
        }

    def place(
        self,
        number: int,
        name: str,
        wanted: dict[str, Any],
        match: tuple[str, str] | None,
        warnings: list[tuple[str, str]],
        on_create: Callable[[str], None],
    ) -> None:
        rows = self.work.plan_rows
        warned = tuple(warnings)
        if match is not None:
            record_id, reason = match
            earlier = self.row_of.get(record_id)
            if earlier is not None:
                rows.append(
                    RowPlan(
                        number,
                        SKIP,
                        DUPLICATE_IN_FILE,
                        name,
                        (),
                        earlier,
                        record_id,
                        warned,
                        reason,
                    )
                )
                return
            self.row_of[record_id] = number
            changed = self.changes(record_id, wanted)
            if not changed:
                rows.append(
                    RowPlan(number, SKIP, UNCHANGED, name, (), None, record_id, warned, reason)
                )
                return
            self.work.updates[record_id] = changed
            self.existing[record_id].update(changed)
            rows.append(
                RowPlan(number, UPDATE, reason, name, tuple(changed), None, record_id, warned)
            )
            return
        record_id = new_id()
        self.row_of[record_id] = number
        self.work.creates.append({"id": record_id, **wanted})
        on_create(record_id)
        rows.append(RowPlan(number, CREATE, NEW, name, (), None, None, warned))


def _same(key: str, new: Any, old: Any) -> bool:
    """Whether a value from the file says what the record says already: a name in
    other case or without its diacritics, a number or an address written
    otherwise, is no news (and "AUSRA" must not replace "Aušra")."""
    if new == old:
        return True
    if old in (None, "") or not isinstance(new, str) or not isinstance(old, str):
        return False
    if key in ("first_name", "last_name"):
        return name_key(new) == name_key(old)
    if key == "name":
        return organization_key(new) == organization_key(old)
    if key == "email":
        return normalise_email(new) == normalise_email(old) != ""
    if key == "phone":
        return normalise_phone(new) == normalise_phone(old) != ""
    return False


def _plan(
    session: Session,
    rows: Rows,
    mapping: Sequence[str],
    kind: str,
    municipalities: dict[str, str | None],
) -> _WorkResult:
    planner = _Planner(session, kind, municipalities)
    if kind == CONTACTS:
        index: ContactIndex = contact_index(session)
        for number, cells in rows:
            warnings: list[tuple[str, str]] = []
            wanted = planner.contact_fields(_record_values(cells, mapping), warnings)
            name = f"{wanted['first_name']} {wanted.get('last_name', '')}".strip()
            if not name:
                planner.work.plan_rows.append(RowPlan(number, SKIP, NO_NAME, ""))
                continue
            keys = ContactKeys.of(
                wanted["first_name"],
                wanted.get("last_name", ""),
                wanted.get("email", ""),
                wanted.get("phone", ""),
                wanted.get("organization_id"),
            )
            match = index.match(keys)
            planner.place(
                number, name, wanted, match, warnings, lambda new, k=keys: index.add(new, k)
            )
    else:
        known = dict(planner.organizations)
        for number, cells in rows:
            warnings = []
            wanted = planner.organization_fields(_record_values(cells, mapping), warnings)
            key = organization_key(wanted["name"])
            if not key:
                planner.work.plan_rows.append(RowPlan(number, SKIP, NO_NAME, ""))
                continue
            place = wanted.get("municipality_id")
            found = find_organization(known, key, place)
            if found and place and known.get((key, place)) != found:
                # one without a municipality takes this row's; the next row of
                # the name in another municipality is another organisation
                del known[(key, None)]
                known[(key, place)] = found
            match = (found, SAME_NAME) if found else None

            def remember(new: str, k: str = key, m: str | None = place) -> None:
                index_organization(known, k, m, new)

            planner.place(number, wanted["name"], wanted, match, warnings, remember)
    return _WorkResult(planner.work)


@dataclass
class _WorkResult:
    work: _Work

    def plan(self, kind: str) -> ImportPlan:
        return ImportPlan(
            kind,
            tuple(self.work.plan_rows),
            tuple(org["name"] for org in self.work.new_organizations.values()),
        )


def _write(session: Session, result: _WorkResult, kind: str) -> None:
    work = result.work
    if work.new_organizations:
        insert_rows(session, Organization, work.new_organizations.values())
    cls = Contact if kind == CONTACTS else Organization
    if work.creates:
        insert_rows(session, cls, work.creates)
    if work.updates:
        records = session.scalars(select(cls).where(cls.id.in_(list(work.updates)))).all()
        for record in records:
            for key, value in work.updates[record.id].items():
                setattr(record, key, value)
        session.flush()


# Reasons and warnings in English, for the command line.
REASON_TEXT = {
    NEW: "new",
    SAME_EMAIL: "same e-mail",
    SAME_PHONE: "same phone number",
    SAME_NAME: "same name",
    SAME_NAME_AND_ORGANIZATION: "same name and organisation",
    UNCHANGED: "already known, nothing new",
    DUPLICATE_IN_FILE: "a duplicate of an earlier row",
    NO_NAME: "no name",
    UNKNOWN_MUNICIPALITY: "unknown municipality",
    UNREADABLE_DATE: "consent date not understood",
    UNKNOWN_SECTOR: "unknown sector",
}
