"""The incident register's service: the one way incidents are filed and changed.

    register = IncidentRegister(db, reviewers, events)
    incident = register.report({"summary": "I pasted an API key into ChatGPT", "data_involved": ["secrets"],
                                "reporter_id": "U123"})       # → triaged, IncidentReported
    register.acknowledge(incident.id, "alice")                 # reviewers only → IncidentAcknowledged
    register.resolve(incident.id, "Key rotated; the team had no approved code assistant", "alice")

    open → acknowledged → resolved (with a root cause; an open incident may be resolved directly)

Reporting is never held back by what the reporter does not know: only what happened is required,
every other answer may be left out or be "not sure". Each change writes the incident's row, an
incident_events row and an audit-trail entry in one unit of work, and is published once committed.
A tool named in an incident that the inventory does not know is counted as an unregistered tool,
as a question about it would be (knowledge/inventory/asks.py); the shadow-AI radar of the
governance report reads the week and the reporter from the incident itself (knowledge/reports/
sections.py), as it reads them from a question's outcome.
"""

from __future__ import annotations

import secrets
from collections.abc import Container
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from knowledge.incidents.events import (
    IncidentAcknowledged,
    IncidentAssigned,
    IncidentNoteAdded,
    IncidentReported,
    IncidentResolved,
    IncidentSeverityChanged,
)
from knowledge.incidents.models import INCIDENT_CHARS, Incident, IncidentEvent
from knowledge.incidents.triage import acknowledge_due, triage
from knowledge.incidents.vocabulary import (
    NOT_SURE,
    DataInvolved,
    IncidentAction,
    IncidentKind,
    IncidentStatus,
    Severity,
)
from knowledge.inventory import audit
from knowledge.inventory.asks import record_unregistered_ask
from knowledge.inventory.database import Database
from knowledge.inventory.events import EventBus
from knowledge.inventory.fields import clean_text
from knowledge.inventory.models import now
from knowledge.inventory.queries import get_tool
from knowledge.inventory.review import NotAuthorised, NotFound, WorkflowError

NOT_SURE_WORDS = frozenset({"not sure", "not_sure", "not-sure", "unsure", "don't know", "dont know", "unknown", "?"})
MAX_DATA_ANSWERS = len(DataInvolved)


class IncidentError(WorkflowError):
    """A change the register refuses; the message says why."""


class InvalidReport(IncidentError):
    """The report has errors: `errors` maps each field to what is wrong with it."""

    def __init__(self, errors: dict[str, str]):
        super().__init__("; ".join(f"{field}: {message}" for field, message in errors.items()))
        self.errors = errors


class IncidentNotFound(IncidentError, NotFound):
    pass


def is_not_sure(text: str) -> bool:
    return text.strip().lower().rstrip(".!") in NOT_SURE_WORDS


def _text(form: dict, field: str, errors: dict[str, str], limit_field: str | None = None) -> str:
    value = form.get(field)
    if value is not None and not isinstance(value, str):
        errors[field] = "must be text"
        return ""
    text = clean_text(value)
    limit = INCIDENT_CHARS[limit_field or field]
    if len(text) > limit:
        errors[field] = f"is {len(text):,} characters; at most {limit:,}"
    return text


def _data_involved(value: object, errors: dict[str, str]) -> list[str]:
    """The answers to "what data was involved", as DataInvolved values; a text may list several."""
    if value is None or value == "":
        return []
    if isinstance(value, str):
        items = value.split(",")
    elif isinstance(value, (list, tuple)) and all(isinstance(item, str) for item in value):
        items = list(value)
    else:
        errors["data_involved"] = "must be text or a list of texts"
        return []
    answers: list[str] = []
    for item in items[: MAX_DATA_ANSWERS * 2]:
        text = clean_text(item).lower().replace(" ", "_").replace("-", "_")
        if not text:
            continue
        if is_not_sure(clean_text(item)):
            text = NOT_SURE
        if text not in DataInvolved.__members__.values():
            errors["data_involved"] = f"{clean_text(item)[:40]!r} is not one of: {', '.join(DataInvolved)}"
            return []
        answers.append(text)
    if len(items) > MAX_DATA_ANSWERS * 2:
        errors["data_involved"] = f"at most {MAX_DATA_ANSWERS} answers"
    return list(dict.fromkeys(answers))


