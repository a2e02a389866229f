"""The review workflow: decisions on registration requests, and the tool lifecycle after them.

    pending    → approved | approved_with_conditions | rejected | needs_info | withdrawn
    needs_info → pending (the requester answers) | withdrawn
    tool approved | approved_with_conditions → retired

Only reviewers decide; reject, conditions and needs_info need a comment. Two reviewers deciding
one request at once: the first commit wins and the other is told who decided first.
"""

from __future__ import annotations

from collections.abc import Callable, Container
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from knowledge.inventory import audit
from knowledge.inventory.database import Database
from knowledge.inventory.events import (
    EventBus,
    InformationProvided,
    InformationRequested,
    RequestDecided,
    RequestWithdrawn,
    ToolRetired,
)
from knowledge.inventory.fields import FIELD_CHARS, clean_text
from knowledge.inventory.matching import name_key
from knowledge.inventory.models import (
    APPROVED_STATES,
    OPEN_REQUEST_STATES,
    RegistrationRequest,
    RequestStatus,
    Tool,
    ToolStatus,
    months_later,
    now,
)

DECISIONS = (
    RequestStatus.approved,
    RequestStatus.approved_with_conditions,
    RequestStatus.rejected,
    RequestStatus.needs_info,
)
COMMENT_REQUIRED = {RequestStatus.approved_with_conditions, RequestStatus.rejected, RequestStatus.needs_info}
TRANSITIONS = {
    RequestStatus.pending: {*DECISIONS, RequestStatus.withdrawn},
    RequestStatus.needs_info: {RequestStatus.pending, RequestStatus.withdrawn},
}


def is_tool_owner(tool: Tool, user: str) -> bool:
    """Whether `user` (a Slack user id) is the tool's owner as the inventory records them."""
    return bool(user) and tool.owner.strip() in (user, f"<@{user}>")


class WorkflowError(ValueError):
    """An operation the workflow refuses; the message says why."""


class NotAuthorised(WorkflowError):
    pass


class NotFound(WorkflowError):
    pass


class AlreadyDecided(WorkflowError):
    def __init__(self, request: RegistrationRequest):
        self.decided_by = request.decided_by
        self.status = request.status
        super().__init__(
            f"request #{request.id} was already decided by {request.decided_by or 'someone else'}: {request.status}"
        )


def _load(session: Session, request_id: int, for_update: bool = False) -> RegistrationRequest:
    # FOR UPDATE: on PostgreSQL a second reviewer waits here for the first one's commit and then
    # sees the decision (SQLite's BEGIN IMMEDIATE serialises writers already, and ignores it).
    request = session.get(RegistrationRequest, request_id, with_for_update=for_update)
    if request is None:
        raise NotFound(f"no registration request #{request_id}")
    return request


def _comment(comment: str | None) -> str:
    text = clean_text(comment)
    if len(text) > FIELD_CHARS["comment"]:
        raise WorkflowError(f"the comment is {len(text):,} characters; at most {FIELD_CHARS['comment']:,}")
    return text


def _transition(request: RegistrationRequest, target: RequestStatus) -> None:
    if target not in TRANSITIONS.get(RequestStatus(request.status), set()):
        if request.status in DECISIONS and target in DECISIONS:  # a reviewer got there first
            raise AlreadyDecided(request)
        raise WorkflowError(f"request #{request.id} is {request.status}: it cannot become {target}")


