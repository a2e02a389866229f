"""The report as one self-contained HTML file, to send to leadership or an auditor: inline CSS,
inline SVG charts (charts.py), no script, no external address. Every text from the database or
the documents is escaped; only the markup written here is live."""

from __future__ import annotations

from collections.abc import Collection
from html import escape

from knowledge.reports import tables
from knowledge.reports.charts import bar_chart, grouped_bar_chart
from knowledge.reports.summary import headline_figures, label

STATUS_COLOURS = {
    "approved": "#3c8d5a",
    "with conditions": "#e0a030",
    "rejected": "#c8553d",
    "retired": "#8c8c8c",
}
TIER_COLOURS = {"low": "#6a9fc0", "medium": "#e0a030", "high": "#c8553d", "prohibited": "#6b1f1f", "untriaged": "#bbb"}
VERDICT_COLOURS = {"covered": "#3c8d5a", "partial": "#e0a030", "missing": "#c8553d"}
VERDICT_CLASS = {"covered": "ok", "partial": "warn", "missing": "bad"}

CSS = """
body{font:15px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1d232a;margin:0;background:#f4f5f7}
main{max-width:1080px;margin:0 auto;padding:28px 32px 60px;background:#fff}
h1{font-size:26px;margin:0 0 4px}
h2{font-size:20px;margin:34px 0 10px;border-bottom:2px solid #e4e6ea;padding-bottom:4px}
h3{font-size:16px;margin:18px 0 6px}.muted{color:#5b6470}.cards{display:flex;flex-wrap:wrap;gap:12px;margin:18px 0}
.card{flex:1 1 150px;border:1px solid #e1e4e8;border-radius:8px;padding:10px 14px}
.card b{display:block;font-size:26px}.card span{color:#5b6470;font-size:13px}
.charts{display:flex;flex-wrap:wrap;gap:18px}.chart{border:1px solid #e1e4e8;border-radius:8px;background:#fff}
.chart-title{font-weight:600;font-size:14px}.chart-label{font-size:11px;fill:#3d4650}.chart-value{font-size:11px;fill:#1d232a}
table{border-collapse:collapse;width:100%;margin:6px 0 12px;font-size:14px}
th,td{border-bottom:1px solid #e4e6ea;padding:5px 8px;text-align:left;vertical-align:top}
th{background:#f6f7f9;font-weight:600}td.num,th.num{text-align:right}
.ok{color:#2d7a47;font-weight:600}.warn{color:#a66a00;font-weight:600}.bad{color:#b23b26;font-weight:600}
blockquote{margin:4px 0;padding:2px 10px;border-left:3px solid #d0d5db;color:#3d4650}
.note{background:#fff8e6;border:1px solid #f0dca8;border-radius:6px;padding:8px 12px}
@media print{body{background:#fff}main{padding:0}}
"""


def render_html(report: dict) -> str:
    period = report["period"]
    body = [
        "<h1>AI governance report</h1>",
        f'<p class="muted">{escape(period["since"][:10])} to {escape(period["until"][:10])} · generated '
        f"{escape(report['generated_at'][:16].replace('T', ' '))} UTC by govbot</p>",
        _cards(report),
        '<div class="charts">',
        bar_chart("Inventory by status", _statuses(report["inventory"]["by_status"]), STATUS_COLOURS),
        bar_chart("Inventory by risk tier", report["inventory"]["by_risk_tier"], TIER_COLOURS),
        grouped_bar_chart("Requests and incidents per week", _per_week(report), colours=_WEEK_COLOURS),
        grouped_bar_chart(
            "Questions naming unregistered tools, per week",
            {"questions": report["shadow_ai"]["per_week"]},
            colours={"questions": "#7d5ba6"},
        ),
        "</div>",
        _decisions(report["decisions"], report["targets"]),
        _waiting(report["waiting"]),
        _rereviews(report["rereviews"]),
        _incidents(report["incidents"]),
        _shadow(report["shadow_ai"]),
        _knowledge(report["knowledge_gaps"]),
        _iso(report["iso42001"]),
    ]
    return (
        '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width,initial-scale=1">'
        f"<title>AI governance report {escape(period['since'][:10])} to {escape(period['until'][:10])}</title>"
        f"<style>{CSS}</style></head><body><main>{''.join(body)}</main></body></html>\n"
    )


