"""When two records are one person or one organisation: the keys they are compared
by, and the duplicate groups in a database or an incoming file.

One set of rules for every place that asks (the warning while a person is typed
in, the import's preview, the merge): phone numbers as E.164 (Lithuania the default
country), e-mails without case and with their domain in IDNA form, names without
case, diacritics, punctuation or word order. Everything is found through
dictionaries keyed by these keys, so a check over 100,000 contacts is one pass,
never a comparison of every pair."""

from __future__ import annotations

import contextlib
import functools
from collections import defaultdict
from collections.abc import Hashable
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from fieldkit.model import Contact, Organization
from fieldkit.store import Store
from fieldkit.store.search import words_of

#: Why two contacts look like one person (message ids that the UI translates).
SAME_NAME = "name"
SAME_EMAIL = "email"
SAME_PHONE = "phone"
#: The same name in the same organisation: a stronger sign than the name alone.
SAME_NAME_AND_ORGANIZATION = "name_organization"

#: The country a number without a country code belongs to.
DEFAULT_REGION = "LT"

#: Words that say what kind of legal person an organisation is, not which one:
#: `UAB "Medis"` and `Medis, UAB` are one company.
LEGAL_FORMS = frozenset(
    {"uab", "ab", "vsi", "vi", "mb", "ii", "ku", "zub", "tub", "asociacija", "ltd", "llc"}
)


#: What people write between the digits of a phone number.
_SEPARATORS = str.maketrans("", "", " -().\u00a0/")


@functools.lru_cache(maxsize=65536)
def normalise_phone(text: str) -> str:
    """A phone number as one key however it was written: "+370 612 34567",
    "8 612 34567", "8-612-34567" and "00370 61234567" are all "+37061234567".
    What does not parse as a possible number keeps its digits (and a leading +),
    so two identical odd numbers still match; "" for no digits at all."""
    text = (text or "").strip()
    if not any(c.isdigit() for c in text):
        return ""
    # The forms Lithuanian lists nearly always hold, answered as phonenumbers
    # answers them (eight national digits after +370, 00370, 370 or the trunk
    # prefix 8), without its cost: an import of 20,000 people parses each.
    compact = text.translate(_SEPARATORS)
    if compact.isdigit() or (compact[:1] == "+" and compact[1:].isdigit()):
        for prefix in ("+370", "00370", "370", "8"):
            national = compact[len(prefix) :]
            # "370" then 0 or 8 reads as a national number, not a country code
            if (
                compact.startswith(prefix)
                and len(national) == 8
                and (prefix != "370" or national[0] not in "08")
            ):
                return "+370" + national
    import phonenumbers

    try:
        number = phonenumbers.parse(text, DEFAULT_REGION)
    except phonenumbers.NumberParseException:
        number = None
    if number is not None and phonenumbers.is_possible_number(number):
        return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
    digits = "".join(c for c in text if c.isdigit())
    return ("+" if text.startswith("+") else "") + digits


def normalise_email(text: str) -> str:
    """An e-mail address as one key: no spaces or "mailto:", lower case, and the
    domain in its IDNA form (ASCII), so "Jonas@Šiauliai.LT" and
    "jonas@xn--iauliai-t1a.lt" match. "" when it is no address."""
    value = (text or "").strip().strip("<>").strip()
    if value[:7].lower() == "mailto:":
        value = value[7:]
    local, at, domain = value.rpartition("@")
    if not at or not local or not domain:
        return ""
    domain = domain.strip().rstrip(".").lower()
    # a name that is no valid international name is compared as written
    with contextlib.suppress(UnicodeError):
        domain = domain.encode("idna").decode("ascii")
    return f"{local.strip().lower()}@{domain}"


def _folded_words(text: str) -> list[str]:
    return [word.casefold() for word in words_of(text)]


@functools.lru_cache(maxsize=65536)
def name_key(first_name: str, last_name: str = "") -> str:
    """A person's name as one key: no case, no diacritics, no punctuation, words in
    any order ("KĘSTUTIENĖ, Aušra" and "ausra kestutiene" are one key)."""
    return " ".join(sorted(_folded_words(f"{first_name or ''} {last_name or ''}")))


@functools.lru_cache(maxsize=16384)
def organization_key(name: str) -> str:
    """An organisation's name as one key: as `name_key`, and without the legal
    form (UAB, VšĮ, MB ...) that one list writes and another leaves out."""
    words = _folded_words(name or "")
    kept = [word for word in words if word not in LEGAL_FORMS]
    return " ".join(sorted(kept or words))


