"""A database with known content for the governance report: tools in every state and tier,
requests decided in and before the period (one that waited for information), requests waiting,
re-reviews overdue and due, unregistered tools asked about, questions refused and voted down,
incidents filed through the incident register (open, resolved, before and in the period) — with
hostile text in tool names and questions. The expected figures are worked out in the tests.

The period: Monday 2 November 2026 to Monday 30 November 2026, 12:00 UTC.
"""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import update

from knowledge.incidents.models import Incident
from knowledge.incidents.register import IncidentRegister
from knowledge.inventory.matching import name_key
from knowledge.inventory.models import AuditEvent, RegistrationRequest, Tool, UnregisteredAsk
from knowledge.questions.models import AnswerVote, QuestionOutcome
from knowledge.reports.period import Period

SINCE = datetime(2026, 11, 2, tzinfo=UTC)
UNTIL = datetime(2026, 11, 30, 12, tzinfo=UTC)
PERIOD = Period(SINCE, UNTIL)
TARGETS = {"low": 5, "medium": 10, "high": 20, "prohibited": 5}
PINGS = "<!channel> Evil GPT"
SCRIPT = "<script>alert(1)</script>"
SHADOW = "<script>Shadow</script> AI"
HOSTILE_QUESTION = f"what about {SCRIPT} and <!here>?"


def at(month: int, day: int, hour: int = 9) -> datetime:
    return datetime(2026, month, day, hour, tzinfo=UTC)


def tool(name: str, status: str, tier: str | None, due: datetime | None = None, aliases=()) -> Tool:
    return Tool(
        name=name,
        name_key=name_key(name),
        vendor="Vendor",
        status=status,
        risk_tier=tier,
        next_review_due=due,
        owner="Owner <@U999>",
        aliases=list(aliases),
    )


def request(number: int, name: str, tier: str, status: str, created: datetime) -> RegistrationRequest:
    return RegistrationRequest(
        id=number,
        name=name,
        requester_id=f"U{number}",
        purpose="testing",
        status=status,
        risk_tier=tier,
        created_at=created,
        submission_key=f"key-{number}",
    )


def decided(number: int, name: str, moment: datetime, to_state: str, from_state: str = "pending") -> AuditEvent:
    return AuditEvent(
        at=moment,
        actor="alice",
        action="decided",
        tool_name=name,
        request_id=number,
        from_state=from_state,
        to_state=to_state,
    )


def outcome(asked: datetime, topic: str, outcome: str, question: str = "", tool_name=None, asker=None):
    return QuestionOutcome(
        asked_at=asked,
        surface="slack",
        intent="policy_question",
        topic=topic,
        outcome=outcome,
        confidence=0.5,
        question=question,
        tool_name=tool_name,
        tool_key=name_key(tool_name) if tool_name else None,
        asker_id=asker,
    )


