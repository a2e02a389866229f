"""The report's sections, each a small function over one session: (session, period, …) → plain
data (dicts, lists, numbers, strings, ISO dates) that any renderer can show and JSON can hold.
Every list is cut to `LISTED` entries, with the total beside it."""

from __future__ import annotations

import statistics
from collections import Counter, defaultdict
from datetime import datetime, timedelta

from sqlalchemy import case, func, select
from sqlalchemy.orm import Session

from knowledge.business_time import business_days
from knowledge.duties.kinds import DutySettings
from knowledge.incidents.models import Incident
from knowledge.inventory.matching import name_key
from knowledge.inventory.models import (
    APPROVED_STATES,
    OPEN_REQUEST_STATES,
    AuditEvent,
    RegistrationRequest,
    RequestStatus,
    RiskTier,
    Tool,
    ToolStatus,
    UnregisteredAsk,
)
from knowledge.questions.models import REFUSED, AnswerVote, QuestionOutcome
from knowledge.reports.period import Period, week_of

LISTED = 50
UNTIERED = "untriaged"
FINAL_DECISIONS = (
    RequestStatus.approved,
    RequestStatus.approved_with_conditions,
    RequestStatus.rejected,
)


def _date(moment: datetime | None) -> str | None:
    return moment.date().isoformat() if moment else None


# -- the inventory ----------------------------------------------------------------------------------


def inventory(session: Session) -> dict:
    """The inventory by status and by risk tier, and the two crossed."""
    rows = session.execute(select(Tool.status, Tool.risk_tier, func.count()).group_by(Tool.status, Tool.risk_tier))
    by_status: Counter[str] = Counter()
    by_tier: Counter[str] = Counter()
    crossed: dict[str, Counter[str]] = defaultdict(Counter)
    for status, tier, count in rows:
        by_status[status] += count
        by_tier[tier or UNTIERED] += count
        crossed[status][tier or UNTIERED] += count
    statuses = [str(s) for s in ToolStatus]
    tiers = [str(t) for t in RiskTier] + [UNTIERED]
    return {
        "total": sum(by_status.values()),
        "by_status": {status: by_status[status] for status in statuses},
        "by_risk_tier": {tier: by_tier[tier] for tier in tiers},
        "status_by_risk_tier": {status: {tier: crossed[status][tier] for tier in tiers} for status in statuses},
    }


# -- decisions and turnaround -------------------------------------------------------------------------


def _info_intervals(session: Session, request_ids: list[int]) -> dict[int, list[tuple[datetime, datetime | None]]]:
    """Per request, the spans it waited in needs_info (the policy's targets exclude them)."""
    spans: dict[int, list[tuple[datetime, datetime | None]]] = defaultdict(list)
    for start in range(0, len(request_ids), 500):  # an IN list of a size every database takes
        chunk = request_ids[start : start + 500]
        events = session.execute(
            select(AuditEvent.request_id, AuditEvent.at, AuditEvent.from_state, AuditEvent.to_state)
            .where(AuditEvent.request_id.in_(chunk))
            .where(
                (AuditEvent.to_state == RequestStatus.needs_info) | (AuditEvent.from_state == RequestStatus.needs_info)
            )
            .order_by(AuditEvent.request_id, AuditEvent.at, AuditEvent.id)
        )
        for request_id, at, from_state, to_state in events:
            if request_id is None:
                continue
            if to_state == RequestStatus.needs_info:
                spans[request_id].append((at, None))
            elif from_state == RequestStatus.needs_info and spans[request_id] and spans[request_id][-1][1] is None:
                spans[request_id][-1] = (spans[request_id][-1][0], at)
    return spans


def review_days(created: datetime, end: datetime, info: list[tuple[datetime, datetime | None]]) -> float:
    """Business days from submission to `end`, less the time spent in needs_info."""
    waiting = sum(business_days(start, min(stop or end, end)) for start, stop in info if start < end)
    return round(max(0.0, business_days(created, end) - waiting), 1)


