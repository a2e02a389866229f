"""The governance report at scale: how long `build_report` takes with 10,000 tools, 50,000
questions and 1,000 incidents, on SQLite and PostgreSQL, and how long rendering it takes.

    python bench/report.py [--tools 10000] [--questions 50000] [--incidents 1000] [--requests 3000]
                           [--runs 7] [--screenshot docs/report.png]

The database is synthesised over the last eight weeks: tools in every status and tier with
re-review dates spread around today, registration requests decided (a fifth after asking for
information) or waiting, unregistered tools asked about, question outcomes (a tenth refused, a
fifth naming an unregistered tool) and votes on them. Incidents are synthesised only when the
database has an incident register (an `incidents` table, from the incident register's migration);
without one that part is reported as not measured. The gap analysis is left out (it reads the
knowledge index, not the database: bench/gap_analysis.py times it).

--screenshot renders the HTML report of the SQLite run and photographs it with headless Chromium
(the README's picture is made with small numbers, which read better than 10,000 bars' worth).
Figures only: nothing here asserts. The machine is shared, so timings are noisy.
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import subprocess
import sys
import tempfile
import time
import uuid
from datetime import datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from sqlalchemy import Boolean, DateTime, Integer, MetaData, Table, create_engine, insert, inspect, text  # noqa: E402
from sqlalchemy.engine import make_url  # noqa: E402

from bench.figures import percentile  # noqa: E402
from bot.wiring import GovbotDatabase  # noqa: E402
from knowledge.inventory.matching import name_key  # noqa: E402
from knowledge.inventory.models import AuditEvent, RegistrationRequest, Tool, UnregisteredAsk, now  # noqa: E402
from knowledge.questions.models import AnswerVote, QuestionOutcome  # noqa: E402
from knowledge.reports.html import render_html  # noqa: E402
from knowledge.reports.markdown import render_markdown  # noqa: E402
from knowledge.reports.period import Period  # noqa: E402
from knowledge.reports.report import build_report  # noqa: E402
from knowledge.reports.targets import turnaround_targets  # noqa: E402

POSTGRES_URL = os.environ.get(
    "GOVBOT_BENCH_POSTGRES_URL",
    os.environ.get("GOVBOT_TEST_POSTGRES_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/test"),
)
WEEKS = 8
STATUSES = ["approved"] * 3 + ["approved_with_conditions"] * 4 + ["rejected"] * 2 + ["retired"]
TIERS = ["low"] * 4 + ["medium"] * 3 + ["high"] * 2 + ["prohibited"]
TOPICS = [f"Policy {n // 5 + 1}, {n % 5 + 1}. Section {n}" for n in range(40)] + ["AI tool inventory"] * 10
SEVERITIES = ["low", "medium", "high", "critical"]


def when(rng: random.Random, start: datetime, end: datetime) -> datetime:
    return start + (end - start) * rng.random()


def synthesise(db: GovbotDatabase, sizes: argparse.Namespace, until: datetime, seed: int = 7) -> str:
    """Fill the database; what was done about incidents (synthesised, or why not)."""
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
    return synthesise_incidents(db, sizes.incidents, start, until, rng)


def synthesise_incidents(db: GovbotDatabase, count: int, start: datetime, until: datetime, rng) -> str:
    """Incidents in the register's own table, when there is one: the columns the report reads
    filled with meaning, any other required column with a value of its type."""
    if not inspect(db.engine).has_table("incidents"):
        return "not measured: this database has no incident register (no `incidents` table)"
    table = Table("incidents", MetaData(), autoload_with=db.engine)
    rows = []
    for n in range(count):
        opened = when(rng, start, until)
        closed = opened + timedelta(days=rng.uniform(0.1, 10)) if rng.random() < 0.7 else None
        meaning = {
            "severity": rng.choice(SEVERITIES),
            "status": "resolved" if closed else "open",
            "opened_at": opened,
            "reported_at": opened,
            "created_at": opened,
            "closed_at": closed,
            "resolved_at": closed,
            "title": f"incident {n}",
            "summary": f"incident {n}",
        }
        row = {}
        for column in table.columns:
            if column.primary_key and column.autoincrement:
                continue
            if column.name in meaning:
                row[column.name] = meaning[column.name]
            elif not column.nullable and column.default is None and column.server_default is None:
                row[column.name] = filler(column.type, opened, n)
        rows.append(row)
    try:
        with db.engine.begin() as connection:
            connection.execute(table.insert(), rows)
    except Exception as error:  # the register's constraints are its own: say so, measure the rest
        return f"not measured: synthetic incidents refused ({str(error).splitlines()[0][:160]})"
    return f"{count:,} synthesised"


def filler(kind, moment: datetime, n: int):
    if isinstance(kind, Boolean):
        return False
    if isinstance(kind, Integer):
        return 0
    if isinstance(kind, DateTime):
        return moment
    python = getattr(kind, "python_type", str) if not hasattr(kind, "impl") else str
    return [] if python in (list, dict) else f"bench {n}"


def measure(label: str, url: str, sizes: argparse.Namespace, screenshot: Path | None) -> None:
    db = GovbotDatabase(url)
    db.migrate()
    until = now()
    started = time.perf_counter()
    incidents = synthesise(db, sizes, until)
    print(f"  {label}: synthesised in {time.perf_counter() - started:.1f}s; incidents {incidents}")
    targets = turnaround_targets(ROOT / "policies")
    period = Period.ending(until, days=WEEKS * 7)
    build_report(db, period, targets)  # warm: the first run pays for the caches
    timings, report = [], {}
    for _ in range(sizes.runs):
        began = time.perf_counter()
        report = build_report(db, period, targets)
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
        f"{sizes.incidents:,} incidents (when there is a register):"
    )
    with tempfile.TemporaryDirectory() as scratch:
        measure("SQLite", f"sqlite:///{Path(scratch) / 'report.db'}", sizes, sizes.screenshot)
    schema = f"bench_{uuid.uuid4().hex[:10]}"
    admin = create_engine(POSTGRES_URL, isolation_level="AUTOCOMMIT", connect_args={"connect_timeout": 3})
    try:
        with admin.connect() as connection:
            connection.execute(text(f'CREATE SCHEMA "{schema}"'))
    except Exception as error:  # unreachable server: report and stop
        print(f"  PostgreSQL skipped: {str(error).splitlines()[0]}")
        return
    try:
        url = make_url(POSTGRES_URL).update_query_dict({"options": f"-csearch_path={schema}"})
        measure("PostgreSQL", url.render_as_string(hide_password=False), sizes, None)
    finally:
        with admin.connect() as connection:
            connection.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
        admin.dispose()


if __name__ == "__main__":
    main()