def _kind(value: object, errors: dict[str, str]) -> str:
    if value is None or value == "" or (isinstance(value, str) and is_not_sure(value)):
        return IncidentKind.not_sure
    text = clean_text(value).lower().replace(" ", "_").replace("-", "_") if isinstance(value, str) else ""
    if text not in IncidentKind.__members__.values():
        errors["kind"] = f"one of: {', '.join(IncidentKind)}"
        return IncidentKind.not_sure
    return text


def _occurred_at(occurred: str, errors: dict[str, str]) -> datetime | None:
    """When `occurred` is a date (2026-11-30) or a date and time, that moment; free text is kept as
    text only ("yesterday afternoon", "not sure")."""
    try:
        moment = datetime.fromisoformat(occurred)
    except ValueError:
        return None
    if len(occurred) == 10:  # a date alone: its start, as a date means the whole day
        moment = datetime.combine(date.fromisoformat(occurred), datetime.min.time())
    moment = moment if moment.tzinfo else moment.replace(tzinfo=UTC)
    if moment.date() > now().date():
        errors["occurred"] = "is in the future"
    return moment


def validate_report(form: dict) -> dict:
    """The cleaned report, or InvalidReport listing every problem at once."""
    errors: dict[str, str] = {}
    clean: dict[str, Any] = {
        "summary": _text(form, "summary", errors),
        "occurred": _text(form, "occurred", errors),
        "tool_name": _text(form, "tool", errors),
        "affected": _text(form, "affected", errors),
        "actions_taken": _text(form, "actions_taken", errors),
        "reporter_id": _text(form, "reporter_id", errors),
        "reporter_name": _text(form, "reporter_name", errors),
        "kind": _kind(form.get("kind"), errors),
        "data_involved": _data_involved(form.get("data_involved"), errors),
    }
    if not clean["summary"] and "summary" not in errors:
        errors["summary"] = "say what happened (a sentence is enough; details can come later)"
    if not clean["reporter_id"] and "reporter_id" not in errors:
        errors["reporter_id"] = "who is reporting is required"
    if is_not_sure(clean["tool_name"]):
        clean["tool_name"] = ""
    clean["occurred_at"] = _occurred_at(clean["occurred"], errors) if clean["occurred"] else None
    if errors:
        raise InvalidReport(errors)
    return clean


