"""Realistic, deterministic demo data: the programme as it might look after a year
of visits, for trying FieldKit out, for screenshots and for the benchmarks.

The same size and seed give the same rows (ids and timestamps included), so two
demo databases export byte-identical JSON. `size` is the number of rows in all.
"""

from __future__ import annotations

import datetime as dt
import random
import re
import unicodedata
import uuid
from collections import defaultdict
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select

from fieldkit.errors import QT_TRANSLATE_NOOP, InvalidInput
from fieldkit.model import (
    SYNCABLE_CLASSES,
    ActionItem,
    AgendaItem,
    Contact,
    Decision,
    Idea,
    Library,
    LibraryKind,
    Meeting,
    MeetingLink,
    MeetingStatus,
    Municipality,
    Organization,
    Participant,
    ParticipantRole,
    Problem,
    ProblemMeeting,
    ProblemPartner,
    ProblemStatus,
    Syncable,
    Visit,
    VisitStatus,
    derived_id,
)
from fieldkit.services import demo_vocabulary as words
from fieldkit.services.calendar_lt import vilnius_to_utc, working_days
from fieldkit.store import Store
from fieldkit.store.bulk import insert_rows

# The demo's "today": fixed, so the data does not depend on when it is made.
DEMO_TODAY = dt.date(2026, 11, 1)
FIRST_MEETING = dt.date(2025, 9, 1)
# When the programme's partners and branch libraries were entered, before the visits.
SETUP_DAY = FIRST_MEETING - dt.timedelta(days=30)
# Meetings are planned up to two months ahead of DEMO_TODAY.
LAST_MEETING = DEMO_TODAY + dt.timedelta(days=60)
ROWS_PER_MEETING = 28  # visit, meeting, ~7 agenda items, ~12 participants, decisions, actions
ROWS_PER_PROBLEM = 5  # problem, its meeting link, two ideas, a partner

Progress = Callable[[float, str], None]


@dataclass(frozen=True, slots=True)
class DemoReport:
    total_rows: int
    libraries: int
    organizations: int
    contacts: int
    meetings: int
    problems: int


@dataclass(frozen=True, slots=True)
class _Place:
    municipality_id: str
    town: str  # genitive, as the vocabulary's patterns want it
    library_id: str
    library_name: str


def _of_library(name: str) -> str | None:
    """The genitive of a central library's name, as a branch's name begins with it:
    "Birštono viešoji biblioteka" -> "Birštono viešosios bibliotekos"."""
    for nominative, genitive in (
        (" viešoji biblioteka", " viešosios bibliotekos"),
        (" centrinė biblioteka", " centrinės bibliotekos"),
    ):
        if name.endswith(nominative):
            return name.removesuffix(nominative) + genitive
    return None


def _ascii(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if c.isascii() and (c.isalnum() or c in ".-")).lower()


def _slug(name: str) -> str:
    words_only = re.sub(r"[^a-z0-9]+", "-", _ascii(name.replace(".", " ")))
    return words_only.strip("-")


