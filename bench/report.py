"""The governance report at scale: how long `build_report` takes with 10,000 tools, 50,000
questions and 1,000 incidents, on SQLite and PostgreSQL, and how long rendering it takes.

    python bench/report.py [--tools 10000] [--questions 50000] [--incidents 1000] [--requests 3000]
                           [--runs 7] [--screenshot docs/report.png]

The database is synthesised over the last eight weeks: tools in every status and tier with
re-review dates spread around today, registration requests decided (a fifth after asking for
information) or waiting, unregistered tools asked about, question outcomes (a tenth refused, a
fifth naming an unregistered tool) and votes on them, and incidents in the incident register
(knowledge/incidents/models.py), each triaged by the register's own rules, naming an inventory tool,
an unregistered one (the shadow-AI radar counts those) or none, seven in ten resolved. They are
inserted as the register's rows in bulk rather than filed one by one through IncidentRegister
(whose speed is bench/incidents.py's business): here the figure is the report's. The gap analysis is
left out (it reads the knowledge index, not the database: bench/gap_analysis.py times it).

--screenshot renders the HTML report of the SQLite run and photographs it with headless Chromium
(the README's picture is made with small numbers, which read better than 10,000 bars' worth).
Figures only: nothing here asserts. The machine is shared, so timings are noisy.
"""

from __future__ import annotations

import argparse
import random
import shutil
import subprocess
import sys
import tempfile
import time
from datetime import datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from sqlalchemy import insert, select  # noqa: E402

from bench.figures import percentile  # noqa: E402
from bench.postgres import on_postgres  # noqa: E402
from bot.settings import Settings  # noqa: E402
from bot.wiring import GovbotDatabase  # noqa: E402
from knowledge.incidents.models import Incident, IncidentEvent  # noqa: E402
from knowledge.incidents.triage import triage  # noqa: E402
from knowledge.incidents.vocabulary import DataInvolved, IncidentAction, IncidentKind, IncidentStatus  # noqa: E402
from knowledge.inventory.matching import name_key  # noqa: E402
from knowledge.inventory.models import AuditEvent, RegistrationRequest, Tool, UnregisteredAsk, now  # noqa: E402
from knowledge.questions.models import AnswerVote, QuestionOutcome  # noqa: E402
from knowledge.reports.html import render_html  # noqa: E402
from knowledge.reports.markdown import render_markdown  # noqa: E402
from knowledge.reports.period import Period  # noqa: E402
from knowledge.reports.report import build_report  # noqa: E402
from knowledge.reports.targets import turnaround_targets  # noqa: E402

WEEKS = 8
STATUSES = ["approved"] * 3 + ["approved_with_conditions"] * 4 + ["rejected"] * 2 + ["retired"]
TIERS = ["low"] * 4 + ["medium"] * 3 + ["high"] * 2 + ["prohibited"]
TOPICS = [f"Policy {n // 5 + 1}, {n % 5 + 1}. Section {n}" for n in range(40)] + ["AI tool inventory"] * 10


def when(rng: random.Random, start: datetime, end: datetime) -> datetime:
    return start + (end - start) * rng.random()


