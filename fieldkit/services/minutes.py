"""What a meeting decided and who will do what: decisions (each may belong to an
agenda item of the same meeting) and action items (an owner who is a known person
or a free-text name, a due date, done or not)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy.orm import Session

from fieldkit.errors import QT_TRANSLATE_NOOP, InvalidInput
from fieldkit.model import ActionItem, AgendaItem, Contact, Decision, Meeting
from fieldkit.services.meetings import editable_meeting
from fieldkit.services.records import (
    EMPTY_ACTION,
    EMPTY_DECISION,
    NO_ACTION_ITEM,
    NO_AGENDA_ITEM,
    NO_CONTACT,
    NO_DECISION,
    NO_MEETING,
    get_live,
    next_position,
    require_text,
    set_fields,
    tombstone,
)
from fieldkit.store import Store

DECISION_FIELDS = ("text", "agenda_item_id")
ACTION_FIELDS = ("position", "text", "owner_contact_id", "owner_name", "due_on", "done")


def add_decision(
    store: Store, meeting_id: str, text: str, agenda_item_id: str | None = None
) -> str:
    with store.write() as session:
        editable_meeting(session, meeting_id)
        _check_agenda_item(session, meeting_id, agenda_item_id)
        position = next_position(session, Decision.meeting_id, meeting_id)
        decision = Decision(
            meeting_id=meeting_id,
            agenda_item_id=agenda_item_id,
            position=position,
            text=require_text(text, EMPTY_DECISION),
        )
        session.add(decision)
        return decision.id


def _check_agenda_item(session: Session, meeting_id: str, agenda_item_id: str | None) -> None:
    if agenda_item_id is None:
        return
    item = get_live(session, AgendaItem, agenda_item_id, NO_AGENDA_ITEM)
    if item.meeting_id != meeting_id:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "The agenda item belongs to another meeting.")
        )


def update_decision(store: Store, decision_id: str, **fields: Any) -> None:
    """Change a decision's text or the agenda item it belongs to (None: none)."""
    with store.write() as session:
        decision = get_live(session, Decision, decision_id, NO_DECISION)
        editable_meeting(session, decision.meeting_id)
        if "text" in fields:
            fields["text"] = require_text(fields["text"], EMPTY_DECISION)
        if "agenda_item_id" in fields:
            _check_agenda_item(session, decision.meeting_id, fields["agenda_item_id"])
        set_fields(decision, fields, DECISION_FIELDS)


def remove_decision(store: Store, decision_id: str) -> None:
    with store.write() as session:
        decision = get_live(session, Decision, decision_id, NO_DECISION)
        editable_meeting(session, decision.meeting_id)
        tombstone(decision)


def add_action_item(
    store: Store,
    meeting_id: str,
    text: str,
    *,
    owner_contact_id: str | None = None,
    owner_name: str = "",
    due_on: dt.date | None = None,
) -> str:
    with store.write() as session:
        editable_meeting(session, meeting_id)
        if owner_contact_id is not None:
            get_live(session, Contact, owner_contact_id, NO_CONTACT)
        position = next_position(session, ActionItem.meeting_id, meeting_id)
        item = ActionItem(
            meeting_id=meeting_id,
            position=position,
            text=require_text(text, EMPTY_ACTION),
            owner_contact_id=owner_contact_id,
            owner_name=owner_name,
            due_on=due_on,
        )
        session.add(item)
        return item.id


def update_action_item(store: Store, action_item_id: str, **fields: Any) -> None:
    """After the minutes are final an action item can still be marked done (that is
    follow-up work, not a change of what was decided); anything else is locked.
    Naming a known person as owner clears a free-text owner, and the reverse."""
    with store.write() as session:
        item = get_live(session, ActionItem, action_item_id, NO_ACTION_ITEM)
        if set(fields) - {"done"}:
            editable_meeting(session, item.meeting_id)
        else:
            get_live(session, Meeting, item.meeting_id, NO_MEETING)
        if "text" in fields:
            fields["text"] = require_text(fields["text"], EMPTY_ACTION)
        if fields.get("owner_contact_id") is not None:
            get_live(session, Contact, fields["owner_contact_id"], NO_CONTACT)
            fields.setdefault("owner_name", "")
        elif fields.get("owner_name"):
            fields["owner_name"] = fields["owner_name"].strip()
            fields.setdefault("owner_contact_id", None)
        set_fields(item, fields, ACTION_FIELDS)


def remove_action_item(store: Store, action_item_id: str) -> None:
    with store.write() as session:
        item = get_live(session, ActionItem, action_item_id, NO_ACTION_ITEM)
        editable_meeting(session, item.meeting_id)
        tombstone(item)
