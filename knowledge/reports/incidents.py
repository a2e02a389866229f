"""The incidents section, read from the incident register (knowledge/incidents/): incidents open
at the period's end, reported and resolved in the period, by severity (the policy's levels,
critical first), reported per ISO week, and the open ones, the most severe and oldest first.

An open incident is listed by what kind it is and the tool it involved, not by the reporter's
words: those may hold the very data that leaked, and the report is sent to leadership and auditors
(`govbot incident show` has the whole report for the governance team)."""

from __future__ import annotations

from collections import Counter, defaultdict

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from knowledge.incidents.models import Incident
from knowledge.incidents.vocabulary import KIND_LABELS, IncidentKind, Severity
from knowledge.reports.period import Period, week_of

OPEN_LISTED = 50
COUNTS = ("open", "opened_in_period", "closed_in_period")


def _title(kind: str, tool: str) -> str:
    label = KIND_LABELS.get(IncidentKind(kind), kind) if kind in IncidentKind.__members__.values() else kind
    return f"{label} ({tool})" if tool else label


def incidents_section(session: Session, period: Period) -> dict:
    """Open at the period's end, opened and closed in the period, by severity; opened per ISO week."""
    query = (
        select(
            Incident.id,
            Incident.kind,
            Incident.tool_name,
            Incident.severity,
            Incident.status,
            Incident.reported_at,
            Incident.resolved_at,
        )
        .where(Incident.reported_at <= period.until)
        .where(or_(Incident.resolved_at.is_(None), Incident.resolved_at >= period.since))
        .order_by(Incident.severity, Incident.reported_at, Incident.id)
    )
    by_severity: dict[int, Counter[str]] = defaultdict(Counter)
    per_week = dict.fromkeys(period.weeks(), 0)
    open_list: list[dict] = []
    for number, kind, tool, severity, status, reported, resolved in session.execute(query):
        counts = by_severity[severity]
        if resolved is None or resolved > period.until:
            counts["open"] += 1
            if len(open_list) < OPEN_LISTED:
                open_list.append(
                    {
                        "id": number,
                        "title": _title(kind, tool),
                        "severity": Severity(severity).name,
                        "status": status,
                        "opened_on": reported.date().isoformat(),
                    }
                )
        else:
            counts["closed_in_period"] += 1
        if reported >= period.since and reported < period.until:
            counts["opened_in_period"] += 1
            per_week[week_of(reported)] = per_week.get(week_of(reported), 0) + 1
    return {
        **{kind: sum(counts[kind] for counts in by_severity.values()) for kind in COUNTS},
        "by_severity": {
            Severity(level).name: {kind: counts[kind] for kind in COUNTS}
            for level, counts in sorted(by_severity.items())  # critical first
        },
        "per_week": per_week,
        "open_list": open_list,
    }
