"""The governance report over a database of known content (tests/report_fixture.py), on SQLite
and PostgreSQL: each section's figures worked out by hand."""

import json
from datetime import date, timedelta

import pytest

from bot.wiring import GovbotDatabase
from knowledge.duties.kinds import DutySettings
from knowledge.inventory.models import Tool, now
from knowledge.reports.html import render_html
from knowledge.reports.period import Period
from knowledge.reports.report import build_report
from knowledge.reports.targets import targets_in, turnaround_targets
from tests.cli_helpers import govbot_command, ok
from tests.report_fixture import HOSTILE_QUESTION, PERIOD, PINGS, SCRIPT, SHADOW, TARGETS, at, fill


@pytest.fixture
def database_class():
    return GovbotDatabase


@pytest.fixture
def filled(database):
    fill(database)
    return database


@pytest.fixture
def report(filled):
    return build_report(filled, PERIOD, TARGETS, DutySettings())


def test_the_inventory_by_status_and_risk_tier(report):
    inventory = report["inventory"]
    assert inventory["total"] == 6
    assert inventory["by_status"] == {"approved": 3, "approved_with_conditions": 1, "rejected": 1, "retired": 1}
    assert inventory["by_risk_tier"] == {"low": 2, "medium": 1, "high": 2, "prohibited": 0, "untriaged": 1}
    assert inventory["status_by_risk_tier"]["approved"]["low"] == 2


def test_decisions_in_the_period_against_the_policys_targets(report):
    decisions = report["decisions"]
    assert decisions["count"] == 3  # not the needs_info steps, not the decision of October
    assert decisions["by_decision"] == {"approved": 1, "approved_with_conditions": 1, "rejected": 1}
    days = {entry["request"]: (entry["business_days"], entry["within_target"]) for entry in decisions["decisions"]}
    # 2 days; 14 days less the 5 spent waiting for the requester's answer; 39 days against 20.
    assert days == {1: (2.0, True), 2: (9.0, True), 3: (39.0, False)}
    assert decisions["turnaround"]["high"] == {
        "decided": 1,
        "target_days": 20,
        "within_target": 0,
        "share_within_target": 0.0,
        "median_days": 39.0,
        "slowest_days": 39.0,
    }
    assert decisions["turnaround"]["prohibited"]["decided"] == 0


def test_requests_waiting_too_long_and_waiting_for_an_answer(report):
    waiting = report["waiting"]
    assert waiting["open"] == 2
    (late,) = waiting["past_target_list"]
    assert (late["request"], late["business_days"], late["target_days"]) == (4, 20.1, 5)
    (asked,) = waiting["waiting_for_requester_list"]
    assert (asked["request"], asked["days_waiting_for_answer"]) == (5, 7)


def test_re_reviews_overdue_escalated_and_due_soon(report):
    rereviews = report["rereviews"]
    assert [(e["tool"], e["days_overdue"]) for e in rereviews["overdue_list"]] == [("Low Tool", 46), (PINGS, 5)]
    assert rereviews["escalated"] == 1
    assert [(e["tool"], e["days_left"]) for e in rereviews["due_soon_list"]] == [(SCRIPT, 9)]


def test_the_shadow_ai_radar_by_week_and_who_asked(report):
    radar = report["shadow_ai"]
    by_tool = {entry["tool"]: entry for entry in radar["tools_list"]}
    assert set(by_tool) == {"Jasper", SHADOW, "<!channel> DeepSeek"}  # Otter.ai is registered since
    jasper = by_tool["Jasper"]
    # Asked three times in the period, and named once in an incident U8 reported (counted by the register).
    assert (jasper["asked"], jasper["asked_in_period"], jasper["reported_in_period"]) == (6, 4, 1)
    assert jasper["askers"] == ["U1", "U2", "U8"]
    assert jasper["per_week"] == {"2026-W45": 0, "2026-W46": 2, "2026-W47": 0, "2026-W48": 2, "2026-W49": 0}
    assert radar["tools_list"][0]["tool"] == "Jasper"  # most asked in the period first
    assert radar["per_week"]["2026-W47"] == 1 and by_tool[SHADOW]["askers"] == ["U3"]


def test_what_the_knowledge_base_fails_to_answer_by_topic(report):
    gaps = report["knowledge_gaps"]
    assert (gaps["asked"], gaps["refused"], gaps["voted_not_helpful"]) == (7, 2, 1)
    first, second = gaps["topics_list"]
    assert first == {
        "topic": "AI Acceptable Use Policy, 3.5 Common data types",
        "asked": 3,
        "refused": 1,
        "helpful_votes": 2,
        "not_helpful_votes": 1,
        "examples": ["is it ok?", HOSTILE_QUESTION],  # the latest first
    }
    assert (second["topic"], second["refused"]) == ("Data Handling, 2 Scope", 1)


def test_requests_per_week_and_the_report_is_json(report):
    assert report["requests_per_week"] == {"2026-W45": 3, "2026-W46": 0, "2026-W47": 1, "2026-W48": 0, "2026-W49": 0}
    assert json.loads(json.dumps(report)) == report


