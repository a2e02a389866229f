"""The weekly digest: the last seven days of the governance report, cut to what a busy review
channel reads — the figures, and the few items in each section that need someone this week.
Plain data; bot/slack/blocks/report.py renders it for Slack."""

from __future__ import annotations

from datetime import datetime

from knowledge.duties.kinds import DutySettings
from knowledge.inventory.database import Database
from knowledge.reports.period import Period
from knowledge.reports.report import build_report

DIGEST_DAYS = 7
TOP = 5


def weekly_digest(
    db: Database, at: datetime, targets: dict[str, int], duties: DutySettings, *, gaps: dict | None = None
) -> dict:
    """The digest of the seven days up to `at`."""
    report = build_report(db, Period.ending(at, days=DIGEST_DAYS), targets, duties, gaps=gaps)
    return digest_of(report)


def digest_of(report: dict) -> dict:
    decisions, waiting, rereviews = report["decisions"], report["waiting"], report["rereviews"]
    incidents, shadow, knowledge = report["incidents"], report["shadow_ai"], report["knowledge_gaps"]
    decided = [d for d in decisions["decisions"] if d["within_target"] is not None]
    iso = report["iso42001"]
    return {
        "period": report["period"],
        "inventory": {"total": report["inventory"]["total"], "by_status": report["inventory"]["by_status"]},
        "decisions": {
            "count": decisions["count"],
            "by_decision": decisions["by_decision"],
            "within_target": sum(d["within_target"] for d in decided),
            "with_target": len(decided),
            "late": [d for d in decisions["decisions"] if d["within_target"] is False][:TOP],
        },
        "waiting": {
            "open": waiting["open"],
            "past_target": waiting["past_target"],
            "past_target_list": waiting["past_target_list"][:TOP],
            "waiting_for_requester": waiting["waiting_for_requester"],
        },
        "rereviews": {
            "overdue": rereviews["overdue"],
            "escalated": rereviews["escalated"],
            "overdue_list": rereviews["overdue_list"][:TOP],
            "due_soon": rereviews["due_soon"],
            "due_soon_days": rereviews["due_soon_days"],
            "escalated_after_days": rereviews["escalated_after_days"],
        },
        "incidents": {**incidents, "open_list": incidents["open_list"][:TOP]},
        "shadow_ai": {
            "tools": shadow["tools"],
            "asked_this_week": [t for t in shadow["tools_list"] if t["asked_in_period"]][:TOP],
        },
        "knowledge_gaps": {
            "asked": knowledge["asked"],
            "refused": knowledge["refused"],
            "voted_not_helpful": knowledge["voted_not_helpful"],
            "topics_list": [
                {key: topic[key] for key in ("topic", "asked", "refused", "not_helpful_votes")}
                for topic in knowledge["topics_list"][:TOP]
            ],
        },
        "iso42001": {"available": iso["available"], "counts": iso.get("counts"), "missing": iso.get("missing", [])},
    }
