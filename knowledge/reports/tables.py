"""The report's tables that every rendering shows with the same cells, as rows of plain values:
each renderer (html.py, markdown.py) adds its own headers and formats the cells itself."""

from __future__ import annotations

from collections.abc import Callable

from knowledge.reports.summary import label


def decision_rows(decisions: dict, on_time: Callable[[bool | None], object]) -> list[list]:
    """The period's decisions, most recent first; `on_time` shows whether each met its target."""
    return [
        [
            f"#{d['request']}",
            d["tool"],
            d["risk_tier"],
            label(d["decision"]),
            d["decided_by"],
            d["decided_on"],
            d["business_days"],
            on_time(d["within_target"]),
        ]
        for d in decisions["decisions"]
    ]


def past_target_rows(waiting: dict) -> list[list]:
    return [
        [f"#{r['request']}", r["tool"], r["risk_tier"], r["filed_on"], r["business_days"], r["target_days"]]
        for r in waiting["past_target_list"]
    ]


def waiting_for_requester_rows(waiting: dict) -> list[list]:
    return [
        [f"#{r['request']}", r["tool"], r["risk_tier"], r["filed_on"], r["days_waiting_for_answer"]]
        for r in waiting["waiting_for_requester_list"]
    ]


def overdue_rows(rereviews: dict) -> list[list]:
    return [
        [t["tool"], label(t["status"]), t["owner"], t["due_on"], t["days_overdue"]] for t in rereviews["overdue_list"]
    ]


def due_soon_rows(rereviews: dict) -> list[list]:
    return [
        [t["tool"], label(t["status"]), t["owner"], t["due_on"], t["days_left"]] for t in rereviews["due_soon_list"]
    ]


def severity_rows(incidents: dict) -> list[list]:
    return [
        [sev, c["open"], c["opened_in_period"], c["closed_in_period"]] for sev, c in incidents["by_severity"].items()
    ]


def open_incident_rows(incidents: dict) -> list[list]:
    return [[i["id"], i["title"], i["severity"], i["status"], i["opened_on"]] for i in incidents["open_list"]]