def test_incidents_open_and_closed_by_severity_and_per_week_from_the_register(report):
    incidents = report["incidents"]
    # Open at the period's end: the key (high), the vendor problem of October (high), the "not sure"
    # (medium, acknowledged). Reported in the period: the key, Jasper, the "not sure"; Jasper resolved.
    assert (incidents["open"], incidents["opened_in_period"], incidents["closed_in_period"]) == (3, 3, 1)
    assert incidents["by_severity"] == {
        "high": {"open": 2, "opened_in_period": 1, "closed_in_period": 0},
        "medium": {"open": 1, "opened_in_period": 2, "closed_in_period": 1},
    }  # the near miss of October, resolved before the period, is not in it
    assert incidents["per_week"] == {"2026-W45": 1, "2026-W46": 1, "2026-W47": 0, "2026-W48": 1, "2026-W49": 0}
    # The most severe first, then the oldest; named by kind and tool, never by the reporter's words.
    assert [(i["severity"], i["status"], i["opened_on"], i["title"]) for i in incidents["open_list"]] == [
        ("high", "open", "2026-10-20", "Vendor or model security problem (Otter)"),
        ("high", "open", "2026-11-03", f"Data put into the wrong tool ({SCRIPT})"),
        ("medium", "acknowledged", "2026-11-24", "Not sure"),
    ]
    assert "happened" not in json.dumps(incidents)
    page = render_html(report)  # the per-week chart has its incidents series; the tool's name is escaped
    assert "<title>incidents, 2026-W45: 1</title>" in page
    assert "<td>Data put into the wrong tool (&lt;script&gt;alert(1)&lt;/script&gt;)</td>" in page


def test_an_incident_resolved_after_the_period_was_open_at_its_end(filled):
    earlier = Period(PERIOD.since, at(11, 11))  # Jasper's incident was resolved on 12 November
    incidents = build_report(filled, earlier, TARGETS, DutySettings())["incidents"]
    assert (incidents["open"], incidents["opened_in_period"], incidents["closed_in_period"]) == (3, 2, 0)
    assert incidents["by_severity"]["medium"] == {"open": 1, "opened_in_period": 1, "closed_in_period": 0}


def test_the_gap_analysis_is_not_available_without_an_index(report):
    assert report["iso42001"]["available"] is False


def test_the_targets_are_read_from_the_policys_own_table(tmp_path):
    assert turnaround_targets("policies") == {"low": 5, "medium": 10, "high": 20, "prohibited": 5}
    assert targets_in("| Tier | Target |\n|---|---|\n| Low | 3 business days |\n\nLater | High | 9 business days") == {
        "low": 3
    }
    assert turnaround_targets(tmp_path) == {}


def test_a_period_that_ends_before_it_starts_or_reaches_back_years_is_refused():
    with pytest.raises(ValueError, match="starts"):
        Period.ending(at(11, 1), since=at(12, 1))
    with pytest.raises(ValueError, match="at most 366 days"):
        Period.ending(at(11, 1), since=date(1, 1, 1))
    assert len(Period.ending(at(11, 1), since=date(2025, 11, 1)).weeks()) == 53


def test_govbot_report_counts_due_soon_and_escalated_by_the_duties_settings(database, tmp_path):
    """`govbot report` and `govbot duties list` read the same two settings: what the report counts
    as due soon is what the duties remind owners of, and escalated what they escalate."""
    today = now()
    with database.writing() as session:
        session.add_all(
            [
                Tool(name="Soon Tool", name_key="soon tool", vendor="V", status="approved", risk_tier="low",
                     next_review_due=today + timedelta(days=40), owner="U1"),
                Tool(name="Late Tool", name_key="late tool", vendor="V", status="approved", risk_tier="low",
                     next_review_due=today - timedelta(days=45), owner="U2"),
            ]
        )  # fmt: skip
    govbot = govbot_command({"GOVBOT_DATA_DIR": str(tmp_path / "data"), "GOVBOT_DATABASE_URL": database.url})

    def report_and_duties(**env) -> tuple[dict, dict[str, list[str]]]:
        report = json.loads(ok(govbot("report", "--format", "json", "--no-gap-analysis", **env)))["rereviews"]
        duties: dict[str, list[str]] = {}
        for duty in json.loads(ok(govbot("duties", "list", "--json", **env))):
            duties.setdefault(duty["kind"], []).append(duty["tool"])
        return report, duties

    report, duties = report_and_duties()  # the defaults: reminded 30 days ahead, escalated at 30 and 60 overdue
    assert (report["due_soon"], report["due_soon_days"]) == (0, 30)
    assert (report["escalated"], report["escalated_after_days"]) == (1, 30)
    assert "rereview_reminder" not in duties and duties["rereview_overdue"] == ["Late Tool"]

    report, duties = report_and_duties(GOVBOT_REREVIEW_REMINDER_DAYS="45", GOVBOT_OVERDUE_ESCALATION_DAYS="50,60")
    assert [entry["tool"] for entry in report["due_soon_list"]] == duties["rereview_reminder"] == ["Soon Tool"]
    assert (report["due_soon"], report["due_soon_days"]) == (1, 45)
    assert (report["overdue"], report["escalated"], report["escalated_after_days"]) == (1, 0, 50)
    assert "rereview_overdue" not in duties

    report, duties = report_and_duties(GOVBOT_OVERDUE_ESCALATION_DAYS="")  # escalation off: nothing escalated
    assert (report["escalated"], report["escalated_after_days"]) == (0, None) and "rereview_overdue" not in duties
    off = {"GOVBOT_OVERDUE_ESCALATION_DAYS": "", "GOVBOT_REREVIEW_REMINDER_DAYS": "7"}
    markdown = govbot("report", "--no-gap-analysis", **off)
    assert "1 overdue (escalation is off); 0 due in the next 7 days." in ok(markdown)
