"""The duties govbot's policy gives it, each a Duty kind computing the Notices due on a date:

    rereview_reminder   the Tool Owner, N days before a re-review falls due   (policy §8.1)
    rereview_overdue    the review channel, when a re-review is 30 and again 60 days overdue (§8.1)
    needs_info_reminder the requester, 14 days after the reviewers asked      (§5.3)
    needs_info_flag     the review channel, 30 days after they asked: it may be closed (§5.3)
    retirement          the governance channel, a tool retired in the last week (§8.3)
    weekly_digest       the review channel, once per ISO week: the governance report's digest of the
                        week before (issue 11), from the configured weekday on

A notice's kind, subject and occurrence say which one it is: the ledger sends each once. Another
duty is one more kind: a class with a `name` and `due(session, today, settings)`, registered in
builtin_duties() at the end of this module with one line, `duties.register(TheDuty())`."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from enum import StrEnum
from typing import Protocol

from sqlalchemy import select
from sqlalchemy.orm import Session

from knowledge.inventory.models import (
    APPROVED_STATES,
    AuditEvent,
    RegistrationRequest,
    RequestStatus,
    Tool,
)
from knowledge.reports.period import week_of


class Audience(StrEnum):
    person = "person"  # a direct message to `recipient` (a user, as the inventory names them)
    review_channel = "review channel"
    governance_channel = "governance channel"


class Action(StrEnum):
    """What the recipient may do from the message itself."""

    rereview = "rereview"  # "Still in use — request re-review"
    retire = "retire"  # "No longer needed — retire"


@dataclass(frozen=True)
class Notice:
    """What one duty has to say, to whom, about what. `kind`, `subject` and `occurrence` identify it:
    the ledger sends it once. `text` is plain text (the sender escapes it)."""

    kind: str
    subject: str
    occurrence: str
    audience: Audience
    text: str
    recipient: str = ""
    tool: str = ""
    request_id: int | None = None
    actions: tuple[Action, ...] = ()


@dataclass(frozen=True)
class DutySettings:
    """The policy's numbers (GOVBOT_* settings)."""

    rereview_reminder_days: int = 30
    overdue_escalation_days: tuple[int, ...] = (30, 60)
    needs_info_reminder_days: int = 14
    needs_info_flag_days: int = 30
    retirement_announce_days: int = 7  # a retirement older than this is news no more
    digest_weekday: int | None = 1  # ISO weekday (1 is Monday) the weekly digest falls due; None: no digest


class Duty(Protocol):
    name: str

    def due(self, session: Session, today: date, settings: DutySettings) -> Iterable[Notice]:
        """The notices this duty owes on `today` (those sent already are the ledger's business)."""
        ...


def in_days(days: int) -> str:
    return "today" if days == 0 else "tomorrow" if days == 1 else f"in {days} days"


def end_of(day: date) -> datetime:
    return datetime.combine(day, time.max, tzinfo=UTC)


def start_of(day: date) -> datetime:
    return datetime.combine(day, time.min, tzinfo=UTC)


# What a re-review duty needs of a tool: read as columns, not whole rows (a run reads thousands).
DUE_COLUMNS = (Tool.name, Tool.name_key, Tool.owner, Tool.next_review_due)


class RereviewReminder:
    name = "rereview_reminder"

    def due(self, session: Session, today: date, settings: DutySettings) -> Iterator[Notice]:
        horizon = end_of(today + timedelta(days=settings.rereview_reminder_days))
        query = select(*DUE_COLUMNS).where(
            Tool.status.in_(APPROVED_STATES), Tool.next_review_due >= start_of(today), Tool.next_review_due <= horizon
        )
        for tool in session.execute(query.order_by(Tool.next_review_due, Tool.id)):
            assert tool.next_review_due is not None  # (the query's condition)
            due, days = tool.next_review_due.date(), (tool.next_review_due.date() - today).days
            yield Notice(
                self.name,
                tool.name_key,
                due.isoformat(),
                Audience.person,
                f"The re-review of {tool.name} is due on {due:%d %B %Y} ({in_days(days)}). As its Tool Owner, "
                "request the re-review with what changed (users and teams, data, integrations, incidents, "
                "vendor changes), or retire it if it is no longer needed.",
                recipient=tool.owner,
                tool=tool.name,
                actions=(Action.rereview, Action.retire),
            )


class OverdueEscalation:
    name = "rereview_overdue"

    def due(self, session: Session, today: date, settings: DutySettings) -> Iterator[Notice]:
        thresholds = sorted(settings.overdue_escalation_days)
        if not thresholds:
            return
        query = select(*DUE_COLUMNS).where(
            Tool.status.in_(APPROVED_STATES), Tool.next_review_due < start_of(today - timedelta(days=thresholds[0]))
        )
        for tool in session.execute(query.order_by(Tool.next_review_due, Tool.id)):
            assert tool.next_review_due is not None
            due = tool.next_review_due.date()
            overdue = (today - due).days
            # Only the highest threshold it has passed: a tool found 70 days overdue is one message.
            reached = max(days for days in thresholds if overdue > days)
            last = reached == thresholds[-1]
            yield Notice(
                self.name,
                tool.name_key,
                f"{due.isoformat()}+{reached}",
                Audience.review_channel,
                f"The re-review of {tool.name} is {overdue} days overdue (due {due:%d %B %Y}; Tool Owner: "
                f"{tool.owner or 'none recorded'}). "
                + (
                    "The reviewers may retire it (policy §8.1)."
                    if last
                    else "Escalated under policy §8.1: follow up with the Tool Owner and their director."
                ),
                recipient=tool.owner,
                tool=tool.name,
            )