def decisions(session: Session, period: Period, targets: dict[str, int]) -> dict:
    """Decisions made in the period (approve, approve with conditions, reject), and their turnaround
    in business days against the policy's target for the request's tier."""
    decided = session.execute(
        select(AuditEvent.request_id, AuditEvent.at, AuditEvent.to_state, AuditEvent.actor)
        .where(AuditEvent.action == "decided", AuditEvent.to_state.in_(FINAL_DECISIONS))
        .where(AuditEvent.at >= period.since, AuditEvent.at < period.until)
        .order_by(AuditEvent.at)
    ).all()
    ids = sorted({row.request_id for row in decided if row.request_id is not None})
    requests: dict[int, tuple[str, str, datetime]] = {}
    for start in range(0, len(ids), 500):
        query = select(
            RegistrationRequest.id,
            RegistrationRequest.name,
            RegistrationRequest.risk_tier,
            RegistrationRequest.created_at,
        ).where(RegistrationRequest.id.in_(ids[start : start + 500]))
        requests.update({row.id: (row.name, row.risk_tier, row.created_at) for row in session.execute(query)})
    info = _info_intervals(session, ids)
    by_outcome: Counter[str] = Counter()
    per_tier: dict[str, list[float]] = defaultdict(list)
    listed = []
    for row in decided:
        by_outcome[row.to_state] += 1
        if row.request_id not in requests:
            continue
        name, tier, created = requests[row.request_id]
        days = review_days(created, row.at, info.get(row.request_id, []))
        per_tier[tier].append(days)
        target = targets.get(tier)
        listed.append(
            {
                "request": row.request_id,
                "tool": name,
                "risk_tier": tier,
                "decision": row.to_state,
                "decided_by": row.actor,
                "decided_on": _date(row.at),
                "business_days": days,
                "target_days": target,
                "within_target": None if target is None else days <= target,
            }
        )
    turnaround = {}
    for tier in [str(t) for t in RiskTier]:
        days_list = per_tier.get(tier, [])
        target = targets.get(tier)
        within = sum(days <= target for days in days_list) if target is not None else None
        turnaround[tier] = {
            "decided": len(days_list),
            "target_days": target,
            "within_target": within,
            "share_within_target": round(within / len(days_list), 3) if days_list and within is not None else None,
            "median_days": round(statistics.median(days_list), 1) if days_list else None,
            "slowest_days": max(days_list) if days_list else None,
        }
    return {
        "count": len(decided),
        "by_decision": {str(d): by_outcome[d] for d in FINAL_DECISIONS},
        "turnaround": turnaround,
        "decisions": listed[-LISTED:][::-1],  # the most recent first
    }


def waiting(session: Session, at: datetime, targets: dict[str, int]) -> dict:
    """Open requests past their tier's target (business days, needs_info excluded), and those
    waiting for the requester's answer, oldest first."""
    open_requests = session.execute(
        select(
            RegistrationRequest.id,
            RegistrationRequest.name,
            RegistrationRequest.risk_tier,
            RegistrationRequest.status,
            RegistrationRequest.created_at,
            RegistrationRequest.requester_id,
        )
        .where(RegistrationRequest.status.in_(OPEN_REQUEST_STATES))
        .order_by(RegistrationRequest.created_at, RegistrationRequest.id)
    ).all()
    info = _info_intervals(session, [row.id for row in open_requests])
    overdue, awaiting_answer = [], []
    for row in open_requests:
        days = review_days(row.created_at, at, info.get(row.id, []))
        entry = {
            "request": row.id,
            "tool": row.name,
            "risk_tier": row.risk_tier,
            "status": row.status,
            "filed_on": _date(row.created_at),
            "business_days": days,
            "target_days": targets.get(row.risk_tier),
        }
        if row.status == RequestStatus.needs_info:
            asked = info.get(row.id, [(at, None)])[-1][0]
            awaiting_answer.append({**entry, "days_waiting_for_answer": (at - asked).days})
        elif (target := targets.get(row.risk_tier)) is not None and days > target:
            overdue.append(entry)
    overdue.sort(key=lambda entry: entry["business_days"] - (entry["target_days"] or 0), reverse=True)
    return {
        "open": len(open_requests),
        "past_target": len(overdue),
        "past_target_list": overdue[:LISTED],
        "waiting_for_requester": len(awaiting_answer),
        "waiting_for_requester_list": awaiting_answer[:LISTED],
    }


# -- re-reviews ------------------------------------------------------------------------------------------


