"""The minutes of a meeting: the paper partners take home and sign.

Sections in the order the programme's template has them: title block; chair and
secretary; attendance; purpose and agenda; each agenda item's notes and decisions;
community problems raised; action items; next steps (as written, the open
actions, and the next meeting); attachments; approval; and
after it, the photos attached (flip-charts), each with its caption."""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (
    Flowable,
    Image,
    KeepTogether,
    ListFlowable,
    ListItem,
    Spacer,
    Table,
    TableStyle,
)

from fieldkit.model import MeetingStatus, ParticipantRole
from fieldkit.reports.base import (
    FONT,
    RULE,
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
from fieldkit.services.documents import MinutesContent, minutes_content
from fieldkit.services.meetings import ParticipantView
from fieldkit.store import Store


def build_minutes(store: Store, meeting_id: str, language: str) -> bytes:
    labels = Labels(language)
    content = minutes_content(store, meeting_id)
    return render_minutes(content, labels)


def render_minutes(content: MinutesContent, labels: Labels) -> bytes:
    detail = content.detail
    story: list[Flowable] = []
    story += _title_block(content, labels)
    story += _chair_and_secretary(content, labels)
    story += _attendance(content, labels)
    story += _purpose_and_agenda(content, labels)
    story += _discussion(content, labels)
    story += _problems(content, labels)
    story += _actions(content, labels)
    story += _next_steps(content, labels)
    story += _attachments(content, labels)
    story += _approval(content, labels)
    story += _photos(content, labels)
    return build_pdf(
        story,
        labels,
        title=f"{labels['minutes']}: {detail.summary.title}",
        draft=detail.summary.status != MeetingStatus.FINAL,
    )


def _number_line(content: MinutesContent, labels: Labels) -> str:
    summary = content.detail.summary
    number = (
        labels.format("minutes_no", number=summary.number)
        if summary.number
        else labels["minutes_unnumbered"]
    )
    if content.is_final and content.detail.finalised_at:
        # stored in UTC; printed as the date on the coordinator's own calendar
        version = labels.format(
            "version_final", date=labels.date(content.detail.finalised_at.astimezone().date())
        )
    else:
        version = labels["version_draft"]
    return f"{number} · {labels['version']}: {version}"


def _time_range(start: dt.datetime, end: dt.datetime | None) -> str:
    return f"{start:%H:%M}–{end:%H:%M}" if end else f"{start:%H:%M}"


def _title_block(content: MinutesContent, labels: Labels) -> list[Flowable]:
    s = styles()
    detail = content.detail
    summary = detail.summary
    municipality = summary.municipality_name
    if labels.language == "en" and content.municipality_name_en:
        municipality = content.municipality_name_en
    return [
        para(text(PROGRAMME), s.programme),
        para(text(labels["minutes"]), s.title),
        para(text(summary.title), s.subtitle),
        para(text(_number_line(content, labels)), s.muted),
        Spacer(1, 2 * mm),
        key_values(
            [
                (labels["municipality"], municipality),
                (labels["library"], detail.library_name or "—"),
                (labels["date"], labels.date(summary.starts_at.date())),
                (labels["time"], _time_range(summary.starts_at, detail.ends_at)),
                (labels["place"], detail.place or detail.library_name or "—"),
            ],
            content_width(),
        ),
    ]


def _holder(content: MinutesContent, role: ParticipantRole) -> ParticipantView | None:
    return next((p for p in content.detail.participants if p.role == role), None)


def _person(p: ParticipantView | None, labels: Labels) -> str:
    if p is None:
        return labels["not_named"]
    name = labels.person(p.name)
    return f"{name}, {p.organization}" if p.organization else name


def _owner(owner: str, owner_contact_id: str | None, labels: Labels) -> str:
    """An action's owner: a known person (perhaps erased since), a typed name, or none."""
    if owner_contact_id:
        return labels.person(owner)
    return owner or "—"


def _chair_and_secretary(content: MinutesContent, labels: Labels) -> list[Flowable]:
    return [
        Spacer(1, 1.5 * mm),
        key_values(
            [
                (labels["chair"], _person(_holder(content, ParticipantRole.CHAIR), labels)),
                (
                    labels["secretary"],
                    _person(_holder(content, ParticipantRole.SECRETARY), labels),
                ),
            ],
            content_width(),
        ),
    ]


def _attendance(content: MinutesContent, labels: Labels) -> list[Flowable]:
    s = styles()
    participants = content.detail.participants
    present = [p for p in participants if p.attended]
    apologies = [p for p in participants if p.sent_apologies]
    width = content_width()
    story: list[Flowable] = [para(text(labels["attendance"]), s.h2)]
    if present:
        story.append(
            data_table(
                [labels["no"], labels["name"], labels["organisation"], labels["role"]],
                [
                    [
                        cell(str(i)),
                        cell(labels.person(p.name)),
                        cell(p.organization),
                        cell(labels[f"role_{p.role.value}"]),
                    ]
                    for i, p in enumerate(present, 1)
                ],
                [10 * mm, 0.34 * width, width - 10 * mm - 0.34 * width - 30 * mm, 30 * mm],
                numeric=[0],
            )
        )
    else:
        story.append(para(text(labels["none"])))
    story.append(Spacer(1, 2 * mm))
    names = "; ".join(_person(p, labels) for p in apologies) or labels["none"]
    story.append(para(f"<b>{text(labels['apologies'])}:</b> {text(names)}"))
    story.append(
        para(
            text(
                labels.format(
                    "count",
                    present=len(present),
                    invited=len(participants),
                    apologies=len(apologies),
                )
            ),
            s.muted,
        )
    )
    return story


def _numbered(items: list[str]) -> Flowable:
    s = styles()
    return ListFlowable(
        [ListItem(para(markup), value=i) for i, markup in enumerate(items, 1)],
        bulletType="1",
        bulletFormat="%s.",
        bulletFontName=FONT,
        bulletFontSize=s.body.fontSize,
        leftIndent=14,
    )


def _bullets(items: list[str]) -> Flowable:
    s = styles()
    return ListFlowable(
        [ListItem(para(markup)) for markup in items],
        bulletType="bullet",
        start="•",
        bulletFontName=FONT,
        bulletFontSize=s.body.fontSize,
        leftIndent=14,
    )


def _purpose_and_agenda(content: MinutesContent, labels: Labels) -> list[Flowable]:
    s = styles()
    detail = content.detail
    story: list[Flowable] = [para(text(labels["purpose"]), s.h2)]
    story += _paragraphs(detail.purpose) or [para(text(labels["none"]))]
    story.append(para(text(labels["agenda"]), s.h2))
    if detail.agenda:
        story.append(_numbered([text(item.title) for item in detail.agenda]))
    else:
        story.append(para(text(labels["none"])))
    return story


def _paragraphs(value: str) -> list[Flowable]:
    """A note as the user typed it: blank lines part paragraphs, single line breaks
    stay; each paragraph may run over pages."""
    blocks = [b.strip() for b in value.replace("\r\n", "\n").split("\n\n")]
    return [para(text(block)) for block in blocks if block]


def _discussion(content: MinutesContent, labels: Labels) -> list[Flowable]:
    s = styles()
    detail = content.detail
    story: list[Flowable] = [para(text(labels["discussion"]), s.h2)]
    by_item: dict[str | None, list[str]] = {}
    for decision in detail.decisions:
        by_item.setdefault(decision.agenda_item_id, []).append(decision.text)
    agenda_ids = {item.agenda_item_id for item in detail.agenda}
    for number, item in enumerate(detail.agenda, 1):
        story.append(para(f"{number}. {text(item.title)}", s.h3))
        story += _paragraphs(item.notes)
        decisions = by_item.get(item.agenda_item_id, [])
        if decisions:
            story.append(para(f"<b>{text(labels['decisions'])}:</b>"))
            story.append(_bullets([text(d) for d in decisions]))
    others = [d for key, ds in by_item.items() if key not in agenda_ids for d in ds]
    if others:
        story.append(para(text(labels["other_decisions"]), s.h3))
        story.append(_bullets([text(d) for d in others]))
    if not detail.agenda and not others:
        story.append(para(text(labels["none"])))
    return story


def _problems(content: MinutesContent, labels: Labels) -> list[Flowable]:
    s = styles()
    story: list[Flowable] = [para(text(labels["problems"]), s.h2)]
    if not content.problems:
        return [*story, para(text(labels["none"]))]
    story.append(para(text(labels["problems_ranking"]), s.muted))
    ranked = sorted(content.problems, key=lambda p: -p.votes)  # stable: ties keep room order
    width = content_width()
    rows = []
    for rank, problem in enumerate(ranked, 1):
        described = [f"<b>{text(problem.title)}</b>"]
        if problem.description:
            described.append(text(problem.description))
        if problem.affected_groups:
            described.append(f"<i>{text(labels['affected'])}:</i> {text(problem.affected_groups)}")
        rows.append(
            [
                cell(str(rank)),
                para("<br/>".join(described), s.cell),
                cell(labels.category(problem.category.value)),
                cell(str(problem.votes)),
                cell(problem.raised_by or "—"),
            ]
        )
    story.append(
        data_table(
            [labels["rank"], labels["problem"], labels["category"], labels["votes"],
             labels["raised_by"]],
            rows,
            [12 * mm, width - 12 * mm - 38 * mm - 14 * mm - 34 * mm, 38 * mm, 14 * mm, 34 * mm],
            numeric=[0, 3],
        )
    )  # fmt: skip
    return story


def _actions(content: MinutesContent, labels: Labels) -> list[Flowable]:
    s = styles()
    actions = content.detail.action_items
    story: list[Flowable] = [para(text(labels["actions"]), s.h2)]
    if not actions:
        return [*story, para(text(labels["none"]))]
    width = content_width()
    story.append(
        data_table(
            [labels["no"], labels["action"], labels["owner"], labels["due"], labels["status"]],
            [
                [
                    cell(str(i)),
                    cell(a.text),
                    cell(_owner(a.owner, a.owner_contact_id, labels)),
                    cell(labels.short_date(a.due_on)),
                    cell(labels["done"] if a.done else labels["open"]),
                ]
                for i, a in enumerate(actions, 1)
            ],
            [10 * mm, width - 10 * mm - 42 * mm - 22 * mm - 18 * mm, 42 * mm, 22 * mm, 18 * mm],
            numeric=[0],
        )
    )
    return story


def _next_steps(content: MinutesContent, labels: Labels) -> list[Flowable]:
    """What the meeting wrote down as next steps, the open action items, and the
    next meeting: the one it set, else the next one planned in the municipality."""
    s = styles()
    detail = content.detail
    story: list[Flowable] = [para(text(labels["next_steps"]), s.h2)]
    story += _paragraphs(detail.next_steps)
    open_items = [a for a in detail.action_items if not a.done]
    if open_items:
        dues = [a.due_on for a in open_items if a.due_on]
        story.append(
            para(
                text(
                    labels.format(
                        "next_steps_open",
                        count=len(open_items),
                        date=labels.date(min(dues)) if dues else "—",
                    )
                )
            )
        )
    elif detail.action_items:
        story.append(para(text(labels["next_steps_none"])))
    if detail.next_meeting_at is not None:
        when = _date_and_time(detail.next_meeting_at, labels)
        story.append(para(text(labels.format("next_meeting_at", date=when))))
    elif content.next_meeting is not None:
        following = content.next_meeting
        when = _date_and_time(following.starts_at, labels)
        story.append(para(text(labels.format("next_meeting", date=when, title=following.title))))
    if len(story) == 1:
        story.append(para(text(labels["none"])))
    return story


def _date_and_time(moment: dt.datetime, labels: Labels) -> str:
    return f"{labels.date(moment.date())} {moment:%H:%M}"


def _attachments(content: MinutesContent, labels: Labels) -> list[Flowable]:
    s = styles()
    story: list[Flowable] = [para(text(labels["attachments"]), s.h2)]
    if not content.attachments:
        return [*story, para(text(labels["none"]))]
    items = [
        text(a.file_name) + (f" — {text(a.caption)}" if a.caption else "")
        for a in content.attachments
    ]
    return [*story, _numbered(items)]


# A photo is printed as large as the frame is wide, but no taller than this share
# of the page, and never larger than its pixels at 96 dpi (a small picture stays
# small); it is embedded at no more than PRINT_PIXELS on its longer side, enough
# for A4 at 300 dpi, so twenty phone photos do not make a 100 MB PDF.
PHOTO_HEIGHT_SHARE = 0.6
PRINT_PIXELS = 2400
POINTS_PER_PIXEL = 72 / 96


def _photos(content: MinutesContent, labels: Labels) -> list[Flowable]:
    s = styles()
    photos = [a for a in content.attachments if a.printable_image]
    if not photos:
        return []
    centred = ParagraphStyle("photo_caption", parent=s.muted, alignment=TA_CENTER)
    # the heading goes inside the first photo's block: keepWithNext does not hold
    # it to a KeepTogether, and it would end a page alone
    story: list[Flowable] = []
    heading: list[Flowable] = [para(text(labels["photos"]), s.h2)]
    for photo in photos:
        caption = text(photo.caption or photo.file_name)
        picture = _picture(photo.path) if photo.path is not None else None
        if picture is None:
            note = labels["file_missing" if photo.path is None else "file_unreadable"]
            block = [para(f"{caption} <i>{text(note)}</i>", s.muted)]
        else:
            block = [picture, Spacer(1, 1.5 * mm), para(caption, centred), Spacer(1, 3 * mm)]
        story.append(KeepTogether(heading + block))
        heading = []
    return story


def _picture(path: Path) -> Image | None:
    """The photo upright (as the camera's EXIF says), flattened onto white and
    scaled down for print; None when the file is not a picture Pillow can read."""
    from PIL import Image as PILImage
    from PIL import ImageOps

    try:
        with PILImage.open(path) as original:
            kind = original.format
            picture = ImageOps.exif_transpose(original)
            natural = picture.size
            picture.thumbnail((PRINT_PIXELS, PRINT_PIXELS))
            if picture.mode in ("RGBA", "LA", "PA") or "transparency" in picture.info:
                rgba = picture.convert("RGBA")
                picture = PILImage.new("RGB", rgba.size, "white")
                picture.paste(rgba, mask=rgba.getchannel("A"))
            elif picture.mode not in ("RGB", "L"):
                picture = picture.convert("RGB")
            buffer = io.BytesIO()
            if kind == "PNG":  # drawings and screenshots stay sharp
                picture.save(buffer, "PNG")
            else:
                picture.save(buffer, "JPEG", quality=85)
    except (OSError, ValueError, SyntaxError, PILImage.DecompressionBombError):
        return None
    buffer.seek(0)
    pixels_wide, pixels_high = natural
    scale = min(
        POINTS_PER_PIXEL,
        content_width() / pixels_wide,
        A4[1] * PHOTO_HEIGHT_SHARE / pixels_high,
    )
    return Image(buffer, width=pixels_wide * scale, height=pixels_high * scale)


def _approval(content: MinutesContent, labels: Labels) -> list[Flowable]:
    s = styles()
    width = content_width()
    rows = []
    for role, key in ((ParticipantRole.CHAIR, "chair"), (ParticipantRole.SECRETARY, "secretary")):
        holder = _holder(content, role)
        rows.append(
            [
                para(text(labels[key]), s.cell_bold),
                para(text(labels.person(holder.name) if holder else ""), s.cell),
                "",
                "",
            ]
        )
        rows.append(
            [
                "",
                para(text(labels["name_line"]), s.small),
                para(text(labels["signature"]), s.small),
                para(text(labels["date_line"]), s.small),
            ]
        )
    table = Table(
        rows, colWidths=[34 * mm, 0.36 * width, 0.3 * width, width - 34 * mm - 0.66 * width]
    )
    table.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), FONT, 8.5),  # else reportlab's Helvetica
                ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                ("TOPPADDING", (0, 0), (-1, -1), 2),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
                ("ROWHEIGHT", (0, 0), (-1, -1), 10),
                *[("TOPPADDING", (0, r), (-1, r), 18) for r in range(0, len(rows), 2)],
                *[("LINEBELOW", (1, r), (-1, r), 0.6, RULE) for r in range(0, len(rows), 2)],
            ]
        )
    )
    return [KeepTogether([para(text(labels["approval"]), s.h2), table])]
