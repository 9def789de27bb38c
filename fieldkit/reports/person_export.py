"""`person export`: everything held on one person written to a file, as JSON (a
structured, machine-readable copy: GDPR Art. 15 and 20) or as a readable PDF
(fieldkit.reports.person). Both are written atomically and readable by their
owner only, as they are all personal data. Importing this costs nothing:
reportlab loads only when a PDF is made."""

from __future__ import annotations

import json
from pathlib import Path

from fieldkit.errors import QT_TRANSLATE_NOOP, InvalidInput
from fieldkit.io.files import write_atomically
from fieldkit.services.person_data import PersonReport, person_report
from fieldkit.store import Store

FORMATS = ("json", "pdf")


def person_json(report: PersonReport) -> str:
    return json.dumps(report.as_json(), ensure_ascii=False, indent=2) + "\n"


def format_of(target: Path) -> str:
    """ "json" or "pdf", from the file name the user gave."""
    suffix = target.suffix.lower().lstrip(".")
    if suffix not in FORMATS:
        raise InvalidInput(
            QT_TRANSLATE_NOOP(
                "Errors", "Name a .json or a .pdf file for the person's data, not {path}."
            ),
            path=str(target),
        )
    return suffix


def export_person(
    store: Store, contact_id: str, target: Path, language: str = "lt"
) -> PersonReport:
    """Write everything about the person to `target` (.json or .pdf); returns the
    report, for the message after it."""
    from fieldkit.reports.files import write_pdf

    target = target.expanduser()
    kind = format_of(target)
    report = person_report(store, contact_id)
    if kind == "json":
        write_atomically(target, lambda out: out.write(person_json(report)), text=True)
    else:
        from fieldkit.reports.labels import Labels
        from fieldkit.reports.person import render_person

        write_pdf(target, render_person(report, Labels(language)))
    return report