def rereviews(session: Session, at: datetime, duties: DutySettings) -> dict:
    """Approved tools past their re-review date (and those past the first escalation threshold,
    which the duties escalate), and those due within the reminder window (whose owners the duties
    remind): the duties' own numbers, so the report counts what govbot does."""
    horizon = at + timedelta(days=duties.rereview_reminder_days)
    escalated_after = min(duties.overdue_escalation_days, default=None)  # None: escalation is off
    tools = session.execute(
        select(Tool.name, Tool.status, Tool.owner, Tool.risk_tier, Tool.next_review_due)
        .where(Tool.status.in_(APPROVED_STATES), Tool.next_review_due.is_not(None), Tool.next_review_due <= horizon)
        .order_by(Tool.next_review_due, Tool.name)
    ).all()
    overdue, due_soon = [], []
    for tool in tools:
        entry = {
            "tool": tool.name,
            "status": tool.status,
            "owner": tool.owner,
            "risk_tier": tool.risk_tier,
            "due_on": _date(tool.next_review_due),
        }
        if tool.next_review_due <= at:
            overdue.append({**entry, "days_overdue": (at - tool.next_review_due).days})
        else:
            due_soon.append({**entry, "days_left": (tool.next_review_due - at).days})
    return {
        "overdue": len(overdue),
        "escalated": sum(escalated_after is not None and entry["days_overdue"] > escalated_after for entry in overdue),
        "overdue_list": overdue[:LISTED],
        "due_soon": len(due_soon),
        "due_soon_list": due_soon[:LISTED],
        "due_soon_days": duties.rereview_reminder_days,
        "escalated_after_days": escalated_after,
    }


# -- requests per week (a chart) ---------------------------------------------------------------------------


def requests_per_week(session: Session, period: Period) -> dict[str, int]:
    """Registration requests filed, per ISO week of the period."""
    weeks = dict.fromkeys(period.weeks(), 0)
    filed = session.scalars(
        select(RegistrationRequest.created_at).where(
            RegistrationRequest.created_at >= period.since, RegistrationRequest.created_at < period.until
        )
    )
    for moment in filed:
        weeks[week_of(moment)] = weeks.get(week_of(moment), 0) + 1
    return weeks


# -- the shadow-AI radar --------------------------------------------------------------------------------------


def shadow_ai(session: Session, period: Period) -> dict:
    """Unregistered tools people ask about or name in an incident report: every time (all surfaces,
    since counting began: the register counts its incidents there too), in the period per week,
    and who asked or reported (in Slack), so the team can invite them to register. A tool in the
    inventory since, by name or alias, is no longer a blind spot and drops off."""
    known = set()
    for tool_key, aliases in session.execute(select(Tool.name_key, Tool.aliases)):
        known.update([tool_key, *(name_key(alias) for alias in aliases or [])])
    weeks = period.weeks()
    radar = {
        ask.name_key: _radar_entry(ask.name, ask.count, ask.first_asked, ask.last_asked, weeks)
        for ask in session.scalars(select(UnregisteredAsk))
        if ask.name_key not in known
    }
    asked = session.execute(
        select(QuestionOutcome.tool_key, QuestionOutcome.tool_name, QuestionOutcome.asked_at, QuestionOutcome.asker_id)
        .where(QuestionOutcome.tool_key.is_not(None))
        .where(QuestionOutcome.asked_at >= period.since, QuestionOutcome.asked_at < period.until)
    )
    # An incident names a tool the inventory did not know when it was reported (no tool_id).
    reported = session.execute(
        select(Incident.tool_name, Incident.reported_at, Incident.reporter_id)
        .where(Incident.tool_id.is_(None), Incident.tool_name != "")
        .where(Incident.reported_at >= period.since, Incident.reported_at < period.until)
    )
    mentions = [(key, name, at, asker, False) for key, name, at, asker in asked]
    mentions += [(name_key(name), name, at, reporter, True) for name, at, reporter in reported]
    for key, name, at, who, in_incident in mentions:
        if not key or key in known:
            continue
        if key not in radar:  # asked in Slack, but the count was kept elsewhere (another database's)
            radar[key] = _radar_entry(name or key, 0, at, at, weeks)
        entry = radar[key]
        entry["asked_in_period"] += 1
        entry["reported_in_period"] += in_incident
        entry["per_week"][week_of(at)] = entry["per_week"].get(week_of(at), 0) + 1
        if who:
            entry["askers"][who] += 1
    tools = sorted(radar.values(), key=lambda e: (-e["asked_in_period"], -e["asked"], e["tool"].lower()))
    for entry in tools:
        entry["askers"] = [asker for asker, _ in entry["askers"].most_common()]
    per_week = dict.fromkeys(period.weeks(), 0)
    for entry in tools:
        for week, count in entry["per_week"].items():
            per_week[week] = per_week.get(week, 0) + count
    return {"tools": len(tools), "per_week": per_week, "tools_list": tools[:LISTED]}