class _Builder:
    def __init__(self, rng: random.Random, places: list[_Place], size: int) -> None:
        self.rng = rng
        self.places = places
        self.size = size
        self.rows: dict[type[Syncable], list[dict[str, Any]]] = defaultdict(list)
        self.orgs_by_place: dict[str, list[tuple[str, str]]] = defaultdict(list)
        self.contacts_by_place: dict[str, list[str]] = defaultdict(list)
        self.contact_rows: dict[str, dict[str, Any]] = {}
        # When each contact was first invited to a meeting.
        self.first_invited: dict[str, dt.datetime] = {}
        # Meetings already held (before DEMO_TODAY): (id, when it began, UTC).
        self.held_by_place: dict[str, list[tuple[str, dt.datetime]]] = defaultdict(list)
        self.finals_by_place: dict[str, list[dict[str, Any]]] = defaultdict(list)
        self.org_names: dict[str, set[str]] = defaultdict(set)
        self.branches_by_place: dict[str, list[str]] = defaultdict(list)
        self.working_days = working_days(SETUP_DAY, LAST_MEETING)
        self.meeting_days = [day for day in self.working_days if day >= FIRST_MEETING]
        self.working_day_index = {day: n for n, day in enumerate(self.working_days)}
        # the index of the last working day before DEMO_TODAY: nothing is created later
        self.before_today = max(n for n, day in enumerate(self.working_days) if day < DEMO_TODAY)

    def new_id(self) -> str:
        return str(uuid.UUID(int=self.rng.getrandbits(128), version=4))

    def stamp(self, day: dt.date, hour: int = 9) -> dt.datetime:
        minute = self.rng.randrange(60)
        return dt.datetime(day.year, day.month, day.day, hour, minute, tzinfo=dt.UTC)

    def add(self, cls: type[Syncable], created: dt.datetime, **values: Any) -> str:
        """A row created at `created`; an `updated_at` among `values` says when it
        was last changed (else it never was)."""
        row_id = values.pop("id", None) or self.new_id()
        self.rows[cls].append(
            {"id": row_id, "created_at": created, "updated_at": created, **values}
        )
        return row_id

    def working_day(self, day: dt.date, shift: int) -> dt.date:
        """The working day `shift` working days after (or before) working day `day`."""
        n = self.working_day_index[day] + shift
        return self.working_days[max(0, min(n, len(self.working_days) - 1))]

    def place(self, index: int) -> _Place:
        return self.places[index % len(self.places)]

    def build(self) -> None:
        size = self.size
        for index in range(round(0.01 * size)):
            self.branch_library(index)
        for index in range(max(len(words.SECTORS), round(0.04 * size))):
            self.organization(index)
        for index in range(max(12, round(0.25 * size))):
            self.contact(index)
        for index in range(max(1, round(0.5 * size / ROWS_PER_MEETING))):
            self.meeting(index)
        for index in range(max(2, round(0.2 * size / ROWS_PER_PROBLEM))):
            self.problem(index)
        self.number_minutes()
        self.enter_contacts_before_their_invitations()

    def number_minutes(self) -> None:
        """Finalised minutes are numbered in each municipality in the order of the
        meetings' dates, as the coordinator's register has them."""
        for finals in self.finals_by_place.values():
            finals.sort(key=lambda row: row["starts_at"])
            for number, row in enumerate(finals, start=1):
                row["number"] = number

    def enter_contacts_before_their_invitations(self) -> None:
        """A person is entered at the latest when first invited: the contact's
        row is never younger than its first participant row."""
        for contact_id, invited in self.first_invited.items():
            row = self.contact_rows[contact_id]
            if invited < row["created_at"]:
                row["created_at"] = row["updated_at"] = invited - dt.timedelta(minutes=1)

    def branch_library(self, index: int) -> None:
        """A branch in one of the municipality's own villages, named as libraries
        name them: "Birštono viešosios bibliotekos Pakalnės filialas"."""
        place = self.place(index)
        branches = self.branches_by_place[place.municipality_id]
        free = [village for village in words.VILLAGE_GENITIVES if village not in branches]
        village = self.rng.choice(free or words.VILLAGE_GENITIVES)
        branches.append(village)
        branch = f"{village} filialas"
        if not free:  # more branches than villages (a very large demo)
            branch = f"{branch} Nr. {len(branches)}"
        of_library = _of_library(place.library_name)
        self.add(
            Library,
            self.stamp(SETUP_DAY),
            name=f"{of_library} {branch}" if of_library else f"{place.library_name}, {branch}",
            municipality_id=place.municipality_id,
            kind=LibraryKind.BRANCH,
            address=f"{self.rng.choice(('Mokyklos', 'Liepų', 'Bažnyčios', 'Sodų'))} g. "
            f"{self.rng.randint(1, 40)}",
        )

    def organization(self, index: int) -> None:
        place = self.place(index * 7)
        sector = words.SECTORS[index % len(words.SECTORS)]
        name = self.organization_name(place, sector)
        org_id = self.add(
            Organization,
            self.stamp(SETUP_DAY),
            name=name,
            sector=sector,
            municipality_id=place.municipality_id,
            website=f"https://www.{_slug(name)}.lt" if index % 3 == 0 else "",
        )
        self.orgs_by_place[place.municipality_id].append((org_id, sector))

    def organization_name(self, place: _Place, sector: str) -> str:
        """A name not yet used in the municipality: the town first, then its villages."""
        taken = self.org_names[place.municipality_id]
        name = ""
        for attempt in range(40):
            town = place.town if attempt < 4 else self.rng.choice(words.VILLAGE_GENITIVES)
            pattern = self.rng.choice(words.ORGANIZATION_PATTERNS[sector])
            name = pattern.format(town=town, word=self.rng.choice(words.BUSINESS_WORDS))
            if name not in taken:
                break
        else:
            name = f"{name} Nr. {len(taken) + 1}"
        taken.add(name)
        return name

    def contact(self, index: int) -> None:
        rng = self.rng
        place = self.place(index)
        female = rng.random() < 0.62  # librarians are mostly women
        first = rng.choice(words.FEMALE_FIRST_NAMES if female else words.MALE_FIRST_NAMES)
        last = rng.choice(words.SURNAMES)[1 if female else 0]
        orgs = self.orgs_by_place.get(place.municipality_id) or [(None, "other")]
        org_id, sector = rng.choice(orgs)
        title = rng.choice(words.ROLES_BY_SECTOR[sector])
        consent = rng.random() < 0.7
        contact_id = self.add(
            Contact,
            self.stamp(FIRST_MEETING + dt.timedelta(days=rng.randrange(400))),
            first_name=first,
            last_name=last,
            organization_id=org_id,
            role=words.ROLE_FORMS.get(title, (title, title))[1 if female else 0],
            phone=f"+370 6{rng.randrange(100):02d} {rng.randrange(100000):05d}",
            email=f"{_ascii(first)}.{_ascii(last)}{index}@{rng.choice(words.EMAIL_DOMAINS)}",
            municipality_id=place.municipality_id,
            consent_given_on=DEMO_TODAY - dt.timedelta(days=rng.randrange(400))
            if consent
            else None,
            consent_method=rng.choice(words.CONSENT_METHODS) if consent else "",
            consent_purpose=rng.choice(words.CONSENT_PURPOSES) if consent else "",
            # GDPR art. 6: consent, or the programme's legitimate interest in
            # keeping its partners' work contacts
            legal_basis="sutikimas" if consent else "teisėtas interesas",
        )
        self.contacts_by_place[place.municipality_id].append(contact_id)
        self.contact_rows[contact_id] = self.rows[Contact][-1]

    def meeting(self, index: int) -> None:
        rng = self.rng
        place = self.place(index)
        day = rng.choice(self.meeting_days)
        past = day < DEMO_TODAY
        starts = dt.datetime(day.year, day.month, day.day, rng.choice((10, 11, 13, 14)))
        held = vilnius_to_utc(starts)  # the meeting began, in UTC as rows are stamped
        written = held + dt.timedelta(hours=2)  # notes, attendance, decisions: in the room
        # planned two weeks ahead; meetings still to come were planned by now
        planned = self.working_day_index[day] - 10
        if planned > self.before_today:
            planned = self.before_today - rng.randrange(15)
        created = self.stamp(self.working_days[max(0, planned)])
        visit_id = self.add(
            Visit,
            created,
            municipality_id=place.municipality_id,
            library_id=place.library_id,
            visit_date=day,
            coordinator=rng.choice(words.COORDINATORS),
            purpose=rng.choice(words.VISIT_PURPOSES),
            status=VisitStatus.DONE if past else VisitStatus.PLANNED,
            updated_at=written if past else created,
        )
        final = past and rng.random() < 0.6
        finalised = None
        if final:
            finalised_on = self.working_day(day, rng.choice((0, 1, 1, 2, 3, 5)))
            finalised = self.stamp(finalised_on if finalised_on < DEMO_TODAY else day, hour=15)
        meeting_id = self.add(
            Meeting,
            created,
            visit_id=visit_id,
            municipality_id=place.municipality_id,
            library_id=place.library_id,
            title=rng.choice(words.MEETING_TITLES).format(town=place.town),
            starts_at=starts,
            ends_at=starts + dt.timedelta(hours=2),
            place=rng.choice(words.PLACES).format(library=place.library_name),
            purpose="Aptarti aktualiausias bendruomenės problemas ir bibliotekos galimybes.",
            status=MeetingStatus.FINAL if final else MeetingStatus.DRAFT,
            number=None,  # see number_minutes
            finalised_at=finalised,
            updated_at=finalised or (written if past else created),
        )
        if final:
            self.finals_by_place[place.municipality_id].append(self.rows[Meeting][-1])
        if past:
            self.held_by_place[place.municipality_id].append((meeting_id, held))
        agenda_ids = []
        for position, (title, note) in enumerate(words.AGENDA_TEMPLATE):
            notes = note.format(town=place.town, library=place.library_name) if past else ""
            agenda_ids.append(
                self.add(
                    AgendaItem,
                    created,
                    meeting_id=meeting_id,
                    position=position,
                    title=title,
                    notes=notes,
                    updated_at=written if past else created,
                )
            )
        pool = self.contacts_by_place.get(place.municipality_id, [])
        people = rng.sample(pool, min(len(pool), rng.randint(8, 16)))
        first_invited = self.first_invited
        for rank, contact_id in enumerate(people):
            role = (
                (ParticipantRole.CHAIR, ParticipantRole.SECRETARY)[rank]
                if rank < 2
                else (ParticipantRole.PARTICIPANT)
            )
            attended = past and (rank < 2 or rng.random() < 0.8)
            self.add(
                Participant,
                created,
                id=derived_id("participant", meeting_id, contact_id),
                meeting_id=meeting_id,
                contact_id=contact_id,
                attended=attended,
                sent_apologies=past and not attended and rng.random() < 0.5,
                role=role,
                updated_at=held if past else created,
            )
            if contact_id not in first_invited or created < first_invited[contact_id]:
                first_invited[contact_id] = created
        if not past:
            return
        for position, text in enumerate(rng.sample(words.DECISIONS, rng.randint(2, 3))):
            self.add(
                Decision,
                written,
                meeting_id=meeting_id,
                position=position,
                text=text,
                agenda_item_id=agenda_ids[-2],
            )
        for position, text in enumerate(rng.sample(words.ACTION_ITEMS, rng.randint(3, 4))):
            self.add(
                ActionItem,
                written,
                meeting_id=meeting_id,
                position=position,
                text=text,
                owner_contact_id=rng.choice(people) if people else None,
                due_on=day + dt.timedelta(days=rng.choice((14, 30, 45, 60))),
                done=day + dt.timedelta(days=60) < DEMO_TODAY and rng.random() < 0.7,
            )

    def problem(self, index: int) -> None:
        rng = self.rng
        place = self.place(index)
        category, _, _ = rng.choice(words.PROBLEM_CATEGORIES)
        title, description = rng.choice(words.PROBLEMS[category])
        # raised at a meeting already held, and recorded there; or entered in the
        # office where no meeting has been held yet
        held = self.held_by_place.get(place.municipality_id)
        raised_at = rng.choice(held) if held else None
        if raised_at:
            created = raised_at[1] + dt.timedelta(minutes=rng.randrange(15, 110))
        else:
            days = (DEMO_TODAY - FIRST_MEETING).days
            created = self.stamp(FIRST_MEETING + dt.timedelta(days=rng.randrange(days)))
        problem_id = self.add(
            Problem,
            created,
            municipality_id=place.municipality_id,
            title=title,
            description=description,
            category=category,
            affected_groups=", ".join(rng.sample(words.AFFECTED_GROUPS, rng.randint(1, 2))),
            votes=rng.randint(0, 15),
            status=rng.choice(
                (ProblemStatus.RAISED,) * 3
                + (ProblemStatus.PRIORITISED,) * 2
                + (ProblemStatus.SOLUTION_PROPOSED, ProblemStatus.IN_PROJECT)
            ),
        )
        if raised_at:
            meeting_id = raised_at[0]
            self.add(
                ProblemMeeting,
                created,
                id=derived_id("problem_meeting", problem_id, meeting_id),
                problem_id=problem_id,
                meeting_id=meeting_id,
                link=MeetingLink.RAISED,
            )
        for position, text in enumerate(rng.sample(words.IDEAS[category], 2)):
            self.add(Idea, created, problem_id=problem_id, position=position, text=text)
        orgs = self.orgs_by_place.get(place.municipality_id)
        if orgs:
            org_id, _ = rng.choice(orgs)
            self.add(
                ProblemPartner,
                created,
                id=derived_id("problem_partner", problem_id, org_id),
                problem_id=problem_id,
                organization_id=org_id,
            )

    def tables(self) -> Iterator[tuple[type[Syncable], list[dict[str, Any]]]]:
        """Parents before children, as the model lists them."""
        for cls in SYNCABLE_CLASSES:
            yield cls, self.rows.get(cls, [])


