"""A re-review requested by a tool's owner: a registration request for the tool it is, filed into
the review queue with what changed since the last review, reviewed like any other request (its
decision files the tool again, with a new re-review date)."""

from __future__ import annotations

from collections.abc import Container

from sqlalchemy import select

from knowledge.inventory.database import Database
from knowledge.inventory.events import EventBus
from knowledge.inventory.fields import FIELD_CHARS, clean_text
from knowledge.inventory.matching import name_key
from knowledge.inventory.models import APPROVED_STATES, OPEN_REQUEST_STATES, RegistrationRequest, Tool
from knowledge.inventory.registration import Outcome, register
from knowledge.inventory.review import NotAuthorised, NotFound, WorkflowError, is_tool_owner

MIN_CHANGE_CHARS = 10


def request_rereview(
    db: Database,
    tool_name: str,
    user: str,
    user_name: str,
    what_changed: str,
    reviewers: Container[str],
    events: EventBus | None = None,
) -> Outcome:
    """File the re-review of an approved tool, asked by its owner (or a reviewer). An open request
    for the tool already in the queue is returned instead of a second one ("resubmitted")."""
    what_changed = clean_text(what_changed)
    if len(what_changed) < MIN_CHANGE_CHARS:
        raise WorkflowError("say what changed since the last review (or that nothing did), in a sentence")
    limit = FIELD_CHARS["purpose"] - 100
    if len(what_changed) > limit:
        raise WorkflowError(f"what changed is {len(what_changed):,} characters; at most {limit:,}")
    with db.reading() as session:
        tool = session.scalar(select(Tool).where(Tool.name_key == name_key(tool_name)))
        if tool is None:
            raise NotFound(f"no tool named {tool_name!r} in the inventory")
        if not (is_tool_owner(tool, user) or user in reviewers):
            raise NotAuthorised(f"only {tool.name}'s Tool Owner or a reviewer can request its re-review")
        if tool.status not in APPROVED_STATES:
            raise WorkflowError(f"{tool.name} is {tool.status}: only approved tools are re-reviewed")
        already = session.scalar(
            select(RegistrationRequest).where(
                RegistrationRequest.tool_id == tool.id, RegistrationRequest.status.in_(OPEN_REQUEST_STATES)
            )
        )
        if already is not None:
            return Outcome("resubmitted", request=already)
        form = {
            "name": tool.name,
            "vendor": tool.vendor or "unknown",
            "aliases": tool.aliases,
            "url": tool.url,
            "category": tool.category,
            "owner": tool.owner,
            "data_classification": tool.data_classification,
            "requester_id": user,
            "requester_name": user_name,
            "purpose": f"Re-review of {tool.name}. What changed: {what_changed}",
        }
    return register(db, form, allow_duplicate=True, events=events)
