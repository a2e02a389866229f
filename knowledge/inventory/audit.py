"""The audit trail: who did what to which tool or request, when, from which state to which."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from knowledge.inventory.models import AuditEvent


def record(
    session: Session,
    actor: str,
    action: str,
    tool_name: str = "",
    request_id: int | None = None,
    from_state: str | None = None,
    to_state: str | None = None,
    comment: str = "",
) -> AuditEvent:
    event = AuditEvent(
        actor=actor,
        action=action,
        tool_name=tool_name,
        request_id=request_id,
        from_state=from_state,
        to_state=to_state,
        comment=comment,
    )
    session.add(event)
    return event


def trail(session: Session, tool_name: str | None = None, limit: int | None = None) -> list[AuditEvent]:
    query = select(AuditEvent).order_by(AuditEvent.id)
    if tool_name:  # the name in any case; never a LIKE pattern ("%" is not "every tool")
        query = query.where(func.lower(AuditEvent.tool_name) == tool_name.lower())
    if limit:
        query = query.limit(limit)
    return list(session.scalars(query))