def _radar_entry(name: str, asked: int, first: datetime, last: datetime, weeks: list[str]) -> dict:
    return {
        "tool": name,
        "asked": asked,
        "first_asked": _date(first),
        "last_asked": _date(last),
        "asked_in_period": 0,  # questions and incident reports naming it
        "reported_in_period": 0,  # of which incident reports
        "per_week": dict.fromkeys(weeks, 0),
        "askers": Counter(),
    }


# -- what the knowledge base fails to answer -------------------------------------------------------------------


EXAMPLES = 3


def knowledge_gaps(session: Session, period: Period) -> dict:
    """Questions asked in the period, how many were refused ("I don't know") and voted not
    helpful, grouped by topic (the policy section they came nearest to), worst first; with the
    latest few kept questions of each topic as examples. Counted by the database: a period of
    50,000 questions reads back one row per topic."""
    in_period = (QuestionOutcome.asked_at >= period.since) & (QuestionOutcome.asked_at < period.until)
    votes = (
        select(
            AnswerVote.outcome_id,
            func.sum(case((AnswerVote.helpful, 1), else_=0)).label("helpful"),
            func.sum(case((AnswerVote.helpful, 0), else_=1)).label("unhelpful"),
        )
        .group_by(AnswerVote.outcome_id)
        .subquery()
    )
    refused = case((QuestionOutcome.outcome == REFUSED, 1), else_=0)
    voted_down = case((votes.c.unhelpful > 0, 1), else_=0)
    per_topic = session.execute(
        select(
            QuestionOutcome.topic,
            func.count(),
            func.sum(refused),
            func.coalesce(func.sum(votes.c.helpful), 0),
            func.coalesce(func.sum(votes.c.unhelpful), 0),
            func.sum(voted_down),
        )
        .outerjoin(votes, votes.c.outcome_id == QuestionOutcome.id)
        .where(in_period)
        .group_by(QuestionOutcome.topic)
    ).all()
    topics: dict[str | None, dict] = {
        topic: {
            "topic": topic or "(unknown)",
            "asked": int(asked),
            "refused": int(refusals or 0),
            "helpful_votes": int(helpful),
            "not_helpful_votes": int(unhelpful),
            "examples": [],
        }
        for topic, asked, refusals, helpful, unhelpful, _ in per_topic
    }
    latest = (
        select(
            QuestionOutcome.topic,
            QuestionOutcome.question,
            func.row_number()
            .over(
                partition_by=QuestionOutcome.topic,
                order_by=(QuestionOutcome.asked_at.desc(), QuestionOutcome.id.desc()),
            )
            .label("rank"),
        )
        .outerjoin(votes, votes.c.outcome_id == QuestionOutcome.id)
        .where(in_period, QuestionOutcome.question != "", (refused == 1) | (voted_down == 1))
        .subquery()
    )
    for topic, question in session.execute(
        select(latest.c.topic, latest.c.question).where(latest.c.rank <= EXAMPLES).order_by(latest.c.rank)
    ):
        if question not in topics[topic]["examples"]:
            topics[topic]["examples"].append(question)
    failing = [e for e in topics.values() if e["refused"] or e["not_helpful_votes"]]
    failing.sort(key=lambda e: (-(e["refused"] + e["not_helpful_votes"]), -e["asked"], e["topic"]))
    return {
        "asked": sum(int(row[1]) for row in per_topic),
        "refused": sum(int(row[2] or 0) for row in per_topic),
        "voted_not_helpful": sum(int(row[5] or 0) for row in per_topic),
        "topics": len(failing),
        "topics_list": failing[:LISTED],
    }
