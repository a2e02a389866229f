"""The AI tool inventory as tables: tools, registration requests, the audit trail, and the
unregistered tools people ask about. SQLAlchemy 2.0 typed ORM; schema changes go through Alembic."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import JSON, Boolean, DateTime, ForeignKey, Index, Integer, String, Text, TypeDecorator, event
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from knowledge.inventory.fields import FIELD_CHARS
from knowledge.inventory.vocabulary import (
    APPROVED_STATES,
    OPEN_REQUEST_STATES,
    DataClass,
    Hosting,
    RequestStatus,
    RiskTier,
    ToolStatus,
    TrainsOnData,
)

# The vocabulary the tables use is importable with them.
__all__ = [
    "APPROVED_STATES",
    "OPEN_REQUEST_STATES",
    "AppendOnlyError",
    "AuditEvent",
    "Base",
    "DataClass",
    "Hosting",
    "RegistrationRequest",
    "RequestStatus",
    "RiskTier",
    "Tool",
    "ToolStatus",
    "TrainsOnData",
    "UTCDateTime",
    "UnregisteredAsk",
    "months_later",
    "now",
]


def now() -> datetime:
    return datetime.now(UTC)


def months_later(moment: datetime, months: int) -> datetime:
    """The same day `months` later, or the month's last day when it has no such day."""
    month = moment.month - 1 + months
    year, month = moment.year + month // 12, month % 12 + 1
    for day in (moment.day, 30, 29, 28):
        try:
            return moment.replace(year=year, month=month, day=day)
        except ValueError:
            continue
    raise AssertionError("every month has a 28th")


