"""Everything held about one person, on paper (GDPR Art. 15): the readable twin
of the JSON export, for a person who asks what the programme keeps about them.

Sections: the contact details; consent and the legal basis; meetings (present,
invited or excused, with the role); action items they own; problems raised and
ideas proposed; the record's history (merges with the values they kept, erases);
values that lost a sync merge."""

from __future__ import annotations

import datetime as dt
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Flowable

from fieldkit.reports.base import (
    build_pdf,
    cell,
    content_width,
    data_table,
    key_values,
    para,
    styles,
    text,
)
from fieldkit.reports.labels import PROGRAMME, Labels
from fieldkit.services.person_data import PersonReport, person_report
from fieldkit.services.privacy import legal_basis_key
from fieldkit.store import Store

_DETAILS = ("first_name", "last_name", "phone", "email", "tags")


def build_person(store: Store, contact_id: str, language: str) -> bytes:
    labels = Labels(language)
    return render_person(person_report(store, contact_id), labels)


def _basis(value: str, labels: Labels) -> str:
    key = legal_basis_key(value)
    return labels[f"basis_{key.value}"] if key is not None else value


def _date(value: Any, labels: Labels) -> str:
    if not value:
        return "—"
    return labels.date(dt.date.fromisoformat(str(value)[:10]))


def render_person(report: PersonReport, labels: Labels) -> bytes:
    s = styles()
    width = content_width()
    c = report.contact
    name = report.full_name or labels["erased_person"]
    story: list[Flowable] = [
        para(text(PROGRAMME), s.programme),
        para(text(labels["person_report"]), s.title),
        para(text(name), s.subtitle),
        para(text(labels.format("generated", date=_date(report.generated_at, labels))), s.muted),
        para(text(labels["person_intro"]), s.muted),
    ]
    if report.erased:
        story.append(para(text(labels.format("person_erased", date=_date(c["erased_at"], labels)))))

    story.append(para(text(labels["contact_details"]), s.h2))
    pairs = [(labels[key], c.get(key) or "—") for key in _DETAILS[:2]]
    pairs += [
        (labels["organisation"], report.organization or "—"),
        (labels["position"], c.get("role") or "—"),
        (labels["municipality"], report.municipality or "—"),
    ]
    pairs += [(labels[key], c.get(key) or "—") for key in _DETAILS[2:]]
    pairs += [
        (labels["record_notes"], c.get("notes") or "—"),
        (labels["record_created"], _date(c.get("created_at"), labels)),
        (labels["record_updated"], _date(c.get("updated_at"), labels)),
    ]
    story.append(key_values(pairs, width, 45 * mm))

    story.append(para(text(labels["consent"]), s.h2))
    story.append(
        key_values(
            [
                (labels["consent_given_on"], _date(c.get("consent_given_on"), labels)),
                (labels["consent_method"], c.get("consent_method") or "—"),
                (labels["consent_purpose"], c.get("consent_purpose") or "—"),
                (labels["legal_basis"], _basis(c.get("legal_basis") or "", labels) or "—"),
            ],
            width,
            45 * mm,
        )
    )

    story.append(para(text(labels["meetings_of_person"]), s.h2))
    if report.meetings:
        story.append(
            data_table(
                [labels["date"], labels["meeting"], labels["municipality"], labels["role"]],
                [
                    [
                        cell(labels.short_date(m.starts_at.date())),
                        cell(m.title),
                        cell(m.municipality),
                        cell(_presence(m.attended, m.sent_apologies, m.role.value, labels)),
                    ]
                    for m in report.meetings
                ],
                [22 * mm, width - 22 * mm - 50 * mm - 40 * mm, 50 * mm, 40 * mm],
            )
        )
    else:
        story.append(para(text(labels["none"])))

    story.append(para(text(labels["actions_owned"]), s.h2))
    if report.action_items:
        story.append(
            data_table(
                [labels["due"], labels["action"], labels["meeting"], labels["status"]],
                [
                    [
                        cell(labels.short_date(a.due_on)),
                        cell(a.text),
                        cell(a.meeting_title),
                        cell(labels["done" if a.done else "open"]),
                    ]
                    for a in report.action_items
                ],
                [22 * mm, 0.42 * width, width - 22 * mm - 0.42 * width - 22 * mm, 22 * mm],
            )
        )
    else:
        story.append(para(text(labels["none"])))

    story.append(para(text(labels["problems_and_ideas"]), s.h2))
    if report.problems:
        story.append(
            data_table(
                [labels["problem"], labels["involvement"]],
                [
                    [
                        cell(p.title),
                        cell(
                            labels["raised_problem"]
                            if p.how == "raised"
                            else f"{labels['proposed_idea']}: {p.text}"
                        ),
                    ]
                    for p in report.problems
                ],
                [0.45 * width, 0.55 * width],
            )
        )
    else:
        story.append(para(text(labels["none"])))

    story += _history(report, labels)
    return build_pdf(story, labels, title=f"{labels['person_report']}: {name}")


def _presence(attended: bool, apologies: bool, role: str, labels: Labels) -> str:
    if attended:
        return f"{labels['attended'].lower()}, {labels[f'role_{role}']}"
    return labels["sent_apologies"] if apologies else labels["invited"]


def _history(report: PersonReport, labels: Labels) -> list[Flowable]:
    s = styles()
    width = content_width()
    story: list[Flowable] = [para(text(labels["record_history"]), s.h2)]
    if not report.history:
        story.append(para(text(labels["none"])))
    for entry in report.history:
        line = f"{labels.date(entry.happened_at.date())} · {labels[f'event_{entry.event}']}"
        if entry.actor:
            line += f" · {labels['by']}: {entry.actor}"
        story.append(para(text(line)))
        kept = entry.details.get("losing_values")
        if kept:
            values = [(k, str(v)) for k, v in sorted(kept.items()) if v not in (None, "", False)]
            story.append(para(text(labels["kept_values"]), s.muted))
            story.append(key_values(values, width, 45 * mm))
    if report.conflicts:
        story.append(para(text(labels["conflicts"]), s.h2))
        story.append(
            key_values(
                [(c["field"], str(c["losing_value"])) for c in report.conflicts], width, 45 * mm
            )
        )
    return story
