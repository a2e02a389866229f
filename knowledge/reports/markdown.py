"""The report as Markdown (GitHub-flavoured tables). Text from the database or the documents is
escaped: a tool named `<script>` or `a | b` shows as typed, never as markup or a broken table."""

from __future__ import annotations

import re

from knowledge.reports import tables
from knowledge.reports.summary import headline_figures, label

SPECIAL = re.compile(r"([\\`*_\[\]{}()<>#+!|~])")


def md(value) -> str:
    """A value as Markdown text: on one line, every character Markdown reads escaped."""
    if value is None:
        return "—"
    return SPECIAL.sub(r"\\\1", " ".join(str(value).split()))


def table(headers: list[str], rows: list[list]) -> list[str]:
    if not rows:
        return ["None.", ""]
    lines = ["| " + " | ".join(headers) + " |", "|" + "---|" * len(headers)]
    lines += ["| " + " | ".join(md(cell) for cell in row) + " |" for row in rows]
    return [*lines, ""]


def more(total: int, shown: int) -> list[str]:
    return [f"…and {total - shown:,} more (the JSON report lists up to 50).", ""] if total > shown else []


def render_markdown(report: dict) -> str:
    period = report["period"]
    lines = [
        f"# AI governance report, {period['since'][:10]} to {period['until'][:10]}",
        "",
        f"Generated {report['generated_at'][:16].replace('T', ' ')} UTC by govbot.",
        "",
        *table(["", "figure"], [[name, value] for name, value in headline_figures(report)]),
        "## Inventory",
        "",
        *table(["status", "tools"], [[label(k), v] for k, v in report["inventory"]["by_status"].items()]),
        *table(["risk tier", "tools"], [[k, v] for k, v in report["inventory"]["by_risk_tier"].items()]),
        *table(["week", "requests filed"], list(map(list, report["requests_per_week"].items()))),
    ]
    lines += _decisions(report["decisions"]) + _waiting(report["waiting"]) + _rereviews(report["rereviews"])
    lines += _incidents(report["incidents"]) + _shadow(report["shadow_ai"]) + _knowledge(report["knowledge_gaps"])
    lines += _iso(report["iso42001"])
    return "\n".join(lines).rstrip() + "\n"


def _decisions(decisions: dict) -> list[str]:
    rows = [
        [
            tier,
            f["decided"],
            f["target_days"],
            f"{f['share_within_target']:.0%}" if f["share_within_target"] is not None else None,
            f["median_days"],
            f["slowest_days"],
        ]
        for tier, f in decisions["turnaround"].items()
    ]
    recent = tables.decision_rows(decisions, lambda within: {True: "yes", False: "late", None: None}[within])
    by_decision = ", ".join(f"{count} {label(kind)}" for kind, count in decisions["by_decision"].items())
    return [
        "## Decisions and turnaround",
        "",
        f"{decisions['count']:,} decisions in the period ({by_decision}); business days from submission to "
        "decision, less the time waiting for the requester, against the policy's targets.",
        "",
        *table(["risk tier", "decided", "target (business days)", "within target", "median days", "slowest"], rows),
        *table(["request", "tool", "tier", "decision", "by", "on", "business days", "on time"], recent),
    ]


def _waiting(waiting: dict) -> list[str]:
    late, asked = tables.past_target_rows(waiting), tables.waiting_for_requester_rows(waiting)
    return [
        "## Requests waiting too long",
        "",
        f"{waiting['open']:,} open; {waiting['past_target']:,} past their target; "
        f"{waiting['waiting_for_requester']:,} waiting for the requester's answer.",
        "",
        *table(["request", "tool", "tier", "filed", "business days", "target"], late),
        *more(waiting["past_target"], len(late)),
        *table(["request", "tool", "tier", "filed", "days since asked"], asked),
        *more(waiting["waiting_for_requester"], len(asked)),
    ]


def _rereviews(rereviews: dict) -> list[str]:
    overdue, soon = tables.overdue_rows(rereviews), tables.due_soon_rows(rereviews)
    after = rereviews["escalated_after_days"]
    escalated = "escalation is off"
    if after is not None:
        escalated = f"{rereviews['escalated']:,} by more than {after} days: escalated"
    return [
        "## Re-reviews",
        "",
        f"{rereviews['overdue']:,} overdue ({escalated}); "
        f"{rereviews['due_soon']:,} due in the next {rereviews['due_soon_days']} days.",
        "",
        *table(["tool", "status", "owner", "due", "days overdue"], overdue),
        *more(rereviews["overdue"], len(overdue)),
        *table(["tool", "status", "owner", "due", "days left"], soon),
        *more(rereviews["due_soon"], len(soon)),
    ]


def _incidents(incidents: dict) -> list[str]:
    rows = tables.severity_rows(incidents)
    return [
        "## Incidents",
        "",
        f"{incidents['open']:,} open; {incidents['opened_in_period']:,} reported and "
        f"{incidents['closed_in_period']:,} closed in the period.",
        "",
        *table(["severity", "open", "reported in period", "closed in period"], rows),
        *table(
            ["#", "what", "severity", "status", "reported"],
            tables.open_incident_rows(incidents),
        ),
    ]


def _shadow(shadow: dict) -> list[str]:
    rows = [
        [
            t["tool"],
            t["asked"],
            t["asked_in_period"],
            " ".join(map(str, t["per_week"].values())),
            t["last_asked"],
            ", ".join(t["askers"][:10]),
        ]
        for t in shadow["tools_list"]
    ]
    return [
        "## Shadow-AI radar",
        "",
        f"{shadow['tools']:,} unregistered tools people asked about (askers are Slack user ids).",
        "",
        *table(["tool", "asked in all", "in the period", "per week", "last asked", "asked by"], rows),
        *more(shadow["tools"], len(rows)),
    ]


def _knowledge(gaps: dict) -> list[str]:
    rows = [
        [t["topic"], t["asked"], t["refused"], t["not_helpful_votes"], " / ".join(t["examples"])]
        for t in gaps["topics_list"]
    ]
    return [
        "## What the knowledge base fails to answer",
        "",
        f'{gaps["asked"]:,} questions; {gaps["refused"]:,} answered "I don\'t know"; '
        f"{gaps['voted_not_helpful']:,} voted not helpful.",
        "",
        *table(["topic", "asked", "I don't know", "not helpful", "examples"], rows),
        *more(gaps["topics"], len(rows)),
    ]


def _iso(iso: dict) -> list[str]:
    if not iso.get("available"):
        return ["## ISO/IEC 42001 gap analysis", "", f"Not available: {md(iso['reason'])}.", ""]
    rows = []
    for control in iso["controls"]:
        evidence = control["evidence"][:1]
        if control["verdict"] == "covered" or not control["guidance"]:
            shown = f"“{evidence[0]['quote']}” ({evidence[0]['citation']})" if evidence else ""
        else:
            shown = f"expects: {control['guidance']['quote']} ({control['guidance']['citation']})"
        rows.append([control["control"], control["title"], control["verdict"], shown])
    counts = iso["counts"]
    return [
        "## ISO/IEC 42001 gap analysis",
        "",
        f"{counts['covered']} covered, {counts['partial']} partial, {counts['missing']} missing.",
        "",
        *table(["control", "title", "verdict", "evidence, or what the guidance expects"], rows),
    ]
