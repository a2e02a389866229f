"""The register: every tool in every state, as an auditor is handed it. The inventory's tools
(approved, with conditions, rejected, retired) and the tools still under review (open registration
requests: pending, needs_info), each with its status, risk tier, requester, request number, when
and by whom it was decided, and when it is next due for re-review."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from knowledge.inventory.database import Database
from knowledge.inventory.matching import name_key
from knowledge.inventory.models import (
    OPEN_REQUEST_STATES,
    AuditEvent,
    RegistrationRequest,
    Tool,
)
from knowledge.inventory.queries import tool_fields
from knowledge.inventory.vocabulary import CSV_COLUMNS, REGISTER_COLUMNS

# The audit actions that give a tool its current status, and who took them.
DECIDING_ACTIONS = ("tool added", "tool updated", "imported", "decision imported", "retired")


def _day(moment) -> str | None:
    return moment.date().isoformat() if moment else None


def _deciders(session: Session) -> dict[str, str]:
    """Who gave each tool its current status: the last deciding audit entry that moved it there
    (a migrated decision names the person the old register named)."""
    found: dict[str, str] = {}
    query = select(
        AuditEvent.tool_name, AuditEvent.actor, AuditEvent.action, AuditEvent.from_state, AuditEvent.to_state
    )
    for tool_name, actor, action, before, after in session.execute(
        query.where(AuditEvent.action.in_(DECIDING_ACTIONS)).order_by(AuditEvent.id)
    ):
        if action == "decision imported" or before != after:
            found[f"{name_key(tool_name)}\0{after}"] = actor
    return found


def tool_entry(tool: Tool, decided_by: str | None, request: RegistrationRequest | None) -> dict:
    return {
        **tool_fields(tool),
        "requested_by": (request.requester_name or request.requester_id) if request else None,
        "request": request.id if request else None,
        "decided_at": _day(tool.decided_at),
        "decided_by": decided_by,
        "review_due": _day(tool.next_review_due),
    }


def request_entry(request: RegistrationRequest) -> dict:
    return {
        "name": request.name,
        "vendor": request.vendor,
        "status": request.status,
        "aliases": list(request.aliases),
        "conditions": "",
        "owner": request.owner,
        "data_classification": request.data_classification,
        "category": request.category,
        "url": request.url,
        "notes": request.purpose,
        "risk_tier": request.risk_tier,
        "requested_by": request.requester_name or request.requester_id,
        "request": request.id,
        "decided_at": _day(request.decided_at),  # needs_info: when the reviewers asked
        "decided_by": request.decided_by,
        "review_due": None,
    }


def register_entries(db: Database, status: str | None = None) -> list[dict]:
    """The whole register (of one status, when given), by name: tools and open requests alike.
    A tool's `request` is its open request (a re-review) or else the one that decided it."""
    with db.reading() as session:
        deciders = _deciders(session)
        requests = list(session.scalars(select(RegistrationRequest).order_by(RegistrationRequest.id)))
        tools = list(session.scalars(select(Tool)))
        keys = {tool.id: tool.name_key for tool in tools}
        # A tool's request: by id, a later one replaces an earlier one, but an open one is kept.
        linked: dict[int, RegistrationRequest] = {}
        for request in requests:
            if request.tool_id is None or keys.get(request.tool_id) != name_key(request.name):
                continue
            current = linked.get(request.tool_id)
            if current is None or current.status not in OPEN_REQUEST_STATES:
                linked[request.tool_id] = request
        entries = [
            tool_entry(tool, deciders.get(f"{tool.name_key}\0{tool.status}"), linked.get(tool.id)) for tool in tools
        ]
        entries += [
            request_entry(request)
            for request in requests
            if request.status in OPEN_REQUEST_STATES and name_key(request.name) not in set(keys.values())
        ]
    entries.sort(key=lambda entry: (name_key(entry["name"]), entry["request"] or 0))
    return [entry for entry in entries if status is None or entry["status"] == status]


def register_entry(db: Database, name: str) -> dict | None:
    """One entry of the register by name or alias: the tool, or else the open request."""
    key = name_key(name)
    for entry in register_entries(db):
        if key in {name_key(spelling) for spelling in [entry["name"], *entry["aliases"]]}:
            return entry
    return None


EXPORT_COLUMNS = [*CSV_COLUMNS, *REGISTER_COLUMNS]