# --- indexes -------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class ContactKeys:
    """What a contact is compared by."""

    name: str
    email: str
    phone: str
    organization_id: str | None

    @classmethod
    def of(
        cls,
        first_name: str,
        last_name: str,
        email: str = "",
        phone: str = "",
        organization_id: str | None = None,
    ) -> ContactKeys:
        return cls(
            name_key(first_name, last_name),
            normalise_email(email),
            normalise_phone(phone) if phone else "",
            organization_id,
        )


def names_agree(one: str, other: str) -> bool:
    """Whether two name keys may be one person: the same words, or the words of
    the shorter among the longer's ("Aušra" and "Aušra Kęstutienė"; "A. Kęstutienė"
    as an initial). "" agrees with any name."""
    if not one or not other:
        return True
    short, long = sorted((one.split(), other.split()), key=len)
    left = list(long)
    for word in short:
        hit = next((w for w in left if w == word or (len(word) == 1 and w[0] == word)), None)
        if hit is None:
            return False
        left.remove(hit)
    return True


class ContactIndex:
    """Contacts by their keys, for asking "who is this?" one person at a time.
    A name alone never matches (namesakes are common: Kazlauskas is every
    hundredth Lithuanian); the name within one organisation does. An e-mail
    address or a phone number matches only a person whose name agrees: a
    library's one address and one landline serve all its staff, and Jonas with
    the library's address is not Ona, who has it too."""

    def __init__(self) -> None:
        self._by_email: dict[str, list[str]] = {}
        self._by_phone: dict[str, list[str]] = {}
        self._by_name_org: dict[tuple[str, str | None], str] = {}
        self._names: dict[str, str] = {}

    def add(self, record_id: str, keys: ContactKeys) -> None:
        """Index a record; under a name within an organisation the first one
        indexed keeps it."""
        self._names[record_id] = keys.name
        if keys.email:
            self._by_email.setdefault(keys.email, []).append(record_id)
        # six digits or fewer is an extension or a typing slip, not a person
        if len(keys.phone) > 6:
            self._by_phone.setdefault(keys.phone, []).append(record_id)
        if keys.name:
            self._by_name_org.setdefault((keys.name, keys.organization_id), record_id)

    def match(self, keys: ContactKeys) -> tuple[str, str] | None:
        """The record these keys point to and why (SAME_EMAIL, SAME_PHONE or
        SAME_NAME_AND_ORGANIZATION, strongest first), or None."""
        for found, reason in (
            (self._by_email.get(keys.email, ()) if keys.email else (), SAME_EMAIL),
            (self._by_phone.get(keys.phone, ()) if len(keys.phone) > 6 else (), SAME_PHONE),
        ):
            for record_id in found:
                if names_agree(keys.name, self._names[record_id]):
                    return record_id, reason
        if keys.name and (found_id := self._by_name_org.get((keys.name, keys.organization_id))):
            return found_id, SAME_NAME_AND_ORGANIZATION
        return None


def contact_index(session: Session) -> ContactIndex:
    """Every live contact, indexed."""
    index = ContactIndex()
    rows = session.execute(
        select(
            Contact.id,
            Contact.first_name,
            Contact.last_name,
            Contact.email,
            Contact.phone,
            Contact.organization_id,
        )
        .where(Contact.deleted.is_(False))
        .order_by(Contact.created_at, Contact.id)
    )
    for contact_id, first, last, email, phone, organization_id in rows:
        index.add(contact_id, ContactKeys.of(first, last, email, phone, organization_id))
    return index


#: In an organisation index: the first organisation of a name in any municipality.
ANY_MUNICIPALITY = "*"


def organization_index(session: Session) -> dict[tuple[str, str | None], str]:
    """Live organisations by (organization_key, municipality id or None), and by
    (key, ANY_MUNICIPALITY) for the first of each name (see `find_organization`)."""
    index: dict[tuple[str, str | None], str] = {}
    rows = session.execute(
        select(Organization.id, Organization.name, Organization.municipality_id)
        .where(Organization.deleted.is_(False))
        .order_by(Organization.created_at, Organization.id)
    )
    for organization_id, name, municipality_id in rows:
        key = organization_key(name)
        if key:
            index.setdefault((key, municipality_id), organization_id)
            index.setdefault((key, ANY_MUNICIPALITY), organization_id)
    return index


def find_organization(
    index: dict[tuple[str, str | None], str], key: str, municipality_id: str | None
) -> str | None:
    """The organisation a name means: the one of that name in the municipality,
    else one of that name with no municipality set; a name given without a
    municipality means the first of that name anywhere."""
    if municipality_id is None:
        return index.get((key, ANY_MUNICIPALITY))
    return index.get((key, municipality_id)) or index.get((key, None))