def fill(db) -> None:
    with db.writing() as session:
        session.add_all(
            [
                tool("Low Tool", "approved", "low", due=at(10, 15)),  # 46 days overdue: escalated
                tool(PINGS, "approved_with_conditions", "medium", due=at(11, 25)),  # 5 days overdue
                tool(SCRIPT, "approved", "high", due=at(12, 10, 0)),  # due in 9 days
                tool("Otter", "approved", "low", due=at(12, 10, 0).replace(year=2027), aliases=["Otter.ai"]),
                tool("Bad Tool", "rejected", "high"),
                tool("Old Tool", "retired", None),
            ]
        )
        session.add_all(
            [
                request(1, "Low Tool", "low", "approved", at(11, 2)),
                request(2, PINGS, "medium", "approved_with_conditions", at(11, 2)),
                request(3, "Bad Tool", "high", "rejected", at(10, 1)),
                request(4, "Waiting Tool", "low", "pending", at(11, 2)),
                request(5, "Asked Tool", "medium", "needs_info", at(11, 16)),
                request(6, "Earlier Tool", "low", "approved", at(10, 1)),
            ]
        )
        session.flush()
        session.add_all(
            [
                decided(1, "Low Tool", at(11, 4), "approved"),  # 2 business days
                decided(2, PINGS, at(11, 3), "needs_info"),
                AuditEvent(
                    at=at(11, 10),
                    actor="U2",
                    action="answered",
                    tool_name=PINGS,
                    request_id=2,
                    from_state="needs_info",
                    to_state="pending",
                ),
                decided(2, PINGS, at(11, 20), "approved_with_conditions"),  # 14 business days less 5 waiting
                decided(3, "Bad Tool", at(11, 25), "rejected"),  # 39 business days
                decided(5, "Asked Tool", at(11, 23), "needs_info"),
                decided(6, "Earlier Tool", at(10, 15), "approved"),  # before the period
            ]
        )
        session.add_all(
            [
                UnregisteredAsk(
                    name_key="jasper", name="Jasper", count=5, first_asked=at(10, 1), last_asked=at(11, 27)
                ),
                UnregisteredAsk(
                    name_key=name_key("<!channel> DeepSeek"),
                    name="<!channel> DeepSeek",
                    count=2,
                    first_asked=at(10, 5),
                    last_asked=at(10, 6),
                ),
                UnregisteredAsk(
                    name_key=name_key("Otter.ai"), name="Otter.ai", count=9, first_asked=at(10, 1), last_asked=at(11, 2)
                ),  # registered since, as an alias
            ]
        )
        session.add_all(
            [
                outcome(at(11, 10), "AI tool inventory", "answered", tool_name="Jasper", asker="U1"),  # W46
                outcome(at(11, 24), "AI tool inventory", "answered", tool_name="Jasper", asker="U1"),  # W48
                outcome(at(11, 25), "AI tool inventory", "answered", tool_name="Jasper", asker="U2"),  # W48
                outcome(at(11, 18), "Data Handling, 2 Scope", "refused", SCRIPT, tool_name=SHADOW, asker="U3"),
                outcome(at(10, 20), "AI tool inventory", "answered", tool_name="Jasper", asker="U9"),  # before
                outcome(at(11, 5), "AI Acceptable Use Policy, 3.5 Common data types", "refused", HOSTILE_QUESTION),
                outcome(at(11, 6), "AI Acceptable Use Policy, 3.5 Common data types", "answered", "is it ok?"),
                outcome(at(11, 7), "AI Acceptable Use Policy, 3.5 Common data types", "answered"),
            ]
        )
        session.flush()
        voted_down, voted_up = (
            session.query(QuestionOutcome.id)
            .filter(QuestionOutcome.asked_at.in_([at(11, 6), at(11, 7)]))
            .order_by(QuestionOutcome.asked_at)
            .all()
        )
        session.add_all(
            [
                AnswerVote(outcome_id=voted_down[0], voter_id="U5", helpful=False, at=at(11, 6)),
                AnswerVote(outcome_id=voted_down[0], voter_id="U6", helpful=True, at=at(11, 6)),
                AnswerVote(outcome_id=voted_up[0], voter_id="U5", helpful=True, at=at(11, 7)),
            ]
        )
    file_incidents(db)


def file_incidents(db) -> dict[str, int]:
    """Incidents filed and handled through the incident register (validated, triaged, matched to
    the inventory, audited, unregistered tools counted), then moved to the fixture's calendar: the
    register stamps the moment it is called, and the period is November 2026. Their ids by name."""
    register = IncidentRegister(db, {"alice"})

    def report(reporter: str, kind: str, data: list[str], tool: str) -> int:
        filed = register.report(
            {
                "summary": f"{SCRIPT} <!channel> happened",
                "kind": kind,
                "data_involved": data,
                "tool": tool,
                "reporter_id": reporter,
            }
        )
        return filed.id

    ids = {
        "key in a registered tool": report("U7", "data_exposed", ["secrets"], SCRIPT),  # high, open
        "internal data into Jasper": report("U8", "data_exposed", ["internal"], "Jasper"),  # medium, resolved
        "old near miss": report("U9", "near_miss", ["none"], ""),  # low, before the period
        "not sure": report("U3", "not sure", ["not sure"], "not sure"),  # medium, acknowledged
        "vendor, before": report("U9", "vendor_security", [], "Otter.ai"),  # high, open since October
    }
    register.resolve(ids["internal data into Jasper"], "No approved tool for the task", "alice")
    register.resolve(ids["old near miss"], "Caught in time", "alice")
    register.acknowledge(ids["not sure"], "alice")
    calendar = {
        "key in a registered tool": (at(11, 3), None),  # W45
        "internal data into Jasper": (at(11, 10), at(11, 12)),  # W46
        "old near miss": (at(10, 1), at(10, 2)),
        "not sure": (at(11, 24), None),  # W48
        "vendor, before": (at(10, 20), None),
    }
    with db.writing() as session:
        for name, (reported, resolved) in calendar.items():
            session.execute(
                update(Incident).where(Incident.id == ids[name]).values(reported_at=reported, resolved_at=resolved)
            )
    return ids
