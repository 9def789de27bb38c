"""The words printed on the documents, in Lithuanian and English.

Documents are paper for partners, in the language the coordinator picks for that
paper, not the window's: so these are a plain table chosen per document, not Qt
translations. Each entry is a whole phrase (Lithuanian declines nouns)."""

from __future__ import annotations

import datetime as dt

from fieldkit.errors import QT_TRANSLATE_NOOP, InvalidInput

PROGRAMME = "Bibliotekos pažangai 2"

_LT_MONTHS = (
    "sausio", "vasario", "kovo", "balandžio", "gegužės", "birželio",
    "liepos", "rugpjūčio", "rugsėjo", "spalio", "lapkričio", "gruodžio",
)  # fmt: skip
_EN_MONTHS = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip

LABELS: dict[str, dict[str, str]] = {
    "lt": {
        "minutes": "Susitikimo protokolas",
        "minutes_no": "Protokolas Nr. {number}",
        "minutes_unnumbered": "Protokolas (numeris suteikiamas patvirtinus)",
        "version_draft": "projektas",
        "version_final": "galutinė redakcija, {date}",
        "version": "Redakcija",
        "draft_mark": "PROJEKTAS",
        "page": "{page} / {pages}",
        "municipality": "Savivaldybė",
        "library": "Biblioteka",
        "date": "Data",
        "time": "Laikas",
        "place": "Vieta",
        "chair": "Pirmininkas (-ė)",
        "secretary": "Sekretorius (-ė)",
        "not_named": "nenurodyta",
        "attendance": "Dalyviai",
        "present": "Dalyvavo",
        "apologies": "Atsiprašė ir nedalyvavo",
        "count": "Dalyvavo {present} iš {invited} pakviestų; atsiprašė {apologies}.",
        "name": "Vardas, pavardė",
        "organisation": "Organizacija",
        "role": "Vaidmuo",
        "none": "Nėra.",
        "purpose": "Susitikimo tikslas",
        "agenda": "Darbotvarkė",
        "discussion": "Svarstyta",
        "notes": "Aptarimas",
        "decisions": "Nutarta",
        "other_decisions": "Kiti nutarimai",
        "problems": "Iškeltos bendruomenės problemos",
        "problems_ranking": "Problemos surikiuotos pagal dalyvių balsus (pirma – daugiausia).",
        "rank": "Vieta",
        "problem": "Problema",
        "category": "Kategorija",
        "votes": "Balsai",
        "raised_by": "Iškėlė",
        "affected": "Paveikti",
        "actions": "Veiksmų planas",
        "no": "Nr.",
        "action": "Veiksmas",
        "owner": "Atsakingas",
        "due": "Terminas",
        "status": "Būsena",
        "done": "atlikta",
        "open": "vykdoma",
        "next_steps": "Tolesni žingsniai",
        "next_steps_open": "Neatliktų veiksmų: {count}. Artimiausias terminas: {date}",
        "next_steps_none": "Visi veiksmai atlikti.",
        "next_meeting": "Kitas susitikimas: {date} – {title}",
        "next_meeting_at": "Kitas susitikimas: {date}",
        "attachments": "Priedai",
        "photos": "Nuotraukos",
        "file_missing": "(failo šiame kompiuteryje dar nėra)",
        "file_unreadable": "(paveikslėlio nepavyko perskaityti)",
        "approval": "Protokolą tvirtina",
        "signature": "(parašas)",
        "name_line": "(vardas, pavardė)",
        "date_line": "(data)",
        "role_chair": "pirmininkas (-ė)",
        "role_secretary": "sekretorius (-ė)",
        "role_participant": "dalyvis (-ė)",
        "kind_discussion": "diskusija",
        "kind_training": "mokymai",
        "kind_consultation": "konsultacija",
        "attendance_sheet": "Dalyvių registracijos lapas",
        "signature_col": "Parašas",
        "walk_in": "",
        "municipality_report": "Savivaldybės ataskaita",
        "generated": "Parengta {date}",
        "meetings": "Susitikimai",
        "title": "Pavadinimas",
        "meeting_status": "Būsena",
        "draft": "projektas",
        "final": "galutinis",
        "problems_by_category": "Problemos pagal kategorijas",
        "partners_by_sector": "Partneriai pagal sektorius",
        "sector": "Sektorius",
        "open_actions": "Neatlikti veiksmai",
        "meeting": "Susitikimas",
        "total": "Iš viso",
        "summary": "Programos suvestinė",
        "county": "Apskritis",
        "visited": "Aplankyta",
        "visits": "Vizitai",
        "last_visit": "Paskutinis vizitas",
        "yes": "taip",
        "no_word": "ne",
        "overdue": "Pavėluoti",
        "visited_count": "Aplankyta savivaldybių: {visited} iš {total}.",
        "problems_col": "Problemos",
        "commonest": "Dažniausia kategorija",
    },
    "en": {
        "minutes": "Minutes of the meeting",
        "minutes_no": "Minutes no. {number}",
        "minutes_unnumbered": "Minutes (numbered when finalised)",
        "version_draft": "draft",
        "version_final": "final, {date}",
        "version": "Version",
        "draft_mark": "DRAFT",
        "page": "page {page} of {pages}",
        "municipality": "Municipality",
        "library": "Library",
        "date": "Date",
        "time": "Time",
        "place": "Place",
        "chair": "Chair",
        "secretary": "Secretary",
        "not_named": "not named",
        "attendance": "Attendance",
        "present": "Present",
        "apologies": "Apologies",
        "count": "{present} of {invited} invited were present; {apologies} sent apologies.",
        "name": "Name",
        "organisation": "Organisation",
        "role": "Role",
        "none": "None.",
        "purpose": "Purpose of the meeting",
        "agenda": "Agenda",
        "discussion": "Discussion",
        "notes": "Notes",
        "decisions": "Decisions",
        "other_decisions": "Other decisions",
        "problems": "Community problems raised",
        "problems_ranking": "Problems are ranked by the participants' votes (most votes first).",
        "rank": "Rank",
        "problem": "Problem",
        "category": "Category",
        "votes": "Votes",
        "raised_by": "Raised by",
        "affected": "Affected",
        "actions": "Action items",
        "no": "No.",
        "action": "Action",
        "owner": "Owner",
        "due": "Due",
        "status": "Status",
        "done": "done",
        "open": "open",
        "next_steps": "Next steps",
        "next_steps_open": "Open action items: {count}. The first is due on {date}.",
        "next_steps_none": "All action items are done.",
        "next_meeting": "Next meeting: {date} – {title}",
        "next_meeting_at": "Next meeting: {date}",
        "attachments": "Attachments",
        "photos": "Photos",
        "file_missing": "(the file is not on this computer yet)",
        "file_unreadable": "(the picture cannot be read)",
        "approval": "Approved by",
        "signature": "(signature)",
        "name_line": "(name)",
        "date_line": "(date)",
        "role_chair": "chair",
        "role_secretary": "secretary",
        "role_participant": "participant",
        "kind_discussion": "discussion",
        "kind_training": "training",
        "kind_consultation": "consultation",
        "attendance_sheet": "Attendance sheet",
        "signature_col": "Signature",
        "walk_in": "",
        "municipality_report": "Municipality report",
        "generated": "Prepared on {date}",
        "meetings": "Meetings",
        "title": "Title",
        "meeting_status": "Status",
        "draft": "draft",
        "final": "final",
        "problems_by_category": "Problems by category",
        "partners_by_sector": "Partners by sector",
        "sector": "Sector",
        "open_actions": "Open action items",
        "meeting": "Meeting",
        "total": "Total",
        "summary": "Programme summary",
        "county": "County",
        "visited": "Visited",
        "visits": "Visits",
        "last_visit": "Last visit",
        "yes": "yes",
        "no_word": "no",
        "overdue": "Overdue",
        "visited_count": "Municipalities visited: {visited} of {total}.",
        "problems_col": "Problems",
        "commonest": "Commonest category",
    },
}