def index_organization(
    index: dict[tuple[str, str | None], str],
    key: str,
    municipality_id: str | None,
    organization_id: str,
) -> None:
    index.setdefault((key, municipality_id), organization_id)
    index.setdefault((key, ANY_MUNICIPALITY), organization_id)


# --- duplicate groups ------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class DuplicateGroup:
    """Records that look like one: their ids (oldest first) and every reason
    that joined them (SAME_* ids)."""

    record_ids: tuple[str, ...]
    reasons: frozenset[str]


class _Groups:
    """Union-find over record ids, remembering why each pair was joined."""

    def __init__(self, order: list[str]) -> None:
        self.order = {record_id: i for i, record_id in enumerate(order)}
        self.parent = {record_id: record_id for record_id in order}
        self.reasons: dict[str, set[str]] = defaultdict(set)

    def find(self, record_id: str) -> str:
        root = record_id
        while self.parent[root] != root:
            root = self.parent[root]
        while self.parent[record_id] != root:
            self.parent[record_id], record_id = root, self.parent[record_id]
        return root

    def join_buckets(self, buckets: dict[Hashable, list[str]], reason: str) -> None:
        for members in buckets.values():
            if len(members) < 2:
                continue
            first = self.find(members[0])
            for other in members[1:]:
                root = self.find(other)
                if root != first:
                    # the older record stays the root, so groups list oldest first
                    if self.order[root] < self.order[first]:
                        root, first = first, root
                    self.parent[root] = first
                    self.reasons[first] |= self.reasons.pop(root, set())
                self.reasons[first].add(reason)

    def groups(self) -> list[DuplicateGroup]:
        members: dict[str, list[str]] = defaultdict(list)
        for record_id in self.order:
            members[self.find(record_id)].append(record_id)
        found = [
            DuplicateGroup(tuple(ids), frozenset(self.reasons[root]))
            for root, ids in members.items()
            if len(ids) > 1
        ]
        return sorted(found, key=lambda group: self.order[group.record_ids[0]])


def find_duplicate_contacts(
    source: Store | Session, *, names_alone: bool = False
) -> list[DuplicateGroup]:
    """Groups of live contacts that look like one person: the same e-mail, the
    same phone number, or the same name in the same organisation (any
    organisation, or none, with `names_alone`). `source` is a Store or a session
    already open (a merge checks inside its own transaction)."""
    if isinstance(source, Store):
        with source.read() as session:
            return find_duplicate_contacts(session, names_alone=names_alone)
    rows = source.execute(
        select(
            Contact.id,
            Contact.first_name,
            Contact.last_name,
            Contact.email,
            Contact.phone,
            Contact.organization_id,
        )
        .where(Contact.deleted.is_(False))
        .order_by(Contact.created_at, Contact.id)
    ).all()
    by_email: dict[Hashable, list[str]] = defaultdict(list)
    by_phone: dict[Hashable, list[str]] = defaultdict(list)
    by_name: dict[Hashable, list[str]] = defaultdict(list)
    for contact_id, first, last, email, phone, organization_id in rows:
        keys = ContactKeys.of(first, last, email, phone, organization_id)
        if keys.email:
            by_email[keys.email].append(contact_id)
        if len(keys.phone) > 6:
            by_phone[keys.phone].append(contact_id)
        if keys.name:
            by_name[keys.name if names_alone else (keys.name, organization_id)].append(contact_id)
    groups = _Groups([row[0] for row in rows])
    groups.join_buckets(by_email, SAME_EMAIL)
    groups.join_buckets(by_phone, SAME_PHONE)
    groups.join_buckets(by_name, SAME_NAME if names_alone else SAME_NAME_AND_ORGANIZATION)
    return groups.groups()


def find_duplicate_organizations(
    source: Store | Session, *, across_municipalities: bool = False
) -> list[DuplicateGroup]:
    """Groups of live organisations with one name (see `organization_key`) in one
    municipality (or anywhere, with `across_municipalities`: "Kultūros centras"
    exists in many towns, so that is off by default)."""
    if isinstance(source, Store):
        with source.read() as session:
            return find_duplicate_organizations(
                session, across_municipalities=across_municipalities
            )
    rows = source.execute(
        select(Organization.id, Organization.name, Organization.municipality_id)
        .where(Organization.deleted.is_(False))
        .order_by(Organization.created_at, Organization.id)
    ).all()
    by_name: dict[Hashable, list[str]] = defaultdict(list)
    for organization_id, name, municipality_id in rows:
        key = organization_key(name)
        if key:
            by_name[key if across_municipalities else (key, municipality_id)].append(
                organization_id
            )
    groups = _Groups([row[0] for row in rows])
    groups.join_buckets(by_name, SAME_NAME)
    return groups.groups()
