"""The incident register: reports filed by 8 concurrent reporters, then handled by the team.

    python bench/incidents.py

(a) 1,000 reports from 8 writer threads, on SQLite and on PostgreSQL (GOVBOT_BENCH_POSTGRES_URL,
    default the test server): a mix of the policy's cases (secrets, personal data, near misses,
    "not sure"), half naming a tool the inventory does not know (30 names), 100 of them submitted
    twice with the same submission key (a double click). Prints reports per second, p50/p95 of one
    report, the rows stored, incidents lost or filed twice, and whether every unregistered tool was
    counted once per report.
(b) the team's side, one reviewer: acknowledge, assign, note and resolve 200 of them; p50/p95 of
    each change (each writes the incident, its history and the audit trail in one unit of work).

Figures only: nothing here asserts. The machine is shared, so timings are noisy.
"""

from __future__ import annotations

import random
import sys
import tempfile
import threading
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from sqlalchemy import func, select  # noqa: E402

from bench.figures import percentile, seconds_in_threads  # noqa: E402
from bench.postgres import on_postgres  # noqa: E402
from bot.wiring import GovbotDatabase  # noqa: E402
from knowledge.incidents.models import Incident  # noqa: E402
from knowledge.incidents.register import IncidentRegister  # noqa: E402
from knowledge.inventory import import_csv  # noqa: E402
from knowledge.inventory.models import UnregisteredAsk  # noqa: E402

INVENTORY = ROOT / "policies" / "inventory.csv"
WRITERS, REPORTS, DOUBLE_CLICKS, HANDLED = 8, 1000, 100, 200
REVIEWER = "UREVIEWER"
CASES = [
    {"kind": "data_exposed", "data_involved": ["secrets"]},
    {"kind": "data_exposed", "data_involved": ["personal", "confidential"]},
    {"kind": "near_miss", "data_involved": ["none"]},
    {"kind": "", "data_involved": ["not_sure"]},
    {"kind": "harmful_output", "data_involved": []},
]


def reports() -> tuple[list[tuple[dict, str]], int]:
    """The submissions (form, key), shuffled, and how many of the distinct ones name an unregistered tool."""
    rng = random.Random(7)
    distinct = []
    unregistered = 0
    for n in range(REPORTS):
        tool = (
            f"Shadow Tool {n % 30}" if n % 2 else rng.choice(["ChatGPT Enterprise", "GitHub Copilot", "", "not sure"])
        )
        unregistered += n % 2
        form = {"summary": f"Report {n}: something went wrong", "tool": tool, "reporter_id": f"U{n % 40:04d}"}
        distinct.append(({**form, **CASES[n % len(CASES)]}, f"bench-{n}"))
    work = distinct + distinct[:DOUBLE_CLICKS]
    rng.shuffle(work)
    return work, unregistered


def report_throughput(label: str, url: str) -> None:
    db = GovbotDatabase(url)
    db.migrate()
    import_csv(db, INVENTORY, "bench")
    register = IncidentRegister(db, {REVIEWER})
    work, unregistered = reports()
    timings: list[float] = []
    errors: list[str] = []
    lock = threading.Lock()
    barrier = threading.Barrier(WRITERS)

    def writer(batch: list[tuple[dict, str]]) -> None:
        barrier.wait()
        for form, key in batch:
            started = time.perf_counter()
            try:
                register.report(form, key)
            except Exception as error:  # counted and shown: a failure is a finding, not a crash
                with lock:
                    errors.append(f"{key}: {type(error).__name__}: {error}")
                continue
            with lock:
                timings.append(time.perf_counter() - started)

    seconds = seconds_in_threads(writer, work, WRITERS)
    with db.reading() as session:
        keys = Counter(session.scalars(select(Incident.submission_key)))
        asked = session.scalar(select(func.coalesce(func.sum(UnregisteredAsk.count), 0)))
        by_severity = dict(session.execute(select(Incident.severity, func.count()).group_by(Incident.severity)).all())
    lost = REPORTS - len(keys)
    doubled = sum(1 for count in keys.values() if count > 1)
    print(
        f"  {label:10} {len(work)} submissions ({REPORTS} distinct, {DOUBLE_CLICKS} double clicks) in {seconds:.2f}s: "
        f"{len(work) / seconds:.0f}/s; one report p50 {percentile(timings, 0.5) * 1000:.1f} ms, "
        f"p95 {percentile(timings, 0.95) * 1000:.1f} ms"
    )
    print(
        f"  {'':10} rows {sum(keys.values())}; lost {lost}; filed twice {doubled}; "
        f"by severity {dict(sorted(by_severity.items()))}; unregistered tools counted {asked} (expected {unregistered})"
    )
    for line in errors[:5]:
        print(f"  {'':10} {line}")
    report_handling(register)
    db.dispose()


def report_handling(register: IncidentRegister) -> None:
    ids = [incident.id for incident in register.list()][:HANDLED]
    changes = {
        "acknowledge": lambda n: register.acknowledge(n, REVIEWER),
        "assign": lambda n: register.assign(n, "Security Operations", REVIEWER),
        "note": lambda n: register.add_note(n, "Vendor asked to delete the conversation", REVIEWER),
        "resolve": lambda n: register.resolve(n, "No approved tool for the task", REVIEWER),
    }
    figures = []
    for name, change in changes.items():
        timings = []
        for incident_id in ids:
            started = time.perf_counter()
            change(incident_id)
            timings.append(time.perf_counter() - started)
        figures.append(
            f"{name} p50 {percentile(timings, 0.5) * 1000:.1f} / p95 {percentile(timings, 0.95) * 1000:.1f} ms"
        )
    print(f"  {'':10} {len(ids)} handled: " + "; ".join(figures))


def main() -> None:
    print(f"Incident reports, {WRITERS} concurrent reporter threads:")
    with tempfile.TemporaryDirectory() as scratch:
        report_throughput("SQLite", f"sqlite:///{Path(scratch) / 'incidents.db'}")
    on_postgres(lambda url: report_throughput("PostgreSQL", url))


if __name__ == "__main__":
    main()