def synthesise(db: GovbotDatabase, sizes: argparse.Namespace, until: datetime, seed: int = 7) -> None:
    """Fill the database."""
    rng = random.Random(seed)
    start = until - timedelta(weeks=WEEKS)
    tools = []
    for n in range(sizes.tools):
        status = rng.choice(STATUSES)
        approved = status in ("approved", "approved_with_conditions")
        due = until + timedelta(days=rng.randint(-120, 365)) if approved else None
        name = f"Tool {n:05d}"
        tools.append(
            {
                "name": name,
                "name_key": name_key(name),
                "vendor": f"Vendor {n % 700}",
                "aliases": [],
                "url": "",
                "category": f"category {n % 30}",
                "status": status,
                "conditions": "",
                "data_classification": "internal",
                "owner": f"Owner {n % 400}",
                "risk_tier": rng.choice(TIERS),
                "next_review_due": due,
                "notes": "",
                "created_at": start,
                "updated_at": start,
                "version": 1,
            }
        )
    requests, events = [], []
    for n in range(1, sizes.requests + 1):
        created = when(rng, start - timedelta(weeks=2), until - timedelta(hours=1))
        open_request = rng.random() < 0.15
        status = (
            rng.choice(["pending", "needs_info"])
            if open_request
            else rng.choice(["approved", "approved_with_conditions", "rejected"])
        )
        requests.append(
            {
                "id": n,
                "name": f"Requested {n:05d}",
                "vendor": "Vendor",
                "aliases": [],
                "url": "",
                "category": "",
                "data_classification": "internal",
                "owner": "",
                "requester_id": f"U{n % 900:04d}",
                "requester_name": "",
                "purpose": "bench",
                "teams": "",
                "user_count": 1,
                "data_categories": [],
                "vendor_trains_on_data": "no",
                "enterprise_agreement": False,
                "hosting": "vendor_saas",
                "integrations": "",
                "decisions_about_people": False,
                "acts_without_human": False,
                "use_areas": [],
                "details": "",
                "status": status,
                "risk_tier": rng.choice(TIERS),
                "risk_reasons": [],
                "checklist": [],
                "decision_comment": "",
                "submission_key": f"bench-{n}",
                "created_at": created,
                "updated_at": created,
                "version": 1,
            }
        )
        moment = created
        if status == "needs_info" or rng.random() < 0.2:
            moment = moment + timedelta(days=rng.uniform(0.5, 5))
            events.append(("decided", n, moment, "pending", "needs_info"))
            if status != "needs_info":
                moment = moment + timedelta(days=rng.uniform(0.5, 7))
                events.append(("answered", n, moment, "needs_info", "pending"))
        if not open_request:
            moment = min(until, moment + timedelta(days=rng.uniform(0.2, 30)))
            events.append(("decided", n, moment, "pending", status))
    audit = [
        {
            "at": at,
            "actor": "bench",
            "action": action,
            "tool_name": f"Requested {n:05d}",
            "request_id": n,
            "from_state": before,
            "to_state": after,
            "comment": "",
        }
        for action, n, at, before, after in events
    ]
    shadow = [f"Shadow {n:03d}" for n in range(300)]
    asks = [
        {
            "name_key": name_key(name),
            "name": name,
            "count": rng.randint(1, 200),
            "first_asked": start,
            "last_asked": until,
        }
        for name in shadow
    ]
    outcomes = []
    for n in range(1, sizes.questions + 1):
        named = rng.random() < 0.2
        refused = rng.random() < 0.1
        tool = rng.choice(shadow) if named else None
        outcomes.append(
            {
                "id": n,
                "asked_at": when(rng, start, until),
                "surface": "slack",
                "intent": "policy_question",
                "topic": rng.choice(TOPICS),
                "outcome": "refused" if refused else "answered",
                "confidence": 0.5,
                "tool_name": tool,
                "tool_key": name_key(tool) if tool else None,
                "asker_id": f"U{rng.randint(0, 500):04d}" if tool else None,
                "question": f"question {n} nobody answered" if refused else "",
            }
        )
    votes = [
        {"outcome_id": n, "voter_id": f"U{n % 97}", "helpful": rng.random() < 0.7, "at": until}
        for n in rng.sample(range(1, sizes.questions + 1), min(sizes.questions, sizes.questions // 5))
    ]
    with db.writing() as session:
        for model, rows in (
            (Tool, tools),
            (RegistrationRequest, requests),
            (AuditEvent, audit),
            (UnregisteredAsk, asks),
            (QuestionOutcome, outcomes),
            (AnswerVote, votes),
        ):
            for chunk in range(0, len(rows), 5000):
                session.execute(insert(model), rows[chunk : chunk + 5000])
    synthesise_incidents(db, sizes.incidents, start, until, rng, shadow)


def synthesise_incidents(
    db: GovbotDatabase, count: int, start: datetime, until: datetime, rng: random.Random, shadow: list[str]
) -> None:
    """Incidents as the register files them: triaged by its rules (severity, deadlines, next
    steps), the tool an inventory tool (six in ten), an unregistered one (three) or unknown; seven
    in ten resolved within ten days; each with its `reported` history entry."""
    with db.reading() as session:
        tools = list(session.execute(select(Tool.id, Tool.name)))
    kinds, data_classes = list(IncidentKind), [d.value for d in DataInvolved]
    rows = []
    for n in range(count):
        reported = when(rng, start, until)
        kind = rng.choice(kinds)
        data = rng.sample(data_classes, rng.randint(0, 2))
        verdict = triage(kind, data, reported)
        resolved = reported + timedelta(days=rng.uniform(0.1, 10)) if rng.random() < 0.7 else None
        resolved = resolved if resolved is not None and resolved < until else None
        draw = rng.random()
        tool_id, tool_name = rng.choice(tools) if draw < 0.6 else (None, rng.choice(shadow) if draw < 0.9 else "")
        rows.append(
            {
                "kind": kind.value,
                "summary": f"incident {n}",
                "tool_name": tool_name,
                "tool_id": tool_id,
                "data_involved": data,
                "reporter_id": f"U{rng.randint(0, 500):04d}",
                "severity": int(verdict.severity),
                "triage_reasons": verdict.reasons,
                "next_steps": verdict.next_steps,
                "report_due_at": verdict.report_due_at,
                "acknowledge_due_at": verdict.acknowledge_due_at,
                "status": IncidentStatus.resolved if resolved else IncidentStatus.open,
                "reported_at": reported,
                "acknowledged_at": resolved,
                "acknowledged_by": "bench" if resolved else None,
                "resolved_at": resolved,
                "resolved_by": "bench" if resolved else None,
                "root_cause": "bench" if resolved else "",
                "submission_key": f"bench-incident-{n}",
                "updated_at": resolved or reported,
            }
        )
    with db.writing() as session:
        session.execute(insert(Incident), rows)
        ids = session.scalars(select(Incident.id).order_by(Incident.id)).all()
        history = [
            {
                "incident_id": number,
                "at": row["reported_at"],
                "actor": row["reporter_id"],
                "action": IncidentAction.reported,
                "to_status": IncidentStatus.open,
            }
            for number, row in zip(ids, rows, strict=True)
        ]
        session.execute(insert(IncidentEvent), history)


def measure(label: str, url: str, sizes: argparse.Namespace, screenshot: Path | None) -> None:
    db = GovbotDatabase(url)
    db.migrate()
    until = now()
    started = time.perf_counter()
    synthesise(db, sizes, until)
    print(f"  {label}: synthesised in {time.perf_counter() - started:.1f}s")
    targets = turnaround_targets(ROOT / "policies")
    period = Period.ending(until, days=WEEKS * 7)
    duties = Settings().duties  # the duties' numbers, from the environment as `govbot report` reads them
    build_report(db, period, targets, duties)  # warm: the first run pays for the caches
    timings, report = [], {}
    for _ in range(sizes.runs):
        began = time.perf_counter()
        report = build_report(db, period, targets, duties)
        timings.append(time.perf_counter() - began)
    began = time.perf_counter()
    page = render_html(report)
    html_seconds = time.perf_counter() - began
    began = time.perf_counter()
    render_markdown(report)
    md_seconds = time.perf_counter() - began
    print(
        f"  {label}: build_report over {WEEKS} weeks, {sizes.runs} runs: p50 {percentile(timings, 0.5):.2f}s, "
        f"p95 {percentile(timings, 0.95):.2f}s; HTML {html_seconds * 1000:.0f} ms ({len(page) / 1024:.0f} KiB), "
        f"Markdown {md_seconds * 1000:.0f} ms"
    )
    incidents, radar = report["incidents"], report["shadow_ai"]
    print(
        f"  {label}: the report's incidents: {incidents['open']:,} open, {incidents['opened_in_period']:,} reported "
        f"and {incidents['closed_in_period']:,} resolved in the period ({', '.join(incidents['by_severity'])}); "
        f"radar: {sum(t['reported_in_period'] for t in radar['tools_list']):,} incident mentions among the "
        f"{len(radar['tools_list'])} tools listed"
    )
    if screenshot is not None:
        photograph(page, screenshot)
    db.dispose()


def photograph(page: str, path: Path) -> None:
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    if chromium is None:
        print("  no screenshot: headless Chromium is not installed (Debian: apt-get install chromium)")
        return
    with tempfile.TemporaryDirectory() as scratch:
        html = Path(scratch) / "report.html"
        html.write_text(page, encoding="utf-8")
        path.parent.mkdir(parents=True, exist_ok=True)
        subprocess.run(
            [
                chromium,
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--hide-scrollbars",
                "--window-size=1100,1000",
                f"--screenshot={path.resolve()}",
                html.as_uri(),
            ],
            check=True,
            capture_output=True,
            timeout=120,
        )
    print(f"  screenshot written to {path}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--tools", type=int, default=10_000)
    parser.add_argument("--questions", type=int, default=50_000)
    parser.add_argument("--incidents", type=int, default=1_000)
    parser.add_argument("--requests", type=int, default=3_000)
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--screenshot", type=Path, default=None)
    sizes = parser.parse_args()
    print(
        f"Governance report: {sizes.tools:,} tools, {sizes.requests:,} requests, {sizes.questions:,} questions, "
        f"{sizes.incidents:,} incidents:"
    )
    with tempfile.TemporaryDirectory() as scratch:
        measure("SQLite", f"sqlite:///{Path(scratch) / 'report.db'}", sizes, sizes.screenshot)
    on_postgres(lambda url: measure("PostgreSQL", url, sizes, None))


if __name__ == "__main__":
    main()
