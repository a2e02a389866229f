"""The governance report: its sections computed in one read-only unit of work, as plain data.

    report = build_report(db, Period.ending(now()), targets, duties, gaps=analyser.analyse(index).to_dict())
    json.dumps(report)      # what `govbot report --format json` prints

The incidents come from the incident register (incidents.py); `gaps` is the ISO/IEC 42001 gap
analysis (knowledge/gaps/: `GapReport.to_dict()`), or None when there is no index to analyse.
The re-review section counts by the duties' numbers (`DutySettings`, from the GOVBOT_* settings):
due soon is what the duties remind owners of, escalated what they escalate.
"""

from __future__ import annotations

import time
from datetime import datetime

from knowledge.duties.kinds import DutySettings
from knowledge.inventory.database import Database
from knowledge.inventory.models import now
from knowledge.reports import sections
from knowledge.reports.incidents import incidents_section
from knowledge.reports.period import Period

REPORT_VERSION = 1


def build_report(
    db: Database,
    period: Period,
    targets: dict[str, int],
    duties: DutySettings,
    *,
    gaps: dict | None = None,
    generated_at: datetime | None = None,
) -> dict:
    started = time.perf_counter()
    with db.reading() as session:
        report = {
            "report_version": REPORT_VERSION,
            "generated_at": (generated_at or now()).isoformat(),
            "period": period.to_dict(),
            "targets": targets,
            "inventory": sections.inventory(session),
            "decisions": sections.decisions(session, period, targets),
            "waiting": sections.waiting(session, period.until, targets),
            "rereviews": sections.rereviews(session, period.until, duties),
            "requests_per_week": sections.requests_per_week(session, period),
            "incidents": incidents_section(session, period),
            "shadow_ai": sections.shadow_ai(session, period),
            "knowledge_gaps": sections.knowledge_gaps(session, period),
        }
    report["iso42001"] = gaps_section(gaps)
    report["seconds"] = round(time.perf_counter() - started, 3)
    return report


def gaps_section(gaps: dict | None) -> dict:
    """The gap analysis as the report carries it: every control's entry, the counts, and the
    missing and partial controls by id (what the summary shows)."""
    if gaps is None:
        return {"available": False, "reason": "no knowledge index to analyse (run `govbot ingest`)"}
    controls = gaps["controls"]
    counts = {verdict: sum(c["verdict"] == verdict for c in controls) for verdict in ("covered", "partial", "missing")}
    return {
        "available": True,
        "counts": counts,
        "missing": [c["control"] for c in controls if c["verdict"] == "missing"],
        "partial": [c["control"] for c in controls if c["verdict"] == "partial"],
        **gaps,
    }
