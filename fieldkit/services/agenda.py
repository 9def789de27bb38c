"""A meeting's agenda: adding and editing items, removing and reordering them, and
starting from the programme's standard discussion agenda."""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from fieldkit.errors import QT_TRANSLATE_NOOP, InvalidInput
from fieldkit.model import AgendaItem, Decision
from fieldkit.paths import resource
from fieldkit.services.meetings import editable_meeting
from fieldkit.services.records import (
    EMPTY_AGENDA_ITEM_TITLE,
    NO_AGENDA_ITEM,
    get_live,
    require_text,
    set_fields,
    tombstone,
)
from fieldkit.store import Store

# Languages the agenda templates are written in (resources/templates/).
TEMPLATE_LANGUAGES = ("lt", "en")
AGENDA_FIELDS = ("position", "title", "notes")


def _live_items(session: Session, meeting_id: str) -> list[AgendaItem]:
    return list(
        session.scalars(
            select(AgendaItem)
            .where(AgendaItem.meeting_id == meeting_id, AgendaItem.deleted.is_(False))
            .order_by(AgendaItem.position, AgendaItem.created_at, AgendaItem.id)
        )
    )


def _next_position(session: Session, meeting_id: str) -> int:
    """Where a new item goes: after the meeting's live items."""
    return int(
        session.scalar(
            select(func.coalesce(func.max(AgendaItem.position), -1) + 1).where(
                AgendaItem.meeting_id == meeting_id, AgendaItem.deleted.is_(False)
            )
        )
    )


def add_agenda_item(store: Store, meeting_id: str, title: str, notes: str = "") -> str:
    with store.write() as session:
        editable_meeting(session, meeting_id)
        item = AgendaItem(
            meeting_id=meeting_id,
            position=_next_position(session, meeting_id),
            title=require_text(title, EMPTY_AGENDA_ITEM_TITLE),
            notes=notes,
        )
        session.add(item)
        return item.id


def update_agenda_item(store: Store, agenda_item_id: str, **fields: Any) -> None:
    with store.write() as session:
        item = get_live(session, AgendaItem, agenda_item_id, NO_AGENDA_ITEM)
        editable_meeting(session, item.meeting_id)
        if "title" in fields:
            fields["title"] = require_text(fields["title"], EMPTY_AGENDA_ITEM_TITLE)
        set_fields(item, fields, AGENDA_FIELDS)


def _renumber(items: list[AgendaItem]) -> None:
    """Positions 0..n-1 in list order; rows already in place are left untouched, so
    the change log records only the items that really moved."""
    for position, item in enumerate(items):
        if item.position != position:
            item.position = position


def move_agenda_item(store: Store, agenda_item_id: str, position: int) -> None:
    """Put an item at `position` (0 is first) among the meeting's live items and
    renumber the others, in one transaction."""
    with store.write() as session:
        item = get_live(session, AgendaItem, agenda_item_id, NO_AGENDA_ITEM)
        editable_meeting(session, item.meeting_id)
        items = _live_items(session, item.meeting_id)
        if not 0 <= position < len(items):
            raise InvalidInput(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "The agenda has no position {position}; its items are numbered 1 to {count}.",
                ),
                position=position + 1,
                count=len(items),
            )
        items.remove(item)
        items.insert(position, item)
        _renumber(items)


def remove_agenda_item(store: Store, agenda_item_id: str) -> None:
    """Remove an item; its decisions stay in the minutes, no longer tied to it."""
    with store.write() as session:
        item = get_live(session, AgendaItem, agenda_item_id, NO_AGENDA_ITEM)
        editable_meeting(session, item.meeting_id)
        tombstone(item)
        for decision in session.scalars(
            select(Decision).where(
                Decision.agenda_item_id == agenda_item_id, Decision.deleted.is_(False)
            )
        ):
            decision.agenda_item_id = None
        _renumber([i for i in _live_items(session, item.meeting_id) if i.id != item.id])


def discussion_agenda(language: str) -> list[str]:
    """The titles of the programme's standard discussion agenda in `language`."""
    if language not in TEMPLATE_LANGUAGES:
        raise InvalidInput(
            QT_TRANSLATE_NOOP(
                "Errors", "There is no discussion agenda in the language '{language}'."
            ),
            language=language,
        )
    path = resource("templates", f"discussion_agenda.{language}.json")
    with path.open(encoding="utf-8") as handle:
        data: dict[str, Any] = json.load(handle)
    return [str(item["title"]) for item in data["items"]]


def add_default_agenda(store: Store, meeting_id: str, language: str) -> list[str]:
    """Append the standard discussion agenda to a meeting (after any items it has),
    all or nothing. Returns the new items' ids."""
    titles = discussion_agenda(language)
    with store.write() as session:
        editable_meeting(session, meeting_id)
        start = _next_position(session, meeting_id)
        items = [
            AgendaItem(meeting_id=meeting_id, position=start + offset, title=title, notes="")
            for offset, title in enumerate(titles)
        ]
        session.add_all(items)
        return [item.id for item in items]
