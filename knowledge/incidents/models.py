"""The incident register as tables: `incidents` (one row per report, its current state) and
`incident_events` (its history: append-only, one row per thing done to it). The register's
service (register.py) is the only writer: it changes an incident's row and adds the event
saying so in one unit of work, and records the same in the inventory's audit trail.

They are tables of their own beside the inventory's (SCHEMA: their metadata and migrations),
added to the database govbot opens (bot/wiring.py).
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from sqlalchemy import JSON, ForeignKey, Index, Integer, String, Text, event
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from knowledge.incidents.vocabulary import IncidentStatus
from knowledge.inventory.database import Schema
from knowledge.inventory.models import AppendOnlyError, Tool, UTCDateTime, now

# How long each text may be (cleaned as knowledge/inventory/fields.py cleans every field).
INCIDENT_CHARS = {
    "summary": 5000,  # what happened
    "occurred": 200,  # when, as the reporter says it
    "tool": 120,  # as the inventory sizes a tool's name
    "affected": 2000,  # who else is affected
    "actions_taken": 3000,  # what was done so far
    "reporter_id": 64,
    "reporter_name": 200,
    "assignee": 200,
    "comment": 3000,  # a note, a root cause
}


class IncidentTables(DeclarativeBase):
    type_annotation_map = {datetime: UTCDateTime()}


class Incident(IncidentTables):
    __tablename__ = "incidents"
    __table_args__ = (
        Index("ix_incidents_status", "status"),
        Index("ix_incidents_reported_at", "reported_at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    # The report, as the reporter gave it ("" or not_sure where they did not know)
    kind: Mapped[str] = mapped_column(String(32))
    summary: Mapped[str] = mapped_column(Text)
    occurred: Mapped[str] = mapped_column(String(INCIDENT_CHARS["occurred"]), default="")
    occurred_at: Mapped[datetime | None] = mapped_column(default=None)  # when `occurred` is a date
    tool_name: Mapped[str] = mapped_column(String(INCIDENT_CHARS["tool"]), default="")
    # The inventory's tool, when the name is one of its tools; else the tool is unregistered.
    tool_id: Mapped[int | None] = mapped_column(ForeignKey(Tool.__table__.c.id), default=None)
    data_involved: Mapped[list[str]] = mapped_column(JSON, default=list)
    affected: Mapped[str] = mapped_column(Text, default="")
    actions_taken: Mapped[str] = mapped_column(Text, default="")
    reporter_id: Mapped[str] = mapped_column(String(INCIDENT_CHARS["reporter_id"]))
    reporter_name: Mapped[str] = mapped_column(String(INCIDENT_CHARS["reporter_name"]), default="")
    # Triage, from the policy's rules (triage.py)
    severity: Mapped[int] = mapped_column(Integer)
    triage_reasons: Mapped[list[str]] = mapped_column(JSON, default=list)
    next_steps: Mapped[list[str]] = mapped_column(JSON, default=list)
    report_due_at: Mapped[datetime] = mapped_column()  # the reporter's deadline for their next step
    acknowledge_due_at: Mapped[datetime] = mapped_column()  # the governance team's
    # Handling
    status: Mapped[str] = mapped_column(String(16), default=IncidentStatus.open)
    assignee: Mapped[str] = mapped_column(String(INCIDENT_CHARS["assignee"]), default="")
    reported_at: Mapped[datetime] = mapped_column(default=now)
    acknowledged_at: Mapped[datetime | None] = mapped_column(default=None)
    acknowledged_by: Mapped[str | None] = mapped_column(String(200), default=None)
    resolved_at: Mapped[datetime | None] = mapped_column(default=None)
    resolved_by: Mapped[str | None] = mapped_column(String(200), default=None)
    root_cause: Mapped[str] = mapped_column(Text, default="")
    submission_key: Mapped[str] = mapped_column(String(64), unique=True)  # the same form twice → one incident
    updated_at: Mapped[datetime] = mapped_column(default=now, onupdate=now)
    version: Mapped[int] = mapped_column(Integer, default=1)

    # Loaded with the incident: incidents are shown after their session has closed.
    events: Mapped[list[IncidentEvent]] = relationship(
        lazy="selectin", order_by="IncidentEvent.id", back_populates="incident"
    )

    __mapper_args__ = {"version_id_col": version}

    @property
    def is_tool_registered(self) -> bool:
        return self.tool_id is not None


class IncidentEvent(IncidentTables):
    """Append-only: the register inserts these and never changes or deletes one."""

    __tablename__ = "incident_events"
    __table_args__ = (Index("ix_incident_events_incident_id", "incident_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    incident_id: Mapped[int] = mapped_column(ForeignKey("incidents.id"))
    at: Mapped[datetime] = mapped_column(default=now)
    actor: Mapped[str] = mapped_column(String(200))
    action: Mapped[str] = mapped_column(String(16))
    from_status: Mapped[str | None] = mapped_column(String(16), default=None)
    to_status: Mapped[str | None] = mapped_column(String(16), default=None)
    comment: Mapped[str] = mapped_column(Text, default="")

    incident: Mapped[Incident] = relationship(back_populates="events")


@event.listens_for(IncidentEvent, "before_update")
@event.listens_for(IncidentEvent, "before_delete")
def _refuse_changing_history(mapper, connection, target) -> None:
    raise AppendOnlyError("incident events are append-only")


SCHEMA = Schema((IncidentTables.metadata,), (Path(__file__).resolve().parent / "migrations",))


def incident_record(incident: Incident) -> dict:
    """An incident as plain values (JSON output, exports): timestamps in ISO 8601 UTC."""

    def moment(value: datetime | None) -> str | None:
        return value.isoformat() if value else None

    return {
        "id": incident.id,
        "status": incident.status,
        "severity": incident.severity,
        "kind": incident.kind,
        "summary": incident.summary,
        "occurred": incident.occurred,
        "occurred_at": moment(incident.occurred_at),
        "tool": incident.tool_name,
        "tool_registered": incident.is_tool_registered,
        "data_involved": incident.data_involved,
        "affected": incident.affected,
        "actions_taken": incident.actions_taken,
        "reporter_id": incident.reporter_id,
        "reporter_name": incident.reporter_name,
        "triage_reasons": incident.triage_reasons,
        "next_steps": incident.next_steps,
        "report_due_at": moment(incident.report_due_at),
        "acknowledge_due_at": moment(incident.acknowledge_due_at),
        "assignee": incident.assignee,
        "reported_at": moment(incident.reported_at),
        "acknowledged_at": moment(incident.acknowledged_at),
        "acknowledged_by": incident.acknowledged_by,
        "resolved_at": moment(incident.resolved_at),
        "resolved_by": incident.resolved_by,
        "root_cause": incident.root_cause,
        "history": [
            {
                "at": moment(event.at),
                "actor": event.actor,
                "action": event.action,
                "from_status": event.from_status,
                "to_status": event.to_status,
                "comment": event.comment,
            }
            for event in incident.events
        ],
    }