def _repeat_reasons(session: Session, tool_id: int, tool_name: str, moment: datetime) -> list[str]:
    """§7.3: three or more incidents involving the same tool in a quarter trigger an out-of-cycle
    re-review of it. Said on the incident that makes three (and each after), for the reviewers."""
    quarter = datetime(moment.year, 3 * ((moment.month - 1) // 3) + 1, 1, tzinfo=UTC)
    earlier = session.scalar(
        select(func.count(Incident.id)).where(Incident.tool_id == tool_id, Incident.reported_at >= quarter)
    )
    if not earlier or earlier < 2:
        return []
    return [
        f"incident {earlier + 1} involving {tool_name} this quarter: three or more trigger an out-of-cycle "
        "re-review of the tool (AI Incident Reporting §7.3)"
    ]


def _comment(text: str | None, what: str) -> str:
    cleaned = clean_text(text)
    if len(cleaned) > INCIDENT_CHARS["comment"]:
        raise IncidentError(f"the {what} is {len(cleaned):,} characters; at most {INCIDENT_CHARS['comment']:,}")
    return cleaned


def _history(incident: Incident, actor: str, action: IncidentAction, before: str | None, comment: str = "") -> None:
    incident.events.append(
        IncidentEvent(actor=actor, action=action, from_status=before, to_status=incident.status, comment=comment)
    )


def _audit(session: Session, incident: Incident, actor: str, action: IncidentAction, before: str | None, comment: str):
    # The inventory's audit trail keeps incidents beside tools and requests: "who did what, when".
    audit.record(
        session,
        actor,
        f"incident {action}",
        incident.tool_name,
        None,
        before,
        incident.status,
        f"incident #{incident.id}" + (f": {comment}" if comment else ""),
    )


class IncidentRegister:
    """Each change is published to `events` once it is committed (without a bus, to nobody)."""

    def __init__(self, db: Database, reviewers: Container[str], events: EventBus | None = None):
        self.db = db
        self.reviewers = reviewers
        self.events = events if events is not None else EventBus()

    def _require_reviewer(self, user: str) -> None:
        if user not in self.reviewers:
            raise NotAuthorised(f"{user} is not a reviewer (reviewers are set in GOVBOT_REVIEWERS)")

    # -- reporting -------------------------------------------------------------------------------

    def report(self, form: dict, submission_key: str | None = None) -> Incident:
        """File a report (see validate_report for its fields); the same submission_key twice (a
        double click, Slack retrying) files it once and returns that incident."""
        report = validate_report(form)
        key = (submission_key or secrets.token_hex(16))[:64]
        tool = get_tool(self.db, report["tool_name"]) if report["tool_name"] else None
        moment = now()
        verdict = triage(report["kind"], report["data_involved"], moment)
        try:
            with self.db.writing() as session:
                incident = Incident(
                    **report,
                    tool_id=tool.id if tool else None,
                    severity=int(verdict.severity),
                    triage_reasons=verdict.reasons,
                    next_steps=verdict.next_steps,
                    report_due_at=verdict.report_due_at,
                    acknowledge_due_at=verdict.acknowledge_due_at,
                    status=IncidentStatus.open,
                    reported_at=moment,
                    submission_key=key,
                    events=[],
                )
                if tool is not None:
                    incident.tool_name = tool.name  # as the inventory spells it
                    incident.triage_reasons = verdict.reasons + _repeat_reasons(session, tool.id, tool.name, moment)
                session.add(incident)
                _history(incident, report["reporter_id"], IncidentAction.reported, None, verdict.severity.label)
                session.flush()
                _audit(session, incident, report["reporter_id"], IncidentAction.reported, None, verdict.severity.label)
        except IntegrityError:
            with self.db.reading() as session:
                existing = session.scalar(select(Incident).where(Incident.submission_key == key))
            if existing is None:
                raise
            return existing
        if report["tool_name"] and tool is None:
            record_unregistered_ask(self.db, report["tool_name"])
        self.events.publish(IncidentReported(incident))
        return incident

    # -- the governance team ---------------------------------------------------------------------

    def _change(self, incident_id: int, change) -> Incident:
        try:
            with self.db.writing() as session:
                incident = self._load(session, incident_id, for_update=True)
                change(session, incident)
                session.flush()
                return incident
        except StaleDataError:
            raise IncidentError(f"incident #{incident_id} was changed meanwhile: look again and retry") from None

    def acknowledge(self, incident_id: int, by: str) -> Incident:
        self._require_reviewer(by)

        def acknowledge(session: Session, incident: Incident) -> None:
            if incident.status != IncidentStatus.open:
                who = f" by {incident.acknowledged_by}" if incident.acknowledged_by else ""
                raise IncidentError(f"incident #{incident.id} is already {incident.status}{who}")
            incident.status = IncidentStatus.acknowledged
            incident.acknowledged_at, incident.acknowledged_by = now(), by
            _history(incident, by, IncidentAction.acknowledged, IncidentStatus.open)
            _audit(session, incident, by, IncidentAction.acknowledged, IncidentStatus.open, "")

        incident = self._change(incident_id, acknowledge)
        self.events.publish(IncidentAcknowledged(incident, by))
        return incident

    def assign(self, incident_id: int, assignee: str, by: str) -> Incident:
        """Name the incident's handler (§4.1: every incident is given an owner)."""
        self._require_reviewer(by)
        handler = clean_text(assignee)
        if not handler:
            raise IncidentError("say who handles the incident")
        if len(handler) > INCIDENT_CHARS["assignee"]:
            raise IncidentError(
                f"the handler's name is {len(handler):,} characters; at most {INCIDENT_CHARS['assignee']}"
            )

        def assign(session: Session, incident: Incident) -> None:
            if incident.status == IncidentStatus.resolved:
                raise IncidentError(f"incident #{incident.id} is resolved: it has no handler to assign")
            incident.assignee = handler
            _history(incident, by, IncidentAction.assigned, incident.status, handler)
            _audit(session, incident, by, IncidentAction.assigned, incident.status, f"assigned to {handler}")

        incident = self._change(incident_id, assign)
        self.events.publish(IncidentAssigned(incident, by))
        return incident

    def add_note(self, incident_id: int, note: str, by: str) -> Incident:
        """A note in the incident's history: by a reviewer, or by the reporter adding details later
        (the policy: "you can add details later")."""
        text = _comment(note, "note")
        if not text:
            raise IncidentError("write the note")

        def add(session: Session, incident: Incident) -> None:
            if by != incident.reporter_id:
                self._require_reviewer(by)
            _history(incident, by, IncidentAction.note, incident.status, text)
            _audit(session, incident, by, IncidentAction.note, incident.status, text)
            incident.updated_at = now()  # the row changes too: its version guards against a concurrent change

        incident = self._change(incident_id, add)
        self.events.publish(IncidentNoteAdded(incident, by, text))
        return incident

    def set_severity(self, incident_id: int, severity: object, reason: str, by: str) -> Incident:
        """Raise or lower the severity as facts emerge (§4.2); an open incident's acknowledgement
        deadline follows its new severity."""
        self._require_reviewer(by)
        try:
            level = Severity(int(str(severity)))
        except ValueError:
            raise IncidentError("the severity is 1 (critical), 2 (high), 3 (medium) or 4 (low)") from None
        why = _comment(reason, "reason")
        if not why:
            raise IncidentError("say why the severity changes")

        def change(session: Session, incident: Incident) -> None:
            if incident.status == IncidentStatus.resolved:
                raise IncidentError(f"incident #{incident.id} is resolved: its severity stays as it was")
            before = Severity(incident.severity)
            if before == level:
                raise IncidentError(f"incident #{incident.id} is already {level.label}")
            incident.severity = level
            incident.acknowledge_due_at = acknowledge_due(level, incident.reported_at)
            comment = f"{before.label} → {level.label}: {why}"
            _history(incident, by, IncidentAction.severity, incident.status, comment)
            _audit(session, incident, by, IncidentAction.severity, incident.status, comment)

        incident = self._change(incident_id, change)
        self.events.publish(IncidentSeverityChanged(incident, by))
        return incident

    def resolve(self, incident_id: int, root_cause: str, by: str) -> Incident:
        """Close an incident, saying why it happened (§7.1: investigations look for causes)."""
        self._require_reviewer(by)
        cause = _comment(root_cause, "root cause")
        if not cause:
            raise IncidentError("a root cause is required to resolve an incident")

        def resolve(session: Session, incident: Incident) -> None:
            if incident.status == IncidentStatus.resolved:
                raise IncidentError(f"incident #{incident.id} was already resolved by {incident.resolved_by}")
            before = incident.status
            moment = now()
            if incident.acknowledged_at is None:  # resolving it is taking it on
                incident.acknowledged_at, incident.acknowledged_by = moment, by
            incident.status, incident.resolved_at, incident.resolved_by = IncidentStatus.resolved, moment, by
            incident.root_cause = cause
            _history(incident, by, IncidentAction.resolved, before, cause)
            _audit(session, incident, by, IncidentAction.resolved, before, cause)

        incident = self._change(incident_id, resolve)
        self.events.publish(IncidentResolved(incident, by))
        return incident

    # -- reading ---------------------------------------------------------------------------------

    @staticmethod
    def _load(session: Session, incident_id: int, for_update: bool = False) -> Incident:
        incident = session.get(Incident, incident_id, with_for_update=for_update)
        if incident is None:
            raise IncidentNotFound(f"no incident #{incident_id}")
        return incident

    def get(self, incident_id: int) -> Incident:
        with self.db.reading() as session:
            return self._load(session, incident_id)

    def list(self, status: str | None = None, severity: int | None = None) -> list[Incident]:
        """Incidents, the most severe first, then the oldest (the order to handle them in)."""
        query = select(Incident).order_by(Incident.severity, Incident.reported_at, Incident.id)
        if status:
            query = query.where(Incident.status == IncidentStatus(status))
        if severity:
            query = query.where(Incident.severity == Severity(severity))
        with self.db.reading() as session:
            return list(session.scalars(query))


def open_incidents(db: Database) -> list[Incident]:
    """The incidents not resolved yet, the most severe first, then the oldest (the reviewers' Home)."""
    query = select(Incident).where(Incident.status != IncidentStatus.resolved)
    with db.reading() as session:
        return list(session.scalars(query.order_by(Incident.severity, Incident.reported_at, Incident.id)))