_WEEK_COLOURS = {"requests": "#2f6f9f", "incidents": "#c8553d"}


def _statuses(by_status: dict[str, int]) -> dict[str, int]:
    """The statuses as the chart labels them (short enough to fit under a bar)."""
    return {
        ("with conditions" if status == "approved_with_conditions" else status): n for status, n in by_status.items()
    }


def _per_week(report: dict) -> dict[str, dict[str, int]]:
    return {"requests": report["requests_per_week"], "incidents": report["incidents"]["per_week"]}


def _cards(report: dict) -> str:
    cards = "".join(
        f'<div class="card"><b>{escape(str(value))}</b><span>{escape(name)}</span></div>'
        for name, value in headline_figures(report)
    )
    return f'<div class="cards">{cards}</div>'


def _table(headers: list[str], rows: list[list], numeric: Collection[int] = ()) -> str:
    if not rows:
        return '<p class="muted">None.</p>'
    head = "".join(
        f'<th class="num">{escape(h)}</th>' if i in numeric else f"<th>{escape(h)}</th>" for i, h in enumerate(headers)
    )
    body = "".join(
        "<tr>" + "".join(_cell(value, i in numeric) for i, value in enumerate(row)) + "</tr>" for row in rows
    )
    return f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"


def _cell(value, numeric: bool) -> str:
    shown = "—" if value is None else value if isinstance(value, _Markup) else escape(str(value))
    return f'<td class="num">{shown}</td>' if numeric else f"<td>{shown}</td>"


class _Markup(str):
    """Markup written here (already escaped where it holds text): shown as it is."""


def _more(total: int, shown: int) -> str:
    return (
        f'<p class="muted">…and {total - shown:,} more (the JSON report lists up to 50).</p>' if total > shown else ""
    )


def _decisions(decisions: dict, targets: dict) -> str:
    rows = []
    for tier, figures in decisions["turnaround"].items():
        share = figures["share_within_target"]
        rows.append(
            [
                tier,
                figures["decided"],
                f"{figures['target_days']} business days" if figures["target_days"] is not None else "no target",
                f"{share:.0%}" if share is not None else None,
                figures["median_days"],
                figures["slowest_days"],
            ]
        )
    by_decision = ", ".join(f"{count} {label(kind)}" for kind, count in decisions["by_decision"].items())
    recent = tables.decision_rows(decisions, _verdict_mark)
    return (
        "<h2>Decisions and turnaround</h2>"
        f"<p>{decisions['count']:,} decisions in the period ({escape(by_decision)}). Turnaround is counted in "
        "business days from submission to decision, less the time spent waiting for the requester's answer, "
        "against the targets of the policy."
        + ("" if targets else " <b>No targets table was found in the policies.</b>")
        + "</p>"
        + _table(["risk tier", "decided", "target", "within target", "median days", "slowest"], rows, {1, 3, 4, 5})
        + "<h3>Decisions, most recent first</h3>"
        + _table(["request", "tool", "tier", "decision", "by", "on", "business days", "on time"], recent, {6})
    )


def _verdict_mark(within: bool | None) -> _Markup | None:
    if within is None:
        return None
    return _Markup('<span class="ok">yes</span>' if within else '<span class="bad">late</span>')


def _waiting(waiting: dict) -> str:
    late, asked = tables.past_target_rows(waiting), tables.waiting_for_requester_rows(waiting)
    return (
        "<h2>Requests waiting too long</h2>"
        f"<p>{waiting['open']:,} open requests; {waiting['past_target']:,} past their target, "
        f"{waiting['waiting_for_requester']:,} waiting for the requester's answer.</p>"
        + _table(["request", "tool", "tier", "filed", "business days", "target"], late, {4, 5})
        + _more(waiting["past_target"], len(late))
        + "<h3>Waiting for the requester</h3>"
        + _table(["request", "tool", "tier", "filed", "days since asked"], asked, {4})
        + _more(waiting["waiting_for_requester"], len(asked))
    )