class Workflow:
    """Each change is published to `events` once it is committed (without a bus, to nobody)."""

    def __init__(
        self, db: Database, reviewers: Container[str], rereview_months: int = 12, events: EventBus | None = None
    ):
        # Any container: a fixed set, or a directory that also asks Slack who is in the reviewer group.
        self.db = db
        self.reviewers = reviewers
        self.rereview_months = rereview_months
        self.events = events if events is not None else EventBus()

    def is_reviewer(self, user: str) -> bool:
        return user in self.reviewers

    def _require_reviewer(self, user: str) -> None:
        if not self.is_reviewer(user):
            raise NotAuthorised(f"{user} is not a reviewer (reviewers are set in GOVBOT_REVIEWERS)")

    def decide(self, request_id: int, decision: str, reviewer: str, comment: str = "") -> RegistrationRequest:
        try:
            target = RequestStatus(decision)
        except ValueError:
            raise WorkflowError(f"unknown decision {decision!r}; one of: {', '.join(DECISIONS)}") from None
        if target not in DECISIONS:
            raise WorkflowError(f"{decision} is not a review decision; one of: {', '.join(DECISIONS)}")
        self._require_reviewer(reviewer)
        comment = _comment(comment)
        if target in COMMENT_REQUIRED and not comment:
            raise WorkflowError(f"a comment is required to decide {target}")
        try:
            request = self._record_decision(request_id, target, reviewer, comment)
        except IntegrityError:
            # Two requests for the same new tool decided at once: the other decision added the tool
            # first (tool names are unique). Once more, and this decision updates that tool.
            request = self._record_decision(request_id, target, reviewer, comment)
        asked = target == RequestStatus.needs_info
        self.events.publish(InformationRequested(request) if asked else RequestDecided(request))
        return request

    def _record_decision(
        self, request_id: int, target: RequestStatus, reviewer: str, comment: str
    ) -> RegistrationRequest:
        try:
            with self.db.writing() as session:
                request = _load(session, request_id, for_update=True)
                _transition(request, target)
                previous = request.status
                moment = now()
                request.status = target
                request.decided_by, request.decided_at, request.decision_comment = reviewer, moment, comment
                audit.record(session, reviewer, "decided", request.name, request.id, previous, target, comment)
                if target != RequestStatus.needs_info:
                    self._file_tool(session, request, target, reviewer, moment, comment)
                session.flush()
                return request
        except StaleDataError:
            with self.db.reading() as session:
                raise AlreadyDecided(_load(session, request_id)) from None

    def _file_tool(
        self,
        session: Session,
        request: RegistrationRequest,
        target: RequestStatus,
        reviewer: str,
        moment: datetime,
        comment: str,
    ) -> None:
        # By name only: request.tool may be the tool it was filed against as a different one.
        tool = session.scalar(select(Tool).where(Tool.name_key == name_key(request.name)))
        previous = tool.status if tool else None
        if tool is None:
            tool = Tool(name=request.name, name_key=name_key(request.name))
            session.add(tool)
        tool.vendor, tool.url, tool.category = request.vendor, request.url, request.category
        tool.aliases = list(dict.fromkeys([*(tool.aliases or []), *request.aliases]))
        tool.status = ToolStatus(target.value)
        tool.conditions = comment if target == RequestStatus.approved_with_conditions else ""
        tool.data_classification = request.data_classification
        tool.owner = request.owner or request.requester_name or request.requester_id
        tool.risk_tier = request.risk_tier
        tool.decided_at = moment
        tool.next_review_due = months_later(moment, self.rereview_months) if tool.status in APPROVED_STATES else None
        if target == RequestStatus.rejected:
            tool.notes = comment
        elif previous == ToolStatus.rejected:
            tool.notes = ""  # the reasons it was rejected no longer describe it (the audit keeps them)
        request.tool = tool
        audit.record(
            session,
            reviewer,
            "tool " + ("updated" if previous else "added"),
            tool.name,
            request.id,
            previous,
            tool.status,
            comment,
        )

    def answer(self, request_id: int, requester: str, answer: str) -> RegistrationRequest:
        """The requester answers a needs_info question: back to pending."""
        answer = _comment(answer)
        if not answer:
            raise WorkflowError("write the information the reviewers asked for")
        with self.db.writing() as session:
            request = _load(session, request_id, for_update=True)
            if request.requester_id != requester:
                raise NotAuthorised(f"only the requester ({request.requester_id}) can answer request #{request_id}")
            _transition(request, RequestStatus.pending)
            request.status = RequestStatus.pending
            request.details = f"{request.details}\n\nAnswer to reviewers: {answer}".strip()
            audit.record(
                session,
                requester,
                "answered",
                request.name,
                request.id,
                RequestStatus.needs_info,
                RequestStatus.pending,
                answer,
            )
        self.events.publish(InformationProvided(request, answer))
        return request

    def withdraw(self, request_id: int, requester: str, reason: str = "") -> RegistrationRequest:
        reason = _comment(reason)
        with self.db.writing() as session:
            request = _load(session, request_id, for_update=True)
            if request.requester_id != requester:
                raise NotAuthorised(f"only the requester ({request.requester_id}) can withdraw request #{request_id}")
            previous = request.status
            _transition(request, RequestStatus.withdrawn)
            request.status = RequestStatus.withdrawn
            audit.record(
                session, requester, "withdrew", request.name, request.id, previous, RequestStatus.withdrawn, reason
            )
        self.events.publish(RequestWithdrawn(request))
        return request

    def close_unanswered(
        self, request_id: int, reviewer: str, after_days: int, comment: str = ""
    ) -> RegistrationRequest:
        """A reviewer closes a request whose needs_info question has gone unanswered for
        `after_days` days (policy §5.3): withdrawn, and the requester may submit it again."""
        self._require_reviewer(reviewer)
        comment = _comment(comment) or f"no answer after {after_days} days"
        with self.db.writing() as session:
            request = _load(session, request_id, for_update=True)
            if request.status != RequestStatus.needs_info:
                raise WorkflowError(f"request #{request_id} is {request.status}: only an unanswered needs_info closes")
            waited = (now() - request.decided_at).days if request.decided_at else 0
            if waited < after_days:
                raise WorkflowError(
                    f"request #{request_id} has waited {waited} days for an answer: it may be closed after {after_days}"
                )
            request.status = RequestStatus.withdrawn
            audit.record(
                session, reviewer, "closed", request.name, request.id, RequestStatus.needs_info, request.status, comment
            )
        self.events.publish(RequestWithdrawn(request))
        return request

    def retire(self, tool_name: str, reviewer: str, comment: str) -> Tool:
        self._require_reviewer(reviewer)
        return self._retire(tool_name, reviewer, comment, lambda tool: None)

    def retire_unneeded(self, tool_name: str, user: str, comment: str) -> Tool:
        """The Tool Owner (or a reviewer) retires a tool no longer needed, from its re-review
        reminder: using less is no risk to decide on (policy §8.3)."""

        def owner_or_reviewer(tool: Tool) -> None:
            if not (is_tool_owner(tool, user) or self.is_reviewer(user)):
                raise NotAuthorised(
                    f"only {tool.name}'s Tool Owner ({tool.owner or 'none recorded'}) or a reviewer can retire it"
                )

        return self._retire(tool_name, user, comment, owner_or_reviewer)

    def _retire(self, tool_name: str, actor: str, comment: str, authorise: Callable[[Tool], None]) -> Tool:
        comment = _comment(comment)
        if not comment:
            raise WorkflowError("a comment is required to retire a tool")
        with self.db.writing() as session:
            tool = session.scalar(select(Tool).where(Tool.name_key == name_key(tool_name)))
            if tool is None:
                raise NotFound(f"no tool named {tool_name!r} in the inventory")
            authorise(tool)
            if tool.status not in APPROVED_STATES:
                raise WorkflowError(f"{tool.name} is {tool.status}: only approved tools can be retired")
            previous = tool.status
            tool.status, tool.next_review_due, tool.decided_at = ToolStatus.retired, None, now()
            audit.record(session, actor, "retired", tool.name, None, previous, ToolStatus.retired, comment)
        self.events.publish(ToolRetired(tool, actor, comment))
        return tool

    def queue(self) -> list[RegistrationRequest]:
        with self.db.reading() as session:
            return list(
                session.scalars(
                    select(RegistrationRequest)
                    .where(RegistrationRequest.status.in_(OPEN_REQUEST_STATES))
                    .order_by(RegistrationRequest.created_at, RegistrationRequest.id)
                )
            )

    def requests_of(self, requester: str) -> list[RegistrationRequest]:
        with self.db.reading() as session:
            query = select(RegistrationRequest).where(RegistrationRequest.requester_id == requester)
            return list(session.scalars(query.order_by(RegistrationRequest.id.desc())))

    def get(self, request_id: int) -> RegistrationRequest:
        with self.db.reading() as session:
            return _load(session, request_id)

    def due(self, at: datetime | None = None) -> list[Tool]:
        """Approved tools whose re-review date has passed."""
        moment = at or now()
        with self.db.reading() as session:
            query = select(Tool).where(Tool.status.in_(APPROVED_STATES), Tool.next_review_due <= moment)
            return list(session.scalars(query.order_by(Tool.next_review_due)))