class UTCDateTime(TypeDecorator):
    """Timezone-aware UTC datetimes on every database. SQLite stores no offset and hands back naive
    datetimes, which then cannot be compared with now(); PostgreSQL answers in the session's zone."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect) -> datetime | None:
        if value is None:
            return None
        value = value.astimezone(UTC) if value.tzinfo else value.replace(tzinfo=UTC)
        return value.replace(tzinfo=None) if dialect.name == "sqlite" else value

    def process_result_value(self, value: datetime | None, dialect) -> datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


class Base(DeclarativeBase):
    type_annotation_map = {datetime: UTCDateTime()}


class Tool(Base):
    __tablename__ = "tools"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(FIELD_CHARS["name"]))
    name_key: Mapped[str] = mapped_column(
        String(FIELD_CHARS["name"]), unique=True
    )  # normalised name: one record per tool
    vendor: Mapped[str] = mapped_column(String(FIELD_CHARS["vendor"]), default="")
    aliases: Mapped[list[str]] = mapped_column(JSON, default=list)
    url: Mapped[str] = mapped_column(String(FIELD_CHARS["url"]), default="")
    category: Mapped[str] = mapped_column(String(FIELD_CHARS["category"]), default="")
    status: Mapped[str] = mapped_column(String(32))
    conditions: Mapped[str] = mapped_column(Text, default="")
    data_classification: Mapped[str] = mapped_column(String(16), default=DataClass.public)
    owner: Mapped[str] = mapped_column(String(FIELD_CHARS["owner"]), default="")
    risk_tier: Mapped[str | None] = mapped_column(String(16), default=None)
    decided_at: Mapped[datetime | None] = mapped_column(default=None)
    next_review_due: Mapped[datetime | None] = mapped_column(default=None)
    notes: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(default=now)
    updated_at: Mapped[datetime] = mapped_column(default=now, onupdate=now)
    version: Mapped[int] = mapped_column(Integer, default=1)

    __mapper_args__ = {"version_id_col": version}

    def summary(self) -> dict:
        return {
            "name": self.name,
            "vendor": self.vendor,
            "status": self.status,
            "conditions": self.conditions,
            "data_classification": self.data_classification,
        }


class RegistrationRequest(Base):
    __tablename__ = "registration_requests"
    __table_args__ = (
        Index("ix_registration_requests_status", "status"),
        Index("ix_registration_requests_requester", "requester_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    # The proposed tool
    name: Mapped[str] = mapped_column(String(FIELD_CHARS["name"]))
    vendor: Mapped[str] = mapped_column(String(FIELD_CHARS["vendor"]), default="")
    aliases: Mapped[list[str]] = mapped_column(JSON, default=list)
    url: Mapped[str] = mapped_column(String(FIELD_CHARS["url"]), default="")
    category: Mapped[str] = mapped_column(String(FIELD_CHARS["category"]), default="")
    data_classification: Mapped[str] = mapped_column(String(16), default=DataClass.internal)
    owner: Mapped[str] = mapped_column(String(FIELD_CHARS["owner"]), default="")
    # Who asks, and for what
    requester_id: Mapped[str] = mapped_column(String(FIELD_CHARS["requester_id"]))
    requester_name: Mapped[str] = mapped_column(String(FIELD_CHARS["requester_name"]), default="")
    purpose: Mapped[str] = mapped_column(Text)
    teams: Mapped[str] = mapped_column(String(FIELD_CHARS["teams"]), default="")
    user_count: Mapped[int] = mapped_column(Integer, default=1)
    data_categories: Mapped[list[str]] = mapped_column(JSON, default=list)
    vendor_trains_on_data: Mapped[str] = mapped_column(String(8), default=TrainsOnData.unknown)
    enterprise_agreement: Mapped[bool] = mapped_column(Boolean, default=False)
    hosting: Mapped[str] = mapped_column(String(16), default=Hosting.vendor_saas)
    integrations: Mapped[str] = mapped_column(Text, default="")
    decisions_about_people: Mapped[bool] = mapped_column(Boolean, default=False)
    acts_without_human: Mapped[bool] = mapped_column(Boolean, default=False)
    use_areas: Mapped[list[str]] = mapped_column(JSON, default=list)
    details: Mapped[str] = mapped_column(Text, default="")
    # Triage and review
    status: Mapped[str] = mapped_column(String(32), default=RequestStatus.pending)
    risk_tier: Mapped[str] = mapped_column(String(16))
    risk_reasons: Mapped[list[str]] = mapped_column(JSON, default=list)
    checklist: Mapped[list[str]] = mapped_column(JSON, default=list)
    tool_id: Mapped[int | None] = mapped_column(ForeignKey("tools.id"), default=None)
    decided_by: Mapped[str | None] = mapped_column(String(64), default=None)
    decided_at: Mapped[datetime | None] = mapped_column(default=None)
    decision_comment: Mapped[str] = mapped_column(Text, default="")
    submission_key: Mapped[str] = mapped_column(String(64), unique=True)  # same submission twice → one request
    created_at: Mapped[datetime] = mapped_column(default=now)
    updated_at: Mapped[datetime] = mapped_column(default=now, onupdate=now)
    version: Mapped[int] = mapped_column(Integer, default=1)

    # The tool it was filed against despite looking like it, then the tool its decision filed.
    # Loaded with the request: requests are shown after their session has closed.
    tool: Mapped[Tool | None] = relationship(lazy="selectin")

    __mapper_args__ = {"version_id_col": version}


class AuditEvent(Base):
    """Append-only: the application inserts these and never changes or deletes one."""

    __tablename__ = "audit_events"
    __table_args__ = (Index("ix_audit_events_tool_name", "tool_name"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(default=now)
    actor: Mapped[str] = mapped_column(String(200))
    action: Mapped[str] = mapped_column(String(40))
    tool_name: Mapped[str] = mapped_column(String(FIELD_CHARS["name"]), default="")
    request_id: Mapped[int | None] = mapped_column(Integer, default=None)
    from_state: Mapped[str | None] = mapped_column(String(32), default=None)
    to_state: Mapped[str | None] = mapped_column(String(32), default=None)
    comment: Mapped[str] = mapped_column(Text, default="")
    # The hash chain (knowledge/inventory/audit.py): this entry's hash covers its content and the
    # hash of the entry before it, so an entry edited, removed or moved breaks the chain there.
    prev_hash: Mapped[str] = mapped_column(String(64), server_default="")
    hash: Mapped[str] = mapped_column(String(64), server_default="")


class UnregisteredAsk(Base):
    """A tool people asked about that is not in the inventory: what the governance team should look at."""

    __tablename__ = "unregistered_asks"

    id: Mapped[int] = mapped_column(primary_key=True)
    name_key: Mapped[str] = mapped_column(String(FIELD_CHARS["name"]), unique=True)
    name: Mapped[str] = mapped_column(String(FIELD_CHARS["name"]))
    count: Mapped[int] = mapped_column(Integer, default=0)
    first_asked: Mapped[datetime] = mapped_column(default=now)
    last_asked: Mapped[datetime] = mapped_column(default=now)


class AppendOnlyError(RuntimeError):
    pass


@event.listens_for(AuditEvent, "before_update")
@event.listens_for(AuditEvent, "before_delete")
def _refuse_changing_history(mapper, connection, target) -> None:
    raise AppendOnlyError("audit events are append-only")