def _rereviews(rereviews: dict) -> str:
    overdue, soon = tables.overdue_rows(rereviews), tables.due_soon_rows(rereviews)
    after, soon_days = rereviews["escalated_after_days"], rereviews["due_soon_days"]
    escalated = (
        f"{rereviews['escalated']:,} more than {after} days, which the policy escalates to the tool owner's director"
        if after is not None
        else "escalation is off"
    )
    return (
        "<h2>Re-reviews</h2>"
        f"<p>{rereviews['overdue']:,} overdue ({escalated}); {rereviews['due_soon']:,} due in the next "
        f"{soon_days} days.</p>"
        + _table(["tool", "status", "owner", "due", "days overdue"], overdue, {4})
        + _more(rereviews["overdue"], len(overdue))
        + f"<h3>Due in the next {soon_days} days</h3>"
        + _table(["tool", "status", "owner", "due", "days left"], soon, {4})
        + _more(rereviews["due_soon"], len(soon))
    )


def _incidents(incidents: dict) -> str:
    rows, open_rows = tables.severity_rows(incidents), tables.open_incident_rows(incidents)
    return (
        "<h2>Incidents</h2>"
        f"<p>{incidents['open']:,} open; {incidents['opened_in_period']:,} reported and "
        f"{incidents['closed_in_period']:,} closed in the period.</p>"
        + _table(["severity", "open", "reported in period", "closed in period"], rows, {1, 2, 3})
        + "<h3>Open incidents</h3>"
        + _table(["#", "what", "severity", "status", "reported"], open_rows)
        + _more(incidents["open"], len(open_rows))
    )


def _shadow(shadow: dict) -> str:
    rows = [
        [
            t["tool"],
            t["asked"],
            t["asked_in_period"],
            " ".join(str(n) for n in t["per_week"].values()),
            t["last_asked"],
            ", ".join(t["askers"][:10]) + (f" +{len(t['askers']) - 10}" if len(t["askers"]) > 10 else ""),
        ]
        for t in shadow["tools_list"]
    ]
    return (
        "<h2>Shadow-AI radar</h2>"
        f"<p>{shadow['tools']:,} unregistered tools people asked govbot about. Invite the people who asked to "
        "register them (askers are Slack user ids).</p>"
        + _table(["tool", "asked in all", "in the period", "per week", "last asked", "asked by"], rows, {1, 2})
        + _more(shadow["tools"], len(rows))
    )


def _knowledge(gaps: dict) -> str:
    rows = [
        [
            t["topic"],
            t["asked"],
            t["refused"],
            t["not_helpful_votes"],
            _Markup("".join(f"<blockquote>{escape(q)}</blockquote>" for q in t["examples"])) if t["examples"] else "",
        ]
        for t in gaps["topics_list"]
    ]
    return (
        "<h2>What the knowledge base fails to answer</h2>"
        f"<p>{gaps['asked']:,} questions in the period; {gaps['refused']:,} answered “I don't know”, "
        f"{gaps['voted_not_helpful']:,} answers voted not helpful. By the policy section they came nearest to:</p>"
        + _table(["topic", "asked", "I don't know", "not helpful", "examples"], rows, {1, 2, 3})
        + _more(gaps["topics"], len(rows))
    )


def _iso(iso: dict) -> str:
    if not iso.get("available"):
        return f'<h2>ISO/IEC 42001 gap analysis</h2><p class="note">Not available: {escape(iso["reason"])}.</p>'
    counts = iso["counts"]
    rows = []
    for control in iso["controls"]:
        verdict = control["verdict"]
        evidence = control["evidence"][:1]
        shown = "".join(
            f"<blockquote>{escape(e['quote'])}</blockquote><span class='muted'>{escape(e['citation'])}</span>"
            for e in evidence
        )
        if control["guidance"] and verdict != "covered":
            shown += (
                f"<div><b>The guidance expects:</b> {escape(control['guidance']['quote'])} "
                f"<span class='muted'>({escape(control['guidance']['citation'])})</span></div>"
            )
        rows.append(
            [
                control["control"],
                control["title"],
                _Markup(f'<span class="{VERDICT_CLASS.get(verdict, "")}">{escape(verdict)}</span>'),
                _Markup(shown),
            ]
        )
    return (
        "<h2>ISO/IEC 42001 gap analysis</h2>"
        f"<p>{counts['covered']} controls covered, {counts['partial']} partial, {counts['missing']} missing, "
        "judged from the organization's own policies (the bundled guidance is never evidence). A verdict points "
        "to the sections to read; it is not an audit finding.</p>"
        + bar_chart("Controls by verdict", counts, VERDICT_COLOURS)
        + _table(["control", "title", "verdict", "evidence, or what the guidance expects"], rows)
    )