class NeedsInfoReminder:
    name = "needs_info_reminder"

    def due(self, session: Session, today: date, settings: DutySettings) -> Iterator[Notice]:
        for request, asked in _waiting(session, today, settings.needs_info_reminder_days):
            yield Notice(
                self.name,
                f"request:{request.id}",
                asked.isoformat(),
                Audience.person,
                f"The reviewers asked about your request #{request.id} for {request.name} on {asked:%d %B %Y} "
                f"and are waiting for your answer: {request.decision_comment or '(no question recorded)'} "
                f"After {settings.needs_info_flag_days} days without an answer the request may be closed "
                "as withdrawn; you can submit it again at any time.",
                recipient=request.requester_id,
                tool=request.name,
                request_id=request.id,
            )


class NeedsInfoFlag:
    name = "needs_info_flag"

    def due(self, session: Session, today: date, settings: DutySettings) -> Iterator[Notice]:
        for request, asked in _waiting(session, today, settings.needs_info_flag_days):
            yield Notice(
                self.name,
                f"request:{request.id}",
                asked.isoformat(),
                Audience.review_channel,
                f"Request #{request.id} for {request.name} has waited {(today - asked).days} days for "
                f"{request.requester_name or request.requester_id} to answer the reviewers' question (asked "
                f"{asked:%d %B %Y}). It may be closed as withdrawn (policy §5.3): "
                f"`govbot review close {request.id} --by …`.",
                recipient=request.requester_id,
                tool=request.name,
                request_id=request.id,
            )


def _waiting(session: Session, today: date, days: int) -> Iterator[tuple[RegistrationRequest, date]]:
    """needs_info requests whose question was asked at least `days` days before `today`."""
    query = select(RegistrationRequest).where(
        RegistrationRequest.status == RequestStatus.needs_info,
        RegistrationRequest.decided_at < start_of(today - timedelta(days=days - 1)),
    )
    for request in session.scalars(query.order_by(RegistrationRequest.id)):
        assert request.decided_at is not None
        yield request, request.decided_at.date()


class RetirementAnnouncement:
    name = "retirement"

    def due(self, session: Session, today: date, settings: DutySettings) -> Iterator[Notice]:
        since = start_of(today - timedelta(days=settings.retirement_announce_days))
        query = select(AuditEvent).where(
            AuditEvent.action == "retired", AuditEvent.at >= since, AuditEvent.at <= end_of(today)
        )
        for event in session.scalars(query.order_by(AuditEvent.id)):
            yield Notice(
                self.name,
                event.tool_name.lower(),
                str(event.id),
                Audience.governance_channel,
                f"{event.tool_name} is retired as of {event.at:%d %B %Y}: {event.comment} "
                "From now on it may not be used for work with any data; its Tool Owner completes the exit steps.",
                tool=event.tool_name,
            )


class WeeklyDigest:
    """The governance digest (knowledge/reports/digest.py) of the ISO week before, posted to the
    review channel. Its occurrence is the ISO week it is sent in, so the ledger sends it once a
    week whatever the number of runs and replicas. It falls due on `digest_weekday` and stays due
    for the rest of that week: a digest Slack refused on Monday goes on Tuesday's run, and one
    never sent that week is not sent the next (a new week has its own). The notice's text says
    what it is (the audit trail's line); the sender posts the digest itself, composed when sent."""

    name = "weekly_digest"
    subject = "governance digest"

    def due(self, session: Session, today: date, settings: DutySettings) -> Iterator[Notice]:
        if settings.digest_weekday is None or today.isoweekday() < settings.digest_weekday:
            return
        until = self.covers_until(week_of(today))
        since = until - timedelta(days=7)
        yield Notice(
            self.name,
            self.subject,
            week_of(today),
            Audience.review_channel,
            f"The weekly AI governance digest: {since:%d %B} to {until - timedelta(days=1):%d %B %Y}.",
        )

    @staticmethod
    def covers_until(week: str) -> datetime:
        """The end of the period a week's digest covers: its Monday's midnight (UTC), so that the
        digest sent in a week is the whole ISO week before it, each week reported once."""
        return start_of(date.fromisoformat(f"{week}-1"))


class DutyRegistry:
    """The duty kinds a run performs, in the order registered; each name once."""

    def __init__(self) -> None:
        self._duties: dict[str, Duty] = {}

    def register(self, duty: Duty) -> Duty:
        if duty.name in self._duties:
            raise ValueError(f"a duty named {duty.name!r} is registered already")
        self._duties[duty.name] = duty
        return duty

    def __iter__(self) -> Iterator[Duty]:
        return iter(list(self._duties.values()))

    def names(self) -> list[str]:
        return list(self._duties)


def builtin_duties() -> DutyRegistry:
    """The duties the shipped policy promises, and the weekly digest (issue 11). One more kind is
    one more line here."""
    duties = DutyRegistry()
    duties.register(RereviewReminder())
    duties.register(OverdueEscalation())
    duties.register(NeedsInfoReminder())
    duties.register(NeedsInfoFlag())
    duties.register(RetirementAnnouncement())
    duties.register(WeeklyDigest())
    return duties