def _places(session: Any) -> list[_Place]:
    rows = session.execute(
        select(Municipality.id, Municipality.centre, Library.id, Library.name)
        .join(Library, Library.municipality_id == Municipality.id)
        .where(Library.kind == LibraryKind.CENTRAL)
        .order_by(Municipality.id)
    ).all()
    return [
        _Place(m_id, words.TOWN_GENITIVES.get(centre, centre), lib_id, lib_name)
        for m_id, centre, lib_id, lib_name in rows
    ]


def generate_demo(
    store: Store, *, size: int = 3000, seed: int = 2, progress: Progress | None = None
) -> DemoReport:
    """Fill an empty database (reference data aside) in one transaction."""
    if size < 1:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "The demo size must be a positive number of rows.")
        )
    with store.write() as session:
        existing = session.scalar(select(func.count()).select_from(Meeting)) or session.scalar(
            select(func.count()).select_from(Contact)
        )
        if existing:
            raise InvalidInput(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "This database already holds data; demo data goes only into an empty "
                    "database (choose a new file with --db).",
                )
            )
        builder = _Builder(random.Random(seed), _places(session), size)
        builder.build()
        total = 0
        tables = list(builder.tables())
        for step, (cls, rows) in enumerate(tables):
            total += insert_rows(session, cls, rows)
            if progress:
                progress((step + 1) / len(tables), cls.__tablename__)  # type: ignore[attr-defined]
    counts = {cls: len(rows) for cls, rows in tables}
    return DemoReport(
        total_rows=total,
        libraries=counts[Library],
        organizations=counts[Organization],
        contacts=counts[Contact],
        meetings=counts[Meeting],
        problems=counts[Problem],
    )
