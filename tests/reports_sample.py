"""A typical discussion meeting built through the services, for the document tests
and bench/bench_reports.py: 25 people invited (a chair, a secretary, apologies), 6
agenda items with notes and decisions, 8 problems with votes, 12 action items."""

from __future__ import annotations

import datetime as dt

from fieldkit.model import ProblemCategory
from fieldkit.services import agenda, attendance, meetings, minutes, partners, problems
from fieldkit.store import Store

MUNICIPALITY = "anyksciu-r"
TITLE = "Bendruomenės problemų aptarimas Anykščių bibliotekoje"

FIRST = ["Ona", "Jonas", "Rūta", "Žydrūnas", "Eglė", "Šarūnas", "Gintarė", "Česlovas"]
LAST = ["Kazlauskienė", "Petraitis", "Žukauskaitė", "Šimkus", "Jankūnas", "Vaičiulis"]
ORGS = ["Anykščių L. ir S. Didžiulių viešoji biblioteka", "Troškūnų seniūnija",
        "VšĮ „Jaunimo erdvė“", "Anykščių r. savivaldybės administracija"]  # fmt: skip

AGENDA = [
    "Dalyvių prisistatymas ir susitikimo tikslai",
    "Programos „Bibliotekos pažangai 2“ pristatymas",
    "Bendruomenės problemų aptarimas",
    "Problemų prioritetų nustatymas (balsavimas)",
    "Bibliotekos galimybės ir partnerių vaidmuo",
    "Tolesni žingsniai",
]


def typical_meeting(
    store: Store,
    *,
    participants: int = 25,
    problem_count: int = 8,
    actions: int = 12,
    notes: str | None = None,
    final: bool = False,
) -> str:
    library_id = partners.libraries_in(store, MUNICIPALITY)[0].library_id
    meeting_id = meetings.create_meeting(
        store,
        municipality_id=MUNICIPALITY,
        library_id=library_id,
        title=TITLE,
        starts_at=dt.datetime(2026, 7, 17, 10, 0),
        ends_at=dt.datetime(2026, 7, 17, 12, 30),
        place="Skaitykla, 2 aukštas",
        purpose="Aptarti aktualiausias bendruomenės problemas ir bibliotekos galimybes.",
    )
    item_ids = [
        agenda.add_agenda_item(
            store,
            meeting_id,
            title,
            notes
            if notes is not None
            else f"Aptarta: {title.lower()}. Dalyviai pasidalijo patirtimi.\n\n"
            "Sutarta grįžti prie klausimo kitame susitikime.",
        )
        for title in AGENDA
    ]
    for index, item_id in enumerate(item_ids):
        minutes.add_decision(store, meeting_id, f"Nutarimas Nr. {index + 1}: pritarti.", item_id)
    people = []
    for i in range(participants):
        person = attendance.create_and_invite(
            store,
            meeting_id,
            first_name=FIRST[i % len(FIRST)],
            last_name=f"{LAST[i % len(LAST)]}{'' if i < 24 else f'-{i}'}",
            organization_name=ORGS[i % len(ORGS)],
            attended=i % 8 != 7,
        )
        people.append(person)
    attendance.set_participant_role(store, people[0].participant_id, "chair")
    attendance.set_participant_role(store, people[1].participant_id, "secretary")
    for person in people[7::8]:
        attendance.mark_attendance(store, person.participant_id, sent_apologies=True)
    categories = list(ProblemCategory)
    for i in range(problem_count):
        problems.create_problem(
            store,
            municipality_id=MUNICIPALITY,
            title=f"Problema {i + 1}: {categories[i % len(categories)].value.replace('_', ' ')}",
            category=categories[i % len(categories)],
            meeting_id=meeting_id,
            description="Kaimo gyventojams sunku pasiekti paslaugas.",
            affected_groups="senjorai, jaunimas",
            votes=(i * 7) % 11,
            raised_by_contact_id=people[i % participants].contact_id,
        )
    for i in range(actions):
        minutes.add_action_item(
            store,
            meeting_id,
            f"Parengti pasiūlymą Nr. {i + 1} bibliotekos tarybai",
            owner_contact_id=people[i % participants].contact_id if i % 3 else None,
            owner_name="" if i % 3 else "Seniūnijos atstovas",
            due_on=dt.date(2026, 8, 1) + dt.timedelta(days=7 * i),
        )
    if final:
        meetings.finalise_meeting(store, meeting_id)
    return meeting_id