CATEGORIES: dict[str, dict[str, str]] = {
    "lt": {
        "digital_skills": "Skaitmeniniai įgūdžiai",
        "youth_employment": "Jaunimo užimtumas",
        "seniors_isolation": "Senjorų vienišumas",
        "transport": "Transportas",
        "public_health": "Visuomenės sveikata",
        "entrepreneurship": "Verslumas",
        "education_access": "Švietimo prieinamumas",
        "emigration": "Emigracija",
        "community_engagement": "Bendruomenės įsitraukimas",
        "environment": "Aplinka",
        "culture_heritage": "Kultūra ir paveldas",
        "social_exclusion": "Socialinė atskirtis",
        "other": "Kita",
    },
    "en": {
        "digital_skills": "Digital skills",
        "youth_employment": "Youth employment",
        "seniors_isolation": "Isolation of seniors",
        "transport": "Transport",
        "public_health": "Public health",
        "entrepreneurship": "Entrepreneurship",
        "education_access": "Access to education",
        "emigration": "Emigration",
        "community_engagement": "Community engagement",
        "environment": "Environment",
        "culture_heritage": "Culture and heritage",
        "social_exclusion": "Social exclusion",
        "other": "Other",
    },
}

SECTORS: dict[str, dict[str, str]] = {
    "lt": {
        "library": "Bibliotekos",
        "municipality": "Savivaldybė",
        "business": "Verslas",
        "ngo": "NVO",
        "education": "Švietimas",
        "culture": "Kultūra",
        "social_services": "Socialinės paslaugos",
        "media": "Žiniasklaida",
        "other": "Kita",
    },
    "en": {
        "library": "Libraries",
        "municipality": "Municipality",
        "business": "Business",
        "ngo": "NGOs",
        "education": "Education",
        "culture": "Culture",
        "social_services": "Social services",
        "media": "Media",
        "other": "Other",
    },
}


class Labels:
    """The labels of one language, with its date format."""

    def __init__(self, language: str) -> None:
        if language not in LABELS:
            raise InvalidInput(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "Documents are printed in Lithuanian (lt) or English (en), not '{language}'.",
                ),
                language=language,
            )
        self.language = language
        self._words = LABELS[language]

    def __getitem__(self, key: str) -> str:
        return self._words[key]

    def format(self, key: str, **params: object) -> str:
        return self._words[key].format(**params)

    def category(self, value: str) -> str:
        return CATEGORIES[self.language][value]

    def sector(self, value: str) -> str:
        return SECTORS[self.language][value]

    def date(self, day: dt.date) -> str:
        """ "2026 m. liepos 17 d." or "17 July 2026"."""
        if self.language == "lt":
            return f"{day.year} m. {_LT_MONTHS[day.month - 1]} {day.day} d."
        return f"{day.day} {_EN_MONTHS[day.month - 1]} {day.year}"

    def short_date(self, day: dt.date | None) -> str:
        """ISO in both languages: narrow table columns (Lithuanian usage too)."""
        return day.isoformat() if day else "—"
